"""`flask kb import` / `flask kb export`: articles in a CSV (UTF-8 with or without BOM, or
GB18030) or XLSX file with the header 标题, 问法, 答案, 分类, 专题, 责任单位, 有效期至, 来源.

The import is all-or-nothing like the order import: every row is checked first and one
error anywhere writes nothing. Imported articles are published; an article whose 标题 is
already in the base is updated (a new version), not doubled.
"""

import csv
import datetime as dt
import re
from pathlib import Path

from interchange.exporter import safe_cell, write_xlsx
from interchange.format import FileProblem, read_table
from kb.articles import KbError, save_article, split_variants
from models import Category, Department, KbArticle, Topic, db

STARTER_FILE = Path(__file__).resolve().parent.parent / "data" / "kb_starter.csv"  # `flask demo` loads it
HEADER = ("标题", "问法", "答案", "分类", "专题", "责任单位", "有效期至", "来源")
REQUIRED = ("标题", "答案")
MAX_ERRORS = 20


class KbImportRefused(Exception):
    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors

    def lines(self):
        shown = self.errors[:MAX_ERRORS]
        rest = len(self.errors) - len(shown)
        return shown + ([f"另有 {rest} 处错误未列出"] if rest else [])


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text[1:] if text.startswith("'") else text  # the export's formula guard (safe_cell)


def read_rows(path) -> list[tuple[int, dict]]:
    """(line, {header: text}) of each data row; raises KbImportRefused for a bad header."""
    try:
        table = read_table(path)
        rows = list(table.rows())
    except FileProblem as problem:
        raise KbImportRefused([str(problem)]) from None
    except OSError as exc:
        raise KbImportRefused([f"无法读取文件 {path}：{exc.strerror or exc}"]) from None
    if not rows:
        raise KbImportRefused(["文件是空的：第一行应为表头（标题、问法、答案、分类、专题、责任单位、有效期至、来源）"])
    errors = []
    _, header_cells, problems = rows[0]
    header = [_text(c).lstrip("\ufeff") for c in header_cells]
    unknown = [h for h in header if h and h not in HEADER]
    if unknown:
        errors.append(f"表头有无法识别的列：{'、'.join(unknown)}（可用的列：{'、'.join(HEADER)}）")
    missing = [h for h in REQUIRED if h not in header]
    if missing:
        errors.append(f"表头缺少必需的列：{'、'.join(missing)}")
    doubled = sorted({h for h in header if h and header.count(h) > 1})
    if doubled:
        errors.append(f"表头的列重复：{'、'.join(doubled)}")
    if errors:
        raise KbImportRefused(errors)
    out = []
    for line, cells, cell_problems in rows[1:]:
        for where, message in cell_problems:
            errors.append(f"第{line}行{where}：{message}")
        values = {h: _text(cells[i]) if i < len(cells) else "" for i, h in enumerate(header) if h}
        out.append((line, values))
    if errors:
        raise KbImportRefused(errors)
    return out


def _category(name, cache):
    if name in cache:
        return cache[name]
    parts = [p.strip() for p in re.split(r"\s*/\s*", name) if p.strip()]
    found = None
    if len(parts) == 2:
        parent = Category.get_or_none((Category.name == parts[0]) & Category.parent.is_null())
        found = parent and Category.get_or_none((Category.name == parts[1]) & (Category.parent == parent))
    elif len(parts) == 1:
        top = Category.get_or_none((Category.name == parts[0]) & Category.parent.is_null())
        subs = list(Category.select().where((Category.name == parts[0]) & Category.parent.is_null(False)))
        found = top or (subs[0] if len(subs) == 1 else ("ambiguous" if subs else None))
    cache[name] = found
    return found


def _date(text):
    for pattern in ("%Y-%m-%d", "%Y/%m/%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def import_articles(path, actor=None) -> dict:
    """Check every row, then write them all in one transaction; {"created": n, "updated": n}."""
    rows = read_rows(path)
    errors, planned, titles, categories = [], [], {}, {}
    for line, values in rows:
        title, answer = values.get("标题", ""), values.get("答案", "")
        row_errors = []
        if not title:
            row_errors.append("标题为空")
        elif len(title) > 200:
            row_errors.append("标题超过200字")
        if not answer:
            row_errors.append("答案为空")
        if title and title in titles:
            row_errors.append(f"标题与第{titles[title]}行重复")
        titles.setdefault(title, line)
        category = None
        if values.get("分类"):
            category = _category(values["分类"], categories)
            if category == "ambiguous":
                row_errors.append(f"分类「{values['分类']}」有多个同名小类，请写成「大类/小类」")
            elif category is None:
                row_errors.append(f"没有名为「{values['分类']}」的诉求分类")
        unit = None
        if values.get("责任单位"):
            unit = Department.get_or_none(Department.name == values["责任单位"])
            if unit is None:
                row_errors.append(f"没有名为「{values['责任单位']}」的成员单位")
        until = None
        if values.get("有效期至"):
            until = _date(values["有效期至"])
            if until is None:
                row_errors.append(f"有效期至「{values['有效期至']}」不是有效日期（格式 YYYY-MM-DD，如 2027-06-30）")
        if len(values.get("来源", "")) > 300:
            row_errors.append("来源超过300字")
        if len(values.get("专题", "")) > 50:
            row_errors.append("专题超过50字")
        if row_errors:
            errors.append(f"第{line}行：" + "；".join(row_errors))
            continue
        planned.append((title, values, category, unit, until))
    if errors:
        raise KbImportRefused(errors)
    if not planned:
        raise KbImportRefused(["文件中没有知识：表头之后没有数据行"])
    created = updated = 0
    with db.atomic():
        for title, values, category, unit, until in planned:
            article = KbArticle.select().where(KbArticle.title == title).order_by(KbArticle.id).first()
            if article is None:
                article, created = KbArticle(title=title), created + 1
            else:
                updated += 1
            topic = Topic.get_or_create(name=values["专题"])[0] if values.get("专题") else None
            article.variants = "\n".join(split_variants(values.get("问法", "")))
            article.answer = values["答案"]
            article.category, article.topic, article.department = category, topic, unit
            article.valid_until, article.source, article.status = until, values.get("来源", ""), "已发布"
            if article.valid_from and until and until < article.valid_from:
                article.valid_from = None
            try:
                save_article(article, actor, action="导入")
            except KbError as error:  # pragma: no cover - checked above
                raise KbImportRefused([f"「{title}」：{error.message}"]) from None
    return {"created": created, "updated": updated}


def export_rows(include_drafts=False):
    query = KbArticle.select().order_by(KbArticle.id)
    if not include_drafts:
        query = query.where(KbArticle.status != "草稿")
    for a in query:
        yield [
            a.title, "；".join(a.variant_list), a.answer,
            f"{a.category.parent.name}/{a.category.name}" if a.category_id and a.category.parent_id
            else (a.category.name if a.category_id else ""),
            a.topic.name if a.topic_id else "", a.department.name if a.department_id else "",
            a.valid_until.isoformat() if a.valid_until else "", a.source,
        ]  # fmt: skip


def export_articles(path, include_drafts=False) -> int:
    rows = list(export_rows(include_drafts))
    if Path(path).suffix.lower() == ".xlsx":
        write_xlsx(path, HEADER, rows, title="知识库")  # every cell through safe_cell
    else:
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(HEADER)
            writer.writerows([safe_cell(c) for c in row] for row in rows)
    return len(rows)
