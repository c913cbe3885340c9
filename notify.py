"""Delivery of reminders: the e-mail digest (SMTP), the in-app notice, and SMS.

Notices are rows the department account (or the supervisors) see in the app. E-mail and
SMS go out as one digest per recipient per day; every attempt is recorded on Delivery
(attempts, error, delivered), so a failure is retried and never lost.
"""
from peewee import SQL

from models import Notice


def notices_for(user):
    """The notices a user may see: their unit's, or the supervisors' (督办, 无法送达)."""
    if user.role == "department" and user.department_id:
        return Notice.select().where(
            (Notice.department == user.department_id) & (Notice.for_role == "department")
        )
    if user.role == "supervisor":
        return Notice.select().where(Notice.for_role == "supervisor")
    return Notice.select().where(SQL("1 = 0"))


def unread_notices(user):
    return notices_for(user).where(Notice.read_at.is_null())
