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
import contextlib
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

MODEL_NAME = r"[a-z]|z[a-z]"  # a…z, then za, zb…


def caller_model(name):
    """The caller model of a letter: "a" is bench/caller_model.py, any other letter x is
    bench/caller_model_x.py (b, c, …; each with calls(n_target, days, start, harassment_share, seed))."""
    if not re.fullmatch(MODEL_NAME, name or ""):
        raise ValueError(f"调用模型须为一个小写字母或 z 加一个小写字母：{name!r}")
    return importlib.import_module("bench.caller_model" if name == "a" else f"bench.caller_model_{name}")


def _model_letter(value):
    if not re.fullmatch(MODEL_NAME, value):
        raise argparse.ArgumentTypeError(
            f"调用模型须为一个小写字母或 z 加一个小写字母（a、b、c…、z、za、zb…）：{value!r}"
        )
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


def quality(labels, result, only=None):
    """Precision, recall and F1 of a filter run; `only`: the order ids to count (all of them)."""
    by_id = dict(WorkOrder.select(WorkOrder.id, WorkOrder.case_no).tuples())
    truth = {oid: labels[case] for oid, case in by_id.items() if only is None or oid in only}
    caught = {oid for oid in (*result.flagged, *result.marked) if oid in truth}
    tp = sum(1 for oid in caught if truth[oid][0])
    positives = sum(1 for label, _ in truth.values() if label)
    false_alarms = len(caught) - tp
    missed = positives - tp
    marked = [oid for oid in result.marked if oid in truth]
    auto_tp = sum(1 for oid in marked if truth[oid][0])
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
        "auto": len(marked),
        "auto_precision": auto_tp / len(marked) if marked else 0.0,
        "review": len(caught) - len(marked),
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


@contextlib.contextmanager
def fresh_database(url, sqlite_name, schema, keep=False):
    """An app context on an empty database (SQLite file or PostgreSQL schema); yields the URL."""
    from app import create_app
    from schema import create_or_upgrade

    with database(url, sqlite_name, schema, keep=keep) as url:
        _fresh(url)
        app = create_app({"DATABASE_URL": url})
        with app.app_context(), db.connection_context():
            if url.startswith("postgres"):
                db.drop_tables(ALL_MODELS, safe=True, cascade=True)  # a kept schema from an earlier run
            create_or_upgrade()
            yield url


def filter_bench(args):
    model = caller_model(args.model)
    name = f"harassment_{args.model}_{args.orders}"
    with fresh_database(args.database_url, f"{name}.db", "bench_harassment", keep=args.keep) as url:
        import harassment
        import harassment_model

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
    model = caller_model(args.model)
    with fresh_database(args.database_url, f"harassment_retrain_{args.retrain_orders}.db", "bench_retrain") as url:
        import harassment_model

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


def _reset_orders(ids):
    """reset() for these orders only: their flags, automatic marks and filtered stamps."""
    ids = sorted(ids)
    with db.atomic():
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            HarassmentFlag.delete().where(HarassmentFlag.order.in_(chunk)).execute()
            OrderEvent.delete().where((OrderEvent.action == "标记骚扰") & OrderEvent.order.in_(chunk)).execute()
            WorkOrder.update(is_harassment=False).where(WorkOrder.id.in_(chunk) & WorkOrder.is_harassment).execute()
            HarassmentCheck.delete().where(HarassmentCheck.order.in_(chunk)).execute()


def _both(*results):
    combined = type(results[0])()
    for result in results:
        combined.flagged += result.flagged
        combined.marked += result.marked
    return combined


def learn_bench(args):
    """The filter learning from an office's own decisions: two months of calls; the first is
    filtered and reviewed (every flag decided as its label says, and --hand-marked of the
    nuisance calls it missed marked 骚扰来电 by an operator), then the model is retrained and
    the second month filtered. The second month is measured three ways: the starter set's
    model with no review at all, after the reviews without retraining (the dismissals'
    exemptions alone), and after the reviews with the retrained model."""
    import random

    model = caller_model(args.model)
    with fresh_database(args.database_url, f"harassment_learn_{args.model}.db", "bench_learn"):
        import harassment
        import harassment_model
        import workflow

        start = dt.datetime(2025, 6, 1)
        mid, end = start + dt.timedelta(days=30), start + dt.timedelta(days=60)
        rows, restricted = model.calls(2 * args.orders, days=60, start=start, seed=args.seed)
        labels = load(rows, restricted)
        ids = dict(WorkOrder.select(WorkOrder.case_no, WorkOrder.id).tuples())
        month = {
            n: {ids[f"H{i:09d}"] for i, r in enumerate(rows, 1) if (r["received_at"] >= mid) == (n == 2)}
            for n in (1, 2)
        }
        truth = {ids[case]: label for case, label in labels.items()}
        harassment_model.current_model()

        def month_two(name):
            _reset_orders(month[2])
            # run as at the start of the month: the register, the dismissals' exemptions (30 days)
            # and the reviewers' decisions as they stand then
            result = harassment.filter_orders(start=mid, end=end, now=mid + dt.timedelta(minutes=1))
            q = quality(labels, result, month[2])
            p, r, f = q["overall"]
            print(f"{name}：precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  误报 {q['false_positives']}")
            return q

        reset()
        first = harassment.filter_orders(start=start, end=mid, now=mid)
        q1 = quality(labels, first, month[1])
        p, r, f = q1["overall"]
        print(f"调用模型 {args.model}；两个月 {len(rows)} 件（第一个月 {len(month[1])}，第二个月 {len(month[2])}）")
        print(f"第一个月（起始样本模型）：precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
        before = month_two("第二个月，无审核（起始样本模型）")
        reviewer = User.create(username="bench-reviewer", role="supervisor")
        operator = User.create(username="bench-operator", role="operator")
        pending = dict(
            HarassmentFlag.select(HarassmentFlag.id, HarassmentFlag.order)
            .where((HarassmentFlag.status == "待审核") & HarassmentFlag.order.in_(sorted(month[1])))
            .tuples()
        )
        confirm = [f for f, o in pending.items() if truth[o][0]]
        dismiss = [f for f, o in pending.items() if not truth[o][0]]
        harassment.decide_many(confirm, "confirm", reviewer, now=mid)  # decided at the end of the month
        harassment.decide_many(dismiss, "dismiss", reviewer, now=mid)
        caught = set(first.flagged) | set(first.marked)
        missed = sorted(o for o in month[1] if truth[o][0] and o not in caught)
        by_hand = random.Random(args.seed).sample(missed, round(len(missed) * args.hand_marked))
        workflow.mark_harassment_many(dict.fromkeys(by_hand, "话务员标记骚扰来电"), actor=operator)
        print(
            f"第一个月的审核：确认 {len(confirm)}，驳回 {len(dismiss)}；漏过的骚扰 {len(missed)} 件中"
            f"话务员手工标记 {len(by_hand)} 件（{args.hand_marked:.0%}）"
        )
        reviewed = month_two("第二个月，审核后未重新训练（驳回的暂免）")
        trained = harassment_model.retrain(now=mid)  # the end of the first month
        print(trained.summary())
        learned = month_two("第二个月，审核并重新训练后")
        print("| 类 | 类型 | 件数 | 无审核命中 | 审核后 | 重新训练后 |")
        print("| --- | --- | ---: | ---: | ---: | ---: |")
        for key, (n, hit, *_rest) in learned["kinds"].items():
            print(f"| {key[0]} | {key[1]} | {n} | {before['kinds'][key][1]} | {reviewed['kinds'][key][1]} | {hit} |")


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
    parser.add_argument(
        "--learn", action="store_true", help="测从审核中学习：两个月（每月 --orders 件），第一个月审核后重新训练"
    )
    parser.add_argument("--hand-marked", type=float, default=0.5, help="--learn：漏过的骚扰中话务员手工标记的比例")
    args = parser.parse_args(argv)
    if args.learn:
        learn_bench(args)
    elif args.retrain_orders:
        retrain_bench(args)
    else:
        filter_bench(args)


if __name__ == "__main__":
    main()
