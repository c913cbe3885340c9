"""审计: who changed what and when — every order step (OrderEvent) and every change to the
reference data (AuditLog). Supervisors only; nothing here can be edited or deleted.

The 数据变更记录 speaks the staff's words: the kind of record (成员单位, not Department), the
record by its name, and each changed field by its label with its old and new value, taken
from the labels of the screen where that record is edited.
"""

import json

from flask_admin.contrib.peewee.filters import FilterEqual
from markupsafe import Markup, escape
from peewee import ForeignKeyField

from admin.base import SecureModelView
from models import ALL_MODELS, STATUSES, AuditLog, OrderEvent

MODEL_LABELS = {
    "Department": "成员单位",
    "Category": "诉求分类",
    "Topic": "专题",
    "User": "用户",
    "HolidayOverride": "节假日调整",
    "Campaign": "电话摸排",
    "MissedCall": "未接来电",
    "CaseStudy": "案例摘选",
    "RestrictedNumber": "受限号码",
    "Brief": "工作专报",
    "WorkOrder": "工单",
    "HarassmentFlag": "骚扰标记",
}
# Labels for fields no screen lists (or lists under another name).
EXTRA_FIELD_LABELS = {
    "password_hash": "密码",
    "created_by": "设置人",
    "parent": "上级分类",
    "failed_logins": "连续登录失败次数",
    "source": "来源",
    "is_workday": "当天",
    "notes_json": "说明文字",
    "status": "状态",
}


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


def _model_views(view):
    """{model class name: its screen} of the app's Flask-Admin, for labels and record names."""
    found = {}
    for other in view.admin._views:
        model = getattr(other, "model", None)
        if model is not None and model.__name__ not in found:
            found[model.__name__] = other
    return found


def field_label(view, model_name, field):
    screen = _model_views(view).get(model_name)
    labels = getattr(screen, "column_labels", None) or {}
    return labels.get(field) or EXTRA_FIELD_LABELS.get(field) or field


def _shown_value(field, value, model_class=None):
    related = model_class._meta.fields.get(field) if model_class is not None else None
    if isinstance(related, ForeignKeyField) and isinstance(value, str) and value.isdigit():
        row = related.rel_model.get_or_none(related.rel_model._meta.primary_key == int(value))
        return str(row) if row is not None else f"第 {value} 号（已删除）"
    if value in ("True", "False"):
        if field == "is_workday":
            return "上班" if value == "True" else "放假"
        return "是" if value == "True" else "否"
    if isinstance(value, str) and ":" in value and value.split(":", 1)[0].isdigit():
        return value.split(":", 1)[1]  # a related row, stored as "id:name"
    return "（空）" if value in ("", None) else value


def change_lines(view, entry):
    """[(field label, old value or None, new value)] of an AuditLog row, for the screen."""
    try:
        changes = json.loads(entry.changes or "{}")
    except ValueError:
        return [("变更内容", None, entry.changes)]
    if not isinstance(changes, dict):
        return [("变更内容", None, str(changes))]
    cls = _model_class(entry.model)
    lines = []
    for field, value in changes.items():
        label = field_label(view, entry.model, field)
        if isinstance(value, list) and len(value) == 2:
            lines.append((label, _shown_value(field, value[0], cls), _shown_value(field, value[1], cls)))
        else:
            lines.append((label, None, _shown_value(field, value, cls)))
    return lines


def _changes(view, context, model, name):
    items = []
    for label, old, new in change_lines(view, model):
        if old is None:
            items.append(f"<li><b>{escape(label)}</b>：{escape(new)}</li>")
        else:
            items.append(f"<li><b>{escape(label)}</b>：{escape(old)} → {escape(new)}</li>")
    return Markup(f'<ul class="audit-changes small mb-0 pl-3">{"".join(items)}</ul>')


def _model_class(name):
    return next((m for m in ALL_MODELS if m.__name__ == name), None)


def _record(view, context, model, name):
    """The record by its name (县住建局, 2027-02-08), or its number when it is gone."""
    cls = _model_class(model.model)
    row = cls.get_or_none(cls.id == int(model.object_id)) if cls and model.object_id.isdigit() else None
    if row is None:
        return f"第 {model.object_id} 号（已删除）" if model.action != "删除" else _deleted_name(view, model)
    shown = getattr(row, "date", None) if model.model == "HolidayOverride" else None
    return str(shown or row)


def _deleted_name(view, model):
    try:
        changes = json.loads(model.changes or "{}")
    except ValueError:
        changes = {}
    for key in ("name", "username", "phone", "date", "case_no"):
        if changes.get(key):
            return f"{changes[key]}（已删除）"
    return f"第 {model.object_id} 号（已删除）"


class AuditLogView(ReadOnlyView):
    column_list = ("at", "actor_name", "action", "model", "object_id", "changes")
    column_labels = {
        "at": "时间",
        "actor_name": "操作人",
        "action": "操作",
        "model": "数据类型",
        "object_id": "记录",
        "changes": "变更内容",
    }
    column_formatters = {
        "changes": _changes,
        "model": lambda v, c, m, n: MODEL_LABELS.get(m.model, m.model),
        "object_id": _record,
    }
    column_default_sort = ("at", True)
    column_searchable_list = ("actor_name",)
    column_filters = (
        "at",
        FilterEqual(AuditLog.model, "数据类型", options=list(MODEL_LABELS.items())),
        "action",
        "actor_name",
    )


def register(admin):
    admin.add_view(OrderEventView(OrderEvent, name="工单办理记录", category="审计", endpoint="audit_events"))
    admin.add_view(AuditLogView(AuditLog, name="数据变更记录", category="审计", endpoint="audit_log"))
