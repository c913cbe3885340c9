"""Benchmark: `flask import-orders` of a generated CSV (rows per second, peak memory).

    .venv/bin/python -m bench.bench_import --rows 100000
    .venv/bin/python -m bench.bench_import --rows 100000 --database-url postgresql://postgres@127.0.0.1:5432/test

The real command runs in a child process on an empty database; its wall time and peak
RSS (getrusage of the child) are reported, for the first import and for importing the
same file again (every row compared, nothing changed). Smaller files are run too so one
can see whether memory stays flat as the file grows.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

from bench.common import OUT, ROOT, database, env_with
from bench.generate import write_csv

FLASK = [sys.executable, "-m", "flask", "--app", "app"]


def run_child(args, url):
    """(seconds, peak RSS in MB, stdout) of one flask command in a fresh child process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(FLASK + args, cwd=ROOT, env=env_with(url), stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)  # the child's own peak RSS, in KiB
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if status != 0:
            raise SystemExit(f"{' '.join(args)} 失败：{err.read().decode().strip()[:2000]}")
        return seconds, usage.ru_maxrss / 1024, out.read().decode().strip()


def bench(rows, url):
    OUT.mkdir(exist_ok=True)
    path = OUT / f"import_{rows}.csv"
    if not path.exists():
        write_csv(path, rows, years=5, seed=3)
    run_child(["init-db"], url)
    first = run_child(["import-orders", str(path)], url)
    again = run_child(["import-orders", str(path)], url)
    return path, first, again


def main(argv=None):
    parser = argparse.ArgumentParser(description="导入基准")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--smaller", type=int, nargs="*", default=[10_000], help="也测这些行数（看内存是否平稳）")
    parser.add_argument("--database-url", default=None, help="默认 bench/out 下的 SQLite")
    args = parser.parse_args(argv)
    baseline = run_child(["--help"], "sqlite:///:memory:")[1]
    print(f"基线（flask --help）峰值内存 {baseline:.0f} MB")
    print("| 行数 | 数据库 | 首次导入 | 行/秒 | 峰值内存 | 再次导入（全部未变） | 行/秒 | 峰值内存 |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for rows in sorted(set(args.smaller + [args.rows])):
        kind = "PostgreSQL" if (args.database_url or "").startswith("postgres") else "SQLite"
        (OUT / f"import_{rows}.db").unlink(missing_ok=True)
        with database(args.database_url, f"import_{rows}.db", f"bench_import_{rows}") as url:
            _, first, again = bench(rows, url)
        print(
            f"| {rows:,} | {kind} | {first[0]:.1f} s | {rows / first[0]:,.0f} | {first[1]:.0f} MB "
            f"| {again[0]:.1f} s | {rows / again[0]:,.0f} | {again[1]:.0f} MB |"
        )
        print(f"<!-- {first[2]} / {again[2]} -->")
    return 0


if __name__ == "__main__":
    sys.exit(main())
