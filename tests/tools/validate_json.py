#!/usr/bin/env python3
"""Loads a node-link JSON export with networkx node_link_graph (both the
`edges` and the `links` key) and checks counts, labels and kinds.

usage: validate_json.py FILE NODES EDGES [EXPECTED.json]
"""
import json

from _common import Checker, args, need

path, n_nodes, n_edges, expected = args()
nx = need("networkx")
check = Checker("node-link")

with open(path, encoding="utf-8") as f:
    data = json.load(f)
for key in ("edges", "links"):
    G = nx.node_link_graph(data, edges=key)
    check.eq(f"[{key}] nodes", G.number_of_nodes(), n_nodes)
    check.eq(f"[{key}] edges", G.number_of_edges(), n_edges)
    check.eq(f"[{key}] directed multigraph", (G.is_directed(), G.is_multigraph()), (True, True))
    if expected:
        if "labels" in expected:
            labels = sorted(d.get("label") for _, d in G.nodes(data=True))
            check.eq(f"[{key}] labels", labels, expected["labels"])
        if "kinds" in expected:
            kinds = sorted(d.get("kind") for *_, d in G.edges(data=True))
            check.eq(f"[{key}] kinds", kinds, expected["kinds"])
check.done()
