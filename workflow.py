"""The life of a work order (SPEC.md's diagram), one function per step.

Every step checks that the order may take it, changes the order, and records an
OrderEvent (who, when, from, to, note) in one transaction. A step the order may not take
raises WorkflowError with a message for staff and changes nothing.

                  ┌─> ONLINE (harassment is a flag on ONLINE orders)
    NEW ──────────┼─> REJECTED (reason required)
                  └─> DISPATCHED ─> ACCEPTED ─> REPLIED ─> RESOLVED
                          ^  │  (ACCEPTED)│                  │
                          │  └──── RETURNED (re-dispatch)    │
                          └─────────── reopen (退回重办) ─────┘ (from REPLIED)
"""
from models import (
    CALLBACK_RESULTS,
    REJECT_REASONS,
    STATUSES,
    URGENCIES,
    Callback,
    Department,
    OrderEvent,
    WorkOrder,
    db,
    local_now,
)
from workdays import WorkCalendar


class WorkflowError(Exception):
    """A step refused; `message` is shown to staff as it is."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# action -> (statuses it may start from, status it leads to; None keeps the status)
TRANSITIONS = {
    "close_online": (("NEW",), "ONLINE"),
    "mark_harassment": (("NEW", "ONLINE"), "ONLINE"),
    "reject": (("NEW",), "REJECTED"),
    "dispatch": (("NEW", "RETURNED"), "DISPATCHED"),
    "sign": (("DISPATCHED",), "ACCEPTED"),
    "reply": (("ACCEPTED",), "REPLIED"),
    "resolve": (("REPLIED",), "RESOLVED"),
    "return_order": (("DISPATCHED", "ACCEPTED"), "RETURNED"),
    "reopen": (("REPLIED",), "DISPATCHED"),
    "request_extension": (("DISPATCHED", "ACCEPTED"), None),
    "decide_extension": (("DISPATCHED", "ACCEPTED"), None),
    "record_callback": (("ONLINE", "REPLIED", "RESOLVED"), None),
}

ACTION_LABELS = {
    "receive": "受理",
    "close_online": "在线办结",
    "mark_harassment": "标记骚扰",
    "reject": "不予立案",
    "dispatch": "转办",
    "sign": "签收",
    "reply": "回复",
    "resolve": "办结",
    "return_order": "退回",
    "reopen": "退回重办",
    "request_extension": "申请延期",
    "decide_extension": "审批延期",
    "record_callback": "回访",
}


def allowed_actions(order):
    """The steps this order may take now (for buttons on the detail page)."""
    return [a for a, (sources, _) in TRANSITIONS.items() if order.status in sources]


def _check(order, action):
    sources, _ = TRANSITIONS[action]
    if order.status not in sources:
        allowed = "、".join(STATUSES[s] for s in sources)
        raise WorkflowError(
            f"工单 {order.case_no} 当前状态为「{order.status_label}」，不能{ACTION_LABELS[action]}"
            f"（仅限{allowed}状态）"
        )


def _actor_name(actor):
    return str(actor) if actor is not None else "系统"


def _record(order, action, from_status, actor, note="", at=None):
    at = at or local_now()
    order.updated_at = at
    order.save()
    OrderEvent.create(
        order=order,
        action=ACTION_LABELS.get(action, action),
        from_status=from_status,
        to_status=order.status,
        actor=actor,
        actor_name=_actor_name(actor),
        at=at,
        note=note,
    )
    return order


def _step(order, action, actor, note="", at=None, **changes):
    """Check, change and record in one transaction; reload first so a stale copy can't win."""
    with db.atomic():
        fresh = WorkOrder.get_by_id(order.id)
        _check(fresh, action)
        before = fresh.status
        target = TRANSITIONS[action][1]
        if target:
            fresh.status = target
        for key, value in changes.items():
            setattr(fresh, key, value)
        _record(fresh, action, before, actor, note, at)
    order.__data__.update(fresh.__data__)
    return order


def receive(actor=None, at=None, **fields):
    """受理: create a NEW order from a call, letter or message."""
    if not fields.get("case_no"):
        raise WorkflowError("工单编号不能为空")
    if fields.get("category") is None:
        raise WorkflowError("请选择诉求大类")
    at = at or fields.get("received_at") or local_now()
    fields.setdefault("received_at", at)
    with db.atomic():
        if WorkOrder.select().where(WorkOrder.case_no == fields["case_no"]).exists():
            raise WorkflowError(f"工单编号 {fields['case_no']} 已存在")
        order = WorkOrder.create(status="NEW", created_by=actor, **fields)
        _record(order, "receive", None, actor, at=at)
    return order


def close_online(order, actor=None, reply="", at=None):
    """在线办结: the operator answers the caller directly."""
    return _step(order, "close_online", actor, note=reply, at=at, reply=reply or order.reply)


def mark_harassment(order, actor=None, note="", at=None):
    """骚扰来电: closes the order online with the harassment flag."""
    if order.is_harassment:
        raise WorkflowError(f"工单 {order.case_no} 已标记为骚扰来电")
    return _step(order, "mark_harassment", actor, note=note, at=at, is_harassment=True)


def reject(order, reason, actor=None, note="", at=None):
    """不予立案 with one of SPEC.md's reasons."""
    if reason not in REJECT_REASONS:
        raise WorkflowError(f"不予立案原因必须是：{'、'.join(REJECT_REASONS)}")
    return _step(order, "reject", actor, note=note or reason, at=at, reject_reason=reason)


def dispatch(order, department, urgency="一般", actor=None, at=None, calendar=None):
    """转办 to a unit; the deadline is counted in working days by urgency and category."""
    if not isinstance(department, Department):
        raise WorkflowError("请选择承办单位")
    if not department.active:
        raise WorkflowError(f"承办单位「{department.name}」已停用")
    if urgency not in URGENCIES:
        raise WorkflowError(f"紧急程度必须是：{'、'.join(URGENCIES)}")
    at = at or local_now()
    days = (order.subcategory or order.category).deadline_days(urgency)
    due_at = (calendar or WorkCalendar.load()).deadline(at, days)
    return _step(
        order,
        "dispatch",
        actor,
        note=f"{department.name}，{urgency}，{days}个工作日",
        at=at,
        department=department,
        urgency=urgency,
        dispatched_at=order.dispatched_at or at,
        due_at=due_at,
        accepted_at=None,
        extension_days=None,
        extension_reason="",
        extension_state=None,
    )


def sign(order, actor=None, at=None):
    """签收 by the unit."""
    at = at or local_now()
    return _step(order, "sign", actor, at=at, accepted_at=at)


def reply(order, text, actor=None, at=None):
    """回复: the unit's answer."""
    if not (text or "").strip():
        raise WorkflowError("回复内容不能为空")
    at = at or local_now()
    return _step(order, "reply", actor, note=text, at=at, reply=text.strip(), replied_at=at)


def resolve(order, actor=None, note="", at=None):
    """办结: the operator accepts the unit's reply."""
    at = at or local_now()
    return _step(order, "resolve", actor, note=note, at=at, resolved_at=at)


def return_order(order, reason, actor=None, at=None):
    """退回: the unit sends back a mis-dispatched order; the office dispatches it again."""
    if not (reason or "").strip():
        raise WorkflowError("请填写退回原因")
    return _step(order, "return_order", actor, note=reason, at=at, return_reason=reason.strip())


def reopen(order, reason, actor=None, at=None, calendar=None):
    """退回重办: the reply is not accepted; the unit works on it again with a fresh deadline."""
    if not (reason or "").strip():
        raise WorkflowError("请填写退回重办的原因")
    at = at or local_now()
    days = (order.subcategory or order.category).deadline_days(order.urgency or "一般")
    due_at = (calendar or WorkCalendar.load()).deadline(at, days)
    return _step(order, "reopen", actor, note=reason, at=at, due_at=due_at, accepted_at=None)


def request_extension(order, days, reason, actor=None, at=None):
    """申请延期: the unit asks for more working days."""
    if order.extension_state == "申请中":
        raise WorkflowError(f"工单 {order.case_no} 已有待审批的延期申请")
    if not isinstance(days, int) or not 1 <= days <= 30:
        raise WorkflowError("延期天数必须是 1 到 30 之间的整数")
    if not (reason or "").strip():
        raise WorkflowError("请填写延期原因")
    return _step(
        order,
        "request_extension",
        actor,
        note=f"申请延期{days}个工作日：{reason}",
        at=at,
        extension_days=days,
        extension_reason=reason.strip(),
        extension_state="申请中",
    )


def decide_extension(order, approve, actor=None, note="", at=None, calendar=None):
    """审批延期: an approved extension moves the deadline by the asked working days."""
    if order.extension_state != "申请中":
        raise WorkflowError(f"工单 {order.case_no} 没有待审批的延期申请")
    changes = {"extension_state": "已批准" if approve else "已驳回"}
    if approve:
        cal = calendar or WorkCalendar.load()
        changes["due_at"] = cal.deadline(order.due_at, order.extension_days)
    label = "批准" if approve else "驳回"
    return _step(order, "decide_extension", actor, note=f"{label}：{note}".rstrip("："), at=at, **changes)


def record_callback(order, result, note="", actor=None, at=None):
    """回访: one per order; harassment and rejected orders get none.

    A 未接通 result may be replaced by a later call; a completed callback is final.
    """
    if result not in CALLBACK_RESULTS:
        raise WorkflowError(f"回访结果必须是：{'、'.join(CALLBACK_RESULTS)}")
    if order.is_harassment:
        raise WorkflowError(f"工单 {order.case_no} 是骚扰来电，不需回访")
    at = at or local_now()
    with db.atomic():
        existing = Callback.get_or_none(Callback.order == order.id)
        if existing and existing.result != "未接通":
            raise WorkflowError(f"工单 {order.case_no} 已回访（{existing.result}）")
        _step(order, "record_callback", actor, note=f"{result}：{note}".rstrip("："), at=at, callback_result=result)
        if existing:
            existing.result, existing.note, existing.called_at, existing.operator = result, note, at, actor
            existing.save()
            return existing
        return Callback.create(order=order, result=result, note=note, called_at=at, operator=actor)
