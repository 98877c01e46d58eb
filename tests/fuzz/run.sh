#!/usr/bin/env bash
# Runs each libFuzzer target of the build directory $1 (make fuzz) for $2 seconds (libFuzzer's
# -max_total_time), $3 targets at a time (default: one per core), and prints the executions per target.
# Each target grows a working corpus in $1/fuzz-corpus/<name>/, seeded from tests/fuzz/corpus/<name>/, and
# mutates with the words of tests/fuzz/<name>.dict. What crashes, leaks, hangs or breaks a check lands in
# $1/fuzz-findings/<name>/: add it to tests/fuzz/regressions/<name>/ as a regression test (ctest
# fuzz_replay_<name> runs it in make test-asan).
# Exits non-zero when a target found something.
set -uo pipefail
dir=${1:?usage: run.sh BUILD_DIR [SECONDS] [JOBS]}
seconds=${2:-120}
jobs=${3:-$(nproc 2>/dev/null || echo 2)}
here=$(cd "$(dirname "$0")" && pwd)
# FUZZ_TARGETS picks some of them (make fuzz FUZZ_TARGETS=csvreader).
read -r -a names <<<"${FUZZ_TARGETS:-csvreader formatdetector valueparser headermapper}"
# Short inputs run fast and still reach every branch: a few records (the chunked reading splits them down
# to single bytes anyway), a few values, a header row and an override or two.
declare -A max_len=([csvreader]=256 [formatdetector]=512 [valueparser]=48 [headermapper]=128)

# Allocation stacks of two frames: collecting 30 (ASan's default) halves the speed of the Qt-string-heavy
# targets. A finding's input replays with full stacks through build-dir/tests/fuzz/fuzz_<name>_replay.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=2}

run() {
    local name=$1 work="$dir/fuzz-corpus/$1" findings="$dir/fuzz-findings/$1" log="$dir/fuzz-$1.log"
    mkdir -p "$work" "$findings"
    "$dir/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len="${max_len[$name]}" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -dict="$here/$name.dict" -artifact_prefix="$findings/" \
        "$work" "$here/corpus/$name" >"$log" 2>&1
    echo $? >"$log.status"
}

running=0
for name in "${names[@]}"; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
    run "$name" &
    running=$((running + 1))
done
wait

total=0
found=()
for name in "${names[@]}"; do
    log="$dir/fuzz-$name.log"
    status=$(cat "$log.status" 2>/dev/null || echo '?')
    execs=$(awk '/^stat::number_of_executed_units:/ {print $2}' "$log" | tail -n 1)
    coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1)
    total=$((total + ${execs:-0}))
    if [ "$status" = 0 ]; then
        printf 'fuzz_%-15s %10s executions in %ss (%s, corpus %s inputs)\n' "$name" "${execs:-?}" "$seconds" \
            "$coverage" "$(find "$dir/fuzz-corpus/$name" -type f | wc -l)"
    else
        found+=("$name")
        printf 'fuzz_%-15s %10s executions, then a FINDING (exit %s):\n' "$name" "${execs:-?}" "$status"
        grep -E '^(==[0-9]+==ERROR|SUMMARY)|runtime error|fuzz check failed|Test unit written' "$log" | head -n 8 \
            | sed 's/^/    /'
        echo "    log: $log"
    fi
done
echo "fuzz: $total executions in all"
if [ ${#found[@]} -gt 0 ]; then
    echo "fuzz: findings in ${found[*]}: their inputs are in $dir/fuzz-findings/" >&2
    exit 1
fi
