"""The harassment review in Debian's headless chromium, as a supervisor: the queue with the
text score's n-grams, a number's call history, bulk 确认 with its confirmation page and
加入受限号码. Screenshots go to tests/artifacts/harassment_*.png."""

import datetime as dt

import harassment
from models import HarassmentFlag, RestrictedNumber, WorkOrder
from tests.conftest import PASSWORD
from tests.factories import make_order, make_user
from tests.test_browser import log_in, page, pytestmark, server, shot  # noqa: F401  (fixtures, skip mark)

T0 = dt.datetime(2020, 5, 11, 9, 0)


def _calls():
    def call(minutes, phone, content, seconds=120):
        return make_order(
            caller_phone=phone,
            received_at=T0 + dt.timedelta(minutes=minutes),
            content=content,
            call_seconds=seconds,
        )

    abusive = call(0, "13900001111", "狗官！全是狗官！你们都是吃干饭的")
    call(60 * 26, "13900001111", "垃圾政府，老子再也不信你们了")
    for night in range(4):
        call(60 * 24 * night + 60 * 14, "13900002222", "", seconds=35)  # silent, 23:00 each night
    call(30, "13900003333", "摊主当众喊我“神经病”，还推了我，希望市场监管部门处理。")
    call(45, "13900004444", "小区门口路灯坏了好几天，晚上走路看不见，请尽快修理。")
    return abusive


def test_a_supervisor_reviews_the_harassment_queue(app, page):  # noqa: F811
    make_user("supervisor", password=PASSWORD, username="guanliyuan", display_name="李管理")
    abusive = _calls()
    with app.app_context():
        harassment.filter_orders(start=T0 - dt.timedelta(days=1), end=T0 + dt.timedelta(days=10))
    pending = HarassmentFlag.select().where(HarassmentFlag.status == "待审核").count()
    assert pending == 6  # 2 abusive + 4 silent night calls; the quoted insult and the lamp are not flagged

    log_in(page, "guanliyuan")
    page.goto("/admin/harassment-review/")
    assert "已过滤 8 件，未过滤 0 件" in page.inner_text("#coverage")
    assert "依据" in page.inner_text("#flags")
    shot(page, "harassment_review_queue")

    # A number's call history, from the number's link.
    page.click('a[href="/admin/harassment-review/number/13900002222"]')
    page.wait_for_load_state()
    assert page.locator("#history tbody tr").count() == 4
    shot(page, "harassment_number_history")
    page.go_back()

    # Bulk 确认 of the abusive caller's two flags, with 加入受限号码: a confirmation page first.
    for flag in HarassmentFlag.select().where(HarassmentFlag.phone == "13900001111"):
        page.check(f'input[name=flag_id][value="{flag.id}"]')
    page.check("#bulk-bar input[name=restrict]")
    page.click('#bulk-bar button[value="confirm"]')
    page.wait_for_load_state()
    assert "即将确认以下 2 条骚扰标记" in page.inner_text("#bulk-confirm")
    shot(page, "harassment_bulk_confirm")
    page.click("button.btn-danger")
    page.wait_for_load_state()
    assert "已将 2 条骚扰标记确认为骚扰来电" in page.content()
    assert "待审核（4）" in page.content()
    shot(page, "harassment_review_after")
    assert WorkOrder.get_by_id(abusive.id).is_harassment
    assert RestrictedNumber.get_or_none(RestrictedNumber.phone == "13900001111") is not None

    # The order number links to the order.
    page.goto("/admin/harassment-review/?status=已确认")
    page.click(f"text={abusive.case_no}")
    page.wait_for_load_state()
    assert abusive.case_no in page.content() and "/admin/orders/details/" in page.url
