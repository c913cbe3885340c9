"""init-db creates, and on a second run changes nothing; an older schema is upgraded."""

from peewee import CharField, IntegerField

from models import WorkOrder, db
from schema import create_or_upgrade


def _snapshot():
    tables = sorted(db.get_tables())
    return {t: (sorted(c.name for c in db.get_columns(t)), sorted(i.name for i in db.get_indexes(t))) for t in tables}


def test_init_db_twice_changes_nothing(runner):
    first = runner.invoke(args=["init-db"])
    assert first.exit_code == 0, first.output
    with db.connection_context():
        before = _snapshot()
    second = runner.invoke(args=["init-db"])
    assert second.exit_code == 0
    assert "无变更" in second.output
    with db.connection_context():
        assert _snapshot() == before
        assert "work_order" in before and "received_at" in before["work_order"][0]


def test_missing_table_and_column_are_added(app):
    from models import AuditLog

    with db.connection_context():
        db.drop_tables([AuditLog])
        # Columns the table does not have yet: one nullable, one NOT NULL with a default.
        WorkOrder._meta.add_field("priority_score", IntegerField(null=True))
        WorkOrder._meta.add_field("source_note", CharField(default="无"))
        try:
            changes = create_or_upgrade()
            assert "新建表 audit_log" in changes
            assert "新增列 work_order.priority_score" in changes
            assert "priority_score" in {c.name for c in db.get_columns("work_order")}
            assert "新增列 work_order.source_note" in changes
            assert create_or_upgrade() == []
        finally:
            WorkOrder._meta.remove_field("priority_score")
            WorkOrder._meta.remove_field("source_note")


def test_expected_indexes_exist(app):
    with db.connection_context():
        columns = {tuple(i.columns) for i in db.get_indexes("work_order")}
    for wanted in [("received_at",), ("status",), ("department_id",), ("category_id",), ("case_no",)]:
        assert wanted in columns, wanted
