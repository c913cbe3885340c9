"""Labelled synthetic work orders of a county 12345 government service hotline.

Setting
-------
青渠县 (Qingqu County) is a FICTIONAL county in the Yellow River irrigation
zone of Ningxia (宁夏引黄灌区), imagined under 吴忠市, landline area code 0953
(local numbers 0953 + 7 digits).  The county seat is 青渠镇 (streets 渠畔路,
富民街, 鼓楼东/西街, 滨河大道, 文昌路, 枣园路 ...; compounds 金水湾小区,
渠畔花园, 御景苑, 粮食局家属院 ...).  Rural towns: 渠口镇, 唐坝镇, 五里墩镇,
高闸镇, 新桥镇, 红柳滩乡 (with an ecological-migrant village), 马家湖乡,
黄沙湾乡, 枣园乡, each with invented villages split into 队 (village groups).
Economy: irrigated wheat, rice and maize, 枸杞 (goji) orchards, wine grapes,
greenhouse vegetables, 滩羊 and dairy farms, and 青渠工业园区 (ferro-alloy,
calcium-carbide, activated-carbon plants).  Canals: 青渠干渠, 东干渠, 惠民支渠,
五支渠, 七斗渠 ...; water is rotated between villages (轮灌) and quarrels over
it peak in the summer irrigation round (夏灌).  June brings the 高考 (7-9
June, noise rules), wheat harvest and harvester prices (late June), the first
goji picking and its pickers' wages, heat, 停电, night barbecue stalls,
children swimming in canals, mosquitoes and the 夏季作息 office hours.
Callers' quotes carry Ningxia/northwest dialect (咋, 啥, 谝闲传, 颇烦, 瓜怂,
哈怂, 羞先人, 挨球, 尕娃, 夜来, 黑了 ...).

Call-takers: a roster of 16 operators on day (08-16), evening (16-24) and
night (00-08) shifts, five days on / two off.  Each has a writing style
(formal 来电人反映…诉求…, plain, terse with abbreviations and blanks, chatty
with own remarks), a typo rate (homophone slips such as 反应/以/在/帐), a
punctuation habit (full-width, half-width, spaces, mixed), a bracket and quote
style, favourite notes and favourite wordings for silent calls.  All that a
call reveals comes through the typed content, the time, the duration and the
number.

Interface
---------
    calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1),
          harassment_share=0.05, seed=1) -> (rows, restricted)

rows: list of dicts sorted by received_at, exactly n_target of them:
    received_at   naive datetime in [start, start + days)
    caller_phone  11-digit mobile, landline with area code (digits only), or ""
    content       what the operator typed (Chinese; may be "")
    call_seconds  int
    label         "harassment" | "genuine"
    kind          short English call-type name (below)
restricted: set of phone numbers on the office's restricted-number register
    before the period: most persistent nuisance numbers that call in the
    period, a few older one-off nuisance numbers, about a third of the genuine
    persistent petitioners (real grievances, NOT harassment), a few recycled
    numbers now used by ordinary genuine callers, and stale numbers that never
    call in the period.
Deterministic for a given seed (one random.Random; no set/hash-order choices).

Kinds and their shares
----------------------
harassment (harassment_share of all rows; shares below are of the harassment rows)
    silent            27.5%  nobody speaks; 2 s .. minutes; bursts, nightly, every few days, one-offs; often withheld
    abuse_operator     9.0%  insults/contempt/sarcasm at the call-taker, no matter (swearing, dialect, clean)
    vent_government    6.0%  venting contempt at the government, no matter
    threat             2.0%  threats at operator/office with no real matter
    lonely_chat        7.0%  sleepless/lonely night chatting, no matter
    drunk              5.0%  drunk callers, mostly late, Fri/Sat
    flirt              5.0%  flirting, personal questions, lewd talk
    prank_report       5.0%  made-up reports told like real ones (about half with no visible hint)
    nonsense_story     3.0%  long rambling stories, no matter
    absurd_request     4.0%  absurd demands (find me a wife, cool the weather ...)
    child_play         5.0%  children playing with the phone, bursts after school / weekends
    line_test          2.0%  "testing if it connects"
    bet_dare           1.5%  bets, dares, truth-or-dare
    robocall           4.0%  recorded adverts / AI outbound calls (some polite, read like a person)
    fax_tone           1.5%  fax machines dialling (retries)
    music_radio        1.5%  only music, radio, opera, TV
    telemarketer       3.0%  salespeople selling to the hotline
    vexatious_repeat   8.0%  a few callers, many calls a day over many days, long-answered matter or nothing
genuine (the rest; shares below are of the genuine rows)
    complaint         32.5%  complaints/reports on ~50 county topics, seasonal by month/date, night-noise ones at night
    consultation      25.0%  policy/office/phone questions, a third as one line ("医保局电话", a number)
    followup           8.0%  reminders on an earlier order, often quoting its number, repeated over days, some at night
    surge_report       4.0%  bursts from events: water/power/gas cuts, storm, night odour, irrigation cut; some repeat
    urgent_help        3.0%  canal breach, lost elder, trapped in lift, gas smell, drowning ...
    suggestion         2.0%
    praise             1.5%
    angry_with_matter  3.0%  angry callers who curse/insult but have a real matter
    quoted_insult      1.5%  caller reports what someone said to them (quoted, often without 骂)
    elderly_matter     3.0%  old, confused or lonely callers with a matter; some repeat, some at night
    distress           0.5%  callers in crisis (self-harm thoughts, domestic violence, debt collectors)
    dropped_call       4.0%  line drops, written much like silent calls
    callback           2.0%  same number minutes after a drop, with the real matter
    bad_line           1.5%  operator could not understand (noise, signal, heavy dialect)
    misdial            3.0%  wanted 110/120/95598/10086/a company/a relative
    petitioner         3.5%  persistent petitioners with old grievances, every 1-4 days, some several a day
    night_worker       2.0%  delivery riders, drivers, night-shift workers with real matters at night
"""

import datetime as dt
import math
import random
import re

__all__ = ["calls", "HARASSMENT_SHARES", "GENUINE_SHARES"]

HARASSMENT_SHARES = [
    ("silent", 0.275),
    ("abuse_operator", 0.09),
    ("vent_government", 0.06),
    ("threat", 0.02),
    ("lonely_chat", 0.07),
    ("drunk", 0.05),
    ("flirt", 0.05),
    ("prank_report", 0.05),
    ("nonsense_story", 0.03),
    ("absurd_request", 0.04),
    ("child_play", 0.05),
    ("line_test", 0.02),
    ("bet_dare", 0.015),
    ("robocall", 0.04),
    ("fax_tone", 0.015),
    ("music_radio", 0.015),
    ("telemarketer", 0.03),
    ("vexatious_repeat", 0.08),
]
GENUINE_SHARES = [
    ("complaint", 0.325),
    ("consultation", 0.25),
    ("followup", 0.08),
    ("surge_report", 0.04),
    ("urgent_help", 0.03),
    ("suggestion", 0.02),
    ("praise", 0.015),
    ("angry_with_matter", 0.03),
    ("quoted_insult", 0.015),
    ("elderly_matter", 0.03),
    ("distress", 0.005),
    ("dropped_call", 0.04),
    ("callback", 0.02),
    ("bad_line", 0.015),
    ("misdial", 0.03),
    ("petitioner", 0.035),
    ("night_worker", 0.02),
]

AREA = "0953"

# ---------------------------------------------------------------- places ---
TOWN_VILLAGES = [
    ("青渠镇", ["东关村", "西滩村", "城南村", "河湾村", "新庄村"]),
    ("渠口镇", ["渠口村", "王家湾村", "上闸村", "下闸村", "杨家庄村", "马莲渠村"]),
    ("唐坝镇", ["唐坝村", "李桥村", "红旗村", "五一村", "苏家寨村"]),
    ("五里墩镇", ["五里墩村", "高庄村", "新建村", "沙窝村", "团结村"]),
    ("高闸镇", ["高闸村", "丁家湖村", "海子村", "八里桥村"]),
    ("新桥镇", ["新桥村", "金星村", "塔湾村", "前进村", "锁家庄村"]),
    ("红柳滩乡", ["红柳滩村", "沙湾村", "碱滩村", "白马村", "幸福移民村"]),
    ("马家湖乡", ["马家湖村", "周家庄村", "清水沟村", "长渠村"]),
    ("黄沙湾乡", ["黄沙湾村", "黑山村", "南梁村", "田家台村"]),
    ("枣园乡", ["枣园村", "宋家堡村", "三道渠村", "河东村"]),
]
TOWNS = [t for t, _ in TOWN_VILLAGES]
RURAL_TOWNS = TOWNS[1:]
VILL = dict(TOWN_VILLAGES)
DUI = ["一队", "二队", "三队", "四队", "五队", "六队", "七队", "八队", "九队"]
STREETS = [
    "渠畔路",
    "富民街",
    "鼓楼西街",
    "鼓楼东街",
    "滨河大道",
    "文昌路",
    "枣园路",
    "团结路",
    "利民街",
    "长渠路",
    "新华路",
    "迎宾大道",
    "育才巷",
    "东环路",
    "西门巷",
]
XQ = [
    "金水湾小区",
    "渠畔花园",
    "御景苑",
    "阳光丽景",
    "富民家园",
    "康居小区",
    "锦绣华庭",
    "塞上名苑",
    "滨河尚城",
    "枸杞园小区",
    "东关新村",
    "县医院家属院",
    "粮食局家属院",
    "教育小区",
    "河畔人家",
    "桂园小区",
    "幸福里小区",
    "水务局家属楼",
    "盛世嘉园",
    "文昌雅居",
]
COMMS = ["东关社区", "西关社区", "南门社区", "团结社区", "渠畔社区", "枣园社区", "文昌社区", "鼓楼社区"]
CANALS = ["青渠干渠", "东干渠", "惠民支渠", "五支渠", "七斗渠", "西干渠", "三支渠", "第二排水沟"]
PARKS = ["渠畔公园", "文化广场", "人民广场", "黄河湿地公园", "鼓楼广场"]
MARKETS = ["东关农贸市场", "新桥集市", "五里墩牛羊交易市场", "鼓楼菜市场", "枣园路早市"]
SCHOOLS = [
    "县第一中学",
    "县第二中学",
    "县回民中学",
    "县第三小学",
    "文昌小学",
    "渠口镇中心小学",
    "唐坝镇中学",
    "县实验幼儿园",
    "县职业中学",
]
HOSPS = ["县人民医院", "县中医医院", "县妇幼保健院", "渠口镇卫生院", "唐坝镇卫生院", "五里墩镇卫生院"]
ROADS = ["县道X215", "省道S203", "青渠至唐坝公路", "渠口至五里墩公路", "滨河大道", "工业园区大道", "沿渠路"]
COMPANIES = [
    "鑫源铁合金有限公司",
    "宏达电石厂",
    "塞北活性炭厂",
    "绿源乳业牧场",
    "红宝枸杞合作社",
    "滩羊肉食品公司",
    "青渠建工集团",
    "恒通物流园",
    "金穗米业",
    "黄河葡萄酒庄",
    "利民建材厂",
    "天鑫光伏电站",
    "盛源商砼站",
]
CROPS = ["小麦", "玉米", "水稻", "枸杞", "葡萄", "大棚番茄", "辣椒", "西瓜"]
SURNAMES = [
    "马",
    "王",
    "李",
    "张",
    "杨",
    "刘",
    "丁",
    "海",
    "纳",
    "锁",
    "田",
    "何",
    "苏",
    "白",
    "金",
    "周",
    "赵",
    "陈",
    "郭",
    "沙",
    "冯",
    "魏",
    "蒋",
    "黑",
    "虎",
]
JOBS = ["钢筋工", "小工", "电焊", "瓦工", "保洁", "保安", "装卸", "木工"]

DEPT_PHONES = [
    ("县医保局", "0953-5026318"),
    ("县人社局", "0953-5021472"),
    ("县住建局", "0953-5023390"),
    ("县综合执法局", "0953-5030112"),
    ("县市场监管局", "0953-5027715"),
    ("县自然资源局", "0953-5022861"),
    ("县水务局", "0953-5024406"),
    ("县农业农村局", "0953-5025530"),
    ("县交通运输局", "0953-5021689"),
    ("县教育体育局", "0953-5022205"),
    ("县卫健局", "0953-5023871"),
    ("县民政局", "0953-5021139"),
    ("生态环境局青渠分局", "0953-5028840"),
    ("县公安局", "0953-5020110"),
    ("交警大队", "0953-5020122"),
    ("县供电公司", "95598"),
    ("县城市供水公司", "0953-5036677"),
    ("县燃气公司", "0953-5039966"),
    ("县政务服务中心", "0953-5012345"),
    ("县退役军人事务局", "0953-5026650"),
    ("县残联", "0953-5024117"),
    ("住房公积金青渠管理部", "0953-5027012"),
    ("县司法局", "0953-5022148"),
    ("不动产登记中心", "0953-5029205"),
    ("县疾控中心", "0953-5025120"),
    ("县信访局", "0953-5021860"),
    ("工业园区管委会", "0953-5061001"),
    ("青渠灌溉管理所", "0953-5044218"),
    ("县税务局", "0953-5023366"),
    ("县车管所", "0953-5020133"),
]
DEPTS = [d for d, _ in DEPT_PHONES]
DEPT_PHONE = dict(DEPT_PHONES)

# ----------------------------------------------------------------- slots ---
_SLOT_RE = re.compile(r"\{([a-z_]+)(\d?)\}")


def _s_town(r, c):
    return r.choice(TOWNS)


def _s_rtown(r, c):
    if c.get("town") in VILL and c["town"] != TOWNS[0]:
        return c["town"]
    v = r.choice(RURAL_TOWNS)
    c.setdefault("town", v)
    return v


def _s_village(r, c):
    if "town" not in c:
        c["town"] = r.choice(RURAL_TOWNS)
    return r.choice(VILL[c["town"]])


def _s_tv(r, c):
    if "town" not in c:
        c["town"] = r.choice(RURAL_TOWNS)
    if "village" not in c:
        c["village"] = r.choice(VILL[c["town"]])
    if r.random() < 0.25:
        return c["village"]
    return c["town"] + c["village"]


def _s_date_past(r, c):
    t = c.get("_t") or dt.datetime(2025, 6, 15)
    d = t - dt.timedelta(days=r.randint(2, 35))
    return "%d月%d日" % (d.month, d.day)


def _s_ord(r, c):
    t = c.get("_t") or dt.datetime(2025, 6, 15)
    d = t - dt.timedelta(days=r.randint(2, 40))
    return "%04d%02d%02d%05d" % (d.year, d.month, d.day, r.randint(3, 1900))


def _s_shop(r, c):
    return (
        r.choice(["“%s记烧烤”", "%s家手抓羊肉馆", "%s氏牛肉面", "“%s姐麻辣烫”", "%s家羊杂碎"]) % r.choice(SURNAMES)
        if r.random() < 0.5
        else r.choice(
            [
                "惠民超市",
                "万家福超市",
                "鸿运烟酒店",
                "顺发五金店",
                "老城烤肉",
                "渠畔大排档",
                "喜来乐KTV",
                "佳佳便利店",
                "天天鲜水果店",
            ]
        )
    )


def _s_person(r, c):
    return r.choice(SURNAMES) + r.choice(["某", "某某", "某", "师傅", "姓男子", "姓女子"])


SLOTS = {
    "town": _s_town,
    "rtown": _s_rtown,
    "village": _s_village,
    "tv": _s_tv,
    "dui": lambda r, c: r.choice(DUI),
    "xq": lambda r, c: r.choice(XQ),
    "bld": lambda r, c: "%d号楼" % r.randint(1, 18),
    "unit": lambda r, c: "%d单元" % r.randint(1, 4),
    "street": lambda r, c: r.choice(STREETS),
    "comm": lambda r, c: r.choice(COMMS),
    "canal": lambda r, c: r.choice(CANALS),
    "park": lambda r, c: r.choice(PARKS),
    "market": lambda r, c: r.choice(MARKETS),
    "school": lambda r, c: r.choice(SCHOOLS),
    "hosp": lambda r, c: r.choice(HOSPS),
    "road": lambda r, c: r.choice(ROADS),
    "company": lambda r, c: r.choice(COMPANIES),
    "crop": lambda r, c: r.choice(CROPS),
    "surname": lambda r, c: r.choice(SURNAMES),
    "person": _s_person,
    "shop": _s_shop,
    "job": lambda r, c: r.choice(JOBS),
    "dept": lambda r, c: r.choice(DEPTS),
    "n": lambda r, c: str(r.randint(2, 9)),
    "cn": lambda r, c: r.choice(["两", "三", "四", "五", "六", "七", "八"]),
    "nn": lambda r, c: str(r.randint(10, 60)),
    "money": lambda r, c: r.choice(
        [
            "2800元",
            "3500元",
            "4600元",
            "6000多元",
            "1.2万元",
            "2万多元",
            "8000元",
            "1.5万元",
            "9200元",
            "3万元",
            "五千多",
            "七千块",
        ]
    ),
    "days": lambda r, c: r.choice(
        ["两三天", "三四天", "一个星期", "一个多星期", "十来天", "半个月", "快一个月", "好几天"]
    ),
    "years": lambda r, c: r.choice(["两年", "三年多", "四年", "五年", "快六年"]),
    "price": lambda r, c: r.choice(["一块五", "一块二", "两块", "一块八"]),
    "date_past": _s_date_past,
    "ord": _s_ord,
    "rnum": lambda r, c: str(r.randint(1, 12)),
}


def _slot(r, name, idx, c):
    key = name + idx
    if key in c:
        return c[key]
    f = SLOTS.get(name)
    if f is None:
        return "{" + key + "}"
    if idx:
        sub = {k: v for k, v in c.items() if k.startswith("_")}
        v = f(r, sub)
        base = c.get(name)
        tries = 0
        while base is not None and v == base and tries < 5:
            v = f(r, sub)
            tries += 1
    else:
        v = f(r, c)
    c[key] = v
    return v


def fill(r, tpl, c):
    if "{" not in tpl:
        return tpl
    return _SLOT_RE.sub(lambda mo: _slot(r, mo.group(1), mo.group(2), c), tpl)


# ---------------------------------------------------------------- topics ---
def T(w, dept, issue, demand, short, detail=("",), months=None, md=None, hours=None, quote=()):
    return dict(
        w=w,
        dept=dept,
        issue=issue,
        demand=demand,
        short=short,
        detail=detail,
        months=months,
        md=md,
        hours=hours,
        quote=quote,
    )


SUMMER = (5, 6, 7, 8, 9)
COMPLAINTS = [
    T(
        5,
        "县综合执法局",
        [
            "{xq}楼下的烧烤店每天晚上营业到凌晨一两点，划拳喝酒声音特别大",
            "{street}夜市摊点晚上音响开得很大，吵得周边居民没法休息",
            "{street}{shop}把桌子摆到人行道上，油烟直冲楼上，晚上吵到后半夜",
            "{xq}门口的大排档晚上一直有人喝酒喧哗，还有人在楼下吵架",
        ],
        ["相关部门规范夜间经营", "城管部门晚上去查一下", "尽快处理烧烤扰民问题", "有关部门管一管"],
        ["{xq}楼下烧烤夜间扰民", "{street}夜市噪音", "{street}烧烤油烟噪音", "{xq}大排档扰民"],
        detail=[
            "家里有老人孩子，连着好几天没睡好",
            "之前给社区说过没有用",
            "窗户关上都能听见",
            "油烟把窗户都熏黑了",
            "",
            "打过110，来了以后停一会儿又开始了",
        ],
        months=SUMMER,
        hours="night",
        quote=["一晚上划拳划到两点，人咋睡呢", "吵得人心里颇烦得很", "天天这样，人都快熬死了"],
    ),
    T(
        3,
        "县综合执法局",
        [
            "{park}每天晚上跳广场舞的音响声音太大，一直放到十点多",
            "{xq}小区广场早上六点不到就有人放音乐跳舞",
            "{park}有几伙人同时放音响跳舞，互相比着声音大",
        ],
        ["相关部门规定音量和时间", "管理一下广场舞音量", "社区协调一下时间"],
        ["{park}广场舞噪音", "{xq}早上跳舞扰民", "广场舞音响太大"],
        detail=["孩子要考试没法学习", "上夜班的人白天晚上都睡不好", ""],
        months=(4, 5, 6, 7, 8, 9, 10),
    ),
    T(
        4,
        "县住建局",
        [
            "{street}一处工地晚上十点以后还在施工打桩",
            "{xq}旁边的工地夜间浇筑混凝土，罐车来回跑，噪音很大",
            "{xq}二期工地凌晨还在用电锯切割",
        ],
        ["住建部门查处夜间违规施工", "工地晚上停止施工", "相关部门督促工地按时停工"],
        ["{street}工地夜间施工", "{xq}工地夜间噪音", "夜间施工扰民 {xq}"],
        detail=["没看到有夜间施工许可公示", "已经持续{days}了", "", "找过项目部，人家说赶工期"],
        months=(3, 4, 5, 6, 7, 8, 9, 10, 11),
        hours="night",
    ),
    T(
        6,
        "县教育体育局",
        [
            "孩子马上要高考，{xq}有住户这几天一直在装修砸墙",
            "{school}考点附近{street}有商户用大喇叭放音乐促销，影响考生",
            "{xq}楼下有人半夜喝酒吵闹，家里孩子明天要参加高考",
        ],
        ["高考期间相关部门管控噪音", "尽快派人处理，别影响孩子考试", "执法部门马上去制止"],
        ["高考期间{xq}装修噪音", "考点附近喇叭噪音", "高考前夜{xq}喧哗"],
        detail=["孩子这几天都没睡好", "跟对方说了也不听", ""],
        md=((6, 3), (6, 10)),
    ),
    T(
        3,
        "县住建局",
        ["{xq}{bld}有住户装修，中午和晚上也在用电钻砸墙", "{xq}{bld}{unit}楼上装修天天早上七点就开始敲，周末也不停"],
        ["物业和社区督促按规定时间施工", "相关部门协调装修时间"],
        ["{xq}装修噪音", "{bld}装修扰民"],
        detail=["物业说管不了", "", "家里有刚出生的孩子"],
    ),
    T(
        2,
        "县综合执法局",
        [
            "{xq}{bld}楼下商铺的空调外机正对着住户窗户，噪音大还往下滴水",
            "{street}一家饭馆的排风扇对着居民楼，噪音和油烟都很大",
        ],
        ["相关部门协调移位", "督促商户整改"],
        ["{xq}空调外机噪音", "{street}饭馆排风扇扰民"],
        months=(6, 7, 8),
    ),
    T(
        2,
        "县综合执法局",
        ["{street}几家手机店门口放大喇叭促销，声音刺耳", "{market}门口有人用喇叭循环叫卖"],
        ["城管部门管理", "停止使用高音喇叭"],
        ["{street}商户喇叭噪音", "{market}叫卖噪音"],
    ),
    T(
        2,
        "县公安局",
        ["{xq}{bld}有住户养了两条大狗，不拴绳，晚上一直叫", "{xq}有人遛狗不牵绳，狗扑咬小孩"],
        ["相关部门规范养犬", "公安和社区处理一下"],
        ["{xq}养犬扰民", "{xq}遛狗不拴绳"],
        hours="night",
    ),
    T(
        5,
        "生态环境局青渠分局",
        [
            "青渠工业园区方向晚上经常飘过来刺鼻的气味，像烧橡胶一样",
            "{company}晚上偷偷排放黄烟，{tv}一带味道很大",
            "{company}的烟囱半夜冒黑烟，白天就不冒了",
        ],
        ["环保部门夜间检查", "查处偷排行为", "环保局派人来监测一下"],
        ["园区夜间异味", "{company}偷排", "{company}夜间冒黑烟"],
        detail=["晚上根本不敢开窗户", "嗓子都是疼的", "已经反映过好几回了", ""],
        hours="night",
        quote=["一到黑了就是那个味道，呛得人咳嗽", "半夜熏得人睡不着"],
    ),
    T(
        2,
        "生态环境局青渠分局",
        ["{company}粉尘很大，{tv}村民院子里、枸杞叶子上落了一层黑灰", "{company}料场不苫盖，一刮风黑灰满天飞"],
        ["环保部门检查整改", "督促企业治理粉尘"],
        ["{tv}粉尘污染", "{company}料场扬尘"],
        quote=["枸杞上一层灰，收购的人都不要"],
    ),
    T(
        3,
        "县农业农村局",
        [
            "{tv}附近的养牛场粪污乱堆，天一热臭味熏得人没法开窗",
            "{tv}有养殖户把羊粪堆在渠边，下雨后流进渠里",
            "{tv}的养殖场把污水直接排进{canal}",
        ],
        ["相关部门督促养殖场整改", "查处乱排粪污", "农业部门管一管"],
        ["{tv}养殖场臭味", "{tv}粪污乱堆", "{canal}养殖污水"],
        months=(4, 5, 6, 7, 8, 9),
        quote=["臭得连饭都吃不下去"],
    ),
    T(
        4,
        "县综合执法局",
        [
            "{xq}门口的垃圾箱{days}没人清运了，天热发臭招苍蝇",
            "{tv}村口的垃圾点没人清理，堆得跟小山一样",
            "{street}背街巷子里有人乱倒建筑垃圾",
        ],
        ["尽快清运垃圾", "镇上派人来拉走", "城管部门查处乱倒行为"],
        ["{xq}垃圾未清运", "{tv}垃圾堆积", "{street}乱倒建筑垃圾"],
        detail=["", "苍蝇蚊子多得很"],
    ),
    T(
        3,
        "县住建局",
        [
            "{street}路边的污水井往外冒污水，臭味很大",
            "{xq}{bld}化粪池堵了，污水流到单元门口",
            "{xq}下水道返水，一楼住户家里都进了污水",
        ],
        ["尽快疏通", "相关部门派人维修"],
        ["{street}污水外溢", "{xq}化粪池堵塞", "{xq}下水道返水"],
    ),
    T(
        3,
        "{rtown}政府",
        ["{tv}有人在地里烧麦茬，烟很大，路上车都看不清", "{tv}地头有人焚烧秸秆和垃圾"],
        ["镇上派人制止", "相关部门查处焚烧"],
        ["{tv}焚烧麦茬", "{tv}焚烧秸秆"],
        md=((6, 15), (7, 25)),
        hours=None,
    ),
    T(
        2,
        "{rtown}政府",
        ["{tv}旁边的排水沟长期不清理，水发臭，蚊子苍蝇特别多", "{xq}地下室常年积水，蚊子多得很"],
        ["清理排水沟并消杀", "物业和社区组织消杀"],
        ["{tv}排水沟发臭蚊虫多", "{xq}地下室积水蚊子多"],
        months=(6, 7, 8, 9),
    ),
    T(
        7,
        "县水务局",
        [
            "{tv}这一轮夏灌轮到他们{dui}了，{canal}到现在还不放水，{crop}地干得裂口子",
            "{tv}上游的人把{canal}的水截了，下游{dui}的地浇不上",
            "{tv}斗渠管水员先给关系户放水，他家的地排不上号",
        ],
        ["水务部门协调放水", "灌溉管理所尽快安排", "相关部门公平分水", "派人来看一下"],
        ["{tv}夏灌不放水", "{canal}截水 下游浇不上", "{tv}管水员分水不公"],
        detail=["再不浇水今年就减产了", "找村上说等着，等了{days}", "", "已经跟管水员吵过架了"],
        months=(4, 5, 6, 7, 8),
        quote=["麦子正灌浆呢，再不浇就瞎了", "水都叫上头截走了，我们下头的干等着", "一家老小就指望这几亩地"],
    ),
    T(
        3,
        "县水务局",
        [
            "{canal}{tv}段渠堤漏水，水把他家{crop}地淹了",
            "{tv}灌溉水费收得比去年高，也没有公示",
            "{tv}上游浇地跑水，把下边几户的院子都淹了",
        ],
        ["水务部门派人查看并维修渠堤", "公示水费标准", "水务部门派人查看，赔偿损失"],
        ["{canal}渗漏淹地", "{tv}水费高未公示", "{tv}浇地跑水淹院子"],
        months=(4, 5, 6, 7, 8, 10, 11),
        quote=["地里的苗子都泡黄了", "说了多少回了没人来看"],
    ),
    T(
        2,
        "县水务局",
        ["{tv}的农渠几年没清淤，水过不来", "{tv}的{canal}支斗渠闸门坏了，关不住水"],
        ["安排清淤维修", "尽快修闸门"],
        ["{tv}渠道淤积", "{tv}闸门损坏"],
        months=(3, 4, 5, 6, 7),
    ),
    T(
        2,
        "县市场监管局",
        ["在{rtown}一家农资店买的化肥是假的，施了以后{crop}没啥效果", "在{market}买的农药打了以后{crop}叶子全黄了"],
        ["查处假农资并赔偿损失", "相关部门鉴定"],
        ["{rtown}假化肥", "假农药致{crop}受损"],
        months=(3, 4, 5, 6),
    ),
    T(
        5,
        "县人社局",
        [
            "在{tv}的枸杞园摘枸杞，老板按斤算工钱，干了{days}不给结账",
            "在{company}的枸杞基地打工，说好的每斤{price}，结账时老板压价",
            "和同村{n}个人在{tv}摘枸杞，老板说等卖了货再给钱",
        ],
        ["人社部门帮忙讨要工钱", "尽快结清工资", "相关部门协调"],
        ["枸杞采摘工资拖欠", "{company}压价克扣工钱", "{tv}摘枸杞不结账"],
        md=((6, 8), (9, 30)),
        quote=["我们一天摘十几个小时，挣的都是血汗钱"],
    ),
    T(
        2,
        "县农业农村局",
        ["{rtown}的联合收割机收麦子每亩要价比去年高很多，还割不干净", "外地来的收割机在{tv}乱收费，割完加价"],
        ["农机部门规范收费", "相关部门查处乱收费"],
        ["{rtown}收割机乱收费", "收割机割完加价"],
        md=((6, 14), (7, 15)),
    ),
    T(
        3,
        "{rtown}政府",
        ["{tv}的土地流转费今年到现在还没发，承包的{company}说没钱", "{tv}村委会把他家的地流转出去了，没有经过他同意"],
        ["镇政府协调兑现流转费", "核实流转程序"],
        ["{tv}流转费未发", "{tv}土地被流转"],
    ),
    T(
        5,
        "县住建局",
        [
            "{xq}物业不作为，小区卫生没人打扫，路灯坏了也不修，却还要涨物业费",
            "{xq}物业把小区公共区域划成车位收钱",
            "{xq}物业停了{bld}的水，逼业主交物业费",
            "{xq}物业保安晚上不值班，小区电动车被偷了好几辆",
        ],
        ["住建部门监管物业", "督促物业整改", "相关部门处理"],
        ["{xq}物业不作为", "{xq}物业占公共区域收费", "{xq}物业停水逼缴费", "{xq}物业不值班"],
        quote=["物业费一分不少收，啥事都不管"],
    ),
    T(
        3,
        "县市场监管局",
        ["{xq}{bld}{unit}电梯经常坏，这个月已经困了两次人", "{xq}电梯年检过期了还在用"],
        ["市场监管局检查电梯", "督促物业维修"],
        ["{xq}电梯故障", "{xq}电梯年检过期"],
    ),
    T(
        2,
        "县住建局",
        ["{xq}{bld}顶楼一下雨就漏水，找开发商和物业都推来推去", "{xq}{bld}外墙保温层脱落"],
        ["住建部门协调维修", "尽快维修"],
        ["{xq}顶楼漏水", "{xq}外墙脱落"],
        months=(5, 6, 7, 8, 9),
    ),
    T(
        4,
        "不动产登记中心",
        ["{xq}交房已经{years}了，不动产证一直办不下来，开发商一直说在办", "买的{xq}的房子网签以后开发商不给办证"],
        ["相关部门督促开发商办证", "尽快给业主办理不动产证"],
        ["{xq}办证难", "{xq}开发商不办证"],
        detail=["{xq}有几百户都是这个情况", "孩子上学要用房产证", ""],
    ),
    T(
        2,
        "县住建局",
        ["买的{xq}二期房子合同约定去年年底交房，现在工地还停着", "{xq}开发商交房时面积缩水"],
        ["住建部门督促开发商", "核实处理"],
        ["{xq}逾期交房", "{xq}面积缩水"],
    ),
    T(
        3,
        "县综合执法局",
        ["{street}从{street2}口到{xq}一段路灯不亮，晚上黑得很", "{tv}村道上的太阳能路灯坏了一多半"],
        ["尽快维修路灯", "相关部门修一下"],
        ["{street}路灯不亮", "{tv}路灯坏"],
        hours="night",
    ),
    T(
        2,
        "县住建局",
        ["{street}{xq}门口有个井盖松动，车一过就哐哐响", "{street}人行道上有个井盖不见了，很危险"],
        ["尽快更换井盖", "相关部门马上处理"],
        ["{street}井盖松动", "{street}井盖缺失"],
    ),
    T(
        3,
        "县交通运输局",
        ["{road}{rtown}段路面坑坑洼洼，下雨全是水坑", "{tv}通村道路被拉沙子的大车压烂了"],
        ["修复路面", "相关部门管理超载车辆"],
        ["{road}路面破损", "{tv}村道被压坏"],
    ),
    T(
        3,
        "县综合执法局",
        ["{market}门口卖菜的占道经营，早上堵得车过不去", "{street}水果摊把三轮车停在盲道上"],
        ["城管部门规范", "管理占道经营"],
        ["{market}占道经营", "{street}占用盲道"],
    ),
    T(
        3,
        "交警大队",
        [
            "{xq}门口常年有车乱停，消防通道被堵",
            "{street}人行道上停满了车，行人只能走马路",
            "{school}门口接送孩子的车乱停，早上堵得厉害",
        ],
        ["交警部门管理", "加强巡查"],
        ["{xq}乱停车堵消防通道", "{street}人行道停车", "{school}门口乱停车"],
    ),
    T(1, "县综合执法局", ["{street}共享电单车乱停乱放，把店门口都堵了"], ["规范停放"], ["{street}共享单车乱停"]),
    T(
        2,
        "县自然资源局",
        ["{xq}{bld}一楼住户私自扩建院子，占用公共绿地", "{tv}有人在基本农田上盖房子"],
        ["相关部门查处违建", "核实处理"],
        ["{xq}一楼违建", "{tv}占耕地建房"],
    ),
    T(
        5,
        "县人社局",
        [
            "在{company}工地干活，老板拖欠{n}个人工资共{money}，一直找理由不给",
            "在{xq}项目做{job}，包工头跑了，工资{money}没拿到",
            "在{street}一家饭馆打工{n}个月，老板不给结最后一个月工资",
        ],
        ["人社部门帮忙追讨工资", "尽快结清工资"],
        ["{company}拖欠工资", "{xq}项目欠薪", "{street}饭馆欠薪"],
        quote=["娃娃等着交学费呢", "干了活不给钱，这叫啥道理"],
    ),
    T(
        2,
        "县人社局",
        ["{company}不跟员工签劳动合同，也不交社保", "{company}每天让上班十二个小时不给加班费"],
        ["劳动监察部门检查", "依法处理"],
        ["{company}不签合同不交社保", "{company}超时加班"],
    ),
    T(
        2,
        "县市场监管局",
        ["在{market}买羊肉，回家一称少了半斤多", "{market}一家水果摊的秤有问题"],
        ["市场监管局查处", "处理缺斤短两"],
        ["{market}缺斤短两", "{market}秤不准"],
    ),
    T(
        2,
        "县市场监管局",
        ["在{street}{shop}买的牛奶已经过期了，店里不给退", "在{street}一家饭馆吃饭吃出了头发和虫子"],
        ["查处并退款", "市场监管局检查"],
        ["{street}卖过期食品", "{street}饭馆卫生差"],
    ),
    T(
        2,
        "县市场监管局",
        ["{street}一家健身房办了年卡以后关门跑路，卡里还有{money}", "{street}理发店办卡后换老板不认卡"],
        ["相关部门帮忙追回预付款", "依法处理"],
        ["{street}健身房跑路", "{street}理发店不认卡"],
    ),
    T(
        2,
        "县市场监管局",
        ["{park}旁边的停车场乱收费", "{rtown}加油站加油不足量"],
        ["查处乱收费", "检查计量"],
        ["{park}停车乱收费", "{rtown}加油站不足量"],
    ),
    T(
        3,
        "县交通运输局",
        [
            "在{street}打出租车，司机不打表要一口价二十",
            "出租车司机拒载，说去{rtown}太远",
            "坐出租车司机中途拼客，还绕路",
        ],
        ["查处出租车违规", "相关部门处理"],
        ["出租车不打表", "出租车拒载", "出租车拼客绕路"],
    ),
    T(
        3,
        "县交通运输局",
        ["县城到{rtown}的城乡公交早上不按点发车，等了一个多小时", "{rnum}路公交车司机开车打电话，车速很快"],
        ["规范公交运营", "处理司机违规"],
        ["城乡公交不准点", "公交司机开车打电话"],
    ),
    T(
        2,
        "交警大队",
        ["{road}上拉煤的大车不盖篷布，沿路撒了一路", "{road}夜间大货车超速超载"],
        ["交警部门查处", "加强管理"],
        ["{road}大车抛洒", "{road}货车超载"],
    ),
    T(
        2,
        "交警大队",
        ["{street}和{street2}交叉口的红绿灯坏了{days}", "{street}红绿灯时间太短，老人过不去马路"],
        ["尽快维修", "调整信号灯时间"],
        ["{street}红绿灯故障", "{street}红绿灯时间短"],
    ),
    T(
        2,
        "县教育体育局",
        ["{street}一家校外培训机构收了一年学费后关门了", "{school}老师在外面办补习班，暗示学生参加"],
        ["相关部门帮忙退还学费", "教育部门查处"],
        ["{street}培训机构跑路", "{school}教师有偿补课"],
    ),
    T(
        2,
        "县教育体育局",
        ["{school}让家长统一买校服和资料，不买不行", "{school}让家长在群里交各种费用"],
        ["教育部门核实", "规范收费"],
        ["{school}强制收费", "{school}乱收费"],
    ),
    T(
        2,
        "县教育体育局",
        ["孩子户口在{xq}，按学区应该上{school}，报名时说学位满了", "{school}一年级报名要求提供的材料太多"],
        ["教育部门协调入学", "说明招生政策"],
        ["{xq}学区入学问题", "{school}报名材料多"],
        months=(5, 6, 7, 8),
    ),
    T(
        4,
        "县水务局",
        [
            "{tv}的{canal}边经常有小孩游泳玩水，渠边没有护栏也没有警示牌",
            "{park}旁边的{canal}每天下午都有学生下去游泳，太危险了",
        ],
        ["设置护栏和警示牌", "相关部门派人巡查"],
        ["{canal}小孩游泳危险", "{park}渠道学生游泳"],
        months=(5, 6, 7, 8),
        quote=["年年都有淹死娃娃的，咋就没人管"],
    ),
    T(
        2,
        "县卫健局",
        ["在{hosp}看病，挂号排队两个小时，医生态度很差", "{hosp}做个检查收了好几百，没有明细"],
        ["卫健部门核实", "规范服务"],
        ["{hosp}服务态度差", "{hosp}收费不明"],
    ),
    T(
        2,
        "县医保局",
        ["在外地住院的医疗费回来报销，让来回跑了好几次还没办好", "{hosp}让住院病人自己去外面药店买药"],
        ["医保部门简化手续", "核实处理"],
        ["异地住院报销难", "{hosp}让外购药"],
    ),
    T(
        2,
        "县城市供水公司",
        ["{xq}的自来水发黄，有股怪味", "{xq}{bld}水压太低，五楼以上用不上水"],
        ["供水公司检测", "尽快解决"],
        ["{xq}水质发黄", "{xq}水压低"],
    ),
    T(
        2,
        "县公安局",
        ["{xq}附近流浪狗很多，已经咬伤过人", "{tv}有一群野狗晚上咬死了几只羊"],
        ["相关部门捕捉流浪狗"],
        ["{xq}流浪狗伤人", "{tv}野狗咬羊"],
    ),
    T(
        1,
        "{comm}",
        ["{xq}{bld}有人在楼顶养鸽子，鸽子屎满窗台", "{xq}有住户在楼道里堆放杂物"],
        ["社区协调处理"],
        ["{xq}楼顶养鸽", "{xq}楼道堆物"],
    ),
    T(
        1,
        "县应急管理局",
        ["{street}有饭馆在店里违规使用液化气罐", "{street}有家门店在店里给电动车充电"],
        ["相关部门检查"],
        ["{street}违规用液化气", "{street}店内充电"],
    ),
    T(1, "县住建局", ["{street}工地裸土不覆盖，一刮风全是土"], ["督促覆盖"], ["{street}工地扬尘"], months=(3, 4, 5, 6)),
    T(1, "{rtown}政府", ["{tv}改厕以后的厕所没人来抽粪，满了往外溢"], ["安排抽粪"], ["{tv}改厕无人抽粪"]),
    T(
        3,
        "县农业农村局",
        ["{tv}的耕地地力保护补贴村里没有足额发放", "{tv}的种粮补贴他家的没有发"],
        ["核实补贴发放情况", "补发补贴"],
        ["{tv}地力补贴未足额", "{tv}补贴未发"],
    ),
    T(
        8,
        "县住建局",
        [
            "{xq}{bld}暖气不热，家里温度只有十二三度",
            "{xq}供暖到现在还没来，暖气片是凉的",
            "{xq}{bld}{unit}暖气管道漏水，热力公司一直不来修",
        ],
        ["热力公司尽快解决", "住建部门督促供暖达标", "尽快派人检修"],
        ["{xq}暖气不热", "{xq}未供暖", "{xq}暖气漏水"],
        months=(10, 11, 12, 1, 2, 3),
        quote=["交了暖气费家里还得穿棉袄", "娃娃冻得感冒了"],
    ),
    T(
        3,
        "{rtown}政府",
        ["{tv}有户人家烧煤取暖烟囱倒烟，担心煤烟中毒", "{tv}清洁取暖改造后的电暖设备用不成"],
        ["镇上派人看看", "协调维修"],
        ["{tv}燃煤取暖隐患", "{tv}清洁取暖设备坏"],
        months=(11, 12, 1, 2),
    ),
    T(
        3,
        "县交通运输局",
        ["{road}{rtown}段路面结冰，已经有车滑到沟里了", "{street}人行道上的冰没人清，老人摔了好几个"],
        ["尽快撒盐除冰", "组织清扫积雪"],
        ["{road}路面结冰", "{street}冰雪未清"],
        months=(12, 1, 2),
    ),
    T(
        6,
        "县人社局",
        ["快过年了，在{company}工地干了一年的工钱{money}还没结", "年底了，包工头拿着{n}个人的工资跑了"],
        ["人社部门帮忙追讨", "春节前结清工资"],
        ["年底欠薪 {company}", "包工头卷款跑路"],
        months=(12, 1, 2),
    ),
    T(
        6,
        "县水务局",
        [
            "{tv}冬灌轮到他们{dui}了，{canal}不给放水",
            "{tv}冬灌的水漫到路上，路都冻住了",
            "{tv}冬灌水费按亩收，比去年涨了",
        ],
        ["灌溉管理所协调冬灌", "尽快处理"],
        ["{tv}冬灌不放水", "{tv}冬灌漫路结冰", "{tv}冬灌水费"],
        months=(10, 11),
    ),
    T(
        5,
        "县水务局",
        ["{tv}春灌开始了，{canal}还没清淤，水过不去", "{tv}春灌头水不给他们{dui}放"],
        ["尽快清淤放水", "公平安排春灌"],
        ["{tv}春灌渠道淤堵", "{tv}春灌不放水"],
        months=(3, 4, 5),
    ),
    T(
        4,
        "县农业农村局",
        ["{tv}收玉米的商贩压价，还扣水分扣得厉害", "在{company}卖了稻子，钱一直没给"],
        ["相关部门规范收购", "帮忙讨要粮款"],
        ["{tv}玉米收购压价", "{company}拖欠粮款"],
        months=(9, 10, 11, 12),
    ),
    T(
        2,
        "县民政局",
        ["{tv}低保评定不公平，有车有楼房的都吃上了低保", "{comm}低保评议不公开"],
        ["民政部门核查", "公开评定结果"],
        ["{tv}低保不公", "{comm}低保不公开"],
    ),
]


def C(w, q, short, a, dept, months=None, md=None):
    return dict(w=w, q=q, short=short, a=a, dept=dept, months=months, md=md)


CONSULTS = [
    C(
        6,
        "城乡居民医保缴费标准和缴费方式",
        "医保缴费",
        "可通过“我的宁夏”APP或到村（社区）缴纳，标准以医保局公布为准",
        "县医保局",
    ),
    C(4, "异地就医备案怎么办理", "异地就医备案", "可通过国家医保服务平台APP线上备案，或到县医保局窗口办理", "县医保局"),
    C(3, "社保卡丢了去哪补办", "补办社保卡", "携带身份证到县人社局社保卡窗口或合作银行网点办理", "县人社局"),
    C(3, "养老金领取资格认证怎么做", "养老认证", "可用手机APP刷脸认证，不会操作的可到村（社区）协助认证", "县人社局"),
    C(3, "80岁以上老人高龄补贴怎么申请", "高龄补贴", "持身份证、户口本到户籍所在村（社区）申请", "县民政局"),
    C(
        3,
        "低保申请需要什么条件",
        "低保申请",
        "向户籍所在地镇（乡）政府提出申请，具体条件以民政部门审核为准",
        "县民政局",
    ),
    C(2, "残疾证怎么办理", "办残疾证", "到县残联申请，按要求到指定医院评残", "县残联"),
    C(
        2,
        "户口从外地迁入需要什么材料",
        "户口迁入",
        "携带身份证、户口本、房产证明等到派出所户籍窗口咨询办理",
        "县公安局",
    ),
    C(2, "身份证补办要多长时间", "补办身份证", "到户籍窗口办理，一般二十个工作日左右，可申请临时身份证", "县公安局"),
    C(4, "不动产登记中心的上班时间和电话", "不动产中心电话", "工作日上午8:30-12:00，下午14:30-18:00", "不动产登记中心"),
    C(
        5,
        "政务服务中心夏季作息时间",
        "夏季作息时间",
        "上午8:30-12:00，下午14:30-18:00，周末不办公",
        "县政务服务中心",
        months=(5, 6, 7, 8, 9),
    ),
    C(
        3,
        "住房公积金提取条件",
        "公积金提取",
        "购房、租房、退休等情形可提取，携带相关材料到公积金管理部办理",
        "住房公积金青渠管理部",
    ),
    C(
        4,
        "高考志愿填报时间",
        "志愿填报时间",
        "以自治区教育考试院公布的时间为准，请关注官方通知",
        "县教育体育局",
        md=((6, 18), (7, 10)),
    ),
    C(
        4,
        "高考成绩什么时候公布",
        "高考出分时间",
        "以自治区教育考试院公布时间为准",
        "县教育体育局",
        md=((6, 8), (6, 28)),
    ),
    C(
        4,
        "小学一年级新生入学报名时间和材料",
        "一年级报名",
        "具体时间以县教体局发布的招生公告为准，需准备户口本、房产证明等",
        "县教育体育局",
        months=(5, 6, 7, 8),
    ),
    C(
        2,
        "中考成绩查询方式",
        "中考查分",
        "请关注教育部门官方公众号发布的查询方式",
        "县教育体育局",
        md=((6, 25), (7, 20)),
    ),
    C(2, "公租房申请条件", "公租房", "到县住建局住房保障窗口咨询申请", "县住建局"),
    C(
        3,
        "耕地地力保护补贴什么时候发",
        "地力补贴",
        "按年度统一发放到一卡通，具体时间请咨询镇农业服务中心",
        "县农业农村局",
    ),
    C(2, "农机购置补贴怎么申请", "农机补贴", "购机后到县农机推广中心申请", "县农业农村局"),
    C(2, "新生儿落户怎么办", "新生儿落户", "携带出生医学证明、父母身份证户口本到派出所办理", "县公安局"),
    C(2, "驾驶证到期换证", "驾驶证换证", "可通过“交管12123”APP办理或到车管所窗口", "县车管所"),
    C(3, "电动自行车上牌在哪里办", "电动车上牌", "携带购车发票、合格证、身份证到车管所或指定网点办理", "县车管所"),
    C(2, "个体户营业执照怎么办", "办营业执照", "可到政务服务中心市场监管窗口或网上办理", "县市场监管局"),
    C(2, "灵活就业人员社保怎么交", "灵活就业社保", "携带身份证到县人社局窗口办理登记", "县人社局"),
    C(2, "失业保险金怎么申领", "失业金", "可通过手机APP或人社局窗口申请", "县人社局"),
    C(1, "工伤认定流程", "工伤认定", "由单位或本人向县人社局提出工伤认定申请", "县人社局"),
    C(1, "退役军人优待证怎么办", "优待证", "到户籍所在地退役军人服务站申请", "县退役军人事务局"),
    C(1, "结婚登记需要预约吗", "婚姻登记", "建议提前预约，携带双方身份证、户口本到民政局婚姻登记处", "县民政局"),
    C(1, "法律援助怎么申请", "法律援助", "到县法律援助中心申请，电话0953-5022148", "县司法局"),
    C(
        2,
        "个人所得税汇算截止时间",
        "个税汇算",
        "截止到6月30日，可通过个人所得税APP办理",
        "县税务局",
        md=((3, 1), (6, 30)),
    ),
    C(2, "县里哪里可以打狂犬疫苗", "狂犬疫苗", "县疾控中心和县人民医院犬伤门诊", "县疾控中心"),
    C(2, "健康证在哪里办", "办健康证", "县疾控中心体检科，工作日上午空腹体检", "县疾控中心"),
    C(2, "天然气开户和过户", "燃气过户", "携带房产证、身份证到燃气公司营业厅办理", "县燃气公司"),
    C(2, "停水通知在哪里能看到", "停水通知", "可关注供水公司公众号或拨打供水公司电话", "县城市供水公司"),
    C(2, "停电了找谁", "停电报修", "拨打95598报修", "县供电公司"),
    C(
        2,
        "县城到{rtown}的公交末班车几点",
        "公交末班车",
        "夏季末班车一般晚上七点半左右，以公交公司公布为准",
        "县交通运输局",
    ),
    C(1, "滩羊养殖补贴政策", "滩羊补贴", "请咨询县农业农村局畜牧站", "县农业农村局"),
    C(1, "房屋维修基金怎么使用", "维修基金", "需业主表决后由物业向住建局申请", "县住建局"),
    C(1, "创业担保贷款怎么申请", "创业贷款", "到县人社局就业服务窗口咨询", "县人社局"),
    C(1, "居住证怎么办理", "居住证", "携带身份证和居住证明到辖区派出所办理", "县公安局"),
    C(2, "生育津贴怎么申领", "生育津贴", "由用人单位或本人到医保局申领", "县医保局"),
    C(2, "信访局在哪里、怎么上访", "信访局地址", "县信访局在县政府院内一楼，也可网上信访", "县信访局"),
    C(3, "{dept}的电话", "{dept}电话", "{phone}", "{dept}"),
    C(
        5,
        "供暖费缴费时间和标准",
        "供暖费",
        "以热力公司通知为准，可到营业厅或线上缴纳",
        "县住建局",
        months=(9, 10, 11, 12, 1),
    ),
    C(
        4,
        "明年城乡居民医保什么时候开始交",
        "医保集中缴费",
        "集中征缴期以医保、税务部门通知为准",
        "县医保局",
        months=(9, 10, 11, 12, 1),
    ),
]

# ---------------------------------------------------------- operator roster ---
SILENT_POOL = [
    "无声",
    "来电无声",
    "接通无声",
    "无声电话",
    "来电接通后无声音",
    "电话接通后无人说话，多次询问无回应",
    "接通后对方不说话",
    "对方一直不讲话",
    "静音",
    "空线",
    "无人应答",
    "来电不说话",
    "接听后无任何声音",
    "询问三遍无应答，挂断",
    "听不到声音",
    "接通后没有声音，话务员挂机",
    "对方未出声",
    "一直没人说话",
    "来电无语音",
    "喂了几声没人回应",
    "无声来电，已挂断",
    "来电人未说话",
]
SILENT_HINTS = [
    "能听到呼吸声，但对方不说话",
    "对方不说话，能听到电视声",
    "听筒里有轻笑声，无人说话",
    "话务员挂机后又立即打进",
    "一直不说话也不挂",
    "背景很安静，能听见有人在",
    "对方故意不出声",
]
DROP_POOL = [
    "接通后断线",
    "刚接通就挂断",
    "来电人说了一声“喂”就断了",
    "通话中断",
    "信号中断，未听到内容",
    "对方挂断",
    "接通即挂",
    "来电人刚说“我要反映”电话就断了",
    "未讲话即挂断",
    "通话突然中断",
    "听到一声“你好”后断线",
    "来电人未说完即断线",
]

ROSTER = [
    dict(
        id="01",
        name="马晓燕",
        shift="day",
        style="formal",
        typo=0.004,
        punct="full",
        br="（）",
        q="“”",
        cw="来电人",
        blank=0.0,
        sections=False,
        note_rate=0.25,
        censor="none",
        notes=["来电人要求回复", "已做好解释工作", "来电人要求对其信息保密"],
        sil=["电话接通后无人说话，多次询问无回应", "来电接通后无声音", "询问三遍无应答，挂断"],
    ),
    dict(
        id="02",
        name="杨丽",
        shift="day",
        style="formal",
        typo=0.008,
        punct="full",
        br="【】",
        q="“”",
        cw="来电人",
        blank=0.0,
        sections=True,
        note_rate=0.3,
        censor="star",
        notes=["需回复", "来电人不愿透露姓名", "请尽快处理"],
        sil=["无声来电", "来电无声，已挂断", "接通后无声音"],
    ),
    dict(
        id="03",
        name="王婷",
        shift="day",
        style="plain",
        typo=0.015,
        punct="mixed",
        br="()",
        q='""',
        cw="来电",
        blank=0.05,
        sections=False,
        note_rate=0.15,
        censor="none",
        notes=["要回电话", "不留名"],
        sil=["无声", "对方不说话", "没人说话"],
    ),
    dict(
        id="04",
        name="李娜",
        shift="day",
        style="formal",
        typo=0.006,
        punct="full",
        br="（）",
        q="“”",
        cw="市民",
        blank=0.0,
        sections=False,
        note_rate=0.35,
        censor="paren",
        notes=["市民要求回复", "已告知办理时限", "请相关部门尽快处理"],
        sil=["市民来电无声", "接通后无人应答", "来电无语音"],
    ),
    dict(
        id="05",
        name="丁海霞",
        shift="day",
        style="terse",
        typo=0.02,
        punct="space",
        br="()",
        q='""',
        cw="来电",
        blank=0.45,
        sections=False,
        note_rate=0.1,
        censor="pinyin",
        notes=["回电", "急"],
        sil=["无声", "空", "静音", "-"],
    ),
    dict(
        id="06",
        name="何梅",
        shift="day",
        style="chatty",
        typo=0.012,
        punct="full",
        br="（）",
        q="“”",
        cw="来电人",
        blank=0.0,
        sections=False,
        note_rate=0.2,
        censor="none",
        notes=["我已经安慰过了", "麻烦尽快处理一下"],
        sil=["接起来没人吭声，喊了几遍也没反应", "没人说话，等了一会儿挂了"],
    ),
    dict(
        id="07",
        name="张静",
        shift="day",
        style="plain",
        typo=0.01,
        punct="full",
        br="（）",
        q="“”",
        cw="来电人",
        blank=0.05,
        sections=False,
        note_rate=0.2,
        censor="star",
        notes=["需回复", "已解释"],
        sil=["来电不说话", "无人应答", "接通无声"],
    ),
    dict(
        id="08",
        name="纳小芳",
        shift="evening",
        style="formal",
        typo=0.005,
        punct="full",
        br="（）",
        q="“”",
        cw="来电人",
        blank=0.0,
        sections=True,
        note_rate=0.3,
        censor="none",
        notes=["来电人要求回复", "已安抚来电人情绪"],
        sil=["来电接通后无人讲话，话务员多次询问无应答", "无声电话"],
    ),
    dict(
        id="09",
        name="马永红",
        shift="evening",
        style="formal",
        typo=0.01,
        punct="full",
        br="（）",
        q="“”",
        cw="来电人",
        blank=0.02,
        sections=False,
        note_rate=0.2,
        censor="paren",
        notes=["已做好解释", "来电人要求保密"],
        sil=["接通无声", "对方未出声", "来电无声"],
    ),
    dict(
        id="10",
        name="田雪",
        shift="evening",
        style="plain",
        typo=0.018,
        punct="half",
        br="()",
        q='""',
        cw="来电",
        blank=0.1,
        sections=False,
        note_rate=0.15,
        censor="none",
        notes=["要回复"],
        sil=["无声", "没声音", "不说话"],
    ),
    dict(
        id="11",
        name="苏敏",
        shift="evening",
        style="terse",
        typo=0.025,
        punct="space",
        br="[]",
        q="''",
        cw="来电",
        blank=0.55,
        sections=False,
        note_rate=0.05,
        censor="pinyin",
        notes=["回"],
        sil=["无声", "空线", "无"],
    ),
    dict(
        id="12",
        name="锁玉兰",
        shift="evening",
        style="chatty",
        typo=0.015,
        punct="mixed",
        br="（）",
        q="“”",
        cw="来电人",
        blank=0.0,
        sections=False,
        note_rate=0.25,
        censor="none",
        notes=["挺不容易的，麻烦尽快", "我跟他说会尽快转"],
        sil=["接了半天没人说话，我喂了三四遍，挂了", "又是一通不说话的"],
    ),
    dict(
        id="13",
        name="白瑞",
        shift="night",
        style="formal",
        typo=0.007,
        punct="full",
        br="（）",
        q="“”",
        cw="来电人",
        blank=0.0,
        sections=False,
        note_rate=0.2,
        censor="star",
        notes=["已告知工作时间内办理", "来电人要求回复"],
        sil=["来电无声，提示后挂机", "无声来电", "电话接通后无人说话"],
    ),
    dict(
        id="14",
        name="周强",
        shift="night",
        style="terse",
        typo=0.03,
        punct="space",
        br="()",
        q='""',
        cw="来电",
        blank=0.6,
        sections=False,
        note_rate=0.05,
        censor="pinyin",
        notes=["明日转"],
        sil=["无声", "空", "0"],
    ),
    dict(
        id="15",
        name="海亮",
        shift="night",
        style="chatty",
        typo=0.02,
        punct="full",
        br="（）",
        q="“”",
        cw="来电人",
        blank=0.02,
        sections=False,
        note_rate=0.2,
        censor="none",
        notes=["夜里不好处理，已记下明天转", "我劝他早点休息"],
        sil=["半夜没人吭声，听着像有人拿着电话", "接起来一点声音都没有"],
    ),
    dict(
        id="16",
        name="金凤",
        shift="night",
        style="plain",
        typo=0.012,
        punct="full",
        br="（）",
        q="“”",
        cw="来电人",
        blank=0.08,
        sections=False,
        note_rate=0.15,
        censor="star",
        notes=["夜间来电，明日转办"],
        sil=["无声", "来电无声", "没有声音"],
    ),
]

TYPO_PAIRS = [
    ("反映", "反应"),
    ("已", "以"),
    ("在", "再"),
    ("再", "在"),
    ("的", "得"),
    ("地", "的"),
    ("做", "作"),
    ("账", "帐"),
    ("像", "象"),
    ("部分", "部份"),
    ("时候", "时侯"),
    ("哪", "那"),
    ("按", "安"),
    ("诉求", "述求"),
    ("咨询", "咨讯"),
    ("处理", "处里"),
    ("物业", "物叶"),
    ("拖欠", "托欠"),
    ("噪音", "燥音"),
    ("停车", "挺车"),
    ("反复", "返复"),
    ("安抚", "安慰"),
    ("辱骂", "侮骂"),
    ("垃圾", "拉圾"),
    ("报销", "报消"),
    ("一直", "一至"),
    ("希望", "系望"),
    ("小区", "小去"),
    ("联系", "连系"),
    ("告知", "告之"),
    ("其", "期"),
]
TERSE_ABBR = [
    ("来电人", "来电"),
    ("要求", "要"),
    ("已告知", "已告"),
    ("号楼", "#"),
    ("单元", "单"),
    ("反映", ""),
    ("相关部门", ""),
    ("交叉口", "口"),
    ("工作人员", "工作人员"),
]


class Op:
    def __init__(self, d, idx):
        self.__dict__.update(d)
        self.off = idx % 7
        self.load = 0.75 + 0.5 * ((idx * 37) % 11) / 10.0

    def finish(self, r, s):
        if not s:
            return s
        if self.typo > 0:
            for a, b in TYPO_PAIRS:
                if a in s and r.random() < self.typo * 6:
                    i = s.find(a)
                    s = s[:i] + b + s[i + len(a) :]
            if len(s) > 12 and r.random() < self.typo * 4:
                i = r.randrange(2, len(s) - 2)
                s = s[:i] + s[i + 1 :]
            if len(s) > 12 and r.random() < self.typo * 2:
                i = r.randrange(2, len(s) - 2)
                s = s[:i] + s[i] + s[i:]
        if self.style == "terse":
            for a, b in TERSE_ABBR:
                if a in s and r.random() < 0.6:
                    s = s.replace(a, b)
        if self.q != "“”":
            s = s.replace("“", self.q[0]).replace("”", self.q[1])
        if self.br != "（）":
            s = s.replace("（", self.br[0]).replace("）", self.br[1])
        p = self.punct
        if p == "half":
            s = s.replace("，", ",").replace("：", ":").replace("；", ";").replace("？", "?")
            if r.random() < 0.6:
                s = s.replace("。", ".")
        elif p == "space":
            s = s.replace("，", " ").replace("。", " ").replace("：", " ").replace("；", " ")
            s = " ".join(s.split())
        elif p == "mixed":
            out = []
            for ch in s:
                if ch == "，" and r.random() < 0.35:
                    ch = ","
                elif ch == "。" and r.random() < 0.2:
                    ch = "，"
                out.append(ch)
            s = "".join(out)
            if s.endswith("，"):
                s = s[:-1]
        if self.style in ("plain", "chatty") and s.endswith("。") and r.random() < 0.3:
            s = s[:-1]
        return s.strip()


# -------------------------------------------------------- time profiles ---
PROFILES = {
    "day": [2, 1, 1, 1, 1, 2, 5, 14, 34, 46, 48, 44, 30, 24, 36, 44, 42, 34, 24, 20, 17, 13, 8, 4],
    "consult": [1, 0.5, 0.5, 0.5, 0.5, 1, 3, 12, 40, 52, 50, 44, 26, 20, 40, 48, 44, 30, 16, 12, 10, 7, 4, 2],
    "eve": [8, 5, 3, 2, 2, 2, 3, 6, 10, 12, 12, 12, 10, 10, 12, 13, 14, 16, 20, 24, 26, 24, 18, 12],
    "night": [26, 24, 20, 15, 10, 6, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 6, 9, 13, 18, 24, 28],
    "late": [24, 20, 14, 8, 4, 2, 1, 1, 1, 1, 2, 3, 4, 3, 2, 2, 3, 4, 7, 12, 18, 24, 28, 28],
    "work": [0, 0, 0, 0, 0, 0, 0, 1, 22, 36, 36, 30, 6, 4, 26, 34, 32, 20, 3, 0.5, 0, 0, 0, 0],
    "child": [0, 0, 0, 0, 0, 0, 1, 3, 5, 6, 6, 8, 14, 14, 9, 7, 11, 15, 19, 20, 15, 8, 2, 0.5],
    "flat": [6, 5, 4, 3, 3, 3, 4, 6, 9, 10, 10, 10, 9, 9, 10, 10, 10, 10, 10, 10, 10, 9, 8, 7],
    "nightwork": [22, 22, 20, 18, 14, 10, 5, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 5, 8, 12, 18, 22],
    "elder": [4, 3, 3, 4, 6, 10, 20, 32, 40, 40, 36, 30, 20, 18, 28, 32, 30, 24, 18, 14, 10, 7, 5, 4],
    "daywide": [3, 2, 1, 1, 1, 2, 4, 10, 22, 28, 28, 26, 20, 18, 24, 26, 26, 24, 22, 22, 20, 16, 10, 6],
}
DOWS = {
    "gen": [1.1, 1.05, 1.0, 1.0, 1.0, 0.72, 0.66],
    "consult": [1.15, 1.05, 1.0, 1.0, 0.95, 0.42, 0.38],
    "work": [1, 1, 1, 1, 1, 0.15, 0.1],
    "flat": [1, 1, 1, 1, 1, 1, 1],
    "weekend": [0.85, 0.85, 0.85, 0.9, 1.1, 1.5, 1.4],
    "drunk": [0.8, 0.8, 0.9, 1.0, 1.5, 1.8, 1.3],
}
HOLIDAYS = (
    {
        (2025, 1, 1),
        (2025, 5, 1),
        (2025, 5, 2),
        (2025, 5, 3),
        (2025, 5, 4),
        (2025, 5, 5),
        (2025, 5, 31),
        (2025, 6, 1),
        (2025, 6, 2),
        (2025, 4, 4),
        (2025, 4, 5),
        (2025, 4, 6),
        (2025, 10, 1),
        (2025, 10, 2),
        (2025, 10, 3),
        (2025, 10, 4),
        (2025, 10, 5),
        (2025, 10, 6),
        (2025, 10, 7),
        (2025, 10, 8),
    }
    | {(2025, 1, d) for d in range(28, 32)}
    | {(2025, 2, d) for d in range(1, 5)}
)
MAKEUP = {(2025, 1, 26), (2025, 2, 8), (2025, 4, 27), (2025, 9, 28), (2025, 10, 11)}

# kind -> (hour profile, dow profile, duration (median, sigma, lo, hi), pattern weights, burst gap minutes)
HK = {
    "silent": (
        "flat",
        "flat",
        None,
        [("one", 0.35), ("burst", 0.25), ("nightly", 0.15), ("fewdays", 0.2), ("daily", 0.05)],
        6,
    ),
    "abuse_operator": (
        "eve",
        "weekend",
        (35, 0.7, 5, 300),
        [("one", 0.5), ("burst", 0.25), ("fewdays", 0.2), ("nightly", 0.05)],
        10,
    ),
    "vent_government": ("daywide", "flat", (80, 0.7, 10, 600), [("one", 0.6), ("fewdays", 0.3), ("burst", 0.1)], 20),
    "threat": ("eve", "flat", (45, 0.6, 8, 300), [("one", 0.7), ("fewdays", 0.2), ("burst", 0.1)], 15),
    "lonely_chat": ("night", "flat", (420, 0.8, 60, 3000), [("one", 0.4), ("nightly", 0.35), ("fewdays", 0.25)], 40),
    "drunk": ("late", "drunk", (150, 0.8, 15, 1200), [("one", 0.6), ("burst", 0.25), ("fewdays", 0.15)], 8),
    "flirt": (
        "eve",
        "weekend",
        (60, 0.8, 8, 600),
        [("one", 0.45), ("burst", 0.2), ("fewdays", 0.25), ("nightly", 0.1)],
        15,
    ),
    "prank_report": ("eve", "weekend", (80, 0.6, 15, 400), [("one", 0.6), ("burst", 0.25), ("fewdays", 0.15)], 20),
    "nonsense_story": (
        "daywide",
        "flat",
        (600, 0.7, 120, 3600),
        [("one", 0.4), ("fewdays", 0.45), ("daily", 0.15)],
        60,
    ),
    "absurd_request": ("daywide", "weekend", (60, 0.6, 10, 400), [("one", 0.7), ("fewdays", 0.2), ("burst", 0.1)], 15),
    "child_play": ("child", "weekend", (15, 0.8, 2, 180), [("burst", 0.55), ("one", 0.3), ("fewdays", 0.15)], 2),
    "line_test": ("daywide", "flat", (8, 0.6, 2, 40), [("one", 0.85), ("burst", 0.15)], 3),
    "bet_dare": ("late", "weekend", (20, 0.6, 4, 120), [("one", 0.8), ("burst", 0.2)], 3),
    "robocall": ("work", "work", (28, 0.4, 6, 90), [("one", 0.7), ("fewdays", 0.3)], 30),
    "fax_tone": ("work", "work", (18, 0.5, 4, 90), [("burst", 0.5), ("fewdays", 0.3), ("one", 0.2)], 4),
    "music_radio": ("daywide", "flat", (60, 0.8, 8, 600), [("one", 0.7), ("burst", 0.3)], 5),
    "telemarketer": ("work", "work", (60, 0.6, 10, 300), [("one", 0.75), ("fewdays", 0.25)], 30),
    "vexatious_repeat": ("daywide", "flat", (60, 0.9, 5, 900), [("daily", 1.0)], 25),
}
MIXABLE = ["silent", "abuse_operator", "flirt", "vent_government", "drunk", "lonely_chat", "threat"]

GK = {  # genuine: (hour profile, dow, duration)
    "complaint": ("day", "gen", (180, 0.5, 40, 1500)),
    "consultation": ("consult", "consult", (75, 0.6, 15, 900)),
    "followup": ("day", "gen", (120, 0.5, 30, 900)),
    "surge_report": ("day", "gen", (70, 0.5, 20, 400)),
    "urgent_help": ("daywide", "flat", (100, 0.5, 25, 600)),
    "suggestion": ("day", "gen", (150, 0.5, 40, 900)),
    "praise": ("day", "gen", (110, 0.5, 30, 600)),
    "angry_with_matter": ("daywide", "gen", (300, 0.55, 60, 1800)),
    "quoted_insult": ("day", "gen", (240, 0.5, 60, 1500)),
    "elderly_matter": ("elder", "flat", (300, 0.6, 60, 2400)),
    "distress": ("night", "flat", (600, 0.6, 120, 3600)),
    "dropped_call": ("day", "gen", None),
    "callback": ("day", "gen", (150, 0.5, 30, 900)),
    "bad_line": ("daywide", "gen", (25, 0.6, 5, 120)),
    "misdial": ("daywide", "flat", (20, 0.5, 5, 90)),
    "petitioner": ("day", "gen", (420, 0.6, 60, 2700)),
    "night_worker": ("nightwork", "flat", (150, 0.5, 40, 900)),
}

# ---------------------------------------------------------- nuisance text ---
ABUSE_SWEAR = [
    "瓜怂",
    "你个哈怂",
    "日你先人",
    "驴日下的",
    "狗日的",
    "你妈的",
    "滚你妈的",
    "你个碎怂",
    "挨球去",
    "你个二杆子",
    "羞你先人哩",
    "你个闷怂",
    "你脑子叫驴踢了",
    "你们一伙子吃干饭的",
    "你个死女子",
    "死去吧",
    "你个脏怂",
    "尼玛的",
    "你个挨刀子的",
    "你们顶个球用",
    "二球货",
    "你个瓜皮",
    "鬼迷日眼的东西",
    "你个没脸的",
]
ABUSE_CLEAN = [
    "你们接电话的能干个啥",
    "就你这水平还接电话",
    "你是机器人吧，听不懂人话",
    "哟，还挺忙，忙着喝茶呢吧",
    "一天到晚就会说‘已记录’",
    "你这声音听着就烦",
    "你们领导知道你这么笨吗",
    "普通话都说不利索还当接线员",
    "一个月拿多少钱啊，就会念稿子",
    "跟复读机一样，回去再学两年",
    "你算老几",
    "我跟你说话是看得起你",
    "你们这儿是养老院吧",
    "一听就是关系户进去的",
    "你配跟我说话吗",
    "没文化就别出来丢人",
    "你们也就会糊弄人",
]
PINYIN_CURSE = ["cnm", "tmd", "sb", "nmd", "rnxr"]

NOMATTER = {
    "abuse_operator": {
        "formal": [
            "{cw}无具体诉求，接通后辱骂话务员，称“{q}”，经提醒文明用语后挂断。",
            "{cw}未反映任何问题，对话务员进行言语侮辱：“{q}”。",
            "{cw}来电辱骂话务员，询问诉求不予回答。",
            "{cw}接通后即口出脏话，无实际诉求，话务员按规范结束通话。",
            "{cw}以“{q}”等言语攻击话务员，未提出具体事项。",
            "{cw}讥讽话务员“{q}”，无具体诉求。",
            "{cw}辱骂话务员（无效来电）。",
        ],
        "plain": [
            "骂人，说“{q}”，没说事",
            "来电就骂，“{q}”，问啥事不说",
            "{cw}骂话务员，没有诉求",
            "对方说“{q}”，然后挂了",
            "说“{q}”，没有反映问题",
            "骂了几句就挂了",
        ],
        "terse": ["骂人", "辱骂", "脏话 挂", "骂人无诉求", "辱骂话务员", "骂 挂断", "“{q}” 挂", "{p}", "{p} 挂了", ""],
        "chatty": [
            "一接起来就骂“{q}”，问他啥事也不说，又骂了几句挂了，无语",
            "这人上来就说“{q}”，我提醒他文明用语，他骂得更凶了",
            "对方阴阳怪气地说“{q}”，一句正事没有",
            "说话特别冲，“{q}”，问他反映什么，说没事就想骂你们",
            "又是这个号，上来就“{q}”，我直接按规范挂了",
        ],
    },
    "vent_government": {
        "formal": [
            "{cw}称“{q}”，询问其具体反映事项，{cw}表示没有具体问题。",
            "{cw}对政府工作表达不满，称“{q}”，未提出具体诉求。",
            "{cw}发泄对政府的不满情绪，无具体事项，话务员解释后挂断。",
            "{cw}来电称“{q}”，经多次询问未说明具体事项。",
        ],
        "plain": [
            "说“{q}”，问啥事说没事，就是想说说",
            "来电发牢骚，“{q}”，没有具体问题",
            "对政府有意见，说了一通，没有具体事",
            "骂政府，说“{q}”，无诉求",
        ],
        "terse": ["发牢骚 无诉求", "骂政府 无具体事", "发泄不满", "无具体诉求", "牢骚", ""],
        "chatty": [
            "一直在说“{q}”，我问他具体是哪件事，他说没哪件事，就是看不惯，说了{mins}才挂",
            "这位一打进来就数落政府，“{q}”，问他有啥要反映的，又说不出来",
            "说了半天县上干部的不是，“{q}”，让他说具体事，他说你们自己心里清楚",
        ],
    },
    "threat": {
        "formal": [
            "{cw}言语威胁话务员：“{q}”，询问其诉求未予回答，已记录。",
            "{cw}无具体诉求，称“{q}”，已按规定记录上报。",
            "{cw}多次威胁称“{q}”，未反映具体事项。",
        ],
        "plain": ["威胁人，说“{q}”，没说啥事", "说“{q}”，问他有什么事不说", "来电威胁，无诉求"],
        "terse": ["威胁 无诉求", "言语威胁 已报", "恐吓话务员", "威胁"],
        "chatty": [
            "对方口气很凶，“{q}”，问他到底什么事情他又不说，挂了，已经跟班长说了",
            "说“{q}”，听着不像开玩笑，可问啥事又没有，已报值班长",
        ],
    },
    "lonely_chat": {
        "formal": [
            "{cw}称晚上睡不着，想找人说说话，无具体诉求，已告知本热线受理范围。",
            "{cw}称一个人在家闷得慌，与话务员闲聊，无具体事项。",
            "{cw}要求话务员陪其聊天，讲述家中琐事，无诉求，已引导挂机。",
            "{cw}询问话务员夜班累不累、吃没吃饭，无具体事项。",
            "{cw}称天热睡不着，想找人说话，无诉求，通话{mins}。",
        ],
        "plain": [
            "睡不着想聊天，没事",
            "一个人无聊打来谝闲传",
            "来电聊天，问话务员哪里人、多大了，无诉求",
            "说天热睡不着，想找人说说话",
            "聊天，没有事情，劝了半天才挂",
        ],
        "terse": ["闲聊", "聊天 无事", "无诉求 闲聊", "谝闲传", "聊天"],
        "chatty": [
            "又是半夜打来聊天的，说睡不着，问我们晚上几个人值班，聊了{mins}，我劝他早点休息",
            "说家里就他一个，没意思，就想找人谝谝，我说有事再打",
            "讲他年轻时候在{town}挖渠的事，讲了{mins}，没有要反映的",
            "这个号几乎每天这个点都打，聊些家长里短，没事情",
        ],
    },
    "drunk": {
        "formal": [
            "{cw}疑似醉酒，说话含糊不清，无具体诉求。",
            "{cw}酒后来电，反复说“{q}”，无法正常沟通。",
            "{cw}醉酒状态，语无伦次，话务员建议其清醒后再来电。",
        ],
        "plain": ["喝醉了，说“{q}”", "醉酒来电，听不清说啥", "喝多了乱说，没事情", "酒后打来，说“{q}”"],
        "terse": ["醉酒", "酒后来电 无诉求", "醉 听不清", "喝多了"],
        "chatty": [
            "一听就喝多了，背景里还有人划拳，非说“{q}”，折腾了{mins}",
            "大着舌头说话，一会儿哭一会儿笑，问他在哪他说在{town}喝酒，没什么事",
            "喝大了，说“{q}”，我说您先休息，他还不挂",
        ],
    },
    "flirt": {
        "formal": [
            "{cw}无具体诉求，询问话务员个人信息（年龄、婚否等），言语轻佻。",
            "{cw}称“{q}”，话务员告知本热线为政务服务热线后挂断。",
            "{cw}多次要求添加话务员微信，无具体事项。",
            "{cw}言语涉及低俗内容，对话务员进行骚扰。",
        ],
        "plain": ["问话务员多大了、结婚没有，没事", "说“{q}”，没正经事", "要加微信，无诉求", "言语骚扰"],
        "terse": ["骚扰", "问个人信息 无诉求", "言语轻佻", "要微信", "性骚扰 挂"],
        "chatty": [
            "又一个问“{q}”的，我说这是政务热线，他还嘿嘿笑",
            "说话很不正经，一直问我叫啥名字住哪，我说有事说事没事挂了",
            "说“{q}”，恶心，直接挂了",
        ],
    },
    "nonsense_story": {
        "formal": [
            "{cw}称{x}，内容混乱，无具体诉求，通话{mins}。",
            "{cw}讲述{x}，话务员多次引导未果。",
            "{cw}反复讲述同一内容（{x}），无具体事项。",
        ],
        "plain": ["说{x}，说了{mins}，听不出要干啥", "来电讲故事，{x}，没诉求"],
        "terse": ["胡言乱语", "内容混乱 无诉求", "讲故事 {mins}"],
        "chatty": ["又讲起来了，说{x}，讲了{mins}，我插不上话", "说{x}，越说越离谱，好不容易才挂"],
    },
    "absurd_request": {
        "formal": [
            "{cw}{x}，不属于热线受理范围，已解释。",
            "{cw}{x}，已告知本热线受理范围。",
            "{cw}来电{x}，属无效诉求。",
        ],
        "plain": ["{x}，已解释", "来电{x}，跟他说了不受理", "{x}"],
        "terse": ["无理要求", "不属受理范围", "无效诉求", "乱提要求"],
        "chatty": ["{x}，我都不知道该说啥，解释了半天才挂", "这位{x}，说得一本正经的", "{x}，还说我们不为人民服务"],
    },
    "child_play": {
        "formal": [
            "来电为儿童，无具体诉求，已告知请家长接听。",
            "儿童来电，嬉笑打闹，无诉求。",
            "来电人为小孩，称“{q}”，已引导挂断。",
            "未成年人拨打，无具体事项。",
        ],
        "plain": ["小孩打着玩的", "小孩说“{q}”，没事", "童声，嘻嘻哈哈，挂了", "几个小孩抢着说话"],
        "terse": ["小孩", "儿童乱拨", "小孩玩电话", "童声 无事", ""],
        "chatty": [
            "一个小朋友奶声奶气地问“{q}”，我让他叫大人来，他就挂了",
            "几个小孩在那边笑，一个说“{q}”，另一个抢过去又按了半天键",
            "又是那个小孩，家长也不管管",
        ],
    },
    "line_test": {
        "formal": [
            "{cw}称测试电话能否打通，无具体诉求。",
            "{cw}确认是否为12345热线后挂断，无诉求。",
            "{cw}称试一下线路，无事。",
        ],
        "plain": ["试电话的", "问是不是12345，说没事", "说试试能不能打通"],
        "terse": ["测试", "试线", "问号码 挂", "测试电话", ""],
        "chatty": ["对方说“通了通了”就挂了，估计是试电话的", "问“是12345吗”，我说是，他说“好好，没事，试一下”"],
    },
    "bet_dare": {
        "formal": [
            "{cw}称与朋友打赌能否打通热线，无具体诉求。",
            "{cw}称在玩游戏输了，被要求来电，无具体事项。",
            "{cw}要求话务员说“{q}”，称打赌用，已拒绝。",
        ],
        "plain": ["打赌打来的，背景有人起哄", "玩真心话大冒险打来的", "说跟人打赌，没事"],
        "terse": ["打赌", "恶作剧", "起哄 无事"],
        "chatty": [
            "背景一群人在起哄，对方笑着说他们打赌看政府电话有没有人接，我说这是占用公共资源",
            "说他玩游戏输了，非要我说一句“{q}”，我没说，挂了",
        ],
    },
    "robocall": {
        "formal": [
            "来电为自动语音播报：“{q}”，无人工应答。",
            "来电为语音外呼录音，内容为{x}推广，非有效来电。",
            "接通后为机器人语音：“{q}”。",
            "{cw}称：“{q}”（疑似录音）。",
        ],
        "plain": ["录音电话，推{x}的", "机器人打来的，“{q}”", "自动语音广告", "语音播报，{x}"],
        "terse": ["录音", "语音广告", "机器人", "营销录音", "自动语音"],
        "chatty": ["是个机器人，张口就是“{q}”，我问它几句它还会接话", "自动语音推{x}的，放完就挂"],
    },
    "fax_tone": {
        "formal": ["接通后为传真信号音，无人讲话。", "来电为传真机自动拨号，无语音。", "传真信号（无效来电）。"],
        "plain": ["传真音", "对方是传真机", "嘀嘀嘀的传真声"],
        "terse": ["传真", "传真音", "", "fax"],
        "chatty": ["一接起来就是嘀——嘀的传真声，估计是哪个单位的传真机拨错了"],
    },
    "music_radio": {
        "formal": ["接通后只有{x}，无人讲话。", "来电播放{x}，多次询问无应答。", "来电仅有{x}，无有效语音。"],
        "plain": ["一直放{x}，没人说话", "只有{x}", "听筒里是{x}"],
        "terse": ["{x}", "音乐 无声", "放歌", "{x} 无人"],
        "chatty": ["接起来是{x}，放得还挺大声，喊了半天也没人理，挂了", "那边在放{x}，也不知道是不是口袋里按着了"],
    },
    "telemarketer": {
        "formal": [
            "{cw}自称某公司业务员，{x}，已告知本热线为政务服务热线，不接受推销。",
            "{cw}{x}，非热线受理范围，已解释。",
            "推销电话：{x}。",
        ],
        "plain": ["推销电话，{x}", "来电{x}，跟他说了这是12345", "{x}"],
        "terse": ["推销", "营销电话", "广告推销", "推销 挂"],
        "chatty": [
            "{x}的，说得还挺热情，我说这是政府热线，他问能不能转给领导，我说不能",
            "又是推销的，{x}，一听是12345赶紧挂了",
        ],
    },
}
VENT_Q = [
    "你们政府就是个摆设",
    "打你们这个电话有个屁用",
    "当官的都是一伙的",
    "你们12345就是个传话筒，顶球用",
    "县上那些干部天天就知道开会喝茶",
    "政府就会收钱，别的啥也不管",
    "我就是打电话骂骂你们，心里舒坦",
    "青渠县就没一个好官",
    "你们这个热线就是糊弄老百姓的",
    "啥都办不成还叫服务热线",
    "我交的税都养了你们这些人",
    "反映了也白反映，我就是要说",
    "你们就会踢皮球",
]
THREAT_Q = [
    "你们等着，我知道你们在哪上班",
    "再这样我就去县政府门口闹",
    "小心点，出门别叫我碰上",
    "我要找人把你们那楼给点了",
    "我明天就提刀过去",
    "你叫啥名字，我记住你了",
    "迟早收拾你们这帮人",
    "你们一个都跑不了",
]
DRUNK_Q = [
    "我没喝多，真没喝多",
    "今儿个高兴，给你们政府打个电话",
    "你给我唱个歌",
    "来来来，划两拳",
    "我给县长敬个酒",
    "我是你们领导，知道不",
    "明天我请你吃手抓",
    "你们都是好人，好人",
]
FLIRT_Q = [
    "你声音真好听，多大了",
    "你结婚了没",
    "加个微信嘛",
    "你几点下班，我去接你",
    "美女你是哪里人",
    "能不能换个年轻的接",
    "你长得咋样，发个照片",
    "晚上一个人值班怕不怕",
    "我就想听你说话",
]
NONSENSE_X = [
    "梦见县城被黄河水淹了，要求政府提前把人都搬走",
    "是天上派下来的，要跟县长谈一件大事",
    "发明了一种不用电的水泵，要政府出钱推广",
    "家里的电视被人装了监控，天天有人在里面说他坏话",
    "祖上在{town}有一大片地，被人霸占了几百年",
    "认识中央的大领导，要给县上传话，问传啥又不说",
    "手机里有外星人的信号，每天晚上都有人跟他说话",
    "算出来明年{town}要地震",
    "是{company}真正的老板，要把公司收回来",
    "年轻时在{town}见过神仙，讲了神仙的样子",
    "他家的羊会说话，让他给政府捎个话",
]
ABSURD_X = [
    "要求政府给他介绍个对象",
    "要求话务员帮他查一下他女朋友现在在哪",
    "要求政府把天弄得凉快一点",
    "要求话务员帮他选彩票号码",
    "要求12345给他送一份外卖",
    "要求政府给全县每人发一万块钱",
    "要求把{town}改个名字，说现在的名字不吉利",
    "要求话务员帮他给手机充话费",
    "问话务员今天晚上吃啥好",
    "要求政府派人陪他打麻将，说三缺一",
    "要求政府报销他打麻将输的钱",
    "要求给他家的狗办个身份证",
    "要求话务员帮他写一份检讨",
    "要求政府今晚就把县城的蚊子全部消灭干净",
    "要求12345给他开个证明，证明他没喝酒",
    "要求话务员帮他跟媳妇吵架",
    "要求把明天的高考题目告诉他",
    "要求政府给他家的羊评个先进",
    "要求话务员给他讲个笑话",
    "要求把黄河的水引到他家院子里养鱼",
]
CHILD_Q = [
    "你是谁呀",
    "阿姨你在干嘛",
    "我要找奥特曼",
    "我妈不在家",
    "你是警察吗",
    "嘻嘻嘻",
    "我给你唱个歌",
    "我家有小狗",
    "叔叔再见",
    "你吃饭了没有",
    "我要买冰棍",
]
BET_Q = ["你是最帅的", "我爱你", "我输了", "青渠第一帅", "生日快乐"]
ROBO_Q = [
    "您好，您的贷款额度已审批通过，最高可借二十万，详情请按1",
    "尊敬的客户您好，您的宽带即将到期，现推出升级优惠",
    "您好，这里是惠家装饰，现在预约可享免费设计",
    "您好，我是启航教育的课程顾问，孩子暑假的辅导安排了吗",
    "您好，您有一个快递因地址不详无法派送，请按1转人工",
    "您好，您的信用卡已逾期，请尽快处理",
    "感谢您一直以来的支持，现为您推荐一款惠民保险",
    "您好，您的医保卡账户异常，请按9转人工",
    "本店新开业，全场八折，欢迎光临",
    "您好，请问您最近有资金需求吗",
    "您好，这里是电力公司，您户电费余额不足，请及时缴费",
]
ROBO_X = ["贷款", "宽带", "装修", "教育培训", "保险", "理财", "房产", "美容"]
MUSIC_X = [
    "音乐声",
    "流行歌曲",
    "收音机广播声",
    "秦腔",
    "花儿（民歌）",
    "广场舞音乐",
    "电视剧的声音",
    "戏曲",
    "抖音短视频的声音",
]
TELE_X = [
    "推销办公用打印纸和硒鼓",
    "问单位要不要做网站推广",
    "推销贷款",
    "推销净水器",
    "问要不要给员工办团体意外险",
    "推销企业培训课程",
    "问办公室要不要装修",
    "推销电梯广告位",
    "推销桶装水",
    "问热线要不要外包话务服务",
    "推销办公软件",
    "推销粽子礼盒",
    "推销空调清洗服务",
    "问要不要办理商务宽带",
]

PRANK_ISSUES = [
    ("{xq}{bld}楼顶有人要跳楼，下面围了很多人", "相关部门马上到现场", "{xq}有人要跳楼", "县公安局"),
    ("{street}和{street2}交叉口两辆车撞了，有人躺在地上不动", "派救护车", "{street}车祸有人受伤", "交警大队"),
    ("{tv}{canal}里漂着一个人", "赶快派人打捞", "{canal}有人落水", "县公安局"),
    ("{xq}{bld}{unit}楼道里冒黑烟，像是着火了", "消防马上来", "{xq}着火", "县消防救援大队"),
    ("{school}门口有人拿着刀在晃", "警察过去看看", "{school}门口有人持刀", "县公安局"),
    ("{street}一家饭馆后厨在用地沟油，他亲眼看到的", "市场监管局去查", "{street}饭馆地沟油", "县市场监管局"),
    ("{tv}有人在家里偷偷宰病死的羊往外卖", "去查处", "{tv}私宰病死羊", "县农业农村局"),
    ("{xq}门口有人在卖假药，好多老人上当", "去查一下", "{xq}卖假药", "县市场监管局"),
    ("{park}的湖里有条大鱼把小孩拖下去了", "派人去救", "公园大鱼拖小孩", "县公安局"),
    ("{street}的下水道里有鳄鱼", "派人抓", "下水道有鳄鱼", "县综合执法局"),
    ("{tv}的地里落下来一个会发光的东西", "派人来看", "地里有发光物", "{rtown}政府"),
    ("{xq}{bld}有人在家里做炸药", "公安去查", "{xq}有人做炸药", "县公安局"),
    ("{street}银行门口有人抢劫", "马上出警", "{street}银行抢劫", "县公安局"),
    ("{company}的锅炉要爆炸了", "赶紧疏散", "{company}锅炉要爆炸", "工业园区管委会"),
    ("{tv}的村干部在村委会里打麻将赌钱", "纪委去查", "{tv}村干部赌博", "{rtown}政府"),
    ("{xq}{bld}楼下停着一辆车，里面好像有个小孩被锁着", "赶紧来人", "{xq}车内锁着小孩", "县公安局"),
    ("{market}有人在卖野生的猫头鹰", "森林公安去查", "{market}卖野生动物", "县自然资源局"),
    ("{xq}停水了，整栋楼都没水", "供水公司来修", "{xq}停水", "县城市供水公司"),
    ("{street}路中间有个大坑，已经掉进去一辆电动车", "赶紧来处理", "{street}路面塌陷", "县住建局"),
]
PRANK_HINTS = [
    "询问详细位置时来电人支支吾吾",
    "来电人说完后笑着挂断",
    "背景有多人哄笑声",
    "经询问，来电人所说小区无{bld}",
    "回拨电话无人接听",
    "回拨已关机",
    "声音像是未成年人",
    "来电人前后说法不一",
    "该号码此前来电反映过其他紧急情况，经核实均不属实",
    "已联系{dept}核实，现场无此情况",
    "来电人拒绝提供姓名和具体位置",
    "追问细节时对方挂断",
]

VEX_THEMES = [
    ("其小区门口为什么装摄像头", "已多次告知为公安视频监控工程"),
    ("楼上邻居走路声音大", "已多次告知属邻里纠纷，社区已多次上门调解"),
    ("县城的红绿灯为什么时间这么长", "已多次解释"),
    ("要求查询话务员的工号和姓名", "已告知工号"),
    ("要求话务员把他的话一字不落转给县长", "已多次解释"),
    ("询问“你们是不是12345”", ""),
    ("他十年前买的彩票中奖了没兑", "已多次告知向福彩中心咨询"),
    ("要求供电公司把他家门口的电线杆挪走", "供电公司已答复不具备迁移条件"),
    ("问他的工单处理了没有（经查无该来电人工单）", "已告知查无工单"),
    ("有人用电波控制他的事", "已多次解释"),
    ("要求退还2008年交的有线电视费30元", "已多次答复"),
    ("问县长叫什么名字、电话多少", "已告知不提供个人电话"),
    ("要求话务员给他读一遍今天的新闻", ""),
    ("他家门口的树为啥不修剪（已于上月修剪）", "已告知已修剪"),
]

QUOTED_INSULT = [
    (
        "其楼上邻居{person}经常在楼道里骂她，说她“老不死的，咋还不死”，还往她家门口倒垃圾",
        "社区出面调解",
        "邻居辱骂 倒垃圾",
        "{comm}",
    ),
    (
        "在{street}坐出租车，司机嫌路近，说她“你个土包子，坐不起就别坐”",
        "交通部门处理司机",
        "出租车司机侮辱乘客",
        "县交通运输局",
    ),
    (
        "到{dept}窗口办事，工作人员说他“听不懂人话是不是”，态度恶劣",
        "该单位批评教育并道歉",
        "{dept}窗口人员态度恶劣",
        "{dept}",
    ),
    ("网贷催收公司打电话给他家人，说“你全家都不得好死”", "相关部门查处暴力催收", "暴力催收", "县公安局"),
    ("{xq}物业保安说他“你个穷怂还想停车”，还推搡他", "物业道歉并处理保安", "{xq}保安侮辱业主", "县住建局"),
    ("在{market}买菜时商贩嫌她挑，喊她“瓜婆娘”", "市场管理方处理", "{market}商贩辱骂顾客", "县市场监管局"),
    ("{tv}村干部在村民群里说他“老赖”“刁民”，他觉得受到侮辱", "镇上调查处理", "村干部群内侮辱村民", "{rtown}政府"),
    (
        "{school}的老师在班上说他家孩子“脑子有问题”“猪都比你聪明”",
        "教育部门调查",
        "{school}教师言语侮辱学生",
        "县教育体育局",
    ),
    ("公交司机说他“眼瞎啊，没看见到站了”，还不让他下车", "公交公司处理", "公交司机辱骂乘客", "县交通运输局"),
    ("工地包工头讨薪时说他“再来要钱就打断你的腿”", "人社部门帮忙讨薪", "包工头威胁讨薪工人", "县人社局"),
    ("{hosp}护士喊他母亲“死老婆子别乱动”", "医院调查处理", "{hosp}护士态度恶劣", "县卫健局"),
    ("邻居{person}因为浇地的事在村里到处说她“偷水贼”", "村上调解", "邻里因浇地纠纷侮辱", "{rtown}政府"),
    ("房东喊他“外地来的穷鬼”，要把他东西扔出去", "社区调解", "房东侮辱租户", "{comm}"),
    ("{xq}有住户骂环卫工“扫地的下贱货”", "社区教育", "居民辱骂环卫工", "{comm}"),
]
ANGRY_LEAD = {
    "formal": [
        "{cw}情绪激动，多次爆粗口（“{q}”），经安抚后反映：",
        "{cw}来电辱骂话务员，经安抚后称：",
        "{cw}情绪激动，言语粗俗，反映：",
        "{cw}称“{q}，你们再不管老子天天打”，反映：",
    ],
    "plain": ["来电很冲，骂人，“{q}”，说的是", "骂了半天才说事：", "情绪很大，骂了几句，反映"],
    "terse": ["骂人 ", "情绪激动 ", "辱骂 有诉求 "],
    "chatty": [
        "一接通就骂骂咧咧的，“{q}”，后来才说清楚是",
        "火气特别大，先把我骂了一顿，慢慢才说是",
        "说话很冲，张口就是“{q}”，安抚了半天才说：",
    ],
}
ANGRY_Q = [
    "你们这些吃干饭的",
    "日你先人",
    "瓜怂政府",
    "羞你先人哩",
    "你们顶个球用",
    "狗日的",
    "一群废物",
    "挨球的",
    "你们是不是都死了",
]

ELDERLY = [
    ("家里停电了，不知道是不是没交电费，孩子都在外地", "帮忙联系供电公司", "老人家中停电", "县供电公司"),
    ("这个月的养老金还没到账", "帮忙查一下", "养老金未到账", "县人社局"),
    ("高龄补贴好几个月没发了", "帮忙问问", "高龄补贴未发", "县民政局"),
    ("楼上漏水把家里顶棚泡了，楼上的人不开门", "社区帮忙协调", "楼上漏水", "{comm}"),
    ("家里的水龙头关不上，水一直流", "派人来修", "水龙头坏", "{comm}"),
    ("社区说给她办的医保，不知道办好了没有", "帮忙查一下", "医保是否办好", "县医保局"),
    ("不会在手机上做养老认证，怕停发", "有人上门帮忙", "不会养老认证", "县人社局"),
    ("家里燃气灶打不着火了", "燃气公司来看看", "燃气灶打不着", "县燃气公司"),
    ("小区门口台阶太高，坐轮椅出不去", "修个坡道", "台阶高轮椅出不去", "{comm}"),
    ("一个人住，晚上听见院子里有动静，害怕", "派人来看看", "独居老人害怕有人", "县公安局"),
    ("家里电视没信号了，有线电视费刚交过", "派人来修", "电视没信号", "{comm}"),
    ("村里通知去体检，不知道去哪", "告诉地方", "老人体检地点", "{rtown}卫生院"),
]
ELDER_NOTES = [
    "来电人年龄较大，表述不太清楚，经多次确认",
    "老人耳背，反复确认",
    "来电人讲话重复，系独居老人",
    "来电人称子女在外地打工",
    "老人说话慢，讲了很久",
    "来电人为八十多岁老人",
]

NIGHT_WORK = [
    (
        "外卖骑手",
        "{xq}物业晚上不让外卖电动车进小区，送餐要跑很远，保安还刁难",
        "物业规范管理",
        "{xq}不让骑手进",
        "县住建局",
    ),
    (
        "外卖骑手",
        "{street}路灯全灭了，晚上送餐差点掉进没盖的坑里",
        "尽快修路灯、盖井",
        "{street}夜间无灯有坑",
        "县住建局",
    ),
    (
        "出租车夜班司机",
        "{park}附近晚上有黑车拉客，还抢正规出租车的客",
        "交通部门夜间查处",
        "{park}夜间黑车",
        "县交通运输局",
    ),
    (
        "货车司机",
        "{road}{rtown}段夜间施工没有任何警示标志，差点撞上",
        "施工单位设置警示",
        "{road}夜间施工无警示",
        "县交通运输局",
    ),
    ("货车司机", "{road}治超站晚上乱罚款，不给开票", "相关部门核实", "{road}夜间乱罚款", "县交通运输局"),
    ("工业园区夜班工人", "{company}说好的夜班补贴三个月没发", "人社部门督促发放", "{company}夜班补贴未发", "县人社局"),
    ("工业园区夜班工人", "{company}夜班连上十二个小时不让休息", "劳动监察检查", "{company}夜班超时", "县人社局"),
    ("代驾司机", "晚上{street}一带的停车场收费员乱收夜间停车费", "规范收费", "{street}夜间停车乱收费", "县市场监管局"),
    ("刚下夜班的工人", "回家发现{xq}{bld}楼道灯全坏了，老人上下楼摔过", "物业尽快修", "{xq}楼道灯坏", "县住建局"),
    ("夜班保安", "{xq}门口晚上总有人飙车，轰油门声音很大", "交警夜间整治", "{xq}夜间飙车", "交警大队"),
    ("夜班护士", "下夜班回家路上{street}有人尾随", "加强夜间巡逻", "{street}夜间有人尾随", "县公安局"),
    ("快递分拣员", "恒通物流园夜班食堂卫生太差", "市场监管局检查", "物流园食堂卫生差", "县市场监管局"),
]
URGENT = [
    (
        "{tv}{canal}渠堤决口了，水正往村里和地里灌",
        "马上派人来堵口子",
        "{canal}决口",
        "县水务局",
        ["已电话通知灌溉管理所值班人员", "已联系属地镇政府", "已同步推送县应急管理局"],
    ),
    (
        "其母亲在{park}附近走失了，老人有老年痴呆",
        "帮忙寻找",
        "老人走失",
        "县公安局",
        ["已转接110", "已告知拨打110报警"],
    ),
    (
        "被困在{xq}{bld}电梯里，已经二十多分钟了",
        "尽快派人救援",
        "{xq}电梯困人",
        "县市场监管局",
        ["已转接119", "已联系物业及电梯维保单位", "已告知保持冷静不要扒门"],
    ),
    (
        "家里闻到很大的煤气味",
        "燃气公司马上来",
        "燃气泄漏",
        "县燃气公司",
        ["已告知开窗通风、不要开关电器并撤离", "已转燃气公司抢修电话"],
    ),
    ("{street}路边有人晕倒了，一动不动", "叫救护车", "{street}有人晕倒", "县卫健局", ["已转120", "已告知拨打120"]),
    (
        "{street}一根电线断了掉在路上，冒火花",
        "供电公司赶紧来",
        "{street}电线断落",
        "县供电公司",
        ["已告知远离现场并拨打95598", "已联系供电公司值班室"],
    ),
    ("下大雨后家里进水，水已经到膝盖了", "派人来抽水", "家中进水", "{rtown}政府", ["已联系属地镇政府", "已转119"]),
    (
        "{tv}有几个小孩在{canal}边游泳，有一个好像沉下去了",
        "马上救人",
        "{canal}疑似溺水",
        "县公安局",
        ["已转119", "已同步联系110", "已联系属地镇政府"],
    ),
    ("家里老人中暑晕倒了", "帮忙叫救护车", "老人中暑", "县卫健局", ["已转120", "已告知拨打120并将老人移到阴凉处"]),
    ("{xq}{bld}着火了，楼道里全是烟", "消防马上来", "{xq}着火", "县消防救援大队", ["已转119", "已告知拨打119"]),
    ("邻居家独居老人{days}没开门，有异味", "派人上门看看", "独居老人安危", "{comm}", ["已联系社区", "已同步联系110"]),
    (
        "{road}上一辆拉羊的车翻了，羊跑得满路都是",
        "交警来处理",
        "{road}货车侧翻",
        "交警大队",
        ["已转122", "已联系交警值班"],
    ),
]
DISTRESS = [
    "称最近心里特别难受，觉得活着没意思",
    "称被丈夫打了，现在躲在外面不敢回家",
    "哭诉孩子生病住院，家里实在拿不出钱",
    "称网贷逾期后催收天天打电话骂他，快撑不下去了",
    "称和家人吵架后一个人在{park}坐着，不想回去",
    "称在外地打工被骗了，身上没钱回不了家",
    "称丈夫去世后一个人带三个孩子，实在撑不住了",
]
DISTRESS_NOTES = [
    "已安抚情绪，告知心理援助热线12356",
    "已同步联系110",
    "已安抚，联系属地社区上门",
    "通话{mins}，来电人情绪逐渐平复",
    "已告知妇联及派出所求助途径",
    "已联系属地民政部门",
]
MISDIAL = {
    "formal": [
        "{cw}要报警，称家门口有人打架，已告知直接拨打110。",
        "{cw}以为是供电公司，询问停电原因，已告知拨打95598。",
        "{cw}要叫救护车，已告知拨打120。",
        "{cw}要查话费，拨错号码。",
        "{cw}要找快递公司，拨错号码。",
        "{cw}以为是县医院，要预约挂号，已告知医院电话。",
        "{cw}称打错了，本来要打给儿子。",
        "{cw}要订火车票，已告知拨打12306。",
        "{cw}要找燃气公司报修，已告知燃气公司电话0953-5039966。",
        "{cw}要问天气预报，已告知拨打12121。",
        "{cw}电动车被偷，要报警，已告知拨打110。",
        "{cw}要找银行客服，拨错号码。",
        "{cw}要找{shop}订餐，打错了。",
    ],
    "plain": [
        "打错了",
        "要找110，告诉他直接打110",
        "问电费，让他打95598",
        "要叫120，拨错了",
        "要找快递，打错",
        "打错电话，要找儿子",
        "要找移动公司，让打10086",
    ],
    "terse": ["打错", "找110 已告", "拨错", "找95598", "打错 挂", "找120 已告", ""],
    "chatty": [
        "老人家说要给孙子打电话，按错号了，还跟我说了半天不好意思",
        "以为是快递公司，问他的件到哪了，我说打错了",
        "说家里停电了，我告诉他打95598，他说记下了",
    ],
}
BADLINE = {
    "formal": [
        "信号不好，听不清来电人讲话，建议其换个地方重新来电。",
        "来电杂音很大，无法听清诉求。",
        "来电人口音较重且信号差，多次确认未能听清。",
        "通话断断续续，只听到“{x}”几个字，无法记录诉求。",
        "回音很大，无法沟通，建议重新拨打。",
        "来电人声音很小，听不清，建议重新拨打。",
    ],
    "plain": ["听不清", "信号差听不清", "杂音大，没听清说啥", "只听到“{x}”，其他听不清"],
    "terse": ["听不清", "信号差", "杂音", "听不清 挂", ""],
    "chatty": [
        "那边风特别大，像是在地里打的，只听见说“{x}”，后面就听不清了",
        "方言口音重，信号又不好，我问了三遍也没听明白，让他换个地方再打",
    ],
}
BADLINE_X = ["停水", "村里", "补贴", "路", "工资", "楼上", "浇地", "社保", "我们队上", "车"]
PRAISE = [
    ("{dept}工作人员{surname}同志办事热情耐心，一次就把事情办好了", "{dept}"),
    ("{rtown}政府帮其解决了拖欠多年的土地流转费", "{rtown}政府"),
    ("{hosp}的医生护士对其住院的父亲照顾很细心", "{hosp}"),
    ("县综合执法局很快就把{xq}楼下的烧烤摊噪音问题处理好了", "县综合执法局"),
    ("12345热线反映的{xq}停水问题当天就解决了", "县城市供水公司"),
    ("{comm}的网格员帮她家独居老人办了高龄补贴", "{comm}"),
    ("交警在{road}上帮他推了抛锚的车", "交警大队"),
    ("县人社局帮他们{n}个农民工讨回了工资", "县人社局"),
    ("灌溉管理所半夜派人来帮{tv}堵渠口", "青渠灌溉管理所"),
]
SUGGEST = [
    ("在{street}与{street2}交叉口增设红绿灯", "交警大队"),
    ("延长县城到{rtown}公交末班车时间", "县交通运输局"),
    ("在{canal}沿线设置护栏和警示牌，防止小孩落水", "县水务局"),
    ("在{xq}附近增设公共厕所", "县综合执法局"),
    ("夏季政务服务中心中午安排人值班", "县政务服务中心"),
    ("在{park}多安装几个路灯和座椅", "县综合执法局"),
    ("对县城夜市统一规划管理，集中到一个地方", "县综合执法局"),
    ("在{market}周边增设停车位", "交警大队"),
    ("县医院周末也开放专家门诊", "县卫健局"),
    ("给{tv}修一条水泥路到镇上", "县交通运输局"),
    ("夏灌期间公布轮灌时间表，别让村民半夜守水", "县水务局"),
]
GRIEVANCES = [
    ("2012年{tv}修路征用其家承包地{cn}亩，补偿款至今未全部兑现", "兑现征地补偿款", "征地补偿未兑现"),
    ("其父亲在{company}工作期间受伤，工伤认定一直办不下来", "尽快认定工伤", "工伤认定"),
    ("2016年棚户区改造拆了其房屋，安置房面积与协议不符", "按协议安置", "拆迁安置面积不符"),
    ("其在{rtown}承包的工程，{company}拖欠工程款{money}，多年未结", "结清工程款", "拖欠工程款"),
    ("其为退伍老兵，参战身份一直没有认定，相关待遇未落实", "认定身份落实待遇", "参战身份认定"),
    ("其早年在原县农机厂工作，企业改制后工龄未被认定，影响养老金", "认定工龄", "改制企业工龄"),
    ("其宅基地被邻居{person}侵占，镇上调解多次未解决", "依法处理宅基地纠纷", "宅基地被占"),
    ("其母亲2019年在{hosp}手术后去世，认为是医疗事故，医院一直推诿", "追究医院责任", "医疗纠纷"),
    ("其家低保2021年被取消，认为不公平", "恢复低保", "低保被取消"),
    ("{tv}村干部在土地流转中克扣流转费，其举报后一直没有结果", "查处村干部并公开结果", "举报村干部克扣流转费"),
    ("其家{cn}亩枸杞地被{company}排放的废气熏死，要求赔偿，已反映多年", "赔偿损失", "工厂废气熏死枸杞"),
    ("其丈夫2018年在{company}工地死亡，赔偿至今未到位", "落实赔偿", "工亡赔偿"),
    ("其户口被错误注销，导致无法享受村集体分红", "恢复户口和分红", "户口被错误注销"),
    ("其生态移民搬迁到{tv}后，原承诺分配的土地一直没有落实", "落实移民土地", "移民土地未落实"),
]


# --------------------------------------------------------------- helpers ---
def _alloc(total, shares):
    raw = [(k, total * s) for k, s in shares]
    base = [(k, int(math.floor(v))) for k, v in raw]
    left = total - sum(v for _, v in base)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i][1] - base[i][1]))
    out = dict(base)
    for i in order[:left]:
        out[raw[i][0]] += 1
    return out


def _mins(secs):
    if secs < 60:
        return "%d秒" % secs
    m = secs // 60
    if m < 10:
        return "%d分多钟" % m
    if m < 20:
        return "十几分钟"
    if m < 30:
        return "二十多分钟"
    if m < 60:
        return "半个多小时"
    return "一个多小时"


def _active(tp, t):
    if tp.get("months") and t.month not in tp["months"]:
        return False
    md = tp.get("md")
    if md:
        k = (t.month, t.day)
        if not (md[0] <= k <= md[1]):
            return False
    return True


def _pick_cum(r, cum):
    x = r.random() * cum[-1]
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] > x:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _cum(ws):
    out, acc = [], 0.0
    for w in ws:
        acc += w
        out.append(acc)
    return out


# ------------------------------------------------------------ generator ---
class _Gen:
    def __init__(self, n_target, days, start, hshare, seed):
        self.r = random.Random(seed)
        self.n = int(n_target)
        self.start = start
        self.end = start + dt.timedelta(days=days)
        self.day0 = dt.datetime(start.year, start.month, start.day)
        self.ndays = max(1, int(math.ceil((self.end - self.day0).total_seconds() / 86400.0)))
        self.hshare = hshare
        self.rows = []
        self.used = set()
        self.gen_phones = []
        self.ops = [Op(d, i) for i, d in enumerate(ROSTER)]
        self._dcache = {}
        self._hcache = {k: _cum(v) for k, v in PROFILES.items()}
        self._duty = {}
        self.orders = []  # (t, phone, short, ord, dept) of genuine orders for follow-ups
        self.recycled = []
        self.restricted = []
        self.seq = {}

    # ---- time
    def _dow_index(self, d):
        k = (d.year, d.month, d.day)
        if k in HOLIDAYS:
            return 6
        if k in MAKEUP:
            return 1
        return d.weekday()

    def _daycum(self, dow):
        c = self._dcache.get(dow)
        if c is None:
            prof = DOWS[dow]
            c = _cum([prof[self._dow_index(self.day0 + dt.timedelta(days=i))] for i in range(self.ndays)])
            self._dcache[dow] = c
        return c

    def when(self, prof, dow):
        r = self.r
        for _ in range(30):
            d = _pick_cum(r, self._daycum(dow))
            h = _pick_cum(r, self._hcache[prof])
            t = self.day0 + dt.timedelta(days=d, hours=h, minutes=r.randrange(60), seconds=r.randrange(60))
            if self.start <= t < self.end:
                return t
        span = int((self.end - self.start).total_seconds())
        return self.start + dt.timedelta(seconds=r.randrange(max(1, span)))

    def at_hour(self, day, prof):
        h = _pick_cum(self.r, self._hcache[prof])
        return self.day0 + dt.timedelta(days=day, hours=h, minutes=self.r.randrange(60), seconds=self.r.randrange(60))

    def inside(self, t):
        return self.start <= t < self.end

    def dayno(self, t):
        return (t - self.day0).days

    # ---- operators
    def op_at(self, t):
        h = t.hour
        shift = "night" if h < 8 else ("day" if h < 16 else "evening")
        dn = (t.date() - self.day0.date()).days
        key = (dn, shift)
        lst = self._duty.get(key)
        if lst is None:
            lst = [o for o in self.ops if o.shift == shift and (dn + o.off) % 7 not in (0, 1)]
            if not lst:
                lst = [o for o in self.ops if o.shift == shift]
            self._duty[key] = (lst, [o.load for o in lst])
            lst = self._duty[key]
        ops, ws = lst
        return self.r.choices(ops, ws)[0]

    # ---- phones
    def _uniq(self, f):
        for _ in range(50):
            p = f()
            if p not in self.used:
                self.used.add(p)
                return p
        return f()

    def mobile(self, virtual=False):
        r = self.r
        if virtual:
            pre = r.choice(["170", "171", "165", "167", "162"])
        else:
            pre = r.choice(
                [
                    "133",
                    "135",
                    "136",
                    "137",
                    "138",
                    "139",
                    "150",
                    "151",
                    "152",
                    "155",
                    "157",
                    "158",
                    "159",
                    "166",
                    "173",
                    "177",
                    "180",
                    "181",
                    "182",
                    "183",
                    "185",
                    "186",
                    "187",
                    "188",
                    "189",
                    "191",
                    "193",
                    "195",
                    "198",
                    "199",
                    "139",
                    "151",
                    "189",
                ]
            )
        return self._uniq(lambda: pre + "%08d" % r.randrange(10**8))

    def land_local(self):
        r = self.r
        return self._uniq(
            lambda: (
                AREA + r.choice(["50", "51", "52", "53", "55", "56", "60", "62", "65"]) + "%05d" % r.randrange(10**5)
            )
        )

    def land_other(self):
        r = self.r
        code, ln = r.choice(
            [
                ("010", 8),
                ("021", 8),
                ("020", 8),
                ("0755", 8),
                ("0571", 8),
                ("029", 8),
                ("0951", 7),
                ("0952", 7),
                ("0955", 7),
                ("0931", 7),
                ("028", 8),
            ]
        )
        return self._uniq(lambda: code + ("%0" + str(ln) + "d") % r.randrange(10**ln))

    def gphone(self, landline=0.1, withheld=0.025):
        r = self.r
        x = r.random()
        if x < withheld:
            return ""
        if self.recycled and r.random() < 0.004:
            return self.recycled[r.randrange(len(self.recycled))]
        if self.gen_phones and r.random() < 0.02:
            return self.gen_phones[r.randrange(len(self.gen_phones))]
        if x < withheld + landline:
            p = self.land_local()
        elif x < withheld + landline + 0.015:
            p = self.land_other()
        else:
            p = self.mobile()
        self.gen_phones.append(p)
        return p

    # ---- durations
    def dur(self, spec):
        med, sig, lo, hi = spec
        v = int(med * math.exp(self.r.gauss(0, sig)))
        return max(lo, min(hi, v))

    def silent_dur(self):
        r = self.r
        x = r.random()
        if x < 0.42:
            return r.randint(2, 9)
        if x < 0.85:
            return r.randint(10, 45)
        return int(min(900, 60 * math.exp(r.gauss(0.6, 0.7))))

    def drop_dur(self):
        r = self.r
        x = r.random()
        if x < 0.6:
            return r.randint(2, 10)
        if x < 0.9:
            return r.randint(10, 35)
        return r.randint(35, 120)

    def emit(self, t, phone, secs, content, label, kind):
        self.rows.append(
            {
                "received_at": t,
                "caller_phone": phone,
                "content": content,
                "call_seconds": int(secs),
                "label": label,
                "kind": kind,
            }
        )

    def order_no(self, t):
        key = t.date()
        self.seq[key] = self.seq.get(key, 0) + self.r.randint(1, 3)
        return "%04d%02d%02d%05d" % (t.year, t.month, t.day, self.seq[key])

    # ---------------------------------------------------------- rendering ---
    def notes_join(self, op, notes):
        if not notes:
            return ""
        if op.style == "terse":
            return " " + " ".join(notes)
        if op.style == "formal" and self.r.random() < 0.6:
            return "".join("（%s）" % n for n in notes)
        return "".join(n + "。" for n in notes)

    def render_matter(self, op, m, t):
        r = self.r
        cw = op.cw if op.style != "plain" else r.choice(["来电人", "来电", "市民", "来电人"])
        issue, det, dem = m["issue"], m.get("detail", ""), m.get("demand", "")
        who = m.get("who", "")
        notes = list(m.get("notes", ()))
        if r.random() < op.note_rate:
            n = r.choice(op.notes)
            if n not in notes:
                notes.append(n)
        quote = m.get("quote")
        urgent = m.get("urgent")
        lead = m.get("lead", "")
        st = op.style
        if st == "terse":
            s = lead + (who + " " if who and r.random() < 0.6 else "") + m["short"]
            tail = r.choice(
                ["要求处理", "求处理", "请处理", "需回复", "", "", "要求查处", "转" + m.get("dept", "")]
                if not urgent
                else (["急", "紧急", ""] if notes else ["急", "紧急 已转", "已转", ""])
            )
            if tail:
                s += " " + tail
            return s + self.notes_join(op, notes[:1] if r.random() < 0.6 else [])
        body = issue
        if quote:
            body += r.choice(["，称“%s”", "，原话“%s”", "，说“%s”"]) % quote
        if det:
            body += "，" + det
        if st == "formal":
            if urgent:
                head = r.choice([cw + "来电称：", "【紧急】" + cw + "称", cw + "紧急求助：", cw + "称"])
            elif who:
                head = r.choice([cw + "系%s，反映：" % who, cw + "（%s）反映：" % who, "%s来电反映：" % who])
            else:
                head = r.choice(
                    [cw + "反映：", cw + "反映，", cw + "来电反映：", cw + "称：", cw + "来电称，", cw + "反映"]
                )
            if lead:
                head = lead
            if op.sections and not urgent and not lead and r.random() < 0.55:
                s = "【来电内容】" + (who + "，" if who else "") + body + "。"
                if dem:
                    s += "【诉求】" + dem + "。"
            else:
                s = head + body + "。"
                if dem:
                    s += r.choice(
                        [
                            cw + "诉求：" + dem + "。",
                            "诉求：" + dem + "。",
                            cw + "希望" + dem + "。",
                            cw + "要求" + dem + "。",
                            "望" + dem + "。",
                        ]
                    )
            s += self.notes_join(op, notes)
            if r.random() < 0.4:
                s += r.choice(
                    [
                        "请相关部门核实处理。",
                        "请%s核实处理。" % m.get("dept", "相关部门"),
                        "请尽快处理并回复来电人。",
                        "望尽快处理。",
                        "请按时限办理。",
                    ]
                )
            return s
        if st == "plain":
            head = r.choice(["", "", cw + "反映", "反映", "市民反映", cw + "说", cw + "称"])
            if who:
                head = r.choice(["%s反映" % who, "%s来电，" % who, cw + "是%s，" % who])
            if urgent:
                head = r.choice([cw + "称", "紧急：", "", cw + "说"])
            if lead:
                head = lead
            s = head + body
            if dem:
                s += "，" + r.choice(["希望", "要求", "想让", "", "请"]) + dem
            s += "。" + self.notes_join(op, notes)
            return s
        # chatty
        if who:
            head = r.choice(["一位%s打来说" % who, "%s来电说" % who, "是个%s，说" % who])
        else:
            head = r.choice(
                [
                    "市民来电说",
                    "来电的大姐说",
                    "一位大爷打来说",
                    "有位师傅来电说",
                    cw + "跟我讲",
                    "打电话的小伙子说",
                    cw + "说",
                    "来电说",
                ]
            )
        if lead:
            head = lead
        s = head + body
        if dem:
            s += "，" + r.choice(["希望", "想请", "盼着", "就想让", "问能不能"]) + dem
        s += "。" + r.choice(
            [
                "听着挺着急的。",
                "说话挺客气的。",
                "讲了半天才说清楚地址，已复述确认。",
                "口音比较重，确认了两遍。",
                "我跟他说会尽快转给相关部门。",
                "情绪还算平稳。",
                "",
                "",
                "",
            ]
        )
        s += self.notes_join(op, notes)
        return s

    def topic_matter(self, tp, t, cache=None):
        r = self.r
        c = cache if cache is not None else {}
        c["_t"] = t
        i = r.randrange(len(tp["issue"]))
        dl, sl = tp["demand"], tp["short"]
        m = {
            "issue": fill(r, tp["issue"][i], c),
            "detail": fill(r, r.choice(tp["detail"]), c) if r.random() < 0.6 else "",
            "demand": fill(r, dl[i] if len(dl) == len(tp["issue"]) else r.choice(dl), c),
            "short": fill(r, sl[i] if len(sl) == len(tp["issue"]) else r.choice(sl), c),
            "dept": fill(r, tp["dept"], c),
        }
        if tp["quote"] and r.random() < 0.25:
            m["quote"] = r.choice(tp["quote"])
        return m

    def pick_topic(self, t, pool=None):
        r = self.r
        pool = pool or COMPLAINTS
        ws = []
        night = t.hour >= 21 or t.hour < 4
        for tp in pool:
            if not _active(tp, t):
                ws.append(0.0)
                continue
            w = tp["w"]
            if tp.get("hours") == "night":
                w *= 3.0 if night else 0.6
            elif night:
                w *= 0.5
            ws.append(w)
        if sum(ws) <= 0:
            ws = [tp["w"] if not tp.get("md") else 0.0 for tp in pool]
        return r.choices(pool, ws)[0]

    def history_note(self, op, phone, nt_today, nt_total):
        r = self.r
        if not phone or op.style == "terse":
            return ""
        if nt_today >= 2 and r.random() < 0.3:
            return r.choice(
                [
                    "该号码今日第%d次来电" % nt_today,
                    "今日多次来电",
                    "重复来电",
                    "该来电人今日已来电%d次" % (nt_today - 1),
                ]
            )
        if nt_total >= 5 and r.random() < 0.15:
            return r.choice(["该来电人近期多次来电", "此号码多次来电", "该号码近期频繁来电"])
        return ""

    # ------------------------------------------------------- nuisance text ---
    def censor(self, op, q):
        r = self.r
        if q in ABUSE_SWEAR or q in ANGRY_Q:
            if op.censor == "star":
                return q[0] + "**" if len(q) > 2 else "**"
            if op.censor == "paren":
                return "……（脏话）"
            if op.censor == "pinyin" and r.random() < 0.6:
                return r.choice(PINYIN_CURSE)
        return q

    def silent_text(self, op, secs, phone, nt_today, nt_total, genuine):
        r = self.r
        if r.random() < op.blank:
            return ""
        if genuine and r.random() < 0.5:
            w = r.choice(DROP_POOL)
        elif r.random() < 0.65:
            w = r.choice(op.sil)
        else:
            w = r.choice(SILENT_POOL)
        if secs >= 60 and r.random() < 0.45 and op.style != "terse":
            w = r.choice(["接通后无声约%s", "持续%s无人说话", "接通%s无任何声音", "无声，线路保持%s"]) % _mins(secs)
        if not genuine and r.random() < 0.12 and op.style != "terse":
            w += "，" + r.choice(SILENT_HINTS)
        if genuine and r.random() < 0.12 and op.style != "terse":
            w += "，" + r.choice(["回拨无人接听", "回拨后对方称没事", "疑似信号问题", "回拨占线"])
        if not genuine and r.random() < 0.05 and op.style != "terse":
            w += "，" + r.choice(["回拨无人接听", "回拨已关机", "回拨对方不说话"])
        hn = self.history_note(op, phone, nt_today, nt_total)
        if hn:
            w += "，" + hn if op.style != "formal" else "（%s）" % hn
        if op.style == "formal" and r.random() < 0.25:
            w += "（无效来电）"
        elif op.style == "chatty" and phone and nt_total >= 3 and r.random() < 0.3:
            w += r.choice(["，又是这个号", "，这个号码老这样", "，这几天总打"])
        return w

    def nomatter_text(self, kind, op, secs, phone, nt_today, nt_total, fixed=None):
        r = self.r
        d = NOMATTER[kind]
        c = {"cw": op.cw, "mins": _mins(secs), "p": r.choice(PINYIN_CURSE)}
        if kind == "abuse_operator":
            q = r.choice(ABUSE_SWEAR) if r.random() < 0.6 else r.choice(ABUSE_CLEAN)
            if r.random() < 0.2:
                q = q + "，" + r.choice(ABUSE_SWEAR + ABUSE_CLEAN)
            c["q"] = self.censor(op, q)
        elif kind == "vent_government":
            c["q"] = r.choice(VENT_Q)
        elif kind == "threat":
            c["q"] = r.choice(THREAT_Q)
        elif kind == "drunk":
            c["q"] = r.choice(DRUNK_Q)
        elif kind == "flirt":
            c["q"] = r.choice(FLIRT_Q)
        elif kind == "nonsense_story":
            c["x"] = fill(r, r.choice(NONSENSE_X), {})
        elif kind == "absurd_request":
            c["x"] = fill(r, r.choice(ABSURD_X), {})
        elif kind == "child_play":
            c["q"] = r.choice(CHILD_Q)
        elif kind == "bet_dare":
            c["q"] = r.choice(BET_Q)
        elif kind == "robocall":
            c["q"] = r.choice(ROBO_Q)
            c["x"] = r.choice(ROBO_X)
        elif kind == "music_radio":
            c["x"] = r.choice(MUSIC_X)
        elif kind == "telemarketer":
            c["x"] = r.choice(TELE_X)
        if fixed:
            c["x"] = r.choice(fixed)
        tpl = r.choice(d[op.style])
        if "又是" in tpl and nt_total < 2:
            tpl = d[op.style][0]
        if op.style == "terse" and r.random() < op.blank * 0.5:
            return ""
        s = fill(r, tpl, c)
        hn = self.history_note(op, phone, nt_today, nt_total)
        if hn and s:
            s += ("（%s）" % hn) if op.style == "formal" else ("，" + hn)
        return s

    def vex_text(self, op, theme, secs, nt_today, nt_total):
        r = self.r
        matter, ans = theme
        cw = op.cw
        st = op.style
        if r.random() < 0.2:
            pool = {
                "formal": [
                    "%s重复来电，内容同前，已告知不再重复受理。" % cw,
                    "%s来电后未说话即挂断。" % cw,
                    "%s来电询问话务员是否在岗，无具体事项。" % cw,
                ],
                "plain": ["重复来电", "又打来了，说了一句就挂", "问我们在不在，挂了"],
                "terse": ["重复", "同上", "又来了", "重复来电 不派单", ""],
                "chatty": [
                    "又是他，问“你们还在不在”，我说在，他就挂了",
                    "今天第%d次了，说了句“我就看看你们接不接”" % nt_today,
                ],
            }
            return r.choice(pool[st])
        a = ("，" + ans) if ans else ""
        if st == "formal":
            s = r.choice(
                [
                    "%s再次来电反映%s%s。" % (cw, matter, a),
                    "%s又来电说%s%s，%s表示不认可。" % (cw, matter, a, cw),
                    "同一诉求重复来电：%s%s，不再重复派单。" % (matter, a),
                ]
            )
            if nt_today >= 2 and r.random() < 0.6:
                s += "（该来电人今日第%d次来电）" % nt_today
            elif nt_total >= 5 and r.random() < 0.4:
                s += "（该来电人近期已来电%d次）" % (nt_total - 1)
            return s
        if st == "plain":
            return r.choice(["又打来问%s%s" % (matter, a), "重复来电，%s" % matter, "还是说%s%s" % (matter, a)])
        if st == "terse":
            return r.choice(["重复 %s" % matter, "同前", "重复来电", "又来 %s" % matter, "已多次答复", ""])
        return r.choice(
            [
                "这个号今天第%d次了，还是%s，我跟他说%s，他说不信" % (nt_today, matter, ans or "没办法"),
                "又是他，%s，我都能背下来了" % matter,
                "还是%s，说了%s，跟以前一样" % (matter, _mins(secs)),
            ]
        )

    # --------------------------------------------------- harassment sources ---
    def hphone(self, kind):
        r = self.r
        x = r.random()
        wh = {
            "silent": 0.35,
            "abuse_operator": 0.15,
            "vent_government": 0.12,
            "threat": 0.35,
            "lonely_chat": 0.05,
            "drunk": 0.05,
            "flirt": 0.15,
            "prank_report": 0.3,
            "nonsense_story": 0.05,
            "absurd_request": 0.15,
            "child_play": 0.02,
            "line_test": 0.1,
            "bet_dare": 0.15,
            "robocall": 0.1,
            "fax_tone": 0,
            "music_radio": 0.1,
            "telemarketer": 0.05,
            "vexatious_repeat": 0,
        }[kind]
        if x < wh:
            return ""
        if kind in ("robocall", "telemarketer"):
            y = r.random()
            if y < 0.45:
                return self.mobile(virtual=True)
            if y < 0.85:
                return self.land_other()
            return self.mobile()
        if kind == "fax_tone":
            return self.land_local() if r.random() < 0.5 else self.land_other()
        ll = {
            "lonely_chat": 0.25,
            "silent": 0.12,
            "vexatious_repeat": 0.3,
            "nonsense_story": 0.3,
            "child_play": 0.1,
        }.get(kind, 0.08)
        if r.random() < ll:
            return self.land_local()
        return self.mobile()

    def schedule(self, kind, pattern):
        r = self.r
        prof, dow, _, _, gap = HK[kind]
        times = []
        if pattern == "one":
            times.append(self.when(prof, dow))
        elif pattern == "burst":
            nb = 1 + (r.randint(1, 3) if r.random() < 0.3 else 0)
            for _ in range(nb):
                t = self.when(prof, dow)
                if kind == "child_play":
                    k = r.randint(2, 8)
                elif kind == "fax_tone":
                    k = r.randint(3, 10)
                elif kind in ("line_test", "bet_dare", "music_radio"):
                    k = r.randint(2, 4)
                elif kind == "silent":
                    k = min(40, 3 + int(r.expovariate(1 / 6.0)))
                elif kind in ("abuse_operator", "flirt", "drunk"):
                    k = min(15, 2 + int(r.expovariate(1 / 3.0)))
                else:
                    k = min(8, 2 + int(r.expovariate(1 / 2.0)))
                for _ in range(k):
                    times.append(t)
                    t = t + dt.timedelta(seconds=int(60 * r.expovariate(1.0 / gap)) + r.randint(5, 60))
        elif pattern == "nightly":
            c = self.when("night" if kind != "abuse_operator" else "late", "flat")
            center = c.hour + c.minute / 60.0
            first = r.randrange(max(1, self.ndays - 5))
            span = r.randint(7, 28)
            p = r.uniform(0.6, 0.95)
            for d in range(first, min(self.ndays, first + span)):
                if r.random() > p:
                    continue
                t = self.day0 + dt.timedelta(days=d, hours=center + r.gauss(0, 0.6))
                for _ in range(1 if r.random() < 0.6 else r.randint(2, 4)):
                    times.append(t)
                    t = t + dt.timedelta(minutes=r.randint(1, 25))
        elif pattern == "fewdays":
            d = r.randrange(self.ndays)
            step_lo, step_hi = (2, 6) if kind not in ("robocall", "telemarketer") else (1, 4)
            while d < self.ndays:
                t = self.at_hour(d, prof)
                for _ in range(1 if r.random() < 0.6 else r.randint(2, 3)):
                    times.append(t)
                    t = t + dt.timedelta(minutes=r.randint(2, 50))
                d += r.randint(step_lo, step_hi)
        elif pattern == "daily":
            first = r.randrange(max(1, self.ndays // 2))
            span = r.randint(6, 25) if kind == "vexatious_repeat" else r.randint(5, 20)
            p = 0.8 if kind == "vexatious_repeat" else 0.6
            for d in range(first, min(self.ndays, first + span)):
                if r.random() > p:
                    continue
                if kind == "vexatious_repeat":
                    k = 2 + int(r.lognormvariate(1.3, 0.6))
                    hrs = sorted(r.uniform(7.5, 23.5) for _ in range(k))
                    for h in hrs:
                        times.append(self.day0 + dt.timedelta(days=d, hours=h))
                else:
                    for _ in range(r.randint(1, 2)):
                        times.append(self.at_hour(d, prof))
        times = sorted(t for t in times if self.inside(t))
        return times

    def gen_harassment(self, counts):
        r = self.r
        rem = dict(counts)
        kinds = [k for k, _ in HARASSMENT_SHARES]
        guard = 0
        while sum(rem.values()) > 0 and guard < 200000:
            guard += 1
            ks = [k for k in kinds if rem[k] > 0]
            kind = r.choices(ks, [rem[k] for k in ks])[0]
            _, _, _, pats, _ = HK[kind]
            pattern = r.choices([p for p, _ in pats], [w for _, w in pats])[0]
            times = self.schedule(kind, pattern)
            if not times:
                continue
            phone = self.hphone(kind)
            mix = []
            if kind in MIXABLE and pattern != "one" and r.random() < 0.25:
                mix = [k for k in MIXABLE if k != kind]
                mix = [r.choice(mix)] + ([r.choice(mix)] if r.random() < 0.3 else [])
            theme = r.choice(VEX_THEMES) if kind == "vexatious_repeat" else None
            if kind == "vexatious_repeat" and r.random() < 0.5:
                # a vexatious caller who picked up a real-sounding old matter
                tp = r.choice(COMPLAINTS)
                c = {"_t": times[0]}
                theme = (
                    fill(r, r.choice(tp["short"]), c) + "的问题",
                    r.choice(
                        [
                            "该问题已于前期答复办结，已多次解释",
                            "已按原工单答复解释",
                            "已告知按原工单答复为准",
                            "相关部门已处理完毕，已多次答复",
                        ]
                    ),
                )
            fixed = None
            if kind == "nonsense_story":
                fixed = [fill(r, r.choice(NONSENSE_X), {}) for _ in range(r.randint(1, 2))]
            elif kind == "absurd_request":
                fixed = [fill(r, r.choice(ABSURD_X), {})]
            elif kind == "telemarketer":
                fixed = [r.choice(TELE_X)]
            prank_hist = 0
            dayc = {}
            ncalls = 0
            for i, t in enumerate(times):
                k = kind
                if mix and r.random() < 0.3:
                    k2 = r.choice(mix)
                    if rem[k2] > 0:
                        k = k2
                if rem[k] <= 0:
                    if rem[kind] > 0:
                        k = kind
                    else:
                        break
                rem[k] -= 1
                ncalls += 1
                dn = self.dayno(t)
                dayc[dn] = dayc.get(dn, 0) + 1
                op = self.op_at(t)
                spec = HK[k][2]
                secs = self.silent_dur() if spec is None else self.dur(spec)
                if k == "silent":
                    content = self.silent_text(op, secs, phone, dayc[dn], i + 1, False)
                elif k == "vexatious_repeat":
                    content = self.vex_text(op, theme, secs, dayc[dn], i + 1)
                elif k == "prank_report":
                    content = self.prank_text(op, t, phone, i + 1, prank_hist)
                    prank_hist += 1
                elif k == "robocall" and r.random() < 0.25:
                    content = self.polite_robo(op)
                else:
                    content = self.nomatter_text(k, op, secs, phone, dayc[dn], i + 1, fixed if k == kind else None)
                content = op.finish(r, content)
                self.emit(t, phone, secs, content, "harassment", k)
            if phone:
                if ncalls >= 8:
                    p = 0.75
                elif ncalls >= 3:
                    p = 0.3
                else:
                    p = 0.04
                if kind in ("robocall", "telemarketer", "fax_tone"):
                    p *= 0.5
                if r.random() < p:
                    self.restricted.append(phone)

    def prank_text(self, op, t, phone, nth, prior):
        r = self.r
        iss, dem, sh, dept = r.choice(PRANK_ISSUES)
        c = {"_t": t}
        m = {
            "issue": fill(r, iss, c),
            "demand": fill(r, dem, c),
            "short": fill(r, sh, c),
            "dept": fill(r, dept, c),
            "urgent": r.random() < 0.5,
        }
        if r.random() < 0.5:
            hints = [h for h in PRANK_HINTS if "此前" not in h or prior > 0]
            m["notes"] = [fill(r, r.choice(hints), c)]
        return self.render_matter(op, m, t)

    def polite_robo(self, op):
        r = self.r
        x = r.choice(["宽带提速", "话费套餐", "惠民保险", "暑期托管班", "家电以旧换新", "二手房源"])
        if op.style == "terse":
            return "推%s" % x
        return r.choice(
            [
                "%s称其为某公司客服，感谢一直以来的支持，介绍%s活动，询问是否需要办理。" % (op.cw, x),
                "%s称：“您好，打扰您一分钟，我们近期推出%s优惠”，询问有无需要。" % (op.cw, x),
                "%s介绍%s业务，称可以免费上门，已告知本热线为政务热线。" % (op.cw, x),
            ]
        )

    # -------------------------------------------------------------- genuine ---
    def g_time(self, kind):
        prof, dow, _ = GK[kind]
        return self.when(prof, dow)

    def g_emit(self, kind, t, phone, content, secs=None):
        spec = GK[kind][2]
        if secs is None:
            secs = self.dur(spec) if spec else self.drop_dur()
        self.emit(t, phone, secs, content, "genuine", kind)
        return secs

    def gen_complaints(self, n):
        r = self.r
        for _ in range(n):
            t = self.g_time("complaint")
            tp = self.pick_topic(t)
            m = self.topic_matter(tp, t)
            op = self.op_at(t)
            phone = self.gphone()
            content = op.finish(r, self.render_matter(op, m, t))
            self.g_emit("complaint", t, phone, content)
            self.orders.append((t, phone, m["short"], self.order_no(t), m["dept"]))

    def gen_angry(self, n):
        r = self.r
        for _ in range(n):
            t = self.g_time("angry_with_matter")
            tp = self.pick_topic(t)
            m = self.topic_matter(tp, t)
            op = self.op_at(t)
            q = self.censor(op, r.choice(ANGRY_Q))
            m["lead"] = fill(r, r.choice(ANGRY_LEAD[op.style]), {"cw": op.cw, "q": q})
            content = op.finish(r, self.render_matter(op, m, t))
            phone = self.gphone()
            self.g_emit("angry_with_matter", t, phone, content)
            self.orders.append((t, phone, m["short"], self.order_no(t), m["dept"]))

    def gen_consults(self, n):
        r = self.r
        for _ in range(n):
            t = self.g_time("consultation")
            cs = self.pick_topic(t, CONSULTS)
            c = {"_t": t}
            q, sh, a, dept = (fill(r, cs[k], c) for k in ("q", "short", "a", "dept"))
            phone_d = DEPT_PHONE.get(dept, "0953-50" + "%05d" % r.randrange(10**5))
            if a == "{phone}":
                a = "电话" + phone_d
            op = self.op_at(t)
            st = op.style
            one = r.random() < (0.6 if st == "terse" else 0.3)
            secs = None
            if one:
                s = r.choice(
                    [
                        "咨询%s" % sh,
                        "咨询%s，已告知" % sh,
                        "问%s" % sh,
                        sh,
                        "咨询%s电话，已告知" % dept,
                        "%s电话" % dept,
                        phone_d,
                        "咨询%s 已答" % sh,
                        "问%s电话" % dept,
                        "%s %s" % (dept, phone_d),
                    ]
                )
                secs = self.dur((40, 0.5, 10, 200))
            elif st == "formal":
                s = (
                    op.cw
                    + "咨询"
                    + q
                    + "。"
                    + r.choice(
                        [
                            "已告知" + a + "。",
                            "已按知识库答复。",
                            "已告知%s咨询电话%s。" % (dept, phone_d),
                            "已转接%s。" % dept,
                            "话务员已解答，%s表示清楚。" % op.cw,
                        ]
                    )
                )
            elif st == "plain":
                s = (
                    r.choice(["问", "咨询", "来电咨询"])
                    + q
                    + "，"
                    + r.choice(["告诉他" + a, "已解答", "给了%s电话%s" % (dept, phone_d), "已告知"])
                )
            elif st == "terse":
                s = "咨询" + sh + " " + r.choice(["已告", "已答", "告知电话", "已解答", ""])
            else:
                s = r.choice(
                    ["%s想问%s，我跟他说%s，他说知道了。", "%s问%s，我说%s，让他记一下。", "%s打来问%s，告诉他%s。"]
                ) % (op.cw, q, a)
            if "电话" in sh or "电话" in q:
                if not one and r.random() < 0.5:
                    s += "（%s）" % phone_d
            content = op.finish(r, s)
            self.g_emit("consultation", t, self.gphone(landline=0.12), content, secs)

    def gen_followups(self, n):
        r = self.r
        made = 0
        guard = 0
        while made < n and guard < 50 * n + 100:
            guard += 1
            k = 1 if r.random() < 0.55 else r.randint(2, 4)
            if self.orders and r.random() < 0.7:
                t0, phone, short, ordno, dept = self.orders[r.randrange(len(self.orders))]
                if not phone:
                    phone = self.gphone(withheld=0)
                day = self.dayno(t0) + r.randint(1, 6)
            else:
                t0 = self.day0 - dt.timedelta(days=r.randint(3, 60), hours=-r.randint(8, 17))
                tp = self.pick_topic(t0)
                c = {"_t": t0}
                i = r.randrange(len(tp["issue"]))
                short = fill(r, tp["short"][i] if len(tp["short"]) == len(tp["issue"]) else r.choice(tp["short"]), c)
                dept = fill(r, tp["dept"], c)
                ordno = "%04d%02d%02d%05d" % (t0.year, t0.month, t0.day, r.randint(5, 1800))
                phone = self.gphone()
                day = _pick_cum(r, self._daycum("gen"))
            prev = None
            for j in range(k):
                if made >= n or day >= self.ndays:
                    break
                if prev is not None and self.dayno(prev) == day:
                    t = prev + dt.timedelta(hours=r.uniform(0.5, 6))
                else:
                    prof = "day" if r.random() < 0.88 else r.choice(["night", "eve", "eve"])
                    t = self.at_hour(day, prof)
                if not self.inside(t) or t <= t0:
                    break
                op = self.op_at(t)
                content = op.finish(r, self.followup_text(op, short, ordno, dept, t0, j))
                self.g_emit("followup", t, phone, content)
                made += 1
                prev = t
                day += r.choice([0, 1, 1, 2, 2, 3, 4, 5])
        while made < n:
            t = self.g_time("followup")
            op = self.op_at(t)
            self.g_emit(
                "followup",
                t,
                self.gphone(),
                op.finish(
                    r,
                    self.followup_text(
                        op,
                        "之前反映的问题",
                        self.order_no(self.start - dt.timedelta(days=5)),
                        "相关部门",
                        self.start - dt.timedelta(days=5),
                        0,
                    ),
                ),
            )
            made += 1

    def followup_text(self, op, short, ordno, dept, t0, j):
        r = self.r
        cw = op.cw
        dte = "%d月%d日" % (t0.month, t0.day)
        has_no = r.random() < 0.65
        st = op.style
        if st == "formal":
            if has_no:
                s = r.choice(
                    [
                        "%s反映其于%s来电反映的“%s”问题（工单号：%s）至今未得到处理，要求尽快解决。"
                        % (cw, dte, short, ordno),
                        "%s催办工单%s，称%s一直没有联系过他。" % (cw, ordno, dept),
                        "%s称工单%s反映的问题%s已回复，但问题没有实际解决，不满意。" % (cw, ordno, dept),
                        "%s来电补充工单%s相关情况，称问题仍然存在。" % (cw, ordno),
                        "%s来电表示工单%s反映的问题已解决，要求撤单。" % (cw, ordno),
                    ]
                )
            else:
                s = "%s称之前（%s左右）反映过%s，记不清单号，至今未处理，要求尽快解决。" % (cw, dte, short)
            if j >= 1 and "撤单" not in s:
                s += "（%s第%d次催办）" % (cw, j + 1)
            return s
        if st == "plain":
            return r.choice(
                [
                    "催单%s，%s还没人管" % (ordno, short),
                    "之前反映的%s还没解决，单号%s" % (short, ordno),
                    "又问%s的事，说没人联系" % short,
                    "%s反映的事还没处理，要求催一下" % dte,
                ]
            )
        if st == "terse":
            return r.choice(["催办 %s" % ordno, "催单%s" % ordno, "%s 未处理 催" % ordno, "催 %s" % short, "催办"])
        return r.choice(
            [
                "来电人说%s反映的%s到现在没人管，挺着急的，单号%s，我帮他催一下" % (dte, short, ordno),
                "又打来问%s的事，说%s那边电话打不通，我记下了再催" % (short, dept),
                "来电人说%s的事已经有人来看过了，就是还没弄好，问啥时候能弄完" % short,
            ]
        )

    def gen_surges(self, n):
        r = self.r
        if n <= 0:
            return
        nev = max(2, int(round(n / 70.0)))
        sizes = [r.expovariate(1.0) + 0.3 for _ in range(nev)]
        tot = sum(sizes)
        counts = [max(1, int(n * s / tot)) for s in sizes]
        counts[0] += n - sum(counts)
        made = 0
        for ev, cnt in enumerate(counts):
            if cnt <= 0:
                continue
            mon = (self.start + (self.end - self.start) / 2).month
            typ = r.choices(
                ["water", "power", "odor", "storm", "irrig", "gas"],
                [
                    3,
                    3,
                    2,
                    1.5 if mon in (5, 6, 7, 8, 9) else 0,
                    2 if mon in (4, 5, 6, 7, 8, 10, 11) else 0,
                    1 if mon in (4, 5, 6, 7, 8, 9) else 3,
                ],
            )[0]
            c = {}
            if typ in ("water", "gas", "power") and r.random() < 0.6:
                place = fill(r, r.choice(["{xq}", "{xq}、{xq2}一带", "{street}两侧小区", "{comm}辖区"]), c)
            else:
                place = fill(r, r.choice(["{tv}", "{rtown}", "{rtown}{village}一带"]), c)
            prof = {"water": "day", "power": "eve", "odor": "night", "storm": "eve", "irrig": "day", "gas": "day"}[typ]
            t0 = self.when(prof, "flat")
            mean_h = r.uniform(1.0, 4.0)
            repeaters = []
            for _ in range(cnt):
                if made >= n:
                    break
                if repeaters and r.random() < 0.2:
                    phone, tlast = repeaters[r.randrange(len(repeaters))]
                    t = tlast + dt.timedelta(minutes=r.randint(20, 240))
                    again = True
                else:
                    phone = self.gphone(landline=0.15)
                    t = t0 + dt.timedelta(hours=r.expovariate(1.0 / mean_h))
                    again = False
                if not self.inside(t):
                    t = t0 + dt.timedelta(minutes=r.randint(0, 90))
                    if not self.inside(t):
                        t = self.when(prof, "flat")
                op = self.op_at(t)
                content = op.finish(r, self.surge_text(op, typ, place, again))
                self.g_emit("surge_report", t, phone, content)
                if phone:
                    repeaters.append((phone, t))
                made += 1
        while made < n:
            t = self.g_time("surge_report")
            op = self.op_at(t)
            self.g_emit(
                "surge_report", t, self.gphone(), op.finish(r, self.surge_text(op, "water", fill(r, "{xq}", {}), False))
            )
            made += 1

    def surge_text(self, op, typ, place, again):
        r = self.r
        cw = op.cw
        base = {
            "water": (
                [
                    "%s从早上开始停水，没有接到任何通知" % place,
                    "%s停水了，问什么时候来水" % place,
                    "%s自来水没水了，楼上几层都用不上" % place,
                ],
                "尽快恢复供水并告知来水时间",
                "%s停水" % place,
                "县城市供水公司",
            ),
            "power": (
                [
                    "%s停电了，天这么热家里有老人" % place,
                    "%s又停电了，冰箱里东西都坏了" % place,
                    "%s一会儿来电一会儿停，电压不稳" % place,
                ],
                "供电公司尽快抢修",
                "%s停电" % place,
                "县供电公司",
            ),
            "odor": (
                [
                    "%s晚上闻到刺鼻的化工味，像烧塑料" % place,
                    "%s这会儿气味特别大，呛得睡不着" % place,
                    "%s空气里有股臭鸡蛋味" % place,
                ],
                "环保部门马上查一下",
                "%s夜间异味" % place,
                "生态环境局青渠分局",
            ),
            "storm": (
                [
                    "%s下暴雨后积水很深，车过不去" % place,
                    "%s下雨后排水不畅，院子里进水了" % place,
                    "%s地下车库进水" % place,
                ],
                "尽快排水",
                "%s暴雨积水" % place,
                "县住建局",
            ),
            "irrig": (
                [
                    "%s这一轮灌水突然断了，渠里没水了" % place,
                    "%s渠上游闸门关了，地浇了一半" % place,
                    "%s夏灌停水，没有提前通知" % place,
                ],
                "尽快恢复放水并说明原因",
                "%s灌溉断水" % place,
                "青渠灌溉管理所",
            ),
            "gas": (
                ["%s天然气停了，做不成饭" % place, "%s燃气没气了，也没有通知" % place],
                "燃气公司尽快恢复",
                "%s停气" % place,
                "县燃气公司",
            ),
        }[typ]
        issues, dem, short, dept = base
        if again:
            if op.style == "terse":
                return r.choice(["%s 还没恢复 再次来电" % short, "又问%s" % short, "%s 催" % short])
            return r.choice(
                [
                    "%s再次来电称%s还没有恢复，问到底什么时候能好。" % (cw, short),
                    "又打来问%s的事，说刚才说一个小时，现在还没好" % short,
                    "%s第二次来电，称%s仍未解决，情绪比较着急。" % (cw, short),
                ]
            )
        m = {"issue": r.choice(issues), "demand": dem, "short": short, "dept": dept}
        if r.random() < 0.25:
            m["notes"] = [
                r.choice(
                    ["已告知正在抢修", "已告知该情况已有多人反映，正在处理", "已告知预计恢复时间以相关部门通知为准"]
                )
            ]
        return self.render_matter(op, m, None)

    def gen_simple_matters(self, kind, n, pool, head_fn=None):
        r = self.r
        for _ in range(n):
            t = self.g_time(kind)
            op = self.op_at(t)
            c = {"_t": t}
            item = r.choice(pool)
            content = op.finish(r, head_fn(op, item, c, t))
            self.g_emit(kind, t, self.gphone(), content)

    def urgent_fn(self, op, item, c, t):
        r = self.r
        iss, dem, sh, dept, nts = item
        m = {
            "issue": fill(r, iss, c),
            "demand": fill(r, dem, c),
            "short": fill(r, sh, c),
            "dept": fill(r, dept, c),
            "urgent": True,
        }
        if r.random() < 0.75:
            m["notes"] = [r.choice(nts)] + (["紧急工单"] if r.random() < 0.2 else [])
        return self.render_matter(op, m, t)

    def praise_fn(self, op, item, c, t):
        r = self.r
        what = fill(r, item[0], c)
        st = op.style
        if st == "formal":
            return r.choice(
                [
                    "%s来电表扬%s，表示感谢。" % (op.cw, what),
                    "%s来电称%s，特来电致谢。" % (op.cw, what),
                    "【表扬】%s。" % what,
                ]
            )
        if st == "plain":
            return r.choice(["表扬：%s" % what, "来电感谢，%s" % what])
        if st == "terse":
            return "表扬 " + fill(r, item[1], c)
        return "难得接到表扬的，%s，说要谢谢政府。" % what

    def suggest_fn(self, op, item, c, t):
        r = self.r
        what = fill(r, item[0], c)
        st = op.style
        if st == "formal":
            return r.choice(
                ["%s建议%s。请%s参考。" % (op.cw, what, fill(r, item[1], c)), "%s来电建议：%s。" % (op.cw, what)]
            )
        if st == "plain":
            return "建议%s" % what
        if st == "terse":
            return "建议 " + what
        return "%s提了个建议，说%s，挺有道理的。" % (op.cw, what.replace("在", "在", 1))

    def insult_fn(self, op, item, c, t):
        r = self.r
        iss, dem, sh, dept = item
        m = {"issue": fill(r, iss, c), "demand": fill(r, dem, c), "short": fill(r, sh, c), "dept": fill(r, dept, c)}
        if r.random() < 0.3:
            m["notes"] = [r.choice(["来电人情绪低落", "来电人说着哭了", "来电人要求对方道歉", "来电人要求保密"])]
        return self.render_matter(op, m, t)

    def distress_fn(self, op, item, c, t):
        r = self.r
        what = fill(r, item, c)
        secs = self._last_secs
        note = fill(r, r.choice(DISTRESS_NOTES), {"mins": _mins(secs)})
        st = op.style
        if st == "formal":
            return "%s%s。%s。" % (op.cw, what, note)
        if st == "plain":
            return "%s%s，%s" % (op.cw, what, note)
        if st == "terse":
            return "情绪危机 %s" % note
        return "%s%s，一边说一边哭，我陪她说了很久，%s。" % (op.cw, what, note)

    def gen_distress(self, n):
        r = self.r
        for _ in range(n):
            t = self.g_time("distress")
            op = self.op_at(t)
            secs = self.dur(GK["distress"][2])
            self._last_secs = secs
            content = op.finish(r, self.distress_fn(op, r.choice(DISTRESS), {"_t": t}, t))
            self.g_emit("distress", t, self.gphone(), content, secs)

    def gen_misdial_badline(self, kind, n, table, xs=None):
        r = self.r
        for _ in range(n):
            t = self.g_time(kind)
            op = self.op_at(t)
            tpl = r.choice(table[op.style])
            c = {"cw": op.cw, "x": r.choice(xs) if xs else ""}
            content = op.finish(r, fill(r, tpl, c))
            if op.style == "formal" and r.random() < 0.2:
                content += "（无效来电）"
            self.g_emit(kind, t, self.gphone(landline=0.15), content)

    def gen_dropped(self, n_drop, n_cb):
        r = self.r
        n_cb = min(n_cb, n_drop)
        for i in range(n_drop):
            t = self.g_time("dropped_call")
            phone = self.gphone(withheld=0.01 if i < n_cb else 0.04)
            if i < n_cb and not phone:
                phone = self.gphone(withheld=0)
            op = self.op_at(t)
            secs = self.drop_dur()
            content = op.finish(r, self.silent_text(op, secs, phone, 1, 1, True))
            self.g_emit("dropped_call", t, phone, content, secs)
            if i < n_cb:
                t2 = t + dt.timedelta(seconds=secs + r.randint(30, 900))
                if not self.inside(t2):
                    t2 = t - dt.timedelta(seconds=r.randint(60, 600))
                op2 = self.op_at(t2)
                tp = self.pick_topic(t2, COMPLAINTS if r.random() < 0.6 else None)
                if r.random() < 0.35:
                    cs = self.pick_topic(t2, CONSULTS)
                    cc = {"_t": t2}
                    body = op2.cw + "咨询" + fill(r, cs["q"], cc) + "，已告知" + fill(r, cs["a"], cc) + "。"
                else:
                    m = self.topic_matter(tp, t2)
                    body = self.render_matter(op2, m, t2)
                if r.random() < 0.45 and op2.style == "formal":
                    body = body + r.choice(
                        ["（%s称刚才电话断了，重新来电）" % op2.cw, "（上一通通话中断，%s再次来电）" % op2.cw]
                    )
                elif r.random() < 0.45 and op2.style in ("plain", "chatty"):
                    body = r.choice(["刚断线又打来，", "上一通断了，", "刚才电话断了又打进来，"]) + body
                elif op2.style == "terse" and r.random() < 0.3:
                    body = "断线重拨 " + body
                self.g_emit("callback", t2, phone, op2.finish(r, body))

    def gen_elderly(self, n):
        r = self.r
        made = 0
        while made < n:
            x = r.random()
            k = 1 if x < 0.6 else (r.randint(2, 3) if x < 0.9 else r.randint(4, 8))
            phone = self.gphone(landline=0.4, withheld=0.01)
            nightish = r.random() < 0.15
            item = r.choice(ELDERLY)
            c = {"_t": self.start}
            m0 = {
                "issue": fill(r, item[0], c),
                "demand": fill(r, item[1], c),
                "short": fill(r, item[2], c),
                "dept": fill(r, item[3], c),
            }
            t = self.when("night" if nightish else "elder", "flat")
            for j in range(k):
                if made >= n:
                    break
                if not self.inside(t):
                    t = self.when("elder", "flat")
                op = self.op_at(t)
                m = dict(m0)
                notes = []
                if r.random() < 0.6:
                    notes.append(r.choice(ELDER_NOTES))
                if j >= 1 and r.random() < 0.5:
                    notes.append(
                        r.choice(["来电人再次来电反映同一问题", "该老人前几天已来电反映过", "重复来电，已再次记录"])
                    )
                if t.hour < 6 or t.hour >= 22:
                    if r.random() < 0.5:
                        notes.append(r.choice(["夜间来电", "已告知白天会转相关部门", "老人称睡不着就打过来问问"]))
                m["notes"] = notes
                if r.random() < 0.5:
                    m["who"] = r.choice(["独居老人", "老人", "八旬老人", "残疾老人"])
                content = op.finish(r, self.render_matter(op, m, t))
                self.g_emit("elderly_matter", t, phone, content)
                made += 1
                if nightish and r.random() < 0.6:
                    t = self.day0 + dt.timedelta(
                        days=self.dayno(t) + r.randint(1, 4), hours=r.choice([22, 23, 0, 1, 2, 4, 5]) + r.random()
                    )
                else:
                    t = t + dt.timedelta(days=r.randint(0, 5), hours=r.uniform(1, 10))

    def gen_petitioners(self, n):
        r = self.r
        made = 0
        while made < n:
            g = r.choice(GRIEVANCES)
            c = {"_t": self.start}
            gtxt, gdem, gsh = fill(r, g[0], c), fill(r, g[1], c), fill(r, g[2], c)
            phone = self.land_local() if r.random() < 0.2 else self.mobile()
            if r.random() < 1 / 3.0:
                self.restricted.append(phone)
            interval = r.uniform(1.0, 4.0)
            multi = r.random()
            prof = "day" if r.random() < 0.7 else ("eve" if r.random() < 0.8 else "flat")
            sname = r.choice(SURNAMES)
            d = r.uniform(0, min(4, self.ndays - 1))
            nt = 0
            while d < self.ndays and made < n:
                day = int(d)
                kday = 1 if multi < 0.65 else (r.randint(1, 3) if multi < 0.9 else r.randint(2, 7))
                t = self.at_hour(day, prof)
                for j in range(kday):
                    if made >= n:
                        break
                    if self.inside(t):
                        nt += 1
                        op = self.op_at(t)
                        content = op.finish(r, self.petition_text(op, gtxt, gdem, gsh, sname, j + 1, nt))
                        self.g_emit("petitioner", t, phone, content)
                        made += 1
                    t = t + dt.timedelta(minutes=r.randint(15, 240))
                d += max(1.0, r.gauss(interval, interval / 3))

    def petition_text(self, op, g, dem, gs, sname, nt_today, nt_total):
        r = self.r
        cw = op.cw
        st = op.style
        extra = ""
        if r.random() < 0.15:
            extra = r.choice(
                [
                    "称再不解决就去银川上访",
                    "称已经找过县信访局多次",
                    "称手里有当年的协议",
                    "情绪激动，哭诉多年维权不易",
                    "称有关部门互相推诿",
                ]
            )
        if st == "formal":
            s = r.choice(
                [
                    "%s再次反映：%s。%s诉求：%s。" % (cw, g, cw, dem),
                    "%s反映%s，称多年来一直未解决，要求%s。" % (cw, g, dem),
                    "%s来电反映其%s的问题，要求%s。" % (cw, gs, dem),
                ]
            )
            if extra:
                s += cw + extra + "。"
            if r.random() < 0.5:
                s += r.choice(["（该来电人长期反映此问题）", "（%s多次来电反映该问题）" % cw, "（已多次转办）"])
            if nt_today >= 2 and r.random() < 0.6:
                s += "（该来电人今日第%d次来电）" % nt_today
            return s
        if st == "plain":
            s = r.choice(["又来电反映%s，说一直没人管" % gs, "%s，要求%s" % (g, dem), "老问题：%s，还是没解决" % gs])
            return s + ("，" + extra if extra else "")
        if st == "terse":
            return r.choice(["%s 重复反映" % gs, "老问题 %s" % gs, "%s 再次来电" % gs, "同前 %s" % gs])
        return r.choice(
            [
                "老%s又打来了，还是%s的事，说了好一阵，情绪比上次好点。" % (sname, gs),
                "还是那位反映%s的，说他这几年跑了多少趟了，我听着也挺心酸。" % gs,
                "%s，他说要一直打到解决为止。" % g,
            ]
        )

    def gen_night_workers(self, n):
        r = self.r
        for _ in range(n):
            t = self.g_time("night_worker")
            op = self.op_at(t)
            who, iss, dem, sh, dept = r.choice(NIGHT_WORK)
            c = {"_t": t}
            m = {
                "who": who,
                "issue": fill(r, iss, c),
                "demand": fill(r, dem, c),
                "short": fill(r, sh, c),
                "dept": fill(r, dept, c),
            }
            if r.random() < 0.3 and op.shift == "night":
                m["notes"] = [r.choice(["夜间来电，明日转办", "已告知工作时间转相关部门", "来电人刚下班"])]
            content = op.finish(r, self.render_matter(op, m, t))
            phone = self.gphone()
            self.g_emit("night_worker", t, phone, content)
            self.orders.append((t, phone, m["short"], self.order_no(t), m["dept"]))

    # ---------------------------------------------------------------- main ---
    def run(self):
        r = self.r
        nh = int(round(self.n * self.hshare))
        ng = self.n - nh
        hc = _alloc(nh, HARASSMENT_SHARES)
        gc = _alloc(ng, GENUINE_SHARES)
        # stale / recycled register numbers prepared first (recycled ones may reappear as genuine callers)
        nrec = max(1, int(round(self.n / 15000.0)))
        self.recycled = [self.mobile() for _ in range(nrec)]
        self.restricted.extend(self.recycled)
        self.gen_complaints(gc["complaint"])
        self.gen_night_workers(gc["night_worker"])
        self.gen_angry(gc["angry_with_matter"])
        self.gen_consults(gc["consultation"])
        self.gen_followups(gc["followup"])
        self.gen_surges(gc["surge_report"])
        self.gen_simple_matters("urgent_help", gc["urgent_help"], URGENT, self.urgent_fn)
        self.gen_simple_matters("praise", gc["praise"], PRAISE, self.praise_fn)
        self.gen_simple_matters("suggestion", gc["suggestion"], SUGGEST, self.suggest_fn)
        self.gen_simple_matters("quoted_insult", gc["quoted_insult"], QUOTED_INSULT, self.insult_fn)
        self.gen_distress(gc["distress"])
        self.gen_elderly(gc["elderly_matter"])
        self.gen_petitioners(gc["petitioner"])
        self.gen_dropped(gc["dropped_call"], gc["callback"])
        self.gen_misdial_badline("misdial", gc["misdial"], MISDIAL)
        self.gen_misdial_badline("bad_line", gc["bad_line"], BADLINE, BADLINE_X)
        self.gen_harassment(hc)
        # stale numbers: on the register, never call in the period
        nstale = max(10, len(self.restricted) // 2)
        for _ in range(nstale):
            self.restricted.append(self.land_local() if r.random() < 0.2 else self.mobile())
        self.rows.sort(key=lambda row: row["received_at"])
        return self.rows, set(self.restricted)


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    """Return (rows, restricted) - see the module docstring."""
    return _Gen(n_target, days, start, harassment_share, seed).run()


if __name__ == "__main__":
    import sys
    import time

    t0 = time.time()
    rows, reg = calls(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000, seed=2)
    print(len(rows), "rows,", len(reg), "restricted,", "%.2fs" % (time.time() - t0))
