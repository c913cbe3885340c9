"""Benchmark: the harassment filter in batch (orders per second), and its precision and
recall on a labelled set from the caller model (bench/caller_model.py).

    .venv/bin/python -m bench.bench_harassment --orders 50000
    .venv/bin/python -m bench.bench_harassment --orders 50000 --database-url postgresql://postgres@127.0.0.1:5432/test

The calls go in as ONLINE phone orders over 30 days; the filter then runs over the whole
range at once, as the nightly job does over a day (median of --runs, each on a clean slate:
flags removed and marked orders put back, untimed). Precision and recall count an order as
"caught" when it is flagged for review or marked at once.
"""

import argparse
import datetime as dt
import statistics
import time
from collections import Counter

from bench.caller_model import calls
from bench.common import database
from models import ALL_MODELS, Category, HarassmentFlag, OrderEvent, RestrictedNumber, WorkOrder, db


def load(rows, restricted):
    category = Category.get_or_create(name="其他类", parent=None)[0]
    labels = {}
    batch = []
    for i, row in enumerate(rows, 1):
        case_no = f"H{i:09d}"
        labels[case_no] = (row["label"], row["kind"])
        batch.append(
            {
                "case_no": case_no,
                "received_at": row["received_at"],
                "channel": "电话",
                "caller_phone": row["caller_phone"],
                "content": row["content"],
                "call_seconds": row["call_seconds"],
                "category": category.id,
                "status": "ONLINE",
                "reply": "话务员直接告知。",
            }
        )
    with db.atomic():
        for start in range(0, len(batch), 1000):
            WorkOrder.insert_many(batch[start : start + 1000]).execute()
        RestrictedNumber.insert_many([{"phone": p, "reason": "基准数据"} for p in set(restricted)]).execute()
    return labels


def reset():
    with db.atomic():
        HarassmentFlag.delete().execute()
        OrderEvent.delete().where(OrderEvent.action == "标记骚扰").execute()
        WorkOrder.update(is_harassment=False).where(WorkOrder.is_harassment == True).execute()


def quality(labels, result):
    caught = set(result.flagged) | set(result.marked)
    by_id = dict(WorkOrder.select(WorkOrder.id, WorkOrder.case_no).tuples())
    truth = {oid: labels[case] for oid, case in by_id.items()}
    tp = sum(1 for oid in caught if truth[oid][0])
    positives = sum(1 for label, _ in truth.values() if label)
    auto_tp = sum(1 for oid in result.marked if truth[oid][0])
    per_kind = Counter(kind for oid, (label, kind) in truth.items() if label)
    per_kind_caught = Counter(truth[oid][1] for oid in caught if truth[oid][0])
    false_by_kind = Counter(truth[oid][1] for oid in caught if not truth[oid][0])
    return {
        "orders": len(truth),
        "positives": positives,
        "caught": len(caught),
        "precision": tp / len(caught) if caught else 0.0,
        "recall": tp / positives if positives else 0.0,
        "auto": len(result.marked),
        "auto_precision": auto_tp / len(result.marked) if result.marked else 0.0,
        "review": len(result.flagged),
        "recall_by_kind": {k: per_kind_caught[k] / n for k, n in per_kind.items()},
        "false_positives": sum(false_by_kind.values()),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description="骚扰过滤基准")
    parser.add_argument("--orders", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--keep", action="store_true", help="PostgreSQL：保留 schema（bench_harassment）以便分析")
    args = parser.parse_args(argv)
    from app import create_app

    with database(args.database_url, f"harassment_{args.orders}.db", "bench_harassment", keep=args.keep) as url:
        if url.startswith("sqlite"):
            import os

            path = url.removeprefix("sqlite:///")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
        app = create_app({"DATABASE_URL": url})
        import harassment
        from schema import create_or_upgrade

        with app.app_context(), db.connection_context():
            if url.startswith("postgres"):
                db.drop_tables(ALL_MODELS, safe=True, cascade=True)  # a kept schema from an earlier run
            create_or_upgrade()
            rows, restricted = calls(args.orders, seed=args.seed)
            labels = load(rows, restricted)
            start = min(r["received_at"] for r in rows) - dt.timedelta(days=1)
            end = max(r["received_at"] for r in rows) + dt.timedelta(days=1)
            times, first = [], None
            for _ in range(args.runs):
                reset()
                started = time.perf_counter()
                result = harassment.filter_orders(start=start, end=end)
                times.append(time.perf_counter() - started)
                first = first or result
            q = quality(labels, first)
            # The same batch with automatic marking switched off (everything to review):
            # what the rules cost, without one workflow transition per marked order.
            no_marks = harassment.Settings.from_config(dict(app.config, HARASSMENT_AUTO_SCORE=10**9))
            rule_times = []
            for _ in range(args.runs):
                reset()
                started = time.perf_counter()
                harassment.filter_orders(start=start, end=end, settings=no_marks)
                rule_times.append(time.perf_counter() - started)
        kind = "PostgreSQL" if url.startswith("postgres") else "SQLite"
        median = statistics.median(times)
        print(f"数据库 {kind}；工单 {q['orders']}（骚扰 {q['positives']}），受限号码 {len(set(restricted))}")
        print(
            f"过滤用时中位数 {median:.2f} s（{args.runs} 次：{', '.join(f'{t:.2f}' for t in times)}），"
            f"{q['orders'] / median:,.0f} 件/秒"
        )
        rules_median = statistics.median(rule_times)
        print(
            f"不自动标记（全部入审核）：中位数 {rules_median:.2f} s，{q['orders'] / rules_median:,.0f} 件/秒；"
            f"即每件自动标记（workflow.mark_harassment）约 {(median - rules_median) / max(q['auto'], 1) * 1000:.1f} ms"
        )
        print(f"命中 {q['caught']}（自动标记 {q['auto']}，待审核 {q['review']}），误报 {q['false_positives']}")
        print(f"precision {q['precision']:.3f}  recall {q['recall']:.3f}  自动标记 precision {q['auto_precision']:.3f}")
        print("各类骚扰 recall：" + "，".join(f"{k} {v:.3f}" for k, v in sorted(q["recall_by_kind"].items())))


if __name__ == "__main__":
    main()
