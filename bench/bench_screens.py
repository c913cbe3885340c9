"""Benchmark: the order list on a 1M-order database, as the server answers it.

    .venv/bin/python -m bench.bench_screens
    .venv/bin/python -m bench.bench_screens --database-url postgresql://postgres@127.0.0.1:5432/test --keep

The database (5 years to 2025-01-01, bench.generate as bench_figures makes it) is made once: SQLite in
bench/out/screens_<N>.db (kept), PostgreSQL in the schema bench_screens (dropped afterwards
unless --keep). A supervisor logs in through the real login form; then the median of --runs
full requests (routing, role check, queries, Jinja rendering) through Flask's test client:

- the list's first page (default sort: newest first),
- the list filtered by the unit with the most orders,
- a search by 工单编号 (a number drawn from the middle of the table),
- the dashboard of a quarter (for context: figures_for plus the daily and overdue queries).
"""

import argparse
import re
import sys

from peewee import fn

from bench.bench_figures import ensure_data  # the same 5-year data set (seed 11)
from bench.common import database, median_seconds
from models import Department, User, WorkOrder, db

PASSWORD = "bench-password-1"


def ensure_user():
    user = User.get_or_none(User.username == "bench_supervisor")
    if user is None:
        user = User(username="bench_supervisor", role="supervisor", display_name="基准测试")
        user.set_password(PASSWORD)
        user.save()
    return user


def logged_in_client(app, user):
    client = app.test_client()
    html = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
    response = client.post("/login", data={"username": user.username, "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302, "登录失败"
    return client


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--keep", action="store_true", help="PostgreSQL: keep the schema for the next run")
    args = parser.parse_args(argv)

    from app import create_app

    with database(args.database_url, f"screens_{args.orders // 1000}k.db", "bench_screens", args.keep) as url:
        app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench", "WTF_CSRF_ENABLED": True})
        with app.app_context(), db.connection_context():
            generated = ensure_data(args.orders)
            user = ensure_user()
            unit_id, unit_orders = (
                WorkOrder.select(WorkOrder.department, fn.COUNT(WorkOrder.id))
                .where(WorkOrder.department.is_null(False))
                .group_by(WorkOrder.department)
                .order_by(fn.COUNT(WorkOrder.id).desc())
                .tuples()
                .first()
            )
            unit = Department.get_by_id(unit_id)
            middle = WorkOrder.select(WorkOrder.case_no).where(WorkOrder.id == args.orders // 2).scalar()
        # Requests open and close their own connection (before_request / teardown_request).
        client = logged_in_client(app, user)
        cases = [
            ("列表首页", "/admin/orders/", None),
            (f"按承办单位筛选（{unit.name}，{unit_orders:,} 件）", f"/admin/orders/?flt0_2={unit_id}", None),
            (f"按工单编号搜索（{middle}）", f"/admin/orders/?search={middle}", middle),
            ("首页（2024Q4）", "/admin/?period=2024Q4", None),
        ]
        kind = "PostgreSQL" if url.startswith("postgres") else "SQLite"
        if generated:
            print(f"生成 {args.orders:,} 条工单用时 {generated} s")
        print("| 数据库 | 页面 | 中位数 | 次数 |\n| --- | --- | ---: | ---: |")
        for label, path, expect in cases:

            def get(path=path, expect=expect):
                response = client.get(path)
                assert response.status_code == 200, (path, response.status_code)
                if expect:
                    assert expect in response.get_data(as_text=True)

            print(f"| {kind} | {label} | {median_seconds(get, args.runs) * 1000:.0f} ms | {args.runs} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
