"""Login, logout, change of one's own password, and the role checks every screen relies on.

Failed logins are limited twice: per account (a lockout after MAX_FAILED_LOGINS) and per
address (MAX_FAILED_PER_IP in IP_WINDOW_MINUTES), counted in the database so every worker
process sees the same numbers.
"""

import datetime as dt
from functools import wraps

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import LoginManager, current_user, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length

from models import LoginAttempt, User, local_now

login_manager = LoginManager()
csrf = CSRFProtect()

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MAX_FAILED_PER_IP = 20
IP_WINDOW_MINUTES = 10
MIN_PASSWORD_LENGTH = 8


class LoginForm(FlaskForm):
    username = StringField("用户名", validators=[DataRequired(message="请输入用户名")])
    password = PasswordField("密码", validators=[DataRequired(message="请输入密码")])


class ChangePasswordForm(FlaskForm):
    current = PasswordField("当前密码", validators=[DataRequired(message="请输入当前密码")])
    new = PasswordField(
        "新密码",
        validators=[
            DataRequired(message="请输入新密码"),
            Length(min=MIN_PASSWORD_LENGTH, message=f"新密码至少 {MIN_PASSWORD_LENGTH} 位"),
        ],
    )
    confirm = PasswordField("再次输入新密码", validators=[EqualTo("new", message="两次输入的新密码不一致")])


def init_app(app):
    # Cookies: never readable by scripts, not sent cross-site, HTTPS-only in production.
    app.config.setdefault("REMEMBER_COOKIE_HTTPONLY", True)
    app.config.setdefault("REMEMBER_COOKIE_SAMESITE", "Lax")
    app.config.setdefault("REMEMBER_COOKIE_SECURE", app.config.get("SESSION_COOKIE_SECURE", False))
    app.config.setdefault("PERMANENT_SESSION_LIFETIME", dt.timedelta(hours=12))
    login_manager.init_app(app)
    login_manager.login_view = "login"
    login_manager.login_message = "请先登录"
    login_manager.login_message_category = "warning"
    login_manager.session_protection = "strong"
    csrf.init_app(app)
    app.add_url_rule("/login", "login", login, methods=["GET", "POST"])
    app.add_url_rule("/logout", "logout", logout, methods=["POST"])
    app.add_url_rule("/account/password", "change_password", change_password, methods=["GET", "POST"])


@login_manager.user_loader
def _load_user(user_id):
    user = User.get_or_none(User.id == int(user_id))
    return user if user and user.active else None


# Flask-Login expects these on the user object.
User.is_authenticated = property(lambda self: True)
User.is_anonymous = property(lambda self: False)
User.is_active = property(lambda self: self.active)
User.get_id = lambda self: str(self.id)


def _too_many_from(ip, now):
    since = now - dt.timedelta(minutes=IP_WINDOW_MINUTES)
    failed = (
        LoginAttempt.select()
        .where((LoginAttempt.ip == ip) & (LoginAttempt.at >= since) & (LoginAttempt.success == False))
        .count()
    )
    return failed >= MAX_FAILED_PER_IP


def login():
    form = LoginForm()
    if form.validate_on_submit():
        username = form.username.data.strip()
        user = User.get_or_none(User.username == username)
        now = local_now()
        ip = request.remote_addr or ""
        success = False
        if _too_many_from(ip, now):
            flash(f"本机登录失败次数过多，请 {IP_WINDOW_MINUTES} 分钟后再试", "error")
        elif user and user.locked_until and user.locked_until > now:
            flash("登录失败次数过多，账号已暂时锁定，请稍后再试", "error")
        elif user and user.active and user.check_password(form.password.data):
            user.failed_logins, user.locked_until = 0, None
            user.save()
            login_user(user)
            success = True
        else:
            if user:
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                    user.failed_logins = 0
                user.save()
            flash("用户名或密码错误", "error")
        LoginAttempt.create(ip=ip, username=username[:50], success=success, at=now)
        if success:
            return redirect(_safe_next(request.args.get("next")))
    return render_template("login.html", form=form)


@login_required
def logout():
    logout_user()
    flash("已退出登录", "info")
    return redirect(url_for("login"))


@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if not current_user.check_password(form.current.data):
            form.current.errors.append("当前密码不正确")
        elif form.new.data == form.current.data:
            form.new.errors.append("新密码不能与当前密码相同")
        else:
            current_user.set_password(form.new.data)
            current_user.save()
            flash("密码已修改", "success")
            return redirect(url_for("admin.index"))
    return render_template("admin/change_password.html", form=form)


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
