"""WorkOrder.callback_result, the figures' copy of the order's Callback result, stays in step."""

import datetime as dt

import pytest
from peewee import JOIN
from playhouse.migrate import SchemaMigrator, migrate

import workflow
from bench.generate import generate
from demo.loader import load_demo
from models import Callback, WorkOrder, db
from schema import create_or_upgrade
from tests.factories import make_order, make_user
from tests.import_files import row, write_csv


@pytest.fixture
def actor(app):
    return make_user("operator")


def _stored(order_id):
    """(the order's copy, the Callback row's result) — None where there is none."""
    callback = Callback.get_or_none(Callback.order == order_id)
    return WorkOrder.get_by_id(order_id).callback_result, callback.result if callback else None


def test_record_callback_sets_the_order_copy(app, actor):
    order = make_order()
    workflow.close_online(order, actor, reply="已告知")
    assert _stored(order.id) == (None, None)
    workflow.record_callback(order, "未接通", "", actor)
    assert _stored(order.id) == ("未接通", "未接通")
    workflow.record_callback(order, "满意", "已解决", actor)
    assert _stored(order.id) == ("满意", "满意")
    assert order.callback_result == "满意"


def test_refused_callback_leaves_the_copy(app, actor):
    order = make_order()
    workflow.close_online(order, actor, reply="已告知")
    workflow.record_callback(order, "基本满意", "", actor)
    with pytest.raises(workflow.WorkflowError):
        workflow.record_callback(order, "不满意", "", actor)
    assert _stored(order.id) == ("基本满意", "基本满意")


def _import(runner, tmp_path, rows, name):
    path = tmp_path / name
    write_csv(path, rows)
    result = runner.invoke(args=["import-orders", str(path)])
    assert result.exit_code == 0, result.output
    return WorkOrder.get(WorkOrder.case_no == "20200000001").id


def test_import_keeps_the_copy_with_the_callback(runner, tmp_path):
    order_id = _import(runner, tmp_path, [row(callback_result="未接通")], "first.csv")
    assert _stored(order_id) == ("未接通", "未接通")
    _import(runner, tmp_path, [row(callback_result="满意")], "second.csv")
    assert _stored(order_id) == ("满意", "满意")
    # Re-import without a callback removes it, and the order's copy with it.
    _import(runner, tmp_path, [row(callback_result="")], "third.csv")
    assert _stored(order_id) == (None, None)


def test_upgrade_backfills_the_copy(app, actor):
    """A database from before the column gets each order's callback result on init-db."""
    answered, unanswered, none = make_order(), make_order(), make_order()
    Callback.create(order=answered, result="满意")
    Callback.create(order=unanswered, result="未接通")
    migrator = SchemaMigrator.from_database(db.obj)
    # Such a database had no index on the column either (SQLite refuses to drop an indexed column).
    migrate(migrator.drop_index("work_order", "work_order_callback_result_callback_followup"))
    migrate(migrator.drop_column("work_order", "callback_result"))
    assert "新增列 work_order.callback_result" in create_or_upgrade()
    assert [_stored(o.id) for o in (answered, unanswered, none)] == [
        ("满意", "满意"),
        ("未接通", "未接通"),
        (None, None),
    ]


def _mismatches():
    """Orders whose copy differs from their Callback (none on either side counts as equal)."""
    query = WorkOrder.select(WorkOrder.callback_result, Callback.result).join(
        Callback, JOIN.LEFT_OUTER, on=Callback.order == WorkOrder.id
    )
    pairs = list(query.tuples())
    return pairs, [pair for pair in pairs if pair[0] != pair[1]]


@pytest.mark.parametrize("load", [lambda: generate(500, years=1, end=dt.datetime(2025, 1, 1), seed=3), load_demo])
def test_bulk_writers_fill_the_copy(app, load):
    load()
    pairs, mismatches = _mismatches()
    assert mismatches == []
    assert any(result for result, _ in pairs) and any(result is None for result, _ in pairs)
