"""Filters of the work-order list.

Flask-Admin's peewee backend cannot filter on a foreign key by itself, so each filter is a
FilterEqual (or a small BasePeeweeFilter) on a column of WorkOrder with its options read
from the database on each request.
"""

from flask_admin.contrib.peewee.filters import BasePeeweeFilter, FilterEqual

import clocks
from models import (
    CALLBACK_RESULTS,
    EXTENSION_STATES,
    STATUSES,
    Callback,
    Category,
    Department,
    OrderTopic,
    Topic,
    WorkOrder,
    local_now,
)


class ChoiceFilter(FilterEqual):
    """'等于' one of the options; the operation word stays short in Chinese."""

    def operation(self):
        return "为"

    def validate(self, value):
        # Only one of the options reaches the query (a typed-in "abc" for a unit's id would be
        # a database error on PostgreSQL); Flask-Admin drops an invalid filter with a message.
        return str(value) in {str(key) for key, _label in self.options}


class LazyOptions:
    """Options read from the database each time the filter bar is drawn.

    Flask-Admin calls a callable `options` once, when the app is built (before any
    database exists); an iterable that is not callable is iterated on every request.
    """

    def __init__(self, fetch):
        self.fetch = fetch

    def __iter__(self):
        return iter(self.fetch())

    def __bool__(self):
        return True


def _top_categories():
    return [(str(c.id), c.name) for c in Category.select().where(Category.parent.is_null()).order_by(Category.name)]


def _departments():
    return [(str(d.id), d.name) for d in Department.select().order_by(Department.name)]


def _topics():
    return [(str(t.id), t.name) for t in Topic.select().order_by(Topic.name)]


class TopicFilter(ChoiceFilter):
    def apply(self, query, value):
        tagged = OrderTopic.select(OrderTopic.order).where(OrderTopic.topic == value)
        return query.where(WorkOrder.id.in_(tagged))


class PeriodFilter(BasePeeweeFilter):
    """受理时间 in a period written 2020Q1, 2020-01 or 2020."""

    def validate(self, value):
        from periods import parse_period

        try:
            parse_period(value)
        except ValueError:
            return False
        return True

    def apply(self, query, value):
        from periods import parse_period

        period = parse_period(value)
        return query.where((WorkOrder.received_at >= period.start) & (WorkOrder.received_at < period.end))

    def operation(self):
        return "为（如 2020Q1、2020-01、2020）"


class OverdueFilter(ChoiceFilter):
    """超期 as clocks.py has it: only while the unit holds the order."""

    def apply(self, query, value):
        overdue = clocks.unit_overdue(local_now())
        return query.where(overdue if value == "1" else ~overdue)


class SignOverdueFilter(ChoiceFilter):
    def apply(self, query, value):
        late = clocks.sign_overdue(local_now())
        return query.where(late if value == "1" else ~late)


class ExtensionFilter(ChoiceFilter):
    """延期 state; 申请中 lists only the requests the office can decide now."""

    def apply(self, query, value):
        if value == "申请中":
            return query.where(clocks.extension_pending())
        return query.where(WorkOrder.extension_state == value)


class UnsatisfiedFilter(ChoiceFilter):
    def apply(self, query, value):
        pending = clocks.unsatisfied_pending()
        return query.where(pending if value == "1" else ~pending)


class HarassmentFilter(ChoiceFilter):
    def apply(self, query, value):
        return query.where(WorkOrder.is_harassment == (value == "1"))


class CallbackFilter(ChoiceFilter):
    def apply(self, query, value):
        if value == "none":
            return query.where(WorkOrder.id.not_in(Callback.select(Callback.order)))
        done = Callback.select(Callback.order).where(Callback.result == value)
        return query.where(WorkOrder.id.in_(done))


YES_NO = [("1", "是"), ("0", "否")]


def order_filters():
    return [
        ChoiceFilter(WorkOrder.status, "状态", options=list(STATUSES.items())),
        ChoiceFilter(WorkOrder.category, "诉求大类", options=LazyOptions(_top_categories)),
        ChoiceFilter(WorkOrder.department, "承办单位", options=LazyOptions(_departments)),
        TopicFilter(WorkOrder.id, "专题", options=LazyOptions(_topics)),
        PeriodFilter(WorkOrder.received_at, "受理时段"),
        OverdueFilter(WorkOrder.due_at, "超期", options=YES_NO),
        HarassmentFilter(WorkOrder.is_harassment, "骚扰来电", options=YES_NO),
        CallbackFilter(WorkOrder.id, "回访结果", options=[(r, r) for r in CALLBACK_RESULTS] + [("none", "未回访")]),
        # Added after the others, so the earlier filters keep their URL numbers.
        SignOverdueFilter(WorkOrder.sign_due_at, "签收超时", options=YES_NO),
        ExtensionFilter(WorkOrder.extension_state, "延期申请", options=[(s, s) for s in EXTENSION_STATES]),
        UnsatisfiedFilter(WorkOrder.callback_followup, "不满意回访待处理", options=YES_NO),
    ]
