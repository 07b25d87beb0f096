#!/usr/bin/env bash
# scripts/mention_diff.sh [N_MB=4]
#
# Correctness check against pyahocorasick: tags an IndoSum corpus of N_MB MB
# (make_corpus.py) with the dbpedia-id gazetteer, once with the peer
# (BENCH_DUMP mention dump) and once with `gazegraph tag`, converts
# gazegraph's JSON Lines to the dump format (doc index, char start, char
# end, entity) and compares the two with ../shared/bench/diff_mentions.py,
# then sorts the differences into categories (see docs/scale.md).
#
# env: SHARED (default ../shared beside the repo or its parent). Outputs go
# to target/bench/ (dump_pyahocorasick_NMB.tsv, dump_gazegraph_NMB.tsv).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -z "${SHARED:-}" ]; then
  SHARED="$ROOT/../shared"
  [ -d "$SHARED" ] || SHARED="$ROOT/../../shared"
fi
N_MB="${1:-4}"
OUT="$ROOT/target/bench"
GAZ="$SHARED/gazetteers/dbpedia-id"
CORPUS="$OUT/corpus_${N_MB}MB.jsonl"
PEER_DUMP="$OUT/dump_pyahocorasick_${N_MB}MB.tsv"
GG_DUMP="$OUT/dump_gazegraph_${N_MB}MB.tsv"
mkdir -p "$OUT/peers"
[ -s "$CORPUS" ] || python3 "$SHARED/bench/make_corpus.py" "$N_MB" "$CORPUS"
cp -f "$SHARED"/bench/*.py "$SHARED/bench/requirements.txt" "$OUT/peers/"
(cd "$ROOT" && cargo build --release -q)

BENCH_DUMP="$PEER_DUMP" python3 "$OUT/peers/peer_pyahocorasick.py" "$GAZ" "$CORPUS" >/dev/null
"$ROOT/target/release/gazegraph" tag -g "$GAZ" "$CORPUS" --quiet 2>/dev/null \
  | python3 "$ROOT/scripts/tag_to_dump.py" "$CORPUS" >"$GG_DUMP"

python3 "$SHARED/bench/diff_mentions.py" "$CORPUS" "$PEER_DUMP" "$GG_DUMP" 10
python3 "$ROOT/scripts/mention_categories.py" "$CORPUS" "$PEER_DUMP" "$GG_DUMP"
