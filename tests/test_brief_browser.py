"""The brief's page in Debian's headless chromium, as a supervisor: 报/送 typed and 生成 clicked
without 保存 — the PDF shows what was typed; typing while the PDF renders loses nothing (the
page polls, never reloads); the proposed cases and problems appear as pre-selected lists.
Screenshots go to tests/artifacts/."""

import datetime as dt
import re

import pytest

import workflow
from models import Brief
from tests.brief_pdf import flat, pdf_text
from tests.factories import make_category, make_department, make_order, make_user
from tests.rq_helpers import run_worker
from tests.test_browser import CHROMIUM, log_in, page, server, shot  # noqa: F401  (fixtures)

pytestmark = [
    pytest.mark.skipif(not CHROMIUM, reason="没有 chromium"),
    pytest.mark.sqlite_only,  # browser screens: their database work is tested on both elsewhere
]


def _quarter():
    staff = make_user("supervisor", username="brief_admin", display_name="专报管理员")
    category = make_category("城乡建设类")
    unit = make_department("县住建局")
    day = dt.datetime(2020, 2, 3, 9)
    for i in range(12):
        order = make_order(
            received_at=day + dt.timedelta(hours=i),
            category=category,
            content=f"来电反映小区第{i % 3 + 1}栋楼下路灯不亮，晚上出行不便，希望尽快维修路灯。",
        )
        workflow.dispatch(order, unit, actor=staff, at=day)
        workflow.sign(order, actor=staff, at=day)
        workflow.reply(order, "已安排人员更换灯泡，路灯恢复照明。", actor=staff, at=day + dt.timedelta(days=1))
        workflow.resolve(order, actor=staff, at=day + dt.timedelta(days=2))
        workflow.record_callback(order, "满意", "诉求人满意。", actor=staff, at=day + dt.timedelta(days=3))
    return Brief.create(period="2020Q1", version=1, issue_no=3)


def test_generate_without_saving_prints_what_was_typed_and_typing_is_kept(app, page, redis_conn, tmp_path):  # noqa: F811
    with app.app_context():
        brief = _quarter()
    log_in(page, "brief_admin")
    page.goto(f"/admin/briefs/{brief.id}/")
    # The proposal is there as pre-selected, editable lists; 报/送 starts from the real default.
    assert page.is_visible("#proposed-note")
    assert page.input_value("#problem-0-heading").endswith("问题反映较多")
    assert page.input_value("#recipients").startswith("报：")
    page.fill("#recipients", "报：县长办公室\n送：县住建局、县城管局")
    page.fill("#problem-0-heading", "小区路灯损坏维修不及时")
    shot(page, "brief_page_typed")
    page.click("#generate")  # without 保存
    page.wait_for_load_state()
    assert page.is_visible("#job-progress")
    # Typing while the job waits and runs: the page must not reload over it.
    page.fill("#note_units", "注：正在输入的成员单位说明")
    page.fill("#issue_no", "4")
    run_worker(app, "briefs")  # the real job, on the real queue
    page.wait_for_selector("#download-pdf:not([hidden])", timeout=20000)
    assert page.input_value("#note_units") == "注：正在输入的成员单位说明"
    assert page.input_value("#issue_no") == "4"
    assert page.input_value("#recipients") == "报：县长办公室\n送：县住建局、县城管局"
    shot(page, "brief_page_done")
    response = page.request.get(f"/admin/briefs/{brief.id}/pdf?download=1")
    assert response.ok
    path = tmp_path / "brief.pdf"
    path.write_bytes(response.body())
    text = flat(pdf_text(path))
    assert "报：县长办公室" in text and "送：县住建局、县城管局" in text
    assert "小区路灯损坏维修不及时" in text  # the heading typed, saved by 生成
    assert re.search(r"第3期", text)  # 4 was typed after 生成: not yet in this PDF
    with app.app_context():
        assert Brief.get_by_id(brief.id).recipients == "报：县长办公室\n送：县住建局、县城管局"
    page.goto("/admin/briefs/")  # the list, with the records' first day for 同比/环比
    assert page.is_visible("#first_day") and page.input_value("#recipients").startswith("报：")
    shot(page, "brief_index")
