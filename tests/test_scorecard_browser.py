"""考核 and 督办 in headless chromium, as the roles that use them (screenshots in /tmp/i14-shots
when I14_SHOTS is set, else tests/artifacts): the supervisor reads the table, drills down,
mistypes a weight (the form keeps it), opens a 督办; the unit answers it and reads its page."""

import datetime as dt
import os
from pathlib import Path

from tests.factories import make_user
from tests.test_browser import ARTIFACTS, log_in, log_out, page, pytestmark, server  # noqa: F401
from tests.test_scorecard import quarter  # noqa: F401

SHOTS = Path(os.environ.get("I14_SHOTS", str(ARTIFACTS)))


def shot(page, name):  # noqa: F811
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_supervisor_and_unit(page, quarter):  # noqa: F811
    boss = quarter["boss"]
    log_in(page, boss.username)
    page.goto("/admin/scorecard/?period=2020Q1")
    assert "2020年第一季度成员单位考核" in page.inner_text("#scorecard-title")
    assert page.inner_text('tr[data-unit="甲局"] td[data-col="score"]') == "68.04"
    shot(page, "scorecard-table")
    page.click('tr[data-unit="甲局"] td[data-col="on_time_rate"] a')
    assert "应办结：6 个工单" in page.inner_text("#drill-title")
    shot(page, "scorecard-drill")
    page.goto("/admin/scorecard/settings/")
    page.fill("#w-on_time", "三十")
    page.click("#scorecard-settings button[type=submit]")
    assert "「按时办结率」的权重必须是 0 到 100 之间的整数" in page.content()
    assert page.input_value("#w-on_time") == "三十"
    shot(page, "scorecard-settings-error")
    page.goto("/admin/scorecard/exclusions/")
    shot(page, "scorecard-exclusions")
    page.goto("/admin/supervision/")
    page.fill("#case_no", quarter["orders"]["A5"].case_no)
    page.fill("#reason", "群众再次来电反映")
    page.fill("#due", (dt.date.today() + dt.timedelta(days=2)).isoformat())
    page.click("#open-supervision button[type=submit]")
    assert "已对工单" in page.content()
    shot(page, "supervision")
    page.goto("/admin/?period=2020Q1")
    assert "乙局" in page.inner_text("#board-top")
    shot(page, "dashboard-board")
    log_out(page)

    unit = make_user("department", department=quarter["units"][0])
    log_in(page, unit.username)
    page.goto("/admin/portal/?tab=supervised")
    row = page.locator("tr.supervised").first
    assert "群众反复来电" in row.inner_text()
    shot(page, "portal-supervised")
    row.locator("summary.answer-toggle").click()
    row.locator("textarea[name=answer]").fill("已安排专人上门处理")
    row.locator("button.answer-button").click()
    assert "的督办" in page.content()
    page.goto("/admin/my-scorecard/?period=2020Q1")
    assert "列第 2 名" in page.inner_text("#my-rank") and "乙局" not in page.content()
    shot(page, "my-scorecard")
