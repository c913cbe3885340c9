"""Holidays as the State Council publishes them: the yearly notice read from its official
wording (checked against chinesecalendar for years it covers), stored as overrides from the
command line and from the 节假日调整 screen, days off entered by hand, and the banner that
warns supervisors from 1 November when next year has no holiday data."""

import datetime as dt
from pathlib import Path

import chinese_calendar
import pytest

import workflow
from holiday_notice import NoticeError, missing_year_warning, parse_notice
from models import AuditLog, HolidayOverride, WorkOrder
from tests.factories import make_department, make_order, make_user
from tests.screens import post
from workdays import WorkCalendar

NOTICES = Path(__file__).parent / "notices"


def _notice_text(name):
    return (NOTICES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("year", [2020, 2025, 2026])
def test_official_notice_gives_exactly_the_package_calendar(year):
    # 2020's file holds the yearly notice and the later one that extended the Spring Festival.
    notice = parse_notice(_notice_text(f"{year}.txt"))
    assert notice.year == year
    said = {d.date: d.is_workday for d in notice.days}
    day, differences = dt.date(year, 1, 1), []
    while day.year == year:
        ours = said.get(day, day.weekday() < 5)
        if ours != chinese_calendar.is_workday(day):
            differences.append(day)
        day += dt.timedelta(days=1)
    assert differences == []
    assert notice.working_days and all(d.date.weekday() >= 5 for d in notice.working_days)


def test_spring_festival_2026_line():
    notice = parse_notice(_notice_text("2026.txt"))
    spring = [d for d in notice.days if d.festival == "春节"]
    assert [d.date for d in spring if not d.is_workday] == [dt.date(2026, 2, 15) + dt.timedelta(i) for i in range(9)]
    assert [d.date for d in spring if d.is_workday] == [dt.date(2026, 2, 14), dt.date(2026, 2, 28)]


@pytest.mark.parametrize(
    "line,problem",
    [
        ("一、春节：2月5日（周四）至13日放假调休，共9天。", "是周五，通知写的是周四"),
        ("一、春节：2月5日至13日放假调休，共8天。", "写明共8天，但日期范围是9天"),
        ("一、春节：2月5日至13日放假，共9天。2月3日（周三）上班。", "不是周末"),
        ("一、春节：2月30日放假，共1天。", "不是有效日期"),
    ],
)
def test_a_notice_with_mistakes_is_refused_with_every_problem(line, problem):
    with pytest.raises(NoticeError) as refused:
        parse_notice("国务院办公厅关于2027年部分节假日安排的通知\n" + line)
    assert any(problem in p for p in refused.value.problems), refused.value.problems


def test_text_without_title_or_lines_is_refused():
    with pytest.raises(NoticeError, match="通知标题"):
        parse_notice("一、春节：2月5日至13日放假，共9天。")
    with pytest.raises(NoticeError, match="没有找到任何放假安排"):
        parse_notice("国务院办公厅关于2027年部分节假日安排的通知\n各省、自治区、直辖市人民政府：")


def test_cli_import_dry_run_then_store_then_list(app, runner):
    path = str(NOTICES / "2027-made-up.txt")
    dry = runner.invoke(args=["holidays", "import", path, "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "2027-02-08  周一  放假  春节" in dry.output and "2027-02-20  周六  上班  春节" in dry.output
    assert "试运行" in dry.output and HolidayOverride.select().count() == 0
    stored = runner.invoke(args=["holidays", "import", path])
    assert stored.exit_code == 0 and "新增 17 条" in stored.output
    assert HolidayOverride.select().count() == 17
    again = runner.invoke(args=["holidays", "import", path])
    assert "新增 0 条，修改 0 条，已一致 17 条" in again.output
    listed = runner.invoke(args=["holidays", "list", "2027"]).output.splitlines()
    # Every day that differs from Monday–Friday, and only those: weekdays off, weekends on.
    assert listed[0].startswith("2027-01-01  周五  放假  国务院办公厅关于2027年部分节假日安排的通知")
    assert "2027-01-31  周日  上班" in listed[1]
    assert not any("2027-02-06" in line for line in listed)  # a Saturday off is no difference
    assert listed[-1] == "2027年：工作日放假 8 天，周末上班 2 天"
    assert AuditLog.select().where(AuditLog.model == "HolidayOverride").count() == 17


def test_cli_list_of_a_covered_year_names_the_package(app, runner):
    out = runner.invoke(args=["holidays", "list", "2026"]).output
    assert "2026-02-14  周六  上班  国家节假日日历（chinesecalendar）" in out
    assert out.strip().endswith("2026年：工作日放假 19 天，周末上班 6 天")


def test_cli_refuses_a_bad_notice_in_chinese(app, runner, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "国务院办公厅关于2027年部分节假日安排的通知\n一、春节：2月5日至13日放假，共8天。", encoding="gb18030"
    )
    result = runner.invoke(args=["holidays", "import", str(bad)])
    assert result.exit_code == 1
    assert "无法读取通知" in result.output and "共8天" in result.output
    assert HolidayOverride.select().count() == 0


def test_made_up_2027_notice_drives_a_deadline_across_its_spring_festival(app, client, login_as):
    # Without holiday data for 2027, Thu 2027-02-04 + 5 working days would be Thu 02-11.
    assert WorkCalendar.load().deadline(dt.datetime(2027, 2, 4, 10), 5) == dt.datetime(2027, 2, 11, 23, 59, 59)
    login_as("supervisor")
    text = _notice_text("2027-made-up.txt")
    preview = post(client, "/admin/holidays/import/", {"text": text}).get_data(as_text=True)
    assert "2027-02-08" in preview and '新增 <strong id="plan-create">17</strong>' in preview
    assert HolidayOverride.select().count() == 0  # the preview writes nothing
    done = post(client, "/admin/holidays/import/", {"text": text, "confirm": "1"}, follow_redirects=True)
    assert "已保存" in done.get_data(as_text=True)
    # Days off Fri 02-05 … Sat 02-13, Sat 02-20 worked: 02-04 + 5 → 02-15, 16, 17, 18, 19.
    unit = make_department("县住建局")
    order = make_order(received_at=dt.datetime(2027, 2, 4, 9))
    workflow.dispatch(order, unit, "一般", actor=make_user("operator"), at=dt.datetime(2027, 2, 4, 10))
    assert WorkOrder.get_by_id(order.id).due_at == dt.datetime(2027, 2, 19, 23, 59, 59)
    order2 = make_order(received_at=dt.datetime(2027, 2, 18, 9))
    workflow.dispatch(order2, unit, "复杂", actor=make_user("operator"), at=dt.datetime(2027, 2, 18, 10))
    # 02-19, 20 (worked Saturday), 22, 23, 24, 25, 26, 03-01, 02, 03
    assert WorkOrder.get_by_id(order2.id).due_at == dt.datetime(2027, 3, 3, 23, 59, 59)


def test_screen_shows_problems_and_stores_nothing(client, login_as):
    login_as("supervisor")
    html = post(client, "/admin/holidays/import/", {"text": "一、春节：2月5日至13日放假", "confirm": "1"}).get_data(
        as_text=True
    )
    assert "无法读取通知，未保存" in html and "通知标题" in html
    assert HolidayOverride.select().count() == 0


def test_leader_may_read_the_import_page_but_not_store(client, login_as):
    login_as("leader")
    assert client.get("/admin/holidays/import/").status_code == 200
    response = post(client, "/admin/holidays/import/", {"text": _notice_text("2027-made-up.txt"), "confirm": "1"})
    assert response.status_code == 403 and HolidayOverride.select().count() == 0


def test_a_day_off_can_be_entered_by_hand(client, login_as):
    me = login_as("supervisor")
    html = client.get("/admin/holidays/new/").get_data(as_text=True)
    assert "放假" in html and "上班" in html
    post(client, "/admin/holidays/new/", {"date": "2027-03-08", "is_workday": "False", "note": "县里放假一天"})
    row = HolidayOverride.get(HolidayOverride.date == dt.date(2027, 3, 8))
    assert (row.is_workday, row.source, row.created_by_id) == (False, "手工录入", me.id)
    post(client, "/admin/holidays/new/", {"date": "2027-03-13", "is_workday": "True", "note": "补班"})
    assert HolidayOverride.get(HolidayOverride.date == dt.date(2027, 3, 13)).is_workday is True
    listing = client.get("/admin/holidays/").get_data(as_text=True)
    assert "县里放假一天" in listing and "放假" in listing


def test_duplicate_and_bad_dates_get_chinese_messages(client, login_as):
    login_as("supervisor")
    post(client, "/admin/holidays/new/", {"date": "2027-03-08", "is_workday": "False"})
    html = post(client, "/admin/holidays/new/", {"date": "2027-03-08", "is_workday": "True"}).get_data(as_text=True)
    assert "2027年03月08日 已有节假日调整记录" in html
    assert "UNIQUE" not in html and "duplicate key" not in html and "Failed" not in html
    bad = post(client, "/admin/holidays/new/", {"date": "2027-02-30", "is_workday": "False"}).get_data(as_text=True)
    assert "Not a valid" not in bad and "Failed" not in bad and "日期无效：请填写一个存在的日期" in bad
    assert HolidayOverride.select().count() == 1


def test_banner_from_november_when_next_year_has_no_data(client, login_as, monkeypatch):
    assert missing_year_warning(dt.date(2026, 10, 31)) is None
    assert "2027年" in missing_year_warning(dt.date(2026, 11, 1))
    assert missing_year_warning(dt.date(2025, 11, 20)) is None  # the package covers 2026
    HolidayOverride.create(date=dt.date(2027, 1, 1), is_workday=False, note="元旦")
    assert missing_year_warning(dt.date(2026, 11, 1)) is None
    HolidayOverride.delete().execute()

    import holiday_notice
    import models

    monkeypatch.setattr(models, "local_now", lambda: dt.datetime(2026, 11, 2, 9, 0))
    login_as("supervisor")
    assert "尚未录入2027年的法定节假日" in client.get("/admin/orders/").get_data(as_text=True)
    post(client, "/logout")
    login_as("operator")
    assert "尚未录入2027年" not in client.get("/admin/orders/").get_data(as_text=True)
    assert holiday_notice.year_has_holiday_data(2026)
