"""Imports that cannot destroy work: re-importing an older file must not move an order back in
its life or delete a callback made since — such rows are reported as conflicts and skipped,
unless --overwrite — and a CSV saved by Excel on Chinese Windows (GB18030) is read as such."""

import datetime as dt

import pytest

import workflow
from interchange.importer import import_orders
from models import Callback, OrderEvent, WorkOrder
from tests.factories import make_department, make_user
from tests.import_files import row, write_csv

REPLIED_ROW = dict(
    case_no="20200000101", disposition="转办", department="县住建局", dispatched_at="2020-01-05 10:00",
    replied_at="2020-01-07 16:00", reply="已维修", resolved="否", callback_result="",
)  # fmt: skip


def _import(runner, path, *options):
    return runner.invoke(args=["import-orders", str(path), *options])


def _order(case_no="20200000101"):
    return WorkOrder.get(WorkOrder.case_no == case_no)


@pytest.fixture
def replied_then_worked(app, runner, tmp_path):
    """An order imported as 已回复 from an older file, then resolved and called back on screen."""
    old_file = write_csv(tmp_path / "old.csv", [row(**REPLIED_ROW)])
    assert _import(runner, old_file).exit_code == 0
    operator = make_user("operator", display_name="王话务")
    order = _order()
    workflow.resolve(order, actor=operator, at=dt.datetime(2020, 1, 8, 9, 0))
    workflow.record_callback(order, "满意", "群众认可", actor=operator)
    return old_file


def test_older_file_cannot_undo_resolve_and_callback(runner, replied_then_worked):
    result = _import(runner, replied_then_worked)
    assert result.exit_code == 0, result.stderr
    assert "1 条与系统中的办理进度冲突，已跳过" in result.output
    assert (
        "冲突，已跳过：第2行 工单 20200000101：系统中为「已办结」，文件中为「已回复」，导入会使工单倒退"
        in result.output
    )
    order = _order()
    assert order.status == "RESOLVED" and order.callback_result == "满意"
    assert Callback.get(Callback.order == order).note == "群众认可"
    assert OrderEvent.select().where(OrderEvent.order == order, OrderEvent.action == "导入").count() == 1


def test_overwrite_takes_the_file_and_says_why(runner, replied_then_worked):
    result = _import(runner, replied_then_worked, "--overwrite")
    assert result.exit_code == 0 and "冲突" not in result.output
    order = _order()
    assert order.status == "REPLIED" and Callback.get_or_none(Callback.order == order) is None
    note = OrderEvent.select().where(OrderEvent.order == order).order_by(OrderEvent.id.desc()).first().note
    assert note.startswith("导入覆盖（old.csv 第2行：系统中为「已办结」")


def test_dry_run_reports_the_conflicts_and_writes_nothing(runner, replied_then_worked):
    before = OrderEvent.select().count()
    result = _import(runner, replied_then_worked, "--dry-run")
    assert result.exit_code == 0
    assert "将跳过" in result.output and "冲突，将跳过：第2行 工单 20200000101" in result.output
    assert _order().status == "RESOLVED" and OrderEvent.select().count() == before


def test_a_callback_made_since_is_not_deleted(app, runner, tmp_path):
    old_file = write_csv(tmp_path / "old.csv", [row(**REPLIED_ROW)])
    _import(runner, old_file)
    workflow.record_callback(_order(), "不满意", "仍未修好", actor=make_user("operator"))
    # The same stage, but the file has no callback: importing it would delete the one made since.
    result = _import(runner, old_file)
    assert "系统中已有" in result.output and "回访（不满意），文件中没有回访，导入会删除或改写它" in result.output
    assert _order().callback_result == "不满意"


def test_a_step_taken_since_is_not_undone(app, runner, tmp_path):
    # 退回重办 sends 已回复 back to 已转办 in the system; the older file says 已回复.
    old_file = write_csv(tmp_path / "old.csv", [row(**REPLIED_ROW)])
    _import(runner, old_file)
    workflow.reopen(_order(), "群众反映仍未修好", actor=make_user("operator"))
    result = _import(runner, old_file)
    assert "有办理记录，晚于文件中该工单的最后时间 2020-01-07 16:00" in result.output
    assert _order().status == "DISPATCHED"


def test_a_newer_file_moves_the_order_on(app, runner, tmp_path):
    _import(runner, write_csv(tmp_path / "old.csv", [row(**REPLIED_ROW)]))
    newer = dict(REPLIED_ROW, resolved="是", resolved_at="2020-01-09 09:00", callback_result="满意",
                 callback_at="2020-01-10 10:00")  # fmt: skip
    result = _import(runner, write_csv(tmp_path / "new.csv", [row(**newer)]))
    assert "更新 1 条" in result.output and "冲突" not in result.output
    assert _order().status == "RESOLVED"


def test_signed_and_returned_orders_keep_their_stage(app, runner, tmp_path):
    dispatched = dict(REPLIED_ROW, replied_at="", reply="")
    path = write_csv(tmp_path / "dispatched.csv", [row(**dispatched), row(**dict(dispatched, case_no="20200000102"))])
    _import(runner, path)
    unit_user = make_user("supervisor")
    workflow.sign(_order(), actor=unit_user, at=dt.datetime(2020, 1, 5, 11, 0))
    workflow.return_order(_order("20200000102"), "非本单位职责", actor=unit_user, at=dt.datetime(2020, 1, 5, 11, 0))
    result = _import(runner, path)
    assert "未变 2 条" in result.output and "冲突" not in result.output
    assert (_order().status, _order("20200000102").status) == ("ACCEPTED", "RETURNED")
    # Another unit in the file is a real re-dispatch, not a conflict.
    moved = write_csv(tmp_path / "moved.csv", [row(**dict(dispatched, department="民安街道办事处"))])
    make_department("民安街道办事处")
    assert "冲突" in _import(runner, moved).output  # it would take the signed order back to 已转办


def test_gb18030_with_characters_beyond_gbk(app, runner, tmp_path):
    path = write_csv(tmp_path / "excel.csv", [row(caller_name="刘䶮", content="反映𠀾路段积水")], encoding="gb18030")
    result = _import(runner, path)
    assert result.exit_code == 0 and "GB18030" in result.output
    order = _order("20200000001")
    assert (order.caller_name, order.content) == ("刘䶮", "反映𠀾路段积水")
    # The same through the function the screens and scripts call.
    assert import_orders(path).encoding == "gb18030"


def test_neither_utf8_nor_gb18030_is_refused(app, runner, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_bytes(b"\x80\x80\x80\r\n")
    result = _import(runner, path)
    assert result.exit_code == 1
    assert "第1行既不是 UTF-8 也不是 GB18030 编码" in result.stderr
