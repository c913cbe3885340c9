"""Every step of the lifecycle (docs/RULES.md § Lifecycle): legal ones change the order and record an event,
illegal ones raise WorkflowError and change nothing."""

import datetime as dt

import pytest

import workflow
from models import STATUSES, Callback, OrderEvent, User, WorkOrder
from tests.factories import make_department, make_order, make_user
from workflow import TRANSITIONS, WorkflowError

T0 = dt.datetime(2020, 3, 2, 9, 0)  # a Monday


def _path_to(status, order, unit, actor):
    """Walk an order to `status` through the workflow itself."""
    steps = {
        "NEW": [],
        "ONLINE": [lambda: workflow.close_online(order, actor, reply="已告知", at=T0)],
        "REJECTED": [lambda: workflow.reject(order, "要素不全", actor, at=T0)],
        "DISPATCHED": [lambda: workflow.dispatch(order, unit, "一般", actor, at=T0)],
        "ACCEPTED": ["DISPATCHED", lambda: workflow.sign(order, actor)],
        "REPLIED": ["ACCEPTED", lambda: workflow.reply(order, "已处理", actor)],
        "RESOLVED": ["REPLIED", lambda: workflow.resolve(order, actor)],
        "RETURNED": ["DISPATCHED", lambda: workflow.return_order(order, "非本单位职责", actor)],
    }

    def run(name):
        for step in steps[name]:
            run(step) if isinstance(step, str) else step()

    run(status)
    assert order.status == status


def _perform(action, order, unit, actor):
    calls = {
        "close_online": lambda: workflow.close_online(order, actor, reply="话务员直接告知"),
        "mark_harassment": lambda: workflow.mark_harassment(order, actor),
        "reject": lambda: workflow.reject(order, "超出受理范围", actor),
        "dispatch": lambda: workflow.dispatch(order, unit, "紧急", actor),
        "sign": lambda: workflow.sign(order, actor),
        "reply": lambda: workflow.reply(order, "经核实已处理", actor),
        "resolve": lambda: workflow.resolve(order, actor),
        "return_order": lambda: workflow.return_order(order, "不属于本单位", actor),
        "reopen": lambda: workflow.reopen(order, "回复未解决诉求", actor),
        "request_extension": lambda: workflow.request_extension(order, 3, "需现场勘查", actor),
        "decide_extension": lambda: workflow.decide_extension(order, True, actor),
        "record_callback": lambda: workflow.record_callback(order, "满意", "诉求人满意", actor),
        "callback_reopen": lambda: workflow.callback_reopen(order, "群众不满意，请重新办理", actor),
        "callback_close": lambda: workflow.callback_close(order, "已按政策答复", actor),
    }
    return calls[action]()


# A step whose target depends on the status it starts from: 不满意结案 closes an 已回复 order.
TARGET_FROM = {("callback_close", "REPLIED"): "RESOLVED"}


CASES = [(action, status) for action in TRANSITIONS for status in STATUSES]


@pytest.fixture
def actor(app):
    # A supervisor may take every step, the unit's included (workflow.STEP_ROLES).
    return make_user("supervisor")


@pytest.fixture
def unit(app):
    return make_department("县住建局", email="zjj@example.cn")


@pytest.mark.parametrize("action,status", CASES, ids=[f"{a}-{s}" for a, s in CASES])
def test_transition_matrix(app, actor, unit, action, status):
    order = make_order()
    _path_to(status, order, unit, actor)
    sources, target = TRANSITIONS[action]
    if action == "decide_extension" and status in sources:
        workflow.request_extension(order, 2, "需协调", actor)
    if action in ("callback_reopen", "callback_close") and status in sources:
        workflow.record_callback(order, "不满意", "问题未解决", actor)
    legal = status in sources
    before = WorkOrder.get_by_id(order.id).__data__.copy()
    events_before = OrderEvent.select().where(OrderEvent.order == order.id).count()
    if legal:
        _perform(action, order, unit, actor)
        stored = WorkOrder.get_by_id(order.id)
        assert stored.status == TARGET_FROM.get((action, status), target or status)
        event = OrderEvent.select().where(OrderEvent.order == order.id).order_by(OrderEvent.id.desc()).get()
        assert (event.from_status, event.to_status) == (status, stored.status)
        assert event.actor_id == actor.id and event.at is not None
        assert event.action == workflow.ACTION_LABELS[action]
    else:
        with pytest.raises(WorkflowError) as err:
            _perform(action, order, unit, actor)
        assert order.case_no in err.value.message or "延期" in err.value.message
        assert WorkOrder.get_by_id(order.id).__data__ == before
        assert OrderEvent.select().where(OrderEvent.order == order.id).count() == events_before


def test_receive_records_event(app, actor):
    from tests.factories import make_category

    order = workflow.receive(actor, case_no="20200000001", category=make_category(), content="咨询", received_at=T0)
    assert order.status == "NEW"
    event = order.events.get()
    assert (event.action, event.to_status, event.actor_id) == ("受理", "NEW", actor.id)
    with pytest.raises(WorkflowError, match="已存在"):
        workflow.receive(actor, case_no="20200000001", category=make_category(), received_at=T0)


def test_dispatch_sets_deadline_in_working_days(app, actor, unit):
    order = make_order()
    workflow.dispatch(order, unit, "一般", actor, at=dt.datetime(2020, 1, 23, 10, 0))
    stored = WorkOrder.get_by_id(order.id)
    assert stored.due_at == dt.datetime(2020, 2, 7, 23, 59, 59)
    assert stored.dispatched_at == dt.datetime(2020, 1, 23, 10, 0)
    assert stored.department_id == unit.id


@pytest.mark.parametrize("urgency,due", [("紧急", dt.date(2020, 3, 3)), ("复杂", dt.date(2020, 3, 16))])
def test_urgency_days(app, actor, unit, urgency, due):
    order = make_order()
    workflow.dispatch(order, unit, urgency, actor, at=T0)
    assert WorkOrder.get_by_id(order.id).due_at.date() == due


def test_category_overrides_urgency_days(app, actor, unit):
    from tests.factories import make_category

    category = make_category("城市管理市容类", normal_days=3)
    order = make_order(category=category)
    workflow.dispatch(order, unit, "一般", actor, at=T0)
    assert WorkOrder.get_by_id(order.id).due_at.date() == dt.date(2020, 3, 5)


def test_approved_extension_moves_deadline(app, actor, unit):
    order = make_order()
    workflow.dispatch(order, unit, "一般", actor, at=T0)  # due Mon 2020-03-09
    workflow.request_extension(order, 2, "需要现场勘查", actor)
    workflow.decide_extension(order, True, actor)
    stored = WorkOrder.get_by_id(order.id)
    assert stored.due_at.date() == dt.date(2020, 3, 11)
    assert stored.extension_state == "已批准"


def test_denied_extension_keeps_deadline(app, actor, unit):
    order = make_order()
    workflow.dispatch(order, unit, "一般", actor, at=T0)
    workflow.request_extension(order, 2, "需要现场勘查", actor)
    workflow.decide_extension(order, False, actor, note="理由不充分")
    assert WorkOrder.get_by_id(order.id).due_at.date() == dt.date(2020, 3, 9)


def test_redispatch_after_return_keeps_first_dispatch_time(app, actor, unit):
    order = make_order()
    workflow.dispatch(order, unit, "一般", actor, at=T0)
    workflow.return_order(order, "非本单位职责", actor)
    other = make_department("民安街道办事处")
    workflow.dispatch(order, other, "一般", actor, at=T0 + dt.timedelta(days=1))
    stored = WorkOrder.get_by_id(order.id)
    assert (stored.status, stored.department_id, stored.dispatched_at) == ("DISPATCHED", other.id, T0)


@pytest.mark.parametrize(
    "call,message",
    [
        (lambda o, a: workflow.reject(o, "不想办", a), "不予立案原因"),
        (lambda o, a: workflow.dispatch(o, None, "一般", a), "承办单位"),
        (lambda o, a: workflow.return_order(o, "  ", a), "退回原因"),
        (lambda o, a: workflow.record_callback(o, "很好", "", a), "回访结果"),
    ],
)
def test_bad_arguments_change_nothing(app, actor, call, message):
    order = make_order()
    if "退回" in message:
        workflow.dispatch(order, make_department(), "一般", actor, at=T0)
    before = WorkOrder.get_by_id(order.id).__data__.copy()
    with pytest.raises(WorkflowError, match=message):
        call(order, actor)
    assert WorkOrder.get_by_id(order.id).__data__ == before


def test_inactive_unit_refused(app, actor):
    order = make_order()
    with pytest.raises(WorkflowError, match="已停用"):
        workflow.dispatch(order, make_department("撤并单位", active=False), "一般", actor)


def test_harassment_gets_no_callback(app, actor):
    order = make_order()
    workflow.mark_harassment(order, actor)
    with pytest.raises(WorkflowError, match="骚扰"):
        workflow.record_callback(order, "满意", "", actor)
    assert Callback.select().count() == 0


def test_unanswered_callback_may_be_retried_once_answered_is_final(app, actor):
    order = make_order()
    workflow.close_online(order, actor, reply="已告知")
    workflow.record_callback(order, "未接通", "", actor)
    workflow.record_callback(order, "基本满意", "已解决", actor)
    assert [(c.result, c.note) for c in Callback.select()] == [("基本满意", "已解决")]
    with pytest.raises(WorkflowError, match="已回访"):
        workflow.record_callback(order, "不满意", "", actor)


def test_stale_copy_cannot_repeat_a_step(app, actor, unit):
    order = make_order()
    stale = WorkOrder.get_by_id(order.id)
    workflow.reject(order, "要素不全", actor)
    with pytest.raises(WorkflowError):
        workflow.dispatch(stale, unit, "一般", actor)
    assert WorkOrder.get_by_id(order.id).status == "REJECTED"


def test_system_actor_is_named(app):
    order = make_order()
    workflow.mark_harassment(order, None, note="规则：受限号码")
    event = OrderEvent.get(OrderEvent.order == order.id)
    assert (event.actor_id, event.actor_name) == (None, "系统")
    assert User.select().count() == 0


# --- who may take which step: workflow.STEP_ROLES, may_take, available_steps -------------


@pytest.mark.parametrize(
    "role,office,unit",
    [("operator", True, False), ("supervisor", True, True), ("department", False, True), ("leader", False, False)],
)
def test_may_take_by_role(app, role, office, unit):
    user = make_user(role)
    for step in (
        "receive",
        "close_online",
        "mark_harassment",
        "reject",
        "dispatch",
        "resolve",
        "reopen",
        "decide_extension",
        "record_callback",
    ):
        assert workflow.may_take(user, step) is office, step
    for step in ("sign", "reply", "request_extension", "return_order"):
        assert workflow.may_take(user, step) is unit, step
    assert workflow.may_take(user, "no_such_step") is False


def test_the_system_may_take_every_step(app):
    assert all(workflow.may_take(None, step) for step in workflow.STEP_ROLES)


def test_available_steps_of_a_new_order(app):
    order = make_order()
    office = ["close_online", "mark_harassment", "reject", "dispatch"]
    assert workflow.available_steps(order, make_user("operator")) == office
    assert workflow.available_steps(order, make_user("supervisor")) == office
    assert workflow.available_steps(order, make_user("department")) == []
    assert workflow.available_steps(order, make_user("leader")) == []
    assert workflow.available_steps(order, None) == office


def test_available_steps_follow_the_extension(app, unit):
    actor = make_user("operator")
    order = make_order()
    workflow.dispatch(order, unit, "一般", actor, at=T0)
    clerk, boss = make_user("department", department=unit), make_user("supervisor")
    assert workflow.available_steps(order, clerk) == ["sign", "return_order", "request_extension"]
    assert workflow.available_steps(order, actor) == []
    workflow.request_extension(order, 2, "需协调", clerk)
    assert workflow.available_steps(order, clerk) == ["sign", "return_order"]
    assert workflow.available_steps(order, actor) == ["decide_extension"]
    assert workflow.available_steps(order, boss) == ["sign", "return_order", "decide_extension"]
    workflow.decide_extension(order, False, actor)
    assert workflow.available_steps(order, actor) == []
    assert workflow.available_steps(order, clerk) == ["sign", "return_order", "request_extension"]


def test_available_steps_of_callbacks_and_harassment(app):
    actor = make_user("operator")
    order = make_order()
    workflow.close_online(order, actor, reply="已告知")
    assert workflow.available_steps(order, actor) == ["mark_harassment", "record_callback"]
    workflow.record_callback(order, "未接通", "", actor)
    assert workflow.available_steps(order, actor) == ["mark_harassment", "record_callback"]
    workflow.record_callback(order, "满意", "", actor)
    assert workflow.available_steps(order, actor) == ["mark_harassment"]
    other = make_order()
    workflow.mark_harassment(other, actor)
    assert workflow.available_steps(other, actor) == []
    assert workflow.available_steps(other, None) == []


@pytest.mark.parametrize(
    "role,call,label",
    [
        ("department", lambda o, u, a: workflow.dispatch(o, u, "一般", a, at=T0), "转办"),
        ("department", lambda o, u, a: workflow.reject(o, "要素不全", a), "不予立案"),
        ("department", lambda o, u, a: workflow.close_online(o, a, reply="已告知"), "在线办结"),
        ("department", lambda o, u, a: workflow.mark_harassment(o, a), "标记骚扰"),
        ("leader", lambda o, u, a: workflow.dispatch(o, u, "一般", a, at=T0), "转办"),
        ("leader", lambda o, u, a: workflow.mark_harassment(o, a), "标记骚扰"),
    ],
)
def test_a_refused_role_changes_nothing(app, unit, role, call, label):
    order = make_order()
    before = WorkOrder.get_by_id(order.id).__data__.copy()
    with pytest.raises(WorkflowError) as err:
        call(order, unit, make_user(role))
    assert err.value.message == f"您的角色不能办理「{label}」"
    assert WorkOrder.get_by_id(order.id).__data__ == before
    assert OrderEvent.select().where(OrderEvent.order == order.id).count() == 0


def test_unit_steps_refused_to_a_leader_and_taken_by_the_unit(app, actor, unit):
    order = make_order()
    workflow.dispatch(order, unit, "一般", actor, at=T0)
    with pytest.raises(WorkflowError, match="您的角色不能办理「签收」"):
        workflow.sign(order, make_user("leader"))
    assert WorkOrder.get_by_id(order.id).status == "DISPATCHED"
    clerk = make_user("department", department=unit)
    workflow.sign(order, clerk)
    workflow.reply(order, "已处理", clerk)
    with pytest.raises(WorkflowError, match="您的角色不能办理「办结」"):
        workflow.resolve(order, clerk)
    assert WorkOrder.get_by_id(order.id).status == "REPLIED"
    event = OrderEvent.select().where(OrderEvent.order == order.id).order_by(OrderEvent.id.desc()).get()
    assert (event.action, event.actor_id) == ("回复", clerk.id)


def test_receive_refused_to_a_unit(app):
    from tests.factories import make_category

    with pytest.raises(WorkflowError, match="您的角色不能办理「受理」"):
        workflow.receive(make_user("department"), case_no="20200000009", category=make_category(), received_at=T0)
    assert WorkOrder.select().count() == 0


def test_a_unit_step_is_refused_to_an_operator_called_directly(app, actor, unit):
    # The CLI, jobs and screens share one policy: an operator cannot sign for a unit.
    operator = make_user("operator")
    order = make_order()
    workflow.dispatch(order, unit, "一般", operator, at=T0)
    assert "sign" not in workflow.available_steps(order, operator)
    with pytest.raises(WorkflowError, match="您的角色不能办理「签收」"):
        workflow.sign(order, operator)
    assert WorkOrder.get_by_id(order.id).status == "DISPATCHED"


# --- one deadline rule and one 临期 threshold -------------------------------------------


def test_deadline_for_uses_the_subcategory_then_the_category(app):
    from tests.factories import make_category

    top = make_category("城市管理市容类", normal_days=3)
    sub = make_category("占道经营", parent=top, urgent_days=2)
    order = make_order(category=top, subcategory=sub)
    assert workflow.deadline_days(order, "紧急") == 2
    assert workflow.deadline_days(order, "一般") == 3
    assert workflow.deadline_days(order, "复杂") == 10
    assert workflow.deadline_for(order, "紧急", T0) == dt.datetime(2020, 3, 4, 23, 59, 59)
    assert workflow.deadline_for(order, "一般", T0) == dt.datetime(2020, 3, 5, 23, 59, 59)
    # Friday 2020-01-17: Sunday 01-19 was a working day (调休), then 01-20 and 01-21.
    assert workflow.deadline_for(order, "一般", dt.datetime(2020, 1, 17, 10, 0)) == dt.datetime(2020, 1, 21, 23, 59, 59)


def test_dispatch_and_reopen_use_deadline_for(app, actor, unit):
    from tests.factories import make_category

    order = make_order(category=make_category("城市管理市容类", complex_days=4))
    workflow.dispatch(order, unit, "复杂", actor, at=T0)
    assert (
        WorkOrder.get_by_id(order.id).due_at
        == workflow.deadline_for(order, "复杂", T0)
        == dt.datetime(2020, 3, 6, 23, 59, 59)
    )
    workflow.sign(order, make_user("department", department=unit))
    workflow.reply(order, "已处理", make_user("department", department=unit))
    later = dt.datetime(2020, 3, 10, 9, 0)
    workflow.reopen(order, "回复未解决诉求", actor, at=later)
    assert (
        WorkOrder.get_by_id(order.id).due_at
        == workflow.deadline_for(order, "复杂", later)
        == dt.datetime(2020, 3, 16, 23, 59, 59)
    )


def test_soon_until_is_the_end_of_the_next_working_day(app):
    from workdays import WorkCalendar

    calendar = WorkCalendar.load()
    assert workflow.soon_until(dt.datetime(2020, 3, 2, 9, 0), calendar) == dt.datetime(2020, 3, 3, 23, 59, 59)
    assert workflow.soon_until(dt.datetime(2020, 3, 6, 9, 0), calendar) == dt.datetime(2020, 3, 9, 23, 59, 59)
    assert workflow.soon_until(dt.date(2020, 3, 6), calendar) == dt.datetime(2020, 3, 9, 23, 59, 59)
    assert workflow.UNIT_WAITING_STATUSES == ("DISPATCHED", "ACCEPTED")


def test_is_postgres_names_the_database(app, database_url):
    from models import is_postgres

    assert is_postgres() is database_url.startswith("postgres")
