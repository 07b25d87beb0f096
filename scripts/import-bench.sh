#!/bin/sh
# Throughput and peak memory of `gazegraph gazetteer import wikidata` on a
# Wikidata sample repeated to about SIZE_MB (default 1024) MB.
# Usage: scripts/import-bench.sh SAMPLE.jsonl [SIZE_MB] [BINARY]
set -eu
sample=${1:?usage: scripts/import-bench.sh SAMPLE.jsonl [SIZE_MB] [BINARY]}
size_mb=${2:-1024}
bin=${3:-target/release/gazegraph}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one=$(wc -c < "$sample")
n=$(( size_mb * 1048576 / one + 1 ))
i=0
while [ $i -lt $n ]; do cat "$sample"; i=$((i + 1)); done > "$tmp/big.jsonl"
bytes=$(wc -c < "$tmp/big.jsonl")
/usr/bin/time -v "$bin" gazetteer import wikidata "$tmp/big.jsonl" -o "$tmp/out.jsonl" -q 2> "$tmp/time.txt"
secs=$(grep 'Elapsed (wall clock)' "$tmp/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
rss=$(grep 'Maximum resident set size' "$tmp/time.txt" | awk '{print $NF}')
echo "input $bytes bytes ($n copies of $sample), wall $secs s, $(echo "$bytes / 1048576 / $secs" | bc -l | cut -c1-6) MB/s, peak RSS $rss kB"
