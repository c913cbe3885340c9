"""The reminder pass: 临期 / 超期 / 督办 in working days, once per order per day, stored with
delivery status; notices for units and supervisors; the 无法送达 list.

Time is frozen by passing `today` / `now` into the pass (Spring Festival 2020: holidays
2020-01-24 .. 2020-02-02, working again on Monday 2020-02-03).
"""

import datetime as dt
import threading

import pytest

import reminders
from models import Delivery, Notice, Reminder, db
from tests.conftest import csrf_token
from tests.factories import make_department, make_order

END = dt.time(23, 59, 59)


def due(day):
    return dt.datetime.combine(day, END)


@pytest.fixture
def unit(app):
    return make_department("县住建局", email="", phone="")


def open_order(unit, due_day, status="DISPATCHED", **overrides):
    return make_order(status=status, department=unit, due_at=due(due_day), urgency="一般", **overrides)


def kinds(order, day=None):
    query = Reminder.select().where(Reminder.order == order.id)
    if day:
        query = query.where(Reminder.day == day)
    return sorted(r.kind for r in query)


def run(today, app):
    with app.app_context():
        return reminders.run_pass(today=today, now=dt.datetime.combine(today, dt.time(1, 0)))


def test_soon_counts_working_days_across_the_holiday(app, unit):
    # On Thursday 2020-01-23 the next working day is Monday 2020-02-03 (Spring Festival).
    after_holiday = open_order(unit, dt.date(2020, 2, 3))
    today_due = open_order(unit, dt.date(2020, 1, 23), status="ACCEPTED")
    later = open_order(unit, dt.date(2020, 2, 4))
    run(dt.date(2020, 1, 23), app)
    assert kinds(after_holiday) == ["临期"]
    assert kinds(today_due) == ["临期"]
    assert kinds(later) == []


def test_escalation_waits_for_three_working_days_not_calendar_days(app, unit):
    order = open_order(unit, dt.date(2020, 1, 23))
    run(dt.date(2020, 2, 3), app)  # 11 calendar days late, 1 working day
    assert kinds(order, dt.date(2020, 2, 3)) == ["超期"]
    run(dt.date(2020, 2, 4), app)
    assert kinds(order, dt.date(2020, 2, 4)) == ["超期"]
    run(dt.date(2020, 2, 5), app)  # the third working day late: 督办 to supervisors
    assert kinds(order, dt.date(2020, 2, 5)) == ["督办", "超期"]
    notice = Notice.get((Notice.order == order.id) & (Notice.for_role == "supervisor"))
    assert "已超期 3 个工作日" in notice.text and "县住建局" in notice.text


@pytest.mark.parametrize("status", ["REPLIED", "RETURNED", "RESOLVED", "ONLINE", "NEW"])
def test_orders_not_waiting_on_the_unit_get_no_reminder(app, unit, status):
    order = open_order(unit, dt.date(2020, 1, 10), status=status)
    run(dt.date(2020, 2, 5), app)
    assert kinds(order) == []


def test_a_second_pass_on_the_same_day_adds_nothing(app, unit):
    orders = [open_order(unit, dt.date(2020, 1, 20)), open_order(unit, dt.date(2020, 2, 5))]
    first = run(dt.date(2020, 2, 5), app)
    counts = (Reminder.select().count(), Notice.select().count(), Delivery.select().count())
    second = run(dt.date(2020, 2, 5), app)
    assert sum(first.created.values()) == 3  # 超期 + 督办, and 临期
    assert sum(second.created.values()) == 0
    assert (Reminder.select().count(), Notice.select().count(), Delivery.select().count()) == counts
    assert [kinds(o) for o in orders] == [["督办", "超期"], ["临期"]]
    # The next day is a new day: the overdue order is reminded again.
    run(dt.date(2020, 2, 6), app)
    assert kinds(orders[0], dt.date(2020, 2, 6)) == ["督办", "超期"]


def test_two_passes_at_once_make_one_reminder_each(app, unit):
    orders = [open_order(unit, dt.date(2020, 1, 20)) for _ in range(30)]
    db.close()
    barrier = threading.Barrier(2)
    results, errors = [], []

    def one_pass():
        try:
            with app.app_context(), db.connection_context():
                barrier.wait(timeout=10)
                results.append(reminders.run_pass(today=dt.date(2020, 2, 5), now=dt.datetime(2020, 2, 5, 1)))
        except Exception as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=one_pass) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert sorted(sum(r.created.values()) for r in results) == [0, 60]
    for order in orders:
        assert kinds(order) == ["督办", "超期"]
        assert Notice.select().where(Notice.order == order.id).count() == 2
    assert Delivery.select().where(Delivery.channel == "notice").count() == 60


def test_every_reminder_is_stored_with_its_delivery_status(app):
    with_mail = make_department("县城管和执法局", email="cg@example.cn", phone="0743-1234567")
    without = make_department("里耶镇人民政府", email="", phone="")
    a = open_order(with_mail, dt.date(2020, 1, 23))
    b = open_order(without, dt.date(2020, 1, 23))
    result = run(dt.date(2020, 2, 3), app)
    assert dict(result.created) == {"超期": 2}
    by_channel = lambda order: {  # noqa: E731
        d.channel: d
        for d in Delivery.select().join(Reminder).where(Reminder.order == order.id, Reminder.kind == "超期")
    }
    mail = by_channel(a)
    assert set(mail) == {"notice", "email", "sms"}
    assert mail["notice"].delivered and not mail["email"].delivered and mail["email"].recipient == "cg@example.cn"
    assert mail["sms"].recipient == "0743-1234567"
    none = by_channel(b)
    assert set(none) == {"notice", "email"}
    assert none["notice"].delivered
    assert not none["email"].delivered and "未登记电子邮箱" in none["email"].error
    assert result.unreachable == 1


def test_department_sees_its_notices_on_login(app, client, login_as, unit):
    other = make_department("县水利局")
    mine = open_order(unit, dt.date(2020, 1, 20))
    theirs = open_order(other, dt.date(2020, 1, 20))
    run(dt.date(2020, 2, 3), app)
    login_as("department", department=unit)
    home = client.get("/admin/", follow_redirects=True).get_data(as_text=True)
    assert "1 条未读催办提醒" in home
    page = client.get("/admin/notices/").get_data(as_text=True)
    assert mine.case_no in page and theirs.case_no not in page
    response = client.post("/admin/notices/read", data={"csrf_token": csrf_token(client, "/admin/notices/")})
    assert response.status_code == 302
    assert Notice.select().where(Notice.department == unit.id, Notice.read_at.is_null()).count() == 0
    assert Notice.select().where(Notice.department == other.id, Notice.read_at.is_null()).count() == 1


def test_supervisors_see_the_unreachable_units(app, client, login_as, unit):
    order = open_order(unit, dt.date(2020, 1, 20))
    run(dt.date(2020, 2, 3), app)
    login_as("supervisor")
    page = client.get("/admin/jobs/").get_data(as_text=True)
    assert "无法送达的提醒" in page and order.case_no in page and "单位未登记电子邮箱" in page
    notices = client.get("/admin/notices/").get_data(as_text=True)
    assert "【督办】" in notices and order.case_no in notices and "【超期催办】" not in notices


@pytest.mark.parametrize("role", ["operator", "department", "leader"])
def test_only_supervisors_see_the_jobs_page(client, login_as, role):
    login_as(role)
    assert client.get("/admin/jobs/").status_code == 403


def test_remind_command(app, runner, unit):
    order = open_order(unit, dt.date(2020, 1, 20))
    db.close()
    result = runner.invoke(args=["remind", "--date", "2020-02-05"])
    assert result.exit_code == 0, result.output
    assert "超期 1 条" in result.output and "督办 1 条" in result.output
    assert kinds(order) == ["督办", "超期"]
    bad = runner.invoke(args=["remind", "--date", "2020-13-01"])
    assert bad.exit_code == 1 and "日期格式错误" in bad.output
