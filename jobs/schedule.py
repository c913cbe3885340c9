"""The schedule, as data: what runs when (office time, Asia/Shanghai), on which queue.

`flask --app app cron` hands these entries to RQ's built-in cron (rq.cron.CronScheduler).
RQ evaluates cron expressions in UTC, so each local time of day is turned into the UTC
cron expression for the office's zone here (Asia/Shanghai has no daylight saving time).
"""

import datetime as dt
from zoneinfo import ZoneInfo

from rq.cron import CronScheduler
from rq.utils import import_attribute

SCHEDULE = [
    # 临期 / 超期 / 督办 reminders and their delivery (e-mail digest, notice, SMS).
    {"name": "夜间催办提醒", "func": "jobs.reminders.remind_job", "queue": "reminders", "at": "01:00"},
    # The learned text score of the harassment filter, retrained from the reviewers' decisions.
    {"name": "骚扰文本模型训练", "func": "jobs.harassment.retrain_job", "queue": "default", "at": "00:15"},
    # The harassment filter: the previous day's phone orders again and every phone order not
    # yet filtered (each new order is also filtered as it comes in, an import queues its own).
    {"name": "夜间骚扰过滤", "func": "jobs.harassment.filter_day_job", "queue": "default", "at": "00:30"},
]


def utc_cron(local_time, zone="Asia/Shanghai", on=None):
    """'01:00' office time → the daily cron expression in UTC ('0 17 * * *' for +08:00)."""
    hour, minute = (int(part) for part in local_time.split(":"))
    day = on or dt.date.today()
    local = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ZoneInfo(zone))
    utc = local.astimezone(dt.UTC)
    return f"{utc.minute} {utc.hour} * * *"


def build_scheduler(connection, zone="Asia/Shanghai", schedule=None):
    """An RQ CronScheduler with every entry of SCHEDULE registered."""
    scheduler = CronScheduler(connection=connection, name="")
    for entry in schedule or SCHEDULE:
        scheduler.register(
            import_attribute(entry["func"]),
            queue_name=entry["queue"],
            cron=utc_cron(entry["at"], zone),
            name=entry["name"],
            job_timeout=entry.get("timeout", 1800),
        )
    return scheduler
