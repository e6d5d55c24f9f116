#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (the fuzz preset: clang 14, ASan and UBSan) and runs
# each over its seed corpus, tests/fuzz/corpus/<target>/, for N seconds (default 10). New inputs go
# to build/fuzz/corpus/<target>/ (kept for the next run, never into the repository). Fails if any
# target crashes, hangs, or reports a sanitizer finding or a broken property; the input that did it
# is saved as build/fuzz/crashes/<target>-crash-… (replay: build/fuzz/tests/fuzz/<target> FILE).
# Usage: scripts/fuzz.sh [seconds-per-target] [target…]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-10}"
shift || true
cd "$here"
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

build="$here/build/fuzz"
mkdir -p "$build/crashes" "$build/logs"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for dir in "$here"/tests/fuzz/corpus/*/; do
        targets+=("$(basename "$dir")")
    done
fi

failed=()
for target in "${targets[@]}"; do
    work="$build/corpus/$target"
    log="$build/logs/$target.log"
    mkdir -p "$work"
    if "$build/tests/fuzz/$target" -max_total_time="$seconds" -seed="${OW_FUZZ_SEED:-0}" -timeout=25 -rss_limit_mb=3072 \
        -dict="$here/tests/fuzz/onewindow.dict" -print_final_stats=1 -artifact_prefix="$build/crashes/$target-" \
        "$work" "$here/tests/fuzz/corpus/$target" >"$log" 2>&1; then
        runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
        echo "fuzz: $target clean for ${seconds} s (${runs:-?} inputs)"
    else
        echo "fuzz: $target FAILED — the input is in $build/crashes/, the log in $log:" >&2
        grep -E -A12 'property broken|ERROR: |runtime error|SUMMARY' "$log" | head -n 40 >&2 || tail -n 40 "$log" >&2
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]}" >&2
    exit 1
fi
