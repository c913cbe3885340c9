"""督办 (docs/RULES.md § 督办): a supervisor asks a unit, on one of its orders, for an answer by a
short deadline; the unit answers it once. No status changes: the order's own steps go on.
Who may is workflow.py's policy (STEP_ROLES "supervise", "answer_supervision").

An open 督办 is highlighted in the unit's queue (the portal), counted in the scorecard
(督办件数, scorecard.py) and reminded to the unit by the nightly pass (督办待答复, reminders.py)
until it is answered.
"""

import datetime as dt

from peewee import Expression

from models import Notice, OrderEvent, Supervision, User, WorkOrder, actor_name, db, local_now
from workflow import WorkflowError, may_take

MAX_DAYS = 30  # the new deadline: today .. 30 days ahead (a short one)
END_OF_DAY = dt.time(23, 59, 59)


def _event(order, action, actor, note):
    """The order's history line for a 督办 step: no status changes."""
    OrderEvent.create(
        order=order,
        action=action,
        from_status=order.status,
        to_status=order.status,
        actor=actor,
        actor_name=actor_name(actor),
        note=note,
    )


def open_supervisions() -> Expression:
    return Supervision.answered_at.is_null()


def open_for(order_ids) -> dict[int, Supervision]:
    """{order id: its open 督办} among `order_ids`, in one query (for a queue's highlight)."""
    if not order_ids:
        return {}
    rows = Supervision.select().where(open_supervisions() & Supervision.order.in_(list(order_ids)))
    return {row.order_id: row for row in rows}


def supervise(order: WorkOrder, reason: str, due: dt.date | None, actor: User | None, today: dt.date | None = None):
    """督办: open a supervision on a unit's order; WorkflowError (Chinese) and nothing stored when refused."""
    if isinstance(actor, User) and not may_take(actor, "supervise"):
        raise WorkflowError("您的角色不能办理「督办」")
    today = today or local_now().date()
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError("请填写督办理由")
    if due is None:
        raise WorkflowError("请填写督办时限")
    if not today <= due <= today + dt.timedelta(days=MAX_DAYS):
        raise WorkflowError(
            f"督办时限须在今天到 {MAX_DAYS} 天之内（{today:%Y-%m-%d} 至 {today + dt.timedelta(days=MAX_DAYS):%Y-%m-%d}）"
        )
    with db.atomic():
        fresh = WorkOrder.get_by_id(order.id)
        if fresh.department_id is None or fresh.dispatched_at is None or fresh.status == "RETURNED":
            raise WorkflowError(f"工单 {fresh.case_no} 当前没有承办单位，不能督办")
        if Supervision.select().where(open_supervisions() & (Supervision.order == fresh.id)).exists():
            raise WorkflowError(f"工单 {fresh.case_no} 已有未答复的督办")
        due_at = dt.datetime.combine(due, END_OF_DAY)
        row = Supervision.create(
            order=fresh,
            department=fresh.department_id,
            reason=reason,
            due_at=due_at,
            opened_by=actor,
            opened_by_name=actor_name(actor),
            opened_at=local_now(),
        )
        _event(fresh, "督办", actor, f"{reason}（督办时限 {due_at:%Y-%m-%d %H:%M}）")
        Notice.create(
            department=fresh.department_id,
            for_role="department",
            order=fresh,
            text=f"【督办】工单 {fresh.case_no} 被督办：{reason}。请于 {due_at:%Y-%m-%d %H:%M} 前答复。",
        )
    return row


def answer(row: Supervision, text: str, actor: User | None) -> Supervision:
    """答复督办: the unit's answer (a department account only for its own unit's 督办)."""
    if isinstance(actor, User) and not may_take(actor, "answer_supervision"):
        raise WorkflowError("您的角色不能办理「答复督办」")
    text = (text or "").strip()
    if not text:
        raise WorkflowError("答复内容不能为空")
    with db.atomic():
        fresh = Supervision.get_by_id(row.id)
        if isinstance(actor, User) and actor.role == "department" and fresh.department_id != actor.department_id:
            raise WorkflowError("该督办不属于您的单位")
        if fresh.answered_at is not None:
            raise WorkflowError("该督办已答复")
        fresh.answer, fresh.answered_by, fresh.answered_by_name = text, actor, actor_name(actor)
        fresh.answered_at = local_now()
        fresh.save()
        _event(fresh.order, "答复督办", actor, text)
    row.__data__.update(fresh.__data__)
    return row
