"""首页: this quarter's headline figures (figures.figures_for), daily volume, and the
category and unit rankings with their overdue counts, drawn as server-side SVG.

A department account lands on its own queue (the portal) instead.
"""
import datetime as dt

from flask import flash, redirect, request, url_for
from flask_admin import AdminIndexView, expose
from flask_login import current_user
from peewee import fn

from admin.base import STAFF_ROLES, RoleMixin
from admin.charts import bar_chart, column_chart
from figures import figures_for
from models import OPEN_STATUSES, Category, Department, WorkOrder, local_now
from periods import current_quarter, parse_period

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


def _daily_volume(period):
    day = fn.DATE(WorkOrder.received_at)
    rows = (
        WorkOrder.select(day.alias("day"), fn.COUNT(WorkOrder.id).alias("n"))
        .where((WorkOrder.received_at >= period.start) & (WorkOrder.received_at < period.end))
        .group_by(day)
        .tuples()
    )
    counts = {str(d)[:10]: n for d, n in rows}
    first = period.start.date()
    days = [first + dt.timedelta(days=i) for i in range(period.days)]
    return [(d, counts.get(d.isoformat(), 0)) for d in days]


def _overdue_by(period, column):
    """Orders of the period now past their deadline and still open, per `column` value."""
    rows = (
        WorkOrder.select(column, fn.COUNT(WorkOrder.id))
        .where(
            (WorkOrder.received_at >= period.start)
            & (WorkOrder.received_at < period.end)
            & WorkOrder.status.in_(OPEN_STATUSES)
            & (WorkOrder.due_at < local_now())
        )
        .group_by(column)
        .tuples()
    )
    return dict(rows)


def _with_overdue(items, overdue_by_name):
    return [
        (item["name"], item["count"], f"超期{overdue_by_name[item['name']]}" if overdue_by_name.get(item["name"]) else "")
        for item in items[:RANKED]
    ]


def _default_period():
    """This quarter; when it has no orders yet (a new quarter, or imported history only),
    the quarter of the latest order, so the home page opens on figures staff can use."""
    period = current_quarter()
    if WorkOrder.select().where(WorkOrder.received_at >= period.start).exists():
        return period, False
    latest = WorkOrder.select(fn.MAX(WorkOrder.received_at)).scalar()
    if latest is None:
        return period, False
    return parse_period(f"{latest.year}Q{(latest.month - 1) // 3 + 1}"), True


class HomeView(RoleMixin, AdminIndexView):
    read_roles = STAFF_ROLES + ("department",)

    @expose("/")
    def index(self):
        if current_user.role == "department":
            return redirect(url_for("portal.index"))
        period, fallback = _default_period()
        if request.args.get("period"):
            fallback = False
            try:
                period = parse_period(request.args["period"])
            except ValueError as error:
                flash(str(error), "error")
        figures = figures_for(period, compare=False)  # one period on screen: no 同比/环比
        names = dict(Category.select(Category.id, Category.name).tuples())
        by_category = {names.get(k, ""): v for k, v in _overdue_by(period, WorkOrder.category).items()}

        units = dict(Department.select(Department.id, Department.name).tuples())
        by_unit = {units.get(k, ""): v for k, v in _overdue_by(period, WorkOrder.department).items() if k}
        return self.render(
            "admin/home.html",
            period=period,
            figures=figures,
            headlines=HEADLINES,
            daily=column_chart(_daily_volume(period)),
            categories=bar_chart(_with_overdue(figures["categories"], by_category)),
            units=bar_chart(_with_overdue(figures["units"], by_unit)),
            overdue_total=sum(by_unit.values()),
            fallback=fallback,
        )
