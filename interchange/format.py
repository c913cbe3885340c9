"""The interchange format for work orders (docs/RULES.md § Import format).

The columns are declared once in COLUMNS (Chinese header, English name, required).
`parse_row` turns the cells of one row into an OrderRow or a list of (column, reason)
problems in Chinese; `format_row` writes an OrderRow back as cells, so that
parse_row(format_row(row)) == row. `read_table` streams the rows of a CSV or XLSX file.
Export lives in exporter.py, importing (validation pass, then one transaction) in importer.py.
"""

import codecs
import csv
import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from interchange import bounds
from models import CALLBACK_RESULTS, CALLER_AREAS, CHANNELS, REJECT_REASONS

DISPOSITIONS = ("待处理", "在线办结", "转办", "不予立案")
YES, NO = "是", "否"
DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Column:
    header: str  # Chinese header, canonical
    name: str  # English name, accepted in a header too
    required: bool = False


COLUMNS = (
    Column("工单编号", "case_no", True),
    Column("受理时间", "received_at", True),
    Column("来源渠道", "channel"),
    Column("来电号码", "caller_phone"),
    Column("来电人", "caller_name"),
    Column("来电人类型", "caller_area"),
    Column("诉求大类", "category", True),
    Column("诉求小类", "subcategory"),
    Column("专题", "topics"),
    Column("诉求内容", "content"),
    Column("办理方式", "disposition", True),
    Column("是否骚扰", "is_harassment"),
    Column("不予立案原因", "reject_reason"),
    Column("承办单位", "department"),
    Column("转办时间", "dispatched_at"),
    Column("办理时限", "due_at"),
    Column("回复时间", "replied_at"),
    Column("处理结果", "reply"),
    Column("是否办结", "resolved"),
    Column("办结时间", "resolved_at"),
    Column("回访时间", "callback_at"),
    Column("回访结果", "callback_result"),
    Column("回访说明", "callback_note"),
    Column("通话时长", "call_seconds"),
)
BY_NAME = {c.name: c for c in COLUMNS}
HEADERS = [c.header for c in COLUMNS]
_BY_LABEL = {c.header: c.name for c in COLUMNS} | {c.name.lower(): c.name for c in COLUMNS}

CASE_NO_RE = re.compile(r"^[0-9A-Za-z_-]{1,32}$")
PHONE_RE = re.compile(r"^[0-9+-]{1,32}$")
DATETIME_RE = re.compile(r"^(\d{4})([-/])(\d{1,2})\2(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$")
TOPIC_SPLIT_RE = re.compile(r"[;；]")
MAX_LENGTHS = {"caller_name": 50, "category": 100, "subcategory": 100, "department": 100}
DATE_HINT = "应为 YYYY-MM-DD HH:MM[:SS] 或 YYYY/MM/DD HH:MM[:SS]"


@dataclass(frozen=True)
class OrderRow:
    """One valid row, typed. `status` is what the order becomes."""

    case_no: str
    received_at: dt.datetime
    category: str
    disposition: str
    channel: str = "电话"
    caller_phone: str = ""
    caller_name: str = ""
    caller_area: str = None
    subcategory: str = ""
    topics: tuple = ()
    content: str = ""
    is_harassment: bool = False
    reject_reason: str = None
    department: str = ""
    dispatched_at: dt.datetime = None
    due_at: dt.datetime = None
    replied_at: dt.datetime = None
    reply: str = ""
    resolved: bool = None
    resolved_at: dt.datetime = None
    callback_at: dt.datetime = None
    callback_result: str = None
    callback_note: str = ""
    call_seconds: int = None

    @property
    def status(self) -> str:
        if self.disposition == "待处理":
            return "NEW"
        if self.disposition == "在线办结":
            return "ONLINE"
        if self.disposition == "不予立案":
            return "REJECTED"
        if self.resolved:
            return "RESOLVED"
        return "REPLIED" if self.replied_at else "DISPATCHED"


def resolve_header(
    cells: Iterable[object], ignore_unknown: bool = False
) -> tuple[list[str | None], list[tuple[str, str]]]:
    """Map header cells to column names: (names by position, problems).

    A position holds "" for a blank header (its cells must be empty) and None for an
    unknown column that is ignored.
    """
    names, problems, seen = [], [], {}
    for position, cell in enumerate(cells, 1):
        label = _text(cell)
        name = _BY_LABEL.get(label) or _BY_LABEL.get(label.lower())
        if not label:
            names.append("")
        elif name is None:
            names.append(None)
            if not ignore_unknown:
                problems.append((label, f"未知列「{label}」（第{position}列）；如需忽略请加 --ignore-unknown"))
        elif name in seen:
            names.append(None)
            problems.append(
                (BY_NAME[name].header, f"列「{BY_NAME[name].header}」重复（第{seen[name]}列和第{position}列）")
            )
        else:
            seen[name] = position
            names.append(name)
    for column in COLUMNS:
        if column.required and column.name not in seen:
            problems.append((column.header, f"缺少必填列「{column.header}」"))
    return names, problems


def parse_row(values: Mapping[str, object]) -> tuple[OrderRow | None, list[tuple[str, str]]]:
    """values: {column name: raw cell}. Returns (OrderRow, []) or (None, [(header, reason), …]).

    Raw cells are text from CSV, or text/int/float/bool/datetime from XLSX. Never raises
    for bad input: every problem of the row is reported.
    """
    problems = []
    out = {}

    def bad(name, reason):
        problems.append((BY_NAME[name].header, reason))

    text = {name: _text(values.get(name)) for name in BY_NAME}
    for name, value in text.items():
        if "\x00" in value:  # PostgreSQL refuses NUL in text: say so here, not at write time
            bad(name, "含有空字符（NUL），请删除后再导入")
    for column in COLUMNS:
        if column.required and not text[column.name]:
            bad(column.name, "必填，不能为空")
    for name, limit in MAX_LENGTHS.items():
        if len(text[name]) > limit:
            bad(name, f"不能超过{limit}个字")

    case_no = text["case_no"]
    if case_no and not CASE_NO_RE.match(case_no):
        bad("case_no", f"只能包含字母、数字、- 和 _，不超过32位，实为「{_clip(case_no)}」")
    out["case_no"] = case_no

    for name in ("received_at", "dispatched_at", "due_at", "replied_at", "resolved_at", "callback_at"):
        value, reason = _datetime(values.get(name))
        if reason:
            bad(name, reason)
        out[name] = value

    out["channel"] = _choice(text, "channel", CHANNELS, bad) or "电话"
    out["caller_area"] = _choice(text, "caller_area", CALLER_AREAS, bad)
    disposition = out["disposition"] = _choice(text, "disposition", DISPOSITIONS, bad)
    out["reject_reason"] = _choice(text, "reject_reason", REJECT_REASONS, bad)
    out["callback_result"] = _choice(text, "callback_result", CALLBACK_RESULTS, bad)
    harassment = _choice(text, "is_harassment", (YES, NO), bad)
    resolved = _choice(text, "resolved", (YES, NO), bad)
    out["is_harassment"] = harassment == YES
    out["resolved"] = None if resolved is None else resolved == YES

    phone = text["caller_phone"]
    if phone and not PHONE_RE.match(phone):
        bad("caller_phone", f"只能包含数字、- 和 +（不超过32位），实为「{_clip(phone)}」")
    out["caller_phone"] = phone

    seconds = text["call_seconds"]
    out["call_seconds"] = None
    if seconds:
        if re.fullmatch(r"\d{1,9}(\.0+)?", seconds):
            out["call_seconds"] = int(seconds.split(".")[0])
        else:
            bad("call_seconds", f"应为不小于0的整数秒数，实为「{_clip(seconds)}」")

    topics = []
    for tag in TOPIC_SPLIT_RE.split(text["topics"]):
        tag = tag.strip()
        if len(tag) > 50:
            bad("topics", f"专题「{_clip(tag)}」不能超过50个字")
        elif tag and tag not in topics:
            topics.append(tag)
    out["topics"] = tuple(topics)
    for name in ("caller_name", "category", "subcategory", "content", "department", "reply", "callback_note"):
        out[name] = text[name]

    if disposition:
        _check_disposition(out, bad)
    _check_order_of_times(out, bad)
    if problems:
        return None, problems
    return OrderRow(**out), []


def _check_disposition(out, bad):
    """The rules that tie columns to 办理方式 (docs/RULES.md § Rules tying columns to 办理方式)."""
    disposition = out["disposition"]
    if out["is_harassment"] and disposition != "在线办结":
        bad("is_harassment", "只有在线办结的工单可以标记为骚扰来电")
    if disposition == "不予立案" and not out["reject_reason"]:
        bad("reject_reason", f"不予立案必须填写原因（{'/'.join(REJECT_REASONS)}）")
    if disposition != "不予立案" and out["reject_reason"]:
        bad("reject_reason", "只有不予立案的工单可以填写不予立案原因")
    if disposition == "转办":
        if not out["department"]:
            bad("department", "转办必须填写承办单位")
        if out["resolved_at"] and not out["resolved"]:
            bad("resolved_at", "填写了办结时间，是否办结应为「是」")
    else:
        for name in ("department", "dispatched_at", "due_at", "replied_at", "resolved", "resolved_at"):
            if out[name] not in (None, ""):
                bad(name, f"只有转办的工单可以填写{BY_NAME[name].header}")
    # A harassment order may keep a callback made before it was flagged (the workflow allows
    # that order of events); the figures leave it out, so the format carries it as it is.
    if out["callback_result"] is None:
        if out["callback_at"] or out["callback_note"]:
            bad("callback_result", "填写了回访时间或回访说明时必须填写回访结果")
    elif disposition == "待处理":
        bad("callback_result", "待处理的工单不能回访")
    elif disposition == "不予立案":
        bad("callback_result", "不予立案的工单不需回访")
    elif disposition == "转办" and not (out["replied_at"] or out["resolved"]):
        bad("callback_result", "转办工单须已回复（回复时间）或已办结才能回访")


def _check_order_of_times(out, bad):
    received = out["received_at"]
    if not received:
        return
    steps = [("dispatched_at", received), ("replied_at", out["dispatched_at"] or received)]
    steps.append(("resolved_at", out["replied_at"] or out["dispatched_at"] or received))
    steps.append(("callback_at", received))
    for name, earliest in steps:
        if out[name] and earliest and out[name] < earliest:
            bad(name, f"{BY_NAME[name].header}（{out[name]:%Y-%m-%d %H:%M}）早于{earliest:%Y-%m-%d %H:%M}")


def format_row(row: OrderRow, mask: bool = False) -> dict[str, str]:
    """An OrderRow as {header: text}, the inverse of parse_row. mask hides phone and name."""
    from privacy import mask_name, mask_phone

    cells = {}
    for column in COLUMNS:
        value = row.disposition if column.name == "disposition" else getattr(row, column.name)
        if column.name == "is_harassment":
            value = YES if value else ("" if row.disposition != "在线办结" else NO)
        elif column.name == "resolved":
            value = "" if value is None else (YES if value else NO)
        elif column.name == "topics":
            value = ";".join(value)
        elif isinstance(value, dt.datetime):
            value = value.strftime(DATETIME_FORMAT)
        elif value is None:
            value = ""
        text = str(value)
        if text[:1] == "'" and text[1:2] and text[1:2] in QUOTED_STARTS:
            # 「'=…」「''…」 as they are: the reader takes one ' off before these (_text), so they get one more
            text = "'" + text
        cells[column.header] = text
    if mask:
        cells["来电号码"] = mask_phone(cells["来电号码"])
        cells["来电人"] = mask_name(cells["来电人"])
    return cells


# --- reading files -------------------------------------------------------------------------


class FileProblem(Exception):
    """The file as a whole cannot be read (empty, wrong type, not UTF-8 …)."""


def read_table(path: str | os.PathLike[str]) -> "CsvTable | XlsxTable":
    """Open a CSV or XLSX file: returns a Table, whose .rows() yields (line, cells, problems).

    problems lists what is wrong with the cells' bytes or kinds (non-UTF-8, formulas);
    blank rows are skipped. Rows are streamed: nothing is held beyond the current row.
    """
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return XlsxTable(path)
    if suffix in (".csv", ".txt"):
        return CsvTable(path)
    if suffix == ".xls":
        raise FileProblem("不支持旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或“CSV UTF-8”后再导入")
    raise FileProblem(f"只能导入 .csv 或 .xlsx 文件，收到的是「{Path(path).name}」")


GB18030 = "gb18030"
ENCODING_LABELS = {"utf-8": "UTF-8", GB18030: "GB18030（Excel 在中文 Windows 上另存的“CSV”）"}


def csv_encoding(path: str | os.PathLike[str]) -> str:
    """ "utf-8" or "gb18030", decided by the first line with non-ASCII bytes (the Chinese header,
    as a rule): valid UTF-8 means UTF-8 — a later line that is not is reported, not guessed at —
    otherwise a line that reads as GB18030 (GBK's superset, what Excel's plain "CSV" writes on
    Chinese Windows) means GB18030. Neither refuses the file."""
    with open(path, "rb") as f:
        for number, raw in enumerate(f, 1):
            if raw.isascii():
                continue
            try:
                raw.decode("utf-8-sig" if number == 1 else "utf-8")
                return "utf-8"
            except UnicodeDecodeError:
                pass
            try:
                raw.decode(GB18030)
            except UnicodeDecodeError:
                raise FileProblem(
                    f"第{number}行既不是 UTF-8 也不是 GB18030 编码：请在 Excel 中另存为“CSV UTF-8”后再导入"
                ) from None
            return GB18030
    return "utf-8"


class CsvTable:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = path
        self.encoding = csv_encoding(path)

    def rows(self) -> Iterator[tuple[int, list[str], list[tuple[str, str]]]]:
        bad_lines = []
        csv.field_size_limit(bounds.setting("IMPORT_MAX_CELL_CHARS"))  # a longer cell is an error
        reader = csv.reader(self._lines(bad_lines))
        seen_bad = 0
        label = ENCODING_LABELS[self.encoding].split("（")[0]
        while True:
            start = reader.line_num + 1
            bounds.check_line(start)
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise FileProblem(bounds.csv_error_reason(start, exc)) from exc
            problems = []
            if len(bad_lines) > seen_bad:
                seen_bad = len(bad_lines)
                problems.append(("", f"含有非 {label} 编码的字节：请将文件另存为“CSV UTF-8”"))
            if any(c.strip() for c in cells) or problems:
                yield start, cells, problems

    def _lines(self, bad_lines):
        # Decoding line by line lets us name the line holding bytes of another encoding and go on.
        first = "utf-8-sig" if self.encoding == "utf-8" else self.encoding
        with open(self.path, "rb") as f:
            for number, raw in enumerate(f, 1):
                encoding = first if number == 1 else self.encoding
                try:
                    text = codecs.getincrementaldecoder(encoding)().decode(raw, final=True)
                except UnicodeDecodeError:
                    bad_lines.append(number)
                    text = raw.decode(self.encoding, errors="replace")
                yield text


class XlsxTable:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = path

    def rows(self) -> Iterator[tuple[int, list[object], list[tuple[str, str]]]]:
        import zipfile

        from openpyxl import load_workbook

        bounds.check_xlsx_members(self.path)  # before openpyxl unpacks anything
        try:
            workbook = load_workbook(self.path, read_only=True, data_only=False)
        except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
            raise FileProblem(f"无法读取 xlsx 文件「{Path(self.path).name}」：文件已损坏或不是 Excel 文件") from exc
        try:
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # read every row (a wrong stated size would cut rows off); bounded by check_line
            for number, row in enumerate(sheet.iter_rows(), 1):
                bounds.check_line(number)
                cells = [cell.value for cell in row]
                problems = [
                    (f"第{index}列", f"单元格是公式（{_clip(str(cell.value))}）：请复制后“粘贴为数值”再导入")
                    for index, cell in enumerate(row, 1)
                    if cell.data_type == "f"
                ]
                problems += _long_cells(cells)
                if problems or any(_text(c) for c in cells):
                    yield number, cells, problems
        finally:
            workbook.close()


# --- cell helpers ---------------------------------------------------------------------------


# A cell starting with one of these is written with a leading ' (interchange/exporter.py safe_cell).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The reader takes one leading ' off before these: a formula start, or another ' (so that a text
# that itself begins with ' and one of these survives the round trip, format_row writes one more).
QUOTED_STARTS = (*FORMULA_STARTS, "'")


def _long_cells(cells):
    """Problems for cells longer than the bound (an .xlsx cell; a CSV reader refuses them itself)."""
    return [(f"第{index}列", reason) for index, cell in enumerate(cells, 1) if (reason := bounds.cell_too_long(cell))]


def _text(value):
    """A cell as stripped text: XLSX numbers without '.0', datetimes in the format's form.

    The one `'` our export puts before = + - @ tab or CR, or before another ', is removed
    (docs/RULES.md § Import format).
    """
    if value.__class__ is str:  # the common case (every CSV cell) first: the import's hot path
        value = value.strip()
        if value[:1] == "'" and value[1:2] in QUOTED_STARTS and value[1:2]:
            return value[1:].strip()
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime(DATETIME_FORMAT)
    return str(value).strip()


def _datetime(value):
    """(datetime or None, reason or None)."""
    if isinstance(value, dt.datetime):
        value = value.replace(microsecond=0, tzinfo=None)
        reason = bounds.date_out_of_range(value)
        return (None, reason) if reason else (value, None)
    text = _text(value)
    if not text:
        return None, None
    match = DATETIME_RE.match(text)
    if not match:
        return None, f"日期时间格式错误「{_clip(text)}」，{DATE_HINT}"
    year, _, month, day, hour, minute, second = match.groups()
    try:
        value = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None, f"日期时间不存在「{_clip(text)}」"
    reason = bounds.date_out_of_range(value)
    return (None, reason) if reason else (value, None)


def _choice(text, name, allowed, bad):
    value = text[name]
    if not value:
        return None
    if value not in allowed:
        bad(name, f"应为 {'/'.join(allowed)} 之一，实为「{_clip(value)}」")
        return None
    return value


def _clip(text, limit=30):
    text = str(text)
    return text if len(text) <= limit else text[:limit] + "…"
