"""Whose clock an order is on (docs/RULES.md § Deadlines § Whose clock): the one definition
of 临期, 超期, 签收超时 and the office's own queues, used by the home page, the order list's
badge and filters, the unit portal's tabs and the reminder pass alike.

- The unit's clock (办理时限, `due_at`) runs only while the unit holds the order:
  DISPATCHED or ACCEPTED (workflow.UNIT_WAITING_STATUSES). It starts at 转办, signed or not.
- The 签收 clock (`sign_due_at`, HOTLINE_SIGN_DAYS working days after 转办 or 退回重办) runs
  while the order is DISPATCHED: not signing is late in its own right and stops nothing.
- A REPLIED order has left the unit's clock: it waits on the office (待审核办结), aged in
  working days since the reply. A RETURNED one waits on the office to dispatch it again.

Each rule exists twice, as a peewee condition (for counts and lists) and as a Python test
on one order (for a badge); tests/test_clocks.py checks that they agree.
"""

import datetime as dt
from dataclasses import dataclass

from peewee import Expression, fn

from models import Department, Rework, WorkOrder
from workdays import WorkCalendar
from workflow import UNIT_WAITING_STATUSES, soon_until

DEFAULT_SIGN_DAYS = 1
OFFICE_REVIEW_STATUS = "REPLIED"  # 已回复待办结: the office accepts the reply or sends it back
OFFICE_REDISPATCH_STATUS = "RETURNED"  # 已退回待改派


def sign_days() -> int:
    """Working days a unit has to sign (HOTLINE_SIGN_DAYS, default 1)."""
    from flask import current_app, has_app_context

    if has_app_context():
        return int(current_app.config.get("SIGN_DAYS", DEFAULT_SIGN_DAYS))
    return DEFAULT_SIGN_DAYS


def sign_deadline(at: dt.datetime, calendar: WorkCalendar) -> dt.datetime:
    """签收时限 of an order handed to a unit at `at`: the end of the sign_days()-th working day."""
    return calendar.deadline(at, sign_days())


# --- conditions on WorkOrder (counts, lists, reminders) -----------------------------------


def held_by_unit() -> Expression:
    return WorkOrder.status.in_(UNIT_WAITING_STATUSES)


def unit_overdue(now: dt.datetime) -> Expression:
    """超期: the unit holds the order and its 办理时限 is past."""
    return held_by_unit() & (WorkOrder.due_at < now)


def unit_due_soon(now: dt.datetime, until: dt.datetime) -> Expression:
    """临期: the unit holds it, not yet past, due by `until` (workflow.soon_until)."""
    return held_by_unit() & (WorkOrder.due_at >= now) & (WorkOrder.due_at <= until)


def sign_overdue(now: dt.datetime) -> Expression:
    """签收超时: dispatched, not signed, and the 签收时限 is past."""
    return (WorkOrder.status == "DISPATCHED") & (WorkOrder.sign_due_at < now)


def awaiting_review() -> Expression:
    """已回复待办结: the office's own queue."""
    return WorkOrder.status == OFFICE_REVIEW_STATUS


def awaiting_redispatch() -> Expression:
    return WorkOrder.status == OFFICE_REDISPATCH_STATUS


def extension_pending() -> Expression:
    """延期待审批: a request the office can decide now (the unit holds the order)."""
    return held_by_unit() & (WorkOrder.extension_state == "申请中")


def unsatisfied_pending() -> Expression:
    """不满意回访待处理: a 不满意 callback the office has neither sent back nor closed."""
    return (
        (WorkOrder.callback_result == "不满意")
        & WorkOrder.callback_followup.is_null()
        & (WorkOrder.is_harassment == False)
    )


# --- one order (badges) --------------------------------------------------------------------


@dataclass(frozen=True)
class Clock:
    """How one order stands: `kind` is one of 超期, 临期, 正常 (the unit's clock), 待办结,
    待改派 (the office's); `css` and `text` are the badge."""

    kind: str
    css: str
    text: str
    sign_late: bool = False

    @property
    def against_unit(self) -> bool:
        return self.kind in ("超期", "临期", "正常")


def is_unit_overdue(order: WorkOrder, now: dt.datetime) -> bool:
    return order.status in UNIT_WAITING_STATUSES and order.due_at is not None and order.due_at < now


def is_sign_overdue(order: WorkOrder, now: dt.datetime) -> bool:
    return order.status == "DISPATCHED" and order.sign_due_at is not None and order.sign_due_at < now


def clock(order: WorkOrder, now: dt.datetime, calendar: WorkCalendar) -> Clock | None:
    """The order's badge, or None when no clock runs (NEW, closed orders, no deadline)."""
    if order.status == OFFICE_REVIEW_STATUS:
        if order.replied_at is None:
            return Clock("待办结", "due-office", "已回复待办结")
        days = max(0, calendar.working_days_between(order.replied_at, now))
        return Clock("待办结", "due-office", f"已回复待办结（{days}个工作日）" if days else "已回复待办结（今日）")
    if order.status == OFFICE_REDISPATCH_STATUS:
        return Clock("待改派", "due-office", "已退回待改派")
    if order.status not in UNIT_WAITING_STATUSES or order.due_at is None:
        return None
    sign_late = is_sign_overdue(order, now)
    suffix = "，签收超时" if sign_late else ""
    if is_unit_overdue(order, now):
        days = max(1, calendar.working_days_between(order.due_at, now))
        return Clock("超期", "due-overdue", f"超期{days}个工作日{suffix}", sign_late)
    days = calendar.working_days_between(now, order.due_at)
    if order.due_at <= soon_until(now, calendar):
        text = "今日到期" if days == 0 else f"剩余{days}个工作日（临期）"
        return Clock("临期", "due-soon", text + suffix, sign_late)
    return Clock("正常", "due-overdue" if sign_late else "due-ok", f"剩余{days}个工作日{suffix}", sign_late)


# --- 发回重办 per unit -------------------------------------------------------------------------


def rework_counts(start: dt.datetime | None = None, end: dt.datetime | None = None) -> dict[str, int]:
    """{unit name: times its reply was sent back (退回重办)} in [start, end), from Rework rows."""
    query = Rework.select(Department.name, fn.COUNT(Rework.id)).join(Department).group_by(Department.name)
    if start is not None:
        query = query.where(Rework.at >= start)
    if end is not None:
        query = query.where(Rework.at < end)
    return dict(query.tuples())


# --- the office's work queues (home page) ----------------------------------------------------

# key -> label, in the order the home page shows them.
OFFICE_QUEUES = {
    "new": "待处理",
    "review": "已回复待办结",
    "redispatch": "已退回待改派",
    "extension": "延期待审批",
    "harassment": "骚扰待审核",
    "unsatisfied": "不满意回访待处理",
}


def office_queue_condition(key: str) -> Expression | None:
    """The WorkOrder condition of an office queue (None for 骚扰待审核, which counts flags)."""
    return {
        "new": WorkOrder.status == "NEW",
        "review": awaiting_review(),
        "redispatch": awaiting_redispatch(),
        "extension": extension_pending(),
        "unsatisfied": unsatisfied_pending(),
    }.get(key)


def office_queue_counts() -> dict[str, int]:
    """{queue key: how many wait} for the office's queues (OFFICE_QUEUES)."""
    from models import HarassmentFlag

    counts = {}
    for key in OFFICE_QUEUES:
        condition = office_queue_condition(key)
        if condition is None:
            counts[key] = HarassmentFlag.select().where(HarassmentFlag.status == "待审核").count()
        else:
            counts[key] = WorkOrder.select().where(condition).count()
    return counts


def review_age_days(now: dt.datetime, calendar: WorkCalendar) -> int | None:
    """Working days the oldest 已回复 order has waited for the office's 办结 (None: none waits)."""
    oldest = WorkOrder.select(fn.MIN(WorkOrder.replied_at)).where(awaiting_review()).scalar()
    if isinstance(oldest, str):  # SQLite may hand back text
        oldest = dt.datetime.fromisoformat(oldest)
    return None if oldest is None else max(0, calendar.working_days_between(oldest, now))
