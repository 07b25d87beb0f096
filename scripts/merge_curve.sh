#!/usr/bin/env bash
# merge curve: corpus size x shards -> flat merge and tree root (time, peak RSS)
set -euo pipefail
# Sample data beside the checkout (../shared); G, GAZ, INDOSUM, WORK override.
# OLD_G=BIN also runs the same tree with another binary (say, one built
# before the ledger was kept in parts) on the same shards, side by side.
# SIZES and SHARDS override the corpus copies and shard counts.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
G=${G:-$ROOT/target/debug/gazegraph}
GZ="-g ${GAZ:-$ROOT/../shared/gazetteers/dbpedia-id}"
export INDOSUM=${INDOSUM:-$ROOT/../shared/corpora/indosum}
WORK=${WORK:-/tmp/merge-curve}; mkdir -p "$WORK"; cd "$WORK"
OLD_G=${OLD_G:-}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# A pairwise tree of --partial merges of the graphs $3..., root last, by
# binary $1 into folders named $2<n>; the root step timed into $2root.time.
tree() {
  local bin=$1 pre=$2; shift 2
  local level=("$@") n=0 next i
  while [ ${#level[@]} -gt 2 ]; do
    next=()
    for ((i=0;i<${#level[@]};i+=2)); do n=$((n+1)); rm -rf $pre$n; $bin merge ${level[i]} ${level[i+1]} -o $pre$n --partial 2>/dev/null; next+=($pre$n/graph.json); done
    level=(${next[@]})
  done
  rm -rf ${pre}root
  /usr/bin/time -v $bin merge ${level[@]} -o ${pre}root --partial 2> ${pre}root.time >/dev/null
}
for copies in ${SIZES:-1 4}; do
  python3 - "$copies" <<'PY'
import json,sys
n=int(sys.argv[1])
with open('corpus%d.jsonl'%n,'w') as f:
  for c in range(n):
    for p in ['dev.01.jsonl','dev.02.jsonl']:
      for l in open(__import__("os").environ["INDOSUM"]+'/'+p):
        r=json.loads(l); r['id']='%d-%s'%(c,r['id']); f.write(json.dumps(r,ensure_ascii=False)+'\n')
PY
  for k in ${SHARDS:-2 8}; do
    d=c${copies}k$k
    # KEEP=1 reuses the shards built by an earlier run.
    if [ -z "${KEEP:-}" ] || [ ! -d $d/part00.g ]; then
      rm -rf $d; mkdir -p $d
      split -n l/$k -d corpus$copies.jsonl $d/part
      for p in $d/part*; do mv $p $p.jsonl; $G build $p.jsonl $GZ -o $p.g --format json --quiet --threads 2 2>/dev/null; rm -f $p.g/graph.db; done
    fi
    graphs=$(ls -d $d/part*.g | sed 's|$|/graph.json|')
    # REPS runs of each step, new and old interleaved; the median wall
    # time and the largest peak RSS are reported.
    for ((rep=1;rep<=${REPS:-1};rep++)); do
      /usr/bin/time -v $G merge $graphs -o $d/flat --partial 2> $d/flat.time.$rep >/dev/null
      tree $G $d/t $graphs
      mv $d/troot.time $d/root.time.$rep; rm -rf $d/root; mv $d/troot $d/root
      cmp $d/flat/graph.json $d/root/graph.json
      steps="flat root"
      if [ -n "$OLD_G" ]; then
        tree $OLD_G $d/old $graphs
        mv $d/oldroot.time $d/oldroot.time.$rep
        cmp $d/oldroot/graph.json $d/root/graph.json
        steps="flat root old"
      fi
    done
    mb=$(du -m corpus$copies.jsonl | cut -f1); gj=$(du -m $d/root/graph.json | cut -f1)
    led=$(du -cm $d/root/graph.docs.* | tail -1 | cut -f1); idx=$(du -cm $d/root/graph.docs.*.idx | tail -1 | cut -f1)
    for s in $steps; do
      [ $s = old ] && s=oldroot
      ts=$(grep -h "Elapsed (wall" $d/$s.time.* | awk '{print $NF}' | sort | tr '\n' ' ')
      t=$(echo $ts | tr ' ' '\n' | sort | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
      r=$(grep -h "Maximum resident" $d/$s.time.* | awk '{print $NF}' | sort -n | tail -1)
      echo "$mb MB corpus, $k shards, $s: wall $t (runs: $ts), peak RSS $((r/1024)) MB; graph.json $gj MB, ledger $led MB with its indexes ($idx MB)"
    done
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
