#!/usr/bin/env python3
"""Checks a GEXF export the way Gephi's importer reads it (element by
element: node labels, edge `type`, `kind`, `weight`, viz:color, viz:size,
spells), and loads it with networkx read_gexf when it holds one edge
family (networkx reads no mixed graph).

usage: validate_gexf.py FILE NODES EDGES [EXPECTED.json]
"""
import xml.etree.ElementTree as ET

from _common import Checker, args, need

path, n_nodes, n_edges, expected = args()
nx = need("networkx")
check = Checker("gexf")

NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
root = ET.parse(path).getroot()
graph = root.find("g:graph", NS)
nodes = graph.findall("g:nodes/g:node", NS)
edges = graph.findall("g:edges/g:edge", NS)
check.eq("nodes", len(nodes), n_nodes)
check.eq("edges", len(edges), n_edges)
attr_id = {a.get("title"): a.get("id") for a in graph.findall("g:attributes/g:attribute", NS)}


def att(el, title):
    for a in el.findall("g:attvalues/g:attvalue", NS):
        if a.get("for") == attr_id.get(title):
            return a.get("value")
    return None


# What Gephi reads: the edge `type` says the direction of every edge.
types = [e.get("type") for e in edges]
flags = [att(e, "directed") == "true" for e in edges]
check.eq("edge type matches directed flag", [t == "directed" for t in types], flags)
cooc = [t for e, t in zip(edges, types) if e.get("kind") == "cooccurrence"]
check.eq("co-occurrence edges undirected", set(cooc) - {"undirected"}, set())
default = graph.get("defaultedgetype")
check.eq("defaultedgetype", default, "directed" if any(flags) else "undirected")
# Gephi ignores viz:shape and viz:thickness: none is written.
check.eq("no viz:shape/thickness", len(root.findall(".//viz:shape", NS)) + len(root.findall(".//viz:thickness", NS)), 0)
for n in nodes:
    if n.find("viz:color", NS) is None or n.find("viz:size", NS) is None:
        check.eq("viz color and size on every node", False, True)
        break
    if att(n, "community") is None or att(n, "pagerank") is None:
        check.eq("community and pagerank on every node", False, True)
        break
labels = sorted(n.get("label") for n in nodes)
kinds = sorted(e.get("kind") for e in edges)
if expected:
    if "labels" in expected:
        check.eq("labels", labels, expected["labels"])
    if "kinds" in expected:
        check.eq("kinds", kinds, expected["kinds"])
    if "directed" in expected:
        check.eq("directed flags", sorted(flags), expected["directed"])
    if "mode" in expected:
        check.eq("mode", graph.get("mode"), expected["mode"])
    if "spells" in expected:
        spells = len(graph.findall("g:edges/g:edge/g:spells/g:spell", NS))
        check.eq("edge spells", spells, expected["spells"])

if len(set(types)) <= 1:
    G = nx.read_gexf(path)
    check.eq("networkx nodes", G.number_of_nodes(), n_nodes)
    check.eq("networkx edges", G.number_of_edges(), n_edges)
    check.eq("networkx directed", G.is_directed(), default == "directed")
check.done()
