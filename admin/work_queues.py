"""The work queues on the home page (docs/SCREENS.md § 首页): what waits on the office, each a
count (clocks.office_queue_counts) and a link to the order list filtered to exactly those
orders (or to 骚扰审核). The counts and the list filters share clocks.py's conditions."""

from flask import url_for
from flask_login import current_user

import clocks

# queue key -> (filter name on the order list, value), or an endpoint for other screens.
LINKS = {
    "new": ("状态", "NEW"),
    "review": ("状态", "REPLIED"),
    "redispatch": ("状态", "RETURNED"),
    "extension": ("延期申请", "申请中"),
    "unsatisfied": ("不满意回访待处理", "1"),
}
OTHER_SCREENS = {"harassment": ("harassment_review.index", ("supervisor",))}


def _orders_view(admin):
    return next(v for v in admin._views if v.endpoint == "orders")


def list_url(admin, filter_name, value):
    """The order list filtered by the filter named `filter_name` (Flask-Admin's flt0_<index>)."""
    view = _orders_view(admin)
    index = next(i for i, f in enumerate(view._filters) if str(f.name) == filter_name)
    return url_for("orders.index_view", **{f"flt0_{index}": value})


def office_queues(admin):
    """[(key, label, count, url or None)] for the signed-in operator or supervisor."""
    counts = clocks.office_queue_counts()
    rows = []
    for key, label in clocks.OFFICE_QUEUES.items():
        url = None
        if key in LINKS:
            url = list_url(admin, *LINKS[key])
        elif key in OTHER_SCREENS:
            endpoint, roles = OTHER_SCREENS[key]
            url = url_for(endpoint) if current_user.role in roles else None
        rows.append((key, label, counts[key], url))
    return rows
