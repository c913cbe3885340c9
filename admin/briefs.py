"""工作专报 screens: the briefs of each period, editing a draft, 生成 (queued), preview,
PDF and .docx download, 签发.

Supervisors edit, generate and issue; operators and leaders read and download. An issued
brief cannot be edited: issuing it again makes a new version (brief.issue).
"""
import datetime as dt
import io
import json
from pathlib import Path

from flask import Response, abort, flash, redirect, request, send_file, url_for
from flask_admin import expose
from flask_login import current_user

from admin.base import SecureBaseView
from brief.content import DRAFT, ISSUED, brief_context, brief_figures, default_notes, issue, next_version
from models import AuditLog, Brief, CaseStudy, WorkOrder, db
from periods import parse_period

# The notes staff may edit, with their labels on the page.
NOTE_FIELDS = [
    ("reject", "（一）表下注：不予立案原因"),
    ("categories", "（二）1. 表下注：类别说明"),
    ("units", "（二）2. 表下注：成员单位说明"),
    ("topic_heading", "专题小标题"),
    ("topic", "专题表下说明"),
    ("campaign_heading", "电话摸排小标题"),
    ("campaigns", "电话摸排引言"),
]
ISSUE_FIELDS = ("issue_no", "total_issue_no")


def _positive_int(text, label):
    text = (text or "").strip()
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"{label}须为正整数")
    return int(text)


def _audit(brief, action, changes=None):
    AuditLog.create(
        actor=current_user.id,
        actor_name=str(current_user),
        model="Brief",
        object_id=str(brief.id),
        action=action,
        changes=json.dumps(changes or {}, ensure_ascii=False, default=str),
    )


def _date(text):
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"印发日期「{text}」应写作 2020-04-10") from None


def _meta_from_form(form):
    """The issue line fields of a form, checked; raises ValueError with a Chinese message."""
    return {
        "issue_no": _positive_int(form.get("issue_no"), "期号（第X期）"),
        "total_issue_no": _positive_int(form.get("total_issue_no"), "总期号（总第X期）"),
        "issuer": form.get("issuer", "").strip()[:100],
        "recipients": form.get("recipients", "").strip(),
        "issued_on": _date(form.get("issued_on")),
    }


def _shown_texts(context):
    """{CaseStudy id: the text the brief shows} for every case of 二、 and 三、."""
    items = context["cases"] + [case for problem in context["problems"] for case in problem["cases"]]
    return {item["id"]: item["text"] for item in items}


def _job_state(brief):
    """(progress 0..1 or None, text, error) of the brief's rendering job, as staff see it."""
    from jobs.queue import fetch_job
    from brief.files import FAILED, QUEUED, RUNNING

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
        briefs = list(Brief.select().order_by(Brief.period.desc(), Brief.version.desc()))
        return self.render("admin/briefs/index.html", briefs=briefs, can_write=self.can_write())

    @expose("/create", methods=["POST"])
    def create(self):
        self._require_write()
        try:
            period = parse_period(request.form.get("period", "").strip())
            meta = _meta_from_form(request.form)
        except ValueError as exc:
            flash(str(exc), "error")
            return redirect(url_for(".index"))
        with db.atomic():
            brief = Brief.create(period=period.code, version=next_version(period.code), status=DRAFT,
                                 created_by=current_user.id, **meta)
            _audit(brief, "新建", meta)
        flash(f"已新建 {period.label} 工作专报（第{brief.version}版）", "success")
        return redirect(url_for(".detail", brief_id=brief.id))

    @expose("/<int:brief_id>/")
    def detail(self, brief_id):
        brief = self._brief(brief_id)
        try:
            context, problem = brief_context(brief), ""
        except ValueError as exc:  # e.g. a period written by hand into the database
            context, problem = None, str(exc)
        progress, job_text, job_error = _job_state(brief)
        pdf_ready = bool(brief.pdf_path) and Path(brief.pdf_path).is_file()
        cases = []
        if context and brief.status == DRAFT:
            studies = CaseStudy.select(CaseStudy, WorkOrder).join(WorkOrder).where(CaseStudy.period == brief.period)
            shown = _shown_texts(context)
            for study in studies.order_by(CaseStudy.position, CaseStudy.id):
                cases.append({"study": study, "text": shown.get(study.id, ""), "edited": bool(study.text.strip())})
        return self.render(
            "admin/briefs/detail.html",
            brief=brief,
            context=context,
            problem=problem,
            note_fields=NOTE_FIELDS,
            cases=cases,
            progress=progress,
            job_text=job_text,
            job_error=job_error,
            pdf_ready=pdf_ready,
            busy=progress is not None,
            can_write=self.can_write(),
            issued=brief.status == ISSUED,
        )

    @expose("/<int:brief_id>/save", methods=["POST"])
    def save(self, brief_id):
        self._require_write()
        brief = self._brief(brief_id)
        if brief.status == ISSUED:
            flash("已签发的专报不能修改；如需更正，请签发新版本。", "error")
            return redirect(url_for(".detail", brief_id=brief.id))
        try:
            meta = _meta_from_form(request.form)
        except ValueError as exc:
            flash(str(exc), "error")
            return redirect(url_for(".detail", brief_id=brief.id))
        form = request.form
        # What the page showed, before this save changes masking or notes: an unchanged
        # case text is not an edit.
        shown = _shown_texts(brief_context(brief))
        defaults = default_notes(brief_figures(brief.period))
        # Only notes that differ from the data's own wording are kept: the others follow the data.
        notes = dict(brief.notes)
        for key, _ in NOTE_FIELDS:
            if f"note_{key}" not in form:
                continue
            value = form[f"note_{key}"].strip()
            if value == defaults.get(key, ""):
                notes.pop(key, None)
            else:
                notes[key] = value
        with db.atomic():
            for key, value in meta.items():
                if key in form:  # a field the form did not send keeps its value
                    setattr(brief, key, value)
            brief.show_personal_data = form.get("show_personal_data") == "1"
            brief.notes_json = json.dumps(notes, ensure_ascii=False)
            brief.save()
            edited = self._save_case_texts(brief, form, shown)
            _audit(brief, "修改", {**meta, "notes": notes, "cases_edited": edited})
        flash("已保存", "success")
        return redirect(url_for(".detail", brief_id=brief.id))

    def _save_case_texts(self, brief, form, shown):
        """A case text typed differently from what the page showed is kept as the staff's text."""
        edited = []
        for study in CaseStudy.select().where(CaseStudy.period == brief.period):
            key = f"case_{study.id}"
            if key not in form:
                continue
            text = " ".join(form[key].split())
            if not text:  # emptied: back to the text built from the order
                if study.text:
                    study.text = ""
                    study.save()
                    edited.append(study.id)
            elif text != " ".join(shown.get(study.id, "").split()):
                study.text = text
                study.save()
                edited.append(study.id)
        return edited

    @expose("/<int:brief_id>/generate", methods=["POST"])
    def generate(self, brief_id):
        self._require_write()
        from jobs.brief import enqueue_render
        from jobs.queue import UNAVAILABLE_MESSAGE

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
        _audit(issued, "签发", {"period": issued.period, "version": issued.version})
        enqueue_render(issued)  # the issued PDF is made at once; a Redis outage only delays it
        flash(f"已签发第{issued.version}版" + ("（新版本）" if again else ""), "success")
        return redirect(url_for(".detail", brief_id=issued.id))

    @expose("/<int:brief_id>/preview")
    def preview(self, brief_id):
        from brief.render import render_html

        return Response(render_html(brief_context(self._brief(brief_id))), mimetype="text/html")

    @expose("/<int:brief_id>/pdf")
    def pdf(self, brief_id):
        brief = self._brief(brief_id)
        if not brief.pdf_path or not Path(brief.pdf_path).is_file():
            abort(404)
        name = f"{brief.period}工作专报-第{brief.version}版.pdf"
        return send_file(brief.pdf_path, mimetype="application/pdf", download_name=name,
                         as_attachment=request.args.get("download") == "1")

    @expose("/<int:brief_id>/docx")
    def docx(self, brief_id):
        from brief.docx_export import render_docx

        brief = self._brief(brief_id)
        data = render_docx(brief_context(brief))
        return send_file(io.BytesIO(data), as_attachment=True, download_name=f"{brief.period}工作专报-第{brief.version}版.docx",
                         mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def register(admin):
    admin.add_view(BriefView(name="工作专报", endpoint="briefs", url="/admin/briefs"))
