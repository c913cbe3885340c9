"""`flask kb import` / `flask kb export`: CSV (UTF-8, UTF-8 with BOM, GB18030) and XLSX with the
header 标题, 问法, 答案, 分类, 专题, 责任单位, 有效期至, 来源; all-or-nothing; the export re-imports."""

import csv
import datetime as dt
import json

import pytest

from kb.articles import save_article
from models import KbArticle, KbVersion, Topic
from tests.factories import make_category, make_department

HEADER = ["标题", "问法", "答案", "分类", "专题", "责任单位", "有效期至", "来源"]
GOOD = [
    ["外出务工需要开具什么证明", "外出打工要开什么证明；出去务工带什么证明;务工返岗手续\n去外地打工要什么",
     "持绿色健康码，由村（社区）开具健康证明。", "社会服务类/咨询", "疫情", "县卫生健康局", "2099-12-31", "县指挥部通告"],
    ["身份证丢失补办流程", "", "携带户口本到户政窗口申请补领。", "", "", "", "", ""],
]  # fmt: skip


@pytest.fixture
def reference(app):
    top = make_category("社会服务类")
    make_category("咨询", parent=top)
    make_department("县卫生健康局")


def write_csv(path, rows, encoding="utf-8-sig", header=HEADER):
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def write_xlsx(path, rows, header=HEADER):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return str(path)


def kb(runner, *args):
    return runner.invoke(args=["kb", *args])


@pytest.mark.parametrize("kind", ["utf-8-sig", "utf-8", "gb18030", "xlsx"])
def test_import_a_good_file(reference, runner, tmp_path, kind):
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "kb.xlsx", GOOD)
    else:
        path = write_csv(tmp_path / "kb.csv", GOOD, encoding=kind)
    result = kb(runner, "import", path)
    assert result.exit_code == 0, result.output
    assert "新增 2 条" in result.output
    work = KbArticle.get(KbArticle.title == "外出务工需要开具什么证明")
    assert work.status == "已发布" and work.valid_until == dt.date(2099, 12, 31) and work.source == "县指挥部通告"
    assert work.variant_list == ["外出打工要开什么证明", "出去务工带什么证明", "务工返岗手续", "去外地打工要什么"]
    assert work.category.name == "咨询" and work.category.parent.name == "社会服务类"
    assert work.department.name == "县卫生健康局" and work.topic.name == "疫情"
    assert KbVersion.get(KbVersion.article == work.id).action == "导入"
    hits = json.loads(kb(runner, "search", "出去打工要带啥证明", "--json").output)
    assert hits[0]["title"] == "外出务工需要开具什么证明" and hits[0]["category"] == "社会服务类 / 咨询"


@pytest.mark.parametrize(
    "row,message",
    [
        (["新知识", "", "答案", "", "", "县不存在局", "", ""], "第3行：没有名为「县不存在局」的成员单位"),
        (["新知识", "", "答案", "没有这类", "", "", "", ""], "第3行：没有名为「没有这类」的诉求分类"),
        (["新知识", "", "答案", "", "", "", "2020-02-30", ""], "第3行：有效期至「2020-02-30」不是有效日期"),
        (["新知识", "", "", "", "", "", "", ""], "第3行：答案为空"),
        (["", "", "答案", "", "", "", "", ""], "第3行：标题为空"),
        (["身份证丢失补办流程", "", "答案", "", "", "", "", ""], "第3行：标题与第2行重复"),
    ],
)
def test_a_bad_row_refuses_the_whole_file(reference, runner, tmp_path, row, message):
    kept = save_article(KbArticle(title="已有知识", answer="原来的答案", status="已发布"), None)
    rows = [["身份证丢失补办流程", "", "携带户口本补领。", "", "", "", "", ""], row]
    result = kb(runner, "import", write_csv(tmp_path / "bad.csv", rows))
    assert result.exit_code == 1
    assert "导入失败，未写入任何知识" in result.output and message in result.output
    assert [a.title for a in KbArticle.select()] == ["已有知识"]
    assert KbArticle.get_by_id(kept.id).answer == "原来的答案" and KbVersion.select().count() == 1


@pytest.mark.parametrize(
    "header,message",
    [
        (["标题", "问法", "分类"], "表头缺少必需的列：答案"),
        (["标题", "答案", "备注"], "表头有无法识别的列：备注"),
    ],
)
def test_a_bad_header_refuses_the_file(reference, runner, tmp_path, header, message):
    result = kb(runner, "import", write_csv(tmp_path / "bad.csv", [["a", "b", "c"]], header=header))
    assert result.exit_code == 1 and message in result.output
    assert KbArticle.select().count() == 0


def test_not_a_table_and_missing_file(reference, runner, tmp_path):
    (tmp_path / "kb.pdf").write_bytes(b"%PDF-1.4")
    assert "只能导入 .csv 或 .xlsx 文件" in kb(runner, "import", str(tmp_path / "kb.pdf")).output
    assert "找不到文件" in kb(runner, "import", str(tmp_path / "none.csv")).output
    assert KbArticle.select().count() == 0


def test_export_is_formula_safe_and_re_imports_as_updates(reference, runner, tmp_path):
    assert kb(runner, "import", write_csv(tmp_path / "kb.csv", GOOD)).exit_code == 0
    save_article(KbArticle(title='=HYPERLINK("x")', answer="+1 答案", status="已发布"), None)
    save_article(KbArticle(title="草稿知识", answer="未发布", status="草稿"), None)
    out = tmp_path / "out.csv"
    result = kb(runner, "export", str(out))
    assert result.exit_code == 0 and "已导出知识 3 条" in result.output
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == HEADER
    assert rows[1][:4] == ["外出务工需要开具什么证明", "外出打工要开什么证明；出去务工带什么证明；务工返岗手续；去外地打工要什么",
                           "持绿色健康码，由村（社区）开具健康证明。", "社会服务类/咨询"]  # fmt: skip
    assert rows[1][4:] == ["疫情", "县卫生健康局", "2099-12-31", "县指挥部通告"]
    assert rows[3][0] == '\'=HYPERLINK("x")' and rows[3][2] == "'+1 答案"
    again = kb(runner, "import", str(out))
    assert again.exit_code == 0 and "新增 0 条，更新 3 条" in again.output, again.output
    assert KbArticle.select().count() == 4 and Topic.select().count() == 1
    assert KbArticle.get(KbArticle.title == '=HYPERLINK("x")').answer == "+1 答案"
    assert kb(runner, "export", str(tmp_path / "out.xlsx")).exit_code == 0
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "out.xlsx").worksheets[0]
    assert [c.value for c in next(sheet.iter_rows())] == HEADER and sheet.max_row == 4
