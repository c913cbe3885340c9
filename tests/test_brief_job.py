"""One click: the brief's page queues the rendering job, a real RQ worker renders it, the page
shows progress, then the PDF; a failing render shows its error. Who may do what on the page."""

import datetime as dt
import re

import pytest

import workflow
from models import AuditLog, Brief, CaseStudy, WorkOrder
from tests.brief_pdf import flat
from tests.factories import make_order, make_user
from tests.rq_helpers import run_worker
from tests.screens import post


@pytest.fixture
def orders(app):
    operator = make_user("operator")
    made = []
    for hour in range(3):
        order = make_order(received_at=dt.datetime(2020, 2, 3, 9 + hour), content=f"第{hour}个来电反映路灯不亮。")
        workflow.close_online(order, actor=operator, reply="已告知维修电话")
        made.append(order)
    return made


def page(client, brief):
    return client.get(f"/admin/briefs/{brief.id}/").get_data(as_text=True)


def create(client, follow_redirects=False, **fields):
    data = {
        "period": "2020Q1",
        "issue_no": "1",
        "total_issue_no": "25",
        "issuer": "龙山县12345政府服务热线",
        "recipients": "报：县委办、县政府办\n送：各成员单位",
    }
    data.update(fields)
    return post(client, "/admin/briefs/create", data, follow_redirects=follow_redirects)


def test_generate_runs_through_a_real_worker_and_shows_the_pdf(app, client, login_as, redis_conn, orders, tmp_path):
    login_as("supervisor")
    response = create(client)
    assert response.status_code == 302
    brief = Brief.get()
    assert (brief.period, brief.issue_no, brief.total_issue_no, brief.version) == ("2020Q1", 1, 25, 1)

    assert post(client, f"/admin/briefs/{brief.id}/generate").status_code == 302
    html = page(client, brief)
    # Progress is polled as JSON by the page, which is never reloaded (typing is not lost).
    assert "排队中" in html and 'data-busy="1"' in html and 'http-equiv="refresh"' not in html
    status = client.get(f"/admin/briefs/{brief.id}/status").get_json()
    assert status["busy"] and status["text"] == "排队中" and not status["pdf_ready"]
    assert redis_conn.llen("rq:queue:briefs") == 1

    run_worker(app, "briefs")
    brief = Brief.get_by_id(brief.id)
    assert brief.job_status == "已完成" and brief.job_error == ""
    html = page(client, brief)
    assert 'data-busy="0"' in html
    assert f"/admin/briefs/{brief.id}/pdf" in html and "<iframe" in html
    status = client.get(f"/admin/briefs/{brief.id}/status").get_json()
    assert not status["busy"] and status["pdf_ready"] and status["text"] == "已完成"

    response = client.get(f"/admin/briefs/{brief.id}/pdf?download=1")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    assert "attachment" in response.headers["Content-Disposition"]
    pdf = tmp_path / "got.pdf"
    pdf.write_bytes(response.data)
    from tests.brief_pdf import pdf_text

    text = flat(pdf_text(pdf))
    assert "第1期（总第25期）" in text and "报：县委办、县政府办" in text
    assert f"累计接到群众来电来信{len(orders)}个" in text


def test_a_failing_render_shows_its_error_on_the_page(app, client, login_as, redis_conn):
    login_as("supervisor")
    broken = Brief.create(period="2020Q9")  # a period no parser accepts: the render raises
    post(client, f"/admin/briefs/{broken.id}/generate")
    run_worker(app, "briefs")
    broken = Brief.get_by_id(broken.id)
    assert broken.job_status == "失败"
    html = page(client, broken)
    assert 'id="job-error"' in html and "生成失败" in html and "无法识别的期间" in html


def test_the_page_reports_a_queue_outage(app, client, login_as, orders):
    login_as("supervisor")
    create(client)
    brief = Brief.get()
    app.config["REDIS_URL"] = "redis://127.0.0.1:1/0"  # nothing listens there
    app.extensions.pop("redis", None)
    response = post(client, f"/admin/briefs/{brief.id}/generate", follow_redirects=True)
    assert "后台任务服务不可用" in response.get_data(as_text=True)
    assert Brief.get_by_id(brief.id).job_status == ""


def test_editing_notes_and_case_texts_then_issuing_freezes_and_versions(app, client, login_as, redis_conn, orders):
    login_as("supervisor")
    study = CaseStudy.create(order=orders[0], period="2020Q1", section="案例摘选", position=1)
    create(client)
    brief = Brief.get()
    html = page(client, brief)
    shown = re.search(r'name="case-0-text"[^>]*>([^<]*)</textarea>', html).group(1)
    assert shown.startswith(f"案件公文号{orders[0].case_no}")

    form = {
        "issue_no": "2",
        "total_issue_no": "26",
        "issuer": "龙山县12345政府服务热线",
        "recipients": "报：县政府办",
        "issued_on": "2020-04-10",
        f"case_{study.id}": "人工修改后的案例文字。",
        "note_categories": "注：人工撰写的分类说明。",
    }
    assert post(client, f"/admin/briefs/{brief.id}/save", form).status_code == 302
    assert CaseStudy.get_by_id(study.id).text == "人工修改后的案例文字。"
    brief = Brief.get_by_id(brief.id)
    assert brief.issue_no == 2 and brief.notes["categories"] == "注：人工撰写的分类说明。"
    preview = client.get(f"/admin/briefs/{brief.id}/preview").get_data(as_text=True)
    assert "人工修改后的案例文字。" in preview and "注：人工撰写的分类说明。" in preview
    assert "2020年4月10日" in preview
    post(client, f"/admin/briefs/{brief.id}/save", {"issue_no": "3"})  # a form without the notes
    kept = Brief.get_by_id(brief.id)
    assert kept.notes["categories"] == "注：人工撰写的分类说明。" and kept.issue_no == 3
    assert kept.issued_on == dt.date(2020, 4, 10) and kept.recipients == "报：县政府办"

    post(client, f"/admin/briefs/{brief.id}/issue")
    issued = Brief.get_by_id(brief.id)
    assert issued.status == "已签发" and issued.figures_json and issued.texts_json
    assert AuditLog.select().where((AuditLog.model == "Brief") & (AuditLog.action == "签发")).count() == 1
    # Frozen: a later order and a later edit don't change the issued brief.
    make_order(received_at=dt.datetime(2020, 3, 1, 9))
    refused = post(
        client, f"/admin/briefs/{brief.id}/save", {**form, f"case_{study.id}": "再改"}, follow_redirects=True
    )
    assert "已签发的专报不能修改" in refused.get_data(as_text=True)
    assert CaseStudy.get_by_id(study.id).text == "人工修改后的案例文字。"
    preview = flat(client.get(f"/admin/briefs/{brief.id}/preview").get_data(as_text=True))
    assert f"累计接到群众来电来信{len(orders)}个" in preview

    post(client, f"/admin/briefs/{brief.id}/issue")  # issuing again: a new version
    newest = Brief.select().order_by(Brief.version.desc()).first()
    assert newest.version == 2 and newest.id != brief.id and newest.status == "已签发"
    assert f"累计接到群众来电来信{len(orders) + 1}个" in flat(
        client.get(f"/admin/briefs/{newest.id}/preview").get_data(as_text=True)
    )

    run_worker(app, "briefs")  # issuing queued the issued PDFs
    assert Brief.get_by_id(newest.id).job_status == "已完成"
    docx = client.get(f"/admin/briefs/{newest.id}/docx")
    assert docx.status_code == 200 and docx.data[:2] == b"PK"


def test_bad_input_is_refused_with_a_message_and_changes_nothing(app, client, login_as):
    login_as("supervisor")
    html = create(client, period="2020Q5", follow_redirects=True).get_data(as_text=True)
    assert "无法识别的期间「2020Q5」" in html
    html = create(client, issue_no="第一", follow_redirects=True).get_data(as_text=True)
    assert "期号（第X期）须为正整数" in html
    html = create(client, total_issue_no="99999999999999999999", follow_redirects=True).get_data(as_text=True)
    assert "总期号（总第X期）不能大于99999" in html
    html = create(client, issue_no="²", follow_redirects=True).get_data(as_text=True)
    assert "期号（第X期）须为正整数" in html
    html = create(client, issued_on="2020/4/10", follow_redirects=True).get_data(as_text=True)
    assert "印发日期「2020/4/10」应写作 2020-04-10" in html
    assert Brief.select().count() == 0


def test_personal_data_stays_masked_unless_the_supervisor_chooses(app, client, login_as, orders):
    login_as("supervisor")
    order = WorkOrder.get_by_id(orders[0].id)
    order.caller_name = "姜求学"
    order.content = "姜求学来电反映路灯不亮，电话13812345678。"
    order.save()
    CaseStudy.create(order=order, period="2020Q1", section="案例摘选", position=1)
    create(client)
    brief = Brief.get()
    preview = client.get(f"/admin/briefs/{brief.id}/preview").get_data(as_text=True)
    assert "姜某某" in preview and "138****5678" in preview and "姜求学" not in preview
    post(client, f"/admin/briefs/{brief.id}/save", {"show_personal_data": "1", "issuer": "", "recipients": ""})
    preview = client.get(f"/admin/briefs/{brief.id}/preview").get_data(as_text=True)
    assert "姜求学" in preview and "13812345678" in preview
    assert CaseStudy.get().text == ""  # an untouched case text is not stored as an edit


@pytest.mark.parametrize(
    "role, read, write",
    [("supervisor", 200, 302), ("leader", 200, 403), ("operator", 200, 403), ("department", 403, 403)],
)
def test_roles(app, client, login_as, redis_conn, role, read, write):
    brief = Brief.create(period="2020Q1")
    login_as(role)
    assert client.get("/admin/briefs/").status_code == read
    assert client.get(f"/admin/briefs/{brief.id}/").status_code == read
    assert client.get(f"/admin/briefs/{brief.id}/preview").status_code == read
    assert client.get(f"/admin/briefs/{brief.id}/docx").status_code == read
    assert post(client, f"/admin/briefs/{brief.id}/save", {"issue_no": "9"}).status_code == write
    assert post(client, f"/admin/briefs/{brief.id}/issue").status_code == write
    assert create(client).status_code == write
    expected = 9 if write == 302 else None
    assert Brief.get_by_id(brief.id).issue_no == expected


def test_forms_need_the_csrf_token(app, client, login_as):
    brief = Brief.create(period="2020Q1")
    login_as("supervisor")
    assert post(client, f"/admin/briefs/{brief.id}/issue", token=False).status_code == 400
    assert Brief.get_by_id(brief.id).status == "草稿"


def test_the_issued_pdf_stays_downloadable_while_a_new_version_renders(app, client, login_as, redis_conn, orders):
    login_as("supervisor")
    create(client)
    brief = Brief.get()
    post(client, f"/admin/briefs/{brief.id}/issue")
    run_worker(app, "briefs")
    assert Brief.get_by_id(brief.id).job_status == "已完成"
    post(client, f"/admin/briefs/{brief.id}/issue")  # version 2, queued, not rendered yet
    newest = Brief.select().order_by(Brief.version.desc()).first()
    assert newest.version == 2 and newest.job_status == "排队中"
    html = page(client, newest)
    assert f'href="/admin/briefs/{brief.id}/pdf?download=1"' in html and "下载已签发第1版 PDF" in html
    response = client.get(f"/admin/briefs/{brief.id}/pdf?download=1")
    assert response.status_code == 200 and response.data.startswith(b"%PDF")


def test_generate_refuses_a_bad_form_and_queues_nothing(app, client, login_as, redis_conn, orders):
    login_as("supervisor")
    create(client)
    brief = Brief.get()
    form = {"selection": "1", "case-new-no": "20990000001", "recipients": "报：县长"}
    html = post(client, f"/admin/briefs/{brief.id}/generate", form, follow_redirects=True).get_data(as_text=True)
    assert "未生成：没有工单编号为「20990000001」的工单" in html
    assert redis_conn.llen("rq:queue:briefs") == 0
    assert Brief.get_by_id(brief.id).recipients == "报：县委办、县政府办\n送：各成员单位"  # nothing changed
