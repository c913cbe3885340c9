"""Reminder delivery by e-mail to a real local SMTP server (aiosmtpd): one digest per unit
per day, the supervisors' 督办 digest, a failure (server down) recorded and retried, and
the RQ job that fails, is shown to supervisors, and is requeued from the page.
"""

import datetime as dt

import pytest
from rq import Retry
from rq.job import Job
from rq.registry import FailedJobRegistry

import reminders
from jobs import enqueue, get_queue
from jobs.reminders import remind_job
from models import Delivery, Reminder, db
from tests.conftest import csrf_token
from tests.factories import make_department, make_order, make_user
from tests.rq_helpers import run_worker

TODAY = dt.date(2020, 2, 5)
NOW = dt.datetime(2020, 2, 5, 1, 0)


@pytest.fixture
def unit(app):
    return make_department("县住建局", email="zjj@longshan.example.cn", phone="0743-6222222")


def overdue(unit, day, status="DISPATCHED"):
    return make_order(
        status=status, department=unit, urgency="一般", due_at=dt.datetime.combine(day, dt.time(23, 59, 59))
    )


def remind(app):
    with app.app_context():
        return reminders.remind(today=TODAY, now=NOW)


def email_rows(unit=None):
    query = Delivery.select().join(Reminder).where(Delivery.channel == "email")
    if unit is not None:
        query = query.where(Reminder.department == unit.id, Reminder.kind != "督办")
    return list(query)


def test_one_digest_per_unit_per_day_lists_its_orders(app, smtp, unit, caplog):
    late = [overdue(unit, dt.date(2020, 2, 4)) for _ in range(3)]
    soon = overdue(unit, dt.date(2020, 2, 6), status="ACCEPTED")
    other = overdue(make_department("县水利局", email="slj@longshan.example.cn"), dt.date(2020, 2, 4))
    caplog.set_level("INFO", logger="notify")
    result = remind(app)
    assert result.undelivered == 0
    to_unit = [m for rcpt, m in smtp.messages if rcpt == [unit.email]]
    assert len(to_unit) == 1 and len(smtp.messages) == 2
    message = to_unit[0]
    assert message["Subject"] == "【12345热线】县住建局工单催办提醒（2020年02月05日）"
    body = message.get_content()
    assert "【超期】3 件" in body and "【临期】1 件" in body
    assert all(o.case_no in body for o in late + [soon]) and other.case_no not in body
    assert all(d.delivered and d.attempts == 1 and d.sent_at for d in email_rows(unit))
    assert any("0743-6222222" in r.message and "超期3件" in r.message for r in caplog.records)


def test_supervisors_get_the_escalation_digest(app, smtp, unit):
    make_user("supervisor", email="zhuren@longshan.example.cn")
    make_user("supervisor", email="")  # no address: not a recipient
    escalated = overdue(unit, dt.date(2020, 1, 20))
    remind(app)
    [(rcpt, message)] = [(r, m) for r, m in smtp.messages if r == ["zhuren@longshan.example.cn"]]
    body = message.get_content()
    assert "【督办】1 件" in body and escalated.case_no in body and "承办单位：县住建局" in body
    unit_body = next(m for r, m in smtp.messages if r == [unit.email]).get_content()
    assert "督办" not in unit_body and escalated.case_no in unit_body


def test_a_failed_delivery_is_recorded_and_retried(app, smtp_down, unit, client, login_as):
    orders = [overdue(unit, dt.date(2020, 2, 4)) for _ in range(2)]
    first = remind(app)
    assert first.undelivered == 1 and first.created["超期"] == 2
    rows = email_rows(unit)
    assert len(rows) == 2 and all(not d.delivered and d.attempts == 1 and "Connection" in d.error for d in rows)
    login_as("supervisor")
    page = client.get("/admin/jobs/").get_data(as_text=True)
    assert all(o.case_no in page for o in orders)
    db.close()

    smtp_down.start()
    second = remind(app)  # same day: no new reminders, the pending digest goes out
    assert sum(second.created.values()) == 0 and second.sent >= 1 and second.undelivered == 0
    assert len(smtp_down.messages) == 1
    body = smtp_down.messages[0][1].get_content()
    assert all(o.case_no in body for o in orders)
    assert all(d.delivered and d.attempts == 2 and d.error == "" for d in email_rows(unit))
    remind(app)
    assert len(smtp_down.messages) == 1  # delivered once, never again


def test_the_failing_job_is_retried_then_shown_and_requeued(app, redis_conn, smtp_down, unit, client, login_as):
    order = overdue(unit, dt.date(2020, 2, 4))
    with app.test_request_context():
        job = enqueue("reminders", remind_job, today=TODAY, now=NOW, retry=Retry(max=1))
    db.close()
    run_worker(app, "reminders")
    with app.app_context():
        assert job.id in FailedJobRegistry(queue=get_queue("reminders")).get_job_ids()
    [row] = email_rows(unit)
    assert row.attempts == 2 and not row.delivered  # tried, retried by RQ, both recorded

    login_as("supervisor")
    page = client.get("/admin/jobs/").get_data(as_text=True)
    assert job.id in page and "DeliveryError" in page

    smtp_down.start()
    token = csrf_token(client, "/admin/jobs/")
    response = client.post(f"/admin/jobs/requeue/{job.id}", data={"csrf_token": token})
    assert response.status_code == 302
    db.close()
    run_worker(app, "reminders")
    assert Job.fetch(job.id, connection=redis_conn).get_status() == "finished"
    assert [m[0] for m in smtp_down.messages] == [[unit.email]]
    assert order.case_no in smtp_down.messages[0][1].get_content()
    [row] = email_rows(unit)
    assert row.delivered and row.attempts == 3


def test_a_unit_given_an_address_later_gets_its_digest(app, smtp, client, login_as):
    unit = make_department("县自然资源局", email="")
    order = overdue(unit, dt.date(2020, 2, 4))
    first = remind(app)
    assert first.unreachable == 1 and smtp.messages == []
    unit.email = "zrj@longshan.example.cn"
    unit.save()
    login_as("supervisor")
    token = csrf_token(client, "/admin/jobs/")
    assert client.post("/admin/jobs/retry-deliveries", data={"csrf_token": token}).status_code == 302
    db.close()
    remind(app)
    [(rcpt, message)] = smtp.messages
    assert rcpt == ["zrj@longshan.example.cn"] and order.case_no in message.get_content()
    assert all(d.delivered for d in email_rows(unit))
