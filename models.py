"""The hotline's records (peewee models).

`db` is a proxy: the app factory (or a CLI command, a job) points it at the database
named by DATABASE_URL with `init_db(url)`. Importing this module opens nothing.

Dates and times are naive local times of the office's zone (Asia/Shanghai), as the
interchange format and the brief use them.
"""

import datetime as dt
import json
import os
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
)
from playhouse.db_url import connect
from playhouse.pool import PooledDatabase

db = DatabaseProxy()
_hasher = PasswordHasher()

# --- choices: stored values are the Chinese words staff use ------------------------------

ROLES = {
    "operator": "话务员",
    "department": "成员单位账号",
    "supervisor": "管理员",
    "leader": "领导",
}
DEPARTMENT_KINDS = ("县直部门", "街道办事处", "乡镇人民政府", "其他")
CHANNELS = ("电话", "来信", "网络", "微信", "其他")
CALLER_AREAS = ("城镇", "乡村")
URGENCIES = {"紧急": 1, "一般": 5, "复杂": 10}  # default working days per urgency
REJECT_REASONS = ("要素不全", "超出受理范围", "诉求不合理")
CALLBACK_RESULTS = ("满意", "基本满意", "不满意", "未接通")
SATISFIED_RESULTS = ("满意", "基本满意")

# status code -> label
STATUSES = {
    "NEW": "受理",
    "ONLINE": "在线办结",
    "REJECTED": "不予立案",
    "DISPATCHED": "已转办",
    "ACCEPTED": "已签收",
    "REPLIED": "已回复",
    "RESOLVED": "已办结",
    "RETURNED": "已退回",
}
OPEN_STATUSES = ("DISPATCHED", "ACCEPTED", "REPLIED", "RETURNED")

EXTENSION_STATES = ("申请中", "已批准", "已驳回")
REMINDER_KINDS = ("临期", "超期", "督办", "签收超时", "督办待答复")
# What the office did with a 不满意 callback (WorkOrder.callback_followup); None: not yet.
CALLBACK_FOLLOWUPS = ("重办", "结案")


def local_now():
    """Now, as a naive local datetime (the process runs with TZ=Asia/Shanghai)."""
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Department(BaseModel):
    """成员单位: a bureau, street office or township government that takes dispatched orders."""

    name = CharField(unique=True, max_length=100)
    kind = CharField(max_length=20, default="县直部门", choices=[(k, k) for k in DEPARTMENT_KINDS])
    contact_person = CharField(max_length=50, default="")
    phone = CharField(max_length=50, default="")
    email = CharField(max_length=200, default="")
    active = BooleanField(default=True)

    def __str__(self):
        return self.name


class Category(BaseModel):
    """诉求分类, two levels: a top-level category (parent is None) and its sub-categories."""

    name = CharField(max_length=100)
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="CASCADE")
    default_urgency = CharField(max_length=10, default="一般", choices=[(u, u) for u in URGENCIES])
    # Working days per urgency for this category; None means the default of URGENCIES.
    urgent_days = IntegerField(null=True)
    normal_days = IntegerField(null=True)
    complex_days = IntegerField(null=True)
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("parent", "name"), True),)

    def __str__(self):
        return f"{self.parent.name} / {self.name}" if self.parent_id else self.name

    def deadline_days(self, urgency):
        own = {"紧急": self.urgent_days, "一般": self.normal_days, "复杂": self.complex_days}[urgency]
        if own is None and self.parent_id:
            return self.parent.deadline_days(urgency)
        return own if own is not None else URGENCIES[urgency]


class Topic(BaseModel):
    """专题 tag, e.g. 疫情."""

    name = CharField(unique=True, max_length=50)

    def __str__(self):
        return self.name


class User(BaseModel):
    username = CharField(unique=True, max_length=50)
    display_name = CharField(max_length=50, default="")
    role = CharField(max_length=20, choices=list(ROLES.items()))
    department = ForeignKeyField(Department, null=True, backref="users", on_delete="SET NULL")
    email = CharField(max_length=200, default="")
    password_hash = CharField(max_length=200, default="")
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    # Stamped into each session at login; raised by logout, a password change and 退出其他设备,
    # which ends every session stamped with an older value (auth._load_user checks it).
    session_version = IntegerField(default=0)
    created_at = DateTimeField(default=local_now)

    def set_password(self, password):
        self.password_hash = _hasher.hash(password)

    def check_password(self, password):
        try:
            return _hasher.verify(self.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    @property
    def role_label(self):
        return ROLES.get(self.role, self.role)

    def __str__(self):
        return self.display_name or self.username


class WorkOrder(BaseModel):
    """工单: one call, letter or message and everything that happened to it."""

    case_no = CharField(unique=True, max_length=32)
    received_at = DateTimeField(index=True)
    channel = CharField(max_length=10, default="电话", choices=[(c, c) for c in CHANNELS])
    caller_phone = CharField(max_length=32, default="", index=True)
    caller_name = CharField(max_length=50, default="")
    caller_area = CharField(max_length=10, null=True, choices=[(a, a) for a in CALLER_AREAS])
    category = ForeignKeyField(Category, backref="orders", index=True)
    subcategory = ForeignKeyField(Category, null=True, backref="sub_orders")
    content = TextField(default="")
    call_seconds = IntegerField(null=True)

    status = CharField(max_length=12, default="NEW", index=True, choices=list(STATUSES.items()))
    is_harassment = BooleanField(default=False)
    reject_reason = CharField(max_length=20, null=True)

    # 转办: the unit now responsible (承办单位), urgency and deadline.
    department = ForeignKeyField(Department, null=True, backref="orders", index=True)
    urgency = CharField(max_length=10, null=True, choices=[(u, u) for u in URGENCIES])
    dispatched_at = DateTimeField(null=True)  # first dispatch; set once = "ever dispatched"
    due_at = DateTimeField(null=True, index=True)
    accepted_at = DateTimeField(null=True)
    # 签收时限: the unit signs by then (docs/RULES.md § Deadlines); set by 转办 and 退回重办.
    sign_due_at = DateTimeField(null=True)
    replied_at = DateTimeField(null=True)
    reply = TextField(default="")  # the unit's reply, or the operator's answer when online
    resolved_at = DateTimeField(null=True)
    return_reason = TextField(default="")

    # 延期: a unit asks for more working days, a supervisor or operator decides.
    extension_days = IntegerField(null=True)
    extension_reason = TextField(default="")
    extension_state = CharField(max_length=10, null=True)

    # The current Callback's result, kept in step by every writer of Callback rows
    # (workflow.record_callback, the import, the demo, bench/generate): the figures count
    # it from the order's own row, without joining callback.
    callback_result = CharField(max_length=10, null=True)
    # A 不满意 callback waits for the office: 重办 (sent back to the unit) or 结案 (closed with a
    # reason); None while it waits (docs/RULES.md § Callbacks).
    callback_followup = CharField(max_length=10, null=True)
    # 考核时限 (docs/RULES.md § 考核): the deadline the scorecard judges the reply against when
    # it differs from due_at — an extension approved after the deadline had passed keeps
    # the missed deadline here. None: due_at. Cleared with every fresh deadline.
    score_due_at = DateTimeField(null=True)

    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    updated_at = DateTimeField(default=local_now)

    class Meta:
        indexes = (
            (("status", "received_at"), False),
            (("department", "status"), False),
            (("category", "received_at"), False),
            # The reminder pass reads open orders by deadline: it grows with open orders only.
            (("status", "due_at"), False),
            # The order list filtered by unit, newest first, reads one index range.
            (("department", "received_at"), False),
            # The figures find a period's id range from this index alone (PostgreSQL's
            # received_at index would visit every row of the period for its id).
            (("received_at", "id"), False),
            # The home page's queue 不满意回访待处理 (clocks.unsatisfied_pending) on every visit.
            (("callback_result", "callback_followup"), False),
        )

    @property
    def status_label(self):
        return STATUSES.get(self.status, self.status)

    @property
    def topic_names(self):
        return [name for (name,) in Topic.select(Topic.name).join(OrderTopic).where(OrderTopic.order == self).tuples()]

    def __str__(self):
        return self.case_no


class OrderTopic(BaseModel):
    order = ForeignKeyField(WorkOrder, backref="topic_links", on_delete="CASCADE")
    topic = ForeignKeyField(Topic, backref="order_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("order", "topic"), True), (("topic", "order"), False))


class OrderEvent(BaseModel):
    """One step of an order's life: who did what, when, from which status to which."""

    order = ForeignKeyField(WorkOrder, backref="events", on_delete="CASCADE")
    action = CharField(max_length=20)
    from_status = CharField(max_length=12, null=True)
    to_status = CharField(max_length=12, null=True)
    actor = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    actor_name = CharField(max_length=50, default="")  # kept even if the user goes
    at = DateTimeField(default=local_now, index=True)
    note = TextField(default="")


class Callback(BaseModel):
    """回访: at most one per order; a 未接通 result may be replaced by a later call."""

    order = ForeignKeyField(WorkOrder, unique=True, backref="callbacks", on_delete="CASCADE")
    called_at = DateTimeField(default=local_now)
    result = CharField(max_length=10, choices=[(r, r) for r in CALLBACK_RESULTS])
    note = TextField(default="")
    operator = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        # The brief's figures read only (order, result): answered from the index alone.
        indexes = ((("order", "result"), False),)


class Rework(BaseModel):
    """发回重办: one row each time the office sends a unit's reply back (退回重办), with the unit
    that had replied, so the per-unit count survives a later re-dispatch elsewhere."""

    order = ForeignKeyField(WorkOrder, backref="reworks", on_delete="CASCADE")
    department = ForeignKeyField(Department, null=True, backref="reworks", on_delete="SET NULL")
    source = CharField(max_length=10)  # 审核退回 / 回访不满意
    reason = TextField(default="")
    actor = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    actor_name = CharField(max_length=50, default="")
    at = DateTimeField(default=local_now, index=True)


class OrderReturn(BaseModel):
    """退回: one row each time a unit sends an order back as not its business, with that unit,
    so the scorecard's 退回率 survives the re-dispatch to another unit (docs/RULES.md § 考核)."""

    order = ForeignKeyField(WorkOrder, backref="returns", on_delete="CASCADE")
    department = ForeignKeyField(Department, null=True, backref="returns", on_delete="SET NULL")
    reason = TextField(default="")
    actor = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    actor_name = CharField(max_length=50, default="")
    at = DateTimeField(default=local_now, index=True)


class ScoreExclusion(BaseModel):
    """「诉求不合理，不计入考核」: the office takes an order out of its unit's 满意率 (with a reason,
    who and when); removing it is recorded in the AuditLog."""

    order = ForeignKeyField(WorkOrder, unique=True, backref="+", on_delete="CASCADE")
    reason = TextField()
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_by_name = CharField(max_length=50, default="")
    created_at = DateTimeField(default=local_now)


class Supervision(BaseModel):
    """督办: a supervisor asks a unit for an answer on one of its orders by a short deadline;
    the unit answers once (docs/RULES.md § 督办)."""

    order = ForeignKeyField(WorkOrder, backref="supervisions", on_delete="CASCADE")
    department = ForeignKeyField(Department, null=True, backref="supervisions", on_delete="SET NULL")
    reason = TextField()
    due_at = DateTimeField(index=True)
    opened_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    opened_by_name = CharField(max_length=50, default="")
    opened_at = DateTimeField(default=local_now)
    answer = TextField(default="")
    answered_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    answered_by_name = CharField(max_length=50, default="")
    answered_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("department", "answered_at"), False),)


class MissedCall(BaseModel):
    """An inbound call that was not answered (for 接通率)."""

    phone = CharField(max_length=32, default="")
    at = DateTimeField(index=True)
    note = CharField(max_length=200, default="")


class Campaign(BaseModel):
    """电话摸排: an outbound calling campaign."""

    name = CharField(max_length=200)
    start_date = DateField()
    end_date = DateField()
    reached = IntegerField(default=0)
    summary = TextField(default="")

    def __str__(self):
        return self.name


class Brief(BaseModel):
    """工作专报 for a period; an issued brief keeps its figures and text frozen."""

    period = CharField(max_length=10, index=True)  # 2020Q1, 2020-01 or 2020
    version = IntegerField(default=1)
    issue_no = IntegerField(null=True)  # 第X期
    total_issue_no = IntegerField(null=True)  # 总第X期
    issuer = CharField(max_length=100, default="")
    issued_on = DateField(null=True)
    recipients = TextField(default="")  # 报/送
    status = CharField(max_length=10, default="草稿")  # 草稿 / 已签发
    notes_json = TextField(default="{}")  # editable narrative notes
    figures_json = TextField(default="")  # frozen figures once issued
    texts_json = TextField(default="")  # frozen case texts (二、三、) once issued
    show_personal_data = BooleanField(default=False)
    # The optional table 「成员单位办理情况」 (scorecard.py) after the top-5 units.
    show_unit_scorecard = BooleanField(default=False)
    pdf_path = CharField(max_length=500, default="")
    job_id = CharField(max_length=64, default="")
    job_status = CharField(max_length=20, default="")
    job_error = TextField(default="")
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField(default=local_now)

    class Meta:
        indexes = ((("period", "version"), True),)

    @property
    def notes(self):
        return json.loads(self.notes_json or "{}")

    def __str__(self):
        return f"{self.period} 第{self.version}版"


class CaseStudy(BaseModel):
    """An order quoted in a brief: section 案例摘选 or 高频问题 (under a heading)."""

    order = ForeignKeyField(WorkOrder, backref="case_studies", on_delete="CASCADE")
    period = CharField(max_length=10, index=True)
    section = CharField(max_length=10, default="案例摘选")  # 案例摘选 / 高频问题
    heading = CharField(max_length=200, default="")  # the problem, for 高频问题
    position = IntegerField(default=0)
    text = TextField(default="")  # editable; built from the order when empty


class Reminder(BaseModel):
    """临期 / 超期 / 督办 for an order; one of a kind per order per day (unique)."""

    order = ForeignKeyField(WorkOrder, backref="reminders", on_delete="CASCADE")
    kind = CharField(max_length=10, choices=[(k, k) for k in REMINDER_KINDS])
    day = DateField()
    department = ForeignKeyField(Department, null=True, backref="reminders", on_delete="SET NULL")
    created_at = DateTimeField(default=local_now)
    # The pass that inserted the row: with insert-or-ignore, only that pass delivers it.
    run_id = CharField(max_length=32, default="", index=True)

    class Meta:
        indexes = ((("order", "kind", "day"), True), (("day", "department"), False))


class Delivery(BaseModel):
    """One attempt to deliver reminders over a channel (email / notice / sms)."""

    reminder = ForeignKeyField(Reminder, null=True, backref="deliveries", on_delete="CASCADE")
    channel = CharField(max_length=10)
    recipient = CharField(max_length=200, default="")
    delivered = BooleanField(default=False)
    attempts = IntegerField(default=0)
    error = TextField(default="")
    sent_at = DateTimeField(null=True)
    # A sender claims pending rows before sending, so two senders never send one twice.
    claim = CharField(max_length=32, default="")
    claimed_until = DateTimeField(null=True)

    class Meta:
        indexes = ((("delivered", "channel"), False),)


class Notice(BaseModel):
    """In-app notice shown to the users of a unit (or to supervisors when department is None)."""

    department = ForeignKeyField(Department, null=True, backref="notices", on_delete="CASCADE")
    for_role = CharField(max_length=20, default="department")
    order = ForeignKeyField(WorkOrder, null=True, backref="notices", on_delete="CASCADE")
    text = TextField()
    created_at = DateTimeField(default=local_now, index=True)
    read_at = DateTimeField(null=True)


class NoticeMail(BaseModel):
    """The e-mail copy of an immediate notice (转办, 延期审批, 退回重办) to a unit, sent by a job
    on the queue; one per notice, so sending it twice is impossible."""

    notice = ForeignKeyField(Notice, unique=True, backref="mails", on_delete="CASCADE")
    recipient = CharField(max_length=200, default="")
    subject = CharField(max_length=200, default="")
    delivered = BooleanField(default=False)
    attempts = IntegerField(default=0)
    error = TextField(default="")
    sent_at = DateTimeField(null=True)


class HolidayOverride(BaseModel):
    """A day whose status a supervisor sets by hand; beats the holiday calendar."""

    date = DateField(unique=True)
    is_workday = BooleanField()
    note = CharField(max_length=200, default="")
    # Where the entry came from: 手工录入, or the title of the notice it was imported from.
    source = CharField(max_length=100, default="手工录入")
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")


class Setting(BaseModel):
    """A setting supervisors change on a screen (not in config.py), e.g. records_first_day."""

    key = CharField(unique=True, max_length=50)
    value = TextField(default="")
    updated_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    updated_at = DateTimeField(default=local_now)


class AuditLog(BaseModel):
    """Who changed what and when, for changes that are not order transitions."""

    actor = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    actor_name = CharField(max_length=50, default="")
    at = DateTimeField(default=local_now, index=True)
    model = CharField(max_length=50)
    object_id = CharField(max_length=50, default="")
    action = CharField(max_length=20)
    changes = TextField(default="")


class LoginAttempt(BaseModel):
    """A login try (for rate-limiting failed logins per address across worker processes).

    Written before the password is checked, so parallel tries count each other."""

    ip = CharField(max_length=64, index=True)
    username = CharField(max_length=50, default="", index=True)
    success = BooleanField(default=False)
    at = DateTimeField(default=local_now, index=True)


HARASSMENT_RULES = {
    "restricted": "受限号码",
    "burst": "短时间内多次来电且内容很少",
    "silent": "无声或极短来电且无内容",
    "abusive": "辱骂用语",
    "repeated": "重复相同内容",
    "silent_share": "多次无声来电",
    "frequent": "连日频繁来电",
    "night": "多次夜间来电",
    "daily": "连续多日来电",
    "text": "文本模型判断为骚扰",
    "robocall": "录音群呼或推销来电",
    "personal": "撩拨接线员",
    "child": "儿童玩闹来电",
    "note": "话务员备注为无效来电",
}
FLAG_STATES = ("待审核", "已确认", "已驳回")


class RestrictedNumber(BaseModel):
    """受限号码: a number known for harassment; evidence about the number for the filter (an
    ordinary call from it is not flagged on the register alone, docs/RULES.md)."""

    phone = CharField(unique=True, max_length=32)
    reason = TextField(default="")
    added_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    added_at = DateTimeField(default=local_now)
    expires_at = DateTimeField(null=True)  # None: until removed

    def __str__(self):
        return self.phone


class HarassmentFlag(BaseModel):
    """What the harassment filter found on an order: the rules that fired and the score."""

    order = ForeignKeyField(WorkOrder, unique=True, backref="harassment_flags", on_delete="CASCADE")
    phone = CharField(max_length=32, default="", index=True)
    rules_json = TextField(default="[]")  # rule keys of HARASSMENT_RULES, in order
    score = IntegerField(default=0)
    status = CharField(max_length=10, default="待审核", index=True, choices=[(s, s) for s in FLAG_STATES])
    reviewer = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")  # None: 系统
    reviewed_at = DateTimeField(null=True)
    note = TextField(default="")
    created_at = DateTimeField(default=local_now)
    # The learned text score (0..1, None: no text or no model) and the character n-grams
    # that drove it, [[ngram, weight], ...] strongest first (shown to the reviewer).
    text_score = FloatField(null=True)
    terms_json = TextField(default="[]")

    @property
    def terms(self):
        return json.loads(self.terms_json or "[]")

    @property
    def rules(self):
        return json.loads(self.rules_json or "[]")

    @property
    def rule_labels(self):
        return [HARASSMENT_RULES.get(r, r) for r in self.rules]


class HarassmentCheck(BaseModel):
    """When the harassment filter last looked at a phone order; an order without a row is
    "not yet filtered". A narrow table of its own: stamping 50,000 orders a night writes
    small rows instead of new versions of the wide work_order rows and all their indexes."""

    order = ForeignKeyField(WorkOrder, unique=True, backref="+", on_delete="CASCADE")
    filtered_at = DateTimeField()


class HarassmentModel(BaseModel):
    """A trained text model of the harassment filter (harassment_model.py); the newest is used."""

    trained_at = DateTimeField(default=local_now)
    starter_count = IntegerField(default=0)  # lines of the shipped starter set
    decision_count = IntegerField(default=0)  # reviewers' decisions used (0: too few, left out)
    sha256 = CharField(max_length=64)
    blob = BlobField()  # joblib dump of (vectorizer, classifier)


class RuleExemption(BaseModel):
    """A dismissed flag exempts its number from the rules that fired, until `until`."""

    phone = CharField(max_length=32)
    rule = CharField(max_length=20)
    until = DateTimeField()
    flag = ForeignKeyField(HarassmentFlag, null=True, backref="exemptions", on_delete="SET NULL")
    created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField(default=local_now)

    class Meta:
        indexes = ((("phone", "rule"), False),)


# --- the intake API (api/, docs/RULES.md § Intake API) -------------------------------------

API_CHANNELS = ("网络", "微信", "其他")  # the channels a key may carry (电话 and 来信 are typed in)


class ApiKey(BaseModel):
    """A key of one channel's system (the county website, the WeChat account …).

    Only the SHA-256 of the key is stored (a long random secret: docs/DECISIONS.md); `prefix`
    (its first characters) lets staff tell keys apart. A revoked key is refused from then on."""

    name = CharField(unique=True, max_length=100)
    channel = CharField(max_length=10, choices=[(c, c) for c in API_CHANNELS])
    prefix = CharField(max_length=16)
    key_hash = CharField(max_length=64, unique=True)
    created_at = DateTimeField(default=local_now)
    revoked_at = DateTimeField(null=True)
    revoked_by = CharField(max_length=50, default="")

    def __str__(self):
        return self.name


class ApiCall(BaseModel):
    """One call of the API: which key (None: no or a wrong key), when, what, with what result."""

    key = ForeignKeyField(ApiKey, null=True, backref="calls", on_delete="SET NULL")
    at = DateTimeField(default=local_now, index=True)
    method = CharField(max_length=8)
    endpoint = CharField(max_length=200)
    status = IntegerField()
    address = CharField(max_length=64, default="")


class ApiIdempotency(BaseModel):
    """An Idempotency-Key a key has used, the body it came with (SHA-256) and the order it made."""

    key = ForeignKeyField(ApiKey, backref="+", on_delete="CASCADE")
    token = CharField(max_length=100)
    body_hash = CharField(max_length=64)
    order = ForeignKeyField(WorkOrder, backref="+", on_delete="CASCADE")
    created_at = DateTimeField(default=local_now)

    class Meta:
        indexes = ((("key", "token"), True),)


# --- 知识库: articles the call-takers answer from (kb/, docs/RULES.md § Knowledge base) ---------

KB_STATUSES = ("草稿", "已发布", "已过期")


class KbArticle(BaseModel):
    """知识: a question with its answer; only 已发布 articles valid today are suggested."""

    title = CharField(max_length=200)
    variants = TextField(default="")  # 问法: one question variant per line
    answer = TextField()
    category = ForeignKeyField(Category, null=True, backref="+", on_delete="SET NULL")
    topic = ForeignKeyField(Topic, null=True, backref="+", on_delete="SET NULL")
    department = ForeignKeyField(Department, null=True, backref="+", on_delete="SET NULL")
    valid_from = DateField(null=True)
    valid_until = DateField(null=True)
    source = CharField(max_length=300, default="")  # 文件号 or link
    status = CharField(max_length=10, default="草稿", index=True, choices=[(s, s) for s in KB_STATUSES])
    version = IntegerField(default=1)
    token_count = IntegerField(default=0)  # the weighted length of the indexed text (BM25)
    reviewed_at = DateTimeField(default=local_now)  # last saved or confirmed (stale after N months)
    updated_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    updated_at = DateTimeField(default=local_now)
    created_at = DateTimeField(default=local_now)

    @property
    def variant_list(self):
        return [v for v in (self.variants or "").splitlines() if v.strip()]

    def __str__(self):
        return self.title


class KbVersion(BaseModel):
    """One saved version of an article: the whole text as it was, who saved it and when."""

    article = ForeignKeyField(KbArticle, backref="versions", on_delete="CASCADE")
    version = IntegerField()
    action = CharField(max_length=20)  # 新建 / 修改 / 发布 / 导入 / 确认有效
    snapshot = TextField(default="{}")  # JSON of the article's fields
    actor = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    actor_name = CharField(max_length=50, default="")
    at = DateTimeField(default=local_now)

    class Meta:
        indexes = ((("article", "version"), False),)


class KbTerm(BaseModel):
    """The search index: one row per (article, segmented term), with the term's weighted
    frequency (title ×3, variants ×2, answer ×1); the same rows on SQLite and PostgreSQL."""

    article = ForeignKeyField(KbArticle, backref="+", on_delete="CASCADE")
    term = CharField(max_length=50)
    weight = FloatField()
    length = IntegerField(default=1)  # the article's token_count, so a query reads postings only

    class Meta:
        indexes = ((("term", "article"), True),)


class OrderArticle(BaseModel):
    """The article an operator used for an order's answer (one per order)."""

    order = ForeignKeyField(WorkOrder, unique=True, backref="+", on_delete="CASCADE")
    article = ForeignKeyField(KbArticle, backref="+", on_delete="CASCADE")
    version = IntegerField(default=1)  # the article's version when used
    used_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    at = DateTimeField(default=local_now)

    class Meta:
        indexes = ((("article", "order"), False),)


ALL_MODELS = [
    Department,
    Category,
    Topic,
    User,
    WorkOrder,
    OrderTopic,
    OrderEvent,
    Callback,
    Rework,
    OrderReturn,
    ScoreExclusion,
    Supervision,
    MissedCall,
    Campaign,
    Brief,
    CaseStudy,
    Reminder,
    Delivery,
    Notice,
    NoticeMail,
    HolidayOverride,
    Setting,
    AuditLog,
    LoginAttempt,
    RestrictedNumber,
    HarassmentFlag,
    HarassmentCheck,
    HarassmentModel,
    RuleExemption,
    ApiKey,
    ApiCall,
    ApiIdempotency,
    KbArticle,
    KbVersion,
    KbTerm,
    OrderArticle,
]


# A pooled connection is idle for at most this long before it is closed and opened anew.
POOL_STALE_SECONDS = 300


def init_db(url):
    """Point `db` at the database named by a db_url (sqlite:///…, postgresql://…).

    Connections are pooled (docs/DECISIONS.md): a request, a job or a command "closes" its
    connection back into the pool instead of opening one per request: a PostgreSQL
    connection costs a handshake and a backend, and closing the last SQLite connection
    checkpoints the WAL, each several milliseconds of every API call."""
    previous = db.obj
    if isinstance(previous, PooledDatabase):
        previous.close_idle()  # pointed elsewhere (a test, a bench): the old pool's idle connections go
    kwargs = {"stale_timeout": POOL_STALE_SECONDS, "max_connections": None}
    if url.startswith("sqlite"):
        # WAL lets the web app read while a worker writes; foreign keys on as in PostgreSQL.
        # synchronous=NORMAL is WAL's documented setting: a commit survives a crash of the
        # program, and the WAL is synced at each checkpoint instead of at every commit.
        kwargs["pragmas"] = {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000, "synchronous": 1}
        kwargs["check_same_thread"] = False  # a pooled connection serves one thread at a time, not always the same
    scheme, sep, rest = url.partition("://")
    if sep and "+pool" not in scheme:
        url = f"{scheme}+pool://{rest}"
    database = connect(url, **kwargs)
    db.initialize(database)
    return database


_inherited = []  # connections a forked child got from its parent: never used, never closed


def _forget_pool_in_child():
    """After fork (the RQ worker's work horse): the parent's pooled connections share their
    sockets and files with the parent, so the child starts with an empty pool of its own.
    They are kept referenced, never closed: closing a PostgreSQL connection here would end
    the parent's session."""
    database = db.obj
    if isinstance(database, PooledDatabase):
        _inherited.append((database._connections, database._in_use))
        # Locks another thread of the parent may have held at the fork are new ones here;
        # then peewee's own dispose() empties the pool without closing anything.
        if hasattr(database._lock, "acquire"):  # peewee's threading.Lock (not its no-op lock)
            database._lock = threading.Lock()
        database._pool_lock = threading.RLock()
        database._pool_available = threading.Condition(database._pool_lock)
        database.dispose()


os.register_at_fork(after_in_child=_forget_pool_in_child)


def is_postgres() -> bool:
    """True when `db` points at PostgreSQL (any PostgresqlDatabase, pooled ones included)."""
    return isinstance(db.obj, PostgresqlDatabase)


def actor_name(actor):
    """The name written beside a change: the user's, or 系统 for the system, an import, the demo."""
    return str(actor) if actor is not None else "系统"


def record_audit(actor, model, object_id, action, changes, at=None):
    """One AuditLog row: `actor` (a User, or None for the system) changed record `object_id`
    of `model` (its class name); `changes` is stored as JSON."""
    AuditLog.create(
        actor=getattr(actor, "id", None),
        actor_name=actor_name(actor),
        model=model,
        object_id=str(object_id),
        action=action,
        changes=json.dumps(changes, ensure_ascii=False, default=str),
        at=at or local_now(),
    )


def refresh_statistics(*models):
    """After a bulk load on PostgreSQL, ANALYZE the tables written, so the next queries are
    planned on their real sizes: right after `flask demo` or an import the planner still
    believes the tables empty and the brief's figures took a second (a nested loop over the
    topic links) instead of 5 ms. Autovacuum would get there, minutes later. SQLite plans
    without statistics and needs nothing."""
    if is_postgres() and models:
        db.execute_sql("ANALYZE " + ", ".join(f'"{m._meta.table_name}"' for m in models))


def init_app(app):
    init_db(app.config["DATABASE_URL"])

    @app.before_request
    def _connect():
        db.connect(reuse_if_open=True)

    @app.teardown_request
    def _close(exc):
        if not db.is_closed():
            db.close()
