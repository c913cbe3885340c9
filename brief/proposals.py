"""Proposals for 二、工单办理案例摘选 and 三、群众反映频率较高的问题 (docs/RULES.md § Proposals;
the method and why it was chosen: docs/BRIEF.md § Hot problems).

`propose(period)` reads the period's orders and returns
- problems: groups of orders about the same thing, found from their texts (not from their
  sub-category alone): jieba segmentation, TF-IDF, average-linkage agglomerative clustering
  (scikit-learn) on an evenly spaced sample, every other order joining the group whose centre
  it is close enough to; ranked by size plus growth against the previous period; each with a
  heading from its key terms and dominant sub-category, and its 1–2 most typical orders;
- cases: 6–10 dispatched, replied and called-back orders chosen by the rules of § Proposals.

Deterministic: orders are read by id, the sample is evenly spaced, the clustering has no
randomness and every tie is broken by the 工单编号. Texts are masked with brief.content.mask_text.
"""

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from models import SATISFIED_RESULTS, Category, Department, WorkOrder, db
from periods import Period, parse_period

DEFAULT_PROBLEMS = 4
DEFAULT_CASES = 8  # within 6–10
MAX_CASES = 10
SAMPLE = 2000  # orders clustered; the others are assigned to the groups found
PREVIOUS_SAMPLE = 5000  # orders of the previous period placed in the groups (counts scaled)
DISTANCE = 0.9  # average-linkage cut: a group's orders are at least 10% alike (cosine) on average
MIN_GROUP_SHARE = 0.002  # a problem holds at least 0.2% of the period's orders, and at least 3
MIN_GROUP = 3
MIN_TEXT = 15  # a "complete" text has at least this many characters (content and reply)

# Hotline boilerplate and function words: never a key term (docs/BRIEF.md § Hot problems).
STOP_WORDS = frozenset(
    """来电 来电人 来电反映 反映 诉求 诉求人 市民 群众 本人 自己 我们 他们 你们 希望 要求 请求 请求
    相关 有关 部门 单位 政府 相关部门 有关部门 处理 解决 尽快 及时 核实 调查 协调 帮助 问题 情况 事情
    目前 现在 一直 已经 没有 不是 还是 就是 但是 因为 所以 如果 可以 能够 是否 什么 怎么 如何 为什么
    进行 表示 导致 造成 存在 发生 多次 经常 一个 这个 那个 这样 那样 知道 告知 咨询 询问 了解 想 需要
    工作人员 联系 电话 号码 时间 今天 昨天 每天 上午 下午 之前 以后 现场 方面 其中 以及 并且 早日 加强
    监管 街道 一下 一些 很多 非常 特别 严重 不能 无法 不到 出现 发现 还有 以上 情况下""".split()  # noqa: SIM905  (a list literal of 110 words would be unreadable)
)
# Single characters that end a run of single-character words (不打表 is kept, 的 is not).
STOP_CHARS = frozenset(
    "的了是在和与及也都就把被给对向从到为将让使很又还等并而或但我你他她它其该此这那有说要会能去来个元号年月日人呢吗吧啊"
)


# --- texts into terms ----------------------------------------------------------------------


_SEGMENTER: list = []


def load_segmenter():
    import jieba_fast_dat as jieba

    if not _SEGMENTER:
        jieba.setLogLevel(60)
        jieba.initialize()  # loads the dictionary (without it every character is a word)
        _SEGMENTER.append(jieba)
    return _SEGMENTER[0]


def terms(text: str) -> list[str]:
    """The terms of a text: Chinese words of two characters or more that are not boilerplate,
    plus each run of 2–4 single-character words (不打表, 乱停车), which the dictionary splits."""
    out, run = [], ""
    for word in load_segmenter().lcut(text or "", HMM=False):
        first = word[0]
        if "\u4e00" <= first <= "\u9fff":  # the segmenter keeps Chinese apart from other runs
            if len(word) == 1:
                if first not in STOP_CHARS:
                    run += first
                    continue
            elif word not in STOP_WORDS:
                if 2 <= len(run) <= 4:
                    out.append(run)
                run = ""
                out.append(word)
                continue
        if 2 <= len(run) <= 4:
            out.append(run)
        run = ""
    if 2 <= len(run) <= 4:
        out.append(run)
    return out


def terms_of(texts) -> list[list[str]]:
    """terms() of each text; a text that recurs is segmented once."""
    seen: dict[str, list[str]] = {}
    return [seen[t] if t in seen else seen.setdefault(t, terms(t)) for t in texts]


def _identity(tokens):
    return tokens


# --- the orders ----------------------------------------------------------------------------


@dataclass
class Row:
    id: int
    case_no: str
    content: str
    category: int
    subcategory: int | None
    status: str
    dispatched: bool
    department: int | None
    replied: bool
    reply: str
    callback: str | None


def _rows(period: Period) -> list[Row]:
    """The period's non-harassment orders, by id."""
    query = (
        WorkOrder.select(
            WorkOrder.id,
            WorkOrder.case_no,
            WorkOrder.content,
            WorkOrder.category,
            WorkOrder.subcategory,
            WorkOrder.status,
            WorkOrder.dispatched_at.is_null(False),
            WorkOrder.department,
            WorkOrder.replied_at.is_null(False),
            WorkOrder.reply,
            WorkOrder.callback_result,
        )
        .where(
            (WorkOrder.received_at >= period.start)
            & (WorkOrder.received_at < period.end)
            & (WorkOrder.is_harassment == False)
        )
        .order_by(WorkOrder.id)
    )
    return [
        Row(r[0], r[1], r[2] or "", r[3], r[4], r[5], bool(r[6]), r[7], bool(r[8]), r[9] or "", r[10])
        for r in db.execute(query).fetchall()
    ]


def _texts(period: Period) -> list[str]:
    """The texts of the period's non-harassment orders, by id."""
    query = (
        WorkOrder.select(WorkOrder.content)
        .where(
            (WorkOrder.received_at >= period.start)
            & (WorkOrder.received_at < period.end)
            & (WorkOrder.is_harassment == False)
        )
        .order_by(WorkOrder.id)
    )
    return [r[0] or "" for r in db.execute(query).fetchall()]


def _complete(row: Row) -> bool:
    """A text that tells the whole story: enough content and an answer, not rejected."""
    return row.status != "REJECTED" and len(row.content.strip()) >= MIN_TEXT and len(row.reply.strip()) >= 2


# --- hot problems --------------------------------------------------------------------------


@dataclass
class Problem:
    heading: str
    sub_category: str
    size: int
    previous_size: int
    order_nos: list[str]
    examples: list[str]
    key_terms: list[str] = field(default_factory=list)


def _sample_indexes(n: int, size: int = SAMPLE) -> np.ndarray:
    """At most `size` indexes of range(n), evenly spaced (all of them when n ≤ size)."""
    if n <= size:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, size).round().astype(int))


def _cluster(matrix) -> list[np.ndarray]:
    """Average-linkage groups of the rows of an L2-normalised TF-IDF matrix (cosine distance)."""
    from sklearn.cluster import AgglomerativeClustering

    n = matrix.shape[0]
    if n < 2:
        return []
    similarity = (matrix @ matrix.T).toarray()
    distance = np.clip(1.0 - similarity, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=DISTANCE
    )
    labels = model.fit_predict(distance)
    groups = [np.flatnonzero(labels == label) for label in np.unique(labels)]
    return [g for g in groups if len(g) >= 2]


class _Groups:
    """The groups found on the sample, and the rule that places any order in one (or none)."""

    def __init__(self, vectorizer, centres: np.ndarray, cutoffs: np.ndarray):
        self.vectorizer, self.centres, self.cutoffs = vectorizer, centres, cutoffs

    def place(self, matrix) -> np.ndarray:
        """For each row: the index of its group, or -1 when it is close to none."""
        if matrix.shape[0] == 0 or not len(self.centres):
            return np.full(matrix.shape[0], -1)
        sims = np.asarray(matrix @ self.centres.T)
        best = sims.argmax(axis=1)  # ties: the lowest group index
        close = sims[np.arange(len(best)), best] >= self.cutoffs[best]
        return np.where(close, best, -1)


def _centre(matrix, members):
    centre = np.asarray(matrix[members].mean(axis=0)).ravel()
    norm = np.linalg.norm(centre)
    return centre / norm if norm else centre


def _find_groups(texts_terms: list[list[str]]):
    """(groups, matrix, labels) for the period's orders; labels[i] = group index or -1."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    n = len(texts_terms)
    vectorizer = TfidfVectorizer(
        analyzer=_identity, min_df=2, max_df=0.5 if n >= 20 else 1.0, sublinear_tf=True, dtype=np.float32
    )
    try:
        matrix = vectorizer.fit_transform(texts_terms)
    except ValueError:  # no term occurs twice
        return None
    has_text = np.asarray(matrix.getnnz(axis=1)).ravel() > 0
    sample = _sample_indexes(n)
    sample = sample[has_text[sample]]
    found = _cluster(matrix[sample])
    centres, cutoffs = [], []
    for members in found:
        rows = sample[members]
        centre = _centre(matrix, rows)
        sims = np.asarray(matrix[rows] @ centre).ravel()
        centres.append(centre)
        # An order joins when it is as close to the centre as the group's own typical member
        # (the lower quartile of the members' similarities).
        cutoffs.append(float(np.quantile(sims, 0.25)))
    if not centres:
        return None
    groups = _Groups(vectorizer, np.vstack(centres).astype(np.float32), np.asarray(cutoffs, dtype=np.float32))
    labels = np.where(has_text, groups.place(matrix), -1)
    for index, members in enumerate(found):  # the sample keeps the groups it made
        labels[sample[members]] = index
    return groups, matrix, labels


def _key_terms(groups: _Groups, index: int, limit: int = 6) -> list[str]:
    names = groups.vectorizer.get_feature_names_out()
    weights = groups.centres[index]
    order = sorted(np.flatnonzero(weights > 0), key=lambda j: (-float(weights[j]), names[j]))
    chosen = []
    for j in order:
        term = str(names[j])
        if any(term in other or other in term for other in chosen):
            continue  # 打表 beside 不打表: one of them
        chosen.append(term)
        if len(chosen) == limit:
            break
    return chosen


def _heading(terms_: list[str], sub_category: str) -> str:
    """「乱收费、不打表等出租车问题反映较多」: the key terms (not the sub-category's own name) and
    the dominant sub-category — the seed's register; staff edit it on the brief's page."""
    shown = [t for t in terms_ if t not in sub_category and sub_category not in t][:3]
    if not shown:
        return f"{sub_category}问题反映较多"
    return f"{'、'.join(shown)}等{sub_category}问题反映较多"


def _names(model, ids):
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(model.select(model.id, model.name).where(model.id.in_(sorted(ids))).tuples())


def _problems(period: Period, rows: list[Row], limit: int, compare_previous: bool) -> list[Problem]:
    if not rows:
        return []
    found = _find_groups(terms_of(r.content for r in rows))
    if found is None:
        return []
    groups, matrix, labels = found
    least = max(MIN_GROUP, int(np.ceil(MIN_GROUP_SHARE * len(rows))))
    previous = np.zeros(len(groups.centres), dtype=int)
    if compare_previous:
        earlier = _texts(period.previous())
        if earlier:
            # An evenly spaced sample of the previous period, its counts scaled to the whole
            # (exact up to PREVIOUS_SAMPLE orders).
            chosen = [earlier[i] for i in _sample_indexes(len(earlier), PREVIOUS_SAMPLE)]
            placed = groups.place(groups.vectorizer.transform(terms_of(chosen)))
            counts = np.bincount(placed[placed >= 0], minlength=len(groups.centres))
            previous = np.rint(counts * (len(earlier) / len(chosen))).astype(int)
    sub_names = _names(Category, {r.subcategory for r in rows} | {r.category for r in rows})
    candidates = []
    for index in range(len(groups.centres)):
        members = np.flatnonzero(labels == index)
        if len(members) < least:
            continue
        counts = Counter(sub_names.get(rows[i].subcategory or rows[i].category, "") for i in members)
        sub_category = min(counts, key=lambda name: (-counts[name], name))
        key = _key_terms(groups, index)
        sims = np.asarray(matrix[members] @ groups.centres[index]).ravel()
        typical = sorted(
            range(len(members)),
            key=lambda k: (not _complete(rows[members[k]]), -round(float(sims[k]), 6), rows[members[k]].case_no),
        )
        examples = [rows[members[k]].case_no for k in typical[:2] if rows[members[k]].status != "REJECTED"]
        size, before = int(len(members)), int(previous[index])
        candidates.append(
            Problem(
                heading=_heading(key, sub_category),
                sub_category=sub_category,
                size=size,
                previous_size=before,
                order_nos=sorted(rows[i].case_no for i in members),
                examples=examples[:2] or [rows[members[typical[0]]].case_no],
                key_terms=key,
            )
        )
    # Size plus growth: a problem that doubled since the previous period ranks above a steady
    # one of the same size (growth counts only when the previous period is fully covered).
    candidates.sort(key=lambda p: (-(p.size + max(0, p.size - p.previous_size)), -p.size, p.order_nos[0]))
    return candidates[:limit]


# --- cases ---------------------------------------------------------------------------------


@dataclass
class Case:
    order_no: str
    unit: str
    category: str
    text: str


def _case_rows(rows: list[Row], count: int, taken: set[str]) -> list[Row]:
    """Cases by the rules of docs/RULES.md § Proposals: dispatched to a unit, replied and called
    back (never rejected); the largest categories first, one per category and unit while
    there are others; within a category complete texts, then satisfied callbacks, then the
    longest content (up to 300 characters), then the 工单编号."""
    eligible = [
        r
        for r in rows
        if r.dispatched
        and r.department is not None
        and r.replied
        and r.reply.strip()
        and r.callback not in (None, "未接通")
        and r.status != "REJECTED"
        and r.case_no not in taken
    ]
    sizes = Counter(r.category for r in rows)

    def quality(r):
        return (not _complete(r), r.callback not in SATISFIED_RESULTS, -min(len(r.content), 300), r.case_no)

    by_category: dict[int, list[Row]] = {}
    for r in sorted(eligible, key=quality):
        by_category.setdefault(r.category, []).append(r)
    categories = sorted(by_category, key=lambda c: (-sizes[c], c))
    chosen, units, seen = [], set(), set()
    # Rounds over the categories by size, one order each; first only units not yet used,
    # then (when that runs out) any unit.
    for strict in (True, False):
        while len(chosen) < count:
            added = False
            for category in categories:
                if len(chosen) >= count:
                    break
                pick = next(
                    (
                        r
                        for r in by_category[category]
                        if r.case_no not in seen and not (strict and r.department in units)
                    ),
                    None,
                )
                if pick is not None:
                    chosen.append(pick)
                    seen.add(pick.case_no)
                    units.add(pick.department)
                    added = True
            if not added:
                break
    return chosen


# --- the proposal --------------------------------------------------------------------------


@dataclass
class Proposal:
    period: str
    problems: list[Problem]
    cases: list[Case]

    def as_json(self) -> dict[str, Any]:
        problems = []
        for p in self.problems:
            item = asdict(p)
            item.pop("key_terms")
            problems.append(item)
        return {"period": self.period, "problems": problems, "cases": [asdict(c) for c in self.cases]}


def _orders(case_nos):
    from models import Callback  # noqa: F401  (case_text reads the order's callback)

    if not case_nos:
        return {}
    query = WorkOrder.select().where(WorkOrder.case_no.in_(sorted(case_nos)))
    return {o.case_no: o for o in query}


def case_texts(case_nos, show_personal_data: bool = False) -> dict[str, str]:
    """{工单编号: its case text (docs/RULES.md § Case texts), masked unless asked not to}."""
    from brief.content import case_text, mask_text

    texts = {}
    for case_no, order in _orders(case_nos).items():
        text = case_text(order)
        texts[case_no] = text if show_personal_data else mask_text(text, order)
    return texts


def propose(
    period: Period | str, problems: int = DEFAULT_PROBLEMS, cases: int = DEFAULT_CASES, first_day: dt.date | None = None
) -> Proposal:
    """The proposal for `period`: the top `problems` hot problems and `cases` cases (≤ 10)."""
    from figures import covered, records_first_day

    period = parse_period(period)
    if problems < 0:
        raise ValueError("问题数须为非负整数")
    first_day = first_day or records_first_day()
    rows = _rows(period)
    found = _problems(period, rows, problems, covered(period.previous(), first_day))
    taken = {no for p in found for no in p.examples}
    picked = _case_rows(rows, min(max(cases, 0), MAX_CASES), taken)
    units = _names(Department, {r.department for r in picked})
    categories = _names(Category, {r.category for r in picked})
    texts = case_texts([r.case_no for r in picked])
    return Proposal(
        period=period.code,
        problems=found,
        cases=[
            Case(r.case_no, units.get(r.department, ""), categories.get(r.category, ""), texts[r.case_no])
            for r in picked
        ],
    )


# --- the brief's use: a cached proposal, the sections it gives ------------------------------

_CACHE: dict = {}
_CACHE_SIZE = 8


def _fingerprint(period: Period):
    """What the proposal depends on, cheaply: the period's and the previous period's orders
    (count, highest id, latest change, length of the texts) and the records' first day."""
    from peewee import fn

    from figures import records_first_day

    marks = []
    for p in (period, period.previous()):
        marks.append(
            WorkOrder.select(
                fn.COUNT(WorkOrder.id),
                fn.MAX(WorkOrder.id),
                fn.MAX(WorkOrder.updated_at),
                fn.SUM(fn.LENGTH(WorkOrder.content)),
            )
            .where((WorkOrder.received_at >= p.start) & (WorkOrder.received_at < p.end))
            .tuples()[0]
        )
    return (period.code, str(db.obj.database), tuple(map(str, marks)), str(records_first_day()))


def cached_propose(period: Period | str, problems: int = DEFAULT_PROBLEMS) -> Proposal:
    """propose(), kept while the orders it read are unchanged (the brief's page asks often)."""
    period = parse_period(period)
    key = (_fingerprint(period), problems)
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = propose(period, problems=problems)
    return _CACHE[key]


def proposal_sections(period: Period | str, show_personal_data: bool = False) -> dict[str, list[dict[str, Any]]]:
    """二、and 三、 from the proposal, in the shape of brief.content.case_sections (ids None)."""
    proposal = cached_propose(period)
    numbers = [c.order_no for c in proposal.cases] + [no for p in proposal.problems for no in p.examples]
    texts = case_texts(numbers, show_personal_data)
    cases = [
        {"id": None, "case_no": c.order_no, "text": texts.get(c.order_no, ""), "edited": False} for c in proposal.cases
    ]
    problems = [
        {
            "heading": p.heading,
            "cases": [{"id": None, "case_no": no, "text": texts.get(no, ""), "edited": False} for no in p.examples],
        }
        for p in proposal.problems
    ]
    return {"cases": cases, "problems": problems}
