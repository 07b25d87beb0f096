#!/usr/bin/env bash
# The cost of `build --mentions`: builds CORPUS with and without the flag,
# alternating, RUNS times each with the same binary in the same run, and
# prints the median wall-clock time of each, their ratio, and graph.db's
# size with and without the mentions table.
#
#   scripts/bench_mentions.sh CORPUS [RUNS] [THREADS]   (default 5 runs, 1 thread)
#
# env: BIN, the binary to time (default target/debug/gazegraph, built here
# if missing; the dev profile is optimised); GAZ, an extra gazetteer (-g).
set -euo pipefail
corpus=${1:?usage: scripts/bench_mentions.sh CORPUS [RUNS] [THREADS]}
runs=${2:-5}
threads=${3:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${BIN:-$root/target/debug/gazegraph}
[ -x "$bin" ] || (cd "$root" && cargo build)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
gaz=()
[ -n "${GAZ:-}" ] && gaz=(-g "$GAZ")
for i in $(seq "$runs"); do
  for m in off on; do
    flag=()
    [ "$m" = on ] && flag=(--mentions)
    rm -rf "$out/$m"
    s=$(date +%s%N)
    "$bin" build "$corpus" "${gaz[@]}" -o "$out/$m" -q --threads "$threads" "${flag[@]}" 2>/dev/null
    e=$(date +%s%N)
    echo "$m $(( (e - s) / 1000000 ))" >> "$out/times"
  done
done
median() { grep "^$1 " "$out/times" | cut -d' ' -f2 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
off=$(median off)
on=$(median on)
echo "runs: $runs each, alternating, --threads $threads"
echo "all (ms): $(grep '^off' "$out/times" | cut -d' ' -f2 | tr '\n' ' ')| with --mentions: $(grep '^on' "$out/times" | cut -d' ' -f2 | tr '\n' ' ')"
echo "median without --mentions: ${off} ms"
echo "median with --mentions:    ${on} ms"
awk -v a="$on" -v b="$off" 'BEGIN {printf "ratio with/without: %.3f\n", a / b}'
sa=$(stat -c %s "$out/off/graph.db")
sb=$(stat -c %s "$out/on/graph.db")
echo "graph.db without: $sa bytes; with: $sb bytes (ratio $(awk -v a="$sb" -v b="$sa" 'BEGIN {printf "%.3f", a / b}'))"
if command -v sqlite3 >/dev/null; then
  echo "mentions rows: $(sqlite3 "$out/on/graph.db" 'SELECT count(*) FROM mentions')"
fi
