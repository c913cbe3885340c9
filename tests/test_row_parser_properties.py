"""Property-based tests of the row parser: valid rows round-trip, junk only ever gets reasons."""

import csv
import datetime as dt
import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interchange.format import (
    COLUMNS,
    DISPOSITIONS,
    HEADERS,
    OrderRow,
    format_row,
    parse_row,
    read_table,
    resolve_header,
)
from interchange.importer import ImportRefused, validate_file
from models import CALLBACK_RESULTS, CALLER_AREAS, CHANNELS, REJECT_REASONS

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Dates the import accepts: 2000-01-01 to the end of next year (docs/RULES.md § Import format).
LAST = dt.datetime(dt.date.today().year + 1, 12, 31, 23, 59, 59)
moments = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=LAST).map(lambda d: d.replace(microsecond=0))
# Cell text as a spreadsheet keeps it: no NUL, no surrounding blanks (the parser strips them).
text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200).map(str.strip)


def name(limit):
    return (
        st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00;；"), min_size=1, max_size=limit)
        .map(str.strip)
        .filter(bool)
    )


def after(moment):
    return st.integers(0, 10**8).map(lambda s: min(moment + dt.timedelta(seconds=s), LAST))


@st.composite
def order_rows(draw):
    disposition = draw(st.sampled_from(DISPOSITIONS))
    received = draw(moments)
    row = dict(
        case_no=draw(st.from_regex(r"[0-9A-Za-z_-]{1,32}", fullmatch=True)),
        received_at=received,
        category=draw(name(100)),
        disposition=disposition,
        channel=draw(st.sampled_from(CHANNELS)),
        caller_phone=draw(st.from_regex(r"[0-9+-]{0,32}", fullmatch=True)),
        caller_name=draw(name(50) | st.just("")),
        caller_area=draw(st.none() | st.sampled_from(CALLER_AREAS)),
        subcategory=draw(name(100) | st.just("")),
        topics=tuple(draw(st.lists(name(50), unique=True, max_size=3))),
        content=draw(text),
        reply=draw(text),
        call_seconds=draw(st.none() | st.integers(0, 10**9 - 1)),
    )
    if disposition == "在线办结":
        row["is_harassment"] = draw(st.booleans())
    if disposition == "不予立案":
        row["reject_reason"] = draw(st.sampled_from(REJECT_REASONS))
    if disposition == "转办":
        row["department"] = draw(name(100))
        row["dispatched_at"] = draw(st.none() | after(received))
        row["due_at"] = draw(st.none() | moments)
        row["replied_at"] = draw(st.none() | after(row["dispatched_at"] or received))
        row["resolved"] = draw(st.booleans())
        if row["resolved"]:
            row["resolved_at"] = draw(st.none() | after(row["replied_at"] or row["dispatched_at"] or received))
    may_call_back = disposition == "在线办结" or (disposition == "转办" and (row["replied_at"] or row["resolved"]))
    if may_call_back and draw(st.booleans()):
        row["callback_result"] = draw(st.sampled_from(CALLBACK_RESULTS))
        row["callback_at"] = draw(st.none() | after(received))
        row["callback_note"] = draw(text)
    return OrderRow(**row)


def by_name(cells):
    return {c.name: cells[c.header] for c in COLUMNS}


@SETTINGS
@given(order_rows())
def test_valid_rows_parse_and_round_trip(row):
    parsed, problems = parse_row(by_name(format_row(row)))
    assert problems == []
    assert parsed == row


@SETTINGS
@given(st.lists(order_rows(), min_size=1, max_size=5, unique_by=lambda r: r.case_no))
def test_valid_rows_round_trip_through_a_csv_file(rows):
    fd, path = tempfile.mkstemp(suffix=".csv")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(HEADERS)
            writer.writerows(format_row(r).values() for r in rows)
        table = read_table(path).rows()
        _, header, _ = next(table)
        names, header_problems = resolve_header(header)
        assert header_problems == []
        back = []
        for _, cells, problems in table:
            assert problems == []
            parsed, row_problems = parse_row(dict(zip(names, cells)))
            assert row_problems == []
            back.append(parsed)
        assert back == rows
    finally:
        os.unlink(path)


junk_cell = st.one_of(
    st.none(),
    st.text(),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.datetimes(),
    st.from_regex(r"\d{4}[-/]\d{1,2}[-/]\d{1,2} \d{1,2}:\d{2}(:\d{2})?", fullmatch=True),
    st.sampled_from(DISPOSITIONS + REJECT_REASONS + CALLBACK_RESULTS + ("是", "否")),
)


@SETTINGS
@given(st.dictionaries(st.sampled_from([c.name for c in COLUMNS]), junk_cell))
def test_junk_rows_get_reasons_never_exceptions(values):
    parsed, problems = parse_row(values)
    assert (parsed is None) == bool(problems)
    for header, reason in problems:
        assert header in HEADERS and reason


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from([b"", ",".join(HEADERS).encode() + b"\r\n"]))
def test_junk_files_are_refused_not_crashed(junk, header):
    fd, path = tempfile.mkstemp(suffix=".csv")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(header + junk)
        try:
            validate_file(path)
        except ImportRefused as refused:
            assert refused.errors and all(str(e) for e in refused.errors)
    finally:
        os.unlink(path)


def test_a_text_that_itself_begins_with_a_quote_round_trips():
    # (found by the property above: a subcategory 「'@」 came back as 「@」)
    from interchange.exporter import safe_cell

    row = OrderRow(
        case_no="Q1",
        received_at=dt.datetime(2020, 4, 1, 9, 0),
        category="城乡建设",
        disposition="待处理",
        channel="电话",
        subcategory="'@",
        content="''=1",
        caller_name="'a",
    )
    cells = format_row(row)
    for written in (cells, {header: safe_cell(value) for header, value in cells.items()}):
        parsed, problems = parse_row(by_name(written))
        assert problems == []
        assert (parsed.subcategory, parsed.content, parsed.caller_name) == ("'@", "''=1", "'a")
