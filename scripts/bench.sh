#!/usr/bin/env bash
# scripts/bench.sh [N_MB=64] [REPS=3]
#
# Side-by-side throughput/memory benchmark, in ONE run on this machine:
# gazegraph (build --threads 1 and --threads N, graph written) against the
# peers of ../shared/bench: `limit` (bare aho-corasick scan, the lower bound),
# pyahocorasick, FlashText and spaCy, all with the dbpedia-id gazetteer on an
# IndoSum corpus of N_MB MB (2^20 bytes of article text) made by
# make_corpus.py. Each tool runs REPS times under /usr/bin/time -v; the table
# shows medians and ratios to `limit` and to each peer.
#
# A memory-bandwidth reference runs in the same loop: scripts/bandwidth reads
# the corpus file and counts its newlines with memchr, the physical bound of
# any tool that reads every byte; the summary gives each tool's time as a
# multiple of it.
#
# env: SHARED (default ../shared beside the repo), PEERS (default
# "limit pyahocorasick flashtext spacy"), PEER_MAX_S (default 600),
# THREADS (default: all cores). Outputs go to target/bench/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# ../shared beside the repository, else beside its parent (git worktrees)
if [ -z "${SHARED:-}" ]; then
  SHARED="$ROOT/../shared"
  [ -d "$SHARED" ] || SHARED="$ROOT/../../shared"
fi
N_MB="${1:-64}"
REPS="${2:-3}"
PEERS="${PEERS:-limit pyahocorasick flashtext spacy}"
THREADS="${THREADS:-$(nproc)}"
export PEER_MAX_S="${PEER_MAX_S:-600}"
OUT="$ROOT/target/bench"
GAZ="$SHARED/gazetteers/dbpedia-id"
CORPUS="$OUT/corpus_${N_MB}MB.jsonl"
RESULTS="$OUT/results_${N_MB}MB_$(date +%Y%m%d-%H%M%S).jsonl"
mkdir -p "$OUT"

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (Debian package 'time')" >&2
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

# shared/ is read-only in spirit: copy the peers beside our outputs so their
# venv and build products land in target/bench.
# The venv (.venv) is kept between runs: installing spaCy takes minutes.
mkdir -p "$OUT/peers"
cp -f "$SHARED"/bench/*.py "$SHARED/bench/requirements.txt" "$OUT/peers/"
rm -rf "$OUT/peers/limit" && cp -r "$SHARED/bench/limit" "$OUT/peers/limit"
chmod -R u+w "$OUT/peers/limit" && rm -rf "$OUT/peers/limit/target"
(cd "$ROOT" && cargo build --release -q)
(cd "$OUT/peers/limit" && CARGO_TARGET_DIR="$OUT/limit-target" cargo build --release -q)
(cd "$ROOT/scripts/bandwidth" && CARGO_TARGET_DIR="$OUT/bandwidth-target" cargo build --release -q)
case " $PEERS " in *" pyahocorasick "*|*" flashtext "*|*" spacy "*) python3 "$OUT/peers/common.py" ;; esac
[ -s "$CORPUS" ] || python3 "$SHARED/bench/make_corpus.py" "$N_MB" "$CORPUS"

PY="$OUT/peers/.venv/bin/python"
GG="$ROOT/target/release/gazegraph"
declare -A CMD=(
  [bandwidth]="$OUT/bandwidth-target/release/bandwidth $CORPUS"
  [limit]="$OUT/limit-target/release/limit $GAZ $CORPUS"
  [pyahocorasick]="$PY $OUT/peers/peer_pyahocorasick.py $GAZ $CORPUS"
  [flashtext]="$PY $OUT/peers/peer_flashtext.py $GAZ $CORPUS"
  [spacy]="$PY $OUT/peers/peer_spacy.py $GAZ $CORPUS"
  [gazegraph-t1]="$GG build -g $GAZ $CORPUS -o $OUT/gg-t1 --threads 1 --quiet --stats $OUT/stats.json"
  [gazegraph-tN]="$GG build -g $GAZ $CORPUS -o $OUT/gg-tN --threads $THREADS --quiet --stats $OUT/stats.json"
)
TOOLS=(gazegraph-t1 gazegraph-tN bandwidth $PEERS)

for rep in $(seq 1 "$REPS"); do
  for t in "${TOOLS[@]}"; do
    echo "[rep $rep/$REPS] $t ..." >&2
    rm -f "$OUT/stats.json"
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$OUT/time_$t.txt" ${CMD[$t]} >"$OUT/last_$t.json" 2>"$OUT/stderr_$t.txt" \
      || { echo "$t failed:" >&2; cat "$OUT/stderr_$t.txt" >&2; exit 1; }
    [ -s "$OUT/stats.json" ] && cp "$OUT/stats.json" "$OUT/last_$t.json"
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/time_$t.txt")
    python3 - "$OUT/last_$t.json" "$rss" "$rep" "$t" >>"$RESULTS" <<'PYEOF'
import json, sys
r = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
r.update(rss_kb=int(sys.argv[2]), rep=int(sys.argv[3]), tool=sys.argv[4])
print(json.dumps(r))
PYEOF
    tail -n 1 "$RESULTS" >&2
  done
done

python3 - "$RESULTS" "$N_MB" <<'PYEOF'
import json, statistics, sys
MB = 2 ** 20
rows = [json.loads(l) for l in open(sys.argv[1])]
# The bandwidth reference reads the file, not articles: reported apart.
ref = [r for r in rows if r["tool"] == "bandwidth"]
rows = [r for r in rows if r["tool"] != "bandwidth"]
order = []
for r in rows:
    if r["tool"] not in order:
        order.append(r["tool"])
med = statistics.median
def mbs(r):
    return r["bytes"] / MB / r["process_s"]
by = {t: [r for r in rows if r["tool"] == t] for t in order}
tput = {t: med(mbs(r) for r in rs) for t, rs in by.items()}
print("results: %s (%s MB corpus, %d run(s) per tool, medians)" % (sys.argv[1], sys.argv[2], len(by[order[0]])))
fmt = "| %-14s | %8s | %8s | %7s | %8s | %9s | %8s | %7s | %9s |"
print(fmt % ("tool", "MB done", "MB/s", "load s", "RSS MB", "mentions", "entities", "edges", "vs limit"))
print(fmt % tuple("---" for _ in range(9)))
for t in order:
    rs = by[t]
    ratio = "%.2fx" % (tput[t] / tput["limit"]) if "limit" in tput else "-"
    print(fmt % (t, "%.1f" % med(r["bytes"] / MB for r in rs), "%.2f" % tput[t],
                 "%.2f" % med(r["load_s"] for r in rs), "%.0f" % med(r["rss_kb"] / 1024 for r in rs),
                 rs[0]["mentions"], rs[0]["entities"], "-" if rs[0].get("edges") is None else rs[0]["edges"], ratio))
if ref:
    rt = med(r["process_s"] for r in ref)
    print("memory-bandwidth reference (read the %.1f MB corpus file, count newlines with memchr): %.3f s, %.0f MB/s of file"
          % (ref[0]["file_bytes"] / MB, rt, ref[0]["file_bytes"] / MB / rt))
    # A tool stopped early (PEER_MAX_S) is timed as if it had done all.
    full = max(r["bytes"] for r in rows)
    print("distance from it (time for the whole corpus / reference time): " + ", ".join(
        "%s %.0fx" % (t, med(r["process_s"] * full / r["bytes"] for r in by[t]) / rt) for t in order))
g1 = tput.get("gazegraph-t1")
if g1:
    for p in ("pyahocorasick", "flashtext", "spacy"):
        if p in tput:
            print("gazegraph --threads 1 vs %s: %.1fx" % (p, g1 / tput[p]))
    if "gazegraph-tN" in tput:
        print("threads speed-up (tN / t1): %.2fx" % (tput["gazegraph-tN"] / g1))
# Where gazegraph's process_s goes (build --stats; per-document stages are
# summed over workers, so only the --threads 1 row adds up to process_s).
for t in ("gazegraph-t1", "gazegraph-tN"):
    rs = [r for r in by.get(t, []) if "stages" in r]
    if rs:
        keys = list(rs[0]["stages"])
        parts = ["%s %.2f" % (k[:-2], med(r["stages"][k] for r in rs)) for k in keys]
        # with several workers the per-document stages overlap in time
        # store_s (graph.db) is a part of write_s, not a stage of its own
        rest = ", read+other %.2f" % med(r["process_s"] - sum(v for k, v in r["stages"].items() if k != "store_s") for r in rs) \
            if rs[0].get("threads") == 1 else " (summed over workers)"
        print("%s stages (s): %s%s; process %.2f" % (
            t, ", ".join(parts), rest, med(r["process_s"] for r in rs)))
PYEOF
