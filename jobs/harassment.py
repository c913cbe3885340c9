"""Harassment filter jobs: one new order (enqueued on receipt) or a whole day (nightly)."""

from jobs.queue import job_app


def filter_order_job(order_id):
    import harassment

    with job_app():
        return harassment.filter_orders(order_ids=[order_id]).summary()


def filter_day_job(day=None):
    """The filter over one day's phone orders; default: yesterday, office time."""
    import harassment

    with job_app():
        return harassment.filter_day(day).summary()
