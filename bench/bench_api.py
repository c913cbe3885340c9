"""POST /api/v1/requests under sustained load against gunicorn with 2 workers.

    .venv/bin/python -m bench.bench_api --seconds 30
    .venv/bin/python -m bench.bench_api --seconds 30 --database-url postgresql://postgres@127.0.0.1:5432/test

A fresh database (SQLite file under bench/out, or a PostgreSQL schema of its own), one
category and one key; gunicorn (2 sync workers) in its own process; `--clients` threads
each POST new orders, every one with its own Idempotency-Key, for `--seconds`. Then the
database is counted: every 201 must be exactly one stored order with its key (none lost,
none duplicated), and the case numbers distinct. Prints requests/s, p50 and p95.
"""

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid

from bench.common import ROOT, database


def _serve(url, port, redis_url):
    env = dict(
        os.environ,
        DATABASE_URL=url,
        REDIS_URL=redis_url,
        SECRET_KEY="bench-secret",
        HOTLINE_API_RATE_LIMIT="10000000 per minute",
        TZ="Asia/Shanghai",
    )
    command = [sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "--log-level", "warning"]
    return subprocess.Popen([*command, "app:create_app()"], cwd=ROOT, env=env)


def _prepare(url):
    from api.keys import create_key
    from app import create_app
    from models import Category, db
    from schema import create_or_upgrade, drop_all

    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench-secret"})
    with app.app_context(), db.connection_context():
        drop_all()
        create_or_upgrade()
        category = Category.create(name="城乡建设类")
        return category.id, create_key("压测", "网络")[1]


def _wait(port, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/v1/services")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn 未能启动")


def _client(port, key, category_id, until, results):
    body = {"service_code": str(category_id), "description": "压测：小区路灯不亮。", "phone": "13812345678"}
    data = json.dumps(body, ensure_ascii=False).encode()
    while time.perf_counter() < until:
        token = uuid.uuid4().hex
        headers = {"X-API-Key": key, "Content-Type": "application/json", "Idempotency-Key": token}
        start = time.perf_counter()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("POST", "/api/v1/requests", body=data, headers=headers)
            response = conn.getresponse()
            payload = response.read()
            status = response.status
            conn.close()
        except OSError as error:
            status, payload = 0, str(error).encode()
        case_no = json.loads(payload).get("service_request_id") if status == 201 else None
        results.append((time.perf_counter() - start, status, token, case_no))


def run(url, seconds, clients, port, redis_url):
    category_id, key = _prepare(url)
    server = _serve(url, port, redis_url)
    try:
        _wait(port)
        results = []
        until = time.perf_counter() + seconds
        threads = [
            threading.Thread(target=_client, args=(port, key, category_id, until, results)) for _ in range(clients)
        ]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(30)
    return _report(url, results, elapsed)


def _report(url, results, elapsed):
    from models import ApiIdempotency, WorkOrder, db, init_db

    init_db(url)
    created = [r for r in results if r[1] == 201]
    statuses = {}
    for r in results:
        statuses[r[1]] = statuses.get(r[1], 0) + 1
    with db.connection_context():
        stored = WorkOrder.select().count()
        numbers = {n for (n,) in WorkOrder.select(WorkOrder.case_no).tuples()}
        keys = ApiIdempotency.select().count()
    latencies = sorted(r[0] for r in results)
    p95 = latencies[int(0.95 * (len(latencies) - 1))] * 1000
    sent_numbers = [r[3] for r in created]
    return {
        "database": "PostgreSQL" if url.startswith("postgres") else "SQLite",
        "requests": len(results),
        "statuses": statuses,
        "requests_per_second": round(len(results) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(p95, 1),
        "stored_orders": stored,
        "lost": len(set(sent_numbers) - numbers),
        "duplicated_numbers": len(sent_numbers) - len(set(sent_numbers)),
        "orders_without_a_201": stored - len(created),
        "idempotency_rows": keys,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--port", type=int, default=8716)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/5"))
    args = parser.parse_args()
    with database(args.database_url, "bench_api.db", "bench_api") as url:
        print(json.dumps(run(url, args.seconds, args.clients, args.port, args.redis_url), ensure_ascii=False))


if __name__ == "__main__":
    main()
