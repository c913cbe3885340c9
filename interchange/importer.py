"""Import work orders from a CSV or XLSX file in the interchange format (interchange/format.py).

All or nothing, in two streaming passes so memory stays flat as files grow:
1. validate every row, keeping only {工单编号: line} to find numbers given twice; any bad
   row refuses the whole file with every problem listed (ImportRefused);
2. write in one transaction, in batches (bulk.insert_rows for new orders, their topics,
   callbacks and events; an UPDATE for each existing order whose data differ).

The file is the truth for the columns of the format: re-importing a 工单编号 sets that
order to what the row says (its topics and callback included). Fields outside the format
(签收, 延期, urgency once set) are kept. A row identical to the stored order changes
nothing and records nothing, so importing the same file twice equals importing it once.
Each created or changed order gets one OrderEvent "导入" (actor name 导入).
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from peewee import fn

from interchange import bounds
from interchange.bulk import defaults, insert_rows
from interchange.format import ENCODING_LABELS, FileProblem, csv_encoding, parse_row, read_table, resolve_header
from models import (
    STATUSES,
    Callback,
    Category,
    Department,
    OrderEvent,
    OrderTopic,
    Topic,
    WorkOrder,
    db,
    local_now,
    refresh_statistics,
)
from workdays import WorkCalendar

BATCH = 500
CHECK_STEP = 10_000
ACTOR = "导入"
# WorkOrder fields the format sets (dicts() gives foreign keys as ids).
ORDER_FIELDS = (
    "case_no", "received_at", "channel", "caller_phone", "caller_name", "caller_area", "category",
    "subcategory", "content", "call_seconds", "status", "is_harassment", "reject_reason", "department",
    "urgency", "dispatched_at", "due_at", "replied_at", "reply", "resolved_at", "callback_result",
)  # fmt: skip


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    reason: str

    def __str__(self):
        where = f"第{self.line}行" if self.line else "文件"
        return f"{where} {self.column}：{self.reason}" if self.column else f"{where}：{self.reason}"


class ImportRefused(Exception):
    """The file was refused; nothing was imported. `errors` lists every problem."""

    def __init__(self, errors, rows=0, bad_lines=None, hidden_lines=0):
        self.errors = list(errors)
        self.rows = rows
        self.bad_lines = len({e.line for e in self.errors if e.line}) if bad_lines is None else bad_lines
        self.hidden_lines = hidden_lines  # bad lines beyond IMPORT_MAX_ERRORS, not listed
        super().__init__(self.summary)

    def lines(self) -> list[str]:
        """Every listed problem, then 「另有 N 行错误未列出」 when some were left out."""
        shown = [str(error) for error in self.errors]
        if self.hidden_lines:
            shown.append(f"另有 {self.hidden_lines} 行错误未列出")
        return shown

    @property
    def summary(self) -> str:
        bad_lines = self.bad_lines
        if bad_lines and not self.rows:  # the header was refused before any row was read
            return f"导入失败：表头有 {len(self.errors)} 处错误，未导入任何工单"
        if self.rows or bad_lines:
            return f"导入失败：{bad_lines} 行有错误（共 {self.rows} 行数据），未导入任何工单"
        return f"导入失败：{self.errors[0].reason}，未导入任何工单"


@dataclass(frozen=True)
class Conflict:
    """A row skipped because it would undo work recorded since (see conflict_reason)."""

    line: int
    case_no: str
    reason: str

    def __str__(self):
        return f"第{self.line}行 工单 {self.case_no}：{self.reason}"


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    encoding: str = "utf-8"
    overwrite: bool = False
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def summary(self) -> str:
        if self.dry_run:
            text = (
                f"校验通过（试运行，未写入）：共 {self.rows} 行，将新增 {self.created} 条，"
                f"将按工单编号更新或核对 {self.updated} 条"
            )
        else:
            text = f"已导入 {self.rows} 行：新增 {self.created} 条，更新 {self.updated} 条，未变 {self.unchanged} 条"
        return self.encoding_note + text + self.conflict_note

    @property
    def encoding_note(self) -> str:
        if self.encoding == "utf-8":
            return ""
        return f"文件编码为 {ENCODING_LABELS[self.encoding]}，已按此读取。"

    @property
    def conflict_note(self) -> str:
        if not self.conflicts:
            return ""
        verb = "将跳过" if self.dry_run else "已跳过"
        return f"；{len(self.conflicts)} 条与系统中的办理进度冲突，{verb}（确需以文件为准，请加 --overwrite 重新导入）"


def import_orders(
    path: str | Path,
    dry_run: bool = False,
    ignore_unknown: bool = False,
    progress: Callable[[int], object] | None = None,
    on_validated: Callable[[int], object] | None = None,
    on_checked: Callable[[int], object] | None = None,
    overwrite: bool = False,
) -> ImportResult:
    """Validate and import `path`. Returns an ImportResult; raises ImportRefused.

    A row that would undo work recorded since the file was made (conflict_reason) is skipped
    and listed in result.conflicts, unless `overwrite`.

    on_checked(rows) is called every CHECK_STEP rows of the validation pass;
    on_validated(rows) between the passes (e.g. to start a progress bar);
    progress(n) after each written batch with its number of rows.
    """
    keys, rows = validate_file(path, ignore_unknown, on_checked)
    encoding = _file_encoding(path)
    if dry_run:
        existing = _count_existing(keys)
        result = ImportResult(rows=rows, created=rows - existing, updated=existing, dry_run=True, encoding=encoding)
        if existing:
            result.conflicts = _dry_run_conflicts(path, ignore_unknown, overwrite)
        return result
    if on_validated:
        on_validated(rows)
    result = ImportResult(rows=rows, encoding=encoding, overwrite=overwrite)
    writer = _Writer(result, Path(path).name, overwrite)
    with db.atomic():
        batch = []
        for row in _valid_rows(path, ignore_unknown):
            batch.append(row)
            if len(batch) >= BATCH:
                writer.write(batch)
                progress and progress(len(batch))
                batch = []
        if batch:
            writer.write(batch)
            progress and progress(len(batch))
    refresh_statistics(WorkOrder, OrderEvent, OrderTopic, Callback)
    if result.created:
        _queue_harassment_filter()
    return result


def _queue_harassment_filter() -> None:
    """The phone orders just created are not yet filtered: queue the harassment filter for them
    (docs/RULES.md § Harassment filter); with Redis down the nightly pass takes them."""
    from flask import has_app_context

    from jobs.harassment import enqueue_pending_filter

    if has_app_context():
        enqueue_pending_filter()


def validate_file(
    path: str | Path, ignore_unknown: bool = False, on_checked: Callable[[int], object] | None = None
) -> tuple[dict[str, int], int]:
    """First pass: ({工单编号: line}, number of rows) or ImportRefused with every problem."""
    errors, keys, rows = bounds.ErrorList(), {}, 0
    try:
        bounds.check_file_size(path)
        for line, values, problems in _rows(path, ignore_unknown, errors):
            rows += 1
            if on_checked and rows % CHECK_STEP == 0:
                on_checked(rows)
            errors.extend(RowError(line, column, reason) for column, reason in problems)
            parsed, row_problems = parse_row(values)
            errors.extend(RowError(line, column, reason) for column, reason in row_problems)
            case_no = parsed.case_no if parsed else str(values.get("case_no") or "").strip()
            if case_no:
                if case_no in keys:
                    errors.append(RowError(line, "工单编号", f"{case_no} 与第{keys[case_no]}行重复"))
                else:
                    keys[case_no] = line
    except bounds.TooBig as exc:  # a bound refuses the file as a whole, whatever else is wrong
        raise ImportRefused([RowError(0, "", str(exc))]) from None
    except FileProblem as exc:
        errors.append(RowError(0, "", str(exc)))
    if not errors and not rows:
        errors.append(RowError(0, "", "文件中没有工单数据（只有表头）"))
    if errors:
        raise ImportRefused(errors.shown, rows, errors.bad_lines, errors.hidden_lines)
    return keys, rows


def _rows(path, ignore_unknown, errors):
    """(line, {name: raw}, problems) for each data row; header problems go to `errors`."""
    table = read_table(path)
    rows = table.rows()
    try:
        line, header, problems = next(rows)
    except StopIteration:
        raise FileProblem("文件为空：第1行应为表头") from None
    names, header_problems = resolve_header(header, ignore_unknown)
    errors.extend(RowError(line, column, reason) for column, reason in problems + header_problems)
    if header_problems:
        return  # with a wrong header every row would be misread: report the header only
    for line, cells, problems in rows:
        values = {}
        for position, cell in enumerate(cells):
            name = names[position] if position < len(names) else ""
            if name:
                values[name] = cell
            elif name == "" and cell is not None and str(cell).strip():
                problems.append(("", f"第{position + 1}列有内容但没有表头"))
        yield line, values, problems


def _valid_rows(path, ignore_unknown):
    for line, values, _ in _rows(path, ignore_unknown, []):
        parsed, _ = parse_row(values)
        yield line, parsed


def _count_existing(keys):
    numbers = list(keys)
    found = 0
    for start in range(0, len(numbers), BATCH):
        chunk = numbers[start : start + BATCH]
        found += WorkOrder.select().where(WorkOrder.case_no.in_(chunk)).count()
    return found


class _Writer:
    """Second pass: turns batches of valid rows into rows of the tables."""

    def __init__(self, result, source, overwrite=False):
        self.result = result
        self.source = source
        self.overwrite = overwrite
        self.now = local_now()
        self.calendar = WorkCalendar.load()
        self.categories = {}  # (parent id or None, name) -> Category
        self.departments = {}  # name -> id
        self.topics = {}  # name -> id
        self.deadlines = {}  # (date, days) -> datetime
        self.order_defaults = defaults(WorkOrder)

    def write(self, batch):
        numbers = [row.case_no for _, row in batch]
        stored = {
            r["case_no"]: r
            for r in WorkOrder.select(WorkOrder.id, *[getattr(WorkOrder, f) for f in ORDER_FIELDS])
            .where(WorkOrder.case_no.in_(numbers))
            .dicts()
        }
        ids = [r["id"] for r in stored.values()]
        topics = _topic_sets(ids)
        callbacks = {
            c["order"]: c
            for c in Callback.select(Callback.order, Callback.called_at, Callback.result, Callback.note)
            .where(Callback.order.in_(ids))
            .dicts()
        }
        last_work = _last_work(ids)
        called_back = _called_back_in_system(ids)
        new_orders, new_rows, events = [], [], []
        for line, row in batch:
            old = stored.get(row.case_no)
            fields = self._fields(row, old)
            if old is None:
                new_orders.append(self.order_defaults | fields | {"updated_at": self.now})
                new_rows.append(row)
                continue
            keep_unit_stage(old, fields)
            wanted_topics = {self._topic(name) for name in row.topics}
            wanted_callback = _callback_fields(row)
            old_callback = callbacks.get(old["id"])
            same = all(old[k] == v for k, v in fields.items()) and topics.get(old["id"], set()) == wanted_topics
            if same and _same_callback(old_callback, wanted_callback):
                self.result.unchanged += 1
                continue
            system_callback = old_callback if old["id"] in called_back else None
            reason = conflict_reason(old, fields, row, system_callback, wanted_callback, last_work.get(old["id"]))
            if reason and not self.overwrite:
                self.result.conflicts.append(Conflict(line, row.case_no, reason))
                continue
            WorkOrder.update(updated_at=self.now, **fields).where(WorkOrder.id == old["id"]).execute()
            self._replace_topics(old["id"], topics.get(old["id"], set()), wanted_topics)
            self._replace_callback(old["id"], old_callback, wanted_callback)
            note = (
                f"导入覆盖（{self.source} 第{line}行：{reason}）" if reason else f"导入更新（{self.source} 第{line}行）"
            )
            events.append(self._event(old["id"], old["status"], row, note, fields["status"]))
            self.result.updated += 1
        if new_orders:
            self._insert_new(new_orders, new_rows, events)
        insert_rows(OrderEvent, events)

    def _insert_new(self, new_orders, rows, events):
        insert_rows(WorkOrder, new_orders)
        ids = dict(
            WorkOrder.select(WorkOrder.case_no, WorkOrder.id)
            .where(WorkOrder.case_no.in_([r.case_no for r in rows]))
            .tuples()
        )
        links, callbacks = [], []
        for row in rows:
            order_id = ids[row.case_no]
            links.extend({"order": order_id, "topic": self._topic(name)} for name in row.topics)
            callback = _callback_fields(row)
            if callback:
                callbacks.append(callback | {"order": order_id})
            events.append(self._event(order_id, None, row, f"导入（{self.source}）"))
        insert_rows(OrderTopic, links)
        insert_rows(Callback, callbacks)
        self.result.created += len(rows)

    def _fields(self, row, old):
        """The WorkOrder columns a row sets, with defaults the format leaves to us."""
        category = self._category(None, row.category)
        subcategory = self._category(category.id, row.subcategory) if row.subcategory else None
        fields = {name: getattr(row, name) for name in ORDER_FIELDS if hasattr(row, name)}
        fields.update(
            status=row.status,
            category=category.id,
            subcategory=subcategory.id if subcategory else None,
            callback_result=row.callback_result or None,  # the order's copy of its Callback's result
            department=None,
            urgency=None,
        )
        if row.disposition == "转办":
            kind = subcategory or category
            urgency = (old or {}).get("urgency") or kind.default_urgency
            dispatched_at = row.dispatched_at or row.received_at
            fields.update(
                department=self._department(row.department),
                urgency=urgency,
                dispatched_at=dispatched_at,
                due_at=row.due_at or self._deadline(dispatched_at, kind.deadline_days(urgency)),
            )
        return fields

    def _deadline(self, start, days):
        key = (start.date(), days)
        if key not in self.deadlines:
            self.deadlines[key] = self.calendar.deadline(start, days)
        return self.deadlines[key]

    def _category(self, parent_id, name):
        key = (parent_id, name)
        if key not in self.categories:
            parent_match = Category.parent.is_null() if parent_id is None else Category.parent == parent_id
            found = Category.get_or_none(parent_match, Category.name == name)
            self.categories[key] = found or Category.create(name=name, parent=parent_id)
        return self.categories[key]

    def _department(self, name):
        if name not in self.departments:
            found = Department.get_or_none(Department.name == name)
            self.departments[name] = (found or Department.create(name=name, kind=department_kind(name))).id
        return self.departments[name]

    def _topic(self, name):
        if name not in self.topics:
            self.topics[name] = Topic.get_or_create(name=name)[0].id
        return self.topics[name]

    def _replace_topics(self, order_id, have, wanted):
        if have - wanted:
            OrderTopic.delete().where(OrderTopic.order == order_id, OrderTopic.topic.in_(list(have - wanted))).execute()
        if wanted - have:
            OrderTopic.insert_many([{"order": order_id, "topic": t} for t in wanted - have]).execute()

    def _replace_callback(self, order_id, old, wanted):
        if _same_callback(old, wanted):
            return
        Callback.delete().where(Callback.order == order_id).execute()
        if wanted:
            Callback.insert(order=order_id, **wanted).execute()

    def _event(self, order_id, from_status, row, note, to_status=None):
        return {
            "order": order_id,
            "action": ACTOR,
            "from_status": from_status,
            "to_status": to_status or row.status,
            "actor": None,
            "actor_name": ACTOR,
            "at": self.now,
            "note": note,
        }


def department_kind(name: str) -> str:
    """Guess the kind of a unit created by an import from its name."""
    if name.endswith("街道办事处"):
        return "街道办事处"
    if name.endswith(("镇人民政府", "乡人民政府")):
        return "乡镇人民政府"
    return "县直部门"


def _topic_sets(order_ids):
    sets = {}
    for order_id, topic_id in (
        OrderTopic.select(OrderTopic.order, OrderTopic.topic).where(OrderTopic.order.in_(order_ids)).tuples()
    ):
        sets.setdefault(order_id, set()).add(topic_id)
    return sets


def _callback_fields(row):
    """The Callback a row asks for, or None. Without 回访时间 the last known time is used."""
    if not row.callback_result:
        return None
    called_at = row.callback_at or row.resolved_at or row.replied_at or row.received_at
    return {"called_at": called_at, "result": row.callback_result, "note": row.callback_note}


def _same_callback(old, wanted):
    if old is None or wanted is None:
        return old is None and wanted is None
    return all(_normal(old[k]) == _normal(v) for k, v in wanted.items())


def _normal(value):
    return value.replace(microsecond=0) if isinstance(value, dt.datetime) else value


# --- re-imports that must not undo work (docs/RULES.md § Import format, "Conflicts") --------

# How far an order is in its life; a row may not take it to an earlier stage.
LIFE_STAGE = {"NEW": 0, "DISPATCHED": 1, "RETURNED": 1, "ACCEPTED": 2, "REPLIED": 3}
CLOSED = ("ONLINE", "REJECTED", "RESOLVED")


def keep_unit_stage(old: dict, fields: dict) -> None:
    """The format cannot say 签收 or 退回: a 转办 row for the same unit keeps 已签收 / 已退回."""
    same_unit = fields.get("department") == old["department"]
    if old["status"] in ("ACCEPTED", "RETURNED") and fields["status"] == "DISPATCHED" and same_unit:
        fields["status"] = old["status"]


def _row_latest(row) -> dt.datetime:
    moments = [row.received_at, row.dispatched_at, row.replied_at, row.resolved_at, row.callback_at]
    return max(m for m in moments if m is not None)


def conflict_reason(old, fields, row, old_callback, wanted_callback, last_work_at) -> str:
    """Why writing this row would undo work recorded since the file was made, or "".

    - it moves the order back in its life (已办结 → 已回复, 已回复 → 已转办), or changes how a
      closed order (在线办结, 不予立案, 已办结) was closed;
    - it removes or rewrites a callback recorded in the system (`old_callback`: None when the
      stored callback came from an import, which a later file may correct) and made later than
      the row's own callback;
    - a step was taken in the system (not by an import) after the last moment the row records.
    """
    before, after = old["status"], fields["status"]
    if after != before and (before in CLOSED or LIFE_STAGE.get(after, 4) < LIFE_STAGE.get(before, 4)):
        return f"系统中为「{STATUSES[before]}」，文件中为「{STATUSES[after]}」，导入会使工单倒退"
    latest = _row_latest(row)
    if old_callback is not None and not _same_callback(old_callback, wanted_callback):
        made = _normal(old_callback["called_at"])
        if wanted_callback is None or made > _normal(wanted_callback["called_at"]):
            what = "没有回访" if wanted_callback is None else f"回访为「{wanted_callback['result']}」"
            return (
                f"系统中已有 {made:%Y-%m-%d %H:%M} 的回访（{old_callback['result']}），文件中{what}，导入会删除或改写它"
            )
    if last_work_at is not None and _normal(last_work_at) > latest:
        return f"系统中 {last_work_at:%Y-%m-%d %H:%M} 有办理记录，晚于文件中该工单的最后时间 {latest:%Y-%m-%d %H:%M}"
    return ""


def _last_work(order_ids):
    """{order id: time of its latest step taken in the system}, imports left out."""
    if not order_ids:
        return {}
    return dict(
        OrderEvent.select(OrderEvent.order, fn.MAX(OrderEvent.at))
        .where(OrderEvent.order.in_(order_ids), OrderEvent.action != ACTOR)
        .group_by(OrderEvent.order)
        .tuples()
    )


def _called_back_in_system(order_ids):
    """Orders whose callback was recorded by the 回访 step (not by an import)."""
    if not order_ids:
        return set()
    from workflow import ACTION_LABELS

    label = ACTION_LABELS["record_callback"]
    rows = (
        OrderEvent.select(OrderEvent.order)
        .where(OrderEvent.order.in_(order_ids), OrderEvent.action == label)
        .distinct()
    )
    return {order_id for (order_id,) in rows.tuples()}


def _dry_run_conflicts(path, ignore_unknown, overwrite):
    """The conflicts an import would report: the write is run and rolled back."""
    if overwrite:
        return []
    result = ImportResult()
    writer = _Writer(result, Path(path).name)
    with db.atomic() as transaction:
        batch = []
        for row in _valid_rows(path, ignore_unknown):
            batch.append(row)
            if len(batch) >= BATCH:
                writer.write(batch)
                batch = []
        if batch:
            writer.write(batch)
        transaction.rollback()
    return result.conflicts


def _file_encoding(path):
    return csv_encoding(path) if Path(path).suffix.lower() in (".csv", ".txt") else "utf-8"
