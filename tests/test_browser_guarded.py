"""Guarded steps and Chinese screens in Debian's headless chromium: the confirmation dialogs
(with what will happen) before 在线办结, 不予立案, the bulk 标记骚扰 and the call form's 骚扰来电,
the required answer, 保存并受理下一个, the unit search on 转办, the holiday notice import, the
Chinese date picker and the error page. Screenshots go to tests/artifacts/ (g*.png)."""

import datetime as dt

from models import HolidayOverride, WorkOrder
from tests import test_browser
from tests.factories import make_category, make_department, make_order, make_user
from tests.screens import order_in
from tests.test_browser import log_in, shot

# The live server, the chromium page and the skip without chromium, as in tests/test_browser.py.
pytestmark = test_browser.pytestmark
server = test_browser.server
page = test_browser.page


def _dialog_text(page):
    page.wait_for_selector("#confirm-dialog.show #confirm-ok", state="visible")
    return page.inner_text("#confirm-text")


def test_operator_steps_ask_first(page):
    from tests.conftest import PASSWORD

    make_user("operator", password=PASSWORD, username="huawuyuan", display_name="王话务")
    order = make_order(content="咨询社保卡补办地点")
    other = make_order(content="反映内容不全")
    log_in(page, "huawuyuan")

    page.goto(f"/admin/orders/details/?id={order.id}")
    page.click("#step-close_online button")  # no answer: the browser refuses, nothing is sent
    assert page.locator("#confirm-dialog.show").count() == 0
    assert page.evaluate("document.getElementById('online-reply').validity.valueMissing")
    page.fill("#online-reply", "已告知到县政务中心社保窗口补办")
    page.click("#step-close_online button")
    text = _dialog_text(page)
    assert f"工单 {order.case_no} 将在线办结" in text and "已告知到县政务中心社保窗口补办" in text
    shot(page, "g01_confirm_close_online")
    page.click("#confirm-cancel")
    page.wait_for_selector("#confirm-dialog", state="hidden")
    assert WorkOrder.get_by_id(order.id).status == "NEW"
    assert page.input_value("#online-reply") == "已告知到县政务中心社保窗口补办"  # nothing typed is lost
    page.click("#step-close_online button")
    _dialog_text(page)
    page.click("#confirm-ok")
    page.wait_for_selector("#order-status:has-text('在线办结')")
    assert WorkOrder.get_by_id(order.id).status == "ONLINE"

    page.goto(f"/admin/orders/details/?id={other.id}")
    page.select_option("#step-reject select", "要素不全")
    page.click("#step-reject button")
    assert "将不予立案（原因：要素不全）" in _dialog_text(page)
    shot(page, "g02_confirm_reject")
    page.click("#confirm-ok")
    page.wait_for_selector("#order-status:has-text('不予立案')")


def test_bulk_harassment_names_the_orders(page):
    from tests.conftest import PASSWORD

    make_user("operator", password=PASSWORD, username="huawuyuan")
    first, second = make_order(content="无声来电"), make_order(content="反复来电辱骂")
    make_order(content="正常来电")
    log_in(page, "huawuyuan")
    page.goto("/admin/orders/")
    page.check(f"input.action-checkbox[value='{first.id}']")
    page.check(f"input.action-checkbox[value='{second.id}']")
    page.evaluate("modelActions.execute('mark_harassment')")
    text = _dialog_text(page)
    assert "将把选中的 2 件工单标记为骚扰来电" in text and first.case_no in text and second.case_no in text
    shot(page, "g03_confirm_bulk_harassment")
    page.click("#confirm-ok")
    page.wait_for_selector(".alert-success")
    assert WorkOrder.select().where(WorkOrder.is_harassment == True).count() == 2


def test_call_form_harassment_and_next_call(page):
    from tests.conftest import PASSWORD

    make_user("operator", password=PASSWORD, username="huawuyuan")
    top = make_category("社会服务类")
    log_in(page, "huawuyuan")
    page.goto("/admin/orders/new/")
    page.fill("#caller_phone", "123")
    page.select_option("#category", label="社会服务类")
    page.fill("#content", "咨询")
    page.click("#save-order")
    page.wait_for_selector("text=来电号码应为11位手机号")
    shot(page, "g04_call_form_bad_phone")
    assert page.input_value("#content") == "咨询"  # typed input kept
    page.fill("#caller_phone", "0743-4221234")
    page.check("input[name=disposition][value=online]")
    page.fill("#reply", "已告知办理时间")
    page.click("#save-and-next")
    assert "将在线办结" in _dialog_text(page)
    page.click("#confirm-ok")
    page.wait_for_selector("text=已在线办结")
    assert page.input_value("#caller_phone") == ""  # a fresh form for the next call
    shot(page, "g05_call_form_next")
    page.fill("#caller_phone", "13812345678")
    page.select_option("#category", label="社会服务类")
    page.check("input[name=disposition][value=harassment]")
    page.click("#save-order")
    assert "将标记为骚扰来电" in _dialog_text(page)
    shot(page, "g06_confirm_call_harassment")
    page.click("#confirm-ok")
    page.wait_for_selector("text=骚扰来电")
    orders = list(WorkOrder.select().order_by(WorkOrder.id))
    assert [(o.status, o.is_harassment, o.category_id) for o in orders] == [
        ("ONLINE", False, top.id),
        ("ONLINE", True, top.id),
    ]


def test_dispatch_unit_search_and_suggestion(page):
    from tests.conftest import PASSWORD

    make_user("operator", password=PASSWORD, username="huawuyuan")
    top = make_category("城市管理市容类")
    lamps = make_category("路灯", parent=top)
    often = make_department("县住建局")
    for name in ("民安街道办事处", "县城管和执法局", "里耶镇人民政府"):
        make_department(name)
    for _ in range(2):
        order_in("DISPATCHED", unit=often, category=top, subcategory=lamps)
    new = make_order(category=top, subcategory=lamps)
    log_in(page, "huawuyuan")
    page.goto(f"/admin/orders/dispatch/?ids={new.id}")
    page.fill("#unit-search", "里耶")
    assert page.eval_on_selector("#department", "s => s.options[s.selectedIndex].text") == "里耶镇人民政府"
    page.click(".suggest-unit")
    assert page.eval_on_selector("#department", "s => s.options[s.selectedIndex].text") == "县住建局"
    shot(page, "g07_dispatch_suggestions")
    page.click("#preview-dispatch")
    page.wait_for_selector(".deadline-preview")
    assert page.inner_text("#chosen-unit") == "县住建局"


def test_holiday_notice_import_and_chinese_pickers(page):
    from pathlib import Path

    from tests.conftest import PASSWORD

    make_user("supervisor", password=PASSWORD, username="guanliyuan")
    log_in(page, "guanliyuan")
    page.goto("/admin/holidays/")
    page.click("#import-notice")
    text = (Path(__file__).parent / "notices" / "2027-made-up.txt").read_text(encoding="utf-8")
    page.fill("#notice-text", text)
    page.click("#preview-notice")
    page.wait_for_selector("#notice-days")
    assert "2027-02-08" in page.inner_text("#notice-days")
    shot(page, "g08_holiday_preview")
    page.click("#store-notice")
    assert "放假 15 天、调休上班 2 天" in _dialog_text(page)
    page.click("#confirm-ok")
    page.wait_for_selector("text=已保存")
    assert HolidayOverride.select().count() == 17
    shot(page, "g09_holiday_list")

    page.goto("/admin/holidays/new/")
    assert page.get_attribute("#date", "type") == "date"  # the browser's own picker
    page.fill("#date", "2027-03-08")
    page.check("input[name=is_workday][value=False]")
    page.fill("#note", "县里放假一天")
    page.click("input[type=submit]")
    page.wait_for_selector("text=县里放假一天")
    assert HolidayOverride.get(HolidayOverride.date == dt.date(2027, 3, 8)).is_workday is False

    # The list filters keep Flask-Admin's picker: in Chinese.
    page.goto("/admin/audit_log/")
    page.evaluate(
        "() => { const i = document.createElement('input'); i.id = 'probe'; document.body.prepend(i);"
        " $(i).daterangepicker({separator: ' to ', format: 'YYYY-MM-DD'}); }"
    )
    page.click("#probe")
    picker = page.inner_text(".daterangepicker")
    assert "确定" in picker and "取消" in picker and "一\t二\t三" in picker
    assert "Apply" not in picker and "Mo" not in picker and " to " not in page.input_value("#probe")
    shot(page, "g10_chinese_date_picker")


def test_error_page_in_the_frame(page):
    from tests.conftest import PASSWORD

    make_user("operator", password=PASSWORD, username="huawuyuan")
    log_in(page, "huawuyuan")
    page.goto("/admin/users/")
    assert "您的账号（话务员）不能打开此页面" in page.inner_text("#error-page")
    shot(page, "g11_error_403")
    page.goto("/admin/orders/details/?id=999999")
    assert "页面不存在" in page.inner_text("#error-page")
    page.click("#error-home")
    page.wait_for_selector("#headline-figures")
