import datetime as dt
import logging

import pytest

import workdays
from models import HolidayOverride
from workdays import WorkCalendar, working_days_after


def test_spring_festival_2020_general_order(app):
    # Dispatched Thu 2020-01-23; the official calendar closes 01-24 … 02-02 (extended for
    # COVID-19), so the 5th working day after is Fri 2020-02-07.
    assert working_days_after(dt.date(2020, 1, 23), 5) == dt.date(2020, 2, 7)


def test_adjusted_working_sunday_counts(app):
    # Sat 2020-01-18 + 1 working day: Sun 2020-01-19 was an adjusted working day (调休).
    assert working_days_after(dt.date(2020, 1, 18), 1) == dt.date(2020, 1, 19)
    assert WorkCalendar.load().is_workday(dt.date(2020, 1, 19))


def test_plain_weekend_skipped(app):
    # Fri 2020-03-06 + 1 → Mon 2020-03-09.
    assert working_days_after(dt.date(2020, 3, 6), 1) == dt.date(2020, 3, 9)


def test_zero_days_is_same_day(app):
    assert working_days_after(dt.date(2020, 3, 6), 0) == dt.date(2020, 3, 6)


def test_override_beats_package(app):
    # Supervisors declare Mon 2020-03-09 a day off and Sat 2020-03-07 a working day.
    HolidayOverride.create(date=dt.date(2020, 3, 9), is_workday=False, note="本地放假")
    HolidayOverride.create(date=dt.date(2020, 3, 7), is_workday=True, note="补班")
    assert working_days_after(dt.date(2020, 3, 6), 1) == dt.date(2020, 3, 7)
    assert working_days_after(dt.date(2020, 3, 6), 2) == dt.date(2020, 3, 10)


def test_year_beyond_package_falls_back_to_weekdays(app, caplog, monkeypatch):
    monkeypatch.setattr(workdays, "_warned_years", set())  # the warning is once per year
    with caplog.at_level(logging.WARNING):
        # Fri 2027-03-05 + 1 → Mon 2027-03-08, with a warning instead of a crash.
        assert working_days_after(dt.date(2027, 3, 5), 1) == dt.date(2027, 3, 8)
    assert any("2027" in r.getMessage() for r in caplog.records)


def test_override_in_uncovered_year(app):
    HolidayOverride.create(date=dt.date(2027, 2, 8), is_workday=False, note="2027年春节")
    assert working_days_after(dt.date(2027, 2, 5), 1) == dt.date(2027, 2, 9)


def test_deadline_is_end_of_nth_working_day(app):
    due = WorkCalendar.load().deadline(dt.datetime(2020, 1, 23, 15, 30), 5)
    assert due == dt.datetime(2020, 2, 7, 23, 59, 59)


@pytest.mark.parametrize(
    "start,end,expected",
    [
        (dt.date(2020, 1, 23), dt.date(2020, 2, 7), 5),
        (dt.date(2020, 2, 7), dt.date(2020, 1, 23), -5),
        (dt.date(2020, 3, 6), dt.date(2020, 3, 6), 0),
    ],
)
def test_working_days_between(app, start, end, expected):
    assert WorkCalendar.load().working_days_between(start, end) == expected
