"""审计: who changed what and when — every order step (OrderEvent) and every change to the
reference data (AuditLog). Supervisors only; nothing here can be edited or deleted.
"""

from markupsafe import Markup, escape

from admin.base import SecureModelView
from models import STATUSES, AuditLog, OrderEvent


class ReadOnlyView(SecureModelView):
    read_roles = ("supervisor",)
    write_roles = ()
    can_view_details = False
    page_size = 100


class OrderEventView(ReadOnlyView):
    column_list = ("at", "order", "action", "from_status", "to_status", "actor_name", "note")
    column_labels = {
        "at": "时间", "order": "工单", "action": "操作", "from_status": "原状态",
        "to_status": "新状态", "actor_name": "操作人", "note": "说明",
    }  # fmt: skip
    column_formatters = {
        "order": lambda v, c, m, n: m.order.case_no,
        "from_status": lambda v, c, m, n: STATUSES.get(m.from_status, m.from_status or ""),
        "to_status": lambda v, c, m, n: STATUSES.get(m.to_status, m.to_status or ""),
    }
    column_default_sort = ("at", True)
    column_searchable_list = ("actor_name", "action")
    column_filters = ("at", "action", "actor_name")


def _changes(view, context, model, name):
    return Markup(f'<small style="word-break:break-all">{escape(model.changes)}</small>')


class AuditLogView(ReadOnlyView):
    column_list = ("at", "actor_name", "action", "model", "object_id", "changes")
    column_labels = {
        "at": "时间",
        "actor_name": "操作人",
        "action": "操作",
        "model": "数据类型",
        "object_id": "记录号",
        "changes": "变更内容",
    }
    column_formatters = {"changes": _changes}
    column_default_sort = ("at", True)
    column_searchable_list = ("actor_name", "model")
    column_filters = ("at", "model", "action", "actor_name")


def register(admin):
    admin.add_view(OrderEventView(OrderEvent, name="工单办理记录", category="审计", endpoint="audit_events"))
    admin.add_view(AuditLogView(AuditLog, name="数据变更记录", category="审计", endpoint="audit_log"))
