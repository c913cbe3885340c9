"""The back office screens (Flask-Admin), in Chinese. Every view requires a login.

`init_app` is the list of screens: each module registers its own views with `register(admin)`.
"""

from pathlib import Path

from flask_admin import Admin
from flask_admin.theme import Bootstrap4Theme
from flask_babel import Babel

from admin import api_keys, audit, briefs, dashboard, knowledge, orders, portal, reference
from admin import jobs as admin_jobs
from admin import scorecard as admin_scorecard

babel = Babel()


def _locale():
    # One office, one language: Flask-Admin's and WTForms' own strings in Chinese too.
    return "zh_Hans_CN"


def _holiday_banner():
    # A callable, so only pages that show the banner ask; supervisors only (they enter holidays).
    def holiday_data_warning():
        from flask_login import current_user

        from holiday_notice import missing_year_warning
        from models import local_now

        if not current_user.is_authenticated or current_user.role != "supervisor":
            return None
        return missing_year_warning(local_now().date())

    return {"holiday_data_warning": holiday_data_warning}


def init_app(app):
    babel.init_app(app, locale_selector=_locale)
    app.context_processor(_holiday_banner)
    admin = Admin(
        app,
        name="12345热线后台",
        index_view=dashboard.HomeView(name="首页", url="/admin"),
        theme=Bootstrap4Theme(base_template="admin/hotline_base.html", fluid=True),
        # Strings missing from Flask-Admin's own Chinese catalogue (translations/README in the .po).
        translations_path=str(Path(__file__).resolve().parent.parent / "translations"),
    )
    orders.register(admin)
    portal.register(admin)
    reference.register(admin)
    audit.register(admin)
    admin_jobs.register(admin)
    briefs.register(admin)
    api_keys.register(admin)
    admin_scorecard.register(admin)
    knowledge.register(admin)
    return admin
