"""Benchmark (issue 14): the 考核 scorecard of a year with ~200k dispatched orders inside the
1M-order database of bench_figures (generated once and kept).

    .venv/bin/python -m bench.bench_scorecard --runs 5
    .venv/bin/python -m bench.bench_scorecard --runs 5 --database-url postgresql://postgres@127.0.0.1:5432/test

bench.generate dispatches only a share of its orders, so for the run every order of the year
that has none gets a unit (by its id, over the generator's units) and every order of the year
is made dispatched, signed, replied and 办结 on the day it came in — one UPDATE, committed,
the changed columns kept in a table of their own and written back after the run (or at the
start of the next, if a run was interrupted). `scorecard.scorecard(YEAR)` is then timed: every
figure of every unit, the row tables (退回, 发回重办, 督办) and the working days to reply.
Median of --runs after a warm-up call. A year this size is counted in parts at once, one
connection each (scorecard._parts); `--compare` times that against one scan, interleaved.
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


# The columns the run changes, kept here (a table of the database itself) and written back
# afterwards; a run that was interrupted is undone by the next one before anything else.
SAVED = "bench_scorecard_saved"
CHANGED = (
    "department_id",
    "dispatched_at",
    "accepted_at",
    "sign_due_at",
    "due_at",
    "replied_at",
    "resolved_at",
    "status",
)


def _restore():
    from models import WorkOrder, db

    if not db.table_exists(SAVED):
        return
    table = WorkOrder._meta.table_name
    with db.atomic():
        sets = ", ".join(f"{c} = s.{c}" for c in CHANGED)
        db.execute_sql(f"UPDATE {table} SET {sets} FROM {SAVED} AS s WHERE {table}.id = s.id")
        db.execute_sql(f"DROP TABLE {SAVED}")


def bench(url, runs, year, n_orders, compare=False):
    from bench.bench_figures import _analyze, ensure_data, interleaved_medians
    from models import WorkOrder, db
    from periods import parse_period
    from scorecard import _parts, scorecard

    period = parse_period(year)
    app = app_on(url)
    with app.app_context(), db.connection_context():
        ensure_data(n_orders)
        _restore()
        table = WorkOrder._meta.table_name
        mark = "%s" if db.param == "%s" else "?"
        with db.atomic():
            db.execute_sql(
                f"CREATE TABLE {SAVED} AS SELECT id, {', '.join(CHANGED)} FROM {table} "
                f"WHERE received_at >= {mark} AND received_at < {mark}",
                (period.start, period.end),
            )
            dispatched = _dispatch_the_year(period)
        # Committed, as the office's own records are: the scorecard then counts in parts, each
        # on its own connection (scorecard._parts), as it does on the 考核 page.
        _analyze()  # the statistics a database of such a year would have
        try:
            parts = len(_parts(period))
            card = scorecard(period)
            seconds = median_seconds(lambda: scorecard(period), runs)
            one_scan = None
            if compare:  # the same, counted in one scan on one connection, rounds interleaved

                def in_one_scan():
                    setting = app.config["SCORECARD_PARALLEL_MIN_ORDERS"]
                    app.config["SCORECARD_PARALLEL_MIN_ORDERS"] = 10**12
                    try:
                        scorecard(period)
                    finally:
                        app.config["SCORECARD_PARALLEL_MIN_ORDERS"] = setting

                medians = interleaved_medians({"parts": lambda: scorecard(period), "one": in_one_scan}, runs)
                seconds, one_scan = medians["parts"], medians["one"]
        finally:
            _restore()
            _analyze()
    return dispatched, len(card["units"]), seconds, parts, one_scan


def main(argv=None):
    parser = argparse.ArgumentParser(description="考核表基准")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--year", default="2023")
    parser.add_argument("--database-url", default=None, help="默认 bench/out 下的 SQLite")
    parser.add_argument("--compare", action="store_true", help="与一次扫描（不分段）交替计时")
    args = parser.parse_args(argv)
    kind = "PostgreSQL" if (args.database_url or "").startswith("postgres") else "SQLite"
    name = f"figures_{args.orders // 1000}k"
    with database(args.database_url, f"{name}.db", f"bench_{name}", keep=True) as url:
        dispatched, units, seconds, parts, one_scan = bench(url, args.runs, args.year, args.orders, args.compare)
    also = f"（一次扫描、一个连接：{one_scan:.2f} s）" if one_scan is not None else ""
    print(
        f"| {kind} | 考核表 {args.year} | {dispatched:,} 件转办工单，{units} 个单位，分 {parts} 段同时统计 "
        f"| 中位数 {seconds:.2f} s{also} |"
    )


if __name__ == "__main__":
    main()
