"""In headless chromium: a caller looks up an order on a 390 px phone (a wrong pair, then the
right one), and a supervisor revokes an API key on 接口密钥 (with its confirmation)."""

import os
import shutil
from pathlib import Path

import pytest

from api.keys import create_key
from models import ApiKey
from tests.conftest import PASSWORD
from tests.factories import make_user
from tests.screens import order_in
from tests.test_browser import server  # noqa: F401 (fixture)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(os.environ.get("I16_SHOTS", Path(__file__).parent / "artifacts"))
pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="没有找到 chromium，跳过浏览器测试"),
    pytest.mark.sqlite_only,
]


@pytest.fixture
def browser(server, redis_conn):  # noqa: F811 (server: tests.test_browser's); Redis emptied: fresh rate limits
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        yield chromium, server
        chromium.close()


def test_caller_looks_up_an_order_on_a_phone(browser):
    chromium, base = browser
    order = order_in("REPLIED", caller_name="赵大勇", caller_phone="13812345678")
    context = chromium.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", base_url=base)
    page = context.new_page()
    page.goto("/lookup")
    page.fill("#case_no", order.case_no)
    page.fill("#phone_tail", "0000")
    page.click("button[type=submit]")
    page.wait_for_selector("#lookup-message")
    assert "没有查到相符的工单" in page.inner_text("#lookup-message")
    assert page.input_value("#case_no") == order.case_no  # what was typed stays
    page.screenshot(path=str(SHOTS / "lookup-wrong-pair-390.png"), full_page=True)
    page.fill("#phone_tail", "5678")
    page.click("button[type=submit]")
    page.wait_for_selector("#lookup-result")
    assert page.inner_text("#lookup-status") == "已回复"
    text = page.inner_text("body")
    assert "赵大勇" not in text and "13812345678" not in text
    # One column: nothing wider than the phone, the button on screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator("button[type=submit]").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    page.screenshot(path=str(SHOTS / "lookup-result-390.png"), full_page=True)


def test_supervisor_revokes_a_key(browser):
    chromium, base = browser
    row, secret = create_key("县政府网站", "网络")
    make_user("supervisor", password=PASSWORD, username="guanliyuan")
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="zh-CN", base_url=base)
    page = context.new_page()
    page.goto("/login")
    page.fill("#username", "guanliyuan")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    page.goto("/admin/api_keys/")
    assert "县政府网站" in page.inner_text("body") and secret not in page.content()
    page.screenshot(path=str(SHOTS / "api-keys.png"), full_page=True)
    page.check("input[name=rowid]")
    page.click("text=选中的")
    page.click("text=吊销密钥")
    page.wait_for_selector("text=吊销后对方系统立即无法调用")  # our confirmation (static/js/confirm.js)
    page.screenshot(path=str(SHOTS / "api-keys-confirm.png"), full_page=True)
    page.get_by_role("button", name="确认", exact=True).click()
    page.wait_for_selector("text=已吊销 1 个接口密钥")
    assert "已吊销 1 个接口密钥" in page.inner_text("body")
    page.screenshot(path=str(SHOTS / "api-keys-revoked.png"), full_page=True)
    assert ApiKey.get_by_id(row.id).revoked_at is not None
