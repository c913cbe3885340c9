"""The brief's rendering job: thin, it opens its own app and calls brief.files.generate()."""

from jobs.queue import job_app, set_progress


def render_brief_job(brief_id):
    """Render Brief `brief_id` to PDF on the "briefs" queue; returns the file's path."""
    from brief.files import generate

    with job_app():
        return generate(brief_id, progress=set_progress)


def enqueue_render(brief):
    """Queue the rendering of `brief` (no automatic retry: staff see a failure and click again).

    Returns the RQ job, or None when Redis is unreachable (the caller tells the user).
    """
    from brief.files import QUEUED
    from jobs.queue import try_enqueue
    from models import Brief

    job = try_enqueue(
        "briefs", render_brief_job, brief.id, retry=False, job_timeout=300, description=f"生成专报 {brief}"
    )
    if job is not None:
        Brief.update(job_id=job.id, job_status=QUEUED, job_error="").where(Brief.id == brief.id).execute()
    return job
