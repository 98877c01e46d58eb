#!/usr/bin/python3
"""Monthly cohort matrix ("returning" mode) computed with pandas, as a yardstick for
`retentiondesk-cli cohorts --period month --mode returning`.

Definition (the one the CLI uses for this data):
  * shop customers (plan IS NULL AND mrr_minor IS NULL): cohort = month of their first paid order
    with amount_minor > 0; those without such an order fall back to the contract rule;
  * contract customers (plan or mrr set): cohort = month of min(signup_date, first paid positive
    order, first activity event_date);
  * cell (cohort, k) = share of the cohort's customers with a paid positive order or an activity
    event in calendar month cohort + k; offsets run up to the last month with data.
Months are integers year * 12 + month - 1 throughout.

usage:
  cohorts_pandas.py matrix DB OUT.csv|- [--variant raw|distinct]
      raw:      pandas reads the raw (customer, date) rows and does everything itself;
      distinct: SQLite returns only the distinct (customer, month) pairs, pandas does the rest.
      Writes cohort,customers,0,1,... (percentages with two decimals); timings go to stderr.
  cohorts_pandas.py compare OURS.csv PANDAS.csv [ROWS]
      Largest absolute difference in percentage points over the first ROWS cohorts (default: all).
"""
import sqlite3
import sys
import time

import numpy as np
import pandas as pd

# The month index straight from the ISO text, for the variant that lets SQLite pre-aggregate.
SQL_MONTH = "(CAST(substr({0}, 1, 4) AS INTEGER) * 12 + CAST(substr({0}, 6, 2) AS INTEGER) - 1)"
PAID = "status = 'paid' AND amount_minor > 0"


def month_index(dates):
    """ISO date strings (yyyy-MM-dd) -> integer month index, vectorised."""
    d = pd.to_datetime(dates, format="%Y-%m-%d")
    return (d.dt.year * 12 + d.dt.month - 1).astype(np.int32)


def read(db, variant):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        customers = pd.read_sql(
            "SELECT id AS customer_id, (plan IS NULL AND mrr_minor IS NULL) AS shop, signup_date "
            "FROM customers", con)
        customers["signup"] = month_index(customers.pop("signup_date"))
        if variant == "raw":
            orders = pd.read_sql(f"SELECT customer_id, order_date FROM orders WHERE {PAID}", con)
            orders["month"] = month_index(orders.pop("order_date"))
            activity = pd.read_sql("SELECT customer_id, event_date FROM activity", con)
            activity["month"] = month_index(activity.pop("event_date"))
        else:
            orders = pd.read_sql(
                f"SELECT DISTINCT customer_id, {SQL_MONTH.format('order_date')} AS month "
                f"FROM orders WHERE {PAID}", con)
            activity = pd.read_sql(
                f"SELECT DISTINCT customer_id, {SQL_MONTH.format('event_date')} AS month "
                "FROM activity", con)
    finally:
        con.close()
    return customers, orders, activity


def cohort_matrix(customers, orders, activity):
    c = customers.set_index("customer_id")
    first_order = orders.groupby("customer_id")["month"].min()
    first_activity = activity.groupby("customer_id")["month"].min()
    start = pd.concat([c["signup"], first_order.rename("order"), first_activity.rename("activity")],
                      axis=1).min(axis=1)
    start = start.reindex(c.index)
    shop_first = first_order.reindex(c.index)
    cohort = start.where(~(c["shop"].astype(bool) & shop_first.notna()), shop_first)
    cohort = cohort.dropna().astype(np.int32).rename("cohort")

    # Active (customer, month) pairs: any paid positive order or any activity event.
    active = pd.concat([orders[["customer_id", "month"]], activity[["customer_id", "month"]]],
                       ignore_index=True).drop_duplicates()
    active = active.join(cohort, on="customer_id", how="inner")
    active["offset"] = active["month"] - active["cohort"]
    active = active[active["offset"] >= 0]

    sizes = cohort.value_counts().sort_index()
    counts = active.groupby(["cohort", "offset"]).size().unstack(fill_value=0)
    last = int(max(active["month"].max(), sizes.index.max()))
    offsets = np.arange(last - sizes.index.min() + 1)
    counts = counts.reindex(index=sizes.index, columns=offsets, fill_value=0)
    pct = counts.div(sizes, axis=0) * 100.0
    # Cells after the last month with data do not exist yet.
    beyond = sizes.index.to_numpy()[:, None] + offsets[None, :] > last
    pct = pct.mask(beyond)
    return sizes, pct


def label(m):
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def write_csv(sizes, pct, out):
    table = pct.round(2)
    table.insert(0, "customers", sizes)
    table.index = [label(int(m)) for m in table.index]
    table.index.name = "cohort"
    table.to_csv(out, float_format="%.2f")


def matrix(db, out, variant="raw"):
    t0 = time.perf_counter()
    customers, orders, activity = read(db, variant)
    t1 = time.perf_counter()
    sizes, pct = cohort_matrix(customers, orders, activity)
    t2 = time.perf_counter()
    write_csv(sizes, pct, sys.stdout if out == "-" else out)
    t3 = time.perf_counter()
    print(f"pandas[{variant}]: read {t1 - t0:.2f} s, compute {t2 - t1:.2f} s, write {t3 - t2:.2f} s; "
          f"{len(sizes)} cohorts, {int(sizes.sum())} customers, "
          f"{len(orders)} order rows, {len(activity)} activity rows", file=sys.stderr)


def load_matrix(path):
    """A cohort CSV -> DataFrame indexed by cohort label, columns = integer offsets."""
    df = pd.read_csv(path, dtype=str)
    df = df.set_index(df.columns[0])
    df.index = df.index.str.strip()
    offsets = [col for col in df.columns if str(col).strip().isdigit()]
    df = df[offsets].apply(lambda s: pd.to_numeric(s.str.strip().str.rstrip("%"), errors="coerce"))
    df.columns = [int(str(col).strip()) for col in df.columns]
    return df


def compare(ours_path, pandas_path, rows=None):
    ours, theirs = load_matrix(ours_path), load_matrix(pandas_path)
    if rows:
        ours = ours.iloc[:rows]
    index = ours.index.intersection(theirs.index)
    columns = ours.columns.intersection(theirs.columns)
    if len(index) == 0 or len(columns) == 0:
        print(f"compare: no common cohorts/offsets (ours: {list(ours.index[:3])}..., "
              f"pandas: {list(theirs.index[:3])}...)")
        return
    diff = (ours.loc[index, columns] - theirs.loc[index, columns]).abs()
    cells = int(diff.notna().sum().sum())

    def worst(d):
        if d.notna().sum().sum() == 0:
            return "n/a"
        stacked = d.stack()
        (cohort, k), value = stacked.idxmax(), stacked.max()
        return f"{value:.2f} pp (cohort {cohort}, offset {k})"

    print(f"  compared {len(index)} cohorts x {len(columns)} offsets ({cells} cells)")
    print(f"  largest |ours - pandas|, all offsets:  {worst(diff)}")
    print(f"  largest |ours - pandas|, offsets >= 1: {worst(diff.drop(columns=[0], errors='ignore'))}")
    missing = ours.index.difference(theirs.index)
    if len(missing):
        print(f"  cohorts only in ours: {', '.join(missing[:5])}{' ...' if len(missing) > 5 else ''}")


def main(argv):
    if len(argv) >= 3 and argv[0] == "matrix":
        variant = "raw"
        if len(argv) >= 5 and argv[3] == "--variant":
            variant = argv[4]
        if variant not in ("raw", "distinct"):
            sys.exit(f"unknown variant {variant} (raw or distinct)")
        matrix(argv[1], argv[2], variant)
    elif len(argv) >= 3 and argv[0] == "compare":
        compare(argv[1], argv[2], int(argv[3]) if len(argv) > 3 and argv[3] else None)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
