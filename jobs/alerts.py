"""The immediate notice's e-mail job: thin, it opens its own app and calls alerts.send_mail()."""

from jobs.queue import job_app


def send_notice_mail_job(mail_id):
    """Send NoticeMail `mail_id` unless already sent; raises on failure, so RQ retries it."""
    import alerts

    with job_app() as app:
        return alerts.send_mail(app.config, mail_id)
