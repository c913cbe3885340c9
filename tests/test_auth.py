"""Login, lockout, rate limit per address, change of one's own password, logout, cookies."""

import pytest

from app import create_app
from auth import MAX_FAILED_LOGINS, MAX_FAILED_PER_IP
from models import User
from tests.conftest import PASSWORD, csrf_token
from tests.factories import make_user
from tests.screens import post


def _login(client, username, password):
    return client.post("/login", data={"username": username, "password": password, "csrf_token": csrf_token(client)})


def test_login_lands_on_home_and_sets_safe_cookie(client):
    user = make_user("operator", password=PASSWORD)
    response = _login(client, user.username, PASSWORD)
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert client.get("/admin/").status_code == 200


def test_wrong_password_is_refused_in_chinese(client):
    user = make_user("operator", password=PASSWORD)
    response = _login(client, user.username, "wrong-password")
    assert response.status_code == 200
    assert "用户名或密码错误" in response.get_data(as_text=True)
    assert client.get("/admin/").status_code == 302


def test_account_locks_after_repeated_failures(client):
    user = make_user("operator", password=PASSWORD)
    for _ in range(MAX_FAILED_LOGINS):
        _login(client, user.username, "wrong-password")
    response = _login(client, user.username, PASSWORD)
    assert response.status_code == 200
    assert "锁定" in response.get_data(as_text=True)
    assert User.get_by_id(user.id).locked_until is not None


def test_failed_logins_are_limited_per_address(app, client):
    assert MAX_FAILED_PER_IP >= 100  # an office behind one address is not locked out by its typos
    app.config["LOGIN_MAX_FAILED_PER_ADDRESS"] = limit = 20
    users = [make_user("operator", password=PASSWORD) for _ in range(3)]
    for attempt in range(limit):
        _login(client, users[attempt % 3].username, "wrong-password")
    fresh = make_user("leader", password=PASSWORD)
    response = _login(client, fresh.username, PASSWORD)
    assert response.status_code == 200
    assert "本机登录失败次数过多" in response.get_data(as_text=True)


def test_next_parameter_never_leaves_the_site(client):
    user = make_user("operator", password=PASSWORD)
    token = csrf_token(client)
    response = client.post(
        "/login?next=//evil.example/x", data={"username": user.username, "password": PASSWORD, "csrf_token": token}
    )
    assert response.headers["Location"] == "/admin/"


def test_logout_needs_post_with_token(client, login_as):
    login_as("operator")
    assert client.get("/logout").status_code == 405
    assert client.post("/logout").status_code == 400
    assert post(client, "/logout").status_code == 302
    assert client.get("/admin/").status_code == 302


@pytest.mark.parametrize(
    "current,new,confirm,message",
    [
        ("wrong-password", "new-password-1", "new-password-1", "当前密码不正确"),
        (PASSWORD, "short", "short", "新密码至少 8 位"),
        (PASSWORD, "new-password-1", "new-password-2", "两次输入的新密码不一致"),
        (PASSWORD, PASSWORD, PASSWORD, "新密码不能与当前密码相同"),
    ],
)
def test_change_password_refuses_bad_input(client, login_as, current, new, confirm, message):
    user = login_as("department")
    response = post(client, "/account/password", {"current": current, "new": new, "confirm": confirm})
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert User.get_by_id(user.id).check_password(PASSWORD)


def test_change_password(client, login_as):
    user = login_as("leader")
    response = post(
        client, "/account/password", {"current": PASSWORD, "new": "new-password-1", "confirm": "new-password-1"}
    )
    assert response.status_code == 302
    stored = User.get_by_id(user.id)
    assert stored.password_hash.startswith("$argon2") and stored.check_password("new-password-1")
    post(client, "/logout")
    assert _login(client, user.username, PASSWORD).status_code == 200
    assert _login(client, user.username, "new-password-1").status_code == 302


def test_production_cookies_are_https_only(monkeypatch, database_url):
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "a-real-secret-for-the-test")
    app = create_app({"DATABASE_URL": database_url})
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["REMEMBER_COOKIE_SECURE"] is True
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True


def test_behind_a_proxy_the_callers_address_is_used(database_url):
    from app import create_app

    seen = {}
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "DATABASE_URL": database_url, "PROXIES": 1})

    @app.route("/_addr")
    def _addr():
        from flask import request

        seen["addr"] = request.remote_addr
        return "ok"

    app.test_client().get("/_addr", headers={"X-Forwarded-For": "10.1.2.3"})
    assert seen["addr"] == "10.1.2.3"
    plain = create_app({"TESTING": True, "SECRET_KEY": "x", "DATABASE_URL": database_url})
    plain.add_url_rule("/_addr", "_addr", _addr)
    plain.test_client().get("/_addr", headers={"X-Forwarded-For": "10.1.2.3"})
    assert seen["addr"] != "10.1.2.3"
