"""成员单位 portal: a department account's own queue — 待签收, 办理中, 临期, 超期, 签收超时,
已回复待审核. The tabs' conditions are clocks.py's, the same as the reminders and the office's
screens use.

Only the account's unit's orders are listed; the buttons (签收, 回复) post to the order
screen's step endpoint, which checks role and unit again on the server. Below 576 px wide
each order is a card (static/css/portal.css).
"""

from flask import abort, flash, redirect, request, url_for
from flask_admin import expose
from flask_login import current_user

import clocks
from admin.base import SecureBaseView
from admin.deadlines import due_state, soon_threshold
from models import Notice, Rework, Supervision, WorkOrder, local_now
from privacy import shown_text
from supervision import answer, open_for, open_supervisions
from workflow import WorkflowError

TABS = [
    ("todo", "待签收"),
    ("doing", "办理中"),
    ("soon", "临期"),
    ("overdue", "超期"),
    ("sign_late", "签收超时"),
    ("replied", "已回复待审核"),
    ("supervised", "督办待答复"),
]


def _unit_orders():
    unit = current_user.department_id
    return WorkOrder.select().where(WorkOrder.department == unit if unit else WorkOrder.id < 0)


def _tab_query(tab, now):
    query = _unit_orders()
    if tab == "todo":
        return query.where(WorkOrder.status == "DISPATCHED")
    if tab == "doing":
        return query.where(WorkOrder.status == "ACCEPTED")
    if tab == "soon":
        return query.where(clocks.unit_due_soon(now, soon_threshold(now)))
    if tab == "overdue":
        return query.where(clocks.unit_overdue(now))
    if tab == "sign_late":
        return query.where(clocks.sign_overdue(now))
    if tab == "replied":
        return query.where(clocks.awaiting_review())
    if tab == "supervised":
        mine = Supervision.department == current_user.department_id
        return query.where(WorkOrder.id.in_(Supervision.select(Supervision.order).where(mine & open_supervisions())))
    abort(404)


def _reworked(ids):
    """Ids among `ids` the office has ever sent back (退回重办), in one query."""
    if not ids:
        return set()
    return {order_id for (order_id,) in Rework.select(Rework.order).where(Rework.order.in_(ids)).tuples()}


class PortalView(SecureBaseView):
    read_roles = ("department",)
    write_roles = ("department",)

    @expose("/")
    def index(self):
        tab = request.args.get("tab", "todo")
        now = local_now()
        counts = {key: _tab_query(key, now).count() for key, _ in TABS}
        orders = list(_tab_query(tab, now).order_by(WorkOrder.due_at.asc(nulls="LAST"), WorkOrder.id).limit(200))
        notices = list(
            Notice.select()
            .where((Notice.department == current_user.department_id) & Notice.read_at.is_null())
            .order_by(Notice.created_at.desc())
            .limit(20)
        )
        return self.render(
            "admin/portal.html",
            tabs=TABS,
            tab=tab,
            counts=counts,
            orders=orders,
            due={o.id: due_state(o, now) for o in orders},
            reworked=_reworked([o.id for o in orders]),
            supervised=open_for([o.id for o in orders]),
            notices=notices,
            shown=lambda order: shown_text(order.content, order, current_user),  # masked for units
        )

    @expose("/supervision/answer", methods=("POST",))
    def answer_supervision(self):
        """答复督办: only an open 督办 of the account's own unit (else 404, as for orders)."""
        row = Supervision.get_or_none(Supervision.id == (request.form.get("id", type=int) or 0))
        if row is None or row.department_id != current_user.department_id:
            abort(404)
        try:
            answer(row, request.form.get("answer", ""), current_user._get_current_object())
        except WorkflowError as error:
            flash(error.message, "error")
        else:
            flash(f"已答复工单 {row.order.case_no} 的督办", "success")
        return redirect(url_for(".index", tab=request.form.get("tab", "supervised")))


def register(admin):
    admin.add_view(PortalView(name="本单位工单", endpoint="portal", url="/admin/portal"))
