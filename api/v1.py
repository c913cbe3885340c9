"""/api/v1/: services (public), requests (POST a new order; GET one or a list), the OpenAPI file.

Every answer is JSON; every error is {"errors": [{"code", "field"?, "description"}]} (Open311's
error list) with a Chinese description naming the field.
"""

import datetime as dt
import hashlib
import json
import math
from zoneinfo import ZoneInfo

from flask import Blueprint, current_app, g, jsonify, request
from peewee import IntegrityError
from werkzeug.exceptions import HTTPException

import intake
from admin.order_create import phone_number
from api import limiter, retry_after
from api.keys import find_key
from api.openapi import document
from models import CALLER_AREAS, ApiCall, ApiIdempotency, Category, Topic, WorkOrder, local_now
from privacy import mask_name, mask_order_text, mask_phone
from workflow import WorkflowError

bp = Blueprint("api_v1", __name__, url_prefix="/api/v1")

# Open311's two states: these are closed (nothing more will happen unless reopened), the rest open.
CLOSED_STATUSES = ("ONLINE", "REJECTED", "RESOLVED")
REPLY_STATUSES = ("ONLINE", "REPLIED", "RESOLVED")
MAX_DESCRIPTION = 4000
MAX_ADDRESS = 200
MAX_IDEMPOTENCY_KEY = 100
MAX_LIST = 1000
DEFAULT_LIST_DAYS = 90
PUBLIC_ENDPOINTS = ("api_v1.services", "api_v1.openapi")

FIELDS = {
    "service_code": "诉求分类",
    "description": "诉求内容",
    "address": "地址",
    "lat": "纬度",
    "long": "经度",
    "name": "来电人姓名",
    "phone": "联系电话",
    "caller_area": "来电人类型",
    "topics": "专题",
}


class ApiError(Exception):
    def __init__(self, status, description, field=None):
        super().__init__(description)
        self.status, self.description, self.field = status, description, field


def _bad(field, text):
    return ApiError(400, f"{FIELDS[field]}（{field}）{text}", field)


def _errors(status, description, field=None):
    item = {"code": status, "description": description}
    if field:
        item["field"] = field
    return jsonify(errors=[item]), status


@bp.errorhandler(ApiError)
def _api_error(error):
    return _errors(error.status, error.description, error.field)


HTTP_TEXTS = {
    400: "请求无效",
    404: "没有这个地址或工单",
    405: "此地址不接受这种请求方式",
    413: "请求体过大",
    503: "系统繁忙，请稍后重试",
    429: "调用过于频繁，请稍后再试",
    500: "系统出错，请稍后重试",
}


@bp.errorhandler(HTTPException)
def _http_error(error):
    response = _errors(error.code, HTTP_TEXTS.get(error.code, "请求没有完成"))[0]
    response.status_code = error.code
    for key, value in error.get_headers():
        if key.lower() != "content-type":
            response.headers[key] = value
    if error.code == 429:
        response.headers["Retry-After"] = retry_after()
    return response


def _rate_key():
    """A presented key's own counter (by its hash), else the address's."""
    presented = request.headers.get("X-API-Key", "")
    if presented:
        return "key:" + hashlib.sha256(presented.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return "addr:" + (request.remote_addr or "")


# One allowance per key for the whole API (not one per endpoint).
limiter.shared_limit(lambda: current_app.config["API_RATE_LIMIT"], scope="api_v1", key_func=_rate_key)(bp)


@bp.before_request
def _authenticate():
    g.api_key = None
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    presented = request.headers.get("X-API-Key", "")
    if not presented:
        return _errors(401, "缺少接口密钥：请在请求头 X-API-Key 中提供")
    row = find_key(presented)
    if row is None:
        return _errors(401, "接口密钥无效")
    g.api_key = row
    if row.revoked_at is not None:
        return _errors(401, "接口密钥已吊销")
    return None


def _record_call(status):
    key = g.get("api_key")
    ApiCall.create(
        key=key.id if key is not None else None,
        at=local_now(),
        method=request.method,
        endpoint=request.path[:200],
        status=status,
        address=(request.remote_addr or "")[:64],
    )


@bp.after_request
def _log_call(response):
    if not g.get("api_call_recorded"):  # a new order's 201 is recorded in the order's own transaction
        _record_call(response.status_code)
    response.headers["Cache-Control"] = "no-store"
    return response


# --- representation -------------------------------------------------------------------------


def _iso(value):
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=ZoneInfo(current_app.config["TIMEZONE"])).isoformat()


def _service(category):
    return {
        "service_code": str(category.id),
        "service_name": category.name,
        "description": str(category),
        "metadata": False,
        "type": "realtime",
        "keywords": "",
        "group": category.parent.name if category.parent_id else category.name,
    }


def represent(order, topic_names=None):
    """An order as a channel sees it: the caller's name and number masked, free text too.
    `topic_names`: the order's topics when the caller knows them (a new order), else read."""
    category = order.subcategory or order.category
    replied = order.status in REPLY_STATUSES and (order.reply or "").strip()
    return {
        "service_request_id": order.case_no,
        "status": "closed" if order.status in CLOSED_STATUSES else "open",
        "status_label": order.status_label,
        "status_notes": mask_order_text(order.reply, order) if replied else "",
        "service_code": str(category.id),
        "service_name": category.name,
        "description": mask_order_text(order.content, order),
        "agency_responsible": order.department.name if order.department_id else None,
        "requested_datetime": _iso(order.received_at),
        "updated_datetime": _iso(order.updated_at),
        "expected_datetime": _iso(order.due_at),
        "channel": order.channel,
        "caller_area": order.caller_area,
        "topics": sorted(order.topic_names if topic_names is None else topic_names),
        "name": mask_name(order.caller_name),
        "phone": mask_phone(order.caller_phone),
    }


# --- routes ---------------------------------------------------------------------------------


@bp.get("/openapi.json")
def openapi():
    return jsonify(document())


@bp.get("/services")
def services():
    query = Category.select().where(Category.active).order_by(Category.parent.is_null(False), Category.id)
    rows = [c for c in query if c.parent_id is None or c.parent.active]
    return jsonify([_service(c) for c in rows])


def _channel_orders():
    return WorkOrder.select().where(WorkOrder.channel == g.api_key.channel)


@bp.get("/requests/<case_no>")
def request_detail(case_no):
    order = _channel_orders().where(WorkOrder.case_no == case_no).first()
    if order is None:
        raise ApiError(404, f"没有工单 {case_no[:32]}（或它不属于本渠道）")
    return jsonify(represent(order))


def _when(name, label, end=False):
    text = (request.args.get(name) or "").strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            return dt.datetime.combine(day + dt.timedelta(days=1 if end else 0), dt.time())
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ApiError(400, f"{label}（{name}）应为日期 YYYY-MM-DD 或时间 YYYY-MM-DDTHH:MM:SS", name) from None
    if value.tzinfo is not None:
        value = value.astimezone(ZoneInfo(current_app.config["TIMEZONE"])).replace(tzinfo=None)
    return value


@bp.get("/requests")
def request_list():
    end = _when("end_date", "结束日期", end=True) or local_now() + dt.timedelta(seconds=1)
    start = _when("start_date", "开始日期") or end - dt.timedelta(days=DEFAULT_LIST_DAYS)
    if start >= end:
        raise ApiError(400, "开始日期（start_date）应早于结束日期（end_date）", "start_date")
    query = _channel_orders().where((WorkOrder.received_at >= start) & (WorkOrder.received_at < end))
    status = (request.args.get("status") or "").strip()
    if status == "open":
        query = query.where(WorkOrder.status.not_in(CLOSED_STATUSES))
    elif status == "closed":
        query = query.where(WorkOrder.status.in_(CLOSED_STATUSES))
    elif status:
        raise ApiError(400, "状态（status）只能是 open 或 closed", "status")
    rows = query.order_by(WorkOrder.received_at.desc(), WorkOrder.id.desc()).limit(MAX_LIST)
    return jsonify([represent(o) for o in rows])


# --- POST /requests -------------------------------------------------------------------------


def _text(body, name, required=False, limit=None):
    value = body.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _bad(name, "不能为空")
        return ""
    if not isinstance(value, str):
        raise _bad(name, "应为文字")
    value = value.strip()
    if limit and len(value) > limit:
        raise _bad(name, f"不能超过 {limit} 个字")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value) or "\x00" in value:
        raise _bad(name, "含有不能保存的控制字符")
    return value


def _coordinate(body, name, bound):
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _bad(name, "应为数字")
    if not -bound <= value <= bound:
        raise _bad(name, f"应在 -{bound} 与 {bound} 之间")
    return value


def _category(body):
    code = body.get("service_code")
    if code is None or code == "":
        raise _bad("service_code", "不能为空（可选的分类见 GET /api/v1/services）")
    if not isinstance(code, str) or not code.isdigit() or len(code) > 18:
        raise _bad("service_code", "应为 GET /api/v1/services 列出的分类编号")
    category = Category.get_or_none((Category.id == int(code)) & Category.active)
    if category is None or (category.parent_id and not category.parent.active):
        raise _bad("service_code", f"没有编号为 {code} 的可用分类（见 GET /api/v1/services）")
    return (category.parent, category) if category.parent_id else (category, None)


def _topics(body):
    names = body.get("topics")
    if names is None:
        return {}
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names) or len(names) > 20:
        raise _bad("topics", "应为专题名称的列表")
    found = dict(Topic.select(Topic.name, Topic.id).where(Topic.name.in_(names or [""])).tuples()) if names else {}
    unknown = [n for n in names if n not in found]
    if unknown:
        raise _bad("topics", f"没有专题「{unknown[0][:50]}」")
    return found


def order_fields(body):
    """WorkOrder fields from a request body, or ApiError 400 naming the first bad field."""
    if not isinstance(body, dict):
        raise ApiError(400, "请求体应为 JSON 对象")
    unknown = sorted(set(body) - set(FIELDS))
    if unknown:
        raise ApiError(400, f"不认识的字段：{unknown[0][:50]}（可用字段见 /api/v1/openapi.json）", unknown[0][:50])
    category, subcategory = _category(body)
    description = _text(body, "description", required=True, limit=MAX_DESCRIPTION)
    address = _text(body, "address", limit=MAX_ADDRESS)
    lat, long = _coordinate(body, "lat", 90), _coordinate(body, "long", 180)
    if (lat is None) != (long is None):
        raise _bad("long" if lat is not None else "lat", "须与纬度、经度成对填写")
    name = _text(body, "name", limit=50)
    try:
        phone = phone_number(_text(body, "phone", limit=32))
    except ValueError as error:
        raise _bad("phone", f"有误：{error}") from None
    area = body.get("caller_area")
    if area is not None and area not in CALLER_AREAS:
        raise _bad("caller_area", f"只能是 {' / '.join(CALLER_AREAS)}")
    content = description
    if address:
        content += f"\n【地址】{address}"
    if lat is not None:
        content += f"\n【坐标】{lat},{long}"
    fields = dict(
        channel=g.api_key.channel,
        caller_phone=phone,
        caller_name=name,
        caller_area=area,
        category=category,
        subcategory=subcategory,
        content=content,
    )
    return fields, _topics(body)


def _body_hash(body):
    return hashlib.sha256(
        json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass")
    ).hexdigest()


def _replay(token, digest):
    used = ApiIdempotency.get_or_none((ApiIdempotency.key == g.api_key.id) & (ApiIdempotency.token == token))
    if used is None:
        return None
    if used.body_hash != digest:
        raise ApiError(
            422,
            "此 Idempotency-Key 已用于内容不同的另一个请求：新的请求请换一个新的 Idempotency-Key",
            "Idempotency-Key",
        )
    response = jsonify(represent(WorkOrder.get_by_id(used.order_id)))
    response.status_code = 200
    response.headers["Idempotent-Replayed"] = "true"
    return response


@bp.post("/requests")
def create_request():
    token = request.headers.get("Idempotency-Key", "").strip()
    if len(token) > MAX_IDEMPOTENCY_KEY:
        raise ApiError(400, f"Idempotency-Key 不能超过 {MAX_IDEMPOTENCY_KEY} 个字符", "Idempotency-Key")
    body = request.get_json(silent=True)
    if body is None:
        raise ApiError(400, "请求体应为 JSON（Content-Type: application/json）")
    digest = _body_hash(body)
    # A replayed Idempotency-Key is found when its key row is written (unique per API key):
    # the order drawn for it is rolled back and the first answer given (IntegrityError below).
    fields, topics = order_fields(body)  # topics: {name: id}
    key = g.api_key

    def remember(order):
        if token:
            ApiIdempotency.create(key=key.id, token=token, body_hash=digest, order=order.id)
        _record_call(201)  # one write per new order: the order, its event, its key and this call

    try:
        order = intake.receive_new(
            fields,
            topics=sorted(set(topics.values())),
            note=f"接口受理（{key.channel}：{key.name}）",
            atomic_with=remember,
        )
    except IntegrityError:
        # The same Idempotency-Key sent twice at once: the other request made the order.
        replayed = _replay(token, digest) if token else None
        if replayed is None:
            raise
        return replayed
    except intake.NumberingError as error:
        raise ApiError(503, error.message) from None
    except WorkflowError as error:
        raise ApiError(400, error.message) from None
    g.api_call_recorded = True  # committed with the order (remember)
    response = jsonify(represent(order, topic_names=list(topics)))
    response.status_code = 201
    response.headers["Location"] = f"{bp.url_prefix}/requests/{order.case_no}"
    return response


def register(app):
    from auth import csrf

    csrf.exempt(bp)
    app.register_blueprint(bp)
