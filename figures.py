"""The brief's figures (docs/RULES.md, "Figures of the brief"), computed by SQL aggregates.

`figures_for(period)` reads the period's orders once: one GROUP BY over (category,
sub-category, unit, flags), where the flags are a small integer saying what the counters
need to know of an order (harassment, area, channel, status, dispatched, its callback's
result, the topic). The callback's result is kept on the order (WorkOrder.callback_result),
so callback is not joined. A thousand-odd rows of counts come back, which Python adds up into
the totals, the topic's table and the rankings. Each earlier period it is compared with
(环比, 同比) is one more GROUP BY over the flags alone. No order is ever loaded into Python.
Rankings are sorted in Python by (count desc, name), so ties come out the same on SQLite
and PostgreSQL, whatever their collations.

States are as of now: an order of 2020Q1 resolved in April counts as resolved.

The home dashboard's other numbers are here too: `daily_volume` (also the brief's daily
volume), `overdue_by` (open orders past their deadline, per category or unit) and
`default_quarter` (the quarter the home page opens on).
"""

import datetime as dt
import enum
import functools
import math
import operator
from collections import Counter
from fractions import Fraction
from typing import Any, NamedTuple

from peewee import JOIN, SQL, Case, ForeignKeyField, NodeList, SqliteDatabase, fn

from models import (
    SATISFIED_RESULTS,
    Campaign,
    Category,
    Department,
    MissedCall,
    OrderTopic,
    Setting,
    Topic,
    WorkOrder,
    db,
    local_now,
)
from periods import Period, current_quarter, parse_period

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


def percent(numerator: int, denominator: int) -> str:
    """ "87.33%" — two decimals, half up, "100%" without ".00"; "—" when the denominator is 0."""
    if not denominator:
        return NO_VALUE
    return _decimal_text(_round_half_up(Fraction(numerator * 100, denominator), 2)) + "%"


class Flag(enum.IntFlag):
    """What the counters need to know of an order, one bit each, packed into one integer per
    order (built in SQL by _flags), so one GROUP BY over a few small integers counts
    everything: COUNTERS decodes the few dozen distinct values a period has, in Python.

    Adding a flag: a member here, its CASE in _flag_cases, and the COUNTERS rows that read it;
    FLAG_BITS follows."""

    HARASSMENT = enum.auto()
    URBAN = enum.auto()
    RURAL = enum.auto()
    PHONE = enum.auto()
    ONLINE = enum.auto()
    RESOLVED = enum.auto()
    REJECTED = enum.auto()
    NEW = enum.auto()
    DISPATCHED = enum.auto()
    SATISFIED = enum.auto()  # the callback's result is one of SATISFIED_RESULTS
    COMPLETED = enum.auto()  # a callback reached the caller (not 未接通) and is not satisfied
    TOPIC = enum.auto()  # in the topic asked for (only when the topic's links are joined)


FLAG_BITS = max(flag.value for flag in Flag).bit_length()  # the width of the flags, in bits


def _flag_cases(with_topic):
    """The SQL of the flags as [(subject, [(value or condition, flag)])], one CASE each that
    gives one of its flags or 0 (peewee's Case(subject, whens, 0)); the topic's when asked."""
    result = WorkOrder.callback_result
    cases = [
        (None, [(WorkOrder.is_harassment == True, Flag.HARASSMENT)]),
        (WorkOrder.caller_area, [("城镇", Flag.URBAN), ("乡村", Flag.RURAL)]),
        (None, [(WorkOrder.channel == "电话", Flag.PHONE)]),
        (
            WorkOrder.status,
            [("ONLINE", Flag.ONLINE), ("RESOLVED", Flag.RESOLVED), ("REJECTED", Flag.REJECTED), ("NEW", Flag.NEW)],
        ),
        (None, [(WorkOrder.dispatched_at.is_null(False), Flag.DISPATCHED)]),
        # No callback (NULL) and 未接通 are neither satisfied nor completed.
        (None, [(result.in_(SATISFIED_RESULTS), Flag.SATISFIED), (result != "未接通", Flag.COMPLETED)]),
    ]
    if with_topic:
        cases.append((None, [(OrderTopic.order.is_null(False), Flag.TOPIC)]))
    return cases


def _flags(with_topic):
    """The SQL expression of an order's flags: the sum of its CASEs (the topic link joined when asked).

    The flags go to the database as plain integers, as parameters of the same SQL for every call."""
    cases = _flag_cases(with_topic)
    terms = [Case(subject, [(when, int(flag)) for when, flag in whens], 0) for subject, whens in cases]
    return functools.reduce(operator.add, terms)


class Needs(NamedTuple):
    """Which orders a counter counts, by their flags: those with all the flags `has`, none of
    `lacks`, and at least one of `one_of` when it is given."""

    has: int = 0
    lacks: int = 0
    one_of: int = 0


# Harassment and rejected orders need no callback.
_NO_CALLBACK = Flag.HARASSMENT | Flag.REJECTED
# The counters the figures are made of (_headline, _table), each with the orders it counts:
# a new figure that the flags already tell is one row here.
COUNTERS = {
    "received": Needs(),
    "harassment": Needs(has=Flag.HARASSMENT),
    "urban": Needs(has=Flag.URBAN, lacks=Flag.HARASSMENT),
    "rural": Needs(has=Flag.RURAL, lacks=Flag.HARASSMENT),
    "phone": Needs(has=Flag.PHONE),
    "online": Needs(has=Flag.ONLINE),
    "dispatched": Needs(has=Flag.DISPATCHED),
    "resolved": Needs(has=Flag.DISPATCHED | Flag.RESOLVED),
    "rejected": Needs(has=Flag.REJECTED),
    "pending": Needs(has=Flag.NEW),
    "need_callback": Needs(lacks=_NO_CALLBACK),
    "callbacks_done": Needs(lacks=_NO_CALLBACK, one_of=Flag.SATISFIED | Flag.COMPLETED),
    "satisfied": Needs(has=Flag.SATISFIED, lacks=_NO_CALLBACK),
}
# The same as plain integers: a bit test against a Flag member builds a new Flag (≈ 50× slower).
_COUNTER_BITS = {name: tuple(map(int, needs)) for name, needs in COUNTERS.items()}


@functools.cache
def _decoded(flags):
    """The counters an order with these flags (TOPIC aside) adds 1 to (COUNTERS' rows they meet)."""
    return tuple(
        name
        for name, (has, lacks, one_of) in _COUNTER_BITS.items()
        if flags & has == has and not flags & lacks and (not one_of or flags & one_of)
    )


def _counts(flag_counts):
    """{flags: number of orders} -> Counter of the counters."""
    counts = Counter()
    no_topic = ~int(Flag.TOPIC)
    for flags, n in flag_counts.items():
        for key in _decoded(flags & no_topic):
            counts[key] += n
    return counts


def _in(period, column):
    return (column >= period.start) & (column < period.end)


def _span(period):
    """(lowest id, highest id, count) of the period's orders; ids None when it has none.

    Read from the received_at index alone ("+ 0" keeps PostgreSQL from answering MIN/MAX
    by walking the whole primary key)."""
    bounds = (fn.MIN(WorkOrder.id + 0), fn.MAX(WorkOrder.id + 0), fn.COUNT(SQL("*")))
    return WorkOrder.select(*bounds).where(_in(period, WorkOrder.received_at)).tuples()[0]


def _orders_of(period, span):
    """WHERE of the period's orders, plus their id range (true anyway).

    Orders are mostly stored in the order they came in, so the period's ids are one
    narrow range: reading that range of the table is cheaper than looking up every row
    from the received_at index (SQLite), and the topic links are limited to it. When the
    ids are scattered (history imported out of order), SQLite keeps to the received_at index."""
    low, high, count = span
    received = WorkOrder.received_at
    if isinstance(db.obj, SqliteDatabase) and high - low < 2 * count:
        received = NodeList((SQL("+"), received), glue="")  # unary +: no index on received_at
    return WorkOrder.id.between(low, high) & _in(period, received)


def period_orders_where(period, span=None):
    """The WHERE of the period's orders, read as the brief reads them (see _orders_of).
    `span`: the period's _span when the caller has read it already."""
    span = _span(period) if span is None else span
    if not span[2]:
        return _in(period, WorkOrder.received_at)
    return _orders_of(period, span)


def _scan(period, span, keys, topic_id=None):
    """One pass over the period's orders: rows of (*keys(flags), number of orders).

    The topic link is LEFT JOINed when asked, limited to the id range."""
    if not span[2]:
        return []
    low, high, _ = span
    columns = keys(_flags(topic_id is not None))
    query = WorkOrder.select(*columns, fn.COUNT(SQL("*")))
    if topic_id is not None:
        on = (OrderTopic.order == WorkOrder.id) & (OrderTopic.topic == topic_id) & OrderTopic.order.between(low, high)
        query = query.join(OrderTopic, JOIN.LEFT_OUTER, on=on)
    # GROUP BY positions: the flags repeated as an expression would be computed twice on
    # SQLite, whose parameters ("?") make two copies of it look different.
    positions = [SQL(str(i)) for i in range(1, len(columns) + 1)]
    # Plain integers: the raw cursor spares peewee's per-value conversion of 1,000+ rows.
    return db.execute(query.where(_orders_of(period, span)).group_by(*positions)).fetchall()


def _counted(period):
    """The counters over all orders of the period, as a Counter (for 同比 / 环比)."""
    return _counts(dict(_scan(period, _span(period), lambda flags: [flags])))


def _has_links(topic_id, span):
    """Whether any order in the id range has the topic.

    The first link at or above the lowest id: one step into the (topic, order) index
    (PostgreSQL answered EXISTS by a sequential scan of order_topic)."""
    low, high, count = span
    if not count:
        return False
    links = OrderTopic.select(fn.MIN(OrderTopic.order)).where(
        (OrderTopic.topic == topic_id) & (OrderTopic.order >= low)
    )
    first = links.scalar()
    return first is not None and first <= high


ID_BITS = 16
# The packed key must fit a signed BIGINT: category | sub-category | unit | flags.
_PACKS = FLAG_BITS + 3 * ID_BITS <= 63


def _breakdown_key():
    """(keys(flags), unpack(row) -> (category, sub-category, unit, flags, n)) for _scan.

    One integer key, category | sub-category | unit | flags, when the ids fit in ID_BITS bits
    (ids start at 1, so 0 stands for none): SQLite's GROUP BY sorts every row, and one
    integer sorts much faster than four columns (≈ 45 against 61 ms CPU a quarter).
    Otherwise (or were the flags too wide for a BIGINT key) the four columns."""
    top = max(
        Category.select(fn.MAX(Category.id)).scalar() or 0, Department.select(fn.MAX(Department.id)).scalar() or 0
    )
    if top >= 1 << ID_BITS or not _PACKS:
        return lambda flags: [WorkOrder.category, WorkOrder.subcategory, WorkOrder.department, flags], tuple
    parts = (WorkOrder.category, fn.COALESCE(WorkOrder.subcategory, 0), fn.COALESCE(WorkOrder.department, 0))
    shifts = (FLAG_BITS + 2 * ID_BITS, FLAG_BITS + ID_BITS, FLAG_BITS)
    mask = (1 << ID_BITS) - 1

    def keys(flags):
        shifted = [part.cast("BIGINT") * (1 << s) for part, s in zip(parts, shifts, strict=True)]
        return [functools.reduce(operator.add, shifted, flags)]

    def unpack(row):
        key, n = row
        category, subcategory, department = ((key >> s) & mask for s in shifts)
        return category, subcategory or None, department or None, key & ((1 << FLAG_BITS) - 1), n

    return keys, unpack


def _grouped(period, topic_id):
    """The period's counters, its topic's, and its category and unit rankings, in one scan.

    Grouped by (category, sub-category, unit, flags): a thousand-odd rows of counts that
    Python adds up (non-harassment orders per category, dispatched orders per unit)."""
    all_flags, topic_flags = Counter(), Counter()
    top_counts, sub_counts, unit_counts = Counter(), Counter(), Counter()
    span = _span(period)
    if topic_id is not None and not _has_links(topic_id, span):
        topic_id = None  # no order of the period has the topic: spare the join (its table is all 0)
    keys, unpack = _breakdown_key()
    topic, harassment, dispatched = int(Flag.TOPIC), int(Flag.HARASSMENT), int(Flag.DISPATCHED)  # plain ints: fast
    for category, subcategory, department, flags, n in map(unpack, _scan(period, span, keys, topic_id)):
        all_flags[flags] += n
        if flags & topic:
            topic_flags[flags] += n
        if not flags & harassment:
            top_counts[category] += n
            if subcategory is not None:
                sub_counts[(category, subcategory)] += n
        if department is not None and flags & dispatched:
            unit_counts[department] += n
    return _counts(all_flags), _counts(topic_flags), (top_counts, sub_counts, unit_counts)


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


# A count's change is a relative one (增长12.5%) only from this many orders in the earlier
# period; below it the difference itself is printed (增加3个): docs/RULES.md § Numbers as text.
MIN_BASE = 100
FIRST_DAY_KEY = "records_first_day"


def stored_first_day() -> dt.date | None:
    """The records' first day a supervisor set (Setting records_first_day), or None."""
    value = Setting.select(Setting.value).where(Setting.key == FIRST_DAY_KEY).scalar()
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def records_first_day() -> dt.date | None:
    """The first day the records fully cover: the supervisors' setting, else the day of the
    first stored order (None when there is none). docs/RULES.md § Numbers as text."""
    day = stored_first_day()
    if day is not None:
        return day
    first = WorkOrder.select(fn.MIN(WorkOrder.received_at)).scalar()
    if isinstance(first, str):  # SQLite may hand back text
        first = dt.datetime.fromisoformat(first)
    return first.date() if first else None


def covered(period: Period, first_day: dt.date | None = None) -> bool:
    """Whether the records fully cover `period`: it starts on or after the records' first day."""
    first_day = first_day if first_day is not None else records_first_day()
    return first_day is not None and period.start.date() >= first_day


def _rate_value(text):
    return Fraction(text.rstrip("%"))


def change(key: str, current: int | str, previous: int | str) -> str:
    """ "增长12.5%" / "下降3%" for counts (from MIN_BASE earlier orders; below it "增加3个" /
    "减少3个"), "上升2.1个百分点" for rates, "持平" when equal."""
    if key in RATES:
        if NO_VALUE in (current, previous):
            return NO_VALUE
        diff, words, unit = _rate_value(current) - _rate_value(previous), ("上升", "下降"), "个百分点"
    elif previous < MIN_BASE:
        # Too few earlier orders for a ratio to mean something: the difference in orders.
        diff = current - previous
        return "持平" if diff == 0 else f"{'增加' if diff > 0 else '减少'}{abs(diff)}个"
    else:
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


def _comparisons(period, headline):
    """同比 and 环比; for a year both are the year before, counted once. An earlier period the
    records do not fully cover (it starts before the records' first day) is not compared."""
    earlier = {}
    first_day = records_first_day()
    for key, other in (("yoy", period.year_before()), ("mom", period.previous())):
        if not covered(other, first_day):
            earlier[key] = None
            continue
        if other.code not in earlier:
            earlier[other.code] = _period_figures(other)
        earlier[key] = _comparison(headline, earlier[other.code])
    return {"yoy": earlier["yoy"], "mom": earlier["mom"]}


def figures_for(period: Period | str, topic: str | None = "疫情", compare: bool = True) -> dict[str, Any]:
    """Every figure of docs/RULES.md ("Figures of the brief") for a Period (or its text).

    compare=False skips 同比 / 环比 (both None), for screens that show one period only:
    the comparisons count two more periods."""
    period = parse_period(period)
    topic_id = None
    if topic is not None:
        topic_id = Topic.select(Topic.id).where(Topic.name == topic).scalar()
    totals, topic_counts, (top_counts, sub_counts, unit_counts) = _grouped(period, topic_id)
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
        "channels": channel_counts(period),
        "categories": _categories(top_counts, sub_counts),
        "units": _units(unit_counts),
        "topic": {"name": topic, **_table(topic_counts)} if topic is not None else None,
        "campaigns": _campaigns(period),
        "comparisons": _comparisons(period, headline) if compare else {"yoy": None, "mom": None},
    }


# 受理 split by channel (docs/RULES.md, "Figures of the brief"): these four always, 其他 when it has orders.
SPLIT_CHANNELS = ("电话", "来信", "网络", "微信")


def channel_counts(period: Period | str) -> dict[str, int]:
    """{channel: orders of the period received through it}: SPLIT_CHANNELS, then 其他 if any."""
    period = parse_period(period)
    query = WorkOrder.select(WorkOrder.channel, fn.COUNT(SQL("*"))).where(_in(period, WorkOrder.received_at))
    rows = dict(query.group_by(WorkOrder.channel).tuples())
    counts = {channel: rows.pop(channel, 0) for channel in SPLIT_CHANNELS}
    if sum(rows.values()):
        counts["其他"] = sum(rows.values())
    return counts


# --- the home dashboard's other numbers ---------------------------------------------------


def daily_volume(period: Period | str) -> list[tuple[dt.date, int]]:
    """(day, orders received that day) for every day of the period, zeros included."""
    period = parse_period(period)
    day = fn.DATE(WorkOrder.received_at)
    query = WorkOrder.select(day, fn.COUNT(WorkOrder.id)).where(_in(period, WorkOrder.received_at))
    rows = query.group_by(day).tuples()
    counts = {str(d)[:10]: n for d, n in rows}  # SQLite gives the day as text, PostgreSQL as a date
    days = (period.start.date() + dt.timedelta(days=i) for i in range(period.days))
    return [(d, counts.get(d.isoformat(), 0)) for d in days]


def overdue_by(period: Period | str, column: ForeignKeyField) -> dict[str, int]:
    """{name: orders} of the period's orders now 超期 against their unit (clocks.unit_overdue:
    the unit holds it and its deadline is past; a replied order is the office's, never the
    unit's), per category or unit: `column` is WorkOrder.category or WorkOrder.department,
    whose rows give the names. Orders without one are left out."""
    from clocks import unit_overdue  # clocks imports workflow, which this module need not

    period = parse_period(period)
    late = _in(period, WorkOrder.received_at) & unit_overdue(local_now())
    rows = dict(WorkOrder.select(column, fn.COUNT(WorkOrder.id)).where(late).group_by(column).tuples())
    rows.pop(None, None)
    names = _names(column.rel_model, rows)
    return {names.get(key, ""): n for key, n in rows.items()}


def default_quarter() -> tuple[Period, bool]:
    """(quarter, fallback): this quarter; when it has no orders yet (a new quarter, or imported
    history only), the quarter of the latest order (fallback True), so the home page opens on
    figures staff can use."""
    period = current_quarter()
    if WorkOrder.select().where(WorkOrder.received_at >= period.start).exists():
        return period, False
    latest = WorkOrder.select(fn.MAX(WorkOrder.received_at)).scalar()
    if latest is None:
        return period, False
    return parse_period(f"{latest.year}Q{(latest.month - 1) // 3 + 1}"), True
