"""How an order stands against its deadline (办理时限), in working days, for the screens.

One calendar is loaded per request (flask.g) so a list of 50 rows reads the holiday
overrides once; workdays memoises the official calendar's answers for the process (an
order two years overdue spans 700 days).
"""

from flask import g

from models import OPEN_STATUSES, local_now
from workdays import WorkCalendar
from workflow import soon_until


def calendar():
    if "work_calendar" not in g:
        g.work_calendar = WorkCalendar.load()
    return g.work_calendar


def soon_threshold(now=None):
    """Deadlines up to this moment are 临期 (workflow.soon_until, on the request's calendar)."""
    return soon_until(now or local_now(), calendar())


def due_state(order, now=None):
    """(css class, text) for the deadline column; None when the order has no running deadline."""
    if not order.due_at or order.status not in OPEN_STATUSES:
        return None
    now = now or local_now()
    if order.due_at < now:
        days = max(1, calendar().working_days_between(order.due_at, now))
        return "due-overdue", f"超期{days}个工作日"
    days = calendar().working_days_between(now, order.due_at)
    if order.due_at <= soon_threshold(now):
        return "due-soon", "今日到期" if days == 0 else f"剩余{days}个工作日（临期）"
    return "due-ok", f"剩余{days}个工作日"
