"""Login, logout, change of one's own password, and the role checks every screen relies on.

Failed logins are limited twice: per user name (a lockout after MAX_FAILED_LOGINS) and per
address (MAX_FAILED_PER_IP in IP_WINDOW_MINUTES), counted in the database so every worker
process sees the same numbers, and counted before the password is checked so parallel
tries cannot slip past (docs/RULES.md § Security). Sessions end on the server side: each
carries the user's session version, which logout and a password change raise.
"""

import datetime as dt
import secrets
from functools import wraps

from flask import abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import LoginManager, current_user, login_required, login_user, logout_user
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length

from models import LoginAttempt, User, local_now
from security import safe_next

login_manager = LoginManager()
csrf = CSRFProtect()

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
# Failed tries per address in IP_WINDOW_MINUTES (LOGIN_MAX_FAILED_PER_ADDRESS overrides it):
# high enough that one office behind a single NAT address is never locked out by its own
# typing mistakes; the per-account limit above is what protects each account.
MAX_FAILED_PER_IP = 100
IP_WINDOW_MINUTES = 10
MIN_PASSWORD_LENGTH = 8
SESSION_VERSION_KEY = "_sv"
# The same answer whether the account exists or not (docs/RULES.md § Security).
LOCKED_MESSAGE = "登录失败次数过多，该用户名已暂时锁定，请稍后再试"


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
    app.add_url_rule("/account/sessions/end", "end_sessions", end_sessions, methods=["POST"])


@login_manager.user_loader
def _load_user(user_id):
    # A session is valid only while it carries the user's current session version: logout,
    # a password change and 退出其他设备 raise it, ending every copy of older cookies.
    user = User.get_or_none(User.id == int(user_id))
    if user is None or not user.active or session.get(SESSION_VERSION_KEY) != user.session_version:
        return None
    return user


# Flask-Login expects these on the user object.
User.is_authenticated = property(lambda self: True)
User.is_anonymous = property(lambda self: False)
User.is_active = property(lambda self: self.active)
User.get_id = lambda self: str(self.id)


def _address_limit():
    return current_app.config.get("LOGIN_MAX_FAILED_PER_ADDRESS", MAX_FAILED_PER_IP)


def _too_many_from(ip, now):
    """More failed tries from this address in the window than allowed (this one included).

    Each try is written (as failed) before anything is checked, so tries running at the same
    time all count: together they can never pass the limit.
    """
    since = now - dt.timedelta(minutes=IP_WINDOW_MINUTES)
    failed = (
        LoginAttempt.select()
        .where((LoginAttempt.ip == ip) & (LoginAttempt.at >= since) & (LoginAttempt.success == False))
        .count()
    )
    return failed > _address_limit()


def _reserve_try(user, username, now):
    """Take one of the account's tries before the password is checked; False when none is left.

    For an account: one atomic UPDATE that only succeeds while fewer than MAX_FAILED_LOGINS
    tries are used and no lock runs, so 40 parallel tries check at most 5 passwords. For a
    name without an account the same count is made from the recorded tries of that name, so
    the answers (and the lock) are the same whether the account exists or not.
    """
    if user is None:
        since = now - dt.timedelta(minutes=LOCK_MINUTES)
        failed = (
            LoginAttempt.select()
            .where((LoginAttempt.username == username) & (LoginAttempt.at >= since) & (LoginAttempt.success == False))
            .count()
        )
        return failed <= MAX_FAILED_LOGINS
    free = User.locked_until.is_null() | (User.locked_until <= now)
    taken = (
        User.update(failed_logins=User.failed_logins + 1)
        .where((User.id == user.id) & (User.failed_logins < MAX_FAILED_LOGINS) & free)
        .execute()
    )
    return taken == 1


def _record_failure(user, now):
    """After a wrong password: lock the account once all its tries are used."""
    if user is not None:
        User.update(locked_until=now + dt.timedelta(minutes=LOCK_MINUTES), failed_logins=0).where(
            (User.id == user.id) & (User.failed_logins >= MAX_FAILED_LOGINS)
        ).execute()


_dummy = {}


def _password_matches(user, password):
    """Check the password; an unknown or inactive account checks a dummy hash, so every
    answer takes the same time (one argon2 verification)."""
    if user is not None and user.active:
        return user.check_password(password)
    if "hash" not in _dummy:
        _dummy["hash"] = _hashed(secrets.token_hex(16))
    User(password_hash=_dummy["hash"]).check_password(password)
    return False


def login():
    form = LoginForm()
    if form.validate_on_submit():
        username = form.username.data.strip()[:50]
        now = local_now()
        ip = request.remote_addr or ""
        attempt = LoginAttempt.create(ip=ip, username=username, success=False, at=now)
        user = User.get_or_none(User.username == username)
        if _too_many_from(ip, now):
            flash(f"本机登录失败次数过多，请 {IP_WINDOW_MINUTES} 分钟后再试", "error")
        elif not _reserve_try(user, username, now):
            flash(LOCKED_MESSAGE, "error")
        elif _password_matches(user, form.password.data):
            User.update(failed_logins=0, locked_until=None).where(User.id == user.id).execute()
            LoginAttempt.update(success=True).where(LoginAttempt.id == attempt.id).execute()
            login_user(user)
            session[SESSION_VERSION_KEY] = user.session_version
            return redirect(safe_next(request.args.get("next")))
        else:
            _record_failure(user, now)
            flash("用户名或密码错误", "error")
    return render_template("login.html", form=form)


def end_other_sessions(user):
    """Raise the user's session version: every session stamped earlier is over. Returns it."""
    User.update(session_version=User.session_version + 1).where(User.id == user.id).execute()
    version = User.select(User.session_version).where(User.id == user.id).scalar()
    user.session_version = version
    return version


@login_required
def logout():
    # Ends this session and every copy of its cookie (and the user's other sessions).
    end_other_sessions(current_user)
    logout_user()
    session.pop(SESSION_VERSION_KEY, None)
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
            User.update(password_hash=_hashed(form.new.data)).where(User.id == current_user.id).execute()
            session[SESSION_VERSION_KEY] = end_other_sessions(current_user)  # this session stays
            flash("密码已修改，其他设备上的登录已退出", "success")
            return redirect(url_for("admin.index"))
    return render_template("admin/change_password.html", form=form, end_form=FlaskForm())


@login_required
def end_sessions():
    """「退出其他设备」: every other session of this user ends; this one stays."""
    if FlaskForm().validate_on_submit():
        session[SESSION_VERSION_KEY] = end_other_sessions(current_user)
        flash("已退出其他设备上的登录", "success")
    return redirect(url_for("change_password"))


def _hashed(password):
    probe = User()
    probe.set_password(password)
    return probe.password_hash


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
