"""考核 (docs/RULES.md § 考核): a hand-made quarter whose every figure is worked out by hand
below, on SQLite and PostgreSQL; the drill-down lists exactly the orders counted; the brief's
unit counts agree; the settings and the exclusion list refuse bad input."""

import datetime as dt
import os

import pytest

import scorecard
import supervision
import workflow
from figures import figures_for
from models import AuditLog, Setting, WorkOrder
from periods import parse_period
from tests.factories import make_department, make_order, make_user

NOW = dt.datetime(2020, 4, 15, 10, 0)
T = dt.datetime


def at(day, hour=9, minute=0, second=0):
    return T(2020, 3, day, hour, minute, second)


@pytest.fixture
def quarter(app):
    """2020Q1, March 2020 (no holidays): 一般 = 5 working days; dispatched Mon 03-02 09:00 →
    签收时限 Tue 03-03 23:59:59, 办理时限 Mon 03-09 23:59:59."""
    boss = make_user("supervisor")
    a, b, c = make_department("甲局"), make_department("乙局"), make_department("丙镇")
    orders = {}

    def new(name, unit=a, day=2, received=None):
        order = make_order(case_no=f"2020{len(orders) + 1:07d}", received_at=received or at(1, 8))
        orders[name] = order
        if unit is not None:
            workflow.dispatch(order, unit, "一般", actor=boss, at=at(day))
        return order

    def close(order, reply_at, result=None):
        workflow.reply(order, "已办理", actor=boss, at=reply_at)
        workflow.resolve(order, actor=boss, at=reply_at + dt.timedelta(hours=1))
        if result:
            workflow.record_callback(order, result, actor=boss, at=reply_at + dt.timedelta(hours=2))

    # A1: signed at the 签收时限 to the second, replied at the 办理时限 to the second; 满意.
    o = new("A1")
    workflow.sign(o, actor=boss, at=T(2020, 3, 3, 23, 59, 59))
    close(o, T(2020, 3, 9, 23, 59, 59), "满意")
    # A2: one second late for both; 基本满意.
    o = new("A2")
    workflow.sign(o, actor=boss, at=T(2020, 3, 4, 0, 0, 0))
    close(o, T(2020, 3, 10, 0, 0, 0), "基本满意")
    # A3: extension approved before the deadline (→ 03-12), replied 03-11: in time; 不满意 but
    # marked 诉求不合理，不计入考核.
    o = new("A3")
    workflow.sign(o, actor=boss, at=at(2, 10))
    workflow.request_extension(o, 3, "需协调", actor=boss, at=at(5))
    workflow.decide_extension(o, True, actor=boss, at=at(6))
    close(o, at(11), "不满意")
    # A4: extension approved after the deadline had passed (03-10): replied 03-11, late; 不满意.
    o = new("A4")
    workflow.sign(o, actor=boss, at=at(2, 10))
    workflow.request_extension(o, 3, "需协调", actor=boss, at=at(9))
    workflow.decide_extension(o, True, actor=boss, at=at(10, 10))
    close(o, at(11), "不满意")
    # A5: replied 03-05, sent back (退回重办) 03-06 (new 办理时限 03-13, 签收时限 03-09),
    # signed 03-09, replied 03-12: in time; 满意.
    o = new("A5")
    workflow.sign(o, actor=boss, at=at(2, 10))
    workflow.reply(o, "初次回复", actor=boss, at=at(5))
    workflow.reopen(o, "答复不完整", actor=boss, at=at(6))
    workflow.sign(o, actor=boss, at=at(9, 10))
    close(o, at(12), "满意")
    # A6: returned by 甲局 03-03, dispatched to 乙局 03-04, replied 03-06; 未接通.
    o = new("A6")
    workflow.return_order(o, "不属本单位职责", actor=boss, at=at(3))
    workflow.dispatch(o, b, "一般", actor=boss, at=at(4))
    workflow.sign(o, actor=boss, at=at(4, 10))
    close(o, at(6), "未接通")
    # A7: signed, never replied: 超期 now; a 督办 not yet answered.
    o = new("A7")
    workflow.sign(o, actor=boss, at=at(2, 10))
    supervision.supervise(o, "群众反复来电", dt.date(2020, 3, 23), boss, today=dt.date(2020, 3, 20))
    # A8: returned unsigned 03-02 15:00, still 已退回 (recorded with 甲局 until re-dispatched).
    o = new("A8")
    workflow.return_order(o, "不属本单位职责", actor=boss, at=at(2, 15))
    # Not counted: never dispatched; received in April; 在线办结.
    new("not dispatched", unit=None)
    o = new("April", unit=None, received=T(2020, 4, 1, 9))
    workflow.dispatch(o, a, "一般", actor=boss, at=T(2020, 4, 1, 10))
    # 乙局: four more, each signed 03-02, replied 03-03, 满意.
    for i in range(4):
        o = new(f"B{i + 2}", unit=b)
        workflow.sign(o, actor=boss, at=at(2, 10))
        close(o, at(3), "满意")
    # 丙镇: one order, under the minimum of 5.
    o = new("C1", unit=c)
    workflow.sign(o, actor=boss, at=at(2, 10))
    close(o, at(3), "满意")
    scorecard.exclude(orders["A3"].case_no, "要求拆除合法建筑，诉求不合理", boss)
    return {"orders": orders, "units": (a, b, c), "boss": boss}


def _row(card, name):
    return next(r for r in card["units"] if r["unit"] == name)


@pytest.mark.parametrize("in_parts", [False, True], ids=["one-scan", "parts-at-once"])
def test_every_figure_of_the_hand_made_quarter(quarter, app, in_parts):
    if in_parts:  # counted in id ranges, each on its own connection in a thread, then added up
        if (os.cpu_count() or 1) < 2:
            pytest.skip("one core: the scorecard is never counted in parts")
        app.config["SCORECARD_PARALLEL_MIN_ORDERS"] = 1
    with app.app_context():  # the setting is read from the app, as on every page and command
        assert (len(scorecard._parts(parse_period("2020Q1"))) > 1) == in_parts
        card = scorecard.scorecard("2020Q1", now=NOW)
    a = _row(card, "甲局")
    expected = {
        "dispatched": 7,  # A1–A5, A7, A8 (A6 is 乙局's now)
        "handled": 8,  # and A6, which 甲局 returned
        "sign_due": 6,  # A8 is 已退回: the office's
        "signed_on_time": 5,  # A2 a second late
        "sign_rate": "83.33%",
        "reply_due": 6,  # A1–A5 replied, A7 past its deadline
        "replied_on_time": 3,  # A1 (to the second), A3 (extension in time), A5 (after 重办)
        "on_time_rate": "50%",
        "resolved": 5,
        "resolved_rate": "71.43%",
        "callbacks": 4,  # A1, A2, A4, A5 (A3 excluded)
        "satisfied": 3,
        "satisfaction": "75%",
        "basic": 1,
        "basic_share": "25%",
        "excluded": 1,
        "returned": 2,
        "return_rate": "25%",
        "reworked": 1,
        "redo_rate": "12.50%",
        "extended": 2,
        "extension_rate": "28.57%",
        "replied": 5,
        # working days from 03-02: A1 5, A2 6, A3 7, A4 7, A5 8 → 33 / 5
        "avg_reply_days": "6.60",
        "overdue": 1,
        "supervised": 1,
        "supervised_open": 1,
        # 30 × 1/2 + 20 × 5/7 + 40 × 3/4 + 10 × 7/8 = 68.0357…
        "score": "68.04",
        "rank": 2,
        "ranked": True,
    }
    assert {k: a[k] for k in expected} == expected
    b = _row(card, "乙局")
    assert (b["dispatched"], b["handled"], b["returned"], b["callbacks"], b["satisfaction"]) == (5, 5, 0, 4, "100%")
    assert (b["score"], b["rank"], b["avg_reply_days"]) == ("100", 1, "1.60")  # A6: 4, B2–B5: 1 each
    c = _row(card, "丙镇")
    assert (c["dispatched"], c["score"], c["rank"], c["ranked"]) == (1, "100", None, False)
    assert [r["unit"] for r in card["units"]] == ["乙局", "甲局", "丙镇"]
    assert card["top"] == ["乙局", "甲局"] and card["bottom"] == []


def test_drill_down_lists_exactly_the_orders_counted(quarter):
    card = scorecard.scorecard("2020Q1", now=NOW)
    for row in card["units"]:
        for figure in scorecard.FIGURES:
            behind = scorecard.orders_behind("2020Q1", row["unit_id"], figure, now=NOW)
            assert behind.count() == row[figure], (row["unit"], figure)
    names = {o.id: name for name, o in quarter["orders"].items()}
    a = quarter["units"][0]

    def listed(figure):
        return sorted(names[o.id] for o in scorecard.orders_behind("2020Q1", a.id, figure, now=NOW))

    assert listed("replied_on_time") == ["A1", "A3", "A5"]
    assert listed("signed_on_time") == ["A1", "A3", "A4", "A5", "A7"]
    assert listed("returned") == ["A6", "A8"]
    assert listed("handled") == ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"]
    assert listed("callbacks") == ["A1", "A2", "A4", "A5"]
    assert listed("excluded") == ["A3"]
    assert listed("supervised") == ["A7"]
    with pytest.raises(ValueError, match="未知的考核指标"):
        scorecard.orders_behind("2020Q1", a.id, "nonsense")


def test_unit_counts_agree_with_the_brief(quarter):
    card = scorecard.scorecard("2020Q1", now=NOW)
    brief = {u["name"]: u["count"] for u in figures_for("2020Q1", compare=False)["units"]}
    assert {r["unit"]: r["dispatched"] for r in card["units"]} == brief == {"甲局": 7, "乙局": 5, "丙镇": 1}


def test_weights_and_minimum_change_the_ranking(quarter):
    boss = quarter["boss"]
    scorecard.save_settings({"on_time": "100", "resolved": "0", "satisfaction": "0", "redo": "0"}, "1", boss)
    card = scorecard.scorecard("2020Q1", now=NOW)
    assert _row(card, "甲局")["score"] == "50"
    assert [(r["unit"], r["rank"]) for r in card["units"]] == [("丙镇", 1), ("乙局", 2), ("甲局", 3)]
    assert AuditLog.select().where(AuditLog.model == "Setting").count() == 1


@pytest.mark.parametrize(
    "weights,minimum,message",
    [
        ({"on_time": "x", "resolved": "1", "satisfaction": "1", "redo": "1"}, "5", "按时办结率"),
        ({"on_time": "101", "resolved": "1", "satisfaction": "1", "redo": "1"}, "5", "0 到 100"),
        ({"on_time": "0", "resolved": "0", "satisfaction": "0", "redo": "0"}, "5", "全部为 0"),
        ({"on_time": "1", "resolved": "1", "satisfaction": "1", "redo": "1"}, "-1", "最少工单数"),
    ],
)
def test_bad_settings_are_refused_and_change_nothing(app, weights, minimum, message):
    with pytest.raises(ValueError, match=message):
        scorecard.save_settings(weights, minimum, make_user("supervisor"))
    assert Setting.select().count() == 0
    assert scorecard.weights() == scorecard.DEFAULT_WEIGHTS and scorecard.min_orders() == 5


def test_exclusion_is_refused_without_reason_or_twice_and_can_be_undone(quarter):
    boss, a3 = quarter["boss"], quarter["orders"]["A3"]
    with pytest.raises(ValueError, match="理由"):
        scorecard.exclude(quarter["orders"]["A4"].case_no, " ", boss)
    with pytest.raises(ValueError, match="已标记"):
        scorecard.exclude(a3.case_no, "再来一次", boss)
    with pytest.raises(ValueError, match="未转办"):
        scorecard.exclude(quarter["orders"]["not dispatched"].case_no, "理由", boss)
    with pytest.raises(ValueError, match="没有编号"):
        scorecard.exclude("nope", "理由", boss)
    from models import ScoreExclusion

    row = ScoreExclusion.get(ScoreExclusion.order == a3.id)
    assert (row.created_by_name, row.reason) == (str(boss), "要求拆除合法建筑，诉求不合理")
    scorecard.include_again(row.id, boss)
    a = _row(scorecard.scorecard("2020Q1", now=NOW), "甲局")
    assert (a["callbacks"], a["satisfied"], a["satisfaction"], a["excluded"]) == (5, 3, "60%", 0)
    assert AuditLog.select().where(AuditLog.model == "ScoreExclusion").count() == 2


def test_late_extension_keeps_the_missed_deadline_until_a_fresh_one(quarter):
    a4 = WorkOrder.get_by_id(quarter["orders"]["A4"].id)
    assert a4.due_at == T(2020, 3, 12, 23, 59, 59) and a4.score_due_at == T(2020, 3, 9, 23, 59, 59)
    a3 = WorkOrder.get_by_id(quarter["orders"]["A3"].id)
    assert a3.score_due_at is None
    workflow.callback_reopen(a4, "再办", actor=quarter["boss"], at=T(2020, 3, 13, 9))
    assert WorkOrder.get_by_id(a4.id).score_due_at is None


def test_cli_scorecard_on_the_demo_agrees_with_the_brief(app, runner):
    import json

    assert runner.invoke(args=["demo"]).exit_code == 0
    result = runner.invoke(args=["scorecard", "2020Q1", "--json"])
    assert result.exit_code == 0, result.output
    card = json.loads(result.output)
    assert set(card) == {"period", "computed_at", "weights", "min_orders", "units", "top", "bottom"}
    figures = json.loads(runner.invoke(args=["figures", "2020Q1", "--json"]).output)
    assert {r["unit"]: r["dispatched"] for r in card["units"]} == {u["name"]: u["count"] for u in figures["units"]}
    assert sum(r["dispatched"] for r in card["units"]) == 288  # the demo's 转办工单数 (docs/RULES.md)
    ranks = [r["rank"] for r in card["units"] if r["ranked"]]
    assert ranks == list(range(1, len(ranks) + 1))
    assert all(r["dispatched"] < 5 for r in card["units"] if not r["ranked"])
    text = runner.invoke(args=["scorecard", "2020Q1"])
    assert text.exit_code == 0 and "县住建局" in text.output and "不排名" in text.output
    bad = runner.invoke(args=["scorecard", "2020Q5"])
    assert bad.exit_code == 1 and "无法识别的期间" in bad.output


def test_brief_table_is_on_or_off_per_brief(quarter, app, runner, tmp_path):
    from models import Brief
    from tests.brief_pdf import flat, pdf_text

    app.app_context().push()  # the brief reads the app's config, as on the worker
    brief = Brief.create(period="2020Q1")
    assert runner.invoke(args=["brief", "2020Q1", "--output", str(tmp_path / "off.pdf")]).exit_code == 0
    assert "成员单位办理情况" not in flat(pdf_text(tmp_path / "off.pdf"))
    brief.show_unit_scorecard = True
    brief.save()
    assert runner.invoke(args=["brief", "2020Q1", "--output", str(tmp_path / "on.pdf")]).exit_code == 0
    assert "3.成员单位办理情况" in flat(pdf_text(tmp_path / "on.pdf"))
    import subprocess

    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(tmp_path / "on.pdf"), "-"], capture_output=True, text=True
    ).stdout
    table = layout[layout.index("成员单位办理情况") :]
    # 名次 单位 派单数 按时办结率 办结率 满意率 发回重办率 督办件数 综合得分, as worked out above
    rows = [line.split() for line in table.splitlines()[:12] if any(u in line for u in ("甲局", "乙局", "丙镇"))]
    assert rows == [
        ["1", "乙局", "5", "100%", "100%", "100%", "0%", "0", "100"],
        ["2", "甲局", "7", "50%", "71.43%", "75%", "12.50%", "1", "68.04"],
        ["不排名", "丙镇", "1", "100%", "100%", "100%", "0%", "0", "100"],
    ]
    # The .docx (built from the same page) carries the same table, row for row.
    from docx import Document

    assert runner.invoke(args=["brief", "2020Q1", "--output", str(tmp_path / "on.docx")]).exit_code == 0
    tables = Document(str(tmp_path / "on.docx")).tables
    scorecard_table = next(t for t in tables if t.rows[0].cells[0].text == "名次")
    cells = [[c.text for c in row.cells] for row in scorecard_table.rows[1:]]
    assert [row[:3] for row in cells] == [["1", "乙局", "5"], ["2", "甲局", "7"], ["不排名", "丙镇", "1"]]
    assert cells[1][-1] == "68.04"
