"""Benchmark: the nightly reminder pass over a large database (bench/generate.py data).

    .venv/bin/python -m bench.bench_reminders
    .venv/bin/python -m bench.bench_reminders --database-url postgresql://postgres@127.0.0.1:5432/test

Each case is "total orders : open orders : overdue of them". The default cases show how the
pass grows: 100k and 1M total with the same 10k open (should cost the same), and 100k total
with twice the open orders (should cost about twice). The pass (reminders, notices and
pending e-mail/SMS rows, one transaction) runs --runs times on a clean slate each time
(the previous run's reminders, notices and deliveries deleted, untimed); the median is
reported. Then the e-mail/SMS digests of one pass are sent once to a local SMTP server.
Generated SQLite files stay in bench/out/ and are reused.
"""

import argparse
import datetime as dt
import statistics
import time

from bench.common import database
from bench.generate import generate
from models import Delivery, Department, Notice, Reminder, User, WorkOrder, db

END = dt.datetime(2025, 7, 1)  # a Tuesday, a working day: the pass runs at 01:00 on it
DEFAULT_CASES = ["100000:10000:2000", "1000000:10000:2000", "100000:20000:4000"]


def prepare(n, open_orders, overdue):
    if WorkOrder.select().count() != n:
        if WorkOrder.select().exists():
            raise SystemExit("基准数据库中已有其他数据，请删除 bench/out 下对应文件后重试")
        generate(n, years=5, end=END, open_orders=open_orders, overdue=overdue, pending=0, seed=5)
    # Every unit has an address, and one supervisor, so each reminder has its e-mail row.
    for unit in Department.select():
        unit.email, unit.phone = f"unit{unit.id}@longshan.example.cn", "0743-6000000"
        unit.save()
    if not User.select().where(User.role == "supervisor").exists():
        User.create(username="bench-supervisor", role="supervisor", email="zhuren@longshan.example.cn")


def clean():
    with db.atomic():
        Delivery.delete().execute()
        Notice.delete().execute()
        Reminder.delete().execute()


def run_case(app, n, open_orders, overdue, runs):
    import reminders

    with app.app_context(), db.connection_context():
        started = time.perf_counter()
        prepare(n, open_orders, overdue)
        prepared = time.perf_counter() - started
        times, result = [], None
        for _ in range(runs):
            clean()
            started = time.perf_counter()
            result = reminders.run_pass(today=END.date(), now=END + dt.timedelta(hours=1))
            times.append(time.perf_counter() - started)
        deliveries = Delivery.select().count()
        sent = send_once(app)
    return {"prepared": prepared, "times": times, "created": result.created, "deliveries": deliveries, "sent": sent}


def send_once(app):
    """Send the pass's digests to a local SMTP server; (digests, seconds)."""
    import notify
    from tests.rq_helpers import SmtpSink

    sink = SmtpSink().start()
    try:
        config = dict(app.config, SMTP_HOST="127.0.0.1", SMTP_PORT=sink.port)
        started = time.perf_counter()
        sent, failed = notify.deliver_pending(config)
        return sent, failed, time.perf_counter() - started, len(sink.messages)
    finally:
        sink.stop()


def main(argv=None):
    parser = argparse.ArgumentParser(description="催办提醒基准")
    parser.add_argument("cases", nargs="*", default=DEFAULT_CASES, help="总工单:在办:超期，如 1000000:10000:2000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database-url", default=None, help="默认 bench/out 下的 SQLite")
    parser.add_argument("--keep", action="store_true", help="PostgreSQL：保留生成的 schema 以便复用")
    args = parser.parse_args(argv)
    from app import create_app
    from schema import create_or_upgrade

    print(
        "| 总工单 | 在办 | 其中超期 | 数据库 | 提醒（临期/超期/督办） | 投递记录 | 单次提醒 中位数 | 各次 | 发送摘要（邮件+短信，用时） |"
    )
    print("| ---: | ---: | ---: | --- | --- | ---: | ---: | --- | --- |")
    for case in args.cases:
        n, open_orders, overdue = (int(x) for x in case.split(":"))
        name = f"remind_{n}_{open_orders}_{overdue}"
        with database(args.database_url, f"{name}.db", f"bench_{name}", keep=args.keep) as url:
            app = create_app({"DATABASE_URL": url})
            with app.app_context(), db.connection_context():
                create_or_upgrade()
            r = run_case(app, n, open_orders, overdue, args.runs)
        kind = "PostgreSQL" if url.startswith("postgres") else "SQLite"
        c = r["created"]
        sent, failed, seconds, received = r["sent"]
        print(
            f"| {n:,} | {open_orders:,} | {overdue:,} | {kind} | {c['临期']}/{c['超期']}/{c['督办']} | {r['deliveries']:,} "
            f"| {statistics.median(r['times']):.2f} s | {', '.join(f'{t:.2f}' for t in r['times'])} "
            f"| {sent} 份（失败 {failed}；SMTP 收到 {received} 封），{seconds:.2f} s |",
            flush=True,
        )


if __name__ == "__main__":
    main()
