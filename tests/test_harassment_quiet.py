"""What the reviewers dismiss, the filter stops sending (issue 13): a combination of rules
whose reviewed flags were mostly dismissed no longer goes to review; the reviewers' own
decisions are the only ones that count, and a number shown or withheld is a combination of
its own."""

import datetime as dt

import pytest

import harassment
from models import HarassmentFlag
from tests.factories import make_order, make_user

T0 = dt.datetime(2020, 5, 11, 9, 0)
NOTE = "来电无声，接通后对方挂断"


def silent_call(phone, at, content=NOTE):
    return make_order(caller_phone=phone, received_at=at, content=content, call_seconds=12)


def run(app, day):
    start = T0 + dt.timedelta(days=day)
    with app.app_context():
        return harassment.filter_orders(
            start=start, end=start + dt.timedelta(days=1), now=start + dt.timedelta(days=1, hours=1)
        )


@pytest.fixture
def rules_only(app):
    app.config["HARASSMENT_TEXT_MODEL"] = False
    return app


def reviewed(app, confirmed, dismissed, phone="1390000{:04d}", decided=T0 + dt.timedelta(days=1)):
    """A day of single silent calls the call-taker noted (silent + note: review), decided by a
    reviewer: the first `confirmed` confirmed, the rest dismissed."""
    orders = [silent_call(phone.format(i), T0 + dt.timedelta(minutes=7 * i)) for i in range(confirmed + dismissed)]
    result = run(app, 0)
    assert sorted(result.flagged) == sorted(o.id for o in orders)
    flags = [HarassmentFlag.get(HarassmentFlag.order == o.id) for o in orders]
    assert {tuple(f.rules) for f in flags} == {("silent", "note")}
    reviewer = make_user("supervisor")
    with app.test_request_context():
        done, refused = harassment.decide_many([f.id for f in flags[:confirmed]], "confirm", reviewer, now=decided)
        assert refused == [] and len(done) == confirmed
        done, refused = harassment.decide_many([f.id for f in flags[confirmed:]], "dismiss", reviewer, now=decided)
        assert refused == [] and len(done) == dismissed
    return flags


def later(app):
    """The next day: the same kind of call from a new number and from a withheld one."""
    shown = silent_call("13700009999", T0 + dt.timedelta(days=1, hours=2))
    withheld = silent_call("", T0 + dt.timedelta(days=1, hours=3))
    return shown, withheld, run(app, 1)


def test_a_combination_the_reviewers_dismiss_is_no_longer_sent_to_review(rules_only):
    reviewed(rules_only, confirmed=1, dismissed=20)
    shown, withheld, result = later(rules_only)
    assert HarassmentFlag.get_or_none(HarassmentFlag.order == shown.id) is None
    assert result.quiet == [shown.id]
    assert "审核多数驳回的规则组合、未送审 1 件" in result.summary()
    # the withheld number's calls were never reviewed: a combination of its own
    assert HarassmentFlag.get(HarassmentFlag.order == withheld.id).status == "待审核"
    with rules_only.app_context():
        settings = harassment.Settings.from_config(rules_only.config)
        (quiet,) = harassment.quiet_signatures(T0 + dt.timedelta(days=2), settings)
    assert (quiet.rules, quiet.shown, quiet.confirmed, quiet.dismissed) == (("note", "silent"), True, 1, 20)
    assert quiet.labels == "话务员备注为无效来电＋无声或极短来电且无内容"


@pytest.mark.parametrize(
    "confirmed, dismissed",
    [
        (0, 19),  # too few dismissals (HARASSMENT_QUIET_MIN 20)
        (6, 20),  # dismissed in less than HARASSMENT_QUIET_SHARE (0.8) of the decisions
    ],
)
def test_too_few_or_too_mixed_decisions_change_nothing(rules_only, confirmed, dismissed):
    reviewed(rules_only, confirmed, dismissed)
    shown, _, result = later(rules_only)
    assert HarassmentFlag.get(HarassmentFlag.order == shown.id).status == "待审核"
    assert result.quiet == []


def test_old_decisions_and_the_settings(rules_only):
    reviewed(rules_only, confirmed=0, dismissed=20)
    rules_only.config["HARASSMENT_QUIET_MIN"] = 21
    shown, _, result = later(rules_only)
    assert result.quiet == [] and HarassmentFlag.get_or_none(HarassmentFlag.order == shown.id) is not None
    with rules_only.app_context():
        settings = harassment.Settings.from_config(rules_only.config)
    # decisions older than HARASSMENT_QUIET_DAYS (90) are forgotten
    reviewed_at = HarassmentFlag.get(HarassmentFlag.reviewer.is_null(False)).reviewed_at
    settings.quiet_min = 20
    assert harassment.quiet_signatures(reviewed_at + dt.timedelta(days=89), settings)
    assert harassment.quiet_signatures(reviewed_at + dt.timedelta(days=91), settings) == []


def test_the_filters_own_marks_are_no_decision(rules_only):
    # marked at once by the filter (restricted + silent + note ≥ 80): no reviewer, no verdict
    from models import RestrictedNumber

    for i in range(25):
        RestrictedNumber.create(phone=f"1390000{i:04d}", reason="长期无声来电")
    orders = [silent_call(f"1390000{i:04d}", T0 + dt.timedelta(minutes=7 * i)) for i in range(25)]
    result = run(rules_only, 0)
    assert sorted(result.marked) == sorted(o.id for o in orders)
    with rules_only.app_context():
        settings = harassment.Settings.from_config(rules_only.config)
    assert harassment.verdicts(T0 + dt.timedelta(days=2), settings) == {}


def test_the_review_screen_lists_what_is_no_longer_sent(rules_only, client, login_as):
    reviewed(rules_only, confirmed=2, dismissed=25, decided=None)  # decided now
    login_as("supervisor")
    page = client.get("/admin/harassment-review/").get_data(as_text=True)
    assert "过滤已不再送审" in page
    assert "话务员备注为无效来电＋无声或极短来电且无内容：驳回 25 次，确认 2 次" in page
