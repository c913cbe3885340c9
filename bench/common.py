"""Shared plumbing of the benchmarks: where files go, PostgreSQL schemas of their own."""

import contextlib
import os
import statistics
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"  # git-ignored
ROOT = OUT.parent.parent


def sqlite_url(name):
    OUT.mkdir(exist_ok=True)
    return f"sqlite:///{OUT / name}"


@contextlib.contextmanager
def postgres_schema(base_url, schema, keep=False):
    """A PostgreSQL URL whose search_path is `schema` (created if missing, dropped after
    unless keep), so benchmark data never mixes with anything else."""
    from playhouse.db_url import connect

    admin = connect(base_url)
    admin.execute_sql(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    sep = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{sep}options=-csearch_path%3D{schema}"
    finally:
        if not keep:
            admin.execute_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


@contextlib.contextmanager
def database(url, sqlite_name, schema, keep=False):
    """The URL to benchmark on: `url` if it is PostgreSQL (in its own schema), else SQLite."""
    if url and url.startswith("postgres"):
        with postgres_schema(url, schema, keep) as scoped:
            yield scoped
    else:
        yield url or sqlite_url(sqlite_name)


def median_seconds(function, runs):
    """Median wall time of `runs` calls (after one warm-up call)."""
    function()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def env_with(url):
    return dict(os.environ, DATABASE_URL=url)
