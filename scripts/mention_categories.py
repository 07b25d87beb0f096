#!/usr/bin/env python3
"""mention_categories.py CORPUS.jsonl PEER.tsv GAZEGRAPH.tsv

Sorts the mentions pyahocorasick finds and gazegraph does not into causes
(see docs/scale.md), with counts and one example each. A mention counts as
covered when gazegraph tags a span containing it (a longer name wins).
"""
import json
import re
import sys
from collections import Counter, defaultdict


# Lines the document cleaner drops before tagging: related-article links,
# credits, photo captions, and the dateline ("JAKARTA, CNN Indonesia --").
BOILERPLATE = re.compile(
    r"^\W*(baca( juga)?|simak( juga)?|lihat( juga)?|penulis|editor|reporter|sumber|foto|"
    r"video|tonton( juga)?|artikel terkait)\b", re.I)
DATELINE = re.compile(r"^[\w .]{2,40}(,|\()[^\n]{0,40}?(-|\u2013|\u2014|\))")


def line_of(t, s, e):
    a = t.rfind("\n", 0, s) + 1
    b = t.find("\n", e)
    return t[a:len(t) if b < 0 else b], s - a


def load(path):
    out = defaultdict(list)
    for line in open(path):
        d, s, e, _ = map(int, line.split("\t"))
        out[d].append((s, e))
    return out


def main():
    corpus, peer_path, gg_path = sys.argv[1:4]
    texts = [json.loads(l)["text"] for l in open(corpus, encoding="utf-8") if l.strip()]
    peer, gg = load(peer_path), load(gg_path)
    cats, examples = Counter(), {}
    total = sum(len(v) for v in peer.values())
    for d, spans in peer.items():
        mine = gg.get(d, [])
        exact = set(mine)
        for s, e in spans:
            if (s, e) in exact:
                cats["same span"] += 1
                continue
            t = texts[d]
            w = t[s:e]
            if any(a <= s and e <= b for a, b in mine):
                cat = "inside a longer gazegraph mention"
            elif any(a < e and s < b for a, b in mine):
                cat = "overlaps a gazegraph mention (different boundaries)"
            elif BOILERPLATE.match(line_of(t, s, e)[0]):
                cat = "boilerplate line removed before tagging (Baca juga, SIMAK JUGA, credits)"
            elif line_of(t, s, e)[1] < 45 and DATELINE.match(line_of(t, s, e)[0]):
                cat = "dateline removed before tagging (PLACE, Outlet --)"
            elif w.isupper() and len(w) <= 5 and not t[s:e].istitle():
                cat = "acronym rule (all-caps key needs an all-caps match)"
            elif w[:1].islower():
                cat = "lowercase in text (names must be capitalised)"
            elif not w.isascii():
                cat = "non-ASCII spelling"
            else:
                cat = "other (resolver/filter dropped it)"
            cats[cat] += 1
            examples.setdefault(cat, "doc %d: ...%s[[%s]]%s..." % (
                d, t[max(0, s - 30):s].replace("\n", "/"), w, t[e:e + 30].replace("\n", "/")))
    print("pyahocorasick mentions: %d" % total)
    for cat, n in cats.most_common():
        print("%8d  %5.1f%%  %s" % (n, 100.0 * n / max(total, 1), cat))
        if cat in examples:
            print("          e.g. %s" % examples[cat])


if __name__ == "__main__":
    main()
