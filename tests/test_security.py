"""Issue 12: `next` stays on the site, numbers out of range never reach the database (400/404,
never 500), and every response carries the security headers (docs/RULES.md § Security)."""

import re

import pytest

from models import Brief, HarassmentFlag, Notice, WorkOrder
from security import MAX_DB_INT, is_local_path
from tests.conftest import PASSWORD, csrf_token
from tests.factories import make_department, make_order, make_user
from tests.screens import order_in, post

HUGE = "99999999999999999999"

# --- next -------------------------------------------------------------------------------

BAD_TARGETS = [
    "//evil.example/x",
    "/\t/evil.example/steal",
    "/\r\n/x",
    "/\n/evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "http://evil.example/",
    "https:evil.example",
    "javascript:alert(1)",
    "evil.example/x",
    "/ /evil.example",
    "/\u200b/evil.example",
    "/\x7f/evil.example",
    "",
]


@pytest.mark.parametrize("target", BAD_TARGETS)
def test_only_local_paths_are_local(target):
    assert not is_local_path(target)


@pytest.mark.parametrize("target", ["/admin/", "/admin/orders/?flt0_0=NEW&page=2", "/admin/portal/?tab=超期"])
def test_local_paths_are_followed(target):
    assert is_local_path(target)


@pytest.mark.parametrize("raw", ["/%09/evil.example/steal", "/%0d%0a/x", "//evil.example/x", "/%5Cevil.example"])
def test_login_next_never_leaves_the_site_nor_fails(client, raw):
    user = make_user("operator", password=PASSWORD)
    token = csrf_token(client)
    response = client.post(
        f"/login?next={raw}", data={"username": user.username, "password": PASSWORD, "csrf_token": token}
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/"


@pytest.mark.parametrize("target", ["/\t/evil.example/steal", "/\r\n/x", "//evil.example", "/\\evil.example"])
def test_step_form_next_never_leaves_the_site(client, login_as, target):
    login_as("supervisor")
    order = order_in("DISPATCHED")
    response = post(client, "/admin/orders/step/sign/", {"id": order.id, "next": target})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/admin/orders/details/?id={order.id}"
    assert WorkOrder.get_by_id(order.id).status == "ACCEPTED"
    ok = post(client, "/admin/orders/step/reply/", {"id": order.id, "reply": "已处理", "next": "/admin/portal/"})
    assert ok.headers["Location"] == "/admin/portal/"


# --- numbers out of range ---------------------------------------------------------------

MODEL_SCREENS = [
    "departments",
    "categories",
    "topics",
    "holidays",
    "campaigns",
    "missed_calls",
    "cases",
    "users",
    "restricted_numbers",
]
READ_ONLY_SCREENS = ["audit_events", "audit_log"]

# (method, url, form) — every screen that reads an id or a page number from the request.
BAD_NUMBER_REQUESTS = (
    [
        ("GET", f"/admin/orders/details/?id={HUGE}", None),
        ("GET", "/admin/orders/details/?id=abc", None),
        ("GET", f"/admin/orders/?page={HUGE}", None),
        ("GET", "/admin/orders/?page=-1", None),
        ("GET", f"/admin/orders/?flt0_1={HUGE}", None),  # 诉求大类
        ("GET", f"/admin/orders/?flt0_2={HUGE}", None),  # 承办单位
        ("GET", f"/admin/orders/?flt0_3={HUGE}", None),  # 专题
        ("GET", f"/admin/orders/export/csv/?flt0_2={HUGE}", None),
        ("GET", f"/admin/orders/dispatch/?ids={HUGE}", None),
        ("POST", "/admin/orders/dispatch/", {"ids": HUGE}),
        ("POST", "/admin/orders/step/sign/", {"id": HUGE}),
        ("POST", "/admin/orders/action/", {"action": "mark_harassment", "rowid": HUGE}),
        ("GET", f"/admin/briefs/{HUGE}/", None),
        ("GET", f"/admin/briefs/{HUGE}/preview", None),
        ("GET", f"/admin/briefs/{HUGE}/pdf", None),
        ("GET", f"/admin/briefs/{HUGE}/docx", None),
        ("POST", f"/admin/briefs/{HUGE}/save", {}),
        ("POST", f"/admin/briefs/{HUGE}/generate", {}),
        ("POST", f"/admin/briefs/{HUGE}/issue", {}),
        ("POST", f"/admin/harassment-review/{HUGE}/confirm", {}),
        ("POST", "/admin/notices/read", {"notice_id": HUGE}),
        ("POST", "/admin/users/new/", {"username": "x1", "role": "department", "department": HUGE}),
        ("POST", "/admin/users/action/", {"action": "unlock", "rowid": HUGE}),
        ("GET", f"/admin/portal/?page={HUGE}", None),
    ]
    + [("GET", f"/admin/{name}/?page={HUGE}", None) for name in MODEL_SCREENS + READ_ONLY_SCREENS]
    + [("GET", f"/admin/{name}/edit/?id={HUGE}", None) for name in MODEL_SCREENS]
    + [("POST", f"/admin/{name}/delete/", {"id": HUGE}) for name in MODEL_SCREENS]
)


@pytest.fixture
def no_propagation(app):
    # A 500 must come back as a response, as it would in production, not as a test error.
    app.config["PROPAGATE_EXCEPTIONS"] = False
    return app


@pytest.mark.parametrize("method,url,form", BAD_NUMBER_REQUESTS, ids=[f"{m} {u}" for m, u, _ in BAD_NUMBER_REQUESTS])
def test_numbers_out_of_range_are_400_or_404(no_propagation, client, login_as, method, url, form):
    login_as("supervisor")
    order = make_order()
    Brief.create(period="2020Q1")
    if method == "GET":
        response = client.get(url)
    else:
        response = post(client, url, form)
    assert response.status_code in (400, 404), f"{method} {url} → {response.status_code}"
    assert WorkOrder.get_by_id(order.id).status == "NEW" and not WorkOrder.get_by_id(order.id).is_harassment


PARAMS = ["id", "rowid", "ids", "page", "page_size", "notice_id", "department", "category", "subcategory"]
PARAMS += [f"flt0_{i}" for i in range(8)]


@pytest.mark.parametrize("bad", [HUGE, "abc"])
def test_crawl_every_url_with_huge_numbers_never_fails(no_propagation, client, login_as, bad):
    """Every route × every id/page/filter parameter (and huge numbers in the path): never a 500
    (on PostgreSQL a text where an id belongs is a database error too)."""
    login_as("supervisor")
    order = make_order()
    make_department()
    Brief.create(period="2020Q1")
    HarassmentFlag.create(order=order, phone=order.caller_phone)
    Notice.create(text="x")
    failures, tried = [], 0
    for rule in no_propagation.url_map.iter_rules():
        if rule.endpoint.endswith("static") or rule.rule == "/logout":
            continue
        fixed = {"step": "sign", "export_type": "csv", "decision": "confirm", "job_id": "x", "filename": "x"}
        url = rule.rule
        for arg in rule.arguments:
            url = re.sub(rf"<(?:[^:<>]+:)?{arg}>", fixed.get(arg, HUGE), url)
        for method in sorted(rule.methods & {"GET", "POST"}):
            for param in [None, *PARAMS]:
                data = {param: bad} if param else {}
                tried += 1
                if method == "GET":
                    response = client.get(url, query_string=data)
                else:
                    response = post(client, url, {"id": order.id, "rowid": order.id, "action": "x", **data})
                if response.status_code >= 500:
                    failures.append(f"{method} {url} {param} → {response.status_code}")
    assert tried > 500
    assert not failures, "\n".join(failures)


def test_a_filter_value_that_is_no_option_is_dropped(client, login_as):
    login_as("supervisor")
    make_order()
    response = client.get("/admin/orders/?flt0_2=abc")  # 承办单位 = "abc"
    assert response.status_code == 200
    assert (
        post(client, "/admin/users/new/", {"username": "x1", "role": "operator", "department": "abc"}).status_code
        == 400
    )


def test_largest_database_id_is_still_an_id(client, login_as):
    login_as("supervisor")
    assert client.get(f"/admin/orders/details/?id={MAX_DB_INT}").status_code == 404
    assert client.get(f"/admin/briefs/{MAX_DB_INT}/").status_code == 404
    assert client.get(f"/admin/orders/?page={10**6}").status_code == 200


# --- headers ----------------------------------------------------------------------------


def _assert_headers(response):
    csp = response.headers.get("Content-Security-Policy", "")
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("style-src-attr")[0]  # no inline script or <style>
    assert "'unsafe-eval'" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_every_response_carries_the_security_headers(client, login_as):
    for url in ("/login", "/", "/admin/", "/static/css/hotline.css", "/no-such-page"):
        _assert_headers(client.get(url))
    login_as("leader")
    for url in ("/admin/", "/admin/orders/", "/admin/briefs/", "/admin/orders/export/csv/", "/account/password"):
        _assert_headers(client.get(url))


def test_each_response_gets_its_own_style_nonce(client, login_as):
    login_as("supervisor")
    brief = Brief.create(period="2020Q1")
    first = client.get(f"/admin/briefs/{brief.id}/preview")
    second = client.get(f"/admin/briefs/{brief.id}/preview")
    nonces = []
    for response in (first, second):
        nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
        assert f'<style nonce="{nonce}">' in response.get_data(as_text=True)
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_the_brief_pdf_may_be_framed_only_by_our_own_pages(app, client, login_as, tmp_path):
    login_as("supervisor")
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    brief = Brief.create(period="2020Q1", pdf_path=str(pdf))
    response = client.get(f"/admin/briefs/{brief.id}/pdf")
    assert response.status_code == 200
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert response.headers["Content-Security-Policy"] == "frame-ancestors 'self'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_cookies_are_secure_only_in_production(app, monkeypatch, database_url):
    from app import create_app

    assert app.config["SESSION_COOKIE_SECURE"] is False  # tests and development run over http
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "a-real-secret-for-the-test")
    production = create_app({"DATABASE_URL": database_url})
    assert production.config["SESSION_COOKIE_SECURE"] is True
    assert production.config["REMEMBER_COOKIE_SECURE"] is True
