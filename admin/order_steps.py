"""The workflow steps on the order screens: one POST endpoint per step, the dispatch page
(showing the computed deadline before confirming) and the list's bulk actions.

Each handler checks the role, finds the order through the view's scoped query (so another
unit's id is simply not found), calls workflow.py, and shows WorkflowError as a flash.
"""
from flask import abort, flash, redirect, request, url_for
from flask_admin import expose
from flask_admin.actions import action
from flask_login import current_user

import workflow
from admin.deadlines import calendar
from models import CALLBACK_RESULTS, REJECT_REASONS, URGENCIES, Department, WorkOrder, local_now
from workflow import ACTION_LABELS, WorkflowError, allowed_actions

OFFICE = ("operator", "supervisor")
UNIT = ("department", "supervisor")  # a supervisor may act for a unit
STEP_ROLES = {
    "close_online": OFFICE,
    "mark_harassment": OFFICE,
    "reject": OFFICE,
    "dispatch": OFFICE,
    "resolve": OFFICE,
    "reopen": OFFICE,
    "decide_extension": OFFICE,
    "record_callback": OFFICE,
    "sign": UNIT,
    "reply": UNIT,
    "request_extension": UNIT,
    "return_order": UNIT,
}


def may(step):
    return current_user.is_authenticated and current_user.role in STEP_ROLES.get(step, ())


def step_forms_for(order):
    """The steps the current user may take on this order now (buttons of the detail page)."""
    steps = [s for s in allowed_actions(order) if may(s)]
    if "decide_extension" in steps and order.extension_state != "申请中":
        steps.remove("decide_extension")
    if "request_extension" in steps and order.extension_state == "申请中":
        steps.remove("request_extension")
    if "mark_harassment" in steps and order.is_harassment:
        steps.remove("mark_harassment")
    if "record_callback" in steps and (order.is_harassment or _has_final_callback(order)):
        steps.remove("record_callback")
    return {
        "steps": steps,
        "labels": ACTION_LABELS,
        "reject_reasons": REJECT_REASONS,
        "callback_results": CALLBACK_RESULTS,
    }


def _has_final_callback(order):
    callback = order.callbacks.first()
    return callback is not None and callback.result != "未接通"


def _text(name):
    return (request.form.get(name) or "").strip()


def _run(step, order):
    """Call the workflow function of `step` with the posted fields."""
    me = current_user._get_current_object()
    if step == "close_online":
        return workflow.close_online(order, actor=me, reply=_text("reply"))
    if step == "mark_harassment":
        return workflow.mark_harassment(order, actor=me, note=_text("note"))
    if step == "reject":
        return workflow.reject(order, _text("reason"), actor=me, note=_text("note"))
    if step == "sign":
        return workflow.sign(order, actor=me)
    if step == "reply":
        return workflow.reply(order, _text("reply"), actor=me)
    if step == "resolve":
        return workflow.resolve(order, actor=me, note=_text("note"))
    if step == "return_order":
        return workflow.return_order(order, _text("reason"), actor=me)
    if step == "reopen":
        return workflow.reopen(order, _text("reason"), actor=me, calendar=calendar())
    if step == "request_extension":
        try:
            days = int(_text("days"))
        except ValueError:
            raise WorkflowError("延期天数必须是 1 到 30 之间的整数") from None
        return workflow.request_extension(order, days, _text("reason"), actor=me)
    if step == "decide_extension":
        return workflow.decide_extension(order, _text("approve") == "1", actor=me, note=_text("note"), calendar=calendar())
    if step == "record_callback":
        return workflow.record_callback(order, _text("result"), note=_text("note"), actor=me)
    abort(404)


def _back(order=None):
    target = request.form.get("next") or request.args.get("next") or ""
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if order is not None:
        return redirect(url_for(".details_view", id=order.id))
    return redirect(url_for(".index_view"))


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
        if step not in STEP_ROLES or step == "dispatch":
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
        departments = list(Department.select().where(Department.active == True).order_by(Department.name))  # noqa: E712
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
                preview = []
                for order in orders:
                    days = (order.subcategory or order.category).deadline_days(urgency)
                    preview.append((order, days, calendar().deadline(now, days)))
        return self.render(
            "admin/orders/dispatch.html",
            orders=orders,
            ids=",".join(str(o.id) for o in orders),
            departments=departments,
            unit=unit,
            urgency=urgency,
            urgencies=list(URGENCIES),
            preview=preview,
        )

    def _dispatch_all(self, orders, unit, urgency):
        me = current_user._get_current_object()
        done = 0
        for order in orders:
            try:
                workflow.dispatch(order, unit, urgency, actor=me, calendar=calendar())
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

    @action("mark_harassment", "标记为骚扰来电", "确定将选中的工单标记为骚扰来电吗？")
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
