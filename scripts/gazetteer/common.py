"""Shared helpers of the built-in gazetteer generators (scripts/gazetteer/).

Name keys and slugs follow src/gazetteer/keys.rs, so that a generated name
that the loader would treat as equal to a curated one is recognised here
and left to the curated record ("hand-curated records win").
"""

import json
import os
import re
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GAZ = os.path.join(REPO, "gazetteer")
HERE = os.path.dirname(os.path.abspath(__file__))


def is_acronym(name):
    """As keys.rs: no lowercase letter and 1 to 6 letters."""
    letters = 0
    for c in name:
        if c.islower():
            return False
        if c.isalpha():
            letters += 1
    return 1 <= letters <= 6


def name_key(name):
    """As keys.rs `name_key`: acronyms as written, else letters and digits,
    lowercased, without diacritics."""
    name = name.strip()
    if is_acronym(name):
        return "\x01" + name
    folded = unicodedata.normalize("NFD", name)
    return "".join(c.lower() for c in folded if c.isalnum() and not unicodedata.combining(c))


def slug(name):
    """As keys.rs `slug`: lowercase ASCII letters and digits, runs of other
    characters turned into `-`."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def read_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.lstrip().startswith("#"):
                out.append(json.loads(line))
    return out


def record_names(rec):
    return [rec["name"]] + list(rec.get("aliases", []))


def all_names(rec):
    return record_names(rec) + list(rec.get("short", [])) + list(rec.get("demonyms", []))


class Claims:
    """Every name and id already taken, by hand-curated records first and
    then by generated records in the order they are added."""

    def __init__(self):
        self.names = {}  # key -> (id, type, hand-curated)
        self.ids = set()
        self.qids = set()

    def add_record(self, rec, hand=False):
        self.ids.add(rec["id"])
        if rec.get("qid"):
            self.qids.add(rec["qid"])
        for n in all_names(rec):
            self.names.setdefault(name_key(n), (rec["id"], rec["type"], hand))

    def owner(self, name):
        return self.names.get(name_key(name))

    def free_id(self, base, etype):
        if base not in self.ids:
            return base
        cand = f"{base}-{etype}"
        n = 2
        while cand in self.ids:
            cand = f"{base}-{etype}-{n}"
            n += 1
        return cand


def curated_claims(exclude_dir="generated"):
    """Claims of the hand-curated records: every `*.jsonl` under gazetteer/
    except the generated folder and offices/relations."""
    claims = Claims()
    for root, dirs, files in os.walk(GAZ):
        dirs[:] = sorted(d for d in dirs if d != exclude_dir and not d.startswith("."))
        for fn in sorted(files):
            if not fn.endswith(".jsonl") or fn.startswith(("offices", "relations")):
                continue
            for rec in read_jsonl(os.path.join(root, fn)):
                if "id" in rec:  # not a per-file setting line ({"case": ...})
                    claims.add_record(rec, hand=True)
    return claims


def finish_record(rec, claims, dropped):
    """Drops the names of `rec` that another entity already claims (the
    first claimant keeps them: curated records, then earlier generated ones)
    and registers the rest. Returns the record, or None when its canonical
    name is taken (then the whole record is dropped: the same entity is
    already known, or the name would be ambiguous)."""
    for n in record_names(rec):
        o = claims.owner(n)
        if o is not None and o[2] and o[1] == rec["type"]:
            # A hand-curated record already names this entity: it wins.
            dropped.append((rec["name"], rec["id"], f"same entity as curated {o[0]} ({n})"))
            return None
    owner = claims.owner(rec["name"])
    free = [a for a in rec.get("aliases", []) if claims.owner(a) is None]
    if owner is not None and free:
        # "Bengkulu" is the province: the city is "Kota Bengkulu".
        dropped.append((rec["name"], rec["id"], f"name taken by {owner[0]}"))
        rec["name"] = free[0]
        rec["aliases"] = free[1:]
        owner = None
    if owner is not None:
        dropped.append((rec["name"], rec["id"], f"name taken by {owner[0]}"))
        return None
    if rec.get("qid") and rec["qid"] in claims.qids:
        dropped.append((rec["name"], rec["id"], f"qid {rec['qid']} already known"))
        return None
    rec["id"] = claims.free_id(rec["id"], rec["type"])
    seen = {name_key(rec["name"])}
    for field in ("aliases", "short", "demonyms"):
        keep = []
        for n in rec.get(field, []):
            k = name_key(n)
            if k in seen or len(n.strip()) <= 1:
                continue
            o = claims.owner(n)
            if o is not None:
                dropped.append((n, rec["id"], f"{field[:-1]} taken by {o[0]}"))
                continue
            seen.add(k)
            keep.append(n)
        if keep:
            rec[field] = keep
        else:
            rec.pop(field, None)
    claims.add_record(rec)
    return rec


def write_jsonl(path, header, records):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write(f"# {line}\n")
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------
# Common words: a bare name that is also a common word ("Lima" is five in
# Indonesian, "Batu" a stone, "Male" an English word) is withheld, so that
# a capitalised word opening a sentence is not taken for a place.

WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:[-'][A-Za-zÀ-ÿ]+)*")


# Names the checks below would withhold that news uses overwhelmingly as
# names (checked by hand on IndoSum): kept.
KEEP = {"Palu", "Serang", "Wellington", "Muscat", "Tangier", "Sambas"}


class CommonWords:
    """Counts, in a corpus, how often each candidate name is written in
    lowercase and how often capitalised inside a sentence, and reads an
    English word list. `common(name)` says whether to withhold it."""

    def __init__(self, corpus_paths, dict_path):
        self.corpus_paths = corpus_paths
        # Words of gazetteer/chunks.tsv (stop words, titles, place, body and
        # head words: "Kota", "Bandar") are never a name alone.
        self.chunk_words = set()
        with open(os.path.join(GAZ, "chunks.tsv"), encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3 and not line.startswith("#"):
                    self.chunk_words.add(parts[2].strip().lower())
        self.dict_words = set()
        if dict_path and os.path.exists(dict_path):
            with open(dict_path, encoding="utf-8", errors="replace") as f:
                for w in f:
                    w = w.strip()
                    if w and w.islower() and "'" not in w:
                        self.dict_words.add(w)
        self.candidates = {}
        self.counts = None
        # Names withheld by an earlier run (used when no corpus is given).
        self.previous = None

    def want(self, name):
        words = tuple(w.lower() for w in WORD.findall(name))
        if words:
            self.candidates[words] = name

    def count(self):
        """One pass over the corpus for every candidate wanted so far."""
        firsts = {}
        for words in self.candidates:
            firsts.setdefault(words[0], []).append(words)
        counts = {w: [0, 0] for w in self.candidates}  # lower, capital mid-sentence
        for path in self.corpus_paths:
            for text in corpus_texts(path):
                for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
                    toks = WORD.findall(sent)
                    low = [t.lower() for t in toks]
                    for i, t in enumerate(low):
                        for words in firsts.get(t, ()):
                            if tuple(low[i:i + len(words)]) != words:
                                continue
                            surface = toks[i:i + len(words)]
                            if all(s.islower() for s in surface):
                                counts[words][0] += 1
                            elif i > 0 and surface[0][0].isupper():
                                counts[words][1] += 1
        self.counts = counts

    def common(self, name, dictionary=True):
        """(True, reason) when `name` is a common word or phrase (the
        English word list is consulted only when `dictionary`)."""
        words = tuple(w.lower() for w in WORD.findall(name))
        if not words:
            return False, ""
        if name in KEEP:
            return False, ""
        if len(words) == 1 and words[0] in self.chunk_words:
            return True, "a word of gazetteer/chunks.tsv"
        if self.previous is not None:
            return (name in self.previous), "withheld by the last run (withheld.tsv)"
        if self.counts is not None and words in self.counts:
            low, cap = self.counts[words]
            if low >= 3 and low >= cap:
                return True, f"corpus: {low} lowercase, {cap} capitalised mid-sentence"
        if dictionary and len(words) == 1 and words[0] in self.dict_words:
            return True, "English word list"
        return False, ""


def corpus_texts(path):
    """Texts of a corpus: a JSON Lines file with `text`, a plain text file,
    or a folder of those."""
    if os.path.isdir(path):
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for fn in sorted(files):
                yield from corpus_texts(os.path.join(root, fn))
        return
    with open(path, encoding="utf-8", errors="replace") as f:
        if path.endswith(".jsonl"):
            for line in f:
                try:
                    yield json.loads(line).get("text", "")
                except (ValueError, AttributeError):
                    continue
        else:
            yield f.read()
