#!/usr/bin/env python3
"""Write a deterministic synthetic graph.json for query benchmarks.

    scripts/gen_graph.py --nodes 100000 --edges 1000000 -o bench/graph.json

Entities get syllable names, 0-2 aliases and 1-3 surface forms; edge
endpoints follow a skewed (roughly power-law) distribution so a few hubs
have thousands of neighbours, as in news graphs. 90% of edges are
co-occurrences, the rest typed relations; each edge carries 1-2 evidence
sentences. The same arguments always give the same file.
"""
import argparse
import json
import random

SYL = ["ka", "ri", "mo", "ne", "su", "ta", "lo", "vi", "an", "del", "gor", "min",
       "sha", "tor", "yu", "zen", "bar", "kel", "om", "pra"]
RELS = [("meets", False), ("visits", True), ("invites", True),
        ("holds_office", True), ("located_in", True), ("supplies", True)]
TYPES = ["person", "person", "place", "organisation"]


def name(rng):
    words = []
    for _ in range(rng.choice([1, 2, 2, 3])):
        w = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3)))
        words.append(w.capitalize())
    return " ".join(words)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--edges", type=int, default=1_000_000)
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    n = a.nodes
    ids = [f"e{i:07d}" for i in range(n)]
    docs = [f"doc{i:06d}" for i in range(a.docs)]
    dates = [f"20{rng.randint(18, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
             for _ in docs]

    def node_pick():
        # Skewed towards low indices: hubs.
        return min(int(n * rng.random() ** 3), n - 1)

    with open(a.output, "w", encoding="utf-8") as f:
        f.write('{"format":"gazegraph/1","window":"sentence","documents":[')
        f.write(",".join(json.dumps({"id": d, "title": f"Title of {d}", "date": t})
                         for d, t in zip(docs, dates)))
        f.write('],"nodes":[')
        for i, nid in enumerate(ids):
            nm = name(rng)
            aliases = [name(rng) for _ in range(rng.randint(0, 2))]
            surface = {nm: rng.randint(1, 50)}
            for al in aliases[: rng.randint(0, 2)]:
                surface[al] = rng.randint(1, 10)
            nd = sorted(rng.sample(docs, rng.randint(1, 4)))
            ds = sorted(dates[int(d[3:])] for d in nd)
            rec = {"id": nid, "name": nm, "type": rng.choice(TYPES), "aliases": aliases,
                   "mentions": sum(surface.values()), "documents": len(nd),
                   "surface": dict(sorted(surface.items())), "docs": nd,
                   "first_seen": ds[0], "last_seen": ds[-1]}
            f.write(("," if i else "") + json.dumps(rec, ensure_ascii=False))
        f.write('],"edges":[')
        seen = set()
        written = 0
        while written < a.edges:
            s, t = node_pick(), rng.randrange(n)
            if s == t:
                continue
            if rng.random() < 0.9:
                kind, directed = "cooccurrence", False
            else:
                kind, directed = RELS[rng.randrange(len(RELS))]
            if not directed and s > t:
                s, t = t, s
            key = (kind, s, t)
            if key in seen:
                continue
            seen.add(key)
            ev = []
            for _ in range(rng.randint(1, 2)):
                di = rng.randrange(len(docs))
                e = {"date": dates[di], "doc": docs[di], "sentence": rng.randint(0, 60),
                     "text": f"{ids[s]} and {ids[t]} appear together in this synthetic "
                             f"sentence number {rng.randint(0, 10**6)} about {kind}."}
                if kind != "cooccurrence":
                    e["trigger"] = kind
                    e["modality"] = "asserted"
                ev.append(e)
            ev.sort(key=lambda e: (e["date"], e["doc"], e["sentence"]))
            rec = {"source": ids[s], "target": ids[t], "kind": kind, "directed": directed,
                   "weight": len(ev) + rng.randint(0, 5), "evidence": ev}
            f.write(("," if written else "") + json.dumps(rec))
            written += 1
        f.write('],"negated":[]}\n')


if __name__ == "__main__":
    main()
