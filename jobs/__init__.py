"""Background work on RQ: the queue wiring, the jobs, and what staff see of them.

    from jobs import enqueue, get_queue, job_app, enqueue_filter

Workers: `flask --app app worker`; schedule: `flask --app app cron` (see jobs/schedule.py).
"""

from flask import flash, has_request_context, request, session
from flask_login import current_user, user_logged_in

from jobs.queue import (
    QUEUE_NAMES,
    UNAVAILABLE_MESSAGE,
    enqueue,
    fetch_job,
    get_queue,
    get_redis,
    job_app,
    redis_available,
    set_progress,
    try_enqueue,
)

__all__ = [
    "QUEUE_NAMES",
    "UNAVAILABLE_MESSAGE",
    "enqueue",
    "enqueue_filter",
    "fetch_job",
    "get_queue",
    "get_redis",
    "init_app",
    "job_app",
    "redis_available",
    "set_progress",
    "try_enqueue",
]


def enqueue_filter(order_id):
    """Run the harassment filter on a newly received order, through the queue.

    Call it after workflow.receive(). When Redis is down nothing breaks: the order is left
    to the nightly filter, and staff in a web request are told so. Returns the job or None.
    """
    from jobs.harassment import filter_order_job

    job = try_enqueue("default", filter_order_job, order_id, description=f"骚扰过滤：工单 {order_id}")
    if job is None and has_request_context():
        flash(f"{UNAVAILABLE_MESSAGE}本工单将在夜间骚扰过滤中处理。", "warning")
    return job


def _template_helpers():
    # Callables, so a page that doesn't show them doesn't ping Redis or query notices.
    def background_jobs_unavailable():
        return not redis_available()

    def unread_notice_count():
        from notify import unread_notices

        if not current_user.is_authenticated:
            return 0
        return unread_notices(current_user).count()

    return {
        "background_jobs_unavailable": background_jobs_unavailable,
        "background_jobs_message": UNAVAILABLE_MESSAGE,
        "unread_notice_count": unread_notice_count,
    }


def _on_login(app, user, **extra):
    """What a user should know on logging in: unread reminders, and a queue outage."""
    from notify import unread_notices

    count = unread_notices(user).count()
    if count:
        flash(f"您有 {count} 条未读催办提醒，请在「系统 → 催办提醒」中查看。", "warning")
    if user.role != "department" and not redis_available(app):
        flash(UNAVAILABLE_MESSAGE, "error")


def _warn_staff_when_unavailable():
    """On every page a staff member opens while Redis is down: say so (once per page)."""
    # The 后台任务 page says it in its own words.
    if request.method != "GET" or request.endpoint in (None, "static", "jobs.index"):
        return
    if not current_user.is_authenticated or current_user.role == "department":
        return
    if redis_available():
        return
    pending = [message for _, message in session.get("_flashes", [])]
    if UNAVAILABLE_MESSAGE not in pending:
        flash(UNAVAILABLE_MESSAGE, "error")


def init_app(app):
    app.context_processor(_template_helpers)
    app.before_request(_warn_staff_when_unavailable)
    user_logged_in.connect(_on_login, app)
