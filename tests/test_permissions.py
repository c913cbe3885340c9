"""Who reaches what: every admin URL needs a login, each role reaches exactly what docs/RULES.md § Roles
allows (screens, steps, bulk actions, exports, other units' orders), and every POST
without a CSRF token is refused."""

import re

import pytest

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
        if rule.rule in ("/login",):
            continue
        yield rule


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
