"""Writing articles: every save bumps the version, keeps a KbVersion snapshot (who, when) and
re-indexes the article. Who may write what (docs/RULES.md § Knowledge base):
supervisors write any article and set its status; a unit's account writes only articles of
its own unit, and what it saves is a 草稿 (a proposal) until a supervisor publishes it;
operators and leaders read."""

import json

from kb.search import index_article
from models import KB_STATUSES, KbArticle, KbVersion, OrderArticle, actor_name, db, local_now

FIELDS = ("title", "variants", "answer", "category", "topic", "department", "valid_from", "valid_until", "source",
          "status")  # fmt: skip


class KbError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def split_variants(text) -> list[str]:
    """问法 cell or field: variants separated by ; ； or line breaks."""
    import re

    return [v.strip() for v in re.split(r"[;；\r\n]+", text or "") if v.strip()]


def snapshot(article: KbArticle) -> dict:
    out = {}
    for name in FIELDS:
        value = article.__data__.get(name)
        out[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return out


def check_write(actor, article: KbArticle, before_department_id=None) -> None:
    """Raises KbError unless `actor` may save `article` (its department as it will be saved)."""
    role = getattr(actor, "role", None)
    if actor is None or role == "supervisor":  # None: the command line (a supervisor's tool)
        return
    if role != "department" or not actor.department_id:
        raise KbError("只有管理员和成员单位账号可以修改知识")
    if article.department_id != actor.department_id or (
        before_department_id is not None and before_department_id != actor.department_id
    ):
        raise KbError("成员单位只能修改本单位的知识")
    if article.status != "草稿":
        raise KbError("成员单位提交的知识为草稿，由管理员发布")


def save_article(article: KbArticle, actor, action: str | None = None) -> KbArticle:
    """Save (create or update) with the unit rule, a new version and a fresh index."""
    if article.status not in KB_STATUSES:
        raise KbError(f"状态只能是{'、'.join(KB_STATUSES)}")
    if not (article.title or "").strip() or not (article.answer or "").strip():
        raise KbError("标题和答案必须填写")
    if article.valid_from and article.valid_until and article.valid_until < article.valid_from:
        raise KbError("有效期至不能早于生效日期")
    article.variants = "\n".join(split_variants(article.variants))
    created = article.id is None
    before = None if created else KbArticle.get_or_none(KbArticle.id == article.id)
    if getattr(actor, "role", None) == "department":
        article.status = "草稿"  # a unit proposes; a supervisor publishes
    check_write(actor, article, None if before is None else before.department_id)
    with db.atomic():
        now = local_now()
        article.version = 1 if created else (before.version if before else article.version) + 1
        article.updated_at = article.reviewed_at = now
        article.updated_by = getattr(actor, "id", None)
        if created:
            article.created_at = now
        article.save()
        if action is None:
            published = article.status == "已发布" and (before is None or before.status != "已发布")
            action = "发布" if published else ("新建" if created else "修改")
        KbVersion.create(
            article=article, version=article.version, action=action,
            snapshot=json.dumps(snapshot(article), ensure_ascii=False),
            actor=getattr(actor, "id", None), actor_name=actor_name(actor), at=now,
        )  # fmt: skip
        index_article(article)
    return article


def confirm_current(article: KbArticle, actor) -> None:
    """确认有效: the article was reviewed and still holds (resets its stale clock)."""
    check_write(actor, article) if getattr(actor, "role", None) == "supervisor" else _own_unit(actor, article)
    with db.atomic():
        now = local_now()
        KbArticle.update(reviewed_at=now).where(KbArticle.id == article.id).execute()
        KbVersion.create(article=article, version=article.version, action="确认有效",
                         snapshot=json.dumps(snapshot(article), ensure_ascii=False),
                         actor=actor.id, actor_name=str(actor), at=now)  # fmt: skip


def _own_unit(actor, article):
    if getattr(actor, "role", None) != "department" or actor.department_id != article.department_id:
        raise KbError("成员单位只能确认本单位的知识")


def record_use(order, article_id, actor) -> OrderArticle | None:
    """The article an operator used for the order's answer; an unknown id records nothing."""
    article = KbArticle.get_or_none(KbArticle.id == article_id) if article_id else None
    if article is None:
        return None
    OrderArticle.delete().where(OrderArticle.order == order.id).execute()
    return OrderArticle.create(order=order.id, article=article.id, version=article.version,
                               used_by=getattr(actor, "id", None), at=local_now())  # fmt: skip


def used_article(order) -> OrderArticle | None:
    return OrderArticle.select().where(OrderArticle.order == order.id).first()
