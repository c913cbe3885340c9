"""The intake API (/api/v1/, docs/RULES.md § Intake API) through the test client: keys
(missing, wrong, revoked), each endpoint, Idempotency-Key replays, bad bodies, rate limits,
masking and channel scope, the call log, and every answer checked against the schemas of
the API's own OpenAPI document (validated itself by openapi-spec-validator)."""

import hashlib
import re

import jsonschema
import pytest
from openapi_spec_validator import validate

import workflow
from api.keys import create_key
from models import ApiCall, ApiIdempotency, ApiKey, AuditLog, OrderEvent, OrderTopic, Topic, WorkOrder
from tests.factories import make_category, make_order, make_user
from tests.screens import order_in, post


@pytest.fixture
def api(app, redis_conn):
    """The API with a clean rate-limit store (Redis), a web key and a WeChat key, a category."""
    web, web_secret = create_key("县政府网站", "网络")
    wechat, wechat_secret = create_key("微信公众号", "微信")
    top = make_category("城乡建设类")
    sub = make_category("路灯维修", parent=top)
    return {"web": web_secret, "wechat": wechat_secret, "web_row": web, "top": top, "sub": sub}


def headers(secret, **extra):
    return {"X-API-Key": secret, **extra}


def new_body(api, **overrides):
    body = {
        "service_code": str(api["sub"].id),
        "description": "小区路灯坏了一个月，请尽快修理。我叫王小明，电话13912345678。",
        "address": "龙山县城关镇幸福路8号",
        "name": "王小明",
        "phone": "13912345678",
        "caller_area": "城镇",
    }
    body.update(overrides)
    return body


# --- the OpenAPI document and the responses' schemas ----------------------------------------


@pytest.fixture
def spec(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.get_json()
    validate(document)  # raises on an invalid OpenAPI 3.1 document
    return document


def conforms(spec, name, value):
    """Raise unless `value` matches components/schemas/`name` of the document (formats checked)."""
    schema = {**spec, "$ref": f"#/components/schemas/{name}"}
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(value)


def test_openapi_document_is_valid_and_lists_the_endpoints(spec):
    assert set(spec["paths"]) == {"/api/v1/services", "/api/v1/requests", "/api/v1/requests/{service_request_id}"}
    assert set(spec["paths"]["/api/v1/requests"]) == {"get", "post"}


def test_schema_check_can_fail(spec):
    with pytest.raises(jsonschema.ValidationError):
        conforms(spec, "Request", {"service_request_id": 5})


# --- keys -----------------------------------------------------------------------------------


def test_services_are_public_and_conform(client, api, spec):
    response = client.get("/api/v1/services")
    assert response.status_code == 200
    items = response.get_json()
    conforms(spec, "Service", items[0])
    for item in items:
        conforms(spec, "Service", item)
    codes = {i["service_code"]: i for i in items}
    assert codes[str(api["sub"].id)]["group"] == "城乡建设类"
    assert codes[str(api["top"].id)]["service_name"] == "城乡建设类"


@pytest.mark.parametrize(
    "sent,text",
    [(None, "缺少接口密钥"), ("hk_not-a-key", "接口密钥无效"), ("", "缺少接口密钥")],
)
def test_missing_or_wrong_key_is_401(client, api, spec, sent, text):
    extra = {} if sent is None else {"X-API-Key": sent}
    for method, url in (
        ("get", "/api/v1/requests"),
        ("get", "/api/v1/requests/20200000001"),
        ("post", "/api/v1/requests"),
    ):
        response = getattr(client, method)(url, headers=extra, json=new_body(api) if method == "post" else None)
        assert response.status_code == 401, url
        body = response.get_json()
        conforms(spec, "Errors", body)
        assert text in body["errors"][0]["description"]
    assert WorkOrder.select().count() == 0
    assert ApiCall.select().where(ApiCall.status == 401, ApiCall.key.is_null()).count() == 3


def test_revoked_key_is_refused_and_others_still_work(client, api):
    assert client.get("/api/v1/requests", headers=headers(api["web"])).status_code == 200
    ApiKey.update(revoked_at=ApiKey.created_at).where(ApiKey.id == api["web_row"].id).execute()
    response = client.post("/api/v1/requests", headers=headers(api["web"]), json=new_body(api))
    assert response.status_code == 401
    assert "已吊销" in response.get_json()["errors"][0]["description"]
    assert WorkOrder.select().count() == 0
    assert client.get("/api/v1/requests", headers=headers(api["wechat"])).status_code == 200
    # The refused call is logged against the revoked key.
    assert ApiCall.select().where(ApiCall.key == api["web_row"].id, ApiCall.status == 401).count() == 1


def test_supervisor_revokes_a_key_on_the_screen(client, login_as, api):
    login_as("supervisor")
    page = client.get("/admin/api_keys/").get_data(as_text=True)
    assert "县政府网站" in page and "吊销密钥" in page
    assert api["web"] not in page and api["web_row"].key_hash not in page
    response = post(client, "/admin/api_keys/action/", {"action": "revoke", "rowid": api["web_row"].id})
    assert response.status_code == 302
    row = ApiKey.get_by_id(api["web_row"].id)
    assert row.revoked_at is not None and row.revoked_by
    assert AuditLog.select().where(AuditLog.model == "ApiKey", AuditLog.action == "吊销").count() == 1
    assert client.get("/api/v1/requests", headers=headers(api["web"])).status_code == 401
    assert client.get("/api/v1/requests", headers=headers(api["wechat"])).status_code == 200


@pytest.mark.parametrize("role", ["operator", "department", "leader"])
def test_only_supervisors_reach_the_key_screens(client, login_as, api, role):
    login_as(role)
    assert client.get("/admin/api_keys/").status_code == 403
    assert client.get("/admin/api_calls/").status_code == 403
    assert post(client, "/admin/api_keys/action/", {"action": "revoke", "rowid": api["web_row"].id}).status_code == 403
    assert ApiKey.get_by_id(api["web_row"].id).revoked_at is None


def test_create_api_key_command_prints_the_key_once_and_stores_its_hash(runner, app):
    result = runner.invoke(args=["create-api-key", "县政府网站", "--channel", "网络"])
    assert result.exit_code == 0, result.output
    key = re.search(r"(hk_[A-Za-z0-9_-]{40,})", result.output).group(1)
    row = ApiKey.get(ApiKey.name == "县政府网站")
    assert row.channel == "网络"
    assert row.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key not in str(row.__data__)
    again = runner.invoke(args=["create-api-key", "县政府网站", "--channel", "网络"])
    assert again.exit_code != 0 and "已有名为" in again.output
    bad = runner.invoke(args=["create-api-key", "热线", "--channel", "电话"])
    assert bad.exit_code != 0
    assert ApiKey.select().count() == 1


# --- POST /requests -------------------------------------------------------------------------


def test_post_creates_a_new_order_of_the_keys_channel(client, api, spec):
    topic = Topic.create(name="疫情")
    response = client.post("/api/v1/requests", headers=headers(api["wechat"]), json=new_body(api, topics=["疫情"]))
    assert response.status_code == 201, response.get_json()
    data = response.get_json()
    conforms(spec, "Request", data)
    order = WorkOrder.get(WorkOrder.case_no == data["service_request_id"])
    assert re.fullmatch(r"\d{11}", order.case_no)
    assert (order.status, order.channel) == ("NEW", "微信")
    assert (order.category_id, order.subcategory_id) == (api["top"].id, api["sub"].id)
    assert order.caller_phone == "13912345678" and order.caller_name == "王小明"
    assert "幸福路8号" in order.content
    assert OrderTopic.select().where(OrderTopic.order == order, OrderTopic.topic == topic).exists()
    event = OrderEvent.get(OrderEvent.order == order)
    assert event.action == "受理" and "微信公众号" in event.note
    assert response.headers["Location"] == f"/api/v1/requests/{order.case_no}"
    # What comes back is masked as any GET.
    assert data["name"] == "王某某" and data["phone"] == "139****5678"
    assert "13912345678" not in response.get_data(as_text=True) and "王小明" not in response.get_data(as_text=True)
    assert data["status_label"] == "受理" and data["status"] == "open"


def test_two_posts_get_two_numbers(client, api):
    first = client.post("/api/v1/requests", headers=headers(api["web"]), json=new_body(api)).get_json()
    second = client.post("/api/v1/requests", headers=headers(api["web"]), json=new_body(api)).get_json()
    assert int(second["service_request_id"]) == int(first["service_request_id"]) + 1


def test_replayed_idempotency_key_gives_the_same_order(client, api, spec):
    sent = headers(api["web"], **{"Idempotency-Key": "web-20200110-0001"})
    first = client.post("/api/v1/requests", headers=sent, json=new_body(api))
    again = client.post("/api/v1/requests", headers=sent, json=new_body(api))
    assert (first.status_code, again.status_code) == (201, 200)
    conforms(spec, "Request", again.get_json())
    assert again.get_json()["service_request_id"] == first.get_json()["service_request_id"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert WorkOrder.select().count() == 1
    # Another key may use the same token for its own order.
    other = client.post(
        "/api/v1/requests", headers=headers(api["wechat"], **sent | {"X-API-Key": api["wechat"]}), json=new_body(api)
    )
    assert other.status_code == 201 and WorkOrder.select().count() == 2


def test_idempotency_key_with_another_body_is_422(client, api):
    sent = headers(api["web"], **{"Idempotency-Key": "abc-1"})
    assert client.post("/api/v1/requests", headers=sent, json=new_body(api)).status_code == 201
    response = client.post("/api/v1/requests", headers=sent, json=new_body(api, description="另一件事"))
    assert response.status_code == 422
    error = response.get_json()["errors"][0]
    assert error["field"] == "Idempotency-Key" and "内容不同" in error["description"]
    assert WorkOrder.select().count() == 1 and ApiIdempotency.select().count() == 1


def test_refused_post_leaves_its_idempotency_key_unused(client, api):
    sent = headers(api["web"], **{"Idempotency-Key": "k-2"})
    assert client.post("/api/v1/requests", headers=sent, json=new_body(api, description="")).status_code == 400
    assert ApiIdempotency.select().count() == 0
    assert client.post("/api/v1/requests", headers=sent, json=new_body(api)).status_code == 201


BAD_BODIES = [
    ({"service_code": None}, "service_code", "诉求分类"),
    ({"service_code": "999999"}, "service_code", "没有编号为 999999"),
    ({"service_code": 12}, "service_code", "诉求分类"),
    ({"description": "  "}, "description", "诉求内容（description）不能为空"),
    ({"description": "字" * 4001}, "description", "不能超过 4000"),
    ({"phone": "12345"}, "phone", "联系电话"),
    ({"caller_area": "郊区"}, "caller_area", "来电人类型"),
    ({"lat": 28.4}, "long", "经度"),
    ({"lat": 128.4, "long": 109.4}, "lat", "纬度"),
    ({"topics": ["没有的专题"]}, "topics", "专题"),
    ({"name": "名" * 51}, "name", "来电人姓名"),
    ({"colour": "red"}, "colour", "不认识的字段"),
]


@pytest.mark.parametrize("change,field,text", BAD_BODIES, ids=[b[1] + str(i) for i, b in enumerate(BAD_BODIES)])
def test_bad_body_is_400_naming_the_field(client, api, spec, change, field, text):
    body = new_body(api)
    for key, value in change.items():
        if value is None:
            body.pop(key)
        else:
            body[key] = value
    response = client.post("/api/v1/requests", headers=headers(api["web"]), json=body)
    assert response.status_code == 400
    errors = response.get_json()["errors"]
    conforms(spec, "Errors", response.get_json())
    assert errors[0]["field"] == field
    assert text in errors[0]["description"]
    assert WorkOrder.select().count() == 0


@pytest.mark.parametrize("data", ["not json", "[1, 2]", '"text"'])
def test_body_that_is_not_a_json_object_is_400(client, api, data):
    response = client.post("/api/v1/requests", headers=headers(api["web"]), data=data, content_type="application/json")
    assert response.status_code == 400
    assert "JSON" in response.get_json()["errors"][0]["description"]


# --- GET /requests --------------------------------------------------------------------------


def test_get_one_masks_personal_data_and_keeps_to_the_channel(client, api, spec):
    order = order_in(
        "REPLIED",
        channel="网络",
        caller_name="李建国",
        caller_phone="13812345678",
        content="李建国反映：家门口下水道堵了，回电13812345678。",
        received_at=workflow.local_now(),
    )
    response = client.get(f"/api/v1/requests/{order.case_no}", headers=headers(api["web"]))
    assert response.status_code == 200
    data = response.get_json()
    conforms(spec, "Request", data)
    text = response.get_data(as_text=True)
    assert "李建国" not in text and "13812345678" not in text
    assert data["name"] == "李某某" and data["phone"] == "138****5678"
    assert "李某某" in data["description"]
    assert data["status_label"] == "已回复" and data["status_notes"] == "已处理完毕"
    assert data["agency_responsible"] and data["expected_datetime"].endswith("+08:00")
    # Another channel's key does not see it, nor an unknown number.
    for secret, number in ((api["wechat"], order.case_no), (api["web"], "20209999999")):
        missing = client.get(f"/api/v1/requests/{number}", headers=headers(secret))
        assert missing.status_code == 404
        conforms(spec, "Errors", missing.get_json())


def test_list_filters_by_date_and_status_within_the_channel(client, api, spec):
    import datetime as dt

    day = dt.datetime(2020, 1, 10, 9, 0)
    mine_open = make_order(channel="网络", received_at=day)
    mine_closed = order_in("ONLINE", channel="网络", received_at=day + dt.timedelta(days=1))
    make_order(channel="网络", received_at=day + dt.timedelta(days=40))
    make_order(channel="微信", received_at=day)
    make_order(channel="电话", received_at=day)
    url = "/api/v1/requests?start_date=2020-01-10&end_date=2020-01-11"
    rows = client.get(url, headers=headers(api["web"])).get_json()
    for row in rows:
        conforms(spec, "Request", row)
    assert [r["service_request_id"] for r in rows] == [mine_closed.case_no, mine_open.case_no]
    closed = client.get(url + "&status=closed", headers=headers(api["web"])).get_json()
    assert [r["service_request_id"] for r in closed] == [mine_closed.case_no]
    opened = client.get(url + "&status=open", headers=headers(api["web"])).get_json()
    assert [r["service_request_id"] for r in opened] == [mine_open.case_no]
    for bad, field in (
        ("status=done", "status"),
        ("start_date=2020-13-01", "start_date"),
        ("start_date=2020-02-01&end_date=2020-01-01", "start_date"),
    ):
        response = client.get(f"/api/v1/requests?{bad}", headers=headers(api["web"]))
        assert response.status_code == 400
        assert response.get_json()["errors"][0]["field"] == field


# --- rate limits, the session, the log ------------------------------------------------------


def test_rate_limit_per_key(app, client, api, spec):
    app.config["API_RATE_LIMIT"] = "3 per minute"
    for _ in range(3):
        assert client.get("/api/v1/requests", headers=headers(api["web"])).status_code == 200
    response = client.post("/api/v1/requests", headers=headers(api["web"]), json=new_body(api))
    assert response.status_code == 429
    conforms(spec, "Errors", response.get_json())
    assert "频繁" in response.get_json()["errors"][0]["description"]
    assert 1 <= int(response.headers["Retry-After"]) <= 61  # the rest of this minute's window (whole seconds)
    assert WorkOrder.select().count() == 0
    # The other key has its own allowance.
    assert client.get("/api/v1/requests", headers=headers(api["wechat"])).status_code == 200
    assert ApiCall.select().where(ApiCall.status == 429).count() == 1


def test_rate_limit_per_address_without_a_key(app, client, api):
    app.config["API_RATE_LIMIT"] = "2 per minute"
    assert [client.get("/api/v1/services").status_code for _ in range(3)] == [200, 200, 429]
    other = client.get("/api/v1/services", environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code == 200


def test_the_api_neither_sets_nor_honours_the_session_cookie(client, login_as, api):
    login_as("supervisor")  # a browser session with every right
    response = client.get("/api/v1/requests")
    assert response.status_code == 401
    ok = client.post("/api/v1/requests", headers=headers(api["web"]), json=new_body(api))  # no CSRF token needed
    assert ok.status_code == 201
    for answer in (response, ok, client.get("/api/v1/services")):
        assert "Set-Cookie" not in answer.headers
        assert answer.headers["Cache-Control"] == "no-store"
    # The web screens still refuse a POST without a CSRF token.
    assert client.post("/admin/orders/new/", data={"category": api["top"].id, "content": "x"}).status_code == 400


def test_every_call_is_logged(client, api):
    client.get("/api/v1/services")
    client.post("/api/v1/requests", headers=headers(api["web"]), json=new_body(api))
    client.get("/api/v1/requests/1", headers=headers(api["web"]))
    rows = [(c.key_id, c.method, c.endpoint, c.status) for c in ApiCall.select().order_by(ApiCall.id)]
    web = api["web_row"].id
    assert rows == [
        (None, "GET", "/api/v1/services", 200),
        (web, "POST", "/api/v1/requests", 201),
        (web, "GET", "/api/v1/requests/1", 404),
    ]


def test_call_log_screen_lists_calls(client, login_as, api):
    client.get("/api/v1/requests", headers=headers(api["web"]))
    make_user("operator")
    login_as("supervisor")
    page = client.get("/admin/api_calls/").get_data(as_text=True)
    assert "/api/v1/requests" in page and "县政府网站" in page


def test_the_form_and_the_api_share_one_numbering_and_the_phone_rule_of_the_filter(client, login_as, api, redis_conn):
    from rq import Queue

    login_as("operator")
    form = {"channel": "电话", "caller_phone": "13812345678", "category": api["top"].id, "subcategory": 0}
    form |= {"content": "路灯不亮", "disposition": "keep"}
    assert post(client, "/admin/orders/new/", form).status_code == 302
    by_phone = WorkOrder.get(WorkOrder.channel == "电话")
    queued = [job.args for job in Queue("default", connection=redis_conn).jobs]
    assert queued == [(by_phone.id,)]  # the phone order went to the harassment filter
    data = client.post("/api/v1/requests", headers=headers(api["web"]), json=new_body(api)).get_json()
    assert int(data["service_request_id"]) == int(by_phone.case_no) + 1
    # The filter judges calls only (docs/RULES.md § Harassment filter): a 网络 order is not queued.
    assert len(Queue("default", connection=redis_conn).jobs) == 1


def test_the_same_idempotency_key_sent_twice_at_once_makes_one_order(app, api):
    import threading

    barrier = threading.Barrier(4)
    answers = []
    sent = headers(api["web"], **{"Idempotency-Key": "together-1"})

    def send():
        client = app.test_client()
        barrier.wait()
        response = client.post("/api/v1/requests", headers=sent, json=new_body(api))
        answers.append((response.status_code, response.get_json()["service_request_id"]))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(code for code, _ in answers) == [200, 200, 200, 201]
    assert len({number for _, number in answers}) == 1
    assert WorkOrder.select().count() == 1 and ApiIdempotency.select().count() == 1
