"""A day's work in Debian's headless chromium: the operator records a call and dispatches it,
the unit's liaison signs and replies, the operator resolves it and records the callback, and
the dashboard shows the change. Screenshots of the main screens go to tests/artifacts/."""

import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.conftest import PASSWORD
from tests.factories import make_category, make_department, make_order, make_user

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
pytestmark = [
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason="没有找到 chromium（Debian: apt-get install -y chromium），跳过浏览器测试"
    ),
    pytest.mark.sqlite_only,  # browser screens: their database work is tested on both elsewhere
]


@pytest.fixture
def server(app):
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(5)


@pytest.fixture
def page(server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="zh-CN", base_url=server)
        page = context.new_page()
        page.set_default_timeout(20000)
        yield page
        browser.close()


def shot(page, name):
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def log_in(page, username):
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def log_out(page):
    page.click("#logout-button")
    page.wait_for_url("**/login")


def headline(page, key):
    return page.inner_text(f'[data-figure="{key}"]')


def test_a_call_from_reception_to_callback(page):
    operator = make_user("operator", password=PASSWORD, username="huawuyuan", display_name="王话务")
    unit = make_department("县住建局", email="zjj@example.cn")
    make_user("department", password=PASSWORD, username="zhujianju", display_name="住建局联络员", department=unit)
    top = make_category("城市管理市容类")
    make_category("路灯", parent=top)
    make_order(caller_phone="13812345678", content="去年反映过小区路灯不亮")
    assert operator.role == "operator"

    # The operator records the call and dispatches it.
    log_in(page, "huawuyuan")
    page.wait_for_selector("#headline-figures")
    resolved_before = int(headline(page, "resolved"))
    shot(page, "01_dashboard")
    page.goto("/admin/orders/")
    shot(page, "02_order_list")
    page.click("#new-call")
    page.fill("#caller_phone", "13812345678")
    page.wait_for_selector("#earlier-orders table")
    assert "去年反映过小区路灯不亮" in page.inner_text("#earlier-orders")
    page.fill("#caller_name", "姜小明")
    page.select_option("#category", label="城市管理市容类")
    page.select_option("#subcategory", label="路灯")
    page.fill("#content", "来电反映民安街道某小区路灯不亮已一周，希望尽快维修。")
    page.check("input[name=disposition][value=dispatch]")
    shot(page, "03_call_form")
    page.click("#save-order")
    page.wait_for_selector("#dispatch-form")
    page.select_option("#department", label="县住建局")
    page.select_option("#urgency", label="一般")
    page.click("#preview-dispatch")
    page.wait_for_selector(".deadline-preview")
    assert "5个工作日" in page.inner_text(".deadline-preview")
    shot(page, "04_dispatch_preview")
    page.click("#confirm-dispatch")
    page.wait_for_selector("#order-status")
    assert page.inner_text("#order-status") == "已转办"
    case_no = page.inner_text("#case-no")
    log_out(page)

    # The unit's liaison signs and replies.
    log_in(page, "zhujianju")
    page.wait_for_selector("#portal-orders")
    assert case_no in page.inner_text("#portal-orders")
    shot(page, "05_portal")
    page.click(".sign-button")
    page.wait_for_selector("#tab-todo")
    page.click("#tab-doing")
    page.click(f"text={case_no}")
    assert page.inner_text("#caller-phone") == "138****5678"  # masked for the unit
    page.fill("#reply-text", "已安排维修人员更换灯具，路灯已恢复照明。")
    page.click("#step-reply button")
    page.wait_for_selector("#order-status")
    assert page.inner_text("#order-status") == "已回复"
    log_out(page)

    # The operator accepts the reply and records the callback.
    log_in(page, "huawuyuan")
    page.goto("/admin/orders/")
    page.click(f"text={case_no}")
    page.wait_for_selector("#step-resolve")
    page.click("#step-resolve button")
    page.wait_for_selector("#step-record_callback")
    page.select_option("#callback-result", label="满意")
    page.fill("#callback-note", "群众对处理结果满意")
    page.click("#step-record_callback button")
    page.wait_for_selector("#history")
    assert page.inner_text("#order-status") == "已办结"
    assert "满意" in page.inner_text("#callback")
    shot(page, "06_order_detail")

    # The dashboard shows the change.
    page.goto("/admin/")
    assert int(headline(page, "resolved")) == resolved_before + 1
    assert headline(page, "resolved_rate") == "100%"
    shot(page, "07_dashboard_after")


def test_supervisor_screens_on_the_demo_quarter(page):
    from demo.loader import load_demo
    from figures import figures_for
    from models import WorkOrder

    load_demo()
    make_user("supervisor", password=PASSWORD, username="guanliyuan", display_name="李管理")
    make_user("leader", password=PASSWORD, username="lingdao", display_name="张领导")
    log_in(page, "guanliyuan")
    page.goto("/admin/?period=2020Q1")
    assert headline(page, "received") == str(figures_for("2020Q1", compare=False)["received"])
    assert page.locator("#category-chart svg rect").count() >= 4
    shot(page, "08_dashboard_2020Q1")
    for name, path, heading in [
        ("09_orders_dispatched", "/admin/orders/?flt0_0=RESOLVED", "工单"),
        ("10_units", "/admin/departments/", "成员单位"),
        ("11_categories", "/admin/categories/", "诉求分类"),
        ("12_users", "/admin/users/", "用户"),
        ("13_audit_events", "/admin/audit_events/", "工单办理记录"),
        ("14_case_studies", "/admin/cases/", "案例摘选"),
    ]:
        page.goto(path)
        assert heading in page.inner_text("h4")
        shot(page, name)
    log_out(page)

    # A leader reads an order with the caller's data masked and no buttons.
    order = WorkOrder.select().where(WorkOrder.caller_phone != "").first()
    log_in(page, "lingdao")
    page.goto(f"/admin/orders/details/?id={order.id}")
    assert "****" in page.inner_text("#caller-phone")
    assert page.locator("#steps form").count() == 0
    shot(page, "15_leader_order_detail")


def test_masked_accounts_read_free_text_masked(page):
    """A leader's list (tooltip included) and detail page, and the unit's portal, with a content
    that carries the caller's name and number (issue 12); screenshots for the record."""
    import workflow

    unit = make_department("县住建局")
    make_user("leader", password=PASSWORD, username="lingdao2", display_name="李领导")
    make_user("department", password=PASSWORD, username="zhujianju2", department=unit)
    actor = make_user("supervisor")
    order = make_order(caller_name="姜小明", caller_phone="13812345678", content="我是姜小明，电话13812345678，请回电")
    workflow.dispatch(order, unit, "一般", actor=actor)

    log_in(page, "lingdao2")
    page.goto("/admin/orders/")
    summary = page.locator("td.col-content span.summary").first
    assert summary.get_attribute("title") == "我是姜某某，电话138****5678，请回电"
    page.click("a.dropdown-toggle:has-text('导出')")
    assert page.locator("a.dropdown-item:has-text('导出 XLSX')").is_visible()
    shot(page, "16_leader_list_masked_content")
    page.goto(f"/admin/orders/details/?id={order.id}")
    body = page.inner_text("body")
    assert "我是姜某某，电话138****5678" in body and "姜小明" not in body and "13812345678" not in body
    shot(page, "17_leader_detail_masked_content")
    page.goto("/admin/orders/?search=姜小明")
    assert page.locator("td.col-case_no").count() == 0
    shot(page, "18_leader_search_by_name_finds_nothing")
    log_out(page)

    log_in(page, "zhujianju2")
    page.goto("/admin/portal/")
    text = page.inner_text("#portal-orders")
    assert "我是姜某某，电话138****5678" in text and "姜小明" not in text
    shot(page, "19_unit_portal_masked_content")
