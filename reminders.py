"""The reminder pass (SPEC.md 「Deadlines and reminders」), as plain functions.

- 临期提醒 to the unit: the deadline is not yet past and falls within one working day
  (today, or the next working day).
- 超期催办 to the unit: the deadline is past.
- 督办 to the supervisors: the deadline is 3 or more working days past.

Only orders waiting on a unit are reminded: DISPATCHED (not yet signed) and ACCEPTED.
A REPLIED order waits on the office (accept the reply or send it back), and a RETURNED
order waits on the office to dispatch it again, so neither is the unit's delay.

At most one reminder of a kind per order per day: the unique index (order, kind, day) and
insert-or-ignore guarantee it, so two passes at once still make one. Each row carries the
id of the pass that inserted it, and only that pass creates its notices and deliveries.
"""
import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass, field

from flask import current_app

import notify
from models import Delivery, Department, Notice, Reminder, User, WorkOrder, db, local_now
from workdays import WorkCalendar

REMINDED_STATUSES = ("DISPATCHED", "ACCEPTED")
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


def windows_for(today, now, calendar):
    # The latest day D with ESCALATE_AFTER working days in (D, today]: due on D or before → 督办.
    day, counted = today, 0
    while counted < ESCALATE_AFTER_WORKING_DAYS:
        if calendar.is_workday(day):
            counted += 1
        day -= dt.timedelta(days=1)
    return Windows(
        now=now,
        soon_until=calendar.deadline(today, 1),
        escalate_before=dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min),
    )


def due_reminders(today, now, calendar):
    """(order id, department id, kind, case no, due_at) for every reminder due today."""
    w = windows_for(today, now, calendar)
    query = (
        WorkOrder.select(WorkOrder.id, WorkOrder.department, WorkOrder.case_no, WorkOrder.due_at)
        .where(WorkOrder.status.in_(REMINDED_STATUSES) & (WorkOrder.due_at <= w.soon_until))
        .tuples()
    )
    rows = []
    for order_id, department_id, case_no, due_at in query:
        if due_at >= w.now:
            rows.append((order_id, department_id, "临期", case_no, due_at))
            continue
        rows.append((order_id, department_id, "超期", case_no, due_at))
        if due_at < w.escalate_before:
            rows.append((order_id, department_id, "督办", case_no, due_at))
    return rows


@dataclass
class PassResult:
    run_id: str
    created: Counter = field(default_factory=Counter)
    sent: int = 0
    undelivered: int = 0  # e-mails/SMS that failed in this pass (recorded, retried later)
    unreachable: int = 0  # reminders whose unit has no e-mail address (in-app notice only)

    def summary(self):
        kinds = "，".join(f"{kind} {self.created[kind]} 条" for kind in ("临期", "超期", "督办"))
        return (
            f"新建提醒：{kinds}；发送邮件/短信 {self.sent} 封，失败 {self.undelivered} 封"
            f"（已记录，将重试）；无电子邮箱无法送达 {self.unreachable} 条"
        )

    def raise_if_undelivered(self):
        if self.undelivered:
            raise notify.DeliveryError(f"{self.undelivered} 封提醒邮件/短信未能送达，已记录")


def run_pass(today=None, now=None, calendar=None):
    """Insert today's reminders, their notices and pending e-mail/SMS deliveries."""
    if now is None:
        now = local_now() if today is None else dt.datetime.combine(today, NIGHTLY_AT)
    today = today or now.date()
    calendar = calendar or WorkCalendar.load()
    result = PassResult(run_id=uuid.uuid4().hex)
    due = due_reminders(today, now, calendar)
    with db.atomic():
        # The insert comes first in the transaction: on SQLite it takes the write lock
        # before any read, so a concurrent pass waits instead of failing.
        for start in range(0, len(due), _CHUNK):
            Reminder.insert_many(
                [
                    {"order": o, "department": d, "kind": k, "day": today, "run_id": result.run_id}
                    for o, d, k, _, _ in due[start : start + _CHUNK]
                ]
            ).on_conflict_ignore().execute()
        mine = list(
            Reminder.select(Reminder.id, Reminder.order, Reminder.department, Reminder.kind)
            .where(Reminder.run_id == result.run_id)
            .tuples()
        )
        result.created.update(kind for _, _, _, kind in mine)
        result.unreachable = _fan_out(mine, {o: (c, due_at) for o, _, _, c, due_at in due}, today, calendar)
    return result


def _fan_out(mine, orders, today, calendar):
    """Notices (delivered at once) and pending e-mail/SMS deliveries for new reminders."""
    departments = {d.id: d for d in Department.select()}
    supervisor_emails = [
        u.email for u in User.select().where((User.role == "supervisor") & User.active & (User.email != ""))
    ]
    now = local_now()
    notices, deliveries, unreachable = [], [], 0
    for reminder_id, order_id, department_id, kind in mine:
        case_no, due_at = orders[order_id]
        unit = departments.get(department_id)
        unit_name = unit.name if unit else "（未指定单位）"
        text = notice_text(kind, case_no, due_at, unit_name, today, calendar)
        to_supervisors = kind == "督办"
        notices.append(
            {
                "department": None if to_supervisors else department_id,
                "for_role": "supervisor" if to_supervisors else "department",
                "order": order_id,
                "text": text,
            }
        )
        base = {"reminder": reminder_id}
        deliveries.append(
            {**base, "channel": "notice", "recipient": "管理员" if to_supervisors else unit_name,
             "delivered": True, "attempts": 1, "sent_at": now}
        )
        emails = supervisor_emails if to_supervisors else [unit.email] if unit and unit.email else []
        for address in emails:
            deliveries.append({**base, "channel": "email", "recipient": address})
        if not emails:
            unreachable += 1
            who = "管理员" if to_supervisors else "单位"
            deliveries.append({**base, "channel": "email", "recipient": "", "error": f"{who}未登记电子邮箱，无法送达"})
        if not to_supervisors and unit and unit.phone:
            deliveries.append({**base, "channel": "sms", "recipient": unit.phone})
    for rows, model in ((notices, Notice), (deliveries, Delivery)):
        for start in range(0, len(rows), _CHUNK):
            model.insert_many(_uniform(rows[start : start + _CHUNK])).execute()
    return unreachable


def _uniform(rows):
    # insert_many wants the same keys on every row.
    keys = set().union(*rows) if rows else set()
    return [{key: row.get(key, _DEFAULTS.get(key)) for key in keys} for row in rows]


_DEFAULTS = {"delivered": False, "attempts": 0, "sent_at": None, "error": "", "recipient": ""}


def notice_text(kind, case_no, due_at, unit_name, today, calendar):
    due = f"{due_at:%Y-%m-%d %H:%M}"
    if kind == "临期":
        return f"【临期提醒】工单 {case_no} 将于 {due} 到期，请抓紧办理并按时回复。"
    if kind == "超期":
        return f"【超期催办】工单 {case_no} 已超过办理时限（{due}），请尽快办理并回复。"
    late = calendar.working_days_between(due_at, today)
    return f"【督办】{unit_name}承办的工单 {case_no} 已超期 {late} 个工作日（办理时限 {due}），请督办。"


def remind(today=None, now=None, calendar=None):
    """The whole nightly work: the pass, then delivery of everything pending (with retries)."""
    result = run_pass(today=today, now=now, calendar=calendar)
    sent, failed = notify.deliver_pending(current_app.config)
    result.sent, result.undelivered = sent, failed
    return result
