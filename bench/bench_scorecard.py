"""Benchmark (issue 14): the 考核 scorecard of a year with ~200k dispatched orders inside the
1M-order database of bench_figures (generated once and kept).

    .venv/bin/python -m bench.bench_scorecard --runs 5
    .venv/bin/python -m bench.bench_scorecard --runs 5 --database-url postgresql://postgres@127.0.0.1:5432/test

bench.generate dispatches only a share of its orders, so for the run every order of the year
that has none gets a unit (by its id, over the generator's units) and every order of the year
is made dispatched, signed, replied and 办结 on the day it came in — one UPDATE inside a
transaction that is rolled back afterwards. `scorecard.scorecard(YEAR)` is then timed: every
figure of every unit, the row tables (退回, 发回重办, 督办) and the working days to reply.
Median of --runs after a warm-up call.
"""

import argparse

from bench.bench_proposals import app_on
from bench.common import database, median_seconds


def _dispatch_the_year(period):
    from models import Department, WorkOrder, db

    units = [u for (u,) in Department.select(Department.id).order_by(Department.id).tuples()]
    when = (WorkOrder.received_at >= period.start) & (WorkOrder.received_at < period.end)
    table = WorkOrder._meta.table_name
    mark = "%s" if db.param == "%s" else "?"
    db.execute_sql(
        f"UPDATE {table} SET department_id = COALESCE(department_id, {mark} + id - id / {mark} * {mark}), "
        "dispatched_at = received_at, accepted_at = received_at, sign_due_at = received_at, "
        "due_at = received_at, replied_at = received_at, resolved_at = received_at, status = 'RESOLVED' "
        f"WHERE received_at >= {mark} AND received_at < {mark}",
        (units[0], len(units), len(units), period.start, period.end),
    )
    return WorkOrder.select().where(when & WorkOrder.dispatched_at.is_null(False)).count()


def bench(url, runs, year, n_orders):
    from bench.bench_figures import ensure_data
    from models import db
    from periods import parse_period
    from scorecard import scorecard

    period = parse_period(year)
    app = app_on(url)
    with app.app_context(), db.connection_context():
        ensure_data(n_orders)
        with db.atomic() as transaction:
            dispatched = _dispatch_the_year(period)
            db.execute_sql("ANALYZE work_order")  # the statistics a database of such a year would have
            card = scorecard(period)
            seconds = median_seconds(lambda: scorecard(period), runs)
            transaction.rollback()
    return dispatched, len(card["units"]), seconds


def main(argv=None):
    parser = argparse.ArgumentParser(description="考核表基准")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--year", default="2023")
    parser.add_argument("--database-url", default=None, help="默认 bench/out 下的 SQLite")
    args = parser.parse_args(argv)
    kind = "PostgreSQL" if (args.database_url or "").startswith("postgres") else "SQLite"
    name = f"figures_{args.orders // 1000}k"
    with database(args.database_url, f"{name}.db", f"bench_{name}", keep=True) as url:
        dispatched, units, seconds = bench(url, args.runs, args.year, args.orders)
    print(f"| {kind} | 考核表 {args.year} | {dispatched:,} 件转办工单，{units} 个单位 | 中位数 {seconds:.2f} s |")


if __name__ == "__main__":
    main()
