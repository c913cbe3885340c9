"""`flask import-orders`: the interchange format in, all or nothing, idempotent."""

import datetime as dt

import pytest

from interchange.format import BY_NAME, HEADERS
from models import Callback, Category, Department, OrderEvent, Topic, WorkOrder
from tests.factories import make_order
from tests.import_files import dump, row, write_csv, write_xlsx
from workdays import WorkCalendar


def import_file(runner, path, *options):
    return runner.invoke(args=["import-orders", str(path), *options])


def stderr_lines(result):
    return result.stderr.strip().splitlines()


@pytest.fixture
def existing(app):
    """One order already stored, so 'database unchanged' is checked against real data."""
    make_order(case_no="20190000001", received_at=dt.datetime(2019, 12, 1, 8, 0))
    return dump()


MIXED = [
    row(case_no="20200000001"),
    row(case_no="20200000002", disposition="待处理", callback_result="", reply=""),
    row(case_no="20200000003", is_harassment="是", callback_result="", topics="疫情"),
    row(case_no="20200000004", disposition="不予立案", reject_reason="要素不全", callback_result=""),
    row(case_no="20200000005", disposition="转办", department="县住建局", callback_result="",
        category="城市管理市容类", subcategory="路灯", received_at="2020/01/06 10:00:05"),
    row(case_no="20200000006", disposition="转办", department="民安街道办事处", resolved="否",
        replied_at="2020-01-09 10:00", callback_result="", topics="疫情;春节"),
    row(case_no="20200000007", disposition="转办", department="县住建局", resolved="是",
        dispatched_at="2020-01-05 10:00", due_at="2020-01-10 18:00", replied_at="2020-01-07 16:00",
        resolved_at="2020-01-08 09:00", callback_at="2020-01-09 10:00", callback_result="基本满意",
        callback_note="群众认可", call_seconds="95"),
]  # fmt: skip


def test_good_file_imports_every_disposition(runner, tmp_path, existing):
    result = import_file(runner, write_csv(tmp_path / "orders.csv", MIXED))
    assert result.exit_code == 0, result.output
    assert "新增 7 条" in result.output

    status = dict(WorkOrder.select(WorkOrder.case_no, WorkOrder.status).tuples())
    assert [status[f"2020000000{i}"] for i in range(1, 8)] == [
        "ONLINE", "NEW", "ONLINE", "REJECTED", "DISPATCHED", "REPLIED", "RESOLVED",
    ]  # fmt: skip
    harassment = WorkOrder.get(WorkOrder.case_no == "20200000003")
    assert harassment.is_harassment and harassment.topic_names == ["疫情"]
    assert WorkOrder.get(WorkOrder.case_no == "20200000004").reject_reason == "要素不全"

    # Unknown categories, sub-categories, units and topics are created.
    lamp = WorkOrder.get(WorkOrder.case_no == "20200000005")
    assert (lamp.category.name, lamp.subcategory.name, lamp.subcategory.parent.name) == (
        "城市管理市容类",
        "路灯",
        "城市管理市容类",
    )
    assert lamp.department.name == "县住建局" and lamp.dispatched_at == dt.datetime(2020, 1, 6, 10, 0, 5)
    assert Department.get(Department.name == "民安街道办事处").kind == "街道办事处"
    assert {t.name for t in Topic.select()} == {"疫情", "春节"}
    # Default deadline: category's default urgency (一般, 5 working days) after dispatch.
    assert lamp.urgency == "一般"
    assert lamp.due_at == WorkCalendar.load().deadline(lamp.dispatched_at, 5)

    resolved = WorkOrder.get(WorkOrder.case_no == "20200000007")
    assert resolved.due_at == dt.datetime(2020, 1, 10, 18, 0) and resolved.call_seconds == 95
    callback = Callback.get(Callback.order == resolved)
    assert (callback.result, callback.note, callback.called_at) == ("基本满意", "群众认可", dt.datetime(2020, 1, 9, 10))
    assert Callback.get(Callback.order == WorkOrder.get(WorkOrder.case_no == "20200000001")).result == "满意"

    events = list(OrderEvent.select().where(OrderEvent.action == "导入"))
    assert len(events) == 7 and {e.actor_name for e in events} == {"导入"}
    assert {e.to_status for e in events} == set(status.values()) - {None}


MALFORMED = [
    # (case, rows or raw bytes, expected message fragments)
    ("bad date", [row(received_at="2020-13-45 10:00")], ["第2行 受理时间：日期时间不存在「2020-13-45 10:00」"]),
    ("date form", [row(received_at="05.01.2020 10:00")], ["第2行 受理时间：日期时间格式错误", "YYYY/MM/DD"]),
    ("disposition", [row(disposition="已办结")], ["第2行 办理方式：应为 待处理/在线办结/转办/不予立案 之一，实为「已办结」"]),
    ("no reason", [row(disposition="不予立案", callback_result="")], ["第2行 不予立案原因：不予立案必须填写原因"]),
    ("no unit", [row(disposition="转办", callback_result="")], ["第2行 承办单位：转办必须填写承办单位"]),
    ("twice", [row(), row(case_no="20200000009"), row()], ["第4行 工单编号：20200000001 与第2行重复"]),
    ("harassment", [row(disposition="待处理", is_harassment="是", callback_result="")],
     ["第2行 是否骚扰：只有在线办结的工单可以标记为骚扰来电"]),
    ("phone", [row(caller_phone="138-1234-56x8")], ["第2行 来电号码：只能包含数字、- 和 +"]),
    ("seconds", [row(call_seconds="1分30秒")], ["第2行 通话时长：应为不小于0的整数秒数"]),
    ("required", [row(category="")], ["第2行 诉求大类：必填，不能为空"]),
    ("unit on online", [row(department="县住建局")], ["第2行 承办单位：只有转办的工单可以填写承办单位"]),
    ("callback", [row(disposition="不予立案", reject_reason="要素不全")], ["第2行 回访结果：不予立案的工单不需回访"]),
]  # fmt: skip


@pytest.mark.parametrize("case,rows,messages", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_bad_rows_are_refused_with_their_message(runner, tmp_path, existing, case, rows, messages):
    result = import_file(runner, write_csv(tmp_path / "bad.csv", rows))
    assert result.exit_code == 1
    assert stderr_lines(result)[0].startswith("导入失败：1 行有错误")
    for message in messages:
        assert message in result.stderr
    assert dump() == existing


def test_every_bad_row_is_reported_and_nothing_imported(runner, tmp_path, existing):
    rows = [row(case_no=f"2020000010{i}") for i in range(6)]
    rows[1] = row(case_no="20200000101", received_at="昨天")
    rows[3] = row(case_no="20200000103", disposition="转办", callback_result="", caller_area="农村")
    result = import_file(runner, write_csv(tmp_path / "bad.csv", rows))
    lines = stderr_lines(result)
    assert result.exit_code == 1
    assert lines[0] == "导入失败：2 行有错误（共 6 行数据），未导入任何工单"
    assert lines[1].startswith("第3行 受理时间：")
    assert lines[2].startswith("第5行 来电人类型：应为 城镇/乡村 之一")
    assert lines[3] == "第5行 承办单位：转办必须填写承办单位"
    assert dump() == existing


def test_wrong_header_is_refused(runner, tmp_path, existing):
    headers = ["编号" if h == "工单编号" else h for h in HEADERS]
    values = row()
    values["编号"] = values.pop("工单编号")
    result = import_file(runner, write_csv(tmp_path / "bad.csv", [values], headers=headers))
    assert result.exit_code == 1
    assert stderr_lines(result)[0] == "导入失败：表头有 2 处错误，未导入任何工单"
    assert "第1行 编号：未知列「编号」（第1列）；如需忽略请加 --ignore-unknown" in result.stderr
    assert "第1行 工单编号：缺少必填列「工单编号」" in result.stderr
    assert dump() == existing


def test_unknown_column_ignored_on_request(runner, tmp_path, existing):
    headers = HEADERS + ["备注"]
    path = write_csv(tmp_path / "extra.csv", [row() | {"备注": "旧系统字段"}], headers=headers)
    assert import_file(runner, path).exit_code == 1
    assert dump() == existing
    result = import_file(runner, path, "--ignore-unknown")
    assert result.exit_code == 0, result.stderr
    assert WorkOrder.select().count() == 2


def test_non_utf8_bytes_are_refused(runner, tmp_path, existing):
    path = write_csv(tmp_path / "mixed.csv", [row(), row(case_no="20200000002")])
    with open(path, "ab") as f:
        f.write("20200000003,2020-01-05 09:30,电话,,张三,城镇,社会服务类,咨询".encode("gbk") + b"\r\n")
    result = import_file(runner, path)
    assert result.exit_code == 1
    assert "第4行：含有非 UTF-8 编码的字节：请将文件另存为“CSV UTF-8”" in result.stderr
    assert dump() == existing


def test_gbk_file_is_read_as_gb18030_and_said_so(runner, tmp_path, existing):
    # Excel's plain "CSV" on Chinese Windows writes GBK (GB18030): read, no longer refused (issue 11).
    path = write_csv(tmp_path / "gbk.csv", [row()], encoding="gbk")
    result = import_file(runner, path)
    assert result.exit_code == 0, result.stderr
    assert result.output.startswith("文件编码为 GB18030（Excel 在中文 Windows 上另存的“CSV”），已按此读取。")
    assert WorkOrder.get(WorkOrder.case_no == "20200000001").caller_name == "姜小明"


@pytest.mark.parametrize("content,message", [(b"", "文件为空：第1行应为表头"), (b"\xef\xbb\xbf\r\n\r\n", "文件为空"),
                                             (",".join(HEADERS).encode() + b"\r\n", "文件中没有工单数据（只有表头）")])  # fmt: skip
def test_empty_file_is_refused(runner, tmp_path, existing, content, message):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    result = import_file(runner, path)
    assert result.exit_code == 1
    assert message in stderr_lines(result)[0]
    assert dump() == existing


def test_xlsx_with_formula_is_refused(runner, tmp_path, existing):
    values = row(call_seconds="=60*2")
    result = import_file(runner, write_xlsx(tmp_path / "formula.xlsx", [values]))
    assert result.exit_code == 1
    column = HEADERS.index("通话时长") + 1
    assert f"第2行 第{column}列：单元格是公式（=60*2）：请复制后“粘贴为数值”再导入" in result.stderr
    assert dump() == existing


def test_xlsx_with_typed_cells_imports(runner, tmp_path, existing):
    values = row() | {"工单编号": 20200000001, "受理时间": dt.datetime(2020, 1, 5, 9, 30), "来电号码": 13812345678}
    values["通话时长"] = 120.0
    result = import_file(runner, write_xlsx(tmp_path / "orders.xlsx", [values, row(case_no="20200000002")]))
    assert result.exit_code == 0, result.stderr
    order = WorkOrder.get(WorkOrder.case_no == "20200000001")
    assert (order.received_at, order.caller_phone, order.call_seconds) == (
        dt.datetime(2020, 1, 5, 9, 30),
        "13812345678",
        120,
    )


def test_english_headers_shuffled_and_bom(runner, tmp_path, app):
    chinese = write_csv(tmp_path / "zh.csv", MIXED)
    assert import_file(runner, chinese).exit_code == 0
    expected = _orders_without_ids()
    for model in (OrderEvent, Callback, WorkOrder):
        model.delete().execute()

    names = [c.name for c in BY_NAME.values()]
    names = names[1::2] + names[::2]  # every column, in another order
    english_rows = [
        {BY_NAME[n].name: values[BY_NAME[n].header] for n in names if BY_NAME[n].header in values} for values in MIXED
    ]
    english_rows = [{k.upper() if k == "case_no" else k: v for k, v in r.items()} for r in english_rows]
    headers = ["CASE_NO" if n == "case_no" else n for n in names]
    result = import_file(runner, write_csv(tmp_path / "en.csv", english_rows, headers=headers, bom=True))
    assert result.exit_code == 0, result.stderr
    assert _orders_without_ids() == expected


def _orders_without_ids():
    return sorted(
        (o.case_no, o.received_at, o.status, o.category.name, o.subcategory and o.subcategory.name,
         o.department and o.department.name, o.due_at, o.replied_at, o.caller_phone, tuple(o.topic_names))
        for o in WorkOrder.select()
    )  # fmt: skip


def test_reimport_updates_by_case_number(runner, tmp_path, app):
    path = write_csv(tmp_path / "orders.csv", MIXED)
    assert import_file(runner, path).exit_code == 0
    first = WorkOrder.get(WorkOrder.case_no == "20200000005")

    changed = list(MIXED)
    changed[4] = MIXED[4] | row(disposition="转办", department="县城管和执法局", resolved="是", replied_at="2020-01-08 09:00",
                                resolved_at="2020-01-08 10:00", callback_result="满意", topics="疫情")  # fmt: skip
    changed[4]["工单编号"] = "20200000005"
    changed[4]["受理时间"] = "2020/01/06 10:00:05"
    result = import_file(runner, write_csv(tmp_path / "changed.csv", changed))
    assert result.exit_code == 0, result.stderr
    assert "新增 0 条，更新 1 条，未变 6 条" in result.output

    order = WorkOrder.get(WorkOrder.case_no == "20200000005")
    assert order.id == first.id and order.status == "RESOLVED" and order.department.name == "县城管和执法局"
    assert order.topic_names == ["疫情"] and Callback.get(Callback.order == order).result == "满意"
    events = list(order.events.order_by(OrderEvent.id))
    assert [(e.action, e.from_status, e.to_status) for e in events] == [
        ("导入", None, "DISPATCHED"),
        ("导入", "DISPATCHED", "RESOLVED"),
    ]
    assert WorkOrder.select().count() == 7


def test_same_file_twice_equals_once(runner, tmp_path, app):
    path = write_csv(tmp_path / "orders.csv", MIXED)
    assert import_file(runner, path).exit_code == 0
    once = dump()
    result = import_file(runner, path)
    assert result.exit_code == 0
    assert "新增 0 条，更新 0 条，未变 7 条" in result.output
    assert dump() == once


def test_dry_run_changes_nothing(runner, tmp_path, existing):
    rows = MIXED + [row(case_no="20190000001", received_at="2019-12-01 08:00")]
    result = import_file(runner, write_csv(tmp_path / "orders.csv", rows), "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert "共 8 行，将新增 7 条，将按工单编号更新或核对 1 条" in result.output
    assert dump() == existing
    assert not Category.select().where(Category.name == "城市管理市容类").exists()


def test_wrong_file_type_is_refused(runner, tmp_path, existing):
    path = tmp_path / "orders.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    result = import_file(runner, path)
    assert result.exit_code == 1
    assert "不支持旧版 .xls 文件" in stderr_lines(result)[0]


def test_line_numbers_follow_the_file(runner, tmp_path, existing):
    """A quoted cell spanning lines and a blank line shift the numbers as an editor shows them."""
    path = write_csv(tmp_path / "lines.csv", [row(content="第一行\n第二行\n第三行"), row(case_no="20200000002")])
    with open(path, "a", encoding="utf-8", newline="") as f:
        f.write("\r\n")
        f.write(",".join(row(case_no="20200000003", channel="短信").get(h, "") for h in HEADERS) + "\r\n")
    result = import_file(runner, path)
    assert result.exit_code == 1
    assert stderr_lines(result)[1].startswith("第7行 来源渠道：应为 电话/来信/网络/微信/其他 之一，实为「短信」")
    assert dump() == existing


def test_values_under_no_header_are_refused_blank_columns_ignored(runner, tmp_path, existing):
    headers = HEADERS + [""]
    path = write_csv(tmp_path / "blank.csv", [row(), row(case_no="20200000002") | {"": "多余内容"}], headers=headers)
    result = import_file(runner, path)
    assert result.exit_code == 1
    assert f"第3行：第{len(headers)}列有内容但没有表头" in result.stderr
    assert dump() == existing
    path = write_csv(tmp_path / "blank-ok.csv", [row(), row(case_no="20200000002")], headers=headers)
    assert import_file(runner, path).exit_code == 0


def test_missing_file_is_refused_in_chinese(runner, tmp_path, existing):
    result = import_file(runner, tmp_path / "nowhere.csv")
    assert result.exit_code == 1
    assert stderr_lines(result) == [f"导入失败：找不到文件 {tmp_path / 'nowhere.csv'}"]


def test_awkward_text_is_stored_as_written(runner, tmp_path, existing):
    content = '他说："路灯,坏了"\\N\t反斜杠\\ 与引号""\n第二行'
    path = write_csv(tmp_path / "text.csv", [row(content=content, caller_name="", reply="")])
    result = import_file(runner, path)
    assert result.exit_code == 0, result.stderr
    order = WorkOrder.get(WorkOrder.case_no == "20200000001")
    assert (order.content, order.caller_name, order.reply, order.caller_area) == (content, "", "", "城镇")


def test_nul_characters_are_refused(runner, tmp_path, existing):
    result = import_file(runner, write_csv(tmp_path / "nul.csv", [row(content="路灯\x00坏了")]))
    assert result.exit_code == 1
    assert "第2行 诉求内容：含有空字符（NUL），请删除后再导入" in result.stderr
    assert dump() == existing


def test_postgresql_knows_the_imported_tables_sizes_at_once(runner, tmp_path, existing):
    """After an import the tables written are ANALYZEd (PostgreSQL), so the brief generated
    right after is planned on real sizes, not on empty-table estimates."""
    from models import db, is_postgres

    if not is_postgres():
        pytest.skip("PostgreSQL 的统计信息")

    def analyzed():
        sql = "SELECT relname, last_analyze FROM pg_stat_user_tables WHERE schemaname = current_schema()"
        return dict(db.execute_sql(sql).fetchall())

    before = analyzed()
    result = import_file(runner, write_csv(tmp_path / "orders.csv", MIXED))
    assert result.exit_code == 0, result.output
    after = analyzed()
    for table in ("work_order", "order_topic", "callback", "order_event"):
        assert after[table] is not None and after[table] != before.get(table), (table, before, after)
