"""Benchmark: the worst import files of issue 12 are refused quickly and in little memory.

    .venv/bin/python -m bench.bench_import_bounds

Builds each file in a temporary folder (never committed): a 3 M-row .xlsx of a few hundred
KB, a 106 MB sharedStrings bomb, a 50 MB CSV of junk rows, a CSV with a 1 MB cell. Each is
given to the real `flask --app app import-orders` in a child process on an empty SQLite
database with the default bounds; its exit status, wall time and peak RSS (wait4's
ru_maxrss of the child) are printed. Each must be refused (status 1) within 30 s under 300 MB.
"""

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT
from bench.import_worst import huge_cell_csv, junk_csv, many_rows_xlsx, shared_strings_bomb

FLASK = [sys.executable, "-m", "flask", "--app", "app"]
LIMIT_SECONDS, LIMIT_MB = 30, 300


def refuse(path, url):
    """(exit status, seconds, peak RSS in MB, first line of stderr, last line of stderr)."""
    env = dict(os.environ, DATABASE_URL=url)
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(
            FLASK + ["import-orders", str(path)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err
        )
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        err.seek(0)
        lines = err.read().decode().strip().splitlines() or [""]
    return os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss / 1024, lines[0], lines[-1]


def main():
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        url = f"sqlite:///{folder / 'bench.db'}"
        subprocess.run(FLASK + ["init-db"], cwd=ROOT, env=dict(os.environ, DATABASE_URL=url), check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        files = [
            ("3 M 行的小 xlsx（尺寸如实）", many_rows_xlsx(folder / "rows.xlsx", 3_000_000, 3_000_000)),
            ("3 M 行的小 xlsx（无尺寸信息）", many_rows_xlsx(folder / "rows-nodim.xlsx", 3_000_000)),
            ("3 M 行的小 xlsx（尺寸谎称 1 行）", many_rows_xlsx(folder / "rows-lie.xlsx", 3_000_000, 1)),
            ("106 MB sharedStrings 炸弹", shared_strings_bomb(folder / "bomb.xlsx", 106)),
            ("50 MB 垃圾行 CSV", junk_csv(folder / "junk.csv", 50)),
            ("1 MB 单元格 CSV", huge_cell_csv(folder / "cell.csv", 1_000_000)),
        ]
        print("| file | size on disk | exit | seconds | peak RSS MB | message (first line) |")
        print("| --- | ---: | ---: | ---: | ---: | --- |")
        ok = True
        for name, path in files:
            status, seconds, peak, first, last = refuse(path, url)
            size = path.stat().st_size
            shown = f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"
            tail = f"；…{last}" if last != first else ""
            print(f"| {name} | {shown} | {status} | {seconds:.1f} | {peak:.0f} | {first[:90]}{tail[:60]} |")
            ok &= status == 1 and seconds < LIMIT_SECONDS and peak < LIMIT_MB
            with contextlib.suppress(OSError):
                path.unlink()
    print("全部在 30 秒、300 MB 内被拒绝" if ok else "有文件超出 30 秒或 300 MB，或未被拒绝")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
