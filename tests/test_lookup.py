"""工单查询, the callers' public page: the right pair shows the progress (never the name or
number), a wrong pair and an unknown number get one and the same answer in about the same
time, the form has CSRF, and tries are limited per address."""

import re
import statistics
import time

import pytest

import workflow
from tests.conftest import csrf_token
from tests.factories import make_user
from tests.screens import order_in

NOT_FOUND = "没有查到相符的工单"


@pytest.fixture
def replied(app, redis_conn):
    return order_in(
        "REPLIED",
        caller_name="赵大勇",
        caller_phone="13812345678",
        content="赵大勇反映楼下噪音扰民，回电13812345678。",
    )


def ask(client, case_no, tail, **kwargs):
    token = csrf_token(client, "/lookup")
    return client.post("/lookup", data={"case_no": case_no, "phone_tail": tail, "csrf_token": token}, **kwargs)


def test_right_pair_shows_progress_without_name_or_number(client, replied):
    workflow.WorkOrder.update(reply="已联系赵大勇（13812345678），噪音已制止。").where(
        workflow.WorkOrder.id == replied.id
    ).execute()
    response = ask(client, replied.case_no, "5678")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert replied.case_no in html
    assert re.search(r'id="lookup-status">已回复<', html)
    assert replied.department.name in html
    assert "噪音已制止" in html  # the reply, once replied
    assert "赵大勇" not in html and "13812345678" not in html
    assert "赵某某" in html and "138****5678" in html  # masked inside the reply
    assert "楼下噪音" not in html  # the caller's own text is not shown either
    assert NOT_FOUND not in html


def test_no_reply_before_the_unit_replies(client, app, redis_conn):
    order = order_in("DISPATCHED", caller_phone="0743-4221234")
    html = ask(client, order.case_no, "1234").get_data(as_text=True)
    assert re.search(r'id="lookup-status">已转办<', html)
    assert 'id="lookup-reply"' not in html
    assert order.due_at.strftime("%Y-%m-%d") in html


@pytest.mark.parametrize("case_no,tail", [("SAME", "1234"), ("20209999999", "5678"), ("SAME", "0000")])
def test_wrong_pair_and_unknown_number_get_the_same_answer(client, replied, case_no, tail):
    case_no = replied.case_no if case_no == "SAME" else case_no
    response = ask(client, case_no, tail)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert NOT_FOUND in html
    assert 'id="lookup-result"' not in html and "已回复" not in html


def _answer(html):
    return re.sub(r'name="csrf_token"[^>]*value="[^"]+"|value="[^"]*"', "", html)


def test_wrong_pair_and_unknown_number_are_alike_in_body_and_time(app, client, replied):
    app.config["LOOKUP_RATE_LIMIT"] = "10000 per minute"
    wrong = _answer(ask(client, replied.case_no, "0000").get_data(as_text=True))
    unknown = _answer(ask(client, "20209999999", "0000").get_data(as_text=True))
    assert wrong == unknown
    times = {"wrong": [], "unknown": []}
    for _ in range(30):
        for kind, number in (("wrong", replied.case_no), ("unknown", "20209999999")):
            token = csrf_token(client, "/lookup")
            start = time.perf_counter()
            client.post("/lookup", data={"case_no": number, "phone_tail": "0000", "csrf_token": token})
            times[kind].append(time.perf_counter() - start)
    wrong_ms, unknown_ms = (statistics.median(times[k]) * 1000 for k in ("wrong", "unknown"))
    assert abs(wrong_ms - unknown_ms) < max(0.25 * unknown_ms, 2.0), (wrong_ms, unknown_ms)


def test_bad_input_gets_chinese_messages(client, replied):
    html = ask(client, "", "12").get_data(as_text=True)
    assert "请输入工单编号" in html and "请输入4位数字" in html


def test_form_needs_its_csrf_token(client, replied):
    response = client.post("/lookup", data={"case_no": replied.case_no, "phone_tail": "5678"})
    assert response.status_code == 400
    assert "已回复" not in response.get_data(as_text=True)


def test_tries_are_limited_per_address(app, client, replied):
    app.config["LOOKUP_RATE_LIMIT"] = "3 per minute"
    codes = [ask(client, replied.case_no, "0000").status_code for _ in range(3)]
    refused = ask(client, replied.case_no, "5678")
    assert codes == [200, 200, 200] and refused.status_code == 429
    assert 1 <= int(refused.headers["Retry-After"]) <= 61
    html = refused.get_data(as_text=True)
    assert "查询过于频繁" in html and "已回复" not in html
    # Another address still gets its answer; reading the form is never limited.
    assert client.get("/lookup").status_code == 200
    other = ask(client, replied.case_no, "5678", environ_base={"REMOTE_ADDR": "10.1.2.3"})
    assert other.status_code == 200 and "已回复" in other.get_data(as_text=True)


def test_lookup_needs_no_login_and_shows_no_back_office(client, replied):
    make_user("supervisor")
    html = client.get("/lookup").get_data(as_text=True)
    assert "工单查询" in html and 'name="viewport"' in html
    assert "/admin/" not in html
