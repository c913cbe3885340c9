"""Issue 12: login limits that hold under parallel requests, the same answer and time for
unknown and existing names, an address limit that does not lock an office out, and sessions
that end on the server (logout, password change, 退出其他设备) — docs/RULES.md § Security."""

import http.client
import re
import statistics
import threading
import time
import urllib.parse

import pytest
from werkzeug.serving import make_server

from auth import LOCKED_MESSAGE, MAX_FAILED_LOGINS
from models import LoginAttempt, User
from tests.conftest import PASSWORD, csrf_token
from tests.factories import make_user
from tests.screens import post


@pytest.fixture
def server(app):
    """The app on a real threaded HTTP server (each request on its own thread and connection)."""
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_port
    httpd.shutdown()
    thread.join(5)


class Browser:
    """One visitor: its own cookie and CSRF token, plain http.client."""

    def __init__(self, port):
        self.port = port
        self.cookie = ""

    def request(self, method, path, form=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        body = urllib.parse.urlencode(form) if form is not None else None
        headers = {"Cookie": self.cookie} if self.cookie else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        text = response.read().decode("utf-8")
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        conn.close()
        return response.status, text

    def token(self):
        _, html = self.request("GET", "/login")
        return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)


def test_forty_parallel_wrong_passwords_check_at_most_five_and_lock(app, server):
    user = make_user("operator", password=PASSWORD)
    browsers = [Browser(server) for _ in range(40)]
    tokens = [b.token() for b in browsers]
    start = threading.Barrier(len(browsers))
    answers = [None] * len(browsers)

    def attempt(i):
        start.wait()
        form = {"username": user.username, "password": f"wrong-{i}", "csrf_token": tokens[i]}
        answers[i] = browsers[i].request("POST", "/login", form)

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(len(browsers))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert all(a and a[0] == 200 for a in answers)
    wrong = sum("用户名或密码错误" in text for _, text in answers)
    locked = sum(LOCKED_MESSAGE in text for _, text in answers)
    assert wrong <= MAX_FAILED_LOGINS and wrong + locked == len(browsers), (wrong, locked)
    assert User.get_by_id(user.id).locked_until is not None
    # The lock holds: the right password is refused now.
    b = Browser(server)
    status, text = b.request(
        "POST", "/login", {"username": user.username, "password": PASSWORD, "csrf_token": b.token()}
    )
    assert status == 200 and LOCKED_MESSAGE in text


def _login(client, username, password):
    return client.post("/login", data={"username": username, "password": password, "csrf_token": csrf_token(client)})


def _answers(client, username, tries):
    texts, seconds = [], []
    for i in range(tries):
        began = time.perf_counter()
        html = _login(client, username, f"wrong-{i}").get_data(as_text=True)
        seconds.append(time.perf_counter() - began)
        texts.append("locked" if LOCKED_MESSAGE in html else "wrong" if "用户名或密码错误" in html else html)
    return texts, seconds


def test_unknown_and_existing_names_get_the_same_answers_in_about_the_same_time(app, client):
    user = make_user("operator", password=PASSWORD)
    _login(client, "warm-up-name", "x")  # the first dummy check also makes the dummy hash
    LoginAttempt.delete().execute()
    existing, existing_s = _answers(client, user.username, MAX_FAILED_LOGINS + 2)
    unknown, unknown_s = _answers(client, "no-such-user", MAX_FAILED_LOGINS + 2)
    assert existing == unknown == ["wrong"] * MAX_FAILED_LOGINS + ["locked", "locked"]
    # A wrong password costs one argon2 check in both cases (0.33 s against 0.015 s before).
    slow, fast = statistics.median(existing_s[:MAX_FAILED_LOGINS]), statistics.median(unknown_s[:MAX_FAILED_LOGINS])
    assert 0.5 < fast / slow < 2, (slow, fast)


def test_colleagues_behind_one_address_are_not_locked_out(app, client):
    typists = [make_user("operator", password=PASSWORD) for _ in range(10)]
    for user in typists:
        for _ in range(3):  # a morning of typos from one office (one NAT address)
            _login(client, user.username, "typo")
    colleague = make_user("leader", password=PASSWORD)
    assert _login(client, colleague.username, PASSWORD).status_code == 302


def test_an_address_limit_still_stops_a_sweep(app, client):
    app.config["LOGIN_MAX_FAILED_PER_ADDRESS"] = 6
    for i in range(6):
        _login(client, f"guess{i}", "x")
    colleague = make_user("leader", password=PASSWORD)
    response = _login(client, colleague.username, PASSWORD)
    assert response.status_code == 200 and "本机登录失败次数过多" in response.get_data(as_text=True)


# --- sessions ---------------------------------------------------------------------------


def _copy(app, client):
    """A second browser holding a copy of `client`'s session cookie."""
    other = app.test_client()
    other.set_cookie("session", client.get_cookie("session").value)
    return other


def test_logout_ends_every_copy_of_the_session(app, client, login_as):
    login_as("operator")
    stolen = _copy(app, client)
    assert stolen.get("/admin/orders/").status_code == 200
    assert post(client, "/logout").status_code == 302
    assert stolen.get("/admin/orders/").status_code == 302  # sent to the login page
    assert "/login" in stolen.get("/admin/orders/").headers["Location"]


def test_a_password_change_ends_other_sessions_and_keeps_this_one(app, client, login_as):
    user = login_as("department")
    other = _copy(app, client)
    form = {"current": PASSWORD, "new": "new-password-1", "confirm": "new-password-1"}
    assert post(client, "/account/password", form).status_code == 302
    assert client.get("/admin/portal/").status_code == 200
    assert other.get("/admin/portal/").status_code == 302
    assert User.get_by_id(user.id).check_password("new-password-1")


def test_end_other_sessions_button(app, client, login_as):
    login_as("leader")
    html = client.get("/account/password").get_data(as_text=True)
    assert "退出其他设备" in html and 'action="/account/sessions/end"' in html
    other = _copy(app, client)
    assert post(client, "/account/sessions/end").status_code == 302
    assert client.get("/admin/").status_code == 200
    assert other.get("/admin/").status_code == 302
    assert client.post("/account/sessions/end").status_code == 400  # CSRF like every form


def test_a_password_set_by_a_supervisor_ends_the_users_sessions(app, client, login_as):
    target = make_user("operator", password=PASSWORD)
    theirs = app.test_client()
    _login(theirs, target.username, PASSWORD)
    assert theirs.get("/admin/").status_code == 200
    login_as("supervisor")
    form = {"username": target.username, "role": "operator", "active": "y", "password": "reset-password-9"}
    assert post(client, f"/admin/users/edit/?id={target.id}", form).status_code == 302
    assert theirs.get("/admin/").status_code == 302
