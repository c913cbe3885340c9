"""首页: this quarter's headline figures (figures.figures_for), daily volume, and the
category and unit rankings with their overdue counts, drawn as server-side SVG. Every
number comes from the figures module; the screen only lays them out.

Operators and supervisors see their work queues first (admin/work_queues.py). A department
account lands on its own queue (the portal) instead.
"""

from flask import flash, redirect, request, url_for
from flask_admin import AdminIndexView, expose
from flask_login import current_user

import clocks
from admin.base import OFFICE_ROLES, STAFF_ROLES, RoleMixin
from admin.charts import bar_chart, column_chart
from admin.deadlines import calendar
from admin.work_queues import list_url, office_queues
from figures import daily_volume, default_quarter, figures_for, overdue_by
from models import WorkOrder, local_now
from periods import parse_period

HEADLINES = [
    ("received", "受理工单"),
    ("daily_average", "日均受理"),
    ("online", "在线办结"),
    ("online_rate", "在线办结率"),
    ("dispatched", "转办工单"),
    ("resolved", "办结工单"),
    ("resolved_rate", "办结率"),
    ("rejected", "不予立案"),
    ("harassment", "骚扰来电"),
    ("pending", "待处理"),
    ("callback_rate", "回访率"),
    ("satisfaction", "回访满意度"),
]
RANKED = 10


def _with_overdue(items, overdue_by_name, reworks=None):
    """Bar labels: 超期N (the unit's own overdue, clocks.unit_overdue) and, for units, 重办M."""
    reworks = reworks or {}

    def note(name):
        parts = []
        if overdue_by_name.get(name):
            parts.append(f"超期{overdue_by_name[name]}")
        if reworks.get(name):
            parts.append(f"重办{reworks[name]}")
        return " ".join(parts)

    return [(item["name"], item["count"], note(item["name"])) for item in items[:RANKED]]


def _queues(admin):
    if current_user.role not in OFFICE_ROLES:
        return {}
    now = local_now()
    return {
        "queues": office_queues(admin),
        "review_age": clocks.review_age_days(now, calendar()),
        "unit_overdue": WorkOrder.select().where(clocks.unit_overdue(now)).count(),
        "overdue_url": list_url(admin, "超期", "1"),
    }


def _board(period):
    """红黑榜: the scorecard's top and bottom three (scorecard.py), with their scores."""
    from scorecard import scorecard

    card = scorecard(period)
    scores = {r["unit"]: r["score"] for r in card["units"]}
    return {
        "top": [(name, scores[name]) for name in card["top"]],
        "bottom": [(name, scores[name]) for name in card["bottom"]],
        "min_orders": card["min_orders"],
    }


class HomeView(RoleMixin, AdminIndexView):
    read_roles = STAFF_ROLES + ("department",)

    @expose("/")
    def index(self):
        if current_user.role == "department":
            return redirect(url_for("portal.index"))
        period, fallback = default_quarter()
        if request.args.get("period"):
            fallback = False
            try:
                period = parse_period(request.args["period"])
            except ValueError as error:
                flash(str(error), "error")
        figures = figures_for(period, compare=False)  # one period on screen: no 同比/环比
        by_category = overdue_by(period, WorkOrder.category)
        by_unit = overdue_by(period, WorkOrder.department)
        return self.render(
            "admin/home.html",
            period=period,
            figures=figures,
            headlines=HEADLINES,
            daily=column_chart(daily_volume(period)),
            categories=bar_chart(_with_overdue(figures["categories"], by_category)),
            units=bar_chart(_with_overdue(figures["units"], by_unit, clocks.rework_counts(period.start, period.end))),
            overdue_total=sum(by_unit.values()),
            fallback=fallback,
            board=_board(period),
            **_queues(self.admin),
        )
