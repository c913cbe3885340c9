"""The life of a work order (the diagram below), one function per step, and who may take
which step (STEP_ROLES, may_take, available_steps): the screens, the CLI and the jobs share
this one policy.

Every step checks that its actor may take it and the order may take it, changes the order,
and records an OrderEvent (who, when, from, to, note) in one transaction. A step refused
raises WorkflowError with a message for staff and changes nothing. actor=None is the
system (the import, the jobs, the demo): it may take every step.

                  ┌─> ONLINE (harassment is a flag on ONLINE orders)
    NEW ──────────┼─> REJECTED (reason required)
                  └─> DISPATCHED ─> ACCEPTED ─> REPLIED ─> RESOLVED
                          ^  │  (ACCEPTED)│                  │
                          │  └──── RETURNED (re-dispatch)    │
                          └─────────── reopen (退回重办) ─────┘ (from REPLIED)
"""

import datetime as dt

from models import (
    CALLBACK_RESULTS,
    REJECT_REASONS,
    STATUSES,
    URGENCIES,
    Callback,
    Department,
    OrderEvent,
    OrderReturn,
    Rework,
    User,
    WorkOrder,
    actor_name,
    db,
    local_now,
)
from workdays import WorkCalendar


class WorkflowError(Exception):
    """A step refused; `message` is shown to staff as it is."""

    def __init__(self, message: str) -> None:
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
    # A 不满意 callback (docs/RULES.md § Callbacks): send it back to the unit, or close it.
    "callback_reopen": (("RESOLVED",), "DISPATCHED"),
    "callback_close": (("ONLINE", "REPLIED", "RESOLVED"), None),
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
    "callback_reopen": "退回重办（回访不满意）",
    "callback_close": "不满意结案",
    "request_extension": "申请延期",
    "decide_extension": "审批延期",
    "record_callback": "回访",
}


# Who may take each step. The office (话务员, 管理员) takes the office's steps, the unit (成员单位
# account) its own; a supervisor may act for a unit. 领导 only reads.
OFFICE_ROLES = ("operator", "supervisor")
UNIT_ROLES = ("department", "supervisor")
STEP_ROLES = {
    "receive": OFFICE_ROLES,
    "close_online": OFFICE_ROLES,
    "mark_harassment": OFFICE_ROLES,
    "reject": OFFICE_ROLES,
    "dispatch": OFFICE_ROLES,
    "resolve": OFFICE_ROLES,
    "reopen": OFFICE_ROLES,
    "callback_reopen": OFFICE_ROLES,
    "callback_close": OFFICE_ROLES,
    "decide_extension": OFFICE_ROLES,
    "record_callback": OFFICE_ROLES,
    "sign": UNIT_ROLES,
    "reply": UNIT_ROLES,
    "request_extension": UNIT_ROLES,
    "return_order": UNIT_ROLES,
    # 督办 (supervision.py) changes no status: supervisors open it, the unit answers it.
    "supervise": ("supervisor",),
    "answer_supervision": UNIT_ROLES,
}

# The statuses in which an order waits on its unit, so its deadline runs against the unit
# (the portal's queues, the reminders). A REPLIED order waits on the office (accept the reply
# or send it back) and a RETURNED one on the office to dispatch it again.
UNIT_WAITING_STATUSES = ("DISPATCHED", "ACCEPTED")


def soon_until(now: dt.date | dt.datetime, calendar: WorkCalendar) -> dt.datetime:
    """Deadlines up to this moment are 临期: within one working day of `now` (today or the
    next working day)."""
    return calendar.deadline(now, 1)


def allowed_actions(order: WorkOrder) -> list[str]:
    """The steps this order's status allows now, whoever takes them."""
    return [a for a, (sources, _) in TRANSITIONS.items() if order.status in sources]


def may_take(user: User | None, step: str) -> bool:
    """True when `user`'s role may take `step` (None, the system, may take every step)."""
    if user is None:
        return True
    return getattr(user, "role", None) in STEP_ROLES.get(step, ())


def available_steps(order: WorkOrder, user: User | None) -> list[str]:
    """The steps `user` may take on this order now (the buttons of the detail page)."""
    steps = [s for s in allowed_actions(order) if may_take(user, s)]
    if "decide_extension" in steps and order.extension_state != "申请中":
        steps.remove("decide_extension")
    if "request_extension" in steps and order.extension_state == "申请中":
        steps.remove("request_extension")
    if "mark_harassment" in steps and order.is_harassment:
        steps.remove("mark_harassment")
    if "record_callback" in steps and (order.is_harassment or _has_final_callback(order)):
        steps.remove("record_callback")
    if not unsatisfied_pending(order):
        steps = [s for s in steps if s not in ("callback_reopen", "callback_close")]
    elif not order.department_id and "callback_reopen" in steps:
        steps.remove("callback_reopen")
    return steps


def unsatisfied_pending(order: WorkOrder) -> bool:
    """A 不满意 callback the office has neither sent back (重办) nor closed (结案)."""
    return order.callback_result == "不满意" and order.callback_followup is None and not order.is_harassment


def _callback_replaceable(order, callback):
    """未接通 may be called again; 不满意 once the order was sent back and replied again."""
    if callback.result == "未接通":
        return True
    return callback.result == "不满意" and order.callback_followup == "重办" and order.status in ("REPLIED", "RESOLVED")


def _has_final_callback(order):
    callback = order.callbacks.first()
    return callback is not None and not _callback_replaceable(order, callback)


def _check_role(actor, action):
    """Refuse a real User whose role may not take the step; the system (None) may."""
    if not isinstance(actor, User) or may_take(actor, action):
        return
    raise WorkflowError(f"您的角色不能办理「{ACTION_LABELS[action]}」")


def deadline_days(order: WorkOrder, urgency: str) -> int:
    """Working days an order has at `urgency`: its sub-category's, else its category's."""
    return (order.subcategory or order.category).deadline_days(urgency)


def deadline_for(
    order: WorkOrder, urgency: str, at: dt.date | dt.datetime, calendar: WorkCalendar | None = None
) -> dt.datetime:
    """办理时限 of an order given to a unit at `at`: the end of its last working day."""
    return (calendar or WorkCalendar.load()).deadline(at, deadline_days(order, urgency))


def _check(order, action):
    sources, _ = TRANSITIONS[action]
    if order.status not in sources:
        allowed = "、".join(STATUSES[s] for s in sources)
        raise WorkflowError(
            f"工单 {order.case_no} 当前状态为「{order.status_label}」，不能{ACTION_LABELS[action]}（仅限{allowed}状态）"
        )


def _record(order, action, from_status, actor, note="", at=None, saved=False):
    """The order saved with its new time (unless `saved`: just inserted with it) and its event."""
    at = at or local_now()
    if not saved:
        order.updated_at = at
        order.save()
    OrderEvent.create(
        order=order,
        action=ACTION_LABELS.get(action, action),
        from_status=from_status,
        to_status=order.status,
        actor=actor,
        actor_name=actor_name(actor),
        at=at,
        note=note,
    )
    return order


def _step(order, action, actor, note="", at=None, **changes):
    """Check the actor's role and the order's status, change and record in one transaction;
    reload first so a stale copy can't win. Every step but 受理 goes through here."""
    _check_role(actor, action)
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


def receive(actor: User | None = None, at: dt.datetime | None = None, note: str = "", **fields) -> WorkOrder:
    """受理: create a NEW order from a call, letter or message (`note` goes on its event)."""
    _check_role(actor, "receive")
    if not fields.get("case_no"):
        raise WorkflowError("工单编号不能为空")
    if fields.get("category") is None:
        raise WorkflowError("请选择诉求大类")
    at = at or fields.get("received_at") or local_now()
    fields.setdefault("received_at", at)
    with db.atomic():
        if WorkOrder.select().where(WorkOrder.case_no == fields["case_no"]).exists():
            raise WorkflowError(f"工单编号 {fields['case_no']} 已存在")
        order = WorkOrder.create(status="NEW", created_by=actor, updated_at=at, **fields)
        _record(order, "receive", None, actor, note=note, at=at, saved=True)
    return order


def close_online(
    order: WorkOrder, actor: User | None = None, reply: str = "", at: dt.datetime | None = None
) -> WorkOrder:
    """在线办结: the operator answers the caller directly; the answer given is required."""
    _check_role(actor, "close_online")
    reply = (reply or "").strip()
    if not reply:
        raise WorkflowError("在线办结须填写答复内容（话务员告知来电人的答复）")
    return _step(order, "close_online", actor, note=reply, at=at, reply=reply)


def mark_harassment(
    order: WorkOrder, actor: User | None = None, note: str = "", at: dt.datetime | None = None
) -> WorkOrder:
    """骚扰来电: closes the order online with the harassment flag."""
    if order.is_harassment:
        raise WorkflowError(f"工单 {order.case_no} 已标记为骚扰来电")
    return _step(order, "mark_harassment", actor, note=note, at=at, is_harassment=True)


def mark_harassment_many(notes: dict[int, str], actor: User | None = None, at: dt.datetime | None = None) -> list[int]:
    """mark_harassment for many orders at once (the harassment filter's batch): the same role
    and status check, the same change and one OrderEvent each, in bulk statements. Orders no
    longer NEW/ONLINE or already marked are left alone. Returns the ids marked."""
    _check_role(actor, "mark_harassment")
    at = at or local_now()
    sources, target = TRANSITIONS["mark_harassment"]
    ids = sorted(notes)
    marked = []
    with db.atomic():
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows = (
                WorkOrder.select(WorkOrder.id, WorkOrder.status)
                .where(WorkOrder.id.in_(chunk) & WorkOrder.status.in_(sources) & ~WorkOrder.is_harassment)
                .tuples()
            )
            before = dict(rows)
            if not before:
                continue
            WorkOrder.update(status=target, is_harassment=True, updated_at=at).where(
                WorkOrder.id.in_(list(before))
            ).execute()
            OrderEvent.insert_many(
                [
                    {
                        "order": order_id,
                        "action": ACTION_LABELS["mark_harassment"],
                        "from_status": status,
                        "to_status": target,
                        "actor": actor,
                        "actor_name": actor_name(actor),
                        "at": at,
                        "note": notes[order_id],
                    }
                    for order_id, status in sorted(before.items())
                ]
            ).execute()
            marked.extend(sorted(before))
    return marked


def reject(
    order: WorkOrder, reason: str, actor: User | None = None, note: str = "", at: dt.datetime | None = None
) -> WorkOrder:
    """不予立案 with one of the reasons of REJECT_REASONS."""
    if reason not in REJECT_REASONS:
        raise WorkflowError(f"不予立案原因必须是：{'、'.join(REJECT_REASONS)}")
    return _step(order, "reject", actor, note=note or reason, at=at, reject_reason=reason)


def dispatch(
    order: WorkOrder,
    department: Department,
    urgency: str = "一般",
    actor: User | None = None,
    at: dt.datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> WorkOrder:
    """转办 to a unit; the deadline is counted in working days by urgency and category."""
    if not isinstance(department, Department):
        raise WorkflowError("请选择承办单位")
    if not department.active:
        raise WorkflowError(f"承办单位「{department.name}」已停用")
    if urgency not in URGENCIES:
        raise WorkflowError(f"紧急程度必须是：{'、'.join(URGENCIES)}")
    at = at or local_now()
    calendar = calendar or WorkCalendar.load()
    days = deadline_days(order, urgency)
    due_at = deadline_for(order, urgency, at, calendar)
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
        sign_due_at=_sign_deadline(at, calendar),
        accepted_at=None,
        score_due_at=None,
        extension_days=None,
        extension_reason="",
        extension_state=None,
    )


def _sign_deadline(at, calendar):
    from clocks import sign_deadline  # clocks reads this module's statuses

    return sign_deadline(at, calendar)


def sign(order: WorkOrder, actor: User | None = None, at: dt.datetime | None = None) -> WorkOrder:
    """签收 by the unit."""
    at = at or local_now()
    return _step(order, "sign", actor, at=at, accepted_at=at)


def reply(order: WorkOrder, text: str, actor: User | None = None, at: dt.datetime | None = None) -> WorkOrder:
    """回复: the unit's answer."""
    if not (text or "").strip():
        raise WorkflowError("回复内容不能为空")
    at = at or local_now()
    return _step(order, "reply", actor, note=text, at=at, reply=text.strip(), replied_at=at)


def resolve(order: WorkOrder, actor: User | None = None, note: str = "", at: dt.datetime | None = None) -> WorkOrder:
    """办结: the operator accepts the unit's reply."""
    at = at or local_now()
    return _step(order, "resolve", actor, note=note, at=at, resolved_at=at)


def return_order(order: WorkOrder, reason: str, actor: User | None = None, at: dt.datetime | None = None) -> WorkOrder:
    """退回: the unit sends back a mis-dispatched order; the office dispatches it again."""
    if not (reason or "").strip():
        raise WorkflowError("请填写退回原因")
    with db.atomic():
        _step(order, "return_order", actor, note=reason, at=at, return_reason=reason.strip())
        OrderReturn.create(
            order=order.id,
            department=order.department_id,
            reason=reason.strip(),
            actor=actor,
            actor_name=actor_name(actor),
            at=order.updated_at,
        )
    return order


def reopen(
    order: WorkOrder,
    reason: str,
    actor: User | None = None,
    at: dt.datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> WorkOrder:
    """退回重办: the reply is not accepted; the unit works on it again with a fresh deadline.
    A 不满意 callback waiting on the office counts as handled (重办)."""
    return _send_back(order, "reopen", reason, actor, at, calendar)


def callback_reopen(
    order: WorkOrder,
    reason: str,
    actor: User | None = None,
    at: dt.datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> WorkOrder:
    """退回重办 after a 不满意 callback on a closed (已办结) order: back to the same unit."""
    _check_unsatisfied(order, "callback_reopen")
    if not order.department_id:
        raise WorkflowError(f"工单 {order.case_no} 没有承办单位，不能退回重办")
    return _send_back(order, "callback_reopen", reason, actor, at, calendar)


def _send_back(order, action, reason, actor, at, calendar):
    if not (reason or "").strip():
        raise WorkflowError(f"工单 {order.case_no}：请填写退回重办的原因")
    at = at or local_now()
    calendar = calendar or WorkCalendar.load()
    due_at = deadline_for(order, order.urgency or "一般", at, calendar)
    changes = {"due_at": due_at, "sign_due_at": _sign_deadline(at, calendar), "accepted_at": None, "score_due_at": None}
    unsatisfied = unsatisfied_pending(order)
    if unsatisfied:
        changes["callback_followup"] = "重办"
    if action == "callback_reopen":
        changes["resolved_at"] = None
    with db.atomic():
        _step(order, action, actor, note=reason.strip(), at=at, **changes)
        Rework.create(
            order=order.id,
            department=order.department_id,
            source="回访不满意" if unsatisfied else "审核退回",
            reason=reason.strip(),
            actor=actor,
            actor_name=actor_name(actor),
            at=at,
        )
    return order


def _check_unsatisfied(order, action):
    _check(order, action)  # the status first, so its message is the usual one
    if not unsatisfied_pending(order):
        raise WorkflowError(f"工单 {order.case_no} 没有待处理的不满意回访")


def callback_close(
    order: WorkOrder, reason: str, actor: User | None = None, at: dt.datetime | None = None
) -> WorkOrder:
    """不满意结案: the office closes a 不满意 callback with a reason (an 已回复 order is 办结 too)."""
    _check_role(actor, "callback_close")
    _check_unsatisfied(order, "callback_close")
    if not (reason or "").strip():
        raise WorkflowError(f"工单 {order.case_no}：请填写结案理由")
    at = at or local_now()
    changes = {"callback_followup": "结案"}
    if order.status == "REPLIED":
        changes.update(status="RESOLVED", resolved_at=at)
    return _step(order, "callback_close", actor, note=reason.strip(), at=at, **changes)


def request_extension(
    order: WorkOrder, days: int, reason: str, actor: User | None = None, at: dt.datetime | None = None
) -> WorkOrder:
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


def decide_extension(
    order: WorkOrder,
    approve: bool,
    actor: User | None = None,
    note: str = "",
    at: dt.datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> WorkOrder:
    """审批延期: an approved extension moves the deadline by the asked working days."""
    if order.extension_state != "申请中":
        raise WorkflowError(f"工单 {order.case_no} 没有待审批的延期申请")
    changes = {"extension_state": "已批准" if approve else "已驳回"}
    if approve:
        cal = calendar or WorkCalendar.load()
        changes["due_at"] = cal.deadline(order.due_at, order.extension_days)
        if (at or local_now()) > order.due_at:
            # Approved after the deadline had passed: the scorecard keeps the missed one.
            changes["score_due_at"] = order.score_due_at or order.due_at
    label = "批准" if approve else "驳回"
    return _step(order, "decide_extension", actor, note=f"{label}：{note}".rstrip("："), at=at, **changes)


def record_callback(
    order: WorkOrder, result: str, note: str = "", actor: User | None = None, at: dt.datetime | None = None
) -> Callback:
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
        if existing and not _callback_replaceable(WorkOrder.get_by_id(order.id), existing):
            raise WorkflowError(f"工单 {order.case_no} 已回访（{existing.result}）")
        _step(
            order,
            "record_callback",
            actor,
            note=f"{result}：{note}".rstrip("："),
            at=at,
            callback_result=result,
            callback_followup=None,
        )
        if existing:
            existing.result, existing.note, existing.called_at, existing.operator = result, note, at, actor
            existing.save()
            return existing
        return Callback.create(order=order, result=result, note=note, called_at=at, operator=actor)
