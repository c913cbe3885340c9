"""The brief (工作专报): what goes into it, and freezing it when it is issued.

`brief_context(brief)` is everything the template needs — figures, the notes under the
tables (pre-filled from the data, staff edits win), the case texts of 二、and 三、 built
by the pattern of docs/RULES.md § Case texts, the issue line — as numbers and plain text, never HTML. A draft
reads the records live; an issued brief reads only what was stored when it was issued
(`issue`), so later changes to the data leave it as it was. Rendering is in brief/render.py and brief/files.py.
"""

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

from flask import current_app
from peewee import fn

from figures import daily_volume, figures_for, percent
from models import (
    REJECT_REASONS,
    Brief,
    Callback,
    CaseStudy,
    Category,
    OrderTopic,
    Topic,
    User,
    WorkOrder,
    db,
    local_now,
)
from periods import Period, parse_period
from privacy import mask_order_text

MASTHEAD = "12345政府服务热线工作专报"
ISSUED = "已签发"
DRAFT = "草稿"
TOP_CATEGORIES = 4
TOP_UNITS = 5
CASE_SECTION = "案例摘选"
PROBLEM_SECTION = "高频问题"

# Mobile numbers and landlines (0743-1234567) written inside a text; never inside longer digit runs.
PHONE_RE = re.compile(r"(?<![\dA-Za-z])(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")
REJECT_WORDING = {
    "要素不全": "群众来电反映事件的时间、地点、具体情况描述不清等事件要素不全",
    "超出受理范围": "反映事件超出热线受理范围",
    "诉求不合理": "诉求不合理属无理取闹",
}
ORDINALS = "一二三四五六七八九十"
# The 报/送 lines of a brief whose staff wrote none (the page shows them as its starting text).
DEFAULT_RECIPIENTS = "报：县委、县人大、县政府、县政协主要领导\n送：县委办、县政府办，各成员单位"


# --- figures ------------------------------------------------------------------------------


def _jsonable(value):
    """Dates and datetimes as ISO text, so live and frozen figures look the same."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def daily_counts(period: Period) -> list[dict[str, Any]]:
    """[{"date": "2020-01-01", "count": n}] for every day of the period, zeros included."""
    return [{"date": day.isoformat(), "count": n} for day, n in daily_volume(period)]


def reject_reasons(period: Period) -> dict[str, int]:
    """{reason: count} of the period's rejected orders, in the order of REJECT_REASONS."""
    rows = dict(
        WorkOrder.select(WorkOrder.reject_reason, fn.COUNT(WorkOrder.id))
        .where(
            (WorkOrder.received_at >= period.start)
            & (WorkOrder.received_at < period.end)
            & (WorkOrder.status == "REJECTED")
        )
        .group_by(WorkOrder.reject_reason)
        .tuples()
    )
    return {reason: rows[reason] for reason in REJECT_REASONS if rows.get(reason)}


def brief_figures(period: Period | str) -> dict[str, Any]:
    """figures_for(period) plus what only the brief shows (daily volume, reject reasons), JSON-safe."""
    period = parse_period(period)
    figures = _jsonable(figures_for(period))
    figures["daily"] = daily_counts(period)
    figures["reject_reasons"] = reject_reasons(period)
    figures["unit_scorecard"] = unit_scorecard(period)
    return figures


# The columns of the optional table 「成员单位办理情况」: (scorecard key, heading).
SCORECARD_COLUMNS = [
    ("dispatched", "派单数"),
    ("on_time_rate", "按时办结率"),
    ("resolved_rate", "办结率"),
    ("satisfaction", "满意率"),
    ("redo_rate", "发回重办率"),
    ("supervised", "督办件数"),
    ("score", "综合得分"),
]


def unit_scorecard(period: Period | str) -> list[dict[str, Any]]:
    """The scorecard's rows (scorecard.py) as the brief's table shows them, JSON-safe."""
    from scorecard import scorecard

    return [
        {"rank": r["rank"], "unit": r["unit"], **{key: r[key] for key, _ in SCORECARD_COLUMNS}}
        for r in scorecard(period)["units"]
    ]


# --- notes under the tables ----------------------------------------------------------------


def _category_note(category):
    """社会服务类中咨询达1605个，其次是求助、建议等问题: the largest sub-category with its count."""
    subs = category["subcategories"]
    if not subs:
        return f"{category['name']}{category['count']}个"
    top = subs[0]
    rest = "、".join(s["name"] for s in subs[1:4])
    return f"{category['name']}中{top['name']}达{top['count']}个" + (f"，其次是{rest}等问题" if rest else "")


def default_notes(figures: Mapping[str, Any]) -> dict[str, str]:
    """The notes staff start from, written from the figures; each one may be edited."""
    notes = {"reject": "", "categories": "", "units": "", "topic": "", "campaigns": ""}
    reasons = [REJECT_WORDING[r] for r in figures.get("reject_reasons", {}) if r in REJECT_WORDING]
    if reasons:
        parts = [f"{ORDINALS[i]}是{text}" for i, text in enumerate(reasons)]
        notes["reject"] = "注：不予立案原因" + "；".join(parts) + "。"
    top = figures["categories"][:TOP_CATEGORIES]
    if top:
        notes["categories"] = "注：" + "；".join(_category_note(c) for c in top) + "。"
    topic = figures.get("topic")
    if topic and topic["received"]:
        subs = topic_subcategories(figures)
        if subs:
            notes["topic"] = f"{topic['name']}类工单主要涉及{'、'.join(subs)}等问题。"
    if figures["campaigns"]:
        notes["campaigns"] = "12345政府服务热线积极配合相关部门，开展了以下电话摸排工作。"
    notes["topic_heading"] = f"{topic['name']}类工单办理情况" if topic else ""
    notes["campaign_heading"] = "电话摸排工作开展情况"
    return notes


def merged_notes(brief: Brief, figures: Mapping[str, Any]) -> dict[str, str]:
    """The pre-filled notes with the staff's own wording where they changed one."""
    notes = default_notes(figures)
    notes.update({k: v for k, v in brief.notes.items() if v is not None})
    return notes


def topic_subcategories(figures: Mapping[str, Any], limit: int = 6) -> list[str]:
    """Names of the sub-categories the topic's orders fall in, most frequent first."""
    topic = figures.get("topic")
    if not topic:
        return []
    start, end = (
        dt.datetime.fromisoformat(figures["period"]["start"]),
        dt.datetime.fromisoformat(figures["period"]["end"]),
    )
    rows = (
        Category.select(Category.name, fn.COUNT(WorkOrder.id).alias("n"))
        .join(WorkOrder, on=(WorkOrder.subcategory == Category.id))
        .join(OrderTopic, on=(OrderTopic.order == WorkOrder.id))
        .join(Topic, on=(OrderTopic.topic == Topic.id))
        .where((Topic.name == topic["name"]) & (WorkOrder.received_at >= start) & (WorkOrder.received_at < end))
        .group_by(Category.name)
        .tuples()
    )
    return [name for name, _ in sorted(rows, key=lambda r: (-r[1], r[0]))][:limit]


# --- case texts ----------------------------------------------------------------------------


def month_day(moment: dt.date | None) -> str:
    return f"{moment.month}月{moment.day}日" if moment else ""


def _callback_note(order):
    callback = Callback.get_or_none(Callback.order == order.id)
    if callback is None or callback.result == "未接通":
        return ""
    return callback.note.strip()


def _sentence(text):
    text = (text or "").strip()
    return text if not text or text[-1] in "。！？；.!?" else text + "。"


def case_text(order: WorkOrder) -> str:
    """The case text pattern (docs/RULES.md § Case texts): 案件公文号…来电反映：…处理结果：派单至…，M月D日，…回复：…回访：…"""
    text = f"案件公文号{order.case_no}来电反映：{_sentence(order.content)}处理结果："
    if order.dispatched_at and order.department_id:
        unit = order.department.name
        when = month_day(order.replied_at)
        text += f"派单至{unit}，" + (f"{when}，" if when else "")
        text += f"{unit}回复：{_sentence(order.reply) or '正在办理中。'}"
    elif order.status == "REJECTED":
        text += f"不予立案（{order.reject_reason or '未注明原因'}）。"
    else:
        reply = (order.reply or "").strip()
        text += _sentence(reply if reply.startswith("话务员") else f"话务员直接告知{reply}")
    note = _callback_note(order)
    return text + (f"回访：{_sentence(note)}" if note else "")


def mask_text(text: str, order: WorkOrder) -> str:
    """Callers' names as 姜某某 and phone numbers as 138****5678, wherever they appear."""
    return mask_order_text(text, order)  # the one masking of free text (docs/RULES.md § Masking of personal data)


def has_selection(period: Period | str) -> bool:
    """Whether staff saved (or issued) a selection of cases and problems for the period: then it
    is shown as they left it, and no proposal replaces it without their click."""
    return CaseStudy.select().where(CaseStudy.period == parse_period(period).code).exists()


def sections_for(period: Period | str, show_personal_data: bool = False) -> tuple[dict[str, list], bool]:
    """(二、and 三、, proposed): the saved selection, or the proposal (brief/proposals.py) when
    the period has none."""
    if has_selection(period):
        return case_sections(period, show_personal_data), False
    from brief.proposals import proposal_sections

    return proposal_sections(period, show_personal_data), True


def case_sections(period: Period | str, show_personal_data: bool = False) -> dict[str, list[dict[str, Any]]]:
    """二、(cases) and 三、(problems with their example orders) from the period's CaseStudy rows."""
    period = parse_period(period)
    studies = (
        CaseStudy.select(CaseStudy, WorkOrder)
        .join(WorkOrder)
        .where(CaseStudy.period == period.code)
        .order_by(CaseStudy.position, CaseStudy.id)
    )
    cases, problems = [], {}
    for study in studies:
        order = study.order
        text = study.text.strip() or case_text(order)  # a staff edit wins
        if not show_personal_data:
            text = mask_text(text, order)
        item = {"id": study.id, "case_no": order.case_no, "text": text, "edited": bool(study.text.strip())}
        if study.section == PROBLEM_SECTION:
            problems.setdefault(study.heading.strip() or "其他问题", []).append(item)
        else:
            cases.append(item)
    return {"cases": cases, "problems": [{"heading": h, "cases": c} for h, c in problems.items()]}


# --- the brief's context -------------------------------------------------------------------


def _date_text(day):
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return f"{day.year}年{day.month}月{day.day}日"


def _campaigns(figures):
    rows = []
    for c in figures["campaigns"]:
        start, end = dt.date.fromisoformat(c["start_date"]), dt.date.fromisoformat(c["end_date"])
        dates = month_day(start) if start == end else f"{month_day(start)}至{month_day(end)}"
        summary = (c["summary"] or "").strip()
        # The number reached is a figure of the brief: say it when the summary doesn't.
        reached = "" if str(c["reached"]) in summary else f"累计摸排{c['reached']}个对象。"
        # A summary that names its own dates (春节期间（1月27日至1月29日）…) is not prefixed with them.
        dated = month_day(start) in summary
        rows.append(
            {"name": c["name"], "dates": dates, "dated": dated, "summary": _sentence(summary), "reached": reached}
        )
    return rows


def category_shares(figures: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The top categories and 其他 with their share of non-harassment orders (for the chart)."""
    total = sum(c["count"] for c in figures["categories"])
    rows = [{"name": c["name"], "count": c["count"]} for c in figures["categories"][:TOP_CATEGORIES]]
    rest = total - sum(r["count"] for r in rows)
    if rest:
        rows.append({"name": "其他", "count": rest})
    for row in rows:
        row["share"] = percent(row["count"], total)
    return rows


def _period_words(period):
    """第一季度 / 1月 / 全年: how the text names the period without its year."""
    if period.kind == "year":
        return "全年"
    return period.label.split("年", 1)[1]


def _recipients(text):
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return [line if line[:1] in "报送抄" else f"报：{line}" for line in lines]


def stored(brief: Brief) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(figures, sections) frozen in an issued brief, or None for a draft."""
    if brief.status != ISSUED or not brief.figures_json:
        return None
    return json.loads(brief.figures_json), json.loads(brief.texts_json or '{"cases": [], "problems": []}')


def brief_context(brief: Brief, config: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Everything the brief's template (and the .docx) shows, for a Brief row (saved or not)."""
    from brief.fonts import font_plan

    config = config or current_app.config
    period = parse_period(brief.period)
    frozen = stored(brief)
    proposed = False
    if frozen:
        figures, sections = frozen
    else:
        figures = brief_figures(period)
        sections, proposed = sections_for(period, brief.show_personal_data)
    notes = brief.notes if frozen else merged_notes(brief, figures)  # issued: as stored, no query
    county = config.get("COUNTY_NAME", "")
    issued_on = brief.issued_on or local_now().date()
    return {
        "masthead": MASTHEAD,
        "county": county,
        "title": f"{county}{period.label}{MASTHEAD}",
        "period": {"code": period.code, "label": period.label, "words": _period_words(period), "kind": period.kind},
        "previous_label": period.previous().label,
        "year_before_label": period.year_before().label,
        "issue_no": brief.issue_no,
        "total_issue_no": brief.total_issue_no,
        "issuer": brief.issuer or f"{county}12345政府服务热线",
        "issued_on": _date_text(issued_on),
        "recipients": _recipients(brief.recipients or DEFAULT_RECIPIENTS),
        "version": brief.version,
        "frozen": bool(frozen),
        "figures": figures,
        "top_categories": figures["categories"][:TOP_CATEGORIES],
        "top_units": figures["units"][:TOP_UNITS],
        # An issued brief from before the table has none: the option then shows nothing.
        "unit_scorecard": figures.get("unit_scorecard", []) if brief.show_unit_scorecard else [],
        "scorecard_columns": SCORECARD_COLUMNS,
        "category_shares": category_shares(figures),
        "campaigns": _campaigns(figures),
        "notes": notes,
        "cases": sections["cases"],
        "problems": sections["problems"],
        "proposed": proposed,
        "fonts": font_plan(config.get("FONTS_DIR")),
    }


# --- briefs: drafts, issuing ----------------------------------------------------------------


def draft_for(period_text: Period | str) -> Brief:
    """The latest Brief of the period (issued or not), or an unsaved draft with defaults."""
    period = parse_period(period_text)
    latest = Brief.select().where(Brief.period == period.code).order_by(Brief.version.desc()).first()
    return latest or Brief(period=period.code, version=1, status=DRAFT)


def next_version(period_code: str) -> int:
    return (Brief.select(fn.MAX(Brief.version)).where(Brief.period == period_code).scalar() or 0) + 1


def issue(brief: Brief, user: User | int | None = None, today: dt.date | None = None) -> Brief:
    """签发: freeze figures, notes and case texts. An issued brief is issued again as a new version.

    Returns the issued Brief (the same row for a draft, a new row for a re-issue).
    """
    with db.atomic():
        if brief.status == ISSUED:
            brief = Brief.create(
                period=brief.period,
                version=next_version(brief.period),
                issue_no=brief.issue_no,
                total_issue_no=brief.total_issue_no,
                issuer=brief.issuer,
                recipients=brief.recipients,
                notes_json=brief.notes_json,
                show_personal_data=brief.show_personal_data,
                show_unit_scorecard=brief.show_unit_scorecard,
                created_by=user,
            )
        period = parse_period(brief.period)
        if not has_selection(period):  # the issued selection is the staff's from now on
            from brief.page import store_proposal

            store_proposal(period)
        figures = brief_figures(period)
        notes = merged_notes(brief, figures)
        brief.figures_json = json.dumps(figures, ensure_ascii=False)
        brief.texts_json = json.dumps(case_sections(period, brief.show_personal_data), ensure_ascii=False)
        brief.notes_json = json.dumps(notes, ensure_ascii=False)
        brief.issued_on = today or brief.issued_on or local_now().date()
        brief.status = ISSUED
        brief.pdf_path = ""  # the PDF of the draft is not the issued one
        brief.job_status = ""
        brief.save()
    return brief
