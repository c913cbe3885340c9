"""`flask demo`: load Longshan County's 2020 Q1 into the database (see demo/plan.py).

Loading is one transaction: units, categories, the 疫情 topic, the campaigns, one login per
role, then the orders with their topics, callbacks and every step (OrderEvent), written
with bulk inserts. Everything is keyed by name or case number and skipped when present, so
a second load adds nothing and leaves the figures as they were. The orders are written the
way the importer writes records (states with their full history), not step by step through
workflow.py, which would take minutes for 3,085 orders.
"""

import secrets

from demo import quantities as plan
from demo.cases import CASES
from demo.plan import PERIOD, build_orders
from models import (
    Callback,
    Campaign,
    CaseStudy,
    Category,
    Department,
    OrderEvent,
    OrderTopic,
    Topic,
    User,
    WorkOrder,
    db,
    refresh_statistics,
)  # fmt: skip
from schema import create_or_upgrade
from workdays import WorkCalendar
from workflow import ACTION_LABELS

CHUNK = 500
LOGINS = (  # username, role, display name, unit
    ("operator", "operator", "彭丽", None),
    ("zhujianju", "department", "县住建局", "县住建局"),
    ("admin", "supervisor", "管理员", None),
    ("leader", "leader", "县政府领导", None),
)


def _reference_data():
    units = {}
    for name, kind in plan.DEPARTMENTS:
        units[name] = Department.get_or_create(name=name, defaults={"kind": kind})[0]
    categories = {}
    for top, subs in [*plan.CATEGORY_PLAN.items(), (plan.HARASSMENT_CATEGORY[0], {plan.HARASSMENT_CATEGORY[1]: 0})]:
        parent = Category.get_or_create(name=top, parent=None)[0]
        categories[top] = parent
        for sub in subs:
            categories[(top, sub)] = Category.get_or_create(name=sub, parent=parent)[0]
    topic = Topic.get_or_create(name=plan.TOPIC)[0]
    for campaign in plan.CAMPAIGNS:
        Campaign.get_or_create(name=campaign["name"], defaults=campaign)
    return units, categories, topic


def _logins(units):
    """One user per role; a new user's random password is returned (to print once)."""
    users, passwords = {}, {}
    for username, role, display, unit in LOGINS:
        user = User.get_or_none(User.username == username)
        if user is None:
            user = User(username=username, role=role, display_name=display, department=units.get(unit))
            passwords[username] = secrets.token_urlsafe(9)
            user.set_password(passwords[username])
            user.save()
        users[role] = user
    return users, passwords


def _order_row(slot, categories, units, operator):
    status = {"harassment": "ONLINE", "online": "ONLINE", "rejected": "REJECTED"}.get(slot.kind)
    if slot.kind == "dispatched":
        status = "RESOLVED" if slot.resolved else "REPLIED"
    last = slot.callback_at or slot.resolved_at or slot.replied_at or slot.closed_at
    return {
        "case_no": slot.case_no,
        "received_at": slot.received_at,
        "channel": "电话",
        "caller_phone": slot.caller_phone,
        "caller_name": slot.caller_name,
        "caller_area": None if slot.kind == "harassment" else slot.caller_area,
        "category": categories[slot.category[0]].id,
        "subcategory": categories[slot.category].id,
        "content": slot.content,
        "call_seconds": slot.call_seconds,
        "status": status,
        "is_harassment": slot.kind == "harassment",
        "reject_reason": slot.reject_reason,
        "callback_result": slot.callback_result,  # the order's copy of its Callback's result
        "department": units[slot.unit].id if slot.unit else None,
        "urgency": slot.urgency,
        "dispatched_at": slot.dispatched_at,
        "due_at": slot.due_at,
        "accepted_at": slot.accepted_at,
        "replied_at": slot.replied_at,
        "reply": slot.reply or "",
        "resolved_at": slot.resolved_at,
        "created_by": operator.id,
        "updated_at": last,
    }


def _events(slot, order_id, users, units):
    """The order's steps, as workflow.py would have recorded them."""
    office = users["operator"]
    clerk = users["department"]  # the demo's unit login acts for 县住建局 only
    unit_user = clerk if slot.unit and clerk.department_id == units[slot.unit].id else None

    def event(action, before, after, at, note="", by_unit=False):
        actor = unit_user if by_unit else office
        name = str(actor) if actor else slot.unit
        return {
            "order": order_id, "action": ACTION_LABELS[action], "from_status": before, "to_status": after,
            "actor": actor.id if actor else None, "actor_name": name, "at": at, "note": note,
        }  # fmt: skip

    events = [event("receive", None, "NEW", slot.received_at)]
    if slot.kind == "online":
        events.append(event("close_online", "NEW", "ONLINE", slot.closed_at, slot.reply))
    elif slot.kind == "harassment":
        events.append(event("mark_harassment", "NEW", "ONLINE", slot.closed_at))
    elif slot.kind == "rejected":
        events.append(event("reject", "NEW", "REJECTED", slot.closed_at, slot.reject_reason))
    else:
        note = f"{slot.unit}，{slot.urgency}，{slot.deadline_days}个工作日"
        events.append(event("dispatch", "NEW", "DISPATCHED", slot.dispatched_at, note))
        events.append(event("sign", "DISPATCHED", "ACCEPTED", slot.accepted_at, by_unit=True))
        events.append(event("reply", "ACCEPTED", "REPLIED", slot.replied_at, slot.reply, by_unit=True))
        if slot.resolved:
            events.append(event("resolve", "REPLIED", "RESOLVED", slot.resolved_at))
    if slot.callback_result:
        status = events[-1]["to_status"]
        note = f"{slot.callback_result}：{slot.callback_note}".rstrip("：")
        events.append(event("record_callback", status, status, slot.callback_at, note))
    return events


def _insert(model, rows):
    for start in range(0, len(rows), CHUNK):
        model.insert_many(rows[start : start + CHUNK]).execute()


def _case_studies(ids):
    for position, case in enumerate(CASES, start=1):
        CaseStudy.get_or_create(
            order=ids[case["case_no"]],
            period=PERIOD.code,
            section=case["section"],
            defaults={"heading": case["heading"], "position": position, "text": ""},
        )


def load_demo():
    """Load the demo quarter; returns {"orders": new orders written, "passwords": {user: pw}}."""
    create_or_upgrade()
    with db.atomic():
        units, categories, topic = _reference_data()
        users, passwords = _logins(units)
        slots = build_orders(WorkCalendar.load())
        numbers = [s.case_no for s in slots]
        present = set()
        for start in range(0, len(numbers), CHUNK):
            chunk = numbers[start : start + CHUNK]
            present |= {n for (n,) in WorkOrder.select(WorkOrder.case_no).where(WorkOrder.case_no.in_(chunk)).tuples()}
        new = [s for s in slots if s.case_no not in present]
        _insert(WorkOrder, [_order_row(s, categories, units, users["operator"]) for s in new])

        ids = dict(
            WorkOrder.select(WorkOrder.case_no, WorkOrder.id)
            .where((WorkOrder.received_at >= PERIOD.start) & (WorkOrder.received_at < PERIOD.end))
            .tuples()
        )
        _insert(OrderTopic, [{"order": ids[s.case_no], "topic": topic.id} for s in new if s.topic])
        callbacks = [
            {"order": ids[s.case_no], "called_at": s.callback_at, "result": s.callback_result,
             "note": s.callback_note, "operator": users["operator"].id}
            for s in new if s.callback_result
        ]  # fmt: skip
        _insert(Callback, callbacks)
        _insert(OrderEvent, [e for s in new for e in _events(s, ids[s.case_no], users, units)])
        _case_studies(ids)
        _knowledge()
    refresh_statistics(WorkOrder, OrderTopic, Callback, OrderEvent)
    return {"orders": len(new), "skipped": len(present), "passwords": passwords}


def _knowledge():
    """The knowledge base's starter set (data/kb_starter.csv), once: skipped when any article exists."""
    from kb.io import STARTER_FILE, import_articles
    from models import KbArticle

    if not KbArticle.select().exists():
        import_articles(STARTER_FILE)
