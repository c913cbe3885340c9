"""受理 split by channel (电话 / 来信 / 网络 / 微信): in the figures, the brief's 来电来信
sentence (read from the PDF with pdftotext) and the home dashboard; 接通率 still counts
phone calls only."""

import datetime as dt
import re

import pytest

from figures import channel_counts, figures_for
from models import MissedCall
from tests.brief_pdf import flat, pdf_text
from tests.factories import make_order

DAY = dt.datetime(2020, 2, 3, 9, 0)
MIX = {"电话": 3, "来信": 1, "网络": 2, "微信": 4}


@pytest.fixture
def orders(app):
    for channel, n in MIX.items():
        for i in range(n):
            make_order(channel=channel, received_at=DAY + dt.timedelta(minutes=i))
    make_order(channel="网络", received_at=dt.datetime(2020, 4, 1, 9))  # another quarter
    MissedCall.create(phone="13800000000", at=DAY)
    MissedCall.create(phone="13800000001", at=DAY)


def test_figures_split_received_by_channel(orders):
    figures = figures_for("2020Q1", compare=False)
    assert figures["received"] == 10
    assert figures["channels"] == MIX
    assert list(figures["channels"]) == ["电话", "来信", "网络", "微信"]
    # 接通率: 3 phone orders answered, 2 calls missed; letters and messages are no calls.
    assert (figures["answered_calls"], figures["missed_calls"], figures["answer_rate"]) == (3, 2, "60%")


def test_other_channel_only_when_it_has_orders(app):
    make_order(channel="电话", received_at=DAY)
    assert channel_counts("2020Q1") == {"电话": 1, "来信": 0, "网络": 0, "微信": 0}
    make_order(channel="其他", received_at=DAY)
    assert channel_counts("2020Q1")["其他"] == 1


def test_the_brief_pdf_gives_the_split(app, runner, orders, tmp_path):
    with app.app_context():  # as tests/test_brief.py: the command renders with the app's templates
        result = runner.invoke(args=["brief", "2020Q1", "--output", str(tmp_path / "b.pdf")])
    assert result.exit_code == 0, result.output
    text = flat(pdf_text(tmp_path / "b.pdf"))
    assert "累计接到群众来电来信10个（电话3个、来信1个、网络2个、微信4个）" in text
    assert "接通率60%" in text


def test_the_brief_names_only_channels_with_orders(app, runner, tmp_path):
    for i in range(3):
        make_order(channel="电话", received_at=DAY + dt.timedelta(minutes=i))
    with app.app_context():
        runner.invoke(args=["brief", "2020Q1", "--output", str(tmp_path / "phone.pdf")])
    assert "累计接到群众来电来信3个，其中群众有效来电" in flat(pdf_text(tmp_path / "phone.pdf"))
    make_order(channel="微信", received_at=DAY)
    with app.app_context():
        runner.invoke(args=["brief", "2020Q1", "--output", str(tmp_path / "mixed.pdf")])
    assert "累计接到群众来电来信4个（电话3个、微信1个），其中" in flat(pdf_text(tmp_path / "mixed.pdf"))


def test_the_dashboard_shows_the_split(client, login_as, orders):
    login_as("supervisor")
    html = client.get("/admin/?period=2020Q1").get_data(as_text=True)
    shown = dict(re.findall(r'data-channel="([^"]+)">\1 (\d+)<', html))
    assert {k: int(v) for k, v in shown.items()} == MIX
    assert "接通率只计电话" in html
