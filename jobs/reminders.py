"""The nightly reminder job: thin, it opens its own app and calls reminders.remind()."""

from jobs.queue import job_app


def remind_job(today=None, now=None):
    """临期 / 超期 / 督办 pass and delivery. Raises when a delivery failed, so RQ retries it."""
    import reminders

    with job_app():
        result = reminders.remind(today=today, now=now)
        result.raise_if_undelivered()
        return result.summary()
