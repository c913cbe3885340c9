"""考核 screens: the table and its drill-down links, the unit's own page (its row only), the
settings and exclusion forms (Chinese errors, nothing changed, typed text kept), the XLSX
export, the dashboard's 红黑榜, and 督办 from the supervisor's form to the unit's answer."""

import datetime as dt
import io
import re

from openpyxl import load_workbook

import scorecard
import workflow
from models import Notice, OrderEvent, Reminder, Setting, Supervision, WorkOrder
from reminders import run_pass
from tests.factories import make_department, make_order, make_user
from tests.screens import post


def _units(n_big=6):
    """Units 单位1…单位6 with 5 orders each, single-order 小单位; unit i has i−1 late replies."""
    boss = make_user("supervisor")
    units = []
    for i in range(1, n_big + 1):
        unit = make_department(f"单位{i}")
        units.append(unit)
        for k in range(5):
            order = make_order(received_at=dt.datetime(2020, 3, 1, 8))
            workflow.dispatch(order, unit, "一般", actor=boss, at=dt.datetime(2020, 3, 2, 9))
            workflow.sign(order, actor=boss, at=dt.datetime(2020, 3, 2, 10))
            late = k < i - 1
            workflow.reply(order, "已办", actor=boss, at=dt.datetime(2020, 3, 10 if late else 3, 9))
    small = make_department("小单位")
    order = make_order(received_at=dt.datetime(2020, 3, 1, 8))
    workflow.dispatch(order, small, "一般", actor=boss, at=dt.datetime(2020, 3, 2, 9))
    return units, small, boss


def test_table_sorts_and_every_link_lists_its_orders(client, login_as):
    units, small, _ = _units()
    login_as("leader")
    html = client.get("/admin/scorecard/?period=2020Q1").get_data(as_text=True)
    assert "2020年第一季度成员单位考核" in html
    order = re.findall(r'<tr data-unit="([^"]+)"', html)
    assert order == ["单位1", "单位2", "单位3", "单位4", "单位5", "单位6", "小单位"]
    assert "不排名" in html
    ascending = client.get("/admin/scorecard/?period=2020Q1&sort=on_time_rate&dir=asc").get_data(as_text=True)
    assert re.findall(r'<tr data-unit="([^"]+)"', ascending) == [
        "单位6",
        "小单位",
        "单位5",
        "单位4",
        "单位3",
        "单位2",
        "单位1",
    ]  # 0% ties by name
    links = set(re.findall(r'href="(/admin/scorecard/orders/\?[^"]+)"', html))
    assert links
    card = scorecard.scorecard("2020Q1")
    for link in links:
        page = client.get(link.replace("&amp;", "&")).get_data(as_text=True)
        unit_id = int(re.search(r"unit=(\d+)", link).group(1))
        figure = re.search(r"figure=(\w+)", link).group(1)
        row = scorecard.unit_row(card, unit_id)
        assert f"：{row[figure]} 个工单" in page, link
        assert len(re.findall(r'class="case-no"', page)) == row[figure]
    assert client.get("/admin/scorecard/orders/?period=2020Q1&unit=1&figure=bogus").status_code == 404
    bad = client.get("/admin/scorecard/?period=2020Q9").get_data(as_text=True)
    assert "无法识别的期间" in bad


def test_department_sees_its_own_row_and_no_other_name(client, login_as):
    units, small, _ = _units()
    login_as("department", department=units[2])
    html = client.get("/admin/my-scorecard/?period=2020Q1").get_data(as_text=True)
    assert "单位3 · 2020年第一季度考核" in html
    assert "在参与排名的 6 个单位中列第 <strong>3</strong> 名" in html
    for other in ["单位1", "单位2", "单位4", "单位5", "单位6", "小单位"]:
        assert other not in html
    link = re.search(r'href="(/admin/my-scorecard/orders/\?[^"]*figure=reply_due[^"]*)"', html).group(1)
    page = client.get(link.replace("&amp;", "&")).get_data(as_text=True)
    assert len(re.findall(r'class="case-no"', page)) == 5
    # Another unit's figures are not reachable: the unit comes from the account, not the URL.
    page = client.get(f"/admin/my-scorecard/orders/?period=2020Q1&figure=dispatched&unit={units[0].id}")
    assert "单位1" not in page.get_data(as_text=True)
    assert client.get("/admin/scorecard/").status_code == 403


def test_settings_form_refuses_bad_input_keeps_it_and_saves_good(client, login_as):
    login_as("supervisor")
    data = {"on_time": "abc", "resolved": "20", "satisfaction": "40", "redo": "10", "min_orders": "3"}
    html = post(client, "/admin/scorecard/settings/", data, follow_redirects=True).get_data(as_text=True)
    assert "「按时办结率」的权重必须是 0 到 100 之间的整数" in html and 'value="abc"' in html
    assert Setting.select().count() == 0
    data["on_time"] = "50"
    html = post(client, "/admin/scorecard/settings/", data, follow_redirects=True).get_data(as_text=True)
    assert "考核设置已保存" in html
    assert scorecard.weights()["on_time"] == 50 and scorecard.min_orders() == 3


def test_exclusion_form(client, login_as):
    units, small, boss = _units(1)
    order = WorkOrder.select().where(WorkOrder.department == units[0].id).first()
    login_as("supervisor")
    html = post(client, "/admin/scorecard/exclusions/", {"case_no": order.case_no, "reason": ""}, follow_redirects=True)
    assert "请填写不计入考核的理由" in html.get_data(as_text=True)
    html = post(
        client,
        "/admin/scorecard/exclusions/",
        {"case_no": order.case_no, "reason": "诉求不合理"},
        follow_redirects=True,
    )
    text = html.get_data(as_text=True)
    assert f"工单 {order.case_no} 已标记为「诉求不合理，不计入考核」" in text and "诉求不合理</td>" in text


def test_xlsx_export(client, login_as):
    _units(2)
    login_as("operator")
    response = client.get("/admin/scorecard/export.xlsx?period=2020Q1")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("名次", "单位", "派单数")
    assert [r[:3] for r in rows[1:]] == [("1", "单位1", "5"), ("2", "单位2", "5"), ("不排名", "小单位", "1")]


def test_dashboard_red_and_black_board(client, login_as):
    _units()
    login_as("supervisor")
    html = client.get("/admin/?period=2020Q1").get_data(as_text=True)
    top = re.search(r'<ol class="mb-1" id="board-top">(.*?)</ol>', html).group(1)
    bottom = re.search(r'<ol class="mb-1" id="board-bottom">(.*?)</ol>', html).group(1)
    assert re.findall(r"<li>(\S+) ", top) == ["单位1", "单位2", "单位3"]
    assert re.findall(r"<li>(\S+) ", bottom) == ["单位6", "单位5", "单位4"]


def test_supervision_from_form_to_answer(client, login_as, app):
    unit = make_department("督办单位")
    boss = make_user("supervisor")
    order = make_order()
    workflow.dispatch(order, unit, "一般", actor=boss)
    today = dt.date.today()
    login_as("supervisor")
    bad = post(client, "/admin/supervision/", {"case_no": order.case_no, "reason": "反复来电", "due": "2020-02-30"})
    assert "督办时限无效" in client.get("/admin/supervision/").get_data(as_text=True) or bad.status_code == 200
    assert Supervision.select().count() == 0
    far = (today + dt.timedelta(days=40)).isoformat()
    html = post(
        client,
        "/admin/supervision/",
        {"case_no": order.case_no, "reason": "反复来电", "due": far},
        follow_redirects=True,
    )
    assert "督办时限须在今天到 30 天之内" in html.get_data(as_text=True) and Supervision.select().count() == 0
    due = (today + dt.timedelta(days=1)).isoformat()
    html = post(
        client,
        "/admin/supervision/",
        {"case_no": order.case_no, "reason": "反复来电", "due": due},
        follow_redirects=True,
    )
    assert f"已对工单 {order.case_no} 发起督办" in html.get_data(as_text=True)
    again = post(
        client, "/admin/supervision/", {"case_no": order.case_no, "reason": "再督", "due": due}, follow_redirects=True
    )
    assert "已有未答复的督办" in again.get_data(as_text=True) and Supervision.select().count() == 1
    assert Notice.select().where(Notice.department == unit.id, Notice.text.contains("【督办】")).count() == 1
    # The nightly pass reminds the unit while it is unanswered and due by tomorrow.
    with app.app_context():
        run_pass(today=today)
    assert Reminder.select().where(Reminder.kind == "督办待答复", Reminder.order == order.id).count() == 1
    # A unit's account: the order is highlighted, in the 督办待答复 tab, and is answered there.
    client.post("/logout", data={"csrf_token": ""})
    other = make_department("别的单位")
    login_as("department", department=other)
    sup = Supervision.get()
    assert post(client, "/admin/portal/supervision/answer", {"id": sup.id, "answer": "x"}).status_code == 404
    client.get("/logout")
    client.delete_cookie("session")
    login_as("department", department=unit)
    html = client.get("/admin/portal/?tab=supervised").get_data(as_text=True)
    assert f'class="portal-order table-danger supervised" id="order-{order.id}"' in html and "反复来电" in html
    empty = post(client, "/admin/portal/supervision/answer", {"id": sup.id, "answer": " "}, follow_redirects=True)
    assert "答复内容不能为空" in empty.get_data(as_text=True)
    done = post(
        client, "/admin/portal/supervision/answer", {"id": sup.id, "answer": "已上门处理"}, follow_redirects=True
    )
    assert f"已答复工单 {order.case_no} 的督办" in done.get_data(as_text=True)
    sup = Supervision.get()
    assert sup.answer == "已上门处理" and sup.answered_at is not None
    assert [e.action for e in OrderEvent.select().where(OrderEvent.order == order.id).order_by(OrderEvent.id)][-2:] == [
        "督办",
        "答复督办",
    ]
    card = scorecard.scorecard(f"{order.received_at.year}Q1")
    row = scorecard.unit_row(card, unit.id)
    assert (row["supervised"], row["supervised_open"]) == (1, 0)


def test_exclusion_from_the_orders_own_page(client, login_as):
    units, small, boss = _units(1)
    order = WorkOrder.select().where(WorkOrder.department == units[0].id).first()
    undispatched = make_order(received_at=dt.datetime(2020, 3, 1, 8))
    page = f"/admin/orders/details/?id={order.id}"
    login_as("operator")
    assert 'id="exclude-form"' not in client.get(page).get_data(as_text=True)  # a supervisor's decision
    login_as("supervisor")
    assert 'id="exclude-form"' not in client.get(f"/admin/orders/details/?id={undispatched.id}").get_data(as_text=True)
    html = client.get(page).get_data(as_text=True)
    assert 'id="exclude-form"' in html and f'name="next" value="{page}"' in html
    answer = post(
        client, "/admin/scorecard/exclusions/", {"case_no": order.case_no, "reason": "要求政府包办私事", "next": page}
    )
    assert answer.status_code == 302 and answer.headers["Location"].endswith(page)  # back to the order
    html = client.get(page).get_data(as_text=True)
    assert "诉求不合理，不计入考核" in html and "要求政府包办私事" in html and 'id="exclude-form"' not in html
    card = scorecard.scorecard("2020Q1")
    assert scorecard.unit_row(card, units[0].id)["excluded"] == 1
    # A foreign `next` is not followed.
    other = WorkOrder.select().where(WorkOrder.department == units[0].id, WorkOrder.id != order.id).first()
    answer = post(
        client, "/admin/scorecard/exclusions/", {"case_no": other.case_no, "reason": "无理", "next": "//evil.example/"}
    )
    assert answer.headers["Location"].endswith("/admin/scorecard/exclusions/")
