"""Request-level safeguards shared by every screen (docs/RULES.md § Security):

- `safe_next`: a `next` parameter is followed only when it is a path of this site;
- whole numbers in URLs and in the id, page and filter parameters are checked before any
  query sees them (out of range: 404 in the path, 400 as a parameter);
- security headers on every response (CSP with our own assets only, no framing, nosniff,
  Referrer-Policy).
"""

import re
import secrets
import unicodedata
from urllib.parse import urlsplit

from flask import abort, g, request, url_for
from werkzeug.routing import IntegerConverter

# The largest id a database column (64-bit signed) can hold.
MAX_DB_INT = 2**63 - 1
# A page beyond this would be an offset of billions of rows: refused, not sent to the database.
MAX_PAGE = 1_000_000

# Parameters that carry ids (one, or several separated by commas or spaces). The first ones
# are always ids and must be written as whole numbers; the others are also form fields (a
# select posts "__None" for blank) and are only checked when they are written as numbers.
STRICT_ID_PARAMS = ("id", "rowid", "notice_id")
ID_PARAMS = STRICT_ID_PARAMS + ("ids", "department", "category", "subcategory", "order")
PAGE_PARAMS = ("page", "page_size")
_FILTER_PARAM = re.compile(r"flt\d+_\d+")
_INTEGER = re.compile(r"[+-]?\d+")


def is_local_path(target):
    """True when `target` is a path of this site that a browser cannot read as another site.

    Refused: anything with a scheme or host, `//x` and `/\\x` (browsers treat both as another
    host), backslashes anywhere, and control or invisible characters (browsers drop a tab or
    newline, so `/\\t/evil.example` becomes `//evil.example`; CR/LF would split the header).
    """
    if not target or not isinstance(target, str) or not target.startswith("/"):
        return False
    if "\\" in target or any(unicodedata.category(ch)[0] in "CZ" and ch != " " for ch in target):
        return False
    if target.startswith("//") or target.startswith("/ "):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc


def safe_next(target, fallback=None):
    """`target` when it is a local path (is_local_path), else `fallback` (default: the home page)."""
    if is_local_path(target):
        return target
    return fallback if fallback is not None else url_for("admin.index")


class BoundedIntConverter(IntegerConverter):
    """`<int:…>` that no longer matches numbers a database column cannot hold: a 404."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_DB_INT, signed=False):
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def _id_list(value):
    """True when `value` is blank or whole numbers ("__None" is a form's empty choice)."""
    parts = [p for p in re.split(r"[\s,]+", value.strip()) if p and p != "__None"]
    return all(_INTEGER.fullmatch(p) for p in parts)


def _bad_integer(value, low, high):
    """True when `value` is written as a whole number outside [low, high]."""
    parts = re.split(r"[\s,]+", value.strip())
    return any(_INTEGER.fullmatch(part) and not low <= int(part) <= high for part in parts)


def check_number_parameters():
    """before_request: 400 for an id, page or filter parameter whose number cannot be right.

    Ids must be whole numbers that fit a database integer; a page must be 0 … MAX_PAGE. A filter value that is a
    number beyond a database integer is refused too (the order list's filters compare ids).
    """
    for source in (request.args, request.form if request.method == "POST" else {}):
        for name in source:
            if _refused(name, source.getlist(name)):
                abort(400)


def _refused(name, values):
    if name in PAGE_PARAMS:
        return any(_bad_integer(v, 0, MAX_PAGE) for v in values)
    if name in STRICT_ID_PARAMS and any(v.strip() and not _INTEGER.fullmatch(v.strip()) for v in values):
        return True
    if name in ID_PARAMS and any(not _id_list(v) for v in values):
        return True
    if name in ID_PARAMS or _FILTER_PARAM.fullmatch(name):
        return any(_bad_integer(v, -MAX_DB_INT, MAX_DB_INT) for v in values)
    return False


def db_int(value):
    """`value` as an int when it is a whole number a database column can hold, else None."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if -MAX_DB_INT <= number <= MAX_DB_INT else None


# --- headers ----------------------------------------------------------------------------


def csp_nonce():
    """This response's nonce for the few <style> elements we write ourselves (the brief's preview)."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def content_security_policy(nonce):
    """Our own assets only: no inline or foreign script, no plugins, no framing by any site.

    Style attributes stay allowed (`style-src-attr`): they cannot run code, and Flask-Admin's
    widgets and the brief page's progress bar set widths with them.
    """
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            f"style-src 'self' 'nonce-{nonce}'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-src 'self'",
            "frame-ancestors 'none'",
        ]
    )


SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def add_security_headers(response):
    headers = response.headers
    for name, value in SECURITY_HEADERS.items():
        headers.setdefault(name, value)
    if response.mimetype == "application/pdf":
        # The brief's page shows its PDF in a frame of our own; a CSP on the PDF itself would
        # stop the browser's PDF viewer. Only our own pages may frame it.
        headers["X-Frame-Options"] = "SAMEORIGIN"
        headers.setdefault("Content-Security-Policy", "frame-ancestors 'self'")
    else:
        headers.setdefault("Content-Security-Policy", content_security_policy(csp_nonce()))
    return response


def init_app(app):
    """Install the checks; call before any route is added (the converter binds at add time)."""
    app.url_map.converters["int"] = BoundedIntConverter
    app.before_request(check_number_parameters)
    app.after_request(add_security_headers)
    app.jinja_env.globals["csp_nonce"] = csp_nonce
