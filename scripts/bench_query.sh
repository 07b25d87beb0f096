#!/usr/bin/env bash
# Times the query commands, loading included, on a generated graph.
#
#   scripts/bench_query.sh [NODES] [EDGES]     (default 100000 1000000)
#
# Generates target/bench/graph-NODES-EDGES.json once with scripts/gen_graph.py
# (deterministic), builds the release binary, runs one query to write the
# graph.bin cache beside it, then times `neighbors`, `path` and
# `top --by degree` with hyperfine (or /usr/bin/time when hyperfine is
# missing) and prints the mean in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
NODES=${1:-100000}
EDGES=${2:-1000000}
DIR=${BENCH_DIR:-target/bench}
GRAPH="$DIR/graph-$NODES-$EDGES.json"
BIN=target/release/gazegraph
mkdir -p "$DIR"
if [ ! -s "$GRAPH" ]; then
    echo "generating $GRAPH ..." >&2
    python3 scripts/gen_graph.py --nodes "$NODES" --edges "$EDGES" -o "$GRAPH"
fi
cargo build --release --quiet
# The first query parses graph.json and writes the cache (what `build`
# normally does), so it is timed once from scratch.
rm -f "${GRAPH%.json}.bin"
start=$(date +%s%N)
env -u GAZEGRAPH_NO_CACHE "$BIN" top --limit 1 --graph "$GRAPH" >/dev/null
echo "first load from graph.json + cache write: $(( ($(date +%s%N) - start) / 1000000 )) ms"
HUB=e0000000
FAR=e$(printf %07d $((NODES - 1)))
queries=(
    "neighbors $HUB --limit 20 --graph $GRAPH"
    "neighbors e0000100 --graph $GRAPH"
    "path e0000100 $FAR --graph $GRAPH"
    "top --by degree --graph $GRAPH"
)
if command -v hyperfine >/dev/null; then
    RESULT=$(mktemp)
    trap 'rm -f "$RESULT"' EXIT
    for q in "${queries[@]}"; do
        env -u GAZEGRAPH_NO_CACHE hyperfine --warmup 2 --runs 10 --export-json "$RESULT" "$BIN $q" >/dev/null 2>&1
        python3 -c 'import json,sys; r=json.load(open(sys.argv[2]))["results"][0]; print("%-60s mean %6.1f ms  min %6.1f ms  max %6.1f ms" % (sys.argv[1], r["mean"]*1e3, r["min"]*1e3, r["max"]*1e3))' "$q" "$RESULT"
    done
else
    for q in "${queries[@]}"; do
        # shellcheck disable=SC2086
        /usr/bin/time -f "%-60C %e s" "$BIN" $q >/dev/null
    done
fi
