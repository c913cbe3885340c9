"""Who reaches what: every admin URL needs a login, each role reaches exactly what docs/RULES.md § Roles
allows (screens, steps, bulk actions, exports, other units' orders), and every POST
without a CSRF token is refused."""

import re

import pytest

import workflow
from models import OrderEvent, User, WorkOrder
from tests.factories import make_department, make_order, make_user
from tests.screens import listed_case_numbers, order_in, post

ROLES = ("operator", "department", "supervisor", "leader")


def _sample_url(rule):
    values = {}
    for arg in rule.arguments:
        values[arg] = {"step": "sign", "export_type": "csv", "filename": "x"}.get(arg, "1")
    url = rule.rule
    for arg, value in values.items():
        url = re.sub(rf"<(?:[^:<>]+:)?{arg}>", value, url)
    return url


def _protected_rules(app):
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or rule.endpoint.endswith(".static"):
            continue
        if rule.rule in ("/login",) or rule.rule in PUBLIC or rule.rule.startswith(API_PREFIX):
            continue
        yield rule


# Reached without a login on purpose: the callers' 工单查询 page, and the intake API, whose
# credential is its key (tests/test_api.py; here: no key, no answer but the public ones).
PUBLIC = ("/lookup",)
API_PREFIX = "/api/v1/"
API_PUBLIC = ("/api/v1/services", "/api/v1/openapi.json")


def test_public_page_and_api_need_no_login_and_the_api_a_key(app, client):
    assert client.get("/lookup").status_code == 200
    api_rules = [r for r in app.url_map.iter_rules() if r.rule.startswith(API_PREFIX)]
    assert len(api_rules) >= 4
    for rule in api_rules:
        url = _sample_url(rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(url, method=method, json={})
            expected = 200 if rule.rule in API_PUBLIC else 401
            assert response.status_code == expected, f"{method} {url} → {response.status_code}"
            assert "Set-Cookie" not in response.headers


def test_every_admin_url_sends_anonymous_visitors_to_login(app, client):
    rules = list(_protected_rules(app))
    assert len(rules) > 40  # the crawl really covers the screens
    for rule in rules:
        url = _sample_url(rule)
        method = "GET" if "GET" in rule.methods else "POST"
        if method == "POST":
            response = post(client, url)
        else:
            response = client.get(url)
        if rule.rule == "/":
            assert response.status_code == 302
            continue
        assert response.status_code == 302, f"{method} {url} → {response.status_code}"
        assert "/login" in response.headers["Location"], f"{url} → {response.headers['Location']}"


def test_every_post_without_csrf_token_is_refused(app, client, login_as):
    login_as("supervisor")
    order = make_order()
    for rule in _protected_rules(app):
        if "POST" not in rule.methods:
            continue
        url = _sample_url(rule)
        response = client.post(url, data={"id": order.id, "action": "mark_harassment", "rowid": order.id})
        assert response.status_code == 400, f"POST {url} without token → {response.status_code}"
        assert "CSRF" in response.get_data(as_text=True)
    assert WorkOrder.get_by_id(order.id).status == "NEW"
    # The login form itself is protected too.
    client.post("/logout", data={})
    assert client.post("/login", data={"username": "x", "password": "y"}).status_code == 400


# --- screens (GET) -------------------------------------------------------------------------

OFFICE = {"operator", "supervisor"}
READERS = {"supervisor", "leader"}
SCREENS = [
    ("/admin/orders/", set(ROLES)),
    ("/admin/orders/export/csv/", set(ROLES)),
    ("/admin/orders/new/", OFFICE),
    ("/admin/orders/by-phone/?phone=13812345678", OFFICE),
    ("/admin/portal/", {"department"}),
    ("/admin/departments/", READERS),
    ("/admin/departments/new/", {"supervisor"}),
    ("/admin/categories/", READERS),
    ("/admin/categories/new/", {"supervisor"}),
    ("/admin/topics/", READERS),
    ("/admin/holidays/", READERS),
    ("/admin/holidays/new/", {"supervisor"}),
    ("/admin/holidays/import/", READERS),
    ("/admin/campaigns/", READERS),
    ("/admin/missed_calls/", READERS),
    ("/admin/cases/", READERS),
    ("/admin/cases/new/", {"supervisor"}),
    ("/admin/users/", {"supervisor"}),
    ("/admin/users/new/", {"supervisor"}),
    ("/admin/audit_events/", {"supervisor"}),
    ("/admin/audit_log/", {"supervisor"}),
    ("/admin/harassment-review/", {"supervisor"}),
    ("/admin/harassment-review/number/13812345678", {"supervisor"}),
    ("/account/password", set(ROLES)),
    ("/admin/api_keys/", {"supervisor"}),
    ("/admin/api_calls/", {"supervisor"}),
    ("/admin/scorecard/", OFFICE | READERS),
    ("/admin/scorecard/export.xlsx", OFFICE | READERS),
    ("/admin/scorecard/exclusions/", OFFICE | READERS),
    ("/admin/scorecard/settings/", {"supervisor"}),
    ("/admin/supervision/", READERS),
    ("/admin/my-scorecard/", {"department"}),
    ("/admin/kb/", set(ROLES)),
    ("/admin/kb/new/", {"supervisor", "department"}),
    ("/admin/kb-upkeep/", {"supervisor", "department"}),
    ("/admin/kb-suggest/?q=口罩", OFFICE),
]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path,allowed", SCREENS, ids=[s[0] for s in SCREENS])
def test_screen_access_matrix(client, login_as, role, path, allowed):
    login_as(role)
    response = client.get(path)
    assert response.status_code == (200 if role in allowed else 403), response.status_code


@pytest.mark.parametrize("role", ROLES)
def test_home_page(client, login_as, role):
    login_as(role)
    response = client.get("/admin/")
    if role == "department":
        assert response.status_code == 302 and response.headers["Location"].endswith("/admin/portal/")
    else:
        assert response.status_code == 200


# --- rows: a department account reaches only its own unit's orders ---------------------------


@pytest.fixture
def units():
    return make_department("本单位"), make_department("其他单位")


@pytest.mark.parametrize("role", ROLES)
def test_order_detail_and_dispatch_page_by_unit(client, login_as, units, role):
    own, other = units
    mine = order_in("DISPATCHED", unit=own)
    theirs = order_in("DISPATCHED", unit=other)
    login_as(role, department=own) if role == "department" else login_as(role)
    assert client.get(f"/admin/orders/details/?id={mine.id}").status_code == 200
    expected = 404 if role == "department" else 200
    assert client.get(f"/admin/orders/details/?id={theirs.id}").status_code == expected


def test_department_list_and_export_hold_only_own_orders(client, login_as, units):
    own, other = units
    mine = order_in("DISPATCHED", unit=own)
    theirs = order_in("DISPATCHED", unit=other)
    new = make_order()
    login_as("department", department=own)
    listing = listed_case_numbers(client.get("/admin/orders/").get_data(as_text=True))
    assert listing == [mine.case_no] and new.case_no != mine.case_no
    export = client.get("/admin/orders/export/csv/").get_data(as_text=True)
    assert mine.case_no in export and theirs.case_no not in export
    search = client.get(f"/admin/orders/?search={theirs.case_no}").get_data(as_text=True)
    assert listed_case_numbers(search) == []


# --- steps (POST with token) -----------------------------------------------------------------

OFFICE_STEPS = {
    "close_online": ("NEW", {"reply": "已告知"}),
    "mark_harassment": ("NEW", {}),
    "reject": ("NEW", {"reason": "要素不全"}),
    "resolve": ("REPLIED", {}),
    "reopen": ("REPLIED", {"reason": "答复不全面"}),
    "record_callback": ("REPLIED", {"result": "满意"}),
    "decide_extension": ("EXTENSION", {"approve": "1"}),
}
UNIT_STEPS = {
    "sign": ("DISPATCHED", {}),
    "reply": ("ACCEPTED", {"reply": "已维修"}),
    "request_extension": ("DISPATCHED", {"days": "3", "reason": "需协调"}),
    "return_order": ("DISPATCHED", {"reason": "不属本单位职责"}),
}
STEP_MATRIX = [(s, state, data, OFFICE) for s, (state, data) in OFFICE_STEPS.items()] + [
    (s, state, data, {"department", "supervisor"}) for s, (state, data) in UNIT_STEPS.items()
]


def _events(order):
    return OrderEvent.select().where(OrderEvent.order == order.id).count()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("step,state,data,allowed", STEP_MATRIX, ids=[m[0] for m in STEP_MATRIX])
def test_step_matrix(client, login_as, units, role, step, state, data, allowed):
    own, _other = units
    order = order_in(state, unit=own)
    before = _events(order)
    login_as(role, department=own) if role == "department" else login_as(role)
    response = post(client, f"/admin/orders/step/{step}/", {"id": order.id, **data})
    if role in allowed:
        assert response.status_code == 302
        assert _events(order) == before + 1, "the step went through workflow.py"
    else:
        assert response.status_code == 403
        assert _events(order) == before


@pytest.mark.parametrize("step", list(UNIT_STEPS))
def test_department_cannot_act_on_another_units_order(client, login_as, units, step):
    own, other = units
    state, data = UNIT_STEPS[step]
    theirs = order_in(state, unit=other)
    before = (_events(theirs), WorkOrder.get_by_id(theirs.id).status)
    login_as("department", department=own)
    response = post(client, f"/admin/orders/step/{step}/", {"id": theirs.id, **data})
    assert response.status_code == 404
    assert (_events(theirs), WorkOrder.get_by_id(theirs.id).status) == before


@pytest.mark.parametrize("role", ROLES)
def test_dispatch_page_and_bulk_actions_by_role(client, login_as, units, role):
    own, _ = units
    order = make_order()
    login_as(role, department=own) if role == "department" else login_as(role)
    confirm = post(
        client,
        "/admin/orders/dispatch/",
        {"ids": str(order.id), "department": own.id, "urgency": "一般", "confirm": "1"},
    )
    bulk = post(client, "/admin/orders/action/", {"action": "mark_harassment", "rowid": [str(order.id)]})
    order = WorkOrder.get_by_id(order.id)
    if role in OFFICE:
        assert confirm.status_code == 302 and bulk.status_code == 302
        assert order.status == "DISPATCHED"  # dispatched first; harassment then refused
    else:
        assert confirm.status_code == 403 and bulk.status_code == 403
        assert order.status == "NEW" and not order.is_harassment


@pytest.mark.parametrize("role", ["operator", "leader", "department"])
def test_only_supervisors_change_reference_data(client, login_as, role):
    unit = make_department("县住建局")
    login_as(role)
    create = post(client, "/admin/departments/new/", {"name": "新单位", "kind": "县直部门"})
    delete = post(client, "/admin/departments/delete/", {"id": unit.id})
    assert create.status_code == 403 and delete.status_code == 403
    users = post(client, "/admin/users/new/", {"username": "x1", "role": "supervisor", "password": "p" * 10})
    assert users.status_code == 403
    assert not User.select().where(User.username == "x1").exists()


def test_orders_are_never_deleted_or_edited_through_the_screen(client, login_as):
    login_as("supervisor")
    order = make_order()
    post(client, "/admin/orders/delete/", {"id": order.id})
    response = client.get(f"/admin/orders/edit/?id={order.id}")
    assert response.status_code in (302, 403)
    assert WorkOrder.get_or_none(WorkOrder.id == order.id) is not None


def test_leader_sees_no_step_buttons(client, login_as):
    order = make_order()
    login_as("leader")
    html = client.get(f"/admin/orders/details/?id={order.id}").get_data(as_text=True)
    assert "/step/" not in html and "当前没有可执行的操作" in html


def test_operator_sees_step_buttons(client, login_as):
    order = make_order()
    login_as("operator")
    html = client.get(f"/admin/orders/details/?id={order.id}").get_data(as_text=True)
    assert "/step/close_online/" in html and "/dispatch/" in html
    assert make_user("operator")  # a second operator does not change the page


# --- the crawl on demo data: masked accounts never read a caller's number or name --------------
#
# docs/RULES.md § Masking of personal data. The demo quarter (flask demo) plus a few orders whose
# free texts carry personal data the way callers give it; then every GET URL of the app, with real
# ids, searches and both export types, as every role. Department and leader accounts' responses
# (HTML, CSV, XLSX, DOCX) may not contain any full caller phone number or caller name of the data.

LEAKY_TEXTS = (
    ("姜小明", "13812345678", "我是姜小明，电话13812345678，请回电"),
    ("欧阳明月", "07434721234", "我叫欧阳明月，座机0743-4721234，身份证433130199001011234"),
    ("向东升", "13977778888", "来电人向东升反映门口积水，手机139-7777-8888"),
)
OTHER_SECRETS = ("433130199001011234", "0743-4721234", "139-7777-8888")


@pytest.fixture(scope="module")
def demo_site(pg_schema_url, tmp_path_factory):
    """The demo quarter loaded once for the crawl, with orders whose free texts carry personal
    data, a 受限号码, a 未接来电 with a note, a staff-written case text and a brief that shows names."""
    import datetime as dt
    import os

    from app import create_app
    from brief.content import DRAFT
    from demo.loader import load_demo
    from models import ALL_MODELS, Brief, Callback, CaseStudy, Department, MissedCall, RestrictedNumber, db, init_db
    from schema import create_or_upgrade
    from tests.conftest import PASSWORD

    url = pg_schema_url or f"sqlite:///{tmp_path_factory.mktemp('crawl') / 'hotline.db'}"
    config = {"TESTING": True, "SECRET_KEY": "test-secret", "DATABASE_URL": url,
              "REDIS_URL": os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15"),
              "BRIEF_DIR": str(tmp_path_factory.mktemp("briefs"))}  # fmt: skip
    app = create_app(config)
    with app.app_context(), db.connection_context():
        db.drop_tables(ALL_MODELS, safe=True, **({"cascade": True} if url.startswith("postgres") else {}))
        create_or_upgrade()
        load_demo()
        unit = Department.get(Department.name == "县住建局")
        actor = make_user("supervisor")
        leaky = []
        for i, (name, phone, content) in enumerate(LEAKY_TEXTS):
            # Own numbers: make_order's default ones follow a counter every test shares, and
            # could meet a demo order's number whenever the tests before this one change.
            order = order_in("ACCEPTED", unit=unit, caller_name=name, caller_phone=phone, content=content,
                             case_no=f"2020999{i:04d}", received_at=dt.datetime(2020, 3, 30, 9, i))  # fmt: skip
            workflow.reply(order, f"已电话联系{name}（{phone}）并处理", actor=actor)
            workflow.resolve(order, note=f"{name}同意办结", actor=actor)
            Callback.create(order=order, called_at=dt.datetime(2020, 3, 31, 9), result="满意", note=f"{name}满意")
            CaseStudy.create(order=order, period="2020Q1", section="案例摘选", position=100 + i,
                             text=f"{content}。{name}表示感谢。" if i == 0 else "")  # fmt: skip
            leaky.append(order)
        RestrictedNumber.create(phone="13900001234", reason="反复辱骂，自称向东升，回拨13900001234")
        MissedCall.create(at=dt.datetime(2020, 3, 1, 8), phone="13812345678", note="姜小明回拨未接通，另留13911112222")
        brief = Brief.create(period="2020Q1", version=1, status=DRAFT, show_personal_data=True)
        users = {role: make_user(role, password=PASSWORD, **({"department": unit} if role == "department" else {}))
                 for role in ROLES}  # fmt: skip
        secrets_names = {
            n.strip() for (n,) in WorkOrder.select(WorkOrder.caller_name).tuples() if n and len(n.strip()) >= 2
        }
        phones = {p.strip() for (p,) in WorkOrder.select(WorkOrder.caller_phone).tuples() if p and len(p.strip()) >= 7}
        phones |= {"13900001234", "13911112222"}
        # A staff member who shares a caller's name (the demo operator 彭丽) is shown as who took a step.
        secrets_names -= {u.display_name for u in User.select() if u.display_name}
        ids = {"brief": brief.id, "orders": [o.id for o in leaky] + [o.id for o in WorkOrder.select().limit(3)]}
    yield {"app": app, "url": url, "users": users, "names": secrets_names, "phones": phones, "ids": ids}
    init_db(url)


def _leaks(text, names, phones):
    """The callers' full names and numbers found in a response's text."""
    import re

    found = {p for p in re.findall(r"\d{7,}", text) if p in phones}
    found |= {s for s in OTHER_SECRETS if s in text}
    for i in range(len(text) - 1):
        for size in (2, 3, 4):
            if text[i : i + size] in names:
                found.add(text[i : i + size])
    return sorted(found)


def _readable(response):
    """A response as text: HTML and CSV as they are, XLSX cells and DOCX paragraphs joined."""
    import io

    mimetype = response.mimetype or ""
    if mimetype.endswith("spreadsheetml.sheet"):
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(response.data), read_only=True)
        return "\n".join(str(c) for row in book.active.iter_rows(values_only=True) for c in row if c is not None)
    if mimetype.endswith("wordprocessingml.document"):
        from docx import Document

        document = Document(io.BytesIO(response.data))
        cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if mimetype.startswith("text/") or mimetype.endswith("json"):
        return response.get_data(as_text=True)
    return ""


def _crawl_urls(app, ids, names_to_search):
    """Every GET URL of the app with real ids: details and edit pages of a row of each model
    view, the orders with personal data in them, searches, both export types, the brief."""
    from flask_admin.contrib.peewee import ModelView

    admin = app.extensions["admin"][0]
    views = {v.endpoint: v for v in admin._views}
    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static" or rule.endpoint.endswith(".static"):
            continue
        if rule.rule == "/login":
            continue
        endpoint, _, name = rule.endpoint.partition(".")
        view = views.get(endpoint)
        if "<export_type>" in rule.rule:
            urls += [rule.rule.replace("<export_type>", t) for t in ("csv", "xlsx")]
            continue
        url = rule.rule.replace("<int:brief_id>", str(ids["brief"]))
        if isinstance(view, ModelView) and name in ("details_view", "edit_view"):
            if endpoint == "orders":
                urls += [f"{url}?id={i}" for i in ids["orders"]]
            else:
                first = view.model.select().first()
                urls.append(f"{url}?id={first.id if first else 1}")
            continue
        if isinstance(view, ModelView) and name == "index_view":
            urls.append(url)
            urls += [f"{url}?search={term}" for term in names_to_search]
            continue
        if name == "ajax_lookup":
            urls.append(f"{url}?name=order&query=2020")
            continue
        if endpoint == "orders" and name == "by_phone_view":
            urls.append(f"{url}?phone=13812345678")
            continue
        urls.append(url)
    for tab in ("todo", "doing", "soon", "overdue", "replied"):
        urls.append(f"/admin/portal/?tab={tab}")
    return urls


@pytest.mark.parametrize("role", ROLES)
def test_crawl_on_demo_data_masked_accounts_never_read_personal_data(demo_site, role):
    from urllib.parse import quote

    from models import init_db
    from tests.conftest import PASSWORD, csrf_token

    app = demo_site["app"]
    init_db(demo_site["url"])  # other tests' fixtures may have pointed the proxy elsewhere
    client = app.test_client()
    if True:  # the client's requests open and close their own connections
        user = demo_site["users"][role]
        response = client.post(
            "/login", data={"username": user.username, "password": PASSWORD, "csrf_token": csrf_token(client)}
        )
        assert response.status_code == 302
        searches = ["姜小明", "小明", "13812345678", "1381234", "电话13812345678", "欧阳明月", "向东升", "1390000"]
        urls = _crawl_urls(app, demo_site["ids"], searches)
        assert len(urls) > 120  # the crawl covers the screens, their rows, searches and exports
        masked = role in ("department", "leader")
        checked = 0
        for url in urls:
            response = client.get(url)
            assert response.status_code < 500, f"{role} GET {url} → {response.status_code}"
            if response.status_code == 200 and masked:
                text = _readable(response)
                if "search=" in url:  # the page shows back (box, links) what this user typed: not the site's data
                    typed = url.split("search=", 1)[1]
                    text = text.replace(typed, "").replace(quote(typed), "")
                    text = text.replace(quote(quote(typed)), "")  # inside a return url (创建 on 知识)
                leaks = _leaks(text, demo_site["names"], demo_site["phones"])
                assert leaks == [], f"{role} GET {url} shows {leaks[:5]}"
                checked += bool(text)
        if masked:
            assert checked >= 10
        # The searches found nothing by personal data for masked accounts.
        for term in searches:
            found = listed_case_numbers(client.get(f"/admin/orders/?search={term}").get_data(as_text=True))
            assert (found == []) if masked else True, (role, term, found)
        if role == "supervisor":  # the data really is there: unmasked roles see it
            text = client.get("/admin/orders/export/csv/").get_data(as_text=True)
            assert "姜小明" in text and "13812345678" in text
            assert listed_case_numbers(client.get("/admin/orders/?search=姜小明").get_data(as_text=True))
