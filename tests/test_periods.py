import datetime as dt

import pytest

from periods import Period, current_quarter, parse_period


@pytest.mark.parametrize(
    "text, code, label, start, end, days",
    [
        ("2020Q1", "2020Q1", "2020年第一季度", dt.datetime(2020, 1, 1), dt.datetime(2020, 4, 1), 91),
        (" 2019q4 ", "2019Q4", "2019年第四季度", dt.datetime(2019, 10, 1), dt.datetime(2020, 1, 1), 92),
        ("2020-02", "2020-02", "2020年2月", dt.datetime(2020, 2, 1), dt.datetime(2020, 3, 1), 29),
        ("2019-2", "2019-02", "2019年2月", dt.datetime(2019, 2, 1), dt.datetime(2019, 3, 1), 28),
        ("2020-12", "2020-12", "2020年12月", dt.datetime(2020, 12, 1), dt.datetime(2021, 1, 1), 31),
        ("2020", "2020", "2020年", dt.datetime(2020, 1, 1), dt.datetime(2021, 1, 1), 366),
    ],
)
def test_parse_good_periods(text, code, label, start, end, days):
    period = parse_period(text)
    assert (period.code, period.label, period.start, period.end, period.days) == (code, label, start, end, days)


@pytest.mark.parametrize(
    "text", ["", "   ", "2020Q5", "2020Q0", "2020-13", "2020-00", "20", "二〇二〇", "2020-01-01", "Q1", None]
)
def test_parse_bad_periods_say_why_in_chinese(text):
    with pytest.raises(ValueError) as info:
        parse_period(text)
    assert "期间" in str(info.value)


def test_start_inclusive_end_exclusive():
    period = parse_period("2020Q1")
    assert period.contains(dt.datetime(2020, 1, 1, 0, 0, 0))
    assert period.contains(dt.datetime(2020, 3, 31, 23, 59, 59))
    assert not period.contains(dt.datetime(2019, 12, 31, 23, 59, 59))
    assert not period.contains(dt.datetime(2020, 4, 1, 0, 0, 0))


@pytest.mark.parametrize(
    "text, previous, year_before",
    [
        ("2020Q1", "2019Q4", "2019Q1"),
        ("2020Q3", "2020Q2", "2019Q3"),
        ("2020-01", "2019-12", "2019-01"),
        ("2020-07", "2020-06", "2019-07"),
        ("2020", "2019", "2019"),
    ],
)
def test_previous_and_year_before(text, previous, year_before):
    period = parse_period(text)
    assert period.previous().code == previous
    assert period.year_before().code == year_before
    assert period.previous().end == period.start or period.kind == "year"


def test_current_quarter():
    assert current_quarter(dt.date(2020, 3, 31)) == Period("quarter", 2020, 1)
    assert current_quarter(dt.date(2020, 4, 1)).code == "2020Q2"
    assert current_quarter(dt.date(2020, 12, 31)).label == "2020年第四季度"
