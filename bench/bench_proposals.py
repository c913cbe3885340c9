"""Benchmark (issue 10): the brief's proposals, and 生成 → PDF through a real worker.

    .venv/bin/python -m bench.bench_proposals
    .venv/bin/python -m bench.bench_proposals --database-url postgresql://postgres@127.0.0.1:5432/test

1. Proposals (`brief.proposals.propose`, uncached) for a ~50k-order quarter inside the 1M-order
   database of bench_figures (generated once and kept). bench.generate writes only eight
   short texts, which would flatter the segmenter and the clustering: for the run, every order
   of the quarter and of the quarter before gets a text of its own (about 60 characters, a
   complaint about one of three dozen things plus one of the generator's sentences), in a
   transaction that is rolled back afterwards.
2. 生成 click → PDF downloadable, on the demo quarter (flask demo, in a fresh database): a real
   `flask --app app worker --queues briefs` process (which preloads WeasyPrint and the fonts),
   the brief page's 生成 POST through the app (Flask test client, logged in as a supervisor,
   with the form as the page sends it), then the page's status URL polled every 20 ms until
   the PDF is there; the PDF is then downloaded. Median of --runs clicks.
"""

import argparse
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from bench.common import OUT, ROOT, database, env_with, median_seconds

REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/1")


def app_on(url, **config):
    from app import create_app

    return create_app({"DATABASE_URL": url, "SECRET_KEY": "bench", "REDIS_URL": REDIS_URL, **config})


def _varied_texts(period, seed):
    """Give each order of `period` a text of its own (inside the caller's transaction)."""
    from bench.generate import CONTENTS
    from models import WorkOrder, db
    from tests.planted import _unrelated

    rng = random.Random(seed)
    ids = [
        i
        for (i,) in WorkOrder.select(WorkOrder.id)
        .where((WorkOrder.received_at >= period.start) & (WorkOrder.received_at < period.end))
        .tuples()
    ]
    rows = [(f"{_unrelated(rng)[1]}{rng.choice(CONTENTS)}", i) for i in ids]
    table = WorkOrder._meta.table_name
    mark = "%s" if db.param == "%s" else "?"
    db.cursor().executemany(f"UPDATE {table} SET content = {mark} WHERE id = {mark}", rows)
    return len(ids)


def bench_proposals(url, runs, quarter, n_orders):
    from bench.bench_figures import ensure_data
    from brief.proposals import load_segmenter, propose
    from models import db
    from periods import parse_period

    period = parse_period(quarter)
    app = app_on(url)
    with app.app_context(), db.connection_context():
        generated = ensure_data(n_orders)
        load_segmenter()
        with db.atomic() as transaction:
            orders = _varied_texts(period, 1)
            _varied_texts(period.previous(), 2)
            result = propose(period)
            seconds = median_seconds(lambda: propose(period), runs)
            transaction.rollback()
    return {"generated": generated, "orders": orders, "seconds": seconds, "problems": result.problems}


def _worker(url, brief_dir):
    env = env_with(url) | {"REDIS_URL": REDIS_URL, "HOTLINE_BRIEF_DIR": str(brief_dir), "TZ": "Asia/Shanghai"}
    flask = str(Path(sys.executable).with_name("flask"))
    return subprocess.Popen(
        [flask, "--app", "app", "worker", "--queues", "briefs"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def bench_click(url, runs):
    from demo.loader import load_demo
    from models import Brief, User, db
    from schema import create_or_upgrade, drop_all
    from tests.conftest import csrf_token

    brief_dir = OUT / "click_briefs"
    brief_dir.mkdir(parents=True, exist_ok=True)
    app = app_on(url, BRIEF_DIR=str(brief_dir), WTF_CSRF_ENABLED=True)
    with app.app_context(), db.connection_context():
        drop_all()
        create_or_upgrade()
        load_demo()
        admin = User.get(User.role == "supervisor")
        admin.set_password("bench-password-1")
        admin.save()
        brief = Brief.create(period="2020Q1", version=1, issue_no=1, total_issue_no=25)
        username, brief_id = admin.username, brief.id
    from redis import Redis

    Redis.from_url(REDIS_URL).delete("rq:queue:briefs")
    worker = _worker(url, brief_dir)
    try:
        client = app.test_client()
        token = csrf_token(client)
        client.post("/login", data={"username": username, "password": "bench-password-1", "csrf_token": token})
        page = client.get(f"/admin/briefs/{brief_id}/").get_data(as_text=True)
        form = {
            "csrf_token": csrf_token(client, f"/admin/briefs/{brief_id}/"),
            "recipients": "报：县委办\n送：各成员单位",
        }
        form.update(dict(re.findall(r'name="(note_\w+)"[^>]*>([^<]*)</textarea>', page)))
        times = []
        for run in range(runs + 1):  # the first click warms the web side; not counted
            with app.app_context():
                Brief.update(pdf_path="").where(Brief.id == brief_id).execute()
            started = time.perf_counter()
            response = client.post(f"/admin/briefs/{brief_id}/generate", data=form)
            assert response.status_code == 302, response.status_code
            while True:
                status = client.get(f"/admin/briefs/{brief_id}/status").get_json()
                if status["pdf_ready"] and not status["busy"]:
                    break
                if status["error"]:
                    raise SystemExit(f"生成失败：{status['error']}")
                if time.perf_counter() - started > 60:
                    raise SystemExit("60 秒内没有生成 PDF：任务进程是否在运行？")
                time.sleep(0.02)
            pdf = client.get(f"/admin/briefs/{brief_id}/pdf?download=1")
            elapsed = time.perf_counter() - started
            assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
            if run:
                times.append(elapsed)
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(10)
    times.sort()
    return {"median": times[len(times) // 2], "min": times[0], "max": times[-1]}


def main(argv=None):
    parser = argparse.ArgumentParser(description="专报提议与生成 PDF 基准")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--quarter", default="2023Q2")
    parser.add_argument("--database-url", default=None, help="默认 bench/out 下的 SQLite")
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--skip-click", action="store_true")
    args = parser.parse_args(argv)
    kind = "PostgreSQL" if (args.database_url or "").startswith("postgres") else "SQLite"
    if not args.skip_large:
        name = f"figures_{args.orders // 1000}k"
        with database(args.database_url, f"{name}.db", f"bench_{name}", keep=True) as url:
            large = bench_proposals(url, args.runs, args.quarter, args.orders)
        print(f"| {kind} | proposals {args.quarter} | {large['orders']:,} 条工单 | 中位数 {large['seconds']:.2f} s |")
        for p in large["problems"]:
            print(f"    {p.heading}：{p.size}（上期 {p.previous_size}）")
    if not args.skip_click:
        with database(args.database_url, "click_demo.db", "bench_click_demo") as url:
            click = bench_click(url, args.runs)
        print(
            f"| {kind} | 生成 → PDF 可下载（演示季度，真实任务进程） | 中位数 {click['median']:.2f} s "
            f"| 最快 {click['min']:.2f} s，最慢 {click['max']:.2f} s |"
        )


if __name__ == "__main__":
    main()
