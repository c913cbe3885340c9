"""The home dashboard: the figures module's headline numbers, daily volume and rankings as
server-drawn SVG, and no asset from outside the server on any page."""

import datetime as dt
import re

import pytest

import workflow
from figures import figures_for
from models import WorkOrder
from periods import current_quarter, parse_period
from tests.factories import make_category, make_department, make_order, make_user
from tests.screens import order_in


@pytest.fixture
def quarter(app):
    roads = make_category("城市管理市容类")
    unit = make_department("县住建局")
    for day in (3, 3, 4, 20):
        make_order(received_at=dt.datetime(2020, 1, day, 10, 0))
    workflow.close_online(make_order(received_at=dt.datetime(2020, 2, 1, 9, 0)), reply="已告知")
    late = order_in("DISPATCHED", unit=unit, category=roads, received_at=dt.datetime(2020, 3, 2, 9, 0))
    WorkOrder.update(due_at=dt.datetime(2020, 3, 9, 23, 59, 59)).where(WorkOrder.id == late.id).execute()
    workflow.mark_harassment(make_order(received_at=dt.datetime(2020, 3, 3, 9, 0)))
    return {"late": late, "unit": unit}


def test_headline_figures_come_from_the_figures_module(client, login_as, quarter):
    login_as("leader")
    html = client.get("/admin/?period=2020Q1").get_data(as_text=True)
    figures = figures_for("2020Q1")
    assert "2020年第一季度" in html
    for key in ("received", "online", "online_rate", "dispatched", "harassment", "pending", "daily_average"):
        assert f'data-figure="{key}">{figures[key]}<' in html, key
    assert figures["received"] == 7


def test_charts_are_svg_with_overdue_counts(client, login_as, quarter):
    login_as("supervisor")
    html = client.get("/admin/?period=2020Q1").get_data(as_text=True)
    daily = html.split('id="daily-chart"')[1].split("</svg>")[0]
    assert daily.count("<rect") == 91  # one column per day of the quarter
    assert "<title>01-03：2</title>" in daily
    units = html.split('id="unit-chart"')[1].split("</svg>")[0]
    assert "县住建局" in units and "超期1" in units
    assert "本期工单中有 1 件在承办单位手中已超期" in html


def test_current_quarter_by_default_and_bad_period_message(client, login_as):
    login_as("operator")
    assert current_quarter().label in client.get("/admin/").get_data(as_text=True)
    html = client.get("/admin/?period=2020Q9").get_data(as_text=True)
    assert current_quarter().label in html and "2020Q9" in html


def test_no_asset_comes_from_outside(app, client, login_as, quarter):
    login_as("supervisor")
    pages = ["/login", "/account/password"]
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and not rule.arguments and rule.rule.startswith("/admin"):
            pages.append(rule.rule)
    pages.append(f"/admin/orders/details/?id={quarter['late'].id}")
    checked = 0
    for page in pages:
        response = client.get(page)
        if response.status_code != 200 or "html" not in response.content_type:
            continue
        html = response.get_data(as_text=True)
        external = re.findall(r'(?:src|href)="((?:https?:)?//[^"]+)"', html)
        assert external == [], f"{page} loads {external}"
        checked += 1
    assert checked >= 10


def test_empty_quarter_falls_back_to_the_latest_quarter_with_orders(app, client, login_as):
    import datetime as dt

    from tests.factories import make_order

    make_order(received_at=dt.datetime(2021, 5, 6, 10, 0))
    make_order(received_at=dt.datetime(2020, 2, 6, 10, 0))
    login_as("supervisor")
    html = client.get("/admin/").get_data(as_text=True)
    assert "2021年第二季度热线运行情况" in html and "本季度尚无工单" in html
    asked = client.get("/admin/?period=2020Q1").get_data(as_text=True)
    assert "2020年第一季度热线运行情况" in asked and "本季度尚无工单" not in asked


def test_overdue_by_category_and_unit(quarter):
    from figures import overdue_by

    soon = order_in("DISPATCHED", unit=quarter["unit"], received_at=dt.datetime(2020, 3, 5, 9, 0))
    WorkOrder.update(due_at=dt.datetime(2999, 1, 1)).where(WorkOrder.id == soon.id).execute()  # not yet due
    assert overdue_by("2020Q1", WorkOrder.category) == {"城市管理市容类": 1}
    assert overdue_by("2020Q1", WorkOrder.department) == {"县住建局": 1}
    assert overdue_by("2020Q2", WorkOrder.department) == {}
    workflow.sign(quarter["late"], actor=make_user("supervisor"))
    assert overdue_by("2020Q1", WorkOrder.department) == {"县住建局": 1}  # ACCEPTED is still open


def test_default_quarter(app):
    from figures import default_quarter

    assert default_quarter() == (current_quarter(), False)  # no orders at all
    make_order(received_at=dt.datetime(2021, 5, 6, 10, 0))
    make_order(received_at=dt.datetime(2020, 2, 6, 10, 0))
    assert default_quarter() == (parse_period("2021Q2"), True)
    make_order(received_at=dt.datetime.combine(current_quarter().start.date(), dt.time(9)))
    assert default_quarter() == (current_quarter(), False)
