"""考核: each unit's scorecard for a period (docs/RULES.md § 考核), the one definition used by
the 考核 page, the unit's own page, the dashboard's 红黑榜, the brief's table 「成员单位办理情况」,
the XLSX export and `flask scorecard`.

A unit's orders of a period are the brief's (figures.py, `units`): orders received in the
period, ever dispatched, now recorded with the unit as 承办单位. Every count is a plain SQL
aggregate — SUM(CASE WHEN condition THEN 1 ELSE 0 END) grouped by unit over those orders, or
COUNT(DISTINCT order) over the Rework / OrderReturn / Supervision rows of the period's orders
— and each condition is also the WHERE of its drill-down (`orders_behind`), so a figure and
the orders listed behind it cannot disagree. The clocks are clocks.py's.
"""

import contextlib
import datetime as dt
import json
import os
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from typing import Any

from flask import current_app, has_app_context
from peewee import SQL, Case, NodeList, fn

import clocks
from figures import NO_VALUE, _decimal_text, _round_half_up, _span, percent, period_orders_where
from models import (
    SATISFIED_RESULTS,
    Department,
    OrderReturn,
    Rework,
    ScoreExclusion,
    Setting,
    Supervision,
    WorkOrder,
    actor_name,
    db,
    is_postgres,
    local_now,
    record_audit,
)
from periods import Period, parse_period
from workdays import WorkCalendar

WEIGHTS_KEY = "scorecard_weights"
MIN_ORDERS_KEY = "scorecard_min_orders"
# Composite score: share of each rate, in points (docs/RULES.md § 考核 § Score).
DEFAULT_WEIGHTS = {"on_time": 30, "resolved": 20, "satisfaction": 40, "redo": 10}
WEIGHT_LABELS = {
    "on_time": "按时办结率",
    "resolved": "办结率",
    "satisfaction": "满意率",
    "redo": "未发回重办率（1 − 发回重办率）",
}
# The rate each weight scores (redo scores 1 − redo_rate).
WEIGHT_RATES = {"on_time": ("replied_on_time", "reply_due"), "resolved": ("resolved", "dispatched")}
DEFAULT_MIN_ORDERS = 5
EXCLUSION_WORDS = "诉求不合理，不计入考核"
BOARD_SIZE = 3  # 红黑榜: top and bottom three

# Counts, in the order of the table; (key, label).
COUNTS = [
    ("dispatched", "派单数"),
    ("handled", "经办数"),
    ("sign_due", "应签收"),
    ("signed_on_time", "按时签收"),
    ("reply_due", "应办结"),
    ("replied_on_time", "按时办结"),
    ("resolved", "已办结"),
    ("callbacks", "已回访"),
    ("satisfied", "满意（含基本满意）"),
    ("basic", "基本满意"),
    ("excluded", "不计入考核"),
    ("returned", "退回"),
    ("reworked", "发回重办"),
    ("extended", "延期"),
    ("replied", "已回复"),
    ("overdue", "当前超期"),
    ("supervised", "督办件数"),
    ("supervised_open", "督办未答复"),
]
COUNT_LABELS = dict(COUNTS)
# Rates: key -> (label, numerator, denominator).
RATES = {
    "sign_rate": ("按时签收率", "signed_on_time", "sign_due"),
    "on_time_rate": ("按时办结率", "replied_on_time", "reply_due"),
    "resolved_rate": ("办结率", "resolved", "dispatched"),
    "satisfaction": ("满意率", "satisfied", "callbacks"),
    "basic_share": ("基本满意占比", "basic", "callbacks"),
    "return_rate": ("退回率", "returned", "handled"),
    "redo_rate": ("发回重办率", "reworked", "handled"),
    "extension_rate": ("延期率", "extended", "dispatched"),
}
# The scorecard table's columns: (key, label, the count a link drills down to).
COLUMNS = [
    ("dispatched", "派单数", "dispatched"),
    ("sign_rate", "按时签收率", "sign_due"),
    ("on_time_rate", "按时办结率", "reply_due"),
    ("resolved_rate", "办结率", "resolved"),
    ("satisfaction", "满意率", "callbacks"),
    ("basic_share", "基本满意占比", "basic"),
    ("return_rate", "退回率", "returned"),
    ("redo_rate", "发回重办率", "reworked"),
    ("extension_rate", "延期率", "extended"),
    ("avg_reply_days", "平均回复用时（工作日）", "replied"),
    ("overdue", "当前超期", "overdue"),
    ("supervised", "督办件数", "supervised"),
    ("score", "综合得分", None),
]
FIGURES = {key for key, _ in COUNTS}


# --- which orders ------------------------------------------------------------------------


def _received_in(period: Period):
    return (WorkOrder.received_at >= period.start) & (WorkOrder.received_at < period.end)


def period_orders(period: Period, span=None):
    """The period's dispatched orders (the brief's `units` count them per 承办单位).

    Read as the brief reads its period (figures.period_orders_where): the period's id range
    of the table rather than every row looked up from the received_at index."""
    return (
        period_orders_where(period, span)
        & WorkOrder.dispatched_at.is_null(False)
        & _scanned(WorkOrder.department).is_null(False)
    )


def _scanned(column):
    """`column` as a value, not an index key, on SQLite (unary +): the period's id range is
    read in one pass; SQLite otherwise walked the (unit, status) index for every unit and
    looked up each order (0.8 s against 0.25 s for a 200k-order year)."""
    return NodeList((SQL("+"), column), glue="") if not is_postgres() else column


def _excluded_ids():
    return ScoreExclusion.select(ScoreExclusion.order)


def order_conditions(now: dt.datetime) -> dict[str, Any]:
    """figure -> the condition on one of a unit's orders that it counts (None: every order)."""
    replied = _scanned(WorkOrder.status).in_(("REPLIED", "RESOLVED")) & WorkOrder.replied_at.is_null(False)
    deadline_past = (WorkOrder.score_due_at.is_null() & (WorkOrder.due_at < now)) | (WorkOrder.score_due_at < now)
    signed = WorkOrder.accepted_at.is_null(False) & WorkOrder.sign_due_at.is_null(False)
    completed = (
        WorkOrder.callback_result.is_null(False)
        & (WorkOrder.callback_result != "未接通")
        & (WorkOrder.is_harassment == False)
        & WorkOrder.id.not_in(_excluded_ids())
    )
    return {
        "dispatched": None,
        "sign_due": WorkOrder.sign_due_at.is_null(False)
        & (WorkOrder.status != "RETURNED")
        & (signed | (WorkOrder.sign_due_at < now)),
        "signed_on_time": signed & (WorkOrder.accepted_at <= WorkOrder.sign_due_at),
        "reply_due": WorkOrder.due_at.is_null(False)
        & (WorkOrder.status != "RETURNED")
        & (replied | (clocks.held_by_unit() & deadline_past)),
        "replied_on_time": replied
        & WorkOrder.due_at.is_null(False)
        & (WorkOrder.replied_at <= fn.COALESCE(WorkOrder.score_due_at, WorkOrder.due_at)),
        "resolved": WorkOrder.status == "RESOLVED",
        "callbacks": completed,
        "satisfied": completed & WorkOrder.callback_result.in_(SATISFIED_RESULTS),
        "basic": completed & (WorkOrder.callback_result == "基本满意"),
        "excluded": WorkOrder.id.in_(_excluded_ids()),
        "extended": WorkOrder.extension_state == "已批准",
        "replied": replied,
        "overdue": clocks.unit_overdue(now),
    }


# Figures counted over rows of another table: figure -> (model, extra condition or None).
def _row_tables():
    return {
        "returned": (OrderReturn, None),
        "reworked": (Rework, None),
        "supervised": (Supervision, None),
        "supervised_open": (Supervision, Supervision.answered_at.is_null()),
    }


def _row_ids(period, figure, unit_id):
    model, extra = _row_tables()[figure]
    where = (model.department == unit_id) & _received_in(period)
    if extra is not None:
        where &= extra
    return model.select(model.order).join(WorkOrder, on=(model.order == WorkOrder.id)).where(where)


def orders_behind(period: Period | str, unit_id: int, figure: str, now: dt.datetime | None = None):
    """The orders a unit's figure counts (the drill-down), as a WorkOrder query."""
    period = parse_period(period)
    now = now or local_now()
    if figure not in FIGURES:
        raise ValueError(f"未知的考核指标「{figure}」")
    if figure in _row_tables():
        return WorkOrder.select().where(WorkOrder.id.in_(_row_ids(period, figure, unit_id)))
    mine = period_orders(period) & (WorkOrder.department == unit_id)
    if figure == "handled":
        returned = WorkOrder.id.in_(_row_ids(period, "returned", unit_id))
        return WorkOrder.select().where(mine | (_received_in(period) & returned))
    condition = order_conditions(now)[figure]
    return WorkOrder.select().where(mine if condition is None else mine & condition)


# --- counting ----------------------------------------------------------------------------


def _order_counts(orders, now):
    """{unit id: {figure: n}} for the figures of order_conditions over `orders` (the WHERE of
    period_orders), one GROUP BY."""
    conditions = order_conditions(now)
    names = list(conditions)
    columns = [
        fn.COUNT(WorkOrder.id) if conditions[n] is None else fn.SUM(Case(None, [(conditions[n], 1)], 0)) for n in names
    ]
    query = WorkOrder.select(WorkOrder.department, *columns).where(orders).group_by(WorkOrder.department)
    return {row[0]: dict(zip(names, (int(v or 0) for v in row[1:]), strict=True)) for row in query.tuples()}


def _row_counts(period):
    """{unit id: {figure: n}} for the Rework / OrderReturn / Supervision figures (distinct orders)."""
    result: dict[int, dict[str, int]] = {}
    for figure, (model, extra) in _row_tables().items():
        where = _received_in(period) & model.department.is_null(False)
        if extra is not None:
            where &= extra
        query = (
            model.select(model.department, fn.COUNT(model.order.distinct()))
            .join(WorkOrder, on=(model.order == WorkOrder.id))
            .where(where)
            .group_by(model.department)
        )
        for unit_id, n in query.tuples():
            result.setdefault(unit_id, {})[figure] = n
    # Orders the unit returned that are now with another unit (or none): part of 经办数.
    away = (
        OrderReturn.select(OrderReturn.department, fn.COUNT(OrderReturn.order.distinct()))
        .join(WorkOrder, on=(OrderReturn.order == WorkOrder.id))
        .where(
            _received_in(period)
            & OrderReturn.department.is_null(False)
            & (WorkOrder.department.is_null() | (WorkOrder.department != OrderReturn.department))
        )
        .group_by(OrderReturn.department)
    )
    for unit_id, n in away.tuples():
        result.setdefault(unit_id, {})["returned_away"] = n
    return result


def _day(value):
    if isinstance(value, str):  # SQLite hands back text
        return dt.date.fromisoformat(value[:10])
    return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else value.date()


def _reply_day_rows(orders, now):
    """{unit id: [(day, ±n)]}: the replied `orders` counted by (unit, day of reply) with +n and
    by (unit, day of first 转办) with −n, for _reply_days."""
    replied = orders & order_conditions(now)["replied"]
    by_day = {}
    for column, sign in ((WorkOrder.replied_at, 1), (WorkOrder.dispatched_at, -1)):
        # SQLite keeps a time as text "YYYY-MM-DD HH:MM:SS": its first ten characters are the
        # day, read at half the cost of DATE()'s parsing.
        day = fn.DATE(column) if is_postgres() else fn.SUBSTR(column, 1, 10)
        query = WorkOrder.select(WorkOrder.department, day, fn.COUNT(WorkOrder.id)).where(replied)
        # The raw cursor: (unit, day, n) rows as the driver gives them, no per-value conversion.
        for unit_id, value, n in db.execute(query.group_by(WorkOrder.department, day)).fetchall():
            by_day.setdefault(unit_id, []).append((_day(value), sign * n))
    return by_day


def _reply_days(by_day):
    """{unit id: total working days from first 转办 to reply} from _reply_day_rows.

    Working days between two dates are W(end) − W(start), W counting working days up to a
    date, so two GROUP BYs by (unit, day) suffice: no order is loaded."""
    days = sorted({d for rows in by_day.values() for d, _ in rows})
    if not days:
        return {}
    calendar = WorkCalendar.load()
    cumulative, total, day = {}, 0, days[0]
    while day <= days[-1]:
        if calendar.is_workday(day):
            total += 1
        cumulative[day] = total
        day += dt.timedelta(days=1)
    return {unit_id: sum(cumulative[d] * n for d, n in rows) for unit_id, rows in by_day.items()}


# A period of at least this many orders (SCORECARD_PARALLEL_MIN_ORDERS in config.py) is counted in
# parts, one database connection each, at the same time; a count is a sum, so the parts'
# counts add up to the whole's.
PARALLEL_MIN_ORDERS = 20_000


def _parallel_min():
    if has_app_context():
        return int(current_app.config.get("SCORECARD_PARALLEL_MIN_ORDERS", PARALLEL_MIN_ORDERS))
    return PARALLEL_MIN_ORDERS


def _parts(period):
    """The WHERE of period_orders split into id ranges, one per core (a list of one when the
    period is small, or when the caller is inside a transaction: another connection would not
    see what it has not committed)."""
    span = _span(period)
    orders = period_orders(period, span)
    low, high, count = span
    parts = min(os.cpu_count() or 1, 4)
    if parts < 2 or not count or count < _parallel_min() or db.in_transaction():
        return [orders]
    step = (high - low) // parts + 1
    return [orders & WorkOrder.id.between(low + i * step, min(high, low + (i + 1) * step - 1)) for i in range(parts)]


def _counted_part(orders, now, own_connection):
    """(order counts, reply-day rows) of one part; on its own pooled connection in a thread."""
    with db.connection_context() if own_connection else contextlib.nullcontext():
        return _order_counts(orders, now), _reply_day_rows(orders, now)


def _counted(period, now):
    """{unit: {figure: n}}, {unit: [(day, ±n)]} over the period's orders (parts at once) and
    _row_counts (meanwhile, on this thread's connection)."""
    parts = _parts(period)
    if len(parts) == 1:
        results = [_counted_part(parts[0], now, own_connection=False)]
        by_rows = _row_counts(period)
    else:
        with ThreadPoolExecutor(max_workers=len(parts)) as pool:
            futures = [pool.submit(_counted_part, part, now, True) for part in parts]
            by_rows = _row_counts(period)
            results = [future.result() for future in futures]
    counts, days = {}, {}
    for part_counts, part_days in results:
        for unit_id, figures in part_counts.items():
            mine = counts.setdefault(unit_id, dict.fromkeys(figures, 0))
            for key, n in figures.items():
                mine[key] += n
        for unit_id, rows in part_days.items():
            days.setdefault(unit_id, []).extend(rows)
    return counts, days, by_rows


# --- settings ----------------------------------------------------------------------------


def _setting(key):
    return Setting.select(Setting.value).where(Setting.key == key).scalar()


def weights() -> dict[str, int]:
    """The weights supervisors set (考核 → 考核设置), else DEFAULT_WEIGHTS."""
    stored = {}
    with contextlib.suppress(ValueError):
        stored = json.loads(_setting(WEIGHTS_KEY) or "{}")
    return {key: int(stored.get(key, default)) for key, default in DEFAULT_WEIGHTS.items()}


def min_orders() -> int:
    value = _setting(MIN_ORDERS_KEY)
    return int(value) if value and str(value).isdigit() else DEFAULT_MIN_ORDERS


def _put(key, value, actor):
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        Setting.create(key=key, value=value, updated_by=actor, updated_at=local_now())
        return None
    before = row.value
    row.value, row.updated_by, row.updated_at = value, actor, local_now()
    row.save()
    return before


def save_settings(new_weights: dict[str, Any], new_min: Any, actor) -> None:
    """Store the weights and the minimum; ValueError (Chinese) and nothing stored when bad."""
    clean = {}
    for key, label in WEIGHT_LABELS.items():
        text = str(new_weights.get(key, "")).strip()
        if not text.isdigit() or not 0 <= int(text) <= 100:
            raise ValueError(f"「{label}」的权重必须是 0 到 100 之间的整数")
        clean[key] = int(text)
    if not sum(clean.values()):
        raise ValueError("权重不能全部为 0")
    text = str(new_min).strip()
    if not text.isdigit() or not 0 <= int(text) <= 10000:
        raise ValueError("最少工单数必须是 0 到 10000 之间的整数")
    old = {"weights": weights(), "min_orders": min_orders()}
    with db.atomic():
        _put(WEIGHTS_KEY, json.dumps(clean, ensure_ascii=False), actor)
        _put(MIN_ORDERS_KEY, str(int(text)), actor)
        record_audit(
            actor,
            "Setting",
            "scorecard",
            "修改",
            {"考核权重": [old["weights"], clean], "最少工单数": [old["min_orders"], int(text)]},
        )


# --- exclusions (诉求不合理，不计入考核) -------------------------------------------------------


def excludable(order: WorkOrder) -> bool:
    """Only an order dispatched to a unit counts in a scorecard, so only such can be excluded."""
    return order.dispatched_at is not None and order.department_id is not None


def exclude(case_no: str, reason: str, actor) -> ScoreExclusion:
    """Mark an order 「诉求不合理，不计入考核」; ValueError (Chinese) and nothing stored when refused."""
    case_no, reason = (case_no or "").strip(), (reason or "").strip()
    if not reason:
        raise ValueError("请填写不计入考核的理由")
    order = WorkOrder.get_or_none(WorkOrder.case_no == case_no)
    if order is None:
        raise ValueError(f"没有编号为「{case_no}」的工单")
    if not excludable(order):
        raise ValueError(f"工单 {case_no} 未转办给承办单位，无需排除")
    if ScoreExclusion.select().where(ScoreExclusion.order == order.id).exists():
        raise ValueError(f"工单 {case_no} 已标记为不计入考核")
    with db.atomic():
        row = ScoreExclusion.create(order=order, reason=reason, created_by=actor, created_by_name=actor_name(actor))
        record_audit(actor, "ScoreExclusion", row.id, "新建", {"工单": case_no, "理由": reason})
    return row


def include_again(exclusion_id: int, actor) -> None:
    """Take an order off the exclusion list (recorded in the AuditLog)."""
    row = ScoreExclusion.get_or_none(ScoreExclusion.id == exclusion_id)
    if row is None:
        raise ValueError("该排除记录不存在或已撤销")
    with db.atomic():
        record_audit(actor, "ScoreExclusion", row.id, "删除", {"工单": row.order.case_no, "理由": row.reason})
        row.delete_instance()


# --- the scorecard -------------------------------------------------------------------------


def _score(counts, wts):
    """The composite score (Fraction, 0–100) over the rates that have a denominator; None if none."""
    parts = []
    for key, weight in wts.items():
        if not weight:
            continue
        if key == "satisfaction":
            num, den = counts["satisfied"], counts["callbacks"]
        elif key == "redo":
            num, den = counts["handled"] - counts["reworked"], counts["handled"]
        else:
            num, den = (counts[k] for k in WEIGHT_RATES[key])
        if den:
            parts.append((weight, Fraction(num, den)))
    total = sum(w for w, _ in parts)
    if not total:
        return None
    return sum(w * r for w, r in parts) * 100 / total


def _row(unit_id, name, counts, day_total):
    row: dict[str, Any] = {"unit": name, "unit_id": unit_id, "rank": None, "ranked": False, "score": None}
    row.update(counts)
    for key, (_label, num, den) in RATES.items():
        row[key] = percent(counts[num], counts[den])
    if counts["replied"]:
        row["avg_reply_days"] = _decimal_text(_round_half_up(Fraction(day_total, counts["replied"]), 2))
    else:
        row["avg_reply_days"] = NO_VALUE
    return row


def scorecard(period: Period | str, now: dt.datetime | None = None) -> dict[str, Any]:
    """Every unit's figures, score and rank for the period (docs/RULES.md § 考核)."""
    period = parse_period(period)
    now = now or local_now()
    wts, minimum = weights(), min_orders()
    by_order, by_day, by_rows = _counted(period, now)
    day_totals = _reply_days(by_day)
    unit_ids = set(by_order) | set(by_rows)
    names = dict(Department.select(Department.id, Department.name).where(Department.id.in_(list(unit_ids))).tuples())
    rows = []
    for unit_id in unit_ids:
        counts = dict.fromkeys(FIGURES, 0)
        counts.update(by_order.get(unit_id, {}))
        extra = by_rows.get(unit_id, {})
        counts.update({k: v for k, v in extra.items() if k in FIGURES})
        counts["handled"] = counts["dispatched"] + extra.get("returned_away", 0)
        row = _row(unit_id, names.get(unit_id, ""), counts, day_totals.get(unit_id, 0))
        score = _score(counts, wts)
        row["_score"] = score
        row["score"] = None if score is None else _decimal_text(_round_half_up(score, 2))
        row["ranked"] = score is not None and counts["dispatched"] >= minimum
        rows.append(row)
    ranked = sorted((r for r in rows if r["ranked"]), key=lambda r: (-r["_score"], r["unit"]))
    for position, row in enumerate(ranked, 1):
        row["rank"] = position
    unranked = sorted((r for r in rows if not r["ranked"]), key=lambda r: (-r["dispatched"], r["unit"]))
    for row in rows:
        del row["_score"]
    return {
        "period": {"code": period.code, "label": period.label, "start": period.start, "end": period.end},
        "computed_at": now,
        "weights": wts,
        "min_orders": minimum,
        "units": ranked + unranked,
        "top": [r["unit"] for r in ranked[:BOARD_SIZE]],
        # The bottom three never repeat one of the top three (fewer than six ranked: fewer).
        "bottom": [r["unit"] for r in ranked[BOARD_SIZE:][::-1][:BOARD_SIZE]],
    }


def unit_row(card: dict[str, Any], unit_id: int) -> dict[str, Any] | None:
    """One unit's row of a scorecard (its own page: no other unit's name)."""
    return next((r for r in card["units"] if r["unit_id"] == unit_id), None)


def sort_rows(rows: list[dict[str, Any]], key: str, descending: bool = True) -> list[dict[str, Any]]:
    """Rows sorted by a column (numbers and rates by value, "—" last, then by name)."""

    def value(row):
        raw = row.get(key)
        if raw in (None, NO_VALUE):
            return None
        if isinstance(raw, str):
            return Fraction(raw.rstrip("%"))
        return Fraction(raw)

    present = [r for r in rows if value(r) is not None]
    missing = [r for r in rows if value(r) is None]
    present.sort(key=lambda r: r["unit"])
    present.sort(key=value, reverse=descending)
    return present + sorted(missing, key=lambda r: r["unit"])
