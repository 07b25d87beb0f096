#!/usr/bin/env python3
"""tag_to_dump.py CORPUS.jsonl < tag.jsonl > dump.tsv

Converts `gazegraph tag` output (JSON Lines, character offsets) to the
mention dump of ../shared/bench (doc index, start, end, entity number).
Documents are matched by id in corpus order, so repeated ids are fine.
"""
import json
import sys

ids = [json.loads(l).get("id") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
ents = {}
pos = 0
for line in sys.stdin:
    m = json.loads(line)
    while pos < len(ids) and str(ids[pos]) != m["doc"]:
        pos += 1
    if pos == len(ids):
        sys.exit("tag output names a document not in the corpus (or out of order): %s" % m["doc"])
    e = ents.setdefault(m["entity"], len(ents))
    print("%d\t%d\t%d\t%d" % (pos, m["start"], m["end"], e))
