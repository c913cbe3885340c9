"""Whose clock an order is on (docs/RULES.md § Deadlines § Whose clock): one definition
(clocks.py) behind the list badge, the list filter, the home page's counts, the portal's tabs
and the reminders — and they agree. The orders are made through the real workflow.
"""

import datetime as dt
import re

import pytest

import clocks
import reminders
import workflow
from figures import overdue_by
from models import Notice, Reminder, WorkOrder, local_now
from tests.factories import make_category, make_department, make_user
from tests.screens import listed_case_numbers, order_in
from workdays import WorkCalendar

LONG_AGO = dt.datetime(2020, 3, 2, 9, 0)  # a Monday; every deadline from then is long past


@pytest.fixture
def unit(app):
    return make_department("县住建局", email="", phone="")


@pytest.fixture
def actor(app):
    return make_user("supervisor")


def _dispatched(unit, actor, at=LONG_AGO, **overrides):
    order = order_in("NEW", category=make_category("城市管理市容类"), received_at=at, **overrides)
    return workflow.dispatch(order, unit, "一般", actor=actor, at=at)


def _replied_in_time(unit, actor):
    """Dispatched 2020-03-02 (due 2020-03-09), signed and replied on 2020-03-03: on time.
    The office never 办结 it, so it is still REPLIED years later."""
    order = _dispatched(unit, actor)
    workflow.sign(order, actor=actor, at=LONG_AGO + dt.timedelta(hours=2))
    workflow.reply(order, "已修复路灯", actor=actor, at=LONG_AGO + dt.timedelta(days=1))
    return order


def _late(unit, actor):
    order = _dispatched(unit, actor)
    workflow.sign(order, actor=actor, at=LONG_AGO + dt.timedelta(hours=2))
    return order


def _portal_counts(html):
    return {
        k: int(n) for k, n in re.findall(r'id="tab-(\w+)"[^>]*>[^<]*\s*<span class="badge[^"]*">(\d+)</span>', html)
    }


def test_a_reply_before_the_deadline_is_never_overdue_anywhere(app, client, login_as, unit, actor):
    replied = _replied_in_time(unit, actor)
    late = _late(unit, actor)
    now = local_now()
    assert replied.due_at < now  # its deadline is long past, yet it was answered in time

    # The rule, as a condition and on the one order.
    overdue_ids = {o.id for o in WorkOrder.select().where(clocks.unit_overdue(now))}
    assert overdue_ids == {late.id}
    state = clocks.clock(WorkOrder.get_by_id(replied.id), now, WorkCalendar.load())
    assert state.kind == "待办结" and not state.against_unit and "超期" not in state.text

    # The home page's per-unit and per-category counts.
    assert overdue_by("2020Q1", WorkOrder.department) == {"县住建局": 1}
    assert overdue_by("2020Q1", WorkOrder.category) == {"城市管理市容类": 1}

    # Reminders: 超期 and 督办 only for the order the unit still holds, today and any day.
    result = reminders.run_pass(today=now.date(), now=now)
    assert result.created["超期"] == 1 and result.created["督办"] == 1
    assert not Reminder.select().where(Reminder.order == replied.id).exists()
    assert not Notice.select().where((Notice.order == replied.id) & Notice.text.contains("超期")).exists()
    for day in (dt.date(2020, 3, 10), dt.date(2020, 6, 1)):
        reminders.run_pass(today=day)
        assert not Reminder.select().where(Reminder.order == replied.id).exists()

    # The office's list: the badge, the 超期 filter and the home page.
    login_as("supervisor")
    listing = client.get("/admin/orders/").get_data(as_text=True)
    row = listing.split(replied.case_no, 1)[1].split("</tr>", 1)[0]
    assert "已回复待办结" in row and "超期" not in row
    assert listed_case_numbers(client.get("/admin/orders/?flt0_5=1").get_data(as_text=True)) == [late.case_no]
    assert replied.case_no in listed_case_numbers(client.get("/admin/orders/?flt0_5=0").get_data(as_text=True))
    home = client.get("/admin/?period=2020Q1").get_data(as_text=True)
    units = home.split('id="unit-chart"')[1].split("</svg>")[0]
    assert "超期1" in units and "超期2" not in units
    assert "本期工单中有 1 件在承办单位手中已超期" in home
    assert re.search(r'data-queue="review">1<', home)
    detail = client.get(f"/admin/orders/details/?id={replied.id}").get_data(as_text=True)
    assert (
        "已回复待办结" in detail and "个工作日）</span>" in detail and "超期" not in detail.split("办理时限")[1][:300]
    )

    # The unit's own portal: 超期 1 (the late one), the replied one waits on the office.
    client.post("/logout", data={"csrf_token": re.search(r'name="csrf_token" value="([^"]+)"', home).group(1)})
    login_as("department", department=unit)
    portal = client.get("/admin/portal/").get_data(as_text=True)
    assert _portal_counts(portal)["overdue"] == 1 and _portal_counts(portal)["replied"] == 1
    overdue_tab = client.get("/admin/portal/?tab=overdue").get_data(as_text=True)
    assert late.case_no in overdue_tab and replied.case_no not in overdue_tab


def test_the_office_clock_counts_working_days_since_the_reply(app, unit, actor):
    order = _replied_in_time(unit, actor)  # replied Tuesday 2020-03-03
    state = clocks.clock(WorkOrder.get_by_id(order.id), dt.datetime(2020, 3, 9, 10, 0), WorkCalendar.load())
    assert state.text == "已回复待办结（4个工作日）"  # Wed, Thu, Fri, Mon
    assert clocks.review_age_days(dt.datetime(2020, 3, 9, 10, 0), WorkCalendar.load()) == 4
    same_day = clocks.clock(WorkOrder.get_by_id(order.id), dt.datetime(2020, 3, 3, 18, 0), WorkCalendar.load())
    assert same_day.text == "已回复待办结（今日）"


def test_sign_limit_is_one_working_day_and_not_signing_stops_nothing(app, unit, actor):
    friday = dt.datetime(2020, 3, 6, 16, 0)
    order = _dispatched(unit, actor, at=friday)
    stored = WorkOrder.get_by_id(order.id)
    assert stored.sign_due_at == dt.datetime(2020, 3, 9, 23, 59, 59)  # Monday: the weekend does not count
    assert stored.due_at == dt.datetime(2020, 3, 13, 23, 59, 59)  # the 办理时限 runs from 转办, signed or not
    cal = WorkCalendar.load()
    tuesday = dt.datetime(2020, 3, 10, 9, 0)
    state = clocks.clock(stored, tuesday, cal)
    assert state.sign_late and state.kind == "正常" and "签收超时" in state.text
    result = reminders.run_pass(today=tuesday.date(), now=tuesday)
    assert result.created["签收超时"] == 1
    notice = Notice.get((Notice.order == order.id) & Notice.text.contains("签收"))
    assert notice.department_id == unit.id and "不因未签收而顺延" in notice.text
    # Unsigned past the 办理时限 it is 超期 like any other.
    later = dt.datetime(2020, 3, 16, 9, 0)
    assert clocks.clock(stored, later, cal).kind == "超期"
    assert WorkOrder.select().where(clocks.unit_overdue(later)).count() == 1
    # Signing ends the 签收 clock, not the other.
    workflow.sign(order, actor=actor, at=tuesday)
    assert not WorkOrder.select().where(clocks.sign_overdue(tuesday)).exists()
    assert clocks.clock(WorkOrder.get_by_id(order.id), later, cal).kind == "超期"


def test_sign_limit_is_configurable(app, unit, actor):
    app.config["SIGN_DAYS"] = 3
    with app.app_context():
        order = _dispatched(unit, actor, at=dt.datetime(2020, 3, 6, 16, 0))
    assert WorkOrder.get_by_id(order.id).sign_due_at == dt.datetime(2020, 3, 11, 23, 59, 59)


def test_reopen_starts_a_fresh_sign_limit(app, unit, actor):
    order = _replied_in_time(unit, actor)
    at = dt.datetime(2020, 3, 10, 10, 0)
    workflow.reopen(order, "回复未解决诉求", actor=actor, at=at)
    stored = WorkOrder.get_by_id(order.id)
    assert (stored.status, stored.sign_due_at) == ("DISPATCHED", dt.datetime(2020, 3, 11, 23, 59, 59))


def test_condition_and_badge_agree_on_every_status(app, unit, actor):
    """For a spread of orders and moments, the SQL condition and the one-order test say the same."""
    cal = WorkCalendar.load()
    orders = [
        _dispatched(unit, actor),
        _late(unit, actor),
        _replied_in_time(unit, actor),
        workflow.return_order(_dispatched(unit, actor), "非本单位职责", actor=actor),
        workflow.resolve(_replied_in_time(unit, actor), actor=actor),
        order_in("NEW"),
        order_in("ONLINE"),
    ]
    for now in (dt.datetime(2020, 3, 2, 12, 0), dt.datetime(2020, 3, 4, 9, 0), dt.datetime(2020, 3, 20, 9, 0)):
        soon = workflow.soon_until(now, cal)
        by_sql = {
            "超期": {o.id for o in WorkOrder.select().where(clocks.unit_overdue(now))},
            "临期": {o.id for o in WorkOrder.select().where(clocks.unit_due_soon(now, soon))},
            "签收超时": {o.id for o in WorkOrder.select().where(clocks.sign_overdue(now))},
        }
        states = {o.id: clocks.clock(WorkOrder.get_by_id(o.id), now, cal) for o in orders}
        by_badge = {
            "超期": {i for i, s in states.items() if s and s.kind == "超期"},
            "临期": {i for i, s in states.items() if s and s.kind == "临期"},
            "签收超时": {i for i, s in states.items() if s and s.sign_late},
        }
        assert by_sql == by_badge, now
