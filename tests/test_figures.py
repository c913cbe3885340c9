"""figures_for on a small hand-made data set whose every figure is worked out by hand."""

import datetime as dt
import json
import logging
import re

import pytest

import workflow
from figures import (
    COUNTERS,
    FIRST_DAY_KEY,
    FLAG_BITS,
    Flag,
    change,
    daily_volume,
    figures_for,
    percent,
    records_first_day,
)
from models import Campaign, MissedCall, OrderTopic, Setting, Topic
from tests.factories import make_category, make_department, make_order

T = dt.datetime


@pytest.mark.parametrize(
    "numerator, denominator, expected",
    [
        (2694, 3085, "87.33%"),
        (242, 288, "84.03%"),
        (947, 951, "99.58%"),
        (5, 5, "100%"),
        (0, 7, "0%"),
        (1, 8, "12.50%"),
        (1, 3, "33.33%"),
        (2, 3, "66.67%"),
        (1, 800, "0.13%"),  # 0.125 → half up (half-even would give 0.12)
        (3, 800, "0.38%"),  # 0.375
        (1, 1600, "0.06%"),  # 0.0625
        (1, 20000, "0.01%"),  # 0.005
        (1, 30000, "0%"),  # 0.00333…
        (0, 0, "—"),
        (3, 0, "—"),
    ],
)
def test_percent_two_decimals_half_up(numerator, denominator, expected):
    assert percent(numerator, denominator) == expected


@pytest.mark.parametrize(
    "key, current, previous, expected",
    [
        ("received", 900, 800, "增长12.5%"),
        ("received", 97, 100, "下降3%"),
        ("received", 5, 5, "持平"),
        ("received", 0, 0, "持平"),
        # Below MIN_BASE (100) earlier orders a ratio means little: the difference in orders.
        ("received", 5, 0, "增加5个"),
        ("received", 2, 3, "减少1个"),
        ("received", 130, 99, "增加31个"),
        ("received", 200, 300, "下降33.33%"),
        ("online_rate", "87.33%", "85.23%", "上升2.1个百分点"),
        ("online_rate", "80%", "84.03%", "下降4.03个百分点"),
        ("satisfaction", "100%", "100%", "持平"),
        ("satisfaction", "—", "100%", "—"),
    ],
)
def test_change_wording(key, current, previous, expected):
    assert change(key, current, previous) == expected


def _callback(order, result):
    workflow.record_callback(
        order, result, note="回访", at=(order.resolved_at or order.received_at) + dt.timedelta(days=1)
    )


def _dispatched(at, unit, resolve, **fields):
    order = make_order(received_at=at, **fields)
    workflow.dispatch(order, unit, at=at + dt.timedelta(hours=1))
    if resolve:
        workflow.sign(order, at=at + dt.timedelta(hours=2))
        workflow.reply(order, "已处理", at=at + dt.timedelta(days=1))
        workflow.resolve(order, at=at + dt.timedelta(days=1, hours=1))
    return order


def _online(at, **fields):
    order = make_order(received_at=at, **fields)
    return workflow.close_online(order, reply="话务员直接告知", at=at + dt.timedelta(minutes=5))


@pytest.fixture
def dataset(app):
    """Twelve orders of 2020Q1, one just outside on either side, two in 2019Q4, missed calls."""
    social = make_category("社会服务类")
    consult = make_category("咨询", parent=social)
    env = make_category("资源环境类")
    noise = make_category("噪音扰民", parent=env)
    unit_x, unit_y = make_department("县住建局"), make_department("民安街道办事处")
    epidemic = Topic.create(name="疫情")

    o1 = _online(T(2020, 1, 5, 9), caller_area="城镇", category=social, subcategory=consult)
    _callback(o1, "满意")
    o2 = _online(T(2020, 1, 6, 9), caller_area="乡村", category=social, subcategory=consult)
    _callback(o2, "基本满意")
    workflow.mark_harassment(make_order(received_at=T(2020, 1, 7, 9), category=social))  # o3
    o4 = make_order(received_at=T(2020, 1, 8, 9), caller_area="城镇", category=env, channel="来信")
    workflow.reject(o4, "要素不全")
    o5 = _dispatched(T(2020, 2, 3, 10), unit_x, True, caller_area="城镇", category=env, subcategory=noise)
    _callback(o5, "不满意")
    _dispatched(T(2020, 2, 4, 10), unit_x, False, caller_area="乡村", category=env, subcategory=noise)  # o6
    o7 = _dispatched(T(2020, 2, 5, 10), unit_y, True, caller_area="城镇", category=social, subcategory=consult)
    _callback(o7, "未接通")
    make_order(received_at=T(2020, 3, 2, 9), caller_area="城镇", category=social)  # o8 still NEW
    _online(T(2020, 1, 1, 0, 0, 0), caller_area="城镇", category=social)  # o10, first second
    _online(T(2020, 3, 31, 23, 59, 59), caller_area="城镇", category=social)  # o11, last second
    # o12: called back, then found to be harassment: its callback no longer counts.
    o12 = _online(T(2020, 3, 3, 9), caller_area="城镇", category=social)
    _callback(o12, "满意")
    workflow.mark_harassment(o12)
    for order in (o1, o5):
        OrderTopic.create(order=order, topic=epidemic)

    _online(T(2019, 12, 31, 23, 59, 59), caller_area="城镇", category=social)  # 2019Q4
    _online(T(2019, 11, 1, 9), caller_area="乡村", category=env)  # 2019Q4
    _online(T(2020, 4, 1, 0, 0, 0), caller_area="城镇", category=social)  # 2020Q2

    for at in (T(2020, 1, 9, 8), T(2020, 3, 31, 23, 59, 59), T(2020, 4, 1, 0, 0, 0)):
        MissedCall.create(at=at)
    Campaign.create(name="电话摸排", start_date=dt.date(2020, 1, 27), end_date=dt.date(2020, 1, 29), reached=5000)
    Campaign.create(name="去年的摸排", start_date=dt.date(2019, 12, 1), end_date=dt.date(2019, 12, 31), reached=10)


def test_headline_figures(dataset):
    f = figures_for("2020Q1")
    assert f["period"]["code"] == "2020Q1" and f["period"]["days"] == 91
    assert f["received"] == 11  # o1–o8, o10–o12: the seconds outside Q1 are left out
    assert (f["harassment"], f["urban"], f["rural"]) == (2, 7, 2)
    assert (f["answered_calls"], f["missed_calls"], f["answer_rate"]) == (10, 2, "83.33%")
    assert f["daily_average"] == 0
    assert (f["online"], f["online_rate"]) == (6, "54.55%")
    assert (f["dispatched"], f["resolved"], f["resolved_rate"]) == (3, 2, "66.67%")
    assert (f["rejected"], f["pending"]) == (1, 1)


def test_callbacks_leave_out_harassment_and_rejected(dataset):
    f = figures_for("2020Q1")
    assert f["need_callback"] == 11 - 2 - 1
    # 满意 + 基本满意 + 不满意 count; 未接通 does not; o12's 满意 is harassment's.
    assert (f["callbacks_done"], f["callback_rate"]) == (3, "37.50%")
    assert (f["satisfied"], f["satisfaction"]) == (2, "66.67%")


def test_categories_and_units_ranked(dataset):
    f = figures_for("2020Q1")
    assert f["categories"] == [
        {"name": "社会服务类", "count": 6, "subcategories": [{"name": "咨询", "count": 3}]},
        {"name": "资源环境类", "count": 3, "subcategories": [{"name": "噪音扰民", "count": 2}]},
    ]
    assert f["units"] == [{"name": "县住建局", "count": 2}, {"name": "民安街道办事处", "count": 1}]


def test_topic_table(dataset):
    topic = figures_for("2020Q1")["topic"]
    assert topic == {
        "name": "疫情",
        "received": 2,
        "online": 1,
        "online_rate": "50%",
        "dispatched": 1,
        "resolved": 1,
        "resolved_rate": "100%",
        "need_callback": 2,
        "callbacks_done": 2,
        "callback_rate": "100%",
        "satisfied": 1,
        "satisfaction": "50%",
    }
    assert figures_for("2020Q1", topic=None)["topic"] is None
    assert figures_for("2020Q1", topic="洪灾")["topic"]["online_rate"] == "—"


def test_campaigns_of_the_period(dataset):
    campaigns = figures_for("2020Q1")["campaigns"]
    assert [(c["name"], c["reached"], c["start_date"]) for c in campaigns] == [("电话摸排", 5000, dt.date(2020, 1, 27))]
    assert [c["name"] for c in figures_for("2019")["campaigns"]] == ["去年的摸排"]


def test_month_and_year(dataset):
    assert figures_for("2020-01")["received"] == 5  # o1–o4 and o10
    assert figures_for("2020-03")["received"] == 3  # o8, o11, o12
    assert figures_for("2020")["received"] == 12
    assert figures_for("2019")["received"] == 2


def test_comparisons(dataset):
    # The records start with the first order (2019-11-01): 2019Q4 is not fully covered.
    assert figures_for("2020Q1")["comparisons"] == {"yoy": None, "mom": None}
    Setting.create(key=FIRST_DAY_KEY, value="2019-01-01")  # a supervisor: complete from 2019
    comparisons = figures_for("2020Q1")["comparisons"]
    assert comparisons["yoy"] is None  # 2019Q1 has no orders
    mom = comparisons["mom"]
    assert mom["received"] == {"previous": 2, "change": "增加9个"}  # 2 orders: too few for a ratio
    assert mom["online_rate"] == {"previous": "100%", "change": "下降45.45个百分点"}
    assert mom["harassment"] == {"previous": 0, "change": "增加2个"}
    assert mom["daily_average"]["change"] == "持平"
    q2 = figures_for("2020Q2")["comparisons"]["mom"]
    assert q2["received"] == {"previous": 11, "change": "减少10个"}
    assert q2["answer_rate"]["change"] == "下降33.33个百分点"  # 1/(1+1) against 83.33%
    year = figures_for("2020")["comparisons"]
    assert year["yoy"] == year["mom"] and year["yoy"]["received"]["change"] == "增加10个"


def test_the_first_day_setting_moves_the_limit(dataset):
    assert records_first_day() == dt.date(2019, 11, 1)  # the first stored order
    Setting.create(key=FIRST_DAY_KEY, value="2020-01-01")
    assert records_first_day() == dt.date(2020, 1, 1)
    assert figures_for("2020Q1")["comparisons"]["mom"] is None  # 2019Q4 is before the records
    assert figures_for("2020Q2")["comparisons"]["mom"]["received"]["previous"] == 11
    Setting.update(value="2020-01-02").execute()  # one day later: 2020Q1 is no longer complete
    assert figures_for("2020Q2")["comparisons"]["mom"] is None


def test_empty_period_divides_by_zero_as_dash(dataset):
    f = figures_for("2021Q1")
    assert f["received"] == 0
    for key in ("answer_rate", "online_rate", "resolved_rate", "callback_rate", "satisfaction"):
        assert f[key] == "—"
    assert f["topic"]["satisfaction"] == "—"
    assert f["categories"] == [] and f["units"] == []
    assert f["comparisons"]["mom"] is None  # 2020Q4 is empty
    assert f["comparisons"]["yoy"]["received"] == {"previous": 11, "change": "减少11个"}
    assert f["comparisons"]["yoy"]["online_rate"]["change"] == "—"


def test_bad_period_is_refused(app):
    with pytest.raises(ValueError, match="期间"):
        figures_for("2020Q9")


def test_cli_prints_a_readable_table(dataset, runner):
    Setting.create(key=FIRST_DAY_KEY, value="2019-10-01")  # 2019Q4 complete: 环比 printed
    result = runner.invoke(args=["figures", "2020Q1"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "2020年第一季度" in out
    for label, value in [("受理工单数", "11"), ("在线办结率", "54.55%"), ("接通率", "83.33%"), ("回访率", "37.50%")]:
        assert re.search(rf"{label}\S*\s+{re.escape(value)}\s", out), label
    assert re.search(r"受理工单数\S*\s+11\s+—\s+增加9个", out)  # 同比 none, 环比 vs 2019Q4 (2 orders)
    assert re.search(r"社会服务类\s+6\s+咨询 3", out) and re.search(r"县住建局\s+2", out)
    assert "疫情类工单办理情况" in out and "电话摸排：2020-01-27 至 2020-01-29，摸排 5000 人" in out
    assert "仍有 1 个工单处于「受理」状态" in out


def test_cli_json(dataset, runner):
    Setting.create(key=FIRST_DAY_KEY, value="2019-10-01")
    result = runner.invoke(args=["figures", "2020Q1", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["period"]["start"] == "2020-01-01T00:00:00" and data["period"]["end"] == "2020-04-01T00:00:00"
    assert data["campaigns"][0]["start_date"] == "2020-01-27"
    assert data["received"] == 11 and data["topic"]["received"] == 2
    assert data["comparisons"]["mom"]["received"]["change"] == "增加9个"


@pytest.mark.parametrize("period", ["2020Q5", "abc", "2020-13"])
def test_cli_bad_period_is_one_chinese_line(app, runner, period):
    result = runner.invoke(args=["figures", period])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "期间" in result.stderr


def test_without_comparisons(dataset):
    f = figures_for("2020Q1", compare=False)
    assert f["comparisons"] == {"yoy": None, "mom": None} and f["received"] == 11


def test_cli_before_init_db_says_so(app, runner):
    from schema import drop_all

    drop_all()
    result = runner.invoke(args=["figures", "2020Q1"])
    assert result.exit_code == 1 and "init-db" in result.stderr and result.stdout == ""


def test_orders_stored_out_of_order(app):
    """History imported out of order: a period's ids are spread far apart (figures.py then
    reads the received_at index on SQLite instead of the id range); nothing is lost."""
    Setting.create(key=FIRST_DAY_KEY, value="2019-01-01")  # 2019 is complete: 2020 is compared with it
    category = make_category("其他类")
    first = _online(T(2020, 2, 1, 9), caller_area="乡村", category=category)
    _callback(first, "满意")
    for day in range(1, 7):  # ids in between belong to 2019
        make_order(received_at=T(2019, 6, day, 9), category=category)
    make_order(received_at=T(2020, 3, 31, 23, 59, 59), caller_area="城镇", category=category)
    f = figures_for("2020Q1")
    assert (f["received"], f["urban"], f["rural"], f["online"], f["pending"]) == (2, 1, 1, 1, 1)
    assert (f["need_callback"], f["callbacks_done"], f["satisfied"]) == (2, 1, 1)
    assert f["categories"] == [{"name": "其他类", "count": 2, "subcategories": []}]
    assert (
        figures_for("2019")["received"] == 6 and figures_for("2020")["comparisons"]["yoy"]["received"]["previous"] == 6
    )


def test_ids_past_16_bits(app):
    """Large ids (figures.py then groups by four columns instead of one packed integer)."""
    top = make_category("城乡建设类", id=70001)
    sub = make_category("违章建筑", parent=top, id=70002)
    unit = make_department("县住建局", id=70003)
    _dispatched(T(2020, 2, 3, 10), unit, True, caller_area="城镇", category=top, subcategory=sub)
    _online(T(2020, 2, 4, 10), caller_area="乡村", category=top)
    f = figures_for("2020Q1")
    assert f["categories"] == [{"name": "城乡建设类", "count": 2, "subcategories": [{"name": "违章建筑", "count": 1}]}]
    assert f["units"] == [{"name": "县住建局", "count": 1}]
    assert (f["received"], f["online"], f["dispatched"], f["resolved"], f["urban"]) == (2, 1, 1, 1, 1)


def test_flags_are_one_bit_each_and_their_width_follows_the_enum():
    values = [int(flag) for flag in Flag]
    assert all(value & (value - 1) == 0 for value in values) and len(set(values)) == len(values)
    assert sum(values) == (1 << FLAG_BITS) - 1  # the bits 0 … FLAG_BITS-1, none left out
    assert FLAG_BITS + 3 * 16 <= 63  # the packed key (three 16-bit ids and the flags) fits a BIGINT


def _counted(flags):
    """The COUNTERS rows an order with these flags meets, as figures.Needs describes them."""
    return {
        name
        for name, (has, lacks, one_of) in COUNTERS.items()
        if flags & has == has and not flags & lacks and (not one_of or flags & one_of)
    }


@pytest.mark.parametrize(
    "flags, counted",
    [
        (Flag.HARASSMENT | Flag.URBAN | Flag.PHONE | Flag.ONLINE | Flag.SATISFIED, {"harassment", "phone", "online"}),
        (
            Flag.URBAN | Flag.DISPATCHED | Flag.RESOLVED | Flag.COMPLETED,
            {"urban", "dispatched", "resolved", "need_callback", "callbacks_done"},
        ),
        (Flag.RURAL | Flag.REJECTED | Flag.SATISFIED, {"rural", "rejected"}),
        (Flag.NEW, {"pending", "need_callback"}),
        (Flag.RESOLVED, {"need_callback"}),  # resolved without being dispatched: not among 办结
        (Flag.ONLINE | Flag.SATISFIED, {"online", "need_callback", "callbacks_done", "satisfied"}),
        (Flag(0), {"need_callback"}),
    ],
)
def test_counters_table(flags, counted):
    assert _counted(int(flags)) == counted | {"received"}


def test_the_sql_gets_plain_integers(dataset, caplog):
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        figures_for("2020Q1")
    params = [param for record in caplog.records if record.name == "peewee" for param in record.msg[1]]
    assert len(params) > 20  # the flags' CASEs are among them
    assert not [param for param in params if isinstance(param, Flag)]


def test_daily_volume_every_day_of_the_period(dataset):
    days = daily_volume("2020Q1")
    assert len(days) == 91 and days[0] == (dt.date(2020, 1, 1), 1) and days[-1] == (dt.date(2020, 3, 31), 1)
    assert sum(n for _, n in days) == figures_for("2020Q1")["received"] == 11  # harassment included
    assert dict(days)[dt.date(2020, 1, 2)] == 0 and dict(days)[dt.date(2020, 3, 3)] == 1
    february = daily_volume("2020-02")
    assert len(february) == 29 and [(d.day, n) for d, n in february if n] == [(3, 1), (4, 1), (5, 1)]


def test_the_brief_shows_the_same_daily_volume(dataset):
    from brief.content import daily_counts
    from periods import parse_period

    counts = daily_counts(parse_period("2020Q1"))
    assert counts[0] == {"date": "2020-01-01", "count": 1} and counts[4] == {"date": "2020-01-05", "count": 1}
    assert [(c["date"], c["count"]) for c in counts] == [(d.isoformat(), n) for d, n in daily_volume("2020Q1")]
