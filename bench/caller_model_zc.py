# -*- coding: utf-8 -*-
"""
caller_model -- labelled synthetic work orders of a county 12345 hotline
=======================================================================

Setting
-------
潮岚县 (Chaolan County) is a fictional county in 粤东潮汕 (eastern Guangdong,
Chaoshan).  Landline area code 0663, local numbers of 8 digits, so a landline
in the data is "0663" + 8 digits (12 digits, no dash).  Three urban
sub-districts (岚城街道, 东溪街道, 凤岗街道) and twelve towns (塘美镇, 沙浦镇,
埔尾镇, 凤岭镇, 溪墘镇, 港兴镇, 大寮镇, 新厝镇, 梅埔镇, 鸥洲镇, 上洋镇, 西陇镇), each
with invented villages in the Chaoshan naming style (…厝村, …寨村, …埔村,
…美村, …墘村, …陇村), streets, residential estates, markets (沙浦墟, 埔尾鱼市),
schools, hospitals and two fishing ports.  Local economy: toy, plastics
pellet, underwear/dyeing, stainless-steel pickling, printing/packaging and
beef-ball workshops, eel ponds, pig farms, single-bush (单丛) tea, fishing.
Seasons: 龙舟水/typhoon rain (flooding), heat and power cuts, dengue
mosquitoes, drowning risk, 高考 and 中考 (exam-time noise), 小一 enrolment,
早稻 harvest and straw burning, end of the 端午 holiday.  Dialect words and
insults (阿伯, 阿姆, 厝, 食茶, 乞食, 憨呆, 短命仔, 夭寿, 生仔无屁眼 …) appear in what
callers say and in what call-takers write.

Interface
---------
    calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1),
          harassment_share=0.05, seed=1) -> (rows, restricted)

rows: list of dicts, sorted by received_at, len(rows) == n_target (it can
fall a few short only for very short periods), keys

    received_at   naive datetime in [start, start + days)
    caller_phone  11-digit mobile, landline with area code (digits only),
                  or "" (withheld)
    content       what the call-taker typed (Chinese, may be "")
    call_seconds  int
    label         "harassment" | "genuine"
    kind          short English call-type name (below)

restricted: set of phone numbers that were on the office's restricted-number
register before the period: most persistent nuisance numbers (series
callers, vexatious repeaters, robo/fax lines, a few old one-off numbers),
about a third of the genuine persistent petitioners, a few genuine elderly
repeat callers, and stale numbers that never call in the period.

Everything is deterministic for a seed (random.Random objects only, no
iteration over sets or hash-ordered structures).  50,000 rows take ~1-2 s.

Nothing in a row names its label: the call-taker's text, the hour, the
weekday, the duration, the number and its repetition pattern are all there is.

Call-takers
-----------
16 operators on day (08-16), evening (16-24) and night (00-08) shifts, two
rest days a week, occasional shift swaps.  Each has a style -- formal
("来电人反映：…来电人诉求：…请相关部门核实处理。"), plain, terse (abbreviations,
spaces or no punctuation, often blank notes) or chatty (own remarks in
brackets) -- plus a personal typo rate (pinyin homophones: 反应/躁音/以经…),
punctuation habit (full-width, half-width, spaces, none, mixed), bracket and
quote style, favourite closing notes, favourite wordings for silent calls,
work-order number habit (full, digits only, 尾号…), and a habit of noting
(or not) that a number is calling again.

Kinds and shares
----------------
Shares are of all rows at the default harassment_share = 0.05; within each
label the relative shares are fixed (HARASSMENT_KINDS / GENUINE_KINDS).

harassment (5 %):
  silent            1.45 %  nobody speaks; 1 s .. minutes; one-offs (often
                            withheld), bursts over hours, nightly for weeks,
                            every few days, same time daily
  abuse             0.45 %  abuse of the call-taker, no matter (swearing,
                            contempt, sarcasm, dialect insults, curses)
  gov_venting       0.25 %  contempt for the government, no matter
  threat            0.15 %  threats with no real matter
  lonely_chat       0.30 %  sleepless / lonely night chatting, no matter
  drunk             0.25 %  drunk callers
  flirting          0.25 %  flirting, personal questions to the call-taker
  prank_report      0.25 %  made-up reports told like real ones
  nonsense          0.15 %  long nonsense stories
  absurd_request    0.20 %  absurd requests
  child_play        0.20 %  children playing with the phone
  line_test         0.10 %  "just testing the line"
  dare              0.075%  bets / dares
  robocall          0.20 %  recorded adverts / AI voice (some read politely)
  fax_tone          0.075%  fax machines dialling
  music_only        0.10 %  only music / radio / TV on the line
  telemarketing     0.15 %  sales calls to the hotline
  vexatious_repeat  0.40 %  a few callers, many calls a day for weeks, about a
                            long-answered matter or about nothing

genuine (95 %):
  complaint         29.9 %  complaints / reports over ~16 county topics,
                            seasonal, incl. noise callers ringing again the
                            same night
  surge_report       4.3 %  bursts of calls about one outage / flood / odour
                            / smoke / road closure
  consultation      20.9 %  policies, office hours, phone numbers (many one
                            line)
  followup           9.5 %  chasing / querying an earlier work order, often
                            quoting its number, repeated over days, some at
                            night
  urgent_help        2.4 %  urgent help (flooded-in elderly, gas, fallen wire)
  suggestion         1.9 %
  praise             0.95%
  angry_genuine      3.8 %  curses / insults the call-taker but HAS a matter
  quoted_insult      1.4 %  reports an insult said to them (quoted, mostly
                            without the word 骂)
  elderly            2.4 %  elderly, confused or lonely, with a matter; some
                            repeat, some at night
  distress           0.76%  callers in distress (crisis, abuse, debts)
  dropped_call       4.3 %  cut off / pocket-dialled, written like silent calls
  bad_line           1.4 %  line too bad / accent too strong to take a matter
  misdial            2.85%  wanted 110 / 120 / 95598 / a company
  callback           1.9 %  rings back minutes after a dropped / bad call
  petitioner         4.3 %  genuine persistent petitioners with old
                            grievances, every 1-4 days, some several times a
                            day; about a third on the register
  night_worker       2.1 %  riders, drivers, fishermen, shift workers with
                            real matters at night
"""

import bisect
import datetime as dt
import math
import random

__all__ = ["calls", "HARASSMENT_KINDS", "GENUINE_KINDS", "AREA_CODE", "COUNTY"]

COUNTY = "潮岚县"
AREA_CODE = "0663"

# relative shares within each label (ordered lists -> deterministic)
HARASSMENT_KINDS = [
    ("silent", 0.29),
    ("abuse", 0.09),
    ("gov_venting", 0.05),
    ("threat", 0.03),
    ("lonely_chat", 0.06),
    ("drunk", 0.05),
    ("flirting", 0.05),
    ("prank_report", 0.05),
    ("nonsense", 0.03),
    ("absurd_request", 0.04),
    ("child_play", 0.04),
    ("line_test", 0.02),
    ("dare", 0.015),
    ("robocall", 0.04),
    ("fax_tone", 0.015),
    ("music_only", 0.02),
    ("telemarketing", 0.03),
    ("vexatious_repeat", 0.08),
]
GENUINE_KINDS = [
    ("complaint", 0.315),
    ("surge_report", 0.045),
    ("consultation", 0.22),
    ("followup", 0.10),
    ("urgent_help", 0.025),
    ("suggestion", 0.02),
    ("praise", 0.01),
    ("angry_genuine", 0.04),
    ("quoted_insult", 0.015),
    ("elderly", 0.025),
    ("distress", 0.008),
    ("dropped_call", 0.045),
    ("bad_line", 0.015),
    ("misdial", 0.03),
    ("callback", 0.02),
    ("petitioner", 0.045),
    ("night_worker", 0.022),
]
_LABEL = {}
for _k, _s in HARASSMENT_KINDS:
    _LABEL[_k] = "harassment"
for _k, _s in GENUINE_KINDS:
    _LABEL[_k] = "genuine"

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def _cum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


def _idx(rng, cum):
    i = bisect.bisect_right(cum, rng.random() * cum[-1])
    return i if i < len(cum) else len(cum) - 1


def _wchoice(rng, pairs):
    """pairs: list of (item, weight)"""
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def _ln(rng, med, sig, lo, hi):
    v = int(round(med * math.exp(rng.gauss(0.0, sig))))
    return lo if v < lo else (hi if v > hi else v)


def _poisson(rng, lam):
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


# ---------------------------------------------------------------------------
# geography (fixed, independent of seed)
# ---------------------------------------------------------------------------

URBAN = ["岚城街道", "东溪街道", "凤岗街道"]
RURAL = [
    "塘美镇",
    "沙浦镇",
    "埔尾镇",
    "凤岭镇",
    "溪墘镇",
    "港兴镇",
    "大寮镇",
    "新厝镇",
    "梅埔镇",
    "鸥洲镇",
    "上洋镇",
    "西陇镇",
]
TOWNS = URBAN + RURAL
STREETS = {
    "岚城街道": ["岚城大道", "人民路", "新华路", "环城东路", "站前路", "华侨路", "打铁巷", "米街", "西门街"],
    "东溪街道": ["溪滨路", "东溪大道", "金凤路", "榕树巷", "东兴路", "海滨路", "渡头街"],
    "凤岗街道": ["凤岗路", "工业大道", "岗背路", "凤鸣路", "新市路", "学前路", "岗尾巷"],
}
ESTATES = {
    "岚城街道": ["碧水湾花园", "岚山名居", "华侨新村", "锦绣华庭", "西门社区", "南堤社区", "供销社宿舍"],
    "东溪街道": ["金榕苑", "海悦豪庭", "东溪雅苑", "御景湾", "溪东社区", "新兴社区", "渡头旧村"],
    "凤岗街道": ["凤岗新村", "翰林苑", "凤凰城小区", "岗背社区", "工业区宿舍", "学府花园"],
}
SUBLOC = [
    "村口",
    "祠堂旁",
    "老人活动中心附近",
    "大榕树下",
    "溪边",
    "后巷",
    "新乡片区",
    "市场边",
    "小学旁",
    "牌坊附近",
    "鱼塘边",
    "工业区",
    "村道边",
    "水闸附近",
    "宫庙前",
]
SCHOOLS = ["岚城一中", "县实验学校", "凤岗中学", "东溪小学", "沙浦中心小学", "塘美中学", "县职校", "埔尾中学"]
HOSPITALS = ["县人民医院", "县中医院", "县妇幼保健院", "凤岭镇卫生院", "沙浦镇卫生院"]
MARKETS = ["岚城市场", "东溪农贸市场", "沙浦墟", "埔尾鱼市", "凤岗市场", "新厝墟"]
ROADS = [
    "岚港公路",
    "沿海大道",
    "岚城大道",
    "县道X061线",
    "县道X073线",
    "凤岭大桥",
    "溪墘大桥",
    "环城东路",
    "岚城高速出口",
]
PORTS = ["港兴渔港", "鸥洲渔港"]
SHOPS = [
    "好佳超市",
    "鸿发五金店",
    "兴旺海鲜档",
    "一家卤鹅店",
    "家家乐超市",
    "一家奶茶店",
    "一家手机店",
    "一家汽修店",
    "一家停车场",
    "一家KTV",
]
OFFICES = [
    "县政务服务中心",
    "不动产登记中心",
    "县社保窗口",
    "{town}便民服务中心",
    "县医保窗口",
    "车管所",
    "县人民医院挂号处",
    "户籍派出所",
]
SURNAMES = [
    "陈",
    "林",
    "黄",
    "许",
    "蔡",
    "郑",
    "翁",
    "谢",
    "洪",
    "吴",
    "李",
    "杨",
    "方",
    "庄",
    "马",
    "彭",
    "詹",
    "佘",
    "姚",
    "纪",
    "刘",
    "张",
    "王",
    "周",
    "肖",
    "卢",
    "余",
    "曾",
    "魏",
    "邱",
]
FAKE_PLACES = [
    "月亮村",
    "彩虹镇",
    "潮岚县第九中学",
    "县动物园门口",
    "岚城机场",
    "东溪地铁站",
    "凤岭镇长城村",
    "天上村",
    "塘美镇一百号村",
    "县游乐场",
]


def _build_villages():
    g = random.Random(7540663)
    pre = [
        "林",
        "陈",
        "黄",
        "许",
        "蔡",
        "郑",
        "翁",
        "谢",
        "洪",
        "吴",
        "李",
        "杨",
        "方",
        "庄",
        "马",
        "彭",
        "詹",
        "佘",
        "姚",
        "纪",
        "东",
        "西",
        "南",
        "北",
        "上",
        "下",
        "前",
        "后",
        "新",
        "溪",
        "浦",
        "沙",
        "港",
        "凤",
        "龙",
        "石",
        "田",
        "鸥",
        "榕",
        "竹",
        "桥",
        "洲",
    ]
    suf = ["厝", "寨", "埔", "美", "陇", "墘", "畔", "洋", "头", "围", "内", "尾", "湖", "池", "坑", "社"]
    out, used = {}, set()
    for town in RURAL:
        k = g.randint(7, 11)
        vs = []
        while len(vs) < k:
            nm = g.choice(pre) + g.choice(suf) + "村"
            if nm in used:
                continue
            used.add(nm)
            vs.append(nm)
        out[town] = vs
    return out


VILLAGES = _build_villages()

DEPTS = [
    "县人社局",
    "县医保局",
    "县住建局",
    "县自然资源局",
    "县市场监管局",
    "县教育局",
    "县民政局",
    "县交通运输局",
    "县城管执法局",
    "县生态环境分局",
    "县税务局",
    "县不动产登记中心",
    "县政务服务中心",
    "县交警大队",
    "县出入境大厅",
    "县供电局",
    "县自来水公司",
    "县人民医院",
    "县疾控中心",
    "县残联",
    "县法律援助中心",
    "县信访局",
    "县退役军人事务局",
    "县客运站",
    "县燃气公司",
    "县农业农村局",
    "县公积金管理部",
] + [t + "便民服务中心" for t in RURAL[:6]]


def _build_tels():
    g = random.Random(66308)
    tels, used = {}, set()
    for d in DEPTS:
        while True:
            n = g.choice("83") + "".join(g.choice("0123456789") for _ in range(7))
            if n not in used:
                used.add(n)
                break
        tels[d] = n
    return tels


DEPT_TEL = _build_tels()

_HOLI = {
    (1, 1),
    (1, 28),
    (1, 29),
    (1, 30),
    (1, 31),
    (2, 1),
    (2, 2),
    (2, 3),
    (2, 4),
    (4, 4),
    (4, 5),
    (4, 6),
    (5, 1),
    (5, 2),
    (5, 3),
    (5, 4),
    (5, 5),
    (5, 31),
    (6, 1),
    (6, 2),
    (10, 1),
    (10, 2),
    (10, 3),
    (10, 4),
    (10, 5),
    (10, 6),
    (10, 7),
    (10, 8),
}

# ---------------------------------------------------------------------------
# hour-of-day profiles (relative weights for hours 0..23)
# ---------------------------------------------------------------------------

HOURS = [
    (
        "general",
        [
            0.5,
            0.3,
            0.2,
            0.15,
            0.15,
            0.3,
            0.8,
            1.8,
            4,
            6,
            6.5,
            5.5,
            3.5,
            3.5,
            5.5,
            6,
            5.5,
            4.5,
            3.2,
            3,
            3,
            2.5,
            1.6,
            0.9,
        ],
    ),
    (
        "office",
        [
            0.1,
            0.05,
            0.05,
            0.05,
            0.05,
            0.1,
            0.4,
            1.5,
            4.5,
            7.5,
            7.5,
            6,
            3,
            3,
            5.5,
            6.5,
            6,
            4,
            1.8,
            1.3,
            1.1,
            0.7,
            0.4,
            0.2,
        ],
    ),
    ("noise", [3, 2.5, 1.5, 0.8, 0.4, 0.4, 0.8, 1.2, 2, 2.5, 2.5, 2, 1.5, 1.5, 2, 2, 2, 2, 2.5, 3, 4, 5, 6, 5]),
    ("night", [6, 6, 5, 4, 3, 2, 1, 0.5, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.4, 0.6, 1, 1.5, 2.5, 4, 5]),
    (
        "late_evening",
        [3, 2, 1.2, 0.6, 0.3, 0.2, 0.2, 0.3, 0.6, 1, 1.2, 1.2, 1.2, 1.2, 1.3, 1.4, 1.7, 2.2, 3, 3.8, 4.5, 5, 4.8, 4],
    ),
    (
        "afterschool",
        [0.1, 0.05, 0.05, 0.05, 0.05, 0.05, 0.2, 0.5, 1, 1.5, 2, 2.5, 2.5, 2, 2.5, 3, 4.5, 5.5, 6, 6, 5, 3.5, 1.5, 0.5],
    ),
    (
        "elderly",
        [0.8, 0.6, 0.5, 0.6, 0.9, 2, 4, 5.5, 6.5, 6, 5, 3.5, 2, 2.5, 3.5, 3.5, 3, 2.5, 2, 1.8, 1.5, 1.2, 1, 0.9],
    ),
    (
        "drunk",
        [5, 4, 2.5, 1.2, 0.5, 0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.3, 0.6, 0.5, 0.3, 0.3, 0.4, 0.6, 1, 1.8, 3, 4, 5, 5.5],
    ),
    ("business", [0, 0, 0, 0, 0, 0, 0, 0.2, 2, 6, 7, 5.5, 1.5, 1, 5, 6.5, 6, 4, 0.8, 0.2, 0.1, 0, 0, 0]),
    (
        "nightwork",
        [7, 7, 6, 5, 4.5, 3.5, 1.5, 0.3, 0.1, 0.1, 0.1, 0.1, 0.2, 0.2, 0.1, 0.1, 0.1, 0.2, 0.3, 0.5, 1, 2.5, 4.5, 6],
    ),
    (
        "dance",
        [
            0.1,
            0.05,
            0.05,
            0.05,
            0.05,
            0.3,
            1.2,
            1.0,
            0.5,
            0.4,
            0.3,
            0.3,
            0.3,
            0.3,
            0.3,
            0.3,
            0.5,
            1.0,
            2.5,
            6,
            8,
            7,
            3,
            0.8,
        ],
    ),
    (
        "anytime",
        [1.5, 1.2, 1, 0.9, 0.8, 0.9, 1.2, 1.6, 2.2, 2.6, 2.6, 2.4, 2, 2, 2.4, 2.5, 2.4, 2.2, 2, 2, 2, 2, 1.9, 1.7],
    ),
    ("vex", [1.5, 1, 0.8, 0.6, 0.6, 1, 2, 3, 5, 6, 6, 5, 4, 4, 5, 5.5, 5, 4.5, 4, 4, 4, 3.5, 3, 2]),
    ("distress", [4, 4, 3.5, 3, 2.5, 1.5, 1, 1, 1.5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2.5, 3, 3.5, 4, 4.5, 4.5]),
    (
        "petition",
        [0.3, 0.2, 0.2, 0.2, 0.3, 0.8, 2.5, 4, 6.5, 7, 6.5, 5, 3, 3, 5, 5.5, 5, 4, 2.5, 2, 1.8, 1.3, 0.8, 0.5],
    ),
]

# ---------------------------------------------------------------------------
# call-takers
# ---------------------------------------------------------------------------

STYLES = ["formal", "plain", "terse", "chatty"]

SILENT_POOL = [
    "来电无声",
    "来电无声音",
    "接通后无人说话",
    "无声电话",
    "接通无声，多次询问无应答",
    "对方未说话，已挂机",
    "来电无人应答",
    "听不到对方声音",
    "无声",
    "静音",
    "喂了几声没人回应",
    "来电后一直不出声",
    "接通后对方不说话，按规范结束通话",
    "无声来电",
    "来电空音",
    "对方无应答",
    "来电未发声",
    "无人讲话",
    "接通无人说话",
    "电话接通无声音",
    "无应答",
]
SILENT_SHORT = ["接通即挂断", "刚接通就挂了", "来电即挂", "秒挂", "接通后对方马上挂断", "未及应答即挂断"]
SILENT_LONG = [
    "接通后长时间无人说话",
    "对方一直不出声，等了很久才挂断",
    "无人说话，有背景杂音",
    "接通后无声，询问多次无回应，按规范挂机",
    "一直无声，约一分多钟后对方挂断",
]
DROP_ONLY = [
    "通话中断",
    "接通后信号中断",
    "来电人说了一声“喂”后断线",
    "刚说到一半电话就断了",
    "来电人说“你好，我想问一下”后断线",
    "疑似误拨，只听到背景杂音",
    "听到背景有车声和走路声，无人说话，疑似误触",
    "来电人说“等一下”后断线",
    "接通后听到有人说话但不是对着话筒，疑似误拨",
]

FORMAL_INTRO = ["来电人反映：", "来电人反映，", "市民来电反映：", "来电人来电反映：", "群众反映：", "来电人称："]
FORMAL_DLBL = ["来电人诉求：", "诉求：", "来电人要求：", "市民诉求："]
FORMAL_CLOSE = [
    "请相关部门核实处理。",
    "请予以核实处理。",
    "请相关单位尽快核查处理。",
    "请核实处理并回复来电人。",
    "望相关职能部门跟进。",
]
PLAIN_INTRO = ["", "", "反映", "市民反映", "来电说", "来电反映"]
CHATTY_INTRO = ["来电的{who}说", "一位{who}打来说", "{who}来电，说", "这位{who}反映", "{who}说"]
CHATTY_WHO = ["阿伯", "阿姆", "阿婶", "大哥", "大姐", "阿姨", "先生", "女士", "老人家", "小伙子", "阿兄", "姑娘"]
_FEMALE = ("阿姆", "阿婶", "大姐", "阿姨", "女士", "姑娘", "阿婆")
OLD_WHO = ["阿伯", "阿姆", "阿婆", "老伯", "阿公", "老人家"]
CHATTY_REMARK = [
    "（听得出来很着急）",
    "（讲潮汕话，我尽量记了）",
    "（情绪还算平稳）",
    "（说了挺久）",
    "（确实挺影响生活的）",
    "（说之前也打过）",
    "（态度挺客气的）",
    "（背景很吵）",
    "（说完还谢了我们）",
    "（语速很快）",
    "（有点生气）",
]
NOTES = {
    "formal": [
        "已做好解释工作。",
        "来电人要求回复。",
        "来电人不要求回复。",
        "来电人要求保密。",
        "已告知办理时限。",
        "已安抚来电人情绪。",
        "来电人要求电话回复。",
    ],
    "plain": ["要回复。", "不用回复。", "已解释。", "要求保密。", "已安抚。", "说很急。", "要回电。"],
    "terse": [" 需回复", " 不需回复", " 保密", " 急", " 已告", " 回电"],
    "chatty": [
        "他说希望快点有人联系他。",
        "我答应会尽快转给部门。",
        "已经安抚过了。",
        "说不用回电，处理就行。",
        "还特别交代要保密。",
        "我说会尽快派单的。",
    ],
}
REP_FLAG = {
    "formal": [
        "（该号码今日第{n}次来电）",
        "（该号码多次来电）",
        "（同一号码重复来电）",
        "（系统显示该号码今日已来电{m}次）",
    ],
    "plain": ["又是这个号码。", "今天第{n}次了。", "重复来电。", "这号打了好几次。"],
    "terse": [" 重复", " 第{n}次", " 同号", " 重复来电"],
    "chatty": ["这个号码今天已经第{n}次打来了。", "又是这个号，老是这样。", "这号码打了好多次了。"],
}
HIST_FLAG = {
    "formal": ["（该号码近期多次来电）", "（系统提示为多次来电号码）", "（历史来电较多）"],
    "plain": ["老号码了。", "之前也打过。", "常打来的号。"],
    "terse": [" 老号", " 常来电", " 多次"],
    "chatty": ["这个号码最近常打来。", "好像前几天也是这个号。"],
}

_TYPOS = [
    ("反映", "反应", 3),
    ("的", "得", 0.5),
    ("在", "再", 0.8),
    ("已", "以", 1.0),
    ("噪音", "躁音", 2),
    ("处理", "处里", 0.8),
    ("情况", "请况", 1),
    ("联系", "连系", 1.5),
    ("咨询", "资询", 1),
    ("电话", "电化", 0.4),
    ("挂断", "挂段", 1),
    ("工单", "工但", 0.6),
    ("号码", "号吗", 0.6),
    ("部门", "部们", 1.2),
    ("及时", "即时", 1.5),
    ("辱骂", "辱吗", 0.8),
    ("无声", "无生", 0.5),
    ("已经", "以经", 1),
    ("要求", "要球", 0.3),
    ("小区", "小去", 0.4),
    ("垃圾", "拉圾", 1.5),
    ("安装", "按装", 1.5),
    ("暴雨", "爆雨", 1.5),
    ("村委", "村为", 0.5),
    ("答复", "答付", 0.8),
    ("说话", "说活", 0.6),
    ("告知", "告之", 1.5),
    ("询问", "寻问", 0.8),
    ("停电", "停点", 0.4),
    ("路灯", "路等", 0.5),
    ("情绪", "情续", 0.8),
    ("核实", "核查", 0.3),
    ("一直", "以直", 0.4),
    ("反复", "返复", 0.8),
    ("拖欠", "托欠", 1.2),
    ("醉酒", "最酒", 0.5),
]

_HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "？": "?", "！": "!"})
_SPACE = str.maketrans({"，": " ", "。": " ", "：": " ", "；": " ", "、": " "})


class _Op:
    pass


def _roster(r):
    names = [
        "陈晓琳",
        "林佳怡",
        "黄泽鹏",
        "许丹丹",
        "蔡文静",
        "郑少芬",
        "翁嘉欣",
        "谢楚纯",
        "洪伟杰",
        "吴丽娟",
        "李晓敏",
        "杨佩玲",
        "方燕璇",
        "庄志强",
        "马静仪",
        "佘婉婷",
    ]
    styles = ["formal"] * 5 + ["plain"] * 4 + ["terse"] * 4 + ["chatty"] * 3
    groups = ["day"] * 8 + ["evening"] * 5 + ["night"] * 3
    r.shuffle(styles)
    r.shuffle(groups)
    ops = []
    for i, nm in enumerate(names):
        o = _Op()
        o.name, o.style, o.group = nm, styles[i], groups[i]
        o.off = r.randrange(7)
        o.weeks = [o.group if r.random() < 0.85 else r.choice(["day", "evening", "night"]) for _ in range(80)]
        st = o.style
        if st == "formal":
            o.typo = r.uniform(0.003, 0.02)
            o.punct = r.choice(["full", "full", "full", "mixed"])
            o.endp = r.uniform(0.9, 1.0)
            o.blank = r.uniform(0.0, 0.03)
            o.note_p = r.uniform(0.15, 0.45)
            o.close_p = r.uniform(0.5, 0.95)
            o.flag = r.uniform(0.15, 0.5)
        elif st == "plain":
            o.typo = r.uniform(0.01, 0.05)
            o.punct = r.choice(["full", "full", "mixed", "half"])
            o.endp = r.uniform(0.3, 0.9)
            o.blank = r.uniform(0.03, 0.15)
            o.note_p = r.uniform(0.1, 0.3)
            o.close_p = 0.0
            o.flag = r.uniform(0.1, 0.4)
        elif st == "terse":
            o.typo = r.uniform(0.03, 0.1)
            o.punct = r.choice(["space", "half", "none", "mixed", "space"])
            o.endp = r.uniform(0.0, 0.3)
            o.blank = r.uniform(0.3, 0.7)
            o.note_p = r.uniform(0.05, 0.25)
            o.close_p = 0.0
            o.flag = r.uniform(0.05, 0.3)
        else:
            o.typo = r.uniform(0.02, 0.07)
            o.punct = r.choice(["full", "full", "mixed"])
            o.endp = r.uniform(0.6, 0.95)
            o.blank = r.uniform(0.0, 0.04)
            o.note_p = r.uniform(0.15, 0.4)
            o.close_p = 0.0
            o.flag = r.uniform(0.3, 0.7)
        o.brk = (
            r.choice([("（", "）"), ("（", "）"), ("(", ")"), ("【", "】")])
            if st != "formal"
            else r.choice([("（", "）"), ("（", "）"), ("(", ")")])
        )
        o.quote = r.choice([("“", "”"), ("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("「", "」")])
        o.silent = r.sample(SILENT_POOL, 3)
        o.silent_w = [r.uniform(1, 6) for _ in range(3)]
        o.notes = r.sample(NOTES[st], 2)
        o.intro = r.sample(FORMAL_INTRO, 2)
        o.dlbl = r.choice(FORMAL_DLBL)
        o.close = r.choice(FORMAL_CLOSE)
        o.ordfmt = r.choice([0, 0, 1, 2])
        o.ordpre = r.sample(["工单号", "单号", "原工单", "原单号", "工单", "原单"], 2)
        o.telfmt = r.choice([0, 1, 2])
        o.hid_note = r.uniform(0.0, 0.25)
        ops.append(o)
    return ops


def _fin(op, rng, s):
    if not s:
        return ""
    t = op.typo
    if t > 0:
        for a, b, w in _TYPOS:
            if a in s and rng.random() < t * w:
                s = s.replace(a, b, 1)
    q = op.quote
    if q[0] != "“":
        s = s.replace("“", q[0]).replace("”", q[1])
    b = op.brk
    if b[0] != "（":
        s = s.replace("（", b[0]).replace("）", b[1])
    p = op.punct
    if p == "half":
        s = s.translate(_HALF)
    elif p == "space":
        s = " ".join(s.translate(_SPACE).split())
    elif p == "none":
        s = s.replace("，", "").replace("：", "").replace("。", " ").replace("；", " ")
        s = " ".join(s.split())
    elif p == "mixed":
        parts = s.split("，")
        if len(parts) > 1:
            out = [parts[0]]
            for x in parts[1:]:
                out.append("," if rng.random() < 0.4 else "，")
                out.append(x)
            s = "".join(out)
    s = s.strip()
    if (s.endswith("。") or s.endswith(".")) and rng.random() > op.endp:
        s = s[:-1]
    return s


def _join(s, frag):
    frag = frag.strip() if frag.startswith(" ") and not s else frag
    if not s:
        return frag.lstrip("，。 ")
    if frag[:1] in ("（", "，", "。", " "):
        return s + frag
    if s[-1:] in ("。", "，", "）", " ", "！", "？"):
        return s + frag
    return s + "，" + frag


def _sty(op, rng, d, bleed=0.12):
    st = op.style
    if rng.random() < bleed:
        st = STYLES[rng.randrange(4)]
    return rng.choice(d[st]), st


def _tel(op, rng, d):
    n = DEPT_TEL[d]
    f = op.telfmt
    if f == 0:
        return AREA_CODE + "-" + n
    if f == 1:
        return n
    return n[:4] + " " + n[4:]


def _ordtxt(op, rng, order):
    pre = rng.choice(op.ordpre)
    if op.ordfmt == 2 and rng.random() < 0.7:
        return pre + "尾号" + order[-4:]
    if op.ordfmt == 1:
        return pre + order[2:]
    return pre + order


class _Cx:
    __slots__ = ("n_today", "n_total", "hour", "dur", "phone", "t")

    def __init__(self, a, b, c, d, e, f):
        self.n_today, self.n_total, self.hour, self.dur, self.phone, self.t = a, b, c, d, e, f


def _repflag(op, rng, cx, p_mult=1.0):
    if cx.n_today >= 2 and rng.random() < op.flag * p_mult:
        st = op.style
        return rng.choice(REP_FLAG[st]).format(n=cx.n_today, m=cx.n_today - 1)
    if cx.n_total >= 4 and rng.random() < op.flag * 0.5 * p_mult:
        return rng.choice(HIST_FLAG[op.style])
    return ""


# ---------------------------------------------------------------------------
# locations & complaint topics
# ---------------------------------------------------------------------------


def _loc_urban(r):
    town = r.choice(URBAN)
    st = r.choice(STREETS[town])
    k = r.random()
    if k < 0.3:
        w = "%s%s%d号" % (town, st, r.randint(1, 260))
        ws = "%s%d号" % (st, r.randint(1, 260)) if r.random() < 0.3 else st
    elif k < 0.6:
        est = r.choice(ESTATES[town])
        w = town + est + (r.choice(["", "", "%d栋" % r.randint(1, 18), "门口", "后门"]))
        ws = est
    elif k < 0.8:
        st2 = r.choice(STREETS[town])
        if st2 == st:
            w = town + st + r.choice(["路段", "一带", "中段"])
        else:
            w = "%s%s与%s交界处" % (town, st, st2)
        ws = st
    else:
        w = town + st + r.choice(["市场旁", "附近", "一带", "路口", "公交站旁", "桥头"])
        ws = st
    return w, ws, town


def _loc_rural(r):
    town = r.choice(RURAL)
    v = r.choice(VILLAGES[town])
    sub = r.choice(SUBLOC) if r.random() < 0.55 else ""
    w = town + v + sub
    ws = (town[:-1] if r.random() < 0.5 else "") + v
    return w, ws, town


def _loc_any(r):
    return _loc_urban(r) if r.random() < 0.42 else _loc_rural(r)


TOPICS = [
    dict(
        key="noise",
        w=13,
        hours="noise",
        loc="any",
        exam=True,
        items=[
            ("附近宵夜大排档营业到凌晨，食客划拳喧哗", "大排档夜间噪音", (0, 1, 3, 4), None, "noise", 1),
            ("工地夜间施工，打桩机声音很大", "工地夜间施工噪音", (0, 1, 2, 4), None, "noise", 1),
            ("附近工厂夜间开机生产，机器声很吵", "工厂夜间噪音", (0, 1, 3, 4), None, "noise", 1),
            ("广场舞音响声音过大", "广场舞噪音", (0, 1, 3), None, "dance", 0),
            ("楼上住户装修，中午和晚上也在打电钻", "装修噪音", (0, 1, 3), "urban", "general", 0),
            ("KTV晚上唱歌声音很大", "KTV噪音", (0, 1, 3, 4), None, "noise", 1),
            ("商铺门口用喇叭循环播放促销广告", "商铺喇叭噪音", (0, 1, 4), None, "general", 0),
            ("有人开改装摩托车半夜轰油门飙车", "摩托车炸街", (0, 1, 4), None, "noise", 1),
            ("隔壁店铺空调外机正对其卧室窗户，噪音很大", "空调外机噪音", (0, 4), "urban", "noise", 0),
            ("附近物流仓库凌晨装卸货物", "仓库夜间装卸", (0, 1, 3), None, "noise", 1),
            ("村里有人办喜事，连续几晚唱戏放鞭炮到深夜", "唱戏放炮扰民", (0, 1, 3), "rural", "noise", 1),
            ("附近茶档每晚有人饮茶聊天到两三点，很吵", "夜间喧哗", (0, 1, 3), None, "noise", 1),
            ("附近烧烤店排气扇噪音大，油烟也大", "烧烤店噪音油烟", (0, 4), None, "noise", 0),
            ("邻居养的鸡鸭每天凌晨就叫", "养禽扰民", (0,), "rural", "general", 0),
        ],
        since=[
            "已持续一个多月",
            "近一周每天如此",
            "已向社区反映过，未解决",
            "之前打过12345，管了两天又恢复",
            "影响休息",
            "从上周开始",
        ],
        demand=[
            ("要求相关部门依法处理", "求处理"),
            ("希望尽快制止噪音", "请制止"),
            ("要求核实是否办理夜间施工许可", "核查夜间施工许可"),
            ("希望晚上十点后停止", "要求十点后停"),
            ("要求执法人员到场处理", "要求到场处理"),
        ],
    ),
    dict(
        key="pollution",
        w=9,
        hours="general",
        loc="rural",
        items=[
            ("有塑料颗粒作坊排放刺鼻气味", "塑料作坊异味", (0, 1, 2, 3)),
            ("有不锈钢加工厂酸洗废水直排进河沟", "酸洗废水直排", (0, 1, 2)),
            ("有人在空地焚烧废旧电线，黑烟很大", "焚烧电线黑烟", (0, 1)),
            ("附近印刷厂油墨味很重，门窗都不敢开", "印刷厂异味", (0, 1, 2)),
            ("养猪场臭味严重，苍蝇很多", "养猪场臭味", (0, 1)),
            ("河涌水发黑发臭", "河涌黑臭", (1, 4)),
            ("玩具厂喷漆车间气味刺鼻", "喷漆异味", (0, 1, 2)),
            ("鳗鱼塘排水污染农田", "鱼塘排水污染", (0, 1)),
            ("有人在路边倾倒建筑垃圾", "倾倒建筑垃圾", (0, 1)),
            ("工厂夜间偷排废气，晚上气味特别大", "夜间偷排废气", (0, 1, 2), None, "noise"),
            ("牛肉丸加工作坊污水流到路面", "作坊污水外溢", (0, 1, 3)),
            ("有人焚烧垃圾，烟很大", "焚烧垃圾", (0, 1)),
            ("内衣厂染色废水排到水沟，水都变色了", "染色废水", (0, 1, 2)),
        ],
        since=["已有半年多", "最近晚上特别明显", "多次反映未解决", "今天下午开始", "每天傍晚都有", "下雨天更严重"],
        demand=[
            ("要求环保部门查处", "请环保查处"),
            ("要求尽快处理", "求处理"),
            ("要求对该厂进行检测", "要求检测"),
            ("希望取缔该作坊", "要求取缔"),
            ("要求清理整治", "要求整治"),
        ],
    ),
    dict(
        key="water",
        w=6,
        hours="general",
        loc="any",
        hot=1.3,
        items=[
            ("停水", "停水", (0, 1)),
            ("水压很低，三楼以上都没水", "水压低", (1, 2)),
            (
                "自来水发黄，有沉淀",
                "水质发黄",
                (2, 4),
                None,
                None,
                0,
                ("已经两天", "时有时无已经一周", "今早开始", "烧开后还有沉淀"),
            ),
            (
                "路边水管爆裂，水一直往外冒",
                "爆管漏水",
                (5,),
                None,
                None,
                0,
                ("已经流了一个多小时", "今早开始", "路面都被淹了"),
            ),
            (
                "这个月水费突然比平时多了好几倍",
                "水费异常",
                (3,),
                None,
                None,
                0,
                ("已找过营业厅没说清楚", "家里没有漏水", "用水量和平时一样"),
            ),
            ("自来水有很重的漂白水味", "水有异味", (2, 4), None, None, 0, ("已经两天", "今早开始", "家里小孩不敢喝")),
        ],
        since=["从昨天下午开始", "已经两天", "没有提前通知", "今早开始", "时有时无已经一周"],
        demand=[
            ("要求尽快恢复供水", "尽快恢复"),
            ("要求告知原因及恢复时间", "问恢复时间"),
            ("要求自来水公司上门查看", "要求上门查"),
            ("要求核查水表和水费", "查水表"),
            ("要求检测水质", "检测水质"),
            ("要求尽快抢修", "尽快抢修"),
        ],
    ),
    dict(
        key="power",
        w=6,
        hours="general",
        loc="any",
        hot=2.0,
        mon={6: 1.4, 7: 1.6, 8: 1.6},
        items=[
            ("经常停电", "频繁停电", (0, 1)),
            ("停电", "停电", (0, 1)),
            ("电压不稳，电器用不了", "电压不稳", (0, 1)),
            (
                "电线杆倾斜，有安全隐患",
                "电线杆倾斜",
                (2,),
                None,
                None,
                0,
                ("已有半个月", "下雨天更危险", "附近有小孩上学经过"),
            ),
            (
                "电线垂得很低，快碰到车顶",
                "电线过低",
                (2,),
                None,
                None,
                0,
                ("已有半个月", "大货车经常经过", "附近有小孩上学经过"),
            ),
            ("变压器一直嗡嗡响", "变压器噪音", (2, 3), None, "noise", 0, ("晚上特别明显", "已有一个多月", "影响休息")),
            ("天气太热，一天停好几次电，家里有老人小孩", "高温停电", (0, 1)),
        ],
        since=["今天已经停了三次", "从中午停到现在", "这个月第四次了", "没有任何通知", "昨晚开始"],
        demand=[
            ("要求供电部门尽快抢修", "尽快抢修"),
            ("要求告知停电原因", "问停电原因"),
            ("要求排除安全隐患", "排除隐患"),
            ("要求派人检查", "派人检查"),
        ],
    ),
    dict(
        key="roads",
        w=9,
        hours="general",
        loc="any",
        rain=1.5,
        items=[
            ("路面坑洼，下雨积水，已有电动车摔倒", "路面坑洼", (0, 2)),
            ("路灯不亮", "路灯不亮", (0,)),
            ("红绿灯故障，一直闪黄灯", "红绿灯故障", (0, 2)),
            ("井盖缺失，很危险", "井盖缺失", (0, 1)),
            ("道路施工围挡占道，没有警示标志", "施工无警示", (1, 2)),
            ("减速带损坏，螺丝外露", "减速带损坏", (0,)),
            ("桥边护栏断了一段", "护栏损坏", (0, 1)),
            ("泥头车撒漏泥沙，路面全是泥", "泥头车撒漏", (2, 3)),
            ("一下雨就水浸，排水不畅", "下雨水浸", (2, 4)),
            ("路边绿化树枝遮挡红绿灯", "树枝挡信号灯", (2, 5)),
        ],
        since=["已有半个月", "晚上很危险", "很久没人修", "前几天开始", "已经有人摔伤"],
        demand=[
            ("要求尽快维修", "尽快修"),
            ("要求设置警示标志", "设警示"),
            ("要求相关部门处理", "求处理"),
            ("要求查处撒漏车辆", "查处撒漏"),
            ("要求疏通排水", "疏通排水"),
            ("要求修剪树枝", "修剪树枝"),
        ],
    ),
    dict(
        key="sanitation",
        w=8,
        hours="general",
        loc="any",
        mon={6: 1.3, 7: 1.3, 8: 1.3, 9: 1.2},
        items=[
            ("垃圾好几天没人清运，臭气熏天", "垃圾未清运", (0, 2)),
            ("垃圾桶满溢，污水流到路上", "垃圾桶满溢", (0, 2)),
            ("积水多，蚊子特别多，担心登革热", "蚊虫多", (1,)),
            ("下水道堵塞，污水外溢", "下水道堵", (0, 3)),
            ("公厕没人打扫，很脏", "公厕脏", (0, 2)),
            ("有人往河里倒生活垃圾", "河道垃圾", (0, 2)),
            ("市场周边卫生很差，污水横流", "市场卫生差", (0, 2)),
        ],
        since=["已经三四天", "天气热更臭", "多次反映", "这周开始就这样", "每天都这样"],
        demand=[
            ("要求尽快清理", "尽快清理"),
            ("要求安排消杀", "要求消杀"),
            ("要求加强管理", "加强管理"),
            ("要求尽快疏通", "尽快疏通"),
        ],
    ),
    dict(
        key="consumer",
        w=8,
        hours="general",
        loc="none",
        items=[
            ("在{meat}买的牛肉丸有异味，怀疑变质", "牛肉丸变质"),
            ("在{rest}吃饭后全家腹泻", "食后腹泻"),
            ("{stall}卖东西缺斤短两", "缺斤短两"),
            ("在{prepaid}办的预付卡，店家关门跑路了", "预付卡跑路"),
            ("在{grocery}买到过期食品", "过期食品"),
            ("{shop}不明码标价，结账时乱收费", "乱收费"),
            ("网上买的电动车电池质量有问题，商家不给退", "网购纠纷"),
            ("在{goose}买的卤鹅分量不足", "分量不足"),
            ("在{pharm}买到过期药品", "过期药品"),
        ],
        since=["已与商家协商无果", "商家不接电话", "前天的事", "有购物小票"],
        demand=[
            ("要求商家退款", "要求退款"),
            ("要求市场监管部门查处", "请市监查处"),
            ("要求赔偿损失", "要求赔偿"),
            ("要求调解", "要求调解"),
        ],
    ),
    dict(
        key="wages",
        w=6,
        hours="general",
        loc="none",
        items=[
            ("在{town}一家玩具厂打工，被拖欠工资{amt}元", "欠薪{amt}元", (0, 1)),
            ("所在内衣厂拖欠两个月工资，老板联系不上", "内衣厂欠薪", (0, 1)),
            ("在工地做工，包工头拖欠工资", "工地欠薪", (0, 1)),
            ("公司一直没有给其缴纳社保", "未缴社保", (1, 2)),
            ("离职后工厂拒绝结算工资", "离职不结工资", (0, 1)),
            ("工厂加班不给加班费", "无加班费", (0, 1)),
        ],
        since=["已拖欠两个多月", "老板一直推", "工友有十几个人", "多次讨要无果", "过年前就欠着"],
        demand=[("要求协助追讨工资", "追讨工资"), ("要求人社部门介入", "请人社介入"), ("要求补缴社保", "补缴社保")],
    ),
    dict(
        key="traffic",
        w=7,
        hours="general",
        loc="any",
        items=[
            ("车辆乱停放，堵住消防通道", "乱停车堵消防通道", (0, 2)),
            ("水果摊占道经营", "占道经营", (1, 2)),
            ("有无牌摩托车非法载客", "摩托车非法载客", (0, 2)),
            ("学校门口上下学时段交通堵塞", "学校门口拥堵", (0, 2)),
            ("货车超载，路面被压坏", "货车超载", (0, 2)),
            ("路边长期停放一辆破车", "僵尸车", (0, 1)),
            ("人行道被商铺占用摆货", "占用人行道", (1, 2)),
            ("大货车晚上在居民区乱停", "货车乱停", (0, 2)),
        ],
        since=["每天都这样", "已经很久", "早晚高峰特别严重", "附近居民意见很大"],
        demand=[("要求交警处理", "请交警处理"), ("要求城管处理", "请城管处理"), ("要求加强管理", "加强管理")],
    ),
    dict(
        key="housing",
        w=7,
        hours="general",
        loc="estate",
        items=[
            ("小区电梯经常故障，困过人", "电梯故障", (2, 1)),
            ("物业乱收费", "物业乱收费", (1, 2)),
            ("楼上漏水到其家中，协商不成", "楼上漏水", (0,)),
            ("邻居违章加建，挡住其采光", "违建", (1,)),
            ("开发商逾期交房", "逾期交房", (0,)),
            ("房产证一直办不下来", "办证难", (0,)),
            ("小区门禁坏了很久物业不修", "门禁坏", (2,)),
        ],
        since=["已经半年", "物业一直推", "找过社区没用", "这个月开始"],
        demand=[("要求相关部门协调处理", "请协调"), ("要求查处", "查处"), ("要求督促物业整改", "督促物业")],
    ),
    dict(
        key="rural",
        w=6,
        hours="elderly",
        loc="rural",
        mon={6: 1.3, 7: 1.4},
        rain=1.3,
        items=[
            ("与邻居宅基地界线有纠纷", "宅基地纠纷", (0,)),
            ("灌溉水渠堵塞，农田灌不上水", "水渠堵塞", (0, 1)),
            ("村道被人堆放杂物占用", "村道被占", (0, 1)),
            ("鱼塘堤被暴雨冲垮", "塘堤冲垮", (0, 1)),
            ("有人违规占用耕地建房", "占耕建房", (3,)),
            ("村委会没有公开土地租金收支", "村务不公开", (2,)),
            ("早稻收割后有人焚烧秸秆，烟很大", "焚烧秸秆", (1, 3)),
            ("村里自来水管道老化经常漏水", "村供水管老化", (0, 1)),
            ("收割机进不了田，机耕路被挖断", "机耕路被挖断", (0, 1)),
        ],
        since=["找过村委没结果", "已经好几年", "这几天更严重", "今年开始出现"],
        demand=[
            ("要求镇政府协调处理", "请镇里协调"),
            ("要求尽快处理", "求处理"),
            ("要求公开村务", "要求公开"),
            ("要求依法查处", "依法查处"),
        ],
    ),
    dict(
        key="animals",
        w=3,
        hours="general",
        loc="any",
        items=[
            ("流浪狗很多，有小孩被咬", "流浪狗伤人", (0, 1)),
            ("邻居养的狗晚上一直叫", "狗吠扰民", (1,), None, "noise"),
            ("其家中进了一条蛇", "家中进蛇", (0,)),
            ("有人在楼顶养鸽子，粪便满地", "养鸽扰民", (1,)),
            ("有人遛狗不拴绳", "遛狗不拴绳", (1,)),
        ],
        since=["好几次了", "今天刚发现", "一直这样"],
        demand=[("要求派人处理", "派人处理"), ("要求相关部门管理", "请管理")],
    ),
    dict(
        key="service",
        w=5,
        hours="office",
        loc="none",
        items=[
            ("到{office}办事，窗口工作人员态度很差", "窗口态度差"),
            ("到{office}办事，材料没有一次性告知，来回跑了三趟", "未一次性告知"),
            ("{office}排队时间太长，只开两个窗口", "排队久"),
            ("{office}的电话一直打不通", "电话打不通"),
            ("网上预约系统一直登录不了", "预约系统故障"),
        ],
        since=["今天上午去的", "昨天下午的事", "上周去过", "不止一次遇到"],
        demand=[("要求整改", "要求整改"), ("要求给个说法", "要个说法"), ("要求相关部门核实", "请核实")],
    ),
    dict(
        key="education",
        w=4,
        hours="office",
        loc="none",
        mon={6: 1.6, 7: 1.4, 9: 1.5},
        items=[
            ("{school}要求购买指定教辅资料", "强制买教辅", (0, 2)),
            ("幼儿园收费不合理", "幼儿园收费", (1, 2)),
            ("孩子入学报名遇到问题，学校不给说法", "入学报名", (2,)),
            ("校车超载", "校车超载", (0,)),
            ("{school}附近网吧允许未成年人进入", "网吧接纳未成年人", (0,)),
            ("课外培训机构关门，学费退不了", "培训机构跑路", (1,)),
            ("{school}暑假要求补课并收费", "违规补课", (0, 1)),
        ],
        since=["家长意见很大", "问过学校没答复", "已找过学校"],
        demand=[("要求教育部门查处", "请教育局查"), ("要求退费", "要求退费"), ("要求核实", "请核实")],
    ),
    dict(
        key="safety",
        w=4,
        hours="general",
        loc="any",
        mon={6: 1.5, 7: 1.6, 8: 1.5},
        items=[
            ("有人聚众赌博", "聚众赌博", (0, 3)),
            ("有人在卖私彩", "卖私彩", (0,)),
            ("出租屋内有很多人出入，怀疑搞传销", "疑似传销", (0,)),
            ("河边经常有小孩游泳，没人看管", "小孩河边游泳", (1, 3)),
            ("废弃鱼塘没有围栏，担心小孩溺水", "鱼塘无围栏", (1, 2)),
            ("有人无证售卖烟花爆竹", "无证卖烟花", (0, 2)),
            ("有人用电鱼工具在河里电鱼", "电鱼", (0,)),
            ("出租屋私拉电线给电动车充电", "私拉电线充电", (2,)),
        ],
        since=["晚上特别多", "已经很长时间", "最近几天都有"],
        demand=[
            ("要求公安部门查处", "请公安查处"),
            ("要求设置警示牌和围栏", "设警示围栏"),
            ("要求排除安全隐患", "排除隐患"),
            ("要求加强巡查", "加强巡查"),
        ],
    ),
    dict(
        key="flood",
        w=2.5,
        hours="general",
        loc="any",
        rain=5.0,
        mon={5: 2, 6: 2, 7: 1.6, 8: 2, 9: 1.6},
        items=[
            ("暴雨后水浸，水已经进屋", "水浸进屋", (0,)),
            ("排洪渠堵塞，水排不出去", "排洪渠堵", (0, 1)),
            ("大树被风吹倒，挡住道路", "树倒挡路", (1,)),
            ("山边有泥土滑落", "山体滑坡隐患", (2,)),
            ("低洼地段积水很深，车辆熄火", "低洼积水", (0,)),
        ],
        since=["从早上开始", "雨一下就这样", "已经两个小时"],
        demand=[("要求尽快派人排水", "尽快排水"), ("要求清理", "求清理"), ("要求排查隐患", "排查隐患")],
    ),
]
for _T in TOPICS:
    _its = []
    for _it in _T["items"]:
        _it = tuple(_it) + (None,) * (7 - len(_it))
        _its.append((_it[0], _it[1], _it[2], _it[3], _it[4], bool(_it[5]), _it[6]))
    _T["items"] = _its

_SUMMER_WORDS = ("热", "暑假", "早稻", "暴雨", "游泳", "溺水", "蚊子")
_BARE = (
    "附近",
    "市场",
    "村里",
    "邻居",
    "隔壁",
    "楼上",
    "其家",
    "小区",
    "学校",
    "山边",
    "低洼",
    "积水",
    "公厕",
    "商铺",
    "河涌",
    "路边",
    "桥边",
)
EXTRA = [
    "来电人要求保密。",
    "来电人要求回电。",
    "来电人不需要回复。",
    "来电人已拍照留证。",
    "来电人称可配合现场核实。",
    "来电人要求处理后回复。",
]
EXTRA_T = {
    "noise": ["曾拨打过110，民警来过后又继续。", "已向社区反映过。"],
    "safety": ["曾拨打过110。", "来电人要求保密。"],
    "rural": ["已向村委反映过，无果。", "村里调解过一次没结果。"],
    "pollution": ["周边村民意见很大。", "已向镇里反映过。"],
    "wages": ["有欠条。", "已向劳动监察反映过。"],
}

# ---------------------------------------------------------------------------
# text pools of the other kinds
# ---------------------------------------------------------------------------

ABUSE_X = [
    "你们都是废物",
    "一群吃干饭的",
    "打你们电话有个屁用",
    "你算什么东西",
    "听你说话就烦",
    "你们这帮饭桶",
    "叫你们领导来，你不配跟我讲",
    "你这声音跟鸭子叫一样",
    "拿纳税人的钱不干活",
    "装什么装",
    "你是机器人吧，蠢得要死",
    "死憨呆",
    "乞食命",
    "短命鬼",
    "臭三八",
    "你娘的",
    "滚",
    "去死吧",
    "你全家都是骗子",
    "生仔无屁眼",
    "夭寿仔",
    "衰人",
    "猪头",
    "痴线",
    "扑街",
    "狗腿子",
    "操X",
    "傻X",
    "你们服务真好啊，好到我想哭",
    "你们又在饮茶吧",
    "坐着接电话就有钱拿，真轻松",
    "你是复读机吧",
    "一听就知道没读过书",
    "出门被车撞",
    "祝你们天天加班到天亮",
    "你们迟早遭报应",
    "你们一个个都会有报应的",
    "你妈没教你说话吗",
    "笨得像猪一样",
    "无路用的东西",
    "你这种人也配当话务员",
]
GOV_X = [
    "当官的没一个好东西",
    "这个县就是被你们搞垮的",
    "政府就会收钱",
    "你们都是一伙的",
    "打12345有什么用，打了也白打",
    "领导天天就知道饮茶吃饭",
    "什么为人民服务，骗鬼",
    "交那么多税养你们一群闲人",
    "一个个都是贪官",
    "政府没一件事办得好",
    "你们就是摆设",
    "这个热线就是做样子给上面看的",
    "路修了又挖挖了又修，钱都进了谁口袋",
    "要你们有什么用",
]
THREAT_X = [
    "要去县政府门口闹一闹",
    "要把你们的楼炸了",
    "我知道你们在哪里上班，你们等着",
    "明天拿刀去找你们",
    "要在网上把你们每个人都曝光",
    "要放火烧了你们办公室",
    "要找人收拾你",
    "你们小心点，出门注意",
    "要让你们全部下岗",
    "今晚就去你们单位门口等你",
]
LONELY_X = [
    "睡不着想找人说说话",
    "家里没人，一个人很闷",
    "问话务员吃饭了没有、几点下班",
    "讲自己年轻时候在渔船上的事",
    "说老婆回娘家了没人陪他",
    "说刚看完潮剧睡不着",
    "想听听人说话的声音",
    "问话务员是哪里人、会不会讲潮汕话",
    "说失眠吃药也没用，想聊到天亮",
    "一直聊天气，说今年特别热",
    "说儿女都在深圳，过年才回来",
    "问话务员一个月工资多少",
    "讲他年轻时在广州做生意的事",
    "问话务员晚上上班怕不怕",
]
DRUNK_X = [
    "说话含糊，舌头大",
    "说要跟话务员划拳",
    "在电话里唱歌",
    "反复说“我没醉，你听我讲”",
    "哭哭啼啼说人生没意思，问有什么事又说没事",
    "背景划拳声，说请话务员出来食宵夜",
    "醉醺醺地问这里是哪里",
    "一直重复同一句话",
    "说自己是县长的朋友，要话务员给他敬酒",
    "骂骂咧咧，说不出什么事",
    "说刚喝完啤酒，问话务员喝不喝",
]
FLIRT_X = [
    "询问话务员姓名、年龄、有没有男朋友",
    "要求加话务员微信",
    "称话务员声音好听，约出来食茶",
    "反复问话务员是不是上次那个小妹",
    "要话务员叫他“哥哥”",
    "问话务员住哪里、几点下班",
    "说想跟话务员交朋友",
    "问话务员长得漂不漂亮",
    "说要到单位门口等话务员下班",
    "问话务员结婚没有",
    "说听声音就知道是美女，要照片",
]
PRANK = [
    ("{where}河边有一条两米多长的鳄鱼，要求派人来抓", "河边有鳄鱼"),
    ("{school}明天开始放假一个月，要求核实", "学校放假"),
    ("{where}着火了，追问具体位置时称“就在那边”", "着火"),
    ("县政府大院里有一头牛在吃草，要求处理", "政府大院有牛"),
    ("{where}有飞碟降落，地上有个大坑", "飞碟降落"),
    ("其同学在家偷偷抽烟，要求派警察去抓", "同学抽烟"),
    ("{where}马路上有人在撒钱，要求派人维持秩序", "马路撒钱"),
    ("{where}的自来水变成了可乐", "自来水变可乐"),
    ("邻居家的狗偷了他的拖鞋，要求立案", "狗偷拖鞋"),
    ("{fake}停电了，整个村都没电", "停电"),
    ("{fake}有人聚众赌博，询问具体门牌时称“你们自己去找”", "聚众赌博"),
    ("{fake}有一只老虎跑出来了", "老虎跑出"),
    ("{where}发生地震，房子一直在晃", "地震"),
    ("{where}有人在河里钓到一条三米长的大鱼，要求政府收购", "钓到大鱼"),
    ("{fake}的路被挖断了，车过不去", "路被挖断"),
    ("{where}路口红绿灯变成了紫色", "红绿灯变紫"),
    ("{fake}水浸，有人被困", "水浸被困"),
    ("{where}有人在卖长生不老药", "卖长生药"),
    ("他家的冰箱会说话，怀疑被人装了窃听器", "冰箱会说话"),
    ("{where}有辆车停在路中间，车门开着，里面没人", "路中停车"),
    ("{where}有人打架，有人受伤", "打架"),
    ("{where}井盖被人偷了", "井盖被偷"),
]
PRANK_HINT = [
    "背景有多人嬉笑声。",
    "询问姓名及具体地址时挂断。",
    "经查该地址不在本县辖区。",
    "来电人说着说着笑出声。",
    "疑似恶作剧。",
    "声音听起来是青少年。",
    "追问细节时前后矛盾。",
    "来电人自称“奥特曼”。",
    "问其联系方式，称“不告诉你”后挂断。",
]
NONS_X = [
    "自称是玉皇大帝派下来的，要县长接电话",
    "讲其梦见祖宗托梦让他去找县长",
    "东拉西扯讲其家族几代人的事",
    "说手机里有人在监听他，又讲到他家的猫",
    "讲了一个外星人和工夫茶的故事",
    "说自己发明了永动机，要政府给专利",
    "讲在梦里中了彩票，问政府能不能兑奖",
    "从抗战讲到改革开放又讲到菜市场的菜价",
    "自称是某明星的亲戚，讲了很多八卦",
    "说他能预测台风，要当气象局局长",
    "讲风水，说县政府大门朝向不对",
    "讲他前世是皇帝",
]
ABS_X = [
    "要求政府给他介绍女朋友",
    "要求话务员帮他点外卖",
    "要求政府每月给他发一万块零花钱",
    "要求把天气调凉快一点",
    "要求帮他查明天的六合彩号码",
    "要求话务员给他唱一段潮剧",
    "要求政府把邻居家的狗判刑",
    "要求派人来家里帮他抓蟑螂",
    "要求话务员明早六点打电话叫他起床",
    "要求县长陪他饮工夫茶",
    "要求给他家的猫上户口",
    "要求12345帮他小孩写暑假作业",
    "要求话务员帮他打游戏上分",
    "要求政府出钱给他买新手机",
    "要求把他家门口的路改成他的名字",
    "要求政府派车送他去广州玩",
]
CHILD_X = [
    "嘻嘻哈哈后挂断",
    "说“喂喂喂，你是谁”后挂断",
    "问“你是不是机器人”",
    "说“我要报警，我妈妈不给我玩手机”",
    "背景有动画片声音",
    "几个小孩抢着说话",
    "说要找奥特曼",
    "报了一串数字后挂断",
    "唱了两句歌就挂了",
    "说“我爸爸叫我打的”然后笑着挂了",
    "问“你吃饭了吗”",
    "一直喊“喂”",
    "说“我是小猪佩奇”",
]
LINE_X = [
    "测试电话能不能打通",
    "试一下12345是不是24小时有人接",
    "新买的手机试打一下",
    "测试一下，没事",
    "看看是不是真人接听",
    "单位测试线路",
    "试试信号",
    "看看这个号码是不是真的",
]
DARE_X = [
    "和朋友打赌12345会不会有人接",
    "玩真心话大冒险输了，要对话务员说“我爱你”",
    "跟同学赌话务员会不会讲潮汕话",
    "说“我朋友说你们不敢挂我电话”",
    "让话务员说一句“你好帅”，称是打赌",
    "说输了游戏要打给12345唱歌",
    "跟朋友赌能不能让话务员笑出来",
]
ROBO = [
    ("贷款推销", "您好，这里是金融服务中心，您有一笔最高二十万元的备用金额度待领取，请按1了解详情"),
    ("信用卡提额", "尊敬的客户，您的信用卡额度已提升，回复或按1查看"),
    ("疑似诈骗", "这里是社保服务中心，您的社保卡将于今日停用，请按9转人工"),
    ("楼盘广告", "某某花园钜惠来袭，首付三万起，临近地铁学校"),
    ("宽带推广", "您好，这里是宽带服务中心，千兆宽带限时优惠办理中"),
    ("快递录音", "您有一个快递因地址不详无法派送，请按1联系客服"),
    ("物业缴费提醒", "您好，这里是物业服务中心，提醒您缴纳本季度物业管理费"),
    ("话费账单", "尊敬的客户，您本月话费账单已出，请注意查收"),
    ("会议邀请", "您好，诚邀您参加本周末的投资理财交流会"),
    ("医保卡", "您的医保卡即将到期，请按1办理延期"),
    ("培训推广", "家长您好，暑期辅导班火热报名中"),
    ("ETC推广", "您好，您的车辆尚未办理ETC，现在办理免费送设备"),
]
FAX_T = {
    "formal": ["来电为传真信号音，无人通话。", "接通后为传真机提示音。", "来电为机器音，疑似传真。"],
    "plain": ["传真音", "传真机打来的", "滴滴声，传真"],
    "terse": ["传真", "传真音", "机器音", ""],
    "chatty": ["接起来就是“嘀——嘀——”的声音，应该是传真机。", "又是传真机的声音，很刺耳。"],
}
MUSIC_X = ["潮剧唱段", "收音机广播", "电视声", "流行歌曲", "佛经音乐", "广场舞音乐", "英文歌", "锣鼓唢呐声"]
TELE_X = [
    "办公用品",
    "净水器",
    "企业宽带和专线",
    "代理记账服务",
    "凤凰单丛茶叶",
    "网站建设和推广",
    "办公室绿植租摆",
    "打印机硒鼓",
    "商业保险",
    "贷款业务",
    "广告投放",
    "团建服务",
    "职业培训课程",
    "监控安装",
    "空调清洗",
]

SIMPLE = {
    "abuse": (
        ABUSE_X,
        {
            "formal": [
                "来电人无具体诉求，接通后即辱骂话务员（“{x}”），经劝导无效，已按规范结束通话。",
                "来电人言语侮辱话务员，称“{x}”，询问有何诉求未予回答。",
                "来电人无事项反映，对话务员进行人身攻击，称“{x}”“{y}”。",
                "来电人无诉求，辱骂话务员后挂断。",
                "来电人使用方言辱骂话务员，无具体诉求。",
                "来电人态度恶劣，无理指责话务员“{x}”，未反映任何事项。",
                "来电人称“{x}”，多次提醒文明用语无效，已结束通话。",
            ],
            "plain": [
                "骂人，说“{x}”，没事情",
                "无诉求，一直骂",
                "来电骂人后挂断",
                "一接通就骂“{x}”，问什么事不说",
                "说“{x}”，然后挂了",
                "骂话务员，没有反映问题",
                "潮汕话骂人，无诉求",
            ],
            "terse": ["骂人", "辱骂 无诉求", "骂人 挂", "", "恶意辱骂", "骂人“{x}”", "粗口 无事", "辱骂话务员"],
            "chatty": [
                "一接通就骂，说我“{x}”，问他有什么事他也不说，骂完就挂了。",
                "又是骂人的，说我们“{x}”“{y}”，我劝他有事说事，他不听。",
                "这个人莫名其妙，开口就是“{x}”，我说您有什么需要帮助的吗，他又来了一句就挂了。",
                "用潮汕话讲了一大串难听的，大概意思是“{x}”，什么事都没说。",
                "说我“{x}”，我也没办法，只能礼貌结束通话。",
            ],
        },
    ),
    "gov_venting": (
        GOV_X,
        {
            "formal": [
                "来电人发泄对政府的不满情绪，称“{x}”，未反映具体事项。",
                "来电人无具体诉求，对政府工作进行谩骂，称“{x}”。",
                "来电人称“{x}”，经询问无具体诉求，已做好解释。",
                "来电人情绪激动，抱怨政府“{x}”，询问具体问题时拒绝回答。",
            ],
            "plain": [
                "发牢骚，说“{x}”，问他什么事又不说",
                "骂政府，说“{x}”，无具体事",
                "抱怨政府，没有诉求",
                "说“{x}”，就是发泄",
            ],
            "terse": ["发泄情绪 无诉求", "骂政府", "发牢骚", "无诉求 发泄", "“{x}” 无事"],
            "chatty": [
                "大哥一直在说“{x}”，我问他遇到什么问题了，他说“没问题，就是看你们不爽”。",
                "打来就是吐槽政府，“{x}”，说了十来分钟，问具体事情一个都讲不出来。",
                "说“{x}”，我解释我们可以帮他反映问题，他说不用，就是想骂。",
            ],
        },
    ),
    "threat": (
        THREAT_X,
        {
            "formal": [
                "来电人无具体诉求，扬言“{x}”，询问原因拒不回答，已按规定记录并上报。",
                "来电人语带威胁，称“{x}”，未反映具体事项。",
                "来电人称“{x}”，经询问无具体事由，已报值班长。",
            ],
            "plain": ["来电说“{x}”，问他什么事不讲，挂了", "威胁，说“{x}”，没有事情", "扬言“{x}”，无诉求"],
            "terse": ["威胁 无诉求 已报", "扬言{x}", "威胁话务员", "恐吓 已报班长"],
            "chatty": [
                "说“{x}”，语气很冲，问他遇到什么事，他说你别管，已经跟班长报备了。",
                "有点吓人，一直说“{x}”，问原因又不说，我按流程上报了。",
            ],
        },
    ),
    "lonely_chat": (
        LONELY_X,
        {
            "formal": [
                "来电人来电，{x}，无具体诉求，经解释后挂断。",
                "来电人无诉求，{x}，已告知本热线受理范围。",
                "来电人夜间来电闲聊，{x}，劝导后结束通话。",
            ],
            "plain": ["{x}，没事情，聊天", "闲聊，{x}", "来电聊天，无诉求"],
            "terse": ["闲聊", "聊天 无诉求", "闲聊 已劝", "无诉求"],
            "chatty": [
                "又是那位大哥，{x}，聊了好久，劝了好几次才挂。",
                "{x}，想找人说说话，我跟他说这条线要留给有急事的群众，他说再聊五分钟。",
                "{x}，人挺客气的就是一直不挂，拖了很久。",
            ],
        },
    ),
    "drunk": (
        DRUNK_X,
        {
            "formal": [
                "来电人疑似醉酒，{x}，无具体诉求。",
                "来电人酒后来电，{x}，经劝导后挂断。",
                "来电人语无伦次，疑似饮酒，{x}，未反映具体事项。",
            ],
            "plain": ["喝醉了，{x}", "醉酒来电，{x}，没事", "醉酒，无诉求"],
            "terse": ["醉酒", "醉酒 无诉求", "酒后乱打", "醉"],
            "chatty": [
                "明显喝多了，{x}，我问他有什么事他就笑。",
                "大舌头，{x}，背景还有人在喊“干杯”。",
                "喝了酒打来的，{x}，好不容易才挂掉。",
            ],
        },
    ),
    "flirting": (
        FLIRT_X,
        {
            "formal": [
                "来电人无具体诉求，{x}，已提醒其文明通话。",
                "来电人言语轻佻，{x}，经劝告后挂断。",
                "来电人{x}，与热线业务无关，已结束通话。",
            ],
            "plain": ["{x}，无聊", "骚扰，{x}", "{x}，没事"],
            "terse": ["骚扰话务员", "无聊电话", "调戏", "问私人问题 无诉求"],
            "chatty": [
                "这个人又来了，{x}，我说我们只受理政务问题，他还笑。",
                "{x}，听着就不怀好意，我直接按规范结束了。",
                "{x}，烦死了。",
            ],
        },
    ),
    "nonsense": (
        NONS_X,
        {
            "formal": [
                "来电人{x}，内容杂乱，无具体诉求。",
                "来电人长时间讲述与热线业务无关的内容（{x}），经多次引导无果。",
            ],
            "plain": ["{x}，讲了很久，听不出要办什么事", "东拉西扯，{x}"],
            "terse": ["胡言乱语 无诉求", "长时间闲扯", "无关内容", "乱讲"],
            "chatty": ["讲了半个多小时，{x}，我插了好几次话都没用。", "{x}……我实在听不出他要反映什么。"],
        },
    ),
    "absurd_request": (
        ABS_X,
        {
            "formal": ["来电人{x}，不属于热线受理范围，已做好解释。", "来电人无理诉求：{x}。已告知不予受理。"],
            "plain": ["{x}，不受理", "无理要求，{x}"],
            "terse": ["无理诉求", "{x} 不受理", "乱提要求"],
            "chatty": ["{x}……我解释这个真的办不了，他说那要你们干嘛。", "{x}，我差点笑出来，还是按口径解释了。"],
        },
    ),
    "child_play": (
        CHILD_X,
        {
            "formal": ["来电为儿童声音，{x}，无具体诉求。", "疑似儿童拨打，{x}。"],
            "plain": ["小孩打来，{x}", "小孩玩电话，{x}"],
            "terse": ["小孩", "小孩玩手机", "儿童来电", "童声 挂断", ""],
            "chatty": [
                "是个小朋友，{x}，应该是拿了大人的手机。",
                "小孩子打的，{x}，我跟他说让爸爸妈妈来接电话，他就挂了。",
            ],
        },
    ),
    "line_test": (
        LINE_X,
        {
            "formal": ["来电人称{x}，无具体诉求。", "来电人称{x}，已告知本热线为政务服务专线。"],
            "plain": ["{x}", "试打电话，{x}"],
            "terse": ["测试", "试线", "试打", "测试 无事"],
            "chatty": ["说{x}，我说能打通的，有事随时打，他说好就挂了。"],
        },
    ),
    "dare": (
        DARE_X,
        {
            "formal": ["来电人称{x}，无具体诉求。", "来电人称{x}，背景有多人起哄，已结束通话。"],
            "plain": ["{x}，无聊", "打赌打来的，{x}"],
            "terse": ["打赌 无诉求", "恶作剧", "无聊来电"],
            "chatty": ["几个年轻人在玩游戏，{x}，后面一群人在笑。", "说{x}，一听就是在玩大冒险。"],
        },
    ),
    "music_only": (
        MUSIC_X,
        {
            "formal": ["来电只有音乐声，无人说话。", "接通后听到{x}，多次询问无人应答。", "来电无人说话，背景为{x}。"],
            "plain": ["只有音乐", "{x}，没人说话", "听到{x}，无人应"],
            "terse": ["音乐", "放歌 无人", "{x} 无人", "无人 背景音"],
            "chatty": ["电话那头在放{x}，我喂了好几声都没人理。", "只听到{x}，像是手机放在一边忘了。"],
        },
    ),
    "telemarketing": (
        TELE_X,
        {
            "formal": [
                "来电人推销{x}，已告知本热线为政务服务热线，不受理商业推广。",
                "来电人为{x}业务推销，无政务诉求。",
            ],
            "plain": ["推销{x}", "卖东西的，{x}"],
            "terse": ["推销", "推销{x}", "广告推销"],
            "chatty": [
                "是推销的，说{x}，还问能不能转接我们采购负责人，我说这是12345。",
                "推销{x}的，讲得很快，我说不需要。",
            ],
        },
    ),
}

VEX_THEMES = [
    ("要求政府赔偿其1996年被没收的三轮车", "三轮车赔偿", "m"),
    ("询问其2018年已办结的低保申请为何未通过", "低保申请", "m"),
    ("称邻居用“电磁波”害他，要求公安查处", "电磁波害人", "m"),
    ("要求县长亲自接听电话", "要县长接电话", "m"),
    ("要求12345报销其电话费", "报销电话费", "m"),
    ("询问已答复多次的养老保险补缴政策", "养老保险补缴", "m"),
    ("要求追究十几年前的一次交通罚款", "交通罚款", "m"),
    ("称其自行车2009年被偷，要求立案找回", "自行车被偷", "m"),
    ("要求政府把其家门口的电线杆移走", "电线杆", "m"),
    ("来电就说“喂，是我”，然后不说话", "", "n"),
    ("反复询问话务员工号和姓名", "", "n"),
    ("来电报一串数字后挂断", "", "n"),
    ("来电只说“你们好啊”就挂断", "", "n"),
]
PET = [
    ("其父亲上世纪九十年代被征用的责任田，补偿款至今未足额发放", "征地补偿", "要求足额发放补偿款"),
    ("2016年在一家玩具厂工伤致残，工伤待遇至今未落实", "工伤待遇", "要求落实工伤待遇"),
    ("2012年旧城改造房屋被拆，安置房至今未交付", "拆迁安置", "要求尽快交付安置房"),
    ("其作为原民办教师，教龄补贴一直未落实", "民办教师补贴", "要求落实教龄补贴"),
    ("其家宅基地被村干部违规划给他人", "宅基地被划", "要求依法处理，归还宅基地"),
    ("其儿子在医院手术后去世，认为存在医疗过错，赔偿问题一直未解决", "医疗纠纷", "要求重新鉴定并赔偿"),
    ("2019年被一家投资公司骗走积蓄，案件至今没有结果", "集资被骗", "要求追回被骗款项"),
    ("退伍后安置待遇一直没有落实", "退役安置", "要求落实退役军人待遇"),
    ("村里集体土地出租多年，租金分红从未公开", "村集体账目", "要求公开账目、依法分红"),
    ("其房屋因修路被震裂，施工方一直不赔偿", "修路震裂房屋", "要求施工方赔偿"),
    ("早年在工地打工被拖欠工资，老板找到了但拒不支付", "历史欠薪", "要求强制执行"),
    ("其渔船多年前被没收，补偿一直未到位", "渔船补偿", "要求落实补偿"),
    ("其母亲的低保被取消，认为认定不公", "低保被取消", "要求恢复低保"),
    ("2015年买的商品房至今办不了房产证", "房产证", "要求尽快办证"),
    ("其承包的鱼塘被征用修路，补偿标准过低", "鱼塘征用补偿", "要求按标准补偿"),
]
PET_RECENT = [
    "镇里说在协调，但一直没有结果",
    "上次答复说已办结，其不认可",
    "信访部门让其走司法途径，其认为不合理",
    "已经反映了好几年",
    "相关部门来过一次就没下文了",
    "这次再不解决就去市里",
    "自己年纪大了，等不起",
    "前几天工单的回复是在敷衍",
    "承办单位电话联系过，但问题没解决",
    "村里说要等上级文件",
    "答应月底前答复，到现在没消息",
]

CONSULT = [
    ("城乡居民医保缴费时间和方式", "医保缴费", "可通过粤税通小程序或到银行网点缴纳", None),
    ("养老金资格认证怎么做", "养老认证", "可通过广东人社APP认证，或到村（社区）协助办理", None),
    ("小一新生入学报名时间及材料", "小一报名", "留意县教育局公告，按学区学校通知准备材料", {6: 3, 7: 2.5, 8: 1.5}),
    ("高考期间考点周边是否交通管制", "高考交通管制", "以交警部门发布的公告为准", {6: 1.5}),
    ("中考成绩什么时候公布", "中考成绩", "留意县教育局通知", {6: 1.5, 7: 2}),
    ("港澳通行证续签在哪里办", "港澳签注", "可到县出入境大厅或自助签注机办理", None),
    ("电动自行车上牌地点和需带材料", "电动车上牌", "带身份证、购车发票和合格证到车管所或指定上牌点", None),
    ("个体工商户营业执照怎么办", "个体执照", "可网上办理，或到县政务服务中心市场监管窗口", None),
    ("生育津贴怎么申领", "生育津贴", "由单位或本人通过社保网厅申领", None),
    ("低保申请条件", "低保条件", "建议到户籍所在镇（街道）民政办咨询", None),
    ("残疾证怎么办理", "残疾证", "到县残联申请并到指定医院评定", None),
    ("住房公积金提取条件", "公积金提取", "可在公积金APP查询提取条件并线上办理", None),
    ("新生儿上户口需要什么材料", "新生儿入户", "带出生医学证明、父母户口本身份证到户籍派出所", None),
    ("耕地地力保护补贴什么时候发", "地力补贴", "建议咨询所在镇农业办", None),
    ("狂犬疫苗在哪里打", "狂犬疫苗", "县疾控中心及各镇卫生院均可接种", None),
    ("驾驶证到期换证", "驾驶证换证", "可在交管12123办理或到车管所", None),
    ("社保卡丢失补办", "社保卡补办", "可到合作银行网点或社保窗口补办", None),
    ("退役军人优待证怎么办", "优待证", "到户籍所在镇退役军人服务站申请", None),
    ("灵活就业人员社保怎么交", "灵活就业社保", "可通过粤税通或到税务窗口办理", None),
    ("端午假期政务服务中心是否上班", "节假日上班", "假期期间窗口暂停，节后正常上班", {6: 0.6, 5: 2}),
    ("台风天是否停课", "台风停课", "以县教育局及气象预警通知为准", {6: 1.5, 7: 2, 8: 2, 9: 2}),
    ("客运站到广州的班车时间", "班车时间", "已告知客运站电话", None),
    ("农村危房改造补助政策", "危房改造", "建议咨询所在镇政府", None),
    ("法律援助怎么申请", "法律援助", "已告知县法律援助中心电话", None),
    ("高龄津贴怎么申请", "高龄津贴", "到村（社区）或镇民政办申请", None),
    ("不动产证加名需要什么材料", "不动产加名", "带身份证、户口本、结婚证及原证到不动产登记中心", None),
    ("燃气开户怎么办", "燃气开户", "已告知燃气公司电话", None),
    ("宅基地建房审批流程", "建房审批", "建议咨询所在镇自然资源所", None),
    ("医保异地就医备案", "异地就医备案", "可通过粤医保小程序备案", None),
    ("居住证怎么办", "居住证", "到居住地派出所办理", None),
    ("暑期托管班怎么报名", "暑期托管", "留意学校及社区通知", {6: 2, 7: 2}),
    ("登革热疫苗有没有得打", "登革热疫苗", "目前无疫苗，建议做好防蚊灭蚊", {6: 1.5, 7: 1.5, 8: 1.5, 9: 1.5}),
    ("夏季作息时间窗口几点上班", "夏季作息", "下午3点至6点", {5: 1.5, 6: 1.5}),
    ("征兵报名", "征兵报名", "可在全国征兵网报名", {6: 1.2, 7: 1}),
    ("今天停电的原因和恢复时间", "停电原因", "已告知可拨打95598查询", None),
]
_CONSULT_WINDOW = {
    "节假日上班": lambda d: (
        (d.month == 5 and d.day >= 25)
        or (d.month == 6 and d.day <= 2)
        or (d.month == 9 and d.day >= 25)
        or (d.month == 4 and d.day >= 28)
        or (d.month in (1, 12))
    ),
    "高考交通管制": lambda d: d.month == 6 and d.day <= 9,
    "中考成绩": lambda d: (d.month == 6 and d.day >= 24) or (d.month == 7 and d.day <= 15),
    "小一报名": lambda d: d.month in (5, 6, 7, 8),
    "暑期托管": lambda d: d.month in (6, 7),
}
OFFICE_HOURS = [
    "工作日上午8:30-12:00，下午3:00-6:00",
    "周一至周五8:30-12:00，15:00-18:00",
    "上午八点半到十二点，下午三点到六点",
    "工作日正常上班，周末不办公",
]

URGENT = [
    ("{where}水浸很深，有老人被困在家里出不来", "老人被困", "已联系119并紧急派单"),
    ("{where}闻到很浓的煤气味", "燃气泄漏", "已告知立即开窗关阀，并转燃气公司抢修"),
    ("{where}有电线掉在路上，还在冒火花", "电线冒火花", "已转供电抢修，提醒群众远离"),
    ("{where}大树倒下压住了一辆车", "树倒压车", "已三方转接119"),
    ("{where}有小孩被锁在车里", "小孩锁车内", "已转110"),
    ("{where}有人掉进河里", "有人落水", "已转110、119"),
    ("{where}发生车祸，有人受伤倒在路边", "车祸有人受伤", "已告知拨打120并转122"),
    ("家里老人走失，已经一天没回家", "老人走失", "已指引报警并登记老人特征"),
    ("{where}路面突然塌陷", "路面塌陷", "已紧急派单，提醒设置警示"),
    ("{where}有房子冒浓烟，像是着火", "房屋冒烟", "已转119"),
    ("{where}的变压器冒烟了", "变压器冒烟", "已转供电抢修"),
    ("{where}电梯困人，里面有小孩", "电梯困人", "已转119并通知物业"),
]
SUGGEST = [
    "在{where}增设红绿灯",
    "在{where}增设公厕",
    "在{school}门口设置护学岗",
    "延长政务服务中心中午办事时间",
    "在{where}河边加装防护栏和防溺水警示牌",
    "增加到{town}的公交班次",
    "在{street}增设停车位",
    "暑期开放学校操场给居民晚上锻炼",
    "在{market}附近增设垃圾分类投放点",
    "路边多种点树，夏天太晒",
    "在{where}增设路灯",
    "12345热线增加潮汕话服务",
    "在{market}设置临时摊位疏导占道经营",
]
PRAISE = [
    "{dept}工作人员{sn}某办事热情耐心",
    "{town}供电所连夜抢修恢复供电",
    "城管及时处理了{where}的噪音问题",
    "{hospital}医护人员认真负责",
    "12345热线上次帮他解决了{whats}问题",
    "{town}派出所民警帮忙找回走失老人",
    "{office}窗口工作人员主动加班帮他办完业务",
    "自来水公司雨天及时抢修爆管",
]
ANGRY_X = [
    "你们都是吃干饭的",
    "一帮废物",
    "有个屁用",
    "他妈的到底管不管",
    "打了八百次了",
    "你们是死人吗",
    "狗官",
    "操X",
    "什么破热线",
    "再不处理我就去县政府",
    "憨呆",
    "乞食",
    "你们当官的都不管事",
    "滚你的",
]
QI = [
    ("其邻居{nm}经常喊她“{x}”，还往她家门口泼水", "要求村委会调解"),
    ("在{office}办事时，工作人员说他“{x}”", "要求该工作人员道歉并处理"),
    ("外卖送餐迟到，她说了一句，骑手回她“{x}”", "要求平台和相关部门处理"),
    ("在{market}买菜时摊主说她“{x}”，还推了她一下", "要求市场管理方处理"),
    ("其儿子在学校被同学叫“{x}”，老师不管", "要求学校处理"),
    ("邻居在村里微信群发语音说他家“{x}”", "要求调解"),
    ("工厂老板说他“{x}”，还扣他工资", "要求追讨工资并道歉"),
    ("楼上住户被劝不要乱扔垃圾后，回他“{x}”", "要求物业处理"),
    ("坐班车时司机嫌他动作慢，喊他“{x}”", "要求客运公司处理"),
    ("小区保安说她“{x}”，不让她进小区", "要求物业道歉"),
    ("执法人员在收缴摊位时说他“{x}”", "要求核实处理"),
    ("其婆婆天天说她“{x}”，还不让她见孩子", "要求妇联介入"),
    ("在{hospital}看病，护士说他“{x}”", "要求医院处理"),
]
QUOTED = [
    "老乞食",
    "憨呆",
    "穷鬼",
    "你这种人活该",
    "没人要的东西",
    "你算老几",
    "残废",
    "生仔无屁眼",
    "绝户",
    "老不死的",
    "臭柴",
    "神经病",
    "滚回你乡下去",
    "夭寿",
]
QUOTED_F = ["疯婆", "八婆", "臭三八", "老太婆", "死查某"]
QUOTED_M = ["死老头", "短命仔", "外地佬，滚回去", "乡下佬", "衰仔", "乞食仔"]
ELD = [
    ("养老金这个月还没到账", "养老金未到账", "要求帮忙查询"),
    ("家里电视没信号，不知道找谁", "电视没信号", "希望有人来看看"),
    ("屋顶漏水，子女都在外地", "屋顶漏水", "希望村里帮忙修"),
    ("医保卡去药店用不了", "医保卡用不了", "问怎么办"),
    ("晚上听到外面有人撬门，很害怕", "听到撬门声", "希望派人来看看"),
    ("高龄津贴好几个月没发", "高龄津贴未发", "要求查询"),
    ("村里老人活动中心锁门了，没地方坐", "活动中心关门", "希望开放"),
    ("家里的电一直跳闸，不会弄", "电闸跳闸", "希望供电所派人"),
    ("看病报销的钱还没下来", "报销未到", "要求查询"),
    ("手机里的认证不会弄，怕养老金停发", "不会认证", "求帮助"),
    ("隔壁装修把他家墙震裂了", "墙被震裂", "要求处理"),
    ("孙子被人骗了钱，不知道怎么办", "孙子被骗", "已告知报警"),
    ("有人上门推销保健品，说吃了能治病，交了两千块", "保健品推销", "要求查处退钱"),
    ("家里水龙头坏了，自己修不了", "水龙头坏", "问能不能找人帮忙"),
]
DIS = [
    ("与家人吵架后情绪崩溃，哭着说活着没意思", "已安抚情绪，告知心理援助热线，并联系110关注"),
    ("被网贷催收天天打电话骚扰，说不想活了", "已耐心安抚，转接110"),
    ("被丈夫打了，躲在外面不敢回家", "已告知报警，并转妇联"),
    ("考试没考好，说不想活了", "已稳定情绪并三方转接110"),
    ("在外打工被骗光了钱，身无分文回不了家", "已告知救助站电话"),
    ("说丈夫出海捕鱼两天没有联系上", "已转海上搜救及边防派出所"),
    ("小声说话，称不方便讲话，家里有人打她", "通话中断前已记录地址，转110"),
    ("孩子生病住院没钱交费，哭着问有没有救助", "已告知医疗救助政策及民政电话"),
    ("刚失业，房租交不起，情绪低落", "已告知就业服务及临时救助渠道"),
    ("独自一人在家，说胸口闷、很害怕", "已转120并安抚"),
]
BAD = [
    "信号很差，听不清来电人说什么，只听到“{frag}”几个字",
    "来电人说话断断续续，听不清诉求，请其换个地方再打",
    "杂音很大，无法沟通，来电人挂断",
    "来电人讲潮汕话口音重，信号又差，未能听清具体事项",
    "声音很小，多次询问听不清，来电人挂断",
    "来电人似乎在反映{frag}的问题，但通话质量差，未能记录具体地址",
    "来电人在路上，风声很大，听不清",
    "回声很大，只听清“{frag}”，随后断线",
]
BAD_FRAG = ["停水", "停电", "路灯", "噪音", "工资", "医保", "垃圾", "水浸", "狗", "报销", "村里", "补贴"]
MIS = [
    ("要报警，已告知拨打110", "找110"),
    ("要叫救护车，已告知拨打120", "找120"),
    ("要找供电局报停电，已告知拨打95598", "找95598"),
    ("以为是移动客服，要查话费", "找移动客服"),
    ("要找快递公司，打错了", "找快递"),
    ("打错了，本来要打给女儿", "打错"),
    ("要订餐，打错电话", "订餐打错"),
    ("要找燃气公司换气，已告知燃气公司电话", "找燃气"),
    ("要找县医院挂号，已告知医院电话", "找医院"),
    ("要投诉网约车司机，已告知平台客服渠道", "找平台"),
    ("以为是银行客服，要挂失银行卡，已告知联系银行", "找银行"),
    ("要找水电维修师傅", "找维修"),
    ("要找火车票订票电话", "找订票"),
]
NW = [
    ("外卖骑手", "{where}路段凌晨路灯全灭，好几个骑手摔车", "要求尽快修复路灯"),
    ("货车司机", "{road}附近晚上有人拦车收“过路费”", "要求公安查处"),
    ("网约车司机", "凌晨在{where}有醉酒乘客拦车闹事", "要求加强巡逻"),
    ("夜班工人", "下班路上{where}有一群流浪狗追人", "要求处理"),
    ("外卖骑手", "{estate}保安不让电动车进小区，只能走路送", "要求协调"),
    ("的士司机", "{where}一带的加油站晚上都不营业", "咨询附近有没有夜间加油站"),
    ("夜班保安", "{where}工地晚上有人偷钢筋", "要求派人查看"),
    ("快递分拣员", "所在快递分拣场凌晨加班没有加班费", "要求人社部门处理"),
    ("渔民", "凌晨回港时发现{port}航道有渔网拦着，很危险", "要求处理"),
    ("货车司机", "{road}半夜有一段路面塌陷，没有警示", "要求紧急设置警示"),
    ("夜市摊主", "夜市收摊后垃圾没人清，第二天被罚款", "要求说明"),
    ("外卖骑手", "在{where}送餐被商家刁难扣钱", "要求平台处理"),
    ("代驾司机", "凌晨在{where}等不到车，公交早就停运", "建议开通夜班公交"),
    ("夜班护工", "{hospital}晚上停车场大门锁了，车开不出去", "要求处理"),
]
SURGES = [
    (
        "outage",
        [
            "停电",
            "突然停电，已经停了{h}个小时",
            "整片停电，天气太热，家里老人受不了",
            "停电了，冰箱里的东西都快坏了",
            "又停电了，没有提前通知",
            "停电，小孩热得睡不着",
        ],
        "停电",
        [("要求尽快恢复供电", "尽快恢复"), ("询问什么时候恢复供电", "问来电时间"), ("要求说明停电原因", "问原因")],
    ),
    (
        "water",
        ["停水", "突然停水，没有任何通知", "停水大半天了", "水龙头一滴水都没有，小孩要洗澡", "停水了，问物业也不知道"],
        "停水",
        [("要求尽快恢复供水", "尽快恢复"), ("询问恢复供水时间", "问恢复时间"), ("要求以后提前通知", "要提前通知")],
    ),
    (
        "flood",
        [
            "暴雨水浸，水已漫到门口",
            "路面水浸，车开不过去",
            "积水进了店里",
            "排水口堵了，水退不下去",
            "水浸到膝盖，电动车都泡坏了",
        ],
        "水浸",
        [("要求尽快派人排水", "尽快排水"), ("要求疏通排水口", "疏通排水"), ("要求相关部门处理", "求处理")],
    ),
    (
        "odor",
        [
            "空气中有很浓的刺鼻气味，像是烧塑料",
            "晚上有股化学味，闻了头晕",
            "刺鼻气味很重，门窗关了都闻得到",
            "一股臭味，不知道哪里排的",
        ],
        "刺鼻气味",
        [("要求环保部门查明来源", "查来源"), ("要求尽快处理", "求处理")],
    ),
    (
        "smoke",
        ["附近冒出很大的黑烟", "远处着火了，黑烟很大，不知道是哪里", "有烧焦的味道，看到很多黑烟"],
        "黑烟",
        [("请求核实是否发生火灾", "核实火情"), ("要求相关部门处理", "求处理")],
    ),
    (
        "roadblock",
        ["{road}突然封路，没有提前公告，车堵了很长", "{road}施工封闭，绕行指示不清"],
        "封路",
        [("要求说明封路原因和时间", "问封路时间"), ("要求设置绕行指引", "要求绕行指引")],
    ),
]


# ---------------------------------------------------------------------------
# renderers: (op, rng, spec, cx) -> text typed by the operator
# ---------------------------------------------------------------------------


DIALECT_QUOTE = {
    "noise": ["吵到半暝睡唔去", "日日都按呢，做呢无人管", "厝边吵到孬睡", "半暝三更还在吵"],
    "pollution": ["个味臭到爆，门都唔敢开", "食饭都闻着臭", "臭到头晕"],
    "water": ["水都无，做呢食饭", "规日无水", "水黄过茶"],
    "power": ["热到欲死，电又无", "电一日停几次", "老人家热到孬过"],
    "sanitation": ["臭到人欲吐", "蠓仔多到惊人", "垃圾堆到厝门口"],
    "roads": ["暗摸摸，行路都惊", "车仔跋落去", "雨一落就浸"],
    "rural": ["阮个田无水", "村里无人管", "讲了几年无结果"],
}
LONELY_DIALECT = ["我一个人在厝，无人好讲话", "睏唔去，同你讲几句", "厝里无人，闷到死", "你食饱未"]
ELDERLY_DIALECT = ["我一个人在厝，唔知找谁", "阿伯唔识用手机", "个仔在外面做工，无人帮我", "我老了，行唔动"]
ANGRY_REMARK = ["（骂得很难听）", "（情绪很激动）", "（说了很多粗话）", "（一直在吼）", "（火气很大）"]


def _matter(op, rng, m, lead="", mid="", tail="", intro=None, bleed=0.1, remarks=None):
    st = op.style
    if rng.random() < bleed:
        st = STYLES[rng.randrange(4)]
    where, what, since, dem = m["where"], m["what"], m["since"], m["demand"]
    extra = m.get("extra", "")
    if st == "formal":
        if intro is None:
            intro = rng.choice(op.intro)
            if m.get("name") and rng.random() < 0.3:
                intro = "来电人" + m["name"] + "反映："
        s = lead + intro + where + what
        if since:
            s += "，" + since
        if op.dlbl.endswith("要求：") and dem.startswith("要求"):
            dem = dem[2:]
        s += "。" + mid + extra + op.dlbl + dem + "。" + tail
        if rng.random() < op.close_p:
            s += op.close
    elif st == "plain":
        if intro is None:
            intro = rng.choice(PLAIN_INTRO)
        s = lead + intro + where + what
        if since and rng.random() < 0.6:
            s += "，" + since
        s += "，" + dem + "。" + mid + (extra if rng.random() < 0.5 else "") + tail
    elif st == "terse":
        s = lead + (m["where_s"] if rng.random() < 0.8 else "") + m["what_s"]
        r2 = rng.random()
        if r2 < 0.7:
            s += " " + m["demand_s"]
        elif r2 < 0.8:
            s += " 请核处"
        if tail:
            s += " " + tail.strip("。")
    else:
        if intro is None:
            intro = rng.choice(CHATTY_INTRO).format(who=m.get("who", "市民"))
        s = lead + intro + where + what
        if since:
            s += "，" + since
        s += "，" + dem + "。" + mid + extra + tail
        if rng.random() < 0.5:
            s += rng.choice(remarks or CHATTY_REMARK)
    if rng.random() < op.note_p:
        s = _join(s, rng.choice(op.notes))
    return s


def _silent_base(op, rng, dur, genuine=False):
    if rng.random() < op.blank:
        return ""
    if genuine and rng.random() < 0.3:
        return rng.choice(DROP_ONLY)
    if dur <= 5 and rng.random() < 0.45:
        return rng.choice(SILENT_SHORT)
    if dur >= 60 and rng.random() < 0.45:
        return rng.choice(SILENT_LONG)
    if rng.random() < 0.8:
        return op.silent[_idx(rng, _cum(op.silent_w))]
    return rng.choice(SILENT_POOL)


def _r_silent(op, r, sp, cx):
    s = _silent_base(op, r, cx.dur)
    if not cx.phone and r.random() < op.hid_note:
        s = _join(s, r.choice(["（隐藏号码）", "号码未显示", "（无主叫号码）"]))
    f = _repflag(op, r, cx)
    if f:
        s = _join(s, f)
    if r.random() < 0.05:
        s = _join(s, r.choice(["背景有人偷笑", "只听到呼吸声", "对方故意不说话", "听到有人在旁边说“别出声”"]))
    if cx.phone and r.random() < 0.05:
        s = _join(s, r.choice(["回拨无人接听", "回拨被挂断", "回拨提示关机", "回拨无人接"]))
    return s


def _r_dropped(op, r, sp, cx):
    s = _silent_base(op, r, cx.dur, genuine=True)
    if not cx.phone and r.random() < op.hid_note:
        s = _join(s, r.choice(["（隐藏号码）", "号码未显示", "（无主叫号码）"]))
    f = _repflag(op, r, cx)
    if f:
        s = _join(s, f)
    if cx.phone:
        k = r.random()
        if k < 0.06:
            s = _join(s, r.choice(["回拨无人接听", "回拨无人接", "回拨提示关机", "回拨占线"]))
        elif k < 0.10:
            s = _join(s, r.choice(["已回拨，对方称误拨", "回拨后对方称不小心按到", "回拨，称没事"]))
    return s


def _r_simple(op, r, sp, cx):
    kind = sp["k"]
    pool, tpl = SIMPLE[kind]
    p = sp["p"]
    xs = p.get("xs") or pool
    x = r.choice(xs) if r.random() < 0.7 else r.choice(pool)
    y = r.choice(pool)
    if y == x:
        y = pool[(pool.index(x) + 1) % len(pool)]
    t, st = _sty(op, r, tpl)
    s = t.format(x=x, y=y).replace("说我“你们", "说我们“你们")
    if kind == "lonely_chat" and st in ("plain", "chatty") and r.random() < 0.12:
        s = _join(s, "原话：“" + r.choice(LONELY_DIALECT) + "”")
    f = _repflag(op, r, cx, 0.8)
    if f:
        s = _join(s, f)
    return s


def _r_prank(op, r, sp, cx):
    st_t, sts = r.choice(PRANK)
    where, ws, town = _loc_any(r)
    story = st_t.format(where=where, school=r.choice(SCHOOLS), fake=r.choice(FAKE_PLACES))
    hint = r.choice(PRANK_HINT) if r.random() < 0.6 else ""
    if hint.startswith("经查该地址") and "{fake}" not in st_t:
        hint = "询问姓名及具体地址时挂断。"
    if hint == "该号码今日多次来电反映不同事项。" and cx.n_today < 2:
        hint = ""
    if cx.n_today >= 2 and r.random() < 0.35:
        hint = "该号码今日已多次来电反映不同事项。"
    st = op.style if r.random() > 0.1 else STYLES[r.randrange(4)]
    if st == "formal":
        s = r.choice(["来电人反映：", "来电人称", "来电人反映"]) + story + "。" + hint
        if not hint and r.random() < 0.5:
            s += op.close
    elif st == "plain":
        s = r.choice(["", "说", "反映"]) + story + ("，" + hint if hint else "")
    elif st == "terse":
        s = sts + " " + (r.choice(["疑恶作剧", "笑场", "地址不详", "挂断"]) if hint else r.choice(["", "请核实"]))
    else:
        s = "说" + story + "。" + (hint if hint else r.choice(["不知道真的假的。", "我记下了。", ""]))
    return s


def _r_robo(op, r, sp, cx):
    a, b = sp["p"]["ad"]
    st = op.style if r.random() > 0.1 else STYLES[r.randrange(4)]
    d = {
        "formal": [
            "来电为电脑录音（{a}），非人工来电，无法交流。",
            "来电为自动语音播报：“{b}”。",
            "来电为录音电话，内容为{a}。",
            "来电称：“{b}”。",
        ],
        "plain": ["录音广告，{a}", "机器人打来的，{a}", "来电放录音：“{b}”", "来电说{b}"],
        "terse": ["录音", "机器人", "广告录音", "{a}录音", "电脑语音"],
        "chatty": ["是机器人打来的，放了一段{a}的录音，我说话它也不理。", "一接起来就是“{b}”，录音来的。"],
    }
    s = r.choice(d[st]).format(a=a, b=b)
    f = _repflag(op, r, cx, 0.8)
    return _join(s, f) if f else s


def _r_fax(op, r, sp, cx):
    s, st = _sty(op, r, FAX_T)
    f = _repflag(op, r, cx, 1.2)
    return _join(s, f) if f else s


def _r_vex(op, r, sp, cx):
    p = sp["p"]
    x, xs, typ = p["theme"]
    mode = _wchoice(r, [("repeat", 55), ("same", 15), ("silent", 12), ("abuse", 10), ("short", 8)])
    st = op.style if r.random() > 0.12 else STYLES[r.randrange(4)]
    if typ == "n" and mode == "repeat":
        mode = "none"
    if mode == "silent":
        s = _silent_base(op, r, cx.dur)
    elif mode == "same":
        s = r.choice(["同上", "同前", "内容同上", "重复来电，内容同前", "同上一通"])
    elif mode == "abuse":
        s = r.choice(
            {
                "formal": ["重复来电人，辱骂话务员不给其办理，称“{a}”。", "来电人因诉求未获支持辱骂话务员“{a}”。"],
                "plain": ["又来骂人，说“{a}”", "说我们不给他办，骂“{a}”"],
                "terse": ["重复 骂人", "骂人", "辱骂"],
                "chatty": ["又是他，这次直接开骂“{a}”，说我们不帮他办事。"],
            }[st]
        ).format(a=r.choice(ABUSE_X))
    elif mode == "short":
        s = r.choice(["来电人重复来电，未说明新事项", "重复来电，无新诉求", "来电说“还是那件事”后挂断", "重复", ""])
    elif mode == "none":
        s = r.choice(
            {
                "formal": ["来电人{x}，无具体诉求。", "重复来电，{x}。"],
                "plain": ["{x}", "又是{x}"],
                "terse": ["重复来电", "同上", "无诉求", ""],
                "chatty": ["这个号又来了，{x}。"],
            }[st]
        ).format(x=x)
    else:
        s = r.choice(
            {
                "formal": [
                    "来电人再次{x}，该事项已多次答复，来电人不接受解释，无新的诉求。",
                    "重复来电，{x}，已按口径答复。",
                    "来电人{x}（已多次来电，已答复）。",
                ],
                "plain": ["又打来，还是{s}的事，已经答复过很多次", "{x}，重复来电", "同一个事，又来了，{s}"],
                "terse": ["重复来电", "同上", "重复 {s}", "{s} 重复", ""],
                "chatty": [
                    "这位又来了，{nn}还是说{s}，我按口径解释了一遍。",
                    "又是他，{x}，说来说去就是这个，解释了也不听。",
                ],
            }[st]
        ).format(x=x, s=xs or "老问题", n=cx.n_today, nn=("今天第%d次，" % cx.n_today) if cx.n_today > 1 else "")
    f = _repflag(op, r, cx, 1.3)
    return _join(s, f) if f else s


def _r_complaint(op, r, sp, cx):
    m = sp["m"]
    if sp.get("again"):
        st = op.style
        d = {
            "formal": [
                "来电人再次来电反映{w}{ws}问题仍在持续，称至今无人到场处理，要求尽快处理。",
                "来电人第{k}次来电，称{ws}仍未停止，要求相关部门立即到场。",
            ],
            "plain": ["又打来了，说{ws}还在继续，没人来管", "再次来电，{ws}还没停"],
            "terse": ["再次来电 {ws}仍未停", "催 {ws}", "二次来电 {ws}"],
            "chatty": ["同一位{who}又打来了，说{ws}还是没停，已经{hh}点多了，很生气。"],
        }
        s = r.choice(d[st]).format(w=m["where"], ws=m["what_s"], k=sp["again"] + 1, who=m["who"], hh=cx.hour)
        return s
    s = _matter(op, r, m)
    dq = DIALECT_QUOTE.get(m["topic"])
    if dq and op.style in ("plain", "chatty") and r.random() < 0.1:
        s = _join(s, "来电人原话：“" + r.choice(dq) + "”")
    if cx.n_today >= 2:
        f = _repflag(op, r, cx, 0.5)
        if f:
            s = _join(s, f)
    return s


def _r_surge(op, r, sp, cx):
    m = sp["m"]
    if sp.get("again"):
        st = op.style
        d = {
            "formal": ["来电人再次来电反映{w}{ws}仍未恢复，要求尽快处理。", "来电人再次催促{w}{ws}问题。"],
            "plain": ["又打来问{ws}的事，还没好", "第二次打来，{ws}还没解决"],
            "terse": ["催 {ws}", "再次 {ws}", "二次来电"],
            "chatty": ["刚才打过的{who}又打来了，说{ws}还没好，问到底什么时候能弄好。"],
        }
        return r.choice(d[st]).format(w=m["where"], ws=m["what_s"], who=m["who"])
    s = _matter(op, r, m)
    if r.random() < 0.25:
        s = _join(
            s,
            r.choice(
                {
                    "formal": ["（同类来电较多）", "（该区域已有多宗同类来电）"],
                    "plain": ["同类来电很多。", "好多人打来说这个。"],
                    "terse": [" 同类多", " 批量"],
                    "chatty": ["今天好多人打来说这个事。", "这一片的人都在打。"],
                }[op.style]
            ),
        )
    return s


def _r_consult(op, r, sp, cx):
    c = sp["c"]
    st = op.style if r.random() > 0.12 else STYLES[r.randrange(4)]
    who = sp["who"]
    if c[0] == "tel":
        d = c[1]
        tel = _tel(op, r, d)
        ds = d[1:] if d.startswith("县") else d
        t = r.choice(
            {
                "formal": ["来电人咨询{d}联系电话，已告知{tel}。", "来电人咨询{d}电话。已告知：{tel}。"],
                "plain": ["问{d}电话，已告知{tel}", "查{d}电话 {tel}", "要{d}的电话，给了"],
                "terse": ["{ds}电话 {tel}", "查{ds}电话 已告", "{tel}", "{ds} {tel}", "问电话 已告知"],
                "chatty": [
                    "想要{d}的电话，帮他查了，{tel}。",
                    "{who}问{d}电话，告诉他了，他说要记一下，我又念了一遍。",
                ],
            }[st]
        )
        return _she(who, t.format(d=d, ds=ds, tel=tel, who=who))
    if c[0] == "hours":
        o = c[1]
        h = r.choice(OFFICE_HOURS)
        t = r.choice(
            {
                "formal": ["来电人咨询{o}办公时间，已告知{h}。", "来电人咨询{o}上班时间。已告知。"],
                "plain": ["问{o}几点上班，{h}", "{o}上班时间，已告知"],
                "terse": ["{o}上班时间 已告知", "问上班时间", "{o} 办公时间 已告", "上班时间"],
                "chatty": ["{who}问{o}几点开门，我说{h}，他说下午再去。"],
            }[st]
        )
        return _she(who, t.format(o=o, h=h, who=who))
    return _she(who, _r_consult2(op, r, sp, cx, c, st, who))


def _she(who, s):
    return s.replace("他", "她") if who in _FEMALE else s


def _r_consult2(op, r, sp, cx, c, st, who):
    q, qs, a = c[1], c[2], c[3]
    t = r.choice(
        {
            "formal": ["来电人咨询{q}。已告知{a}。", "来电人咨询：{q}？答复：{a}。", "来电人咨询{q}，已按知识库答复。"],
            "plain": ["咨询{q}，{a}", "问{qs}，已告知", "咨询{qs}，已解答"],
            "terse": ["咨询{qs} 已告知", "{qs} 已告", "问{qs}", "{qs}"],
            "chatty": ["{who}问{q}，我跟他说{a}，他说好的。", "咨询{qs}的，{who}不太会用手机，我慢慢跟他讲了{a}。"],
        }[st]
    )
    return t.format(q=q, qs=qs, a=a, who=who)


def _r_followup(op, r, sp, cx):
    m = sp["m"]
    o = _ordtxt(op, r, sp["order"])
    mode = sp["mode"]
    st = op.style if r.random() > 0.1 else STYLES[r.randrange(4)]
    unsat = sp["unsat"]
    D = {
        "chase": {
            "formal": [
                "来电人催办{o}（{ws}），称至今无人联系处理，要求尽快处理并回复。",
                "来电人反映：{o}所反映的{ws}问题至今未解决，要求加快办理。",
            ],
            "plain": ["催单{o}，{ws}还没处理", "{o}的事，说还没人来", "催办，{ws}，{o}"],
            "terse": ["催{o}", "{o} 催办", "催办 {ws}", "催 {ws} {o}"],
            "chatty": ["{who}又打来问{o}那个{ws}的事，说等了好几天都没人来，语气有点急。"],
        },
        "query": {
            "formal": [
                "来电人查询{o}办理进度，已告知正在办理中，请耐心等待。",
                "来电人咨询{o}处理情况，已告知承办单位正在核实。",
            ],
            "plain": ["问{o}进度", "查{o}，告知在办"],
            "terse": ["查进度{o}", "{o} 查询", "查单"],
            "chatty": ["{who}问{o}办得怎么样了，我查了一下还在办理中，跟他说了。"],
        },
        "unsat": {
            "formal": ["来电人对{o}的处理结果不满意，称{u}，要求重新处理。", "来电人不认可{o}的答复，称{u}。"],
            "plain": ["{o}的事，说{u}，不满意", "对{o}回复不满意，{u}"],
            "terse": ["{o} 不满意 {u}", "不满意 {o}", "重办 {o}"],
            "chatty": ["{who}说{o}那个事{u}，很不满意，希望重新派人去看。"],
        },
        "add": {
            "formal": [
                "来电人补充反映{o}：{ws}问题近期更加严重，要求尽快处理。",
                "来电人对{o}补充情况：{w}{ws}，现场仍然存在。",
            ],
            "plain": ["补充{o}，{ws}更严重了", "{o}补充，还是{ws}"],
            "terse": ["补充{o}", "{o} 补充"],
            "chatty": ["{who}打来补充{o}，说{ws}这几天更严重了。"],
        },
    }
    s = r.choice(D[mode][st]).format(o=o, ws=m["what_s"], w=m["where"], who=m["who"], u=unsat)
    if (cx.hour >= 22 or cx.hour < 6) and r.random() < 0.3:
        s = _join(
            s,
            r.choice(
                {
                    "formal": ["（夜间来电）"],
                    "plain": ["半夜打来的。"],
                    "terse": [" 夜间"],
                    "chatty": ["这么晚还打来，说一直惦记这事睡不着。"],
                }[op.style]
            ),
        )
    f = _repflag(op, r, cx, 0.6)
    return _join(s, f) if f else s


def _r_urgent(op, r, sp, cx):
    x, xs, a = sp["u"]
    x = x.format(where=sp["where"])
    st = op.style if r.random() > 0.1 else STYLES[r.randrange(4)]
    t = r.choice(
        {
            "formal": ["来电人紧急求助：{x}。{a}。", "来电人反映：{x}，情况紧急。{a}。"],
            "plain": ["{x}，{a}", "急，{x}，{a}"],
            "terse": ["急！{xs} {a}", "{xs} 已转", "紧急 {xs}"],
            "chatty": ["来电人声音很急，说{x}，{a}，请尽快处理！"],
        }[st]
    )
    return t.format(x=x, xs=sp["where_s"] + xs, a=a)


def _r_suggest(op, r, sp, cx):
    x = sp["x"]
    st = op.style if r.random() > 0.1 else STYLES[r.randrange(4)]
    return r.choice(
        {
            "formal": ["来电人建议：{x}。请相关部门研究参考。", "来电人提出建议，希望{x}。"],
            "plain": ["建议{x}", "提建议，{x}"],
            "terse": ["建议{x}", "建议 {x}"],
            "chatty": ["这位{who}提了个建议，希望{x}，说得挺在理。"],
        }[st]
    ).format(x=x, who=sp["who"])


def _r_praise(op, r, sp, cx):
    x = sp["x"]
    st = op.style if r.random() > 0.1 else STYLES[r.randrange(4)]
    return r.choice(
        {
            "formal": ["来电人表扬{x}，对此表示感谢。", "来电人致电表扬：{x}。"],
            "plain": ["表扬{x}", "打来表扬，{x}"],
            "terse": ["表扬 {x}", "表扬"],
            "chatty": ["是来表扬的！说{x}，特地打来感谢，听着很开心。"],
        }[st]
    ).format(x=x)


def _r_angry(op, r, sp, cx):
    m = sp["m"]
    x = sp["x"]
    st = op.style
    lead = r.choice(
        {
            "formal": [
                "来电人情绪激动，言语粗俗，反映",
                "来电人态度恶劣，辱骂话务员，反映",
                "来电人情绪失控，多次爆粗口（“{x}”），经安抚后反映",
                "来电人称“{x}”，反映",
            ],
            "plain": ["一直骂人，说“{x}”，", "很凶，骂了几句，", "情绪很大，说“{x}”，"],
            "terse": ["骂人 ", "情绪激动 ", "粗口 ", "态度差 "],
            "chatty": ["一开口就骂“{x}”，我等他骂完才问清楚，", "火气很大，骂我们“{x}”，后来才说是", "骂了好几分钟，"],
        }[st]
    ).format(x=x)
    intro = "" if st in ("formal", "chatty") else None
    if st == "formal":
        lead = lead + "："
    if st == "plain":
        intro = ""
    s = _matter(op, r, m, lead=lead, intro=intro, bleed=0.0, remarks=ANGRY_REMARK)
    if r.random() < 0.25:
        s = _join(
            s,
            r.choice(
                {
                    "formal": ["已提醒来电人文明用语。"],
                    "plain": ["已提醒文明用语。"],
                    "terse": [" 已提醒"],
                    "chatty": ["我提醒了他文明用语。"],
                }[st]
            ),
        )
    f = _repflag(op, r, cx, 0.6)
    return _join(s, f) if f else s


def _r_quoted(op, r, sp, cx):
    x, d = sp["q"]
    x = x.format(nm=sp["nm"], office=sp["office"], market=sp["market"], hospital=sp["hospital"], x=sp["x"])
    st = op.style if r.random() > 0.1 else STYLES[r.randrange(4)]
    use_ma = r.random() < 0.3
    if st == "formal":
        s = (
            ("来电人反映被人辱骂：" if use_ma else r.choice(["来电人反映：", "来电人称："]))
            + x
            + "。"
            + op.dlbl
            + d
            + "。"
        )
    elif st == "plain":
        s = ("说被骂了，" if use_ma else "") + x + "，" + d
    elif st == "terse":
        s = x.replace("，", " ") + " " + d.replace("要求", "求")
    else:
        s = (
            r.choice(["{who}很委屈，说", "{who}说", "{who}打来，说"]).format(who=sp["who"])
            + x
            + "，"
            + d
            + "。"
            + r.choice(["（越说越难过）", "", "（气得声音发抖）"])
        )
    return s


def _r_elderly(op, r, sp, cx):
    x, xs, d = sp["e"]
    st = op.style if r.random() > 0.1 else STYLES[r.randrange(4)]
    t = r.choice(
        {
            "formal": [
                "来电人为老年人，说话不太清楚，大意是{x}，{d}。",
                "来电人（老人，讲潮汕话）反映{x}，{d}。",
                "来电人系独居老人，反映{x}，{d}。",
            ],
            "plain": ["老人打来，{x}，{d}", "{ow}说{x}，{d}，说话重复，记录大意"],
            "terse": ["老人 {xs} {d}", "老人来电 {xs}", "{ow} {xs}"],
            "chatty": [
                "一位{ow}打来，讲潮汕话，说{x}，讲了好久，反复说了几遍，{d}。",
                "{ow}说{x}，{d}，听着挺可怜的，子女都不在身边。",
            ],
        }[st]
    )
    s = t.format(x=x, xs=xs, d=d, ow=sp["ow"])
    if st in ("plain", "chatty", "formal") and r.random() < 0.1:
        s = _join(s, "（原话：“" + r.choice(ELDERLY_DIALECT) + "”）")
    if cx.n_today >= 2 and r.random() < 0.5:
        s = _join(s, r.choice(["（老人今日多次来电，反映同一事项）", "今天已经打过了。", "又打来了，还是这件事。"]))
    elif cx.n_total >= 3 and r.random() < 0.3:
        s = _join(s, r.choice(["（前几天也来电反映过）", "之前打过。"]))
    if (cx.hour >= 22 or cx.hour < 5) and r.random() < 0.3:
        s = _join(s, r.choice(["（深夜来电）", "这么晚还没睡。"]))
    return s


def _r_distress(op, r, sp, cx):
    x, a = sp["d"]
    st = op.style if r.random() > 0.1 else STYLES[r.randrange(4)]
    return r.choice(
        {
            "formal": ["来电人{x}。{a}。", "来电人情绪低落，{x}。{a}。"],
            "plain": ["{x}，{a}", "来电人{x}，{a}"],
            "terse": ["情绪危机 {a}", "{x} {a}"],
            "chatty": ["来电人{x}，我陪她聊了很久，{a}，希望没事。", "{x}，一直在哭，{a}。"],
        }[st]
    ).format(x=x, a=a)


def _r_bad(op, r, sp, cx):
    s = r.choice(BAD).format(frag=r.choice(BAD_FRAG))
    if op.style == "terse":
        s = r.choice(["信号差 听不清", "听不清", "杂音大", s])
    return s


def _r_misdial(op, r, sp, cx):
    x, xs = sp["x"]
    st = op.style
    if st == "formal":
        return "来电人" + x + "。"
    if st == "plain":
        return x
    if st == "terse":
        return r.choice([xs, "打错", xs + " 已告"])
    return "这位" + sp["who"] + x + r.choice(["，还说了声不好意思。", "。", "，哈哈。"])


def _r_callback(op, r, sp, cx):
    st = op.style
    lead = r.choice(
        {
            "formal": ["来电人称刚才来电时通话中断，现再次来电。", "（接上一通中断来电）"],
            "plain": ["刚才断线，重新打来，", "刚刚电话断了，"],
            "terse": ["回拨 ", "(接上通) ", "二次 "],
            "chatty": ["刚才那通断了，他又打回来，", "刚才没声音那个又打来了，说是信号不好，"],
        }[st]
    )
    if "m" in sp:
        return _matter(op, r, sp["m"], lead=lead, bleed=0.0)
    return lead + _r_consult(op, r, sp, cx)


def _r_petition(op, r, sp, cx):
    p = sp["p"]
    g, gs, d = p["g"]
    rec = r.choice(p["rec"]) if r.random() < 0.8 else r.choice(PET_RECENT)
    d2 = d[2:] if d.startswith("要求") else d
    o = _ordtxt(op, r, p["order"])
    st = op.style if r.random() > 0.1 else STYLES[r.randrange(4)]
    t = r.choice(
        {
            "formal": [
                "来电人再次反映：{g}。称{rec}。" + op.dlbl + "{d}。",
                "来电人反映其{gs}问题，称已多次反映未得到解决，{rec}，要求{d2}。",
                "来电人就{gs}问题再次来电（{o}），称{rec}，要求{d2}。",
                "来电人反映{g}，{rec}。来电人诉求：{d}。",
            ],
            "plain": ["又反映{gs}的事，{rec}，{d}", "{g}，{rec}，{d}", "还是{gs}，说{rec}"],
            "terse": ["{gs} 再次反映", "{gs} 催 {o}", "同前 {gs}", "重复反映{gs}", "{gs}"],
            "chatty": [
                "{who}又打来了，还是{gs}的事，说{rec}，讲着讲着有点激动，我安抚了一下。",
                "是老来电人了，{gs}，说{rec}，我记下来了，答应再帮他催一下。",
            ],
        }[st]
    )
    s = t.format(g=g, gs=gs, d=d, d2=d2, rec=rec, o=o, who=p["who"])
    if p["angry"] and r.random() < 0.4:
        s = (
            r.choice(
                {
                    "formal": ["来电人情绪激动。", "来电人言语过激，称“你们都是推来推去”。"],
                    "plain": ["很激动，", "骂了几句，"],
                    "terse": ["激动 ", "骂人 "],
                    "chatty": ["今天火气特别大，骂了“{a}”，"],
                }[st]
            ).format(a=r.choice(ANGRY_X))
            + s
        )
    f = _repflag(op, r, cx, 0.9)
    return _join(s, f) if f else s


def _r_nightw(op, r, sp, cx):
    job, x, d = sp["n"]
    tw = URBAN[r.randrange(3)]
    x = x.format(
        where=sp["where"],
        road=r.choice(ROADS),
        port=r.choice(PORTS),
        hospital=r.choice(HOSPITALS),
        estate=tw + r.choice(ESTATES[tw]),
    )
    st = op.style if r.random() > 0.1 else STYLES[r.randrange(4)]
    return r.choice(
        {
            "formal": ["来电人为{job}，反映{x}，{d}。", "来电人（{job}）反映：{x}。" + op.dlbl + "{d}。"],
            "plain": ["{job}，{x}，{d}", "{job}打来，{x}，{d}"],
            "terse": ["{job} {x}", "{job} {x} {d}"],
            "chatty": ["是个{job}，刚下班，说{x}，{d}。", "{job}打来的，还在路上，说{x}，{d}。"],
        }[st]
    ).format(job=job, x=x, d=d)


RENDER = {
    "silent": _r_silent,
    "abuse": _r_simple,
    "gov_venting": _r_simple,
    "threat": _r_simple,
    "lonely_chat": _r_simple,
    "drunk": _r_simple,
    "flirting": _r_simple,
    "prank_report": _r_prank,
    "nonsense": _r_simple,
    "absurd_request": _r_simple,
    "child_play": _r_simple,
    "line_test": _r_simple,
    "dare": _r_simple,
    "robocall": _r_robo,
    "fax_tone": _r_fax,
    "music_only": _r_simple,
    "telemarketing": _r_simple,
    "vexatious_repeat": _r_vex,
    "complaint": _r_complaint,
    "surge_report": _r_surge,
    "consultation": _r_consult,
    "followup": _r_followup,
    "urgent_help": _r_urgent,
    "suggestion": _r_suggest,
    "praise": _r_praise,
    "angry_genuine": _r_angry,
    "quoted_insult": _r_quoted,
    "elderly": _r_elderly,
    "distress": _r_distress,
    "dropped_call": _r_dropped,
    "bad_line": _r_bad,
    "misdial": _r_misdial,
    "callback": _r_callback,
    "petitioner": _r_petition,
    "night_worker": _r_nightw,
}

# ---------------------------------------------------------------------------
# clock & phone book
# ---------------------------------------------------------------------------


class _Clock:
    def __init__(self, start, days, rng):
        self.start, self.days = start, days
        self.end = start + dt.timedelta(days=days)
        self.dates = [(start + dt.timedelta(days=i)).date() for i in range(days)]
        self.offday = [d.weekday() >= 5 or (d.month, d.day) in _HOLI for d in self.dates]
        self.rain, self.hot, self.exam = [], [], []
        for d in self.dates:
            m = d.month
            pr = {4: 0.3, 5: 0.4, 6: 0.45, 7: 0.35, 8: 0.4, 9: 0.3}.get(m, 0.12)
            ph = {5: 0.2, 6: 0.5, 7: 0.7, 8: 0.7, 9: 0.4}.get(m, 0.0)
            self.rain.append(rng.random() < pr * 0.6)
            self.hot.append(rng.random() < ph)
            self.exam.append((m == 6 and (5 <= d.day <= 10 or 20 <= d.day <= 27)))
        self._dc = {}
        self._hc = {}
        for k, v in HOURS:
            self._hc[k] = _cum(v)

    def day_cum(self, wk):
        c = self._dc.get(wk)
        if c is None:
            c = _cum([(wk if off else 1.0) for off in self.offday])
            self._dc[wk] = c
        return c

    def pick_day(self, rng, wk=1.0):
        return _idx(rng, self.day_cum(wk))

    def pick_hour(self, rng, prof):
        return _idx(rng, self._hc[prof])

    def at(self, day, hour, rng):
        return self.start + dt.timedelta(days=day, hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))

    def pick(self, rng, prof, wk=1.0, day=None):
        if day is None:
            day = self.pick_day(rng, wk)
        return self.at(day, self.pick_hour(rng, prof), rng)


_MOB = [
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "170",
    "173",
    "175",
    "176",
    "177",
    "178",
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
]
_OTHER_AREAS = [("0754", 8), ("0768", 7), ("020", 8), ("0755", 8), ("0660", 7), ("0769", 8)]


class _Phones:
    def __init__(self, rng):
        self.r = rng
        self.used = set()

    def _u(self, p):
        if p in self.used:
            return None
        self.used.add(p)
        return p

    def mobile(self):
        while True:
            p = self._u(self.r.choice(_MOB) + "%08d" % self.r.randrange(10**8))
            if p:
                return p

    def landline(self, area=AREA_CODE, n=8):
        while True:
            p = self._u(area + str(self.r.randint(2, 8)) + "".join(str(self.r.randrange(10)) for _ in range(n - 1)))
            if p:
                return p

    def other(self):
        a, n = self.r.choice(_OTHER_AREAS)
        return self.landline(a, n)

    def by(self, typ):
        if typ == "mob":
            return self.mobile()
        if typ == "loc":
            return self.landline()
        if typ == "oth":
            return self.other()
        return ""


# ---------------------------------------------------------------------------
# harassment series configuration
# ---------------------------------------------------------------------------

_PH_DEF1 = [("mob", 0.55), ("hid", 0.35), ("loc", 0.08), ("oth", 0.02)]
_PH_DEFN = [("mob", 0.7), ("hid", 0.15), ("loc", 0.12), ("oth", 0.03)]


def _dur_silent(r):
    k = r.random()
    if k < 0.55:
        return _ln(r, 7, 0.6, 1, 60)
    if k < 0.88:
        return _ln(r, 35, 0.6, 8, 240)
    return _ln(r, 120, 0.7, 40, 900)


def _p_xs(pool):
    def f(r):
        return {"xs": r.sample(pool, min(3, len(pool)))}

    return f


HCFG = {
    "silent": dict(
        pat=[("oneoff", 120), ("burst", 8), ("nightly", 5), ("every_few", 5), ("daily_fixed", 2), ("sporadic", 6)],
        ph1=[("hid", 0.5), ("mob", 0.36), ("loc", 0.1), ("oth", 0.04)],
        phn=[("mob", 0.58), ("hid", 0.22), ("loc", 0.16), ("oth", 0.04)],
        prof=["anytime", "late_evening", "night", "general"],
        wk=1.1,
        dur=_dur_silent,
        reg=0.6,
        burst=(4, 28, 1.0, 12.0),
    ),
    "abuse": dict(
        pat=[("oneoff", 60), ("burst", 4), ("nightly", 2), ("sporadic", 8)],
        prof=["late_evening", "anytime", "drunk"],
        wk=1.3,
        dur=(35, 0.8, 4, 400),
        reg=0.6,
        burst=(3, 12, 2.0, 15.0),
        persona=_p_xs(ABUSE_X),
    ),
    "gov_venting": dict(
        pat=[("oneoff", 70), ("sporadic", 6)],
        prof=["general", "late_evening"],
        wk=1.1,
        dur=(80, 0.7, 10, 900),
        reg=0.5,
        persona=_p_xs(GOV_X),
    ),
    "threat": dict(
        pat=[("oneoff", 50), ("sporadic", 4), ("burst", 1)],
        prof=["late_evening", "anytime"],
        wk=1.1,
        dur=(40, 0.7, 5, 300),
        reg=0.6,
        burst=(2, 6, 2.0, 10.0),
        persona=_p_xs(THREAT_X),
    ),
    "lonely_chat": dict(
        pat=[("oneoff", 20), ("nightly", 6), ("every_few", 4)],
        prof=["night"],
        wk=1.0,
        dur=(500, 0.7, 60, 3000),
        reg=0.55,
        nightly_k=[1, 1, 1, 1, 2, 2, 3],
        phn=[("mob", 0.55), ("loc", 0.4), ("hid", 0.05)],
        persona=_p_xs(LONELY_X),
    ),
    "drunk": dict(
        pat=[("oneoff", 70), ("sporadic", 5), ("burst", 3)],
        prof=["drunk"],
        wk=1.8,
        dur=(90, 0.8, 10, 900),
        reg=0.4,
        burst=(2, 5, 3.0, 20.0),
        persona=_p_xs(DRUNK_X),
    ),
    "flirting": dict(
        pat=[("oneoff", 30), ("sporadic", 6), ("nightly", 2), ("every_few", 3)],
        prof=["late_evening"],
        wk=1.2,
        dur=(120, 0.8, 15, 900),
        reg=0.55,
        persona=_p_xs(FLIRT_X),
    ),
    "prank_report": dict(
        pat=[("oneoff", 40), ("burst", 6), ("sporadic", 5)],
        prof=["afterschool", "late_evening"],
        wk=1.5,
        dur=(90, 0.6, 20, 500),
        reg=0.3,
        burst=(2, 6, 5.0, 40.0),
    ),
    "nonsense": dict(
        pat=[("oneoff", 20), ("sporadic", 4), ("every_few", 2)],
        prof=["anytime"],
        wk=1.0,
        dur=(700, 0.6, 120, 3600),
        reg=0.6,
        persona=_p_xs(NONS_X),
    ),
    "absurd_request": dict(
        pat=[("oneoff", 60), ("sporadic", 5)],
        prof=["late_evening", "general"],
        wk=1.2,
        dur=(70, 0.7, 10, 600),
        reg=0.4,
        persona=_p_xs(ABS_X),
    ),
    "child_play": dict(
        pat=[("oneoff", 30), ("burst", 12)],
        prof=["afterschool"],
        wk=1.6,
        dur=(12, 0.8, 2, 120),
        reg=0.1,
        burst=(2, 8, 0.5, 5.0),
        ph1=[("mob", 0.75), ("loc", 0.2), ("hid", 0.05)],
        phn=[("mob", 0.75), ("loc", 0.25)],
        persona=_p_xs(CHILD_X),
    ),
    "line_test": dict(
        pat=[("oneoff", 80), ("burst", 3)],
        prof=["office"],
        wk=0.8,
        dur=(12, 0.6, 3, 60),
        reg=0.2,
        burst=(2, 4, 1.0, 5.0),
        ph1=[("mob", 0.6), ("loc", 0.3), ("oth", 0.05), ("hid", 0.05)],
        persona=_p_xs(LINE_X),
    ),
    "dare": dict(
        pat=[("oneoff", 50), ("burst", 4)],
        prof=["late_evening"],
        wk=1.7,
        dur=(30, 0.7, 5, 200),
        reg=0.2,
        burst=(2, 4, 1.0, 8.0),
        ph1=[("mob", 0.85), ("hid", 0.15)],
        persona=_p_xs(DARE_X),
    ),
    "robocall": dict(
        pat=[("oneoff", 20), ("daily_fixed", 4), ("sporadic", 8), ("burst", 2)],
        prof=["business"],
        wk=0.3,
        dur=(30, 0.5, 8, 120),
        reg=0.5,
        burst=(3, 8, 3.0, 20.0),
        ph1=[("mob", 0.5), ("oth", 0.45), ("loc", 0.05)],
        phn=[("mob", 0.5), ("oth", 0.45), ("loc", 0.05)],
    ),
    "fax_tone": dict(
        pat=[("burst", 6), ("daily_fixed", 4), ("oneoff", 8)],
        prof=["business"],
        wk=0.4,
        dur=(20, 0.5, 4, 90),
        reg=0.6,
        burst=(3, 15, 3.0, 12.0),
        ph1=[("loc", 0.6), ("oth", 0.4)],
        phn=[("loc", 0.6), ("oth", 0.4)],
    ),
    "music_only": dict(
        pat=[("oneoff", 30), ("sporadic", 5), ("nightly", 2), ("burst", 2)],
        prof=["anytime", "night"],
        wk=1.0,
        dur=(80, 0.9, 10, 1200),
        reg=0.5,
        burst=(2, 6, 2.0, 15.0),
        persona=_p_xs(MUSIC_X),
    ),
    "telemarketing": dict(
        pat=[("oneoff", 60), ("sporadic", 10)],
        prof=["business"],
        wk=0.3,
        dur=(60, 0.6, 10, 300),
        reg=0.4,
        ph1=[("mob", 0.7), ("oth", 0.25), ("loc", 0.05)],
        phn=[("mob", 0.7), ("oth", 0.25), ("loc", 0.05)],
        persona=_p_xs(TELE_X),
    ),
    "vexatious_repeat": dict(
        pat=[("heavy", 1)], prof=["vex"], wk=0.9, dur=None, reg=0.85, phn=[("mob", 0.8), ("loc", 0.2)]
    ),
}


# ---------------------------------------------------------------------------
# generator
# ---------------------------------------------------------------------------


def _targets(total, shares):
    s = sum(w for _, w in shares)
    raw = [(k, total * w / s) for k, w in shares]
    base = [[k, int(math.floor(v))] for k, v in raw]
    rem = total - sum(b for _, b in base)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i][1] - base[i][1]))
    for i in order[:rem]:
        base[i][1] += 1
    return dict((k, v) for k, v in base)


class _Gen:
    def __init__(self, n_target, days, start, hshare, seed):
        self.r = random.Random("%s/gen" % (seed,))
        self.rr = random.Random("%s/render" % (seed,))
        self.C = _Clock(start, days, random.Random("%s/weather" % (seed,)))
        self.P = _Phones(random.Random("%s/phones" % (seed,)))
        self.ops = _roster(random.Random("%s/roster" % (seed,)))
        self.days, self.start, self.n, self.hshare = days, start, n_target, hshare
        self.ev = []
        self.reg, self._reg = [], set()
        self.shared = [self.P.landline() for _ in range(150)]
        self.seen = []
        self.complaints = []
        self._tc = {}
        self._duty = {}

    # -- utilities ---------------------------------------------------------
    def _regadd(self, ph):
        if ph and ph not in self._reg:
            self._reg.add(ph)
            self.reg.append(ph)

    def _in(self, t):
        return self.C.start <= t < self.C.end

    def _ap(self, out, e):
        if self.C.start <= e[0] < self.C.end:
            out.append(e)

    def _order(self, t):
        return "CL%s%04d" % (t.strftime("%y%m%d"), self.r.randrange(1, 2400))

    def _gphone(self):
        r = self.r
        k = r.random()
        if k < 0.03:
            return ""
        if k < 0.065:
            return r.choice(self.shared)
        if k < 0.09 and self.seen:
            return self.seen[r.randrange(len(self.seen))]
        k = r.random()
        p = self.P.mobile() if k < 0.84 else (self.P.landline() if k < 0.97 else self.P.other())
        if r.random() < 0.15:
            self.seen.append(p)
        return p

    def _topic(self, d):
        C = self.C
        date = C.dates[d]
        key = (date.month, C.rain[d], C.hot[d])
        cum = self._tc.get(key)
        if cum is None:
            ws = []
            for T in TOPICS:
                w = T["w"] * T.get("mon", {}).get(date.month, 1.0)
                if C.rain[d]:
                    w *= T.get("rain", 1.0)
                if C.hot[d]:
                    w *= T.get("hot", 1.0)
                ws.append(w)
            cum = _cum(ws)
            self._tc[key] = cum
        return TOPICS[_idx(self.r, cum)]

    def _cspec(self, T, d):
        r = self.r
        what, what_s, dix, iloc, ihours, nightly, isince = r.choice(T["items"])
        if self.C.dates[d].month in (11, 12, 1, 2, 3):
            for _ in range(3):
                if not any(w in what for w in _SUMMER_WORDS):
                    break
                what, what_s, dix, iloc, ihours, nightly, isince = r.choice(T["items"])
        town = r.choice(TOWNS)
        fill = dict(
            shop=r.choice(SHOPS),
            town=town,
            amt=r.randint(3, 40) * 500,
            meat=r.choice(["老林牛肉丸店", "好佳超市", "家家乐超市", "东溪市场一档口", "沙浦墟一家肉丸档"]),
            rest=r.choice(["阿强砂锅粥", "阿顺粿条店", "一家大排档", "一家牛肉火锅店", "一家快餐店"]),
            stall=r.choice(
                ["东溪市场一档口", "兴旺海鲜档", "岚城市场一家猪肉档", "埔尾鱼市一个档口", "新厝墟一家水果档"]
            ),
            prepaid=r.choice(["美佳美容院", "健力健身房", "一家理发店", "一家洗车店", "一家少儿培训班"]),
            grocery=r.choice(["好佳超市", "家家乐超市", "一家便利店", "村口小卖部"]),
            goose=r.choice(["一家卤鹅店", "老字号卤鹅店", "市场一家卤味档"]),
            pharm=r.choice(["一家药店", "村里一家诊所"]),
            office=r.choice(OFFICES).format(town=r.choice(RURAL)),
            school=r.choice(SCHOOLS),
        )
        what = what.format(**fill)
        what_s = what_s.format(**fill)
        loc = iloc or T["loc"]
        if loc == "any":
            loc = "urban" if r.random() < 0.42 else "rural"
        bare = what.startswith(_BARE)
        if loc == "estate":
            town = r.choice(URBAN)
            est = r.choice(ESTATES[town])
            w, ws = town + est + (r.choice(["", "", "%d栋" % r.randint(1, 18)])), est
        elif loc == "urban":
            if bare:
                town = r.choice(URBAN)
                if what.startswith(("楼上", "邻居", "隔壁", "其家", "小区", "附近")):
                    est = r.choice(ESTATES[town])
                    w, ws = town + est, est
                else:
                    st = r.choice(STREETS[town])
                    w, ws = town + st, st
            else:
                w, ws, _ = _loc_urban(r)
        elif loc == "rural":
            if bare:
                town = r.choice(RURAL)
                v = r.choice(VILLAGES[town])
                w, ws = town + v, v
            else:
                w, ws, _ = _loc_rural(r)
        else:
            w = ws = ""
        since = r.choice(isince or T["since"]) if r.random() < 0.7 else ""
        dems = T["demand"]
        dem, dem_s = dems[r.choice(dix)] if dix else r.choice(dems)
        extra = ""
        if r.random() < 0.12:
            ex = EXTRA_T.get(T["key"])
            extra = r.choice(ex) if (ex and r.random() < 0.5) else r.choice(EXTRA)
        if T.get("exam") and self.C.exam[d] and r.random() < 0.45:
            if self.C.dates[d].day <= 10:
                extra = r.choice(["家中孩子正在备考高考，", "家里有高考生，"]) + "影响很大。" + extra
            else:
                extra = r.choice(["孩子马上要中考，", "家中孩子正在备考中考，"]) + "影响很大。" + extra
        name = (r.choice(SURNAMES) + r.choice(["先生", "女士"])) if r.random() < 0.35 else ""
        if T["key"] == "noise" and nightly and r.random() < 0.3:
            since = r.choice(["每天晚上十点以后", "每晚到凌晨一两点", "今晚特别严重", "现在还在吵"])
        return dict(
            topic=T["key"],
            where=w,
            where_s=ws,
            what=what,
            what_s=what_s,
            since=since,
            demand=dem,
            demand_s=dem_s,
            extra=extra,
            name=name,
            who=r.choice(CHATTY_WHO),
            hours=ihours or T["hours"],
            nightly=nightly,
        )

    def _dur(self, spec):
        if callable(spec):
            return spec(self.r)
        return _ln(self.r, *spec)

    # -- time patterns -----------------------------------------------------
    def _times(self, pat, prof, wk, cfg):
        r, C, D = self.r, self.C, self.days
        td = dt.timedelta
        if pat == "oneoff":
            return [C.pick(r, prof, wk)]
        if pat == "burst":
            nmin, nmax, gmin, gmax = cfg.get("burst", (4, 25, 1.5, 12.0))
            ts = []
            nb = 1 + (r.random() < 0.35) + (r.random() < 0.15)
            for _ in range(nb):
                t = C.pick(r, prof, wk)
                n = r.randint(nmin, nmax)
                g = r.uniform(gmin, gmax) * 60.0
                for _i in range(n):
                    ts.append(t)
                    t = t + td(seconds=max(15, int(r.expovariate(1.0 / g))))
            return ts
        if pat == "nightly":
            d0 = r.randrange(D)
            L = r.randint(5, 25)
            p = r.uniform(0.6, 0.95)
            kk = cfg.get("nightly_k", [1, 1, 1, 2, 2, 3, 4])
            ts = []
            for d in range(d0, min(D, d0 + L)):
                if r.random() < p:
                    t = C.at(d, C.pick_hour(r, "night"), r)
                    for _j in range(r.choice(kk)):
                        ts.append(t)
                        t = t + td(seconds=r.randint(60, 3600))
            return ts
        if pat == "every_few":
            d = r.randrange(0, 5)
            ts = []
            while d < D:
                for _j in range(r.choice([1, 1, 1, 2, 3])):
                    ts.append(C.at(d, C.pick_hour(r, prof), r))
                d += r.randint(2, 5)
            return ts
        if pat == "daily_fixed":
            hh = C.pick_hour(r, prof)
            mm = r.randrange(60)
            d0 = r.randrange(D)
            L = r.randint(4, 20)
            skip_off = r.random() < 0.6
            k = r.choice([1, 1, 2, 3])
            ts = []
            for d in range(d0, min(D, d0 + L)):
                if (skip_off and C.offday[d]) or r.random() < 0.1:
                    continue
                t = C.start + td(days=d, hours=hh, minutes=mm, seconds=r.randint(-300, 300) + 300)
                for _j in range(k):
                    ts.append(t)
                    t = t + td(seconds=r.randint(60, 400))
            return ts
        if pat == "sporadic":
            return [C.pick(r, prof, wk) for _ in range(r.randint(2, 8))]
        if pat == "heavy":
            budget = cfg.get("budget", 60)
            L = r.randint(max(3, int(D * 0.25)), max(3, int(D * 0.6)))
            d0 = r.randrange(max(1, D - L + 1))
            lam = max(2.0, budget / (L * 0.82) * r.uniform(0.7, 1.3))
            ts = []
            for d in range(d0, min(D, d0 + L)):
                if r.random() < 0.82:
                    k = max(1, _poisson(r, lam * (0.6 if C.offday[d] else 1.0)))
                    ns = r.randint(1, 4)
                    starts = [C.at(d, C.pick_hour(r, prof), r) for _ in range(ns)]
                    for j in range(k):
                        ts.append(starts[j % ns] + td(seconds=r.randint(0, 5400)))
            return ts
        raise ValueError(pat)

    def _hseries(self, kind, target):
        r = self.r
        cfg = HCFG[kind]
        if kind == "vexatious_repeat":
            cfg = dict(cfg, budget=target / max(2, int(round(target / 70.0))))
        pats = cfg["pat"]
        out = []
        while len(out) < target:
            pat = _wchoice(r, pats)
            if pat == "oneoff":
                phone = self.P.by(_wchoice(r, cfg.get("ph1", _PH_DEF1)))
            else:
                phone = self.P.by(_wchoice(r, cfg.get("phn", _PH_DEFN)))
            persona = cfg["persona"](r) if "persona" in cfg else {}
            if kind == "robocall":
                persona["ad"] = r.choice(ROBO)
            if kind == "vexatious_repeat":
                persona["theme"] = r.choice(VEX_THEMES)
            prof = r.choice(cfg["prof"])
            ts = self._times(pat, prof, cfg.get("wk", 1.0), cfg)
            if phone:
                if pat != "oneoff" and len(ts) >= 3:
                    if r.random() < cfg.get("reg", 0.5):
                        self._regadd(phone)
                elif r.random() < 0.04:
                    self._regadd(phone)
            sp = {"k": kind, "p": persona}
            for t in ts:
                if self._in(t):
                    if kind == "vexatious_repeat":
                        d = _ln(r, 25, 1.0, 3, 900)
                    else:
                        d = self._dur(cfg["dur"])
                    self._ap(out, [t, phone, kind, d, sp])
        del out[target:]
        self.ev.extend(out)

    # -- genuine generators ---------------------------------------------
    def _g_complaint(self, target, kind="complaint", angry=False):
        r, C = self.r, self.C
        out = []
        while len(out) < target:
            d = C.pick_day(r, 0.75)
            T = self._topic(d)
            m = self._cspec(T, d)
            h = C.pick_hour(r, m["hours"] if not angry else "general")
            t = C.at(d, h, r)
            phone = self._gphone()
            order = self._order(t)
            if angry:
                sp = {"m": m, "x": r.choice(ANGRY_X), "order": order}
                dur = _ln(r, 260, 0.6, 40, 1500)
            else:
                sp = {"m": m, "order": order}
                dur = _ln(r, 170, 0.55, 35, 1500)
            self._ap(out, [t, phone, kind, dur, sp])
            if phone:
                self.complaints.append((t, phone, m, order))
            again_p = 0.2 if (m["nightly"] and (h >= 21 or h < 2)) else (0.15 if angry else 0.0)
            if r.random() < again_p:
                tt = t
                for j in range(r.randint(1, 3)):
                    tt = tt + dt.timedelta(minutes=r.randint(15, 90))
                    if angry:
                        self._ap(out, [tt, phone, kind, _ln(r, 150, 0.6, 20, 900), {"m": m, "x": r.choice(ANGRY_X)}])
                    else:
                        self._ap(out, [tt, phone, kind, _ln(r, 80, 0.5, 15, 600), {"m": m, "again": j + 1}])
        out = [e for e in out if self._in(e[0])][:target]
        self.ev.extend(out)

    def _g_surge(self, target):
        r, C = self.r, self.C
        ns = max(2, self.days // 6 + 1)
        types = []
        for i in range(ns):
            types.append(_wchoice(r, [(0, 3), (1, 2), (2, 2 if any(C.rain) else 0.2), (3, 1.5), (4, 1), (5, 1)]))
        weights = [r.uniform(0.5, 1.5) for _ in range(ns)]
        tot = sum(weights)
        out = []
        for i, ti in enumerate(types):
            key, whats, ws0, dems = SURGES[ti]
            n = int(round(target * weights[i] / tot)) + 1
            if key == "flood":
                rd = [d for d in range(self.days) if C.rain[d]]
                d = r.choice(rd) if rd else r.randrange(self.days)
                h0 = r.randint(5, 17)
            elif key == "outage":
                hd = [d for d in range(self.days) if C.hot[d]]
                d = r.choice(hd) if hd else r.randrange(self.days)
                h0 = r.randint(11, 20)
            elif key == "odor":
                d = r.randrange(self.days)
                h0 = r.choice([20, 21, 22, 23])
            else:
                d = r.randrange(self.days)
                h0 = r.randint(7, 18)
            town = r.choice(TOWNS)
            t0 = C.start + dt.timedelta(days=d, hours=h0, minutes=r.randrange(60))
            H = r.uniform(2, 7) * 3600.0
            road = r.choice(ROADS)
            for j in range(n):
                t = t0 + dt.timedelta(seconds=min(H * 1.6, r.expovariate(2.5 / H)))
                if town in URBAN:
                    st = r.choice(STREETS[town])
                    w = town + r.choice([st, r.choice(ESTATES[town]), st + "一带"])
                    wsh = st
                else:
                    v = r.choice(VILLAGES[town])
                    w = town + v + (r.choice(SUBLOC) if r.random() < 0.3 else "")
                    wsh = v
                if key in ("roadblock",):
                    w, wsh = "", ""
                hrs = max(1, int((t - t0).total_seconds() // 3600) + r.randint(0, 1))
                what = r.choice(whats).format(h=hrs, road=road)
                dem, dem_s = r.choice(dems)
                m = dict(
                    topic="surge_" + key,
                    where=w,
                    where_s=wsh,
                    what=what,
                    what_s=ws0,
                    since="",
                    demand=dem,
                    demand_s=dem_s,
                    extra="",
                    name="",
                    who=r.choice(CHATTY_WHO),
                )
                phone = self._gphone()
                self._ap(out, [t, phone, "surge_report", _ln(r, 90, 0.5, 15, 600), {"m": m}])
                if phone and r.random() < 0.15:
                    t2 = t + dt.timedelta(minutes=r.randint(30, 200))
                    self._ap(out, [t2, phone, "surge_report", _ln(r, 60, 0.5, 10, 400), {"m": m, "again": 1}])
        out = [e for e in out if self._in(e[0])]
        r.shuffle(out)
        out = out[:target]
        while len(out) < target:  # top up with ordinary power / water reports
            d = self.C.pick_day(r, 0.8)
            T = TOPICS[3] if r.random() < 0.5 else TOPICS[2]
            m = self._cspec(T, d)
            self._ap(
                out,
                [
                    self.C.at(d, self.C.pick_hour(r, "general"), r),
                    self._gphone(),
                    "surge_report",
                    _ln(r, 90, 0.5, 15, 600),
                    {"m": m},
                ],
            )
        self.ev.extend(out)

    def _consult_item(self, d):
        r = self.r
        k = r.random()
        if k < 0.28:
            return ("tel", r.choice(DEPTS))
        if k < 0.42:
            o = r.choice(OFFICES).format(town=r.choice(RURAL))
            return ("hours", o)
        date = self.C.dates[d]
        month = date.month
        ws = []
        for it in CONSULT:
            w = it[3].get(month, 1.0) if it[3] else 1.0
            win = _CONSULT_WINDOW.get(it[1])
            if win is not None and not win(date):
                w *= 0.03
            ws.append(w)
        it = CONSULT[_idx(r, _cum(ws))]
        return ("q", it[0], it[1], it[2])

    def _g_consult(self, target):
        r, C = self.r, self.C
        out = []
        while len(out) < target:
            d = C.pick_day(r, 0.55)
            t = C.at(d, C.pick_hour(r, "office"), r)
            c = self._consult_item(d)
            dur = _ln(r, 45, 0.5, 10, 240) if c[0] in ("tel", "hours") else _ln(r, 110, 0.6, 20, 700)
            self._ap(out, [t, self._gphone(), "consultation", dur, {"c": c, "who": r.choice(CHATTY_WHO)}])
        self.ev.extend(out)

    def _g_followup(self, target):
        r, C = self.r, self.C
        out = []
        comps = self.complaints
        tries = 0
        while len(out) < target and tries < target * 20:
            tries += 1
            if comps and r.random() < 0.6:
                t0, phone, m, order = comps[r.randrange(len(comps))]
            else:
                t0 = C.start - dt.timedelta(days=r.uniform(1, 25))
                phone = self._gphone()
                m = self._cspec(self._topic(r.randrange(self.days)), 0)
                order = self._order(t0)
            k = r.choice([1, 1, 1, 2, 2, 3, 4])
            night = r.random() < 0.12
            t = t0
            for j in range(k):
                t = t + dt.timedelta(days=r.uniform(1.0, 6.0))
                day = (t - C.start).days
                if day < 0:
                    continue
                if day >= self.days:
                    break
                prof = "night" if (night and r.random() < 0.6) else "general"
                tt = C.at(day, C.pick_hour(r, prof), r)
                mode = _wchoice(r, [("chase", 45), ("query", 25), ("unsat", 18), ("add", 12)])
                sp = {
                    "m": m,
                    "order": order,
                    "mode": mode,
                    "unsat": r.choice(
                        [
                            "承办单位只打了个电话就办结了",
                            "说已处理但现场没有变化",
                            "回复内容与事实不符",
                            "没有人到现场查看",
                            "白天停了晚上照样",
                            "村委说不归他们管",
                        ]
                    ),
                }
                self._ap(out, [tt, phone, "followup", _ln(r, 100, 0.6, 20, 700), sp])
                if r.random() < 0.08:
                    self._ap(
                        out,
                        [
                            tt + dt.timedelta(minutes=r.randint(20, 300)),
                            phone,
                            "followup",
                            _ln(r, 80, 0.6, 15, 500),
                            dict(sp, mode="chase"),
                        ],
                    )
        out = [e for e in out if self._in(e[0])][:target]
        self.ev.extend(out)

    def _g_simple_genuine(self, kind, target, prof, wk, dur, mk, phone_fn=None):
        r, C = self.r, self.C
        out = []
        while len(out) < target:
            d = C.pick_day(r, wk)
            t = C.at(d, C.pick_hour(r, prof), r)
            ph = phone_fn() if phone_fn else self._gphone()
            self._ap(out, [t, ph, kind, _ln(r, *dur), mk(d)])
        self.ev.extend(out)

    def _g_elderly(self, target):
        r, C = self.r, self.C
        out = []
        while len(out) < target:
            ph = self.P.landline() if r.random() < 0.45 else self.P.mobile()
            e = r.choice(ELD)
            sp = {"e": e, "ow": r.choice(OLD_WHO)}
            if r.random() < 0.3:
                n = r.randint(2, 7)
                d = r.randrange(self.days)
                if r.random() < 0.15:
                    self._regadd(ph)
                for _ in range(n):
                    prof = "night" if r.random() < 0.2 else "elderly"
                    t = C.at(min(self.days - 1, d), C.pick_hour(r, prof), r)
                    self._ap(out, [t, ph, "elderly", _ln(r, 300, 0.6, 40, 1800), sp])
                    d += r.choice([0, 0, 1, 1, 2, 3])
            else:
                t = C.pick(r, "elderly", 0.9)
                self._ap(out, [t, ph, "elderly", _ln(r, 300, 0.6, 40, 1800), sp])
        out = [e for e in out if self._in(e[0])][:target]
        self.ev.extend(out)

    def _g_petition(self, target):
        r, C = self.r, self.C
        out = []
        while len(out) < target:
            ph = self.P.mobile() if r.random() < 0.7 else self.P.landline()
            g = r.choice(PET)
            p = {
                "g": g,
                "rec": r.sample(PET_RECENT, 2),
                "angry": r.random() < 0.3,
                "who": r.choice(["阿伯", "大哥", "阿姆", "大姐", "老伯", "阿叔"]),
                "order": self._order(C.start - dt.timedelta(days=r.randint(30, 900))),
            }
            if r.random() < 0.34:
                self._regadd(ph)
            intense = r.random() < 0.25
            d = r.randrange(0, 4)
            sp = {"p": p}
            while d < self.days:
                k = r.choice([1, 2, 2, 3, 4, 5]) if intense else (1 if r.random() < 0.85 else 2)
                for _ in range(k):
                    t = C.at(d, C.pick_hour(r, "petition"), r)
                    self._ap(out, [t, ph, "petitioner", _ln(r, 320, 0.6, 30, 2000), sp])
                d += r.randint(1, 4)
        out = [e for e in out if self._in(e[0])][:target]
        self.ev.extend(out)

    def _g_drop_bad_callback(self, t_drop, t_bad, t_cb):
        r, C = self.r, self.C
        base = []
        nd = 0
        while nd < t_drop:
            d = C.pick_day(r, 0.8)
            t = C.at(d, C.pick_hour(r, "general" if r.random() < 0.85 else "anytime"), r)
            ph = self._gphone()
            dd = _ln(r, 5, 0.8, 1, 60) if r.random() < 0.72 else _ln(r, 30, 0.9, 5, 420)  # pocket dials run long
            base.append([t, ph, "dropped_call", dd, {}])
            nd += 1
            if ph and r.random() < 0.1:  # bad signal: drops again a minute later
                for _ in range(r.randint(1, 2)):
                    if nd >= t_drop:
                        break
                    t = t + dt.timedelta(seconds=r.randint(30, 150))
                    base.append([t, ph, "dropped_call", _ln(r, 5, 0.8, 1, 60), {}])
                    nd += 1
        for _ in range(t_bad):
            d = C.pick_day(r, 0.8)
            t = C.at(d, C.pick_hour(r, "general"), r)
            base.append([t, self._gphone(), "bad_line", _ln(r, 35, 0.6, 5, 200), {}])
        self.ev.extend(base)
        cand = [i for i in range(len(base)) if base[i][1]]
        r.shuffle(cand)
        made = 0
        for i in cand:
            if made >= t_cb:
                break
            t0, ph = base[i][0], base[i][1]
            t = t0 + dt.timedelta(seconds=base[i][3] + r.randint(30, 900))
            d = min(self.days - 1, max(0, (t0 - C.start).days))
            if r.random() < 0.7:
                sp = {"m": self._cspec(self._topic(d), d)}
                dur = _ln(r, 170, 0.55, 30, 1200)
            else:
                sp = {"c": self._consult_item(d), "who": r.choice(CHATTY_WHO)}
                dur = _ln(r, 90, 0.6, 20, 600)
            if self._in(t):
                self.ev.append([t, ph, "callback", dur, sp])
                made += 1

    # -- operators ---------------------------------------------------------
    def _op_for(self, t):
        h = t.hour
        sh = "night" if h < 8 else ("day" if h < 16 else "evening")
        d = (t - self.C.start).days
        key = (d, sh)
        lst = self._duty.get(key)
        if lst is None:
            w = d // 7
            lst = [o for o in self.ops if o.weeks[w % 80] == sh and (d - o.off) % 7 not in (0, 1)]
            if not lst:
                lst = [o for o in self.ops if o.group == sh] or list(self.ops)
            self._duty[key] = lst
        return lst[self.rr.randrange(len(lst))]

    # -- main --------------------------------------------------------------
    def run(self):
        r = self.r
        nh = int(round(self.n * self.hshare))
        ng = self.n - nh
        th = _targets(nh, HARASSMENT_KINDS)
        tg = _targets(ng, GENUINE_KINDS)

        for k, _ in HARASSMENT_KINDS:
            if th[k] > 0:
                self._hseries(k, th[k])

        self._g_complaint(tg["complaint"])
        self._g_complaint(tg["angry_genuine"], kind="angry_genuine", angry=True)
        self._g_surge(tg["surge_report"])
        self._g_consult(tg["consultation"])
        self._g_followup(tg["followup"])

        def mk_urgent(d):
            w, ws, _ = _loc_any(r)
            u = _wchoice(
                r, [(it, (4.0 if (self.C.rain[d] and i in (0, 3, 8)) else 1.0)) for i, it in enumerate(URGENT)]
            )
            return {"u": u, "where": w, "where_s": ws}

        self._g_simple_genuine("urgent_help", tg["urgent_help"], "anytime", 1.0, (110, 0.5, 30, 500), mk_urgent)

        def mk_sug(d):
            w, ws, town = _loc_any(r)
            x = r.choice(SUGGEST).format(
                where=w,
                school=r.choice(SCHOOLS),
                town=r.choice(RURAL),
                street=r.choice(STREETS[r.choice(URBAN)]),
                market=r.choice(MARKETS),
            )
            return {"x": x, "who": r.choice(CHATTY_WHO)}

        self._g_simple_genuine("suggestion", tg["suggestion"], "office", 0.7, (150, 0.5, 40, 600), mk_sug)

        def mk_pra(d):
            w, ws, town = _loc_any(r)
            T = TOPICS[r.randrange(len(TOPICS))]
            x = r.choice(PRAISE).format(
                dept=r.choice(DEPTS),
                sn=r.choice(SURNAMES),
                town=r.choice(TOWNS),
                where=w,
                hospital=r.choice(HOSPITALS),
                whats=r.choice(T["items"])[1],
                office=r.choice(OFFICES).format(town=r.choice(RURAL)),
            )
            return {"x": x}

        self._g_simple_genuine("praise", tg["praise"], "office", 0.7, (100, 0.5, 30, 400), mk_pra)

        def mk_q(d):
            q = r.choice(QI)
            pool = QUOTED + (QUOTED_F if "她" in q[0] else (QUOTED_M if "他" in q[0] else []))
            return {
                "q": q,
                "x": r.choice(pool),
                "nm": r.choice(SURNAMES) + "某",
                "office": r.choice(OFFICES).format(town=r.choice(RURAL)),
                "market": r.choice(MARKETS),
                "hospital": r.choice(HOSPITALS),
                "who": r.choice(CHATTY_WHO),
            }

        self._g_simple_genuine("quoted_insult", tg["quoted_insult"], "general", 0.9, (200, 0.5, 40, 900), mk_q)

        self._g_elderly(tg["elderly"])
        self._g_simple_genuine(
            "distress", tg["distress"], "distress", 1.1, (600, 0.6, 60, 3000), lambda d: {"d": r.choice(DIS)}
        )
        self._g_drop_bad_callback(tg["dropped_call"], tg["bad_line"], tg["callback"])
        self._g_simple_genuine(
            "misdial",
            tg["misdial"],
            "general",
            0.9,
            (18, 0.6, 3, 90),
            lambda d: {"x": r.choice(MIS), "who": r.choice(CHATTY_WHO)},
        )
        self._g_petition(tg["petitioner"])

        def mk_nw(d):
            w, ws, _ = _loc_any(r)
            return {"n": r.choice(NW), "where": w}

        self._g_simple_genuine(
            "night_worker",
            tg["night_worker"],
            "nightwork",
            1.0,
            (150, 0.5, 30, 600),
            mk_nw,
            phone_fn=lambda: self.P.mobile() if r.random() < 0.96 else "",
        )

        # stale register numbers (never call in the period)
        for _ in range(max(10, int(self.n * 0.0012))):
            k = r.random()
            self._regadd(self.P.mobile() if k < 0.75 else (self.P.landline() if k < 0.95 else self.P.other()))

        # ---- one number cannot be on two calls at once ----------------------
        byph = {}
        for e in self.ev:
            if e[1]:
                byph.setdefault(e[1], []).append(e)
        rs = self.rr
        last = self.C.end - dt.timedelta(seconds=1)
        for ph in list(byph):
            lst = byph[ph]
            if len(lst) < 2:
                continue
            lst.sort(key=lambda e: e[0])
            for i in range(1, len(lst)):
                prev = lst[i - 1]
                free = prev[0] + dt.timedelta(seconds=prev[3] + 3)
                if lst[i][0] < free:
                    nt = free + dt.timedelta(seconds=rs.randint(0, 40))
                    lst[i][0] = nt if nt <= last else last

        # ---- render --------------------------------------------------------
        self.ev.sort(key=lambda e: e[0])
        rr = self.rr
        tot, day = {}, {}
        rows = []
        for t, ph, kind, dur, sp in self.ev:
            if ph:
                nt = tot.get(ph, 0) + 1
                tot[ph] = nt
                kd = (ph, t.date())
                nd = day.get(kd, 0) + 1
                day[kd] = nd
            else:
                nt = nd = 1
            op = self._op_for(t)
            cx = _Cx(nd, nt, t.hour, dur, ph, t)
            text = _fin(op, rr, RENDER[kind](op, rr, sp, cx))
            rows.append(
                {
                    "received_at": t,
                    "caller_phone": ph,
                    "content": text,
                    "call_seconds": int(dur),
                    "label": _LABEL[kind],
                    "kind": kind,
                }
            )
        return rows, set(self.reg)


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    """Generate (rows, restricted); see the module docstring."""
    if days < 1:
        raise ValueError("days must be >= 1")
    start = dt.datetime(start.year, start.month, start.day, start.hour, start.minute, start.second)
    return _Gen(int(n_target), int(days), start, float(harassment_share), seed).run()


if __name__ == "__main__":
    import sys
    import time

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    t0 = time.time()
    rows, reg = calls(n, seed=2)
    print(len(rows), "rows,", len(reg), "restricted,", "%.2fs" % (time.time() - t0))
