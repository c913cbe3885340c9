"""Reporting periods of the brief: a quarter (2020Q1), a month (2020-01) or a year (2020).

A Period is a half-open range of naive local datetimes [start, end), as the brief counts
orders: start inclusive, end exclusive.
"""

import datetime as dt
import re
from dataclasses import dataclass

QUARTER_NAMES = "一二三四"
_FORMS = (
    (re.compile(r"^(\d{4})\s*[Qq]\s*([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), "month"),
    (re.compile(r"^(\d{4})$"), "year"),
)
BAD_PERIOD = "无法识别的期间「{}」：请写作季度 2020Q1、月份 2020-01 或年份 2020"


@dataclass(frozen=True)
class Period:
    kind: str  # quarter / month / year
    year: int
    number: int  # quarter 1-4, month 1-12, or 1 for a year

    @property
    def code(self) -> str:
        if self.kind == "quarter":
            return f"{self.year}Q{self.number}"
        if self.kind == "month":
            return f"{self.year}-{self.number:02d}"
        return str(self.year)

    @property
    def label(self) -> str:
        if self.kind == "quarter":
            return f"{self.year}年第{QUARTER_NAMES[self.number - 1]}季度"
        if self.kind == "month":
            return f"{self.year}年{self.number}月"
        return f"{self.year}年"

    @property
    def first_month(self) -> int:
        return {"quarter": 3 * (self.number - 1) + 1, "month": self.number, "year": 1}[self.kind]

    @property
    def months(self) -> int:
        return {"quarter": 3, "month": 1, "year": 12}[self.kind]

    @property
    def start(self) -> dt.datetime:
        return dt.datetime(self.year, self.first_month, 1)

    @property
    def end(self) -> dt.datetime:
        index = self.year * 12 + self.first_month - 1 + self.months
        return dt.datetime(index // 12, index % 12 + 1, 1)

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def contains(self, moment: dt.datetime) -> bool:
        return self.start <= moment < self.end

    def previous(self) -> "Period":
        """环比: the period just before, of the same kind."""
        if self.kind == "year":
            return Period("year", self.year - 1, 1)
        count = 4 if self.kind == "quarter" else 12
        if self.number == 1:
            return Period(self.kind, self.year - 1, count)
        return Period(self.kind, self.year, self.number - 1)

    def year_before(self) -> "Period":
        """同比: the same period one year earlier."""
        return Period(self.kind, self.year - 1, self.number)

    def __str__(self) -> str:
        return self.code


def parse_period(text: str | Period | None) -> Period:
    """Period from "2020Q1", "2020-01" or "2020"; ValueError with a Chinese message otherwise."""
    if isinstance(text, Period):
        return text
    cleaned = (text or "").strip()
    for pattern, kind in _FORMS:
        match = pattern.match(cleaned)
        if not match:
            continue
        year = int(match.group(1))
        number = int(match.group(2)) if kind != "year" else 1
        if not 1900 <= year <= 2999:
            raise ValueError(f"期间「{cleaned}」的年份超出范围（1900–2999）")
        if kind == "month" and not 1 <= number <= 12:
            raise ValueError(f"期间「{cleaned}」的月份必须在 1 到 12 之间")
        return Period(kind, year, number)
    raise ValueError(BAD_PERIOD.format(cleaned))


def current_quarter(today: dt.date | None = None) -> Period:
    """The quarter containing `today` (default: the local date now)."""
    today = today or dt.date.today()
    return Period("quarter", today.year, (today.month - 1) // 3 + 1)
