"""What the brief page saves: the issue line, the notes and the case texts of a draft.

The screen (admin/briefs.py) hands the posted form and the acting user; every check and
write is here, so a rule about what an edit is lives in one place. Bad input raises
ValueError with a Chinese message and changes nothing.
"""

import datetime as dt
import json
from collections.abc import Mapping

from brief.content import DRAFT, ISSUED, brief_context, brief_figures, default_notes, next_version
from models import AuditLog, Brief, CaseStudy, User, db
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


def _positive_int(text, label):
    text = (text or "").strip()
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"{label}须为正整数")
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
        "recipients": form.get("recipients", "").strip(),
        "issued_on": _date(form.get("issued_on")),
    }


def shown_texts(context: dict) -> dict[int, str]:
    """{CaseStudy id: the text the brief shows} for every case of 二、 and 三、."""
    items = context["cases"] + [case for problem in context["problems"] for case in problem["cases"]]
    return {item["id"]: item["text"] for item in items}


def record(brief: Brief, action: str, actor: User, changes: dict | None = None) -> None:
    """The audit log's line for a change to `brief` by `actor`."""
    AuditLog.create(
        actor=actor.id,
        actor_name=str(actor),
        model="Brief",
        object_id=str(brief.id),
        action=action,
        changes=json.dumps(changes or {}, ensure_ascii=False, default=str),
    )


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
    shown = shown_texts(brief_context(brief))
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
        brief.notes_json = json.dumps(notes, ensure_ascii=False)
        brief.save()
        edited = _save_case_texts(brief, form, shown)
        changes = {**meta, "notes": notes, "cases_edited": edited}
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
