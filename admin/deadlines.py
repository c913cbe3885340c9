"""How an order stands against its clock, for the screens: the badge of the order list, the
detail page and the portal. The rule is clocks.py's (docs/RULES.md § Deadlines § Whose clock).

One calendar is loaded per request (flask.g) so a list of 50 rows reads the holiday
overrides once; workdays memoises the official calendar's answers for the process (an
order two years overdue spans 700 days).
"""

from flask import g

import clocks
from models import local_now
from workdays import WorkCalendar
from workflow import soon_until


def calendar():
    if "work_calendar" not in g:
        g.work_calendar = WorkCalendar.load()
    return g.work_calendar


def soon_threshold(now=None):
    """Deadlines up to this moment are 临期 (workflow.soon_until, on the request's calendar)."""
    return soon_until(now or local_now(), calendar())


def due_state(order, now=None):
    """(css class, text) for the deadline column; None when no clock runs on the order."""
    state = clocks.clock(order, now or local_now(), calendar())
    return None if state is None else (state.css, state.text)
