"""The reminder pass (办理时限 and its reminders), as plain functions.

- 临期提醒 to the unit: the deadline is not yet past and falls within one working day
  (today, or the next working day: workflow.soon_until).
- 超期催办 to the unit: the deadline is past.
- 督办 to the supervisors: the deadline is 3 or more working days past.
- 签收超时 to the unit: dispatched, still not signed, and the 签收时限 is past.
- 督办待答复 to the unit: a 督办 (supervision.py) not yet answered, its time limit 临期 or past.

Which orders are on whose clock is clocks.py's, shared with every screen.

Only orders waiting on a unit are reminded (workflow.UNIT_WAITING_STATUSES): DISPATCHED
(not yet signed) and ACCEPTED. A REPLIED order waits on the office (accept the reply or
send it back), and a RETURNED order waits on the office to dispatch it again, so neither
is the unit's delay.

At most one reminder of a kind per order per day: the unique index (order, kind, day) and
insert-or-ignore guarantee it, so two passes at once still make one. Each row carries the
id of the pass that inserted it, and only that pass creates its notices and deliveries.
"""

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass, field

from flask import current_app
from peewee import JOIN, Expression, Value, fn

import clocks
import notify
import workflow
from models import Delivery, Department, Notice, Reminder, Supervision, User, WorkOrder, db, local_now
from workdays import WorkCalendar

ESCALATE_AFTER_WORKING_DAYS = 3
# When a pass is asked for a past or future day, it runs as if at 01:00 that day.
NIGHTLY_AT = dt.time(1, 0)
_CHUNK = 500


@dataclass
class Windows:
    """The deadline ranges of one pass, so the query is plain comparisons on due_at."""

    now: dt.datetime
    soon_until: dt.datetime  # 临期: now <= due_at <= soon_until
    escalate_before: dt.datetime  # 督办: due_at < escalate_before


def windows_for(today: dt.date, now: dt.datetime, calendar: WorkCalendar) -> Windows:
    # The latest day D with ESCALATE_AFTER working days in (D, today]: due on D or before → 督办.
    day, counted = today, 0
    while counted < ESCALATE_AFTER_WORKING_DAYS:
        if calendar.is_workday(day):
            counted += 1
        day -= dt.timedelta(days=1)
    return Windows(
        now=now,
        soon_until=workflow.soon_until(today, calendar),
        escalate_before=dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min),
    )


def selections(today: dt.date, now: dt.datetime, calendar: WorkCalendar) -> dict[str, Expression]:
    """kind -> the condition on WorkOrder for the orders due that reminder today."""
    w = windows_for(today, now, calendar)
    return {
        "临期": clocks.unit_due_soon(w.now, w.soon_until),
        "超期": clocks.unit_overdue(w.now),
        "督办": clocks.unit_overdue(min(w.now, w.escalate_before)),
        "签收超时": clocks.sign_overdue(w.now),
        # 督办 opened by a supervisor (supervision.py), unanswered, due by the 临期 window.
        "督办待答复": WorkOrder.id.in_(
            Supervision.select(Supervision.order).where(
                Supervision.answered_at.is_null() & (Supervision.due_at <= w.soon_until)
            )
        ),
    }


@dataclass
class PassResult:
    run_id: str
    created: Counter = field(default_factory=Counter)
    sent: int = 0
    undelivered: int = 0  # e-mails/SMS that failed in this pass (recorded, retried later)
    unreachable: int = 0  # reminders whose unit has no e-mail address (in-app notice only)

    def summary(self) -> str:
        kinds = "，".join(
            f"{kind} {self.created[kind]} 条" for kind in ("临期", "超期", "督办", "签收超时", "督办待答复")
        )
        return (
            f"新建提醒：{kinds}；发送邮件/短信 {self.sent} 封，失败 {self.undelivered} 封"
            f"（已记录，将重试）；无电子邮箱无法送达 {self.unreachable} 条"
        )

    def raise_if_undelivered(self) -> None:
        if self.undelivered:
            raise notify.DeliveryError(f"{self.undelivered} 封提醒邮件/短信未能送达，已记录")


def run_pass(
    today: dt.date | None = None, now: dt.datetime | None = None, calendar: WorkCalendar | None = None
) -> PassResult:
    """Insert today's reminders, their notices and pending e-mail/SMS deliveries.

    Set-based: each step is one INSERT ... SELECT, so the pass costs what the open orders
    cost (read through the (status, due_at) index), whatever the size of the archive.
    """
    if now is None:
        now = local_now() if today is None else dt.datetime.combine(today, NIGHTLY_AT)
    today = today or now.date()
    calendar = calendar or WorkCalendar.load()
    result = PassResult(run_id=uuid.uuid4().hex)
    created_at = local_now()
    fields = [Reminder.order, Reminder.kind, Reminder.day, Reminder.department, Reminder.run_id, Reminder.created_at]
    with db.atomic():
        # The inserts come first in the transaction: on SQLite they take the write lock
        # before any read, so a concurrent pass waits instead of failing.
        for kind, condition in selections(today, now, calendar).items():
            due = WorkOrder.select(
                WorkOrder.id, Value(kind), Value(today), WorkOrder.department, Value(result.run_id), Value(created_at)
            ).where(condition)
            Reminder.insert_from(due, fields).on_conflict_ignore().execute()
        mine = Reminder.run_id == result.run_id
        result.created.update(
            dict(Reminder.select(Reminder.kind, fn.COUNT(Reminder.id)).where(mine).group_by(Reminder.kind).tuples())
        )
        _notices(mine, today, calendar)
        result.unreachable = _deliveries(mine, created_at)
    return result


def _notices(mine, today, calendar):
    """One in-app notice per new reminder: to the unit, or to the supervisors for 督办."""
    rows = (
        Reminder.select(
            Reminder.kind, Reminder.order, Reminder.department, WorkOrder.case_no, WorkOrder.due_at, Department.name
        )
        .join(WorkOrder)
        .switch(Reminder)
        .join(Department, JOIN.LEFT_OUTER)
        .where(mine)
        .tuples()
    )
    late_days = {}  # due date -> working days late (many orders share a deadline)
    notices = []
    for kind, order_id, department_id, case_no, due_at, unit_name in rows:
        late = None
        if kind == "督办":
            if due_at.date() not in late_days:
                late_days[due_at.date()] = calendar.working_days_between(due_at, today)
            late = late_days[due_at.date()]
        text = notice_text(kind, case_no, due_at, unit_name or "（未指定单位）", late)
        if kind == "督办":
            notices.append((None, "supervisor", order_id, text))
        else:
            notices.append((department_id, "department", order_id, text))
    fields = [Notice.department, Notice.for_role, Notice.order, Notice.text]
    for start in range(0, len(notices), _CHUNK):
        Notice.insert_many(notices[start : start + _CHUNK], fields=fields).execute()


_DELIVERY_FIELDS = [
    Delivery.reminder,
    Delivery.channel,
    Delivery.recipient,
    Delivery.delivered,
    Delivery.attempts,
    Delivery.sent_at,
    Delivery.error,
    Delivery.claim,
]


def _deliveries(mine, now):
    """The Delivery rows of the new reminders; returns how many have no e-mail address."""
    to_unit = mine & (Reminder.kind != "督办")
    to_supervisors = mine & (Reminder.kind == "督办")
    no_email = Department.email.is_null() | (Department.email == "")

    def insert(channel, recipient, where, delivered=False, error=""):
        query = (
            Reminder.select(
                Reminder.id,
                Value(channel),
                recipient,
                Value(delivered),
                Value(1 if delivered else 0),
                Value(now if delivered else None),
                Value(error),
                Value(""),
            )
            .join(Department, JOIN.LEFT_OUTER)
            .where(where)
        )
        Delivery.insert_from(query, _DELIVERY_FIELDS).execute()

    # The notices were written above: delivered.
    insert("notice", fn.COALESCE(Department.name, ""), to_unit, delivered=True)
    insert("notice", Value("管理员"), to_supervisors, delivered=True)
    insert("email", Department.email, to_unit & ~no_email)
    insert("email", Value(""), to_unit & no_email, error="单位未登记电子邮箱，无法送达")
    insert("sms", Department.phone, to_unit & (Department.phone != ""))
    supervisors = [u.email for u in User.select().where((User.role == "supervisor") & User.active & (User.email != ""))]
    for address in supervisors:
        insert("email", Value(address), to_supervisors)
    if not supervisors:
        insert("email", Value(""), to_supervisors, error="管理员未登记电子邮箱，无法送达")
    return (
        Delivery.select()
        .join(Reminder)
        .where(mine & (Delivery.channel == "email") & (Delivery.recipient == ""))
        .count()
    )


def notice_text(kind: str, case_no: str, due_at: dt.datetime, unit_name: str, late: int | None = None) -> str:
    """The in-app notice of one reminder (`late`: working days overdue, for 督办)."""
    due = f"{due_at:%Y-%m-%d %H:%M}"
    if kind == "临期":
        return f"【临期提醒】工单 {case_no} 将于 {due} 到期，请抓紧办理并按时回复。"
    if kind == "超期":
        return f"【超期催办】工单 {case_no} 已超过办理时限（{due}），请尽快办理并回复。"
    if kind == "督办待答复":
        return f"【督办提醒】工单 {case_no} 的督办尚未答复，请在督办时限前答复（见本单位工单 → 督办待答复）。"
    if kind == "签收超时":
        return f"【签收提醒】工单 {case_no} 已超过签收时限仍未签收，请立即签收（办理时限 {due}，不因未签收而顺延）。"
    return f"【督办】{unit_name}承办的工单 {case_no} 已超期 {late} 个工作日（办理时限 {due}），请督办。"


def remind(
    today: dt.date | None = None, now: dt.datetime | None = None, calendar: WorkCalendar | None = None
) -> PassResult:
    """The whole nightly work: the pass, then delivery of everything pending (with retries)."""
    result = run_pass(today=today, now=now, calendar=calendar)
    sent, failed = notify.deliver_pending(current_app.config)
    result.sent, result.undelivered = sent, failed
    # Immediate notices' e-mails that their job could not send (Redis or SMTP down) go now.
    import alerts

    mailed, mail_failed = alerts.send_pending(current_app.config)
    result.sent += mailed
    result.undelivered += mail_failed
    return result
