"""Benchmark: the brief's PDF end to end (figures, case texts, template, WeasyPrint).

    .venv/bin/python -m bench.bench_brief
    .venv/bin/python -m bench.bench_brief --database-url postgresql://postgres@127.0.0.1:5432/test

1. The demo quarter (flask demo: 3085 orders, 13 cases, 2 campaigns), loaded into a fresh
   database: median of --runs renders of 2020Q1, and the same with WeasyPrint's HarfBuzz
   font subsetting switched off (what a machine without libharfbuzz-subset0 gets).
2. A ~50k-order quarter inside a 1M-order database (bench.generate, the same database as
   bench.bench_figures: bench/out/figures_1000k.db, generated once and kept), with 13 of its
   orders quoted as cases (added in a transaction that is rolled back).

Each run is one brief_context (all SQL: figures, 环比/同比, daily volume, case texts) plus
render_pdf; the worker's file write is left out. Target (issue 6): ≤ 2 s and ≤ 4 s.
"""

import argparse
import contextlib
import re
import subprocess
import time

from bench.common import OUT, database, median_seconds


@contextlib.contextmanager
def app_on(url):
    from app import create_app
    from models import db

    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench"})
    with app.app_context(), db.connection_context():
        yield app
    db.close()


def render_once(period):
    from brief.content import brief_context, draft_for
    from brief.render import render_pdf

    return render_pdf(brief_context(draft_for(period)))


def page_count(pdf):
    path = OUT / "brief_demo.pdf"  # kept for a look
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def figures_once(period):
    from brief.content import brief_figures

    return brief_figures(period)


@contextlib.contextmanager
def without_harfbuzz_subset():
    """WeasyPrint falls back to fontTools subsetting when HarfBuzz's subsetter is missing."""
    import weasyprint.pdf.fonts as pdf_fonts

    saved = pdf_fonts.harfbuzz_subset
    pdf_fonts.harfbuzz_subset = None
    try:
        yield
    finally:
        pdf_fonts.harfbuzz_subset = saved


def bench_demo(url, runs):
    from demo.loader import load_demo
    from models import WorkOrder
    from schema import drop_all

    with app_on(url):
        drop_all()
        load_demo()
        orders = WorkOrder.select().count()
        pages = page_count(render_once("2020Q1"))
        figures = median_seconds(lambda: figures_once("2020Q1"), runs)
        full = median_seconds(lambda: render_once("2020Q1"), runs)
        with without_harfbuzz_subset():
            slow = median_seconds(lambda: render_once("2020Q1"), 1)  # ~30× slower: one run is plenty
    return {"orders": orders, "pages": pages, "figures": figures, "full": full, "no_hb": slow}


def bench_large(url, runs, quarter, n_orders):
    from bench.bench_figures import ensure_data
    from models import CaseStudy, WorkOrder, db
    from periods import parse_period

    period = parse_period(quarter)
    with app_on(url):
        generated = ensure_data(n_orders)
        with db.atomic() as transaction:
            dispatched = (
                WorkOrder.select(WorkOrder.id)
                .where(
                    (WorkOrder.received_at >= period.start)
                    & (WorkOrder.received_at < period.end)
                    & WorkOrder.dispatched_at.is_null(False)
                )
                .order_by(WorkOrder.id)
                .limit(13)
            )
            for position, order in enumerate(dispatched):
                CaseStudy.create(order=order.id, period=period.code, position=position)
            received = figures_once(period)["received"]
            full = median_seconds(lambda: render_once(period), runs)
            transaction.rollback()  # the shared database keeps no trace of the cases
    return {"generated": generated, "received": received, "full": full}


def main(argv=None):
    parser = argparse.ArgumentParser(description="工作专报 PDF 基准")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--quarter", default="2023Q2")
    parser.add_argument("--database-url", default=None, help="默认 bench/out 下的 SQLite")
    parser.add_argument("--skip-large", action="store_true", help="只测演示季度")
    args = parser.parse_args(argv)
    kind = "PostgreSQL" if (args.database_url or "").startswith("postgres") else "SQLite"

    started = time.perf_counter()
    with database(args.database_url, "brief_demo.db", "bench_brief_demo") as url:
        demo = bench_demo(url, args.runs)
    print("| 数据库 | 数据 | 期间 | 工单 | 页数 | 数字（SQL）中位数 | PDF 端到端中位数 | 无 HarfBuzz 子集化 | 倍数 |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(
        f"| {kind} | 演示数据 | 2020Q1 | {demo['orders']:,} | {demo['pages']} | {demo['figures'] * 1000:.0f} ms "
        f"| {demo['full'] * 1000:.0f} ms | {demo['no_hb'] * 1000:.0f} ms | {demo['no_hb'] / demo['full']:.1f}× |"
    )
    if not args.skip_large:
        name = f"figures_{args.orders // 1000}k"
        # keep=True: the 1M-order database is bench_figures' too, generated once for both.
        with database(args.database_url, f"{name}.db", f"bench_{name}", keep=True) as url:
            large = bench_large(url, args.runs, args.quarter, args.orders)
        print(
            f"| {kind} | {args.orders:,} 条工单库 | {args.quarter} | {large['received']:,} | — | — "
            f"| {large['full'] * 1000:.0f} ms | — | — |"
        )
        if large["generated"]:
            print(f"<!-- 生成 {args.orders:,} 条工单用时 {large['generated']} 秒 -->")
    print(f"<!-- 总用时 {time.perf_counter() - started:.0f} 秒，--runs {args.runs} -->")


if __name__ == "__main__":
    main()
