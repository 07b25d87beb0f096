#!/usr/bin/env bash
# Times the query commands, loading included, on a generated graph, for
# today's binary (graph.db) against the last binary that read graph.bin,
# in the same run.
#
#   scripts/bench_query.sh [NODES] [EDGES] [RUNS]   (default 100000 1000000 7)
#
# Generates target/bench/graph-NODES-EDGES.json once with scripts/gen_graph.py
# (deterministic), builds the release binary, and times the first load
# (graph.json parsed, graph.db / graph.bin written), then each query RUNS
# times per binary, interleaved, printing the median in milliseconds.
#
# env: OLD_BIN, the graph.bin binary to compare with (default
# target/gazegraph-old; when missing it is built from OLD_COMMIT, the last
# commit before graph.db, in a git worktree at OLD_SRC (default
# $TMPDIR/gazegraph-old-src) with its own target folder; any older gazegraph
# may be given, e.g. one writing another graph.db schema: it reads its own
# hard-linked copy of the graph, under BENCH_DIR/old; OLD_BIN=none times the
# new binary alone); NEW_BIN (default
# target/release/gazegraph, built here).
#
# Each cell is "wall/cpu": the median wall-clock time and the median CPU
# time (user + system) in milliseconds. On a shared, loaded machine the
# wall time mostly measures waiting for a core; the CPU time does not.
set -euo pipefail
cd "$(dirname "$0")/.."
NODES=${1:-100000}
EDGES=${2:-1000000}
RUNS=${3:-7}
DIR=${BENCH_DIR:-target/bench}
GRAPH="$DIR/graph-$NODES-$EDGES.json"
OLD_COMMIT=${OLD_COMMIT:-2728e79}
OLD_BIN=${OLD_BIN:-target/gazegraph-old}
NEW_BIN=${NEW_BIN:-target/release/gazegraph}
mkdir -p "$DIR"
if [ ! -s "$GRAPH" ]; then
    echo "generating $GRAPH ..." >&2
    python3 scripts/gen_graph.py --nodes "$NODES" --edges "$EDGES" -o "$GRAPH"
fi
[ -n "${NEW_BIN_PREBUILT:-}" ] || cargo build --release --quiet
BINS="old new"
if [ "$OLD_BIN" = none ]; then
    BINS="new"
elif [ ! -x "$OLD_BIN" ]; then
    echo "building the graph.bin binary of $OLD_COMMIT ..." >&2
    # Outside this checkout: inside it, cargo would take the old sources
    # for a member of today's workspace.
    OLD_SRC=${OLD_SRC:-${TMPDIR:-/tmp}/gazegraph-old-src}
    [ -d "$OLD_SRC" ] || git worktree add --detach "$OLD_SRC" "$OLD_COMMIT"
    (cd "$OLD_SRC" && CARGO_TARGET_DIR="$OLD_SRC/target" cargo build --release --quiet)
    cp "$OLD_SRC/target/release/gazegraph" "$OLD_BIN"
fi
# The old binary reads its own copy (a hard link) of graph.json, so that
# two binaries writing stores of different schema versions beside it do
# not rewrite each other's on every run.
OLD_GRAPH="$DIR/old/$(basename "$GRAPH")"
mkdir -p "$DIR/old"
[ "$OLD_GRAPH" -ef "$GRAPH" ] || ln -f "$GRAPH" "$OLD_GRAPH" 2>/dev/null || cp "$GRAPH" "$OLD_GRAPH"
graph_of() { if [ "$1" = old ]; then echo "$OLD_GRAPH"; else echo "$GRAPH"; fi; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# The first query parses graph.json and writes the store (what `build`
# normally does), so it is timed once from scratch for each.
rm -f "${GRAPH%.json}.bin" "${GRAPH%.json}.db" "${OLD_GRAPH%.json}.bin" "${OLD_GRAPH%.json}.db"
for b in $BINS; do
    bin=$OLD_BIN; [ $b = new ] && bin=$NEW_BIN
    start=$(date +%s%N)
    env -u GAZEGRAPH_NO_CACHE "$bin" top --limit 1 --graph "$(graph_of $b)" >/dev/null
    echo "$b: first load from graph.json + store write: $(ms "$start") ms"
done
ls -l "${OLD_GRAPH%.json}".bin "${OLD_GRAPH%.json}".db "${GRAPH%.json}".db 2>/dev/null || true
HUB=e0000000
FAR=e$(printf %07d $((NODES - 1)))
queries=(
    "neighbors $HUB --limit 20"
    "neighbors e0000100"
    "path e0000100 $FAR"
    "show e0000100"
    "evidence $HUB e0000001"
    "top --by degree"
    "top --by pagerank"
)
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-32s %16s %16s\n' query "old wall/cpu" "new wall/cpu"
for q in "${queries[@]}"; do
    old=(); new=(); oldc=(); newc=()
    for _ in $(seq "$RUNS"); do
        for b in $BINS; do
            bin=$OLD_BIN; [ $b = new ] && bin=$NEW_BIN
            start=$(date +%s%N)
            # shellcheck disable=SC2086
            env -u GAZEGRAPH_NO_CACHE /usr/bin/time -f '%U %S' -o "$TIMES" \
                "$bin" $q --graph "$(graph_of $b)" >/dev/null 2>&1 || true
            t=$(ms "$start")
            c=$(awk '/^[0-9.]+ [0-9.]+$/ {printf "%d", ($1 + $2) * 1000}' "$TIMES")
            if [ $b = old ]; then old+=("$t"); oldc+=("$c"); else new+=("$t"); newc+=("$c"); fi
        done
    done
    o=-; [ ${#old[@]} -gt 0 ] && o="$(med "${old[@]}")/$(med "${oldc[@]}")"
    printf '%-32s %16s %16s\n' "$q" "$o" "$(med "${new[@]}")/$(med "${newc[@]}")"
done
