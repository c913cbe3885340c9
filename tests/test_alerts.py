"""Immediate notices to a unit (docs/RULES.md § Reminders § Immediate notices): on 转办, on the
decision on its 延期 request and on 退回重办 the unit sees an in-app notice at once, and an
e-mail goes out through a real RQ worker to a real local SMTP server (aiosmtpd). A failed
mail is recorded, retried by the job and by the nightly pass, and never sent twice."""

import datetime as dt

import pytest
from rq.registry import FailedJobRegistry

import alerts
import reminders
import workflow
from jobs import get_queue
from models import Notice, NoticeMail, WorkOrder, db
from tests.factories import make_department, make_order, make_user
from tests.rq_helpers import run_worker
from tests.screens import order_in, post

LIST = "/admin/orders/"


@pytest.fixture
def unit(app):
    return make_department("县住建局", email="zjj@longshan.example.cn")


def _notices(unit):
    return list(Notice.select().where(Notice.department == unit.id).order_by(Notice.id))


def _queued(app):
    with app.app_context():
        return get_queue("default").count


def test_dispatch_notifies_the_unit_at_once_and_mails_through_the_queue(app, client, login_as, redis_conn, smtp, unit):
    order = make_order()
    login_as("operator")
    post(client, LIST + "dispatch/", {"ids": str(order.id), "department": unit.id, "urgency": "紧急", "confirm": "1"})
    [notice] = _notices(unit)
    stored = WorkOrder.get_by_id(order.id)
    assert notice.order_id == order.id and notice.read_at is None
    assert (
        notice.text.startswith(f"【新工单】工单 {order.case_no}") and f"{stored.due_at:%Y-%m-%d %H:%M}" in notice.text
    )
    assert "签收" in notice.text
    mail = NoticeMail.get(NoticeMail.notice == notice.id)
    assert (mail.recipient, mail.delivered) == (unit.email, False)
    assert smtp.messages == [] and _queued(app) == 1  # the mail waits for the worker

    # The unit's liaison sees it on the portal straight away, before any worker ran.
    client.post("/logout", data={"csrf_token": _token(client)})
    login_as("department", department=unit)
    portal = client.get("/admin/portal/").get_data(as_text=True)
    assert f'class="notice-link" href="/admin/orders/details/?id={order.id}">【新工单】工单 {order.case_no}' in portal

    db.close()
    run_worker(app, "default")
    [(rcpt, message)] = smtp.messages
    assert rcpt == [unit.email]
    assert message["Subject"] == f"【12345热线】新转办工单：工单 {order.case_no}"
    assert notice.text in message.get_content()
    mail = NoticeMail.get_by_id(mail.id)
    assert mail.delivered and mail.attempts == 1 and mail.sent_at

    # The nightly pass does not send it again (its own 临期 digest is another message).
    with app.app_context():
        reminders.remind(today=dt.date.today())
    subjects = [m["Subject"] for _, m in smtp.messages]
    assert subjects.count(f"【12345热线】新转办工单：工单 {order.case_no}") == 1


def _token(client):
    from tests.conftest import csrf_token

    return csrf_token(client, "/admin/")


@pytest.mark.parametrize("approve,words", [("1", "已批准，办理时限延至"), ("0", "未获批准，理由：证据不足")])
def test_the_extension_decision_is_told_at_once(app, client, login_as, redis_conn, smtp, unit, approve, words):
    order = order_in("EXTENSION", unit=unit)
    login_as("supervisor")
    post(client, LIST + "step/decide_extension/", {"id": order.id, "approve": approve, "note": "证据不足"})
    notice = _notices(unit)[-1]
    assert notice.text.startswith(f"【延期审批】工单 {order.case_no}") and words in notice.text
    assert f"{WorkOrder.get_by_id(order.id).due_at:%Y-%m-%d %H:%M}" in notice.text
    db.close()
    run_worker(app, "default")
    assert [m["Subject"] for _, m in smtp.messages] == [f"【12345热线】延期申请审批结果：工单 {order.case_no}"]


def test_reopen_and_unsatisfied_rework_are_told_at_once(app, client, login_as, redis_conn, smtp, unit):
    replied = order_in("REPLIED", unit=unit)
    resolved = workflow.resolve(order_in("REPLIED", unit=unit), actor=make_user("supervisor"))
    workflow.record_callback(resolved, "不满意", actor=None)
    login_as("operator")
    post(client, LIST + "step/reopen/", {"id": replied.id, "reason": "答复不完整"})
    post(client, LIST + "step/callback_reopen/", {"id": resolved.id, "reason": "群众反映路灯仍不亮"})
    texts = [n.text for n in _notices(unit)]
    assert texts[0].startswith(f"【退回重办】工单 {replied.case_no}") and "原因：答复不完整" in texts[0]
    assert texts[1].startswith(f"【退回重办】工单 {resolved.case_no}") and "路灯仍不亮" in texts[1]
    db.close()
    run_worker(app, "default")
    assert len(smtp.messages) == 2


def test_a_refused_step_tells_nobody(app, client, login_as, redis_conn, unit):
    order = order_in("REPLIED", unit=unit)
    login_as("operator")
    post(client, LIST + "step/reopen/", {"id": order.id, "reason": ""})  # refused: no reason
    assert _notices(unit) == [] and _queued(app) == 0


def test_other_steps_send_no_immediate_notice(app, client, login_as, redis_conn, unit):
    order = order_in("REPLIED", unit=unit)
    login_as("operator")
    post(client, LIST + "step/resolve/", {"id": order.id})
    assert _notices(unit) == []


def test_a_unit_without_an_address_gets_the_notice_and_no_job(app, client, login_as, redis_conn):
    unit = make_department("县水利局", email="")
    order = make_order()
    login_as("operator")
    post(client, LIST + "dispatch/", {"ids": str(order.id), "department": unit.id, "urgency": "一般", "confirm": "1"})
    [notice] = _notices(unit)
    mail = NoticeMail.get(NoticeMail.notice == notice.id)
    assert mail.recipient == "" and "未登记电子邮箱" in mail.error and _queued(app) == 0


def test_a_failed_mail_is_retried_by_the_job_then_by_the_night(app, redis_conn, smtp_down, unit):
    order = order_in("NEW")
    with app.test_request_context():
        workflow.dispatch(order, unit, "一般", actor=make_user("operator"))
        notice = alerts.alert_unit(order, "dispatch")
    db.close()
    run_worker(app, "default")  # SMTP down: the job fails (RQ's retries are scheduled, not run here)
    mail = NoticeMail.get(NoticeMail.notice == notice.id)
    assert not mail.delivered and mail.attempts == 1 and "Connection" in mail.error
    with app.app_context():
        registry_ids = FailedJobRegistry(queue=get_queue("default")).get_job_ids()
    assert registry_ids == [] or len(registry_ids) == 1  # retried later by RQ, or failed for good

    smtp_down.start()
    with app.app_context():
        result = reminders.remind(today=dt.date.today())
    assert result.sent >= 1
    [(rcpt, message)] = [(r, m) for r, m in smtp_down.messages if "新转办工单" in m["Subject"]]
    assert rcpt == [unit.email] and order.case_no in message.get_content()
    mail = NoticeMail.get_by_id(mail.id)
    assert mail.delivered and mail.attempts == 2 and mail.error == ""
    # The job run again (RQ's retry) finds it sent and sends nothing.
    with app.app_context():
        assert alerts.send_mail(app.config, mail.id) is False
    assert sum("新转办工单" in m["Subject"] for _, m in smtp_down.messages) == 1
