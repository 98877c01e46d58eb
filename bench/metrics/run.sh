#!/usr/bin/env bash
# Metrics benchmark: on a demo business of 100,000 customers (over 1,000,000 orders, ~7 million
# activity records) times `retentiondesk-cli report`, `cohorts` and `survival` (fastest of three
# rounds, peak memory), and the same monthly cohort matrix computed with pandas from the same
# database file (bench/metrics/cohorts_pandas.py, each round reading the data afresh, as ours does).
# Prints a table with the targets (under 1 s, under 500 MB, pandas / ours at least 5) and the
# largest difference between our cohort matrix and pandas'.
#
# usage: bench/metrics/run.sh [path/to/retentiondesk-cli]
# env:   DEMO100K=path     the demo database (default bench/out/demo100k.sqlite; created if missing, ~20 s)
#        RUNS=3            rounds per command
#        PANDAS_VARIANTS="distinct raw"
#                          distinct: SQLite returns the distinct (customer, month) pairs, pandas does the rest;
#                          raw:      pandas reads every order/activity row and does everything (slower, ~2 GB).
#                          The ratio is taken against the fastest variant.
#        COMPARE_ROWS=N    compare only the first N cohorts with pandas (default: all)
#        STRICT=1          exit with status 2 if a target is missed
set -euo pipefail

cli=${1:-build/app/retentiondesk-cli}
db=${DEMO100K:-bench/out/demo100k.sqlite}
runs=${RUNS:-3}
variants=${PANDAS_VARIANTS:-distinct raw}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=/usr/bin/python3

[ -x "$cli" ] || { echo "$cli is not built (make build)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
[ -x "$python" ] || { echo "$python is missing (apt-get install python3 python3-pandas)" >&2; exit 1; }
"$python" -c 'import pandas' 2>/dev/null \
    || { echo "pandas is missing for $python: install python3-pandas (apt-get install python3-pandas, or make bench-metrics)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The demo database: written once into a temporary name, so an interrupted run leaves nothing half-made.
if [ ! -s "$db" ]; then
    mkdir -p "$(dirname "$db")"
    echo "creating $db (100,000 customers, about 20 s) ..."
    rm -f "$db.partial"*
    "$cli" demo --db "$db.partial" --customers 100000 --seed 1 > "$work/demo.log" 2>&1 \
        || { echo "FAILED: $cli demo --db $db.partial --customers 100000 --seed 1" >&2; cat "$work/demo.log" >&2; exit 1; }
    mv "$db.partial" "$db"
fi
"$cli" info --db "$db" > "$work/info.txt" 2>&1 \
    || { echo "FAILED: $cli info --db $db" >&2; cat "$work/info.txt" >&2; exit 1; }
sed 's/^/  /' "$work/info.txt"
customers=$(awk -F: '/^Customers:/ { gsub(/ /, "", $2); print $2 }' "$work/info.txt")
orders=$(awk -F: '/^Orders:/ { gsub(/ /, "", $2); print $2 }' "$work/info.txt")
if [ "${customers:-0}" -lt 100000 ] || [ "${orders:-0}" -lt 1000000 ]; then
    echo "$db holds $customers customers and $orders orders; expected 100000 and at least 1000000" \
         "(remove it to have it recreated, or set DEMO100K)" >&2
    exit 1
fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
yesno() { awk "BEGIN { print ($1) ? \"yes\" : \"NO\" }"; }

# Per benchmark: the fastest time (s), the largest peak RSS (MB) and all times.
declare -A best=() peak=() all=()

# measure NAME OUTPUT COMMAND...: runs COMMAND with its stdout into OUTPUT, timed with date (wall
# time) and /usr/bin/time (peak RSS). Stops the whole benchmark with the command's error output if
# it fails or prints nothing.
measure() {
    local name=$1 out=$2 start status=0 secs mb
    shift 2
    start=$(now)
    /usr/bin/time -f '%M' -o "$work/$name.rss" "$@" > "$out" 2> "$work/$name.err" || status=$?
    secs=$(elapsed "$start")
    if [ "$status" != 0 ]; then
        echo "FAILED (exit status $status): $*" >&2
        tail -n 20 "$work/$name.err" | sed 's/^/  /' >&2
        exit 1
    fi
    if [ ! -s "$out" ]; then
        echo "FAILED: empty output from: $*" >&2
        tail -n 20 "$work/$name.err" | sed 's/^/  /' >&2
        exit 1
    fi
    mb=$(awk '{ v = $1 } END { printf "%.1f", v / 1024 }' "$work/$name.rss")
    all[$name]="${all[$name]:-}${all[$name]:+ }$secs"
    if [ -z "${best[$name]:-}" ] || awk -v a="$secs" -v b="${best[$name]}" 'BEGIN { exit !(a < b) }'; then
        best[$name]=$secs
    fi
    if [ -z "${peak[$name]:-}" ] || awk -v a="$mb" -v b="${peak[$name]}" 'BEGIN { exit !(a > b) }'; then
        peak[$name]=$mb
    fi
}

commands=(report cohorts survival)
declare -A label=(
    [report]="retentiondesk-cli report --period month"
    [cohorts]="retentiondesk-cli cohorts --mode returning"
    [survival]="retentiondesk-cli survival"
    [distinct]="pandas cohort matrix (SQL DISTINCT + pandas)"
    [raw]="pandas cohort matrix (raw rows, all in pandas)"
)
run_cli() {
    case $1 in
        report)   measure report   "$work/report.csv"   "$cli" report   --db "$db" --period month --format csv ;;
        cohorts)  measure cohorts  "$work/cohorts.csv"  "$cli" cohorts  --db "$db" --period month --mode returning --format csv ;;
        survival) measure survival "$work/survival.csv" "$cli" survival --db "$db" --format csv ;;
    esac
}
for v in $variants; do
    case $v in raw|distinct) ;; *) echo "unknown pandas variant $v (raw or distinct)" >&2; exit 1 ;; esac
done

# Alternating rounds; the fastest time of each counts (the least disturbed), and the largest peak memory.
for round in $(seq "$runs"); do
    echo "round $round/$runs ..."
    for name in "${commands[@]}"; do
        run_cli "$name"
    done
    for v in $variants; do
        measure "$v" "$work/pandas_$v.csv" "$python" "$here/cohorts_pandas.py" matrix "$db" - --variant "$v"
    done
done

echo
echo "outputs:"
for name in "${commands[@]}"; do
    printf '  %-9s %6d lines, %s\n' "$name" "$(wc -l < "$work/$name.csv")" "$(head -n 1 "$work/$name.csv" | cut -c1-70)"
done
for v in $variants; do
    printf '  %s\n' "$(cat "$work/$v.err")"
done

missed=0
echo
printf '%-48s %9s %11s %6s %9s\n' "" "fastest" "peak RSS" "< 1 s" "< 500 MB"
for name in "${commands[@]}"; do
    ok_t=$(yesno "${best[$name]} < 1")
    ok_m=$(yesno "${peak[$name]} < 500")
    [ "$ok_t" = yes ] && [ "$ok_m" = yes ] || missed=1
    printf '%-48s %7.3f s %8.1f MB %6s %9s   (runs: %s)\n' "${label[$name]}" "${best[$name]}" "${peak[$name]}" "$ok_t" "$ok_m" "${all[$name]}"
done
best_variant=""
for v in $variants; do
    printf '%-48s %7.3f s %8.1f MB %6s %9s   (runs: %s)\n' "${label[$v]}" "${best[$v]}" "${peak[$v]}" "" "" "${all[$v]}"
    if [ -z "$best_variant" ] || [ "$(yesno "${best[$v]} < ${best[$best_variant]}")" = yes ]; then
        best_variant=$v
    fi
done
echo
for v in $variants; do
    ratio=$(awk -v p="${best[$v]}" -v o="${best[cohorts]}" 'BEGIN { printf "%.1f", p / o }')
    if [ "$v" = "$best_variant" ]; then
        ok_r=$(yesno "$ratio >= 5")
        [ "$ok_r" = yes ] || missed=1
        printf 'cohort matrix, pandas %-9s / ours: %6s   (fastest pandas; at least 5: %s)\n' "($v)" "$ratio" "$ok_r"
    else
        printf 'cohort matrix, pandas %-9s / ours: %6s\n' "($v)" "$ratio"
    fi
done

# Sanity check: do both compute the same matrix? (Offset 0 may differ a little if the definitions do.)
echo
echo "cohort matrix, ours vs pandas (${COMPARE_ROWS:-all} cohorts):"
"$python" "$here/cohorts_pandas.py" compare "$work/cohorts.csv" "$work/pandas_$best_variant.csv" "${COMPARE_ROWS:-}" \
    || echo "  (comparison failed; see above)"
first=""
for v in $variants; do
    if [ -n "$first" ] && ! cmp -s "$work/pandas_$first.csv" "$work/pandas_$v.csv"; then
        echo "  note: pandas variants $first and $v disagree"
    fi
    first=$v
done

if [ "$missed" = 1 ] && [ "${STRICT:-0}" = 1 ]; then
    echo "some targets were missed" >&2
    exit 2
fi
