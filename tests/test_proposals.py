"""Proposals for 二、and 三、 (brief/proposals.py, docs/RULES.md § Proposals) on a hand-made quarter
with planted problems (tests/planted.py), the `proposals` command, staff edits that survive a
re-render and a new proposal, and the 环比 sentence of the brief against covered periods only."""

import datetime as dt
import json
import re

import pytest

import workflow
from brief.content import brief_context, draft_for, issue
from brief.page import save_edits
from brief.proposals import propose
from brief.render import render_html
from models import Brief, CaseStudy, Setting, WorkOrder
from tests import planted
from tests.brief_pdf import flat
from tests.factories import make_category, make_department, make_order, make_user


@pytest.fixture(autouse=True)
def app_context(app):
    with app.app_context():
        yield


@pytest.fixture
def quarter(app):
    return planted.build(taxi=48, site=32, bar=32, unrelated=400)


def _kinds(made):
    return {no: kind for kind, numbers in made.items() for no in numbers}


def _best(problems, numbers):
    """The proposed problem holding most of `numbers`, and how many of them it holds."""
    wanted = set(numbers)
    best = max(problems, key=lambda p: len(wanted & set(p["order_nos"])))
    return best, len(wanted & set(best["order_nos"]))


def test_planted_problems_come_out_with_their_own_orders_as_examples(quarter):
    data = propose("2020Q2").as_json()
    problems = data["problems"]
    assert len(problems) == 4
    kinds = _kinds(quarter)
    taxi, held = _best(problems, quarter["taxi"])
    # Worded differently and filed under two categories, the taxi complaints are one problem.
    assert held >= 0.75 * len(quarter["taxi"])
    assert problems[0] is taxi  # the largest
    assert {kinds[no] for no in taxi["order_nos"]} == {"taxi"}
    assert {kinds[no] for no in taxi["examples"]} == {"taxi"} and 1 <= len(taxi["examples"]) <= 2
    assert taxi["size"] == len(taxi["order_nos"]) and taxi["previous_size"] == 0
    assert "出租车" in taxi["heading"] or "出租车" in taxi["sub_category"]
    assert taxi["heading"].endswith("问题反映较多")
    # Noise from building sites is a problem of its own, not mixed with the bars' noise.
    site, held = _best(problems, quarter["site"])
    assert held >= 0.5 * len(quarter["site"])
    assert {kinds[no] for no in site["examples"]} == {"site"}
    assert not set(site["order_nos"]) & set(quarter["bar"])
    for problem in problems:
        assert set(problem["examples"]) <= set(problem["order_nos"])
        if problem in (taxi, site):  # an unrelated order never illustrates a planted problem
            assert not set(problem["examples"]) & set(quarter["other"])


def test_the_same_data_gives_the_same_proposal(quarter, runner):
    first = runner.invoke(args=["proposals", "2020Q2", "--json"])
    second = runner.invoke(args=["proposals", "2020Q2", "--json"])
    assert first.exit_code == 0, first.output
    assert first.output == second.output
    data = json.loads(first.output)
    assert data["period"] == "2020Q2"
    assert set(data) == {"period", "problems", "cases"}
    assert set(data["problems"][0]) == {"heading", "sub_category", "size", "previous_size", "order_nos", "examples"}
    assert set(data["cases"][0]) == {"order_no", "unit", "category", "text"}
    assert (
        len(json.loads(runner.invoke(args=["proposals", "2020Q2", "--json", "--problems", "2"]).output)["problems"])
        == 2
    )


def test_cases_follow_the_rules(quarter):
    data = propose("2020Q2").as_json()
    cases = data["cases"]
    assert 6 <= len(cases) <= 10
    examples = {no for p in data["problems"] for no in p["examples"]}
    assert not examples & {c["order_no"] for c in cases}  # an order is quoted once
    # Different categories and units while there are others.
    assert len({c["category"] for c in cases}) == 4
    assert len({c["unit"] for c in cases}) == len(cases)
    for case in cases:
        assert case["text"].startswith(f"案件公文号{case['order_no']}来电反映：")
        assert "处理结果：派单至" in case["text"] and "回访：" in case["text"]


def test_never_harassment_or_rejected_and_texts_are_masked(app):
    staff = make_user("supervisor")
    category = make_category("城乡建设类")
    unit = make_department("县住建局")
    day = dt.datetime(2020, 5, 6, 9)

    def done(content, **fields):
        order = make_order(received_at=day, category=category, content=content, **fields)
        workflow.dispatch(order, unit, actor=staff, at=day)
        workflow.sign(order, actor=staff, at=day)
        workflow.reply(order, "已安排人员到现场处理完毕。", actor=staff, at=day + dt.timedelta(days=1))
        workflow.resolve(order, actor=staff, at=day + dt.timedelta(days=2))
        workflow.record_callback(order, "满意", "诉求人满意。", actor=staff, at=day + dt.timedelta(days=3))
        return WorkOrder.get_by_id(order.id)

    named = done("来电人姜求学反映小区路灯不亮，电话13912345678，希望尽快维修。", caller_name="姜求学")
    harassed = done("来电反映小区路灯不亮很久了，晚上出行很不方便，希望尽快维修。")
    WorkOrder.update(is_harassment=True).where(WorkOrder.id == harassed.id).execute()  # flagged on import
    rejected = make_order(received_at=day, category=category, content="来电反映小区路灯不亮，希望尽快维修处理。")
    workflow.reject(rejected, "要素不全", actor=staff)
    cases = {c.order_no: c for c in propose("2020Q2").cases}
    assert set(cases) == {named.case_no}
    text = cases[named.case_no].text
    assert "姜某某" in text and "姜求学" not in text
    assert "139****5678" in text and "13912345678" not in text


def test_a_bad_period_is_refused_in_chinese(app, runner):
    result = runner.invoke(args=["proposals", "2020Q9"])
    assert result.exit_code == 1 and "无法识别的期间「2020Q9」" in result.output
    empty = runner.invoke(args=["proposals", "2021Q1"])
    assert empty.exit_code == 0 and "本期没有可提议的问题" in empty.output


def test_the_command_prints_a_readable_summary(quarter, runner):
    result = runner.invoke(args=["proposals", "2020Q2"])
    assert result.exit_code == 0, result.output
    assert "三、群众反映频率较高的问题" in result.output and "二、工单办理案例摘选" in result.output
    assert "（1）" in result.output and "示例工单：" in result.output


def test_a_brief_without_a_selection_uses_the_proposal(quarter, runner, tmp_path):
    out = tmp_path / "b.html"
    result = runner.invoke(args=["brief", "2020Q2", "--output", str(out)])
    assert result.exit_code == 0, result.output
    text = flat(re.sub(r"<[^>]+>", "", out.read_text()))
    proposal = propose("2020Q2")
    assert "本期未选取案例" not in text and "本期未选取问题" not in text
    assert proposal.problems[0].heading in text
    assert f"案件公文号{proposal.cases[0].order_no}" in text
    assert not CaseStudy.select().exists()  # a proposal is not a selection until staff keep it


def _form_of(context, **changes):
    """The brief page's form as the page fills it (the selection's lists), with `changes`."""
    form = {"selection": "1"}
    for i, c in enumerate(context["cases"]):
        form[f"case-{i}-no"], form[f"case-{i}-text"], form[f"case-{i}-pos"] = c["case_no"], c["text"], str(i + 1)
    for g, p in enumerate(context["problems"]):
        form[f"problem-{g}-heading"], form[f"problem-{g}-pos"] = p["heading"], str(g + 1)
        for j, c in enumerate(p["cases"]):
            form[f"problem-{g}-{j}-no"], form[f"problem-{g}-{j}-text"] = c["case_no"], c["text"]
    form.update(changes)
    return form


def test_staff_edits_survive_a_re_render_and_a_new_proposal(quarter):
    staff = make_user("supervisor")
    brief = Brief.create(period="2020Q2", version=1)
    context = brief_context(brief)
    assert context["proposed"]
    taxi_no = next(no for no in quarter["taxi"] if no not in context["problems"][0]["cases"][0]["case_no"])
    swapped = next(
        no for no in quarter["taxi"] if no not in {c["case_no"] for p in context["problems"] for c in p["cases"]}
    )
    form = _form_of(
        context,
        **{
            "problem-0-heading": "城区出租车不打表、乱收费现象突出",
            "problem-0-0-no": swapped,  # swap an example
            "problem-0-0-text": "",
            "case-0-remove": "1",  # remove a case
            "case-1-pos": "99",  # move a case to the end
            "case-new-no": taxi_no if taxi_no not in {c["case_no"] for c in context["cases"]} else "",
        },
    )
    moved = context["cases"][1]["case_no"]
    save_edits(brief, form, staff)
    context = brief_context(brief)
    assert not context["proposed"]
    assert context["problems"][0]["heading"] == "城区出租车不打表、乱收费现象突出"
    assert context["problems"][0]["cases"][0]["case_no"] == swapped
    assert context["cases"][-1]["case_no"] == moved or context["cases"][-2]["case_no"] == moved
    # Re-rendered, then new data that changes the proposal: the staff's selection stays.
    before = render_html(brief_context(brief))
    assert "城区出租车不打表、乱收费现象突出" in before
    for i in range(30):
        make_order(
            received_at=dt.datetime(2020, 6, 1, 9) + dt.timedelta(minutes=i),
            category=make_category("城乡建设类"),
            content=f"来电反映小区电梯第{i}次困人，物业不及时维修电梯。",
        )
    assert propose("2020Q2").problems[0].heading != "城区出租车不打表、乱收费现象突出"
    after = brief_context(Brief.get_by_id(brief.id))
    assert after["problems"][0]["heading"] == "城区出租车不打表、乱收费现象突出"
    assert after["problems"][0]["cases"][0]["case_no"] == swapped
    # Issued, then a new version: the selection is still the staff's.
    issued = issue(Brief.get_by_id(brief.id), user=staff)
    again = issue(issued, user=staff)
    assert json.loads(again.texts_json)["problems"][0]["heading"] == "城区出租车不打表、乱收费现象突出"


def test_an_edited_text_survives_and_bad_numbers_change_nothing(quarter):
    staff = make_user("supervisor")
    brief = Brief.create(period="2020Q2", version=1)
    context = brief_context(brief)
    save_edits(brief, _form_of(context, **{"case-0-text": "人工改写的案例。"}), staff)
    assert brief_context(brief)["cases"][0]["text"] == "人工改写的案例。"
    rows = CaseStudy.select().count()
    with pytest.raises(ValueError, match="没有工单编号为「20990000001」的工单"):
        save_edits(brief, _form_of(brief_context(brief), **{"case-new-no": "20990000001"}), staff)
    with pytest.raises(ValueError, match="缺少标题"):
        save_edits(brief, _form_of(brief_context(brief), **{"problem-0-heading": ""}), staff)
    assert CaseStudy.select().count() == rows
    assert brief_context(brief)["cases"][0]["text"] == "人工改写的案例。"


def test_issuing_a_proposed_brief_keeps_its_selection(quarter):
    brief = issue(Brief.create(period="2020Q2", version=1))
    frozen = json.loads(brief.texts_json)
    assert frozen["problems"] and frozen["cases"]
    assert CaseStudy.select().where(CaseStudy.period == "2020Q2").count() == len(frozen["cases"]) + sum(
        len(p["cases"]) for p in frozen["problems"]
    )


# --- 环比 in the brief's text: only against a period the records fully cover ----------------


def _online(staff, moment, n):
    category = make_category("社会服务类")
    for i in range(n):
        order = make_order(received_at=moment + dt.timedelta(minutes=7 * i), category=category)
        workflow.close_online(order, actor=staff, reply="已告知", at=moment)


def _text(period):
    return flat(re.sub(r"<[^>]+>", "", render_html(brief_context(draft_for(period)))))


def test_one_stray_order_in_the_previous_quarter_gives_no_sentence(app):
    staff = make_user("supervisor")
    _online(staff, dt.datetime(2020, 3, 30, 9), 1)  # the first stored order: 2020Q1 not fully covered
    _online(staff, dt.datetime(2020, 4, 2, 9), 150)
    text = _text("2020Q2")
    assert "环比" not in text and "同比" not in text


def test_a_full_previous_quarter_gives_the_right_change(app):
    staff = make_user("supervisor")
    _online(staff, dt.datetime(2020, 1, 1, 0), 120)
    _online(staff, dt.datetime(2020, 4, 2, 9), 150)
    assert "与2020年第一季度相比（环比），受理工单数增长25%" in _text("2020Q2")  # 150 against 120


def test_the_first_day_setting_moves_the_limit(app):
    staff = make_user("supervisor")
    _online(staff, dt.datetime(2020, 1, 1, 0), 120)
    _online(staff, dt.datetime(2020, 4, 2, 9), 150)
    Setting.create(key="records_first_day", value="2020-01-02")  # a supervisor: Q1 is incomplete
    assert "环比" not in _text("2020Q2")
    Setting.update(value="2019-10-01").execute()  # complete from 2019Q4 on: Q1 compared again
    assert "受理工单数增长25%" in _text("2020Q2")


def test_a_small_earlier_count_is_a_difference_not_a_ratio(app):
    staff = make_user("supervisor")
    _online(staff, dt.datetime(2020, 1, 1, 0), 4)
    _online(staff, dt.datetime(2020, 4, 2, 9), 150)
    text = _text("2020Q2")
    assert "受理工单数增加146个" in text and "增长3650%" not in text


def test_supervisors_set_the_first_day_on_the_briefs_page(client, login_as):
    from tests.conftest import csrf_token

    login_as("supervisor")
    token = csrf_token(client, "/admin/briefs/")
    response = client.post(
        "/admin/briefs/first-day", data={"first_day": "2020-01-01", "csrf_token": token}, follow_redirects=True
    )
    assert "记录起始日期已设为 2020-01-01" in response.get_data(as_text=True)
    assert Setting.get(Setting.key == "records_first_day").value == "2020-01-01"
    bad = client.post(
        "/admin/briefs/first-day", data={"first_day": "2020/1/1", "csrf_token": token}, follow_redirects=True
    )
    assert "应写作 2020-01-01" in bad.get_data(as_text=True)
    assert Setting.get(Setting.key == "records_first_day").value == "2020-01-01"
    client.post("/admin/briefs/first-day", data={"first_day": "", "csrf_token": token})
    assert not Setting.select().where(Setting.key == "records_first_day").exists()
