"""The brief's content: case texts by their pattern (docs/RULES.md § Case texts), masking, staff edits, pre-filled
notes, 同比/环比, freezing on issue and new versions, an empty period, the `brief` command
(PDF, .docx, HTML), and the seed brief reproduced from the demo data, figure for figure."""

import datetime as dt
import re
from pathlib import Path

import docx
import pytest

import workflow
from brief.content import ISSUED, brief_context, case_sections, case_text, draft_for, issue, mask_text
from brief.render import render_html
from figures import figures_for
from models import Brief, CaseStudy, Setting, WorkOrder
from tests.brief_pdf import body as pdf_body
from tests.brief_pdf import flat, pdf_text
from tests.factories import make_category, make_department, make_order, make_user

SEED = Path("/work/shared/seeds/000_3a38100a8f3f51a2.txt")
DAY = dt.datetime(2020, 2, 3, 9, 0)


@pytest.fixture(autouse=True)
def app_context(app):
    # brief_context reads the app's config and render_html its templates, as in a request.
    with app.app_context():
        yield


@pytest.fixture
def staff(app):
    # A supervisor may take every step, the unit's included (workflow.STEP_ROLES).
    return make_user("supervisor")


def resolved_order(staff, content="来电反映小区路灯不亮，希望尽快维修。", unit="县住建局", **overrides):
    order = make_order(content=content, received_at=overrides.pop("received_at", DAY), **overrides)
    workflow.dispatch(order, make_department(unit), actor=staff, at=DAY)
    workflow.sign(order, actor=staff, at=DAY)
    workflow.reply(order, "已安排维修人员更换灯泡。", actor=staff, at=dt.datetime(2020, 2, 6, 15, 0))
    workflow.resolve(order, actor=staff, at=dt.datetime(2020, 2, 7, 9, 0))
    workflow.record_callback(order, "满意", "诉求人对处理结果满意。", actor=staff, at=dt.datetime(2020, 2, 8, 9, 0))
    return WorkOrder.get_by_id(order.id)


def online_order(staff, answer, **overrides):
    order = make_order(received_at=overrides.pop("received_at", DAY), **overrides)
    workflow.close_online(order, actor=staff, reply=answer, at=DAY)
    return WorkOrder.get_by_id(order.id)


def html_text(brief):
    return flat(re.sub(r"<[^>]+>", "", render_html(brief_context(brief))))


def test_dispatched_case_text_follows_the_seed_pattern(app, staff):
    order = resolved_order(staff)
    text = case_text(order)
    assert text == (
        f"案件公文号{order.case_no}来电反映：{order.content}处理结果：派单至县住建局，2月6日，"
        f"县住建局回复：{order.reply}回访：诉求人对处理结果满意。"
    )


def test_online_case_text_says_the_operator_answered(app, staff):
    order = online_order(staff, "县疫情防控小组电话", content="咨询疫情防控办公室电话。")
    assert (
        case_text(order)
        == f"案件公文号{order.case_no}来电反映：咨询疫情防控办公室电话。处理结果：话务员直接告知县疫情防控小组电话。"
    )
    # An answer already written as the operator's sentence is not prefixed twice.
    worded = online_order(staff, "话务员直接告知来电人热线电话")
    assert "处理结果：话务员直接告知来电人热线电话。" in case_text(worded)


def test_names_and_phones_are_masked_unless_the_brief_shows_them(app, staff):
    order = resolved_order(staff, content="来电人姜求学反映，电话13812345678，家门口路灯不亮。", caller_name="姜求学")
    CaseStudy.create(order=order, period="2020Q1", section="案例摘选", position=1)
    masked = case_sections("2020Q1")["cases"][0]["text"]
    assert "姜某某" in masked and "138****5678" in masked
    assert "姜求学" not in masked and "13812345678" not in masked
    shown = case_sections("2020Q1", show_personal_data=True)["cases"][0]["text"]
    assert "姜求学" in shown and "13812345678" in shown


def test_a_stored_case_text_wins_and_problems_keep_their_headings(app, staff):
    first = resolved_order(staff)
    second = online_order(staff, "可通过政务服务网办理")
    CaseStudy.create(order=first, period="2020Q1", section="案例摘选", position=1, text="工作人员改写的案例文字。")
    CaseStudy.create(order=second, period="2020Q1", section="高频问题", heading="证照办理咨询较多。", position=2)
    sections = case_sections("2020Q1")
    assert [c["text"] for c in sections["cases"]] == ["工作人员改写的案例文字。"]
    assert sections["problems"][0]["heading"] == "证照办理咨询较多。"
    assert sections["problems"][0]["cases"][0]["case_no"] == second.case_no


def test_notes_are_prefilled_from_the_data(app, staff):
    consult = make_category("咨询", parent=make_category("社会服务类"))
    for _ in range(3):
        online_order(staff, "已告知", category=consult.parent, subcategory=consult)
    order = make_order(received_at=DAY)
    workflow.reject(order, "超出受理范围", actor=staff, at=DAY)
    notes = brief_context(draft_for("2020Q1"))["notes"]
    assert "社会服务类中咨询达3个" in notes["categories"]
    assert notes["reject"] == "注：不予立案原因一是反映事件超出热线受理范围。"


def test_staff_notes_replace_the_prefilled_ones(app, staff):
    online_order(staff, "已告知")
    brief = Brief.create(period="2020Q1", notes_json='{"categories": "注：人工撰写的说明。"}')
    text = html_text(brief)
    assert "注：人工撰写的说明。" in text


def test_comparisons_appear_when_the_earlier_periods_have_data(app, staff):
    Setting.create(key="records_first_day", value="2019-01-01")  # the records are complete from 2019
    for moment, count in ((dt.datetime(2019, 2, 1, 9), 2), (dt.datetime(2019, 11, 1, 9), 4), (DAY, 5)):
        for _ in range(count):
            online_order(staff, "已告知", received_at=moment)
    cmp = figures_for("2020Q1")["comparisons"]
    text = html_text(draft_for("2020Q1"))
    assert f"与2019年第一季度相比（同比），受理工单数{cmp['yoy']['received']['change']}" in text
    assert f"与2019年第四季度相比（环比），受理工单数{cmp['mom']['received']['change']}" in text


def test_no_comparison_without_earlier_data(app, staff):
    online_order(staff, "已告知")
    text = html_text(draft_for("2020Q1"))
    assert "同比" not in text and "环比" not in text


def test_issue_freezes_figures_and_texts_and_issuing_again_makes_a_version(app, staff):
    order = resolved_order(staff)
    study = CaseStudy.create(order=order, period="2020Q1", section="案例摘选", position=1)
    draft = Brief.create(period="2020Q1", issue_no=1, total_issue_no=30)
    issued = issue(draft, today=dt.date(2020, 4, 10))
    assert issued.id == draft.id and issued.status == ISSUED
    before = brief_context(Brief.get_by_id(issued.id))

    # Later changes to the records: more orders, an edited case text.
    online_order(staff, "已告知")
    study.text = "签发后改写的文字。"
    study.save()
    after = brief_context(Brief.get_by_id(issued.id))
    assert after["figures"]["received"] == before["figures"]["received"] == 1
    assert after["cases"] == before["cases"]
    assert after["issued_on"] == "2020年4月10日"

    again = issue(Brief.get_by_id(issued.id))
    assert again.id != issued.id and again.version == 2 and again.status == ISSUED
    fresh = brief_context(again)
    assert fresh["figures"]["received"] == 2
    assert fresh["cases"][0]["text"] == "签发后改写的文字。"
    assert draft_for("2020Q1").id == again.id
    assert brief_context(Brief.get_by_id(issued.id))["figures"]["received"] == 1


def test_command_prints_the_issued_brief_as_frozen(app, runner, staff, tmp_path):
    online_order(staff, "已告知")
    issue(Brief.create(period="2020Q1", issue_no=3))
    online_order(staff, "已告知")  # after issuing
    result = runner.invoke(args=["brief", "2020Q1", "--output", str(tmp_path / "b.pdf")])
    assert result.exit_code == 0 and "已签发版" in result.output
    text = flat(pdf_text(tmp_path / "b.pdf"))
    assert "累计接到群众来电来信1个" in text and "第3期" in text


def test_an_empty_period_gives_an_empty_brief(app, runner, tmp_path):
    output = tmp_path / "empty.pdf"
    result = runner.invoke(args=["brief", "2019Q3", "--output", str(output)])
    assert result.exit_code == 0, result.output
    text = flat(pdf_text(output))
    assert "龙山县2019年第三季度12345政府服务热线工作专报" in text
    assert "累计接到群众来电来信0个" in text
    assert "接通率—" in text and "回访满意度达—" in text
    assert "本期未选取案例" in text


@pytest.mark.parametrize("period, title", [("2020-01", "2020年1月"), ("2020", "2020年")])
def test_month_and_year_briefs(app, runner, staff, tmp_path, period, title):
    online_order(staff, "已告知", received_at=dt.datetime(2020, 1, 15, 10))
    output = tmp_path / "b.html"
    result = runner.invoke(args=["brief", period, "--output", str(output)])
    assert result.exit_code == 0, result.output
    text = flat(re.sub(r"<[^>]+>", "", output.read_text()))
    assert f"龙山县{title}12345政府服务热线工作专报" in text
    assert "累计接到群众来电来信1个" in text


def test_orders_still_new_are_stated_not_hidden(app, staff):
    online_order(staff, "已告知")
    make_order(received_at=DAY)  # still 受理 (NEW)
    text = html_text(draft_for("2020Q1"))
    assert "累计接到群众来电来信2个" in text and "另有1个工单尚在受理中" in text


def test_command_refuses_bad_input_with_a_chinese_message(app, runner, tmp_path):
    result = runner.invoke(args=["brief", "2020Q5", "--output", str(tmp_path / "x.pdf")])
    assert result.exit_code == 1 and "无法识别的期间" in result.output
    result = runner.invoke(args=["brief", "2020Q1", "--output", str(tmp_path / "x.txt")])
    assert result.exit_code == 1 and "不支持的输出格式" in result.output
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.txt").exists()


def test_docx_holds_the_same_content_as_the_pdf(app, runner, staff, tmp_path):
    order = resolved_order(staff)
    CaseStudy.create(order=order, period="2020Q1", section="案例摘选", position=1)
    assert runner.invoke(args=["brief", "2020Q1", "--output", str(tmp_path / "b.pdf")]).exit_code == 0
    assert runner.invoke(args=["brief", "2020Q1", "--output", str(tmp_path / "b.docx")]).exit_code == 0
    document = docx.Document(str(tmp_path / "b.docx"))
    paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    pdf = pdf_body(tmp_path / "b.pdf")
    for paragraph in paragraphs:
        if "图见PDF版" in paragraph:
            continue
        assert flat(paragraph.replace("\t", "")) in pdf, paragraph
    # Table cells wrap inside the PDF's cells: compare them with the template's cells instead,
    # and their numbers with the PDF.
    html = render_html(brief_context(draft_for("2020Q1")))
    html_cells = [flat(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", html, re.S)]
    assert [flat(c) for c in cells] == html_cells
    pdf_numbers = set(re.findall(r"\d+(?:\.\d+)?%?", pdf_text(tmp_path / "b.pdf")))
    for cell in cells:
        assert set(re.findall(r"\d+(?:\.\d+)?%?", cell)) <= pdf_numbers, cell
    assert any(case_text(order) == p for p in paragraphs)
    section = document.sections[0]
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28


# --- the seed brief, from the demo data ----------------------------------------------------


def seed_section_one():
    text = SEED.read_text(encoding="utf-8")
    return text[: text.index("工单办理案例摘选")]


def seed_figures():
    """Every number the seed's section 一 states: counts and rates, not dates or list labels."""
    text = seed_section_one().replace("12345", "")
    found = set()
    for match in re.finditer(r"(?<![\d.（(])(\d+(?:\.\d+)?%?)(?![\d.])", text):
        after = text[match.end() : match.end() + 1]
        if after in "年月日）)" and not match.group(1).endswith("%"):
            continue  # dates and （1） list labels
        found.add(match.group(1))
    return found


def seed_case_numbers():
    return re.findall(r"案件公文号[:：]?(\d{11})", SEED.read_text(encoding="utf-8"))


@pytest.fixture
def demo_pdf(app, runner, tmp_path):
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    output = tmp_path / "2020Q1.pdf"
    result = runner.invoke(args=["brief", "2020Q1", "--output", str(output)])
    assert result.exit_code == 0, result.output
    return output


def test_seed_figures_cases_and_campaigns_from_the_demo(app, demo_pdf):
    text = pdf_text(demo_pdf)
    body = pdf_body(demo_pdf)
    figures = seed_figures()
    assert {"3085", "87.33%", "84.03%", "99.04%", "1605", "11651"} <= figures  # the parser reads the seed
    tokens = set(re.findall(r"\d+(?:\.\d+)?%?", text.replace("12345", " ")))
    assert figures - tokens == set()
    for name in re.findall(
        r"[\u4e00-\u9fff]+类(?=\s)|县住建局|民安街道办事处|县城管和执法局|县劳动保障监察局|里耶镇人民政府",
        seed_section_one(),
    ):
        assert name in body

    numbers = seed_case_numbers()
    assert len(numbers) == 13
    for number in numbers:
        order = WorkOrder.get(WorkOrder.case_no == number)
        assert flat(mask_text(case_text(order), order)) in body, number
        assert flat(order.content)[:20] in body
    for reached in ("5000", "11651"):
        assert f"{reached}个" in body
    assert "\ufffd" not in text
