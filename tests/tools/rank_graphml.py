#!/usr/bin/env python3
"""Loads a GraphML export in networkx and igraph and prints, as JSON, the
degree and weighted PageRank of every entity (by `eid`) on the
co-occurrence edges, as each library computes them:
{"networkx": {eid: [degree, pagerank]}, "igraph": {eid: [degree, pagerank]}}

usage: rank_graphml.py FILE
"""
import json
import sys

from _common import need

nx = need("networkx")
ig = need("igraph")
path = sys.argv[1]

G = nx.read_graphml(path)
if G.is_directed():
    print("the GraphML loads as directed: co-occurrence must be undirected")
    sys.exit(1)
C = nx.Graph()
C.add_nodes_from(G.nodes(data=True))
for u, v, d in G.edges(data=True):
    if d.get("kind") == "cooccurrence":
        C.add_edge(u, v, weight=d["weight"])
try:
    import scipy  # noqa: F401  (nx.pagerank needs it)

    pr = nx.pagerank(C, weight="weight", tol=1e-12, max_iter=1000)
except ImportError:
    # networkx's pure-Python PageRank: the same algorithm without scipy.
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    pr = _pagerank_python(C, weight="weight", tol=1e-12, max_iter=1000)
out = {"networkx": {C.nodes[n]["eid"]: [C.degree(n), pr[n]] for n in C.nodes}}

g = ig.Graph.Read_GraphML(path)
if g.is_directed():
    print("igraph loads the GraphML as directed")
    sys.exit(1)
c = g.subgraph_edges(g.es.select(kind="cooccurrence"), delete_vertices=False)
deg = c.degree()
prg = c.pagerank(weights="weight", damping=0.85)
out["igraph"] = {v["eid"]: [deg[v.index], prg[v.index]] for v in c.vs}
print(json.dumps(out))
