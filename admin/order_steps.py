"""The workflow steps on the order screens: one POST endpoint per step, the dispatch page
(showing the computed deadline before confirming) and the list's bulk actions.

Who may take which step is workflow.py's (STEP_ROLES, may_take, available_steps); this
module only declares how each step's form is read (STEP_FORMS). Each handler checks the
role, finds the order through the view's scoped query (so another unit's id is simply not
found), calls workflow.py, and shows WorkflowError as a flash.
"""

from flask import abort, flash, redirect, request, url_for
from flask_admin import expose
from flask_admin.actions import action
from flask_login import current_user
from peewee import fn

import alerts
import workflow
from admin.deadlines import calendar
from models import CALLBACK_RESULTS, REJECT_REASONS, URGENCIES, Department, WorkOrder, local_now
from security import is_local_path
from workflow import ACTION_LABELS, WorkflowError


def may(step):
    """The signed-in user's role may take `step` (workflow.STEP_ROLES decides)."""
    return current_user.is_authenticated and workflow.may_take(current_user, step)


def step_forms_for(order):
    """The steps the current user may take on this order now (buttons of the detail page)."""
    steps = workflow.available_steps(order, current_user) if current_user.is_authenticated else []
    return {
        "steps": steps,
        "labels": ACTION_LABELS,
        "reject_reasons": REJECT_REASONS,
        "callback_results": CALLBACK_RESULTS,
    }


def _text(name):
    return (request.form.get(name) or "").strip()


def _field(name):
    """The posted field `name`, stripped."""
    return lambda: _text(name)


def _days():
    try:
        return int(_text("days"))
    except ValueError:
        raise WorkflowError("延期天数必须是 1 到 30 之间的整数") from None


def _approved():
    return _text("approve") == "1"


# step -> (workflow function, {its argument: how it is read from the posted form}).
# Each is called as function(order, actor=<the signed-in user>, **arguments), the arguments
# read in the order written here. 转办 has its own page (dispatch_view).
STEP_FORMS = {
    "close_online": (workflow.close_online, {"reply": _field("reply")}),
    "mark_harassment": (workflow.mark_harassment, {"note": _field("note")}),
    "reject": (workflow.reject, {"reason": _field("reason"), "note": _field("note")}),
    "sign": (workflow.sign, {}),
    "reply": (workflow.reply, {"text": _field("reply")}),
    "resolve": (workflow.resolve, {"note": _field("note")}),
    "return_order": (workflow.return_order, {"reason": _field("reason")}),
    "reopen": (workflow.reopen, {"reason": _field("reason"), "calendar": calendar}),
    "request_extension": (workflow.request_extension, {"days": _days, "reason": _field("reason")}),
    "decide_extension": (
        workflow.decide_extension,
        {"approve": _approved, "note": _field("note"), "calendar": calendar},
    ),
    "record_callback": (workflow.record_callback, {"result": _field("result"), "note": _field("note")}),
    "callback_reopen": (workflow.callback_reopen, {"reason": _field("reason"), "calendar": calendar}),
    "callback_close": (workflow.callback_close, {"reason": _field("reason")}),
}


def _run(step, order):
    """Call the workflow function of `step` with the posted fields."""
    function, arguments = STEP_FORMS[step]
    values = {name: read() for name, read in arguments.items()}
    return function(order, actor=current_user._get_current_object(), **values)


def _back(order=None):
    target = request.form.get("next") or request.args.get("next") or ""
    if is_local_path(target):  # only a path of this site (docs/RULES.md § Security)
        return redirect(target)
    if order is not None:
        return redirect(url_for(".details_view", id=order.id))
    return redirect(url_for(".index_view"))


SUGGESTED_UNITS = 5


def suggested_units(orders, limit=SUGGESTED_UNITS):
    """Active units that were given most orders of these orders' 诉求小类 (诉求大类 when an order has
    none), most first: [(unit, count)]. A suggestion for the dispatch page, never a rule."""
    subs = {o.subcategory_id for o in orders if o.subcategory_id}
    tops = {o.category_id for o in orders if not o.subcategory_id}
    same_kind = []
    if subs:
        same_kind.append(WorkOrder.subcategory.in_(list(subs)))
    if tops:
        same_kind.append(WorkOrder.category.in_(list(tops)))
    if not same_kind:
        return []
    clause = same_kind[0] if len(same_kind) == 1 else (same_kind[0] | same_kind[1])
    count = fn.COUNT(WorkOrder.id)
    rows = (
        WorkOrder.select(WorkOrder.department, count.alias("n"))
        .join(Department, on=(WorkOrder.department == Department.id))
        .where(clause, WorkOrder.dispatched_at.is_null(False), Department.active == True)
        .group_by(WorkOrder.department)
        .order_by(count.desc(), WorkOrder.department)
        .limit(limit)
        .tuples()
    )
    counts = list(rows)
    units = {d.id: d for d in Department.select().where(Department.id.in_([u for u, _ in counts]))}
    return [(units[u], n) for u, n in counts if u in units]


def _ids(raw):
    ids = []
    for part in (raw or "").replace(",", " ").split():
        if part.isdigit():
            ids.append(int(part))
    return ids


class OrderStepsMixin:
    """Mixed into OrderView: needs its scoped get_query/get_one."""

    @expose("/step/<step>/", methods=["POST"])
    def step_view(self, step):
        if step not in STEP_FORMS:
            abort(404)
        if not may(step):
            abort(403)
        order = self.get_one(request.form.get("id"))
        if order is None:
            abort(404)
        try:
            _run(step, order)
        except WorkflowError as error:
            flash(error.message, "error")
        else:
            flash(f"工单 {order.case_no}：{ACTION_LABELS[step]}完成", "success")
            # The unit hears of it at once (docs/RULES.md § Reminders § Immediate notices).
            alerts.alert_unit(order, step, _text("reason") or _text("note"))
        return _back(order)

    @expose("/dispatch/", methods=["GET", "POST"])
    def dispatch_view(self):
        """转办 one or several orders: choose unit and urgency, see the deadlines, confirm."""
        if not may("dispatch"):
            abort(403)
        source = request.form if request.method == "POST" else request.args
        ids = _ids(source.get("ids"))
        orders = list(self.get_query().where(WorkOrder.id.in_(ids)).order_by(WorkOrder.received_at)) if ids else []
        if not orders:
            flash("请先选择要转办的工单", "error")
            return redirect(url_for(".index_view"))
        departments = list(Department.select().where(Department.active == True).order_by(Department.name))
        unit = Department.get_or_none(Department.id == source.get("department")) if source.get("department") else None
        urgency = source.get("urgency") or (orders[0].subcategory or orders[0].category).default_urgency
        preview = None
        if request.method == "POST":
            if unit is None or urgency not in URGENCIES:
                flash("请选择承办单位和紧急程度", "error")
            elif request.form.get("confirm") == "1":
                return self._dispatch_all(orders, unit, urgency)
            else:
                now = local_now()
                preview = [
                    (
                        order,
                        workflow.deadline_days(order, urgency),
                        workflow.deadline_for(order, urgency, now, calendar()),
                    )
                    for order in orders
                ]
        return self.render(
            "admin/orders/dispatch.html",
            orders=orders,
            ids=",".join(str(o.id) for o in orders),
            departments=departments,
            unit=unit,
            urgency=urgency,
            urgencies=list(URGENCIES),
            preview=preview,
            suggestions=suggested_units(orders) if preview is None else [],
        )

    def _dispatch_all(self, orders, unit, urgency):
        me = current_user._get_current_object()
        done = 0
        for order in orders:
            try:
                workflow.dispatch(order, unit, urgency, actor=me, calendar=calendar())
                alerts.alert_unit(order, "dispatch")
                done += 1
            except WorkflowError as error:
                flash(error.message, "error")
        if done:
            flash(f"已转办 {done} 件工单至{unit.name}", "success")
        if len(orders) == 1:
            return redirect(url_for(".details_view", id=orders[0].id))
        return redirect(url_for(".index_view"))

    @expose("/action/", methods=("POST",))
    def action_view(self):
        # Flask-Admin would quietly redirect on an action the role may not run: refuse it.
        if not may(request.form.get("action", "")):
            abort(403)
        return self.handle_action()

    def is_action_allowed(self, name):
        return may(name) and super().is_action_allowed(name)

    @action("dispatch", "批量转办")
    def action_dispatch(self, ids):
        return redirect(url_for(".dispatch_view", ids=",".join(ids)))

    @action(
        "mark_harassment",
        "标记为骚扰来电",
        "将把选中的 {count} 件工单标记为骚扰来电：不再回访，只计入骚扰来电数；标记不能撤销。"
        "已转办或已结束的工单不能标记，会被跳过。",
    )
    def action_mark_harassment(self, ids):
        me = current_user._get_current_object()
        orders = self.get_query().where(WorkOrder.id.in_(_ids(",".join(ids))))
        done = 0
        for order in orders:
            try:
                workflow.mark_harassment(order, actor=me, note="批量标记")
                done += 1
            except WorkflowError as error:
                flash(error.message, "error")
        if done:
            flash(f"已将 {done} 件工单标记为骚扰来电", "success")
        return redirect(url_for(".index_view"))
