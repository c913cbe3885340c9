"""The home page's work queues (docs/SCREENS.md § 首页) and 不满意 → 重办 / 结案 (docs/RULES.md §
Callbacks), through the screens: counts, links that list exactly those orders, the steps
posted as forms, and 发回重办 counted per unit."""

import datetime as dt
import re

import pytest

import clocks
import harassment
import workflow
from models import Callback, HarassmentFlag, OrderEvent, Rework, WorkOrder
from tests.factories import make_department, make_user
from tests.screens import listed_case_numbers, order_in, post


def _queues(html):
    return {key: int(n) for key, n in re.findall(r'data-queue="(\w+)">(\d+)<', html)}


def _link(html, key):
    match = re.search(rf'id="queue-{key}" href="([^"]+)"', html)
    return match.group(1).replace("&amp;", "&") if match else None


@pytest.fixture
def spread(app):
    unit = make_department("县住建局")
    actor = make_user("supervisor")
    o = {
        "new": order_in("NEW"),
        "replied": order_in("REPLIED", unit=unit),
        "returned": workflow.return_order(order_in("DISPATCHED", unit=unit), "非本单位职责", actor=actor),
        "extension": order_in("EXTENSION", unit=unit),
        "dispatched": order_in("DISPATCHED", unit=unit),
    }
    resolved = workflow.resolve(order_in("REPLIED", unit=unit), actor=actor)
    workflow.record_callback(resolved, "不满意", "路灯仍不亮", actor=actor)
    o["unsatisfied"] = resolved
    satisfied = workflow.resolve(order_in("REPLIED", unit=unit), actor=actor)
    workflow.record_callback(satisfied, "满意", actor=actor)
    flagged = order_in("NEW", caller_phone="13900000000")
    HarassmentFlag.create(order=flagged, phone=flagged.caller_phone, rules_json='["silent"]', score=30)
    o["flagged"] = flagged
    o["unit"] = unit
    return o


@pytest.mark.parametrize("role", ["operator", "supervisor"])
def test_office_sees_its_queues_with_links_to_exactly_those_orders(client, login_as, spread, role):
    login_as(role)
    html = client.get("/admin/").get_data(as_text=True)
    assert _queues(html) == {
        "new": 2,  # the plain NEW order and the flagged one
        "review": 1,
        "redispatch": 1,
        "extension": 1,
        "harassment": 1,
        "unsatisfied": 1,
    }
    for label in ("待处理", "已回复待办结", "已退回待改派", "延期待审批", "骚扰待审核", "不满意回访待处理"):
        assert label in html
    expected = {
        "new": {spread["new"].case_no, spread["flagged"].case_no},
        "review": {spread["replied"].case_no},
        "redispatch": {spread["returned"].case_no},
        "extension": {spread["extension"].case_no},
        "unsatisfied": {spread["unsatisfied"].case_no},
    }
    for key, numbers in expected.items():
        listed = set(listed_case_numbers(client.get(_link(html, key)).get_data(as_text=True)))
        assert listed == numbers, key
    review_link = _link(html, "harassment")
    if role == "supervisor":
        assert client.get(review_link).status_code == 200
    else:  # 骚扰审核 is the supervisors' screen: the operator sees the count only
        assert review_link is None


def test_leaders_see_figures_without_queues(client, login_as, spread):
    login_as("leader")
    html = client.get("/admin/").get_data(as_text=True)
    assert 'id="work-queues"' not in html and 'id="headline-figures"' in html


def test_queues_follow_the_work(client, login_as, spread):
    login_as("operator")
    post(client, "/admin/orders/step/resolve/", {"id": spread["replied"].id})
    html = client.get("/admin/").get_data(as_text=True)
    assert _queues(html)["review"] == 0


def test_unsatisfied_callback_sent_back_to_the_unit(client, login_as, spread):
    order, unit = spread["unsatisfied"], spread["unit"]
    login_as("operator")
    detail = client.get(f"/admin/orders/details/?id={order.id}").get_data(as_text=True)
    assert 'id="step-callback_reopen"' in detail and 'id="step-callback_close"' in detail
    assert "当前没有可执行的操作" not in detail

    # No reason: refused in Chinese, nothing changed.
    post(client, "/admin/orders/step/callback_reopen/", {"id": order.id, "reason": ""}, follow_redirects=True)
    assert WorkOrder.get_by_id(order.id).status == "RESOLVED"
    assert not Rework.select().exists()

    response = post(client, "/admin/orders/step/callback_reopen/", {"id": order.id, "reason": "路灯仍未修好"})
    assert response.status_code == 302
    stored = WorkOrder.get_by_id(order.id)
    assert (stored.status, stored.callback_followup, stored.accepted_at, stored.resolved_at) == (
        "DISPATCHED",
        "重办",
        None,
        None,
    )
    assert stored.due_at > dt.datetime.now() and stored.department_id == unit.id
    rework = Rework.get(Rework.order == order.id)
    assert (rework.department_id, rework.source, rework.reason) == (unit.id, "回访不满意", "路灯仍未修好")
    event = OrderEvent.select().where(OrderEvent.order == order.id).order_by(OrderEvent.id.desc()).get()
    assert (event.action, event.from_status, event.to_status) == ("退回重办（回访不满意）", "RESOLVED", "DISPATCHED")
    assert _queues(client.get("/admin/").get_data(as_text=True))["unsatisfied"] == 0
    assert clocks.rework_counts() == {"县住建局": 1}

    # The unit works on it again; the office calls back once more and the new result replaces 不满意.
    actor = make_user("supervisor")
    workflow.sign(stored, actor=actor)
    workflow.reply(stored, "已更换灯具", actor=actor)
    workflow.resolve(stored, actor=actor)
    assert "record_callback" in workflow.available_steps(WorkOrder.get_by_id(order.id), make_user("operator"))
    post(client, "/admin/orders/step/record_callback/", {"id": order.id, "result": "满意", "note": "已亮"})
    assert Callback.get(Callback.order == order.id).result == "满意"
    stored = WorkOrder.get_by_id(order.id)
    assert (stored.callback_result, stored.callback_followup) == ("满意", None)
    assert Callback.select().where(Callback.order == order.id).count() == 1


def test_a_second_unsatisfied_callback_waits_again_and_counts_again(app, spread):
    order, actor = spread["unsatisfied"], make_user("supervisor")
    workflow.callback_reopen(order, "仍不满意", actor=actor)
    workflow.sign(order, actor=actor)
    workflow.reply(order, "再次处理", actor=actor)
    workflow.record_callback(order, "不满意", "还是不行", actor=actor)
    assert WorkOrder.select().where(clocks.unsatisfied_pending()).count() == 1
    workflow.reopen(order, "回复未解决诉求", actor=actor)  # 退回重办 from 已回复 handles it too
    assert [r.source for r in Rework.select().order_by(Rework.id)] == ["回访不满意", "回访不满意"]
    assert clocks.rework_counts() == {"县住建局": 2}
    assert WorkOrder.get_by_id(order.id).callback_followup == "重办"


def test_office_review_reopen_counts_as_rework_of_that_unit(client, login_as, spread):
    login_as("operator")
    post(client, "/admin/orders/step/reopen/", {"id": spread["replied"].id, "reason": "答复不完整"})
    rework = Rework.get(Rework.order == spread["replied"].id)
    assert (rework.source, rework.department_id) == ("审核退回", spread["unit"].id)
    start, end = dt.datetime(2000, 1, 1), dt.datetime(2000, 2, 1)
    assert clocks.rework_counts(start, end) == {}  # counted where it happened, by its time


def test_unsatisfied_callback_closed_with_a_reason(client, login_as, spread):
    order = spread["unsatisfied"]
    login_as("operator")
    post(client, "/admin/orders/step/callback_close/", {"id": order.id, "reason": ""})
    assert WorkOrder.get_by_id(order.id).callback_followup is None
    post(client, "/admin/orders/step/callback_close/", {"id": order.id, "reason": "已按政策答复，群众仍不认可"})
    stored = WorkOrder.get_by_id(order.id)
    assert (stored.status, stored.callback_followup) == ("RESOLVED", "结案")
    event = OrderEvent.select().where(OrderEvent.order == order.id).order_by(OrderEvent.id.desc()).get()
    assert (event.action, event.note) == ("不满意结案", "已按政策答复，群众仍不认可")
    assert not Rework.select().exists()
    detail = client.get(f"/admin/orders/details/?id={order.id}").get_data(as_text=True)
    assert 'id="step-callback_reopen"' not in detail


def test_unsatisfied_on_a_replied_order_closes_it(app, spread):
    order, actor = spread["replied"], make_user("supervisor")
    workflow.record_callback(order, "不满意", actor=actor)
    workflow.callback_close(order, "诉求超出政策范围", actor=actor)
    stored = WorkOrder.get_by_id(order.id)
    assert stored.status == "RESOLVED" and stored.resolved_at is not None


def test_units_and_leaders_may_not_send_back(client, login_as, spread):
    login_as("department", department=spread["unit"])
    response = post(client, "/admin/orders/step/callback_reopen/", {"id": spread["unsatisfied"].id, "reason": "x"})
    assert response.status_code == 403
    assert WorkOrder.get_by_id(spread["unsatisfied"].id).status == "RESOLVED"


def test_the_filter_only_finds_undecided_unsatisfied_callbacks(app, spread):
    harassment_order = spread["flagged"]
    workflow.close_online(harassment_order, actor=None, reply="已告知")
    workflow.record_callback(harassment_order, "不满意", actor=None)
    harassment.confirm(HarassmentFlag.get(HarassmentFlag.order == harassment_order.id), make_user("supervisor"))
    ids = {o.id for o in WorkOrder.select().where(clocks.unsatisfied_pending())}
    assert ids == {spread["unsatisfied"].id}
