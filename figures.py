"""The brief's figures (SPEC.md, "Figures of the brief"), computed by SQL aggregates.

`figures_for(period)` counts the period's orders in one query, their categories and units
in a second (a few hundred rows of counts that Python adds up), the topic's orders in a
third, and each earlier period it is compared with (环比, 同比) in one more. No order is
ever loaded into Python. Rankings are sorted in Python by (count desc, name), so ties come
out the same on SQLite and PostgreSQL, whatever their collations.

States are as of now: an order of 2020Q1 resolved in April counts as resolved.
"""
import math
from collections import Counter
from fractions import Fraction

from peewee import JOIN, Case, fn

from models import SATISFIED_RESULTS, Callback, Campaign, Category, Department, MissedCall, OrderTopic, Topic, WorkOrder
from periods import parse_period

NO_VALUE = "—"
RATES = ("answer_rate", "online_rate", "resolved_rate", "callback_rate", "satisfaction")
# Figures compared with the earlier periods (同比 / 环比).
HEADLINE = (
    "received", "harassment", "urban", "rural", "answer_rate", "daily_average",
    "online", "online_rate", "dispatched", "resolved", "resolved_rate", "rejected",
    "need_callback", "callback_rate", "satisfied", "satisfaction",
)  # fmt: skip


def _round_half_up(value, places=0):
    """A Fraction rounded half up to `places` decimals, as a Fraction."""
    scale = 10**places
    return Fraction(math.floor(value * scale + Fraction(1, 2)), scale)


def _decimal_text(value, keep_two=True):
    """Two decimals; "12.00" → "12"; with keep_two=False also "12.50" → "12.5"."""
    text = f"{float(value):.2f}"  # value already has at most two decimals: exact
    if text.endswith(".00"):
        return text[:-3]
    return text if keep_two else text.rstrip("0")


def percent(numerator, denominator):
    """"87.33%" — two decimals, half up, "100%" without ".00"; "—" when the denominator is 0."""
    if not denominator:
        return NO_VALUE
    return _decimal_text(_round_half_up(Fraction(numerator * 100, denominator), 2)) + "%"


def _when(condition):
    return fn.SUM(Case(None, [(condition, 1)], 0))


def _counters():
    """The per-group counters: name -> SQL aggregate."""
    plain = WorkOrder.is_harassment == False  # noqa: E712 (SQL comparison)
    needs_callback = plain & (WorkOrder.status != "REJECTED")
    completed = Callback.result.is_null(False) & (Callback.result != "未接通")
    dispatched = WorkOrder.dispatched_at.is_null(False)
    return {
        "received": fn.COUNT(WorkOrder.id),
        "harassment": _when(WorkOrder.is_harassment == True),  # noqa: E712
        "urban": _when(plain & (WorkOrder.caller_area == "城镇")),
        "rural": _when(plain & (WorkOrder.caller_area == "乡村")),
        "phone": _when(WorkOrder.channel == "电话"),
        "online": _when(WorkOrder.status == "ONLINE"),
        "dispatched": _when(dispatched),
        "resolved": _when(dispatched & (WorkOrder.status == "RESOLVED")),
        "rejected": _when(WorkOrder.status == "REJECTED"),
        "pending": _when(WorkOrder.status == "NEW"),
        "need_callback": _when(needs_callback),
        "callbacks_done": _when(needs_callback & completed),
        "satisfied": _when(needs_callback & completed & Callback.result.in_(SATISFIED_RESULTS)),
    }


def _in(period, column):
    return (column >= period.start) & (column < period.end)


def _id_range(period):
    """Lowest and highest id of the period's orders, (None, None) when it has none.

    "+ 0" keeps PostgreSQL from answering MIN/MAX by walking the whole primary key."""
    bounds = (fn.MIN(WorkOrder.id + 0), fn.MAX(WorkOrder.id + 0))
    return WorkOrder.select(*bounds).where(_in(period, WorkOrder.received_at)).tuples()[0]


def _counted(period, topic_id=None, id_range=None):
    """The counters over the orders of the period (or of one topic in it), as a Counter.

    One query per period, a range on the received_at index (an OR of several ranges would
    make SQLite scan the whole table). The joined tables get the period's id range as well:
    true anyway, and it lets PostgreSQL read the period's callbacks instead of hashing all."""
    low, high = id_range or _id_range(period)
    if low is None:
        return Counter()
    counters = _counters()
    query = (
        WorkOrder.select(*counters.values())
        .join(Callback, JOIN.LEFT_OUTER, on=(Callback.order == WorkOrder.id) & Callback.order.between(low, high))
        .where(_in(period, WorkOrder.received_at))
    )
    if topic_id is not None:
        on = (OrderTopic.order == WorkOrder.id) & (OrderTopic.topic == topic_id) & OrderTopic.order.between(low, high)
        query = query.switch(WorkOrder).join(OrderTopic, on=on)
    row = query.tuples()[0]
    return Counter(dict(zip(counters, (value or 0 for value in row))))


def _breakdown(period):
    """Non-harassment orders per (category, sub-category) and dispatched orders per unit.

    A query of its own: grouping the counters above by three columns costs more than
    counting twice."""
    plain = _when(WorkOrder.is_harassment == False)  # noqa: E712
    dispatched = _when(WorkOrder.dispatched_at.is_null(False))
    keys = (WorkOrder.category, WorkOrder.subcategory, WorkOrder.department)
    query = WorkOrder.select(*keys, plain, dispatched).where(_in(period, WorkOrder.received_at)).group_by(*keys)
    top_counts, sub_counts, unit_counts = Counter(), Counter(), Counter()
    for category, subcategory, department, plain_count, dispatched_count in query.tuples():
        top_counts[category] += plain_count
        if subcategory is not None:
            sub_counts[(category, subcategory)] += plain_count
        if department is not None:
            unit_counts[department] += dispatched_count
    return top_counts, sub_counts, unit_counts


def _missed_calls(period):
    return MissedCall.select().where(_in(period, MissedCall.at)).count()


def _table(counts):
    """The order table (used for the period and for the topic)."""
    return {
        "received": counts["received"],
        "online": counts["online"],
        "online_rate": percent(counts["online"], counts["received"]),
        "dispatched": counts["dispatched"],
        "resolved": counts["resolved"],
        "resolved_rate": percent(counts["resolved"], counts["dispatched"]),
        "need_callback": counts["need_callback"],
        "callbacks_done": counts["callbacks_done"],
        "callback_rate": percent(counts["callbacks_done"], counts["need_callback"]),
        "satisfied": counts["satisfied"],
        "satisfaction": percent(counts["satisfied"], counts["callbacks_done"]),
    }


def _headline(counts, missed, period):
    answered = counts["phone"]
    figures = {
        "received": counts["received"],
        "harassment": counts["harassment"],
        "urban": counts["urban"],
        "rural": counts["rural"],
        "answered_calls": answered,
        "missed_calls": missed,
        "answer_rate": percent(answered, answered + missed),
        "daily_average": int(_round_half_up(Fraction(counts["received"], period.days))),
        "rejected": counts["rejected"],
        "pending": counts["pending"],
    }
    figures.update(_table(counts))
    return figures


def _ranked(counts, names):
    return sorted(({"name": names[key], "count": n} for key, n in counts.items() if n), key=_rank)


def _rank(item):
    return (-item["count"], item["name"])


def _names(model, ids):
    if not ids:
        return {}
    return dict(model.select(model.id, model.name).where(model.id.in_(list(ids))).tuples())


def _categories(top_counts, sub_counts):
    names = _names(Category, set(top_counts) | {sub for _, sub in sub_counts})
    result = []
    for item_id, count in top_counts.items():
        if not count:
            continue
        subs = Counter({sub: n for (top, sub), n in sub_counts.items() if top == item_id})
        result.append({"name": names[item_id], "count": count, "subcategories": _ranked(subs, names)})
    return sorted(result, key=_rank)


def _units(unit_counts):
    return _ranked(unit_counts, _names(Department, unit_counts))


def _campaigns(period):
    query = (
        Campaign.select()
        .where((Campaign.start_date < period.end.date()) & (Campaign.end_date >= period.start.date()))
        .order_by(Campaign.start_date, Campaign.id)
    )
    return [
        {"name": c.name, "start_date": c.start_date, "end_date": c.end_date, "reached": c.reached, "summary": c.summary}
        for c in query
    ]


def _rate_value(text):
    return Fraction(text.rstrip("%"))


def change(key, current, previous):
    """"增长12.5%" / "下降3%" for counts, "上升2.1个百分点" for rates, "持平" when equal."""
    if key in RATES:
        if NO_VALUE in (current, previous):
            return NO_VALUE
        diff, words, unit = _rate_value(current) - _rate_value(previous), ("上升", "下降"), "个百分点"
    else:
        if previous == 0:
            return "持平" if current == 0 else NO_VALUE
        diff, words, unit = Fraction(current - previous, previous) * 100, ("增长", "下降"), "%"
    diff = _round_half_up(diff, 2) if diff >= 0 else -_round_half_up(-diff, 2)
    if diff == 0:
        return "持平"
    return f"{words[0] if diff > 0 else words[1]}{_decimal_text(abs(diff), keep_two=False)}{unit}"


def _comparison(current, earlier):
    if not earlier["received"]:
        return None
    return {key: {"previous": earlier[key], "change": change(key, current[key], earlier[key])} for key in HEADLINE}


def _period_figures(period):
    """Headline figures of a period (for 同比 / 环比)."""
    return _headline(_counted(period), _missed_calls(period), period)


def figures_for(period, topic="疫情", compare=True):
    """Every figure of SPEC.md's table for a Period (or its text), as the contract describes.

    compare=False skips 同比 / 环比 (both None), for screens that show one period only:
    the comparisons count two more periods."""
    period = parse_period(period)
    id_range = _id_range(period)
    totals = _counted(period, id_range=id_range)
    top_counts, sub_counts, unit_counts = _breakdown(period)
    topic_table = None
    if topic is not None:
        topic_id = Topic.select(Topic.id).where(Topic.name == topic).scalar()
        topic_counts = _counted(period, topic_id, id_range) if topic_id is not None else Counter()
        topic_table = {"name": topic, **_table(topic_counts)}

    headline = _headline(totals, _missed_calls(period), period)
    return {
        "period": {
            "code": period.code,
            "label": period.label,
            "start": period.start,
            "end": period.end,
            "days": period.days,
        },
        **headline,
        "categories": _categories(top_counts, sub_counts),
        "units": _units(unit_counts),
        "topic": topic_table,
        "campaigns": _campaigns(period),
        "comparisons": {
            "yoy": _comparison(headline, _period_figures(period.year_before())) if compare else None,
            "mom": _comparison(headline, _period_figures(period.previous())) if compare else None,
        },
    }
