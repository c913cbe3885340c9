"""Screens of the background work: failed jobs (requeue), 无法送达, 受限号码, 骚扰审核, 催办提醒.

Every page works with Redis down: queue data is then replaced by the 后台任务服务不可用
message, and everything kept in the database is still shown.
"""

from flask import current_app, flash, g, redirect, request, url_for
from flask_admin import expose
from flask_login import current_user
from redis.exceptions import RedisError

import harassment
import notify
from admin.base import SecureBaseView, SecureModelView
from jobs import queue
from jobs.schedule import SCHEDULE
from models import FLAG_STATES, HarassmentFlag, Notice, RestrictedNumber, WorkOrder, local_now
from privacy import mask_free_text, mask_phone, sees_personal_data
from workflow import WorkflowError

CATEGORY = "系统"
HARASSMENT_CATEGORY = "骚扰来电"

# The jobs page in staff words: what each queue and each job does, and which record it is about.
QUEUE_LABELS = {"default": "骚扰过滤等日常任务", "reminders": "催办提醒", "briefs": "专报生成"}
JOB_LABELS = {
    "jobs.harassment.filter_order_job": "新受理工单的骚扰过滤",
    "jobs.harassment.filter_day_job": "夜间骚扰过滤（前一天的电话工单）",
    "jobs.reminders.remind_job": "夜间催办提醒（临期、超期、督办）及邮件、短信发送",
    "jobs.brief.render_brief_job": "生成工作专报 PDF",
}


def job_words(job):
    """(what the job does, which record) for the 后台任务 page."""
    what = JOB_LABELS.get(job.func_name, job.description or "后台任务")
    args = list(job.args or ())
    record = ""
    if job.func_name == "jobs.harassment.filter_order_job" and args:
        order = WorkOrder.get_or_none(WorkOrder.id == args[0])
        record = f"工单 {order.case_no}" if order else f"工单（已删除，内部编号 {args[0]}）"
    elif job.func_name == "jobs.brief.render_brief_job" and args:
        from models import Brief

        brief = Brief.get_or_none(Brief.id == args[0])
        record = f"工作专报 {brief}" if brief else "工作专报（已删除）"
    elif job.func_name in ("jobs.reminders.remind_job", "jobs.harassment.filter_day_job"):
        day = (job.kwargs or {}).get("today") or (job.kwargs or {}).get("day") or (args[0] if args else None)
        record = f"{day} 当天" if day else "当天"
    return what, record


def error_words(error):
    """The last line of a traceback (the error itself) for staff; the whole text stays behind a 详情."""
    lines = [line for line in (error or "").strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


class JobsView(SecureBaseView):
    """后台任务: queues, failed jobs with a requeue button, undeliverable reminders."""

    read_roles = ("supervisor",)
    write_roles = ("supervisor",)

    @expose("/")
    def index(self):
        counts, failed, unavailable = {}, [], False
        try:
            counts = queue.queue_counts()
            failed = queue.failed_jobs()
        except RedisError:
            queue.mark_unavailable()
            unavailable = True
        return self.render(
            "admin/jobs/index.html",
            counts=counts,
            failed=failed,
            unavailable=unavailable,
            unavailable_message=queue.UNAVAILABLE_MESSAGE,
            schedule=SCHEDULE,
            undeliverable=list(notify.undeliverable(self._config())),
            queue_labels=QUEUE_LABELS,
            job_labels=JOB_LABELS,
            job_words=job_words,
            error_words=error_words,
        )

    @expose("/requeue/<job_id>", methods=["POST"])
    def requeue(self, job_id):
        try:
            job = queue.requeue_failed(job_id)
        except RedisError:
            queue.mark_unavailable()
            flash(queue.UNAVAILABLE_MESSAGE, "error")
            return redirect(url_for(".index"))
        if job is None:
            flash("这个任务不在失败列表中（可能已重新排队或已过期）", "warning")
        else:
            what, record = job_words(job)
            flash(f"「{what}」{f'（{record}）' if record else ''}已重新排队", "success")
        return redirect(url_for(".index"))

    @expose("/retry-deliveries", methods=["POST"])
    def retry_deliveries(self):
        reset = notify.retry_undeliverable()
        flash(f"已将 {reset} 条未送达的提醒重新列入发送，将在下次提醒任务中发送", "success")
        return redirect(url_for(".index"))

    @staticmethod
    def _config():
        return current_app.config


class RestrictedNumberView(SecureModelView):
    """受限号码: the register the harassment filter reads."""

    read_roles = ("operator", "supervisor", "leader")
    write_roles = ("supervisor",)
    column_list = ("phone", "reason", "added_by", "added_at", "expires_at")
    column_labels = {
        "phone": "号码",
        "reason": "原因",
        "added_by": "添加人",
        "added_at": "添加时间",
        "expires_at": "到期时间",
    }
    column_searchable_list = ("phone", "reason")
    column_default_sort = ("added_at", True)
    form_columns = ("phone", "reason", "expires_at")
    column_descriptions = {"expires_at": "留空表示长期有效"}
    # Leaders read the register masked (docs/RULES.md § Masking of personal data).
    column_formatters = {
        "phone": lambda v, c, m, n: m.phone if sees_personal_data(current_user) else mask_phone(m.phone),
        "reason": lambda v, c, m, n: m.reason if sees_personal_data(current_user) else _masked_reason(m),
    }

    def search_placeholder(self):
        return "号码或原因" if sees_personal_data(current_user) else "原因"

    def get_list(self, page, sort_column, sort_desc, search, filters, execute=True, page_size=None):
        """A masked account's search looks only at what it sees: the masked reason, never the
        number (a partial number would pick out the row)."""
        if not search or sees_personal_data(current_user):
            return super().get_list(page, sort_column, sort_desc, search, filters, execute, page_size)
        terms = search.split()
        ids = [
            m.id
            for m in RestrictedNumber.select(RestrictedNumber.id, RestrictedNumber.phone, RestrictedNumber.reason)
            if all(term in _masked_reason(m) for term in terms)
        ]
        g.restricted_number_ids = ids  # the peewee view's own search is skipped; get_query narrows by id
        return super().get_list(page, sort_column, sort_desc, None, filters, execute, page_size)

    def get_query(self):
        query = super().get_query()
        ids = g.get("restricted_number_ids")
        return query if ids is None else query.where(RestrictedNumber.id.in_(ids or [0]))

    def on_model_change(self, form, model, is_created):
        model.phone = (model.phone or "").strip()
        if is_created:
            model.added_by = current_user.id
            model.added_at = local_now()


def _masked_reason(number):
    """The reason as a leader reads it: the number, and names callers from it gave on orders, masked."""
    if not (number.reason or "").strip():
        return ""
    names = [
        n for (n,) in WorkOrder.select(WorkOrder.caller_name).where(WorkOrder.caller_phone == number.phone).tuples()
    ]
    return mask_free_text(number.reason, names=names, phones=[number.phone])


class HarassmentReviewView(SecureBaseView):
    """骚扰审核: flags the filter could not decide alone; confirm or dismiss, one or many;
    a number's call history; 加入受限号码 on confirm (docs/RULES.md § Harassment filter)."""

    read_roles = ("supervisor",)
    write_roles = ("supervisor",)

    @expose("/")
    def index(self):
        status = request.args.get("status", "待审核")
        if status not in FLAG_STATES:
            status = "待审核"
        flags = list(
            HarassmentFlag.select(HarassmentFlag, WorkOrder)
            .join(WorkOrder)
            .where(HarassmentFlag.status == status)
            .order_by(HarassmentFlag.score.desc(), WorkOrder.received_at.desc())
            .limit(200)
        )
        coverage = harassment.coverage()
        counts = {"待审核": coverage.pending_review, "已确认": coverage.confirmed, "已驳回": coverage.dismissed}
        settings = harassment.Settings.from_config(current_app.config)
        return self.render(
            "admin/jobs/review.html",
            flags=flags,
            status=status,
            counts=counts,
            states=FLAG_STATES,
            coverage=coverage,
            quiet=harassment.quiet_signatures(local_now(), settings),
            settings=settings,
        )

    def _note(self, flag_id=None):
        note = request.form.get(f"note_{flag_id}") if flag_id is not None else None
        return (note or request.form.get("note") or "").strip()[:500]

    @expose("/<int:flag_id>/<decision>", methods=["POST"])
    def decide(self, flag_id, decision):
        flag = HarassmentFlag.get_or_none(HarassmentFlag.id == flag_id)
        if flag is None or decision not in ("confirm", "dismiss"):
            flash("没有这条骚扰标记", "error")
            return redirect(url_for(".index"))
        note = self._note(flag_id)
        restrict = request.form.get(f"restrict_{flag_id}") == "1" or request.form.get("restrict") == "1"
        reviewer = current_user._get_current_object()
        try:
            if decision == "confirm":
                harassment.confirm(flag, reviewer, note, restrict=restrict)
                extra = "，号码已加入受限号码" if restrict and flag.phone else ""
                flash(f"已确认工单 {flag.order.case_no} 为骚扰来电{extra}", "success")
            else:
                harassment.dismiss(flag, reviewer, note)
                flash(f"已驳回工单 {flag.order.case_no} 的骚扰标记，该号码相应规则暂免", "success")
        except WorkflowError as error:
            flash(error.message, "error")
        back = request.form.get("next", "")
        return redirect(back if back.startswith("/admin/harassment-review/") else url_for(".index"))

    @expose("/bulk", methods=["POST"])
    def bulk(self):
        """Bulk 确认 / 驳回: the first POST shows what will be decided, the second (confirmed) does it."""
        decision = request.form.get("decision", "")
        ids = sorted({int(i) for i in request.form.getlist("flag_id") if i.isdigit()})
        if decision not in ("confirm", "dismiss"):
            flash("请选择确认或驳回", "error")
            return redirect(url_for(".index"))
        if not ids:
            flash("请先勾选要审核的骚扰标记", "error")
            return redirect(url_for(".index"))
        restrict = request.form.get("restrict") == "1"
        note = self._note()
        if request.form.get("confirmed") != "1":
            flags = list(
                HarassmentFlag.select(HarassmentFlag, WorkOrder)
                .join(WorkOrder)
                .where(HarassmentFlag.id.in_(ids))
                .order_by(HarassmentFlag.id)
            )
            return self.render(
                "admin/jobs/review_bulk.html", flags=flags, decision=decision, restrict=restrict, note=note
            )
        done, refused = harassment.decide_many(ids, decision, current_user._get_current_object(), note, restrict)
        word = "确认为骚扰来电" if decision == "confirm" else "驳回"
        extra = "，号码已加入受限号码" if decision == "confirm" and restrict and done else ""
        flash(f"已将 {len(done)} 条骚扰标记{word}{extra}", "success")
        for message in refused:
            flash(message, "error")
        return redirect(url_for(".index"))

    @expose("/number/<phone>")
    def number(self, phone):
        """One number's call history: every order from it, its flags, whether it is restricted."""
        orders = harassment.number_history(phone)
        entry = RestrictedNumber.get_or_none(RestrictedNumber.phone == phone)
        active = entry is not None and (entry.expires_at is None or entry.expires_at > local_now())
        return self.render("admin/jobs/review_number.html", phone=phone, orders=orders, restricted=entry, active=active)

    @expose("/number/<phone>/restrict", methods=["POST"])
    def restrict(self, phone):
        reason = (request.form.get("reason") or "").strip()[:500] or "骚扰审核"
        if harassment.restrict_number(phone, current_user._get_current_object(), reason) is None:
            flash(f"号码 {phone} 已在受限号码中", "warning")
        else:
            flash(f"号码 {phone} 已加入受限号码", "success")
        return redirect(url_for(".number", phone=phone))


class NoticesView(SecureBaseView):
    """催办提醒: the in-app notices of a unit (临期, 超期) or of the supervisors (督办)."""

    read_roles = ("department", "supervisor")
    write_roles = ("department", "supervisor")

    @expose("/")
    def index(self):
        notices = list(
            notify.notices_for(current_user)
            .order_by(Notice.read_at.is_null().desc(), Notice.created_at.desc())
            .limit(300)
        )
        unread = notify.unread_notices(current_user).count()
        return self.render("admin/jobs/notices.html", notices=notices, unread=unread)

    @expose("/read", methods=["POST"])
    def read(self):
        ids = [int(i) for i in request.form.getlist("notice_id") if i.isdigit()] or None
        count = notify.mark_read(current_user, ids)
        flash(f"已将 {count} 条提醒标为已读", "success")
        return redirect(url_for(".index"))


def register(admin):
    admin.add_view(JobsView(name="后台任务", endpoint="jobs", url="/admin/jobs", category=CATEGORY))
    admin.add_view(NoticesView(name="催办提醒", endpoint="notices", url="/admin/notices", category=CATEGORY))
    admin.add_view(
        RestrictedNumberView(
            RestrictedNumber, name="受限号码", endpoint="restricted_numbers", category=HARASSMENT_CATEGORY
        )
    )
    admin.add_view(
        HarassmentReviewView(
            name="骚扰审核", endpoint="harassment_review", url="/admin/harassment-review", category=HARASSMENT_CATEGORY
        )
    )
