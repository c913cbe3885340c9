"""In Debian's headless chromium: the operator types 「外出打工要开什么证明」 on the call form, the
matching article of the shipped starter set appears within a second, 采用 fills 答复内容 (still
editable), and the saved order shows the article used. The supervisor's and a unit's 知识 and
知识维护 screens are shot too. Screenshots go to tests/artifacts/ (kb_*)."""

import time

import pytest

from demo.loader import _reference_data
from kb.io import STARTER_FILE, import_articles
from models import Department, KbArticle, OrderArticle, WorkOrder
from tests.conftest import PASSWORD
from tests.factories import make_user
from tests.test_browser import log_in, log_out, page, server, shot  # noqa: F401 (fixtures)
from tests.test_browser_guarded import _dialog_text

pytestmark = [pytest.mark.sqlite_only]  # browser screens; the database work is tested on both in test_kb.py


@pytest.fixture
def starter(app):
    _reference_data()
    import_articles(STARTER_FILE)
    make_user("operator", password=PASSWORD, username="huawuyuan", display_name="王话务")
    make_user("supervisor", password=PASSWORD, username="guanliyuan", display_name="李主任")
    unit = Department.get(Department.name == "县卫生健康局")
    make_user("department", password=PASSWORD, username="weijian", display_name="卫健联络员", department=unit)
    return KbArticle.get(KbArticle.title == "外出务工需要开具什么证明")


def test_typing_the_question_shows_the_article_and_one_click_fills_the_answer(page, starter):  # noqa: F811
    log_in(page, "huawuyuan")
    page.goto("/admin/orders/new/")
    page.fill("#caller_phone", "13812345678")
    page.select_option("#category", label="社会服务类")
    page.type("#content", "外出打工要开什么证明", delay=30)
    typed = time.monotonic()
    first = page.wait_for_selector("#kb-suggestions .kb-card", timeout=1000)
    waited = time.monotonic() - typed
    assert waited < 1.0
    assert first.get_attribute("data-id") == str(starter.id)
    assert page.inner_text("#kb-suggestions .kb-card .kb-title") == "外出务工需要开具什么证明"
    shot(page, "kb_call_form_suggestions")
    page.click("#kb-suggestions .kb-card .kb-use")
    assert page.input_value("#reply") == starter.answer
    assert page.input_value("#kb_article") == str(starter.id)
    assert "已采用知识：外出务工需要开具什么证明" in page.inner_text("#kb-used")
    page.fill("#reply", starter.answer + "已告知来电人。")  # still editable
    page.check("input[name=disposition][value=online]")
    shot(page, "kb_call_form_answer_taken")
    page.click("#save-order")
    assert "将在线办结" in _dialog_text(page)
    page.click("#confirm-ok")
    page.wait_for_selector("#order-kb")
    assert "外出务工需要开具什么证明" in page.inner_text("#order-kb")
    shot(page, "kb_order_page")
    order = WorkOrder.get(WorkOrder.content == "外出打工要开什么证明")
    assert order.status == "ONLINE" and order.reply == starter.answer + "已告知来电人。"
    assert OrderArticle.get(OrderArticle.order == order.id).article_id == starter.id


def test_a_question_the_base_does_not_hold_shows_no_article(page, starter):  # noqa: F811
    log_in(page, "huawuyuan")
    page.goto("/admin/orders/new/")
    page.type("#content", "我家楼下的狗天天叫", delay=30)
    page.wait_for_selector("#kb-suggestions:has-text('没有匹配的知识')", timeout=2000)


def test_knowledge_screens_of_supervisor_and_unit(page, starter):  # noqa: F811
    log_in(page, "guanliyuan")
    page.goto("/admin/kb/")
    page.wait_for_selector("text=外出务工需要开具什么证明")
    shot(page, "kb_list_supervisor")
    page.goto(f"/admin/kb/details/?id={starter.id}")
    page.wait_for_selector("#kb-history")
    shot(page, "kb_details")
    page.goto("/admin/kb-upkeep/")
    page.wait_for_selector("text=已过期")
    assert "景区商场什么时候恢复开放" in page.inner_text("#kb-expired")  # 有效期至 2020-03-31
    shot(page, "kb_upkeep_supervisor")
    log_out(page)
    log_in(page, "weijian")
    page.goto(f"/admin/kb/edit/?id={starter.id}")
    page.fill("#answer", starter.answer + "（卫健局更新）")
    shot(page, "kb_edit_unit")
    page.click("input[type=submit]")
    page.wait_for_selector("text=外出务工需要开具什么证明")
    updated = KbArticle.get_by_id(starter.id)
    assert updated.answer.endswith("（卫健局更新）") and updated.status == "草稿" and updated.version == 2
    page.goto("/admin/kb-upkeep/")
    shot(page, "kb_upkeep_unit")
