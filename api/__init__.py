"""The intake API under /api/v1/ (Open311 GeoReport v2 in JSON, docs/RULES.md § Intake API)
and the callers' public 工单查询 page.

The API is a blueprint of its own: it is the only part of the site exempt from CSRF (it
takes no cookie: a key in the X-API-Key header is its only credential, and a browser never
sends that on its own), it never reads or writes the session, every call is logged
(ApiCall) and each key, or each address without a key, is rate-limited (Flask-Limiter,
counters in Redis so every worker shares them).
"""

import os
import time

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

limiter = Limiter(
    key_func=get_remote_address,
    strategy="fixed-window",
    # No X-RateLimit-* headers on every answer: they cost a second Redis round trip per call.
    # A 429 says when to come back (Retry-After, retry_after below).
    headers_enabled=False,
    # Redis down: the limits are not enforced rather than the API refused (as the queue's outage never blocks 受理).
    swallow_errors=True,
    key_prefix="hotline-limits",
)

SETTINGS = {
    # Calls per key (or per address without a key), Flask-Limiter's notation.
    "API_RATE_LIMIT": ("HOTLINE_API_RATE_LIMIT", "120 per minute"),
    # 工单查询 tries per address.
    "LOOKUP_RATE_LIMIT": ("HOTLINE_LOOKUP_RATE_LIMIT", "10 per minute"),
}


API_PATH = "/api/"


def retry_after() -> str:
    """Seconds until the limit just hit resets (the Retry-After of a 429); "60" if unknown."""
    try:
        current = limiter.current_limit
        if current is not None:
            return str(max(1, int(current.reset_at - time.time())))
    except Exception:  # Redis gone between the hit and the answer: a plain minute
        pass
    return "60"


def _without_api_sessions(interface):
    """The app's session interface, except that under /api/ no session is read or written:
    a browser's cookie neither authenticates an API call nor is refreshed by one."""

    class ApiFreeSessions(type(interface)):
        def open_session(self, app, request):
            if request.path.startswith(API_PATH):
                return self.null_session_class()
            return super().open_session(app, request)

        def save_session(self, app, session, response):
            if session.__class__ is self.null_session_class:
                return None
            return super().save_session(app, session, response)

    sessions = ApiFreeSessions()
    sessions.__dict__.update(interface.__dict__)
    return sessions


def init_app(app):
    from api import keys, lookup, v1

    app.session_interface = _without_api_sessions(app.session_interface)

    for name, (env, default) in SETTINGS.items():
        app.config.setdefault(name, os.environ.get(env, default))
    app.config.setdefault("RATELIMIT_STORAGE_URI", app.config["REDIS_URL"])
    limiter.init_app(app)
    v1.register(app)
    lookup.register(app)
    app.cli.add_command(keys.create_api_key_command)
