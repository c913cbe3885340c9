# -*- coding: utf-8 -*-
"""Labelled synthetic generator of calls to a county 12345 government service hotline
(12345政府服务热线), for judging a harassment-call filter independently.

Standard library only.  Deterministic for a seed: every random choice comes from a
random.Random object seeded from a string such as "2:silent"; no choice depends on set or
hash order.  Place names, operators and department numbers come from fixed seeds and are
the same for every seed.

SETTING
    岚坪县 (Lanping County), a made-up mountain county in the Enshi area of western Hubei
    (鄂西). Landline area code 0718; numbers have 7 local digits and start with the
    exchange of the town (0718 62x/63x/68x for the county town, 0718 640..651 for the
    towns).  Car plates 鄂Q.
    Towns: 岚城街道 (county town), 溪口镇, 茶坪镇, 石门坎镇, 芭蕉溪乡, 木鱼坪镇, 高岩乡, 沙坝乡,
    云台乡, 黄连坝乡, 猫儿岩镇, 响水洞乡.  Villages are made from local-sounding parts
    (椿树坪村, 核桃坳村...) and numbered 组.  The county town has streets (岚江大道, 民族路,
    滨江路, 硒都大道...), housing estates (金桂花园, 滨江廉租房小区, 金子坝安置小区...),
    squares, schools, hospitals, scenic spots (岚江大峡谷, 土司古城...) and rivers (岚江,
    溪口河, 龙洞河...).
    Local economy: tea (夏茶 fresh-leaf buying), konjac (魔芋), highland vegetables, cured pork,
    selenium-rich products, quarries, small hydropower, Tujia tourism, migrant workers.
    Season (June): rainy season with thunderstorms (storm days chosen from the seed, with
    power/water outages, landslides and flooding), the 端午 holiday (1–2 June 2025),
    高考 (7–9 June) and 中考, wild boar eating crops, children swimming in rivers,
    mosquitoes, night barbecue stalls and square dancing.
    Dialect in callers' words: 么子, 搞么子, 晓得, 莫, 苕/苕货, 哈数, 日白/扯哈白, 背时,
    砍脑壳的, 遭瘟的, 脑壳, 苞谷, 洋芋, 红苕, 一哈, 娃儿...

INTERFACE
    calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1),
          harassment_share=0.05, seed=1) -> (rows, restricted)

    rows: exactly n_target dicts, sorted by received_at, with keys
        received_at   naive datetime in [start, start + days)
        caller_phone  11-digit mobile (13x..19x; 170/171/165/167/162 virtual carriers),
                      a landline with its area code, digits only (0718 + 7 digits = 11;
                      027/023/021/010... + 8 = 11; 0755/0571/0769 + 8 = 12), or "" if withheld
        content       what the call-taker typed (Chinese; "" for some silent/blank calls)
        call_seconds  int
        label         "harassment" or "genuine"
        kind          a short English call-type name (see below)
    restricted: a set of numbers on the office's restricted-number register before the
        period: most vexatious repeaters, many persistent silent callers (nightly,
        every-few-days, the same hour each day, some bursts), some repeat night chatters,
        flirts, drunks, abusers, fax machines and robocall lines; about a third of the
        genuine persistent petitioners (real grievances: NOT harassment); and stale
        numbers (about 35% as many again) that never call in the period.
    50,000 rows take about 1.5 s.

CALL-TAKERS
    16 operators: 8 on the day shift (08–16), 5 on the evening shift (16–24) work five days
    in seven, and 3 on the night shift (00–08) work two nights in three.  Each call goes to
    one operator on duty.  Each operator has a writing style (formal 来电人反映：…诉求：…;
    plain 市民反映…，希望…; terse, with words dropped, spaces for punctuation and blanks;
    chatty, with her own remarks such as 有位大姐打来说…，挺急的), a typo rate (pinyin-IME
    homophones such as 反应/述求/躁音, a character doubled or dropped), punctuation
    (full-width, half-width, spaces, mixed, no full stop at the end), brackets （） () 【】,
    quote marks “” or "", a way of writing swear words (as said, starred, （脏话）, or
    described), favourite notes, favourite wordings for silent calls, and a chance of
    leaving silent calls blank.  The system shows how many times a number has called today
    and in the period, so operators sometimes write 该号码今日第N次来电.  A nuisance call
    shows itself only through the text, the hour, the duration and the number.

KINDS AND SHARES (of all rows, with harassment_share = 0.05)
  genuine (95%)
    complaint          27.55  complaints and reports on about 45 local topics, weighted for the month
                              (night barbecue and construction noise, square dancing, 高考
                              noise, garbage, drains, street lights, muddy or cut water,
                              voltage, roads, landslide risk, buses, taxis, unpaid wages,
                              food, property managers, housing, schools, hospitals, wild boar,
                              tea and konjac buyers, subsidies, phone signal, 低保 fairness,
                              dogs, illegal building, drowning risk, pollution, funerals, ...).
                              About 8% come in local clusters (many callers, one matter, 1–3
                              days); some callers repeat, and noise callers repeat night after night
    outage_surge        2.85  power, water, road and flood reports bunched after storms, and some on
                              their own; short calls, a few numbers repeat
    consultation       25.46  about 30% are one-line requests for a department's phone number;
                              the rest are policy and office-hours questions, some of them
                              seasonal (端午 hours, 高考 results, school enrolment)
    followup            8.07  reminders and progress checks on an earlier order, often quoting
                              the order number (full, shortened or 尾号); 1–6 calls over days,
                              some at night
    urgent_help         2.09  missing elderly people, people trapped in lifts, landslides,
                              flooded houses, gas smells; many on storm nights; passed to 110/119/120
    suggestion          1.71
    praise              1.14
    angry_with_matter   2.85  curses, insults or contempt, but with a real matter
    reported_insult     1.42  reports an insult someone else said (quoted: 说她“…”, 喊他“…”),
                              usually without the word 骂
    elderly_matter      2.85  old, confused or lonely callers who do have a matter; about 45%
                              on landlines, some repeat, about a quarter at night
    distress            0.76  crying or desperate callers (domestic violence, debt collectors,
                              bereavement), mostly at night; long calls
    dropped_call        5.22  written like silent calls (often the same wording or blank), genuine
    bad_line            1.90  the operator could not understand the caller (signal, dialect, noise)
    misdial             2.85  wanted 110/120/95598/10086, a courier, a restaurant, a relative...
    callback            1.61  the same number calling back 20 s to 15 min after a dropped call
    petitioner          4.27  about 135 genuine people with old grievances (land, injuries at
                              work, veterans, 低保...), calling every 1–4 days, some several
                              times a day; about a third of them are on the register
    night_worker        2.37  taxi drivers, riders, truck drivers, night-shift workers with real
                              matters, mostly 22:00–05:00
  harassment (5%)
    silent              1.40  nobody speaks; 2 s to 20 min; bursts over hours, nightly for 1–4
                              weeks, every few days, at the same hour each day, a few calls in
                              one session, one-offs; about 30% withheld; notes blank or varied
    abuse_operator      0.40  abuses the operator with no matter: swearing, contempt, sarcasm,
                              dialect insults, curses
    gov_contempt        0.25  sounds off at the government with no matter
    threat              0.12  threats with no matter; often withheld
    night_chat          0.35  lonely or sleepless people chatting at night; long calls, some every night
    drunk               0.25
    flirting            0.22  personal questions, asks for WeChat, asks for the same operator again
    prank_report        0.25  made-up reports written like real ones (fights, fires, someone about to
                              jump, a bomb), some plainly absurd (a ten-metre giant salamander);
                              the operator sometimes notes a sign (laughter, no such address)
    nonsense_story      0.15  long rambling stories
    absurd_request      0.20
    child_play          0.25  after school and at weekends, redialled in sessions
    line_test           0.12
    bet_dare            0.10  late evenings, weekends
    robocall            0.20  recorded adverts and AI voices (about a third polite and
                              genuine-sounding), in number blocks on working days
    fax_tone            0.12  fax machines retrying every few minutes in office hours
    music_radio         0.10  only music, radio or TV on the line
    telemarketing       0.15  a live salesperson selling to the hotline, on working days
    vexatious_repeat    0.35  a few callers, many calls a day over many days: demanding the
                              operator's staff number, a long-answered or absurd matter, 找县长,
                              or nothing at all

HARD CASES
    Genuine calls that look like nuisance: dropped calls written like silent ones,
    noise complaints after midnight repeated night after night, elderly callers at night,
    distressed callers, petitioners several times a day (some on the register), angry
    callers who curse, quoted insults, bad lines, misdials, night workers.
    Nuisance that looks genuine: prank reports written as real reports, vexatious repeats
    about a "matter", polite robocalls, telemarketers.
"""

import datetime as dt
import math
import random
import re

# =====================================================================
# 1. Geography of the fictional county (fixed, seed independent)
# =====================================================================

COUNTY = "岚坪县"
AREA = "0718"

TOWNS = [
    "岚城街道",
    "溪口镇",
    "茶坪镇",
    "石门坎镇",
    "芭蕉溪乡",
    "木鱼坪镇",
    "高岩乡",
    "沙坝乡",
    "云台乡",
    "黄连坝乡",
    "猫儿岩镇",
    "响水洞乡",
]
RURAL_TOWNS = TOWNS[1:]
# local exchange prefix of each town's fixed-line numbers (7-digit locals)
TOWN_EXCH = {
    "岚城街道": ["62", "63", "68"],
    "溪口镇": ["640"],
    "茶坪镇": ["641"],
    "石门坎镇": ["642"],
    "芭蕉溪乡": ["643"],
    "木鱼坪镇": ["645"],
    "高岩乡": ["646"],
    "沙坝乡": ["647"],
    "云台乡": ["648"],
    "黄连坝乡": ["649"],
    "猫儿岩镇": ["650"],
    "响水洞乡": ["651"],
}

_V_PRE = [
    "椿树",
    "板栗",
    "青杠",
    "核桃",
    "火烧",
    "大堰",
    "漆树",
    "杉木",
    "桐子",
    "茶园",
    "岩脚",
    "龙潭",
    "马鬃",
    "白岩",
    "水井",
    "柏杨",
    "楠木",
    "竹林",
    "梨子",
    "枫香",
    "苦竹",
    "猴子",
    "烂泥",
    "黄泥",
    "麻柳",
    "青龙",
    "狮子",
    "石板",
    "落水",
    "老鹰",
    "金竹",
    "野猪",
    "长岭",
    "庙",
    "鸭池",
    "茅草",
]
_V_SUF = ["坪", "坝", "湾", "沟", "坳", "垭", "岭", "槽", "岩", "溪", "河", "台", "塘", "堡"]


def _mk_villages():
    g = random.Random(4417)
    out = {}
    used = []
    for t in RURAL_TOWNS:
        k = g.randint(7, 11)
        names = []
        while len(names) < k:
            v = g.choice(_V_PRE) + g.choice(_V_SUF) + "村"
            if v not in used:
                used.append(v)
                names.append(v)
        out[t] = names
    return out


VILLAGES = _mk_villages()
COMMUNITIES = [
    "凤凰社区",
    "滨江社区",
    "民族路社区",
    "金子坝社区",
    "老街社区",
    "硒都社区",
    "桂花社区",
    "龙洞河社区",
    "岚城安置点社区",
]
STREETS = [
    "岚江大道",
    "民族路",
    "解放路",
    "滨江路",
    "硒都大道",
    "凤凰路",
    "金桂路",
    "老街",
    "人民路",
    "土司城路",
    "丹桂巷",
    "体育路",
    "学院路",
    "工业园路",
    "金子坝路",
    "龙洞河路",
    "新街",
    "茶城路",
]
XIAOQU = [
    "江景苑",
    "金桂花园",
    "凤凰城小区",
    "水岸名都",
    "岚江一品",
    "阳光家园",
    "锦绣华庭",
    "民族花园",
    "教师新村",
    "烟厂宿舍",
    "电力小区",
    "滨江廉租房小区",
    "硒都国际",
    "金子坝安置小区",
    "桂花园",
    "龙洞河小区",
    "茶城佳苑",
    "老粮站宿舍",
    "土司新城",
]
SQUARES = ["民族广场", "滨江广场", "体育馆广场", "土司文化广场", "凤凰广场"]
SCHOOLS = [
    "岚坪一中",
    "岚坪民族高级中学",
    "县实验小学",
    "城关第二小学",
    "民族中学",
    "溪口镇中心小学",
    "茶坪镇初级中学",
    "县职教中心",
    "凤凰幼儿园",
]
HOSPITALS = ["县人民医院", "县中医医院", "县妇幼保健院", "{town}卫生院"]
SCENIC = ["岚江大峡谷", "云台山景区", "猫儿岩溶洞", "土司古城", "响水洞瀑布"]
FACTORIES = [
    "硒源魔芋食品厂",
    "岚山茶业加工厂",
    "县页岩砖厂",
    "鑫磊石材厂",
    "城投混凝土搅拌站",
    "工业园的腊肉加工厂",
    "富硒矿泉水厂",
    "{town}茶厂",
]
COMPANIES = [
    "岚坪县鑫达建筑工程有限公司",
    "恩源路桥公司",
    "岚江建设集团",
    "宏发建筑劳务公司",
    "金利房地产公司",
    "某劳务公司",
    "顺通公路工程公司",
    "一家外地建筑公司",
]
PROJECTS = [
    "安置房",
    "滨江路改造",
    "{town}集镇污水管网",
    "通村公路硬化",
    "学校宿舍楼",
    "人民医院住院部",
    "{town}水厂",
    "高速连接线",
    "{xq}二期",
]
SHOPS = [
    "老码头烧烤",
    "{sur}记烧烤",
    "土家腊蹄子火锅",
    "夜猫子烧烤",
    "江边夜宵摊",
    "好再来大排档",
    "一品KTV",
    "星光台球室",
    "渝味串串",
    "{sur}家炕洋芋",
]
STORES = [
    "城东农贸市场",
    "{sur}家超市",
    "万家福超市",
    "步行街一家服装店",
    "家电城",
    "一家药店",
    "好邻居便利店",
    "{town}集镇一家农资店",
]
GYMS = ["{sur}氏健身会所", "一家教育培训机构", "一家美容店", "一家游泳馆", "一家理发店"]
RIVERS = ["岚江", "溪口河", "龙洞河", "芭蕉河", "清水溪", "白岩河"]
ROADS = [
    "G209国道",
    "S325省道",
    "X018县道",
    "岚城到溪口的县道",
    "茶坪到石门坎的公路",
    "{town}的通村公路",
    "去{vil}的通组公路",
    "高岩到云台的山路",
    "岚江大桥",
]
CROPS = ["苞谷", "洋芋", "红苕", "魔芋", "黄豆", "高山白菜", "萝卜", "辣椒", "茶叶"]
FOODS = ["牛奶", "腊肉", "面包", "酸奶", "月饼", "罐头", "饮料", "方便面", "蛋糕"]
SURNAMES = [
    "向",
    "田",
    "谭",
    "覃",
    "彭",
    "黄",
    "冉",
    "邓",
    "杨",
    "张",
    "李",
    "刘",
    "胡",
    "陈",
    "王",
    "吴",
    "周",
    "龚",
    "秦",
    "谢",
    "滕",
    "汪",
    "肖",
    "朱",
    "姚",
    "牟",
    "雷",
    "黎",
]

DEPTS = [
    "县人社局",
    "县医保局",
    "县住建局",
    "县城管局",
    "县市场监管局",
    "县教育局",
    "县卫健局",
    "县民政局",
    "县农业农村局",
    "县林业局",
    "县自然资源局",
    "县交通运输局",
    "县公安局",
    "县交警大队",
    "县不动产登记中心",
    "县政务服务中心",
    "县退役军人事务局",
    "县残联",
    "县税务局",
    "县供电公司",
    "县水务公司",
    "县客运站",
    "县车管所",
    "县住房公积金管理部",
    "县疾控中心",
    "县法律援助中心",
    "县信访局",
    "县生态环境分局",
    "县文旅局",
    "县乡村振兴局",
]


def _mk_dept_phones():
    g = random.Random(9931)
    out = {}
    for d in DEPTS:
        out[d] = AREA + "-" + g.choice(["62", "63"]) + "%05d" % g.randrange(100000)
    out["县供电公司"] = "95598"
    return out


DEPT_PHONES = _mk_dept_phones()

# =====================================================================
# 2. Template slots
# =====================================================================

_SLOT_RE = re.compile(r"\{([a-z]+[0-9]*)\}")
_VOLATILE = ("n", "clock", "hrs", "late", "cn")
_CN_NUM = ["一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]


def _g(r, ex, key):
    if key in ex:
        return ex[key]
    v = SLOT[key](r, ex)
    if "{" in v:
        v = _fill(r, v, ex)
    ex[key] = v
    return v


def _s_place(r, ex):
    t = _g(r, ex, "town")
    v = _g(r, ex, "vil")
    x = r.random()
    if x < 0.45:
        return t + v + _g(r, ex, "grp")
    if x < 0.8:
        return t + v
    return v + _g(r, ex, "grp")


def _s_addr(r, ex):
    x = r.random()
    if x < 0.45:
        return _g(r, ex, "street") + _g(r, ex, "xq")
    if x < 0.75:
        return _g(r, ex, "xq")
    return _g(r, ex, "street") + str(r.randint(1, 300)) + "号"


def _s_money(r, ex):
    x = r.random()
    if x < 0.4:
        return str(r.randint(8, 99) * 100) + "元"
    if x < 0.7:
        return "%d万%s元" % (r.randint(1, 9), r.choice(["", "多", "余"]))
    return r.choice(["三万多", "一万二", "八千多", "两万六", "五千块", "十几万", "四万多块钱"])


def _s_ord(r, ex):
    d = dt.date(2025, 6, 1) - dt.timedelta(days=r.randint(2, 120))
    if "_orddate" in ex:
        d = ex["_orddate"]
    return d.strftime("%Y%m%d") + "%04d" % r.randint(1, 1800)


def _s_plate(r, ex):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "鄂Q" + r.choice(letters + "T") + "".join(r.choice("0123456789" + letters[:6]) for _ in range(4))


SLOT = {
    "town": lambda r, ex: r.choice(RURAL_TOWNS),
    "vil": lambda r, ex: r.choice(VILLAGES[_g(r, ex, "town")]),
    "grp": lambda r, ex: "%d组" % r.randint(1, 12),
    "place": _s_place,
    "street": lambda r, ex: r.choice(STREETS),
    "xq": lambda r, ex: r.choice(XIAOQU),
    "dong": lambda r, ex: r.choice(
        ["%d栋" % r.randint(1, 18), "%d号楼" % r.randint(1, 12), r.choice("ABCDE") + "栋", "%d单元" % r.randint(1, 4)]
    ),
    "addr": _s_addr,
    "sq": lambda r, ex: r.choice(COMMUNITIES),
    "sqr": lambda r, ex: r.choice(SQUARES),
    "school": lambda r, ex: r.choice(SCHOOLS),
    "hosp": lambda r, ex: r.choice(HOSPITALS),
    "scenic": lambda r, ex: r.choice(SCENIC),
    "factory": lambda r, ex: r.choice(FACTORIES),
    "co": lambda r, ex: r.choice(COMPANIES),
    "proj": lambda r, ex: r.choice(PROJECTS),
    "shop": lambda r, ex: r.choice(SHOPS),
    "store": lambda r, ex: r.choice(STORES),
    "gym": lambda r, ex: r.choice(GYMS),
    "river": lambda r, ex: r.choice(RIVERS),
    "road": lambda r, ex: r.choice(ROADS),
    "dept": lambda r, ex: r.choice(DEPTS),
    "money": _s_money,
    "yr": lambda r, ex: str(r.randint(2006, 2022)),
    "days": lambda r, ex: r.choice(
        ["三天", "四五天", "一个星期", "半个月", "十来天", "两个多月", "%d天" % r.randint(2, 20), "一个多月"]
    ),
    "late": lambda r, ex: r.choice(["一", "两", "三", "一", "两"]),
    "clock": lambda r, ex: r.choice(
        ["下午三点多", "昨天晚上十点", "今天早上六点", "中午", "半夜两点多", "晚上八点左右", "凌晨", "下午打雷的时候"]
    ),
    "hrs": lambda r, ex: r.choice(["两个多小时", "三个小时", "半天", "五六个小时", "一整晚", "一上午", "十几个小时"]),
    "age": lambda r, ex: str(r.randint(68, 93)),
    "plate": _s_plate,
    "ord": _s_ord,
    "crop": lambda r, ex: r.choice(CROPS),
    "food": lambda r, ex: r.choice(FOODS),
    "n": lambda r, ex: str(r.randint(2, 9)),
    "cn": lambda r, ex: r.choice(_CN_NUM[1:8]),
    "sur": lambda r, ex: r.choice(SURNAMES),
    "pn": lambda r, ex: r.choice(SURNAMES) + r.choice(["某", "某某", "某", "老板", "师傅"]),
    "mu": lambda r, ex: r.choice(["一亩多", "两亩", "三分", "半亩", "一亩二", "四亩多"]),
    "yrs": lambda r, ex: r.choice(["一年多", "两年", "三年多", "快五年"]),
}


def _fill(r, s, ex=None):
    if ex is None:
        ex = {}
    local = {}

    def rep(m):
        k = m.group(1)
        base = k.rstrip("0123456789")
        if base in _VOLATILE:
            if k not in local:
                local[k] = SLOT[base](r, ex)
            return local[k]
        if k in ex:
            return ex[k]
        if base == k:
            return _g(r, ex, k)
        v = SLOT[base](r, {})
        if "{" in v:
            v = _fill(r, v, {})
        ex[k] = v
        return v

    return _SLOT_RE.sub(rep, s)


# =====================================================================
# 3. Time profiles
# =====================================================================

HOURS = {
    #         0    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16   17   18   19   20   21   22   23
    "office": [0.25, 0.15, 0.1, 0.08, 0.08, 0.25, 0.9, 3, 7, 10, 10, 9, 5, 5.5, 8.5, 9, 8, 6, 4, 3.2, 2.6, 1.8, 1, 0.5],
    "allday": [1, 0.7, 0.5, 0.4, 0.4, 0.8, 2, 4, 7, 8, 8, 7, 5, 6, 7, 7, 7, 6, 5, 5, 4.5, 4, 3, 1.8],
    "evening": [3, 2, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2.5, 3.5, 5, 7, 8, 8, 5],
    "late": [6, 4, 2, 1, 0.5, 0.3, 0.3, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5, 2.5, 4, 6, 8, 9.5, 8.5],
    "night": [
        8,
        7.5,
        6.5,
        5.5,
        4,
        2.5,
        1,
        0.5,
        0.3,
        0.3,
        0.3,
        0.3,
        0.3,
        0.3,
        0.3,
        0.3,
        0.4,
        0.6,
        1,
        1.5,
        2.5,
        4,
        6,
        7.5,
    ],
    "deepnight": [
        9,
        9,
        8,
        7,
        5,
        2.5,
        0.6,
        0.1,
        0.05,
        0.05,
        0.05,
        0.05,
        0.05,
        0.05,
        0.05,
        0.05,
        0.05,
        0.1,
        0.2,
        0.3,
        0.6,
        1.5,
        4,
        7,
    ],
    "afterschool": [0, 0, 0, 0, 0, 0, 0.1, 0.4, 1, 1.5, 1.5, 2, 3, 3, 2, 2, 3, 5, 6, 6, 5, 3, 1, 0.2],
    "dusk": [0.3, 0.1, 0, 0, 0, 0, 0.2, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5, 3, 6, 9, 9, 5, 1.5],
    "business": [0, 0, 0, 0, 0, 0, 0, 0.3, 3, 10, 10, 8, 3, 4, 9, 10, 9, 5, 1, 0.2, 0, 0, 0, 0],
    "elderly": [1.5, 1.2, 1, 1.2, 1.8, 3.5, 6, 8, 9, 9, 7, 6, 3, 3, 5, 5, 4, 3, 2.5, 2.5, 2, 1.5, 1.2, 1.3],
    "drunk": [7, 6, 4, 2, 1, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 0.8, 0.8, 0.3, 0.3, 0.3, 0.5, 1, 2, 4, 6, 8, 8],
    "nightwork": [9, 9, 8, 7, 6, 5, 3, 1, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.5, 1, 1.5, 2.5, 4, 6, 8],
    "surge": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
}

WK = {  # Mon..Sun
    "office": [1.15, 1.08, 1.02, 1.0, 0.98, 0.55, 0.5],
    "flat": [1, 1, 1, 1, 1, 1, 1],
    "noise": [0.9, 0.88, 0.9, 0.95, 1.1, 1.35, 1.25],
    "leisure": [0.85, 0.85, 0.85, 0.9, 1.1, 1.35, 1.3],
    "kids": [0.65, 0.65, 0.7, 0.7, 0.85, 1.7, 1.6],
    "work": [1.15, 1.15, 1.12, 1.12, 1.08, 0.12, 0.06],
    "weekend": [0.8, 0.8, 0.8, 0.85, 1.2, 1.55, 1.2],
}

HOLIDAYS = {dt.date(2025, 1, 1)}
for _a, _b in [
    ((2025, 1, 28), (2025, 2, 4)),
    ((2025, 4, 4), (2025, 4, 6)),
    ((2025, 5, 1), (2025, 5, 5)),
    ((2025, 5, 31), (2025, 6, 2)),
    ((2025, 10, 1), (2025, 10, 8)),
]:
    _d = dt.date(*_a)
    while _d <= dt.date(*_b):
        HOLIDAYS.add(_d)
        _d += dt.timedelta(days=1)
MAKEUP_WORKDAYS = {
    dt.date(2025, 1, 26),
    dt.date(2025, 2, 8),
    dt.date(2025, 4, 27),
    dt.date(2025, 9, 28),
    dt.date(2025, 10, 11),
}


def _cum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


def _ln(r, med, sig, lo, hi):
    v = med * math.exp(r.gauss(0.0, sig))
    return int(min(hi, max(lo, round(v))))


# =====================================================================
# 4. Call-takers
# =====================================================================

SILENT_POOL = [
    "无声电话",
    "来电无声",
    "接通后无人讲话",
    "来电无声，多次询问无应答后挂断",
    "无人应答",
    "接通后对方不说话",
    "喂了几声无回应",
    "无声来电，已按规范提示后挂机",
    "（无声）",
    "空线",
    "来电人未讲话",
    "静音电话",
    "对方不出声",
    "电话接通无声音",
    "无效来电（无声）",
    "接通后无人说话，挂断",
    "无人说话",
    "听不到声音",
    "一直不说话",
    "通话无声",
    "无声音",
    "接通无人回应，按流程结束通话",
    "来电未出声",
]
DROP_POOL = [
    "电话接通后断线",
    "来电人未说明诉求即挂断",
    "通话中断",
    "刚接通就断了",
    "来电人说了句“喂”后挂断",
    "信号中断，未能沟通",
    "来电后挂断",
    "未讲话即挂机",
]


class Op(object):
    def __init__(self, **kw):
        self.__dict__.update(kw)


def _mk_ops():
    D = [
        # id, name, shift, style, typo, punct, brackets, quotes, censor, blank, silent favourites, notes, cyc,on,off
        (
            "1001",
            "向红梅",
            "day",
            "formal",
            0.006,
            "full",
            "（）",
            "“”",
            "para",
            0.0,
            ["来电无声，多次询问无应答后挂断", "无声电话"],
            ["已做好解释工作", "请相关单位核实处理", "来电人要求回电"],
            7,
            5,
            0,
        ),
        (
            "1002",
            "田晓燕",
            "day",
            "plain",
            0.02,
            "full",
            "()",
            "“”",
            "stars",
            0.08,
            ["无人说话", "接通后无声"],
            ["已告知", "望尽快处理", "已安抚"],
            7,
            5,
            1,
        ),
        ("1003", "谭敏", "day", "terse", 0.045, "space", "()", '""', "tag", 0.55, ["无声"], ["已告", "直办"], 7, 5, 3),
        (
            "1004",
            "覃丽娟",
            "day",
            "chatty",
            0.03,
            "mixed",
            "（）",
            "“”",
            "raw",
            0.03,
            ["喂了好几声都没人说话", "那边一直不出声"],
            ["我跟对方解释了好久", "已记录", "说清楚了"],
            7,
            5,
            4,
        ),
        (
            "1005",
            "彭静",
            "day",
            "formal",
            0.012,
            "full",
            "【】",
            "“”",
            "para",
            0.0,
            ["接通后无人讲话", "无效来电（无声）"],
            ["已按知识库答复", "拟转派承办单位办理", "来电人不需回访"],
            7,
            5,
            6,
        ),
        (
            "1006",
            "黄小芳",
            "day",
            "plain",
            0.018,
            "half",
            "()",
            '""',
            "stars",
            0.12,
            ["来电无声", "无人应答"],
            ["已解释", "请尽快处理"],
            7,
            5,
            2,
        ),
        (
            "1007",
            "冉春兰",
            "day",
            "terse",
            0.035,
            "noend",
            "()",
            "“”",
            "para",
            0.4,
            ["无声电话", "空线"],
            ["已告知", "转办"],
            7,
            5,
            5,
        ),
        (
            "1008",
            "邓雪",
            "day",
            "formal",
            0.008,
            "full",
            "（）",
            "“”",
            "tag",
            0.0,
            ["无声来电，已按规范提示后挂机"],
            ["请相关单位及时处理", "来电人要求保密"],
            7,
            5,
            0,
        ),
        (
            "2001",
            "杨帆",
            "evening",
            "plain",
            0.028,
            "full",
            "（）",
            "“”",
            "raw",
            0.1,
            ["来电人未讲话", "对方不出声"],
            ["已告知", "已安抚", "需回访"],
            7,
            5,
            2,
        ),
        (
            "2002",
            "张莉",
            "evening",
            "chatty",
            0.045,
            "mixed",
            "()",
            "“”",
            "raw",
            0.05,
            ["接起来没人说话", "喂半天没声音"],
            ["劝了好一会儿", "讲了蛮久", "已记录"],
            7,
            5,
            4,
        ),
        (
            "2003",
            "李婷婷",
            "evening",
            "terse",
            0.055,
            "half",
            "()",
            '""',
            "stars",
            0.6,
            ["无声", "无人"],
            ["已告"],
            7,
            5,
            6,
        ),
        (
            "2004",
            "刘巧",
            "evening",
            "formal",
            0.01,
            "full",
            "（）",
            "“”",
            "para",
            0.0,
            ["接通后无人说话，挂断", "来电无声"],
            ["已做好解释安抚工作", "请承办单位核实"],
            7,
            5,
            1,
        ),
        (
            "2005",
            "胡晓丹",
            "evening",
            "plain",
            0.02,
            "noend",
            "（）",
            "“”",
            "tag",
            0.15,
            ["通话无声", "无声音"],
            ["已告知", "请处理"],
            7,
            5,
            3,
        ),
        ("3001", "陈勇", "night", "terse", 0.04, "space", "()", '""', "raw", 0.65, ["无声", "空"], ["已告"], 3, 2, 0),
        (
            "3002",
            "王芳",
            "night",
            "plain",
            0.025,
            "full",
            "（）",
            "“”",
            "para",
            0.1,
            ["来电无声", "接通无人回应，按流程结束通话"],
            ["已安抚", "已告知"],
            3,
            2,
            1,
        ),
        (
            "3003",
            "吴桂香",
            "night",
            "chatty",
            0.035,
            "mixed",
            "（）",
            "“”",
            "raw",
            0.04,
            ["半天不吭声", "那头没人讲话"],
            ["劝了半天", "已记下了", "跟他说清楚了"],
            3,
            2,
            2,
        ),
    ]
    ops = []
    for t in D:
        ops.append(
            Op(
                id=t[0],
                name=t[1],
                shift=t[2],
                style=t[3],
                typo=t[4],
                punct=t[5],
                br=t[6],
                qt=t[7],
                censor=t[8],
                blank=t[9],
                silent=t[10],
                notes=t[11],
                cyc=t[12],
                on=t[13],
                off=t[14],
                note_p={"formal": 0.35, "plain": 0.25, "terse": 0.12, "chatty": 0.4}[t[3]],
            )
        )
    return ops


OPS = _mk_ops()

TYPOS = [
    ("反映", ["反应"]),
    ("处理", ["处里", "出理"]),
    ("噪音", ["躁音", "燥音"]),
    ("已经", ["以经"]),
    ("再次", ["在次"]),
    ("诉求", ["述求"]),
    ("投诉", ["投述"]),
    ("联系", ["联细"]),
    ("电话", ["电化"]),
    ("停电", ["挺电"]),
    ("路灯", ["路登"]),
    ("小区", ["小去"]),
    ("挂断", ["挂段"]),
    ("告知", ["告之"]),
    ("咨询", ["资询", "咨讯"]),
    ("情绪", ["情续"]),
    ("要求", ["要球"]),
    ("希望", ["希忘"]),
    ("问题", ["文题"]),
    ("来电人", ["来店人", "来电任", "来点人"]),
    ("至今", ["至金"]),
    ("部门", ["部们"]),
    ("的", ["得", "地"]),
    ("在", ["再"]),
    ("做", ["作"]),
    ("已", ["以"]),
    ("辱骂", ["侮骂"]),
    ("安抚", ["按抚"]),
    ("核实", ["合实"]),
    ("回复", ["回服"]),
    ("垃圾", ["拉圾"]),
    ("晚上", ["玩上"]),
    ("拖欠", ["拖歉"]),
    ("无声", ["吴声"]),
    ("询问", ["寻问"]),
    ("影响", ["应响"]),
    ("解决", ["结决"]),
    ("工作人员", ["工作认员"]),
    ("已告知", ["一告知"]),
    ("多次", ["都次"]),
    ("醉酒", ["最酒"]),
]

_TERSE_ABBR = [
    ("来电人", ""),
    ("相关部门", ""),
    ("严重影响", "影响"),
    ("工单号", "单号"),
    ("已告知", "已告"),
    ("要求", "要"),
    ("其居住的", ""),
    ("有一段时间了", ""),
    ("，", " "),
    ("至今未", "未"),
    ("没有", "没"),
    ("已经", "已"),
    ("一直", ""),
    ("非常", ""),
    ("小区", ""),
]


def _finish(r, op, s):
    if not s:
        return s
    s = s.replace("（", op.br[0]).replace("）", op.br[1])
    s = s.replace("“", op.qt[0]).replace("”", op.qt[1])
    p = op.punct
    if p == "half" or (p == "mixed" and r.random() < 0.35):
        s = s.replace("，", ",").replace("：", ":").replace("；", ";")
        if r.random() < 0.6:
            s = s.replace("。", ".")
    elif p == "space":
        s = s.replace("，", " ").replace("。", " ").replace("：", " ").replace("；", " ")
    elif p == "mixed":
        if r.random() < 0.3:
            s = s.replace("。", "，", s.count("。") - 1)
    if p in ("noend", "space") or (p == "mixed" and r.random() < 0.4):
        s = s.rstrip("。. ")
    # typos
    rate = op.typo
    if r.random() < rate * 6:
        nt = 1 + (1 if r.random() < rate * 4 else 0)
        for _ in range(nt):
            kind = r.random()
            if kind < 0.7:
                cands = [t for t in TYPOS if t[0] in s]
                if cands:
                    a, bs = r.choice(cands)
                    idx = [m.start() for m in re.finditer(re.escape(a), s)]
                    i = r.choice(idx)
                    s = s[:i] + r.choice(bs) + s[i + len(a) :]
            elif kind < 0.85 and len(s) > 6:
                i = r.randrange(1, len(s) - 1)
                if "\u4e00" <= s[i] <= "\u9fff":
                    s = s[:i] + s[i] + s[i:]
            elif len(s) > 8:
                i = r.randrange(2, len(s) - 1)
                if "\u4e00" <= s[i] <= "\u9fff":
                    s = s[:i] + s[i + 1 :]
    s = re.sub(r" {2,}", " ", s).strip()
    if p == "mixed" and r.random() < 0.04 and s.endswith("。"):
        s += "。"
    return s


def _note(r, op, txt):
    if not txt:
        return ""
    st = op.style
    b0, b1 = "（", "）"
    if op.br == "【】":
        b0, b1 = "【", "】"
    x = r.random()
    if st == "terse":
        return " " + txt
    if x < 0.55:
        return b0 + txt + b1
    return txt + "。"


def _fav_note(r, op):
    if r.random() < op.note_p:
        return _note(r, op, r.choice(op.notes))
    return ""


PERSONA_WORDS = {
    ("M", 0): ["小伙子", "年轻人"],
    ("M", 1): ["师傅", "大哥", "男的"],
    ("M", 2): ["大爷", "老爷子", "老人家"],
    ("F", 0): ["姑娘", "小妹"],
    ("F", 1): ["大姐", "阿姨", "女士"],
    ("F", 2): ["婆婆", "老人家", "老太太"],
}


def _persona(r, old=None):
    if old is None:
        old = r.random() < 0.2
    sex = "M" if r.random() < 0.55 else "F"
    age = 2 if old else (0 if r.random() < 0.3 else 1)
    return {"sex": sex, "age": age, "ex": {}}


def _who_formal(r, p):
    if p and r.random() < 0.18:
        sx = "男" if p["sex"] == "M" else "女"
        if p["age"] == 2 and r.random() < 0.6:
            return "来电人（%s，约%d岁）" % (sx, r.choice([70, 75, 80]))
        return "来电人（%s）" % sx
    return r.choice(["来电人", "来电人", "来电人", "市民"])


def _pw(r, p):
    if not p:
        return r.choice(["一位市民", "有人"])
    return r.choice(PERSONA_WORDS[(p["sex"], p["age"])])


def _terse(r, s):
    if s.startswith("反映") and r.random() < 0.7:
        s = s[2:]
    for a, b in _TERSE_ABBR:
        if a in s and r.random() < 0.6:
            s = s.replace(a, b)
    return s.strip(" ，")


def r_matter(r, op, body, want=None, verb="反映", p=None, note=None, again=False):
    """Operator writes a call that carries a matter."""
    st = op.style
    if st == "formal":
        w = _who_formal(r, p)
        v = ("再次" + verb) if again and r.random() < 0.8 else verb
        s = w + r.choice([v + "：", "来电" + v + "：", v + "，", "称："]) + body + "。"
        if want:
            s += r.choice(["诉求：", "来电人诉求：", "来电人要求", "来电人希望", "诉求："]) + want + "。"
        if r.random() < 0.12:
            s += r.choice(
                [
                    "请相关单位核实处理。",
                    "请承办单位按时限办理。",
                    "来电人要求回电。",
                    "来电人不需要回访。",
                    "来电人要求对其个人信息保密。",
                ]
            )
    elif st == "plain":
        o = r.choice(["市民" + verb, "来电" + verb, "市民来电称", "来电人说", verb, "来电人" + verb])
        if again:
            o = r.choice(["又来电" + verb, "再次来电，" + verb, "来电人再次" + verb])
        s = o + body
        if want:
            s += r.choice(["，希望", "，要求", "，请", "，想要"]) + want
        s += "。"
    elif st == "terse":
        s = ("又" if again and r.random() < 0.5 else "") + _terse(r, body)
        if want and r.random() < 0.75:
            s += " " + r.choice(["要", "请", "诉:", "要求", ""]) + _terse(r, want)
        elif r.random() < 0.3:
            s += " 请处理"
    else:  # chatty
        pw = _pw(r, p)
        o = r.choice(["有位%s打来说" % pw, "%s来电，说" % pw, "是个%s，讲" % pw, "%s打电话来%s，" % (pw, verb)])
        if again:
            o = r.choice(["那位%s又打来了，还是说" % pw, "%s又来电，说" % pw])
        s = o + body
        if want:
            s += r.choice(["，想让", "，希望", "，说要", "，盼着"]) + want
        s += "。"
        if r.random() < 0.3:
            pr = "她" if (p and p.get("sex") == "F") else "他"
            s += r.choice(
                [
                    "（口音有点重，听了半天）",
                    "人挺客气的。",
                    "说了好几遍。",
                    "语气蛮急。",
                    "我跟%s说会转给相关单位。" % pr,
                    "唉，确实遭孽。",
                    "讲了蛮久。",
                    "%s说之前也打过。" % pr,
                ]
            )
    if note:
        s += _note(r, op, note)
        if r.random() < 0.5:
            return s
    s += _fav_note(r, op)
    return s


NM_NOTES = {
    "formal": ["已按规范结束通话", "已做好解释", "已礼貌挂机"],
    "plain": ["已挂断", "已解释", "已劝导"],
    "terse": ["挂", "已挂"],
    "chatty": ["我就挂了", "说了也不听", "只好挂了"],
}
_TAILS = ["无具体诉求", "无实质诉求", "未反映具体问题", "无诉求", "无具体事项"]


def r_nom(r, op, desc, tail=True, extra=None):
    """Operator writes a call that carries no matter. desc may contain {W}."""
    st = op.style
    if st == "formal":
        W = r.choice(["来电人", "来电人", "来电者"])
    elif st == "plain":
        W = r.choice(["来电人", "来电者", "对方", "市民"])
    elif st == "terse":
        W = ""
    else:
        W = r.choice(["对方", "这个人", "打来的人", "来电的"])
    s = desc.replace("{W}", W)
    if st == "terse":
        s = _terse(r, s)
        if tail and r.random() < 0.6 and "诉求" not in s:
            s += " 无诉求"
    else:
        if tail and r.random() < 0.75 and "诉求" not in s and "事项" not in s and "事由" not in s:
            s += "，" + r.choice(_TAILS)
        s += "。"
        if st == "chatty" and r.random() < 0.4:
            s += r.choice(["真是的。", "没办法。", "劝了也不听。", "哎。", "这种电话最近好多。"])
    if extra:
        s += _note(r, op, extra)
    elif r.random() < op.note_p * 0.5:
        s += _note(r, op, r.choice(NM_NOTES[st]))
    return s


def r_silent(r, op, secs, e, drop=False):
    """The operator's entry for a call on which nothing was said."""
    if r.random() < op.blank:
        return ""
    if drop and r.random() < 0.3:
        s = r.choice(DROP_POOL)
    elif r.random() < 0.75:
        s = r.choice(op.silent)
    else:
        s = r.choice(SILENT_POOL)
    x = r.random()
    if op.style != "terse":
        if x < 0.12:
            s += "（约%d秒）" % secs if secs < 120 else "（约%d分钟）" % max(1, secs // 60)
        elif x < 0.2 and not drop:
            s += "，" + r.choice(
                ["能听到呼吸声", "背景很安静", "听到有人走动", "背景有车辆声", "像是有人在听", "隐约有电视声"]
            )
        elif x < 0.26 and e["phone"] == "":
            s += "，号码未显示"
    k = e.get("nth_today", 1)
    if k >= 3 and r.random() < 0.35 and op.style != "terse":
        s += r.choice(["，该号码今日第%d次来电" % k, "（今日第%d次）" % k, "，该号码多次来电", "，此号码反复来电"])
    elif k >= 3 and r.random() < 0.3:
        s += " 第%d次" % k
    elif e.get("nth_total", 1) >= 6 and r.random() < 0.2 and op.style != "terse":
        s += r.choice(["，该号码近期多次无声来电", "，又是这个号码"])
    if op.style == "chatty" and r.random() < 0.3:
        s += r.choice(["，估计是按错了", "，又是这种", "，喂了好几声", "，挂了", "，不晓得么子情况"])
    return s


def _curse(r, op, raw):
    c = op.censor
    if c == "raw":
        return "“" + raw + "”"
    if c == "stars":
        if len(raw) >= 3:
            return "“" + raw[0] + "*" * (len(raw) - 2) + raw[-1] + "”"
        return "“" + raw[0] + "*”"
    if c == "tag":
        return r.choice(["（脏话）", "（粗口）", "（不文明用语）"])
    return r.choice(["脏话", "粗话", "难听的话", "不堪入耳的话"])


# =====================================================================
# 5. Content pools
# =====================================================================

# ---- complaint topics: key, weight, hours, weekday profile, dept, bodies, wants, short, repeat prob, months, verb
TOPICS = [
    (
        "bbq_noise",
        6,
        "late",
        "noise",
        "县城管局",
        [
            "{street}{xq}楼下的{shop}每天晚上营业到凌晨{late}点多，划拳喝酒声音很大，严重影响休息",
            "{street}{shop}在人行道上摆桌子，夜里吵到{late}点，油烟直往楼上窜",
            "{xq}门口几家夜宵摊天天晚上喧哗，家里有人上早班根本睡不着",
            "楼下{shop}外放音乐，晚上十二点过了还在吵",
            "{street}{shop}食客在外面喝酒吵架，天天闹到半夜",
        ],
        ["相关部门管一管", "城管或派出所到现场处理", "规范夜宵摊经营时间", "尽快处理，不要来一趟就走了"],
        "夜宵摊噪音扰民",
        0.4,
        None,
        "反映",
    ),
    (
        "square_dance",
        3,
        "dusk",
        "noise",
        "县城管局",
        [
            "{sqr}每晚跳广场舞的音响开得太大，从七点多放到十点",
            "{xq}小区里面有人跳坝坝舞，音响对着住户窗户",
            "{sqr}有人晚上唱卡拉OK，音箱声音很大",
            "{sqr}几拨人跳舞，音乐此起彼伏，家里老人心脏不好",
        ],
        ["限制音量和时间", "相关部门协调处理", "管一管音响音量"],
        "广场舞噪音",
        0.25,
        None,
        "反映",
    ),
    (
        "night_construction",
        3,
        "late",
        "flat",
        "县住建局",
        [
            "{street}附近工地夜间施工，半夜{late}点还在浇混凝土",
            "{xq}旁边工地每天早上五点多就开始打桩",
            "{proj}工地夜里拉渣土的车来回跑，噪音大还掉渣",
            "{street}工地晚上十一点多还在切割钢筋",
        ],
        ["禁止夜间施工", "核实是否办理夜间施工许可", "住建和城管部门查处"],
        "夜间施工噪音",
        0.3,
        None,
        "投诉",
    ),
    (
        "gaokao_noise",
        0,
        "allday",
        "flat",
        "县城管局",
        [
            "{school}考点附近{shop}在放音乐，影响考生",
            "高考期间{xq}旁边工地仍在施工",
            "{street}有商家用喇叭叫卖，离考点很近",
            "考点附近有人办酒席放鞭炮",
        ],
        ["高考期间停止噪音", "马上派人处理", "保障考生休息"],
        "考点周边噪音",
        0.1,
        None,
        "反映",
    ),
    (
        "decoration",
        2,
        "allday",
        "weekend",
        "县住建局",
        ["{xq}{dong}楼上装修，中午和晚上都在打电钻", "邻居装修周末早上七点就开始敲墙", "{xq}有住户装修把承重墙打了"],
        ["物业和相关部门管理", "规定装修时间"],
        "装修噪音",
        0.15,
        None,
        "反映",
    ),
    (
        "car_noise",
        1.5,
        "late",
        "weekend",
        "县交警大队",
        [
            "{street}晚上经常有改装摩托车炸街，轰油门声音很大",
            "滨江路夜里有人飙车，声音吓人",
            "岚江大道半夜有几辆改装车来回跑",
        ],
        ["交警加强夜间管理", "查处改装车辆"],
        "改装车炸街",
        0.2,
        None,
        "反映",
    ),
    (
        "stalls",
        3,
        "allday",
        "flat",
        "县城管局",
        [
            "{school}门口流动摊贩占道卖东西，放学时堵得车都过不去",
            "{street}农贸市场外面占道卖菜，人行道走不通",
            "{street}有商户把货物摆到人行道上",
            "{street}有人在路边杀鸡卖鸡，污水横流",
        ],
        ["城管规范管理", "清理占道经营"],
        "占道经营",
        0.1,
        None,
        "反映",
    ),
    (
        "garbage",
        4,
        "allday",
        "flat",
        "县城管局",
        [
            "{place}垃圾池好几天没人清运，天热发臭生蛆",
            "{xq}门口垃圾桶满了几天没人收",
            "{street}垃圾中转站臭味很大，苍蝇到处飞",
            "{place}有人把建筑垃圾倒在河沟边",
        ],
        ["及时清运", "安排人清理", "环卫部门处理"],
        "垃圾未清运",
        0.15,
        None,
        "反映",
    ),
    (
        "sewage",
        3,
        "allday",
        "flat",
        "县住建局",
        [
            "{street}下水道堵塞，下雨污水漫到路面",
            "{xq}化粪池满了往外冒，臭得很",
            "{place}排水沟被堵，一下雨就往屋里灌水",
            "{street}雨水井被泥沙堵死了",
        ],
        ["疏通下水道", "尽快派人来看", "彻底解决排水问题"],
        "下水道堵塞",
        0.2,
        None,
        "反映",
    ),
    (
        "manhole",
        1.5,
        "allday",
        "flat",
        "县城管局",
        ["{street}有个井盖破损，晚上容易踩空", "{xq}门口井盖不见了，只放了个锥桶", "{street}人行道地砖松动翘起"],
        ["尽快修复", "设置警示"],
        "井盖破损",
        0.05,
        None,
        "反映",
    ),
    (
        "streetlight",
        2.5,
        "evening",
        "flat",
        "县城管局",
        [
            "{street}一段路灯不亮有{days}了，晚上黑黢黢的",
            "{road}集镇路段路灯坏了，晚上走路看不见",
            "{xq}门口的路灯不亮",
            "岚江大桥上几盏路灯不亮",
        ],
        ["尽快维修路灯", "派人检修"],
        "路灯不亮",
        0.15,
        None,
        "反映",
    ),
    (
        "water_muddy",
        2.5,
        "allday",
        "flat",
        "县水务公司",
        ["{xq}自来水发黄浑浊，放了很久还是有泥沙", "{place}饮水工程的水浑浊，不敢喝", "{xq}自来水有股怪味"],
        ["水务公司检查水质", "尽快处理"],
        "自来水浑浊",
        0.2,
        None,
        "反映",
    ),
    (
        "water_cut",
        2.5,
        "allday",
        "flat",
        "县水务公司",
        [
            "{xq}停水没有提前通知，已经停了{hrs}",
            "{place}山上蓄水池的管子坏了，全组停水{days}",
            "{xq}水压太小，楼上根本没水",
        ],
        ["尽快恢复供水", "停水提前通知"],
        "停水",
        0.2,
        None,
        "反映",
    ),
    (
        "voltage",
        2,
        "evening",
        "flat",
        "县供电公司",
        [
            "{place}电压不稳，晚上灯一闪一闪的，电饭锅都煮不熟",
            "{place}变压器容量小，一到晚上就跳闸",
            "{place}经常停电，一个月停好几回",
        ],
        ["供电公司改造线路", "解决电压低的问题"],
        "电压不稳",
        0.25,
        None,
        "反映",
    ),
    (
        "wire",
        1.5,
        "allday",
        "flat",
        "县供电公司",
        [
            "{place}路边电线杆被雨冲得倾斜了，电线垂得很低",
            "{xq}楼下网线电线乱拉乱挂，存在隐患",
            "{place}一根电线掉到地上了，怕电到人",
        ],
        ["派人处理安全隐患", "尽快扶正电杆"],
        "电线安全隐患",
        0.1,
        None,
        "反映",
    ),
    (
        "road_damage",
        3,
        "allday",
        "flat",
        "县交通运输局",
        [
            "{road}{town}路段路面坑坑洼洼，下雨到处积水",
            "{place}通组公路被雨水冲毁一截，摩托车都过不去",
            "{road}有一段挡土墙垮了一半",
            "{place}通村公路硬化才一年就开裂了",
        ],
        ["尽快维修", "交通部门派人查看"],
        "道路损坏",
        0.15,
        None,
        "反映",
    ),
    (
        "landslide_risk",
        2,
        "allday",
        "flat",
        "县自然资源局",
        [
            "{place}屋后山体出现裂缝，一下雨就往下掉石头，担心滑坡",
            "{place}房子后面的坡坎垮了一块，离房子不到{n}米",
            "{place}屋基下沉，墙上裂了好几条缝",
        ],
        ["派人来查看，做好防范", "评估是否需要搬迁"],
        "地质灾害隐患",
        0.2,
        None,
        "反映",
    ),
    (
        "bus",
        2.5,
        "office",
        "flat",
        "县交通运输局",
        [
            "{town}到县城的班车不按时发车，经常等一两个小时",
            "{town}班车超载，车上站满了人",
            "坐{town}到县城的班车多收了{n}块钱车费",
            "班车司机一边开车一边打电话",
            "{town}的班车半路把人甩下不拉了",
        ],
        ["交通运输部门加强管理", "规范班车运营"],
        "班车运营问题",
        0.1,
        None,
        "投诉",
    ),
    (
        "taxi",
        2,
        "allday",
        "flat",
        "县交通运输局",
        [
            "在{street}乘坐出租车（车牌{plate}），司机不打表，要价{n}0元",
            "出租车{plate}拒载",
            "出租车司机拼客还绕路",
            "出租车{plate}司机态度恶劣",
        ],
        ["查处该司机", "规范出租车管理"],
        "出租车问题",
        0.05,
        None,
        "投诉",
    ),
    (
        "parking",
        2,
        "allday",
        "flat",
        "县交警大队",
        ["{xq}门口乱停车堵住消防通道", "{street}两边乱停车，早上上学堵死", "{xq}有车长期占用公共车位"],
        ["交警处理", "规范停车"],
        "乱停车",
        0.1,
        None,
        "反映",
    ),
    (
        "pig_farm",
        2,
        "allday",
        "flat",
        "县生态环境分局",
        [
            "{place}附近养猪场臭味很大，粪水直接排到沟里",
            "{place}有人在河边养鸭，污染水源",
            "{place}邻居在房前屋后堆猪粪，臭得很",
        ],
        ["环保部门查处", "督促整改"],
        "养殖污染",
        0.2,
        None,
        "反映",
    ),
    (
        "quarry",
        1.5,
        "office",
        "flat",
        "县生态环境分局",
        ["{place}附近采石场放炮，震得房子开裂，粉尘也大", "{factory}晚上生产噪音大", "{factory}拉料的货车把村道压烂了"],
        ["相关部门查处", "督促企业整改"],
        "企业扰民",
        0.2,
        None,
        "投诉",
    ),
    (
        "river_illegal",
        1.5,
        "evening",
        "flat",
        "县农业农村局",
        ["{river}{town}段晚上有人电鱼", "{river}有人非法采砂，河道挖得乱七八糟", "有人在{river}里炸鱼"],
        ["执法部门查处", "晚上来蹲守"],
        "电鱼采砂",
        0.1,
        None,
        "举报",
    ),
    (
        "wage",
        5,
        "office",
        "office",
        "县人社局",
        [
            "其在{co}承建的{proj}项目务工，被拖欠工资{money}，老板一直推脱",
            "其与{cn}名工友在{town}做{proj}，包工头{pn}拖欠工资{money}后联系不上",
            "在{factory}上班，离职后工资一直不结",
            "去年在{proj}工地做工，工钱{money}至今没拿到",
        ],
        ["帮忙追讨工资", "人社部门介入处理", "尽快拿到工资"],
        "拖欠工资",
        0.2,
        None,
        "反映",
    ),
    (
        "food",
        2,
        "allday",
        "flat",
        "县市场监管局",
        [
            "在{store}买的{food}过期了，商家不认账",
            "在{shop}吃饭后全家拉肚子",
            "{store}卖肉缺斤少两",
            "在{store}买到发霉的{food}",
        ],
        ["市场监管部门查处", "商家退款赔偿"],
        "食品问题",
        0.05,
        None,
        "投诉",
    ),
    (
        "prepaid",
        1.5,
        "allday",
        "flat",
        "县市场监管局",
        ["在{gym}办了卡，充了{money}，现在店铺关门联系不上", "在{gym}交了钱，要退费商家不退"],
        ["帮忙退费", "查处商家"],
        "预付卡退费",
        0.1,
        None,
        "投诉",
    ),
    (
        "property",
        3,
        "allday",
        "flat",
        "县住建局",
        [
            "{xq}物业不作为，电梯坏了{days}没人修",
            "{xq}物业乱收停车费",
            "{xq}楼顶漏水，物业推给开发商",
            "{xq}物业把小区绿化带改成了停车位",
        ],
        ["住建部门督促物业整改", "物业尽快处理", "相关部门督促物业"],
        "物业问题",
        0.2,
        None,
        "投诉",
    ),
    (
        "house",
        2,
        "office",
        "office",
        "县住建局",
        [
            "{xq}开发商延期交房，至今没有说法",
            "买的{xq}房子交房{yrs}了，不动产证还办不下来",
            "{xq}新房墙体开裂，开发商不维修",
        ],
        ["督促开发商", "尽快办证"],
        "房产问题",
        0.25,
        None,
        "反映",
    ),
    (
        "school",
        2,
        "office",
        "office",
        "县教育局",
        [
            "{school}有老师暑假组织有偿补课",
            "{school}要求学生统一购买资料",
            "{school}食堂饭菜质量差价格贵",
            "{school}放学时校门口秩序混乱",
        ],
        ["教育局核实处理", "规范学校收费"],
        "学校问题",
        0.05,
        None,
        "反映",
    ),
    (
        "hospital",
        2,
        "office",
        "flat",
        "县卫健局",
        ["在{hosp}看病，医生态度很差", "{hosp}门诊排队时间太长，挂号难", "{hosp}收费不合理，多收了检查费"],
        ["卫健局调查处理", "给个说法"],
        "医疗服务",
        0.05,
        None,
        "投诉",
    ),
    (
        "wild_boar",
        3,
        "allday",
        "flat",
        "县林业局",
        [
            "{place}野猪晚上下山拱苞谷、洋芋，庄稼损失严重",
            "{place}野猪把刚栽的红苕秧子拱完了",
            "{place}野猪成群下山，村民晚上不敢出门",
            "{place}的苞谷被野猪糟蹋了{mu}",
        ],
        ["林业部门想办法", "给予损失补偿", "组织捕猎"],
        "野猪毁庄稼",
        0.2,
        (5, 6, 7, 8, 9, 10),
        "反映",
    ),
    (
        "farm_input",
        1,
        "office",
        "flat",
        "县农业农村局",
        ["在{store}买的{crop}种子不出苗", "买到假化肥，庄稼都黄了"],
        ["农业部门查处", "赔偿损失"],
        "农资质量",
        0.1,
        None,
        "投诉",
    ),
    (
        "tea_price",
        1.5,
        "allday",
        "flat",
        "县农业农村局",
        ["{town}茶厂收夏茶鲜叶压价，说好的价钱临时变了", "{factory}收了魔芋拖欠货款不给"],
        ["相关部门协调", "按约定价格收购"],
        "收购压价欠款",
        0.1,
        (5, 6, 7, 8),
        "反映",
    ),
    (
        "subsidy",
        2,
        "office",
        "office",
        "县农业农村局",
        ["其今年的耕地地力补贴还没有到账", "其退耕还林补助少发了", "其家里{crop}受了灾，申请的补助没有下文"],
        ["查一下补贴情况", "尽快发放"],
        "补贴未到账",
        0.1,
        None,
        "反映",
    ),
    (
        "signal",
        2,
        "allday",
        "flat",
        "县经信部门",
        ["{place}手机信号很差，打电话要跑到坡上去", "{place}宽带经常断网", "{place}通信基站一直没修好"],
        ["改善通信信号", "协调运营商"],
        "通信信号差",
        0.15,
        None,
        "反映",
    ),
    (
        "dibao_unfair",
        1.5,
        "office",
        "office",
        "县民政局",
        ["{place}低保评定不公平，村干部亲戚家有车有房还吃低保", "其家庭困难申请低保没有评上，认为不公平"],
        ["民政部门核实", "公开评定结果"],
        "低保评定",
        0.15,
        None,
        "举报",
    ),
    (
        "dogs",
        2,
        "allday",
        "flat",
        "县公安局",
        ["{xq}有人遛狗不牵绳，小孩被吓到", "{street}流浪狗多，有人被咬了", "邻居家的狗天天晚上叫"],
        ["相关部门管理犬只", "相关部门处理", "社区出面协调"],
        "犬只扰民",
        0.2,
        None,
        "反映",
    ),
    (
        "illegal_build",
        1.5,
        "office",
        "flat",
        "县城管局",
        ["{xq}有住户在楼顶违规搭建", "{street}有人占用公共绿地搭棚子", "{place}有人在基本农田里建房"],
        ["查处违建"],
        "违法建设",
        0.1,
        None,
        "举报",
    ),
    (
        "drowning",
        1.5,
        "allday",
        "weekend",
        "县应急管理局",
        ["{river}{town}段经常有小孩下河洗澡，没有警示牌也没人管", "{xq}附近的水塘没有护栏，娃儿在边上耍"],
        ["设置警示牌和护栏", "加强巡查"],
        "防溺水隐患",
        0.05,
        (5, 6, 7, 8),
        "反映",
    ),
    (
        "factory_smell",
        1.5,
        "evening",
        "flat",
        "县生态环境分局",
        ["{factory}废水有异味，排到{river}里了", "{factory}晚上排黑烟，窗户都不敢开", "魔芋加工厂的废水臭得很"],
        ["环保部门查处"],
        "企业排污",
        0.2,
        None,
        "投诉",
    ),
    (
        "mosquito",
        1,
        "allday",
        "flat",
        "县城管局",
        ["{xq}绿化带蚊子太多，要求消杀", "{street}臭水沟蚊虫滋生"],
        ["安排消杀"],
        "蚊虫",
        0.05,
        (6, 7, 8, 9),
        "反映",
    ),
    (
        "ebike",
        1,
        "evening",
        "flat",
        "县消防救援大队",
        ["{xq}有人从楼上拉电线下来给电动车充电", "{xq}楼道里堆满电动车，晚上还在充电"],
        ["消防部门检查"],
        "电动车违规充电",
        0.05,
        None,
        "反映",
    ),
    (
        "funeral_noise",
        1,
        "late",
        "flat",
        "{town}人民政府",
        ["{xq}有人在小区里办白事，打丧鼓放鞭炮到半夜", "邻居家办酒席连放几天鞭炮"],
        ["社区协调一下", "规定时间"],
        "红白喜事扰民",
        0.1,
        None,
        "反映",
    ),
    (
        "scenic",
        1,
        "allday",
        "weekend",
        "县文旅局",
        ["在{scenic}被导游带去强制购物", "{scenic}停车收费太高", "{scenic}景区厕所脏得很"],
        ["文旅部门查处", "规范景区管理"],
        "景区服务",
        0.05,
        None,
        "投诉",
    ),
    (
        "neighbour",
        1.5,
        "allday",
        "flat",
        "{town}人民政府",
        ["邻居{pn}修房子占了其家的路", "{place}邻居把水沟改道，水冲到其家屋基", "楼上住户空调水滴到其家阳台"],
        ["村里或社区调解", "相关部门协调"],
        "邻里纠纷",
        0.15,
        None,
        "反映",
    ),
]
TOPIC_W_KEYS = [t[0] for t in TOPICS]

SURGE_TYPES = {
    "power": (
        [
            "{place}从{clock}停电到现在，问什么时候来电",
            "{xq}停电了，95598一直打不进去",
            "{place}打雷以后就停电了，冰箱里的肉要坏了",
            "停电{hrs}了，家里老人要用制氧机",
            "{town}集镇大面积停电",
            "{xq}又停电了，今天第二次",
            "{place}停电，手机都快没电了",
        ],
        ["尽快恢复供电", "给个来电时间"],
        ["已告知正在抢修", "已告知供电公司正在抢修，请耐心等待", "已记录转供电公司", "告知95598抢修电话"],
    ),
    "water": (
        [
            "{xq}停水了，问什么时候恢复",
            "水龙头放出来全是黄泥水",
            "{place}饮水管被山洪冲断，全组没水了",
            "{xq}从{clock}开始就没水",
        ],
        ["尽快恢复供水"],
        ["已告知水务公司正在抢修", "已转水务公司"],
    ),
    "road": (
        [
            "{road}{town}段塌方堵路，车过不去",
            "{road}有落石，路上好多石头",
            "进{vil}的路被冲断了",
            "{road}有棵大树倒在路上",
        ],
        ["尽快派人清理", "设置警示"],
        ["已转交通运输局和{town}值班室", "已转应急部门"],
    ),
    "flood": (
        [
            "{river}涨水，漫到{town}集镇街上了",
            "{place}田里进水，房子周围都是水",
            "{place}山洪把桥冲坏了",
            "{xq}地下车库进水",
        ],
        ["派人来看看", "救援"],
        ["已转{town}防汛值班室", "已转县防汛办"],
    ),
}

# ---- consultations: (question, answer, profile)  profile: office/allday, window key
CONSULTS = [
    ("城乡居民养老保险资格认证怎么做", "可通过湖北智慧人社APP人脸认证或到乡镇社保所办理", None),
    ("灵活就业人员社保怎么缴费", "到县政务服务中心人社窗口或通过鄂税通办理", None),
    ("身份证过期了怎么补办", "携带户口簿到户籍所在地派出所办理", None),
    ("异地就医备案怎么办", "可通过国家医保服务平台APP线上备案", None),
    ("驾驶证到期换证在哪里办", "县车管所或交管12123APP", None),
    ("住房公积金怎么提取", "县住房公积金管理部窗口或线上办理", None),
    ("残疾证怎么办理", "先到县残联申请，再到指定医院评残", None),
    ("新生儿上户口需要什么材料", "出生医学证明、父母户口簿身份证、结婚证", None),
    ("个体户营业执照怎么办", "县政务服务中心市场监管窗口或线上办理", None),
    ("生源地助学贷款什么时候办", "一般7月至9月在县学生资助中心办理，请关注通知", (6, 7, 8)),
    ("退役军人优待证怎么申领", "到村（社区）退役军人服务站申请", None),
    ("高龄津贴申请条件", "80周岁以上老人，携带身份证户口簿向村（社区）申请", None),
    ("农村危房改造怎么申请", "向所在村委会提出申请，由乡镇审核", None),
    ("去恩施的班车几点有", "已提供县客运站电话", None),
    ("哪里可以打狂犬疫苗", "县疾控中心及县人民医院犬伤门诊", None),
    ("结婚登记要不要预约", "可在县民政局婚姻登记处现场办理，建议提前电话咨询", None),
    ("停电了抢修电话多少", "95598", None),
    ("法律援助怎么申请", "县法律援助中心", None),
    ("农机购置补贴怎么申请", "到县农业农村局农机站咨询", None),
    ("医保卡丢了怎么补", "到县政务服务中心医保窗口或银行网点补办", None),
    ("公租房申请条件", "到县住建局住房保障股咨询", None),
    ("社保卡怎么激活", "携带身份证到合作银行网点激活", None),
    ("独生子女父母奖励扶助", "向户籍所在地村（社区）申请", None),
    ("城乡居民医保缴费标准", "以县医保局公布为准，可通过鄂税通缴费", None),
    ("户口迁移需要什么手续", "到派出所户籍窗口办理", None),
    ("护照怎么办理", "县公安局出入境窗口", None),
    ("老年人乘公交免费吗", "65岁以上凭老年卡乘车", None),
    ("不动产登记上班时间", "工作日上午8:30-12:00，下午14:30-17:30", None),
    ("政务服务中心周末上班吗", "周六上午部分窗口有延时服务", None),
    ("端午节放假政务中心上不上班", "6月2日放假，6月3日正常上班", "duanwu"),
    ("高考成绩什么时候出", "请关注湖北省教育考试院公告", "gaokao_after"),
    ("高考志愿怎么填报", "请关注省教育考试院通知，可咨询就读学校", "gaokao_after"),
    ("中考什么时候考", "请以县教育局发布的通知为准", "zhongkao"),
    ("小学一年级报名时间和材料", "请关注县教育局公众号发布的招生公告", (6, 7, 8)),
    ("孩子转学怎么办", "到县教育局基础教育股咨询", None),
    ("农村宅基地建房审批", "向乡镇人民政府提出申请", None),
    ("烟花爆竹可以在哪里燃放", "县城规定区域外，具体以公告为准", None),
    ("防汛期间哪里可以领物资", "联系所在乡镇防汛值班室", (6, 7, 8)),
    ("失业金怎么领", "可通过湖北智慧人社APP申领", None),
    ("退休手续怎么办", "到县人社局养老保险窗口", None),
    ("教师资格证认定时间", "请关注县教育局通知", None),
    ("个税专项附加扣除怎么填", "通过个人所得税APP办理", None),
    ("消费券怎么领", "请关注县商务局公众号", None),
    ("茶叶种植有没有补贴", "到县农业农村局特产股咨询", None),
    ("摩托车上牌需要什么", "到县车管所咨询办理", None),
]
PHONE_ASK = [
    "县人社局",
    "县医保局",
    "县不动产登记中心",
    "县民政局",
    "县车管所",
    "县客运站",
    "县教育局",
    "县住房公积金管理部",
    "县残联",
    "县税务局",
    "县水务公司",
    "县市场监管局",
    "县疾控中心",
    "县法律援助中心",
    "县退役军人事务局",
    "县交警大队",
    "县城管局",
    "县信访局",
]

FOLLOW_UNSAT = [
    "称承办单位只打了个电话，没有到现场",
    "称回复内容与事实不符",
    "称处理后又反弹了",
    "称问题根本没解决就办结了",
    "称工作人员来看了一眼就走了",
    "称回复说正在协调，一直没有结果",
    "称承办单位推给其他部门",
]

URGENT = [
    ("{place}有老人走失，{age}岁，有点糊涂，家人已经找了{n}个小时", "已转110", "allday"),
    ("{xq}{dong}电梯困人，里面有老人和小孩", "已转119并通知物业", "allday"),
    ("{road}发生塌方，有车辆被困", "已三方转接119，同时告知交通部门", "allday"),
    ("家中老人摔倒起不来，子女都在外地，请求帮助", "已转120并联系{sq}", "elderly"),
    ("{place}房屋进水，水还在涨，请求救援", "已转{town}防汛值班室和119", "night"),
    ("{xq}楼道里燃气味很重", "已告知立即开窗不要开关电器，已转燃气公司和119", "allday"),
    ("{river}边有人落水", "已转110、119", "allday"),
    ("孩子高烧抽搐，{town}卫生院晚上没有医生值班", "已转120，同时反映卫生院值班问题", "night"),
    ("其一家人在{scenic}附近山上迷路了，天快黑了", "已转110", "evening"),
    ("{place}山上起火了", "已转119和林业部门", "allday"),
    ("其被困在{road}上，车坏了，前后都是塌方", "已转交通运输局和{town}值班室", "allday"),
    ("邻居家独居老人好几天没出门，敲门没人应", "已转110并联系社区", "allday"),
]

SUGGEST = [
    "建议在{school}门口增设减速带和红绿灯",
    "建议{town}到县城增开一趟早班车",
    "建议{river}边增设防溺水警示牌和护栏",
    "建议政务服务中心周末也开几个窗口",
    "建议县城多建几个公共厕所",
    "建议小区里多装几个电动车充电桩",
    "建议{sqr}广场舞统一规定时间和音量",
    "建议县城公交线路延伸到{xq}",
    "建议停电停水提前发短信通知",
    "建议{hosp}增加晚上的儿科门诊",
    "建议在{road}急弯处安装反光镜",
    "建议给山区学校配校车",
    "建议高考期间县城工地统一停工",
]
PRAISE = [
    "表扬供电公司抢修人员冒雨连夜抢修，{place}很快就来电了",
    "表扬{dept}窗口工作人员{sur}同志耐心细致",
    "表扬{town}政府及时组织人员清理塌方",
    "表扬12345之前转办的问题很快得到了解决",
    "表扬{hosp}医护人员对其父亲照顾周到",
    "表扬城管队员帮助其把摔倒的老人送回家",
    "表扬交警在{school}门口护送学生过马路",
    "表扬{sq}网格员帮其办好了高龄津贴",
    "表扬派出所民警帮其找回丢失的钱包",
    "表扬水务公司维修工人半夜抢修水管",
]

ANGRY_Q = [
    "你们这些当官的都是吃干饭的",
    "老子打了好多次了，你们管不管",
    "你们政府就是推来推去",
    "再不解决老子就去县政府门口坐到",
    "你们12345有个屁用",
    "一个二个都是踢皮球的",
    "搞么子名堂，拖了几个月了",
    "你们是不是要等出了人命才管",
    "莫跟我打官腔",
]
ANGRY_SW = ["他妈的", "狗日的", "妈卖批", "日你先人", "老子", "格老子的", "傻逼", "滚你妈的"]

INSULT_CASES = [
    (
        "去{dept}窗口办事时",
        "窗口工作人员",
        ["这个都不懂还来办", "你听不懂人话啊", "回去等到", "你是不是苕"],
        "对该工作人员批评教育并道歉",
    ),
    ("在{street}摆摊时", "城管队员", ["老东西，快点滚", "再摆就把你东西收了丢河里", "你个叫花子"], "相关部门调查处理"),
    ("坐出租车（{plate}）时", "司机", ["穷就莫坐车", "乡巴佬", "你个老不死的"], "查处该司机"),
    ("在家门口", "邻居{pn}", ["背时婆娘", "你屋里死绝了", "骚货", "砍脑壳的"], "社区或村里调解"),
    ("去找村干部反映低保的事时", "村干部", ["你再闹低保就莫想了", "你算老几", "滚出去"], "乡镇核实处理"),
    ("在{hosp}看病时", "医生", ["你爱看不看", "听不懂就莫问", "农村来的就是麻烦"], "卫健局处理"),
    ("进{xq}时", "保安", ["滚", "送外卖的都是些啥子人", "你个下力的"], "物业对保安进行处理"),
    ("坐{town}的班车时", "售票员", ["乡巴佬", "不坐就滚下去", "你个瘟猪子"], "交通部门处理"),
    ("在{store}买东西时", "店老板", ["买不起就莫摸", "穷鬼", "神经病"], "市场监管部门处理"),
    (
        "找包工头{pn}要工资时",
        "包工头",
        ["你去告嘛，告到哪里我都不怕", "再来要钱打断你的腿", "要钱没得，要命一条"],
        "帮忙追讨工资",
    ),
    ("在{school}接孩子时", "老师", ["你这种家长教不出好娃儿", "你屋里娃儿就是个苕"], "教育局核实"),
    ("在网格员上门登记时", "网格员", ["你这个老婆婆烦不烦", "懒得跟你说"], "社区处理"),
]

ELDER_MATTERS = [
    ("高龄津贴这个月还没到账", "民政部门核实"),
    ("养老金好像少了几十块", "查一下"),
    ("家里电视没信号了，户户通的锅子坏了", "派人来修"),
    ("儿子不给生活费，也不管她", "村里或社区调解"),
    ("家里灯泡坏了，够不着，没人帮忙", "社区派人帮忙"),
    ("医保卡在卫生院刷不出来", "帮忙看一下"),
    ("不晓得社保认证怎么搞", "有人教一下"),
    ("屋顶漏雨，下雨屋里到处是水", "帮忙修一下"),
    ("邻居占了她的菜园子", "村里来评个理"),
    ("存折上的钱好像被人取了", "帮忙查一下"),
    ("低保这个月没有发", "查一下原因"),
    ("屋后的坡坎在垮", "派人来看"),
    ("想问一下老年证在哪里办", None),
    ("有人上门推销保健品，收了她{money}", "帮她要回来"),
    ("自来水停了好几天", "尽快来水"),
    ("手机欠费停机了，不会充", None),
]

DISTRESS = [
    ("丈夫喝酒后经常打她，今天又被打了", "已安抚，告知可拨打110并联系妇联", "night"),
    ("欠了网贷还不起，催收天天打电话威胁要爆通讯录", "已安抚，告知可向公安报案并拨打12356心理援助热线", "night"),
    ("孩子高考没考好，一家人吵架，她心里难受", "已安抚，建议拨打12356心理援助热线", "evening"),
    ("在外打工被辞退，工资没拿到，不晓得怎么活", "已安抚，告知可申请劳动仲裁，已建议拨打12356", "night"),
    ("得了重病没钱治，医保报了还差很多", "已安抚，告知可向民政申请临时救助", "allday"),
    ("在网上被人骗了{money}", "已安抚并告知立即拨打110报案", "allday"),
    ("老伴刚走，一个人不想活了", "已安抚，已三方转接110，告知12356心理援助热线", "night"),
    ("和儿媳妇吵架被赶出来了，现在在街上", "已安抚，已联系{sq}工作人员", "night"),
]

BADLINE_FRAG = ["停电", "路垮了", "工资", "低保", "水", "村里", "补贴", "医院", "狗", "吵", "塌方", "老板"]

MISDIAL = [
    ("要报警，说家里来了小偷", "已告知直接拨打110"),
    ("要叫救护车", "已告知拨打120"),
    ("以为是供电公司，要报停电", "已告知拨打95598"),
    ("要查话费", "告知拨打运营商客服"),
    ("问快递什么时候到", "告知联系快递公司"),
    ("要叫出租车", "告知拨打出租车公司电话"),
    ("要订餐，以为是饭店", "告知打错电话"),
    ("要找医院挂号", "已提供县人民医院电话"),
    ("要找他表哥，拨错号了", None),
    ("以为是燃气公司", "已提供燃气公司电话"),
    ("要找移动营业厅", "告知拨打10086"),
    ("要找驾校", "告知打错了"),
    ("问是不是银行，要挂失银行卡", "告知拨打银行客服电话"),
    ("要找派出所开证明", "已提供派出所电话"),
]

GRIEVANCES = [
    ("{yr}年修{road}时占用其承包地{mu}，补偿款至今未足额发放", "足额补偿", "征地补偿"),
    ("{yr}年在{co}务工受伤，工伤一直没认定", "认定工伤并赔偿", "工伤认定"),
    ("其{yr}年退伍后一直没有安置", "落实退役安置政策", "退伍安置"),
    ("{yr}年其父亲在{hosp}治疗后死亡，认为是医疗事故", "追究医院责任", "医疗纠纷"),
    ("{yr}年与邻居的宅基地纠纷，村里调解不公", "重新调处", "宅基地纠纷"),
    ("其家的林地被{vil2}的人占了，林权证有争议", "确权", "林权纠纷"),
    ("{yr}年易地搬迁安置房分配不公", "重新分配", "安置房分配"),
    ("其低保{yr}年被取消，认为不合理", "恢复低保", "低保取消"),
    ("{yr}年交的集资建房款{money}一直没退", "退还集资款", "集资款"),
    ("{yr}年被{co}拖欠工程款{money}", "追回工程款", "工程款"),
    ("{yr}年修水电站放炮把其房屋震裂，一直没赔", "赔偿房屋损失", "房屋受损"),
    ("{yr}年其儿子在学校受伤致残，学校不负责", "学校赔偿", "学生伤害"),
    ("{yr}年其被错误处罚，要求撤销", "撤销处罚、赔礼道歉", "行政处罚"),
    ("其{yr}年的民办教师教龄一直没有认定", "认定教龄、落实待遇", "民师待遇"),
]

NIGHTWORK = [
    (
        "出租车司机",
        [
            "{road}{town}段路灯全不亮，晚上有人走路很危险",
            "{road}夜里有落石，差点砸到车",
            "{street}井盖没盖，刚才差点压上去",
            "乘客{clock}坐车不给钱还动手",
        ],
    ),
    (
        "外卖骑手",
        ["{xq}保安晚上不让电动车进，送餐只能走路进去", "{street}施工路段晚上没有警示灯", "{xq}门禁坏了，保安打不通"],
    ),
    ("货车司机", ["{road}超限检测站乱罚款", "{road}夜间施工没有警示标志，差点撞上", "{road}有一段路面塌了个大坑"]),
    (
        "夜班工人",
        ["在{factory}上夜班，老板拖欠两个月工资", "{factory}夜班强制加班不给加班费", "下夜班回家{street}没有路灯"],
    ),
    ("代驾司机", ["{street}半夜有人飙车", "代驾完了车主不给钱"]),
    ("医院护工", ["下夜班打不到车，{street}路灯不亮", "{hosp}门口晚上乱停车救护车进不来"]),
    ("保安", ["{xq}半夜有人在车库偷电瓶", "{street}晚上有人在垃圾桶边烧东西"]),
]

# ---- nuisance pools
DIALECT_INS = [
    "苕货",
    "苕吃哈胀的",
    "哈儿",
    "砍脑壳的",
    "背时鬼",
    "短命鬼",
    "遭瘟的",
    "脑壳有包",
    "日白佬",
    "鬼儿子",
    "烂眼屎",
    "二百五",
    "瓜娃子",
    "蠢得冒烟",
    "猪脑壳",
    "死婆娘",
    "老菜帮子",
    "瘟猪子",
    "夹舌子",
    "哈卵",
    "半吊子",
    "二憨子",
    "现世宝",
]
SWEARS = [
    "你妈的",
    "狗日的",
    "去你妈的",
    "日你先人",
    "傻逼",
    "滚你妈的蛋",
    "妈卖批",
    "你个卖批的",
    "老子日你",
    "操你妈",
    "狗杂种",
    "你个婊子",
]
CONTEMPT = [
    "你一个接电话的懂个么子",
    "你们这些接线的就是摆设",
    "跟你说有么子用，你又做不得主",
    "你算哪根葱",
    "你们就是拿钱不做事的",
    "听你声音就晓得是个苕",
    "你这种水平也能上班",
    "你们12345就是个传话筒",
    "你就是个复读机",
    "你会不会说人话",
]
SARC = [
    "哟，今天居然打通了，稀奇",
    "你们真辛苦哦，坐到起接电话就有钱拿",
    "12345好厉害，么子都管不到",
    "为人民服务嘛，你服务一个我看看",
    "你们效率高得很，一年办一件事",
    "我就想听听政府的声音有好甜",
    "接线员好大的官哦",
    "你们这是人工还是智能哦，听起来差不多",
]
CURSES = [
    "出门被车撞",
    "喝水都呛到",
    "一辈子背时",
    "不得好死",
    "走路跌到粪坑里",
    "下辈子当哑巴",
    "天天拉肚子",
    "嘴巴长疔疮",
    "吃饭噎到",
    "打一辈子光棍",
    "烂舌头",
    "生娃儿没屁眼",
    "屋里遭雷劈",
]
ABUSE_D = [
    "{W}接通后就骂人，骂{SW}",
    "{W}辱骂话务员{SW}后挂断",
    "{W}一开口就是{SW}，问其有何事，继续辱骂",
    "{W}说话务员是“{DI}”",
    "{W}用方言骂话务员“{DI}”“{DI2}”",
    "{W}诅咒话务员“{CU}”",
    "{W}言语侮辱话务员，说了很多{SWP}",
    "{W}阴阳怪气地说“{SA}”，随后挂断",
    "{W}要求话务员报工号，报完后骂“{DI}”",
    "{W}称“{CT}”，问其诉求不答",
    "{W}无故辱骂工作人员，已提醒文明用语",
    "{W}骂了几句{SWP}就挂了",
    "{W}嘲讽话务员“{CT}”",
    "{W}说“{SA}”，又骂话务员{SW}",
    "{W}问话务员是不是机器人，然后骂“{DI}”",
    "{W}故意学话务员说话，嘲笑后挂断",
    "{W}骂话务员“{DI}”，说要让她{CU}",
]
GOVC = [
    "政府没一个好东西",
    "当官的都是贪官",
    "你们这些人就晓得吃拿卡要",
    "打12345有么子用，打了也白打",
    "县里那些领导天天开会，屁事不干",
    "你们就会糊弄老百姓",
    "这个县就是被你们搞垮的",
    "你们就是一群吃干饭的",
    "当官的屋里都有几套房",
    "政府说的话没一句是真的",
    "还为人民服务，为人民币服务差不多",
    "你们这些坐办公室的晓得么子民间疾苦",
]
GOVC_D = [
    "{W}称“{GC}”，询问其具体反映什么问题，称没有，就是想骂几句",
    "{W}发泄对政府的不满，言语偏激",
    "{W}对政府工作冷嘲热讽，说“{GC}”，未反映具体问题",
    "{W}大谈政府如何不好，问其要反映的事项，称“没得事，就是说一哈”",
    "{W}称“{GC}”，说完挂断",
    "{W}说“{GC}”，“{GC2}”，讲了一通，问其诉求不说",
    "{W}称看不惯现在的干部，骂了一通后挂断",
    "{W}抱怨政府{GX}，问具体是哪件事，答不上来",
]
GOVX = ["么事都不管", "天天搞形式主义", "只晓得收钱", "只会发文件", "都是骗人的"]
THREATS = [
    "再不管我就去县政府门口闹",
    "我要让你们好看",
    "信不信我把你们那个楼点了",
    "我晓得你们在哪里上班，下班你莫走",
    "哪天我搞点事出来你们就晓得了",
    "我明天就拿刀去政府",
    "我认得人，你等到",
    "你们都给我等到",
    "你再问我就上门来找你",
    "我把你声音录了，发到网上去",
    "迟早要收拾你们",
]
THREAT_D = [
    "{W}称“{TH}”，询问其具体诉求不予回答，随后挂断",
    "{W}语气凶狠，扬言“{TH}”，未说明任何事由",
    "{W}威胁话务员“{TH}”",
    "{W}打来就说“{TH}”，问他有什么事，他说“你莫管”",
    "{W}说“{TH}”，然后一直冷笑，挂断",
]
THREAT_N = ["已提醒其注意言行", "已报告值班长", "已做好记录", "已告知通话全程录音", None, None]
CHAT_D = [
    "{W}称睡不着，想找人说说话",
    "{W}深夜来电闲聊，问话务员{PQ}，劝导后挂断",
    "{W}说一个人在屋里无聊，要话务员陪他讲讲话",
    "{W}聊起{ST}，讲了很久，已劝其早点休息",
    "{W}称失眠，问话务员晚上上班困不困",
    "{W}来电只是想听人说话，称“你们这里总有人接”",
    "{W}说屋里就他一个人，聊了些家常",
    "{W}问话务员{PQ}，又讲了{ST}",
    "{W}称心里闷，随便聊聊，讲了{ST}",
    "{W}说明天休息，今晚不想睡，找人扯哈白",
]
CHAT_PQ = ["吃饭没有", "是哪里人", "上夜班怕不怕", "一个月好多钱", "结婚没有", "喜欢么子歌", "多大了", "今天忙不忙"]
CHAT_ST = [
    "年轻时候在{town}修公路的事",
    "他屋里的狗",
    "以前在广东打工的事",
    "打牌输钱的事",
    "今天的天气",
    "电视上的新闻",
    "他养的蜂子",
    "他孙子读书的事",
    "以前当兵的事",
    "他年轻时候谈恋爱的事",
]
DRUNK_D = [
    "{W}疑似醉酒，{DA}",
    "{W}酒后来电，{DA}，无法正常沟通",
    "{W}说话含糊，满嘴酒气，{DA}",
    "{W}喝了酒，{DA}",
    "{W}醉酒状态，{DA}，劝其休息后挂断",
    "{W}舌头打结，{DA}",
]
DRUNK_A = [
    "反复说要请话务员喝酒",
    "大声唱歌",
    "说自己今天高兴，喝了两斤苞谷酒",
    "要县长的电话，说要跟县长喝一杯",
    "胡言乱语",
    "一直喊“兄弟，干了”",
    "问话务员会不会划拳",
    "说要给话务员发红包",
    "讲了半天听不清讲么子",
    "说他是岚坪酒量第一",
    "一直笑，说“你猜我在哪里”",
    "背景有人划拳，说是打错了又不挂",
]
FLIRT_D = [
    "{W}询问话务员{FQ}，言语轻浮",
    "{W}要求话务员{FR}，被拒后挂断",
    "{W}说话务员声音好听，{FX}",
    "{W}称喜欢听话务员说话，说以后每天都要打来",
    "{W}问话务员{FQ}，又要求{FR}",
    "{W}指名要找上次那个声音好听的话务员",
    "{W}说话暧昧，问话务员{FQ}",
]
FLIRT_Q = [
    "多大了、结婚没有",
    "是不是单身",
    "长得漂不漂亮",
    "住在哪里",
    "几点下班",
    "有没有男朋友",
    "叫么子名字",
    "穿的么子衣服",
]
FLIRT_R = ["唱首歌给他听", "加他微信", "叫他一声老公", "陪他聊天", "下班后一起吃宵夜", "说句“我喜欢你”", "留个电话"]
FLIRT_X = ["要求见面", "问能不能交个朋友", "说要追她", "说要来接她下班", "问她是不是本地的妹子"]
PRANK_SUBTLE = [
    ("{street}有人打架，有人流血了", "派人处理", "已转110"),
    ("{xq}{dong}楼顶有人要跳楼", "马上派人", "已转110"),
    ("{street}一辆小车着火了", "马上处理", "已转119"),
    ("{school}门口有人拿着刀", "派警察", "已转110"),
    ("{place}有人在偷牛", "派人来抓", "已转110"),
    ("{xq}有人在烧东西，烟很大", "来看看", "已转119"),
    ("{street}井盖被偷了，有人掉下去了", "赶快救人", "已转119"),
    ("{river}边有个小孩落水了", "赶快来人", "已转110、119"),
    ("县政府门口有人在发钱", "管一管", None),
    ("{xq}停水三天了", "尽快来水", None),
    ("{street}有家店在卖假酒", "查处", None),
    ("邻居{pn}在屋里种罂粟", "公安查处", "已转110"),
    ("{street}有人在路上撒钉子", "派人清理", None),
    ("{xq}有人在楼道里放了一个包，怕是炸弹", "赶快派人", "已转110"),
]
PRANK_ABSURD = [
    ("{river}里有条娃娃鱼有十几米长", "政府派人来抓"),
    ("{place}天上有UFO在转圈", "派人来看"),
    ("{xq}楼下有个外星人", "派人处理"),
    ("他家隔壁的鸡会说话", "派专家来研究"),
    ("{sqr}有头熊在跳广场舞", "派人来抓"),
    ("他家楼下的路灯对着他眨眼睛", "把路灯管一管"),
    ("县城下了一场钞票雨", "派人来捡"),
    ("{scenic}的山洞里住着神仙", "政府保护起来"),
    ("他家的猫被人拐跑了，猫是县长家的亲戚", "公安立案"),
]
PRANK_TELL = [
    "询问具体位置时，来电人笑着挂断",
    "来电人说完就笑了",
    "背景有多人哄笑",
    "追问时来电人改口说是开玩笑",
    "来电人提供的地址不存在",
    "来电人声音像是小孩，背景嘈杂",
    "回拨无人接听",
    "来电人说“逗你玩的”",
    "问其姓名称叫“张三”",
    "来电人说话时忍不住在笑",
    "问具体门牌号，对方说“你猜”",
]
NONS_D = [
    "{W}讲述{NS}，内容前后不连贯",
    "{W}说了很长一段话，{NS}，询问其诉求，答非所问",
    "{W}自称{SELF}，{NS}，无法正常沟通",
    "{W}从{NS2}讲到{NS}，绕来绕去没有诉求",
    "{W}讲了一个很长的故事，说{NS}",
]
NONS = [
    "自己年轻时在{scenic}碰到过神仙",
    "梦见{place}的山要垮了",
    "有卫星一直在天上跟着他",
    "家里的电视在监视他",
    "他发明了一台永动机",
    "他祖坟的风水被人破了",
    "三国时候关公在岚坪打过仗",
    "他上辈子是土司王",
    "他能看到别人的前世",
    "他算出来明年要发大水",
    "他家楼上住的是外国间谍",
]
NONS2 = ["他小时候的事", "他老家的一棵树", "国际形势", "他看过的一部电视剧", "他做的一个梦"]
SELF = ["是玉皇大帝派来的", "是某大领导的亲戚", "是国家派下来的暗访员", "是联合国的特派员", "是土司王的后人"]
ABSURD_D = [
    "{W}要求{AR}，已告知不属于热线受理范围",
    "{W}称“{ARQ}”，已解释",
    "{W}要求{AR}，解释后仍纠缠",
    "{W}打来说要{AR}",
]
ABSURD_R = [
    "12345帮他找个对象",
    "政府给他发个老婆",
    "帮他手机充话费",
    "话务员帮他预测明天的彩票号码",
    "政府把天上的云赶走，他要晒苞谷",
    "帮他点一份外卖",
    "县长接电话跟他下象棋",
    "派人帮他训狗",
    "政府给每个人发一万块钱",
    "把太阳调暗一点，太热了",
    "政府给他安排个工作，一个月要两万，还不要上班",
    "帮他把打牌输掉的钱要回来",
    "派人帮他捉屋里的老鼠",
    "话务员帮他查他老婆的微信聊天记录",
    "政府出钱给他换个新手机",
    "把县城的名字改成他的名字",
]
ABSURD_Q = [
    "你们不是么子都管吗，帮我把作业写了",
    "我屋里的鸡不下蛋了，你们管不管",
    "我要举报天气，太热了",
    "给我讲个笑话嘛",
    "我想当县长，要怎么报名",
]
CHILD_D = [
    "来电为小孩，说“喂喂喂你好”后咯咯笑着挂了",
    "童声，问“你是哪个呀”，请其叫大人接电话，挂断",
    "小孩对着电话唱儿歌",
    "小孩说“我要举报我爸爸不给我买冰淇淋”",
    "背景有几个小孩在笑闹，无人说事",
    "小孩说自己是奥特曼",
    "来电一直按键，嘟嘟响，有小孩笑声",
    "童声说“阿姨你好，我是警察”后挂断",
    "小孩问“你们这里是不是卖玩具的”",
    "小孩说“我妈妈不在家”然后挂了",
    "小孩在电话里学猫叫",
    "疑似儿童拨打，只听到小孩说话，问话不答",
    "小朋友说“12345上山打老虎”后挂断",
    "小孩问“你会不会变身”",
]
CHILD_N = ["已提醒小朋友不要玩电话", "请家长看管好手机", "已提醒叫大人接听", None, None]
LINE_D = [
    "{W}称{LT}",
    "{W}“喂喂”两声，确认能打通后挂断",
    "{W}问“听得到不？听得到就好”，随即挂断",
    "{W}称{LT}，试完就挂了",
]
LINE_T = [
    "试一下这个号码打不打得通",
    "新换的手机试试信号",
    "测试一下电话",
    "看看12345是不是24小时有人接",
    "试试新买的电话卡",
    "帮别人试一下号码对不对",
]
BET_D = [
    "{W}称和朋友打赌{BT}，背景有人起哄",
    "{W}说是玩游戏输了，要打电话给12345说一句“{BL}”",
    "{W}称大冒险输了，只好打过来",
    "几个年轻人打来，{BT}，嘻嘻哈哈后挂断",
    "{W}说同学赌他不敢打12345",
]
BET_T = ["12345半夜有没有人接", "接电话的是男的还是女的", "话务员会不会说方言", "能不能让话务员唱歌", "看谁敢打12345"]
BET_L = ["我是猪", "你好美", "我爱你", "政府辛苦了", "我要当县长", "请问有没有卖后悔药的"]
ROBO_D = [
    "接通后为录音，推销贷款：“您好，您有一笔低息贷款额度待领取，按1了解详情”",
    "接通为语音广告（信用卡积分兑换）",
    "自动语音推销POS机",
    "楼盘推广录音",
    "录音：“恭喜您获得免费体检名额”",
    "推销保健品的语音",
    "语音播报装修优惠活动",
    "电脑语音，推销网络贷款",
    "机器人语音推销宽带套餐",
    "录音推广医美项目",
    "语音播报：“您的快递异常请按1”",
    "自动外呼，内容为保险推销",
]
ROBO_POLITE = [
    "来电人（女声）称是{PL}客服，说有一项福利要告知，询问其诉求，未回应，继续播报",
    "来电人自称“小王”，问单位是否需要{SV}，话务员问其身份，对方重复同一句话",
    "来电为AI语音，问“请问是负责人吗”，回答后仍按固定话术说下去",
    "来电人称“您好，打扰一下，耽误您一分钟”，随后介绍{SV}，询问后发现是录音",
    "来电人询问“请问您是否有资金周转需求”，语速很快，问话不回应",
]
ROBO_PL = ["某贷款平台", "某保险公司", "某网络科技公司", "某电商平台", "某银行信用卡中心"]
ROBO_SV = ["企业贷款", "网站推广", "税务筹划", "办公用品", "商标注册", "短信群发"]
FAX_D = [
    "接通后为传真音",
    "传真机信号声，无人讲话",
    "嘀嘀声，疑似传真",
    "传真",
    "来电一直是“嘟——”的尖音",
    "传真信号，无法通话",
    "接通后是传真机的声音",
    "疑似传真机自动拨打",
]
MUSIC_D = [
    "接通后只听到音乐声，无人回应",
    "来电有电视声音，喊了几声无人答话",
    "只听到在放土家山歌",
    "背景在放广播，无人讲话",
    "一直在放抖音的声音，喊话无人应",
    "来电只有歌声",
    "听到在放戏，无人说话",
    "来电全是音乐，持续一会后挂断",
    "听到像是收音机的声音",
]
TELE_D = [
    "{W}推销{PR}，已告知本号码为政府服务热线",
    "{W}称是{CO}的，问单位有没有{PR}需求，告知后挂断",
    "{W}问这里是不是{OR}，要推销{PR}",
    "{W}推销{PR}，告知不需要后仍继续介绍",
    "{W}以回访为名推销{PR}",
]
TELE_P = [
    "办公用品",
    "绿植租赁",
    "网站建设和推广",
    "企业贷款",
    "茶叶礼盒",
    "话务耳机",
    "培训课程",
    "LED显示屏",
    "净水器",
    "广告位",
    "短信群发",
    "办公室装修",
    "打印机耗材",
    "员工体检套餐",
]
TELE_C = ["武汉一家科技公司", "深圳一家公司", "某广告公司", "某文化传媒公司", "某教育机构"]
TELE_O = ["办公室", "采购部门", "行政部", "负责人"]
VEX = {
    "badge": [
        "{W}又来电要求话务员报工号，报完后称要投诉话务员",
        "{W}来电只问工号，问完就挂",
        "{W}要求话务员报工号和姓名",
        "{W}再次来电问工号，告知后挂断",
        "{W}来电要工号，说要一个一个记下来",
    ],
    "old": [
        "{W}再次来电{M}，此问题已多次答复，来电人不接受",
        "同前，{M}，已答复",
        "{W}又来电说同一件事（{M}），不听解释",
        "{W}来电{M}，与之前来电内容一致，已多次解释",
        "{W}{M}，已按原答复口径解释",
    ],
    "nothing": [
        "{W}来电说“你们不作为”就挂断",
        "{W}问“有人没有”，答复后挂断",
        "{W}接通后说“我就试试你们在不在”，挂断",
        "{W}来电说“我不说，你猜”",
        "{W}来电只说“喂”，随即挂断",
        "{W}来电说“又是你接的啊”，挂断",
        "{W}来电问“现在几点了”，告知后挂断",
        "{W}来电笑了几声挂断",
    ],
    "leader": [
        "{W}要找县长，告知无法转接后挂断，随后又打来",
        "{W}要求话务员把县长手机号给他",
        "{W}要找县委书记，说只跟书记讲",
        "{W}又来电要县长电话，已解释",
    ],
}
VEX_M = [
    "要求政府赔偿他手机被雷击坏的损失",
    "要求政府在他家门口修一条专用路",
    "要求把他户口上的年龄改小十岁",
    "询问他的“国家扶贫补贴五百万”什么时候到账",
    "要求把邻居家的树砍掉，说树挡了他家风水",
    "要求公安把他2008年丢的自行车找回来",
    "要求给他颁发“岚坪县荣誉县长”证书",
    "要求政府赔他家的鸡，说是被雷吓死的",
    "要求把他家门口的电线杆移走，说影响他睡觉",
]


# =====================================================================
# 6. Content builders, one per kind: f(r, op, e) -> str
# =====================================================================


def _again(e):
    return e.get("nth_total", 1) > 1


def b_complaint(r, op, e):
    p = e["p"]
    tp = p["topic"]
    body = _fill(r, r.choice(tp[5]), p["ex"])
    want = _fill(r, r.choice(tp[6]), p["ex"]) if r.random() < 0.8 else None
    again = _again(e)
    if again and op.style in ("formal", "terse") and r.random() < 0.5:
        if tp[2] in ("late", "evening", "dusk"):
            body = r.choice(["昨晚又吵到半夜，", "今晚又开始了，", "还是老问题，", "又是这样，"]) + body
        else:
            body = r.choice(["问题依旧，", "还是没解决，", "之前反映过，"]) + body
    note = None
    if op.style == "formal" and r.random() < 0.25:
        note = _fill(r, "拟转" + tp[4] + "办理", p["ex"])
    elif r.random() < 0.05:
        note = r.choice(
            ["来电人要求匿名", "来电人称已打过派出所电话", "来电人要求处理后回电", "已拨打过相关部门电话无人接听"]
        )
    return r_matter(r, op, body, want, tp[10], p, note, again)


def b_surge(r, op, e):
    p = e["p"]
    bodies, wants, ans = SURGE_TYPES[p["stype"]]
    body = _fill(r, r.choice(bodies), p["ex"])
    want = _fill(r, r.choice(wants), p["ex"]) if r.random() < 0.5 else None
    note = _fill(r, r.choice(ans), p["ex"]) if r.random() < 0.7 else None
    if op.style == "terse" and r.random() < 0.5:
        short = {"power": "停电", "water": "停水", "road": "塌方", "flood": "涨水"}[p["stype"]]
        loc = p["ex"].get("xq") or p["ex"].get("place") or p["ex"].get("town") or ""
        return (loc + short + " " + r.choice(["问何时恢复", "已告", "已告抢修中", "转办", ""])).strip()
    return r_matter(r, op, body, want, "反映", p, note, _again(e))


def b_consult(r, op, e):
    p = e["p"]
    st = op.style
    if p.get("phone_ask"):
        d = p["phone_ask"]
        num = DEPT_PHONES.get(d, "")
        if op.style in ("terse",) or r.random() < 0.3:
            num2 = num.replace("-", "") if r.random() < 0.5 else num
            if st == "terse":
                return r.choice(
                    [d + "电话 " + num2, "询" + d + "电话 已告", d + num2, "要" + d.replace("县", "") + "电话"]
                )
            return r.choice(["咨询%s电话，已告知%s" % (d, num2), "要%s的电话，已提供" % d, "%s电话：%s" % (d, num2)])
        if st == "formal":
            return "来电人咨询%s联系电话，已告知%s。" % (d, num)
        if st == "chatty":
            return "问%s的电话，给了他%s。" % (d, num)
        return "咨询%s电话，已告知" % d + r.choice(["。", "", "%s。" % num])
    q, a, _w = p["q"]
    q = _fill(r, q, p["ex"])
    a = _fill(r, a, p["ex"])
    if st == "formal":
        s = "来电人咨询%s。" % q + r.choice(
            ["已告知%s。" % a, "已按知识库答复：%s。" % a, "已答复。", "已告知%s，来电人表示清楚。" % a]
        )
    elif st == "plain":
        s = r.choice(
            ["咨询%s，已告知%s。" % (q, a), "来电咨询%s，已解答。" % q, "问%s，告知%s。" % (q, a), "咨询%s" % q]
        )
    elif st == "terse":
        s = r.choice(
            [
                "咨询" + _terse(r, q) + " 已告",
                "询" + _terse(r, q),
                "咨询" + _terse(r, q) + " " + _terse(r, a),
                _terse(r, q),
            ]
        )
    else:
        s = "%s问%s，我跟他说了%s。" % (_pw(r, p), q, a)
        if r.random() < 0.2:
            s += r.choice(["他说谢谢。", "问了两遍才听明白。", "说要去办。"])
    if r.random() < 0.05 and st != "terse":
        s += _note(r, op, r.choice(["来电人称之前打过电话没人接", "来电人对答复满意", "不需回访"]))
    return s


def b_followup(r, op, e):
    p = e["p"]
    o = p["ord"]
    sh = p["short"]
    shq = sh if sh.endswith("问题") else sh + "问题"
    k = e.get("nth_total", 1)
    st = op.style
    qo = r.choice([o, o, "尾号" + o[-4:], o[2:], o])
    x = r.random()
    if st == "terse":
        return r.choice(
            [
                "催办 " + qo,
                "催 " + qo + " " + sh,
                "查进度 " + qo,
                qo + " 未处理 催",
                "催办" + shq,
                "同%s 再催" % qo,
                "催单" + qo[-4:],
            ]
        )
    if x < 0.35:
        body = "催办工单%s（%s），称至今无人处理" % (qo, sh)
        want = "尽快解决"
    elif x < 0.55:
        body = "查询工单%s的办理进度" % qo
        want = None
    elif x < 0.75:
        body = "%s前反映的%s，承办单位至今未联系" % (_fill(r, "{days}"), shq)
        want = "催办"
    else:
        body = "对工单%s的回复不满意，%s" % (qo, r.choice(FOLLOW_UNSAT))
        want = r.choice(["重新处理", "承办单位到现场", "给个明确答复"])
    note = None
    if k > 1 and r.random() < 0.4:
        note = r.choice(["来电人已多次来电催办", "来电人第%d次来电催办" % k, "此前已催办", "来电人情绪急躁"])
    if e["t"].hour >= 22 or e["t"].hour < 6:
        if r.random() < 0.3:
            note = r.choice(["来电人称白天上班没时间打", "来电人称晚上睡不着想起来了", "深夜来电催办"])
    if st == "formal":
        s = _who_formal(r, p) + ("来电" if r.random() < 0.4 else "") + body + "。"
        if want:
            s += r.choice(["诉求：", "来电人要求", "望"]) + want + "。"
    elif st == "plain":
        s = r.choice(["市民", "来电人", "来电", ""]) + body + (("，要求" + want) if want else "") + "。"
    else:
        pw = _pw(r, p)
        s = (
            r.choice(["%s打来" % pw, "%s来电" % pw, "那位%s又打来" % pw if k > 1 else "%s打电话" % pw])
            + body
            + (("，说要" + want) if want else "")
            + "。"
        )
    if note:
        s += _note(r, op, note)
    return s + _fav_note(r, op)


def b_urgent(r, op, e):
    p = e["p"]
    body = _fill(r, p["u"][0], p["ex"])
    note = _fill(r, p["u"][1], p["ex"])
    if op.style == "terse":
        return _terse(r, body) + " " + note
    s = r_matter(r, op, body, r.choice([None, "马上派人", "尽快救助"]), r.choice(["称", "反映", "求助"]), p, None)
    return s + _note(r, op, note) if "已" not in s[-12:] else s


def b_suggest(r, op, e):
    p = e["p"]
    body = _fill(r, r.choice(SUGGEST), p["ex"])
    st = op.style
    if st == "formal":
        return "来电人%s。%s" % (body, r.choice(["请相关部门研究采纳。", "已记录。", ""]))
    if st == "terse":
        return _terse(r, body)
    if st == "chatty":
        return "%s提了个建议：%s，说得挺在理。" % (_pw(r, p), body.replace("建议", ""))
    return "市民" + body + r.choice(["。", "，已记录。", "，请相关部门考虑。"])


def b_praise(r, op, e):
    p = e["p"]
    body = _fill(r, r.choice(PRAISE), p["ex"])
    st = op.style
    if st == "formal":
        return "来电人" + body + "。" + r.choice(["", "请转达。", "已记录并转达相关单位。"])
    if st == "terse":
        return _terse(r, body)
    if st == "chatty":
        return "%s专门打来%s，挺开心的。" % (_pw(r, p), body)
    return "来电" + body + "。"


def b_angry(r, op, e):
    p = e["p"]
    tp = p["topic"]
    body = _fill(r, r.choice(tp[5]), p["ex"])
    want = _fill(r, r.choice(tp[6]), p["ex"])
    x = r.random()
    q = "“" + r.choice(ANGRY_Q) + "”"
    if r.random() < 0.45:
        sw = _curse(r, op, r.choice(ANGRY_SW))
        q = (sw + "，" + q) if sw.startswith("“") else (q + "，还说了些" + sw if sw[0] != "（" else sw + q)
    st = op.style
    if st == "terse":
        lead = r.choice(["情绪激动 ", "骂人 ", "爆粗 ", "态度差 ", ""])
        return lead + _terse(r, body) + " " + _terse(r, want)
    if x < 0.35:
        lead = r.choice(
            [
                "来电人情绪激动，言语过激，",
                "来电人情绪很大，多次爆粗口，",
                "来电人态度恶劣，骂骂咧咧，",
                "来电人一开口就骂，",
            ]
        )
        s = lead + "反映" + body + "，要求" + want + "。"
    elif x < 0.7:
        s = "来电人称%s，反映%s，要求%s。" % (q, body, want)
    else:
        s = "来电人骂话务员%s，经安抚后反映%s，%s。" % (
            _curse(r, op, r.choice(DIALECT_INS + SWEARS)),
            body,
            r.choice(["要求" + want, "希望" + want, "要" + want]),
        )
    if st == "chatty":
        s = s.replace("来电人", _pw(r, p), 1) + r.choice(["骂了好久才说事。", "火气好大。", "后来还是说清楚了。", ""])
    if r.random() < 0.3:
        s += _note(r, op, r.choice(["已安抚", "已提醒文明用语", "来电人称多次反映未解决", "已做好解释工作"]))
    return s


def b_insult(r, op, e):
    p = e["p"]
    c = p["case"]
    q = p.setdefault("q", r.choice(c[2]))
    if any(w in q for w in ("婆娘", "骚货", "婆婆")):
        p["sex"] = "F"
    ctx = _fill(r, c[0], p["ex"])
    who = _fill(r, c[1], p["ex"])
    pron = "他" if p["sex"] == "M" else "她"
    verb = r.choice(
        [
            "说%s“%s”" % (pron, q),
            "喊%s“%s”" % (pron, q),
            "当着很多人的面讲“%s”" % q,
            "对%s说“%s”" % (pron, q),
            "张口就是“%s”" % q,
            "骂%s“%s”" % (pron, q),
        ]
    )
    st = op.style
    body = "%s，%s%s" % (ctx, who, verb)
    if r.random() < 0.3:
        body += r.choice(["，还推了%s一把" % pron, "，态度十分恶劣", "，周围的人都听到了", "，%s很气愤" % pron])
    if st == "terse":
        return _terse(r, body) + " " + r.choice(["要求道歉", "要处理", ""])
    return r_matter(r, op, body, c[3], "反映", p, None)


def b_elderly(r, op, e):
    p = e["p"]
    m, want = p["m"]
    m = _fill(r, m, p["ex"])
    st = op.style
    pron = "他" if p["sex"] == "M" else "她"
    age = p["ex"].setdefault("agev", str(r.randint(72, 91)))
    k = e.get("nth_total", 1)
    if st == "terse":
        s = (
            r.choice(["老人 ", "老人 口音重 ", "%s岁老人 " % age, ""])
            + _terse(r, m)
            + (" " + want if want and r.random() < 0.5 else "")
        )
        return s
    lead = r.choice(
        [
            "来电人系%s岁老人，口音较重，表述不清，经反复询问，系反映" % age,
            "来电人年纪较大，说话不太清楚，大概意思是",
            "来电人为独居老人，称儿女在外打工，说了很多家常，后说明",
            "老人来电，耳朵不太好，反复确认后得知",
            "来电人（%s）称一个人在家，" % ("老年男性" if p["sex"] == "M" else "老年女性"),
        ]
    )
    if st == "chatty":
        lead = r.choice(
            ["%s打来的，讲了好多家里的事，最后说是" % _pw(r, p), "一个%s岁的%s，说话慢慢的，说" % (age, _pw(r, p))]
        )
    s = lead + m
    if want:
        s += (
            "，"
            + (r.choice(["希望", "想请政府", "要求"]) if want[0] in "帮查派有" else r.choice(["希望", "要求"]))
            + want
        )
    s += "。"
    if k > 1 and r.random() < 0.5:
        s += r.choice(["来电人此前也来电说过此事。", "老人多次来电。", "（第%d次来电）" % k, "同一老人又打来了。"])
    h = e["t"].hour
    if (h >= 22 or h < 5) and r.random() < 0.4:
        s += r.choice(["老人半夜睡不着打来的。", "来电时间较晚，已劝老人先休息。", "（凌晨来电）"])
    if r.random() < 0.25:
        s += _note(r, op, r.choice(["已联系社区网格员", "已告知其子女电话联系", "已安抚", "建议转乡镇民政办"]))
    return s


def b_distress(r, op, e):
    p = e["p"]
    d = p["d"]
    body = _fill(r, d[0], p["ex"])
    st = op.style
    pron = "他" if p["sex"] == "M" else "她"
    if st == "terse":
        return "哭诉 " + _terse(r, body) + " " + _fill(r, d[1], p["ex"])
    lead = r.choice(["来电人哭诉", "来电人情绪低落，称", "来电人边哭边说", "来电人声音哽咽，称"])
    if st == "chatty":
        lead = r.choice(["%s一直在哭，说" % _pw(r, p), "%s打来说" % _pw(r, p)])
    s = lead + body + "。" + _fill(r, d[1], p["ex"]) + "。"
    if r.random() < 0.3:
        s += r.choice(["通话约%d分钟。" % max(1, e["secs"] // 60), "已报值班长。", "建议回访关注。"])
    return s


def b_dropped(r, op, e):
    return r_silent(r, op, e["secs"], e, drop=True)


def b_badline(r, op, e):
    st = op.style
    f = r.choice(BADLINE_FRAG)
    f2 = r.choice(BADLINE_FRAG)
    opts = [
        "来电信号差，断断续续，只听清“%s”，未能明确诉求" % f,
        "来电人方言口音较重，经多次确认仍无法听清诉求",
        "杂音太大听不清，建议来电人换个地方再打",
        "信号不好，只听到“%s”“%s”几个字，随后断线" % (f, f2),
        "来电声音很小，听不清，请来电人稍后再拨",
        "来电人在车上，信号时有时无，未听清反映事项",
        "来电人说的土话听不太懂，好像是说“%s”，请其慢慢说，随后断了" % f,
        "电话里回音很大，双方都听不清",
        "来电人在山上，信号一格，只听到“喂，%s”" % f,
        "来电背景很吵，像在工地上，未听清内容",
        "来电人说话声音断断续续，反复询问无法确认地址和事项",
        "来电有电流声，听不清讲话",
    ]
    s = r.choice(opts)
    if st == "terse":
        return r.choice(["信号差 听不清", "听不清", "杂音大", "信号不好 只听到" + f])
    if st == "chatty":
        s += r.choice(["，好像挺急的", "，我喊他再打过来", ""])
    return s + ("。" if st != "terse" else "")


def b_misdial(r, op, e):
    m, a = e["p"]["m"]
    st = op.style
    if st == "terse":
        return r.choice(["打错 ", "误拨 ", ""]) + _terse(r, m) + (" " + a if a else "")
    s = r.choice(["来电人", "来电人称", "来电人"]) + m + "，" + (a if a else "称打错了") + "。"
    if st == "chatty":
        s = _pw(r, e["p"]) + "打错了，" + m + "，" + (a or "就挂了") + "。"
    if st == "plain":
        s = s.replace("来电人", r.choice(["来电人", "市民", ""]), 1)
    return s


def b_callback(r, op, e):
    p = e["p"]
    lead = r.choice(
        [
            "来电人称刚才电话断了，",
            "刚才来电中断，来电人回拨，",
            "来电人称刚才打过，信号不好又打来，",
            "来电人回拨，称刚才没说完，",
            "来电人称刚才手机没电了，",
        ]
    )
    if r.random() < 0.5:
        q, a, _w = p["q"]
        s = lead + "咨询%s，已告知%s。" % (_fill(r, q, p["ex"]), _fill(r, a, p["ex"]))
    else:
        tp = p["topic"]
        s = lead + "反映%s，要求%s。" % (_fill(r, r.choice(tp[5]), p["ex"]), _fill(r, r.choice(tp[6]), p["ex"]))
    if op.style == "terse":
        return _terse(r, s.replace("来电人称", "").replace("来电人", ""))
    if op.style == "chatty":
        s = s.replace("来电人", _pw(r, p), 1)
    return s


def b_petition(r, op, e):
    p = e["p"]
    g = p["g"]
    gb = _fill(r, g[0], p["ex"])
    k = e.get("nth_total", 1)
    kt = e.get("nth_today", 1)
    st = op.style
    name = p["name"]
    if st == "terse":
        return r.choice(
            [
                "老问题 " + g[2],
                "同前 " + g[2],
                name + " " + g[2] + " 再次反映",
                "又来电 " + _terse(r, gb),
                g[2] + " 要" + g[1],
                "同以往诉求",
            ]
        )
    x = r.random()
    if x < 0.3:
        body = ("" if gb.startswith("其") else "其") + "%s一事，至今未得到解决" % gb
        s = r_matter(r, op, body, g[1], "反映", p, None, k > 1)
    elif x < 0.5:
        s = "来电人%s再次反映老问题：%s，情绪较激动，要求%s。" % (name, gb, g[1])
    elif x < 0.7:
        s = "来电人反映的%s问题已多次来电，承办单位已答复，来电人不认可，%s。" % (
            g[2],
            r.choice(["要求" + g[1], "称要继续反映", "称要到市里反映", "要求领导接访", "要求重新调查"]),
        )
    elif x < 0.85:
        s = "来电人%s称%s，%s。" % (
            name,
            gb,
            r.choice(["这么多年没人管", "跑了十几年了", "各部门互相推诿", "找过信访局也没用", "手上有材料可以证明"]),
        )
    else:
        s = "来电人又来电反映%s问题，内容同前。" % g[2]
    if kt >= 2 and r.random() < 0.5:
        s += _note(r, op, r.choice(["今日第%d次来电" % kt, "来电人今日已多次来电", "来电人当天反复来电"]))
    elif k > 3 and r.random() < 0.3:
        s += _note(r, op, r.choice(["来电人系长期来电人员", "已多次解释政策", "历史工单较多", "已按原答复口径解释"]))
    if st == "chatty" and r.random() < 0.4:
        s += r.choice(["老人家也不容易。", "讲了快半个小时。", "他说不解决就一直打。", "我听他讲完了。"])
    return s


def b_nightwork(r, op, e):
    p = e["p"]
    job, bodies = p["job"]
    body = _fill(r, r.choice(bodies), p["ex"])
    st = op.style
    if st == "terse":
        return job + " " + _terse(r, body)
    if st == "formal":
        return "来电人系%s，反映%s。诉求：%s。" % (job, body, r.choice(["相关部门尽快处理", "尽快处理", "派人查看"]))
    if st == "chatty":
        return "一个%s下夜班打来，说%s，%s。" % (job, body, r.choice(["希望白天有人去看看", "挺急的", "说好几次了"]))
    return "来电人是%s，反映%s，%s。" % (job, body, r.choice(["希望尽快处理", "请相关部门处理", "要求处理"]))


# ---- nuisance builders


def b_silent(r, op, e):
    return r_silent(r, op, e["secs"], e)


def _sub(r, op, s, extra=None):
    rep = {
        "{SW}": lambda: _curse(r, op, r.choice(SWEARS)),
        "{SWP}": lambda: r.choice(["脏话", "粗话", "难听的话"]),
        "{DI}": lambda: r.choice(DIALECT_INS),
        "{DI2}": lambda: r.choice(DIALECT_INS),
        "{CU}": lambda: r.choice(CURSES),
        "{SA}": lambda: r.choice(SARC),
        "{CT}": lambda: r.choice(CONTEMPT),
        "{GC}": lambda: r.choice(GOVC),
        "{GC2}": lambda: r.choice(GOVC),
        "{GX}": lambda: r.choice(GOVX),
        "{TH}": lambda: r.choice(THREATS),
        "{PQ}": lambda: r.choice(CHAT_PQ),
        "{ST}": lambda: r.choice(CHAT_ST),
        "{DA}": lambda: r.choice(DRUNK_A),
        "{FQ}": lambda: r.choice(FLIRT_Q),
        "{FR}": lambda: r.choice(FLIRT_R),
        "{FX}": lambda: r.choice(FLIRT_X),
        "{NS}": lambda: r.choice(NONS),
        "{NS2}": lambda: r.choice(NONS2),
        "{SELF}": lambda: r.choice(SELF),
        "{AR}": lambda: r.choice(ABSURD_R),
        "{ARQ}": lambda: r.choice(ABSURD_Q),
        "{LT}": lambda: r.choice(LINE_T),
        "{BT}": lambda: r.choice(BET_T),
        "{BL}": lambda: r.choice(BET_L),
        "{PL}": lambda: r.choice(ROBO_PL),
        "{SV}": lambda: r.choice(ROBO_SV),
        "{PR}": lambda: r.choice(TELE_P),
        "{CO}": lambda: r.choice(TELE_C),
        "{OR}": lambda: r.choice(TELE_O),
        "{M}": lambda: extra,
    }
    for k in [
        "{SWP}",
        "{SW}",
        "{DI2}",
        "{DI}",
        "{CU}",
        "{SA}",
        "{CT}",
        "{GC2}",
        "{GC}",
        "{GX}",
        "{TH}",
        "{PQ}",
        "{ST}",
        "{DA}",
        "{FQ}",
        "{FR}",
        "{FX}",
        "{NS2}",
        "{NS}",
        "{SELF}",
        "{AR}",
        "{ARQ}",
        "{LT}",
        "{BT}",
        "{BL}",
        "{PL}",
        "{SV}",
        "{PR}",
        "{CO}",
        "{OR}",
        "{M}",
    ]:
        while k in s:
            s = s.replace(k, rep[k](), 1)
    return _fill(r, s)


def _nom(r, op, e, pool, tail=True, notes=None, notep=0.0):
    d = _sub(r, op, r.choice(pool), e["p"].get("m"))
    extra = None
    if notes and r.random() < notep:
        extra = r.choice(notes)
    s = r_nom(r, op, d, tail, extra)
    k = e.get("nth_today", 1)
    if k >= 3 and r.random() < 0.4:
        s += _note(r, op, r.choice(["该号码今日第%d次来电" % k, "今日多次来电", "反复来电"]))
    elif e.get("nth_total", 1) >= 4 and r.random() < 0.25:
        s += _note(r, op, r.choice(["该号码多次来电", "此前有类似来电", "又是这个号码"]))
    return s


def b_abuse(r, op, e):
    return _nom(r, op, e, ABUSE_D, True, ["已提醒文明通话", "已告知通话录音", "已报值班长"], 0.25)


def b_govc(r, op, e):
    return _nom(r, op, e, GOVC_D, True, ["已解释", "已劝导"], 0.2)


def b_threat(r, op, e):
    n = [x for x in THREAT_N if x]
    return _nom(r, op, e, THREAT_D, True, n, 0.5)


def b_chat(r, op, e):
    s = _nom(r, op, e, CHAT_D, True, ["通话时间较长", "已劝其休息", "已告知热线用途"], 0.35)
    if op.style not in ("terse",) and r.random() < 0.25:
        s += r.choice(["通话约%d分钟。" % max(1, e["secs"] // 60), "（聊了%d分钟左右）" % max(1, e["secs"] // 60)])
    return s


def b_drunk(r, op, e):
    return _nom(r, op, e, DRUNK_D, True, ["已劝其休息", "已挂断"], 0.25)


def b_flirt(r, op, e):
    return _nom(r, op, e, FLIRT_D, True, ["已拒绝并提醒", "已告知热线用途"], 0.3)


def b_prank(r, op, e):
    p = e["p"]
    if p["absurd"]:
        body, want = p["pr"]
        body = _fill(r, body, p["ex"])
        s = r_matter(r, op, body, want, "反映", p, None)
        if r.random() < 0.6:
            s += _note(r, op, r.choice(PRANK_TELL + ["疑似恶作剧", "内容明显不实"]))
        return s
    body, want, hand = p["pr"]
    body = _fill(r, body, p["ex"])
    note = hand if (hand and r.random() < 0.7) else None
    s = r_matter(r, op, body, want, r.choice(["反映", "称", "报称"]), p, note)
    if r.random() < p["tellp"]:
        s += _note(r, op, r.choice(PRANK_TELL))
    return s


def b_nonsense(r, op, e):
    s = _nom(r, op, e, NONS_D, True, ["通话时间较长", "已多次劝其挂机"], 0.3)
    return s


def b_absurd(r, op, e):
    return _nom(r, op, e, ABSURD_D, False)


def b_child(r, op, e):
    d = r.choice(CHILD_D)
    if op.style == "terse":
        return r.choice(["小孩玩电话", "小孩", "童声 无诉求", _terse(r, d)])
    s = d + "。"
    n = r.choice(CHILD_N)
    if n:
        s += _note(r, op, n)
    k = e.get("nth_today", 1)
    if k >= 2 and r.random() < 0.4:
        s += r.choice(["又打来了。", "（第%d次）" % k, "同一号码反复拨打。"])
    return s


def b_linetest(r, op, e):
    return _nom(r, op, e, LINE_D, True)


def b_bet(r, op, e):
    return _nom(r, op, e, BET_D, True)


def b_robo(r, op, e):
    if e["p"]["polite"]:
        s = _sub(r, op, r.choice(ROBO_POLITE))
        if op.style == "terse":
            s = _terse(r, s)
        elif r.random() < 0.5:
            s += r.choice(["，疑似机器人", "，疑似营销电话", "。", "，已挂断"])
        return s
    d = r.choice(ROBO_D)
    if op.style == "terse":
        return r.choice(["录音广告", "推销录音", "广告", "机器人", _terse(r, d)])
    return d + r.choice(["", "，已挂断", "。", "，无人工"])


def b_fax(r, op, e):
    d = r.choice(FAX_D)
    if op.style == "terse":
        return r.choice(["传真", "传真音", "", "嘀嘀声"])
    if r.random() < 0.25 and e.get("nth_today", 1) >= 2:
        d += r.choice(["，该号码反复拨打", "（第%d次）" % e["nth_today"], "，又是传真"])
    return d


def b_music(r, op, e):
    d = r.choice(MUSIC_D)
    if r.random() < op.blank * 0.5:
        return ""
    if op.style == "terse":
        return r.choice(["音乐声", "只有音乐", "电视声 无人", _terse(r, d)])
    return d


def b_tele(r, op, e):
    return _nom(r, op, e, TELE_D, False)


def b_vex(r, op, e):
    p = e["p"]
    pool = VEX[p["vt"]]
    s = _nom(r, op, e, pool, p["vt"] != "old", ["已按规定处理", "已多次解释", "已列入重点关注", "占用热线资源"], 0.25)
    return s


# =====================================================================
# 7. Kind table
# =====================================================================

G_SHARES = [  # genuine kinds, shares of the genuine part
    ("complaint", 0.29),
    ("outage_surge", 0.03),
    ("consultation", 0.268),
    ("followup", 0.085),
    ("urgent_help", 0.022),
    ("suggestion", 0.018),
    ("praise", 0.012),
    ("angry_with_matter", 0.03),
    ("reported_insult", 0.015),
    ("elderly_matter", 0.03),
    ("distress", 0.008),
    ("dropped_call", 0.055),
    ("bad_line", 0.02),
    ("misdial", 0.03),
    ("callback", 0.017),
    ("petitioner", 0.045),
    ("night_worker", 0.025),
]
H_SHARES = [  # nuisance kinds, shares of the harassment part
    ("silent", 0.28),
    ("abuse_operator", 0.08),
    ("gov_contempt", 0.05),
    ("threat", 0.025),
    ("night_chat", 0.07),
    ("drunk", 0.05),
    ("flirting", 0.045),
    ("prank_report", 0.05),
    ("nonsense_story", 0.03),
    ("absurd_request", 0.04),
    ("child_play", 0.05),
    ("line_test", 0.025),
    ("bet_dare", 0.02),
    ("robocall", 0.04),
    ("fax_tone", 0.025),
    ("music_radio", 0.02),
    ("telemarketing", 0.03),
    ("vexatious_repeat", 0.07),
]

BUILD = {
    "complaint": b_complaint,
    "outage_surge": b_surge,
    "consultation": b_consult,
    "followup": b_followup,
    "urgent_help": b_urgent,
    "suggestion": b_suggest,
    "praise": b_praise,
    "angry_with_matter": b_angry,
    "reported_insult": b_insult,
    "elderly_matter": b_elderly,
    "distress": b_distress,
    "dropped_call": b_dropped,
    "bad_line": b_badline,
    "misdial": b_misdial,
    "callback": b_callback,
    "petitioner": b_petition,
    "night_worker": b_nightwork,
    "silent": b_silent,
    "abuse_operator": b_abuse,
    "gov_contempt": b_govc,
    "threat": b_threat,
    "night_chat": b_chat,
    "drunk": b_drunk,
    "flirting": b_flirt,
    "prank_report": b_prank,
    "nonsense_story": b_nonsense,
    "absurd_request": b_absurd,
    "child_play": b_child,
    "line_test": b_linetest,
    "bet_dare": b_bet,
    "robocall": b_robo,
    "fax_tone": b_fax,
    "music_radio": b_music,
    "telemarketing": b_tele,
    "vexatious_repeat": b_vex,
}


# =====================================================================
# 8. Simulation context: calendar, numbers, helpers
# =====================================================================

MOB_PREFIX = [
    "133",
    "153",
    "180",
    "181",
    "189",
    "177",
    "199",
    "173",
    "130",
    "131",
    "132",
    "155",
    "156",
    "185",
    "186",
    "176",
    "166",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "147",
    "150",
    "151",
    "152",
    "157",
    "158",
    "159",
    "178",
    "182",
    "183",
    "184",
    "187",
    "188",
    "198",
    "195",
    "191",
    "193",
]
MOB_W = [
    3,
    3,
    3,
    2,
    3,
    2,
    2,
    2,
    2,
    2,
    2,
    3,
    2,
    2,
    3,
    2,
    1,
    3,
    3,
    3,
    3,
    3,
    4,
    1,
    3,
    3,
    2,
    3,
    3,
    3,
    2,
    3,
    2,
    2,
    3,
    3,
    2,
    1,
    1,
    1,
]
VIRT_PREFIX = ["170", "171", "165", "167", "162"]
OTHER_AREAS = [
    ("027", 8),
    ("023", 8),
    ("0717", 7),
    ("0719", 7),
    ("0716", 7),
    ("0755", 8),
    ("021", 8),
    ("020", 8),
    ("0571", 8),
    ("028", 8),
    ("010", 8),
    ("0769", 8),
]


class _Ctx(object):
    def __init__(self, seed, start, days):
        self.seed = seed
        self.start = start
        self.end = start + dt.timedelta(days=days)
        self.base = dt.datetime(start.year, start.month, start.day)
        nd = (self.end - self.base).days + (1 if (self.end - self.base).seconds else 0)
        self.nd = max(1, nd)
        self.dates = [(self.base + dt.timedelta(days=i)).date() for i in range(self.nd)]
        self.used = set()
        self.restricted = []
        self.mobcum = _cum(MOB_W)
        self.hcum = {}
        for k in HOURS:
            self.hcum[k] = _cum(HOURS[k])
        self.daycum = {}
        for k in WK:
            ws = []
            for d in self.dates:
                wd = d.weekday()
                if d in HOLIDAYS:
                    wd = 6
                elif d in MAKEUP_WORKDAYS:
                    wd = 1
                ws.append(WK[k][wd])
            self.daycum[k] = _cum(ws)
        self.hours24 = list(range(24))
        self.dayidx = list(range(self.nd))
        # storms and surge events
        g = self.rng("weather")
        self.storms = []
        nst = max(1, int(round(self.nd / 30.0 * g.choice([3, 4, 4, 5]))))
        for _ in range(nst):
            di = g.randrange(self.nd)
            hr = g.choice([1, 3, 4, 14, 15, 16, 17, 18, 19, 20, 21, 22])
            self.storms.append((di, hr, g.uniform(0.6, 1.6)))
        self.storms.sort()

    def rng(self, name):
        return random.Random("%s:%s" % (self.seed, name))

    # ---- numbers
    def _uniq(self, s):
        if s in self.used:
            return None
        self.used.add(s)
        return s

    def mobile(self, r, virtual=False):
        while True:
            pre = r.choice(VIRT_PREFIX) if virtual else r.choices(MOB_PREFIX, cum_weights=self.mobcum)[0]
            s = self._uniq(pre + "%08d" % r.randrange(100000000))
            if s:
                return s

    def landline(self, r, town=None):
        while True:
            t = town or r.choice(TOWNS + ["岚城街道"] * 6)
            ex = r.choice(TOWN_EXCH[t])
            s = self._uniq(AREA + ex + "%0*d" % (7 - len(ex), r.randrange(10 ** (7 - len(ex)))))
            if s:
                return s

    def outland(self, r, area=None):
        while True:
            if area:
                a, n = area
            else:
                a, n = r.choice(OTHER_AREAS)
            s = self._uniq(a + str(r.randint(2, 8)) + "%0*d" % (n - 1, r.randrange(10 ** (n - 1))))
            if s:
                return s

    def phone(self, r, mob=0.86, land=0.1, out=0.025, wh=0.015, virt=0.0):
        x = r.random() * (mob + land + out + wh + virt)
        if x < mob:
            return self.mobile(r)
        x -= mob
        if x < land:
            return self.landline(r)
        x -= land
        if x < out:
            return self.outland(r)
        x -= out
        if x < wh:
            return ""
        return self.mobile(r, virtual=True)

    # ---- time
    def day(self, r, wk):
        return r.choices(self.dayidx, cum_weights=self.daycum[wk])[0]

    def at(self, r, di, hours):
        h = r.choices(self.hours24, cum_weights=self.hcum[hours])[0]
        return self.base + dt.timedelta(days=di, hours=h, minutes=r.randrange(60), seconds=r.randrange(60))

    def ok(self, t):
        return self.start <= t < self.end

    def t(self, r, hours, wk, di=None):
        for _ in range(50):
            d = self.day(r, wk) if di is None else di
            t = self.at(r, d, hours)
            if self.ok(t):
                return t
        return self.start + dt.timedelta(seconds=r.randrange(int((self.end - self.start).total_seconds())))

    def rnd(self):
        return self.start + dt.timedelta(seconds=1)


def _ev(t, phone, kind, label, secs, p):
    return {"t": t, "phone": phone, "kind": kind, "label": label, "secs": int(secs), "p": p}


def _alloc(n, shares):
    tot = sum(s for _, s in shares)
    raw = [(k, n * s / tot) for k, s in shares]
    base = [(k, int(math.floor(v))) for k, v in raw]
    left = n - sum(v for _, v in base)
    rema = sorted(range(len(raw)), key=lambda i: (-(raw[i][1] - base[i][1]), i))
    out = [list(x) for x in base]
    for i in rema[:left]:
        out[i][1] += 1
    return [(k, v) for k, v in out]


def _month_ok(months, d):
    return months is None or d.month in months


def _window(key, d):
    """Date window factor for seasonal items."""
    if key is None:
        return 1.0
    if isinstance(key, tuple):
        return 1.0 if d.month in key else 0.0
    md = (d.month, d.day)
    if key == "duanwu":
        return 1.0 if (d.year == 2025 and dt.date(2025, 5, 26) <= d <= dt.date(2025, 6, 2)) else 0.0
    if key == "gaokao":
        return 1.0 if (6, 4) <= md <= (6, 9) else 0.0
    if key == "gaokao_after":
        return 1.0 if (6, 9) <= md <= (7, 10) else 0.0
    if key == "zhongkao":
        return 1.0 if (6, 1) <= md <= (6, 22) else 0.0
    return 1.0


# =====================================================================
# 9. Generators (one per kind): f(ctx, count) -> list of events
# =====================================================================


def _series(ctx, r, cnt, make_caller):
    """Run make_caller() until cnt events; trims the last caller."""
    out = []
    guard = 0
    while len(out) < cnt and guard < cnt * 50 + 100:
        guard += 1
        evs = make_caller()
        out.extend(e for e in evs if ctx.ok(e["t"]))
    out = out[:cnt]
    return out


def g_complaint(ctx, cnt, kind="complaint"):
    r = ctx.rng(kind)
    ws = [t[1] for t in TOPICS]
    # gaokao noise gets weight only inside its window
    gk = TOPIC_W_KEYS.index("gaokao_noise")
    has_gk = any(_window("gaokao", d) for d in ctx.dates)
    if has_gk:
        ws[gk] = 2.0
    mon = ctx.dates[len(ctx.dates) // 2]
    for i, t in enumerate(TOPICS):
        if not _month_ok(t[9], mon):
            ws[i] *= 0.05
    cum = _cum(ws)
    gdays = [i for i, d in enumerate(ctx.dates) if _window("gaokao", d)]

    def caller():
        tp = r.choices(TOPICS, cum_weights=cum)[0]
        p = _persona(r)
        p["topic"] = tp
        ph = ctx.phone(r)
        if tp[0] == "gaokao_noise":
            t0 = ctx.t(r, tp[2], tp[3], r.choice(gdays))
        else:
            t0 = ctx.t(r, tp[2], tp[3])
        evs = [_ev(t0, ph, kind, "genuine", _ln(r, 190, 0.55, 35, 1500), p)]
        if r.random() < tp[8]:
            n = r.choice([1, 1, 2, 2, 3, 4, 6])
            t = t0
            nightly = tp[2] in ("late", "evening")
            for _ in range(n):
                if nightly:
                    di = (t - ctx.base).days + r.choice([0, 1, 1, 1, 2, 3])
                    if di >= ctx.nd:
                        break
                    t = ctx.at(r, di, tp[2])
                    if t <= evs[-1]["t"]:
                        t = evs[-1]["t"] + dt.timedelta(minutes=r.randint(20, 90))
                else:
                    t = t + dt.timedelta(hours=r.choice([1, 3, 20, 26, 48, 70, 120]), minutes=r.randrange(60))
                evs.append(_ev(t, ph, kind, "genuine", _ln(r, 150, 0.55, 25, 1200), p))
        return evs

    # local event surges: many different callers about one shared matter within a day or three
    out = []
    n_cl = int(cnt * 0.08)
    ev_keys = [
        "wage",
        "property",
        "water_cut",
        "bus",
        "factory_smell",
        "house",
        "bbq_noise",
        "road_damage",
        "water_muddy",
        "voltage",
    ]
    while len(out) < n_cl:
        tp = TOPICS[TOPIC_W_KEYS.index(r.choice(ev_keys))]
        shared = {}
        _fill(r, " ".join(tp[5]), shared)
        size = r.randint(8, 40)
        d0 = ctx.day(r, tp[3])
        span = r.choice([1, 1, 2, 3])
        for _ in range(size):
            p = _persona(r)
            p["topic"] = tp
            p["ex"] = dict(shared)
            di = min(ctx.nd - 1, d0 + r.randrange(span))
            t = ctx.t(r, tp[2], "flat", di)
            out.append(_ev(t, ctx.phone(r), kind, "genuine", _ln(r, 170, 0.55, 30, 1200), p))
    out = out[:n_cl]
    return out + _series(ctx, r, cnt - len(out), caller)


def g_surge(ctx, cnt):
    r = ctx.rng("outage_surge")
    out = []
    n_iso = int(cnt * 0.25)
    # isolated outages
    for _ in range(n_iso):
        p = _persona(r)
        p["stype"] = r.choices(["power", "water", "road", "flood"], weights=[6, 3, 1.5, 0.5])[0]
        out.append(
            _ev(
                ctx.t(r, "allday", "flat"),
                ctx.phone(r, 0.85, 0.13, 0.01, 0.01),
                "outage_surge",
                "genuine",
                _ln(r, 70, 0.5, 15, 400),
                p,
            )
        )
    rest = cnt - n_iso
    tot = sum(s[2] for s in ctx.storms)
    for si, (di, hr, mag) in enumerate(ctx.storms):
        k = (
            int(round(rest * mag / tot))
            if si < len(ctx.storms) - 1
            else rest - sum(int(round(rest * s[2] / tot)) for s in ctx.storms[:-1])
        )
        t0 = ctx.base + dt.timedelta(days=di, hours=hr, minutes=r.randrange(60))
        town = r.choice(TOWNS)
        ex0 = {"town": town if town != "岚城街道" else r.choice(RURAL_TOWNS)}
        xqs = r.sample(XIAOQU, 4)
        made = 0
        while made < k:
            p = _persona(r)
            p["stype"] = r.choices(["power", "water", "road", "flood"], weights=[7, 2, 1.5, 1])[0]
            p["ex"] = {"town": ex0["town"], "xq": r.choice(xqs)}
            ph = ctx.phone(r, 0.86, 0.12, 0.01, 0.01)
            t = t0 + dt.timedelta(minutes=int(r.expovariate(1 / 140.0)))
            reps = 1 if r.random() < 0.8 else r.choice([2, 2, 3])
            for j in range(reps):
                if made >= k:
                    break
                tt = t + dt.timedelta(minutes=j * r.randint(15, 120))
                if not ctx.ok(tt):
                    tt = ctx.t(r, "allday", "flat")
                out.append(_ev(tt, ph, "outage_surge", "genuine", _ln(r, 60, 0.5, 12, 300), p))
                made += 1
    return out[:cnt]


def g_consult(ctx, cnt):
    r = ctx.rng("consultation")
    out = []
    mid = ctx.dates[len(ctx.dates) // 2]
    items = []
    for q in CONSULTS:
        w = max(_window(q[2], d) for d in ctx.dates) if q[2] else 1.0
        if w > 0:
            items.append(q)
    pool_back = []
    while len(out) < cnt:
        p = _persona(r)
        if r.random() < 0.3:
            p["phone_ask"] = r.choice(PHONE_ASK)
            t = ctx.t(r, "office", "office")
        else:
            q = r.choice(items)
            p["q"] = q
            if q[2] and not isinstance(q[2], tuple):
                days = [i for i, d in enumerate(ctx.dates) if _window(q[2], d)]
                t = ctx.t(r, "office", "office", r.choice(days))
            else:
                t = ctx.t(r, "office", "office")
        if pool_back and r.random() < 0.06:
            ph = r.choice(pool_back)
        else:
            ph = ctx.phone(r)
            if len(pool_back) < 3000:
                pool_back.append(ph)
        secs = _ln(r, 55, 0.45, 15, 200) if p.get("phone_ask") else _ln(r, 120, 0.55, 25, 700)
        out.append(_ev(t, ph, "consultation", "genuine", secs, p))
    ctx.consult_back = pool_back
    return out


def g_followup(ctx, cnt):
    r = ctx.rng("followup")

    def caller():
        tp = r.choice(TOPICS)
        p = _persona(r)
        od = (ctx.start - dt.timedelta(days=r.randint(3, 60))).date() if r.random() < 0.5 else None
        t0 = ctx.t(r, "office", "office")
        if od is None:
            od = (t0 - dt.timedelta(days=r.randint(1, 8))).date()
        p["ex"]["_orddate"] = od
        p["ord"] = _s_ord(r, p["ex"])
        p["short"] = tp[7]
        ph = ctx.phone(r, 0.88, 0.09, 0.02, 0.01)
        n = r.choices([1, 2, 3, 4, 5, 6], weights=[40, 25, 14, 9, 6, 6])[0]
        evs = []
        t = t0
        for i in range(n):
            hp = "office" if r.random() < 0.8 else r.choice(["evening", "night", "late"])
            if i > 0:
                di = (t - ctx.base).days + r.choice([0, 1, 1, 2, 3, 5])
                if di >= ctx.nd:
                    break
                t = ctx.at(r, di, hp)
                if t <= evs[-1]["t"]:
                    t = evs[-1]["t"] + dt.timedelta(minutes=r.randint(30, 300))
            evs.append(_ev(t, ph, "followup", "genuine", _ln(r, 140, 0.5, 25, 900), p))
        return evs

    return _series(ctx, r, cnt, caller)


def _simple(ctx, cnt, kind, label, hours, wk, mk, dur, phonef=None):
    r = ctx.rng(kind)
    out = []
    for _ in range(cnt):
        p = mk(r)
        ph = phonef(r) if phonef else ctx.phone(r)
        h = p.get("hours", hours)
        out.append(_ev(ctx.t(r, h, wk), ph, kind, label, dur(r), p))
    return out


def g_urgent(ctx, cnt):
    r = ctx.rng("urgent_help")
    out = []
    for _ in range(cnt):
        u = r.choice(URGENT)
        p = _persona(r)
        p["u"] = u
        if r.random() < 0.35 and ctx.storms:
            di, hr, _m = r.choice(ctx.storms)
            t = ctx.base + dt.timedelta(days=di, hours=hr, minutes=int(r.expovariate(1 / 180.0)))
            if not ctx.ok(t):
                t = ctx.t(r, u[2], "flat")
            if r.random() < 0.6:
                p["u"] = r.choice([URGENT[2], URGENT[4], URGENT[10]])
        else:
            t = ctx.t(r, u[2], "flat")
        out.append(_ev(t, ctx.phone(r, 0.88, 0.09, 0.02, 0.01), "urgent_help", "genuine", _ln(r, 110, 0.5, 25, 600), p))
    return out


def g_suggest(ctx, cnt):
    return _simple(
        ctx,
        cnt,
        "suggestion",
        "genuine",
        "office",
        "office",
        lambda r: _persona(r),
        lambda r: _ln(r, 180, 0.5, 50, 900),
    )


def g_praise(ctx, cnt):
    return _simple(
        ctx, cnt, "praise", "genuine", "office", "flat", lambda r: _persona(r), lambda r: _ln(r, 110, 0.5, 30, 500)
    )


def g_angry(ctx, cnt):
    def mk(r):
        p = _persona(r)
        p["topic"] = r.choice(TOPICS)
        p["hours"] = r.choice(["allday", "allday", "office", "evening", "late"])
        return p

    return _simple(
        ctx, cnt, "angry_with_matter", "genuine", "allday", "flat", mk, lambda r: _ln(r, 300, 0.55, 45, 1800)
    )


def g_insult(ctx, cnt):
    def mk(r):
        p = _persona(r)
        p["case"] = r.choice(INSULT_CASES)
        p["hours"] = r.choice(["allday", "office", "evening"])
        return p

    return _simple(ctx, cnt, "reported_insult", "genuine", "allday", "flat", mk, lambda r: _ln(r, 240, 0.5, 50, 1200))


def g_elderly(ctx, cnt):
    r = ctx.rng("elderly_matter")

    def caller():
        p = _persona(r, old=True)
        p["m"] = r.choice(ELDER_MATTERS)
        ph = ctx.phone(r, 0.55, 0.43, 0.0, 0.02)
        n = r.choices([1, 2, 3, 4, 6, 9], weights=[55, 18, 10, 7, 6, 4])[0]
        night = r.random() < 0.25
        prof = "night" if night else "elderly"
        evs = []
        t = ctx.t(r, prof, "flat")
        for i in range(n):
            if i > 0:
                di = (t - ctx.base).days + r.choice([0, 0, 1, 1, 2, 3])
                if di >= ctx.nd:
                    break
                t2 = ctx.at(r, di, prof)
                t = t2 if t2 > t else t + dt.timedelta(minutes=r.randint(10, 240))
            evs.append(_ev(t, ph, "elderly_matter", "genuine", _ln(r, 320, 0.6, 50, 2400), p))
        return evs

    return _series(ctx, r, cnt, caller)


def g_distress(ctx, cnt):
    def mk(r):
        p = _persona(r)
        p["d"] = r.choice(DISTRESS)
        if "丈夫" in p["d"][0] or "儿媳" in p["d"][0] or "她" in p["d"][0]:
            p["sex"] = "F"
        p["hours"] = {"night": "night", "evening": "late", "allday": "allday"}[p["d"][2]]
        return p

    return _simple(
        ctx,
        cnt,
        "distress",
        "genuine",
        "night",
        "flat",
        mk,
        lambda r: _ln(r, 600, 0.6, 120, 3000),
        lambda r: ctx.phone(r, 0.93, 0.03, 0.01, 0.03),
    )


def g_dropped(ctx, cnt):
    def mk(r):
        p = _persona(r)
        p["hours"] = r.choice(["allday", "allday", "office", "evening"])
        return p

    return _simple(
        ctx,
        cnt,
        "dropped_call",
        "genuine",
        "allday",
        "flat",
        mk,
        lambda r: _ln(r, 9, 0.7, 2, 60),
        lambda r: ctx.phone(r, 0.84, 0.11, 0.02, 0.03),
    )


def g_badline(ctx, cnt):
    return _simple(
        ctx,
        cnt,
        "bad_line",
        "genuine",
        "allday",
        "flat",
        lambda r: _persona(r),
        lambda r: _ln(r, 35, 0.6, 8, 180),
        lambda r: ctx.phone(r, 0.92, 0.05, 0.01, 0.02),
    )


def g_misdial(ctx, cnt):
    def mk(r):
        p = _persona(r)
        p["m"] = r.choice(MISDIAL)
        return p

    return _simple(
        ctx,
        cnt,
        "misdial",
        "genuine",
        "allday",
        "flat",
        mk,
        lambda r: _ln(r, 22, 0.5, 6, 90),
        lambda r: ctx.phone(r, 0.8, 0.17, 0.02, 0.01),
    )


def g_callback(ctx, cnt, dropped):
    r = ctx.rng("callback")
    cands = [e for e in dropped if e["phone"]]
    out = []
    if not cands:
        return out
    picks = r.sample(cands, min(cnt, len(cands)))
    while len(picks) < cnt:
        picks.append(r.choice(cands))
    for d in picks:
        p = d["p"]
        p["q"] = r.choice(CONSULTS[:30])
        p["topic"] = r.choice(TOPICS)
        t = d["t"] + dt.timedelta(seconds=d["secs"] + r.randint(20, 900))
        if not ctx.ok(t):
            t = d["t"] - dt.timedelta(seconds=1)
        out.append(_ev(t, d["phone"], "callback", "genuine", _ln(r, 150, 0.5, 30, 700), p))
    return out


def g_petition(ctx, cnt):
    r = ctx.rng("petitioner")

    def caller():
        p = _persona(r, old=r.random() < 0.5)
        p["g"] = r.choice(GRIEVANCES)
        p["name"] = r.choice(SURNAMES) + r.choice(["某", "某某", "某某", "某"])
        ph = ctx.phone(r, 0.7, 0.28, 0.02, 0.0)
        p["phone"] = ph
        gap_lo, gap_hi = r.choice([(1, 2), (1, 3), (2, 4), (1, 4), (3, 4)])
        multi = r.random() < 0.3
        prof = r.choice(["office", "office", "allday", "elderly"])
        evs = []
        di = r.randrange(0, min(5, ctx.nd))
        if r.random() < 0.15:
            di = r.randrange(ctx.nd)
        while di < ctx.nd:
            k = 1
            if multi and r.random() < 0.6:
                k = r.choice([2, 2, 3, 3, 4, 5])
            t = ctx.at(r, di, prof)
            for j in range(k):
                evs.append(_ev(t, ph, "petitioner", "genuine", _ln(r, 420, 0.6, 50, 2400), p))
                t = t + dt.timedelta(minutes=r.randint(15, 200))
            di += r.randint(gap_lo, gap_hi)
        if evs:
            ctx.petitioners.append(ph)
        return evs

    return _series(ctx, r, cnt, caller)


def g_nightwork(ctx, cnt):
    def mk(r):
        p = _persona(r, old=False)
        p["sex"] = "M" if r.random() < 0.85 else "F"
        p["job"] = r.choice(NIGHTWORK)
        return p

    r0 = ctx.rng("nwph")
    pool = []

    def ph(r):
        if pool and r.random() < 0.2:
            return r.choice(pool)
        x = ctx.phone(r, 0.98, 0.0, 0.02, 0.0)
        pool.append(x)
        return x

    return _simple(
        ctx, cnt, "night_worker", "genuine", "nightwork", "flat", mk, lambda r: _ln(r, 140, 0.5, 35, 700), ph
    )


# ---- nuisance generators


def g_silent(ctx, cnt):
    r = ctx.rng("silent")
    pats = ["burst", "nightly", "every_few", "oneoff", "session", "daily_day"]
    pw = [0.3 / 18, 0.28 / 30, 0.15 / 8, 0.14, 0.1 / 3, 0.05 / 15]

    def caller():
        pat = r.choices(pats, weights=pw)[0]
        p = {"pat": pat, "ex": {}}
        wh = {"burst": 0.2, "nightly": 0.3, "every_few": 0.25, "oneoff": 0.45, "session": 0.3, "daily_day": 0.1}[pat]
        x = r.random()
        if x < wh:
            ph = ""
        elif x < wh + 0.12:
            ph = ctx.landline(r)
        else:
            ph = ctx.mobile(r, virtual=r.random() < 0.08)
        p["phone"] = ph
        evs = []

        def dur():
            y = r.random()
            if pat == "burst":
                return _ln(r, 5, 0.6, 2, 60) if y < 0.85 else _ln(r, 30, 0.8, 5, 400)
            if y < 0.45:
                return _ln(r, 6, 0.5, 2, 20)
            if y < 0.8:
                return _ln(r, 22, 0.5, 8, 80)
            if y < 0.95:
                return _ln(r, 90, 0.6, 30, 400)
            return _ln(r, 360, 0.5, 120, 1200)

        if pat == "burst":
            t = ctx.t(r, "allday", "flat")
            n = r.randint(6, 40)
            for _ in range(n):
                evs.append(_ev(t, ph, "silent", "harassment", dur(), p))
                t = t + dt.timedelta(seconds=r.randint(30, 900))
            if r.random() < 0.3:  # a second burst another day
                t = ctx.t(r, "allday", "flat")
                for _ in range(r.randint(4, 20)):
                    evs.append(_ev(t, ph, "silent", "harassment", dur(), p))
                    t = t + dt.timedelta(seconds=r.randint(30, 900))
        elif pat == "nightly":
            d0 = r.randrange(ctx.nd)
            length = r.randint(7, 28)
            for di in range(d0, min(ctx.nd, d0 + length)):
                if r.random() < 0.15:
                    continue
                for _ in range(r.choice([1, 1, 2, 2, 3, 4])):
                    evs.append(_ev(ctx.at(r, di, "deepnight"), ph, "silent", "harassment", dur(), p))
        elif pat == "every_few":
            di = r.randrange(min(6, ctx.nd))
            prof = r.choice(["allday", "evening", "night"])
            while di < ctx.nd:
                for _ in range(r.choice([1, 1, 2, 3])):
                    evs.append(_ev(ctx.at(r, di, prof), ph, "silent", "harassment", dur(), p))
                di += r.randint(2, 5)
        elif pat == "oneoff":
            evs.append(
                _ev(ctx.t(r, r.choice(["night", "allday", "late"]), "flat"), ph, "silent", "harassment", dur(), p)
            )
        elif pat == "session":
            t = ctx.t(r, r.choice(["night", "allday", "late"]), "flat")
            for _ in range(r.randint(2, 4)):
                evs.append(_ev(t, ph, "silent", "harassment", dur(), p))
                t = t + dt.timedelta(seconds=r.randint(60, 2400))
        else:  # daily_day: same hour most days
            hh = r.choice([9, 10, 14, 15, 16])
            for di in range(ctx.nd):
                if r.random() < 0.5:
                    t = ctx.base + dt.timedelta(days=di, hours=hh, minutes=r.randrange(60), seconds=r.randrange(60))
                    evs.append(_ev(t, ph, "silent", "harassment", dur(), p))
        evs.sort(key=lambda e: e["t"])
        if ph and pat in ("nightly", "every_few", "daily_day") and r.random() < 0.6:
            ctx.restricted.append(ph)
        elif ph and pat == "burst" and r.random() < 0.3:
            ctx.restricted.append(ph)
        return evs

    return _series(ctx, r, cnt, caller)


# share of nuisance callers whose phone also makes genuine calls in the period
REUSE_GENUINE = {
    "child_play": 0.25,
    "drunk": 0.08,
    "music_radio": 0.3,
    "line_test": 0.15,
    "bet_dare": 0.1,
    "absurd_request": 0.05,
}


def _rep_caller(
    ctx,
    r,
    kind,
    hours,
    wk,
    durf,
    nrep,
    within_min,
    across_days,
    wh,
    land,
    p_extra=None,
    restrict_p=0.0,
    virt=0.0,
    out=0.0,
):
    p = {"ex": {}}
    if p_extra:
        p.update(p_extra(r))
    x = r.random()
    if x < wh:
        ph = ""
    elif x < wh + land:
        ph = ctx.landline(r)
    elif x < wh + land + out:
        ph = ctx.outland(r)
    else:
        ph = ctx.mobile(r, virtual=r.random() < virt)
    back = getattr(ctx, "consult_back", None)
    if ph and back and r.random() < REUSE_GENUINE.get(kind, 0.0):
        ph = r.choice(back)  # a household phone that also makes real calls
    n = nrep(r)
    evs = []
    t = ctx.t(r, hours, wk)
    for i in range(n):
        if i > 0:
            if r.random() < across_days:
                di = (t - ctx.base).days + r.randint(1, 6)
                if di >= ctx.nd:
                    break
                t = ctx.at(r, di, hours)
                if t <= evs[-1]["t"]:
                    t = evs[-1]["t"] + dt.timedelta(minutes=r.randint(5, within_min))
            else:
                t = t + dt.timedelta(seconds=r.randint(40, within_min * 60))
        evs.append(_ev(t, ph, kind, "harassment", durf(r), p))
    if ph and n >= 3 and r.random() < restrict_p:
        ctx.restricted.append(ph)
    return evs


def _mkrep(
    kind, hours, wk, med, sig, lo, hi, nw, within, across, wh, land, restrict_p=0.0, extra=None, virt=0.0, out=0.0
):
    vals, wts = nw

    def gen(ctx, cnt):
        r = ctx.rng(kind)
        return _series(
            ctx,
            r,
            cnt,
            lambda: _rep_caller(
                ctx,
                r,
                kind,
                hours,
                wk,
                lambda rr: _ln(rr, med, sig, lo, hi),
                lambda rr: rr.choices(vals, weights=wts)[0],
                within,
                across,
                wh,
                land,
                extra,
                restrict_p,
                virt,
                out,
            ),
        )

    return gen


g_abuse = _mkrep(
    "abuse_operator",
    "late",
    "weekend",
    35,
    0.8,
    4,
    300,
    ([1, 2, 3, 5, 8], [55, 20, 12, 8, 5]),
    30,
    0.4,
    0.15,
    0.08,
    0.5,
)
g_govc = _mkrep(
    "gov_contempt", "allday", "flat", 70, 0.7, 10, 600, ([1, 2, 3, 4], [65, 20, 10, 5]), 60, 0.6, 0.1, 0.15, 0.4
)
g_threat = _mkrep("threat", "late", "flat", 40, 0.7, 6, 300, ([1, 2, 3], [70, 20, 10]), 30, 0.5, 0.3, 0.05, 0.5)
g_chat = _mkrep(
    "night_chat",
    "deepnight",
    "flat",
    700,
    0.6,
    90,
    3600,
    ([1, 2, 4, 8, 14], [45, 20, 15, 12, 8]),
    120,
    0.85,
    0.08,
    0.25,
    0.6,
)
g_drunk = _mkrep(
    "drunk", "drunk", "weekend", 180, 0.8, 15, 1800, ([1, 2, 3, 5], [55, 25, 12, 8]), 40, 0.3, 0.1, 0.05, 0.4
)
g_flirt = _mkrep(
    "flirting", "late", "flat", 90, 0.7, 10, 900, ([1, 2, 4, 7, 12], [45, 22, 15, 10, 8]), 60, 0.6, 0.12, 0.03, 0.6
)
g_nons = _mkrep(
    "nonsense_story", "allday", "flat", 800, 0.6, 90, 3600, ([1, 2, 4, 8], [55, 20, 15, 10]), 120, 0.8, 0.05, 0.25, 0.5
)
g_absurd = _mkrep(
    "absurd_request", "allday", "leisure", 70, 0.6, 12, 400, ([1, 2, 3], [70, 20, 10]), 30, 0.4, 0.15, 0.1, 0.3
)
g_child = _mkrep(
    "child_play",
    "afterschool",
    "kids",
    14,
    0.7,
    2,
    120,
    ([1, 2, 3, 4, 6], [35, 25, 18, 12, 10]),
    30,
    0.1,
    0.03,
    0.2,
    0.0,
)
g_line = _mkrep("line_test", "allday", "flat", 9, 0.5, 3, 40, ([1, 1, 2], [60, 25, 15]), 10, 0.2, 0.15, 0.15, 0.0)
g_bet = _mkrep("bet_dare", "late", "weekend", 25, 0.6, 5, 150, ([1, 2, 3], [55, 30, 15]), 20, 0.1, 0.15, 0.0, 0.0)
g_tele = _mkrep(
    "telemarketing",
    "business",
    "work",
    55,
    0.5,
    15,
    240,
    ([1, 1, 2, 3], [50, 20, 20, 10]),
    60,
    0.9,
    0.05,
    0.15,
    0.0,
    out=0.35,
    virt=0.3,
)
g_music = _mkrep("music_radio", "allday", "flat", 45, 0.7, 8, 300, ([1, 1, 2], [60, 25, 15]), 20, 0.3, 0.2, 0.15, 0.0)


def g_nuis_simple(kind, base):
    return base


def g_prank(ctx, cnt):
    r = ctx.rng("prank_report")

    def ex(rr):
        a = rr.random() < 0.3
        d = {
            "absurd": a,
            "tellp": rr.choice([0.0, 0.3, 0.6, 0.9]),
            "sex": "M" if rr.random() < 0.7 else "F",
            "age": 0,
            "ex": {},
        }
        d["pr"] = rr.choice(PRANK_ABSURD if a else PRANK_SUBTLE)
        return d

    return _series(
        ctx,
        r,
        cnt,
        lambda: _rep_caller(
            ctx,
            r,
            "prank_report",
            r.choice(["late", "evening", "afterschool"]),
            "weekend",
            lambda rr: _ln(rr, 55, 0.6, 12, 300),
            lambda rr: rr.choices([1, 2, 3], weights=[65, 25, 10])[0],
            40,
            0.3,
            0.2,
            0.05,
            ex,
            0.3,
        ),
    )


def g_robo(ctx, cnt):
    r = ctx.rng("robocall")
    out = []
    while len(out) < cnt:
        # a campaign: several numbers in one number block over a few working days
        if r.random() < 0.5:
            a = r.choice(OTHER_AREAS)
            block = a[0] + str(r.randint(2, 8)) + "%0*d" % (a[1] - 4, r.randrange(10 ** (a[1] - 4)))
        else:
            block = r.choice(VIRT_PREFIX) + "%05d" % r.randrange(100000)
        polite = r.random() < 0.35
        d0 = ctx.day(r, "work")
        nnum = r.randint(2, 10)
        for _ in range(nnum):
            ph = block + "%03d" % r.randrange(1000)
            if ph in ctx.used:
                continue
            ctx.used.add(ph)
            if r.random() < 0.1:
                ph = ""
            p = {"polite": polite, "ex": {}}
            for _k in range(r.choice([1, 1, 1, 2, 3])):
                di = min(ctx.nd - 1, d0 + r.randint(0, 4))
                if ctx.dates[di].weekday() >= 5 and r.random() < 0.85:
                    di = ctx.day(r, "work")
                t = ctx.t(r, "business", "work", di)
                out.append(_ev(t, ph, "robocall", "harassment", _ln(r, 24, 0.4, 6, 75), p))
            if ph and r.random() < 0.12:
                ctx.restricted.append(ph)
    return out[:cnt]


def g_fax(ctx, cnt):
    r = ctx.rng("fax_tone")
    out = []
    while len(out) < cnt:
        ph = ctx.landline(r) if r.random() < 0.75 else ctx.outland(r)
        p = {"ex": {}}
        for _d in range(r.choice([1, 1, 2, 3])):
            di = ctx.day(r, "work")
            t = ctx.t(r, "business", "work", di)
            for _k in range(r.randint(2, 10)):
                out.append(_ev(t, ph, "fax_tone", "harassment", _ln(r, 12, 0.5, 3, 45), p))
                t = t + dt.timedelta(seconds=r.randint(60, 600))
        if r.random() < 0.3:
            ctx.restricted.append(ph)
    return [e for e in out if ctx.ok(e["t"])][:cnt]


def g_vex(ctx, cnt):
    r = ctx.rng("vexatious_repeat")

    def caller():
        vt = r.choice(["badge", "old", "old", "nothing", "leader"])
        p = {"vt": vt, "m": r.choice(VEX_M), "ex": {}}
        ph = ctx.mobile(r) if r.random() < 0.8 else ctx.landline(r)
        prof = r.choice(["allday", "office", "late", "evening"])
        d0 = r.randrange(max(1, ctx.nd // 2))
        d1 = min(ctx.nd, d0 + r.randint(min(6, ctx.nd), max(6, ctx.nd * 2 // 3)))
        per = r.randint(3, 15)
        evs = []
        for di in range(d0, d1):
            if r.random() < 0.15:
                continue
            k = max(1, int(per * r.uniform(0.3, 1.6)))
            t = ctx.at(r, di, prof)
            for _ in range(k):
                dur = _ln(r, 20, 0.9, 2, 400) if vt != "old" else _ln(r, 80, 0.7, 10, 900)
                evs.append(_ev(t, ph, "vexatious_repeat", "harassment", dur, p))
                t = t + dt.timedelta(seconds=r.randint(60, 3600))
        if r.random() < 0.85:
            ctx.restricted.append(ph)
        return evs

    return _series(ctx, r, cnt, caller)


GEN = {
    "complaint": g_complaint,
    "outage_surge": g_surge,
    "consultation": g_consult,
    "followup": g_followup,
    "urgent_help": g_urgent,
    "suggestion": g_suggest,
    "praise": g_praise,
    "angry_with_matter": g_angry,
    "reported_insult": g_insult,
    "elderly_matter": g_elderly,
    "distress": g_distress,
    "dropped_call": g_dropped,
    "bad_line": g_badline,
    "misdial": g_misdial,
    "petitioner": g_petition,
    "night_worker": g_nightwork,
    "silent": g_silent,
    "abuse_operator": g_abuse,
    "gov_contempt": g_govc,
    "threat": g_threat,
    "night_chat": g_chat,
    "drunk": g_drunk,
    "flirting": g_flirt,
    "prank_report": g_prank,
    "nonsense_story": g_nons,
    "absurd_request": g_absurd,
    "child_play": g_child,
    "line_test": g_line,
    "bet_dare": g_bet,
    "robocall": g_robo,
    "fax_tone": g_fax,
    "music_radio": g_music,
    "telemarketing": g_tele,
    "vexatious_repeat": g_vex,
}


# =====================================================================
# 10. Main entry
# =====================================================================


def _shift(h):
    if 8 <= h < 16:
        return "day"
    if 16 <= h < 24:
        return "evening"
    return "night"


def _on_duty(date, shift):
    lst = [o for o in OPS if o.shift == shift and ((date.toordinal() + o.off) % o.cyc) < o.on]
    if not lst:
        lst = [o for o in OPS if o.shift == shift][:1]
    return lst


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    ctx = _Ctx(seed, start, days)
    ctx.petitioners = []
    n_h = int(round(n_target * harassment_share))
    n_g = n_target - n_h
    events = []
    dropped = []
    gal = _alloc(n_g, G_SHARES)
    cb_n = 0
    for k, c in gal:
        if k == "callback":
            cb_n = c
            continue
        evs = GEN[k](ctx, c)
        if k == "dropped_call":
            dropped = evs
        events.extend(evs)
    events.extend(g_callback(ctx, cb_n, dropped))
    for k, c in _alloc(n_h, H_SHARES):
        events.extend(GEN[k](ctx, c))

    events.sort(key=lambda e: e["t"])

    # operator assignment + rendering in time order, with per-number history the system shows
    r = ctx.rng("render")
    today = {}
    total = {}
    duty_cache = {}
    rows = []
    for e in events:
        t = e["t"]
        ph = e["phone"]
        if ph:
            dk = (ph, t.date())
            today[dk] = today.get(dk, 0) + 1
            total[ph] = total.get(ph, 0) + 1
            e["nth_today"] = today[dk]
            e["nth_total"] = total[ph]
        else:
            e["nth_today"] = 1
            e["nth_total"] = 1
        sh = _shift(t.hour)
        key = (t.date(), sh)
        if key not in duty_cache:
            duty_cache[key] = _on_duty(t.date(), sh)
        op = r.choice(duty_cache[key])
        txt = BUILD[e["kind"]](r, op, e)
        txt = _finish(r, op, txt)
        rows.append(
            {
                "received_at": t,
                "caller_phone": ph,
                "content": txt,
                "call_seconds": int(e["secs"]),
                "label": e["label"],
                "kind": e["kind"],
            }
        )

    # restricted-number register
    rr = ctx.rng("register")
    reg = []
    for ph in ctx.restricted:
        if ph and ph not in reg:
            reg.append(ph)
    pets = []
    for ph in ctx.petitioners:
        if ph and ph not in pets:
            pets.append(ph)
    for ph in pets:
        if rr.random() < 0.34 and ph not in reg:
            reg.append(ph)
    n_stale = max(5, int(len(reg) * 0.35))
    for _ in range(n_stale):
        x = rr.random()
        if x < 0.7:
            reg.append(ctx.mobile(rr))
        elif x < 0.95:
            reg.append(ctx.landline(rr))
        else:
            reg.append(ctx.outland(rr))
    return rows, set(reg)


if __name__ == "__main__":
    import time

    t0 = time.time()
    rows, reg = calls(50000, seed=2)
    print(len(rows), len(reg), "%.1fs" % (time.time() - t0))
