#!/usr/bin/env bash
# Runs the cargo-fuzz targets one after another and prints, per target, the
# runs executed, speed, coverage/features and crashes.
#
#   scripts/fuzz.sh [SECONDS=600] [TARGET...]
#
# With no TARGET, every target in fuzz/Cargo.toml runs. Each target's corpus
# (fuzz/corpus/<target>/, git-ignored, kept between runs) is seeded with the
# sample articles (corpus/seeds/*.txt) and small hand-made cases first.
# Crashing inputs land in fuzz/artifacts/<target>/; logs in fuzz/logs/.
#
# Environment:
#   FUZZ_SANITIZER  none (default: the code is safe Rust, and no sanitizer
#                   is about twice as fast) or address, memory, thread, leak
#   FUZZ_NICE       niceness of the fuzzing process (default 10)
#   FUZZ_ARGS       extra libFuzzer flags, e.g. "-jobs=2 -workers=2"
#
# Needs a nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
# Exit status: 0 if no target crashed, 1 if one did, 2 on a usage or build
# error.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

seconds=${1:-600}
[[ $# -gt 0 ]] && shift
if ! [[ $seconds =~ ^[0-9]+$ ]] || [[ $seconds -eq 0 ]]; then
    echo "usage: scripts/fuzz.sh [SECONDS=600] [TARGET...]" >&2
    exit 2
fi
sanitizer=${FUZZ_SANITIZER:-none}
niceness=${FUZZ_NICE:-10}

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: needs a nightly toolchain and cargo-fuzz" \
        "(rustup toolchain install nightly && cargo install cargo-fuzz)" >&2
    exit 2
fi

all_targets=$(cargo +nightly fuzz list)
if [[ $# -gt 0 ]]; then
    targets=("$@")
    for t in "${targets[@]}"; do
        if ! grep -qx -- "$t" <<<"$all_targets"; then
            echo "fuzz.sh: unknown target '$t' (targets: $(echo $all_targets))" >&2
            exit 2
        fi
    done
else
    mapfile -t targets <<<"$all_targets"
fi

# --- seeds ---------------------------------------------------------------
# Writes one hand-made case (printf format, so \n, \r, \xNN work) into a
# corpus folder, unless it is there already.
seed() {
    local dir=$1 name=$2 fmt=$3
    [[ -e "$dir/hand-$name" ]] || printf -- "$fmt" >"$dir/hand-$name"
}

seed_target() {
    local t=$1 dir="fuzz/corpus/$1"
    mkdir -p "$dir"
    local f
    for f in corpus/seeds/*.txt; do
        [[ -e $f ]] || continue
        [[ -e "$dir/seed-$(basename "$f")" ]] || cp "$f" "$dir/seed-$(basename "$f")"
    done
    case $t in
        normalize_match)
            seed "$dir" names 'Kim Jong-un bertemu Kim Jong Un dan Sergey Lavrov (Sergei Lavrov).\n'
            seed "$dir" korut 'Korut, Korea Utara, North Korea; Korea Selatan dan Rusia.\n'
            seed "$dir" diacritics 'Recep Tayyip Erdoğan, Emmanuel Macron, Đà Nẵng, São Paulo.\n'
            seed "$dir" apostrophe "Xi Jinping's visit; Putin’s aide; O'Brien.\n"
            seed "$dir" combining 'Ko\xcc\x81rea Utara e\xcc\x81 \xef\xac\x81 \xe2\x84\xaa\n'
            seed "$dir" dotted-i 'İstanbul İSTANBUL ǅ ß ẞ ﬃ\n'
            seed "$dir" markers 'Kim\x01Jong\x02Un \x01\x02 Putin\n'
            seed "$dir" empty ''
            ;;
        document)
            seed "$dir" jsonl '{"id":"a","title":"T","date":"2024-02-29","text":"Presiden Joko Widodo bertemu. Kim Jong Un datang."}\n{"text":"kedua"}\n'
            seed "$dir" jsonl-bad '{"id":1,"text":5}\n{"text":\n{"date":"2023-02-29","text":"x"}\r{"text":"y"}\n\xff{"text":"z"}\n'
            seed "$dir" jsonl-bom '\xef\xbb\xbf  \n{"text":"a\\u0000b","date":"12 Juli 2025"}\n'
            seed "$dir" crlf 'Judul Berita\r\n\r\nJakarta - Paragraf satu. Kalimat dua!\r\n\r\nParagraf dua?\r\n'
            seed "$dir" lone-cr 'Title\rline one.\r\rline two.\r'
            seed "$dir" html '<p>Hello &amp; <b>world</b>.</p>\n<script>x()</script>\n&#8220;Quote&#8221; &nbsp; &bogus; &#xD800;\n'
            seed "$dir" markdown '# Heading\n\n- item one.\n- item two\n\n> quote. More.\n\n| a | b |\n\n1. first\n'
            seed "$dir" boilerplate 'Baca juga: Berita lain\nAdvertisement\nShare this article\nCopyright 2025\nSumber: Reuters\n'
            seed "$dir" dates 'Sabtu (12/7/2025)\nSeptember 25, 2023\n2024-02-30\n31/04/2021\n29 Februari 2024\n'
            seed "$dir" utf16 '\xff\xfeH\x00i\x00.\x00\n\x00'
            seed "$dir" binary 'PK\x03\x04\x00\x00\x00binary\x00\x01\x02'
            seed "$dir" invalid-utf8 'Bad \xc3\x28 bytes \xe2\x82 here. And \xf0\x9f\x98 end.\n'
            seed "$dir" repeats 'Same para here now.\n\nSame para here now.\n\nSame para here now.\n'
            seed "$dir" empty ''
            ;;
        relations_long)
            # First byte: mode (bit 0 drops sentence ends, bit 1 adds names,
            # bits 3-4 the length, 4-256 KiB); the rest is repeated.
            seed "$dir" names-no-stop '\x03Putin bertemu Kim Jong Un dan Lavrov '
            seed "$dir" long-titles '\x1aMenlu Rusia Sergei Lavrov, Presiden Korea Selatan tiba di Pyongyang, '
            seed "$dir" english '\x19Russian President Vladimir Putin met North Korean leader Kim Jong Un and '
            ;;
        jsonl)
            seed "$dir" records '{"id":1.0,"text":"Putin bertemu Kim Jong Un","date":"2024-07-12"}\n{"id":"1.0","text":"x"}\n'
            seed "$dir" bad '{"text":"a","text":"b"}\n{"text":"\\ud800"}\n{"text":"x\x00y"}\n[1]\n{"date":20240712,"text":"z"}\n'
            seed "$dir" ids '{"id":123456789012345678901234567890,"text":"a"}\r{"id":-0,"text":"b"}\r\n{"id":1e3,"text":"c"}\n'
            ;;
        exporters)
            # Structured input (arbitrary): any bytes decode to some graph.
            seed "$dir" quotes '\x03"\\\n\r\t<>&'"'"'\x00\xef\xbf\xbf{}[];->\x02\x01\x05'
            seed "$dir" ascii 'node graph strict edge digraph 3M \\N \\l label=x [a=b]; -- ->'
            seed "$dir" unicode 'Кім 金正恩 كيم \xef\xbf\xbe \xe2\x80\xae \xf0\x9f\x98\x80 Ω'
            ;;
    esac
}

# --- run -------------------------------------------------------------------
logs=fuzz/logs
mkdir -p "$logs"
echo "building fuzz targets (sanitizer: $sanitizer)..."
if ! nice -n "$niceness" cargo +nightly fuzz build -s "$sanitizer" -a >"$logs/build.log" 2>&1; then
    tail -30 "$logs/build.log" >&2
    echo "fuzz.sh: build failed (see $logs/build.log)" >&2
    exit 2
fi

crashed=0
summary=()
for t in "${targets[@]}"; do
    seed_target "$t"
    mkdir -p "fuzz/artifacts/$t"
    # Crashes, out-of-memory and timeouts are failures; libFuzzer's
    # "slow-unit-*" files (an input slower than -report_slow_units, 10 s,
    # but inside -timeout) are counted apart: on a loaded machine they are
    # the machine, not the code.
    failures() { find "fuzz/artifacts/$t" -type f \( -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' -o -name 'leak-*' \) | wc -l; }
    slow_units() { find "fuzz/artifacts/$t" -type f -name 'slow-unit-*' | wc -l; }
    before=$(failures)
    slow_before=$(slow_units)
    log="$logs/$t.log"
    echo "fuzzing $t for ${seconds}s (log: $log)..."
    set +e
    # shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
    nice -n "$niceness" cargo +nightly fuzz run -s "$sanitizer" -a "$t" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 \
        -print_final_stats=1 ${FUZZ_ARGS:-} >"$log" 2>&1
    status=$?
    set -e
    stat_of() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
    runs=$(stat_of number_of_executed_units)
    speed=$(stat_of average_exec_per_sec)
    rss=$(stat_of peak_rss_mb)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
    after=$(failures)
    crashes=$((after - before))
    slow=$(( $(slow_units) - slow_before ))
    if [[ $status -ne 0 && $crashes -eq 0 ]]; then
        # Failed without leaving an artifact (e.g. the binary did not start).
        crashes="?"
    fi
    line=$(printf '%-16s runs %-11s exec/s %-7s cov %-6s ft %-7s corpus %-6s rss %-5s crashes %s slow %s' \
        "$t" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "${rss:-?}MB" "$crashes" "$slow")
    summary+=("$line")
    echo "$line"
    if [[ $status -ne 0 ]]; then
        crashed=1
        grep -E "panicked at|^SUMMARY|Test unit written to" "$log" | head -5 >&2 || true
        echo "  reproduce: cargo +nightly fuzz run -s $sanitizer -a $t fuzz/artifacts/$t/<file>" >&2
    fi
done

echo
echo "fuzz summary (${seconds}s per target, sanitizer $sanitizer):"
printf '%s\n' "${summary[@]}"
exit "$crashed"
