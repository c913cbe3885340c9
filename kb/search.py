"""Search over the knowledge base, the same on SQLite and PostgreSQL.

Texts are segmented with jieba (search mode, the dictionary brief/proposals.py loads), each
word mapped to its synonym group's first word (data/kb_synonyms.txt), boilerplate dropped.
An article's terms are stored in kb_term with their weighted frequency (title ×3, 问法 ×2,
答案 ×1); a query is ranked with BM25 in Python over the postings of its terms, read in one
portable SELECT. A hit must also cover enough of the query (MIN_COVERAGE): a question on a
matter the base does not hold gives [] rather than the article sharing one common word.
docs/DECISIONS.md says why not FTS5 / tsvector; docs/RULES.md § Knowledge base has the rule.
"""

import datetime as dt
import math
from functools import lru_cache
from pathlib import Path

from peewee import fn

from brief.proposals import STOP_CHARS, STOP_WORDS, load_segmenter
from models import KbArticle, KbTerm, db, local_now

SYNONYMS_FILE = Path(__file__).resolve().parent.parent / "data" / "kb_synonyms.txt"
FIELD_WEIGHTS = {"title": 3.0, "variants": 2.0, "answer": 1.0}
K1, B = 1.2, 0.75
MIN_COVERAGE = 0.45  # share of the query's idf mass an article must match to be a hit
# A query word no article holds (a place, a filler) weighs this much of its idf in that mass.
UNKNOWN_WEIGHT = 0.5
# Words that say nothing about the matter asked (on top of the brief's STOP_WORDS, which keeps
# 咨询, 什么, 如何 …); a question's frame, not its subject.
QUESTION_WORDS = frozenset(
    """来电 来电人 话务员 直接 告知 请问 问问 问下 想问 一下 哪些 哪里 那里 多少 怎么办 怎样 能否 是不是
    可不可以 需不需要 要不要 有没有 目前 现在 最近 相关 部门 有关 办法 时候 应该 我们 他们 自己
    希望 帮忙 麻烦 谢谢 你好 您好""".split()  # noqa: SIM905  (a list literal of 40 words would be unreadable)
)
MAX_TERM = 50


@lru_cache(maxsize=1)
def synonyms() -> dict[str, str]:
    """word -> the first word of its group."""
    groups = {}
    for line in SYNONYMS_FILE.read_text(encoding="utf-8").splitlines():
        words = line.split("#")[0].split()
        for word in words:
            groups.setdefault(word, words[0])
    return groups


@lru_cache(maxsize=1)
def _longest_synonym() -> int:
    return max((len(w) for w in synonyms()), default=1)


def terms(text: str) -> list[str]:
    """The search terms of a text, in order, repeated as often as they occur."""
    words = [w for w in load_segmenter().lcut_for_search(text or "", HMM=False) if w.strip()]
    table = synonyms()
    out = []
    for i, word in enumerate(words):
        # A synonym the dictionary splits (健康码 → 健康 + 码) is found by joining neighbours.
        joined = word
        for j in range(i + 1, min(i + 4, len(words))):
            joined += words[j]
            if len(joined) > _longest_synonym():
                break
            if joined in table:
                out.append(table[joined])
        if word in table:
            out.append(table[word])
            continue
        if word in STOP_WORDS or word in QUESTION_WORDS:
            continue
        first = word[0]
        if "\u4e00" <= first <= "\u9fff":
            if len(word) < 2 or word in STOP_CHARS:
                continue
        elif not word.isalnum() or len(word) < 2:
            continue
        out.append(word.lower()[:MAX_TERM])
    return out


def article_weights(title: str, variants: str, answer: str) -> dict[str, float]:
    weights: dict[str, float] = {}
    for text, factor in ((title, FIELD_WEIGHTS["title"]), (variants, FIELD_WEIGHTS["variants"]),
                         (answer, FIELD_WEIGHTS["answer"])):  # fmt: skip
        for term in terms(text):
            weights[term] = weights.get(term, 0.0) + factor
    return weights


def index_article(article: KbArticle) -> None:
    """(Re)write the article's postings; called by every writer of an article (kb/articles.py)."""
    weights = article_weights(article.title, article.variants, article.answer)
    length = max(1, round(sum(weights.values())))
    with db.atomic():
        KbTerm.delete().where(KbTerm.article == article.id).execute()
        rows = [{"article": article.id, "term": t, "weight": w, "length": length} for t, w in weights.items()]
        for start in range(0, len(rows), 500):
            KbTerm.insert_many(rows[start : start + 500]).execute()
        article.token_count = length
        KbArticle.update(token_count=length).where(KbArticle.id == article.id).execute()


def reindex_all() -> int:
    count = 0
    for article in KbArticle.select():
        index_article(article)
        count += 1
    return count


def suggestable(today: dt.date | None = None):
    """The condition of an article that may be suggested: published and valid today."""
    today = today or local_now().date()
    return (
        (KbArticle.status == "已发布")
        & (KbArticle.valid_from.is_null() | (KbArticle.valid_from <= today))
        & (KbArticle.valid_until.is_null() | (KbArticle.valid_until >= today))
    )


def search(text: str, limit: int = 5, today: dt.date | None = None) -> list[dict]:
    """The best articles for a text, best first: [{"article": KbArticle, "score": float}];
    [] when none covers MIN_COVERAGE of the query."""
    wanted = list(dict.fromkeys(terms(text)))
    if not wanted or limit <= 0:
        return []
    stats = KbArticle.select(fn.COUNT(KbArticle.id), fn.AVG(KbArticle.token_count)).tuples().first()
    total, average = stats[0] or 0, float(stats[1] or 1.0)
    if not total:
        return []
    frequencies = dict(
        KbTerm.select(KbTerm.term, fn.COUNT(KbTerm.id)).where(KbTerm.term.in_(wanted)).group_by(KbTerm.term).tuples()
    )
    # A term held by more than half of the articles says next to nothing (idf below ln 2) and
    # would cost the most postings to read: it is left out like a stop word.
    wanted = [t for t in wanted if frequencies.get(t, 0) <= total / 2]
    if not wanted:
        return []
    idf = {t: math.log(1 + (total - frequencies.get(t, 0) + 0.5) / (frequencies.get(t, 0) + 0.5)) for t in wanted}
    mass = sum(w if t in frequencies else UNKNOWN_WEIGHT * w for t, w in idf.items())
    # The postings of the query's terms only (the (term, article) index), no join: joined to
    # kb_article, SQLite's planner would walk every published article instead.
    postings = KbTerm.select(KbTerm.article, KbTerm.term, KbTerm.weight, KbTerm.length).where(
        KbTerm.term.in_([t for t in wanted if t in frequencies])
    )
    postings = db.execute(postings).fetchall()  # plain tuples: thousands of rows, no model objects
    scores: dict[int, float] = {}
    matched: dict[int, float] = {}
    for article_id, term, weight, length in postings:
        norm = weight * (K1 + 1) / (weight + K1 * (1 - B + B * (length or 1) / average))
        scores[article_id] = scores.get(article_id, 0.0) + idf[term] * norm
        matched[article_id] = matched.get(article_id, 0.0) + idf[term]
    ranked = []
    for article_id, score in scores.items():
        coverage = matched[article_id] / mass
        if coverage >= MIN_COVERAGE:
            ranked.append((round(score * coverage, 3), article_id))
    ranked.sort(key=lambda pair: (-pair[0], pair[1]))  # ties: the older article first
    # Then the best that may be suggested (published, valid today), read 50 candidates at a time.
    hits = []
    for start in range(0, len(ranked), 50):
        chunk = ranked[start : start + 50]
        articles = {
            a.id: a for a in KbArticle.select().where(KbArticle.id.in_([i for _, i in chunk]) & suggestable(today))
        }
        hits += [{"article": articles[i], "score": s} for s, i in chunk if i in articles]
        if len(hits) >= limit:
            break
    return hits[:limit]


def hit_json(hit: dict) -> dict:
    """A hit as the CLI's --json and the call form's endpoint give it."""
    article = hit["article"]
    return {
        "id": article.id,
        "title": article.title,
        "score": hit["score"],
        "category": str(article.category) if article.category_id else "",
        "unit": article.department.name if article.department_id else "",
        "answer": article.answer,
        "topic": article.topic.name if article.topic_id else "",
        "valid_until": article.valid_until.isoformat() if article.valid_until else "",
        "source": article.source,
        "version": article.version,
    }
