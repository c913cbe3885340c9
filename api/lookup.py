"""工单查询: the callers' public page (no login — the one page that needs none).

工单编号 plus the last four digits of the caller's phone shows the status, the unit, the
deadline and, once replied, the reply (masked) — never the caller's name or number. A wrong
pair and an unknown number get the same answer, after the same work (one indexed read and
one constant-time comparison either way); tries are limited per address (Flask-Limiter).
"""

import hmac
import re

from flask import Blueprint, current_app, render_template
from flask_wtf import FlaskForm
from werkzeug.exceptions import TooManyRequests
from wtforms import StringField
from wtforms.validators import DataRequired, Regexp

from api import limiter, retry_after
from models import WorkOrder
from privacy import mask_order_text

bp = Blueprint("lookup", __name__)

NOT_FOUND = "没有查到相符的工单：请核对工单编号和来电号码后四位。"
# Compared when the number is unknown, so that answer costs the same as a wrong pair.
_NO_TAIL = "\x00" * 4
REPLY_STATUSES = ("ONLINE", "REPLIED", "RESOLVED")


class LookupForm(FlaskForm):
    case_no = StringField(
        "工单编号",
        validators=[DataRequired(message="请输入工单编号"), Regexp(r"^\s*\d{4,20}\s*$", message="工单编号应为数字")],
    )
    phone_tail = StringField(
        "来电号码后四位",
        validators=[DataRequired(message="请输入来电号码后四位"), Regexp(r"^\s*\d{4}\s*$", message="请输入4位数字")],
    )


def find(case_no, phone_tail):
    """The order when the pair matches, else None (the same work whichever part is wrong)."""
    row = (
        WorkOrder.select(WorkOrder.id, WorkOrder.caller_phone)
        .where(WorkOrder.case_no == case_no.strip())
        .tuples()
        .first()
    )
    digits = re.sub(r"\D", "", row[1]) if row else ""
    tail = digits[-4:] if len(digits) >= 4 else _NO_TAIL
    matches = hmac.compare_digest(tail.encode(), phone_tail.strip().encode())
    return WorkOrder.get_by_id(row[0]) if row and matches else None


def shown(order):
    """What the caller is shown: never the name or the number."""
    replied = order.status in REPLY_STATUSES and (order.reply or "").strip()
    return {
        "case_no": order.case_no,
        "received_at": order.received_at,
        "status": order.status_label,
        "unit": order.department.name if order.department_id else None,
        "due_at": order.due_at,
        "reply": mask_order_text(order.reply, order) if replied else None,
        "replied_at": order.replied_at,
    }


@bp.route("/lookup", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOOKUP_RATE_LIMIT"], methods=["POST"])
def lookup():
    form = LookupForm()
    result, message = None, None
    if form.validate_on_submit():
        order = find(form.case_no.data, form.phone_tail.data)
        if order is None:
            message = NOT_FOUND
        else:
            result = shown(order)
    return render_template("lookup.html", form=form, result=result, message=message)


@bp.errorhandler(TooManyRequests)
def _too_many(error):
    form = LookupForm()
    body = render_template("lookup.html", form=form, result=None, message="查询过于频繁，请稍后再试。")
    return body, 429, {"Retry-After": retry_after()}


def register(app):
    app.register_blueprint(bp)
