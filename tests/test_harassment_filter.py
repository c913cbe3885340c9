"""Issue 13: every phone order filtered (a period, or every one not yet filtered; an import
queues it), the pattern rules each alone, quoted speech, the learned text score trained from
review decisions, the review screen (links, bulk, a number's history, 加入受限号码), and a
reviewer's decision never overridden by a later run.
"""

import datetime as dt

import pytest

import harassment
import harassment_model
from models import (
    AuditLog,
    HarassmentCheck,
    HarassmentFlag,
    HarassmentModel,
    OrderEvent,
    RestrictedNumber,
    WorkOrder,
    db,
)
from tests.conftest import csrf_token
from tests.factories import make_order, make_user
from tests.import_files import row, write_csv
from tests.rq_helpers import run_worker

T0 = dt.datetime(2020, 5, 11, 9, 0)  # a Monday
NOW = dt.datetime(2020, 7, 1, 0, 30)
PHONE = "13900001111"
OTHER = "13900002222"
REAL = "来电反映龙山大道与民安路交叉口红绿灯故障，早晚高峰拥堵严重，希望尽快维修。"


def call(at=T0, phone=PHONE, content=REAL, seconds=180, **overrides):
    return make_order(caller_phone=phone, received_at=at, content=content, call_seconds=seconds, **overrides)


def flag_of(order):
    return HarassmentFlag.get_or_none(HarassmentFlag.order == order.id)


def filtered_at(order):
    check = HarassmentCheck.get_or_none(HarassmentCheck.order == order.id)
    return None if check is None else check.filtered_at


def rules_of(order):
    flag = flag_of(order)
    return None if flag is None else flag.rules


def run(app, start=T0 - dt.timedelta(days=30), end=T0 + dt.timedelta(days=30)):
    with app.app_context():
        return harassment.filter_orders(start=start, end=end, now=NOW)


@pytest.fixture
def rules_only(app):
    """Review threshold 1 and no text model: each rule that fires alone shows as a flag."""
    app.config["HARASSMENT_REVIEW_SCORE"] = 1
    app.config["HARASSMENT_TEXT_MODEL"] = False
    return app


# --- every order filtered ------------------------------------------------------------------


def _quarter_file(tmp_path):
    """2020Q2 as an import file: an abusive caller, a silent caller, genuine calls, one letter;
    and one order of 2020Q3 that the period leaves alone."""
    rows, n = [], 0

    def add(at, content, phone="13812345678", seconds="120", channel="电话"):
        nonlocal n
        n += 1
        rows.append(
            row(
                case_no=f"2020Q2{n:05d}",
                received_at=at.strftime("%Y-%m-%d %H:%M"),
                caller_phone=phone,
                content=content,
                call_seconds=seconds,
                channel=channel,
                disposition="待处理",
                reply="",
                callback_result="",
            )
        )

    add(dt.datetime(2020, 4, 3, 10, 0), "你们这帮王八蛋，拿钱不办事！", phone=PHONE)
    for i in range(5):
        add(dt.datetime(2020, 5, 2 + i, 23, 10), "", phone=OTHER, seconds="30")
    for day in range(1, 28, 3):
        add(dt.datetime(2020, 6, day, 9, 30), REAL, phone=f"1370000{day:04d}")
    add(dt.datetime(2020, 6, 5, 9, 0), "来信反映路灯问题", channel="来信")
    add(dt.datetime(2020, 7, 2, 9, 0), "王八蛋", phone="13600000000")
    return write_csv(tmp_path / "2020Q2.csv", rows)


def _import(runner, path):
    result = runner.invoke(args=["import-orders", str(path)])
    assert result.exit_code == 0, result.output
    db.close()


def _phone_orders_in_q2():
    q2 = (WorkOrder.received_at >= dt.datetime(2020, 4, 1)) & (WorkOrder.received_at < dt.datetime(2020, 7, 1))
    return WorkOrder.select().where(q2 & (WorkOrder.channel == "电话"))


def test_an_imported_quarter_filtered_by_period(app, runner, tmp_path):
    _import(runner, _quarter_file(tmp_path))
    result = runner.invoke(args=["filter-harassment", "2020Q2"])
    assert result.exit_code == 0, result.output
    # 1 abusive + 5 silent night calls + 9 genuine = 15 phone orders in the quarter; the letter
    # and the July order are not looked at.
    assert "检查 15 件电话工单" in result.output, result.output
    assert all(filtered_at(o) is not None for o in _phone_orders_in_q2())
    july = WorkOrder.get(WorkOrder.case_no == "2020Q200016")
    assert filtered_at(july) is None and flag_of(july) is None
    abusive = WorkOrder.get(WorkOrder.caller_phone == PHONE)
    assert "abusive" in rules_of(abusive)
    silent = WorkOrder.select().where(WorkOrder.caller_phone == OTHER)
    assert all({"silent", "silent_share", "night", "daily"} <= set(rules_of(o)) for o in silent)
    assert all(flag_of(o) is None for o in _phone_orders_in_q2().where(WorkOrder.content == REAL))
    # The command's counts are the review screen's.
    assert "本期间电话工单共 15 件：已过滤 15 件，未过滤 0 件；骚扰标记待审核 6 件" in result.output


def test_an_imported_quarter_filtered_by_the_no_argument_form(app, runner, tmp_path, client, login_as):
    _import(runner, _quarter_file(tmp_path))
    result = runner.invoke(args=["filter-harassment"])
    assert result.exit_code == 0, result.output
    assert "检查 16 件电话工单" in result.output  # every phone order not yet filtered, July too
    assert "全部电话工单共 16 件：已过滤 16 件，未过滤 0 件；骚扰标记待审核 7 件" in result.output
    again = runner.invoke(args=["filter-harassment"])
    assert "检查 0 件电话工单" in again.output
    login_as("supervisor")
    page = client.get("/admin/harassment-review/").get_data(as_text=True)
    assert "电话工单共 16 件：已过滤 16 件，未过滤 0 件；骚扰标记待审核 7 件" in page
    assert "待审核（7）" in page


def test_bad_period_is_refused(app, runner):
    result = runner.invoke(args=["filter-harassment", "2020Q5"])
    assert result.exit_code == 1 and HarassmentFlag.select().count() == 0


def test_import_queues_the_filter_for_the_orders_it_creates(app, runner, tmp_path, redis_conn):
    # `flask --app app import-orders` runs in an app context (FlaskGroup pushes one); the
    # test runner calls app.cli directly, so the test pushes it.
    with app.app_context():
        _import(runner, _quarter_file(tmp_path))
    assert HarassmentCheck.select().count() == 0
    run_worker(app, "default")
    phone_orders = WorkOrder.select().where(WorkOrder.channel == "电话")
    assert all(filtered_at(o) is not None for o in phone_orders)
    assert "abusive" in rules_of(WorkOrder.get(WorkOrder.caller_phone == PHONE))


def test_the_nightly_pass_takes_every_unfiltered_order_and_yesterday(app):
    old = call(at=dt.datetime(2019, 3, 1, 10, 0), content="你们这帮王八蛋")  # never filtered
    yesterday = call(at=dt.datetime(2020, 6, 30, 10, 0), phone=OTHER, content="神经病，滚蛋")
    HarassmentCheck.create(order=yesterday, filtered_at=dt.datetime(2020, 6, 30, 10, 1))  # on receipt
    with app.app_context():
        result = harassment.filter_nightly(now=NOW)
    assert result.checked == 2 and flag_of(old) is not None and flag_of(yesterday) is not None


# --- the pattern rules, each alone -----------------------------------------------------------


def test_silence_of_moderate_length_is_silent(rules_only):
    held = call(content="", seconds=40)  # holds the line in silence
    long_empty = call(at=T0 + dt.timedelta(hours=2), phone=OTHER, content="", seconds=200)
    run(rules_only)
    assert rules_of(held) == ["silent"]
    assert flag_of(long_empty) is None


def test_share_of_silent_calls_alone(rules_only):
    # Every few hours over two days, silent; the night and daily rules stay out of it.
    silent = [call(at=T0 + dt.timedelta(hours=h), content="", seconds=25) for h in (0, 5, 10, 24, 29)]
    # Two silent calls an hour apart: no share of three.
    two = [call(at=T0 + dt.timedelta(hours=h), phone=OTHER, content="", seconds=5) for h in (0, 1)]
    run(rules_only)
    assert [rules_of(o) for o in silent] == [["silent", "silent_share"]] * 5
    assert [rules_of(o) for o in two] == [["silent"]] * 2


def test_silent_share_needs_most_calls_silent(rules_only):
    calls = [call(at=T0 + dt.timedelta(hours=5 * i), content="" if i < 3 else REAL, seconds=20) for i in range(6)]
    run(rules_only)
    assert [rules_of(o) for o in calls[:3]] == [["silent"]] * 3  # 3 of 6 silent: below 60%


def test_many_calls_within_a_day_alone(rules_only):
    # six calls a day saying nothing of a matter are frequent; spread over days they are not
    chatter = "喂，你们那边谁在值班，叫个人来听电话"
    frequent = [call(at=T0 + dt.timedelta(hours=2 * i), content=f"{chatter}第{i}遍") for i in range(6)]
    spread = [call(at=T0 + dt.timedelta(hours=30 * i), phone=OTHER, content=f"{chatter}第{i}遍") for i in range(3)]
    run(rules_only)
    assert [rules_of(o) for o in frequent] == [["frequent"]] * 6
    assert [flag_of(o) for o in spread] == [None] * 3


def test_a_caller_chasing_a_matter_needs_more_calls_a_day_to_be_frequent(rules_only):
    # six calls a day about a matter (an elderly caller, a worried parent) are not frequent;
    # the tenth within a day is (HARASSMENT_FREQUENT_MATTER_CALLS)
    six = [call(at=T0 + dt.timedelta(hours=2 * i), content=f"{REAL}第{i}次") for i in range(6)]
    ten = [call(at=T0 + dt.timedelta(hours=1 * i), phone=OTHER, content=f"{REAL}第{i}次") for i in range(10)]
    run(rules_only)
    assert [flag_of(o) for o in six] == [None] * 6
    assert [rules_of(o) for o in ten] == [["frequent"]] * 10


def test_night_calls_alone(rules_only):
    nights = [call(at=dt.datetime(2020, 5, 11 + d, 23, 30), content=f"{REAL}第{d}次") for d in (0, 2)]
    early = call(at=dt.datetime(2020, 5, 14, 5, 50), content=f"{REAL}再次")
    once = call(at=dt.datetime(2020, 5, 11, 23, 0), phone=OTHER)  # one night-time call: an emergency
    day = call(at=dt.datetime(2020, 5, 13, 14, 0), content=f"{REAL}白天")
    run(rules_only)
    assert [rules_of(o) for o in nights] == [["night"], ["night"]]
    assert rules_of(early) == ["night"] and flag_of(once) is None and flag_of(day) is None


def test_night_hours_are_a_setting(rules_only):
    rules_only.config["HARASSMENT_NIGHT_START"] = "20:00"
    calls = [call(at=dt.datetime(2020, 5, 11 + d, 21, 0), content=f"{REAL}第{d}次") for d in (0, 1)]
    run(rules_only)
    assert [rules_of(o) for o in calls] == [["night"], ["night"]]


def test_calls_on_many_days_alone(rules_only):
    daily = [call(at=T0 + dt.timedelta(days=d), content=f"{REAL}第{d}次") for d in (0, 1, 3, 5)]
    follow_ups = [call(at=T0 + dt.timedelta(days=d), phone=OTHER, content=f"{REAL}第{d}次") for d in (0, 2, 5)]
    weeks = [call(at=T0 + dt.timedelta(days=d), phone="13900003333", content=f"{REAL}第{d}次") for d in (0, 4, 8, 12)]
    run(rules_only)
    assert [rules_of(o) for o in daily] == [["daily"]] * 4
    assert [flag_of(o) for o in follow_ups + weeks] == [None] * 7


def test_daily_alone_does_not_reach_review_with_the_defaults(app):
    app.config["HARASSMENT_TEXT_MODEL"] = False
    daily = [call(at=T0 + dt.timedelta(days=d), content=f"{REAL}第{d}次") for d in (0, 1, 3, 5)]
    run(app)
    assert [flag_of(o) for o in daily] == [None] * 4  # a caller chasing a matter is not a nuisance


@pytest.mark.parametrize(
    "content",
    [
        "邻居因停车纠纷骂我神经病，还堵住门口。",
        "办事员说我是神经病，态度恶劣。",
        "摊主当众喊我神经病，还推了我。",
        "老板叫我滚蛋，还不给工资。",
        "对方称我为王八蛋，请处理。",
        "摊主当众喊我“神经病”，希望市场监管处理。",
        "他在群里发「去死吧」，我很害怕。",
        '他对我说"混蛋"，然后走了。',
    ],
)
def test_reported_and_quoted_insults_are_not_abuse(rules_only, content):
    order = call(content=content)
    run(rules_only)
    assert flag_of(order) is None


def test_abuse_outside_quotes_still_fires(rules_only):
    order = call(content="“你好”个屁，你们这帮王八蛋")
    run(rules_only)
    assert rules_of(order) == ["abusive"]


# --- the learned text score -----------------------------------------------------------------

# A nuisance no word list and no starter line knows: errands for the hotline's staff.
NOVEL = "请帮我预约明天上午的理发"


def test_text_score_catches_abuse_outside_the_word_list(app):
    abuse = call(content="垃圾政府，老子再也不信你们了")
    genuine = call(phone=OTHER, content="小区门口的下水道堵了三天，污水流到路上，请尽快疏通。")
    run(app)
    flag = flag_of(abuse)
    assert flag is not None and "text" in flag.rules and flag.text_score >= 0.6
    assert flag.terms and all(weight > 0 for _, weight in flag.terms)
    assert flag_of(genuine) is None


def _decide_many(texts, status, reviewer, start):
    for i, text in enumerate(texts):
        order = call(at=start + dt.timedelta(hours=i), phone=f"1380000{i:04d}", content=text, status="ONLINE")
        HarassmentFlag.create(
            order=order, phone=order.caller_phone, status=status, reviewer=reviewer, reviewed_at=start, score=40
        )


def test_review_decisions_train_the_score_and_change_a_later_verdict(app):
    app.config.update(HARASSMENT_MODEL_MIN_DECISIONS=10, HARASSMENT_MODEL_MIN_EACH=3)
    later = call(at=dt.datetime(2020, 6, 20, 10, 0), content=NOVEL)
    with app.app_context():
        before = harassment_model.current_model().scores([harassment_model.prepare(NOVEL)])[0]
    assert before < app.config["HARASSMENT_TEXT_THRESHOLD"]
    reviewer = make_user("supervisor")
    start = dt.datetime(2020, 5, 1, 9, 0)
    _decide_many(
        [f"请帮我预约{w}" for w in ("周末的按摩", "下午的美甲", "理发店剪头发", "明天洗头", "烫发", "明天上午的修脚")],
        "已确认",
        reviewer,
        start,
    )
    _decide_many([f"{REAL}{w}" for w in ("谢谢", "请尽快", "麻烦了", "辛苦了", "等回复")], "已驳回", reviewer, start)
    with app.app_context():
        result = harassment_model.retrain(now=NOW)
    assert result.used_decisions and result.decisions == 11 and HarassmentModel.select().count() == 1
    run(app, start=dt.datetime(2020, 6, 20), end=dt.datetime(2020, 6, 21))
    flag = flag_of(later)
    assert flag is not None and "text" in flag.rules
    assert any("预约" in term or "约" in term for term, _ in flag.terms)


def test_too_few_decisions_stay_out_of_the_score(app):
    reviewer = make_user("supervisor")
    _decide_many(
        [f"请帮我预约{w}" for w in ("理发", "按摩", "美甲", "洗头")], "已确认", reviewer, dt.datetime(2020, 5, 1)
    )
    with app.app_context():
        result = harassment_model.retrain(now=NOW)
        starter = harassment_model.train(*harassment_model.starter_set())
        stored = harassment_model.current_model()
        text = harassment_model.prepare(NOVEL)
        assert not result.used_decisions and result.decisions == 4
        assert stored.scores([text]) == pytest.approx(starter.scores([text]))


def test_training_is_deterministic(app):
    with app.app_context():
        first = harassment_model.retrain(now=NOW).row.sha256
        second = harassment_model.retrain(now=NOW).row.sha256
    assert first == second


def test_the_retraining_job_is_on_the_schedule_and_runs(app, redis_conn):
    from jobs import enqueue
    from jobs.harassment import retrain_job
    from jobs.schedule import SCHEDULE

    assert "jobs.harassment.retrain_job" in {entry["func"] for entry in SCHEDULE}
    with app.app_context():
        enqueue("default", retrain_job)
    db.close()
    run_worker(app, "default")
    assert HarassmentModel.select().count() == 1


# --- a reviewer's decision is never overridden -----------------------------------------------


def test_a_reviewer_decision_is_never_overridden(app, client, login_as):
    confirmed = call(content="你们这帮王八蛋")
    dismissed = call(phone=OTHER, content="这帮混蛋又来捣乱，我受够了。")
    run(app)
    reviewer = login_as("supervisor")
    with app.app_context():
        harassment.confirm(flag_of(confirmed), reviewer, "确认")
        harassment.dismiss(flag_of(dismissed), reviewer, "反映他人")
    RestrictedNumber.create(phone=OTHER, reason="后来加入")  # would now mark at once
    for _ in range(2):
        run(app)
        with app.app_context():
            harassment.filter_pending(now=NOW)
            harassment.filter_orders(order_ids=[confirmed.id, dismissed.id], now=NOW)
    assert flag_of(confirmed).status == "已确认" and flag_of(confirmed).reviewer_id == reviewer.id
    assert flag_of(dismissed).status == "已驳回" and not WorkOrder.get_by_id(dismissed.id).is_harassment
    assert OrderEvent.select().where(OrderEvent.action == "标记骚扰").count() == 1


# --- the review screen -----------------------------------------------------------------------


def test_review_screen_links_orders_numbers_and_shows_ngrams(app, client, login_as):
    order = call(content="狗官！全是狗官！你们都是吃干饭的")
    run(app)
    login_as("supervisor")
    page = client.get("/admin/harassment-review/").get_data(as_text=True)
    assert f'href="/admin/orders/details/?id={order.id}' in page
    assert f'href="/admin/harassment-review/number/{PHONE}"' in page
    assert "文本模型判断为骚扰" in page and "依据" in page


def test_bulk_review_asks_first_then_decides_each(app, client, login_as):
    app.config["HARASSMENT_TEXT_MODEL"] = False
    a = call(content="你们这帮王八蛋")
    b = call(phone=OTHER, content="神经病，滚蛋")
    c = call(phone="13900003333", content="王八蛋")
    run(app)
    login_as("supervisor")
    ids = [str(flag_of(o).id) for o in (a, b)]
    token = csrf_token(client, "/admin/harassment-review/")
    form = {"csrf_token": token, "decision": "confirm", "flag_id": ids, "restrict": "1"}
    first = client.post("/admin/harassment-review/bulk", data=form)
    assert first.status_code == 200 and "即将确认以下 2 条骚扰标记" in first.get_data(as_text=True)
    assert flag_of(a).status == "待审核"  # nothing decided before the confirmation
    done = client.post("/admin/harassment-review/bulk", data=form | {"confirmed": "1"})
    assert done.status_code == 302
    assert [flag_of(o).status for o in (a, b, c)] == ["已确认", "已确认", "待审核"]
    assert WorkOrder.get_by_id(a.id).is_harassment and WorkOrder.get_by_id(b.id).is_harassment
    assert {r.phone for r in RestrictedNumber.select()} == {PHONE, OTHER}
    assert AuditLog.select().where(AuditLog.model == "RestrictedNumber").count() == 2
    dismiss = {"csrf_token": token, "decision": "dismiss", "flag_id": [str(flag_of(c).id)], "confirmed": "1"}
    client.post("/admin/harassment-review/bulk", data=dismiss)
    assert flag_of(c).status == "已驳回"
    assert {e.rule for e in flag_of(c).exemptions} == {"abusive"}


def test_bulk_review_needs_csrf_and_a_supervisor(app, client, login_as):
    order = call(content="王八蛋")
    run(app)
    flag = flag_of(order)
    login_as("supervisor")
    response = client.post(
        "/admin/harassment-review/bulk", data={"decision": "confirm", "flag_id": [str(flag.id)], "confirmed": "1"}
    )
    assert response.status_code == 400 and flag_of(order).status == "待审核"


@pytest.mark.parametrize("role", ["operator", "leader"])
def test_bulk_review_is_for_supervisors(app, client, login_as, role):
    order = call(content="王八蛋")
    run(app)
    login_as(role)
    token = csrf_token(client, "/login")
    data = {"csrf_token": token, "decision": "confirm", "flag_id": [str(flag_of(order).id)], "confirmed": "1"}
    assert client.post("/admin/harassment-review/bulk", data=data).status_code == 403
    assert client.get(f"/admin/harassment-review/number/{PHONE}").status_code == 403
    assert flag_of(order).status == "待审核"


def test_confirm_with_restrict_adds_the_number(app, client, login_as):
    order = call(content="王八蛋")
    run(app)
    login_as("supervisor")
    flag = flag_of(order)
    token = csrf_token(client, "/admin/harassment-review/")
    data = {"csrf_token": token, f"note_{flag.id}": "多次辱骂", f"restrict_{flag.id}": "1"}
    client.post(f"/admin/harassment-review/{flag.id}/confirm", data=data)
    assert flag_of(order).status == "已确认" and flag_of(order).note == "多次辱骂"
    assert RestrictedNumber.get(RestrictedNumber.phone == PHONE).reason.startswith("骚扰审核确认")


def test_number_history_and_restrict_button(app, client, login_as):
    calls = [call(at=T0 + dt.timedelta(days=d), content=f"{REAL}第{d}次") for d in range(3)]
    letter = call(channel="来信", content="来信一封")
    call(phone=OTHER, content="别的号码")
    login_as("supervisor")
    page = client.get(f"/admin/harassment-review/number/{PHONE}").get_data(as_text=True)
    assert all(o.case_no in page for o in calls + [letter]) and "别的号码" not in page
    assert "加入受限号码" in page
    token = csrf_token(client, f"/admin/harassment-review/number/{PHONE}")
    client.post(f"/admin/harassment-review/number/{PHONE}/restrict", data={"csrf_token": token, "reason": "长期无声"})
    assert RestrictedNumber.get(RestrictedNumber.phone == PHONE).reason == "长期无声"
    page = client.get(f"/admin/harassment-review/number/{PHONE}").get_data(as_text=True)
    assert "受限号码" in page and 'id="restrict-form"' not in page
