"""The fast form for a call in progress (受理), and the caller's earlier orders as JSON.

The operator picks the category, types the number (earlier orders of that number appear at
once), writes the content and chooses what happens next: keep it (待处理), close it online
with the answer given, or go straight to the dispatch page. A new phone order is handed to
the harassment filter through the queue; a queue outage never blocks the form.
"""

import re

from flask import abort, flash, jsonify, redirect, request, url_for
from flask_admin import expose
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp

import jobs
import workflow
from models import CALLER_AREAS, CHANNELS, Category, OrderTopic, Topic, WorkOrder, local_now
from workflow import WorkflowError

PHONE_RE = r"^[0-9+\-]{3,32}$"
DISPOSITIONS = [("keep", "暂存（待处理）"), ("online", "在线办结"), ("dispatch", "转办")]


class OrderForm(FlaskForm):
    channel = SelectField("来源渠道", choices=[(c, c) for c in CHANNELS], default="电话")
    caller_phone = StringField(
        "来电号码", validators=[Optional(), Regexp(PHONE_RE, message="来电号码只能包含数字、“-”和“+”")]
    )
    caller_name = StringField("来电人", validators=[Optional(), Length(max=50, message="来电人姓名过长")])
    caller_area = SelectField("来电人类型", choices=[("", "未填")] + [(a, a) for a in CALLER_AREAS], default="")
    category = SelectField("诉求大类", coerce=int, validators=[DataRequired(message="请选择诉求大类")])
    subcategory = SelectField("诉求小类", coerce=int, default=0)
    topics = SelectMultipleField("专题", coerce=int)
    content = TextAreaField("诉求内容", validators=[DataRequired(message="请填写诉求内容")])
    disposition = RadioField("办理方式", choices=DISPOSITIONS, default="keep")
    reply = TextAreaField("答复内容（在线办结时填写）")

    def fill_choices(self):
        tops = list(Category.select().where(Category.parent.is_null() & Category.active).order_by(Category.name))
        subs = list(Category.select().where(Category.parent.is_null(False) & Category.active).order_by(Category.name))
        self.category.choices = [(0, "请选择")] + [(c.id, c.name) for c in tops]
        self.subcategory.choices = [(0, "（无）")] + [(c.id, c.name) for c in subs]
        self.sub_parents = {c.id: c.parent_id for c in subs}
        self.topics.choices = [(t.id, t.name) for t in Topic.select().order_by(Topic.name)]


def next_case_no(now=None):
    """The year followed by a 7-digit sequence, as the office's numbers (20200000805)."""
    year = str((now or local_now()).year)
    last = (
        WorkOrder.select(WorkOrder.case_no)
        .where((WorkOrder.case_no >= year + "0000000") & (WorkOrder.case_no <= year + "9999999"))
        .order_by(WorkOrder.case_no.desc())
        .first()
    )
    seq = int(last.case_no[4:]) + 1 if last and re.fullmatch(r"\d{11}", last.case_no) else 1
    return f"{year}{seq:07d}"


class OrderCreateMixin:
    """Mixed into OrderView (which gives the scoped query and the write roles)."""

    @expose("/new/", methods=["GET", "POST"])
    def create_view(self):
        if not self.can_write():
            abort(403)
        form = OrderForm()
        form.fill_choices()
        if form.validate_on_submit():
            order = self._receive(form)
            if order is not None:
                return self._after_receive(form, order)
        return self.render("admin/orders/create.html", form=form, sub_parents=getattr(form, "sub_parents", {}))

    def _receive(self, form):
        category = Category.get_or_none(Category.id == form.category.data)
        subcategory = Category.get_or_none(Category.id == form.subcategory.data) if form.subcategory.data else None
        if subcategory is not None and subcategory.parent_id != getattr(category, "id", None):
            form.subcategory.errors.append("诉求小类不属于所选的诉求大类")
            return None
        fields = dict(
            channel=form.channel.data,
            caller_phone=(form.caller_phone.data or "").strip(),
            caller_name=(form.caller_name.data or "").strip(),
            caller_area=form.caller_area.data or None,
            category=category,
            subcategory=subcategory,
            content=form.content.data.strip(),
        )
        me = current_user._get_current_object()
        for _attempt in range(3):  # two operators saving at once may draw the same number
            try:
                order = workflow.receive(actor=me, case_no=next_case_no(), **fields)
                break
            except WorkflowError as error:
                if "已存在" not in error.message:
                    flash(error.message, "error")
                    return None
        else:
            flash("生成工单编号失败，请重试", "error")
            return None
        for topic_id in form.topics.data or ():
            OrderTopic.get_or_create(order=order, topic=topic_id)
        if order.channel == "电话":
            jobs.enqueue_filter(order.id)
        return order

    def _after_receive(self, form, order):
        flash(f"已受理，工单编号 {order.case_no}", "success")
        if form.disposition.data == "online":
            try:
                workflow.close_online(order, actor=current_user._get_current_object(), reply=form.reply.data.strip())
                flash(f"工单 {order.case_no} 已在线办结", "success")
            except WorkflowError as error:
                flash(error.message, "error")
        elif form.disposition.data == "dispatch":
            return redirect(url_for(".dispatch_view", ids=order.id))
        return redirect(url_for(".details_view", id=order.id))

    @expose("/by-phone/")
    def by_phone_view(self):
        """The caller's earlier orders (JSON) for the create form; staff who see numbers only."""
        if not self.can_write():
            abort(403)
        phone = (request.args.get("phone") or "").strip()
        if not re.fullmatch(PHONE_RE, phone) or len(phone) < 5:
            return jsonify(orders=[])
        rows = self.get_query().where(WorkOrder.caller_phone == phone).order_by(WorkOrder.received_at.desc()).limit(10)
        return jsonify(
            orders=[
                {
                    "case_no": o.case_no,
                    "received_at": o.received_at.strftime("%Y-%m-%d %H:%M"),
                    "status": o.status_label + ("（骚扰）" if o.is_harassment else ""),
                    "content": o.content[:60],
                    "url": url_for(".details_view", id=o.id),
                }
                for o in rows
            ]
        )
