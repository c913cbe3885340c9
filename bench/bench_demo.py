"""Benchmark: `flask --app app demo` (3,085 orders with their events and callbacks).

    .venv/bin/python -m bench.bench_demo
    .venv/bin/python -m bench.bench_demo --database-url postgresql://postgres@127.0.0.1:5432/test

Each run starts the command as a user would (a new process, app start-up and schema
creation included) on an empty database, then runs it a second time on the loaded one
(which must add nothing). Reported: medians of --runs runs.
"""

import argparse
import statistics
import subprocess
import sys
import time

from bench.common import ROOT, database, env_with

FLASK = [str(ROOT / ".venv" / "bin" / "flask"), "--app", "app", "demo"]


def _timed(url):
    started = time.perf_counter()
    done = subprocess.run(FLASK, cwd=ROOT, env=env_with(url), capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr.strip() or "flask demo 失败")
    return time.perf_counter() - started, done.stdout


def main(argv=None):
    parser = argparse.ArgumentParser(description="演示数据载入基准")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database-url", default=None, help="默认 bench/out 下的 SQLite")
    args = parser.parse_args(argv)
    kind = "PostgreSQL" if (args.database_url or "").startswith("postgres") else "SQLite"
    first, second = [], []
    for run in range(args.runs):
        with database(args.database_url, f"demo_{run}.db", f"bench_demo_{run}") as url:
            if url.startswith("sqlite"):
                (ROOT / url[len("sqlite:///") :]).unlink(missing_ok=True)
            seconds, output = _timed(url)
            assert "新增工单 3085 个" in output, output
            first.append(seconds)
            seconds, output = _timed(url)
            assert "新增工单 0 个" in output, output
            second.append(seconds)
    print("| 数据库 | 首次载入（空库）中位数 | 再次载入（不新增）中位数 | 次数 |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| {kind} | {statistics.median(first):.2f} s | {statistics.median(second):.2f} s | {args.runs} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
