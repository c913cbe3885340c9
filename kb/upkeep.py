"""Keeping the base current (docs/RULES.md § Knowledge base): what each unit must look at.

- 已过期: status 已过期, or 有效期至 before today.
- 待复核: not reviewed (saved or 确认有效) for `kb_stale_months` months (a Setting, default 12).
- 不满意较多: used on at least `kb_flag_unsatisfied` 在线办结 orders (a Setting, default 3) whose
  callback was 不满意.
- 建议新增: online answers to questions (the order's content asks: 咨询, 怎么, 吗 …) given at
  least `kb_propose_min` times (a Setting, default 5) with the same answer in one category,
  for which the search finds no article.
"""

import datetime as dt
import re

from peewee import fn

from kb.search import search
from models import Category, KbArticle, OrderArticle, Setting, WorkOrder, local_now

SETTINGS = {  # key: (label, default)
    "kb_stale_months": ("知识多少个月未复核列为待复核", 12),
    "kb_flag_unsatisfied": ("引用知识的在线办结工单不满意达到几件时提示复核", 3),
    "kb_propose_min": ("同一答复在线办结达到几件时建议新增知识", 5),
}
QUESTION = re.compile(r"咨询|询问|请问|怎么|如何|哪里|哪些|什么|是否|多少|吗|？|\?")


def setting(key) -> int:
    value = Setting.select(Setting.value).where(Setting.key == key).scalar()
    try:
        number = int(value)
    except (TypeError, ValueError):
        return SETTINGS[key][1]
    return number if number > 0 else SETTINGS[key][1]


def set_setting(key, value, actor) -> None:
    row, _ = Setting.get_or_create(key=key)
    row.value, row.updated_by, row.updated_at = str(value), actor.id, local_now()
    row.save()


def months_before(day: dt.datetime, months: int) -> dt.datetime:
    year, month = divmod(day.month - 1 - months, 12)
    year, month = day.year + year, month + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
            31][month - 1]  # fmt: skip
    return day.replace(year=year, month=month, day=min(day.day, last))


def _scoped(query, department_id):
    return query if department_id is None else query.where(KbArticle.department == department_id)


def expired(department_id=None, today=None):
    today = today or local_now().date()
    query = KbArticle.select().where((KbArticle.status == "已过期") | (KbArticle.valid_until < today))
    return list(_scoped(query, department_id).order_by(KbArticle.valid_until, KbArticle.id))


def stale(department_id=None, now=None):
    now = now or local_now()
    limit = months_before(now, setting("kb_stale_months"))
    query = KbArticle.select().where((KbArticle.status == "已发布") & (KbArticle.reviewed_at < limit))
    return list(_scoped(query, department_id).order_by(KbArticle.reviewed_at, KbArticle.id))


def flagged(department_id=None):
    """[(article, unsatisfied online orders that used it)], most first."""
    count = fn.COUNT(OrderArticle.id)
    query = (
        KbArticle.select(KbArticle, count.alias("unsatisfied"))
        .join(OrderArticle, on=OrderArticle.article == KbArticle.id)
        .join(WorkOrder, on=OrderArticle.order == WorkOrder.id)
        .where((WorkOrder.status == "ONLINE") & (WorkOrder.callback_result == "不满意"))
        .group_by(KbArticle.id)
        .having(count >= setting("kb_flag_unsatisfied"))
    )
    rows = list(_scoped(query, department_id))
    return sorted(((a, a.unsatisfied) for a in rows), key=lambda pair: (-pair[1], pair[0].id))


def proposals(limit=20):
    """[{"category", "answer", "count", "content"}]: frequent online answers with no article."""
    count = fn.COUNT(WorkOrder.id)
    groups = (
        WorkOrder.select(WorkOrder.subcategory, WorkOrder.category, WorkOrder.reply, count.alias("n"))
        .where((WorkOrder.status == "ONLINE") & ~WorkOrder.is_harassment & (WorkOrder.reply != ""))
        .group_by(WorkOrder.subcategory, WorkOrder.category, WorkOrder.reply)
        .having(count >= setting("kb_propose_min"))
        .order_by(count.desc(), WorkOrder.reply)
        .tuples()
    )
    out = []
    for sub_id, category_id, reply, n in groups:
        contents = (
            WorkOrder.select(WorkOrder.content, fn.COUNT(WorkOrder.id))
            .where((WorkOrder.status == "ONLINE") & (WorkOrder.reply == reply) & (WorkOrder.category == category_id)
                   & ((WorkOrder.subcategory == sub_id) if sub_id else WorkOrder.subcategory.is_null()))
            .group_by(WorkOrder.content).order_by(fn.COUNT(WorkOrder.id).desc(), WorkOrder.content).limit(5).tuples()
        )  # fmt: skip
        asked = [c for c, _ in contents if QUESTION.search(c)]
        if not asked or any(search(c, limit=1) for c in asked[:3]):
            continue
        category = Category.get_or_none(Category.id == (sub_id or category_id))
        out.append({"category": str(category) if category else "", "answer": reply, "count": n, "content": asked[0]})
        if len(out) >= limit:
            break
    return out
