"""Base views: login required, roles enforced on the server, CSRF on every form.

A view declares who may see it (`read_roles`) and who may change through it
(`write_roles`); everything else about a screen is declared in its own module.
"""
from flask import abort, redirect, request, url_for
from flask_admin import BaseView
from flask_admin.contrib.peewee import ModelView
from flask_admin.form import SecureForm
from flask_login import current_user

ALL_ROLES = ("operator", "department", "supervisor", "leader")
STAFF_ROLES = ("operator", "supervisor", "leader")


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

    form_base_class = SecureForm
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
