"""Benchmark data: N work orders over several years with a county hotline's shares.

    python -m bench.generate --orders 1000000 --database-url sqlite:///bench/out/1m.db
    python -m bench.generate --orders 100000 --csv bench/out/100k.csv     # an import file

Shares follow the seed brief: about 87% closed online (5% of all orders harassment), 9%
dispatched, 3% rejected, a few still NEW; categories and units skewed (社会服务类/咨询
dominate; a few units take most dispatched orders); callbacks for almost every order that
needs one; the 疫情 topic on a quarter of the 2020–2022 orders. Deterministic per seed.

The orders end at `end` (default: today 00:00), which benchmarks treat as "now":
`open_orders` dispatched orders are still open, `overdue` of them past their deadline,
`pending` still NEW. Library use:

    from bench.generate import generate
    generate(200_000, years=2, open_orders=5000, overdue=1500, seed=7)   # into models.db

Rows go in with bulk.insert_rows in chunks (multi-row INSERT on SQLite, COPY on
PostgreSQL); order ids are assigned here so callbacks and topics need no read-back.
"""

import argparse
import csv
import datetime as dt
import itertools
import random
import sys
import time

from interchange.bulk import defaults, insert_rows
from interchange.format import HEADERS, OrderRow, format_row
from models import Callback, Category, Department, OrderTopic, Topic, WorkOrder, db, is_postgres
from workdays import WorkCalendar

CHUNK = 1000  # orders per bulk insert

# top-level category: (weight, {sub-category: weight})
CATEGORIES = {
    "社会服务类": (53, {"咨询": 95, "教育": 2, "医疗卫生": 2, "社会保障": 1}),
    "城市管理市容类": (4.5, {"垃圾清理": 30, "路灯管理维护": 25, "下水道维修": 20, "道路护栏整修": 15, "占道经营": 10}),
    "资源环境类": (4, {"噪音扰民": 46, "环境污染": 30, "林业资源": 24}),
    "市民生活服务类": (3, {"城区供水": 50, "供电": 40, "燃气": 10}),
    "交通运输类": (2.5, {"道路通行": 60, "公交出租": 40}),
    "住房建设类": (2.5, {"物业管理": 50, "房屋质量": 30, "拆迁安置": 20}),
    "劳动保障类": (2, {"拖欠工资": 80, "劳动合同": 20}),
    "农业农村类": (2, {"农村道路": 40, "农业补贴": 60}),
    "市场监管类": (2, {"价格投诉": 50, "食品安全": 50}),
    "公共安全类": (1.5, {"治安": 70, "消防": 30}),
    "其他类": (4, {"其他": 100}),
}
DEPARTMENTS = [
    ("县住建局", "县直部门"), ("民安街道办事处", "街道办事处"), ("县城管和执法局", "县直部门"),
    ("县劳动保障监察局", "县直部门"), ("里耶镇人民政府", "乡镇人民政府"), ("县交通运输局", "县直部门"),
    ("县市场监管局", "县直部门"), ("新城街道办事处", "街道办事处"), ("县自然资源局", "县直部门"),
    ("县生态环境局", "县直部门"), ("华塘街道办事处", "街道办事处"), ("县教育局", "县直部门"),
    ("县卫健局", "县直部门"), ("县公安局", "县直部门"), ("县水利局", "县直部门"), ("县农业农村局", "县直部门"),
    ("县人社局", "县直部门"), ("县民政局", "县直部门"), ("县医保局", "县直部门"), ("县供电公司", "其他"),
    ("县自来水公司", "其他"), ("石牌镇人民政府", "乡镇人民政府"), ("洗洛镇人民政府", "乡镇人民政府"),
    ("茨岩塘镇人民政府", "乡镇人民政府"), ("红岩溪镇人民政府", "乡镇人民政府"), ("靛房镇人民政府", "乡镇人民政府"),
    ("苗儿滩镇人民政府", "乡镇人民政府"), ("洛塔乡人民政府", "乡镇人民政府"), ("桂塘镇人民政府", "乡镇人民政府"),
    ("召市镇人民政府", "乡镇人民政府"), ("兴隆街道办事处", "街道办事处"), ("县文旅广体局", "县直部门"),
]  # fmt: skip
# A few units take most dispatched orders (Zipf), as in the seed's top five.
UNIT_NAMES = [name for name, _ in DEPARTMENTS]
UNIT_WEIGHTS = [1 / rank for rank in range(1, len(DEPARTMENTS) + 1)]
CONTENTS = [
    "咨询返乡人员是否需要居家隔离，社区报备需要哪些材料。",
    "反映小区路灯已坏一周，夜间出行不便，希望尽快维修。",
    "反映附近工地夜间施工噪音扰民，影响休息。",
    "反映小区停水两天，没有接到通知，希望尽快恢复供水。",
    "反映某公司拖欠工资三个月，多次讨要未果。",
    "咨询医保异地就医备案如何办理。",
    "反映道路中间护栏损坏，存在安全隐患。",
    "反映菜市场门口占道经营，交通拥堵。",
]
REPLY = "经核实，已安排工作人员现场处理，问题已解决，并向来电人做好解释。"
CALLBACK_RESULTS = (("满意", 93), ("基本满意", 4), ("不满意", 1), ("未接通", 2))
HOURS = [1, 1, 1, 1, 1, 2, 4, 8, 14, 16, 15, 12, 8, 10, 14, 15, 13, 10, 8, 7, 6, 4, 3, 2]
EPIDEMIC = (dt.datetime(2020, 1, 1), dt.datetime(2023, 1, 1))


def generate(n_orders, years=5, end=None, open_orders=None, overdue=None, pending=None, seed=1, case_prefix=""):
    """Write n_orders orders (plus reference data) into models.db; returns a summary dict.

    open_orders (default 0.2% of N) are DISPATCHED/ACCEPTED at `end`, `overdue` (default a
    quarter of them) of those past their deadline; `pending` (default 0.1%) are still NEW.
    Refuses a database that already holds orders unless case_prefix makes numbers unique.
    """
    started = time.perf_counter()
    if not case_prefix and WorkOrder.select().exists():
        raise SystemExit("数据库中已有工单：请用空数据库，或用 --case-prefix 指定编号前缀")
    refs = _reference_data()
    refs["defaults"] = defaults(WorkOrder)
    next_id = (WorkOrder.select(WorkOrder.id).order_by(WorkOrder.id.desc()).scalar() or 0) + 1
    counts = {"orders": 0, "callbacks": 0, "topics": 0}
    with db.atomic():
        for chunk in _chunks(orders(n_orders, years, end, open_orders, overdue, pending, seed), CHUNK):
            rows, callbacks, links = [], [], []
            for order_id, spec in enumerate(chunk, next_id):
                rows.append(_order_row(order_id, spec, refs, case_prefix))
                if spec["callback"]:
                    called_at, result = spec["callback"]
                    callbacks.append({"order": order_id, "called_at": called_at, "result": result, "note": ""})
                links.extend({"order": order_id, "topic": refs["topics"][t]} for t in spec["topics"])
            next_id += len(chunk)
            insert_rows(WorkOrder, rows)
            insert_rows(Callback, callbacks)
            insert_rows(OrderTopic, links)
            counts["orders"] += len(rows)
            counts["callbacks"] += len(callbacks)
            counts["topics"] += len(links)
        _advance_sequence(WorkOrder)
    counts["seconds"] = round(time.perf_counter() - started, 1)
    return counts


def write_csv(path, n_orders, years=5, end=None, seed=1):
    """An import file in the interchange format (UTF-8 with BOM) with n_orders rows."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        for spec in orders(n_orders, years, end, open_orders=0, overdue=0, seed=seed, calendar=WorkCalendar()):
            writer.writerow(format_row(_interchange_row(spec)).values())
    return path


def orders(n_orders, years=5, end=None, open_orders=None, overdue=None, pending=None, seed=1, calendar=None):
    """Order specs (dicts of names and values), in order of 受理时间 within each part."""
    rng = random.Random(seed)
    end = end or dt.datetime.combine(dt.date.today(), dt.time())
    open_orders = round(n_orders * 0.002) if open_orders is None else open_orders
    overdue = open_orders // 4 if overdue is None else min(overdue, open_orders)
    pending = round(n_orders * 0.001) if pending is None else pending
    body = n_orders - open_orders - pending
    if body < 0:
        raise ValueError("open_orders + pending 不能超过 n_orders")
    calendar, deadlines = calendar or WorkCalendar.load(), {}
    start = end - dt.timedelta(days=round(365.25 * years))
    number = _case_counter()
    # Closed orders stop 10 days before `end`, so no reply or callback lies in the future.
    for received in _moments(rng, body, start, end - dt.timedelta(days=10)):
        yield _closed(rng, received, number, calendar, deadlines)
    # Open orders: the first `overdue` received 20–40 days ago (past any 10-working-day
    # deadline), the others in the last day (due at the end of a later working day).
    day = dt.timedelta(days=1)
    for i, received in enumerate(_moments(rng, open_orders, end - day, end)):
        if i < overdue:
            received = end - 40 * day + (received - (end - day)) * 20
        spec = _base(rng, received, number, harassment=False)
        spec["status"] = rng.choice(("DISPATCHED", "ACCEPTED"))
        _dispatch(rng, spec, calendar, deadlines)
        spec["dispatched_at"] = min(spec["dispatched_at"], end - dt.timedelta(seconds=1))
        if spec["status"] == "ACCEPTED":
            spec["accepted_at"] = min(spec["dispatched_at"] + dt.timedelta(hours=2), end - dt.timedelta(seconds=1))
        yield spec
    for received in _moments(rng, pending, end - dt.timedelta(days=2), end):
        yield _base(rng, received, number, harassment=False) | {"status": "NEW"}


def _closed(rng, received, number, calendar, deadlines):
    roll = rng.random()
    harassment = roll < 0.05
    spec = _base(rng, received, number, harassment)
    if roll < 0.87:
        spec.update(status="ONLINE", is_harassment=harassment, reply="话务员直接告知来电人相关政策及办理流程。")
        if not harassment:
            spec["callback"] = _callback(rng, received + dt.timedelta(hours=rng.randint(1, 48)))
    elif roll < 0.96:
        spec["status"] = "RESOLVED"
        _dispatch(rng, spec, calendar, deadlines)
        spec["accepted_at"] = spec["dispatched_at"] + dt.timedelta(hours=rng.randint(1, 8))
        spec["replied_at"] = spec["accepted_at"] + dt.timedelta(hours=rng.randint(4, 96))
        spec["resolved_at"] = spec["replied_at"] + dt.timedelta(hours=rng.randint(1, 24))
        spec["reply"] = REPLY
        spec["callback"] = _callback(rng, spec["resolved_at"] + dt.timedelta(hours=rng.randint(1, 48)))
    else:
        spec.update(status="REJECTED", reject_reason=rng.choice(("要素不全", "超出受理范围", "诉求不合理")))
    return spec


def _base(rng, received, number, harassment):
    if harassment:
        category, sub = "其他类", "其他"
    else:
        category = _pick(rng, {name: weight for name, (weight, _) in CATEGORIES.items()})
        sub = _pick(rng, CATEGORIES[category][1])
    topics = ()
    if not harassment and EPIDEMIC[0] <= received < EPIDEMIC[1] and rng.random() < 0.25:
        topics = ("疫情",)
    return {
        "case_no": f"{received.year}{number(received.year):07d}",
        "received_at": received,
        "channel": "电话" if rng.random() < 0.92 else rng.choice(("来信", "网络", "微信")),
        "caller_phone": f"1{rng.choice('3578')}{rng.randrange(10**9):09d}",
        "caller_name": rng.choice("王李张刘陈杨黄赵吴周") + rng.choice(("先生", "女士", "某")),
        "caller_area": None if harassment else ("城镇" if rng.random() < 0.88 else "乡村"),
        "category": category,
        "subcategory": sub,
        "content": rng.choice(CONTENTS),
        "call_seconds": rng.randint(20, 600),
        "status": None,
        "is_harassment": False,
        "reject_reason": None,
        "department": None,
        "urgency": None,
        "dispatched_at": None,
        "due_at": None,
        "accepted_at": None,
        "replied_at": None,
        "reply": "",
        "resolved_at": None,
        "topics": topics,
        "callback": None,
    }


def _dispatch(rng, spec, calendar, deadlines):
    spec["department"] = rng.choices(UNIT_NAMES, weights=UNIT_WEIGHTS)[0]
    spec["urgency"] = "紧急" if rng.random() < 0.1 else "一般"
    spec["dispatched_at"] = spec["received_at"] + dt.timedelta(minutes=rng.randint(5, 180))
    key = (spec["dispatched_at"].date(), spec["urgency"])
    if key not in deadlines:
        deadlines[key] = calendar.deadline(spec["dispatched_at"], {"紧急": 1, "一般": 5}[spec["urgency"]])
    spec["due_at"] = deadlines[key]


def _callback(rng, at):
    return (at, _pick(rng, dict(CALLBACK_RESULTS))) if rng.random() < 0.98 else None


def _moments(rng, count, start, end):
    """`count` sorted local datetimes in [start, end), weighted by hour of day, streamed."""
    days = max(1, (end - start).days)
    per_day = [count // days + (1 if i < count % days else 0) for i in range(days)]
    rng.shuffle(per_day)
    for day, n in enumerate(per_day):
        base = start + dt.timedelta(days=day)
        hours = sorted(rng.choices(range(24), weights=HOURS, k=n))
        for hour in hours:
            moment = base + dt.timedelta(hours=hour, seconds=rng.randrange(3600))
            yield moment if moment < end else end - dt.timedelta(seconds=1)


def _case_counter():
    """number(year) -> the next running number of that year (case numbers like 20200000805)."""
    counters = {}

    def number(year):
        counters[year] = counters.get(year, 0) + 1
        return counters[year]

    return number


def _pick(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _chunks(iterable, size):
    iterator = iter(iterable)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _reference_data():
    categories, subcategories = {}, {}
    for name, (_, subs) in CATEGORIES.items():
        top = Category.get_or_create(name=name, parent=None)[0]
        categories[name] = top.id
        for sub in subs:
            subcategories[(name, sub)] = Category.get_or_create(name=sub, parent=top)[0].id
    departments = {
        name: Department.get_or_create(name=name, defaults={"kind": kind})[0].id for name, kind in DEPARTMENTS
    }
    topics = {"疫情": Topic.get_or_create(name="疫情")[0].id}
    return {"categories": categories, "subcategories": subcategories, "departments": departments, "topics": topics}


def _order_row(order_id, spec, refs, prefix):
    row = refs["defaults"] | {k: v for k, v in spec.items() if k not in ("topics", "callback")}
    row.update(
        id=order_id,
        case_no=prefix + spec["case_no"],
        category=refs["categories"][spec["category"]],
        subcategory=refs["subcategories"][(spec["category"], spec["subcategory"])],
        department=refs["departments"][spec["department"]] if spec["department"] else None,
        callback_result=spec["callback"][1] if spec["callback"] else None,
        updated_at=spec["resolved_at"] or spec["received_at"],
    )
    return row


def _interchange_row(spec):
    status = spec["status"]
    dispatched = spec["department"] is not None
    callback_at, callback_result = spec["callback"] or (None, None)
    return OrderRow(
        case_no=spec["case_no"],
        received_at=spec["received_at"],
        category=spec["category"],
        subcategory=spec["subcategory"],
        disposition={"NEW": "待处理", "ONLINE": "在线办结", "REJECTED": "不予立案"}.get(status, "转办"),
        channel=spec["channel"],
        caller_phone=spec["caller_phone"],
        caller_name=spec["caller_name"],
        caller_area=spec["caller_area"],
        topics=spec["topics"],
        content=spec["content"],
        is_harassment=spec["is_harassment"],
        reject_reason=spec["reject_reason"],
        department=spec["department"] or "",
        dispatched_at=spec["dispatched_at"],
        due_at=spec["due_at"],
        replied_at=spec["replied_at"],
        reply=spec["reply"],
        resolved=(status == "RESOLVED") if dispatched else None,
        resolved_at=spec["resolved_at"],
        callback_at=callback_at,
        callback_result=callback_result,
        call_seconds=spec["call_seconds"],
    )


def _advance_sequence(model):
    # Ids were given explicitly: PostgreSQL's sequence must catch up for later inserts.
    if is_postgres():
        table = model._meta.table_name
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")


def main(argv=None):
    parser = argparse.ArgumentParser(description="生成基准测试数据（工单）")
    parser.add_argument("--orders", type=int, required=True, help="工单数")
    parser.add_argument("--years", type=float, default=5, help="跨越的年数")
    parser.add_argument("--end", help="截止时刻（视为“现在”），如 2025-07-01；默认今天 0 点")
    parser.add_argument("--open-orders", type=int, default=None, help="仍在办理中的转办工单数")
    parser.add_argument("--overdue", type=int, default=None, help="其中已超期的工单数")
    parser.add_argument("--pending", type=int, default=None, help="仍为受理（待处理）状态的工单数")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--case-prefix", default="", help="工单编号前缀（向已有数据的库追加时）")
    parser.add_argument("--database-url", help="写入的数据库（sqlite:///… 或 postgresql://…）")
    parser.add_argument("--csv", help="改为写出交换格式 CSV 文件（导入基准用）")
    args = parser.parse_args(argv)
    end = dt.datetime.fromisoformat(args.end) if args.end else None
    if args.csv:
        write_csv(args.csv, args.orders, args.years, end, args.seed)
        print(f"已写出 {args.orders} 行到 {args.csv}")
        return
    if not args.database_url:
        parser.error("需要 --database-url 或 --csv")
    from models import init_db
    from schema import create_or_upgrade

    init_db(args.database_url)
    with db.connection_context():
        create_or_upgrade()
        counts = generate(
            args.orders, args.years, end, args.open_orders, args.overdue, args.pending, args.seed, args.case_prefix
        )
    print(
        f"已生成 {counts['orders']} 条工单、{counts['callbacks']} 条回访、{counts['topics']} 个专题标记，用时 {counts['seconds']} 秒"
    )


if __name__ == "__main__":
    sys.exit(main())
