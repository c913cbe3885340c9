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
from wtforms import HiddenField, RadioField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

import intake
import workflow
from kb.articles import record_use
from models import CALLER_AREAS, CHANNELS, Category, Topic, WorkOrder, local_now
from workflow import WorkflowError

PHONE_RE = r"^[0-9+\-]{3,32}$"
# A Chinese mobile number (11 digits, 1[3-9]…, optionally +86), or a landline with its area code
# (0 + 2–3 digits, an optional "-", 7–8 digits, an optional extension "-1234").
MOBILE_RE = re.compile(r"^(?:\+?86-?)?1[3-9]\d{9}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-?[2-9]\d{6,7}(?:-\d{1,6})?$")
PHONE_MESSAGE = "来电号码应为11位手机号（如 13812345678）或带区号的固定电话（如 0743-4221234）"
DISPOSITIONS = [
    ("keep", "暂存（待处理）"),
    ("online", "在线办结"),
    ("dispatch", "转办"),
    ("harassment", "骚扰来电"),
]
HARASSMENT_CONTENT = "骚扰来电（话务员受理时标记）"


def phone_number(text):
    """The number as stored (spaces removed), or raises ValueError with PHONE_MESSAGE."""
    number = re.sub(r"\s+", "", text or "")
    if number and not (MOBILE_RE.match(number) or LANDLINE_RE.match(number)):
        raise ValueError(PHONE_MESSAGE)
    return number


def _valid_phone(form, field):
    try:
        field.data = phone_number(field.data)
    except ValueError as error:
        raise ValidationError(str(error)) from None


class OrderForm(FlaskForm):
    channel = SelectField("来源渠道", choices=[(c, c) for c in CHANNELS], default="电话")
    caller_phone = StringField("来电号码", validators=[Optional(), _valid_phone])
    caller_name = StringField("来电人", validators=[Optional(), Length(max=50, message="来电人姓名过长")])
    caller_area = SelectField("来电人类型", choices=[("", "未填")] + [(a, a) for a in CALLER_AREAS], default="")
    category = SelectField("诉求大类", coerce=int, validators=[DataRequired(message="请选择诉求大类")])
    subcategory = SelectField("诉求小类", coerce=int, default=0)
    topics = SelectMultipleField("专题", coerce=int)
    content = TextAreaField("诉求内容")
    disposition = RadioField("办理方式", choices=DISPOSITIONS, default="keep")
    reply = TextAreaField("答复内容（在线办结时必填）")
    kb_article = HiddenField()  # the 知识 whose answer the operator took (static/js/kb_suggest.js)

    def validate_content(self, field):
        if not (field.data or "").strip() and self.disposition.data != "harassment":
            raise ValidationError("请填写诉求内容")

    def validate_reply(self, field):
        if self.disposition.data == "online" and not (field.data or "").strip():
            raise ValidationError("在线办结须填写答复内容")

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
            content=(form.content.data or "").strip() or HARASSMENT_CONTENT,
        )
        try:
            order = intake.receive_new(fields, topics=form.topics.data or (), actor=current_user._get_current_object())
        except WorkflowError as error:
            flash(error.message, "error")
            return None
        if (form.kb_article.data or "").isdigit():
            record_use(order, int(form.kb_article.data), current_user._get_current_object())
        return order

    def _after_receive(self, form, order):
        flash(f"已受理，工单编号 {order.case_no}", "success")
        me = current_user._get_current_object()
        try:
            if form.disposition.data == "online":
                workflow.close_online(order, actor=me, reply=form.reply.data.strip())
                flash(f"工单 {order.case_no} 已在线办结", "success")
            elif form.disposition.data == "harassment":
                workflow.mark_harassment(order, actor=me, note="受理时标记")
                flash(f"工单 {order.case_no} 已标记为骚扰来电", "success")
        except WorkflowError as error:
            flash(error.message, "error")
        if form.disposition.data == "dispatch":
            return redirect(url_for(".dispatch_view", ids=order.id))
        if request.form.get("and_next") == "1":  # 保存并受理下一个: an empty form for the next call
            return redirect(url_for(".create_view"))
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
