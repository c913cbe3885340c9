"""Benchmark: figures_for of a ~50k-order quarter inside a 1M-order database.

    .venv/bin/python -m bench.bench_figures
    .venv/bin/python -m bench.bench_figures --database-url postgresql://postgres@127.0.0.1:5432/test --keep

The database (5 years, 2020–2024, ~50k orders a quarter) is generated once by
bench.generate: SQLite in bench/out/figures_1000k.db (kept for later runs), PostgreSQL in
the schema bench_figures_1000k (dropped afterwards unless --keep). Reported: the median of
--runs calls (interleaved, one of each per round) of figures_for, with compare=False (the quarter alone) and with 同比/环比 (it
also counts the two earlier quarters), next to the medians of two hand-written queries
over the same quarter:

- SCAN, the plain scan: the quarter's orders by status and harassment. The yardstick of
  the issue ("one hand-written SQL scan of the same quarter"), and the strictest: it
  counts far less than the brief needs.
- BRIEF_SCAN, one hand-written query that counts what the brief needs: every counter of
  the period's table (callbacks joined), per category, sub-category and unit, with the
  疫情 topic's orders told apart — written the plain way (no id ranges).

and, for the comparisons, the plain scan over the three quarters figures_for reads.
"""

import argparse
import datetime as dt
import importlib.util
import statistics
import sys
import time

from peewee import SqliteDatabase

from bench.common import database
from bench.generate import generate
from models import WorkOrder, db, init_db
from periods import parse_period
from schema import create_or_upgrade

SCAN = (
    "SELECT status, is_harassment, COUNT(*) FROM work_order "
    "WHERE received_at >= {p} AND received_at < {p} GROUP BY status, is_harassment"
)
PLAIN = "NOT w.is_harassment"
NEEDS_CALLBACK = f"{PLAIN} AND w.status <> 'REJECTED'"
BRIEF_COUNTERS = (
    "w.is_harassment", f"{PLAIN} AND w.caller_area = '城镇'", f"{PLAIN} AND w.caller_area = '乡村'",
    "w.channel = '电话'", "w.status = 'ONLINE'", "w.dispatched_at IS NOT NULL",
    "w.dispatched_at IS NOT NULL AND w.status = 'RESOLVED'", "w.status = 'REJECTED'", "w.status = 'NEW'",
    NEEDS_CALLBACK, f"{NEEDS_CALLBACK} AND c.result <> '未接通'",
    f"{NEEDS_CALLBACK} AND c.result IN ('满意', '基本满意')",
)  # fmt: skip
BRIEF_SCAN = (
    "SELECT w.category_id, w.subcategory_id, w.department_id, t.order_id IS NOT NULL, COUNT(*), "
    + ", ".join(f"COUNT(*) FILTER (WHERE {condition})" for condition in BRIEF_COUNTERS)
    + " FROM work_order w LEFT JOIN callback c ON c.order_id = w.id"
    " LEFT JOIN order_topic t ON t.order_id = w.id AND t.topic_id = (SELECT id FROM topic WHERE name = '疫情')"
    " WHERE w.received_at >= {p} AND w.received_at < {p} GROUP BY 1, 2, 3, 4"
)
# For the comparisons: the plain scan over the three quarters figures_for reads (itself, 环比, 同比).
SCAN_THREE = (
    "SELECT status, is_harassment, COUNT(*) FROM work_order "
    "WHERE (received_at >= {p} AND received_at < {p}) OR (received_at >= {p} AND received_at < {p}) "
    "OR (received_at >= {p} AND received_at < {p}) GROUP BY status, is_harassment"
)


def ensure_data(n_orders):
    """Generate the orders unless this database already holds them."""
    upgraded = create_or_upgrade()
    have = WorkOrder.select().count()
    if have == n_orders:
        if upgraded:  # e.g. a new column backfilled: fresh statistics (and, on PostgreSQL, no dead rows)
            _analyze()
        return 0
    if have:
        raise SystemExit(f"数据库中已有 {have} 条工单（需要 {n_orders} 条）：请删除 bench/out/figures_*.db 或换库")
    counts = generate(n_orders, years=5, end=dt.datetime(2025, 1, 1), seed=11)
    _analyze()
    return counts["seconds"]


def _analyze():
    # PostgreSQL: VACUUM too, as autovacuum would soon (visibility map for index-only scans).
    db.execute_sql("ANALYZE" if isinstance(db.obj, SqliteDatabase) else "VACUUM ANALYZE")


def interleaved_medians(calls, runs):
    """{name: median seconds}: one call of each per round, so load on the shared machine
    falls on all of them alike (after one warm-up round)."""
    times = {name: [] for name in calls}
    for round_no in range(runs + 1):
        for name, call in calls.items():
            started = time.perf_counter()
            call()
            if round_no:
                times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def load_baseline(path):
    """Another figures.py (e.g. `git show REV:figures.py > bench/out/figures_old.py`) as a module."""
    spec = importlib.util.spec_from_file_location("figures_baseline", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(quarter, runs, baseline=None):
    from figures import figures_for

    period = parse_period(quarter)
    three = [moment for p in (period, period.previous(), period.year_before()) for moment in (p.start, p.end)]
    queries = {
        "scan": (SCAN, (period.start, period.end)),
        "brief_scan": (BRIEF_SCAN, (period.start, period.end)),
        "scan_three": (SCAN_THREE, three),
    }

    def run(name):
        sql, params = queries[name]
        return lambda: db.execute_sql(sql.format(p=db.param), params).fetchall()

    figures = figures_for(period)
    assert figures["received"] == sum(row[-1] for row in run("scan")())  # same quarter, same orders
    brief_rows = run("brief_scan")()
    assert figures["satisfied"] == sum(row[-1] for row in brief_rows)  # the brief scan counts the same
    calls = {
        "alone": lambda: figures_for(period, compare=False),
        "compared": lambda: figures_for(period),
        **{name: run(name) for name in queries},
    }
    if baseline:  # the same figures, timed in the same rounds
        old = load_baseline(baseline).figures_for
        assert old(period) == figures and old(period, compare=False) == figures_for(period, compare=False)
        calls.update(old_alone=lambda: old(period, compare=False), old_compared=lambda: old(period))
    return figures["received"], interleaved_medians(calls, runs)


def main(argv=None):
    parser = argparse.ArgumentParser(description="简报数字基准")
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--quarter", default="2023Q2")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database-url", default=None, help="默认 bench/out 下的 SQLite")
    parser.add_argument("--keep", action="store_true", help="保留 PostgreSQL 的 bench_figures_* 模式")
    parser.add_argument("--baseline", default=None, help="另一版 figures.py 的路径，同轮计时对比")
    args = parser.parse_args(argv)
    kind = "PostgreSQL" if (args.database_url or "").startswith("postgres") else "SQLite"
    name = f"figures_{args.orders // 1000}k"
    with database(args.database_url, f"{name}.db", f"bench_{name}", args.keep) as url:
        init_db(url)
        with db.connection_context():
            generated = ensure_data(args.orders)
            received, t = measure(args.quarter, args.runs, args.baseline)
        db.close()
    if generated:
        print(f"<!-- 生成 {args.orders:,} 条工单用时 {generated} 秒 -->")
    ms = {key: f"{value * 1000:.0f} ms" for key, value in t.items()}
    print(
        "| 数据库 | 季度 | 季度工单 | 手写扫描 | 手写简报查询 | compare=False | ÷ 扫描 | ÷ 简报查询 "
        "| 含同比环比 | ÷ 扫描 | 三季度扫描 | ÷ 三季度扫描 |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(
        f"| {kind} | {args.quarter} | {received:,} | {ms['scan']} | {ms['brief_scan']} | {ms['alone']} "
        f"| {t['alone'] / t['scan']:.1f}× | {t['alone'] / t['brief_scan']:.1f}× | {ms['compared']} "
        f"| {t['compared'] / t['scan']:.1f}× | {ms['scan_three']} | {t['compared'] / t['scan_three']:.1f}× |"
    )
    if args.baseline:
        print(
            f"\n基准版 {args.baseline}: compare=False {ms['old_alone']}（{t['old_alone'] / t['scan']:.1f}× 扫描），"
            f"含同比环比 {ms['old_compared']}（{t['old_compared'] / t['scan']:.1f}× 扫描，"
            f"{t['old_compared'] / t['scan_three']:.1f}× 三季度扫描）"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
