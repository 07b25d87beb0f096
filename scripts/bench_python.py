#!/usr/bin/env python3
"""bench_python.py CORPUS.jsonl [RUNS] [SPACY_MB]

Figures of the Python package (python/README.md), in one run:

1. tagging: `gazegraph tag CORPUS` (the CLI, stdout to /dev/null) against
   Gazetteer.tag over a generator of dicts read from the same file, one
   document at a time, both on one thread with the built-in gazetteer;
   RUNS alternating runs each, medians. MB/s counts the UTF-8 bytes of the
   `text` fields; the Python figure includes reading and parsing the JSON
   and making the Mention objects, as the CLI's includes writing its lines.
2. spaCy: spacy.blank("id") with the gazegraph component against
   spacy.blank("id") with an EntityRuler holding the same names (canonical
   names, aliases and short forms of the built-in gazetteer, with their
   entity ids), on the first SPACY_MB megabytes of the corpus, nlp.pipe,
   RUNS alternating runs each, medians.

Run it with the Python that has gazegraph installed (a release build:
`pip install ./python`), from the repository root; GAZEGRAPH_BIN names the
CLI (default target/release/gazegraph). The corpus:
`python3 ../shared/bench/make_corpus.py 16 /tmp/c16.jsonl`.
"""

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import gazegraph as gg

ROOT = Path(__file__).resolve().parents[1]


def records(path, limit_bytes=None):
    total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            yield rec
            total += len(rec["text"].encode("utf-8"))
            if limit_bytes is not None and total >= limit_bytes:
                return


def text_bytes(path, limit_bytes=None):
    return sum(len(r["text"].encode("utf-8")) for r in records(path, limit_bytes))


def run_cli(cli, corpus):
    t = time.perf_counter()
    out = subprocess.run([cli, "tag", corpus], stdout=subprocess.PIPE, check=True).stdout
    return time.perf_counter() - t, out.count(b"\n")


def run_python(corpus):
    t = time.perf_counter()
    gaz = gg.Gazetteer()
    loaded = time.perf_counter()
    n = 0
    for rec in records(corpus):
        n += len(gaz.tag(rec["text"], date=rec.get("date")))
    end = time.perf_counter()
    return end - t, end - loaded, n


def ruler_patterns():
    patterns = []
    with open(ROOT / "gazetteer" / "entities.jsonl", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            e = json.loads(line)
            label = {"person": "PERSON", "place": "GPE"}.get(e["type"], "ORG")
            for name in {e["name"], *e.get("aliases", []), *e.get("short", [])}:
                patterns.append({"label": label, "pattern": name, "id": e["id"]})
    return patterns


def spacy_run(nlp, texts):
    t = time.perf_counter()
    ents = sum(len(doc.ents) for doc in nlp.pipe(texts))
    return time.perf_counter() - t, ents


def main():
    corpus = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    spacy_mb = float(sys.argv[3]) if len(sys.argv) > 3 else 2.0
    cli = os.environ.get("GAZEGRAPH_BIN", str(ROOT / "target" / "release" / "gazegraph"))
    mb = text_bytes(corpus) / 2**20
    cli_s, py_s, py_loop_s = [], [], []
    for i in range(runs):
        sc, n_cli = run_cli(cli, corpus)
        cli_s.append(sc)
        sp, loop, n_py = run_python(corpus)
        py_s.append(sp)
        py_loop_s.append(loop)
        print(
            f"run {i + 1}: cli {sc:.2f}s ({n_cli} mentions), python {sp:.2f}s "
            f"(loop {loop:.2f}s, {n_py} mentions)",
            file=sys.stderr,
        )
    c, p, pl = statistics.median(cli_s), statistics.median(py_s), statistics.median(py_loop_s)
    print(f"tagging {mb:.1f} MB, medians of {runs}:")
    print(f"  gazegraph tag (CLI)          {c:6.2f} s  {mb / c:6.2f} MB/s  mentions {n_cli}")
    print(f"  Gazetteer.tag over dicts     {p:6.2f} s  {mb / p:6.2f} MB/s  mentions {n_py}  ({p and c / p:.0%} of the CLI)")
    print(f"    without loading the gazetteer {pl:6.2f} s  {mb / pl:6.2f} MB/s")

    import spacy

    texts = [r["text"] for r in records(corpus, int(spacy_mb * 2**20))]
    smb = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    t = time.perf_counter()
    gaz_nlp = spacy.blank("id")
    gaz_nlp.add_pipe("gazegraph")
    gaz_load = time.perf_counter() - t
    t = time.perf_counter()
    ruler_nlp = spacy.blank("id")
    ruler = ruler_nlp.add_pipe("entity_ruler")
    patterns = ruler_patterns()
    ruler.add_patterns(patterns)
    ruler_load = time.perf_counter() - t
    g_s, r_s = [], []
    for _ in range(runs):
        s, g_ents = spacy_run(gaz_nlp, texts)
        g_s.append(s)
        s, r_ents = spacy_run(ruler_nlp, texts)
        r_s.append(s)
    g, r = statistics.median(g_s), statistics.median(r_s)
    print(f"spaCy blank('id') on {smb:.1f} MB ({len(texts)} documents), medians of {runs}:")
    print(f"  + gazegraph component   {g:6.2f} s  {smb / g:6.2f} MB/s  entities {g_ents}  (set-up {gaz_load:.2f}s)")
    print(f"  + EntityRuler ({len(patterns)} patterns) {r:6.2f} s  {smb / r:6.2f} MB/s  entities {r_ents}  (set-up {ruler_load:.2f}s)")
    print(f"  gazegraph component: {r / g:.1f}x the EntityRuler's speed")


if __name__ == "__main__":
    main()
