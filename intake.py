"""受理 of a new order with a fresh number: the one path of the 受理 form and the intake API.

`receive_new` draws the next 工单编号 (admin.order_create.next_case_no), creates the order
through workflow.receive (so it is recorded as every 受理 is), links its topics and hands a
phone order to the harassment filter through the queue (jobs.enqueue_filter), as the form
always did. Two writers drawing the same number at once: the one that loses draws again.
"""

import fcntl
import os
import random
import time
from contextlib import contextmanager

from peewee import IntegrityError, OperationalError, SqliteDatabase

import jobs
import workflow
from models import OrderTopic, db
from workflow import WorkflowError

ATTEMPTS = 8


# PostgreSQL: the advisory lock (transaction-scoped) that lets one writer at a time draw a number.
NUMBERING_LOCK = 12345


_lock_files = {}  # database path -> the open lock file of this process
os.register_at_fork(after_in_child=_lock_files.clear)  # a child opens its own


@contextmanager
def _writers_in_turn(path):
    """SQLite: writers of new orders queue on a lock file beside the database (flock), and the
    next one is woken the moment the last one is done. Waiting on SQLite's own lock alone, a
    writer sleeps and retries (1, 2, 5, 10 ms …) and most of the wait is spent asleep. SQLite's
    lock still guards the data: this only decides the order, and is skipped for a database in
    memory or when the lock file cannot be opened."""
    handle = _lock_files.get(path)
    if handle is None and path and path != ":memory:":
        try:
            handle = _lock_files[path] = open(f"{path}-writers.lock", "a")  # noqa: SIM115 (kept open)
        except OSError:
            handle = None
    if handle is None:
        yield
        return
    fcntl.flock(handle, fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def _transaction():
    """The transaction a number is drawn and used in, writers one after the other: they would
    otherwise read the same last number and all but one fail and draw again.
    SQLite: take the write lock at BEGIN, so a second writer waits (busy_timeout) instead of
    failing when it turns from reading the last number to writing (a deferred transaction).
    PostgreSQL: an advisory lock held until commit; the next writer then reads the new number."""
    if isinstance(db.obj, SqliteDatabase):
        with _writers_in_turn(db.obj.database), db.atomic(lock_type="IMMEDIATE") as transaction:
            yield transaction
        return
    with db.atomic() as transaction:
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (NUMBERING_LOCK,))
        yield transaction


class NumberingError(WorkflowError):
    """No free number after ATTEMPTS draws (writers racing for hours would be needed)."""


def receive_new(fields, topics=(), actor=None, note="", atomic_with=None):
    """Create a NEW order from `fields` (WorkOrder fields, case_no drawn here) and return it.

    `topics`: Topic ids. `atomic_with(order)`: called inside the order's own transaction
    (the API stores its Idempotency-Key there, so an order and its key come together or not
    at all). Raises WorkflowError (its message for staff) when a rule refuses the order."""
    from admin.order_create import next_case_no

    for _attempt in range(ATTEMPTS):
        try:
            with _transaction():
                order = workflow.receive(actor=actor, case_no=next_case_no(), note=note, **fields)
                for topic_id in topics:
                    OrderTopic.get_or_create(order=order, topic=topic_id)
                if atomic_with is not None:
                    atomic_with(order)
            break
        except WorkflowError as error:
            if "已存在" not in error.message:
                raise
        except IntegrityError as error:
            # The number taken between the check and the insert by another writer; anything
            # else (a second use of an Idempotency-Key) is the caller's to handle.
            if "case_no" not in str(error):
                raise
        except OperationalError as error:  # SQLite: another writer held the database
            if "locked" not in str(error):
                raise
        time.sleep(random.uniform(0, 0.02))  # the writers drew together: apart, they won't again
    else:
        raise NumberingError("生成工单编号失败，请重试")
    if order.channel == "电话":
        jobs.enqueue_filter(order.id)
    return order
