"""Reference screens: units, two-level categories, topics, users, holiday overrides,
campaigns, missed calls and case studies. Supervisors change them; leaders read them.
Every change is written to the audit trail by AuditedModelView.
"""

from flask import abort, flash, redirect, request
from flask_admin import expose
from flask_admin.actions import action
from flask_login import current_user
from peewee import IntegrityError
from wtforms import PasswordField, RadioField, SelectField
from wtforms.validators import InputRequired, ValidationError

from admin.base import AuditedModelView, audit
from holiday_notice import SOURCE_MANUAL, WEEKDAYS, NoticeError, parse_notice, plan_notice, store_notice
from models import (
    DEPARTMENT_KINDS,
    ROLES,
    URGENCIES,
    Campaign,
    CaseStudy,
    Category,
    Department,
    HolidayOverride,
    MissedCall,
    Topic,
    User,
    WorkOrder,
)
from privacy import mask_free_text, mask_order_text, mask_phone, sees_personal_data

READERS = ("supervisor", "leader")
YES_NO = {True: "是", False: "否"}


def _yes_no(view, context, model, name):
    return YES_NO[bool(getattr(model, name))]


class ReferenceView(AuditedModelView):
    read_roles = READERS
    write_roles = ("supervisor",)
    can_view_details = False
    column_formatters = {"active": _yes_no, "is_workday": _yes_no}


class DepartmentView(ReferenceView):
    column_list = ("name", "kind", "contact_person", "phone", "email", "active")
    column_labels = {
        "name": "单位名称", "kind": "类型", "contact_person": "联系人",
        "phone": "联系电话", "email": "电子邮箱", "active": "启用",
    }  # fmt: skip
    column_searchable_list = ("name",)
    column_default_sort = "name"
    form_choices = {"kind": [(k, k) for k in DEPARTMENT_KINDS]}
    form_excluded_columns = ("orders", "users", "reminders", "notices")


class CategoryView(ReferenceView):
    column_list = ("parent", "name", "default_urgency", "urgent_days", "normal_days", "complex_days", "active")
    column_labels = {
        "parent": "上级分类（大类）", "name": "分类名称", "default_urgency": "默认紧急程度",
        "urgent_days": "紧急时限（工作日）", "normal_days": "一般时限（工作日）",
        "complex_days": "复杂时限（工作日）", "active": "启用",
    }  # fmt: skip
    column_formatters = {
        **ReferenceView.column_formatters,
        "parent": lambda v, c, m, n: m.parent.name if m.parent_id else "（大类）",
    }
    column_searchable_list = ("name",)
    column_default_sort = [("parent", False), ("name", False)]
    form_choices = {"default_urgency": [(u, u) for u in URGENCIES]}
    form_excluded_columns = ("children", "orders", "sub_orders")
    column_description = {"urgent_days": "留空则按系统默认（紧急1、一般5、复杂10个工作日）"}

    def _only_top_parents(self, form, obj=None):
        # Two levels: a parent is always a top-level category.
        query = Category.select().where(Category.parent.is_null()).order_by(Category.name)
        form.parent.query = query.where(Category.id != obj.id) if obj is not None else query
        return form

    def create_form(self, obj=None):
        return self._only_top_parents(super().create_form(obj))

    def edit_form(self, obj=None):
        return self._only_top_parents(super().edit_form(obj), obj)

    def on_model_change(self, form, model, is_created):
        if model.parent_id and model.parent_id == model.id:
            raise ValidationError("分类不能以自己为上级")
        super().on_model_change(form, model, is_created)


class TopicView(ReferenceView):
    column_list = ("name",)
    column_labels = {"name": "专题名称"}
    form_excluded_columns = ("order_links",)


class UserView(ReferenceView):
    read_roles = ("supervisor",)
    column_list = ("username", "display_name", "role", "department", "email", "active", "locked_until")
    column_labels = {
        "username": "用户名", "display_name": "姓名", "role": "角色", "department": "所属单位",
        "email": "电子邮箱", "active": "启用", "locked_until": "锁定至", "password": "密码",
    }  # fmt: skip
    column_formatters = {**ReferenceView.column_formatters, "role": lambda v, c, m, n: m.role_label}
    column_searchable_list = ("username", "display_name")
    form_columns = ("username", "display_name", "role", "department", "email", "active", "password")
    form_overrides = {"role": SelectField}
    form_args = {"role": {"choices": list(ROLES.items()), "label": "角色"}}
    form_extra_fields = {"password": PasswordField("密码", description="新建时必填（至少 8 位）；修改时留空则不变")}

    def on_model_change(self, form, model, is_created):
        password = form.password.data or ""
        if model.role == "department" and not model.department_id:
            raise ValidationError("成员单位账号必须选择所属单位")
        if model.role != "department" and model.department_id:
            raise ValidationError("只有成员单位账号可以选择所属单位")
        if is_created and not password:
            raise ValidationError("新建用户必须设置密码")
        if password:
            if len(password) < 8:
                raise ValidationError("密码至少 8 位")
            model.set_password(password)
            if not is_created:  # a password set by a supervisor ends the user's sessions
                model.session_version = (model.session_version or 0) + 1
        if not is_created and model.id == current_user.id and (model.role != "supervisor" or not model.active):
            raise ValidationError("不能停用自己的账号或取消自己的管理员角色")
        super().on_model_change(form, model, is_created)

    @action("unlock", "解除登录锁定", "确定解除选中账号的登录锁定吗？")
    def action_unlock(self, ids):
        for user in User.select().where(User.id.in_([int(i) for i in ids if str(i).isdigit()])):
            if user.locked_until or user.failed_logins:
                before = str(user.locked_until or "")
                user.locked_until, user.failed_logins = None, 0
                user.save()
                audit(user, "解除锁定", {"locked_until": [before, ""]})
        flash("已解除所选账号的登录锁定", "success")

    def on_model_delete(self, model):
        if model.id == current_user.id:
            raise ValidationError("不能删除自己的账号")
        super().on_model_delete(model)


def _to_bool(value):
    return value in (True, "True", "1", "true", "上班")


class HolidayView(ReferenceView):
    """节假日调整: days off and working days entered by hand, or imported from the notice."""

    list_template = "admin/holidays/list.html"
    column_list = ("date", "is_workday", "note", "source", "created_by")
    column_labels = {
        "date": "日期", "is_workday": "当天", "note": "说明", "source": "来源", "created_by": "设置人",
    }  # fmt: skip
    column_formatters = {"is_workday": lambda v, c, m, n: "上班" if m.is_workday else "放假"}
    column_default_sort = ("date", True)
    form_columns = ("date", "is_workday", "note")
    # A radio choice, not a checkbox: a required checkbox could only ever save working days.
    form_overrides = {"is_workday": RadioField}
    form_args = {
        "is_workday": {
            "label": "当天",
            "choices": [(False, "放假"), (True, "上班（如调休的周末）")],
            "coerce": _to_bool,
            "default": False,
            "validators": [InputRequired(message="请选择当天放假还是上班")],
        },
        "date": {"validators": [InputRequired(message="请填写日期")]},
    }
    column_description = {"is_workday": "优先于国家节假日日历；整年的安排请用「导入通知」"}

    def on_model_change(self, form, model, is_created):
        clash = HolidayOverride.get_or_none(HolidayOverride.date == model.date)
        if clash is not None and clash.id != model.id:
            label = "上班" if clash.is_workday else "放假"
            raise ValidationError(f"{model.date:%Y年%m月%d日} 已有节假日调整记录（{label}），请修改那条记录")
        if is_created:
            model.created_by = current_user.id
            model.source = SOURCE_MANUAL
        super().on_model_change(form, model, is_created)

    def handle_view_exception(self, exc):
        # A save that the database refuses (two supervisors saving one date at once): say it in
        # Chinese instead of Flask-Admin's 「创建记录失败」 with the driver's English text.
        if isinstance(exc, IntegrityError):
            flash("该日期已有节假日调整记录，请修改那条记录", "error")
            return True
        return super().handle_view_exception(exc)

    @expose("/import/", methods=["GET", "POST"])
    def import_view(self):
        """Paste the State Council's notice, see the days it gives, then store them."""
        text = request.form.get("text", "") if request.method == "POST" else ""
        notice = plan = None
        problems = []
        if request.method == "POST":
            if not self.can_write():
                abort(403)
            try:
                notice = parse_notice(text)
            except NoticeError as error:
                problems = error.problems
            else:
                if request.form.get("confirm") == "1":
                    plan = store_notice(notice, actor=current_user._get_current_object())
                    flash("已保存。" + plan.summary, "success")
                    return redirect(self.get_url(".index_view"))
                plan = plan_notice(notice)
        return self.render(
            "admin/holidays/import.html", text=text, notice=notice, plan=plan, problems=problems, weekdays=WEEKDAYS
        )


class CampaignView(ReferenceView):
    column_list = ("name", "start_date", "end_date", "reached", "summary")
    column_labels = {
        "name": "摸排名称",
        "start_date": "开始日期",
        "end_date": "结束日期",
        "reached": "摸排人数",
        "summary": "情况摘要",
    }
    column_default_sort = ("start_date", True)

    def on_model_change(self, form, model, is_created):
        if model.start_date and model.end_date and model.end_date < model.start_date:
            raise ValidationError("结束日期不能早于开始日期")
        if model.reached is not None and model.reached < 0:
            raise ValidationError("摸排人数不能为负数")
        super().on_model_change(form, model, is_created)


def _masked_missed_note(call):
    """A 未接来电's note, masked: its number, and the names callers from that number gave on orders."""
    if not (call.note or "").strip():
        return ""
    names = [n for (n,) in WorkOrder.select(WorkOrder.caller_name).where(WorkOrder.caller_phone == call.phone).tuples()]
    return mask_free_text(call.note, names=names, phones=[call.phone])


class MissedCallView(ReferenceView):
    """未接来电: entered here (or imported from the phone system) for the 接通率 figure."""

    column_list = ("at", "phone", "note")
    column_labels = {"at": "来电时间", "phone": "来电号码", "note": "说明"}
    column_default_sort = ("at", True)
    column_formatters = {
        "phone": lambda v, c, m, n: m.phone if sees_personal_data(current_user) else mask_phone(m.phone),
        "note": lambda v, c, m, n: m.note if sees_personal_data(current_user) else _masked_missed_note(m),
    }


def _case_text_cell(study):
    """A staff-written case text, masked for leaders (the brief masks it too), cut at 40 characters."""
    text = study.text if sees_personal_data(current_user) else mask_order_text(study.text, study.order)
    return (text[:40] + "…") if len(text) > 40 else (text or "（按工单自动生成）")


class CaseStudyView(ReferenceView):
    column_list = ("period", "section", "heading", "position", "order", "text")
    column_labels = {
        "period": "期别（如 2020Q1）", "section": "栏目", "heading": "问题标题（高频问题）",
        "position": "排序", "order": "工单", "text": "案例文字",
    }  # fmt: skip
    column_formatters = {
        "order": lambda v, c, m, n: m.order.case_no,
        "text": lambda v, c, m, n: _case_text_cell(m),
    }
    column_default_sort = [("period", True), ("section", False), ("position", False)]
    form_columns = ("order", "period", "section", "heading", "position", "text")
    form_overrides = {"section": SelectField}
    form_args = {
        "section": {"choices": [("案例摘选", "案例摘选"), ("高频问题", "高频问题")], "label": "栏目"},
        "order": {"label": "工单（输入编号查找）"},
    }
    form_ajax_refs = {"order": {"fields": (WorkOrder.case_no,), "page_size": 10, "placeholder": "输入工单编号"}}
    column_description = {"text": "留空则按工单内容自动生成（签发前可编辑）"}

    def on_model_change(self, form, model, is_created):
        from periods import parse_period

        try:
            model.period = parse_period(model.period).code
        except ValueError as error:
            raise ValidationError(str(error)) from None
        if model.section == "高频问题" and not (model.heading or "").strip():
            raise ValidationError("高频问题必须填写问题标题")
        super().on_model_change(form, model, is_created)


def register(admin):
    category = "基础数据"
    admin.add_view(DepartmentView(Department, name="成员单位", category=category, endpoint="departments"))
    admin.add_view(CategoryView(Category, name="诉求分类", category=category, endpoint="categories"))
    admin.add_view(TopicView(Topic, name="专题", category=category, endpoint="topics"))
    admin.add_view(HolidayView(HolidayOverride, name="节假日调整", category=category, endpoint="holidays"))
    admin.add_view(CampaignView(Campaign, name="电话摸排", category=category, endpoint="campaigns"))
    admin.add_view(MissedCallView(MissedCall, name="未接来电", category=category, endpoint="missed_calls"))
    admin.add_view(CaseStudyView(CaseStudy, name="案例摘选", category=category, endpoint="cases"))
    admin.add_view(UserView(User, name="用户", category="系统", endpoint="users"))
