"""Immediate notices to a unit (docs/RULES.md § Reminders § Immediate notices): on 转办, on the
decision on its 延期 request and on 退回重办, the unit's accounts see an in-app notice at once,
and an e-mail to the unit's address goes out through a job on the queue (`default`).

The nightly digest is unchanged; these come besides it. Each notice has at most one
NoticeMail row (unique), and the job sends only a row not yet delivered, so a job run twice,
or the nightly retry (`send_pending`) meeting a job, never sends a mail twice. When Redis is
down the row waits for the nightly pass.
"""

import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any

import notify
from models import Notice, NoticeMail, WorkOrder, db, local_now

log = logging.getLogger(__name__)

ALERT_STEPS = ("dispatch", "decide_extension", "reopen", "callback_reopen")
SUBJECTS = {
    "dispatch": "新转办工单",
    "decide_extension": "延期申请审批结果",
    "reopen": "工单退回重办",
    "callback_reopen": "工单退回重办",
}


def _time(value: dt.datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else "—"


def alert_text(order: WorkOrder, step: str, note: str = "") -> str:
    """The notice of `step` just taken on `order` (as it stands after the step)."""
    case = f"工单 {order.case_no}"
    if step == "dispatch":
        return (
            f"【新工单】{case}（{order.category.name}，{order.urgency}）已转办至本单位，"
            f"请于 {_time(order.sign_due_at)} 前签收，{_time(order.due_at)} 前办理并回复。"
        )
    if step == "decide_extension":
        if order.extension_state == "已批准":
            return f"【延期审批】{case} 的延期申请已批准，办理时限延至 {_time(order.due_at)}。"
        why = f"理由：{note}。" if note else ""
        return f"【延期审批】{case} 的延期申请未获批准，{why}办理时限仍为 {_time(order.due_at)}。"
    reason = f"原因：{note}。" if note else ""
    return (
        f"【退回重办】{case} 的回复未获认可，已退回本单位重新办理。{reason}"
        f"请于 {_time(order.sign_due_at)} 前签收，{_time(order.due_at)} 前重新回复。"
    )


def alert_unit(order: WorkOrder, step: str, note: str = "") -> Notice | None:
    """Write the unit's notice now and queue its e-mail. Returns the notice (None when the
    step sends none or the order has no unit)."""
    if step not in ALERT_STEPS or not order.department_id:
        return None
    order = WorkOrder.get_by_id(order.id)
    unit = order.department
    text = alert_text(order, step, note)
    with db.atomic():
        notice = Notice.create(department=unit, for_role="department", order=order, text=text)
        mail = NoticeMail.create(
            notice=notice,
            recipient=unit.email or "",
            subject=f"【12345热线】{SUBJECTS[step]}：工单 {order.case_no}",
            error="" if unit.email else "单位未登记电子邮箱，无法送达",
        )
    if mail.recipient:
        from jobs import try_enqueue
        from jobs.alerts import send_notice_mail_job

        try_enqueue("default", send_notice_mail_job, mail.id, description=f"即时通知邮件：工单 {order.case_no}")
    return notice


def mail_body(notice: Notice) -> str:
    unit = notice.department.name if notice.department_id else "承办单位"
    return "\n".join(
        [
            f"{unit}：",
            "",
            notice.text,
            "",
            "请登录12345政府服务热线后台「本单位工单」办理。",
            "",
            "12345政府服务热线办公室",
        ]
    )


def send_mail(config: Mapping[str, Any], mail_id: int) -> bool:
    """Send one NoticeMail if it is still pending; True when sent now. A failure is recorded
    (attempts + 1, the error) and raised, so the job's retries and the nightly pass try again."""
    mail = NoticeMail.get_or_none(NoticeMail.id == mail_id)
    if mail is None or mail.delivered or not mail.recipient:
        return False
    try:
        notify.send_email(config, mail.recipient, mail.subject, mail_body(mail.notice))
    except Exception as exc:  # the far side failed: record, let the caller retry
        NoticeMail.update(attempts=NoticeMail.attempts + 1, error=f"{type(exc).__name__}: {exc}"[:500]).where(
            NoticeMail.id == mail.id
        ).execute()
        raise
    NoticeMail.update(attempts=NoticeMail.attempts + 1, delivered=True, error="", sent_at=local_now()).where(
        NoticeMail.id == mail.id
    ).execute()
    return True


def send_pending(config: Mapping[str, Any]) -> tuple[int, int]:
    """The nightly catch-up: send every undelivered notice mail with an address and attempts
    left. Returns (sent, failed)."""
    pending = NoticeMail.select(NoticeMail.id).where(
        (NoticeMail.delivered == False)
        & (NoticeMail.recipient != "")
        & (NoticeMail.attempts < config.get("DELIVERY_MAX_ATTEMPTS", 10))
    )
    sent = failed = 0
    for (mail_id,) in pending.tuples():
        try:
            sent += send_mail(config, mail_id)
        except Exception as exc:
            log.warning("即时通知邮件 %s 发送失败：%s", mail_id, exc)
            failed += 1
    return sent, failed
