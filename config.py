"""All settings come from the environment, here and nowhere else.

`load_config()` is called by the app factory; importing this module reads nothing.
"""

import os
import secrets
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
INSTANCE_DIR = BASE_DIR / "instance"


def _dev_secret_key():
    """A random key kept in instance/ so that development sessions survive restarts."""
    INSTANCE_DIR.mkdir(exist_ok=True)
    path = INSTANCE_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32))
    return path.read_text().strip()


def load_config(overrides=None):
    env = os.environ
    overrides = overrides or {}
    config = {
        # development (default) or production; production refuses a missing SECRET_KEY.
        "APP_ENV": env.get("APP_ENV", "development"),
        # peewee db_url: sqlite:///path or postgresql://user:pass@host:port/db
        "DATABASE_URL": env.get("DATABASE_URL", f"sqlite:///{INSTANCE_DIR / 'hotline.db'}"),
        # Redis for the RQ queues.
        "REDIS_URL": env.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        # Signs sessions and CSRF tokens.
        "SECRET_KEY": env.get("SECRET_KEY"),
        # Every date and time in the records is local time of this zone.
        "TIMEZONE": env.get("HOTLINE_TIMEZONE", "Asia/Shanghai"),
        # Name of the county shown on the brief and in the UI.
        "COUNTY_NAME": env.get("HOTLINE_COUNTY", "龙山县"),
        # Folder where an office drops its licensed fonts (仿宋_GB2312, 方正小标宋 …).
        "FONTS_DIR": env.get("HOTLINE_FONTS_DIR", str(BASE_DIR / "fonts")),
        # Where generated brief PDFs are kept (the web app and the workers must share it).
        "BRIEF_DIR": env.get("HOTLINE_BRIEF_DIR", str(INSTANCE_DIR / "briefs")),
        # 签收时限: a dispatched order is signed within this many working days (docs/RULES.md § Deadlines).
        "SIGN_DAYS": int(env.get("HOTLINE_SIGN_DAYS", "1")),
        # 考核: a period of at least this many orders is counted in parts at once, one database
        # connection per core (docs/DECISIONS.md § The scorecard of a long period).
        "SCORECARD_PARALLEL_MIN_ORDERS": int(env.get("HOTLINE_SCORECARD_PARALLEL_MIN_ORDERS", "20000")),
        # Outgoing mail for reminders.
        "SMTP_HOST": env.get("SMTP_HOST", "127.0.0.1"),
        "SMTP_PORT": int(env.get("SMTP_PORT", "25")),
        "SMTP_USER": env.get("SMTP_USER", ""),
        "SMTP_PASSWORD": env.get("SMTP_PASSWORD", ""),
        "SMTP_STARTTLS": env.get("SMTP_STARTTLS", "0") == "1",
        "MAIL_FROM": env.get("MAIL_FROM", "12345@localhost"),
        # SMS gateway for reminder digests: "log" writes them to the log (no gateway yet).
        "SMS_BACKEND": env.get("SMS_BACKEND", "log"),
        # A failed e-mail/SMS delivery is retried by later passes up to this many attempts
        # (a night's job tries 4 times with RQ's retries, so 10 spans about three nights).
        "DELIVERY_MAX_ATTEMPTS": int(env.get("DELIVERY_MAX_ATTEMPTS", "10")),
        # Harassment filter (harassment.py, docs/RULES.md § Harassment filter).
        # Score = sum of the weights of the rules that fire.
        "HARASSMENT_WEIGHTS": {
            "restricted": int(env.get("HARASSMENT_W_RESTRICTED", "60")),  # number on 受限号码
            "burst": int(env.get("HARASSMENT_W_BURST", "30")),  # many short calls in a window
            "silent": int(env.get("HARASSMENT_W_SILENT", "20")),  # silent call, no content (alone: a dropped line)
            "abusive": int(env.get("HARASSMENT_W_ABUSIVE", "40")),  # abusive words
            "repeated": int(env.get("HARASSMENT_W_REPEATED", "30")),  # same content again and again
            "silent_share": int(env.get("HARASSMENT_W_SILENT_SHARE", "30")),  # mostly silent calls, several
            "frequent": int(env.get("HARASSMENT_W_FREQUENT", "30")),  # many calls within a day
            "night": int(env.get("HARASSMENT_W_NIGHT", "20")),  # night calls again (alone: a night-time emergency)
            "daily": int(env.get("HARASSMENT_W_DAILY", "20")),  # calls on many days of a week (alone: a follow-up)
            "text": int(env.get("HARASSMENT_W_TEXT", "40")),  # the learned text score says nuisance
            "robocall": int(env.get("HARASSMENT_W_ROBOCALL", "40")),  # a recorded or mass-dialled message
            "personal": int(env.get("HARASSMENT_W_PERSONAL", "30")),  # chatting up the call-taker
            "child": int(env.get("HARASSMENT_W_CHILD", "30")),  # a child playing with the phone
            "note": int(env.get("HARASSMENT_W_NOTE", "30")),  # the call-taker noted a nuisance
        },
        # Restricted number and score >= this: marked as harassment without review.
        "HARASSMENT_AUTO_SCORE": int(env.get("HARASSMENT_AUTO_SCORE", "80")),
        # Score >= this (and not marked automatically): into the review queue.
        "HARASSMENT_REVIEW_SCORE": int(env.get("HARASSMENT_REVIEW_SCORE", "30")),
        # burst: this many calls from one number within the window, each with little content.
        "HARASSMENT_BURST_CALLS": int(env.get("HARASSMENT_BURST_CALLS", "4")),
        "HARASSMENT_BURST_MINUTES": int(env.get("HARASSMENT_BURST_MINUTES", "60")),
        # "Little content": fewer characters than this (whitespace and punctuation ignored).
        "HARASSMENT_SHORT_CONTENT": int(env.get("HARASSMENT_SHORT_CONTENT", "8")),
        # silent: empty content and a call of at most this many seconds (a caller holding the
        # line in silence for half a minute is as silent as one who hangs up at once).
        "HARASSMENT_SILENT_SECONDS": int(env.get("HARASSMENT_SILENT_SECONDS", "60")),
        # repeated: the same content from one number this many times within the days.
        "HARASSMENT_REPEAT_COUNT": int(env.get("HARASSMENT_REPEAT_COUNT", "4")),
        "HARASSMENT_REPEAT_DAYS": int(env.get("HARASSMENT_REPEAT_DAYS", "7")),
        # The caller's pattern (silent_share, night, daily) is read over this many days
        # before and after the call.
        "HARASSMENT_PATTERN_DAYS": int(env.get("HARASSMENT_PATTERN_DAYS", "7")),
        # silent_share: at least this many silent calls, and at least this share of the calls, are silent.
        "HARASSMENT_SILENT_SHARE_CALLS": int(env.get("HARASSMENT_SILENT_SHARE_CALLS", "3")),
        "HARASSMENT_SILENT_SHARE": float(env.get("HARASSMENT_SILENT_SHARE", "0.6")),
        # frequent: at least this many calls from the number within this many hours.
        "HARASSMENT_FREQUENT_CALLS": int(env.get("HARASSMENT_FREQUENT_CALLS", "6")),
        "HARASSMENT_FREQUENT_HOURS": int(env.get("HARASSMENT_FREQUENT_HOURS", "24")),
        # … and this many when the call names a concrete matter or asks a question.
        "HARASSMENT_FREQUENT_MATTER_CALLS": int(env.get("HARASSMENT_FREQUENT_MATTER_CALLS", "10")),
        # night: a call in [start, end) office time, and at least this many such calls.
        "HARASSMENT_NIGHT_START": env.get("HARASSMENT_NIGHT_START", "22:00"),
        "HARASSMENT_NIGHT_END": env.get("HARASSMENT_NIGHT_END", "06:00"),
        "HARASSMENT_NIGHT_CALLS": int(env.get("HARASSMENT_NIGHT_CALLS", "2")),
        # daily: calls on at least this many different days within HARASSMENT_REPEAT_DAYS days.
        "HARASSMENT_DAILY_DAYS": int(env.get("HARASSMENT_DAILY_DAYS", "4")),
        # The learned text score (harassment_model.py): on/off, and the probability from
        # which the rule "text" fires.
        "HARASSMENT_TEXT_MODEL": env.get("HARASSMENT_TEXT_MODEL", "1") == "1",
        "HARASSMENT_TEXT_THRESHOLD": float(env.get("HARASSMENT_TEXT_THRESHOLD", "0.6")),
        # When a rule of the number's calling pattern fired too (burst, silent_share, frequent,
        # night, daily, repeated), text fires from this lower score (not for anger at a situation).
        "HARASSMENT_TEXT_PATTERN_THRESHOLD": float(env.get("HARASSMENT_TEXT_PATTERN_THRESHOLD", "0.5")),
        # A call describing a concrete matter (harassment.MATTER_WORDS, at least MATTER_CHARS
        # characters) and insulting no one: its swear words are anger at the situation
        # (abusive does not fire) and text needs this higher score.
        "HARASSMENT_MATTER_CHARS": int(env.get("HARASSMENT_MATTER_CHARS", "8")),
        "HARASSMENT_TEXT_MATTER_THRESHOLD": float(env.get("HARASSMENT_TEXT_MATTER_THRESHOLD", "0.85")),
        # text with no other rule behind it (one daytime call, number not restricted), unless
        # the content insults the listener directly: a clearly higher score.
        "HARASSMENT_TEXT_ALONE_THRESHOLD": float(env.get("HARASSMENT_TEXT_ALONE_THRESHOLD", "0.7")),
        # An ordinary call about a matter with only the number's calls on many days or nights
        # against it (and the register) is a caller chasing a grievance unless its words lean
        # to nuisance: it goes to review only from this text score.
        "HARASSMENT_TEXT_WEAK_THRESHOLD": float(env.get("HARASSMENT_TEXT_WEAK_THRESHOLD", "0.3")),
        # A silent call followed within this many minutes by a call with content from the same
        # number is a dropped line: silent, silent_share and burst do not fire for it.
        "HARASSMENT_DROPPED_MINUTES": int(env.get("HARASSMENT_DROPPED_MINUTES", "30")),
        # A call from a restricted number that describes a matter or asks about a service, lasts at least
        # this many seconds, has no abusive word and a text score below the threshold fires
        # restricted only together with another rule (the number may have changed hands).
        "HARASSMENT_ORDINARY_SECONDS": int(env.get("HARASSMENT_ORDINARY_SECONDS", "20")),
        # robocall: a call of at most this many seconds that plays a key menu or a pitch.
        "HARASSMENT_ROBOCALL_SECONDS": int(env.get("HARASSMENT_ROBOCALL_SECONDS", "90")),
        # The office's decisions and marks enter the training only when there are at least this
        # many, at least MIN_EACH of them nuisance and MIN_EACH genuine texts (dismissals or the
        # office's genuine calls); each decision counts WEIGHT times.
        "HARASSMENT_MODEL_MIN_DECISIONS": int(env.get("HARASSMENT_MODEL_MIN_DECISIONS", "30")),
        "HARASSMENT_MODEL_MIN_EACH": int(env.get("HARASSMENT_MODEL_MIN_EACH", "5")),
        "HARASSMENT_MODEL_DECISION_WEIGHT": int(env.get("HARASSMENT_MODEL_DECISION_WEIGHT", "3")),
        # The office's own genuine calls in training: this many for each nuisance decision.
        "HARASSMENT_MODEL_GENUINE_RATIO": int(env.get("HARASSMENT_MODEL_GENUINE_RATIO", "4")),
        # A dismissed flag exempts its number from the rules that fired for this many days.
        "HARASSMENT_EXEMPT_DAYS": int(env.get("HARASSMENT_EXEMPT_DAYS", "30")),
        # What the reviewers dismiss, the filter stops sending: a combination of rules (with or
        # without a caller number) whose reviewed flags of the last HARASSMENT_QUIET_DAYS days
        # were dismissed at least HARASSMENT_QUIET_MIN times and in at least this share no longer
        # goes to review (it is still marked at once where its score says so).
        "HARASSMENT_QUIET_DAYS": int(env.get("HARASSMENT_QUIET_DAYS", "90")),
        "HARASSMENT_QUIET_MIN": int(env.get("HARASSMENT_QUIET_MIN", "20")),
        "HARASSMENT_QUIET_SHARE": float(env.get("HARASSMENT_QUIET_SHARE", "0.8")),
        # Bounds of `flask import-orders` (interchange/bounds.py; docs/RULES.md § Import format).
        "IMPORT_MAX_ROWS": int(env.get("HOTLINE_IMPORT_MAX_ROWS", "300000")),  # lines after the header
        "IMPORT_MAX_MB": float(env.get("HOTLINE_IMPORT_MAX_MB", "100")),  # the file on disk
        "IMPORT_XLSX_MAX_SHARED_MB": float(
            env.get("HOTLINE_IMPORT_XLSX_MAX_SHARED_MB", "40")
        ),  # sharedStrings unpacked
        "IMPORT_XLSX_MAX_UNPACKED_MB": float(env.get("HOTLINE_IMPORT_XLSX_MAX_UNPACKED_MB", "1000")),
        "IMPORT_MAX_CELL_CHARS": int(env.get("HOTLINE_IMPORT_MAX_CELL_CHARS", "20000")),
        "IMPORT_MAX_ERRORS": int(env.get("HOTLINE_IMPORT_MAX_ERRORS", "200")),  # listed; the rest counted
        # Failed logins per address in 10 minutes (auth.py); per account the limit is 5.
        "LOGIN_MAX_FAILED_PER_ADDRESS": int(env.get("HOTLINE_LOGIN_MAX_FAILED_PER_ADDRESS", "100")),
        # Session cookies are sent over HTTPS only in production.
        "SESSION_COOKIE_SECURE": env.get("APP_ENV") == "production",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "BABEL_DEFAULT_LOCALE": "zh_Hans_CN",
        "BABEL_DEFAULT_TIMEZONE": "Asia/Shanghai",
        # Reverse proxies (nginx) in front of gunicorn; their X-Forwarded-For/-Proto are
        # trusted so login limits see the caller's address. 0 = none (development).
        "PROXIES": int(env.get("HOTLINE_PROXIES", "0")),
    }
    config.update(overrides)
    if not config["SECRET_KEY"]:
        if config["APP_ENV"] == "production":
            raise RuntimeError("生产环境必须设置 SECRET_KEY 环境变量")
        config["SECRET_KEY"] = _dev_secret_key()
    return config
