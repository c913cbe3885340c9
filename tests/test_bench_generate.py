"""bench.generate: the benchmark data later benchmarks rely on (counts, shares, importability)."""

import datetime as dt

from bench.generate import generate, write_csv
from models import Callback, WorkOrder
from tests.factories import make_order

END = dt.datetime(2025, 7, 1)


def test_generate_gives_the_asked_open_overdue_and_pending_orders(app):
    counts = generate(3000, years=2, end=END, open_orders=60, overdue=25, pending=7, seed=5)
    assert counts["orders"] == WorkOrder.select().count() == 3000

    open_orders = WorkOrder.select().where(WorkOrder.status.in_(("DISPATCHED", "ACCEPTED")))
    assert open_orders.count() == 60
    assert open_orders.where(WorkOrder.due_at < END).count() == 25
    assert WorkOrder.select().where(WorkOrder.status == "NEW").count() == 7
    assert WorkOrder.select().where(WorkOrder.received_at >= END).count() == 0

    def share(*conditions):
        return WorkOrder.select().where(*conditions).count() / 3000

    assert 0.84 < share(WorkOrder.status == "ONLINE") < 0.90
    assert 0.035 < share(WorkOrder.is_harassment == True) < 0.065
    assert 0.07 < share(WorkOrder.dispatched_at.is_null(False)) < 0.12
    assert 0.02 < share(WorkOrder.status == "REJECTED") < 0.045
    harassment_callbacks = Callback.select().join(WorkOrder).where(WorkOrder.is_harassment == True)
    assert harassment_callbacks.count() == 0

    # Ids were given explicitly: the database must still hand out new ones (PostgreSQL's sequence).
    assert make_order(case_no="X1").id > 3000


def test_generated_csv_imports_cleanly(runner, tmp_path, app):
    path = write_csv(tmp_path / "orders.csv", 400, years=1, end=END, seed=9)
    result = runner.invoke(args=["import-orders", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "新增 400 条" in result.output
    assert WorkOrder.select().where(WorkOrder.status == "RESOLVED").count() > 0
