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


def generate(brief_id: int, progress: Callable[[float, str], None] = lambda fraction, text: None) -> str:
    """Render Brief `brief_id` to its PDF, recording progress and failure on the row.

    Idempotent: running it again re-renders the same file. A failure is stored on the
    brief (job_status 失败, job_error the message) and raised again for the queue.
    """
    from models import Brief

    brief = Brief.get_by_id(brief_id)
    Brief.update(job_status=RUNNING, job_error="").where(Brief.id == brief_id).execute()
    try:
        progress(0.2, "统计数据并排版")
        path = write_brief_pdf(brief)
        progress(1.0, "已完成")
    except Exception as exc:
        message = str(exc) or type(exc).__name__
        Brief.update(job_status=FAILED, job_error=f"生成失败：{message}").where(Brief.id == brief_id).execute()
        raise
    Brief.update(job_status=DONE, job_error="", pdf_path=str(path)).where(Brief.id == brief_id).execute()
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
