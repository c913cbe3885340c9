"""The queue wiring on a real Redis: named queues on the configured connection, the worker
commands (`flask --app app worker`, bare `rq worker`), the RQ cron process with the
schedule in office time, and the web app with Redis stopped.
"""

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rq.cron import CronScheduler
from rq.job import Job

import jobs
from jobs.reminders import remind_job
from jobs.schedule import SCHEDULE, build_scheduler, utc_cron
from models import Reminder, db
from tests.factories import make_department, make_order
from tests.rq_helpers import free_port, run_worker

ROOT = Path(__file__).resolve().parent.parent


def test_queues_use_the_configured_redis(app, redis_conn):
    with app.app_context():
        queue = jobs.get_queue("reminders")
        assert queue.name == "reminders"
        kwargs = queue.connection.connection_pool.connection_kwargs
        assert kwargs["db"] == redis_conn.connection_pool.connection_kwargs["db"]
        assert jobs.get_queue("briefs").connection is queue.connection  # one connection
        with pytest.raises(ValueError):
            jobs.get_queue("nightly")


def test_schedule_is_office_time_turned_into_utc_cron(app, redis_conn):
    assert utc_cron("01:00", "Asia/Shanghai") == "0 17 * * *"
    assert utc_cron("00:30", "Asia/Shanghai") == "30 16 * * *"
    scheduler = build_scheduler(redis_conn, "Asia/Shanghai")
    by_name = {job.name: job for job in scheduler.get_jobs()}
    assert set(by_name) == {entry["name"] for entry in SCHEDULE}
    nightly = by_name["夜间催办提醒"]
    assert (nightly.func_name, nightly.queue_name, nightly.cron) == (
        "jobs.reminders.remind_job",
        "reminders",
        "0 17 * * *",
    )
    # What the cron process enqueues, a real worker runs.
    job = nightly.enqueue(redis_conn)
    db.close()
    run_worker(app, "reminders")
    assert Job.fetch(job.id, connection=redis_conn).get_status() == "finished"


def _env(app, **extra):
    env = dict(os.environ, DATABASE_URL=app.config["DATABASE_URL"], REDIS_URL=app.config["REDIS_URL"])
    env.update(extra)
    return env


def _overdue_order():
    unit = make_department("县民政局")
    return make_order(status="DISPATCHED", department=unit, urgency="一般", due_at=dt.datetime(2020, 2, 4, 23, 59, 59))


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "flask", "--app", "app", "worker", "--burst", "--queues", "reminders"],
        [str(Path(sys.executable).parent / "rq"), "worker", "--burst", "--url", "{redis}", "reminders"],
    ],
    ids=["flask-worker", "rq-worker"],
)
def test_worker_commands_run_queued_jobs_with_their_own_app(app, redis_conn, command):
    order = _overdue_order()
    with app.app_context():
        job = jobs.enqueue("reminders", remind_job, today=dt.date(2020, 2, 5), now=dt.datetime(2020, 2, 5, 1))
    db.close()
    args = [part.format(redis=app.config["REDIS_URL"]) for part in command]
    done = subprocess.run(args, cwd=ROOT, env=_env(app), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert Job.fetch(job.id, connection=redis_conn).get_status() == "finished", done.stderr
    assert sorted(r.kind for r in Reminder.select().where(Reminder.order == order.id)) == ["超期"]


def test_cron_process_registers_the_schedule(app, redis_conn):
    process = subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "app", "cron"],
        cwd=ROOT,
        env=_env(app),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        schedulers = []
        while time.monotonic() < deadline and not schedulers:
            time.sleep(0.3)
            schedulers = CronScheduler.all(redis_conn)
        assert len(schedulers) == 1, process.stdout.read() if process.poll() is not None else "no scheduler"
        crons = {job.name: job.cron for job in schedulers[0].get_jobs()}
        assert crons == {"夜间催办提醒": "0 17 * * *", "夜间骚扰过滤": "30 16 * * *", "骚扰文本模型训练": "15 16 * * *"}
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)


def test_worker_refuses_unknown_queue(runner):
    result = runner.invoke(args=["worker", "--burst", "--queues", "nightly"])
    assert result.exit_code == 1 and "未知队列" in result.output


# --- Redis stopped ---------------------------------------------------------------------------


@pytest.fixture
def redis_down(app):
    app.config["REDIS_URL"] = f"redis://127.0.0.1:{free_port()}/0"
    app.extensions.pop("redis", None)
    return app


def _admin_pages(app):
    return sorted(
        rule.rule
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/admin")
        and "GET" in rule.methods
        and not rule.arguments
        and not rule.rule.startswith("/admin/static")
    )


def test_with_redis_stopped_every_page_is_served_and_staff_are_told(redis_down, client, login_as):
    login_as("supervisor")
    home = client.get("/admin/", follow_redirects=True)
    assert home.status_code == 200
    assert "后台任务服务不可用" in home.get_data(as_text=True)
    pages = _admin_pages(redis_down)
    assert "/admin/jobs/" in pages and "/admin/harassment-review/" in pages
    for path in pages:
        response = client.get(path)
        assert response.status_code < 500, (path, response.status_code)
        if response.status_code == 200 and response.mimetype == "text/html":
            assert "后台任务服务不可用" in response.get_data(as_text=True), path
    jobs_page = client.get("/admin/jobs/").get_data(as_text=True)
    assert "后台任务服务不可用" in jobs_page and "定时任务" in jobs_page


def test_with_redis_stopped_a_new_order_waits_for_the_nightly_filter(redis_down):
    order = make_order()
    with redis_down.test_request_context("/admin/"):
        assert jobs.enqueue_filter(order.id) is None
        from flask import get_flashed_messages

        assert any("后台任务服务不可用" in m and "夜间骚扰过滤" in m for m in get_flashed_messages())


def test_with_redis_stopped_the_commands_say_so(redis_down, runner):
    result = runner.invoke(args=["worker", "--burst"])
    assert result.exit_code == 1 and "无法连接 Redis" in result.output
