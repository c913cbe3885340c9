"""Helpers for the import/export tests: rows in the interchange format, files, table dumps."""

import csv

from interchange.format import BY_NAME, HEADERS
from models import ALL_MODELS


def row(**values):
    """A valid 在线办结 row as {Chinese header: text}; keyword names are the English names."""
    base = {
        "case_no": "20200000001",
        "received_at": "2020-01-05 09:30",
        "channel": "电话",
        "caller_phone": "13812345678",
        "caller_name": "姜小明",
        "caller_area": "城镇",
        "category": "社会服务类",
        "subcategory": "咨询",
        "content": "咨询返乡人员是否需要居家隔离。",
        "disposition": "在线办结",
        "reply": "话务员告知需向所在社区报备。",
        "callback_result": "满意",
    }
    base.update(values)
    return {BY_NAME[name].header: value for name, value in base.items()}


def write_csv(path, rows, headers=None, bom=False, encoding="utf-8"):
    """Write rows ({header: text}) under `headers` (default: every column, Chinese)."""
    headers = headers or HEADERS
    with open(path, "w", encoding="utf-8-sig" if bom else encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        for values in rows:
            writer.writerow([values.get(h, "") for h in headers])
    return path


def write_xlsx(path, rows, headers=None):
    from openpyxl import Workbook

    headers = headers or HEADERS
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for values in rows:
        sheet.append([values.get(h) for h in headers])
    book.save(path)
    return path


def dump():
    """Every row of every table, ordered by id (to compare databases before and after)."""
    return {m.__name__: list(m.select().order_by(m.id).tuples()) for m in ALL_MODELS}
