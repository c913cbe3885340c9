"""The queue wiring: one Redis connection per app, named queues, and a job's own app.

Nothing here connects at import time. The connection is made the first time a queue is
asked for, from app.config["REDIS_URL"], and handed to RQ explicitly (`connection=`).
"""

import contextlib
import logging
import time

from flask import current_app, has_app_context
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, Retry
from rq.job import Job
from rq.registry import FailedJobRegistry

log = logging.getLogger(__name__)

# Queues a worker listens on, most urgent first.
QUEUE_NAMES = ("default", "reminders", "briefs")
# A job that raises is tried again after 10 s, 1 min and 5 min before it counts as failed.
DEFAULT_RETRY = (3, [10, 60, 300])
UNAVAILABLE_MESSAGE = "后台任务服务不可用：提醒、骚扰过滤和专报生成暂时无法排队，请联系系统管理员检查 Redis 与 worker。"
_STATUS_CACHE_SECONDS = 10


def get_redis(app=None):
    """The app's Redis client (a connection pool), created on first use."""
    app = app or current_app
    conn = app.extensions.get("redis")
    if conn is None:
        # Short timeouts: when Redis is down the web app must answer quickly, not hang.
        conn = Redis.from_url(app.config["REDIS_URL"], socket_connect_timeout=2, socket_timeout=10)
        app.extensions["redis"] = conn
    return conn


def get_queue(name="default", app=None):
    if name not in QUEUE_NAMES:
        raise ValueError(f"未知队列 {name}")
    return Queue(name, connection=get_redis(app))


def enqueue(queue_name, func, *args, retry=None, job_timeout=600, description=None, on_failure=None, **kwargs):
    """Put `func(*args, **kwargs)` on a named queue, retried with backoff when it raises.

    Raises redis.exceptions.RedisError when Redis is unreachable; callers in web requests
    catch it (see `try_enqueue`).
    """
    if retry is None:
        retry = Retry(max=DEFAULT_RETRY[0], interval=DEFAULT_RETRY[1])
    return get_queue(queue_name).enqueue(
        func,
        args=args,
        retry=retry or None,
        job_timeout=job_timeout,
        description=description,
        on_failure=on_failure,
        kwargs=kwargs,
    )


def try_enqueue(queue_name, func, *args, **kwargs):
    """enqueue(), but a Redis outage is logged and returns None instead of raising."""
    try:
        return enqueue(queue_name, func, *args, **kwargs)
    except RedisError as exc:
        log.warning("无法排队任务 %s：%s", getattr(func, "__name__", func), exc)
        mark_unavailable()
        return None


def set_progress(fraction, text=""):
    """Inside a job: record progress (0..1) and a short text, read back by job_progress()."""
    from rq import get_current_job

    job = get_current_job()
    if job is not None:
        job.meta["progress"] = round(float(fraction), 3)
        job.meta["progress_text"] = text
        job.save_meta()


def fetch_job(job_id, app=None):
    """The job with this id, or None when it is gone (or Redis is down)."""
    try:
        return Job.fetch(job_id, connection=get_redis(app))
    except Exception:  # NoSuchJobError, RedisError: the caller shows "unknown"
        return None


@contextlib.contextmanager
def job_app():
    """Run a job with an app and its own database connection.

    A worker started by `flask --app app worker` (or a test) already has an app context:
    use it. A bare `rq worker` has none: build the app from the environment.
    """
    from models import db

    if has_app_context():
        with db.connection_context():
            yield current_app._get_current_object()
        return
    from app import create_app

    app = create_app()
    with app.app_context(), db.connection_context():
        yield app


# --- availability ---------------------------------------------------------------------


def redis_available(app=None):
    """True when Redis answers a PING; cached a few seconds so pages don't ping each time."""
    app = app or current_app
    state = app.extensions.setdefault("redis_status", {"ok": None, "at": 0.0})
    if state["ok"] is not None and time.monotonic() - state["at"] < _STATUS_CACHE_SECONDS:
        return state["ok"]
    try:
        ok = bool(get_redis(app).ping())
    except RedisError:
        ok = False
    state.update(ok=ok, at=time.monotonic())
    return ok


def mark_unavailable(app=None):
    app = app or current_app
    app.extensions["redis_status"] = {"ok": False, "at": time.monotonic()}


# --- failed jobs (the supervisors' page) ------------------------------------------------


def failed_jobs(app=None):
    """Failed jobs of every queue, newest first: (queue name, Job, traceback text)."""
    rows = []
    for name in QUEUE_NAMES:
        queue = get_queue(name, app)
        registry = FailedJobRegistry(queue=queue)
        for job in Job.fetch_many(registry.get_job_ids(), connection=queue.connection):
            if job is not None:
                result = job.latest_result()
                rows.append((name, job, result.exc_string if result and result.exc_string else ""))
    rows.sort(key=lambda row: _when(row[1]), reverse=True)
    return rows


def _when(job):
    moment = job.ended_at or job.enqueued_at
    return moment.timestamp() if moment else 0.0


def requeue_failed(job_id, app=None):
    """Put a failed job back on its queue. Returns the job, or None when it is not failed."""
    for name in QUEUE_NAMES:
        registry = FailedJobRegistry(queue=get_queue(name, app))
        if job_id in registry.get_job_ids():
            return registry.requeue(job_id)
    return None


def queue_counts(app=None):
    """{queue name: (waiting, failed)} for the status page."""
    counts = {}
    for name in QUEUE_NAMES:
        queue = get_queue(name, app)
        counts[name] = (queue.count, FailedJobRegistry(queue=queue).count)
    return counts
