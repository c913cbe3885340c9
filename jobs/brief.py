"""The brief's rendering job: thin, it opens its own app and calls brief.files.generate().

A render is tried twice at most (RENDER_RETRIES): a failure, or a worker that died mid-render
(jobs/recovery.py), queues it once more; then the brief shows 失败 with a Chinese reason.
The Brief row's job_status follows the queue at each step (docs/JOBS.md).
"""

from jobs.queue import job_app, set_progress

RENDER_RETRIES = 1
RENDER_TIMEOUT = 300


def render_brief_job(brief_id):
    """Render Brief `brief_id` to PDF on the "briefs" queue; returns the file's path."""
    from brief.files import generate

    with job_app():
        return generate(brief_id, progress=set_progress)


def on_render_failure(job, connection, exc_type, exc_value, traceback):
    """RQ's failure callback: for a worker that died mid-render (RQ's AbandonedJobError) record
    on the Brief row what happens next — queued again, or 失败 with the reason. A render that
    raised has recorded its failure itself (brief.files.generate)."""
    from rq.exceptions import AbandonedJobError

    from brief.files import WORKER_DIED, record_failure

    if exc_type is not AbandonedJobError:
        return
    job.meta.pop("progress", None)
    job.meta.pop("progress_text", None)
    job.save_meta()
    with job_app():
        record_failure(job.args[0], job.id, WORKER_DIED, retrying=bool(job.retries_left))


def enqueue_render(brief):
    """Queue the rendering of `brief` (tried once more on failure, see RENDER_RETRIES).

    Returns the RQ job, or None when Redis is unreachable (the caller tells the user).
    """
    from rq import Retry

    from brief.files import QUEUED
    from jobs.queue import try_enqueue
    from models import Brief

    job = try_enqueue(
        "briefs",
        render_brief_job,
        brief.id,
        retry=Retry(max=RENDER_RETRIES),
        on_failure=on_render_failure,
        job_timeout=RENDER_TIMEOUT,
        description=f"生成专报 {brief}",
    )
    if job is not None:
        Brief.update(job_id=job.id, job_status=QUEUED, job_error="").where(Brief.id == brief.id).execute()
    return job
