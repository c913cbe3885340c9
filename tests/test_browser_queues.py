"""In Debian's headless chromium: the operator's work queues on the home page, a 不满意 callback
sent back to the unit, and the unit's liaison on a 390 px phone signing and replying from the
portal's cards. Screenshots go to tests/artifacts/ (queue_*, phone_*)."""

import datetime as dt
from pathlib import Path

import pytest

import workflow
from models import Rework, WorkOrder
from tests.conftest import PASSWORD
from tests.factories import make_category, make_department, make_user
from tests.screens import order_in
from tests.test_browser import ARTIFACTS, CHROMIUM, log_in, log_out, server  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="没有找到 chromium，跳过浏览器测试"),
    pytest.mark.sqlite_only,  # browser screens: their database work is tested on both elsewhere
]

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip


@pytest.fixture
def browser(server):  # noqa: F811
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)

        def new_page(width=1400, height=900):
            context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN", base_url=server)
            page = context.new_page()
            page.set_default_timeout(20000)
            return page

        yield new_page
        browser.close()


def shot(page, name):
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture
def work(app):
    unit = make_department("县住建局", email="zjj@example.cn")
    supervisor = make_user("supervisor", password=PASSWORD, username="guanliyuan", display_name="李主任")
    make_user("operator", password=PASSWORD, username="huawuyuan", display_name="王话务")
    make_user("department", password=PASSWORD, username="zhujianju", display_name="住建局联络员", department=unit)
    roads = make_category("城市管理市容类")
    replied = order_in("REPLIED", unit=unit, category=roads, content="小区路灯不亮已三天")
    order_in("NEW", category=roads, content="咨询垃圾清运时间")
    order_in("EXTENSION", unit=unit, category=roads, content="道路破损需要协调")
    resolved = workflow.resolve(order_in("REPLIED", unit=unit, category=roads, content="井盖缺失"), actor=supervisor)
    workflow.record_callback(resolved, "不满意", "井盖仍未补上", actor=supervisor)
    return {"unit": unit, "replied": replied, "unsatisfied": resolved}


def test_operator_works_from_the_queues(browser, work):
    page = browser()
    log_in(page, "huawuyuan")
    page.goto("/admin/")
    assert page.inner_text('[data-queue="review"]') == "1"
    assert page.inner_text('[data-queue="unsatisfied"]') == "1"
    assert page.inner_text('[data-queue="extension"]') == "1"
    assert page.inner_text('[data-queue="new"]') == "1"
    shot(page, "queue_01_operator_home")
    page.click("#queue-review")
    page.wait_for_load_state()
    assert work["replied"].case_no in page.inner_text("body")
    shot(page, "queue_02_replied_list")

    # The 不满意 callback: the order's page offers 退回重办 and 结案 instead of "nothing to do".
    page.goto("/admin/")
    page.click("#queue-unsatisfied")
    page.wait_for_load_state()
    page.click(f"text={work['unsatisfied'].case_no}")
    page.wait_for_load_state()
    assert "当前没有可执行的操作" not in page.inner_text("#steps")
    page.fill("#step-callback_reopen input[name=reason]", "群众反映井盖仍未补上，请重新办理")
    shot(page, "queue_03_unsatisfied_order")
    page.click("#step-callback_reopen button[type=submit]")
    page.wait_for_load_state()
    assert page.inner_text("#order-status") == "已转办"
    shot(page, "queue_04_sent_back")
    assert Rework.get(Rework.order == work["unsatisfied"].id).department_id == work["unit"].id
    page.goto("/admin/")
    assert page.inner_text('[data-queue="unsatisfied"]') == "0"
    log_out(page)


def _inside(page, selector, width=390):
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box["x"] >= 0 and box["x"] + box["width"] <= width


def test_the_unit_signs_and_replies_on_a_phone(browser, work):
    page = browser(390, 844)
    log_in(page, "zhujianju")
    page.wait_for_url("**/admin/portal/**")
    text = page.inner_text("body")
    assert "【退回重办】" not in text  # made through the workflow directly: no screen, no notice
    sent_back = work["unsatisfied"]
    assert sent_back.case_no not in text  # still 已办结 until the office sends it back
    workflow.callback_reopen(sent_back, "井盖仍未补上", actor=None)
    page.goto("/admin/portal/?tab=todo")
    card = page.locator(f"#order-{sent_back.id}")
    assert "退回重办" in card.inner_text()
    # The card is as wide as the screen, its content readable, 签收 on screen and full width.
    card_box = card.bounding_box()
    assert card_box["width"] > 330 and card_box["x"] + card_box["width"] <= 390
    summary_box = card.locator("td.summary").bounding_box()
    assert summary_box["width"] > 250  # not one character wide
    assert _inside(page, f"#order-{sent_back.id} .sign-button")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "phone_01_portal_todo")
    card.locator(".sign-button").click()
    page.wait_for_load_state()
    assert WorkOrder.get_by_id(sent_back.id).status == "ACCEPTED"

    page.goto("/admin/portal/?tab=doing")
    card = page.locator(f"#order-{sent_back.id}")
    card.locator(".reply-toggle").click()
    assert _inside(page, f"#order-{sent_back.id} textarea")
    card.locator("textarea").fill("已补装井盖并设置警示标志，经回访现场已恢复。")
    shot(page, "phone_02_reply_open")
    card.locator(".reply-button").click()
    page.wait_for_load_state()
    stored = WorkOrder.get_by_id(sent_back.id)
    assert stored.status == "REPLIED" and stored.reply.startswith("已补装井盖")
    assert stored.replied_at.date() == dt.date.today()
    page.goto("/admin/portal/?tab=replied")
    assert sent_back.case_no in page.inner_text("body")
    shot(page, "phone_03_replied_tab")


def test_the_portal_keeps_its_table_on_a_desktop(browser, work):
    page = browser()
    log_in(page, "zhujianju")
    page.goto("/admin/portal/?tab=doing")
    assert page.locator("#portal-orders thead").is_visible()
    shot(page, "phone_04_portal_desktop")
