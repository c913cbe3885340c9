"""Issue 12: a worker killed with SIGKILL in the middle of rendering a brief. A new worker
(`flask --app app worker`, real processes) takes the job over and renders it again; killed a
second time, the brief shows 失败 with a Chinese reason. The Brief row's job_status agrees
with the queue at every step (docs/JOBS.md § A worker dies)."""

import contextlib
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rq.job import Job
from rq.registry import FailedJobRegistry, StartedJobRegistry

import workflow
from brief.files import DONE, FAILED, QUEUED, RUNNING, WORKER_DIED
from jobs.brief import enqueue_render
from jobs.queue import get_queue, get_redis
from models import Brief
from tests.factories import make_order, make_user

pytestmark = pytest.mark.sqlite_only  # slow and database-indifferent (tests/conftest.py)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def brief(app, redis_conn):
    operator = make_user("operator")
    for hour in range(3):
        order = make_order(received_at=dt.datetime(2020, 2, 3, 9 + hour), content=f"第{hour}个来电反映路灯不亮。")
        workflow.close_online(order, actor=operator, reply="已告知维修电话")
    return Brief.create(period="2020Q1")


def start_worker(app, database_url, burst=False):
    env = dict(
        os.environ,
        DATABASE_URL=database_url,
        REDIS_URL=app.config["REDIS_URL"],
        HOTLINE_BRIEF_DIR=app.config["BRIEF_DIR"],
        SECRET_KEY="test-secret",
        TZ="Asia/Shanghai",
    )
    command = [sys.executable, "-m", "flask", "--app", "app", "worker", "--queues", "briefs"]
    return subprocess.Popen(
        command + (["--burst"] if burst else []),
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _children(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def kill_tree(pid):
    """SIGKILL a worker and everything it started (RQ's work horse runs in a session of its
    own, so killing the worker's process group would leave it rendering)."""
    pending, everyone = [pid], []
    while pending:
        current = pending.pop()
        everyone.append(current)
        pending.extend(_children(current))
    for each in everyone:
        with contextlib.suppress(ProcessLookupError):
            os.kill(each, signal.SIGKILL)


def wait_for(condition, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("timed out")


def status(brief):
    return Brief.get_by_id(brief.id).job_status


def kill_mid_render(worker, brief, job, before=None):
    """Wait until `worker` (not the one named `before`) renders the brief, then SIGKILL it and
    its work horse. Returns the killed worker's name."""

    def rendering():
        current = Job.fetch(job.id, connection=get_redis())
        started = current.get_status() == "started" and current.worker_name != before
        return started and status(brief) == RUNNING and current.worker_name

    name = wait_for(rendering)
    kill_tree(worker.pid)
    worker.wait(10)
    assert not Brief.get_by_id(brief.id).pdf_path  # killed before the PDF was written
    return name


def test_a_killed_worker_is_detected_and_the_render_retried_once(app, database_url, brief):
    with app.app_context():
        job = enqueue_render(brief)
        first = start_worker(app, database_url)
        kill_mid_render(first, brief, job)
        # Nothing has noticed yet: the queue still holds the job as started, and so does the row.
        assert job.id in StartedJobRegistry(queue=get_queue("briefs")).get_job_ids(cleanup=False)
        assert status(brief) == RUNNING

        second = start_worker(app, database_url, burst=True)
        assert second.wait(120) == 0
        done = Brief.get_by_id(brief.id)
        assert done.job_status == DONE and done.job_error == ""
        assert Path(done.pdf_path).read_bytes().startswith(b"%PDF")
        assert Job.fetch(job.id, connection=get_redis()).get_status() == "finished"


def test_killed_twice_the_brief_shows_failed_with_a_chinese_reason(app, client, login_as, database_url, brief):
    with app.app_context():
        job = enqueue_render(brief)
        first = start_worker(app, database_url)
        killed = kill_mid_render(first, brief, job)

        second = start_worker(app, database_url)  # takes the job over, is killed in turn
        kill_mid_render(second, brief, job, before=killed)
        assert status(brief) == RUNNING

        third = start_worker(app, database_url, burst=True)
        assert third.wait(120) == 0
        failed = Brief.get_by_id(brief.id)
        assert failed.job_status == FAILED and WORKER_DIED in failed.job_error
        assert job.id in FailedJobRegistry(queue=get_queue("briefs")).get_job_ids()
        assert job.id not in StartedJobRegistry(queue=get_queue("briefs")).get_job_ids()
    login_as("supervisor")
    html = client.get(f"/admin/briefs/{brief.id}/").get_data(as_text=True)
    assert FAILED in html and WORKER_DIED in html
    assert "AbandonedJobError" not in html and "Moved to" not in html
    assert 'http-equiv="refresh"' not in html  # 生成 is offered again, not a stuck progress bar


def test_the_row_says_queued_while_the_retry_waits(app, database_url, brief):
    """Between the takeover and the new run the row and the queue both say 排队中."""
    from jobs.recovery import reap_dead_workers

    with app.app_context():
        job = enqueue_render(brief)
        first = start_worker(app, database_url)
        kill_mid_render(first, brief, job)
        assert reap_dead_workers(get_queue("briefs")) == [job.id]
        assert status(brief) == QUEUED
        assert Job.fetch(job.id, connection=get_redis()).get_status() == "queued"


def _started(pid):
    return int((Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[19])


def test_a_killed_work_horse_is_retried_by_its_own_worker(app, database_url, brief):
    """Only the work horse dies (the kernel's out-of-memory killer picks the biggest process):
    the worker itself queues the job again and renders it; the row follows."""
    with app.app_context():
        job = enqueue_render(brief)
        worker = start_worker(app, database_url)
        try:
            wait_for(lambda: status(brief) == RUNNING and job.get_status(refresh=True) == "started")
            horse = max(_children(worker.pid), key=_started)  # forked last: after the scheduler
            os.kill(horse, signal.SIGKILL)
            wait_for(lambda: status(brief) == DONE)
            # The row says 已完成 a moment before RQ records the job as finished.
            wait_for(lambda: job.get_status(refresh=True) == "finished", 30)
            finished = Job.fetch(job.id, connection=get_redis())
            assert finished.get_status() == "finished" and finished.retries_left == 0  # it was tried again
            assert Path(Brief.get_by_id(brief.id).pdf_path).is_file()
        finally:
            kill_tree(worker.pid)
            worker.wait(10)
