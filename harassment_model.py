"""The harassment filter's learned text score (docs/RULES.md § Harassment filter).

A character n-gram TF-IDF (1–3 characters; Chinese needs no segmentation for this) and a
logistic regression, trained on

- the starter set shipped in data/harassment_starter.tsv (written texts of nuisance and
  genuine calls), always, and
- the office's own judgements (decisions): HarassmentFlag rows decided by a person
  (确认 = nuisance, 驳回 = genuine) and orders a person marked 骚扰来电 (at intake, or in an
  imported quarter), the order's content as the text, and the office's own genuine calls
  (office_genuine) — once there are at least HARASSMENT_MODEL_MIN_DECISIONS judgements, at
  least HARASSMENT_MODEL_MIN_EACH of them nuisance and as many genuine texts; with fewer, the
  office's part stays out and the model is the starter set's.

The model is stored in the database (HarassmentModel, a joblib blob; the newest row is the
one in use), so the web app and every worker read the same one. A process loads it once and
keeps it until a newer row appears (one cheap query per filter run). With no stored model
the starter set's model is trained in memory (a fraction of a second) and used.

Training is deterministic: the data in a fixed order, liblinear with a fixed random_state.
"""

import datetime as dt
import hashlib
import io
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from flask import current_app
from peewee import JOIN
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

from models import HarassmentFlag, HarassmentModel, WorkOrder, db, local_now

STARTER_PATH = Path(__file__).resolve().parent / "data" / "harassment_starter.tsv"
LABELS = {"骚扰": 1, "正常": 0}
# The reviewers' most recent decisions, at most this many, go into training (bounded time).
MAX_DECISIONS = 50_000
_TERMS_SHOWN = 5
# An n-gram must occur in at least this many training texts: one written line's odd words
# (a dialect particle, a place) do not become a class's signal on their own.
MIN_DF = 2
_PUNCTUATION = re.compile(r"[\W_]")
_WHITE_SPACES = re.compile(r"\s\s+")  # as sklearn's char analyzer
# Every digit (ASCII and full-width) reads as 0: a house number, a date or a sum is no sign
# of nuisance or of genuineness (「3号楼」 and 「12号楼」 are the same n-grams). Latin letters
# stay: sb, tmd, nmsl are abuse written in letters.
_DIGITS = str.maketrans(dict.fromkeys("123456789０１２３４５６７８９", "0"))


def prepare(content: str | None) -> str:
    """What the model reads: the content without whitespace, lower-cased, every digit as 0
    (punctuation and quotation marks stay: 「喊我“骗子”」 reads differently from 「骗子」)."""
    return "".join((content or "").split()).lower().translate(_DIGITS)


def starter_set(path: Path = STARTER_PATH) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, _, text = line.partition("\t")
        if label not in LABELS or not text.strip():
            raise ValueError(f"{path.name}：无法读取的行：{line}")
        texts.append(prepare(text))
        labels.append(LABELS[label])
    return texts, labels


def decisions(limit: int = MAX_DECISIONS) -> tuple[list[str], list[int]]:
    """The office's own decisions: (texts, labels), most recent first, empty texts left out.

    - flags decided by a reviewer (确认 = nuisance, 驳回 = genuine; the system's own marks
      do not count), and
    - orders a person marked 骚扰来电 without a decided flag: an operator at intake, or the
      office's own marks brought in by import (是否骚扰 = 是) — the calls the filter missed
      or never saw, which its flags alone would never teach it.
    """
    flagged = (
        HarassmentFlag.select(WorkOrder.content, HarassmentFlag.status)
        .join(WorkOrder)
        .where(HarassmentFlag.reviewer.is_null(False) & HarassmentFlag.status.in_(("已确认", "已驳回")))
        .order_by(HarassmentFlag.reviewed_at.desc(), HarassmentFlag.id.desc())
        .limit(limit)
        .tuples()
    )
    marked = (
        WorkOrder.select(WorkOrder.content)
        .join(HarassmentFlag, JOIN.LEFT_OUTER, on=(HarassmentFlag.order == WorkOrder.id))
        .where(WorkOrder.is_harassment & (HarassmentFlag.id.is_null() | (HarassmentFlag.status == "待审核")))
        .order_by(WorkOrder.updated_at.desc(), WorkOrder.id.desc())
        .limit(limit)
        .tuples()
    )
    found = [(content, 1 if status == "已确认" else 0) for content, status in flagged]
    found += [(content, 1) for (content,) in marked]
    texts, labels = [], []
    for content, label in found[:limit]:
        text = prepare(content)
        if text:
            texts.append(text)
            labels.append(label)
    return texts, labels


def office_genuine(count: int, before: dt.datetime) -> list[str]:
    """The office's own genuine calls: the most recent `count` phone orders received before
    `before`, with a content, that nobody marked 骚扰来电 and the filter did not flag — the calls its call-takers took
    as real. They teach the score this county's own matters, places and ways of writing, as
    the dismissals do, so that what the marks teach does not spill onto them."""
    if count <= 0:
        return []
    query = (
        WorkOrder.select(WorkOrder.content)
        .join(HarassmentFlag, JOIN.LEFT_OUTER, on=(HarassmentFlag.order == WorkOrder.id))
        .where(
            (WorkOrder.channel == "电话")
            & ~WorkOrder.is_harassment
            & HarassmentFlag.id.is_null()
            & (WorkOrder.content != "")
            & (WorkOrder.received_at < before)
        )
        .order_by(WorkOrder.received_at.desc(), WorkOrder.id.desc())
        .limit(count)
        .tuples()
    )
    return [text for (content,) in query if (text := prepare(content))]


@dataclass
class TextModel:
    vectorizer: TfidfVectorizer
    classifier: LogisticRegression

    def __post_init__(self):
        self._names = self.vectorizer.get_feature_names_out()
        self._coef = self.classifier.coef_[0]
        self._cache: dict[str, float] = {}
        v = self.vectorizer
        # The vectorizer this module trains (char 1–3, sublinear tf, idf, l2): its transform
        # is done here with a C-counted Counter per text instead of sklearn's per-n-gram
        # Python loop, the same matrix in about half the time. Any other vectorizer (a model
        # stored by another version) goes through sklearn.
        self._fast = (
            v.analyzer == "char"
            and v.ngram_range == (1, 3)
            and v.lowercase
            and v.strip_accents is None
            and v.preprocessor is None
            and v.sublinear_tf
            and v.use_idf
            and v.norm == "l2"
            and not v.binary
        )

    def _matrix(self, texts: list[str]):
        """vectorizer.transform(texts)."""
        if not self._fast:
            return self.vectorizer.transform(texts)
        vocabulary = self.vectorizer.vocabulary_
        get = vocabulary.get
        indptr, indices, counts = [0], [], []
        for text in texts:
            text = _WHITE_SPACES.sub(" ", text.lower())
            grams = Counter(text)
            grams.update([text[i : i + 2] for i in range(len(text) - 1)])
            grams.update([text[i : i + 3] for i in range(len(text) - 2)])
            for gram, count in grams.items():
                j = get(gram)
                if j is not None:
                    indices.append(j)
                    counts.append(count)
            indptr.append(len(indices))
        matrix = sparse.csr_matrix(
            (np.array(counts, dtype=np.float64), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int64)),
            shape=(len(texts), len(vocabulary)),
        )
        matrix.sort_indices()
        np.log(matrix.data, matrix.data)
        matrix.data += 1.0
        matrix.data *= self.vectorizer.idf_[matrix.indices]
        return normalize(matrix, norm="l2", copy=False)

    def scores(self, texts: list[str]) -> list[float | None]:
        """The probability of nuisance for each prepared text (None for an empty one).

        Identical texts are scored once (empty content, 「喂」 and copied follow-ups repeat).
        """
        todo = [t for t in dict.fromkeys(texts) if t and t not in self._cache]
        if todo:
            proba = self.classifier.predict_proba(self._matrix(todo))[:, 1]
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache.update(zip(todo, proba.tolist()))
        return [self._cache[t] if t else None for t in texts]

    def terms(self, text: str, count: int = _TERMS_SHOWN) -> list[list]:
        """The n-grams that pushed this text's score up most: [[ngram, contribution], ...]."""
        return self.terms_many([text], count)[0]

    def terms_many(self, texts: list[str], count: int = _TERMS_SHOWN) -> list[list[list]]:
        """terms() of many texts with one transform."""
        unique = [t for t in dict.fromkeys(texts) if t]
        found = {"": []}
        if unique:
            matrix = self._matrix(unique).tocsr()
            for k, text in enumerate(unique):
                lo, hi = matrix.indptr[k], matrix.indptr[k + 1]
                indices = matrix.indices[lo:hi]
                contributions = matrix.data[lo:hi] * self._coef[indices]
                found[text] = self._strongest(indices, contributions, count)
        return [found[t] for t in texts]

    def _strongest(self, indices, contributions, count):
        """The n-grams with the largest positive contributions, longer ones first: a single
        character says little to a reviewer; n-grams overlapping one already shown, and those
        with punctuation, are left out (they still count in the score)."""
        order = np.argsort(-contributions, kind="stable")
        ranked = [(str(self._names[indices[i]]), float(contributions[i])) for i in order if contributions[i] > 0]
        chosen = []
        for pass_min in (2, 1):
            for term, weight in ranked:
                if len(chosen) >= count:
                    break
                if len(term) < pass_min or _PUNCTUATION.search(term):
                    continue
                if any(term in t or t in term for t, _ in chosen):
                    continue
                chosen.append((term, weight))
        return [[term, round(weight, 3)] for term, weight in chosen[:count]]


def train(texts: list[str], labels: list[int]) -> TextModel:
    vectorizer = TfidfVectorizer(
        analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=MIN_DF, dtype=np.float64
    )
    matrix = vectorizer.fit_transform(texts)
    classifier = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear", random_state=0)
    classifier.fit(matrix, labels)
    return TextModel(vectorizer, classifier)


@dataclass
class TrainingResult:
    model: TextModel
    starter: int
    decisions: int
    used_decisions: bool
    seconds: float
    row: Any = None
    genuine: int = 0

    def summary(self) -> str:
        used = (
            f"审核决定与人工标记 {self.decisions} 条、本单位正常来电 {self.genuine} 条"
            if self.used_decisions
            else f"审核决定与人工标记 {self.decisions} 条（不足，未使用）"
        )
        return f"骚扰文本模型已训练：起始样本 {self.starter} 条，{used}，用时 {self.seconds:.1f} 秒"


def enough(labels: list[int], config, genuine: int = 0) -> bool:
    """Enough of the office's own judgements to train on: at least MIN_DECISIONS decisions and
    marks, at least MIN_EACH of them nuisance, and at least MIN_EACH genuine texts (dismissals
    or the office's genuine calls)."""
    positives = sum(labels)
    negatives = len(labels) - positives + genuine
    least = config["HARASSMENT_MODEL_MIN_EACH"]
    return len(labels) >= config["HARASSMENT_MODEL_MIN_DECISIONS"] and positives >= least and negatives >= least


def retrain(config=None, now: dt.datetime | None = None, store: bool = True) -> TrainingResult:
    """Train from the starter set and (when there are enough) the office's own decisions and
    genuine calls; store it."""
    config = config or current_app.config
    now = now or local_now()
    started = time.perf_counter()
    texts, labels = starter_set()
    starter = len(texts)
    reviewed_texts, reviewed_labels = decisions()
    wanted = min(MAX_DECISIONS, config["HARASSMENT_MODEL_GENUINE_RATIO"] * sum(reviewed_labels))
    genuine = office_genuine(wanted, before=now)
    # Each distinct text once on each side: a word said on many calls of both kinds (「喂」 on a
    # bad line and from a silent caller) would otherwise be taught by whichever side the
    # reviewers saw more of, and a text repeated a hundred times outweighs a hundred others.
    reviewed = list(dict.fromkeys(zip(reviewed_texts, reviewed_labels)))
    reviewed_texts, reviewed_labels = [t for t, _ in reviewed], [label for _, label in reviewed]
    genuine = list(dict.fromkeys(genuine))
    used = enough(reviewed_labels, config, len(genuine))
    if used:
        # The decisions count several times a starter line: they are this office's own
        # judgements; its genuine calls count once each.
        repeat = config["HARASSMENT_MODEL_DECISION_WEIGHT"]
        texts = texts + reviewed_texts * repeat + genuine
        labels = labels + reviewed_labels * repeat + [0] * len(genuine)
    model = train(texts, labels)
    result = TrainingResult(model, starter, len(reviewed_labels), used, 0.0, genuine=len(genuine) if used else 0)
    if store:
        buffer = io.BytesIO()
        joblib.dump((model.vectorizer, model.classifier), buffer, compress=3)
        blob = buffer.getvalue()
        with db.atomic():
            result.row = HarassmentModel.create(
                trained_at=now,
                starter_count=starter,
                decision_count=len(reviewed_labels) if used else 0,
                sha256=hashlib.sha256(blob).hexdigest(),
                blob=blob,
            )
            # Keep the last few models (for a look back), not every night's.
            old = HarassmentModel.select(HarassmentModel.id).order_by(HarassmentModel.id.desc()).offset(5)
            HarassmentModel.delete().where(HarassmentModel.id.in_(old)).execute()
    result.seconds = time.perf_counter() - started
    return result


_loaded: dict[str, Any] = {"key": None, "model": None}


def current_model(config=None) -> TextModel | None:
    """The model in use: the newest stored one, loaded once per process; else the starter set's."""
    config = config or current_app.config
    if not config["HARASSMENT_TEXT_MODEL"]:
        return None
    newest = (
        HarassmentModel.select(HarassmentModel.id, HarassmentModel.sha256).order_by(HarassmentModel.id.desc()).first()
    )
    key = f"{newest.id}:{newest.sha256}" if newest else "starter"
    if _loaded["key"] != key:
        if newest is None:
            model = train(*starter_set())
        else:
            blob = HarassmentModel.get_by_id(newest.id).blob
            vectorizer, classifier = joblib.load(io.BytesIO(bytes(blob)))
            model = TextModel(vectorizer, classifier)
        _loaded.update(key=key, model=model)
    return _loaded["model"]
