"""知识库 screens: the articles (read by every role; written by supervisors, and by a unit's
account for its own unit's articles as drafts), 知识维护 (what is expired, stale, flagged or
missing), and the call form's suggestions as JSON (static/js/kb_suggest.js)."""

from flask import abort, flash, jsonify, redirect, request, url_for
from flask_admin import expose
from flask_login import current_user
from markupsafe import Markup, escape
from wtforms.validators import DataRequired

from admin.base import ALL_ROLES, OFFICE_ROLES, SecureBaseView, SecureModelView, audit
from kb import upkeep
from kb.articles import KbError, confirm_current, save_article, snapshot, used_article
from kb.search import hit_json, search
from models import KB_STATUSES, Department, KbArticle, KbVersion, local_now

LABELS = {
    "title": "标题", "variants": "问法（每行一种）", "answer": "答案", "category": "诉求分类",
    "topic": "专题", "department": "责任单位", "valid_from": "生效日期", "valid_until": "有效期至",
    "source": "来源（文件号或链接）", "status": "状态", "version": "版本", "reviewed_at": "最近复核",
    "updated_at": "更新时间", "updated_by": "更新人", "history": "版本记录",
}  # fmt: skip


def _history(view, context, model, name):
    rows = (
        KbVersion.select().where(KbVersion.article == model.id).order_by(KbVersion.version.desc(), KbVersion.id.desc())
    )
    lines = [
        f"<li>第{v.version}版 · {escape(v.action)} · {escape(v.actor_name)} · {v.at:%Y-%m-%d %H:%M}</li>" for v in rows
    ]
    return Markup(f'<ul class="mb-0 pl-3" id="kb-history">{"".join(lines)}</ul>')


def _unit_user():
    return current_user.is_authenticated and current_user.role == "department"


class KbArticleView(SecureModelView):
    read_roles = ALL_ROLES
    write_roles = ("supervisor", "department")
    can_view_details = True
    column_list = ("title", "category", "department", "status", "valid_until", "version", "reviewed_at")
    column_details_list = ("title", "variants", "answer", "category", "topic", "department", "valid_from",
                           "valid_until", "source", "status", "version", "reviewed_at", "updated_by", "history")  # fmt: skip
    column_labels = LABELS
    column_searchable_list = ("title", "variants", "answer")
    column_filters = ("status",)
    column_default_sort = ("id", True)
    column_formatters = {"history": _history, "variants": lambda v, c, m, n: "；".join(m.variant_list)}
    column_formatters_detail = {
        "history": _history,
        "variants": lambda v, c, m, n: "；".join(m.variant_list),
        "updated_by": lambda v, c, m, n: str(m.updated_by) if m.updated_by_id else "系统（命令行导入）",
    }
    form_columns = ("title", "variants", "answer", "category", "topic", "department", "valid_from", "valid_until",
                    "source", "status")  # fmt: skip
    form_choices = {"status": [(s, s) for s in KB_STATUSES]}
    form_args = {"title": {"validators": [DataRequired(message="请填写标题")]},
                 "answer": {"validators": [DataRequired(message="请填写答案")]}}  # fmt: skip
    form_widget_args = {"variants": {"rows": 4}, "answer": {"rows": 6}}
    column_descriptions = {
        "status": "成员单位提交的知识为草稿，由管理员发布；只有已发布且在有效期内的知识会在受理时推荐"
    }

    @property
    def can_delete(self):
        return current_user.is_authenticated and current_user.role == "supervisor"

    def _handle_view(self, name, **kwargs):
        response = super()._handle_view(name, **kwargs)  # login and role first
        if response is None and name == "delete_view" and not self.can_delete:
            abort(403)
        return response

    def create_form(self, obj=None):
        return self._unit_form(super().create_form(obj))

    def edit_form(self, obj=None):
        if obj is not None and _unit_user() and obj.department_id != current_user.department_id:
            abort(403)
        return self._unit_form(super().edit_form(obj))

    def _unit_form(self, form):
        if _unit_user():
            form.department.query = Department.select().where(Department.id == current_user.department_id)
            form.status.choices = [("草稿", "草稿（提交管理员发布）")]
            if request.method == "GET":
                form.status.data = "草稿"
        return form

    def create_model(self, form):
        article = KbArticle()
        return self._save(form, article, created=True)

    def update_model(self, form, model):
        if _unit_user() and model.department_id != current_user.department_id:
            abort(403)
        return self._save(form, model, created=False)

    def _save(self, form, article, created):
        before = None if created else snapshot(KbArticle.get_by_id(article.id))
        form.populate_obj(article)
        if _unit_user() and article.department_id is None:
            article.department = current_user.department_id
        try:
            save_article(article, current_user._get_current_object())
        except KbError as error:
            flash(error.message, "error")
            return False
        after = snapshot(article)
        changes = after if created else {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
        audit(article, "新建" if created else "修改", changes)
        return article if created else True

    def delete_model(self, model):
        audit(model, "删除", snapshot(model))
        return super().delete_model(model)


class KbSuggestView(SecureBaseView):
    """The call form's suggestions: the top articles for what the operator has typed."""

    read_roles = OFFICE_ROLES
    write_roles = OFFICE_ROLES

    def is_visible(self):
        return False  # no menu entry: the call form calls it

    @expose("/")
    def index(self):
        text = (request.args.get("q") or "")[:500]
        hits = [hit_json(h) for h in search(text, limit=3)] if len(text.strip()) >= 2 else []
        return jsonify(articles=hits)


class KbUpkeepView(SecureBaseView):
    """知识维护: supervisors see every unit's list and the proposals; a unit sees its own."""

    read_roles = ("supervisor", "department")
    write_roles = ("supervisor", "department")

    @expose("/", methods=["GET"])
    def index(self):
        unit = current_user.department_id if _unit_user() else None
        return self.render(
            "admin/kb/upkeep.html",
            expired=upkeep.expired(unit),
            stale=upkeep.stale(unit),
            flagged=upkeep.flagged(unit),
            proposals=[] if unit else upkeep.proposals(),
            settings={k: (label, upkeep.setting(k)) for k, (label, _) in upkeep.SETTINGS.items()},
            is_supervisor=current_user.role == "supervisor",
            today=local_now().date(),
        )

    @expose("/confirm/<int:article_id>", methods=["POST"])
    def confirm(self, article_id):
        article = KbArticle.get_or_none(KbArticle.id == article_id)
        if article is None:
            abort(404)
        try:
            confirm_current(article, current_user._get_current_object())
        except KbError as error:
            flash(error.message, "error")
            return redirect(url_for(".index"))
        audit(article, "确认有效", {"reviewed_at": str(article.reviewed_at)})
        flash(f"已确认「{article.title}」仍然有效", "success")
        return redirect(url_for(".index"))

    @expose("/settings", methods=["POST"])
    def settings(self):
        if current_user.role != "supervisor":
            abort(403)
        values = {}
        for key, (label, _) in upkeep.SETTINGS.items():
            text = (request.form.get(key) or "").strip()
            if not text.isdigit() or not 1 <= int(text) <= 120:
                flash(f"「{label}」应为 1 到 120 之间的整数", "error")
                return redirect(url_for(".index"))
            values[key] = int(text)
        for key, value in values.items():
            upkeep.set_setting(key, value, current_user._get_current_object())
        audit(KbArticle(id=0), "修改设置", values)
        flash("知识维护设置已保存", "success")
        return redirect(url_for(".index"))


def register(admin):
    category = "知识库"
    admin.add_view(KbArticleView(KbArticle, name="知识", category=category, endpoint="kb"))
    admin.add_view(KbUpkeepView(name="知识维护", category=category, endpoint="kb_upkeep", url="/admin/kb-upkeep"))
    admin.add_view(KbSuggestView(name="知识推荐", endpoint="kb_suggest", url="/admin/kb-suggest"))
    admin.app.jinja_env.globals["kb_used"] = used_article
