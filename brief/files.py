"""The brief's files: the PDF a job renders into BRIEF_DIR (with its progress and failure
recorded on the Brief row) and the .pdf/.docx/.html a command writes."""

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flask import Flask, current_app

from brief.content import brief_context
from brief.docx_export import render_docx
from brief.render import render_html, render_pdf

if TYPE_CHECKING:
    from models import Brief


def brief_dir(app: Flask | None = None) -> Path:
    app = app or current_app
    return Path(app.config.get("BRIEF_DIR") or Path(app.instance_path) / "briefs")


def write_brief_pdf(brief: "Brief") -> Path:
    """Render a Brief row to BRIEF_DIR/<period>-v<version>.pdf (atomically) and return the path."""
    folder = brief_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{brief.period}-v{brief.version}-{brief.id}.pdf"
    data = render_pdf(brief_context(brief))
    partial = path.with_suffix(".part")
    partial.write_bytes(data)
    os.replace(partial, path)  # a reader never sees half a file
    return path


# Brief.job_status values, as staff read them on the brief's page.
QUEUED, RUNNING, DONE, FAILED = "排队中", "生成中", "已完成", "失败"
WORKER_DIED = "后台任务进程在生成过程中意外停止（进程被终止或内存不足）"


def _current_job_id() -> str | None:
    from rq import get_current_job

    job = get_current_job()
    return job.id if job is not None else None


def _this_job(brief_id: int, job_id: str | None) -> Any:
    """Rows of Brief `brief_id` still waiting for job `job_id` (a newer 生成 owns the row)."""
    from models import Brief

    where = Brief.id == brief_id
    return where & (Brief.job_id == job_id) if job_id else where


def record_failure(brief_id: int, job_id: str | None, reason: str, retrying: bool) -> None:
    """A render did not finish: the row says 排队中 when the queue tries again, else 失败 with why."""
    from models import Brief

    if retrying:
        values = {"job_status": QUEUED, "job_error": ""}
    else:
        values = {
            "job_status": FAILED,
            "job_error": f"生成失败：{reason}。请稍后重新生成，若反复失败请联系系统管理员。",
        }
    Brief.update(**values).where(_this_job(brief_id, job_id)).execute()


def _retries_left() -> bool:
    from rq import get_current_job

    job = get_current_job()
    return bool(job is not None and job.retries_left)


def generate(brief_id: int, progress: Callable[[float, str], None] = lambda fraction, text: None) -> str:
    """Render Brief `brief_id` to its PDF, recording progress and failure on the row.

    Idempotent: running it again re-renders the same file. A failure is stored on the brief
    (排队中 when the queue will try again, else 失败 with the message) and raised again for
    the queue.
    """
    from models import Brief

    job_id = _current_job_id()
    brief = Brief.get_by_id(brief_id)
    Brief.update(job_status=RUNNING, job_error="").where(_this_job(brief_id, job_id)).execute()
    try:
        progress(0.2, "统计数据并排版")
        path = write_brief_pdf(brief)
        progress(1.0, "已完成")
    except Exception as exc:
        record_failure(brief_id, job_id, str(exc) or type(exc).__name__, retrying=_retries_left())
        raise
    Brief.update(job_status=DONE, job_error="", pdf_path=str(path)).where(_this_job(brief_id, job_id)).execute()
    return str(path)


FORMATS = (".pdf", ".docx", ".html")


def write_brief_file(brief: "Brief", output: str | os.PathLike[str]) -> dict[str, Any]:
    """Write `brief` to `output`, as PDF, .docx or HTML by the file's suffix."""
    suffix = Path(output).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"不支持的输出格式「{suffix or output}」：请用 .pdf、.docx 或 .html")
    context = brief_context(brief)
    if suffix == ".pdf":
        data = render_pdf(context)
    elif suffix == ".docx":
        data = render_docx(context)
    else:
        data = render_html(context).encode("utf-8")
    Path(output).write_bytes(data)
    return context
