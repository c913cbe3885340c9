"""Base views: login required, roles enforced on the server, CSRF on every form.

A view declares who may see it (`read_roles`) and who may change through it
(`write_roles`); everything else about a screen is declared in its own module.
"""

from flask import abort, redirect, request, url_for
from flask_admin import BaseView
from flask_admin.contrib.peewee import ModelView
from flask_admin.form import BaseForm
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import fields as wtforms_fields
from wtforms.fields.core import UnboundField
from wtforms.validators import StopValidation

from models import record_audit

ALL_ROLES = ("operator", "department", "supervisor", "leader")
STAFF_ROLES = ("operator", "supervisor", "leader")
OFFICE_ROLES = ("operator", "supervisor")  # may change orders on the office's side


class AdminForm(BaseForm):
    """Flask-Admin's forms with Flask-WTF's CSRF token.

    Flask-Admin's SecureForm signs its own token format, which the app-wide CSRFProtect
    (checking every POST) would refuse; Flask-WTF's Meta makes both agree on one token.
    """

    class Meta(FlaskForm.Meta):
        pass


class NativeDateField(wtforms_fields.DateField):
    """A date typed or picked in the browser's own picker (<input type="date">, Chinese in a
    Chinese browser), with a Chinese message for a date that does not exist."""

    widget = wtforms_fields.DateField.widget.__class__(input_type="date")

    def __init__(self, *args, **kwargs):
        kwargs.pop("widget", None)
        kwargs["format"] = ["%Y-%m-%d", "%Y/%m/%d"]
        super().__init__(*args, **kwargs)

    def process_formdata(self, valuelist):
        if not "".join(valuelist or ()).strip():  # left empty: no date (the field may be optional)
            self.data = None
            return
        try:
            super().process_formdata(valuelist)
        except ValueError:
            raise ValueError("日期无效：请填写一个存在的日期，如 2027-02-08") from None

    def pre_validate(self, form):
        if self.process_errors:  # the parse error says it all; not also 「必填」
            raise StopValidation()


class NativeDateTimeField(wtforms_fields.DateTimeLocalField):
    """A date and time in the browser's own picker (<input type="datetime-local">); the
    interchange format's `YYYY-MM-DD HH:MM[:SS]` is accepted too."""

    def __init__(self, *args, **kwargs):
        kwargs.pop("widget", None)
        kwargs["format"] = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
        super().__init__(*args, **kwargs)

    def process_formdata(self, valuelist):
        if not "".join(valuelist or ()).strip():
            self.data = None
            return
        try:
            super().process_formdata(valuelist)
        except ValueError:
            raise ValueError("日期时间无效：请填写一个存在的日期和时间，如 2027-02-08 09:30") from None

    def pre_validate(self, form):
        if self.process_errors:
            raise StopValidation()


def _native(unbound):
    """Flask-Admin's date pickers replaced by the browser's own (see NativeDateField)."""
    if not isinstance(unbound, UnboundField):
        return unbound
    if issubclass(unbound.field_class, (NativeDateField, NativeDateTimeField)):
        return unbound
    if issubclass(unbound.field_class, wtforms_fields.DateField):  # a DateTimeField subclass
        return UnboundField(NativeDateField, *unbound.args, **unbound.kwargs)
    if issubclass(unbound.field_class, wtforms_fields.DateTimeField):
        return UnboundField(NativeDateTimeField, *unbound.args, **unbound.kwargs)
    return unbound


class RoleMixin:
    read_roles = ("supervisor",)
    write_roles = ("supervisor",)

    def is_accessible(self):
        return current_user.is_authenticated and current_user.role in self.read_roles

    def can_write(self):
        return current_user.is_authenticated and current_user.role in self.write_roles

    def inaccessible_callback(self, name, **kwargs):
        if not current_user.is_authenticated:
            return redirect(url_for("login", next=request.full_path))
        abort(403)


class SecureBaseView(RoleMixin, BaseView):
    """A custom page; forms on it must carry {{ csrf_token() }} (CSRFProtect checks every POST)."""


class SecureModelView(RoleMixin, ModelView):
    """A model screen; create/edit/delete only for write_roles, all forms CSRF-protected."""

    form_base_class = AdminForm
    page_size = 50

    @property
    def can_create(self):
        return self.can_write()

    @property
    def can_edit(self):
        return self.can_write()

    @property
    def can_delete(self):
        return self.can_write()

    def scaffold_form(self):
        # The peewee backend labels form fields from the field names ("Start Date"): use the
        # view's Chinese column labels on its forms too.
        form_class = super().scaffold_form()
        for name in dir(form_class):
            unbound = getattr(form_class, name, None)
            if isinstance(unbound, UnboundField):
                setattr(form_class, name, _native(unbound))
        for name, label in (self.column_labels or {}).items():
            unbound = getattr(form_class, name, None)
            # Only keyword labels: some fields (ajax selects) take other positional arguments.
            if isinstance(unbound, UnboundField) and not unbound.args:
                unbound.kwargs["label"] = label
        return form_class

    def search_placeholder(self):
        # The peewee backend gives none (the box would read "None"): name the searched columns.
        labels = [self.column_labels.get(c, c) for c in self.column_searchable_list or () if isinstance(c, str)]
        return "搜索：" + "、".join(labels) if labels else "搜索"

    def _handle_view(self, name, **kwargs):
        # Flask-Admin hides the buttons when can_create/... is False; refuse the URLs too,
        # so a read-only role that types /new/ or POSTs /delete/ gets 403, not a form.
        response = super()._handle_view(name, **kwargs)
        writes = ("create_view", "edit_view", "delete_view", "ajax_update", "action_view")
        if response is None and name in writes and not self.can_write():
            abort(403)
        return response


# Fields never written into the audit trail in clear: only that they changed.
SECRET_FIELDS = {"password_hash"}


def _plain(value):
    if hasattr(value, "_pk"):  # a related row: its id and name
        return f"{value._pk}:{value}"
    return "" if value is None else str(value)


def _field_values(model):
    return {
        field.name: _plain(model.__data__.get(field.name))
        for field in model._meta.sorted_fields
        if field is not model._meta.primary_key
    }


def _shown(key, value):
    return "（已设置）" if key in SECRET_FIELDS and value else value


class AuditedModelView(SecureModelView):
    """Every create, edit and delete through the screen writes one AuditLog row.

    The diff is taken before the save (against the row as stored) and written after it,
    so a failed save leaves no audit row claiming a change.
    """

    def on_model_change(self, form, model, is_created):
        after = _field_values(model)
        if is_created:
            model._audit_changes = {k: _shown(k, v) for k, v in after.items() if v != ""}
            return
        before = _field_values(type(model).get_by_id(model._pk))
        model._audit_changes = {
            k: [_shown(k, before.get(k, "")), _shown(k, v)] for k, v in after.items() if before.get(k) != v
        }

    def after_model_change(self, form, model, is_created):
        changes = getattr(model, "_audit_changes", {})
        if changes or is_created:
            audit(model, "新建" if is_created else "修改", changes)

    def on_model_delete(self, model):
        model._audit_changes = {k: _shown(k, v) for k, v in _field_values(model).items() if v != ""}

    def after_model_delete(self, model):
        audit(model, "删除", getattr(model, "_audit_changes", {}))


def audit(model, action, changes):
    """Write one AuditLog row for a change the current user made to `model`."""
    record_audit(current_user._get_current_object(), type(model).__name__, model._pk, action, changes)
