"""The demo quarter planned: Longshan County, 2020 Q1 — 3,085 orders whose figures are the seed's.

How the numbers fit together (every figure of the seed at once):

    受理 3085 = 在线办结 2694 + 转办 288 + 不予立案 103, so no order is left NEW.
    在线办结 2694 = 161 harassment + 2533 answered online.
    Harassment has no caller area: 城镇 2575 + 乡村 349 + 骚扰 161 = 3085.
    All 3085 came by phone and no call was missed: 接通率 100%; 日均 3085 ÷ 91 → 34.
    办结 242 of the 288 dispatched: the other 46 are replied (已回复) but not yet accepted.
    需回访 3085 − 161 − 103 = 2821 = 2533 online + 288 dispatched; each has one completed
    callback (回访率 100%; the 46 replied ones are called back after the reply), 27 of them
    不满意, so 满意+基本满意 = 2794 (99.04%).
    Categories count non-harassment orders (2924): 社会服务类 1628 (咨询 1605),
    城市管理市容类 137, 资源环境类 117 (噪音扰民 54), 市民生活服务类 92, and twelve
    smaller ones of 64–88 (950 together); the harassment calls sit in 其他类/骚扰来电.
    Units: the 288 dispatched orders by unit, 县住建局 46, 民安街道办事处 33,
    县城管和执法局 29, 县劳动保障监察局 18, 里耶镇人民政府 11, and 24 units of at most 10.
    疫情 951 = 947 online (880 咨询 and 67 others) + 4 dispatched, all resolved and all
    called back 满意 or 基本满意: 99.58%, 100%, 100%.
The plan is the tables of demo/quantities.py; `build_orders` checks these sums and fails loudly
if an edit breaks one. The 13 orders the seed quotes (demo/cases.py) take slots of the plan
with their own category, unit and disposition.

Random choices use a fixed seed, so every load builds the same records; orders whose case
number exists are skipped, so loading twice adds nothing.
"""

import datetime as dt
import random
from collections import Counter

from demo import quantities as plan
from demo.cases import CASES
from demo.texts import (
    CALLBACK_NOTES,
    COMPLAINTS,
    CONSULT_REPLIES,
    GIVEN,
    ONLINE_REPLIES,
    REJECT_NOTES,
    RURAL_PLACES,
    SURNAMES,
    TOPIC_DISPATCHED_TEXTS,
    TOPIC_TEXTS,
    UNIT_REPLIES,
    URBAN_PLACES,
)  # fmt: skip
from models import REJECT_REASONS, URGENCIES
from periods import parse_period

PERIOD = parse_period("2020Q1")
SEED = 12345
LAST_CASE_NO = 8380  # the seed's numbers run to about 20200008300 by the end of March


class Slot(dict):
    """One order to be: kind (harassment / online / rejected / dispatched), category, unit …"""

    __getattr__ = dict.get  # a missing field reads as None
    __setattr__ = dict.__setitem__


def _slots():
    slots = [Slot(kind="harassment", category=plan.HARASSMENT_CATEGORY) for _ in range(plan.HARASSMENT)]
    used = Counter()
    for unit, items in plan.UNIT_PLAN.items():
        for top, sub, count in items:
            slots += [Slot(kind="dispatched", category=(top, sub), unit=unit) for _ in range(count)]
            used[(top, sub)] += count
    for key, count in plan.REJECT_PLAN.items():
        slots += [Slot(kind="rejected", category=key) for _ in range(count)]
        used[key] += count
    for top, subs in plan.CATEGORY_PLAN.items():
        for sub, total in subs.items():
            online = total - used[(top, sub)]
            assert online >= 0, f"{top}/{sub}: more dispatched and rejected than planned"
            slots += [Slot(kind="online", category=(top, sub)) for _ in range(online)]
    return slots


def _take(slots, **wanted):
    for slot in slots:
        if not slot.case and not slot.topic and all(slot.get(k) == v for k, v in wanted.items()):
            return slot
    raise AssertionError(f"演示数据计划中没有可用的工单：{wanted}")


def _place_specials_and_topic(slots):
    for case in CASES:
        kind = "dispatched" if case["department"] else "online"
        slot = _take(slots, kind=kind, category=case["category"], unit=case["department"])
        slot.update(case=case, caller_area=case["caller_area"])
        slot.topic = case["department"] is None  # the two online cases are 疫情 consults
    for unit, top, sub in plan.TOPIC_DISPATCHED:
        _take(slots, kind="dispatched", category=(top, sub), unit=unit).topic = True
    for key, count in plan.TOPIC_ONLINE_PLAN.items():
        online = [s for s in slots if s.kind == "online" and s.category == key]
        free = [s for s in online if not s.case and not s.topic]
        count -= len(online) - len(free)
        assert len(free) >= count, f"{key}: 疫情工单多于计划的在线办结工单"
        for slot in free[:count]:
            slot.topic = True


def _choose(rng, slots, count, **flags):
    pool = [s for s in slots if not s.case and not s.topic and all(s.get(k) == v for k, v in flags.items())]
    return rng.sample(pool, count)


def _assign_outcomes(rng, slots):
    """Areas, reject reasons, which dispatched orders stay REPLIED, callback results."""
    plain = [s for s in slots if s.kind != "harassment"]
    rural = [s for s in plain if s.caller_area == "乡村"]
    villages = set(plan.TOWNSHIPS) | {"县农业农村局", "县水利局"}
    leaning = [s for s in plain if not s.case and (s.unit in villages or s.category[0] == "农业农村类")]
    rural += leaning
    for slot in rural:
        slot.caller_area = "乡村"
    others = [s for s in plain if not s.caller_area]
    for slot in rng.sample(others, plan.RURAL - len(rural)):
        slot.caller_area = "乡村"
    for slot in plain:
        slot.caller_area = slot.caller_area or "城镇"

    for slot in slots:
        if slot.kind == "rejected":
            slot.reject_reason = rng.choices(REJECT_REASONS, weights=(50, 35, 15))[0]
        if slot.kind == "dispatched":
            slot.resolved = True
    for slot in _choose(rng, slots, plan.REPLIED_NOT_RESOLVED, kind="dispatched"):
        slot.resolved = False

    called = [s for s in slots if s.kind in ("online", "dispatched")]
    unhappy = set(map(id, _choose(rng, called, plan.DISSATISFIED)))
    for slot in called:
        if slot.case:
            slot.callback_result = slot.case["callback_result"]
        elif id(slot) in unhappy:
            slot.callback_result = "不满意"
        else:
            slot.callback_result = "基本满意" if rng.random() < 0.08 else "满意"


def _check(slots):
    kinds = Counter(s.kind for s in slots)
    areas = Counter(s.caller_area for s in slots if s.kind != "harassment")
    topic = Counter(s.kind for s in slots if s.topic)
    assert len(slots) == 3085 and kinds == {"online": 2533, "harassment": 161, "dispatched": 288, "rejected": 103}
    assert areas == {"城镇": 2575, "乡村": 349}, areas
    assert topic == {"online": 947, "dispatched": 4}, topic
    assert sum(1 for s in slots if s.kind == "dispatched" and s.resolved) == 242
    assert sum(1 for s in slots if s.callback_result == "不满意") == plan.DISSATISFIED


# --- time line ----------------------------------------------------------------------------

HOUR_WEIGHTS = (1, 1, 1, 1, 1, 1, 2, 6, 14, 16, 16, 14, 9, 9, 15, 16, 15, 13, 9, 7, 6, 4, 2, 1)


def _day_weight(day, topic):
    if topic:  # 疫情 calls: from the Wuhan lockdown, peaking around the Spring Festival
        if day < dt.date(2020, 1, 21):
            return 0
        if day < dt.date(2020, 2, 16):
            return 8
        return 3 if day < dt.date(2020, 3, 1) else 1.5
    return 0.6 if dt.date(2020, 1, 24) <= day <= dt.date(2020, 1, 30) else 1


DAYS = [PERIOD.start.date() + dt.timedelta(days=i) for i in range(PERIOD.days)]
DAY_WEIGHTS = {topic: [_day_weight(d, topic) for d in DAYS] for topic in (False, True)}


def _received_at(rng, topic):
    day = rng.choices(DAYS, weights=DAY_WEIGHTS[bool(topic)])[0]
    hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
    return dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))


def _office(moment, rng):
    """The moment, or the next morning's office hours when it falls outside them."""
    if moment.hour < 8:
        return moment.replace(hour=8, minute=rng.randrange(30, 60))
    if moment.hour >= 18:
        return (moment + dt.timedelta(days=1)).replace(hour=8, minute=rng.randrange(30, 60))
    return moment


def _parse(text):
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M") if text else None


def _timeline(rng, slot, calendar):
    case = slot.case or {}
    received = _parse(case.get("received_at")) or _received_at(rng, slot.topic)
    slot.received_at = received
    if slot.kind != "dispatched":
        slot.closed_at = received + dt.timedelta(minutes=rng.randint(1, 15), seconds=rng.randrange(60))
        if slot.kind == "online":
            slot.callback_at = _office(slot.closed_at + dt.timedelta(hours=rng.randint(18, 60)), rng)
        return
    urgency = rng.choices(list(URGENCIES), weights=(10, 80, 10))[0]
    slot.urgency, slot.deadline_days = urgency, URGENCIES[urgency]
    slot.dispatched_at = _office(received + dt.timedelta(minutes=rng.randint(10, 90)), rng)
    slot.due_at = calendar.deadline(slot.dispatched_at, slot.deadline_days)
    slot.replied_at = _parse(case.get("replied_at"))
    if slot.replied_at is None:
        day = calendar.add_working_days(slot.dispatched_at, rng.randint(1, max(1, slot.deadline_days - 1)))
        slot.replied_at = dt.datetime.combine(day, dt.time(rng.randint(9, 17), rng.randrange(60)))
    gap = (slot.replied_at - slot.dispatched_at) / 3
    slot.accepted_at = slot.dispatched_at + min(gap, dt.timedelta(hours=rng.randint(1, 6)))
    after = slot.replied_at
    if slot.resolved:
        slot.resolved_at = _office(slot.replied_at + dt.timedelta(hours=rng.randint(2, 26)), rng)
        after = slot.resolved_at
    slot.callback_at = _office(after + dt.timedelta(hours=rng.randint(2, 40)), rng)


def _case_numbers(slots):
    """Numbers grow with time like the seed's (about 92 a day), skipping the quoted ones."""
    taken = {int(s.case["case_no"][4:]) for s in slots if s.case}
    last = 0
    span = (PERIOD.end - PERIOD.start).total_seconds()
    for slot in sorted((s for s in slots if not s.case), key=lambda s: s.received_at):
        number = max(last + 1, int((slot.received_at - PERIOD.start).total_seconds() / span * LAST_CASE_NO))
        while number in taken:
            number += 1
        slot.case_no, last = f"2020{number:07d}", number
    for slot in slots:
        if slot.case:
            slot.case_no = slot.case["case_no"]


# --- texts ----------------------------------------------------------------------------------


def _texts(rng, slot):
    case = slot.case
    if case:
        slot.content, slot.reply = case["content"], case["reply"]
        slot.callback_note = case["callback_note"]
    else:
        sub = slot.category[1]
        place = rng.choice(RURAL_PLACES if slot.caller_area == "乡村" else URBAN_PLACES)
        if slot.topic:
            content, slot.reply = TOPIC_DISPATCHED_TEXTS[sub] if slot.unit else rng.choice(TOPIC_TEXTS[sub])
        else:
            content = rng.choice(COMPLAINTS[sub])
            if slot.kind == "online":
                slot.reply = rng.choice(CONSULT_REPLIES if content.startswith("咨询") else ONLINE_REPLIES)
            elif slot.kind == "dispatched":
                slot.reply = rng.choice(UNIT_REPLIES)
            elif slot.kind == "rejected":
                slot.reply = REJECT_NOTES[slot.reject_reason]
        slot.content = content.format(place=place)
        if slot.callback_result:
            slot.callback_note = rng.choice(CALLBACK_NOTES[slot.callback_result])
    slot.caller_name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    slot.caller_phone = f"1{rng.choice('35789')}{rng.randrange(10**9):09d}"
    slot.call_seconds = rng.randint(10, 90) if slot.kind == "harassment" else rng.randint(60, 600)


def build_orders(calendar):
    """The 3,085 orders of the demo quarter as Slots (plain data; nothing is written)."""
    rng = random.Random(SEED)
    slots = _slots()
    _place_specials_and_topic(slots)
    _assign_outcomes(rng, slots)
    _check(slots)
    for slot in slots:
        _timeline(rng, slot, calendar)
        _texts(rng, slot)
    _case_numbers(slots)
    return sorted(slots, key=lambda s: s.case_no)
