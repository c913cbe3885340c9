"""Guarded steps, through the screens: 在线办结 needs the answer, the irreversible steps carry a
confirmation saying what will happen, the call form checks phone numbers as Chinese mobile or
landline numbers, offers 骚扰来电 and 「保存并受理下一个」, and the dispatch page suggests the
units that handled the same sub-category most. (The dialogs themselves: tests/test_browser_guarded.py.)"""

import html as htmllib
import re

import pytest

import workflow
from admin.order_create import phone_number
from models import WorkOrder
from tests.factories import make_category, make_department, make_order, make_user
from tests.screens import order_in, post

LIST = "/admin/orders/"


@pytest.fixture
def top(app):
    return make_category("城市管理市容类")


def test_close_online_without_an_answer_is_refused(client, login_as):
    login_as("operator")
    order = make_order()
    response = post(client, LIST + "step/close_online/", {"id": order.id, "reply": "  "}, follow_redirects=True)
    assert "在线办结须填写答复内容" in response.get_data(as_text=True)
    assert WorkOrder.get_by_id(order.id).status == "NEW"
    post(client, LIST + "step/close_online/", {"id": order.id, "reply": "已告知办理地点"})
    fresh = WorkOrder.get_by_id(order.id)
    assert (fresh.status, fresh.reply) == ("ONLINE", "已告知办理地点")


def test_workflow_itself_requires_the_answer(app):
    order = make_order()
    with pytest.raises(workflow.WorkflowError, match="须填写答复内容"):
        workflow.close_online(order, make_user("operator"), reply="")


def _confirm_of(page, step):
    form = page.split(f'id="step-{step}"')[1].split(">")[0]
    found = re.search(r'data-confirm="([^"]*)"', form)
    return htmllib.unescape(found.group(1)) if found else None


def test_irreversible_steps_ask_with_what_will_happen(client, login_as):
    login_as("operator")
    new = make_order()
    page = client.get(f"{LIST}details/?id={new.id}").get_data(as_text=True)
    assert "将在线办结" in _confirm_of(page, "close_online") and "{reply}" in _confirm_of(page, "close_online")
    assert "将不予立案（原因：{reason}）" in _confirm_of(page, "reject")
    assert "将标记为骚扰来电" in _confirm_of(page, "mark_harassment")
    assert 'id="online-reply"' in page and "required" in page.split('id="online-reply"')[0].rsplit("<textarea", 1)[1]
    unit = make_department("县住建局")
    replied = order_in("REPLIED", unit=unit)
    page = client.get(f"{LIST}details/?id={replied.id}").get_data(as_text=True)
    assert "将退回县住建局重办" in _confirm_of(page, "reopen")
    assert _confirm_of(page, "resolve") is None  # 办结 is the ordinary end: no dialog


def test_unit_return_asks_too(client, login_as):
    unit = make_department("县住建局")
    order = order_in("ACCEPTED", unit=unit)
    login_as("department", department=unit)
    page = client.get(f"{LIST}details/?id={order.id}").get_data(as_text=True)
    assert "将退回话务中心（原因：{reason}）" in _confirm_of(page, "return_order")


def test_bulk_harassment_action_names_the_count(client, login_as):
    login_as("operator")
    make_order()
    page = client.get(LIST).get_data(as_text=True)
    import json

    confirmations = page.split('id="actions-confirmation-data" class="d-none">')[1].split("</div>")[0]
    assert "将把选中的 {count} 件工单标记为骚扰来电" in json.loads(htmllib.unescape(confirmations))["mark_harassment"]


@pytest.mark.parametrize(
    "typed,stored",
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("+8613812345678", "+8613812345678"),
        ("0743-4221234", "0743-4221234"),
        ("07434221234", "07434221234"),
        ("010-62345678", "010-62345678"),
        ("0743-4221234-806", "0743-4221234-806"),
    ],
)
def test_good_numbers(typed, stored):
    assert phone_number(typed) == stored


@pytest.mark.parametrize("typed", ["123", "12345678901", "1381234567", "138123456789", "0743-123", "4221234", "12abc"])
def test_bad_numbers_are_refused_on_the_call_form(client, login_as, top, typed):
    login_as("operator")
    response = post(client, LIST + "new/", {"caller_phone": typed, "category": top.id, "content": "路灯不亮"})
    page = response.get_data(as_text=True)
    assert "来电号码应为11位手机号（如 13812345678）或带区号的固定电话" in page
    assert WorkOrder.select().count() == 0


def test_call_form_online_needs_the_answer(client, login_as, top):
    login_as("operator")
    page = post(client, LIST + "new/", {"category": top.id, "content": "咨询社保", "disposition": "online"}).get_data(
        as_text=True
    )
    assert "在线办结须填写答复内容" in page and WorkOrder.select().count() == 0


def test_call_form_harassment_choice(client, login_as, top):
    login_as("operator")
    response = post(
        client, LIST + "new/", {"caller_phone": "13812345678", "category": top.id, "disposition": "harassment"}
    )
    order = WorkOrder.get()
    assert (order.status, order.is_harassment) == ("ONLINE", True)
    assert order.content == "骚扰来电（话务员受理时标记）"
    assert response.headers["Location"].endswith(f"/admin/orders/details/?id={order.id}")
    # Without the choice the content is still required.
    page = post(client, LIST + "new/", {"category": top.id, "disposition": "keep"}).get_data(as_text=True)
    assert "请填写诉求内容" in page and WorkOrder.select().count() == 1


def test_save_and_take_the_next_call(client, login_as, top):
    login_as("operator")
    response = post(
        client,
        LIST + "new/",
        {"caller_phone": "0743-4221234", "category": top.id, "content": "咨询", "disposition": "online",
         "reply": "已告知", "and_next": "1"},
    )  # fmt: skip
    assert response.status_code == 302 and response.headers["Location"].endswith("/admin/orders/new/")
    assert WorkOrder.get().status == "ONLINE"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "已受理，工单编号" in page and 'value="0743-4221234"' not in page  # a fresh form


def test_dispatch_page_suggests_the_units_that_handled_the_sub_category(client, login_as, top):
    lamps = make_category("路灯", parent=top)
    noise = make_category("噪音扰民", parent=top)
    often, seldom, other, closed = (
        make_department(n) for n in ("县住建局", "民安街道办事处", "县环保局", "已撤销单位")
    )
    for unit, times in ((often, 3), (seldom, 1), (closed, 5)):
        for _ in range(times):
            order_in("DISPATCHED", unit=unit, category=top, subcategory=lamps)
    closed.active = False  # a unit closed since: not suggested
    closed.save()
    order_in("DISPATCHED", unit=other, category=top, subcategory=noise)
    login_as("operator")
    new = make_order(category=top, subcategory=lamps)
    page = client.get(f"{LIST}dispatch/?ids={new.id}").get_data(as_text=True)
    box = page.split('id="unit-suggestions"')[1].split("</div>")[0]
    assert re.findall(r">([^<>]+)（(\d+)件）<", box) == [("县住建局", "3"), ("民安街道办事处", "1")]
    assert 'id="unit-search"' in page


def test_dispatch_page_without_history_suggests_nothing(client, login_as, top):
    login_as("operator")
    new = make_order(category=top)
    make_department("县住建局")
    page = client.get(f"{LIST}dispatch/?ids={new.id}").get_data(as_text=True)
    assert 'id="unit-suggestions"' not in page and "县住建局" in page
