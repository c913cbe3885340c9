"""Harassment filter jobs: one new order (enqueued on receipt), the orders an import created,
the nightly pass, and the nightly retraining of the learned text score."""

from jobs.queue import job_app


def filter_order_job(order_id):
    import harassment

    with job_app():
        return harassment.filter_orders(order_ids=[order_id]).summary()


def filter_pending_job():
    """Every phone order not yet filtered (queued at the end of an import)."""
    import harassment

    with job_app():
        return harassment.filter_pending().summary()


def filter_day_job(day=None):
    """The nightly pass: yesterday's phone orders again, and every one not yet filtered.

    With a day (YYYY-MM-DD or a date): that day's phone orders only (kept for requeued jobs)."""
    import datetime as dt

    import harassment

    with job_app():
        if day is not None:
            day = dt.date.fromisoformat(day) if isinstance(day, str) else day
            return harassment.filter_day(day).summary()
        return harassment.filter_nightly().summary()


def retrain_job():
    """Retrain the learned text score from the starter set and the reviewers' decisions."""
    import harassment_model

    with job_app():
        return harassment_model.retrain().summary()


def enqueue_pending_filter():
    """Queue the filter for the phone orders not yet filtered (e.g. after an import).

    Returns the job, or None when Redis is down (the nightly pass takes them then)."""
    from jobs.queue import try_enqueue

    return try_enqueue("default", filter_pending_job, job_timeout=3600, description="骚扰过滤：未过滤的电话工单")
