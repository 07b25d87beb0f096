#!/usr/bin/env python3
"""Test fixture generator: converts a gazegraph graph.json into the data the
HTML viewer reads (schema at the top of assets/viewer/viewer.js).

This is a fixture helper only; the real export is `gazegraph export --format
html` (Rust). The lookup keys here use the viewer's simple normaliser, which
gives the same words as gazegraph's normaliser for ordinary names.

    python3 tests/browser/make_sample.py output/graph.json > sample.json
    python3 tests/browser/make_sample.py --weight-by-date --top 20 graph.json
"""
import argparse
import json
import re
import sys
import unicodedata


def normalise(s):
    """The viewer's search normaliser (viewer.js `normalise`), in Python."""
    s = s.lower().replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.category(c).startswith("M"))
    s = s.lower()
    return re.sub(r"[\W]+", " ", s).strip()


def convert(graph, weight_by_date=False, top=None, title=None):
    nodes = graph["nodes"]
    edges = graph["edges"]
    total = len(nodes)
    cut = None
    if top is not None and top < total:
        wdeg = {n["id"]: 0 for n in nodes}
        for e in edges:
            wdeg[e["source"]] += e["weight"]
            wdeg[e["target"]] += e["weight"]
        keep = sorted(wdeg, key=lambda i: (-wdeg[i], i))[:top]
        keep = set(keep)
        nodes = [n for n in nodes if n["id"] in keep]
        edges = [e for e in edges if e["source"] in keep and e["target"] in keep]
        cut = {"kept_nodes": len(nodes), "total_nodes": total, "limit": top}
    degree = {n["id"]: 0 for n in nodes}
    for e in edges:
        degree[e["source"]] += 1
        degree[e["target"]] += 1
    out_nodes = []
    lookup = set()
    for n in nodes:
        o = {k: n[k] for k in ("id", "name", "type", "aliases", "surface", "mentions",
                                "documents", "docs", "first_seen", "last_seen") if k in n}
        for k in ("qid", "community", "pagerank"):
            if k in n:
                o[k] = n[k]
        o["degree"] = degree[n["id"]]
        out_nodes.append(o)
        for name in [n["id"], n["name"], *n.get("aliases", []), *n.get("surface", {}).keys()]:
            key = normalise(name)
            if key:
                lookup.add((key, n["id"]))
    out_edges = []
    for e in edges:
        o = {k: e[k] for k in ("source", "target", "kind", "directed", "weight", "evidence")}
        if weight_by_date:
            wbd = {}
            for ev in e["evidence"]:
                if ev.get("date"):
                    wbd[ev["date"]] = wbd.get(ev["date"], 0) + 1
            o["weight_by_date"] = dict(sorted(wbd.items()))
        out_edges.append(o)
    return {
        "format": "gazegraph-view/1",
        "meta": {"title": title or "gazegraph", "cut": cut},
        "documents": graph.get("documents", []),
        "nodes": out_nodes,
        "edges": out_edges,
        "lookup": sorted(lookup),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("graph")
    ap.add_argument("--weight-by-date", action="store_true")
    ap.add_argument("--top", type=int)
    ap.add_argument("--title")
    a = ap.parse_args()
    with open(a.graph, encoding="utf-8") as f:
        g = json.load(f)
    json.dump(convert(g, a.weight_by_date, a.top, a.title), sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
