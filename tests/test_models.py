"""Constraints the database itself enforces."""

import datetime as dt
import os

import pytest
from peewee import IntegrityError

from models import Callback, Category, Department, OrderTopic, Reminder, Topic, WorkOrder, db, is_postgres
from tests.factories import make_category, make_order, make_user


def _refused(create):
    with pytest.raises(IntegrityError), db.atomic():
        create()


def test_case_no_unique(app):
    make_order(case_no="20200000805")
    _refused(lambda: make_order(case_no="20200000805"))
    assert WorkOrder.select().count() == 1


def test_department_name_unique(app):
    Department.create(name="县住建局")
    _refused(lambda: Department.create(name="县住建局"))


def test_category_unique_under_parent(app):
    top = make_category("资源环境类")
    Category.create(name="噪音扰民", parent=top)
    _refused(lambda: Category.create(name="噪音扰民", parent=top))
    other = make_category("城市管理市容类")
    assert Category.create(name="噪音扰民", parent=other).id  # same name elsewhere is fine


def test_one_callback_per_order(app):
    order = make_order()
    Callback.create(order=order, result="满意")
    _refused(lambda: Callback.create(order=order, result="不满意"))


def test_one_reminder_of_a_kind_per_order_per_day(app):
    order = make_order()
    day = dt.date(2020, 3, 2)
    Reminder.create(order=order, kind="超期", day=day)
    _refused(lambda: Reminder.create(order=order, kind="超期", day=day))
    Reminder.create(order=order, kind="督办", day=day)
    Reminder.create(order=order, kind="超期", day=day + dt.timedelta(days=1))
    assert Reminder.select().count() == 3


def test_topic_link_unique(app):
    order = make_order()
    topic = Topic.create(name="疫情")
    OrderTopic.create(order=order, topic=topic)
    _refused(lambda: OrderTopic.create(order=order, topic=topic))
    assert order.topic_names == ["疫情"]


def test_order_needs_category(app):
    _refused(lambda: WorkOrder.create(case_no="1", received_at=dt.datetime(2020, 1, 1)))


def test_username_unique_and_password_hashed(app):
    user = make_user("operator", username="zhangsan", password="s3cret-pass")
    assert "s3cret-pass" not in user.password_hash
    assert user.check_password("s3cret-pass") and not user.check_password("wrong")
    _refused(lambda: make_user("leader", username="zhangsan"))


def test_deleting_an_order_takes_its_events(app):
    import workflow

    order = make_order()
    workflow.close_online(order, None, reply="已告知")
    order.delete_instance()
    from models import OrderEvent

    assert OrderEvent.select().count() == 0


def test_category_deadline_days_inherit(app):
    top = make_category("社会服务类", urgent_days=2)
    sub = Category.create(name="咨询", parent=top)
    assert (sub.deadline_days("紧急"), sub.deadline_days("一般"), sub.deadline_days("复杂")) == (2, 5, 10)


def _connection_identity():
    """Which server connection this is: PostgreSQL's backend pid, or the SQLite handle's id."""
    if is_postgres():
        return db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    return id(db.connection())


def test_pooled_connection_is_reused_and_not_shared_with_a_forked_child(app):
    with db.connection_context():
        parent = _connection_identity()
    with db.connection_context():
        assert _connection_identity() == parent  # back from the pool, not opened anew
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child (as RQ's work horse): a connection of its own, then exit at once
        code = 1
        try:
            with db.connection_context():
                child = _connection_identity()
                Category.create(name="子进程写入")
            os.write(write, str(child).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    _, status = os.waitpid(pid, 0)
    child = int(os.read(read, 100) or 0)
    os.close(read)
    assert os.waitstatus_to_exitcode(status) == 0
    with db.connection_context():
        assert _connection_identity() == parent  # the parent's connection survived the child
        assert Category.select().where(Category.name == "子进程写入").count() == 1
    if is_postgres():
        assert child != parent


def test_a_child_forked_while_the_parent_holds_a_connection_opens_its_own(app):
    with db.connection_context():
        parent = _connection_identity()
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                with db.connection_context():
                    os.write(write, str(_connection_identity()).encode())
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        _, status = os.waitpid(pid, 0)
        child = int(os.read(read, 100) or 0)
        os.close(read)
        assert os.waitstatus_to_exitcode(status) == 0
        assert _connection_identity() == parent  # still the parent's, still working
    if is_postgres():
        assert child != parent
