"""工单 screens: the list staff scan all day, its filters, search, export and detail page.

Rows are scoped on the server: a department account's query only ever holds its own unit's
orders, so its list, detail pages, exports and actions cannot reach another unit's order,
whatever id is typed or posted. Every state change goes through workflow.py (order_steps).
"""

import csv
import io
import tempfile
import time

from flask import Response, abort, request, send_file, stream_with_context
from flask_admin import expose
from flask_login import current_user
from markupsafe import Markup, escape

import scorecard
from admin.base import ALL_ROLES, OFFICE_ROLES, SecureModelView
from admin.deadlines import due_state
from admin.order_create import OrderCreateMixin
from admin.order_filters import order_filters
from admin.order_steps import OrderStepsMixin, step_forms_for
from admin.scorecard import ScorecardView
from interchange.exporter import XLSX_MIMETYPE, safe_cell, write_xlsx
from models import (
    STATUSES,
    Callback,
    Category,
    Department,
    OrderEvent,
    Reminder,
    ScoreExclusion,
    WorkOrder,
    db,
    is_postgres,
)
from privacy import NAME_TRIGGERS, mask_name, mask_order_text, mask_phone, sees_personal_data, shown_text

COUNT_CAP = 10000  # the list counts at most this many rows for its pager (see _count)
SUMMARY_CHARS = 36


def _summary(text):
    text = (text or "").replace("\n", " ")
    return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS] + "…"


def shown_phone(order):
    return order.caller_phone if sees_personal_data(current_user) else mask_phone(order.caller_phone)


def shown_name(order):
    return order.caller_name if sees_personal_data(current_user) else mask_name(order.caller_name)


def shown_content(order):
    """诉求内容 as this user may read it (masked inside for department and leader accounts)."""
    return shown_text(order.content, order, current_user)


def _fmt_time(value):
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _due_cell(view, context, order, name):
    state = due_state(order)
    if state is None:
        return _fmt_time(order.due_at)
    css, text = state
    return Markup(f'<span class="{css}" title="{_fmt_time(order.due_at)}">{escape(text)}</span>')


def _case_no_cell(view, context, order, name):
    url = view.get_url(".details_view", id=order.id)
    return Markup(f'<a href="{escape(url)}">{escape(order.case_no)}</a>')


def _status_cell(view, context, order, name):
    flag = "（骚扰）" if order.is_harassment else ""
    return Markup(f'<span class="status-badge status-{order.status}">{escape(order.status_label)}{flag}</span>')


def _content_cell(view, context, order, name):
    content = shown_content(order)  # the tooltip shows the whole text: masked as well
    return Markup(f'<span class="summary" title="{escape(content)}">{escape(_summary(content))}</span>')


EXPORT_COLUMNS = [
    ("case_no", "工单编号"),
    ("received_at", "受理时间"),
    ("channel", "来源渠道"),
    ("caller_phone", "来电号码"),
    ("caller_name", "来电人"),
    ("caller_area", "来电人类型"),
    ("category", "诉求大类"),
    ("subcategory", "诉求小类"),
    ("content", "诉求内容"),
    ("status", "状态"),
    ("is_harassment", "是否骚扰"),
    ("reject_reason", "不予立案原因"),
    ("department", "承办单位"),
    ("dispatched_at", "转办时间"),
    ("due_at", "办理时限"),
    ("replied_at", "回复时间"),
    ("reply", "处理结果"),
    ("resolved_at", "办结时间"),
]


def _export_text(view, context, order, name):
    value = getattr(order, name)
    if name == "caller_phone":
        return shown_phone(order)
    if name == "caller_name":
        return shown_name(order)
    if name in ("content", "reply"):
        return shown_text(value, order, current_user)
    if name == "status":
        return order.status_label
    if name == "is_harassment":
        return "是" if value else "否"
    if name in ("category", "subcategory", "department"):
        related = getattr(order, name + "_id") and value
        return related.name if related else ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return "" if value is None else value


def _attach_related(orders):
    """Load a page's categories and units in two queries, not two per row."""
    for field, model in ((WorkOrder.category, Category), (WorkOrder.department, Department)):
        ids = {o.__data__.get(field.name) for o in orders} - {None}
        related = {r.id: r for r in model.select().where(model.id.in_(ids))} if ids else {}
        for order in orders:
            value = related.get(order.__data__.get(field.name))
            if value is not None:
                setattr(order, field.name, value)


class OrderView(OrderStepsMixin, OrderCreateMixin, SecureModelView):
    read_roles = ALL_ROLES
    write_roles = OFFICE_ROLES
    can_view_details = True
    can_export = True
    export_types = ["csv", "xlsx"]
    list_template = "admin/orders/list.html"
    count_cap = COUNT_CAP

    column_list = ("case_no", "received_at", "category", "content", "status", "department", "due_at")
    column_labels = {
        "case_no": "编号",
        "received_at": "受理时间",
        "category": "分类",
        "content": "内容摘要",
        "status": "状态",
        "department": "承办单位",
        "due_at": "办理时限",
        "caller_phone": "来电号码",
    }
    column_sortable_list = ("case_no", "received_at", "status", "due_at", ("department", Department.name))
    column_default_sort = ("received_at", True)
    # The search box; get_list applies it (exact 编号/号码, words of the content).
    column_searchable_list = ("case_no", "caller_phone", "content")
    column_formatters = {
        "case_no": _case_no_cell,
        "received_at": lambda v, c, m, n: _fmt_time(m.received_at),
        "content": _content_cell,
        "status": _status_cell,
        "due_at": _due_cell,
    }
    column_export_list = [name for name, _ in EXPORT_COLUMNS]
    column_formatters_export = {name: _export_text for name, _ in EXPORT_COLUMNS}

    @property
    def can_edit(self):
        return False  # orders change only through workflow steps

    @property
    def can_delete(self):
        return False  # an order's history is a record; nothing deletes it from the screens

    def get_export_columns(self):
        return list(EXPORT_COLUMNS)  # the interchange format's Chinese headers

    def get_filters(self):
        # Built per app (options are read from the database on each request).
        return order_filters()

    def get_query(self):
        query = WorkOrder.select()
        if current_user.role == "department":
            unit = current_user.department_id
            query = query.where(WorkOrder.department == unit) if unit else query.where(WorkOrder.id < 0)
        return query

    def get_one(self, id):
        try:
            pk = int(id)
        except (TypeError, ValueError):
            return None
        return self.get_query().where(WorkOrder.id == pk).first()

    def _apply_search(self, query, search):
        """编号 or 来电号码 matched exactly (indexed); other words searched in the content.

        Accounts that see masked data search what they see (docs/RULES.md § Masking of
        personal data): a number matches only 编号, and a word matches an order only when it
        is still in the masked content — a caller's name or digits find nothing.
        """
        full_view = sees_personal_data(current_user)
        for term in search.split():
            if term.replace("-", "").replace("+", "").isdigit():
                clause = WorkOrder.case_no == term
                if full_view:
                    clause |= WorkOrder.caller_phone == term
            else:
                clause = WorkOrder.content.contains(term)
                if not full_view:
                    hidden = _hidden_matches(query.where(clause), term)
                    if hidden:
                        clause &= WorkOrder.id.not_in(hidden)
            query = query.where(clause)
        return query

    def search_placeholder(self):
        return "编号、来电号码或内容关键词" if sees_personal_data(current_user) else "编号或内容关键词"

    def _count(self, query, narrowed):
        """Rows for the pager, cheaply: counting stops at COUNT_CAP.

        The unfiltered list on PostgreSQL shows the planner's estimate beyond the cap
        (an exact count of a million rows costs more than the page itself).
        """
        capped = query.order_by().limit(self.count_cap + 1).count()
        if capped <= self.count_cap or narrowed or current_user.role == "department":
            return capped
        if is_postgres():
            estimate = db.execute_sql(
                "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)",
                (WorkOrder._meta.table_name,),
            ).fetchone()
            if estimate and estimate[0] and estimate[0] > capped:
                return int(estimate[0])
        return capped

    def get_list(self, page, sort_column, sort_desc, search, filters, execute=True, page_size=None):
        query = self.get_query()
        if search:
            query = self._apply_search(query, search)
        for index, _name, value in filters or ():
            flt = self._filters[index]
            query = flt.apply(query, flt.clean(value))
        count = self._count(query, bool(search or filters))
        joins = set()
        if sort_column is not None:
            query, joins = self._order_by(query, joins, [(self._sortable_columns[sort_column], sort_desc)])
        else:
            query, joins = self._order_by(query, joins, [("received_at", True)])
        query = query.order_by_extend(WorkOrder.id.desc())  # a stable order for paging
        if page_size is None:
            page_size = self.page_size
        if page_size:
            query = query.limit(page_size).offset((page or 0) * page_size)
        if not (execute and page_size):
            return count, query
        rows = list(query)
        _attach_related(rows)
        return count, rows

    def _export_rows(self, query, columns):
        """The export's rows as lists of cells, each through safe_cell, read in batches on a
        connection of the caller's own (a streamed response outlives the request's)."""
        for order in query.iterator():
            yield [safe_cell(self.get_export_value(order, name)) for name, _ in columns]

    def _export_csv(self, return_url):
        """CSV with a BOM (Excel reads it as UTF-8), streamed: rows are read in batches on a
        connection of the generator's own, since the request's is closed once streaming starts."""
        _count, query = self._export_data()
        columns = self.get_export_columns()

        def rows():
            out = io.StringIO()
            writer = csv.writer(out)
            out.write("\ufeff")
            writer.writerow([label for _, label in columns])
            with db.connection_context():
                for cells in self._export_rows(query, columns):
                    writer.writerow(cells)
                    if out.tell() > 64 * 1024:
                        yield out.getvalue()
                        out.seek(0)
                        out.truncate()
            yield out.getvalue()

        disposition = f"attachment; filename={self.get_export_name('csv')}"
        return Response(stream_with_context(rows()), headers={"Content-Disposition": disposition}, mimetype="text/csv")

    def _export_tablib(self, export_type, return_url):
        """.xlsx (the only other type): the same columns and cells as the CSV, written in
        openpyxl's write-only mode to a temporary file (a zip cannot be streamed)."""
        if export_type != "xlsx":
            abort(404)
        _count, query = self._export_data()
        columns = self.get_export_columns()
        target = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 (send_file closes it)
        write_xlsx(target, [label for _, label in columns], self._export_rows(query, columns))
        target.seek(0)
        return send_file(target, mimetype=XLSX_MIMETYPE, as_attachment=True, download_name=self.get_export_name("xlsx"))

    def get_export_name(self, export_type="csv"):
        return f"orders_{time.strftime('%Y%m%d_%H%M%S')}.{export_type}"

    @expose("/details/")
    def details_view(self):
        order = self.get_one(request.args.get("id"))
        if order is None:
            abort(404)
        events = list(OrderEvent.select().where(OrderEvent.order == order).order_by(OrderEvent.at, OrderEvent.id))
        reminders = list(Reminder.select().where(Reminder.order == order).order_by(Reminder.day.desc()))
        callback = Callback.get_or_none(Callback.order == order)
        excludable = scorecard.excludable(order)
        return self.render(
            "admin/orders/details.html",
            exclusion=ScoreExclusion.get_or_none(ScoreExclusion.order == order) if excludable else None,
            # 不计入考核: the 考核 screen's writers (ScorecardView, which takes the form) decide.
            can_exclude=excludable and current_user.role in ScorecardView.write_roles,
            order=order,
            phone=shown_phone(order),
            name=shown_name(order),
            shown=lambda text: shown_text(text, order, current_user),
            topics=order.topic_names,
            events=events,
            reminders=reminders,
            callback=callback,
            due=due_state(order),
            steps=step_forms_for(order),
            fmt=_fmt_time,
            statuses=STATUSES,
        )


def _hidden_matches(query, term):
    """Ids of the orders of `query` (already narrowed to content containing `term`) whose
    masked content no longer contains it: the term hits personal data there.

    Only rows where masking could touch the term are masked here: the term shares a
    character with the caller's name, the content holds a name pattern's trigger word, or
    the term has digits or signs (phone and ID numbers).
    """
    suspicious = None
    if not all("\u4e00" <= ch <= "\u9fff" for ch in term):
        suspicious = WorkOrder.id.is_null(False)  # every candidate
    else:
        for clause in [WorkOrder.caller_name.contains(ch) for ch in set(term)] + [
            WorkOrder.content.contains(word) for word in NAME_TRIGGERS
        ]:
            suspicious = clause if suspicious is None else suspicious | clause
    rows = query.select(WorkOrder.id, WorkOrder.content, WorkOrder.caller_name, WorkOrder.caller_phone)
    return [row.id for row in rows.where(suspicious).order_by() if term not in mask_order_text(row.content, row)]


def register(admin):
    admin.add_view(OrderView(WorkOrder, name="工单", endpoint="orders", url="/admin/orders"))
