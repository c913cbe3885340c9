"""`flask demo`: every number of the seed brief, read from the seed text itself, comes out of
figures_for on the loaded records; the quoted orders are there word for word."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from app import create_app
from figures import figures_for
from models import ALL_MODELS, Callback, Campaign, CaseStudy, OrderEvent, User, WorkOrder, db, init_db

SEED_NAME = "000_3a38100a8f3f51a2.txt"


def _seed_path():
    for root in (Path(__file__).resolve().parents[2] / "shared", Path("/work/shared")):
        if (root / "seeds" / SEED_NAME).exists():
            return root / "seeds" / SEED_NAME
    pytest.fail("找不到种子专报 seeds/" + SEED_NAME)


SEED = _seed_path().read_text(encoding="utf-8")


def _one(pattern, text=SEED):
    match = re.search(pattern, text)
    assert match, pattern
    return match.group(1)


def _between(start, end, text=SEED):
    return text[text.index(start) : text.index(end, text.index(start))]


def _cells(block):
    """The tab-indented cells of a table block, joined over line breaks inside a cell."""
    return [c.strip().replace("\n", "") for c in re.split(r"\n\t", block) if c.strip()]


def _table(start, end):
    """{header: value} of a one-row seed table (a 类别 row of headers, a 数值 row of values)."""
    block = _between(start, end)
    headers = _cells(_between("类别", "数值", block))[1:]
    values = [re.match(r"[\d.]+%?", v).group(0) for v in _cells(block[block.index("数值") :])[1:]]
    return dict(zip(headers, values))


def _ranking(start, end, name_header, count_header):
    block = _between(start, end)
    names = _cells(_between(name_header, count_header, block))[1:]
    counts = [int(v) for v in _cells(block[block.index(count_header) :])[1:] if v.isdigit()]
    return list(zip(names, counts))


@pytest.fixture(scope="module")
def loaded(pg_schema_url, tmp_path_factory):
    """One demo load for the module (it takes seconds): the app, its database URL and the
    output of `flask demo`. Tests below only read, except the second load, which must
    change nothing."""
    url = pg_schema_url or f"sqlite:///{tmp_path_factory.mktemp('demo') / 'hotline.db'}"
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "DATABASE_URL": url})
    with db.connection_context():
        db.drop_tables(ALL_MODELS, safe=True, **({"cascade": True} if url.startswith("postgres") else {}))
    result = app.test_cli_runner().invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    return app, url, result.output


@pytest.fixture
def demo(loaded):
    app, url, output = loaded
    init_db(url)  # other tests' fixtures may have pointed the proxy elsewhere
    with app.app_context(), db.connection_context():
        yield output


def test_headline_numbers_match_the_seed(demo):
    f = figures_for("2020Q1")
    assert f["received"] == int(_one(r"累计接到群众来电来信(\d+)个"))
    assert f["received"] == int(_one(r"群众有效来电(\d+)个"))
    assert f["urban"] == int(_one(r"城镇居民来电(\d+)个"))
    assert f["rural"] == int(_one(r"乡镇村民来电(\d+)个"))
    assert f["harassment"] == int(_one(r"骚扰来电(\d+)个"))
    assert f["answer_rate"] == _one(r"接通率([\d.]+%)")
    assert f["daily_average"] == int(_one(r"日均(\d+)个"))
    assert f["pending"] == 0


# The seed's table headers and the figures they show.
COLUMNS = {
    "受理工单数（个）": "received", "在线办结（个）": "online", "在线办结率": "online_rate",
    "转办工单数（个）": "dispatched", "办结工单数（个）": "resolved", "办结率": "resolved_rate",
    "不予立案（个）": "rejected", "回访满意度": "satisfaction",
}  # fmt: skip


def _as_seed_table(figures, headers):
    return {h: str(figures[COLUMNS[h]]) for h in headers}


def test_order_table_matches_the_seed(demo):
    f = figures_for("2020Q1")
    table = _table("（1）", "注：")
    assert len(table) == 7 and table == _as_seed_table(f, table)
    assert f["harassment"] == int(_one(r"其中骚扰来电(\d+)个）"))


def test_categories_and_units_match_the_seed(demo):
    f = figures_for("2020Q1")
    top4 = _ranking("1.市民来电诉求居前四位的类别", "注：", "\t类别", "工单数（个）")
    assert [(c["name"], c["count"]) for c in f["categories"][:4]] == top4
    by_name = {c["name"]: c for c in f["categories"]}
    assert by_name["社会服务类"]["subcategories"][0] == {"name": "咨询", "count": int(_one(r"咨询类达(\d+)个"))}
    assert by_name["资源环境类"]["subcategories"][0] == {"name": "噪音扰民", "count": int(_one(r"噪音扰民达(\d+)个"))}
    top5 = _ranking("2.办理工单数前五位的成员单位", "（3）", "\t单位", "工单数（个）")
    assert [(u["name"], u["count"]) for u in f["units"][:5]] == top5
    assert f["units"][5]["count"] < top5[-1][1]  # the sixth is clearly behind


def test_callbacks_match_the_seed(demo):
    f = figures_for("2020Q1")
    text = _between("（3）", "（4）")
    assert f["received"] == int(_one(r"受理工单(\d+)个", text))
    assert f["harassment"] == int(_one(r"骚扰来电(\d+)个", text))
    assert f["rejected"] == int(_one(r"不予立案(\d+)个", text))
    assert f["need_callback"] == int(_one(r"需回访工单共(\d+)个", text))
    assert f["callback_rate"] == _one(r"回访率([\d.]+%)", text)
    assert f["satisfied"] == int(_one(r"满意工单(\d+)个", text))
    assert f["satisfaction"] == _one(r"回访满意度达([\d.]+%)", text)


def test_epidemic_table_matches_the_seed(demo):
    topic = figures_for("2020Q1")["topic"]
    table = _table("（4）", "疫情类工单主要涉及")
    assert len(table) == 7 and table == _as_seed_table(topic, table)


def test_campaigns_match_the_seed(demo):
    campaigns = figures_for("2020Q1")["campaigns"]
    spring = re.search(r"（(\d+)月(\d+)日至(\d+)月(\d+)日）.*?完成了(\d+)个", SEED)
    daily = re.search(r"(\d+)月(\d+)日至(\d+)月(\d+)日，县12345.*?累计摸排(\d+)个", SEED)
    for campaign, match in zip(campaigns, (spring, daily)):
        m1, d1, m2, d2, reached = map(int, match.groups())
        assert (campaign["start_date"], campaign["end_date"]) == (dt.date(2020, m1, d1), dt.date(2020, m2, d2))
        assert campaign["reached"] == reached
        assert str(reached) in campaign["summary"]
    assert len(campaigns) == 2


def _seed_cases():
    """(case_no, content, unit, reply month-day, reply, callback note) of every quoted order."""
    pattern = r"案件公文号:?(\d{11})\s*来电(?:反映|咨询|举报)：(.*?)处理结果：(.*)"
    for case_no, content, rest in re.findall(pattern, SEED):
        rest, _, note = rest.partition("回访：")
        if rest.startswith("话务员"):
            yield case_no, content, None, None, rest, note.strip()
            continue
        match = re.match(r"(?:派单至[^，]+，)?(?:(\d+月\d+日)，)?([^：]+?)回复：(.*)$", rest)
        when, unit, reply = match.groups()
        dated_reply = re.match(r"(\d+月\d+日)，", reply)  # 20200003546: the date opens the reply
        if dated_reply and not when:
            when, reply = dated_reply.group(1), reply[dated_reply.end() :]
        yield case_no, content, unit, when, reply, note.strip()


def test_quoted_orders_word_for_word(demo):
    cases = list(_seed_cases())
    assert len(cases) == 13
    for case_no, content, unit, when, reply, note in cases:
        order = WorkOrder.get(WorkOrder.case_no == case_no)
        assert order.content == content
        assert order.reply == reply
        callback = Callback.get(Callback.order == order)
        assert callback.note == note and callback.result in ("满意", "基本满意")
        if unit is None:
            assert order.status == "ONLINE" and order.department is None
            continue
        assert order.department.name == unit and order.status == "RESOLVED"
        if when:
            assert f"{order.replied_at.month}月{order.replied_at.day}日" == when
        assert order.received_at < order.dispatched_at < order.accepted_at < order.replied_at < order.resolved_at


def test_case_studies_in_the_seed_order(demo):
    section_two = _between("工单办理案例摘选", "群众反映频率较高的问题")
    section_three = SEED[SEED.index("群众反映频率较高的问题") :]
    studies = list(CaseStudy.select().where(CaseStudy.period == "2020Q1").order_by(CaseStudy.position))
    picked = [(s.section, s.order.case_no) for s in studies]
    assert picked == [("案例摘选", n) for n in re.findall(r"案件公文号:?(\d{11})", section_two)] + [
        ("高频问题", n) for n in re.findall(r"案件公文号:?(\d{11})", section_three)
    ]
    headings = re.findall(r"（\d）\s*(.+)", section_three)
    expected = []
    for heading, block in zip(headings, re.split(r"（\d）\s*.+", section_three)[1:]):
        expected += [heading.strip()] * len(re.findall(r"案件公文号", block))
    assert [s.heading for s in studies if s.section == "高频问题"] == expected
    assert all(s.text == "" for s in studies)


def test_loading_twice_changes_nothing(demo, loaded):
    before = json.dumps(figures_for("2020Q1"), default=str, ensure_ascii=False)
    counts = [m.select().count() for m in (WorkOrder, OrderEvent, Callback, CaseStudy, Campaign, User)]
    result = loaded[0].test_cli_runner().invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    assert "新增工单 0 个" in result.output and "密码" not in result.output
    assert [m.select().count() for m in (WorkOrder, OrderEvent, Callback, CaseStudy, Campaign, User)] == counts
    assert json.dumps(figures_for("2020Q1"), default=str, ensure_ascii=False) == before


def test_demo_command_prints_each_password_once(demo):
    assert "新增工单 3085 个" in demo
    for role in ("operator", "department", "supervisor", "leader"):
        user = User.get(User.role == role)
        password = re.search(rf"{user.username}，初始密码：(\S+?)（", demo).group(1)
        assert user.check_password(password)
    assert User.get(User.role == "department").department.name == "县住建局"


def test_records_are_plausible(demo):
    quarter = (WorkOrder.received_at >= dt.datetime(2020, 1, 1)) & (WorkOrder.received_at < dt.datetime(2020, 4, 1))
    orders = WorkOrder.select().where(quarter)
    days = {o.received_at.date() for o in orders}
    assert len(days) == 91  # every day of the quarter has calls
    daytime = sum(1 for o in orders if 8 <= o.received_at.hour < 18)
    assert daytime > 0.7 * orders.count()
    for order in orders.where(WorkOrder.dispatched_at.is_null(False)):
        assert order.received_at <= order.dispatched_at <= order.accepted_at <= order.replied_at
        assert order.due_at > order.dispatched_at
        callback = Callback.get(Callback.order == order)
        assert callback.called_at > (order.resolved_at or order.replied_at)
    # every order's history starts with 受理 and ends in its current status
    for order in orders.order_by(WorkOrder.case_no).limit(300):
        events = list(order.events.order_by(OrderEvent.at, OrderEvent.id))
        assert events[0].action == "受理" and events[-1].to_status == order.status
    assert len({o.content for o in orders}) > 150  # not one text over and over


def test_figures_command_shows_every_number_of_section_one(demo, loaded):
    """`flask demo` then `flask figures 2020Q1`: each number of the seed's 一(1)–(5) is printed."""
    output = loaded[0].test_cli_runner().invoke(args=["figures", "2020Q1"]).output
    section = _between("一、", "\n2、")
    numbers = set(re.findall(r"(?<![\d.（(])(\d+(?:\.\d+)?%?)(?![\d.）)年月日])", section)) - {"12345"}
    assert len(numbers) > 30
    missing = [n for n in numbers if not re.search(rf"(?<![\d.]){re.escape(n)}(?![\d.])", output)]
    assert missing == []


def test_the_plan_is_deterministic():
    from demo.plan import build_orders
    from workdays import WorkCalendar

    first, second = build_orders(WorkCalendar()), build_orders(WorkCalendar())
    assert [dict(s) for s in first] == [dict(s) for s in second]
    assert len({s.case_no for s in first}) == 3085
