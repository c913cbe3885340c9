"""Reference screens: supervisors create, edit and delete through Flask-Admin's forms, every
change lands in the audit trail, users get hashed passwords, and the audit screens show it."""

import json

import workflow
from models import AuditLog, CaseStudy, Category, Department, User
from tests.factories import make_category, make_department, make_order
from tests.screens import post


def _log(model, action):
    return AuditLog.select().where((AuditLog.model == model) & (AuditLog.action == action)).get()


def test_unit_create_edit_delete_are_audited(client, login_as):
    me = login_as("supervisor")
    post(client, "/admin/departments/new/", {"name": "县住建局", "kind": "县直部门", "email": "zjj@example.cn"})
    unit = Department.get(Department.name == "县住建局")
    created = _log("Department", "新建")
    assert created.actor_id == me.id and json.loads(created.changes)["email"] == "zjj@example.cn"
    post(
        client,
        f"/admin/departments/edit/?id={unit.id}",
        {"name": "县住建局", "kind": "县直部门", "email": "new@example.cn"},
    )
    assert json.loads(_log("Department", "修改").changes) == {"email": ["zjj@example.cn", "new@example.cn"]}
    post(client, "/admin/departments/delete/", {"id": unit.id})
    assert Department.get_or_none(Department.id == unit.id) is None
    assert _log("Department", "删除").object_id == str(unit.id)


def test_user_gets_a_hashed_password_and_the_log_hides_it(client, login_as):
    login_as("supervisor")
    unit = make_department("县城管和执法局")
    post(
        client,
        "/admin/users/new/",
        {"username": "cgj", "display_name": "城管联络员", "role": "department", "department": unit.id,
         "password": "secret-pass-1", "active": "y"},
    )  # fmt: skip
    user = User.get(User.username == "cgj")
    assert user.password_hash.startswith("$argon2") and user.check_password("secret-pass-1")
    changes = _log("User", "新建").changes
    assert "secret-pass-1" not in changes and "$argon2" not in changes and "（已设置）" in changes


def test_user_form_refuses_bad_combinations_in_chinese(client, login_as):
    login_as("supervisor")
    html = post(
        client, "/admin/users/new/", {"username": "u1", "role": "department", "password": "secret-pass-1"}
    ).get_data(as_text=True)
    assert "成员单位账号必须选择所属单位" in html
    html = post(client, "/admin/users/new/", {"username": "u2", "role": "operator", "password": "short"}).get_data(
        as_text=True
    )
    assert "密码至少 8 位" in html
    assert User.select().where(User.username.in_(["u1", "u2"])).count() == 0
    assert AuditLog.select().count() == 0


def test_categories_have_two_levels(client, login_as):
    login_as("supervisor")
    top = make_category("城市管理市容类")
    sub = make_category("路灯", parent=top)
    html = client.get("/admin/categories/new/").get_data(as_text=True)
    parent_select = html.split('id="parent"')[1].split("</select>")[0]
    assert "城市管理市容类" in parent_select and "路灯" not in parent_select
    post(
        client,
        "/admin/categories/new/",
        {"name": "噪音扰民", "parent": top.id, "default_urgency": "一般", "active": "y"},
    )
    assert Category.get(Category.name == "噪音扰民").parent_id == top.id
    assert sub.parent_id == top.id


def test_case_study_picks_an_order_and_checks_the_period(client, login_as):
    login_as("supervisor")
    order = make_order()
    workflow.close_online(order, reply="已告知")
    found = client.get(f"/admin/cases/ajax/lookup/?name=order&query={order.case_no[-4:]}").get_json()
    assert [row[0] for row in found] == [order.id]
    bad = post(
        client, "/admin/cases/new/", {"order": order.id, "period": "2020Q7", "section": "案例摘选", "position": 1}
    )
    assert CaseStudy.select().count() == 0 and "2020Q7" in bad.get_data(as_text=True)
    post(
        client,
        "/admin/cases/new/",
        {"order": order.id, "period": "2020q1", "section": "高频问题", "heading": "路灯不亮", "position": 2},
    )
    case = CaseStudy.get()
    assert (case.period, case.heading, case.order_id) == ("2020Q1", "路灯不亮", order.id)


def test_audit_screens_show_order_steps_and_reference_changes(client, login_as):
    me = login_as("supervisor")
    order = make_order()
    workflow.mark_harassment(order, actor=me, note="多次无声来电")
    post(client, "/admin/topics/new/", {"name": "疫情"})
    events = client.get("/admin/audit_events/").get_data(as_text=True)
    assert order.case_no in events and "标记骚扰" in events and "多次无声来电" in events
    log = client.get("/admin/audit_log/").get_data(as_text=True)
    # Staff words (issue 11): the kind of record in Chinese, not the model's class name.
    cells = log.split("</thead>", 1)[1].split("</table>", 1)[0]
    assert "专题" in cells and "疫情" in cells and str(me) in cells and "Topic" not in cells


def test_list_delete_form_carries_a_working_csrf_token(client, login_as):
    import re

    login_as("supervisor")
    unit = make_department("待删除单位")
    html = client.get("/admin/departments/").get_data(as_text=True)
    form = html.split('action="/admin/departments/delete/"')[1].split("</form>")[0]
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)
    client.post("/admin/departments/delete/", data={"id": unit.id, "csrf_token": token})
    assert Department.get_or_none(Department.id == unit.id) is None


def test_list_action_form_carries_a_working_csrf_token(client, login_as):
    import re

    from models import WorkOrder

    login_as("operator")
    order = make_order()
    html = client.get("/admin/orders/").get_data(as_text=True)
    form = html.split('id="action_form"')[1].split("</form>")[0]
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)
    client.post("/admin/orders/action/", data={"action": "mark_harassment", "rowid": order.id, "csrf_token": token})
    assert WorkOrder.get_by_id(order.id).is_harassment


def test_flask_admin_forms_speak_chinese(client, login_as):
    login_as("supervisor")
    html = post(client, "/admin/campaigns/new/", {"name": "", "start_date": "x"}).get_data(as_text=True)
    assert "该字段是必填字段" in html and "This field is required" not in html
    assert "摸排名称" in html and "开始日期" in html and "Start Date" not in html


def test_missed_calls_are_recorded_and_masked_for_leaders(client, login_as):
    import datetime as dt

    from models import MissedCall

    login_as("supervisor")
    post(client, "/admin/missed_calls/new/", {"at": "2020-01-05 10:00:00", "phone": "13812345678"})
    assert MissedCall.get().at == dt.datetime(2020, 1, 5, 10, 0)
    assert "13812345678" in client.get("/admin/missed_calls/").get_data(as_text=True)
    post(client, "/logout")
    login_as("leader")
    html = client.get("/admin/missed_calls/").get_data(as_text=True)
    assert "138****5678" in html and "13812345678" not in html


def test_supervisor_unlocks_a_locked_account(client, login_as):
    import datetime as dt

    from tests.factories import make_user

    login_as("supervisor")
    locked = make_user("operator", locked_until=dt.datetime(2099, 1, 1), failed_logins=3)
    post(client, "/admin/users/action/", {"action": "unlock", "rowid": locked.id})
    fresh = User.get_by_id(locked.id)
    assert fresh.locked_until is None and fresh.failed_logins == 0
    assert _log("User", "解除锁定").object_id == str(locked.id)
