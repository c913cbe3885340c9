"""The harassment-call filter (骚扰来电过滤): explainable rules over an order and the history
of its caller's number, as plain functions.

Rules (keys of models.HARASSMENT_RULES; weights and thresholds are settings in config.py):

- restricted: the number is on the register of restricted numbers (受限号码), not expired.
- burst: at least HARASSMENT_BURST_CALLS calls from the number within
  HARASSMENT_BURST_MINUTES, each with little content, this call among them.
- silent: a call of at most HARASSMENT_SILENT_SECONDS with empty content.
- abusive: the content contains a word of ABUSIVE_WORDS, not as reported speech (a word
  right after 骂, "邻居骂我神经病", is the caller reporting an insult, not insulting).
- repeated: the same content, of at least HARASSMENT_SHORT_CONTENT characters, from the
  number at least HARASSMENT_REPEAT_COUNT times within HARASSMENT_REPEAT_DAYS, this call
  among them (repeated short noises like "喂" are the burst rule's business).

The score is the sum of the weights of the rules that fired. A restricted number with a
score of at least HARASSMENT_AUTO_SCORE is marked as harassment at once (workflow,
actor 系统); any other score of at least HARASSMENT_REVIEW_SCORE goes to the review queue.
A dismissal exempts the number from the rules that fired for HARASSMENT_EXEMPT_DAYS.

Only phone orders an operator could still mark (NEW, ONLINE) are filtered, and each order
at most once (HarassmentFlag is unique per order), so running the filter again changes
nothing and never overrides a reviewer.
"""

import bisect
import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from peewee import JOIN

import workflow
from models import HarassmentFlag, RestrictedNumber, RuleExemption, User, WorkOrder, db, local_now

# A deliberately small list of common Mandarin insults and curses. Kept in code so that a
# change is reviewed like code; words that appear in genuine complaints ("他骂我混蛋") are
# why this rule alone only sends an order to review.
ABUSIVE_WORDS = (
    "他妈的",
    "你妈的",
    "妈的",
    "操你",
    "草泥马",
    "傻逼",
    "傻b",
    "煞笔",
    "沙比",
    "去死",
    "王八蛋",
    "混蛋",
    "狗日",
    "贱人",
    "畜生",
    "滚蛋",
    "脑残",
    "神经病",
)
_ABUSIVE = re.compile("|".join(re.escape(w) for w in ABUSIVE_WORDS), re.IGNORECASE)
_NOT_TEXT = re.compile(r"[\W_]+")
# How far before an abusive word a 骂 makes it reported speech ("骂顾客王八蛋").
_REPORTED_SPEECH_CHARS = 4
FILTERED_STATUSES = ("NEW", "ONLINE")
_IN_LIST_MAX = 500


def normalize(content: str | None) -> str:
    """Content without whitespace and punctuation: what 'little' and 'the same' compare."""
    return _NOT_TEXT.sub("", content or "").lower()


@dataclass
class Settings:
    weights: dict
    auto_score: int
    review_score: int
    burst_calls: int
    burst_window: dt.timedelta
    short_content: int
    silent_seconds: int
    repeat_count: int
    repeat_window: dt.timedelta
    exempt_days: int

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> "Settings":
        return cls(
            weights=dict(config["HARASSMENT_WEIGHTS"]),
            auto_score=config["HARASSMENT_AUTO_SCORE"],
            review_score=config["HARASSMENT_REVIEW_SCORE"],
            burst_calls=config["HARASSMENT_BURST_CALLS"],
            burst_window=dt.timedelta(minutes=config["HARASSMENT_BURST_MINUTES"]),
            short_content=config["HARASSMENT_SHORT_CONTENT"],
            silent_seconds=config["HARASSMENT_SILENT_SECONDS"],
            repeat_count=config["HARASSMENT_REPEAT_COUNT"],
            repeat_window=dt.timedelta(days=config["HARASSMENT_REPEAT_DAYS"]),
            exempt_days=config["HARASSMENT_EXEMPT_DAYS"],
        )

    @property
    def history_span(self) -> dt.timedelta:
        return max(self.burst_window, self.repeat_window)


def in_dense_window(times: Sequence[dt.datetime], i: int, count: int, width: dt.timedelta) -> bool:
    """True when some run of `count` consecutive times, including times[i], spans <= width."""
    for j in range(max(0, i - count + 1), i + 1):
        if j + count - 1 < len(times) and times[j + count - 1] - times[j] <= width:
            return True
    return False


class History:
    """One number's calls, sorted by time: all of them, the short ones, and per content."""

    __slots__ = ("short", "by_content")

    def __init__(self) -> None:
        self.short = []
        self.by_content = defaultdict(list)

    def add(self, at: dt.datetime, text: str, settings: Settings) -> None:
        if len(text) < settings.short_content:
            self.short.append(at)
        if len(text) >= settings.short_content:
            self.by_content[text].append(at)

    def sort(self) -> None:
        self.short.sort()
        for times in self.by_content.values():
            times.sort()


def is_abusive(content: str) -> bool:
    """An abusive word said by the caller (not one the caller reports being called)."""
    for match in _ABUSIVE.finditer(content):
        before = content[max(0, match.start() - _REPORTED_SPEECH_CHARS) : match.start()]
        if "骂" not in before:
            return True
    return False


def rules_fired(
    call: tuple[dt.datetime, str, str | None, int | None],
    history: History | None,
    restricted: bool,
    exempt: set[str] | frozenset[str],
    settings: Settings,
) -> list[str]:
    """The rule keys that fire for one call (an (at, text, content, call_seconds) tuple)."""
    at, text, content, seconds = call
    fired = []
    if restricted:
        fired.append("restricted")
    if history is not None and len(text) < settings.short_content:
        times = history.short
        i = bisect.bisect_left(times, at)
        if i < len(times) and in_dense_window(times, i, settings.burst_calls, settings.burst_window):
            fired.append("burst")
    if seconds is not None and seconds <= settings.silent_seconds and not text:
        fired.append("silent")
    if content and is_abusive(content):
        fired.append("abusive")
    if history is not None and len(text) >= settings.short_content:
        times = history.by_content.get(text, [])
        i = bisect.bisect_left(times, at)
        if i < len(times) and in_dense_window(times, i, settings.repeat_count, settings.repeat_window):
            fired.append("repeated")
    return [rule for rule in fired if rule not in exempt]


def score_of(rules: Iterable[str], settings: Settings) -> int:
    return sum(settings.weights.get(rule, 0) for rule in rules)


@dataclass
class FilterResult:
    checked: int = 0
    marked: list = field(default_factory=list)  # order ids marked as harassment at once
    flagged: list = field(default_factory=list)  # order ids sent to review

    def summary(self) -> str:
        return f"骚扰过滤：检查 {self.checked} 件电话工单，自动标记骚扰 {len(self.marked)} 件，待审核 {len(self.flagged)} 件"


def _phone_orders(condition):
    """(id, phone, received_at, content, call_seconds, may be filtered) of phone orders."""
    query = (
        WorkOrder.select(
            WorkOrder.id,
            WorkOrder.caller_phone,
            WorkOrder.received_at,
            WorkOrder.content,
            WorkOrder.call_seconds,
            WorkOrder.status,
            WorkOrder.is_harassment,
            HarassmentFlag.id,
        )
        .join(HarassmentFlag, join_type=JOIN.LEFT_OUTER, on=(HarassmentFlag.order == WorkOrder.id))
        .where((WorkOrder.channel == "电话") & condition)
        .tuples()
    )
    return [
        (oid, phone, at, content, seconds, status in FILTERED_STATUSES and not marked and flag is None)
        for oid, phone, at, content, seconds, status, marked, flag in query
    ]


def _histories(rows, phones, settings):
    histories = {}
    for _, phone, at, content, _, _ in rows:
        if phone in phones:
            history = histories.get(phone)
            if history is None:
                history = histories[phone] = History()
            history.add(at, normalize(content), settings)
    for history in histories.values():
        history.sort()
    return histories


def _candidates_and_histories(order_ids, start, end, settings):
    """The orders to filter, and the history of their numbers around them.

    A batch (a time range) reads once: the range widened by the rules' windows holds both.
    Single orders read themselves, then their numbers' calls around them.
    """
    span = settings.history_span
    if order_ids is None:
        rows = _phone_orders((WorkOrder.received_at >= start - span) & (WorkOrder.received_at < end + span))
        candidates = [r for r in rows if r[5] and start <= r[2] < end]
    else:
        candidates = [r for r in _phone_orders(WorkOrder.id.in_(list(order_ids))) if r[5]]
        rows = []
        phones = {r[1] for r in candidates if r[1]}
        if phones:
            lo, hi = min(r[2] for r in candidates) - span, max(r[2] for r in candidates) + span
            condition = (WorkOrder.received_at >= lo) & (WorkOrder.received_at <= hi)
            if len(phones) <= _IN_LIST_MAX:
                condition &= WorkOrder.caller_phone.in_(list(phones))
            rows = _phone_orders(condition)
    phones = {r[1] for r in candidates if r[1]}
    return candidates, _histories(rows, phones, settings)


def _restricted_and_exempt(now):
    restricted = {
        phone
        for (phone,) in RestrictedNumber.select(RestrictedNumber.phone)
        .where(RestrictedNumber.expires_at.is_null() | (RestrictedNumber.expires_at > now))
        .tuples()
    }
    exempt = defaultdict(set)
    for phone, rule in (
        RuleExemption.select(RuleExemption.phone, RuleExemption.rule).where(RuleExemption.until > now).tuples()
    ):
        exempt[phone].add(rule)
    return restricted, exempt


def filter_orders(
    order_ids: Iterable[int] | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    now: dt.datetime | None = None,
    settings: Settings | None = None,
) -> FilterResult:
    """Run the filter over the given orders, or those received in [start, end)."""
    settings = settings or Settings.from_config(current_app.config)
    now = now or local_now()
    result = FilterResult()
    candidates, histories = _candidates_and_histories(order_ids, start, end, settings)
    result.checked = len(candidates)
    if not candidates:
        return result
    restricted, exempt = _restricted_and_exempt(now)
    no_exemption = frozenset()
    flags, to_mark = [], []
    for order_id, phone, at, content, seconds, _ in candidates:
        rules = rules_fired(
            (at, normalize(content), content, seconds),
            histories.get(phone) if phone else None,
            phone in restricted,
            exempt.get(phone, no_exemption),
            settings,
        )
        if not rules:
            continue
        score = score_of(rules, settings)
        auto = "restricted" in rules and score >= settings.auto_score
        if not auto and score < settings.review_score:
            continue
        flags.append(
            {
                "order": order_id,
                "phone": phone,
                "rules_json": json.dumps(rules),
                "score": score,
                "status": "已确认" if auto else "待审核",
                "note": "系统自动标记" if auto else "",
                "created_at": now,
            }
        )
        (to_mark if auto else result.flagged).append(order_id)
    with db.atomic():
        for i in range(0, len(flags), 500):
            HarassmentFlag.insert_many(flags[i : i + 500]).on_conflict_ignore().execute()
        rules_by_order = {f["order"]: (json.loads(f["rules_json"]), f["score"]) for f in flags}
        for order in WorkOrder.select().where(WorkOrder.id.in_(to_mark)) if to_mark else []:
            rules, score = rules_by_order[order.id]
            workflow.mark_harassment(order, actor=None, note=explain(rules, score))
            result.marked.append(order.id)
    return result


def explain(rules: Iterable[str], score: int) -> str:
    from models import HARASSMENT_RULES

    return f"骚扰过滤自动标记：{'、'.join(HARASSMENT_RULES[r] for r in rules)}（得分 {score}）"


def filter_day(
    day: dt.date | None = None, now: dt.datetime | None = None, settings: Settings | None = None
) -> FilterResult:
    """The filter over one day's phone orders; by default yesterday (office time)."""
    day = day or (local_now().date() - dt.timedelta(days=1))
    start = dt.datetime.combine(day, dt.time.min)
    return filter_orders(start=start, end=start + dt.timedelta(days=1), now=now, settings=settings)


# --- the review queue ----------------------------------------------------------------------


def _pending(flag):
    if flag.status != "待审核":
        raise workflow.WorkflowError(f"工单 {flag.order.case_no} 的骚扰标记已审核（{flag.status}）")


def confirm(flag: HarassmentFlag, reviewer: User, note: str = "", now: dt.datetime | None = None) -> HarassmentFlag:
    """确认: the order is harassment (marked through the workflow, recorded as the reviewer)."""
    _pending(flag)
    now = now or local_now()
    with db.atomic():
        order = flag.order
        if not order.is_harassment:
            labels = "、".join(flag.rule_labels)
            workflow.mark_harassment(order, actor=reviewer, note=note or f"审核确认骚扰来电：{labels}", at=now)
        flag.status, flag.reviewer, flag.reviewed_at, flag.note = "已确认", reviewer, now, note
        flag.save()
    return flag


def dismiss(
    flag: HarassmentFlag,
    reviewer: User,
    note: str = "",
    now: dt.datetime | None = None,
    settings: Settings | None = None,
) -> HarassmentFlag:
    """驳回: not harassment; the number is exempt from the rules that fired for a while."""
    _pending(flag)
    settings = settings or Settings.from_config(current_app.config)
    now = now or local_now()
    until = now + dt.timedelta(days=settings.exempt_days)
    with db.atomic():
        flag.status, flag.reviewer, flag.reviewed_at, flag.note = "已驳回", reviewer, now, note
        flag.save()
        if flag.phone:
            for rule in flag.rules:
                RuleExemption.create(phone=flag.phone, rule=rule, until=until, flag=flag, created_by=reviewer)
    return flag
