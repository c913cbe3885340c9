"""Export work orders in the interchange format (interchange/format.py), streaming.

`export_orders` is the operator's tool behind `flask export-orders` (unmasked); mask=True
gives the masked variant of the same format. The order list's CSV export (admin/orders.py)
is a different file: the list's columns, following its filters and the unit limit.
"""

import csv
import datetime as dt
import io
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from peewee import JOIN

from interchange.format import HEADERS, OrderRow, format_row
from models import Callback, Category, Department, OrderTopic, Topic, WorkOrder

DISPOSITION_OF_STATUS = {"NEW": "待处理", "ONLINE": "在线办结", "REJECTED": "不予立案"}  # others: 转办
EXPORT_BATCH = 1000


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
        yield line(format_row(row, mask=mask).values())


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
