"""The department portal: its own queue (待签收, 办理中, 临期, 超期) and the unit's steps."""

import datetime as dt
import re

import workflow
from models import Notice, WorkOrder, local_now
from tests.factories import make_department
from tests.screens import order_in, post
from workdays import WorkCalendar

PORTAL = "/admin/portal/"


def _counts(html):
    return {
        key: int(n) for key, n in re.findall(r'id="tab-(\w+)"[^>]*>[^<]*\s*<span class="badge[^"]*">(\d+)</span>', html)
    }


def _overdue(order):
    WorkOrder.update(due_at=dt.datetime(2020, 1, 3, 23, 59, 59)).where(WorkOrder.id == order.id).execute()


def _soon(order):
    due = WorkCalendar.load().deadline(local_now(), 1)
    WorkOrder.update(due_at=due).where(WorkOrder.id == order.id).execute()


def test_queue_tabs_count_only_own_orders(client, login_as):
    own, other = make_department("本单位"), make_department("其他单位")
    todo = order_in("DISPATCHED", unit=own)
    doing = order_in("ACCEPTED", unit=own)
    late = order_in("ACCEPTED", unit=own)
    _overdue(late)
    soon = order_in("DISPATCHED", unit=own)
    _soon(soon)
    order_in("DISPATCHED", unit=other)
    login_as("department", department=own)
    html = client.get(PORTAL).get_data(as_text=True)
    assert _counts(html) == {
        "todo": 2,
        "doing": 2,
        "soon": 1,
        "overdue": 1,
        "sign_late": 0,
        "replied": 0,
        "supervised": 0,
    }
    assert todo.case_no in html and soon.case_no in html and doing.case_no not in html
    overdue_tab = client.get(PORTAL + "?tab=overdue").get_data(as_text=True)
    assert late.case_no in overdue_tab and "超期" in overdue_tab and todo.case_no not in overdue_tab
    assert soon.case_no in client.get(PORTAL + "?tab=soon").get_data(as_text=True)
    assert client.get(PORTAL + "?tab=nonsense").status_code == 404


def test_department_lands_on_its_queue_after_login(client, login_as):
    login_as("department")
    assert client.get("/admin/").headers["Location"].endswith(PORTAL)


def test_sign_reply_from_the_portal(client, login_as):
    unit = make_department()
    order = order_in("DISPATCHED", unit=unit)
    login_as("department", department=unit)
    response = post(client, "/admin/orders/step/sign/", {"id": order.id, "next": PORTAL})
    assert response.headers["Location"] == PORTAL
    assert WorkOrder.get_by_id(order.id).status == "ACCEPTED"
    post(client, "/admin/orders/step/reply/", {"id": order.id, "reply": "已安排维修，路灯已恢复"})
    order = WorkOrder.get_by_id(order.id)
    assert order.status == "REPLIED" and order.reply == "已安排维修，路灯已恢复"
    assert order.case_no in client.get(PORTAL + "?tab=replied").get_data(as_text=True)


def test_extension_request_and_return_with_reason(client, login_as):
    unit = make_department()
    slow = order_in("ACCEPTED", unit=unit)
    wrong = order_in("DISPATCHED", unit=unit)
    login_as("department", department=unit)
    post(client, "/admin/orders/step/request_extension/", {"id": slow.id, "days": "5", "reason": "需要多部门协调"})
    slow = WorkOrder.get_by_id(slow.id)
    assert (slow.extension_state, slow.extension_days) == ("申请中", 5)
    page = client.get(f"/admin/orders/details/?id={slow.id}").get_data(as_text=True)
    assert "/step/request_extension/" not in page  # one pending request at a time
    response = post(client, "/admin/orders/step/return_order/", {"id": wrong.id, "reason": ""}, follow_redirects=True)
    assert "请填写退回原因" in response.get_data(as_text=True)
    post(client, "/admin/orders/step/return_order/", {"id": wrong.id, "reason": "不属于本单位职责"})
    wrong = WorkOrder.get_by_id(wrong.id)
    assert wrong.status == "RETURNED" and wrong.return_reason == "不属于本单位职责"


def test_unread_notices_of_the_unit_are_shown(client, login_as):
    unit, other = make_department(), make_department()
    Notice.create(department=unit, text="工单即将到期，请尽快办理")
    Notice.create(department=other, text="别的单位的提醒")
    login_as("department", department=unit)
    html = client.get(PORTAL).get_data(as_text=True)
    assert "工单即将到期" in html and "别的单位的提醒" not in html


def test_department_detail_page_offers_only_unit_steps(client, login_as):
    unit = make_department()
    order = order_in("DISPATCHED", unit=unit)
    login_as("department", department=unit)
    html = client.get(f"/admin/orders/details/?id={order.id}").get_data(as_text=True)
    steps = set(re.findall(r"/step/(\w+)/", html))
    assert steps == {"sign", "request_extension", "return_order"}
    workflow.sign(order)
    html = client.get(f"/admin/orders/details/?id={order.id}").get_data(as_text=True)
    assert set(re.findall(r"/step/(\w+)/", html)) == {"reply", "request_extension", "return_order"}
