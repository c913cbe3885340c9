"""Helpers for the screen tests: POST with the page's CSRF token, and orders in each state
made through the real workflow."""

import workflow
from tests.conftest import csrf_token
from tests.factories import make_department, make_order, make_user


def post(client, url, data=None, token=True, **kwargs):
    data = dict(data or {})
    if token:
        data["csrf_token"] = csrf_token(client, "/login")
    return client.post(url, data=data, **kwargs)


def order_in(state, unit=None, **overrides):
    """An order brought to `state` (NEW, DISPATCHED, ACCEPTED, REPLIED, EXTENSION, ONLINE)."""
    actor = make_user("supervisor")  # a supervisor may take every step, the unit's included
    order = make_order(**overrides)
    if state == "NEW":
        return order
    if state == "ONLINE":
        return workflow.close_online(order, actor=actor, reply="已告知")
    unit = unit or make_department()
    workflow.dispatch(order, unit, "一般", actor=actor)
    if state == "DISPATCHED":
        return order
    if state == "EXTENSION":
        return workflow.request_extension(order, 3, "需要协调", actor=actor)
    workflow.sign(order, actor=actor)
    if state == "ACCEPTED":
        return order
    workflow.reply(order, "已处理完毕", actor=actor)
    return order  # REPLIED


def listed_case_numbers(html):
    """The 编号 cells of a Flask-Admin order list page."""
    import re

    return re.findall(r'class="col-case_no">\s*<a href="[^"]*">([^<\s]+)</a>', html)
