"""Bounds of an import (docs/RULES.md § Import format, "Bounds"): a file is refused before it
can take the machine's memory or an afternoon — too big on disk, too many lines, an .xlsx
whose shared strings would unpack to too much, a cell too long — and a refused file lists at
most IMPORT_MAX_ERRORS problems. Dates must fall between 2000-01-01 and the end of next year.

Each bound is a setting (config.py, HOTLINE_IMPORT_*); outside an app the defaults hold.
"""

import datetime as dt
import os
import re
import zipfile
from pathlib import Path

DEFAULTS = {
    # A county's year is tens of thousands of orders; a year of a large county fits.
    "IMPORT_MAX_ROWS": 300_000,  # lines after the header, blank ones included
    "IMPORT_MAX_MB": 100,  # the file on disk
    "IMPORT_XLSX_MAX_SHARED_MB": 40,  # sharedStrings.xml unpacked (openpyxl holds it all in memory)
    "IMPORT_XLSX_MAX_UNPACKED_MB": 1000,  # every member of the .xlsx unpacked
    "IMPORT_MAX_CELL_CHARS": 20_000,  # one cell
    "IMPORT_MAX_ERRORS": 200,  # problems listed; the rest are counted
}
EARLIEST_YEAR = 2000
MB = 1024 * 1024


def setting(name):
    from flask import current_app, has_app_context

    if has_app_context():
        return current_app.config.get(name, DEFAULTS[name])
    return DEFAULTS[name]


class TooBig(Exception):
    """The file exceeds a bound; the message says which, in Chinese."""


def check_file_size(path):
    limit = setting("IMPORT_MAX_MB")
    size = os.path.getsize(path)
    if size > limit * MB:
        raise TooBig(f"文件过大（{size / MB:.1f} MB），每个文件最多 {limit:g} MB：请分成几个文件导入")


def check_xlsx_members(path):
    """Refuse an .xlsx whose parts unpack to more than the bounds, before any parsing
    (a few hundred KB can unpack to gigabytes: a "zip bomb")."""
    shared_limit = setting("IMPORT_XLSX_MAX_SHARED_MB")
    total_limit = setting("IMPORT_XLSX_MAX_UNPACKED_MB")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        return  # the reader reports a damaged file in its own words
    total = 0
    for member in members:
        total += member.file_size
        if member.filename.lower().endswith("sharedstrings.xml") and member.file_size > shared_limit * MB:
            raise TooBig(
                f"xlsx 文件中的文字部分解压后达 {member.file_size / MB:.0f} MB，超过 {shared_limit:g} MB 的上限："
                "请分成几个文件，或另存为“CSV UTF-8”后导入"
            )
    if total > total_limit * MB:
        raise TooBig(f"xlsx 文件解压后达 {total / MB:.0f} MB，超过 {total_limit:g} MB 的上限：请分成几个文件导入")
    check_xlsx_rows(path)


_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")


def _first_sheet(archive):
    """The member name of the workbook's first sheet (the one the import reads)."""
    book = archive.read("xl/workbook.xml")
    first = re.search(rb"<(?:\w+:)?sheet\b[^>]*\br:id=\"([^\"]+)\"", book)
    rels = archive.read("xl/_rels/workbook.xml.rels")
    if first:
        for rel in re.finditer(rb"<Relationship\b[^>]*>", rels):
            tag = rel.group(0)
            if f'Id="{first.group(1).decode()}"'.encode() in tag:
                target = re.search(rb'Target="([^"]+)"', tag).group(1).decode().lstrip("/")
                return target if target.startswith("xl/") else f"xl/{target}"
    return "xl/worksheets/sheet1.xml"


def check_xlsx_rows(path):
    """Count the first sheet's rows in its unpacked bytes, before the reader parses anything
    (what a sheet states about its size may be missing or wrong; parsing millions of rows
    to find out would take minutes). Refuses a sheet with more lines than the bound."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(_first_sheet(archive)) as sheet:
            rows, tail = 0, b""
            while chunk := sheet.read(4 * MB):
                data = tail + chunk
                rows += len(_ROW_TAG.findall(data, 0, max(0, len(data) - 16)))
                tail = data[max(0, len(data) - 16) :]
                if rows > setting("IMPORT_MAX_ROWS") + 1:
                    break  # enough to refuse: read no further
            rows += len(_ROW_TAG.findall(tail))
    except (zipfile.BadZipFile, OSError, KeyError, AttributeError):
        return  # the reader reports a damaged file in its own words
    check_line(rows)


def check_line(line):
    """Refuse a file once its lines pass IMPORT_MAX_ROWS (counted as read: nothing more is read)."""
    limit = setting("IMPORT_MAX_ROWS")
    if line > limit + 1:
        raise TooBig(f"文件超过 {limit} 行（不含表头）的上限：请按月或按季度分成几个文件导入")


def cell_too_long(value):
    """The reason a cell is refused for its length, or None."""
    limit = setting("IMPORT_MAX_CELL_CHARS")
    if isinstance(value, str) and len(value) > limit:
        return f"单元格过长（{len(value)} 个字符），每个单元格最多 {limit} 个字符"
    return None


def date_out_of_range(value):
    """The reason a date is refused for lying outside 2000-01-01 … the end of next year, or None."""
    last = dt.date.today().year + 1
    if not EARLIEST_YEAR <= value.year <= last:
        return f"日期「{value:%Y-%m-%d}」超出范围：应在 {EARLIEST_YEAR}-01-01 至 {last}-12-31 之间"
    return None


class ErrorList:
    """The problems of a file: the first IMPORT_MAX_ERRORS kept, every bad line counted."""

    def __init__(self, limit=None):
        self.limit = setting("IMPORT_MAX_ERRORS") if limit is None else limit
        self.shown = []
        self.bad_lines = 0
        self.hidden_lines = 0
        self._last_line = None
        self._last_shown = None

    def append(self, error):
        if error.line and error.line != self._last_line:
            self._last_line = error.line
            self.bad_lines += 1
            if len(self.shown) >= self.limit:
                self.hidden_lines += 1
        if len(self.shown) < self.limit:
            self.shown.append(error)
            self._last_shown = error.line

    def extend(self, errors):
        for error in errors:
            self.append(error)

    def __bool__(self):
        return bool(self.shown)

    def __len__(self):
        return len(self.shown)


def csv_error_reason(line, exc):
    """A csv module error in Chinese (its own messages are English)."""
    text = str(exc)
    if "field larger than field limit" in text:
        limit = setting("IMPORT_MAX_CELL_CHARS")
        return (
            f"第{line}行：单元格过长，每个单元格最多 {limit} 个字符（也可能是引号不成对，后面的内容都被当作一个单元格）"
        )
    return f"第{line}行：CSV 格式错误，请检查引号是否成对、单元格内的换行是否在引号之内"


def is_xlsx(path):
    return Path(path).suffix.lower() in (".xlsx", ".xlsm")
