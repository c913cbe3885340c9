"""The worst import files of issue 12, built on demand (never committed):

- `many_rows_xlsx`: a small .xlsx whose sheet holds millions of rows (430 KB for 3 M rows);
- `shared_strings_bomb`: an .xlsx whose sharedStrings.xml unpacks to ~100 MB from a few hundred KB;
- `junk_csv`: a CSV of junk rows (every row an error), ~50 MB;
- `huge_cell_csv`: a CSV with one 1 MB cell.

The tests build small versions with the same functions (tests/test_import_bounds.py).
"""

import zipfile

from interchange.format import HEADERS

SHARED_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dimension}<sheetData>'
)


def _base_xlsx(path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(HEADERS)
    book.save(path)


def _header_row():
    cells = "".join(f'<c t="inlineStr"><is><t>{h}</t></is></c>' for h in HEADERS)
    return f'<row r="1">{cells}</row>'.encode()


def many_rows_xlsx(path, rows, stated_rows=None):
    """An .xlsx whose only sheet has a header and `rows` rows of one short text cell.

    stated_rows: the row count its <dimension> states (None: no <dimension>, as some tools
    write; fewer than `rows`: a sheet that lies about its size).
    """
    _base_xlsx(path)
    dimension = "" if stated_rows is None else f'<dimension ref="A1:X{stated_rows + 1}"/>'

    def sheet():
        yield SHEET_HEAD.format(dimension=dimension).encode() + _header_row()
        # Rows without numbers (allowed: each is the next one) compress to almost nothing.
        block = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 10_000
        for _ in range(rows // 10_000):
            yield block
        yield block[: len(block) // 10_000 * (rows % 10_000)] + b"</sheetData></worksheet>"

    _replace_member(path, "xl/worksheets/sheet1.xml", sheet())
    return path


def _replace_member(path, member, chunks, content_type=None):
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for item in source.infolist():
            if item.filename == member:
                continue
            data = source.read(item)
            if content_type and item.filename == "[Content_Types].xml":
                override = f'<Override PartName="/{member}" ContentType="{content_type}"/>'
                data = data.replace(b"</Types>", override.encode() + b"</Types>")
            target.writestr(item, data)
        with target.open(member, "w", force_zip64=True) as out:
            for chunk in chunks:
                out.write(chunk)
    tmp.replace(path)


def shared_strings_bomb(path, megabytes):
    """An .xlsx with a header and a sharedStrings.xml of `megabytes` MB of one-letter strings."""
    _base_xlsx(path)
    item = b"<si><t>x</t></si>"
    count = megabytes * 1024 * 1024 // len(item)
    head = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">'

    def chunks():
        yield head.encode()
        block = item * 10_000
        for _ in range(count // 10_000):
            yield block
        yield item * (count % 10_000) + b"</sst>"

    _replace_member(path, "xl/sharedStrings.xml", chunks(), SHARED_TYPE)
    return path


def junk_csv(path, megabytes):
    """A CSV (right header) of junk rows, every one an error, about `megabytes` MB."""
    line = ",".join(["垃圾数据", "不是日期", "传真"] + ["乱码内容" * 3] * (len(HEADERS) - 3)) + "\n"
    count = megabytes * 1024 * 1024 // len(line.encode())
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(HEADERS) + "\n")
        for _ in range(count):
            out.write(line)
    return path


def huge_cell_csv(path, characters):
    """A CSV with a header and one row whose 诉求内容 holds `characters` characters."""
    cells = dict.fromkeys(HEADERS, "")
    cells.update({"工单编号": "20200000001", "受理时间": "2020-01-05 09:30", "诉求大类": "社会服务类",
                  "办理方式": "待处理", "诉求内容": "长" * characters})  # fmt: skip
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(HEADERS) + "\n" + ",".join(cells[h] for h in HEADERS) + "\n")
    return path
