"""A labelled set of phone orders from a documented model of caller behaviour (seeded).

Used to measure the harassment filter's precision and recall (bench/bench_harassment.py).
Every call of a harassing number is labelled harassment; every other call is genuine.

Genuine callers (about 95% of calls, as in the seed brief: 161 harassment of 3085):
- one call (80%), two (15%) or three (5%) about their matter, follow-ups 1–5 days apart;
  a follow-up is worded anew ("再次来电反映…") except 20% copied verbatim by the operator;
- 4% of calls drop first: a 0–8 s call with no content, then the real call minutes later;
- 1.5% quote an insult they were given ("邻居骂我神经病") — the abusive rule's trap;
- 4% are short consultations ("咨询社保缴费"), 1% of callers retry a bad line three times
  within half an hour with little said — the burst rule's trap;
- 0.5% call from a number still on the restricted register from a former owner.

Harassing numbers (about 5% of calls), each of one type:
- silent (35%): 4–12 calls of 0–10 s with no content, in bursts within an hour or two;
- prank (20%): 4–10 calls within an hour, a few words each ("喂", "哈哈", "你猜我是谁");
- abusive (25%): 1–5 calls over days with insults in a sentence;
- obsessive (20%): 3–12 calls over a week with the same demand, word for word;
- 40% of harassing numbers are on the restricted register (known offenders);
- 10% of a harasser's calls are "disguised": a normal-looking request, undetectable by
  design, so recall below 100% is expected.
"""

import datetime as dt
import random

PLACES = ["民安街道", "华塘街道", "新城街道", "兴隆街道", "里耶镇", "石牌镇", "洗洛镇", "龙山大道", "民族路", "长春路"]
MATTERS = [
    "{p}{n}号附近路灯已坏{d}天，夜间出行不便，希望尽快维修。",
    "{p}一工地夜间施工噪音扰民，已持续{d}天，影响休息。",
    "{p}小区停水{d}天，未接到通知，希望尽快恢复供水。",
    "在{p}某公司务工，被拖欠工资{d}个月，共{n}元，多次讨要未果。",
    "{p}菜市场门口占道经营，交通拥堵，希望城管处理。",
    "咨询医保异地就医备案如何办理，本人在{p}，需要哪些材料。",
    "{p}{n}号门前下水道堵塞{d}天，污水外溢，希望尽快疏通。",
    "{p}道路中间护栏损坏{d}处，存在安全隐患。",
]
CONSULTATIONS = ["咨询社保缴费", "咨询公积金", "问疫苗接种点", "查询快递网点", "咨询办证时间"]
QUOTED_INSULTS = [
    "邻居因停车纠纷骂我神经病，还堵住{p}{n}号门口，希望派出所调解。",
    "{p}一商户骂顾客王八蛋，态度恶劣，希望市场监管部门处理。",
    "物业人员骂业主混蛋，{p}小区物业服务差，希望住建局督促整改。",
]
INSULTS = ["王八蛋", "他妈的", "神经病", "去死", "混蛋", "傻逼", "滚蛋"]
ABUSE = [
    "你们这些{w}，拿钱不办事！",
    "{w}，我打了{n}次电话都没人管，",
    "接电话的{w}，叫你们领导来！",
]
PRANK = ["喂", "哈哈", "你猜我是谁", "喂喂喂", "没事", "嘿嘿", "找张三"]
DEMANDS = [
    "我要求县长亲自给我打电话解决我家的问题",
    "我的事情你们必须今天给我解决不然我天天打",
    "我要举报我们村干部贪污你们马上派人来",
]

TYPES = ("silent", "prank", "abusive", "obsessive")
TYPE_WEIGHTS = (35, 20, 25, 20)


def _phone(rng, used):
    while True:
        phone = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
        if phone not in used:
            used.add(phone)
            return phone


def _matter(rng):
    return rng.choice(MATTERS).format(p=rng.choice(PLACES), n=rng.randint(1, 300), d=rng.randint(2, 20))


def _when(rng, start, days):
    # Office hours mostly: 8:00–21:00.
    day = start + dt.timedelta(days=rng.randrange(days))
    return day + dt.timedelta(hours=rng.randint(8, 20), seconds=rng.randrange(3600))


def _genuine(rng, phone, start, days):
    roll = rng.random()
    first = _when(rng, start, days)
    if roll < 0.04:  # a dropped line, then the real call
        yield first, "", rng.randint(0, 8), "dropped_line"
        yield first + dt.timedelta(minutes=rng.randint(1, 15)), _matter(rng), rng.randint(60, 500), "dropped_line"
        return
    if roll < 0.055:
        text = rng.choice(QUOTED_INSULTS).format(p=rng.choice(PLACES), n=rng.randint(1, 300))
        yield first, text, rng.randint(60, 500), "quoted_insult"
        return
    if roll < 0.095:
        yield first, rng.choice(CONSULTATIONS), rng.randint(20, 120), "consultation"
        return
    if roll < 0.105:  # a bad line: three short tries within half an hour
        for i in range(3):
            yield (
                first + dt.timedelta(minutes=10 * i + rng.randint(0, 5)),
                rng.choice(("喂", "听不清", "")),
                rng.randint(11, 40),
                "bad_line",
            )
        return
    text = _matter(rng)
    calls = 1 if roll < 0.8 else 2 if roll < 0.95 else 3
    at = first
    for i in range(calls):
        if i:
            at += dt.timedelta(days=rng.randint(1, 5), hours=rng.randint(-3, 3))
            text = text if rng.random() < 0.2 else "再次来电反映：" + _matter(rng)
        yield at, text, rng.randint(60, 500), "matter" if calls == 1 else "follow_up"


def _harasser(rng, kind, start, days):
    first = _when(rng, start, days)
    if kind == "silent":
        at = first
        for _ in range(rng.randint(4, 12)):
            yield at, "", rng.randint(0, 10)
            at += dt.timedelta(minutes=rng.randint(2, 25))
    elif kind == "prank":
        at = first
        for _ in range(rng.randint(4, 10)):
            yield at, rng.choice(PRANK), rng.randint(10, 60)
            at += dt.timedelta(minutes=rng.randint(2, 14))
    elif kind == "abusive":
        at = first
        for _ in range(rng.randint(1, 5)):
            text = rng.choice(ABUSE).format(w=rng.choice(INSULTS), n=rng.randint(3, 30)) + _matter(rng)
            yield at, text, rng.randint(30, 200)
            at += dt.timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 6))
    else:
        demand, at = rng.choice(DEMANDS), first
        for _ in range(rng.randint(3, 12)):
            yield at, demand, rng.randint(60, 300)
            at += dt.timedelta(hours=rng.randint(4, 36))


def calls(n_target, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    """(calls, restricted numbers): calls are dicts with received_at, caller_phone, content,
    call_seconds, label (True = harassment) and kind (the harassing type, or the genuine one:
    matter, follow_up, dropped_line, quoted_insult, consultation, bad_line, stale_restricted);
    about n_target of them, sorted by time."""
    rng = random.Random(seed)
    used, rows, restricted = set(), [], []
    harassing = 0
    while len(rows) < n_target:
        phone = _phone(rng, used)
        if harassing < harassment_share * len(rows):
            kind = rng.choices(TYPES, weights=TYPE_WEIGHTS)[0]
            if rng.random() < 0.4:
                restricted.append(phone)
            for at, text, seconds in _harasser(rng, kind, start, days):
                if rng.random() < 0.1:  # disguised as a normal request
                    text, seconds = _matter(rng), rng.randint(60, 300)
                rows.append(
                    {
                        "received_at": at,
                        "caller_phone": phone,
                        "content": text,
                        "call_seconds": seconds,
                        "label": True,
                        "kind": kind,
                    }
                )
                harassing += 1
        else:
            stale = rng.random() < 0.005
            if stale:
                restricted.append(phone)  # a former owner's entry never removed
            for at, text, seconds, kind in _genuine(rng, phone, start, days):
                rows.append(
                    {
                        "received_at": at,
                        "caller_phone": phone,
                        "content": text,
                        "call_seconds": seconds,
                        "label": False,
                        "kind": "stale_restricted" if stale else kind,
                    }
                )
    rows.sort(key=lambda r: r["received_at"])
    return rows, restricted
