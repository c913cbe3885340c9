"""The OpenAPI 3 document of /api/v1/ (served at /api/v1/openapi.json, checked by the tests
with openapi-spec-validator, and the responses against its schemas)."""

from models import API_CHANNELS, CALLER_AREAS, CHANNELS

_DATETIME = {"type": ["string", "null"], "format": "date-time"}

ERRORS = {
    "type": "object",
    "required": ["errors"],
    "properties": {
        "errors": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["code", "description"],
                "properties": {
                    "code": {"type": "integer"},
                    "field": {"type": "string", "description": "出错的字段名"},
                    "description": {"type": "string", "description": "中文说明"},
                },
            },
        }
    },
}

SERVICE = {
    "type": "object",
    "required": ["service_code", "service_name", "metadata", "type", "group"],
    "properties": {
        "service_code": {"type": "string", "description": "诉求分类编号"},
        "service_name": {"type": "string", "description": "分类名称"},
        "description": {"type": "string"},
        "metadata": {"type": "boolean"},
        "type": {"type": "string", "enum": ["realtime", "batch", "blackbox"]},
        "keywords": {"type": "string"},
        "group": {"type": "string", "description": "诉求大类"},
    },
}

REQUEST = {
    "type": "object",
    "required": [
        "service_request_id", "status", "status_label", "service_code", "service_name", "description",
        "requested_datetime", "updated_datetime", "expected_datetime", "agency_responsible", "channel",
    ],
    "properties": {
        "service_request_id": {"type": "string", "description": "工单编号"},
        "status": {"type": "string", "enum": ["open", "closed"]},
        "status_label": {"type": "string", "description": "中文扩展：工单状态（受理、已转办……）"},
        "status_notes": {"type": "string", "description": "答复内容（已回复、已办结或在线办结后），个人信息已遮蔽"},
        "service_code": {"type": "string"},
        "service_name": {"type": "string"},
        "description": {"type": "string", "description": "诉求内容，个人信息已遮蔽"},
        "agency_responsible": {"type": ["string", "null"], "description": "承办单位"},
        "requested_datetime": {"type": "string", "format": "date-time", "description": "受理时间"},
        "updated_datetime": _DATETIME,
        "expected_datetime": {**_DATETIME, "description": "办理时限"},
        "channel": {"type": "string", "enum": list(CHANNELS), "description": "中文扩展：来源渠道"},
        "caller_area": {"type": ["string", "null"], "enum": [*CALLER_AREAS, None], "description": "中文扩展：来电人类型"},
        "topics": {"type": "array", "items": {"type": "string"}, "description": "中文扩展：专题"},
        "name": {"type": "string", "description": "来电人姓名（遮蔽，如 张某某）"},
        "phone": {"type": "string", "description": "联系电话（遮蔽，如 138****5678）"},
    },
}  # fmt: skip

NEW_REQUEST = {
    "type": "object",
    "additionalProperties": False,
    "required": ["service_code", "description"],
    "properties": {
        "service_code": {"type": "string", "pattern": "^[0-9]{1,18}$", "description": "GET /services 的分类编号"},
        "description": {"type": "string", "minLength": 1, "maxLength": 4000, "description": "诉求内容"},
        "address": {"type": "string", "maxLength": 200, "description": "地址（写入诉求内容）"},
        "lat": {"type": "number", "minimum": -90, "maximum": 90},
        "long": {"type": "number", "minimum": -180, "maximum": 180},
        "name": {"type": "string", "maxLength": 50, "description": "中文扩展：来电人姓名（不拆姓与名）"},
        "phone": {"type": "string", "maxLength": 32, "description": "联系电话：11 位手机号或带区号的固定电话"},
        "caller_area": {"type": "string", "enum": list(CALLER_AREAS), "description": "中文扩展：来电人类型"},
        "topics": {"type": "array", "maxItems": 20, "items": {"type": "string"}, "description": "中文扩展：专题名称"},
    },
}


def _error_response(text):
    return {"description": text, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}}}


def _json(schema_ref, text):
    return {"description": text, "content": {"application/json": {"schema": schema_ref}}}


_KEYED = {
    "401": _error_response("缺少、无效或已吊销的接口密钥"),
    "429": _error_response("调用过于频繁"),
}
_REQUEST_REF = {"$ref": "#/components/schemas/Request"}


def document():
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "12345政府服务热线 工单接口",
            "version": "1.0.0",
            "description": (
                "Open311 GeoReport v2 风格的 JSON 接口。各渠道（" + "、".join(API_CHANNELS) + "）持各自的接口密钥，"
                "放在请求头 X-API-Key 中；只能看到本渠道的工单，个人信息已遮蔽。"
            ),
        },
        "servers": [{"url": "/"}],
        "components": {
            "securitySchemes": {"apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}},
            "schemas": {"Errors": ERRORS, "Service": SERVICE, "Request": REQUEST, "NewRequest": NEW_REQUEST},
        },
        "paths": {
            "/api/v1/services": {
                "get": {
                    "summary": "诉求分类（公开）",
                    "operationId": "listServices",
                    "security": [],
                    "responses": {
                        "200": _json({"type": "array", "items": {"$ref": "#/components/schemas/Service"}}, "分类列表"),
                        "429": _KEYED["429"],
                    },
                }
            },
            "/api/v1/requests": {
                "post": {
                    "summary": "提交新工单（状态：受理，渠道取自密钥）",
                    "operationId": "createRequest",
                    "security": [{"apiKey": []}],
                    "parameters": [
                        {
                            "name": "Idempotency-Key",
                            "in": "header",
                            "required": False,
                            "description": "同一键重发同一内容只生成一个工单；内容不同则 422",
                            "schema": {"type": "string", "maxLength": 100},
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewRequest"}}},
                    },
                    "responses": {
                        "201": _json(_REQUEST_REF, "已受理"),
                        "200": _json(_REQUEST_REF, "重发的请求：先前生成的同一工单"),
                        "400": _error_response("请求内容有误，field 为出错的字段"),
                        "422": _error_response("Idempotency-Key 已用于内容不同的请求"),
                        "503": _error_response("系统繁忙（工单编号一时未能分配），可用同一 Idempotency-Key 重试"),
                        **_KEYED,
                    },
                },
                "get": {
                    "summary": "本渠道的工单列表（最多 1000 条，新的在前）",
                    "operationId": "listRequests",
                    "security": [{"apiKey": []}],
                    "parameters": [
                        {"name": "start_date", "in": "query", "schema": {"type": "string"}, "description": "受理时间起（含），默认结束前 90 天"},
                        {"name": "end_date", "in": "query", "schema": {"type": "string"}, "description": "受理时间止（日期则含当天）"},
                        {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["open", "closed"]}},
                    ],
                    "responses": {
                        "200": _json({"type": "array", "items": _REQUEST_REF}, "工单列表"),
                        "400": _error_response("参数有误"),
                        **_KEYED,
                    },
                },
            },
            "/api/v1/requests/{service_request_id}": {
                "get": {
                    "summary": "一个工单的进展",
                    "operationId": "getRequest",
                    "security": [{"apiKey": []}],
                    "parameters": [
                        {"name": "service_request_id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": _json(_REQUEST_REF, "工单"),
                        "404": _error_response("没有此工单，或它不属于本渠道"),
                        **_KEYED,
                    },
                }
            },
        },
    }  # fmt: skip
