"""考核 screens (docs/RULES.md § 考核, § 督办): the scorecard table (sortable, per period, each
figure a link to its orders), its XLSX export, 考核设置 (weights, minimum), the exclusion list
「诉求不合理，不计入考核」, a unit's own page, and 督办. Every number is scorecard.py's.
"""

import datetime as dt
import tempfile

from flask import abort, flash, redirect, request, send_file, url_for
from flask_admin import expose
from flask_login import current_user

import scorecard as sc
import supervision
from admin.base import SecureBaseView
from admin.deadlines import due_state
from figures import default_quarter
from interchange.exporter import XLSX_MIMETYPE, write_xlsx
from models import Department, ScoreExclusion, Supervision, WorkOrder, local_now
from periods import parse_period
from security import safe_next
from workflow import WorkflowError

DRILL_LIMIT = 500


def _period():
    """The period asked for (default: the dashboard's quarter); a bad one is flashed."""
    text = request.args.get("period", "").strip()
    if text:
        try:
            return parse_period(text)
        except ValueError as error:
            flash(str(error), "error")
    return default_quarter()[0]


def _drill(view, period, unit_id, figure, back):
    if figure not in sc.FIGURES:
        abort(404)
    query = sc.orders_behind(period, unit_id, figure).order_by(WorkOrder.received_at, WorkOrder.id)
    total = query.count()
    orders = list(query.limit(DRILL_LIMIT))
    now = local_now()
    return view.render(
        "admin/scorecard/orders.html",
        period=period,
        unit=Department.get_or_none(Department.id == unit_id),
        figure=figure,
        label=sc.COUNT_LABELS[figure],
        total=total,
        orders=orders,
        due={o.id: due_state(o, now) for o in orders},
        limit=DRILL_LIMIT,
        back=back,
    )


class ScorecardView(SecureBaseView):
    read_roles = ("operator", "supervisor", "leader")
    write_roles = ("supervisor",)

    @expose("/")
    def index(self):
        period = _period()
        card = sc.scorecard(period)
        sort = request.args.get("sort", "rank")
        rows = card["units"]
        keys = {key for key, _label, _figure in sc.COLUMNS}
        if sort in keys:
            rows = sc.sort_rows(rows, sort, descending=request.args.get("dir", "desc") != "asc")
        else:
            sort = "rank"
        return self.render(
            "admin/scorecard/index.html",
            period=period,
            card=card,
            rows=rows,
            columns=sc.COLUMNS,
            sort=sort,
            order=request.args.get("dir", "desc"),
            weight_labels=sc.WEIGHT_LABELS,
            can_write=self.can_write(),
        )

    @expose("/orders/")
    def orders(self):
        period = _period()
        unit_id = request.args.get("unit", type=int)
        if unit_id is None:
            abort(404)
        back = url_for(".index", period=period.code)
        return _drill(self, period, unit_id, request.args.get("figure", ""), back)

    @expose("/export.xlsx")
    def export(self):
        period = _period()
        card = sc.scorecard(period)
        header = ["名次", "单位"] + [label for _k, label, _f in sc.COLUMNS] + [label for _k, label in sc.COUNTS]
        rows = (
            [r["rank"] or "不排名", r["unit"]] + [r[k] for k, _l, _f in sc.COLUMNS] + [r[k] for k, _l in sc.COUNTS]
            for r in card["units"]
        )
        target = tempfile.SpooledTemporaryFile(max_size=4 * 1024 * 1024)  # noqa: SIM115 (send_file closes it)
        write_xlsx(target, header, rows, title="成员单位考核")
        target.seek(0)
        return send_file(
            target, mimetype=XLSX_MIMETYPE, as_attachment=True, download_name=f"scorecard-{period.code}.xlsx"
        )

    @expose("/settings/", methods=("GET", "POST"))
    def settings(self):
        if not self.can_write():
            abort(403)
        values = {"weights": sc.weights(), "min_orders": sc.min_orders()}
        if request.method == "POST":
            typed = {key: request.form.get(key, "") for key in sc.WEIGHT_LABELS}
            try:
                sc.save_settings(typed, request.form.get("min_orders", ""), current_user._get_current_object())
            except ValueError as error:
                flash(str(error), "error")
                values = {"weights": typed, "min_orders": request.form.get("min_orders", "")}  # keep what was typed
            else:
                flash("考核设置已保存", "success")
                return redirect(url_for(".settings"))
        return self.render(
            "admin/scorecard/settings.html",
            values=values,
            labels=sc.WEIGHT_LABELS,
            defaults=sc.DEFAULT_WEIGHTS,
            default_min=sc.DEFAULT_MIN_ORDERS,
        )

    @expose("/exclusions/", methods=("GET", "POST"))
    def exclusions(self):
        typed = {"case_no": "", "reason": ""}
        if request.method == "POST":
            if not self.can_write():
                abort(403)
            typed = {"case_no": request.form.get("case_no", ""), "reason": request.form.get("reason", "")}
            try:
                row = sc.exclude(typed["case_no"], typed["reason"], current_user._get_current_object())
            except ValueError as error:
                flash(str(error), "error")
            else:
                flash(f"工单 {row.order.case_no} 已标记为「{sc.EXCLUSION_WORDS}」", "success")
                # From the order's own page: back to it; a refusal stays here, with what was typed.
                return redirect(safe_next(request.form.get("next"), url_for(".exclusions")))
        rows = list(ScoreExclusion.select().order_by(ScoreExclusion.created_at.desc(), ScoreExclusion.id.desc()))
        return self.render(
            "admin/scorecard/exclusions.html",
            rows=rows,
            typed=typed,
            can_write=self.can_write(),
            words=sc.EXCLUSION_WORDS,
        )

    @expose("/exclusions/remove", methods=("POST",))
    def remove_exclusion(self):
        if not self.can_write():
            abort(403)
        try:
            sc.include_again(request.form.get("id", type=int) or 0, current_user._get_current_object())
        except ValueError as error:
            flash(str(error), "error")
        else:
            flash("已撤销，该工单重新计入考核", "success")
        return redirect(url_for(".exclusions"))


class UnitScoreView(SecureBaseView):
    """The unit's own page: its row only (its rank, never another unit's name)."""

    read_roles = ("department",)
    write_roles = ()

    @expose("/")
    def index(self):
        period = _period()
        card = sc.scorecard(period)
        row = sc.unit_row(card, current_user.department_id)
        return self.render(
            "admin/scorecard/mine.html",
            period=period,
            row=row,
            columns=sc.COLUMNS,
            ranked_count=sum(1 for r in card["units"] if r["ranked"]),
            min_orders=card["min_orders"],
        )

    @expose("/orders/")
    def orders(self):
        period = _period()
        if not current_user.department_id:
            abort(404)
        return _drill(
            self,
            period,
            current_user.department_id,
            request.args.get("figure", ""),
            url_for(".index", period=period.code),
        )


class SupervisionView(SecureBaseView):
    """督办: supervisors open one on a unit's order; the list shows open and answered ones."""

    read_roles = ("supervisor", "leader")
    write_roles = ("supervisor",)

    @expose("/", methods=("GET", "POST"))
    def index(self):
        typed = {"case_no": request.args.get("case_no", ""), "reason": "", "due": ""}
        if request.method == "POST":
            if not self.can_write():
                abort(403)
            typed = {k: request.form.get(k, "") for k in ("case_no", "reason", "due")}
            try:
                order = WorkOrder.get_or_none(WorkOrder.case_no == typed["case_no"].strip())
                if order is None:
                    raise WorkflowError(f"没有编号为「{typed['case_no'].strip()}」的工单")
                try:
                    due = dt.date.fromisoformat(typed["due"].strip()) if typed["due"].strip() else None
                except ValueError:
                    raise WorkflowError("督办时限无效：请填写一个存在的日期，如 2027-02-08") from None
                supervision.supervise(order, typed["reason"], due, current_user._get_current_object())
            except WorkflowError as error:
                flash(error.message, "error")
            else:
                flash(f"已对工单 {order.case_no} 发起督办，已通知{order.department.name}", "success")
                return redirect(url_for(".index"))
        rows = list(
            Supervision.select()
            .order_by(Supervision.answered_at.is_null(False), Supervision.due_at, Supervision.id)
            .limit(500)
        )
        return self.render(
            "admin/scorecard/supervision.html",
            rows=rows,
            typed=typed,
            can_write=self.can_write(),
            now=local_now(),
            max_days=supervision.MAX_DAYS,
        )


def register(admin):
    admin.add_view(ScorecardView(name="成员单位考核", endpoint="scorecard", url="/admin/scorecard", category="考核"))
    admin.add_view(SupervisionView(name="督办", endpoint="supervision", url="/admin/supervision", category="考核"))
    admin.add_view(UnitScoreView(name="本单位考核", endpoint="my_scorecard", url="/admin/my-scorecard"))
