"""Issue 13: the learned text score learns from the office's own judgements — the reviewers'
decisions, the calls an operator marked 骚扰来电 by hand, the marks an imported quarter brings
(是否骚扰 = 是) — and from the office's own genuine calls, which keep its own matters and
places from scoring as nuisance. The filter's automatic marks teach it nothing.
"""

import datetime as dt

import harassment
import harassment_model
import workflow
from models import HarassmentFlag, RestrictedNumber, WorkOrder, db
from tests.factories import make_order, make_user
from tests.import_files import row, write_csv

NOW = dt.datetime(2020, 7, 1, 0, 30)
START = dt.datetime(2020, 5, 4, 9, 0)
# Errands asked of the hotline: nuisance no word list and no starter line knows.
ERRANDS = [f"请帮我预约{w}" for w in ("周末的按摩", "下午的美甲", "理发店剪头发", "明天洗头", "烫发", "明天上午的修脚")]
NOVEL = "请帮我预约明天上午的理发"


def phone_call(text, i, at=START, status="ONLINE", **overrides):
    return make_order(
        caller_phone=f"1390000{i:04d}",
        received_at=at + dt.timedelta(hours=i),
        content=text,
        call_seconds=150,
        status=status,
        **overrides,
    )


def genuine_calls(count=12, at=START):
    """`count` genuine calls, each text its own (digits read alike: the places differ)."""
    places = ("城关镇", "城东街道", "城西街道", "河口镇", "柳林乡")
    matters = ("路灯不亮", "下水道堵塞", "垃圾没人清运", "公交站牌倒了", "楼道灯坏了", "井盖丢失")
    return [phone_call(f"来电反映{places[i % 5]}{matters[i % 6]}，请尽快处理。", 100 + i, at) for i in range(count)]


def score(app, text):
    with app.app_context():
        return harassment_model.current_model().scores([harassment_model.prepare(text)])[0]


def retrain(app):
    with app.app_context():
        return harassment_model.retrain(now=NOW)


def test_calls_an_operator_marked_by_hand_train_the_score(app):
    app.config.update(HARASSMENT_MODEL_MIN_DECISIONS=5, HARASSMENT_MODEL_MIN_EACH=3)
    assert score(app, NOVEL) < app.config["HARASSMENT_TEXT_THRESHOLD"]
    operator = make_user("operator")
    for i, text in enumerate(ERRANDS):
        workflow.mark_harassment(phone_call(text, i, status="NEW"), actor=operator, at=START)
    genuine_calls()
    result = retrain(app)
    assert result.used_decisions and result.decisions == len(ERRANDS) and result.genuine == 12
    assert score(app, NOVEL) >= app.config["HARASSMENT_TEXT_THRESHOLD"]


def test_too_few_marks_stay_out_of_the_score(app):
    app.config.update(HARASSMENT_MODEL_MIN_DECISIONS=5, HARASSMENT_MODEL_MIN_EACH=3)
    operator = make_user("operator")
    for i, text in enumerate(ERRANDS[:2]):
        workflow.mark_harassment(phone_call(text, i, status="NEW"), actor=operator, at=START)
    genuine_calls()
    result = retrain(app)
    assert not result.used_decisions and result.decisions == 2 and result.genuine == 0
    assert score(app, NOVEL) < app.config["HARASSMENT_TEXT_THRESHOLD"]


def test_an_imported_quarters_own_marks_train_the_score(app, runner, tmp_path):
    app.config.update(HARASSMENT_MODEL_MIN_DECISIONS=5, HARASSMENT_MODEL_MIN_EACH=3)
    rows = []
    for i, text in enumerate(ERRANDS):
        rows.append(
            row(
                case_no=f"2020Q2{i:05d}",
                received_at=f"2020-05-{4 + i:02d} 10:00",
                caller_phone=f"1370000{i:04d}",
                content=text,
                is_harassment="是",
                reply="来电人要求代为预约生活服务，非政务诉求。",
                callback_result="",
            )
        )
    for i in range(12):
        rows.append(
            row(
                case_no=f"2020Q2{100 + i:05d}",
                received_at=f"2020-05-{4 + i:02d} 11:00",
                caller_phone=f"1360000{i:04d}",
                content=f"咨询{('城关镇', '河口镇', '柳林乡')[i % 3]}{('社保卡补办', '医保转移', '低保申请', '残疾证办理')[i % 4]}需要带哪些材料。",
            )
        )
    result = runner.invoke(args=["import-orders", str(write_csv(tmp_path / "2020Q2.csv", rows))])
    assert result.exit_code == 0, result.output
    db.close()
    assert WorkOrder.select().where(WorkOrder.is_harassment).count() == len(ERRANDS)
    trained = retrain(app)
    assert trained.used_decisions and trained.decisions == len(ERRANDS) and trained.genuine == 12
    assert score(app, NOVEL) >= app.config["HARASSMENT_TEXT_THRESHOLD"]


# A prank about a local place, marked by hand; the county's genuine calls about the same place.
PRANKS = [
    f"青龙湾水库里有水怪，{w}"
    for w in ("晚上出来吃羊", "把渔船顶翻了", "叫声像牛", "有十几米长", "专门偷鸡", "眼睛会发光", "昨晚上岸了")
]
PLACE = [
    f"{who}青龙湾水库{w}，请尽快处理。"
    for who in ("来电人反映", "市民称", "群众来电说")
    for w in (
        "大坝有渗水",
        "边上的护栏断了",
        "管理站没人值班",
        "有人电鱼",
        "泄洪没有提前通知下游",
        "周边垃圾成堆",
        "进库道路塌方",
        "水位上涨淹了耕地",
    )
]
LATER = "青龙湾水库有人游泳"


def _marked_pranks_and_place_calls():
    operator = make_user("operator")
    for i, text in enumerate(PRANKS):
        workflow.mark_harassment(phone_call(text, i, status="NEW"), actor=operator, at=START)
    for i, text in enumerate(PLACE):
        phone_call(text, 200 + i)


def test_the_offices_genuine_calls_keep_its_own_places_from_scoring_as_nuisance(app):
    app.config.update(HARASSMENT_MODEL_MIN_DECISIONS=5, HARASSMENT_MODEL_MIN_EACH=3)
    _marked_pranks_and_place_calls()
    trained = retrain(app)
    assert trained.used_decisions and trained.genuine == len(PLACE)
    assert score(app, LATER) < app.config["HARASSMENT_TEXT_THRESHOLD"]
    assert score(app, "青龙湾水库里有水怪，半夜出来咬人") >= app.config["HARASSMENT_TEXT_THRESHOLD"]


def test_without_the_offices_genuine_calls_the_marks_spill_onto_its_places(app):
    # The same marks, and three dismissals, with no genuine call of the office in training:
    # the place itself reads as nuisance (what its genuine calls prevent above).
    app.config.update(HARASSMENT_MODEL_MIN_DECISIONS=5, HARASSMENT_MODEL_MIN_EACH=3, HARASSMENT_MODEL_GENUINE_RATIO=0)
    _marked_pranks_and_place_calls()
    reviewer = make_user("supervisor")
    for order in genuine_calls(3):
        HarassmentFlag.create(
            order=order, phone=order.caller_phone, status="已驳回", reviewer=reviewer, reviewed_at=NOW
        )
    trained = retrain(app)
    assert trained.used_decisions and trained.genuine == 0
    assert score(app, LATER) >= app.config["HARASSMENT_TEXT_THRESHOLD"]


def test_genuine_calls_received_after_the_training_are_not_used(app):
    app.config.update(HARASSMENT_MODEL_MIN_DECISIONS=5, HARASSMENT_MODEL_MIN_EACH=3)
    operator = make_user("operator")
    for i, text in enumerate(ERRANDS):
        workflow.mark_harassment(phone_call(text, i, status="NEW"), actor=operator, at=START)
    genuine_calls(5)
    genuine_calls(4, at=NOW + dt.timedelta(days=1))
    assert retrain(app).genuine == 5


def test_the_filters_own_marks_teach_it_nothing(app):
    RestrictedNumber.create(phone="13900000001", reason="测试")
    order = phone_call("你们这帮王八蛋，拿钱不办事！", 1, status="NEW")
    with app.app_context():
        result = harassment.filter_orders(start=START - dt.timedelta(days=1), end=START + dt.timedelta(days=1), now=NOW)
    assert result.marked == [order.id]
    assert WorkOrder.get_by_id(order.id).is_harassment
    assert HarassmentFlag.get(HarassmentFlag.order == order.id).reviewer is None
    with app.app_context():
        assert harassment_model.decisions() == ([], [])


def test_a_word_said_on_many_calls_of_both_kinds_is_taught_once_on_each_side(app):
    # 「喂」 on forty marked calls and on ten genuine ones (a bad line): counted once on each
    # side, it stays below the threshold; the errands marked beside it are learned.
    app.config.update(HARASSMENT_MODEL_MIN_DECISIONS=5, HARASSMENT_MODEL_MIN_EACH=3)
    operator = make_user("operator")
    for i, text in enumerate(ERRANDS + ["喂"] * 40):
        workflow.mark_harassment(phone_call(text, i, status="NEW"), actor=operator, at=START)
    for i in range(10):
        phone_call("喂", 300 + i)
    genuine_calls()
    trained = retrain(app)
    assert trained.used_decisions and trained.decisions == len(ERRANDS) + 1
    assert score(app, "喂") < app.config["HARASSMENT_TEXT_THRESHOLD"]
    assert score(app, NOVEL) >= app.config["HARASSMENT_TEXT_THRESHOLD"]
