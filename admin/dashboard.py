"""首页: this quarter's headline figures (figures.figures_for), daily volume, and the
category and unit rankings with their overdue counts, drawn as server-side SVG. Every
number comes from the figures module; the screen only lays them out.

A department account lands on its own queue (the portal) instead.
"""

from flask import flash, redirect, request, url_for
from flask_admin import AdminIndexView, expose
from flask_login import current_user

from admin.base import STAFF_ROLES, RoleMixin
from admin.charts import bar_chart, column_chart
from figures import daily_volume, default_quarter, figures_for, overdue_by
from models import WorkOrder
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


def _with_overdue(items, overdue_by_name):
    return [
        (
            item["name"],
            item["count"],
            f"超期{overdue_by_name[item['name']]}" if overdue_by_name.get(item["name"]) else "",
        )
        for item in items[:RANKED]
    ]


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
            units=bar_chart(_with_overdue(figures["units"], by_unit)),
            overdue_total=sum(by_unit.values()),
            fallback=fallback,
        )
