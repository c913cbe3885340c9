"""Benchmark: the home page's work queues (clocks.office_queue_counts, the oldest reply's age,
the units' 超期 count) on a large database (bench/generate.py data).

    .venv/bin/python -m bench.bench_queues --orders 200000
    .venv/bin/python -m bench.bench_queues --orders 200000 --database-url postgresql://postgres@127.0.0.1:5432/test

They run on every visit of an operator or supervisor to 首页, so they must read indexes, not
the archive: the median of --runs runs is reported, with the plan of the 不满意 queue.
"""

import argparse
import datetime as dt
import statistics
import time

from bench.common import database
from bench.generate import generate
from models import WorkOrder, db, init_db, is_postgres

END = dt.datetime(2025, 7, 1)


def measure(runs):
    import clocks
    from workdays import WorkCalendar

    calendar = WorkCalendar.load()
    now = END

    def once():
        counts = clocks.office_queue_counts()
        age = clocks.review_age_days(now, calendar)
        late = WorkOrder.select().where(clocks.unit_overdue(now)).count()
        return counts, age, late

    once()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = once()
        times.append(time.perf_counter() - started)
    return result, times


def plan():
    import clocks

    query = WorkOrder.select().where(clocks.unsatisfied_pending())
    sql, params = query.sql()
    prefix = "EXPLAIN " if is_postgres() else "EXPLAIN QUERY PLAN "
    return [" ".join(str(c) for c in row) for row in db.execute_sql(prefix + sql, params).fetchall()]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=200000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    with database(args.database_url, f"queues_{args.orders // 1000}k.db", "bench_queues", args.keep) as url:
        init_db(url)
        from schema import create_or_upgrade

        with db.connection_context():
            create_or_upgrade()
            if WorkOrder.select().count() != args.orders:
                generate(args.orders, years=5, end=END, seed=11)
            # Every generated 不满意 callback counts as not yet handled by the office.
            WorkOrder.update(callback_followup=None).execute()
            (result, times) = measure(args.runs)
            counts, age, late = result
            print(f"{'PostgreSQL' if is_postgres() else 'SQLite'} {args.orders} orders: {counts} age={age} 超期={late}")
            print(
                f"median {statistics.median(times) * 1000:.1f} ms; runs: {', '.join(f'{t * 1000:.1f}' for t in times)}"
            )
            print("plan (不满意回访待处理):", *plan(), sep="\n  ")


if __name__ == "__main__":
    main()
