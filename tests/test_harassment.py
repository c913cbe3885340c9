"""The harassment filter: each rule alone, the score and its two thresholds, exemptions
after a dismissal, the review flow through the admin page, the queue on each new order,
and the command.
"""

import datetime as dt
import json

import pytest

import harassment
from jobs import enqueue_filter
from models import HarassmentFlag, OrderEvent, RestrictedNumber, RuleExemption, WorkOrder, db, local_now
from tests.conftest import csrf_token
from tests.factories import make_order
from tests.rq_helpers import run_worker

T0 = dt.datetime(2020, 1, 10, 9, 0)
NOW = dt.datetime(2020, 1, 11, 0, 30)
PHONE = "13900001111"
REAL = "来电反映龙山大道与民安路交叉口红绿灯故障，早晚高峰拥堵严重，希望尽快维修。"


def call(minutes=0, phone=PHONE, content=REAL, seconds=180, **overrides):
    return make_order(
        caller_phone=phone,
        received_at=T0 + dt.timedelta(minutes=minutes),
        content=content,
        call_seconds=seconds,
        **overrides,
    )


def run(app, **kwargs):
    with app.app_context():
        return harassment.filter_orders(
            start=T0 - dt.timedelta(days=1), end=T0 + dt.timedelta(days=1), now=NOW, **kwargs
        )


def flag_of(order):
    return HarassmentFlag.get_or_none(HarassmentFlag.order == order.id)


@pytest.fixture
def review_everything(app):
    """A review threshold of 1: any rule that fires alone shows up as a flag. The learned
    text score is off here (each rule alone); it has its own tests."""
    app.config["HARASSMENT_REVIEW_SCORE"] = 1
    app.config["HARASSMENT_TEXT_MODEL"] = False
    return app


def test_restricted_number_alone(review_everything):
    RestrictedNumber.create(phone=PHONE, reason="多次辱骂话务员")
    order = call(content="你好你好", seconds=40)  # no matter
    run(review_everything)
    assert flag_of(order).rules == ["restricted"]


def test_an_ordinary_call_from_a_restricted_number_is_a_hint_not_a_flag(review_everything):
    # The register is evidence about the number, not about this call: a matter described in
    # a call of normal length, no abuse, nothing else of a nuisance's pattern.
    RestrictedNumber.create(phone=PHONE, reason="原机主多次无声来电")
    matter = call()
    question = call(minutes=60 * 5, content="请问退休手续在哪里办", seconds=50)
    result = run(review_everything)
    assert flag_of(matter) is None and flag_of(question) is None
    assert result.restricted_ordinary == [matter.id, question.id]
    assert "号码可能已易主" in result.summary()


@pytest.mark.parametrize(
    "content, seconds",
    [
        (REAL, 10),  # too short a call for the matter it claims
        ("", 5),  # silent
        ("你们这些王八蛋，红绿灯坏了也不修", 120),  # abusive
    ],
)
def test_a_restricted_number_fires_for_a_call_that_is_not_ordinary(review_everything, content, seconds):
    RestrictedNumber.create(phone=PHONE, reason="长期骚扰")
    order = call(content=content, seconds=seconds)
    run(review_everything)
    assert flag_of(order).rules[0] == "restricted"


def test_the_register_and_the_pattern_alone_go_to_review_what_the_call_was_marks_at_once(app):
    # Ten calls within a day (frequent, for calls about a matter) with the same matter: the
    # register and the pattern reach the auto-mark score (60 + 30), but nothing of the calls
    # themselves speaks against them — a petitioner on the register calls so too. A person
    # decides. Ten silent calls from the same register entry are marked at once.
    app.config["HARASSMENT_TEXT_MODEL"] = False
    RestrictedNumber.create(phone=PHONE, reason="长期骚扰")
    RestrictedNumber.create(phone="13900002222", reason="长期无声来电")
    orders = [call(minutes=90 * i, content=f"{REAL}（第{i}次）") for i in range(10)]
    silent = [call(minutes=90 * i, phone="13900002222", content="", seconds=8) for i in range(10)]
    result = run(app)
    assert flag_of(orders[0]).rules == ["restricted", "frequent"]
    assert flag_of(orders[0]).score >= app.config["HARASSMENT_AUTO_SCORE"]
    assert sorted(result.flagged) == sorted(o.id for o in orders)
    assert sorted(result.marked) == sorted(o.id for o in silent)


def test_an_ordinary_call_from_a_restricted_number_on_many_days_goes_to_review_only(app):
    # one call a day on five days about a matter: restricted + daily reaches the auto-mark
    # score, but a caller chasing a grievance calls so too; the reviewers decide
    app.config["HARASSMENT_TEXT_MODEL"] = False
    RestrictedNumber.create(phone=PHONE, reason="长期骚扰")
    orders = [call(minutes=24 * 60 * i, content=f"{REAL}（第{i + 1}天）") for i in range(5)]
    with app.app_context():
        result = harassment.filter_orders(start=T0 - dt.timedelta(days=1), end=T0 + dt.timedelta(days=6), now=NOW)
    last = flag_of(orders[-1])
    assert last.rules == ["restricted", "daily"] and last.score >= app.config["HARASSMENT_AUTO_SCORE"]
    assert last.status == "待审核"
    assert result.marked == []


@pytest.mark.parametrize("restricted", [True, False])
def test_a_matter_call_with_only_days_and_nights_against_it_needs_a_leaning_text_score(app, restricted):
    # one call a night on five nights about a matter (daily + night; the register too, or not):
    # with the learned score, such a call goes to review only from
    # HARASSMENT_TEXT_WEAK_THRESHOLD; below it, a restricted number's call is the hint to check
    # its register entry
    if restricted:
        RestrictedNumber.create(phone=PHONE, reason="长期骚扰")
    orders = [call(minutes=24 * 60 * i + 14 * 60, content=f"{REAL}（第{i + 1}晚）") for i in range(5)]
    results = {}
    for threshold in (0.0, 1.0):
        app.config["HARASSMENT_TEXT_WEAK_THRESHOLD"] = threshold
        HarassmentFlag.delete().execute()
        with app.app_context():
            results[threshold] = harassment.filter_orders(
                start=T0 - dt.timedelta(days=1), end=T0 + dt.timedelta(days=6), now=NOW
            )
        flags = [flag_of(o) for o in orders]
        if threshold == 0.0:
            weak = {"night", "daily"} | ({"restricted"} if restricted else set())
            assert set(flags[-1].rules) == weak and flags[-1].status == "待审核"
            assert flags[-1].text_score is not None
        else:
            assert flags == [None] * 5
    assert results[0.0].marked == [] and results[1.0].flagged == []
    hints = results[1.0].restricted_ordinary
    assert (set(hints) >= {o.id for o in orders[2:]}) if restricted else hints == []


def test_the_ordinary_call_length_is_a_setting(review_everything):
    review_everything.config["HARASSMENT_ORDINARY_SECONDS"] = 300
    RestrictedNumber.create(phone=PHONE, reason="原机主骚扰")
    order = call(seconds=180)
    run(review_everything)
    assert flag_of(order).rules == ["restricted"]


def test_expired_restricted_number_does_not_fire(review_everything):
    RestrictedNumber.create(phone=PHONE, reason="旧记录", expires_at=NOW - dt.timedelta(days=1))
    order = call()
    run(review_everything)
    assert flag_of(order) is None


def test_burst_of_short_calls_alone(review_everything):
    words = ("喂？", "有人吗", "说话", "嗯")
    burst = [call(minutes=m, content=w, seconds=40) for m, w in zip((0, 10, 25, 50), words)]
    spread = [call(minutes=m, phone="13900002222", content=w, seconds=40) for m, w in zip((0, 70, 140, 210), words)]
    run(review_everything)
    assert [flag_of(o).rules for o in burst] == [["burst"]] * 4
    assert [flag_of(o) for o in spread] == [None] * 4  # as many calls, but not within the hour


def test_silent_call_alone(review_everything):
    silent = call(content="", seconds=3)
    long_empty = call(minutes=300, phone="13900002222", content="", seconds=200)
    run(review_everything)
    assert flag_of(silent).rules == ["silent"]
    assert flag_of(long_empty) is None


def test_abusive_words_alone(review_everything):
    abusive = call(content="你们这些王八蛋，什么都不管，天天打电话也没用！")
    polite = call(minutes=5, phone="13900002222")
    run(review_everything)
    assert flag_of(abusive).rules == ["abusive"]
    assert flag_of(polite) is None


def test_reported_insults_are_not_abuse(review_everything):
    reported = call(content="邻居因停车纠纷骂我神经病，还堵住门口，希望派出所调解。")
    run(review_everything)
    assert flag_of(reported) is None


def test_same_content_repeated_alone(review_everything):
    text = "我要求县长亲自给我打电话解决我家的问题。"
    days = [call(minutes=60 * 24 * d, content=text) for d in (0, 2, 4)]
    # Punctuation and spaces don't make the content different.
    # (on a third day: four calls on four days would be the daily rule's business too)
    days.append(call(minutes=60 * 24 * 4 + 120, content=" 我要求县长亲自给我打电话，解决我家的问题 "))
    other = [call(minutes=60 * 24 * d, phone="13900002222", content=text) for d in (0, 9)]
    with review_everything.app_context():
        harassment.filter_orders(start=T0, end=T0 + dt.timedelta(days=10), now=NOW)
    assert [flag_of(o).rules for o in days] == [["repeated"]] * 4
    assert [flag_of(o) for o in other] == [None, None]  # twice, nine days apart
    # Repeated short noises are not "content": three hellos a day apart fire nothing.
    hellos = [call(minutes=60 * 24 * d, phone="13900003333", content="喂", seconds=30) for d in (0, 1, 2)]
    with review_everything.app_context():
        harassment.filter_orders(order_ids=[o.id for o in hellos], now=NOW)
    assert [flag_of(o) for o in hellos] == [None] * 3


def test_default_thresholds(app):
    app.config["HARASSMENT_REVIEW_SCORE"] = 30
    # The rules' weights alone (the text score, which also rates 「神经病，滚蛋」, is tested on
    # its own in test_harassment_generalise.py).
    app.config["HARASSMENT_TEXT_MODEL"] = False
    dropped = call(content="", seconds=4)  # a single silent call: usually a dropped line
    abusive = call(minutes=30, phone="13900002222", content="神经病，滚蛋")
    run(app)
    assert flag_of(dropped) is None
    flag = flag_of(abusive)
    assert flag.status == "待审核" and flag.score == app.config["HARASSMENT_WEIGHTS"]["abusive"]


def test_restricted_number_with_a_high_score_is_marked_at_once(app):
    RestrictedNumber.create(phone=PHONE, reason="长期无声骚扰")
    order = call(content="", seconds=2)
    result = run(app)
    assert result.marked == [order.id]
    order = WorkOrder.get_by_id(order.id)
    assert order.is_harassment and order.status == "ONLINE"
    flag = flag_of(order)
    assert flag.status == "已确认" and flag.reviewer is None and json.loads(flag.rules_json) == ["restricted", "silent"]
    event = OrderEvent.get(OrderEvent.order == order.id, OrderEvent.action == "标记骚扰")
    assert event.actor_name == "系统" and "受限号码" in event.note and "无声" in event.note


def test_filter_is_idempotent_and_skips_orders_it_may_not_mark(review_everything):
    silent = call(content="", seconds=1)
    dispatched = call(minutes=5, content="", seconds=1, status="DISPATCHED")
    letter = call(minutes=10, content="", seconds=1, channel="来信")
    first = run(review_everything)
    second = run(review_everything)
    assert first.flagged == [silent.id] and second.judged == 0 and second.checked == 2
    assert HarassmentFlag.select().count() == 1
    assert flag_of(dispatched) is None and flag_of(letter) is None


def _decide(client, flag, decision, note=""):
    token = csrf_token(client, "/admin/harassment-review/")
    return client.post(f"/admin/harassment-review/{flag.id}/{decision}", data={"csrf_token": token, "note": note})


def test_review_confirm_marks_the_order(app, client, login_as):
    order = call(content="你他妈的给我等着")
    run(app)
    reviewer = login_as("supervisor")
    page = client.get("/admin/harassment-review/").get_data(as_text=True)
    assert order.case_no in page and "辱骂用语" in page
    assert _decide(client, flag_of(order), "confirm", "确认辱骂").status_code == 302
    order = WorkOrder.get_by_id(order.id)
    assert order.is_harassment and order.status == "ONLINE"
    flag = flag_of(order)
    assert flag.status == "已确认" and flag.reviewer_id == reviewer.id
    assert OrderEvent.get(OrderEvent.order == order.id, OrderEvent.action == "标记骚扰").actor_id == reviewer.id
    # A decided flag can't be decided again.
    _decide(client, flag, "dismiss")
    assert flag_of(order).status == "已确认"


def test_a_dismissal_of_the_numbers_pattern_exempts_it_from_every_rule_about_the_number(app, client, login_as):
    # A petitioner on the register, one call a day about an old grievance: restricted + daily.
    # The reviewer judges the caller genuine; the next week the same caller calls ten times in
    # a day (frequent): the dismissal covers the number's pattern in whatever shape, not only
    # the rules that fired. What a later call says is still judged.
    app.config["HARASSMENT_TEXT_MODEL"] = False
    RestrictedNumber.create(phone=PHONE, reason="长期来电")
    days = [call(minutes=24 * 60 * d, content=f"{REAL}（第{d + 1}天）") for d in range(5)]
    with app.app_context():
        harassment.filter_orders(start=T0 - dt.timedelta(days=1), end=T0 + dt.timedelta(days=6), now=NOW)
    flag = flag_of(days[-1])
    assert flag.rules == ["restricted", "daily"]
    login_as("supervisor")
    assert _decide(client, flag, "dismiss", "信访老户，非骚扰").status_code == 302
    exempt = {e.rule for e in RuleExemption.select()}
    assert exempt == set(harassment.NUMBER_RULES) and "abusive" not in exempt
    later = T0 + dt.timedelta(days=8)
    many = [
        make_order(
            caller_phone=PHONE, received_at=later + dt.timedelta(hours=h), content=f"{REAL}{h}", call_seconds=180
        )
        for h in range(10)
    ]
    rude = make_order(
        caller_phone=PHONE, received_at=later + dt.timedelta(hours=11), content="你们这帮王八蛋", call_seconds=30
    )
    with app.app_context():
        harassment.filter_orders(start=later, end=later + dt.timedelta(days=1), now=local_now())
    assert [flag_of(o) for o in many] == [None] * 10
    assert flag_of(rude).rules == ["abusive"]
    # a dismissal of what a call said alone exempts only that
    assert harassment.exempted_rules(["abusive", "text"]) == ["abusive", "text"]


def test_review_dismiss_exempts_the_number_from_those_rules(app, client, login_as):
    # An insult with no concrete matter (a matter would make it anger at a situation).
    first = call(content="这帮混蛋又来捣乱，我受够了。")
    run(app)
    login_as("supervisor")
    assert _decide(client, flag_of(first), "dismiss", "反映他人行为，非骚扰").status_code == 302
    assert not WorkOrder.get_by_id(first.id).is_harassment and flag_of(first).status == "已驳回"
    [exemption] = RuleExemption.select()
    assert (exemption.phone, exemption.rule) == (PHONE, "abusive")
    again = call(minutes=120, content="那帮混蛋又来捣乱了。")
    run(app)
    assert flag_of(again) is None
    # Other numbers are not exempt, and the exemption ends.
    elsewhere = call(minutes=130, phone="13900002222", content="那帮混蛋又来捣乱了。")
    run(app)
    assert flag_of(elsewhere) is not None
    with app.app_context():
        # Reviews happen in real time, so the exemption runs from now.
        harassment.filter_orders(order_ids=[again.id], now=local_now() + dt.timedelta(days=31))
    assert flag_of(again).rules == ["abusive"]


@pytest.mark.parametrize("role", ["operator", "department", "leader"])
def test_only_supervisors_review(client, login_as, role):
    order = call(content="王八蛋")
    login_as(role)
    assert client.get("/admin/harassment-review/").status_code == 403
    flag = HarassmentFlag.create(order=order, phone=PHONE, rules_json='["abusive"]', score=40)
    token = csrf_token(client, "/login")
    assert client.post(f"/admin/harassment-review/{flag.id}/confirm", data={"csrf_token": token}).status_code == 403
    assert not WorkOrder.get_by_id(order.id).is_harassment


def test_review_needs_the_csrf_token(app, client, login_as):
    order = call(content="王八蛋")
    run(app)
    login_as("supervisor")
    response = client.post(f"/admin/harassment-review/{flag_of(order).id}/confirm", data={})
    assert response.status_code == 400
    assert flag_of(order).status == "待审核"


def test_restricted_numbers_register_records_who_added(client, login_as):
    supervisor = login_as("supervisor")
    token = csrf_token(client, "/admin/restricted_numbers/new/")
    response = client.post(
        "/admin/restricted_numbers/new/",
        data={"csrf_token": token, "phone": " 13700009999 ", "reason": "反复无声来电", "expires_at": ""},
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    number = RestrictedNumber.get(RestrictedNumber.phone == "13700009999")
    assert number.added_by_id == supervisor.id and number.expires_at is None


def test_each_new_order_is_filtered_through_the_queue(app, redis_conn):
    RestrictedNumber.create(phone=PHONE, reason="长期无声骚扰")
    order = call(content="", seconds=0)
    with app.test_request_context():
        assert enqueue_filter(order.id) is not None
    db.close()
    run_worker(app, "default")
    assert WorkOrder.get_by_id(order.id).is_harassment


def test_filter_harassment_command(app, runner):
    order = call(content="", seconds=1)
    RestrictedNumber.create(phone=PHONE, reason="长期无声骚扰")
    db.close()
    result = runner.invoke(args=["filter-harassment", "--date", "2020-01-10"])
    assert result.exit_code == 0, result.output
    assert "自动标记骚扰 1 件" in result.output
    assert WorkOrder.get_by_id(order.id).is_harassment
