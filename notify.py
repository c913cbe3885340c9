"""Delivery of reminders: the e-mail digest (SMTP), the in-app notice, and SMS.

Notices are rows the department account (or the supervisors) see in the app; they are
delivered when written. E-mail and SMS go out as one digest per recipient per day; every
attempt is counted on its Delivery rows (attempts, error, delivered), so a failure is
retried by the next pass (and by RQ's retry of the job) and never lost.
"""

import datetime as dt
import logging
import smtplib
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from email.message import EmailMessage
from email.utils import formataddr
from typing import Any

from peewee import JOIN, SQL, ModelSelect

from models import Delivery, Department, Notice, Reminder, User, WorkOrder, local_now

log = logging.getLogger(__name__)

# A sender holds its claimed rows this long; a crashed sender's rows are free again after.
CLAIM_MINUTES = 10
KIND_ORDER = ("督办", "超期", "签收超时", "临期")


class DeliveryError(Exception):
    """Some e-mail/SMS could not be delivered (recorded on Delivery; raised so RQ retries)."""


# --- in-app notices ----------------------------------------------------------------------


def notices_for(user: User) -> ModelSelect:
    """The notices a user may see: their unit's, or the supervisors' (督办)."""
    if user.role == "department" and user.department_id:
        return Notice.select().where((Notice.department == user.department_id) & (Notice.for_role == "department"))
    if user.role == "supervisor":
        return Notice.select().where(Notice.for_role == "supervisor")
    return Notice.select().where(SQL("1 = 0"))


def unread_notices(user: User) -> ModelSelect:
    return notices_for(user).where(Notice.read_at.is_null())


def mark_read(user: User, notice_ids: Iterable[int] | None = None) -> int:
    """Mark the user's notices read (all unread ones when no ids are given)."""
    visible = unread_notices(user)
    if notice_ids is not None:
        visible = visible.where(Notice.id.in_(list(notice_ids)))
    ids = [n.id for n in visible.select(Notice.id)]
    if not ids:
        return 0
    return Notice.update(read_at=local_now()).where(Notice.id.in_(ids)).execute()


# --- channels ----------------------------------------------------------------------------


def send_email(config: Mapping[str, Any], to: str, subject: str, body: str) -> None:
    """Send one plain-text e-mail through the SMTP server of the settings."""
    message = EmailMessage()
    message["From"] = formataddr(("12345政府服务热线", config["MAIL_FROM"]))
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(config["SMTP_HOST"], config["SMTP_PORT"], timeout=15) as smtp:
        if config.get("SMTP_STARTTLS"):
            smtp.starttls()
        if config.get("SMTP_USER"):
            smtp.login(config["SMTP_USER"], config["SMTP_PASSWORD"])
        smtp.send_message(message)


class LogSms:
    """SMS "gateway" that only writes the message to the log, until a real one is bought.

    A gateway is any object with send(phone, text) that raises on failure; add it to
    SMS_BACKENDS and choose it with the SMS_BACKEND setting.
    """

    def send(self, phone: str, text: str) -> None:
        log.info("短信 → %s：%s", phone, text)


SMS_BACKENDS = {"log": LogSms}


def sms_backend(config: Mapping[str, Any]) -> LogSms:
    name = config.get("SMS_BACKEND", "log")
    if name not in SMS_BACKENDS:
        raise DeliveryError(f"未知短信通道 {name}（可用：{'、'.join(SMS_BACKENDS)}）")
    return SMS_BACKENDS[name]()


# --- digests -------------------------------------------------------------------------------


def digest_subject(recipient_name: str, day: dt.date) -> str:
    return f"【12345热线】{recipient_name}工单催办提醒（{day:%Y年%m月%d日}）"


def digest_body(
    recipient_name: str, day: dt.date, items: Iterable[tuple[str, str, dt.datetime, str | None, str]]
) -> str:
    """items: (kind, case_no, due_at, content, unit name), any order."""
    lines = [f"{recipient_name}：", "", f"截至{day:%Y年%m月%d日}，以下工单需要您关注：", ""]
    by_kind = defaultdict(list)
    for item in items:
        by_kind[item[0]].append(item)
    for kind in KIND_ORDER:
        rows = sorted(by_kind.get(kind, []), key=lambda r: (r[2], r[1]))
        if not rows:
            continue
        lines.append(f"【{kind}】{len(rows)} 件")
        for _, case_no, due_at, content, unit in rows:
            summary = (content or "").replace("\n", " ")[:40]
            unit_part = f"｜承办单位：{unit}" if kind == "督办" else ""
            lines.append(f"  工单 {case_no}｜办理时限 {due_at:%Y-%m-%d %H:%M}{unit_part}｜{summary}")
        lines.append("")
    lines += ["请登录12345政府服务热线后台签收、办理并按时回复。", "", "12345政府服务热线办公室"]
    return "\n".join(lines)


def sms_text(recipient_name: str, day: dt.date, items: Iterable[tuple[str, str, dt.datetime, str | None, str]]) -> str:
    counts = defaultdict(int)
    for item in items:
        counts[item[0]] += 1
    parts = "、".join(f"{kind}{counts[kind]}件" for kind in KIND_ORDER if counts[kind])
    return f"【12345热线】{recipient_name}：{day:%m月%d日}有{parts}工单，请登录后台办理。"


def _claim(config):
    """Claim every pending e-mail/SMS row no other sender holds; returns the claim token."""
    token = uuid.uuid4().hex
    now = local_now()
    (
        Delivery.update(claim=token, claimed_until=now + dt.timedelta(minutes=CLAIM_MINUTES))
        .where(
            (Delivery.delivered == False)
            & Delivery.channel.in_(("email", "sms"))
            & (Delivery.recipient != "")
            & (Delivery.attempts < config.get("DELIVERY_MAX_ATTEMPTS", 10))
            & (Delivery.claimed_until.is_null() | (Delivery.claimed_until < now))
        )
        .execute()
    )
    return token


def deliver_pending(config: Mapping[str, Any]) -> tuple[int, int]:
    """Send every pending e-mail/SMS as digests (one per channel, recipient and day).

    Returns (digests sent, digests failed). Each Delivery row of a digest records the
    attempt: delivered and sent_at on success, the error on failure.
    """
    token = _claim(config)
    rows = (
        Delivery.select(
            Delivery.id,
            Delivery.channel,
            Delivery.recipient,
            Reminder.day,
            Reminder.kind,
            WorkOrder.case_no,
            WorkOrder.due_at,
            WorkOrder.content,
            Department.name,
        )
        .join(Reminder)
        .join(WorkOrder)
        .switch(Reminder)
        .join(Department, on=(Reminder.department == Department.id), join_type=JOIN.LEFT_OUTER)
        .where(Delivery.claim == token)
        .tuples()
    )
    groups = defaultdict(list)
    for delivery_id, channel, recipient, day, kind, case_no, due_at, content, unit in rows:
        groups[(channel, recipient, day)].append((delivery_id, (kind, case_no, due_at, content, unit or "")))
    sent = failed = 0
    for (channel, recipient, day), members in sorted(groups.items()):
        ids = [m[0] for m in members]
        items = [m[1] for m in members]
        name = _recipient_name(items)
        try:
            if channel == "email":
                send_email(config, recipient, digest_subject(name, day), digest_body(name, day, items))
            else:
                sms_backend(config).send(recipient, sms_text(name, day, items))
        except Exception as exc:  # any failure of the far side: record it, retry later
            log.warning("提醒%s发送失败（%s）：%s", "邮件" if channel == "email" else "短信", recipient, exc)
            _record(ids, delivered=False, error=f"{type(exc).__name__}: {exc}"[:500])
            failed += 1
        else:
            _record(ids, delivered=True, error="")
            sent += 1
    return sent, failed


def _recipient_name(items):
    # A unit's digest is addressed to the unit; a 督办 digest to the supervisors.
    if all(kind == "督办" for kind, *_ in items):
        return "各位管理员"
    return next((unit for kind, *_, unit in items if kind != "督办" and unit), "承办单位")


def _record(ids, delivered, error):
    changes = {
        Delivery.attempts: Delivery.attempts + 1,
        Delivery.delivered: delivered,
        Delivery.error: error,
        Delivery.claim: "",
        Delivery.claimed_until: None,
    }
    if delivered:
        changes[Delivery.sent_at] = local_now()
    Delivery.update(changes).where(Delivery.id.in_(ids)).execute()


# --- what supervisors see ---------------------------------------------------------------


def undeliverable(config: Mapping[str, Any], limit: int = 200) -> ModelSelect:
    """E-mail/SMS deliveries that did not arrive (no address, or failed), newest first."""
    return (
        Delivery.select(Delivery, Reminder, WorkOrder, Department)
        .join(Reminder)
        .join(WorkOrder)
        .switch(Reminder)
        .join(Department, on=(Reminder.department == Department.id), join_type=JOIN.LEFT_OUTER)
        .where(
            (Delivery.delivered == False)
            & Delivery.channel.in_(("email", "sms"))
            & ((Delivery.recipient == "") | (Delivery.error != ""))
        )
        .order_by(Reminder.day.desc(), Delivery.id.desc())
        .limit(limit)
    )


def retry_undeliverable() -> int:
    """Try failed deliveries again from the start, with units' current e-mail addresses.

    For a supervisor who has just fixed an address or the mail server. Returns the rows reset.
    """
    missing = (
        Delivery.select(Delivery.id, Department.email)
        .join(Reminder)
        .join(Department, on=(Reminder.department == Department.id))
        .where(
            (Delivery.delivered == False)
            & (Delivery.channel == "email")
            & (Delivery.recipient == "")
            & (Reminder.kind != "督办")
            & (Department.email != "")
        )
        .tuples()
    )
    for delivery_id, email in list(missing):
        Delivery.update(recipient=email).where(Delivery.id == delivery_id).execute()
    return (
        Delivery.update(attempts=0, error="", claim="", claimed_until=None)
        .where((Delivery.delivered == False) & (Delivery.recipient != "") & (Delivery.error != ""))
        .execute()
    )
