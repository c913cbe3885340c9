"""The 后台任务 page and the 数据变更记录 in staff words: what a job does and which record it is
about (not queue and function names), and each change field by field under the screen's labels
(not model names and raw JSON)."""

import re

import jobs
from jobs.brief import render_brief_job
from jobs.harassment import filter_order_job
from models import Brief, Department
from tests.factories import make_order
from tests.rq_helpers import run_worker
from tests.screens import post


def _cells(page, table_id):
    table = page.split(f'id="{table_id}"')[1].split("</table>")[0]
    return [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", table, re.S)]


def _text(page):
    """The list's cells as text (tags dropped)."""
    rows = page.split("</thead>", 1)[-1].split("</table>", 1)[0]
    return re.sub(r"<[^>]+>", "", rows)


def test_unit_changes_read_field_by_field(client, login_as):
    login_as("supervisor")
    post(client, "/admin/departments/new/", {"name": "县住建局", "kind": "县直部门", "email": "zjj@example.cn"})
    unit = Department.get(Department.name == "县住建局")
    post(
        client,
        f"/admin/departments/edit/?id={unit.id}",
        {"name": "县住建局", "kind": "县直部门", "email": "new@example.cn", "active": "y"},
    )
    page = client.get("/admin/audit_log/").get_data(as_text=True)
    text = _text(page)
    assert "成员单位" in text and "县住建局" in text
    assert "电子邮箱：zjj@example.cn → new@example.cn" in text
    assert "单位名称：县住建局" in text  # the creation, field by field
    assert "Department" not in text and '{"email"' not in text and "&#34;email&#34;" not in text


def test_a_deleted_record_is_named(client, login_as):
    login_as("supervisor")
    post(client, "/admin/topics/new/", {"name": "防汛"})
    topic_id = client.get("/admin/topics/").get_data(as_text=True)
    from models import Topic

    topic = Topic.get(Topic.name == "防汛")
    post(client, "/admin/topics/delete/", {"id": topic.id})
    text = _text(client.get("/admin/audit_log/").get_data(as_text=True))
    assert "防汛（已删除）" in text and topic_id


def test_holiday_changes_say_day_off_or_working(client, login_as):
    login_as("supervisor")
    post(client, "/admin/holidays/new/", {"date": "2027-03-08", "is_workday": "False", "note": "县里放假"})
    text = _text(client.get("/admin/audit_log/").get_data(as_text=True))
    assert "节假日调整" in text and "当天：放假" in text and "2027-03-08" in text
    assert re.search(r"设置人：supervisor\d+", text)  # the user by name, not an id


def test_jobs_page_names_what_failed_and_which_record(app, client, login_as, redis_conn):
    order = make_order()
    brief = Brief.create(period="2020Q1")
    with app.app_context():
        jobs.get_queue("briefs").enqueue(render_brief_job, brief.id + 1000)
        jobs.get_queue("default").enqueue(filter_order_job, order.id)
    run_worker(app, "briefs", "default")
    login_as("supervisor")
    page = client.get("/admin/jobs/").get_data(as_text=True)
    failed = _cells(page, "failed-jobs")
    assert "生成工作专报 PDF" in failed and "工作专报（已删除）" in failed
    assert "jobs.brief.render_brief_job" not in " ".join(failed[:2])  # only inside 技术详情
    assert "技术详情" in page
    queues = _cells(page, "queues")
    assert "专报生成" in queues and "催办提醒" in queues and "briefs" not in queues
    schedule = _cells(page, "schedule")
    assert "夜间催办提醒（临期、超期、督办）及邮件、短信发送" in schedule
    assert not any("jobs." in cell for cell in schedule)
