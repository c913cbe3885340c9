"""Our own error pages: Chinese, with the back office's navigation, for every screen (Flask-Admin
views included), instead of Werkzeug's English pages."""

import pytest
from flask import abort

from tests.factories import make_department
from tests.screens import order_in, post


def _is_ours(page, code, title):
    assert f'data-code="{code}"' in page and title in page
    assert "Not Found" not in page and "Forbidden" not in page and "Internal Server Error" not in page
    assert "返回首页" in page


def test_404_with_navigation(client, login_as):
    login_as("operator")
    response = client.get("/admin/no-such-page/")
    page = response.get_data(as_text=True)
    assert response.status_code == 404
    _is_ours(page, 404, "页面不存在")
    assert 'href="/admin/orders/"' in page and "退出登录" in page  # the frame's menu and user menu


def test_404_for_another_units_order(client, login_as):
    own, other = make_department("本单位"), make_department("其他单位")
    theirs = order_in("DISPATCHED", unit=other)
    login_as("department", department=own)
    response = client.get(f"/admin/orders/details/?id={theirs.id}")
    assert response.status_code == 404
    _is_ours(response.get_data(as_text=True), 404, "不属于您的单位")


def test_403_from_a_flask_admin_view_names_the_role(client, login_as):
    login_as("operator")
    response = client.get("/admin/users/")
    assert response.status_code == 403
    _is_ours(response.get_data(as_text=True), 403, "您的账号（话务员）不能打开此页面")


def test_400_for_a_missing_csrf_token_says_so(client, login_as):
    login_as("operator")
    response = client.post("/admin/orders/step/sign/", data={"id": 1})
    assert response.status_code == 400
    _is_ours(response.get_data(as_text=True), 400, "缺少安全校验（CSRF）")


def test_405(client, login_as):
    login_as("operator")
    response = client.get("/admin/orders/step/sign/")
    assert response.status_code == 405
    _is_ours(response.get_data(as_text=True), 405, "请求方式不正确")


def test_anonymous_404_offers_login(client):
    page = client.get("/no-such-page").get_data(as_text=True)
    _is_ours(page, 404, "页面不存在")
    assert 'href="/login"' in page


@pytest.fixture
def failing_app(app):
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.route("/admin/boom")
    def boom():
        raise RuntimeError("boom")

    @app.route("/admin/gone")
    def gone():
        abort(410)

    return app


def test_500_is_chinese_and_hides_the_error(failing_app, login_as, client):
    login_as("supervisor")
    response = client.get("/admin/boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    _is_ours(page, 500, "系统出错")
    assert "RuntimeError" not in page and "boom" not in page
    other = client.get("/admin/gone")
    assert other.status_code == 410 and 'data-code="410"' in other.get_data(as_text=True)


def test_500_without_a_database_falls_back_to_a_plain_page(failing_app, client, login_as, monkeypatch):
    login_as("supervisor")
    from flask_admin import AdminIndexView

    def broken(self, template, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(AdminIndexView, "render", broken)
    page = client.get("/admin/boom").get_data(as_text=True)
    assert 'data-code="500"' in page and "系统出错" in page and "database gone" not in page


def test_post_to_a_refused_step_shows_the_page(client, login_as):
    login_as("leader")
    response = post(client, "/admin/orders/step/close_online/", {"id": 1, "reply": "x"})
    assert response.status_code == 403
    assert "您的账号（领导）" in response.get_data(as_text=True)
