"""Issue 12: imports are bounded — lines, file size, an .xlsx's unpacked shared strings, cell
length, listed errors — and dates lie between 2000 and the end of next year. Each refusal is
a Chinese message and writes nothing (docs/RULES.md § Import format, Bounds). The bounds are
settings: the tests use small ones; bench/bench_import_bounds.py measures the real worst files."""

import datetime as dt

import pytest

from bench.import_worst import many_rows_xlsx, shared_strings_bomb
from tests.import_files import dump, row, write_csv, write_xlsx


def import_file(runner, path):
    return runner.invoke(args=["import-orders", str(path)])


@pytest.fixture
def before(app):
    return dump()


def refused_with(result, *messages):
    assert result.exit_code == 1, result.output
    for message in messages:
        assert message in result.stderr, result.stderr
    return result.stderr


def test_too_many_lines_are_refused_without_reading_on(app, runner, tmp_path, before):
    app.config["IMPORT_MAX_ROWS"] = 50
    rows = [row(case_no=f"2020{i:07d}") for i in range(60)]
    for path in (write_csv(tmp_path / "many.csv", rows), write_xlsx(tmp_path / "many.xlsx", rows)):
        refused_with(import_file(runner, path), "文件超过 50 行（不含表头）的上限")
    assert dump() == before


def test_blank_lines_count_towards_the_bound(app, runner, tmp_path, before):
    app.config["IMPORT_MAX_ROWS"] = 50
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(row()))
    sheet.append(list(row().values()))
    sheet.cell(row=5000, column=1, value="x")  # thousands of empty rows, then one more
    book.save(tmp_path / "sparse.xlsx")
    refused_with(import_file(runner, tmp_path / "sparse.xlsx"), "文件超过 50 行")
    assert dump() == before


def test_a_file_too_big_is_refused_before_reading(app, runner, tmp_path, before):
    app.config["IMPORT_MAX_MB"] = 0.01
    path = write_csv(tmp_path / "big.csv", [row(case_no=f"2020{i:07d}") for i in range(100)])
    refused_with(import_file(runner, path), "文件过大", "每个文件最多 0.01 MB")
    assert dump() == before


def test_a_shared_strings_bomb_is_refused_before_parsing(app, runner, tmp_path, before):
    app.config["IMPORT_XLSX_MAX_SHARED_MB"] = 1
    bomb = shared_strings_bomb(tmp_path / "bomb.xlsx", 2)  # 2 MB of strings in a few KB
    assert bomb.stat().st_size < 100_000
    refused_with(import_file(runner, bomb), "xlsx 文件中的文字部分解压后达 2 MB，超过 1 MB 的上限")
    assert dump() == before


@pytest.mark.parametrize("stated", [100_000, 1, None], ids=["stated", "lying", "unstated"])
def test_a_small_xlsx_of_many_rows_is_refused_at_the_bound(app, runner, tmp_path, before, stated):
    app.config["IMPORT_MAX_ROWS"] = 1000
    path = many_rows_xlsx(tmp_path / "rows.xlsx", 100_000, stated)
    assert path.stat().st_size < 200_000
    refused_with(import_file(runner, path), "文件超过 1000 行")
    assert dump() == before


def test_errors_are_listed_up_to_the_bound_then_counted(app, runner, tmp_path, before):
    app.config["IMPORT_MAX_ERRORS"] = 5
    rows = [row(case_no=f"2020{i:07d}", channel="传真") for i in range(20)]
    stderr = refused_with(import_file(runner, write_csv(tmp_path / "bad.csv", rows)), "20 行有错误")
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 + 5 + 1
    assert lines[-1] == "另有 15 行错误未列出"
    assert dump() == before


def test_a_huge_csv_cell_gets_a_chinese_message(app, runner, tmp_path, before):
    path = write_csv(tmp_path / "cell.csv", [row(content="长" * 1_000_000)])
    stderr = refused_with(import_file(runner, path), "第2行：单元格过长，每个单元格最多 20000 个字符")
    assert "field" not in stderr and "limit" not in stderr  # no English from the csv module
    assert dump() == before


def test_a_broken_quote_gets_a_chinese_message(app, runner, tmp_path, before):
    app.config["IMPORT_MAX_CELL_CHARS"] = 100
    path = tmp_path / "quote.csv"
    header = ",".join(row())
    path.write_text(header + '\n20200000001,"2020-01-05 09:30,电话\n' + "x" * 200 + "\n", encoding="utf-8")
    stderr = refused_with(import_file(runner, path), "单元格过长")
    assert "field larger" not in stderr


def test_a_long_xlsx_cell_is_a_row_problem(app, runner, tmp_path, before):
    app.config["IMPORT_MAX_CELL_CHARS"] = 100
    path = write_xlsx(tmp_path / "cell.xlsx", [row(content="长" * 150)])
    refused_with(import_file(runner, path), "第2行 第10列：单元格过长（150 个字符），每个单元格最多 100 个字符")
    assert dump() == before


@pytest.mark.parametrize("moment", ["0001-01-01 00:00", "9999-12-31 23:59", "1999-12-31 23:59"])
def test_dates_out_of_range_are_refused(app, runner, tmp_path, before, moment):
    path = write_csv(tmp_path / "dates.csv", [row(received_at=moment)])
    last = dt.date.today().year + 1
    refused_with(import_file(runner, path), f"超出范围：应在 2000-01-01 至 {last}-12-31 之间")
    assert dump() == before


def test_xlsx_date_cells_are_bounded_too(app, runner, tmp_path, before):
    path = write_xlsx(tmp_path / "dates.xlsx", [row(received_at=dt.datetime(1900, 1, 1, 9, 0))])
    refused_with(import_file(runner, path), "日期「1900-01-01」超出范围")
    assert dump() == before


def test_dates_at_the_edges_are_accepted(app, runner, tmp_path):
    last = dt.date.today().year + 1
    rows = [row(case_no="20200000001", received_at="2000-01-01 00:00"), row(case_no="20200000002",
            received_at=f"{last}-12-31 23:59")]  # fmt: skip
    result = import_file(runner, write_csv(tmp_path / "edges.csv", rows))
    assert result.exit_code == 0, result.output
