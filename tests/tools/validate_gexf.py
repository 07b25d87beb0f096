#!/usr/bin/env python3
"""Loads a GEXF export with networkx read_gexf and checks node and edge
counts, labels, edge kinds and (dynamic files) spells.

usage: validate_gexf.py FILE NODES EDGES [EXPECTED.json]
"""
from _common import Checker, args, need

path, n_nodes, n_edges, expected = args()
nx = need("networkx")
check = Checker("gexf")

G = nx.read_gexf(path)
check.eq("networkx nodes", G.number_of_nodes(), n_nodes)
check.eq("networkx edges", G.number_of_edges(), n_edges)
check.eq("networkx directed", G.is_directed(), True)
labels = sorted(d.get("label") for _, d in G.nodes(data=True))
kinds = sorted(d.get("kind") for *_, d in G.edges(data=True))
for _, d in G.nodes(data=True):
    viz = d.get("viz", {})
    if "color" not in viz or "size" not in viz:
        check.eq("viz color and size on every node", sorted(viz), ["color", "size"])
        break
if expected:
    if "labels" in expected:
        check.eq("labels", labels, expected["labels"])
    if "kinds" in expected:
        check.eq("kinds", kinds, expected["kinds"])
    if "directed" in expected:
        directed = sorted(d.get("directed") for *_, d in G.edges(data=True))
        check.eq("directed flags", directed, expected["directed"])
    if "mode" in expected:
        check.eq("mode", G.graph.get("mode"), expected["mode"])
    if "spells" in expected:
        spells = sum(len(d.get("spells", [])) for *_, d in G.edges(data=True))
        check.eq("edge spells", spells, expected["spells"])
check.done()
