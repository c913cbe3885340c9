"""工作专报 screens: the briefs of each period, editing a draft, 生成 (queued), preview,
PDF and .docx download, 签发.

Supervisors edit, generate and issue; operators and leaders read and download. An issued
brief cannot be edited: issuing it again makes a new version (brief.content.issue).
What a save checks and writes is brief/page.py.
"""

import io
from pathlib import Path

from flask import Response, abort, current_app, flash, jsonify, redirect, request, send_file, url_for
from flask_admin import expose
from flask_login import current_user

from admin.base import SecureBaseView
from brief.content import DEFAULT_RECIPIENTS, DRAFT, ISSUED, brief_context, issue
from brief.page import NOTE_FIELDS, create_draft, record, repropose, save_edits, set_first_day
from models import Brief, WorkOrder
from periods import parse_period
from privacy import mask_free_text, mask_order_text, sees_personal_data


def context_for_viewer(brief):
    """brief_context as the current user may read it. Leaders (and any account that sees
    masked data) always get the masked brief, even when 显示来电人姓名和电话 is ticked:
    the case texts (live or frozen) are masked with their order's caller, the notes as free text."""
    context = brief_context(brief)
    if sees_personal_data(current_user):
        return context
    items = context["cases"] + [case for problem in context["problems"] for case in problem["cases"]]
    numbers = {item["case_no"] for item in items}
    orders = {o.case_no: o for o in WorkOrder.select().where(WorkOrder.case_no.in_(numbers))} if numbers else {}
    for item in items:
        order = orders.get(item["case_no"])
        item["text"] = mask_order_text(item["text"], order) if order else mask_free_text(item["text"])
    context["notes"] = {k: mask_free_text(v) if isinstance(v, str) else v for k, v in context["notes"].items()}
    return context


def _job_state(brief):
    """(progress 0..1 or None, text, error) of the brief's rendering job, as staff see it."""
    from brief.files import FAILED, QUEUED, RUNNING
    from jobs.queue import fetch_job

    error = brief.job_error
    progress, text = None, brief.job_status
    if brief.job_id and brief.job_status in (QUEUED, RUNNING):
        job = fetch_job(brief.job_id)
        if job is None:
            text = "任务已不存在，请重新生成"
        elif job.is_failed:
            # The worker died or the job raised before it could record the failure itself.
            text, error = FAILED, (job.exc_info or "后台任务失败").strip().splitlines()[-1]
        else:
            progress = job.meta.get("progress", 0.0)
            text = job.meta.get("progress_text") or brief.job_status
    return progress, text, error


def _pdf_ready(brief):
    return bool(brief.pdf_path) and Path(brief.pdf_path).is_file()


def _earlier_issued(brief):
    """The period's latest issued version other than `brief` whose PDF is there: it stays
    downloadable while this one renders."""
    query = (
        Brief.select()
        .where((Brief.period == brief.period) & (Brief.status == ISSUED) & (Brief.id != brief.id))
        .order_by(Brief.version.desc())
    )
    return next((b for b in query if _pdf_ready(b)), None)


class BriefView(SecureBaseView):
    read_roles = ("supervisor", "leader", "operator")
    write_roles = ("supervisor",)

    def _brief(self, brief_id):
        brief = Brief.get_or_none(Brief.id == brief_id)
        if brief is None:
            abort(404)
        return brief

    def _require_write(self):
        if not self.can_write():
            abort(403)

    @expose("/")
    def index(self):
        from figures import records_first_day, stored_first_day

        briefs = list(Brief.select().order_by(Brief.period.desc(), Brief.version.desc()))
        return self.render(
            "admin/briefs/index.html",
            briefs=briefs,
            can_write=self.can_write(),
            county=current_app.config.get("COUNTY_NAME", ""),
            default_recipients=DEFAULT_RECIPIENTS,
            first_day=records_first_day(),
            first_day_set=stored_first_day(),
        )

    @expose("/first-day", methods=["POST"])
    def first_day(self):
        """The records' first day (docs/RULES.md § Numbers as text): 同比/环比 start from it."""
        self._require_write()
        try:
            day = set_first_day(request.form.get("first_day", ""), current_user)
        except ValueError as exc:
            flash(str(exc), "error")
        else:
            flash(f"记录起始日期已设为 {day}" if day else "记录起始日期已恢复为第一个工单的受理日", "success")
        return redirect(url_for(".index"))

    @expose("/create", methods=["POST"])
    def create(self):
        self._require_write()
        try:
            brief = create_draft(request.form, current_user)
        except ValueError as exc:
            flash(str(exc), "error")
            return redirect(url_for(".index"))
        flash(f"已新建 {parse_period(brief.period).label} 工作专报（第{brief.version}版）", "success")
        return redirect(url_for(".detail", brief_id=brief.id))

    @expose("/<int:brief_id>/")
    def detail(self, brief_id):
        brief = self._brief(brief_id)
        try:
            context, problem = context_for_viewer(brief), ""
        except ValueError as exc:  # e.g. a period written by hand into the database
            context, problem = None, str(exc)
        progress, job_text, job_error = _job_state(brief)
        return self.render(
            "admin/briefs/detail.html",
            brief=brief,
            context=context,
            problem=problem,
            note_fields=NOTE_FIELDS,
            progress=progress,
            job_text=job_text,
            job_error=job_error,
            pdf_ready=_pdf_ready(brief),
            earlier=_earlier_issued(brief),
            busy=progress is not None,
            can_write=self.can_write(),
            issued=brief.status == ISSUED,
            default_recipients=DEFAULT_RECIPIENTS,
        )

    @expose("/<int:brief_id>/status")
    def status(self, brief_id):
        """The rendering job's state as JSON, for the page's polling (which never reloads it)."""
        brief = self._brief(brief_id)
        progress, job_text, job_error = _job_state(brief)
        return jsonify(
            progress=progress,
            text=job_text,
            error=job_error,
            busy=progress is not None,
            pdf_ready=_pdf_ready(brief),
            pdf_url=url_for(".pdf", brief_id=brief.id),
        )

    @expose("/<int:brief_id>/propose", methods=["POST"])
    def propose(self, brief_id):
        """重新提议: the staff's click replaces the period's selection by a fresh proposal."""
        self._require_write()
        brief = self._brief(brief_id)
        try:
            repropose(brief, current_user)
        except ValueError as exc:
            flash(str(exc), "error")
        else:
            flash("已按当前数据重新提议案例和问题", "success")
        return redirect(url_for(".detail", brief_id=brief.id))

    @expose("/<int:brief_id>/save", methods=["POST"])
    def save(self, brief_id):
        self._require_write()
        brief = self._brief(brief_id)
        try:
            save_edits(brief, request.form, current_user)
        except ValueError as exc:  # BriefFrozen included
            flash(str(exc), "error")
        else:
            flash("已保存", "success")
        return redirect(url_for(".detail", brief_id=brief.id))

    @expose("/<int:brief_id>/generate", methods=["POST"])
    def generate(self, brief_id):
        self._require_write()
        from jobs.brief import enqueue_render
        from jobs.queue import UNAVAILABLE_MESSAGE

        brief = self._brief(brief_id)
        # 生成 sends the page's form: what staff typed is saved first (or nothing is queued).
        if brief.status == DRAFT and set(request.form) - {"csrf_token"}:
            try:
                save_edits(brief, request.form, current_user)
            except ValueError as exc:
                flash(f"未生成：{exc}", "error")
                return redirect(url_for(".detail", brief_id=brief.id))
            brief = self._brief(brief_id)
        if enqueue_render(brief) is None:
            flash(UNAVAILABLE_MESSAGE, "error")
        else:
            flash("已排队生成，请稍候", "info")
        return redirect(url_for(".detail", brief_id=brief.id))

    @expose("/<int:brief_id>/issue", methods=["POST"])
    def issue_view(self, brief_id):
        self._require_write()
        from jobs.brief import enqueue_render

        brief = self._brief(brief_id)
        again = brief.status == ISSUED
        issued = issue(brief, user=current_user.id)
        record(issued, "签发", current_user, {"period": issued.period, "version": issued.version})
        enqueue_render(issued)  # the issued PDF is made at once; a Redis outage only delays it
        flash(f"已签发第{issued.version}版" + ("（新版本）" if again else ""), "success")
        return redirect(url_for(".detail", brief_id=issued.id))

    @expose("/<int:brief_id>/preview")
    def preview(self, brief_id):
        from brief.render import render_html

        return Response(render_html(context_for_viewer(self._brief(brief_id))), mimetype="text/html")

    @expose("/<int:brief_id>/pdf")
    def pdf(self, brief_id):
        brief = self._brief(brief_id)
        if not brief.pdf_path or not Path(brief.pdf_path).is_file():
            abort(404)
        name = f"{brief.period}工作专报-第{brief.version}版.pdf"
        source = brief.pdf_path
        if brief.show_personal_data and not sees_personal_data(current_user):
            # The stored PDF shows names and numbers: a masked reader gets a masked one, made now.
            from brief.render import render_pdf

            source = io.BytesIO(render_pdf(context_for_viewer(brief)))
        return send_file(
            source,
            mimetype="application/pdf",
            download_name=name,
            as_attachment=request.args.get("download") == "1",
        )

    @expose("/<int:brief_id>/docx")
    def docx(self, brief_id):
        from brief.docx_export import render_docx

        brief = self._brief(brief_id)
        data = render_docx(context_for_viewer(brief))
        return send_file(
            io.BytesIO(data),
            as_attachment=True,
            download_name=f"{brief.period}工作专报-第{brief.version}版.docx",
            mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )


def register(admin):
    admin.add_view(BriefView(name="工作专报", endpoint="briefs", url="/admin/briefs"))
