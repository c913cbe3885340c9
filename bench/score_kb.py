"""Score the knowledge-base search on an evaluation set written without reading it.

    .venv/bin/python -m bench.score_kb                      # SQLite in a temporary folder
    .venv/bin/python -m bench.score_kb --database-url postgresql://postgres@127.0.0.1:5432/test
    .venv/bin/python -m bench.score_kb --json               # machine output
    .venv/bin/python -m bench.score_kb --self-test          # the scorer's own arithmetic only

The set is bench/kb_eval/ (articles.csv, queries.tsv; README.md there says who wrote it and
how). The scorer builds a fresh database (SQLite in a temporary folder, or a PostgreSQL
schema of its own that is dropped afterwards), runs the app's own commands in-process —
`init-db`, `kb import articles.csv`, then `kb search QUERY --json` for every query — and
compares the ranked titles with the expected ones. It never imports the search code.

Reported per query kind and overall (kinds with expected titles): top-1 accuracy, recall@3
(share of the expected titles found in the first three hits, averaged) and MRR (1 / rank
of the first expected title, 0 when absent). For every kind: the share of queries for
which an expired article (有效期至 before today) was returned — must be 0 — and, for
`none` / `expired`, the share that got any hit at all (lower is better). The scores of the
top hits of unanswerable and answered queries are summarised side by side, with what a
threshold on the top score would keep, so a cut-off can be judged.
"""

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent / "kb_eval"
ANSWERED_KINDS = ("title_words", "paraphrase", "variant_only")
EMPTY_KINDS = ("none", "expired")
KINDS = ANSWERED_KINDS + EMPTY_KINDS


# ---------------------------------------------------------------- the set


def load_queries(path):
    """[(query, [expected titles], kind)] from the TSV (header query, expected_titles, kind)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header != ["query", "expected_titles", "kind"]:
            raise SystemExit(f"{path}: unexpected header {header}")
        for n, line in enumerate(f, start=2):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            query, expected, kind = line.split("\t")
            if kind not in KINDS:
                raise SystemExit(f"{path}:{n}: unknown kind {kind!r}")
            titles = [t for t in expected.split("|") if t]
            if (kind in EMPTY_KINDS) != (not titles):
                raise SystemExit(f"{path}:{n}: kind {kind} with expected {expected!r}")
            rows.append((query, titles, kind))
    return rows


def load_articles(path, today):
    """(all titles, titles expired on `today`) from the import CSV."""
    titles, expired = set(), set()
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            titles.add(row["标题"])
            until = (row.get("有效期至") or "").strip()
            if until and dt.date.fromisoformat(until) < today:
                expired.add(row["标题"])
    return titles, expired


# ---------------------------------------------------------------- the arithmetic


def score_direction(result_lists):
    """+1 if the search ranks higher scores first, -1 if lower first (e.g. raw bm25), from
    the ranked lists themselves; +1 when it cannot tell."""
    up = down = 0
    for hits in result_lists:
        scores = [h.get("score") for h in hits if isinstance(h.get("score"), (int, float))]
        for a, b in zip(scores, scores[1:]):
            if a > b:
                down += 1  # falling along the ranking: higher is better
            elif a < b:
                up += 1
    return -1 if up > down else 1


def _quantiles(values):
    if not values:
        return None
    values = sorted(values)

    def q(p):
        return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]

    return {"n": len(values), "min": values[0], "p25": q(0.25), "median": q(0.5), "p75": q(0.75), "max": values[-1]}


def score(queries, results, expired_titles):
    """Metrics from `queries` [(query, expected, kind)] and `results` [[hit, …] per query,
    best first, hit = {"title", "score", …}]."""
    assert len(queries) == len(results)
    direction = score_direction(results)
    per_kind = {}
    overall = {"n": 0, "top1": 0.0, "recall3": 0.0, "mrr": 0.0}
    expired_any = dict.fromkeys(KINDS, 0)
    expired_any_all = 0
    any_hit = dict.fromkeys(EMPTY_KINDS, 0)
    counts = dict.fromkeys(KINDS, 0)
    top_scores = {"answered_right": [], "answered_wrong": [], "none": [], "expired": []}
    misses = []
    for (query, expected, kind), hits in zip(queries, results):
        counts[kind] += 1
        titles = [h.get("title") for h in hits]
        if any(t in expired_titles for t in titles):
            expired_any[kind] += 1
            expired_any_all += 1
        top = hits[0].get("score") if hits else None
        if kind in EMPTY_KINDS:
            if hits:
                any_hit[kind] += 1
                if isinstance(top, (int, float)):
                    top_scores[kind].append(top)
            continue
        m = per_kind.setdefault(kind, {"n": 0, "top1": 0.0, "recall3": 0.0, "mrr": 0.0})
        want = set(expected)
        top1 = 1.0 if titles and titles[0] in want else 0.0
        recall3 = len(want & set(titles[:3])) / len(want)
        rank = next((i for i, t in enumerate(titles, start=1) if t in want), None)
        rr = 1.0 / rank if rank else 0.0
        for agg in (m, overall):
            agg["n"] += 1
            agg["top1"] += top1
            agg["recall3"] += recall3
            agg["mrr"] += rr
        if isinstance(top, (int, float)):
            top_scores["answered_right" if top1 else "answered_wrong"].append(top)
        if not top1:
            misses.append({"query": query, "kind": kind, "expected": expected, "got": titles[:3]})
    for agg in list(per_kind.values()) + [overall]:
        if agg["n"]:
            for key in ("top1", "recall3", "mrr"):
                agg[key] /= agg["n"]
    answered = top_scores["answered_right"] + top_scores["answered_wrong"]
    empty = top_scores["none"] + top_scores["expired"]
    return {
        "score_direction": "higher is better" if direction > 0 else "lower is better",
        "per_kind": {k: per_kind[k] for k in ANSWERED_KINDS if k in per_kind},
        "overall": overall,
        "expired_returned": {k: (expired_any[k] / counts[k] if counts[k] else None) for k in KINDS},
        "expired_returned_all": expired_any_all / len(queries) if queries else None,
        "any_hit": {k: (any_hit[k] / counts[k] if counts[k] else None) for k in EMPTY_KINDS},
        "top_score": {k: _quantiles(v) for k, v in top_scores.items()},
        "thresholds": thresholds(answered, top_scores["answered_right"], empty, direction),
        "misses": misses,
        "counts": counts,
    }


def thresholds(answered, right, empty, direction):
    """For cut-offs at quantiles of the answered queries' top scores: the share of answered
    queries still shown, of right top-1 answers still shown, of unanswerable ones silenced."""
    if not answered:
        return []
    cuts = sorted({_quantiles(answered)[k] for k in ("min", "p25", "median")})
    out = []
    for cut in cuts:

        def kept(values, c=cut):
            return sum(1 for v in values if (v >= c if direction > 0 else v <= c))

        out.append(
            {
                "cut": cut,
                "answered_shown": kept(answered) / len(answered),
                "right_shown": kept(right) / len(right) if right else None,
                "unanswerable_silenced": 1 - kept(empty) / len(empty) if empty else None,
            }
        )
    return out


# ---------------------------------------------------------------- running the app


@contextlib.contextmanager
def fresh_database(url):
    """A DATABASE_URL nobody else uses: a temporary SQLite file, or a PostgreSQL schema of
    its own (dropped afterwards)."""
    if url and url.startswith("postgres"):
        from bench.common import postgres_schema

        with postgres_schema(url, f"bench_kb_eval_{os.getpid()}") as scoped:
            yield scoped
    else:
        with tempfile.TemporaryDirectory(prefix="kb-eval-") as tmp:
            yield f"sqlite:///{tmp}/kb.db"


def _stdout(result):
    return getattr(result, "stdout", None) or result.output


def _parse_hits(text):
    """The JSON list printed by `kb search --json` (any line before it is ignored)."""
    text = text.strip()
    start = text.find("[")
    if start < 0:
        raise ValueError(f"no JSON list in {text[:200]!r}")
    hits = json.loads(text[start:])
    if not isinstance(hits, list):
        raise ValueError("kb search --json did not print a list")
    return hits


def run_search(articles, queries, url):
    """[[hit, …] per query] and the search times (s), from the app's own commands."""
    with fresh_database(url) as scoped:
        os.environ["DATABASE_URL"] = scoped
        os.environ["TZ"] = "Asia/Shanghai"
        if hasattr(time, "tzset"):
            time.tzset()
        from app import create_app

        app = create_app()
        from models import db

        try:
            with app.app_context():
                return _run_commands(app, articles, queries)
        finally:  # so a PostgreSQL schema can be dropped
            if not db.is_closed():
                db.close()


def _run_commands(app, articles, queries):
    runner = app.test_cli_runner()
    for args in (["init-db"], ["kb", "import", str(articles)]):
        result = runner.invoke(args=args)
        if result.exit_code != 0:
            raise SystemExit(f"{' '.join(args)} failed ({result.exit_code}):\n{result.output}{result.exception or ''}")
    results, took = [], []
    for query, _, _ in queries:
        started = time.perf_counter()
        result = runner.invoke(args=["kb", "search", query, "--json"])
        took.append(time.perf_counter() - started)
        if result.exit_code != 0:
            raise SystemExit(f"kb search {query!r} failed ({result.exit_code}):\n{result.output}")
        results.append(_parse_hits(_stdout(result)))
    return results, took


# ---------------------------------------------------------------- output


def _pct(x):
    return "—" if x is None else f"{x * 100:.1f}%"


def _num(x):
    return "—" if x is None else f"{x:.3g}"


def render(report):
    lines = ["kind            n   top-1  recall@3   MRR"]
    for kind, m in list(report["per_kind"].items()) + [("overall", report["overall"])]:
        lines.append(f"{kind:14s} {m['n']:3d}  {_pct(m['top1']):>6s}  {_pct(m['recall3']):>8s}  {m['mrr']:.3f}")
    lines.append("")
    lines.append("expired article returned (must be 0):")
    for kind, share in report["expired_returned"].items():
        lines.append(f"  {kind:14s} {_pct(share)}")
    lines.append(f"  {'all queries':14s} {_pct(report['expired_returned_all'])}")
    lines.append("any hit for a question the knowledge base cannot answer (lower is better):")
    for kind, share in report["any_hit"].items():
        lines.append(f"  {kind:14s} {_pct(share)}")
    lines.append(f"top-hit scores ({report['score_direction']}):")
    lines.append("  group              n     min     p25  median     p75     max")
    for group, q in report["top_score"].items():
        if q:
            vals = "  ".join(f"{_num(q[k]):>6s}" for k in ("min", "p25", "median", "p75", "max"))
            lines.append(f"  {group:16s} {q['n']:3d}  {vals}")
        else:
            lines.append(f"  {group:16s}   0")
    if report["thresholds"]:
        lines.append("a cut-off on the top score would keep:")
        lines.append("     cut  answered shown  right top-1 shown  unanswerable silenced")
        for t in report["thresholds"]:
            lines.append(
                f"  {_num(t['cut']):>6s}  {_pct(t['answered_shown']):>14s}  {_pct(t['right_shown']):>17s}"
                f"  {_pct(t['unanswerable_silenced']):>21s}"
            )
    if "search_ms_median" in report:
        lines.append(
            f"search (CLI runner, in-process): median {report['search_ms_median']:.1f} ms over {report['searches']}"
        )
    if report["misses"]:
        lines.append(f"top-1 misses ({len(report['misses'])}), first 15:")
        for miss in report["misses"][:15]:
            lines.append(f"  [{miss['kind']}] {miss['query']} → want {'|'.join(miss['expected'])}; got {miss['got']}")
    return "\n".join(lines)


# ---------------------------------------------------------------- self-test


def self_test():
    """The scorer's arithmetic on hand-made result lists (no app involved)."""
    queries = [
        ("q1", ["A"], "title_words"),  # right at 1
        ("q2", ["B"], "paraphrase"),  # right at 2
        ("q3", ["C", "D"], "paraphrase"),  # one of two in top 3, first at 3
        ("q4", ["A"], "variant_only"),  # absent
        ("q5", [], "none"),  # nothing returned
        ("q6", [], "none"),  # something returned
        ("q7", [], "expired"),  # the expired article returned
    ]
    results = [
        [{"title": "A", "score": 9.0}, {"title": "B", "score": 3.0}],
        [{"title": "A", "score": 5.0}, {"title": "B", "score": 4.0}],
        [{"title": "A", "score": 6.0}, {"title": "B", "score": 2.0}, {"title": "D", "score": 1.0}],
        [{"title": "B", "score": 2.0}],
        [],
        [{"title": "B", "score": 1.0}],
        [{"title": "X", "score": 4.0}],
    ]
    r = score(queries, results, {"X"})
    assert r["score_direction"] == "higher is better"
    pk = r["per_kind"]
    assert pk["title_words"] == {"n": 1, "top1": 1.0, "recall3": 1.0, "mrr": 1.0}, pk
    assert pk["paraphrase"]["n"] == 2
    assert abs(pk["paraphrase"]["top1"] - 0.0) < 1e-9
    assert abs(pk["paraphrase"]["recall3"] - (1.0 + 0.5) / 2) < 1e-9
    assert abs(pk["paraphrase"]["mrr"] - (1 / 2 + 1 / 3) / 2) < 1e-9
    assert pk["variant_only"] == {"n": 1, "top1": 0.0, "recall3": 0.0, "mrr": 0.0}
    o = r["overall"]
    assert o["n"] == 4 and abs(o["top1"] - 0.25) < 1e-9
    assert abs(o["mrr"] - (1 + 1 / 2 + 1 / 3 + 0) / 4) < 1e-9
    assert abs(o["recall3"] - (1 + 1 + 0.5 + 0) / 4) < 1e-9
    assert r["any_hit"] == {"none": 0.5, "expired": 1.0}
    assert r["expired_returned"]["expired"] == 1.0 and r["expired_returned"]["none"] == 0.0
    assert abs(r["expired_returned_all"] - 1 / 7) < 1e-9
    assert r["top_score"]["answered_right"]["n"] == 1 and r["top_score"]["answered_right"]["max"] == 9.0
    assert r["top_score"]["answered_wrong"]["median"] == 5.0  # 2, 5, 6
    assert r["top_score"]["none"]["max"] == 1.0 and r["top_score"]["expired"]["min"] == 4.0
    assert len(r["misses"]) == 3
    # a cut at the answered minimum keeps every answered query; 1.0 < 2 silences q6, not q7
    first = r["thresholds"][0]
    assert first["cut"] == 2.0 and first["answered_shown"] == 1.0 and first["unanswerable_silenced"] == 0.5
    # a search that ranks lower scores first (raw bm25) is recognised
    low = [[{"title": "A", "score": -9.0}, {"title": "B", "score": -3.0}], [{"title": "B", "score": -1.0}]]
    assert score([("a", ["A"], "title_words"), ("b", [], "none")], low, set())["score_direction"] == "lower is better"
    assert _parse_hits('note\n[{"id": 1, "title": "A", "score": 1}]') == [{"id": 1, "title": "A", "score": 1}]
    assert _parse_hits("[]") == []
    # the shipped set is well formed: every expected title is an article, none expired
    today = dt.date(2026, 1, 1)
    titles, expired = load_articles(HERE / "articles.csv", today)
    qs = load_queries(HERE / "queries.tsv")
    for query, expected, _kind in qs:
        for title in expected:
            assert title in titles, (query, title)
            assert title not in expired, (query, title)
    assert 3 <= len(expired) <= 5, expired
    print(f"self-test passed ({len(titles)} articles, {len(expired)} expired, {len(qs)} queries)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", default=str(HERE / "articles.csv"))
    parser.add_argument("--queries", default=str(HERE / "queries.tsv"))
    parser.add_argument("--database-url", default=None, help="PostgreSQL URL (a fresh schema is made and dropped)")
    parser.add_argument("--json", action="store_true", help="machine output")
    parser.add_argument("--self-test", action="store_true", help="check the scorer's arithmetic only")
    args = parser.parse_args(argv)
    if args.self_test:
        self_test()
        return
    today = dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date()
    _, expired = load_articles(args.articles, today)
    queries = load_queries(args.queries)
    results, took = run_search(args.articles, queries, args.database_url)
    report = score(queries, results, expired)
    report["search_ms_median"] = statistics.median(took) * 1000 if took else None
    report["searches"] = len(took)
    report["database"] = "postgresql" if (args.database_url or "").startswith("postgres") else "sqlite"
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(render(report))


if __name__ == "__main__":
    main()
