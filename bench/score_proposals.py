"""Score `flask --app app proposals PERIOD --json` (hot problems and cases of the brief) on planted data.

    .venv/bin/python bench/score_proposals.py --seeds 1 2 3
    .venv/bin/python bench/score_proposals.py --seeds 1 --database-url postgresql://postgres@127.0.0.1:5432/test
    .venv/bin/python bench/score_proposals.py --seeds 1 2 3 --repo /path/to/other/tree   # its app, its venv

For each seed: bench/planted_quarters.py writes two quarters (2021Q3, 2021Q4) and a key into a
temporary folder; a fresh database (SQLite in that folder, or a schema of our own on the
PostgreSQL server given, dropped afterwards) gets `init-db` and `import-orders`; then

    proposals 2021Q4 --json                 default: at most 4 problems
    proposals 2021Q4 --json --problems K    K = the number of planted problems (run twice)
    proposals 2021Q4 --json --problems K+3  a looser look: is each planted problem there at all

Scores (per seed, then the mean over seeds):

- per planted problem P, over the proposed groups G of the K run: precision |G∩P|/|G|,
  recall |G∩P|/|P| and F1 of the best group (highest F1); MATCH when some group has every
  example in P and precision > 0.5 (most of its order_nos are P's); its rank, size and
  previous_size; growth check: a new problem's previous_size ≤ max(3, size/4), the
  persisting one's ≥ half its planted previous-quarter orders. 「K+3」 says whether a group
  matches P in the looser run.
- merged: a group of the K run holding ≥ 20% of its orders from each of two planted problems
  (e.g. the site noise and the bar noise in one group); split: a planted problem matched by
  more than one group.
- unrelated examples: examples of the K run that are unrelated current-quarter orders
  (ordinary, rejected, harassment) — should be 0; also examples outside the period.
- format: period right, size == len(order_nos), 1–2 examples, examples ⊆ order_nos, no
  order_no outside 2021Q4, default run has ≤ 4 problems.
- cases (of the K run): count in 6–10; none rejected, harassment or still 待处理; distinct
  units (ok when no unit repeats) and categories (ok when ≥ half the count); the unit equals
  the order's 承办单位 for dispatched orders and the category names its 大类 or 小类.
- personal data: no planted phone number (mobile or landline) and no planted caller name in
  any case text or heading (a leak lists the string); how many masked forms (139****5678)
  are seen in the texts of cases whose order had a planted number.
- determinism: the two K runs print the same JSON.

Until the command exists the scorer says so for each seed and still shows the import.
Exit status 0 always.
"""

import argparse
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import planted_quarters  # noqa: E402

ROOT = HERE.parent


# --- running the app ------------------------------------------------------------------------


class Runner:
    def __init__(self, repo, url, workdir):
        self.repo = Path(repo)
        flask = self.repo / ".venv" / "bin" / "flask"
        self.flask = str(flask if flask.exists() else ROOT / ".venv" / "bin" / "flask")
        self.env = dict(
            os.environ,
            DATABASE_URL=url,
            HOTLINE_BRIEF_DIR=str(Path(workdir) / "briefs"),
            HOTLINE_COUNTY=planted_quarters.COUNTY,
        )

    def run(self, *args, timeout=900):
        started = time.perf_counter()
        try:
            proc = subprocess.run(
                [self.flask, "--app", "app", *args],
                cwd=self.repo,
                env=self.env,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
            return proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - started
        except subprocess.TimeoutExpired:
            return -1, "", f"timeout after {timeout}s", time.perf_counter() - started


@contextlib.contextmanager
def database(base_url, workdir, seed):
    """A database URL of our own: SQLite in workdir, or a fresh schema on base_url (dropped after)."""
    if not base_url:
        yield f"sqlite:///{Path(workdir) / 'db.sqlite3'}"
        return
    from playhouse.db_url import connect

    schema = f"score_proposals_s{seed}_{os.getpid()}"
    admin = connect(base_url)
    admin.execute_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    admin.execute_sql(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{sep}options=-csearch_path%3D{schema}"
    finally:
        admin.execute_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.close()


def proposals(runner, period, problems=None):
    """(data or None, note): note is 'missing' when the command does not exist, else an error text."""
    args = ["proposals", period, "--json"] + (["--problems", str(problems)] if problems else [])
    rc, out, err, seconds = runner.run(*args)
    if "No such command" in err:
        return None, "missing", seconds
    if rc != 0:
        return None, f"exit {rc}: {(err or out).strip()[-400:]}", seconds
    try:
        return json.loads(out), "", seconds
    except ValueError as exc:
        return None, f"not JSON ({exc}): {out[:200]!r}", seconds


# --- scoring --------------------------------------------------------------------------------


def score_problems(data, key):
    orders = key["orders"]
    unrelated = set(key["unrelated"])
    groups = data.get("problems") or []
    sets = [set(g.get("order_nos") or []) for g in groups]
    rows, matched_by = [], {}
    for p in key["problems"]:
        planted = set(p["order_nos"])
        best, best_f1, match = None, -1.0, None
        for index, (g, s) in enumerate(zip(groups, sets)):
            inter = len(s & planted)
            prec = inter / len(s) if s else 0.0
            rec = inter / len(planted) if planted else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            if f1 > best_f1:
                best, best_f1 = (index, prec, rec, f1), f1
            examples = g.get("examples") or []
            if examples and all(e in planted for e in examples) and prec > 0.5:
                matched_by.setdefault(p["key"], []).append(index)
                if match is None or f1 > match[3]:
                    match = (index, prec, rec, f1)
        shown = match or best
        row = {
            "key": p["key"],
            "name": p["name"],
            "new": p["new"],
            "planted": len(planted),
            "planted_previous": len(p["previous_order_nos"]),
            "match": match is not None,
            "rank": shown[0] + 1 if shown else None,
            "precision": shown[1] if shown else 0.0,
            "recall": shown[2] if shown else 0.0,
            "f1": shown[3] if shown else 0.0,
            "heading": groups[shown[0]].get("heading", "") if shown else "",
            "size": groups[shown[0]].get("size") if shown else None,
            "previous_size": groups[shown[0]].get("previous_size") if shown else None,
        }
        row["growth_ok"] = None
        if match is not None and isinstance(row["previous_size"], int):
            if p["new"]:
                row["growth_ok"] = row["previous_size"] <= max(3, (row["size"] or 0) / 4)
            else:
                row["growth_ok"] = row["previous_size"] >= len(p["previous_order_nos"]) / 2
        rows.append(row)
    merged = []
    for index, s in enumerate(sets):
        shares = [p["name"] for p in key["problems"] if s and len(s & set(p["order_nos"])) >= 0.2 * len(s)]
        if len(shares) >= 2:
            merged.append(f"#{index + 1} {groups[index].get('heading', '')}: {' + '.join(shares)}")
    split = [f"{k}: #{', #'.join(str(i + 1) for i in v)}" for k, v in matched_by.items() if len(v) > 1]
    examples = [e for g in groups for e in (g.get("examples") or [])]
    unrelated_examples = [e for e in examples if e in unrelated]
    outside = [
        e for g in groups for e in (g.get("order_nos") or []) if orders.get(e, {}).get("quarter") != key["period"]
    ]
    return rows, {
        "merged": merged,
        "split": split,
        "unrelated_examples": unrelated_examples,
        "rejected_or_junk_examples": [e for e in examples if orders.get(e, {}).get("kind") in ("reject", "harass")],
        "outside_period": len(outside),
    }


def check_format(data, key, limit=None):
    problems = []
    if data.get("period") != key["period"]:
        problems.append(f"period {data.get('period')!r} ≠ {key['period']}")
    groups = data.get("problems")
    if not isinstance(groups, list):
        return problems + ["problems is not a list"]
    if limit is not None and len(groups) > limit:
        problems.append(f"{len(groups)} problems > {limit}")
    for index, g in enumerate(groups, 1):
        missing = [
            f for f in ("heading", "sub_category", "size", "previous_size", "order_nos", "examples") if f not in g
        ]
        if missing:
            problems.append(f"#{index} lacks {', '.join(missing)}")
            continue
        if g["size"] != len(g["order_nos"]):
            problems.append(f"#{index} size {g['size']} ≠ {len(g['order_nos'])} order_nos")
        if not 1 <= len(g["examples"]) <= 2:
            problems.append(f"#{index} has {len(g['examples'])} examples")
        if not set(g["examples"]) <= set(g["order_nos"]):
            problems.append(f"#{index} examples not among its order_nos")
        if not str(g["heading"]).strip():
            problems.append(f"#{index} empty heading")
    if not isinstance(data.get("cases"), list):
        problems.append("cases is not a list")
    return problems


def score_cases(data, key):
    orders = key["orders"]
    cases = data.get("cases") or []
    nos = [c.get("order_no") for c in cases]
    units = [c.get("unit") or "" for c in cases]
    categories = [c.get("category") or "" for c in cases]
    named_units = [u for u in units if u]
    wrong = []
    for c in cases:
        o = orders.get(c.get("order_no"))
        if o is None:
            wrong.append(f"{c.get('order_no')}: unknown order")
            continue
        if o["unit"] and c.get("unit") != o["unit"]:
            wrong.append(f"{c['order_no']}: unit {c.get('unit')!r} ≠ {o['unit']}")
        category = c.get("category") or ""
        if o["category"] not in category and not (o["subcategory"] and o["subcategory"] in category):
            wrong.append(f"{c['order_no']}: category {category!r} ≠ {o['category']}/{o['subcategory']}")
        if "order_no" in c and c["order_no"] not in (c.get("text") or ""):
            wrong.append(f"{c['order_no']}: text does not name the order")
    kinds = [orders.get(n, {}).get("kind") for n in nos]
    return {
        "count": len(cases),
        "count_ok": 6 <= len(cases) <= 10,
        "rejected": sum(k == "reject" for k in kinds),
        "harassment": sum(k == "harass" for k in kinds),
        "pending": sum(k == "pending" for k in kinds),
        "outside_period": sum(orders.get(n, {}).get("quarter") != key["period"] for n in nos),
        "duplicates": len(nos) - len(set(nos)),
        "units": len(set(named_units)),
        "units_ok": len(set(named_units)) == len(named_units),
        "categories": len(set(categories)),
        "categories_ok": len(set(categories)) * 2 >= len(cases),
        "planted": sum(orders.get(n, {}).get("group") not in (None, "ordinary", "harassment", "rejected") for n in nos),
        "mismatches": wrong,
    }


def score_privacy(data, key):
    phones = set(key["planted_phones"])
    names = set(key["planted_names"])
    pii_by_order = {p["order_no"]: p for p in key["pii"]}
    texts = [("heading", g.get("heading") or "") for g in data.get("problems") or []]
    texts += [("heading", g.get("sub_category") or "") for g in data.get("problems") or []]
    texts += [(c.get("order_no"), c.get("text") or "") for c in data.get("cases") or []]
    leaks, masked, exposed = [], 0, 0
    for where, text in texts:
        for found in sorted(p for p in phones if p in text) + sorted(n for n in names if n in text):
            leaks.append(f"{where}: {found}")
        digits = re.sub(r"\D", "", text)
        leaks.extend(f"{where}: {p} (digits split)" for p in phones if p not in text and p.replace("-", "") in digits)
        pii = pii_by_order.get(where)
        if pii:
            exposed += 1
            phone = pii["phone"]
            if f"{phone[:3]}****{phone[-4:]}" in text:
                masked += 1
    return {"leaks": leaks, "cases_with_planted_pii": exposed, "masked_seen": masked}


# --- one seed -------------------------------------------------------------------------------


def run_seed(seed, args):
    workdir = tempfile.mkdtemp(prefix=f"score_proposals_{seed}_")
    result = {"seed": seed}
    try:
        path, key = planted_quarters.write(seed, workdir, xlsx=args.xlsx)
        result["key"] = key
        with database(args.database_url, workdir, seed) as url:
            runner = Runner(args.repo, url, workdir)
            rc, out, err, _ = runner.run("init-db")
            if rc != 0:
                result["error"] = f"init-db failed: {(err or out).strip()[-400:]}"
                return result
            rc, out, err, seconds = runner.run("import-orders", str(path))
            result["import"] = (out + err).strip()
            result["import_seconds"] = seconds
            if rc != 0:
                result["error"] = f"import-orders failed (exit {rc})"
                return result
            k = len(key["problems"])
            first, note, seconds = proposals(runner, key["period"], k)
            result["seconds"] = seconds
            result["format"] = []
            if first is None and "No such option" in note:  # no --problems: score the default run
                result["format"].append(f"--problems refused: {note[-120:]}")
                first, note, seconds = proposals(runner, key["period"])
            if first is None:
                result["missing" if note == "missing" else "error"] = note
                return result
            second, note2, _ = proposals(runner, key["period"], k)
            default, note3, _ = proposals(runner, key["period"])
            loose, note4, _ = proposals(runner, key["period"], k + 3)
        result["deterministic"] = second is not None and json.dumps(first, sort_keys=True) == json.dumps(
            second, sort_keys=True
        )
        result["format"] += check_format(first, key, limit=k)
        if default is None:
            result["format"].append(f"default run failed: {note3}")
        else:
            result["format"] += [f"default run: {p}" for p in check_format(default, key, limit=4)]
            result["default_count"] = len(default.get("problems") or [])
        result["problems"], result["groups"] = score_problems(first, key)
        if loose is not None:
            loose_rows, _ = score_problems(loose, key)
            for row, loose_row in zip(result["problems"], loose_rows):
                row["loose_match"] = loose_row["match"]
        else:
            result["format"].append(f"--problems {k + 3} failed: {note4}")
        result["cases"] = score_cases(first, key)
        result["privacy"] = score_privacy(first, key)
        result["data"] = first
        if note2:
            result["format"].append(f"second run failed: {note2}")
    except Exception as exc:  # the scorer reports, it never fails
        result["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        if args.keep:
            result["workdir"] = workdir
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return result


# --- printing -------------------------------------------------------------------------------


def width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def table(header, rows):
    cells = [[str(c) for c in header]] + [[str(c) for c in r] for r in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for n, r in enumerate(cells):
        lines.append("  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(r)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def yes(flag):
    return "—" if flag is None else ("yes" if flag else "NO")


def describe(result):
    seed = result["seed"]
    print(f"\n=== seed {seed} " + "=" * 60)
    key = result.get("key")
    if key:
        counts = {}
        for o in key["orders"].values():
            counts.setdefault(o["quarter"], 0)
            counts[o["quarter"]] += 1
        planted = "; ".join(
            f"{p['name']} {len(p['order_nos'])} (上季度 {len(p['previous_order_nos'])})" for p in key["problems"]
        )
        print(f"data: {counts}; {key['period']} unrelated {len(key['unrelated'])}; planted: {planted}")
        print(
            f"      rejected {len(key['rejected'])}, harassment {len(key['harassment'])}, texts with a name+phone {len(key['pii'])}"
        )
    if "import" in result:
        print(f"import ({result['import_seconds']:.1f}s): {result['import']}")
    if "workdir" in result:
        print(f"kept: {result['workdir']}")
    if result.get("missing"):
        print("proposals: MISSING — `flask --app app proposals` does not exist yet (No such command); nothing scored")
        return
    if result.get("error"):
        print(f"ERROR: {result['error']}")
        return
    print(
        f"proposals --problems {len(key['problems'])}: {result['seconds']:.1f}s; default run gave {result.get('default_count')} problems"
    )
    rows = []
    for r in result["problems"]:
        rows.append(
            [
                r["name"],
                "new" if r["new"] else "persisting",
                f"{r['planted']}/{r['planted_previous']}",
                yes(r["match"]),
                yes(r.get("loose_match")),
                r["rank"] or "",
                f"{r['precision']:.2f}",
                f"{r['recall']:.2f}",
                f"{r['f1']:.2f}",
                f"{r['size']}/{r['previous_size']}",
                yes(r["growth_ok"]),
                r["heading"][:30],
            ]
        )
    print(
        table(
            [
                "planted",
                "kind",
                "n/prev",
                "MATCH",
                "K+3",
                "rank",
                "prec",
                "recall",
                "F1",
                "size/prev",
                "growth",
                "heading",
            ],
            rows,
        )
    )
    g = result["groups"]
    print(f"unrelated orders used as examples: {len(g['unrelated_examples'])} {g['unrelated_examples'][:6]}")
    print(
        f"rejected/harassment examples: {len(g['rejected_or_junk_examples'])}; order_nos outside {key['period']}: {g['outside_period']}"
    )
    print(f"merged groups: {g['merged'] or 'none'}; split problems: {g['split'] or 'none'}")
    c = result["cases"]
    print(
        f"cases: {c['count']} (6–10 {yes(c['count_ok'])}); rejected {c['rejected']}, harassment {c['harassment']}, "
        f"待处理 {c['pending']}, outside period {c['outside_period']}, duplicates {c['duplicates']}; "
        f"units {c['units']} distinct ({yes(c['units_ok'])}), categories {c['categories']} ({yes(c['categories_ok'])}); "
        f"from planted problems {c['planted']}"
    )
    if c["mismatches"]:
        print("  case mismatches: " + "; ".join(c["mismatches"][:6]))
    p = result["privacy"]
    print(
        f"personal data: {len(p['leaks'])} leaks {p['leaks'][:6]}; cases with a planted name+phone {p['cases_with_planted_pii']}, "
        f"masked number seen in {p['masked_seen']}"
    )
    print(
        f"deterministic: {yes(result['deterministic'])}; format: {'ok' if not result['format'] else result['format'][:6]}"
    )


SUMMARY = [  # (column, value of one seed's result, format)
    ("matched", lambda r: sum(p["match"] for p in r["problems"]) / len(r["problems"]), "{:.0%}"),
    ("K+3", lambda r: sum(bool(p.get("loose_match")) for p in r["problems"]) / len(r["problems"]), "{:.0%}"),
    ("prec", lambda r: sum(p["precision"] for p in r["problems"]) / len(r["problems"]), "{:.2f}"),
    ("recall", lambda r: sum(p["recall"] for p in r["problems"]) / len(r["problems"]), "{:.2f}"),
    ("F1", lambda r: sum(p["f1"] for p in r["problems"]) / len(r["problems"]), "{:.2f}"),
    ("growth ok", lambda r: sum(bool(p["growth_ok"]) for p in r["problems"]) / len(r["problems"]), "{:.0%}"),
    ("unrel.ex", lambda r: len(r["groups"]["unrelated_examples"]), "{:g}"),
    ("merged", lambda r: len(r["groups"]["merged"]), "{:g}"),
    ("cases", lambda r: r["cases"]["count"], "{:g}"),
    ("rej/junk", lambda r: r["cases"]["rejected"] + r["cases"]["harassment"] + r["cases"]["pending"], "{:g}"),
    ("units", lambda r: r["cases"]["units"], "{:g}"),
    ("cats", lambda r: r["cases"]["categories"], "{:g}"),
    ("leaks", lambda r: len(r["privacy"]["leaks"]), "{:g}"),
    ("determ.", lambda r: float(r["deterministic"]), "{:.0%}"),
    ("format", lambda r: len(r["format"]), "{:g}"),
]


def summary(results):
    print("\n=== summary " + "=" * 62)
    scored = [r for r in results if "problems" in r]
    missing = [r["seed"] for r in results if r.get("missing")]
    failed = [r["seed"] for r in results if r.get("error")]
    if missing:
        print(f"proposals command MISSING on seeds {missing}: only the import was checked")
    if failed:
        print(f"errors on seeds {failed}: " + "; ".join(r["error"].splitlines()[-1] for r in results if r.get("error")))
    for r in results:
        if "import" in r:
            print(f"seed {r['seed']} import: {r['import'].splitlines()[-1] if r['import'] else '(no output)'}")
    if not scored:
        return
    rows, sums = [], [0.0] * len(SUMMARY)
    for r in scored:
        values = [value(r) for _, value, _ in SUMMARY]
        sums = [a + b for a, b in zip(sums, values)]
        rows.append([r["seed"]] + [fmt.format(v) for v, (_, _, fmt) in zip(values, SUMMARY)])
    means = [total / len(scored) for total in sums]
    rows.append(["mean"] + [(fmt if fmt != "{:g}" else "{:.1f}").format(v) for v, (_, _, fmt) in zip(means, SUMMARY)])
    print(table(["seed"] + [name for name, _, _ in SUMMARY], rows))
    print(
        "targets: matched 100%, prec and recall near 1, growth ok 100%, unrel.ex 0, merged 0, cases 6–10, "
        "rej/junk 0, leaks 0, determ. 100%, format 0"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--database-url", help="postgresql://… : run in a schema of our own there (dropped after)")
    parser.add_argument("--repo", default=str(ROOT), help="the tree whose app is scored (default: this one)")
    parser.add_argument("--xlsx", action="store_true", help="import the data as .xlsx instead of .csv")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders (data, key, SQLite)")
    parser.add_argument("--json", dest="json_out", help="also write every seed's scores to this file")
    args = parser.parse_args(argv)
    results = []
    try:
        for seed in args.seeds:
            result = run_seed(seed, args)
            results.append(result)
            describe(result)
        summary(results)
        if args.json_out:
            slim = [{k: v for k, v in r.items() if k not in ("key", "data")} for r in results]
            Path(args.json_out).write_text(json.dumps(slim, ensure_ascii=False, indent=1), encoding="utf-8")
    except Exception as exc:  # exit 0 always, with a clear message
        print(f"scorer error: {type(exc).__name__}: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
