#!/usr/bin/env bash
# Import benchmark: a generated 1,000,000-row orders CSV, imported once by `retentiondesk-cli import`
# (detection, validation, mapping, upserts, indexes) and once by the sqlite3 shell's `.import --csv`
# into a bare table (no checks, no indexes). Prints both times, their ratio and the peak memory of each.
#
# usage: bench/import/run.sh [path/to/retentiondesk-cli] [rows]
set -euo pipefail

cli=${1:-build/app/retentiondesk-cli}
rows=${2:-1000000}
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing (apt-get install sqlite3)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (make bench-deps)" >&2; exit 1; }
[ -x "$cli" ] || { echo "$cli is not built (make build)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
csv="$work/orders.csv"

# 50,000 customers, dates over three years, amounts with cents: the shape of a shop's order export.
awk -v rows="$rows" 'BEGIN {
    srand(42)
    print "order_id,customer_id,order_date,amount,currency"
    for (i = 1; i <= rows; i++) {
        day = int(rand() * 1095)
        printf "INV-%07d,C%06d,%s,%d.%02d,EUR\n", i, int(rand() * 50000),
               strftime("%Y-%m-%d", 1640995200 + day * 86400, 1), 5 + int(rand() * 400), int(rand() * 100)
    }
}' > "$csv"
echo "file: $rows rows, $(du -h "$csv" | cut -f1)"

fastest() { printf '%s\n' "$@" | sort -g | head -n 1; }
largest() { printf '%s\n' "$@" | sort -g | tail -n 1; }
# Runs a command under /usr/bin/time: its wall-clock seconds and peak resident memory (KiB) into $work/time.
timed() { /usr/bin/time -o "$work/time" -f '%e %M' "$@"; }

# Rounds alternating the two, each into a new database. The fastest of each counts (the least disturbed),
# and, since this kind of machine drifts by a third from minute to minute, the median of each round's own
# ratio too (the two runs of a round are seconds apart).
runs=${RUNS:-5}
bare_times=()
our_times=()
bare_memory=()
our_memory=()
for round in $(seq "$runs"); do
    rm -f "$work"/bare.sqlite "$work"/retentiondesk.sqlite*
    timed sqlite3 "$work/bare.sqlite" ".import --csv $csv orders"
    read -r seconds memory < "$work/time"
    bare_times+=("$seconds")
    bare_memory+=("$memory")

    timed "$cli" import --db "$work/retentiondesk.sqlite" --kind orders "$csv" > "$work/import.log"
    read -r seconds memory < "$work/time"
    our_times+=("$seconds")
    our_memory+=("$memory")
done
sed 's/^/  /' "$work/import.log"
bare=$(fastest "${bare_times[@]}")
ours=$(fastest "${our_times[@]}")

bare_rows=$(sqlite3 "$work/bare.sqlite" "SELECT count(*) FROM orders")
our_rows=$(sqlite3 "$work/retentiondesk.sqlite" "SELECT count(*) FROM orders")
[ "$bare_rows" = "$rows" ] && [ "$our_rows" = "$rows" ] || { echo "row counts differ: $bare_rows / $our_rows" >&2; exit 1; }

printf 'sqlite3 .import --csv (bare table):   %6.2f s   (runs: %s)\n' "$bare" "${bare_times[*]}"
printf 'retentiondesk-cli import:             %6.2f s   (runs: %s)\n' "$ours" "${our_times[*]}"
printf 'ratio (ours / sqlite3):               %6.2f   (fastest / fastest)\n' "$(awk -v a="$ours" -v b="$bare" 'BEGIN { print a / b }')"
paired=()
for i in "${!our_times[@]}"; do
    paired+=("$(awk -v a="${our_times[$i]}" -v b="${bare_times[$i]}" 'BEGIN { printf "%.2f", a / b }')")
done
printf 'ratio per round:                      %6.2f   (median; rounds: %s)\n' \
    "$(printf '%s\n' "${paired[@]}" | sort -g | awk '{ r[NR] = $1 } END { print (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }')" \
    "${paired[*]}"
printf 'peak memory: sqlite3 %d MiB, retentiondesk-cli %d MiB\n' "$(( $(largest "${bare_memory[@]}") / 1024 ))" \
    "$(( $(largest "${our_memory[@]}") / 1024 ))"
printf 'database: %s (sqlite3 bare table: %s)\n' "$(du -h "$work/retentiondesk.sqlite" | cut -f1)" \
    "$(du -h "$work/bare.sqlite" | cut -f1)"
