"""The back office screens (Flask-Admin), in Chinese. Every view requires a login.

`init_app` is the list of screens: each module registers its own views with `register(admin)`.
"""

from flask_admin import Admin
from flask_admin.theme import Bootstrap4Theme
from flask_babel import Babel

from admin import audit, briefs, dashboard, orders, portal, reference
from admin import jobs as admin_jobs

babel = Babel()


def _locale():
    # One office, one language: Flask-Admin's and WTForms' own strings in Chinese too.
    return "zh_Hans_CN"


def init_app(app):
    babel.init_app(app, locale_selector=_locale)
    admin = Admin(
        app,
        name="12345热线后台",
        index_view=dashboard.HomeView(name="首页", url="/admin"),
        theme=Bootstrap4Theme(base_template="admin/hotline_base.html", fluid=True),
    )
    orders.register(admin)
    portal.register(admin)
    reference.register(admin)
    audit.register(admin)
    admin_jobs.register(admin)
    briefs.register(admin)
    return admin
