"""Shared fixtures: a fresh database per test (SQLite, or PostgreSQL when TEST_DATABASE_URL
names one), the app, its test client and CLI runner, a real Redis, and login_as(role).

Each pytest process works in a PostgreSQL schema of its own, so runs side by side don't
collide; Redis uses the database number of TEST_REDIS_URL (default 15), flushed per test.
"""

import os
import re
import uuid

import pytest
from peewee import IntegrityError, sort_models

from app import create_app
from models import ALL_MODELS, db
from schema import create_or_upgrade
from tests.factories import make_user
from tests.rq_helpers import SmtpSink, free_port

PASSWORD = "test-password-123"


@pytest.fixture(scope="session")
def pg_schema_url():
    """A PostgreSQL URL whose search_path is a schema made for this process (or None)."""
    base = os.environ.get("TEST_DATABASE_URL", "")
    if not base.startswith("postgres"):
        yield None
        return
    from playhouse.db_url import connect

    schema = f"t_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = connect(base)
    admin.execute_sql(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    # synchronous_commit=off: a test database need not wait for the disk at each commit.
    yield f"{base}{sep}options=-csearch_path%3D{schema}%20-csynchronous_commit%3Doff"
    admin.execute_sql(f"DROP SCHEMA {schema} CASCADE")
    admin.close()


@pytest.fixture
def database_url(pg_schema_url, tmp_path):
    if pg_schema_url:
        return pg_schema_url
    return f"sqlite:///{tmp_path / 'hotline.db'}"


@pytest.fixture
def app(database_url, tmp_path):
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "DATABASE_URL": database_url,
            "REDIS_URL": os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15"),
            "BRIEF_DIR": str(tmp_path / "briefs"),
        }
    )
    with db.connection_context():
        if database_url.startswith("postgres"):
            _reset_postgres()
        else:
            create_or_upgrade()
    yield app
    if not db.is_closed():
        db.close()


# The PostgreSQL schema is built once per process and emptied (DELETE, sequences restarted)
# before each test; it is rebuilt only when a test changed its shape (an upgrade test drops a column or an
# index), which the catalogue fingerprint below notices. Dropping and creating ~40 tables per
# test took most of the PostgreSQL run's time.
_built_fingerprint = None

_FINGERPRINT = """
    SELECT count(*), coalesce(sum(a.atttypid::int8), 0), coalesce(sum(length(c.relname)), 0)
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped
"""


_RESTART_SEQUENCES = """
    SELECT setval(c.oid, 1, false) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'S' AND n.nspname = current_schema();
"""


def _reset_postgres():
    global _built_fingerprint
    fingerprint = db.execute_sql(_FINGERPRINT).fetchone()
    if fingerprint != _built_fingerprint:
        schema = db.execute_sql("SELECT current_schema()").fetchone()[0]
        db.execute_sql(f"DROP SCHEMA {schema} CASCADE")
        db.execute_sql(f"CREATE SCHEMA {schema}")
        create_or_upgrade()
        _built_fingerprint = db.execute_sql(_FINGERPRINT).fetchone()
        return
    # DELETE, children first, is ten times faster than TRUNCATE on near-empty tables.
    deletes = " ".join(f'DELETE FROM "{model._meta.table_name}";' for model in reversed(sort_models(ALL_MODELS)))
    try:
        db.execute_sql(f"{deletes} {_RESTART_SEQUENCES}")
    except IntegrityError:  # rows referring to each other across tables: TRUNCATE takes them all
        tables = ", ".join(f'"{model._meta.table_name}"' for model in ALL_MODELS)
        db.execute_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def csrf_token(client, path="/login"):
    """The CSRF token the page at `path` hands out (as a browser would read it)."""
    html = client.get(path).get_data(as_text=True)
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html) or re.search(
        r'value="([^"]+)"[^>]*name="csrf_token"', html
    )
    assert match, f"no CSRF token on {path}"
    return match.group(1)


@pytest.fixture
def login_as(client):
    """login_as("operator") creates a user of that role and logs the test client in."""

    def login(role, **overrides):
        user = make_user(role, password=PASSWORD, **overrides)
        token = csrf_token(client)
        response = client.post("/login", data={"username": user.username, "password": PASSWORD, "csrf_token": token})
        assert response.status_code == 302, response.get_data(as_text=True)
        return user

    return login


@pytest.fixture
def redis_conn():
    from redis import Redis

    conn = Redis.from_url(os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15"))
    conn.flushdb()
    yield conn
    conn.flushdb()


def pytest_collection_modifyitems(config, items):
    """Tests marked sqlite_only (slow and indifferent to the database: browser and process
    tests whose database work the other tests cover on both) are skipped on PostgreSQL, to
    keep the whole suite within CI's time; docs/DECISIONS.md § Tests."""
    if not os.environ.get("TEST_DATABASE_URL", "").startswith("postgres"):
        return
    skip = pytest.mark.skip(reason="只在 SQLite 上运行（与数据库无关的慢测试）")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


# A real local SMTP server for the mail tests (test_mail, test_alerts).
@pytest.fixture
def smtp(app):
    sink = SmtpSink().start()
    app.config.update(SMTP_HOST="127.0.0.1", SMTP_PORT=sink.port)
    yield sink
    sink.stop()


@pytest.fixture
def smtp_down(app):
    """SMTP settings pointing at a port nobody listens on; start() brings a server up there."""
    sink = SmtpSink(port=free_port())
    app.config.update(SMTP_HOST="127.0.0.1", SMTP_PORT=sink.port)
    yield sink
    sink.stop()
