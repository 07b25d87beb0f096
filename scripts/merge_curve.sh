#!/usr/bin/env bash
# merge curve: corpus size x shards -> flat merge and tree root (time, peak RSS)
set -euo pipefail
# Sample data beside the checkout (../shared); G, GAZ, INDOSUM, WORK override.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
G=${G:-$ROOT/target/debug/gazegraph}
GZ="-g ${GAZ:-$ROOT/../shared/gazetteers/dbpedia-id}"
export INDOSUM=${INDOSUM:-$ROOT/../shared/corpora/indosum}
WORK=${WORK:-/tmp/merge-curve}; mkdir -p "$WORK"; cd "$WORK"
for copies in 1 4; do
  python3 - "$copies" <<'PY'
import json,sys
n=int(sys.argv[1])
with open('corpus%d.jsonl'%n,'w') as f:
  for c in range(n):
    for p in ['dev.01.jsonl','dev.02.jsonl']:
      for l in open(__import__("os").environ["INDOSUM"]+'/'+p):
        r=json.loads(l); r['id']='%d-%s'%(c,r['id']); f.write(json.dumps(r,ensure_ascii=False)+'\n')
PY
  for k in 2 8; do
    d=c${copies}k$k; rm -rf $d; mkdir -p $d
    total=$(wc -l < corpus$copies.jsonl)
    split -n l/$k -d corpus$copies.jsonl $d/part
    for p in $d/part*; do mv $p $p.jsonl; $G build $p.jsonl $GZ -o $p.g --format json --quiet --threads 2 2>/dev/null; rm -f $p.g/graph.db; done
    graphs=$(ls -d $d/part*.g | sed 's|$|/graph.json|')
    /usr/bin/time -v $G merge $graphs -o $d/flat --partial 2> $d/flat.time >/dev/null
    # pairwise tree: partial levels, root last
    level=($graphs); n=0
    while [ ${#level[@]} -gt 2 ]; do
      next=()
      for ((i=0;i<${#level[@]};i+=2)); do n=$((n+1)); $G merge ${level[i]} ${level[i+1]} -o $d/t$n --partial 2>/dev/null; next+=($d/t$n/graph.json); done
      level=(${next[@]})
    done
    /usr/bin/time -v $G merge ${level[@]} -o $d/root --partial 2> $d/root.time >/dev/null
    cmp $d/flat/graph.json $d/root/graph.json
    mb=$(du -m corpus$copies.jsonl | cut -f1); led=$(du -m $d/root/graph.docs.jsonl | cut -f1); gj=$(du -m $d/root/graph.json | cut -f1)
    for s in flat root; do
      t=$(grep "Elapsed (wall" $d/$s.time | awk '{print $NF}'); r=$(grep "Maximum resident" $d/$s.time | awk '{print $NF}')
      echo "$mb MB corpus, $k shards, $s: wall $t, peak RSS $((r/1024)) MB; graph.json $gj MB, ledger $led MB"
    done
  done
done
