#!/usr/bin/env bash
# At-risk benchmark, end to end: the commands a user runs, each the fastest of RUNS rounds (wall time,
# peak memory), on 100,000-customer demo businesses of several seeds (so that speed does not hang on a
# lucky one) and on Online Retail when the shared data is there:
#   retentiondesk-cli risk       (load, lifetimes, BG/NBD fit, P(alive) and expected purchases, scoring, CSV)
#   retentiondesk-cli backtest   (the same as of the latest hindsight day, and the outcomes after it)
#   retentiondesk-cli tune --dry-run
# Targets: risk under 1 s, backtest under 3 s. Then the parts in-process (bench_risk), so that a part that
# meets its target cannot hide a slow whole.
#
# usage: bench/risk/run.sh [path/to/retentiondesk-cli [path/to/bench_risk]]
# env:   SEEDS="1 7"        demo seeds (databases bench/out/demo100k-seedN.sqlite, created if missing)
#        RETAIL=path        Online Retail CSV (default ../shared/data/online_retail_2010_2011.csv; skipped if absent)
#        RUNS=3             rounds per command
#        STRICT=1           exit with status 2 if a target is missed
set -euo pipefail

cli=${1:-build/app/retentiondesk-cli}
parts=${2:-build/bench/bench_risk}
seeds=${SEEDS:-1 7}
runs=${RUNS:-3}
retail=${RETAIL:-../shared/data/online_retail_2010_2011.csv}
out=bench/out

[ -x "$cli" ] || { echo "$cli is not built (make build)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# make DB COMMAND...: writes DB through a temporary name, so an interrupted run leaves nothing half-made.
make_db() {
    local db=$1
    shift
    [ -s "$db" ] && return 0
    echo "creating $db ..."
    rm -f "$db.partial"*
    "$@" --db "$db.partial" > "$work/make.log" 2>&1 || { cat "$work/make.log" >&2; exit 1; }
    mv "$db.partial" "$db"
}

databases=()
for seed in $seeds; do
    db=$out/demo100k-seed$seed.sqlite
    make_db "$db" "$cli" demo --customers 100000 --seed "$seed"
    databases+=("$db")
done
if [ -f "$retail" ]; then
    db=$out/online-retail.sqlite
    make_db "$db" "$cli" import --kind orders "$retail"
    databases+=("$db")
else
    echo "($retail not found: Online Retail skipped)"
fi

now() { date +%s.%N; }
missed=0
printf '%-34s %-10s %9s %9s %8s  %s\n' database command best_s peak_MB target times
for db in "${databases[@]}"; do
    for command in risk backtest tune; do
        case $command in
            risk) args=(risk --db "$db" --format csv); target=1.0 ;;
            backtest) args=(backtest --db "$db"); target=3.0 ;;
            tune) args=(tune --db "$db" --dry-run); target= ;;
        esac
        best= times= peak=0
        for _ in $(seq "$runs"); do
            start=$(now)
            /usr/bin/time -f '%M' -o "$work/rss" "$cli" "${args[@]}" > "$work/out" 2> "$work/err" \
                || { echo "FAILED: $cli ${args[*]}" >&2; tail -n 20 "$work/err" >&2; exit 1; }
            secs=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }')
            [ -s "$work/out" ] || { echo "FAILED: no output from $cli ${args[*]}" >&2; exit 1; }
            times="$times $secs"
            if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$secs; fi
            peak=$(awk -v a="$peak" '{ v = $1 / 1024 } END { print (v > a ? v : a) }' "$work/rss")
        done
        verdict=-
        if [ -n "$target" ]; then
            if awk -v a="$best" -v t="$target" 'BEGIN { exit !(a < t) }'; then verdict="<$target yes"; else
                verdict="<$target NO"; missed=1; fi
        fi
        printf '%-34s %-10s %9s %9.0f %8s  %s\n' "$(basename "$db")" "$command" "$best" "$peak" "$verdict" "$times"
    done
done

if [ -x "$parts" ]; then
    for db in "${databases[@]}"; do
        echo
        echo "parts in-process, $(basename "$db"):"
        "$parts" "$db" | sed 's/^/  /'
    done
fi
if [ "${STRICT:-0}" = 1 ] && [ "$missed" = 1 ]; then
    exit 2
fi
