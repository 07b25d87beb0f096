#!/usr/bin/env python3
"""score_relations.py tests/fixtures/SET [BIN] [--errors]

Scores one relation fixture with any gazegraph binary, as
tests/relations_untuned.rs does (the fixture's user gazetteer without the
ids the built-in gazetteer has; meets compared unordered): tp/pred and
tp/gold, precision and recall per language and kind. Use it to compare
binaries of two commits on a set without rebuilding the tests. BIN defaults
to target/release/gazegraph. Run it from the repository root.

--errors lists the false positives and negatives with their evidence and
the gold's note. It refuses on the blind set (the BLIND constant of
tests/relations_untuned.rs): only the blind set's score is read.
"""

import json, os, subprocess, sys, tempfile, collections
args = [a for a in sys.argv[1:] if not a.startswith('--')]
if not args:
    sys.exit(__doc__)
fx = args[0]
binp = args[1] if len(args) > 1 else 'target/release/gazegraph'
show = '--errors' in sys.argv
import re
m = re.search(r'const BLIND: &str = "([^"]+)"', open('tests/relations_untuned.rs', encoding='utf-8').read())
if show and m and os.path.basename(fx.rstrip('/')) == m.group(1):
    sys.exit(f"{m.group(1)} is the blind set: only its score is read (drop --errors)")
known = set()
for d, _, files in os.walk('gazetteer'):
    for f in files:
        if f.endswith('.jsonl') and f not in ('relations.jsonl', 'offices.jsonl'):
            for l in open(os.path.join(d, f), encoding='utf-8'):
                try:
                    i = json.loads(l).get('id')
                except Exception:
                    continue
                if i: known.add(i)
kept = []
for l in open(os.path.join(fx, 'gazetteer.jsonl'), encoding='utf-8'):
    try:
        e = json.loads(l)
    except Exception:
        continue
    if e.get('id') and e['id'] not in known: kept.append(l.rstrip('\n'))
tmp = tempfile.mkdtemp()
user = os.path.join(tmp, 'user.jsonl')
open(user, 'w').write('\n'.join(kept) + '\n')
docs = [json.loads(l) for l in open(os.path.join(fx, 'docs.jsonl'), encoding='utf-8') if l.strip()]
lang = {d['id']: d['lang'] for d in docs}
def key(v):
    a, b = v.get('source', ''), v.get('target', '')
    if v.get('kind') == 'meets' and a > b: a, b = b, a
    return (v.get('doc', ''), v.get('kind', ''), a, b, v.get('modality', ''))
gold = {}
for l in open(os.path.join(fx, 'gold.jsonl'), encoding='utf-8'):
    if l.strip():
        v = json.loads(l); gold[key(v)] = v
out = subprocess.run([os.path.abspath(binp), 'relations', '--quiet', '-g', user, os.path.abspath(os.path.join(fx, 'docs.jsonl'))],
                     capture_output=True, text=True, cwd=tmp)
if out.returncode not in (0, 1):
    print(out.stderr); sys.exit(2)
pred = {}
for l in out.stdout.splitlines():
    if l.strip():
        v = json.loads(l); pred[key(v)] = v
by = collections.defaultdict(lambda: [0, 0, 0])
for ks, idx in ((pred, 1), (gold, 2)):
    for k in ks:
        for kk in (k[1], 'all'):
            by[(lang.get(k[0], '?'), kk)][idx] += 1
for k in set(pred) & set(gold):
    for kk in (k[1], 'all'):
        by[(lang.get(k[0], '?'), kk)][0] += 1
print(f"fixture {os.path.basename(fx.rstrip('/'))}")
for (l, k), (tp, p, g) in sorted(by.items()):
    print(f"{l:<4} {k:<13} {tp:>3}/{p:<4} {tp:>3}/{g:<4} {tp/p if p else 1:>6.2f} {tp/g if g else 1:>6.2f}")
if show:
    def ev(v):
        e = v.get('evidence')
        if isinstance(e, list) and e: e = e[0]
        if isinstance(e, dict): e = e.get('sentence') or e.get('text') or json.dumps(e)[:200]
        return (e or '')[:220]
    print('\nFALSE POSITIVES')
    for k in sorted(set(pred) - set(gold)):
        print(' ', k, '\n     ', ev(pred[k]))
    print('\nFALSE NEGATIVES')
    for k in sorted(set(gold) - set(pred)):
        print(' ', k, '\n     ', ev(gold[k]), '|', gold[k].get('note', '')[:200])
