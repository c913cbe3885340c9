"""What the brief page saves: the issue line, the notes and the case texts of a draft.

The screen (admin/briefs.py) hands the posted form and the acting user; every check and
write is here, so a rule about what an edit is lives in one place. Bad input raises
ValueError with a Chinese message and changes nothing.
"""

import datetime as dt
import json
from collections.abc import Mapping

from brief.content import DRAFT, ISSUED, brief_context, brief_figures, default_notes, next_version
from models import Brief, CaseStudy, User, WorkOrder, db, record_audit
from periods import parse_period

# The notes staff may edit, with their labels on the page.
NOTE_FIELDS = [
    ("reject", "（一）表下注：不予立案原因"),
    ("categories", "（二）1. 表下注：类别说明"),
    ("units", "（二）2. 表下注：成员单位说明"),
    ("topic_heading", "专题小标题"),
    ("topic", "专题表下说明"),
    ("campaign_heading", "电话摸排小标题"),
    ("campaigns", "电话摸排引言"),
]


class BriefFrozen(ValueError):
    """An issued brief is not edited: issuing again makes a new version."""


MAX_ISSUE_NO = 99999  # an issue number beyond any office's count, and far inside a database integer


def _positive_int(text, label):
    text = (text or "").strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise ValueError(f"{label}须为正整数")
    if int(text) > MAX_ISSUE_NO:
        raise ValueError(f"{label}不能大于{MAX_ISSUE_NO}")
    return int(text)


def _date(text):
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"印发日期「{text}」应写作 2020-04-10") from None


def meta_from_form(form: Mapping[str, str]) -> dict:
    """The issue line fields of a form, checked; raises ValueError with a Chinese message."""
    return {
        "issue_no": _positive_int(form.get("issue_no"), "期号（第X期）"),
        "total_issue_no": _positive_int(form.get("total_issue_no"), "总期号（总第X期）"),
        "issuer": form.get("issuer", "").strip()[:100],
        "recipients": "\n".join(line.strip() for line in form.get("recipients", "").strip().splitlines()),
        "issued_on": _date(form.get("issued_on")),
    }


def shown_texts(context: dict) -> dict[int, str]:
    """{CaseStudy id: the text the brief shows} for every case of 二、 and 三、."""
    items = context["cases"] + [case for problem in context["problems"] for case in problem["cases"]]
    return {item["id"]: item["text"] for item in items}


def record(brief: Brief, action: str, actor: User, changes: dict | None = None) -> None:
    """The audit log's line for a change to `brief` by `actor`."""
    record_audit(actor, "Brief", brief.id, action, changes or {})


def create_draft(form: Mapping[str, str], actor: User) -> Brief:
    """A new draft for the form's period (the next version), with its issue line."""
    period = parse_period(form.get("period", "").strip())
    meta = meta_from_form(form)
    with db.atomic():
        brief = Brief.create(
            period=period.code, version=next_version(period.code), status=DRAFT, created_by=actor.id, **meta
        )
        record(brief, "新建", actor, meta)
    return brief


def save_edits(brief: Brief, form: Mapping[str, str], actor: User) -> dict:
    """Save the page's form on a draft; returns what was recorded in the audit log.

    A field the form did not send keeps its value; a note equal to the data's own wording
    is dropped (it follows the data); a case text is an edit only when it differs from
    what the page showed.
    """
    if brief.status == ISSUED:
        raise BriefFrozen("已签发的专报不能修改；如需更正，请签发新版本。")
    meta = meta_from_form(form)
    # What the page showed, before this save changes masking or notes: an unchanged
    # case text is not an edit.
    context = brief_context(brief)
    shown = shown_texts(context)
    period = parse_period(brief.period)
    selection = selection_from_form(form, period) if form.get("selection") == "1" else None
    defaults = default_notes(brief_figures(brief.period))
    notes = dict(brief.notes)
    for key, _ in NOTE_FIELDS:
        if f"note_{key}" not in form:
            continue
        value = form[f"note_{key}"].strip()
        if value == defaults.get(key, ""):
            notes.pop(key, None)
        else:
            notes[key] = value
    with db.atomic():
        for key, value in meta.items():
            if key in form:
                setattr(brief, key, value)
        brief.show_personal_data = form.get("show_personal_data") == "1"
        brief.show_unit_scorecard = form.get("show_unit_scorecard") == "1"
        brief.notes_json = json.dumps(notes, ensure_ascii=False)
        brief.save()
        if selection is not None:  # the page's lists: the period's selection as staff left it
            store_selection(period, selection, _shown_by_order(context))
            edited = {
                "cases": [o.case_no for o, _ in selection["cases"]],
                "problems": [[h, [o.case_no for o, _ in ex]] for h, ex in selection["problems"]],
            }
        else:
            edited = _save_case_texts(brief, form, shown)
        changes = {**meta, "notes": notes, "cases_edited": edited, "show_unit_scorecard": brief.show_unit_scorecard}
        record(brief, "修改", actor, changes)
    return changes


def _save_case_texts(brief, form, shown):
    """A case text typed differently from what the page showed is kept as the staff's text."""
    edited = []
    for study in CaseStudy.select().where(CaseStudy.period == brief.period):
        key = f"case_{study.id}"
        if key not in form:
            continue
        text = " ".join(form[key].split())
        if not text:  # emptied: back to the text built from the order
            if study.text:
                study.text = ""
                study.save()
                edited.append(study.id)
        elif text != " ".join(shown.get(study.id, "").split()):
            study.text = text
            study.save()
            edited.append(study.id)
    return edited


# --- 二、and 三、: the selection staff edit (docs/RULES.md § Proposals) ------------------------

CASE_SECTION_NAME, PROBLEM_SECTION_NAME = "案例摘选", "高频问题"
MAX_ROWS = 200  # rows of a posted selection read at most


def _flat(text):
    return " ".join((text or "").split())


def _position(text, fallback):
    text = (text or "").strip()
    if not text:
        return fallback
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"顺序「{text}」须为数字") from None


def _order_of(case_no, period):
    order = WorkOrder.get_or_none(WorkOrder.case_no == case_no)
    if order is None:
        raise ValueError(f"没有工单编号为「{case_no}」的工单")
    if not period.contains(order.received_at):
        raise ValueError(f"工单「{case_no}」不是{period.label}受理的，不能选入本期专报")
    return order


def _posted_rows(form, prefix, period):
    """[(position, index, order, text)] of the rows `prefix-0-…`, `prefix-1-…` not removed, plus
    `prefix-new-no` (an order added by its number) at the end."""
    rows = []
    for i in range(MAX_ROWS):
        key = f"{prefix}-{i}-no"
        if key not in form:
            break
        number = form.get(key, "").strip()
        if form.get(f"{prefix}-{i}-remove") or not number:
            continue
        rows.append((_position(form.get(f"{prefix}-{i}-pos"), i + 1), i, number, _flat(form.get(f"{prefix}-{i}-text"))))
    added = form.get(f"{prefix}-new-no", "").strip()
    if added:
        rows.append((float("inf"), MAX_ROWS, added, ""))
    seen, result = set(), []
    for position, index, number, text in sorted(rows, key=lambda r: (r[0], r[1])):
        if number in seen:
            raise ValueError(f"工单「{number}」在同一部分出现了两次")
        seen.add(number)
        result.append((position, index, _order_of(number, period), text))
    return result


def selection_from_form(form: Mapping[str, str], period) -> dict:
    """The posted selection, checked: {"cases": [(order, text)], "problems": [(heading, [(order, text)])]}.

    Raises ValueError with a Chinese message (an unknown or other-period 工单编号, a problem
    without a heading, two problems with one heading)."""
    cases = [(order, text) for _, _, order, text in _posted_rows(form, "case", period)]
    groups = []
    for g in range(MAX_ROWS):
        if f"problem-{g}-heading" not in form:
            break
        if form.get(f"problem-{g}-remove"):
            continue
        heading = " ".join(form.get(f"problem-{g}-heading", "").split())[:200]
        examples = [(order, text) for _, _, order, text in _posted_rows(form, f"problem-{g}", period)]
        if not heading and not examples:
            continue
        if not heading:
            raise ValueError(f"第{g + 1}个问题缺少标题")
        if not examples:
            raise ValueError(f"问题「{heading}」至少要有一个示例工单")
        groups.append((_position(form.get(f"problem-{g}-pos"), g + 1), g, heading, examples))
    heading = " ".join(form.get("problem-new-heading", "").split())[:200]
    number = form.get("problem-new-no", "").strip()
    if heading or number:
        if not (heading and number):
            raise ValueError("新增问题须同时填写标题和一个工单编号")
        groups.append((float("inf"), MAX_ROWS, heading, [(_order_of(number, period), "")]))
    headings = [h for _, _, h, _ in groups]
    if len(set(headings)) != len(headings):
        raise ValueError("两个问题的标题相同，请修改其中一个")
    problems = [(h, examples) for _, _, h, examples in sorted(groups, key=lambda r: (r[0], r[1]))]
    return {"cases": cases, "problems": problems}


def _shown_by_order(context):
    """{(section, 工单编号): the text the page showed} for the context's 二、and 三、."""
    shown = {(CASE_SECTION_NAME, c["case_no"]): c["text"] for c in context["cases"]}
    for problem in context["problems"]:
        for c in problem["cases"]:
            shown[(PROBLEM_SECTION_NAME, c["case_no"])] = c["text"]
    return shown


def store_selection(period, selection: dict, shown: dict | None = None) -> list[int]:
    """Replace the period's CaseStudy rows by `selection` (as selection_from_form gives it).

    A text equal to what the page showed keeps the row's earlier staff text (none: built from
    the order); a different one is the staff's. Returns the new rows' ids."""
    shown = shown or {}
    earlier = {
        (s.section, s.order.case_no): s.text
        for s in CaseStudy.select(CaseStudy, WorkOrder).join(WorkOrder).where(CaseStudy.period == period.code)
    }

    def text_of(section, order, text):
        key = (section, order.case_no)
        if not text or (key in shown and text == _flat(shown[key])):
            return earlier.get(key, "") if text else ""
        return text

    ids = []
    with db.atomic():
        CaseStudy.delete().where(CaseStudy.period == period.code).execute()
        for i, (order, text) in enumerate(selection["cases"], 1):
            row = CaseStudy.create(
                order=order.id, period=period.code, section=CASE_SECTION_NAME, position=i,
                text=text_of(CASE_SECTION_NAME, order, text),
            )  # fmt: skip
            ids.append(row.id)
        for g, (heading, examples) in enumerate(selection["problems"], 1):
            for j, (order, text) in enumerate(examples, 1):
                row = CaseStudy.create(
                    order=order.id, period=period.code, section=PROBLEM_SECTION_NAME, heading=heading,
                    position=1000 * g + j, text=text_of(PROBLEM_SECTION_NAME, order, text),
                )  # fmt: skip
                ids.append(row.id)
    return ids


def store_proposal(period) -> list[int]:
    """The period's proposal (brief/proposals.py) stored as its selection (texts built)."""
    from brief.proposals import cached_propose

    proposal = cached_propose(period)
    numbers = [c.order_no for c in proposal.cases] + [no for p in proposal.problems for no in p.examples]
    orders = {o.case_no: o for o in WorkOrder.select().where(WorkOrder.case_no.in_(numbers))} if numbers else {}
    selection = {
        "cases": [(orders[c.order_no], "") for c in proposal.cases],
        "problems": [(p.heading, [(orders[no], "") for no in p.examples]) for p in proposal.problems],
    }
    return store_selection(period, selection)


def repropose(brief: Brief, actor: User) -> None:
    """重新提议 (the staff's click): the period's selection replaced by a fresh proposal."""
    if brief.status == ISSUED:
        raise BriefFrozen("已签发的专报不能修改；如需更正，请签发新版本。")
    period = parse_period(brief.period)
    with db.atomic():
        ids = store_proposal(period)
        record(brief, "重新提议", actor, {"period": period.code, "rows": len(ids)})


def set_first_day(text: str, actor: User) -> dt.date | None:
    """The records' first day (同比/环比 only against periods from it on); empty: back to the
    day of the first stored order. Recorded in the audit log."""
    from figures import FIRST_DAY_KEY, stored_first_day
    from models import Setting, local_now

    text = (text or "").strip()
    day = None
    if text:
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"记录起始日期「{text}」应写作 2020-01-01") from None
        if day > local_now().date():
            raise ValueError("记录起始日期不能晚于今天")
    before = stored_first_day()
    with db.atomic():
        if day is None:
            Setting.delete().where(Setting.key == FIRST_DAY_KEY).execute()
        else:
            row, _ = Setting.get_or_create(key=FIRST_DAY_KEY)
            row.value, row.updated_by, row.updated_at = day.isoformat(), actor.id, local_now()
            row.save()
        record_audit(actor, "Setting", FIRST_DAY_KEY, "修改", {"before": str(before or ""), "after": str(day or "")})
    return day
