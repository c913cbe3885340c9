"""Login, logout and the role checks every screen relies on."""
import datetime as dt
from functools import wraps

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import LoginManager, current_user, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired

from models import User, local_now

login_manager = LoginManager()
csrf = CSRFProtect()

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15


class LoginForm(FlaskForm):
    username = StringField("用户名", validators=[DataRequired(message="请输入用户名")])
    password = PasswordField("密码", validators=[DataRequired(message="请输入密码")])


def init_app(app):
    login_manager.init_app(app)
    login_manager.login_view = "login"
    login_manager.login_message = "请先登录"
    login_manager.login_message_category = "warning"
    csrf.init_app(app)
    app.add_url_rule("/login", "login", login, methods=["GET", "POST"])
    app.add_url_rule("/logout", "logout", logout, methods=["POST"])


@login_manager.user_loader
def _load_user(user_id):
    user = User.get_or_none(User.id == int(user_id))
    return user if user and user.active else None


# Flask-Login expects these on the user object.
User.is_authenticated = property(lambda self: True)
User.is_anonymous = property(lambda self: False)
User.is_active = property(lambda self: self.active)
User.get_id = lambda self: str(self.id)


def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = User.get_or_none(User.username == form.username.data.strip())
        now = local_now()
        if user and user.locked_until and user.locked_until > now:
            flash("登录失败次数过多，请稍后再试", "error")
        elif user and user.active and user.check_password(form.password.data):
            user.failed_logins, user.locked_until = 0, None
            user.save()
            login_user(user)
            return redirect(_safe_next(request.args.get("next")))
        else:
            if user:
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                    user.failed_logins = 0
                user.save()
            flash("用户名或密码错误", "error")
    return render_template("login.html", form=form)


@login_required
def logout():
    logout_user()
    flash("已退出登录", "info")
    return redirect(url_for("login"))


def _safe_next(target):
    # Only same-site paths: an open redirect would hand the session to another site.
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("admin.index")


def roles_required(*roles):
    """Decorator for plain views: 403 unless the logged-in user has one of the roles."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator
