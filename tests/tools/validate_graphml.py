#!/usr/bin/env python3
"""Loads a GraphML export with networkx and igraph and checks node and edge
counts, node labels, edge kinds and directions against the expected values.

usage: validate_graphml.py FILE NODES EDGES [EXPECTED.json]
EXPECTED.json: {"labels": [...], "kinds": [...], "directed": [...]} (sorted
lists; optional keys).
"""
from _common import Checker, args, need

path, n_nodes, n_edges, expected = args()
nx = need("networkx")
ig = need("igraph")
check = Checker("graphml")

G = nx.read_graphml(path)
check.eq("networkx nodes", G.number_of_nodes(), n_nodes)
check.eq("networkx edges", G.number_of_edges(), n_edges)
check.eq("networkx directed (co-occurrence is undirected)", G.is_directed(), False)
labels = sorted(d.get("label") for _, d in G.nodes(data=True))
kinds = sorted(d.get("kind") for *_, d in G.edges(data=True))
directed = sorted(d.get("directed") for *_, d in G.edges(data=True))
for _, d in G.nodes(data=True):
    if not isinstance(d.get("mentions"), int):
        check.eq("networkx mentions type", type(d.get("mentions")).__name__, "int")
        break
for *_, d in G.edges(data=True):
    if not isinstance(d.get("weight"), float):
        check.eq("networkx weight type", type(d.get("weight")).__name__, "float")
        break
# Relation direction stays readable: every edge names its endpoints.
for u, v, d in G.edges(data=True):
    ends = sorted([G.nodes[u].get("eid"), G.nodes[v].get("eid")])
    if sorted([d.get("source_eid"), d.get("target_eid")]) != ends:
        check.eq("source_eid/target_eid name the endpoints", [d.get("source_eid"), d.get("target_eid")], ends)
        break
for _, d in G.nodes(data=True):
    if not isinstance(d.get("community"), int) or not isinstance(d.get("pagerank"), float):
        check.eq("community and pagerank on every node", sorted(d), ["community", "pagerank"])
        break
if expected:
    if "labels" in expected:
        check.eq("networkx labels", labels, expected["labels"])
    if "kinds" in expected:
        check.eq("networkx kinds", kinds, expected["kinds"])
    if "directed" in expected:
        check.eq("networkx directed flags", directed, expected["directed"])

g = ig.Graph.Read_GraphML(path)
check.eq("igraph nodes", g.vcount(), n_nodes)
check.eq("igraph edges", g.ecount(), n_edges)
check.eq("igraph directed (co-occurrence is undirected)", g.is_directed(), False)
if expected and "labels" in expected:
    check.eq("igraph labels", sorted(g.vs["label"]), expected["labels"])
if expected and "kinds" in expected and n_edges:
    check.eq("igraph kinds", sorted(g.es["kind"]), expected["kinds"])
check.done()
