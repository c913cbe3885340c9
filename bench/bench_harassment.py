"""Benchmark: the harassment filter in batch (orders per second, the learned text score
included), its precision, recall and F1 per nuisance and genuine type on a labelled caller
model, and the nightly retraining of the learned score.

    .venv/bin/python -m bench.bench_harassment --orders 50000                 # caller model a
    .venv/bin/python -m bench.bench_harassment --orders 50000 --model b       # bench/caller_model_b.py
    .venv/bin/python -m bench.bench_harassment --orders 50000 --database-url postgresql://postgres@127.0.0.1:5432/test
    .venv/bin/python -m bench.bench_harassment --retrain-orders 1000000       # retraining time

Caller models: `a` is bench/caller_model.py (the project's own), `b` is
bench/caller_model_b.py (written separately from the rules), and any other letter x is
bench/caller_model_x.py (`--model c` once bench/caller_model_c.py exists). Each has
calls(n_target, days, start, harassment_share, seed) -> (rows, restricted numbers); a row's
label is True/"harassment" or False/"genuine", its kind the nuisance or genuine type.

The calls go in as ONLINE phone orders; the filter then runs over the whole range at once, as
the nightly job does (median of --runs, each on a clean slate: flags removed, marked orders
put back and the filtered stamp cleared, untimed). An order counts as "caught" when it is
flagged for review or marked at once.

Per type: for a nuisance type k the type's calls against all genuine calls (precision =
caught of k / (caught of k + all false alarms), recall = caught of k / calls of k); for a
genuine type g the genuine class ("not caught") of g against all nuisance calls (precision =
g not caught / (g not caught + all missed nuisance), recall = g not caught / calls of g).
"""

import argparse
import datetime as dt
import importlib
import json
import os
import re
import statistics
import time
from collections import Counter

from bench.common import database
from models import (
    ALL_MODELS,
    Category,
    HarassmentCheck,
    HarassmentFlag,
    OrderEvent,
    RestrictedNumber,
    User,
    WorkOrder,
    db,
)


def caller_model(name):
    """The caller model of a letter: "a" is bench/caller_model.py, any other letter x is
    bench/caller_model_x.py (b, c, …; each with calls(n_target, days, start, harassment_share, seed))."""
    if not re.fullmatch(r"[a-z]", name or ""):
        raise ValueError(f"调用模型须为一个小写字母：{name!r}")
    return importlib.import_module("bench.caller_model" if name == "a" else f"bench.caller_model_{name}")


def _model_letter(value):
    if not re.fullmatch(r"[a-z]", value):
        raise argparse.ArgumentTypeError(f"调用模型须为一个小写字母（a、b、c…）：{value!r}")
    return value


def is_nuisance(label):
    return label is True or label == "harassment"


def load(rows, restricted):
    category = Category.get_or_create(name="其他类", parent=None)[0]
    labels = {}
    batch = []
    for i, row in enumerate(rows, 1):
        case_no = f"H{i:09d}"
        labels[case_no] = (is_nuisance(row["label"]), row["kind"])
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
        phones = sorted(set(restricted))
        for start in range(0, len(phones), 1000):
            RestrictedNumber.insert_many(
                [{"phone": p, "reason": "基准数据"} for p in phones[start : start + 1000]]
            ).execute()
    return labels


def reset():
    with db.atomic():
        HarassmentFlag.delete().execute()
        OrderEvent.delete().where(OrderEvent.action == "标记骚扰").execute()
        WorkOrder.update(is_harassment=False).where(WorkOrder.is_harassment == True).execute()
        HarassmentCheck.delete().execute()


def _prf(tp, fp, fn):
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def quality(labels, result):
    caught = set(result.flagged) | set(result.marked)
    by_id = dict(WorkOrder.select(WorkOrder.id, WorkOrder.case_no).tuples())
    truth = {oid: labels[case] for oid, case in by_id.items()}
    tp = sum(1 for oid in caught if truth[oid][0])
    positives = sum(1 for label, _ in truth.values() if label)
    false_alarms = len(caught) - tp
    missed = positives - tp
    auto_tp = sum(1 for oid in result.marked if truth[oid][0])
    per_kind = Counter(kind for label, kind in truth.values() if label)
    per_kind_caught = Counter(truth[oid][1] for oid in caught if truth[oid][0])
    genuine = Counter(kind for label, kind in truth.values() if not label)
    genuine_caught = Counter(truth[oid][1] for oid in caught if not truth[oid][0])
    # which rules fired for the false alarms of each genuine type (what a reviewer would see)
    rules_of = dict(HarassmentFlag.select(HarassmentFlag.order, HarassmentFlag.rules_json).tuples())
    alarm_rules = {}
    for oid in caught:
        if not truth[oid][0]:
            combo = "+".join(json.loads(rules_of.get(oid, "[]")))
            alarm_rules.setdefault(truth[oid][1], Counter())[combo] += 1
    kinds = {}
    for kind, n in sorted(per_kind.items()):
        hit = per_kind_caught[kind]
        kinds[("骚扰", kind)] = (n, hit, *_prf(hit, false_alarms, n - hit))
    for kind, n in sorted(genuine.items()):
        kept = n - genuine_caught[kind]
        kinds[("正常", kind)] = (n, genuine_caught[kind], *_prf(kept, missed, n - kept))
    return {
        "orders": len(truth),
        "positives": positives,
        "caught": len(caught),
        "overall": _prf(tp, false_alarms, missed),
        "auto": len(result.marked),
        "auto_precision": auto_tp / len(result.marked) if result.marked else 0.0,
        "review": len(result.flagged),
        "false_positives": false_alarms,
        "kinds": kinds,
        "alarm_rules": alarm_rules,
    }


def _fresh(url):
    if url.startswith("sqlite"):
        path = url.removeprefix("sqlite:///")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)


def filter_bench(args):
    from app import create_app

    model = caller_model(args.model)
    name = f"harassment_{args.model}_{args.orders}"
    with database(args.database_url, f"{name}.db", "bench_harassment", keep=args.keep) as url:
        _fresh(url)
        app = create_app({"DATABASE_URL": url})
        import harassment
        import harassment_model
        from schema import create_or_upgrade

        with app.app_context(), db.connection_context():
            if url.startswith("postgres"):
                db.drop_tables(ALL_MODELS, safe=True, cascade=True)  # a kept schema from an earlier run
            create_or_upgrade()
            rows, restricted = model.calls(args.orders, seed=args.seed)
            labels = load(rows, restricted)
            harassment_model.current_model()  # the starter set's model, trained once per process
            start = min(r["received_at"] for r in rows) - dt.timedelta(days=1)
            end = max(r["received_at"] for r in rows) + dt.timedelta(days=1)
            times, cpu, first = [], [], None
            for _ in range(args.runs):
                reset()
                model_now = harassment_model.current_model()
                model_now._cache.clear()  # each run scores every text anew
                started, cpu_started = time.perf_counter(), time.process_time()
                result = harassment.filter_orders(start=start, end=end)
                times.append(time.perf_counter() - started)
                cpu.append(time.process_time() - cpu_started)
                first = first or result
            q = quality(labels, first)
        kind = "PostgreSQL" if url.startswith("postgres") else "SQLite"
        median = statistics.median(times)
        print(
            f"调用模型 {args.model}；数据库 {kind}；工单 {q['orders']}（骚扰 {q['positives']}），受限号码 {len(set(restricted))}"
        )
        print(
            f"过滤用时中位数 {median:.2f} s（{args.runs} 次：{', '.join(f'{t:.2f}' for t in times)}），"
            f"{q['orders'] / median:,.0f} 件/秒（含文本模型）"
        )
        cpu_median = statistics.median(cpu)
        print(
            f"本进程 CPU 时间中位数 {cpu_median:.2f} s，{q['orders'] / cpu_median:,.0f} 件/CPU 秒"
            f"（机器繁忙时接近无争用时的用时；PostgreSQL 服务器一侧不计）；load average {os.getloadavg()[0]:.1f}"
        )
        p, r, f = q["overall"]
        print(f"命中 {q['caught']}（自动标记 {q['auto']}，待审核 {q['review']}），误报 {q['false_positives']}")
        print(f"precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  自动标记 precision {q['auto_precision']:.3f}")
        print("| 类 | 类型 | 件数 | 命中 | precision | recall | F1 |")
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
        for (side, kind_name), (n, hit, kp, kr, kf) in q["kinds"].items():
            print(f"| {side} | {kind_name} | {n} | {hit} | {kp:.3f} | {kr:.3f} | {kf:.3f} |")
        for kind_name, combos in sorted(q["alarm_rules"].items(), key=lambda item: -item[1].total()):
            common = "，".join(f"{combo} {count}" for combo, count in combos.most_common(3))
            print(f"误报 {kind_name} {combos.total()}：{common}")


def retrain_bench(args):
    """Retraining on a database of --retrain-orders orders, the reviewers having decided
    every flag of --decided of them (half confirmed nuisance, half dismissed genuine)."""
    from app import create_app

    model = caller_model(args.model)
    with database(args.database_url, f"harassment_retrain_{args.retrain_orders}.db", "bench_retrain") as url:
        _fresh(url)
        app = create_app({"DATABASE_URL": url})
        import harassment_model
        from schema import create_or_upgrade

        with app.app_context(), db.connection_context():
            if url.startswith("postgres"):
                db.drop_tables(ALL_MODELS, safe=True, cascade=True)
            create_or_upgrade()
            started = time.perf_counter()
            rows, restricted = model.calls(args.retrain_orders, seed=args.seed)
            labels = load(rows, restricted)
            reviewer = User.create(username="bench-reviewer", role="supervisor")
            ids = dict(WorkOrder.select(WorkOrder.case_no, WorkOrder.id).tuples())
            now = dt.datetime(2026, 1, 1)
            nuisance = [c for c, (label, _) in labels.items() if label][: args.decided // 2]
            genuine = [c for c, (label, _) in labels.items() if not label][: args.decided - len(nuisance)]
            flags = [
                {
                    "order": ids[c],
                    "phone": "",
                    "status": status,
                    "reviewer": reviewer.id,
                    "reviewed_at": now,
                    "created_at": now,
                }
                for cases, status in ((nuisance, "已确认"), (genuine, "已驳回"))
                for c in cases
            ]
            with db.atomic():
                for i in range(0, len(flags), 1000):
                    HarassmentFlag.insert_many(flags[i : i + 1000]).execute()
            print(f"载入 {len(rows)} 件工单、{len(flags)} 条审核决定：{time.perf_counter() - started:.0f} s（不计时）")
            times, cpu = [], []
            for _ in range(args.runs):
                cpu_started = time.process_time()
                result = harassment_model.retrain()
                times.append(result.seconds)
                cpu.append(time.process_time() - cpu_started)
            print(result.summary())
        kind = "PostgreSQL" if url.startswith("postgres") else "SQLite"
        print(
            f"数据库 {kind}：重新训练用时中位数 {statistics.median(times):.1f} s"
            f"（{args.runs} 次：{', '.join(f'{t:.1f}' for t in times)}），本进程 CPU {statistics.median(cpu):.1f} s，"
            f"load average {os.getloadavg()[0]:.1f}"
        )


def main(argv=None):
    parser = argparse.ArgumentParser(description="骚扰过滤基准")
    parser.add_argument(
        "--model",
        type=_model_letter,
        default="a",
        help="调用模型：a 本项目的（bench/caller_model.py），b、c… 独立编写的（bench/caller_model_b.py、_c.py…）",
    )
    parser.add_argument("--orders", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--keep", action="store_true", help="PostgreSQL：保留 schema（bench_harassment）以便分析")
    parser.add_argument("--retrain-orders", type=int, default=0, help="测重新训练：库中工单数（如 1000000）")
    parser.add_argument("--decided", type=int, default=50_000, help="测重新训练：已审核的标记数")
    args = parser.parse_args(argv)
    if args.retrain_orders:
        retrain_bench(args)
    else:
        filter_bench(args)


if __name__ == "__main__":
    main()
