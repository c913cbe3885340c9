"""Working days by China's official calendar (holidays and 调休 weekends).

The `chinesecalendar` package gives the State Council's calendar; supervisors' entries in
HolidayOverride beat it. For a year the package does not cover, weekdays count as working
days (plus overrides) and a warning is logged once per year, so nothing crashes.
"""

import datetime as dt
import logging
from functools import lru_cache

import chinese_calendar

from models import HolidayOverride

log = logging.getLogger(__name__)
_warned_years = set()

END_OF_DAY = dt.time(23, 59, 59)


@lru_cache(maxsize=16384)
def _official_workday(day):
    """The State Council's calendar for a day; None for a year the package does not cover.

    Memoised for the process: the package takes ~40 µs a day, and a list of long-overdue
    orders or a reminder pass asks about the same days again and again."""
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return None


class WorkCalendar:
    """A calendar with the overrides loaded once; cheap to query many times."""

    def __init__(self, overrides: dict[dt.date, bool] | None = None) -> None:
        self.overrides = dict(overrides or {})

    @classmethod
    def load(cls) -> "WorkCalendar":
        return cls({o.date: o.is_workday for o in HolidayOverride.select()})

    def is_workday(self, day: dt.date | dt.datetime) -> bool:
        if isinstance(day, dt.datetime):
            day = day.date()
        if day in self.overrides:
            return self.overrides[day]
        official = _official_workday(day)
        if official is not None:
            return official
        if day.year not in _warned_years:
            _warned_years.add(day.year)
            log.warning("节假日日历未覆盖 %s 年：按周一至周五计算工作日，请管理员录入该年节假日", day.year)
        return day.weekday() < 5

    def add_working_days(self, start: dt.date | dt.datetime, n: int) -> dt.date:
        """The date of the n-th working day after `start` (a date or datetime); n >= 0."""
        day = start.date() if isinstance(start, dt.datetime) else start
        counted = 0
        while counted < n:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                counted += 1
        return day

    def deadline(self, start: dt.date | dt.datetime, n: int) -> dt.datetime:
        """Deadline of a task given at `start` with n working days: end of the n-th working day."""
        return dt.datetime.combine(self.add_working_days(start, n), END_OF_DAY)

    def working_days_between(self, start: dt.date | dt.datetime, end: dt.date | dt.datetime) -> int:
        """Working days in (start, end] — negative when end is before start."""
        a = start.date() if isinstance(start, dt.datetime) else start
        b = end.date() if isinstance(end, dt.datetime) else end
        sign = 1
        if b < a:
            a, b, sign = b, a, -1
        count = 0
        day = a
        while day < b:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                count += 1
        return sign * count


def working_days_after(start: dt.date | dt.datetime, n: int) -> dt.date:
    """The date of the n-th working day after `start`, overrides included."""
    return WorkCalendar.load().add_working_days(start, n)


def is_workday(day: dt.date | dt.datetime) -> bool:
    return WorkCalendar.load().is_workday(day)
