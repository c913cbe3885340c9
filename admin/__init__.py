"""The back office screens (Flask-Admin). Every view requires a login."""
from flask import redirect, request, url_for
from flask_admin import Admin, AdminIndexView, expose
from flask_login import current_user


class HomeView(AdminIndexView):
    def is_accessible(self):
        return current_user.is_authenticated

    def inaccessible_callback(self, name, **kwargs):
        return redirect(url_for("login", next=request.full_path))

    @expose("/")
    def index(self):
        return self.render("admin/home.html")


def init_app(app):
    admin = Admin(app, name="12345热线后台", index_view=HomeView(name="首页", url="/admin"))
    return admin
