"""Benchmark: figures_for of a ~50k-order quarter inside a 1M-order database.

    .venv/bin/python -m bench.bench_figures
    .venv/bin/python -m bench.bench_figures --database-url postgresql://postgres@127.0.0.1:5432/test

The database (5 years, 2020–2024, ~50k orders a quarter) is generated once by
bench.generate: SQLite in bench/out/figures_1m.db (kept for later runs), PostgreSQL in
the schema bench_figures (dropped afterwards unless --keep). Reported: the median of
--runs calls of figures_for (which also counts the 环比 and 同比 quarters; also with
compare=False, the quarter alone), next to the
median of one hand-written SQL scan of the same quarter (and, for context, of the
same scan over the three quarters figures_for reads):

    SELECT status, is_harassment, COUNT(*) FROM work_order
    WHERE received_at >= :start AND received_at < :end GROUP BY status, is_harassment
"""
import argparse
import datetime as dt
import sys

from bench.common import database, median_seconds
from bench.generate import generate
from models import WorkOrder, db, init_db
from periods import parse_period
from schema import create_or_upgrade

SCAN = (
    "SELECT status, is_harassment, COUNT(*) FROM work_order "
    "WHERE received_at >= {p} AND received_at < {p} GROUP BY status, is_harassment"
)
# For context: the same scan over the three quarters figures_for reads (itself, 环比, 同比).
SCAN_THREE = (
    "SELECT status, is_harassment, COUNT(*) FROM work_order "
    "WHERE (received_at >= {p} AND received_at < {p}) OR (received_at >= {p} AND received_at < {p}) "
    "OR (received_at >= {p} AND received_at < {p}) GROUP BY status, is_harassment"
)


def ensure_data(n_orders):
    """Generate the orders unless this database already holds them."""
    create_or_upgrade()
    have = WorkOrder.select().count()
    if have == n_orders:
        return 0
    if have:
        raise SystemExit(f"数据库中已有 {have} 条工单（需要 {n_orders} 条）：请删除 bench/out/figures_*.db 或换库")
    counts = generate(n_orders, years=5, end=dt.datetime(2025, 1, 1), seed=11)
    db.execute_sql("ANALYZE")
    return counts["seconds"]


def measure(quarter, runs):
    from figures import figures_for

    period = parse_period(quarter)
    sql, sql_three = SCAN.format(p=db.param), SCAN_THREE.format(p=db.param)
    three = [moment for p in (period, period.previous(), period.year_before()) for moment in (p.start, p.end)]

    def scan():
        return db.execute_sql(sql, (period.start, period.end)).fetchall()

    def scan_three():
        return db.execute_sql(sql_three, three).fetchall()

    figures = figures_for(period)
    assert figures["received"] == sum(count for *_, count in scan())  # same quarter, same orders
    calls = (lambda: figures_for(period), lambda: figures_for(period, compare=False), scan, scan_three)
    return figures["received"], *[median_seconds(call, runs) for call in calls]


def main(argv=None):
    parser = argparse.ArgumentParser(description="简报数字基准")
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--quarter", default="2023Q2")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--database-url", default=None, help="默认 bench/out 下的 SQLite")
    parser.add_argument("--keep", action="store_true", help="保留 PostgreSQL 的 bench_figures 模式")
    args = parser.parse_args(argv)
    kind = "PostgreSQL" if (args.database_url or "").startswith("postgres") else "SQLite"
    name = f"figures_{args.orders // 1000}k"
    with database(args.database_url, f"{name}.db", f"bench_{name}", args.keep) as url:
        init_db(url)
        with db.connection_context():
            generated = ensure_data(args.orders)
            received, figures_time, alone_time, scan_time, three_time = measure(args.quarter, args.runs)
        db.close()
    if generated:
        print(f"<!-- 生成 {args.orders:,} 条工单用时 {generated} 秒 -->")
    print(
        "| 数据库 | 季度工单 | 手写扫描（本季度） | figures_for | 倍数 | compare=False | 倍数 "
        "| 手写扫描（三个季度） | figures_for ÷ 三季度扫描 |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(
        f"| {kind} | {received:,} / {args.orders:,} | {scan_time * 1000:.0f} ms | {figures_time * 1000:.0f} ms "
        f"| {figures_time / scan_time:.1f}× | {alone_time * 1000:.0f} ms | {alone_time / scan_time:.1f}× "
        f"| {three_time * 1000:.0f} ms | {figures_time / three_time:.1f}× |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
