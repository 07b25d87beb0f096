#!/usr/bin/env python3
"""Test fixture generator: the data of the document view (schema at the top
of assets/viewer/docs.js) from `gazegraph tag` and `gazegraph relations`
output and the input files. The real `tag --html` will be Rust; this only
feeds the page in the tests.

    python3 tests/browser/make_docs.py GAZEGRAPH_BIN corpus/seeds > docs.json
"""
import json
import subprocess
import sys
from pathlib import Path


def lines(binary, cmd, inputs, cwd):
    p = subprocess.run([binary, cmd, *inputs], cwd=cwd, capture_output=True, text=True)
    assert p.returncode in (0, 1), p.stderr
    return [json.loads(x) for x in p.stdout.splitlines() if x.strip()]


def docs_data(binary, inputs, cwd, graph=None):
    mentions = lines(binary, "tag", inputs, cwd)
    relations = lines(binary, "relations", inputs, cwd)
    meta = {d["id"]: d for d in (graph or {}).get("documents", [])}
    docs = {}
    for m in mentions:
        docs.setdefault(m["doc"], {"mentions": [], "relations": []})["mentions"].append(
            {k: m[k] for k in ("start", "end", "entity", "name", "type", "via")})
    for r in relations:
        docs.setdefault(r["doc"], {"mentions": [], "relations": []})["relations"].append(r)
    out = []
    for doc_id in sorted(docs):
        text = (Path(cwd) / doc_id).read_text(encoding="utf-8")
        rels = []
        for r in docs[doc_id]["relations"]:
            at = text.find(r["sentence"])
            if at < 0:
                continue
            rels.append({"sentence_start": at, "sentence_end": at + len(r["sentence"]),
                         **{k: r[k] for k in ("kind", "modality", "source_name", "target_name", "trigger")}})
        m = meta.get(doc_id, {})
        out.append({"id": doc_id, "title": m.get("title"), "date": m.get("date"), "text": text,
                    "mentions": docs[doc_id]["mentions"], "relations": rels})
    return {"format": "gazegraph-docs/1", "meta": {"title": "gazegraph documents"}, "docs": out}


if __name__ == "__main__":
    json.dump(docs_data(sys.argv[1], sys.argv[2:], "."), sys.stdout, ensure_ascii=False)
