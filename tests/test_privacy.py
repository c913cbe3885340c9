"""Personal data inside free text (docs/RULES.md § Masking of personal data): one masking
function for phone numbers, ID-card numbers and names written into a text, and every screen,
export, search and brief a masked account (department, leader) reaches uses it."""

import csv
import io

import openpyxl
import pytest

import workflow
from models import Brief, CaseStudy, RestrictedNumber
from tests.factories import make_department, make_order, make_user
from tests.screens import listed_case_numbers, order_in, post

CONTENT = "我是姜小明，电话13812345678，请回电"
LIST = "/admin/orders/"


# --- the function ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("电话13812345678，请回电", "电话138****5678，请回电"),
        ("手机138-1234-5678", "手机138******5678"),
        ("手机 138 1234 5678 转", "手机 138******5678 转"),
        ("+86 13812345678", "+86********5678"),
        ("座机0743-4721234", "座机074*****1234"),
        ("座机（0743）4721234", "座机（074*****1234"),
        ("电话：4721234", "电话：******4"),
        ("身份证433130199001011234", "身份证433***********1234"),
        ("身份证43313019900101123X", "身份证433***********123X"),
        ("我是姜小明，请回电", "我是姜某某，请回电"),
        ("我叫欧阳明月，住县城", "我叫欧某某某，住县城"),
        ("本人姓姜，名叫小明", "本人姓某，名叫小某某"),
        ("姓名：彭建国，住址", "姓名：彭某某，住址"),
        ("老百姓反映路灯不亮", "老百姓反映路灯不亮"),
        ("案件公文号20200003546来电反映", "案件公文号20200003546来电反映"),
        ("G352国道龙山段", "G352国道龙山段"),
        ("", ""),
    ],
)
def test_free_text_masking(text, expected):
    from privacy import mask_free_text

    assert mask_free_text(text) == expected


def test_the_callers_own_name_and_number_are_masked_wherever_they_appear():
    from privacy import mask_free_text

    text = "来电人姜小明反映，姜小明家门口积水，回电13900001111或短号61111"
    masked = mask_free_text(text, names=["姜小明"], phones=["61111"])
    assert masked == "来电人姜某某反映，姜某某家门口积水，回电139****1111或短号****1"
    assert mask_free_text(masked, names=["姜小明"], phones=["61111"]) == masked  # masking twice changes nothing


def test_the_briefs_mask_text_is_the_same_function(app):
    from brief.content import mask_text
    from privacy import mask_order_text

    order = make_order(caller_name="姜求学", content=CONTENT)
    text = "姜求学说：我是姜小明，身份证433130199001011234，电话0743-4721234"
    assert mask_text(text, order) == mask_order_text(text, order)
    assert "姜求学" not in mask_text(text, order) and "4721234" not in mask_text(text, order)


# --- screens --------------------------------------------------------------------------------


@pytest.fixture
def leaky(app):
    """A dispatched, replied and called-back order whose free texts all carry personal data."""
    unit = make_department("县住建局")
    order = order_in("DISPATCHED", unit=unit, caller_name="姜小明", caller_phone="13812345678", content=CONTENT)
    actor = make_user("supervisor")
    workflow.sign(order, actor=actor)
    workflow.reply(order, "已联系姜小明（13812345678）处理完毕", actor=actor)
    workflow.resolve(order, note="经与姜小明电话13812345678核实", actor=actor)
    workflow.record_callback(order, "满意", note="姜小明表示满意，身份证433130199001011234", actor=actor)
    return order, unit


def _login(login_as, role, unit):
    return login_as(role, department=unit) if role == "department" else login_as(role)


SECRETS = ("姜小明", "13812345678", "433130199001011234")


def _no_secret(text):
    return [s for s in SECRETS if s in text]


@pytest.mark.parametrize("role", ["department", "leader"])
def test_masked_accounts_see_no_personal_data_in_detail_list_tooltip_and_exports(client, login_as, leaky, role):
    order, unit = leaky
    _login(login_as, role, unit)
    detail = client.get(f"{LIST}details/?id={order.id}").get_data(as_text=True)
    assert "我是姜某某，电话138****5678" in detail and _no_secret(detail) == []
    listing = client.get(LIST).get_data(as_text=True)
    assert order.case_no in listing and _no_secret(listing) == []
    exported = client.get(LIST + "export/csv/").get_data(as_text=True)
    assert "我是姜某某" in exported and _no_secret(exported) == []
    book = openpyxl.load_workbook(io.BytesIO(client.get(LIST + "export/xlsx/").data), read_only=True)
    cells = "\n".join(str(c) for row in book.active.iter_rows(values_only=True) for c in row if c is not None)
    assert "我是姜某某" in cells and _no_secret(cells) == []


def test_the_unit_portal_masks_the_content(client, login_as, app):
    unit = make_department("县住建局")
    order_in("DISPATCHED", unit=unit, caller_name="姜小明", content=CONTENT)
    login_as("department", department=unit)
    html = client.get("/admin/portal/").get_data(as_text=True)
    assert "我是姜某某，电话138****5678" in html and _no_secret(html) == []


@pytest.mark.parametrize("role,found", [("operator", True), ("supervisor", True), ("leader", False)])
def test_masked_accounts_never_find_an_order_by_its_personal_data(client, login_as, leaky, role, found):
    order, unit = leaky
    other = make_order(content="小区路灯不亮，我是业主", caller_phone="13700000000")
    _login(login_as, role, unit)
    for term in ("姜小明", "小明", "13812345678", "电话13812345678", "5678"):
        assert listed_case_numbers(client.get(f"{LIST}?search={term}").get_data(as_text=True)) == (
            [order.case_no] if found and term != "5678" else []
        ), term
    # Words that stay after masking are still found, and a masked order is found by them.
    assert listed_case_numbers(client.get(f"{LIST}?search=请回电").get_data(as_text=True)) == [order.case_no]
    assert listed_case_numbers(client.get(f"{LIST}?search=路灯").get_data(as_text=True)) == [other.case_no]


def test_a_department_never_finds_its_order_by_the_callers_name(client, login_as, leaky):
    order, unit = leaky
    login_as("department", department=unit)
    assert listed_case_numbers(client.get(f"{LIST}?search=姜小明").get_data(as_text=True)) == []
    assert listed_case_numbers(client.get(f"{LIST}?search=请回电").get_data(as_text=True)) == [order.case_no]


def test_restricted_numbers_are_masked_for_leaders_and_not_found_by_digits(client, login_as, app):
    RestrictedNumber.create(phone="13987654321", reason="反复辱骂话务员，自称王大力")
    login_as("leader")
    html = client.get("/admin/restricted_numbers/").get_data(as_text=True)
    assert "139****4321" in html and "13987654321" not in html
    for term in ("7654", "13987654321", "139"):
        found = client.get(f"/admin/restricted_numbers/?search={term}").get_data(as_text=True)
        assert "139****4321" not in found, term
    assert "139****4321" in client.get("/admin/restricted_numbers/?search=辱骂").get_data(as_text=True)


def test_restricted_numbers_in_full_for_operators_and_supervisors(client, login_as, app):
    RestrictedNumber.create(phone="13987654321", reason="反复辱骂话务员")
    login_as("operator")
    assert "13987654321" in client.get("/admin/restricted_numbers/?search=7654").get_data(as_text=True)


def test_case_study_list_masks_case_texts_for_leaders(client, login_as, leaky):
    order, _unit = leaky
    CaseStudy.create(order=order, period="2020Q1", section="案例摘选", position=1, text=CONTENT + "，姜小明很着急")
    login_as("leader")
    html = client.get("/admin/cases/").get_data(as_text=True)
    assert "我是姜某某" in html and _no_secret(html) == []


def test_leaders_always_get_the_masked_brief(client, login_as, leaky):
    order, _unit = leaky
    CaseStudy.create(order=order, period="2020Q1", section="案例摘选", position=1)
    brief = Brief.create(period="2020Q1", version=1, status="草稿", show_personal_data=True)

    login_as("supervisor")  # the supervisor chose to show them: the supervisor sees them
    assert "姜小明" in client.get(f"/admin/briefs/{brief.id}/preview").get_data(as_text=True)
    post(client, "/logout")

    login_as("leader")
    html = client.get(f"/admin/briefs/{brief.id}/preview").get_data(as_text=True)
    assert "姜某某" in html and _no_secret(html) == []
    assert _no_secret(client.get(f"/admin/briefs/{brief.id}/").get_data(as_text=True)) == []
    from docx import Document

    document = Document(io.BytesIO(client.get(f"/admin/briefs/{brief.id}/docx").data))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "姜某某" in text and _no_secret(text) == []


def test_masked_csv_export_of_the_interchange_format_masks_free_text(tmp_path, leaky):
    import datetime as dt

    from interchange.exporter import export_orders

    order, _unit = leaky
    path = tmp_path / "masked.csv"
    export_orders(path, order.received_at, order.received_at + dt.timedelta(seconds=1), mask=True)
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 2 and "我是姜某某" in text and _no_secret(text) == []


def test_leaders_get_a_masked_pdf_of_a_brief_that_shows_names(client, login_as, leaky, app):
    from brief.files import write_brief_pdf
    from tests.brief_pdf import body

    order, _unit = leaky
    CaseStudy.create(order=order, period="2020Q1", section="案例摘选", position=1)
    brief = Brief.create(period="2020Q1", version=1, status="草稿", show_personal_data=True)
    with app.app_context():
        brief.pdf_path = str(write_brief_pdf(brief))  # what 生成 stores: names and numbers shown
    brief.save()
    assert "姜小明" in body(brief.pdf_path)

    login_as("leader")
    response = client.get(f"/admin/briefs/{brief.id}/pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    path = app.config["BRIEF_DIR"] + "/leader.pdf"
    with open(path, "wb") as f:
        f.write(response.data)
    text = body(path)
    assert "姜某某" in text and _no_secret(text) == []
