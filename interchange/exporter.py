"""Export work orders in the interchange format (interchange/format.py), streaming.

`export_orders` is the operator's tool behind `flask export-orders` (unmasked); mask=True
gives the masked variant of the same format. The order list's CSV and XLSX exports
(admin/orders.py) are a different file: the list's columns, following its filters and the unit limit.

Every cell any of them writes goes through `safe_cell` (docs/RULES.md § Export): a text that
Excel or WPS would take as a formula gets a leading `'`.
"""

import csv
import datetime as dt
import io
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from peewee import JOIN

from interchange.format import FORMULA_STARTS, HEADERS, OrderRow, format_row
from models import Callback, Category, Department, OrderTopic, Topic, WorkOrder
from privacy import mask_free_text

DISPOSITION_OF_STATUS = {"NEW": "待处理", "ONLINE": "在线办结", "REJECTED": "不予立案"}  # others: 转办
EXPORT_BATCH = 1000
XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FREE_TEXT_HEADERS = ("诉求内容", "处理结果", "回访说明")  # masked inside too (privacy.mask_free_text)


def safe_cell(value: Any) -> Any:
    """A cell that cannot run as a formula: text starting with = + - @ tab or CR gets a leading
    `'` (the OWASP rule for CSV injection). The import removes that one quote again
    (interchange/format.py `_text`). Other values are returned as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_xlsx(target: Any, header: Iterable[str], rows: Iterable[Iterable[Any]], title: str = "工单") -> None:
    """An .xlsx of one sheet (header, then rows) written to a path or binary file, every cell
    through safe_cell and as text. openpyxl's write-only mode keeps memory flat for long lists."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    sheet.append([safe_cell(str(c)) for c in header])
    for row in rows:
        sheet.append([safe_cell("" if c is None else str(c)) for c in row])
    book.save(target)


def export_orders(path: str | os.PathLike[str], start: dt.datetime, end: dt.datetime, mask: bool = False) -> int:
    """Write the orders received in [start, end) to `path` as CSV; returns how many.

    UTF-8 with BOM so that Excel opens it, Chinese headers, ordered by 受理时间. Streams in
    keyset-paginated batches, so memory stays flat on both databases. mask=True hides
    callers' numbers and names (exports made by department and leader accounts).
    """
    count = -1  # the header is not an order
    with open(path, "w", encoding="utf-8", newline="") as f:
        for count, text in enumerate(csv_text(start, end, mask)):  # noqa: B007 (the count is returned)
            f.write(text)
    return count


def csv_text(start: dt.datetime, end: dt.datetime, mask: bool = False) -> Iterator[str]:
    """The same CSV as export_orders, one line of text at a time (BOM first), for a web
    response: `Response(stream_with_context(csv_text(...)), mimetype="text/csv")`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def line(cells):
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(cells)
        return buffer.getvalue()

    yield "\ufeff" + line(HEADERS)
    for row in iter_order_rows(start, end):
        yield line(safe_cell(c) for c in export_cells(row, mask).values())


def export_cells(row: OrderRow, mask: bool = False) -> dict[str, str]:
    """{header: text} of one order; mask=True hides the caller's number and name, in their
    columns and inside the free texts."""
    cells = format_row(row, mask=mask)
    if mask:
        for header in FREE_TEXT_HEADERS:
            cells[header] = mask_free_text(cells[header], [row.caller_name], [row.caller_phone])
    return cells


def iter_order_rows(start: dt.datetime, end: dt.datetime) -> Iterator[OrderRow]:
    """The orders received in [start, end) as OrderRows, in batches of EXPORT_BATCH."""
    sub = Category.alias()
    last = None
    while True:
        query = (
            WorkOrder.select(
                WorkOrder,
                Category.name.alias("category_name"),
                sub.name.alias("subcategory_name"),
                Department.name.alias("department_name"),
                Callback.called_at.alias("callback_at"),
                Callback.result.alias("callback_result"),
                Callback.note.alias("callback_note"),
            )
            .join(Category, on=WorkOrder.category == Category.id)
            .switch(WorkOrder)
            .join(sub, JOIN.LEFT_OUTER, on=WorkOrder.subcategory == sub.id)
            .switch(WorkOrder)
            .join(Department, JOIN.LEFT_OUTER, on=WorkOrder.department == Department.id)
            .switch(WorkOrder)
            .join(Callback, JOIN.LEFT_OUTER, on=Callback.order == WorkOrder.id)
            .where(WorkOrder.received_at >= start, WorkOrder.received_at < end)
            .order_by(WorkOrder.received_at, WorkOrder.id)
            .limit(EXPORT_BATCH)
            .dicts()
        )
        if last is not None:
            query = query.where(
                (WorkOrder.received_at > last[0]) | ((WorkOrder.received_at == last[0]) & (WorkOrder.id > last[1]))
            )
        records = list(query)
        if not records:
            return
        topics = {}
        for order_id, name in (
            OrderTopic.select(OrderTopic.order, Topic.name)
            .join(Topic)
            .where(OrderTopic.order.in_([r["id"] for r in records]))
            .order_by(Topic.name)
            .tuples()
        ):
            topics.setdefault(order_id, []).append(name)
        for record in records:
            yield order_row_of(record, topics.get(record["id"], ()))
        last = (records[-1]["received_at"], records[-1]["id"])


def order_row_of(record: Mapping[str, Any], topics: Iterable[str] = ()) -> OrderRow:
    """An OrderRow from a stored order (a dict as iter_order_rows selects it)."""
    status = record["status"]
    disposition = DISPOSITION_OF_STATUS.get(status, "转办")
    dispatched = disposition == "转办"
    resolved = status == "RESOLVED"
    return OrderRow(
        case_no=record["case_no"],
        received_at=record["received_at"],
        category=record["category_name"],
        disposition=disposition,
        channel=record["channel"] or "电话",
        caller_phone=record["caller_phone"] or "",
        caller_name=record["caller_name"] or "",
        caller_area=record["caller_area"],
        subcategory=record["subcategory_name"] or "",
        topics=tuple(topics),
        content=record["content"] or "",
        is_harassment=bool(record["is_harassment"]) and status == "ONLINE",
        reject_reason=record["reject_reason"] if status == "REJECTED" else None,
        department=(record["department_name"] or "") if dispatched else "",
        dispatched_at=record["dispatched_at"] if dispatched else None,
        due_at=record["due_at"] if dispatched else None,
        replied_at=record["replied_at"] if dispatched else None,
        reply=record["reply"] or "",
        resolved=resolved if dispatched else None,
        resolved_at=record["resolved_at"] if resolved else None,
        callback_at=record["callback_at"],
        callback_result=record["callback_result"],
        callback_note=record["callback_note"] or "",
        call_seconds=record["call_seconds"],
    )
