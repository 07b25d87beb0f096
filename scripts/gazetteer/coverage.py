#!/usr/bin/env python3
"""coverage.py: how many well-known entities the built-in gazetteer finds.

A fixed sample of real news articles (every 25th article of IndoSum's
dev.02.jsonl by default: 30 articles of every category) is tagged with the
built-in gazetteer; the names it holds are listed, and a person judges by
hand which of them are well-known entities. The coverage is the share of
the judged well-known names that the gazetteer finds.

    coverage.py sample  CORPUS.jsonl [--every 25] [--offset 0] > sample.jsonl
    coverage.py list    GAZEGRAPH sample.jsonl [TAG-OPTION...] > names.tsv   # then judge
    coverage.py score   GAZEGRAPH sample.jsonl judged.tsv [TAG-OPTION...]
    coverage.py diff    GAZEGRAPH-A GAZEGRAPH-B corpus.jsonl [TAG-OPTION...]

`diff` tags a corpus with two binaries (or one binary twice, with the
TAG-OPTIONs given after `--b` for the second run only) and lists the
mentions that are new, gone or resolved to another entity, then counts
them: the false-positive check of a gazetteer change (judge the new ones).

TAG-OPTIONs go to `gazegraph tag` and `suggest`: `--no-builtin -g DIR`
measures the gazetteer folder DIR (for example an older commit's
`gazetteer/`, from `git archive`) with the same binary.

`list` writes one line per distinct name of the sample: the names the
tagger resolves (`found`) and the names `gazegraph suggest` reports as
covered by no entry (`missed`), with the surface forms seen. The judge
fills the column `well_known` with `y` (a person, place or organisation a
general news reader knows or a national news desk would list: countries,
cities, regencies, state bodies, office holders, parties, companies, clubs,
national athletes and celebrities) or `n` (local people, small firms,
events, products, titles, wrong matches), and `score` counts the `y` rows
the tagger finds now: a name is found when a resolved mention's text equals
one of its forms (up to case, diacritics and punctuation), so a longer name
found only in part ("Jakarta" of "Persija Jakarta") is not found.

The judgement belongs to the sample and stays fixed: re-run `score` after
changing the gazetteer to compare. Needs no third-party package.
"""
import json
import subprocess
import sys
import unicodedata


def key(name):
    """Names compared the way the matcher compares them, roughly."""
    s = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in s if c.isalnum())


def sample(args):
    path = args[0]
    every = int(args[args.index("--every") + 1]) if "--every" in args else 25
    offset = int(args[args.index("--offset") + 1]) if "--offset" in args else 0
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % every == offset % every:
                sys.stdout.write(line)


def tag(binary, path, extra=()):
    out = subprocess.run([binary, "tag", path, "--quiet", *extra], check=True,
                         capture_output=True, text=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def suggest(binary, path, extra=()):
    out = subprocess.run([binary, "suggest", path, "--min-docs", "1", "--top", "100000",
                          "--json", "--quiet", *extra], check=True, capture_output=True,
                         text=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def listing(args):
    binary, path, extra = args[0], args[1], args[2:]
    found = {}
    for m in tag(binary, path, extra):
        if m["via"] in ("nested", "title", "demonym"):
            continue
        e = found.setdefault(m["entity"], {"name": m["name"], "forms": set(), "type": m["type"]})
        e["forms"].add(m["text"])
    print("# kind\twell_known\tname\ttype\tforms")
    for eid, e in sorted(found.items()):
        print(f"found\t\t{e['name']}\t{e['type']}\t{'|'.join(sorted(e['forms']))}\t{eid}")
    for s in suggest(binary, path, extra):
        forms = sorted(s["evidence"]["forms"].keys()) or [s["name"]]
        print(f"missed\t\t{s['name']}\t{s['type']}\t{'|'.join(forms)}\t")


def score(args):
    binary, path, judged, extra = args[0], args[1], args[2], args[3:]
    got = set()
    for m in tag(binary, path, extra):
        if m["via"] in ("nested", "title", "demonym"):
            continue
        got.add(key(m["text"]))
        got.add(key(m["name"]))
    rows = []
    with open(judged, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            kind, wk, name, _typ, forms = line.rstrip("\n").split("\t")[:5]
            if wk == "y":
                rows.append((kind, name, forms.split("|")))
    hit = [r for r in rows if any(key(f) in got for f in r[2] + [r[1]])]
    miss = [r for r in rows if r not in hit]
    for kind, name, _ in miss:
        print(f"not found ({kind} before): {name}")
    print(f"well-known names: {len(rows)}; found {len(hit)}; coverage {len(hit) / max(1, len(rows)):.3f}")


def diff(args):
    a_bin, b_bin, path, extra = args[0], args[1], args[2], args[3:]
    b_extra = extra[extra.index("--b") + 1:] if "--b" in extra else []
    a_extra = extra[:extra.index("--b")] if "--b" in extra else extra
    a_extra, b_extra = a_extra, a_extra + b_extra

    def spans(binary, opts):
        out = {}
        for m in tag(binary, path, opts):
            if m["via"] == "nested":
                continue
            out[(m["doc"], m["start"], m["end"])] = m
        return out
    a, b = spans(a_bin, a_extra), spans(b_bin, b_extra)
    new = [b[k] for k in sorted(b) if k not in a]
    gone = [a[k] for k in sorted(a) if k not in b]
    changed = [(a[k], b[k]) for k in sorted(a) if k in b and a[k]["entity"] != b[k]["entity"]]
    for m in new:
        print(f"new\t{m['doc']}\t{m['start']}\t{m['text']}\t{m['entity']}\t{m['type']}\t{m['via']}")
    for m in gone:
        print(f"gone\t{m['doc']}\t{m['start']}\t{m['text']}\t{m['entity']}\t{m['type']}\t{m['via']}")
    for x, y in changed:
        print(f"changed\t{x['doc']}\t{x['start']}\t{x['text']}\t{x['entity']} -> {y['entity']}\t{y['type']}\t{y['via']}")
    print(f"# mentions: {len(a)} before, {len(b)} after; new {len(new)}, gone {len(gone)}, "
          f"re-resolved {len(changed)}")


if __name__ == "__main__":
    cmd, rest = sys.argv[1], sys.argv[2:]
    {"sample": sample, "list": listing, "score": score, "diff": diff}[cmd](rest)
