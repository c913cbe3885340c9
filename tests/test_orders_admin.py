"""The work-order screens: list, deadline highlighting, filters, search, export, detail page,
the call form (with the harassment filter queued), dispatch with its deadline preview,
workflow steps and bulk actions."""

import datetime as dt
import os

import pytest
from rq import Queue

import workflow
from admin.orders import OrderView
from models import Callback, OrderEvent, OrderTopic, Reminder, Topic, WorkOrder, local_now
from tests.factories import make_category, make_department, make_order, make_user
from tests.screens import listed_case_numbers, order_in, post
from workdays import WorkCalendar

LIST = "/admin/orders/"


def _listed(client, query=""):
    return listed_case_numbers(client.get(LIST + query).get_data(as_text=True))


def test_list_shows_the_columns_staff_scan(client, login_as):
    login_as("operator")
    order = make_order(content="来电反映民安街道路灯不亮" * 5)
    html = client.get(LIST).get_data(as_text=True)
    for header in ("编号", "受理时间", "分类", "内容摘要", "状态", "承办单位", "办理时限"):
        assert header in html
    assert order.case_no in html and "2020-01-10 09:00" in html
    assert "来电反映民安街道路灯不亮来电反映" in html and "…" in html  # a summary, not the whole text
    assert "受理" in html and "导出" in html  # Chinese status and Flask-Admin's own strings


def test_deadline_column_highlights_overdue_soon_and_remaining(client, login_as):
    login_as("operator")
    unit = make_department()
    overdue = make_order()
    workflow.dispatch(overdue, unit, "一般", at=dt.datetime(2020, 1, 6, 9, 0))
    running = make_order()
    workflow.dispatch(running, unit, "复杂")
    html = client.get(LIST).get_data(as_text=True)
    assert 'class="due-overdue"' in html and "超期" in html
    days = WorkCalendar.load().working_days_between(local_now(), WorkOrder.get_by_id(running.id).due_at)
    assert f"剩余{days}个工作日" in html
    urgent = make_order()
    workflow.dispatch(urgent, unit, "紧急")
    assert 'class="due-soon"' in client.get(LIST).get_data(as_text=True)


@pytest.fixture
def spread(app):
    """Orders that differ in one respect each, for the filters."""
    top = make_category("城市管理市容类")
    unit = make_department("县住建局")
    topic = Topic.create(name="疫情")
    orders = {
        "plain": make_order(received_at=dt.datetime(2020, 1, 5, 9, 0)),
        "category": make_order(category=top, received_at=dt.datetime(2020, 2, 5, 9, 0)),
        "topic": make_order(received_at=dt.datetime(2020, 4, 5, 9, 0)),
        "harassment": workflow.mark_harassment(make_order()),
        "overdue": order_in("DISPATCHED", unit=unit),
        "callback": workflow.close_online(make_order(), reply="已告知"),
    }
    OrderTopic.create(order=orders["topic"], topic=topic)
    WorkOrder.update(due_at=dt.datetime(2020, 1, 1)).where(WorkOrder.id == orders["overdue"].id).execute()
    workflow.record_callback(orders["callback"], "不满意", note="未解决")
    return {"orders": orders, "top": top, "unit": unit, "topic": topic}


def test_filters(client, login_as, spread):
    login_as("supervisor")
    o = spread["orders"]
    only = lambda key: [o[key].case_no]  # noqa: E731
    assert _listed(client, "?flt0_0=ONLINE") and set(_listed(client, "?flt0_0=ONLINE")) == {
        o["harassment"].case_no,
        o["callback"].case_no,
    }
    assert _listed(client, f"?flt0_1={spread['top'].id}") == only("category")
    assert _listed(client, f"?flt0_2={spread['unit'].id}") == only("overdue")
    assert _listed(client, f"?flt0_3={spread['topic'].id}") == only("topic")
    assert set(_listed(client, "?flt0_4=2020-02")) == {o["category"].case_no}
    assert o["plain"].case_no in _listed(client, "?flt0_4=2020Q1")
    assert o["topic"].case_no not in _listed(client, "?flt0_4=2020Q1")
    assert _listed(client, "?flt0_5=1") == only("overdue")
    assert _listed(client, "?flt0_6=1") == only("harassment")
    assert _listed(client, "?flt0_7=不满意") == only("callback")
    assert o["callback"].case_no not in _listed(client, "?flt0_7=none")


def test_search_by_number_phone_and_content(client, login_as):
    login_as("operator")
    a = make_order(caller_phone="13900001111", content="噪音扰民，夜间施工")
    b = make_order(caller_phone="13900002222", content="路灯不亮")
    assert _listed(client, f"?search={a.case_no}") == [a.case_no]
    assert _listed(client, "?search=13900002222") == [b.case_no]
    assert _listed(client, "?search=夜间施工") == [a.case_no]
    assert _listed(client, "?search=不存在的内容") == []


def test_masked_accounts_cannot_search_by_phone(client, login_as):
    make_order(caller_phone="13900001111")
    login_as("leader")
    assert _listed(client, "?search=13900001111") == []


def test_sorting_by_case_number(client, login_as):
    login_as("operator")
    numbers = sorted(make_order(received_at=dt.datetime(2020, 1, d, 9)).case_no for d in (3, 1, 2))
    column = OrderView.column_list.index("case_no")
    assert _listed(client, f"?sort={column}") == numbers
    assert _listed(client, f"?sort={column}&desc=1") == numbers[::-1]


def test_count_is_capped(client, login_as, monkeypatch):
    monkeypatch.setattr(OrderView, "count_cap", 3)
    for _ in range(5):
        make_order()
    login_as("operator")
    html = client.get(LIST + "?flt0_0=NEW").get_data(as_text=True)
    assert "超过 3 件" in html


@pytest.mark.parametrize("role,masked", [("operator", False), ("supervisor", False), ("leader", True)])
def test_export_masks_personal_data_for_readers(client, login_as, role, masked):
    make_order(caller_phone="13812345678", caller_name="姜小明")
    login_as(role)
    response = client.get(LIST + "export/csv/")
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff工单编号,受理时间")
    if masked:
        assert "138****5678" in text and "姜某某" in text and "13812345678" not in text
    else:
        assert "13812345678" in text and "姜小明" in text


def test_export_follows_the_filters(client, login_as, spread):
    login_as("operator")
    text = client.get(LIST + "export/csv/?flt0_6=1").get_data(as_text=True)
    assert text.count("\n") == 2 and spread["orders"]["harassment"].case_no in text


@pytest.mark.parametrize("role,masked", [("operator", False), ("leader", True), ("department", True)])
def test_detail_page_history_reminders_callback_and_masking(client, login_as, role, masked):
    unit = make_department()
    order = order_in("REPLIED", unit=unit, caller_phone="13812345678", caller_name="姜小明")
    workflow.resolve(order)
    workflow.record_callback(order, "满意", note="群众表示感谢")
    Reminder.create(order=order, kind="临期", day=dt.date(2020, 1, 15), department=unit)
    login_as(role, department=unit) if role == "department" else login_as(role)
    html = client.get(f"{LIST}details/?id={order.id}").get_data(as_text=True)
    for step in ("转办", "签收", "回复", "办结", "回访"):  # the factory skips 受理
        assert f"<td>{step}</td>" in html
    assert "临期" in html and "满意" in html and "群众表示感谢" in html
    if masked:
        assert "138****5678" in html and "姜某某" in html and "13812345678" not in html
    else:
        assert "13812345678" in html and "姜小明" in html


# --- the call form ------------------------------------------------------------------------


@pytest.fixture
def categories(app):
    top = make_category("城市管理市容类")
    return top, make_category("路灯", parent=top), make_category("噪音扰民", parent=make_category("资源环境类"))


def test_call_form_receives_an_order_and_queues_the_filter(app, client, login_as, categories, redis_conn):
    top, sub, _ = categories
    Topic.create(name="疫情")
    user = login_as("operator")
    response = post(
        client,
        LIST + "new/",
        {
            "channel": "电话",
            "caller_phone": "13812345678",
            "caller_name": "姜小明",
            "caller_area": "城镇",
            "category": top.id,
            "subcategory": sub.id,
            "topics": [Topic.get().id],
            "content": "小区路灯不亮",
            "disposition": "keep",
        },
    )
    assert response.status_code == 302
    order = WorkOrder.get(WorkOrder.content == "小区路灯不亮")
    assert order.status == "NEW" and order.subcategory_id == sub.id and order.created_by_id == user.id
    assert order.case_no == f"{local_now().year}0000001"
    assert order.topic_names == ["疫情"]
    assert OrderEvent.get(OrderEvent.order == order).action == "受理"
    jobs_in_queue = Queue("default", connection=redis_conn).jobs
    assert [j.args for j in jobs_in_queue] == [(order.id,)]


def test_call_form_refuses_a_subcategory_of_another_category(client, login_as, categories):
    top, _, foreign_sub = categories
    login_as("operator")
    response = post(
        client,
        LIST + "new/",
        {"category": top.id, "subcategory": foreign_sub.id, "content": "x", "disposition": "keep"},
    )
    assert response.status_code == 200
    assert "诉求小类不属于所选的诉求大类" in response.get_data(as_text=True)
    assert WorkOrder.select().count() == 0


def test_call_form_validation_messages_are_chinese(client, login_as, categories):
    login_as("operator")
    response = post(client, LIST + "new/", {"caller_phone": "abc", "category": 0, "content": "", "disposition": "keep"})
    html = response.get_data(as_text=True)
    # The number is checked as a Chinese mobile or landline (issue 11), no longer only for its characters.
    assert "请选择诉求大类" in html and "请填写诉求内容" in html and "来电号码应为11位手机号" in html


def test_call_form_closes_online_or_goes_to_dispatch(client, login_as, categories):
    top, _, _ = categories
    login_as("operator")
    post(client, LIST + "new/", {"category": top.id, "content": "咨询社保", "disposition": "online", "reply": "已告知"})
    assert WorkOrder.get(WorkOrder.content == "咨询社保").status == "ONLINE"
    response = post(client, LIST + "new/", {"category": top.id, "content": "占道经营", "disposition": "dispatch"})
    order = WorkOrder.get(WorkOrder.content == "占道经营")
    assert response.headers["Location"].endswith(f"/admin/orders/dispatch/?ids={order.id}")


def test_call_form_works_with_redis_down(database_url, tmp_path, categories):
    from app import create_app
    from tests.conftest import PASSWORD, csrf_token

    app = create_app(
        {"TESTING": True, "SECRET_KEY": "t", "DATABASE_URL": database_url, "REDIS_URL": "redis://127.0.0.1:1/0"}
    )
    client = app.test_client()
    user = make_user("operator", password=PASSWORD)
    client.post("/login", data={"username": user.username, "password": PASSWORD, "csrf_token": csrf_token(client)})
    top, _, _ = categories
    response = post(
        client, LIST + "new/", {"category": top.id, "content": "停电", "disposition": "keep"}, follow_redirects=True
    )
    assert response.status_code == 200
    assert WorkOrder.get(WorkOrder.content == "停电").status == "NEW"
    assert "后台任务服务不可用" in response.get_data(as_text=True)


def test_earlier_orders_of_the_caller(client, login_as):
    old = make_order(caller_phone="13812345678", content="上次反映的路灯问题")
    make_order(caller_phone="13900000000")
    login_as("operator")
    data = client.get(LIST + "by-phone/?phone=13812345678").get_json()
    assert [o["case_no"] for o in data["orders"]] == [old.case_no]
    assert data["orders"][0]["content"] == "上次反映的路灯问题"
    assert client.get(LIST + "by-phone/?phone=1").get_json() == {"orders": []}


# --- dispatch and steps ---------------------------------------------------------------------


def test_dispatch_shows_the_deadline_before_confirming(client, login_as):
    unit = make_department("县住建局")
    order = make_order()
    login_as("operator")
    preview = post(client, LIST + "dispatch/", {"ids": str(order.id), "department": unit.id, "urgency": "一般"})
    html = preview.get_data(as_text=True)
    expected = WorkCalendar.load().deadline(local_now(), 5)
    assert expected.strftime("%Y-%m-%d %H:%M") in html and "（5个工作日）" in html and "确认转办" in html
    assert WorkOrder.get_by_id(order.id).status == "NEW"  # nothing happens before confirming
    post(client, LIST + "dispatch/", {"ids": str(order.id), "department": unit.id, "urgency": "一般", "confirm": "1"})
    order = WorkOrder.get_by_id(order.id)
    assert order.status == "DISPATCHED" and order.department_id == unit.id and order.due_at == expected


def test_dispatch_needs_a_unit(client, login_as):
    order = make_order()
    login_as("operator")
    html = post(client, LIST + "dispatch/", {"ids": str(order.id), "urgency": "一般", "confirm": "1"}).get_data(
        as_text=True
    )
    assert "请选择承办单位和紧急程度" in html
    assert WorkOrder.get_by_id(order.id).status == "NEW"


def test_bulk_dispatch_several(client, login_as):
    unit = make_department()
    orders = [make_order() for _ in range(3)]
    done = workflow.close_online(make_order(), reply="已告知")
    login_as("supervisor")
    response = post(client, LIST + "action/", {"action": "dispatch", "rowid": [str(o.id) for o in orders + [done]]})
    assert "/admin/orders/dispatch/?ids=" in response.headers["Location"]
    ids = ",".join(str(o.id) for o in orders + [done])
    result = post(
        client,
        LIST + "dispatch/",
        {"ids": ids, "department": unit.id, "urgency": "紧急", "confirm": "1"},
        follow_redirects=True,
    )
    html = result.get_data(as_text=True)
    assert "已转办 3 件工单" in html and "不能转办" in html  # the online one is refused with the workflow's message
    assert WorkOrder.select().where(WorkOrder.status == "DISPATCHED").count() == 3


def test_bulk_mark_harassment(client, login_as):
    orders = [make_order() for _ in range(2)]
    login_as("operator")
    post(client, LIST + "action/", {"action": "mark_harassment", "rowid": [str(o.id) for o in orders]})
    assert WorkOrder.select().where(WorkOrder.is_harassment == True).count() == 2


def test_workflow_error_is_shown_and_changes_nothing(client, login_as):
    unit = make_department()
    order = order_in("ACCEPTED", unit=unit)
    login_as("department", department=unit)
    response = post(client, LIST + "step/reply/", {"id": order.id, "reply": "  "}, follow_redirects=True)
    assert "回复内容不能为空" in response.get_data(as_text=True)
    assert WorkOrder.get_by_id(order.id).status == "ACCEPTED"
    response = post(
        client, LIST + "step/request_extension/", {"id": order.id, "days": "abc", "reason": "x"}, follow_redirects=True
    )
    assert "延期天数必须是 1 到 30 之间的整数" in response.get_data(as_text=True)


def test_each_office_step_through_the_screen(client, login_as):
    unit = make_department()
    login_as("operator")
    new = make_order()
    post(client, LIST + "step/reject/", {"id": new.id, "reason": "超出受理范围"})
    assert WorkOrder.get_by_id(new.id).reject_reason == "超出受理范围"
    pending = order_in("EXTENSION", unit=unit)
    due = WorkOrder.get_by_id(pending.id).due_at
    post(client, LIST + "step/decide_extension/", {"id": pending.id, "approve": "1"})
    moved = WorkOrder.get_by_id(pending.id)
    assert moved.extension_state == "已批准" and moved.due_at == WorkCalendar.load().deadline(due, 3)
    replied = order_in("REPLIED", unit=unit)
    post(client, LIST + "step/reopen/", {"id": replied.id, "reason": "答复不全面"})
    assert WorkOrder.get_by_id(replied.id).status == "DISPATCHED"
    replied = order_in("REPLIED", unit=unit)
    post(client, LIST + "step/resolve/", {"id": replied.id})
    post(client, LIST + "step/record_callback/", {"id": replied.id, "result": "基本满意", "note": "已修好"})
    assert WorkOrder.get_by_id(replied.id).status == "RESOLVED"
    assert Callback.get(Callback.order == replied.id).result == "基本满意"
    html = client.get(f"{LIST}details/?id={replied.id}").get_data(as_text=True)
    assert "/step/record_callback/" not in html  # a completed callback is final
    assert os.environ.get("TZ") == "Asia/Shanghai"
