"""The State Council's yearly holiday notice (「国务院办公厅关于YYYY年部分节假日安排的通知」) read as
text, previewed and stored as HolidayOverride rows (docs/RULES.md § Deadlines, Holiday notices).

`parse_notice(text)` reads lines like

    二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。

into the days off and the working weekends, checking each line against itself (共N天 must be
the length of the range, a weekday in brackets must be that date's). A notice that extends a
holiday (「延长2020年春节假期至2月2日」) turns the days up to that date into days off.
`store_notice` writes the overrides; `differing_days(year)` lists what differs from Mon–Fri.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from models import AuditLog, HolidayOverride, db

WEEKDAYS = "一二三四五六日"
_TITLE_RE = re.compile(r"关于\s*(\d{4})\s*年\s*部分节假日安排的通知")
_EXTEND_RE = re.compile(
    r"延长\s*(?:(\d{4})年)?\s*([\u4e00-\u9fff、]{1,8}?)假期至\s*((?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)"
)
# 「二、春节：…」 (also 「2.春节:」); the name may be 「国庆节、中秋节」.
_ITEM_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．]\s*([\u4e00-\u9fff、]{2,12})\s*[：:]\s*(.+)$")
_DATE_RE = re.compile(r"(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(?:\s*[（(]([^）)]*)[）)])?")
_TOTAL_RE = re.compile(r"共\s*(\d+)\s*天")
SOURCE_MANUAL = "手工录入"
SOURCE_CALENDAR = "国家节假日日历（chinesecalendar）"
SOURCE_WEEKDAYS = "按周一至周五（无节假日数据）"


class NoticeError(ValueError):
    """The text could not be read as a holiday notice; `problems` lists every problem in Chinese."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("；".join(self.problems))


@dataclass(frozen=True)
class NoticeDay:
    date: dt.date
    is_workday: bool
    festival: str

    @property
    def label(self):
        return "上班" if self.is_workday else "放假"


@dataclass
class Notice:
    year: int
    title: str
    days: list[NoticeDay] = field(default_factory=list)

    @property
    def days_off(self):
        return [d for d in self.days if not d.is_workday]

    @property
    def working_days(self):
        return [d for d in self.days if d.is_workday]


def _weekday_in(bracket):
    """The weekday (0 = Monday) named in a bracket such as 「农历正月初七、周一」, or None."""
    found = re.search(r"(?:周|星期|礼拜)([一二三四五六日天])", bracket or "")
    if not found:
        return None
    return WEEKDAYS.index("日" if found.group(1) == "天" else found.group(1))


def _dates(text, year, problems, where):
    """Every date in `text` (a month carried over from the previous date, as in 「2月15日至23日」)."""
    days, month, current_year = [], None, year
    for match in _DATE_RE.finditer(text):
        y, m, d, bracket = match.groups()
        current_year = int(y) if y else current_year
        month = int(m) if m else month
        if month is None:
            problems.append(f"{where}：「{match.group(0)}」缺少月份")
            continue
        try:
            day = dt.date(current_year, month, int(d))
        except ValueError:
            problems.append(f"{where}：{current_year}年{month}月{d}日 不是有效日期")
            continue
        named = _weekday_in(bracket)
        if named is not None and named != day.weekday():
            problems.append(
                f"{where}：{day:%Y年%m月%d日}是周{WEEKDAYS[day.weekday()]}，通知写的是周{WEEKDAYS[named]}（年份是否正确？）"
            )
        days.append((day, match.start(), match.end()))
    return days


def _days_off(sentence, year, problems, where):
    """The days off of a 「…放假…」 sentence: a range 「A至B」 or a single day."""
    found = _dates(sentence.split("放假")[0], year, problems, where)
    if not found:
        problems.append(f"{where}：没有找到放假日期")
        return []
    if len(found) >= 2 and "至" in sentence[found[0][2] : found[1][1]]:
        start, end = found[0][0], found[1][0]
        if end < start:
            problems.append(f"{where}：结束日期 {end} 早于开始日期 {start}")
            return []
        return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    return [day for day, _, _ in found]


def parse_notice(text: str, year: int | None = None) -> Notice:
    """Read a notice; raises NoticeError listing every problem. `year` when the title is missing."""
    problems = []
    title_match = _TITLE_RE.search(text)
    if title_match:
        year = int(title_match.group(1))
    if year is None:
        raise NoticeError(["没有找到通知标题「国务院办公厅关于YYYY年部分节假日安排的通知」，无法确定年份"])
    title = f"国务院办公厅关于{year}年部分节假日安排的通知"
    days: dict[dt.date, NoticeDay] = {}
    ranges: dict[str, list[dt.date]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        item = _ITEM_RE.match(line)
        if not item or "放假" not in item.group(2):
            continue
        festival, body = item.group(1).strip("、"), item.group(2)
        where = f"第{number}行（{festival}）"
        for sentence in (s for s in re.split(r"[。；;]", body) if s.strip()):
            if "放假" in sentence:
                off = _days_off(sentence, year, problems, where)
                total = _TOTAL_RE.search(sentence)
                if total and off and int(total.group(1)) != len(off):
                    problems.append(f"{where}：写明共{total.group(1)}天，但日期范围是{len(off)}天")
                ranges[festival] = off
                for day in off:
                    days[day] = NoticeDay(day, False, festival)
            elif "上班" in sentence:
                for day, _, _ in _dates(sentence, year, problems, where):
                    if day.weekday() < 5:
                        problems.append(f"{where}：上班日 {day} 是周{WEEKDAYS[day.weekday()]}，不是周末")
                    days[day] = NoticeDay(day, True, festival)
    for match in _EXTEND_RE.finditer(text):
        extended_year = int(match.group(1)) if match.group(1) else year
        festival = match.group(2)
        found = _dates(match.group(3), extended_year, problems, f"延长{festival}假期")
        base = ranges.get(festival)
        if not found:
            continue
        if not base:
            problems.append(f"延长{festival}假期：请与当年的节假日安排通知一起导入（需要原定的{festival}假期）")
            continue
        day = base[-1]
        while day < found[0][0]:
            day += dt.timedelta(days=1)
            days[day] = NoticeDay(day, False, f"{festival}（延长）")
    if not days and not problems:
        problems.append("没有找到任何放假安排（应为「一、元旦：1月1日放假，共1天。」这样的行）")
    if problems:
        raise NoticeError(problems)
    return Notice(year=year, title=title, days=sorted(days.values(), key=lambda d: d.date))


@dataclass
class StorePlan:
    """What storing a notice does: rows to create, rows whose value changes, rows already so."""

    notice: Notice
    create: list[NoticeDay] = field(default_factory=list)
    change: list[tuple[NoticeDay, HolidayOverride]] = field(default_factory=list)
    same: list[NoticeDay] = field(default_factory=list)

    @property
    def summary(self):
        notice = self.notice
        return (
            f"{notice.title}：放假 {len(notice.days_off)} 天，调休上班 {len(notice.working_days)} 天；"
            f"新增 {len(self.create)} 条，修改 {len(self.change)} 条，已一致 {len(self.same)} 条"
        )


def plan_notice(notice: Notice) -> StorePlan:
    stored = {
        o.date: o for o in HolidayOverride.select().where(HolidayOverride.date.in_([d.date for d in notice.days]))
    }
    plan = StorePlan(notice)
    for day in notice.days:
        old = stored.get(day.date)
        if old is None:
            plan.create.append(day)
        elif old.is_workday != day.is_workday or old.source != notice.title:
            plan.change.append((day, old))
        else:
            plan.same.append(day)
    return plan


def store_notice(notice: Notice, actor=None) -> StorePlan:
    """Write the notice's days as overrides in one transaction, each change in the audit trail.

    An existing entry for a day of the notice is set to what the notice says (the notice is the
    official word); the change is recorded with its former value."""
    plan = plan_notice(notice)
    actor_name = str(actor) if actor is not None else "命令行"
    with db.atomic():
        for day in plan.create:
            row = HolidayOverride.create(
                date=day.date,
                is_workday=day.is_workday,
                note=day.festival,
                source=notice.title,
                created_by=getattr(actor, "id", None),
            )
            _audit(
                row, actor, actor_name, "导入", {"date": str(day.date), "is_workday": day.label, "note": day.festival}
            )
        for day, old in plan.change:
            changes = {"source": [old.source, notice.title]}
            if old.is_workday != day.is_workday:
                changes["is_workday"] = ["上班" if old.is_workday else "放假", day.label]
            if old.note != day.festival:
                changes["note"] = [old.note, day.festival]
            HolidayOverride.update(is_workday=day.is_workday, note=day.festival, source=notice.title).where(
                HolidayOverride.id == old.id
            ).execute()
            _audit(old, actor, actor_name, "导入", changes)
    return plan


def _audit(row, actor, actor_name, action, changes):
    import json

    AuditLog.create(
        actor=getattr(actor, "id", None),
        actor_name=actor_name,
        model="HolidayOverride",
        object_id=str(row.id),
        action=action,
        changes=json.dumps(changes, ensure_ascii=False),
    )


def differing_days(year: int) -> list[tuple[dt.date, str, str]]:
    """Every day of `year` whose status differs from Monday–Friday: (date, 放假/上班, source)."""
    from workdays import _official_workday

    overrides = {
        o.date: o
        for o in HolidayOverride.select().where(
            (HolidayOverride.date >= dt.date(year, 1, 1)) & (HolidayOverride.date <= dt.date(year, 12, 31))
        )
    }
    rows = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        weekday = day.weekday() < 5
        if day in overrides:
            row = overrides[day]
            working, source = row.is_workday, _override_source(row)
        else:
            official = _official_workday(day)
            working = weekday if official is None else official
            source = SOURCE_WEEKDAYS if official is None else SOURCE_CALENDAR
        if working != weekday:
            rows.append((day, "上班" if working else "放假", source))
        day += dt.timedelta(days=1)
    return rows


def _override_source(row):
    source = row.source or SOURCE_MANUAL
    return f"{source}（{row.note}）" if row.note else source


def year_has_holiday_data(year: int) -> bool:
    """The package covers the year, or some override has been entered for it."""
    from workdays import _official_workday

    if _official_workday(dt.date(year, 7, 1)) is not None:
        return True
    return (
        HolidayOverride.select()
        .where((HolidayOverride.date >= dt.date(year, 1, 1)) & (HolidayOverride.date <= dt.date(year, 12, 31)))
        .exists()
    )


def missing_year_warning(today: dt.date) -> str | None:
    """From 1 November: the warning to show when next year has no holiday data yet."""
    if today.month < 11 or year_has_holiday_data(today.year + 1):
        return None
    return (
        f"尚未录入{today.year + 1}年的法定节假日：{today.year + 1}年的办理时限将按周一至周五计算。"
        f"国务院办公厅发布《关于{today.year + 1}年部分节假日安排的通知》后，请在「基础数据 → 节假日调整 → 导入通知」中粘贴通知全文。"
    )
