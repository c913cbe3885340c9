"""Synthetic, labelled calls to the 12345 hotline of a fictional Hainan county.

Setting
-------
沐坡黎族苗族自治县 (沐坡县) is an invented county in the central-western hills of
海南岛.  County seat 沐城镇 on the 沐江; towns 南椰镇, 雅什镇, 坡脚镇, 保丰镇, 金坡镇,
什冲镇 and the upland townships 番岭乡 and 那洞乡 with 黎族 and 苗族 villages
(什南村, 番道村, 那勒村, 毛旺村 ...).  State rubber farms (沐坡农场, 南椰农场,
金坡农场, now 海胶沐坡分公司) are organised in numbered 队.  Economy: rubber
tapping (pre-dawn, 胶工 at work 01:00-07:00), 槟榔 (烤房 smoke, 黄化病), 山兰稻,
胡椒, 益智, 五脚猪, small tourism (黎锦, 三月三).  Summer: heat, 停电, 登革热 and
mosquitoes, 高考/中考, school holidays from early July, drowning risk at 番岭水库 /
沐江, and the typhoon season (storms, fallen trees, outages, flooded roads).
Landlines are area code 0898 + 8 digits with county exchanges 3861/3862/3863/
3865/3867 (e.g. "089838621234").  Callers speak 海南话, 黎话, 儋州话 and
Mandarin; dialect shows in quotes (汝, 伊, 无, 乜, 否, 阿伯/阿婆, 奴仔 ...).

Work orders are typed by a roster of 16 call-takers on day (08-17), evening
(17-24) and night (00-08) shifts, each with a fixed habit: formal
(来电人反映…诉求…), plain, terse (abbreviations, blanks, space separators) or
chatty (own remarks in brackets), a typo rate (homophone slips), half/full
width punctuation, bracket and quote style, how they censor swear words, and
their own favourite wordings for silent calls and nuisance tags.  Everything a
nuisance call reveals is only what the operator typed, plus time, duration and
number (operators see the number's history, e.g. "该号码今日第5次来电").

Interface
---------
    calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1),
          harassment_share=0.05, seed=1) -> (rows, restricted)

rows: list of dicts sorted by received_at, len(rows) == n_target, keys
    received_at (naive datetime in [start, start+days)), caller_phone (11-digit
    mobile, landline with area code digits only, or "" when withheld), content
    (Chinese work-order text, may be ""), call_seconds (int), label
    ("harassment" | "genuine"), kind (see below).
restricted: set of numbers on the office's restricted-number register before
    the period: persistent nuisance numbers (most, not all, of the repeat
    nuisance callers of the period; new nuisance numbers are not on it),
    about a third of the genuine persistent petitioners, and stale numbers
    that never call in the period (~40% of the register).  A few numbers of
    persistent nuisance callers also place real complaints (label genuine).
Deterministic for a seed (only random.Random(seed)-derived generators; no set
or hash-order iteration).  50k rows take a few seconds.

Kinds and shares
----------------
Harassment (shares of the harassment rows, harassment_share of all rows):
  silent            .27  nobody speaks, 2 s to minutes; bursts over hours,
                         nightly for weeks, every few days, one-offs; often
                         withheld; notes blank or the operator's wording
  abuse_operator    .10  insults / contempt / sarcasm / dialect curses at the
                         call-taker, no matter (with and without swear words)
  vent_government   .06  contempt for the government, no concrete matter
  threat_no_matter  .03  threats (to come, to burn, to wait outside) w/o matter
  lonely_chat       .08  sleepless / lonely night chatting, often nightly
  drunk             .05  drunk callers, weekend nights
  flirting          .05  personal questions, WeChat, "声音好听"
  prank_report      .05  invented incidents told like real reports; many with
                         no hint at all in the text
  nonsense_story    .03  long incoherent stories
  absurd_request    .04  requests no hotline could meet
  child_play        .05  children with the phone, afternoons/weekends/holidays
  line_test         .02  "试一下能不能打通"
  bet_dare          .02  dares / 真心话大冒险, evening groups
  robocall          .03  recorded adverts / scam voices, some very polite
  fax_tone          .02  fax machines redialling
  music_radio       .02  music, TV, 琼剧 radio, nobody speaking
  telemarketer      .02  selling to the hotline
  vexatious_repeat  .06  a few callers, many calls a day over many days, about
                         a long-answered matter or nothing (some look genuine)
Genuine (shares of the genuine rows):
  complaint         .33  complaints / reports on ~30 seasonal county topics
                         (includes call-backs after a dropped call and a few
                         real matters from numbers that also make nuisance calls)
  surge_report      .04  bursts about one event: typhoon, town outage, water
                         cut, bankrupt training school, delayed estate, hill fire
  consult_short     .12  one-liners: a phone number, office hours, an address
  consult           .12  policy consultations
  followup          .10  reminders on an earlier order (often its number),
                         repeated over days, some at night
  urgent_help       .025 urgent help (lost elderly, trapped, fallen line...)
  suggestion        .02
  praise            .012
  angry_with_matter .03  furious callers who curse but have a real matter
  reported_insult   .015 callers quoting an insult someone said to them
  elderly_matter    .025 confused / lonely elderly callers with a real matter,
                         some repeating, some at night
  distress          .008 domestic violence, despair, scams
  dropped_call      .04  line dropped before anyone spoke: the call-taker
                         usually types the same silent wording she uses for
                         nuisance silent calls (she cannot tell), sometimes
                         断线/回拨; ~55% call back within minutes with a matter
  bad_line          .02  could not be understood (signal, dialect, noise)
  misdial           .03  wanted 110/120/119/95598/10086/bank/courier...
  petitioner        .04  persistent petitioners with old grievances, every
                         1-4 days, some several times a day; ~1/3 registered
  night_worker      .025 drivers, riders, guards, rubber tappers at night
"""

import bisect
import datetime as dt
import math
import random
import re

# ----------------------------------------------------------------------------
# The county
# ----------------------------------------------------------------------------
AREA = "0898"
EXCH = ["3861", "3862", "3862", "3863", "3865", "3867"]

TOWNS = [
    ("沐城镇", 30, ["什南村", "椰坡村", "城西村", "报龙村", "牙胶村"]),
    ("南椰镇", 12, ["南椰村", "那勒村", "毛旺村", "大坡村", "新丰村"]),
    ("雅什镇", 10, ["雅什村", "什坤村", "番道村", "加丁村", "红坎村"]),
    ("坡脚镇", 9, ["坡脚村", "什报村", "水坡村", "龙头村", "新伍村"]),
    ("番岭乡", 6, ["番岭村", "番满村", "什茂村", "高峰苗村", "什统村"]),
    ("保丰镇", 9, ["保丰村", "保兴村", "南叉村", "福报村", "椰湾村"]),
    ("金坡镇", 9, ["金坡村", "金牛村", "什丁村", "光明村", "道美村"]),
    ("那洞乡", 5, ["那洞村", "那万村", "洞头村", "什万村", "白石苗村"]),
    ("什冲镇", 8, ["什冲村", "冲口村", "番红村", "岭脚村", "南美村"]),
]
TOWN_NAMES = [t[0] for t in TOWNS]
TOWN_W = [t[1] for t in TOWNS]
STREETS = [
    "椰林路",
    "解放路",
    "环城东路",
    "环城西路",
    "文化北路",
    "胶园大道",
    "民族路",
    "滨河路",
    "黎苗大道",
    "新华路",
    "南门街",
    "沐江路",
    "人民路",
    "槟榔路",
    "兴业路",
]
ESTATES = [
    "椰风小区",
    "沐江花园",
    "阳光嘉园",
    "胶园小区",
    "民族新村",
    "金色家园",
    "山水华庭",
    "滨江一号",
    "教师新村",
    "供销社宿舍",
    "椰林雅苑",
    "盛世名城",
    "公务员小区",
    "沐坡壹号院",
    "农场职工小区",
    "南门安置区",
]
LANDMARKS = [
    "县人民医院",
    "县中医院",
    "县一中",
    "沐坡中学",
    "民族中学",
    "县汽车站",
    "沐城农贸市场",
    "槟榔交易市场",
    "县政务服务中心",
    "文化广场",
    "三月三广场",
    "沐江大桥",
    "县实验小学",
    "万家乐超市",
    "夜市",
    "县体育馆",
    "环城东路加油站",
]
FARMS = ["沐坡农场", "南椰农场", "金坡农场"]
SCHOOLS = [
    "县一中",
    "沐坡中学",
    "民族中学",
    "县实验小学",
    "沐城镇中心小学",
    "南椰中学",
    "雅什镇中心学校",
    "县第二小学",
    "番岭乡中心学校",
]
CITIES = ["海口", "儋州", "三亚", "五指山", "东方", "屯昌", "琼中", "昌江"]
ROADS = ["省道S308", "县道X412", "县道X415", "乡道Y036", "中线高速沐坡出口", "儋沐公路"]
SURNAMES = [
    "符",
    "王",
    "吴",
    "陈",
    "林",
    "李",
    "黄",
    "羊",
    "邢",
    "卓",
    "刘",
    "周",
    "文",
    "钟",
    "麦",
    "蒙",
    "云",
    "张",
    "郑",
    "杨",
    "谢",
    "韦",
    "潘",
    "梁",
]
SHOPS = [
    "手机店",
    "服装店",
    "烧烤店",
    "奶茶店",
    "超市",
    "槟榔收购点",
    "五金店",
    "药店",
    "茶店",
    "粉店",
    "KTV",
    "足浴店",
    "汽修店",
    "农资店",
]
OFFICES = [
    "县人社局",
    "县医保局",
    "不动产登记中心",
    "县人民医院",
    "县交警大队",
    "县汽车站",
    "沐坡供电局",
    "县水务公司",
    "县政务服务中心",
    "县民政局",
    "沐城派出所",
    "县教育局",
    "县市场监管局",
    "县公积金管理部",
    "县残联",
    "县法律援助中心",
    "县税务局",
    "海胶沐坡分公司",
    "县退役军人事务局",
    "县农业农村局",
    "县殡仪馆",
    "县疾控中心",
    "县妇幼保健院",
    "县民政局婚姻登记处",
    "出入境接待大厅",
    "县城乡居民养老保险窗口",
]
CN_NUM = ["一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]
DIGIT_CN = "〇一二三四五六七八九"

MOBILE_PFX = (
    [
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
    ]
    * 2
    + ["130", "131", "132", "155", "156", "166", "175", "176", "185", "186"]
    + ["133", "149", "153", "173", "177", "180", "181", "189", "191", "199"]
)
VIRTUAL_PFX = ["170", "171", "162", "165", "167"]

# 2025/26 public holidays treated like weekends
_HOLI = []
for _a, _b in [
    ((2025, 1, 1), 1),
    ((2025, 1, 28), 8),
    ((2025, 4, 4), 3),
    ((2025, 5, 1), 5),
    ((2025, 5, 31), 3),
    ((2025, 10, 1), 8),
    ((2026, 1, 1), 3),
    ((2026, 2, 15), 9),
    ((2026, 4, 4), 3),
    ((2026, 5, 1), 5),
    ((2026, 6, 19), 3),
]:
    for _k in range(_b):
        _HOLI.append(dt.date(*_a) + dt.timedelta(_k))
HOLIDAYS = frozenset(_HOLI)


def _is_off(d):
    return d.weekday() >= 5 or d in HOLIDAYS


def _vacation(d):
    return (
        (d.month == 7 and d.day >= 5)
        or d.month == 8
        or (d.month == 1 and d.day >= 20)
        or (d.month == 2 and d.day <= 25)
    )


def _gaokao(d):
    return d.month == 6 and 4 <= d.day <= 10


# ----------------------------------------------------------------------------
# Hour-of-day profiles (24 weights)
# ----------------------------------------------------------------------------
HP = {
    "gen": [
        0.3,
        0.18,
        0.12,
        0.1,
        0.12,
        0.25,
        0.7,
        1.8,
        4.2,
        6.2,
        6.5,
        5.8,
        3.4,
        2.8,
        4.8,
        5.8,
        5.6,
        4.6,
        3.2,
        3.0,
        3.0,
        2.4,
        1.5,
        0.8,
    ],
    "office": [
        0.08,
        0.04,
        0.03,
        0.03,
        0.04,
        0.1,
        0.35,
        1.4,
        5,
        7,
        7,
        6,
        3,
        2.5,
        5.5,
        6.5,
        6,
        3.8,
        1.8,
        1.5,
        1.3,
        0.9,
        0.45,
        0.2,
    ],
    "noise": [2.5, 1.6, 0.8, 0.4, 0.3, 0.4, 0.9, 1.3, 1.1, 1, 1, 1.2, 1.6, 1.8, 1.2, 1, 1, 1.3, 2, 3.5, 5, 6.5, 6, 4.2],
    "urgent": [
        1.2,
        1,
        0.8,
        0.7,
        0.8,
        1,
        1.6,
        2.4,
        3.2,
        3.6,
        3.6,
        3.4,
        3,
        2.8,
        3.2,
        3.4,
        3.4,
        3.2,
        3,
        3,
        2.8,
        2.4,
        1.8,
        1.4,
    ],
    "night": [
        5,
        5.5,
        5.5,
        5,
        4.5,
        3,
        1.2,
        0.4,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.3,
        0.5,
        0.8,
        1.4,
        2.2,
        3.2,
        4,
    ],
    "tapper": [
        2.5,
        4.5,
        6,
        6.5,
        6,
        4.5,
        2.5,
        1,
        0.3,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.2,
        0.3,
        0.4,
        0.7,
        1.2,
    ],
    "elder": [
        0.6,
        0.5,
        0.5,
        0.7,
        1.8,
        3.5,
        5,
        5.5,
        5.5,
        5,
        4.5,
        3.5,
        2,
        1.8,
        3,
        3.2,
        3,
        2.5,
        1.8,
        1.6,
        1.4,
        1.1,
        0.8,
        0.7,
    ],
    "silent": [
        2.2,
        2,
        1.8,
        1.5,
        1.2,
        1,
        1.2,
        1.8,
        2.8,
        3.2,
        3.2,
        3,
        2.6,
        2.6,
        3,
        3.2,
        3.2,
        3,
        2.8,
        2.9,
        3,
        3,
        2.8,
        2.5,
    ],
    "abuse": [
        2,
        1.6,
        1.1,
        0.7,
        0.5,
        0.4,
        0.6,
        1.2,
        2.4,
        3,
        3,
        2.8,
        2.2,
        2.2,
        2.6,
        2.8,
        2.8,
        3,
        3.2,
        3.6,
        4,
        4.2,
        3.8,
        3,
    ],
    "drunk": [
        5.5,
        4.5,
        3,
        1.8,
        0.8,
        0.3,
        0.1,
        0.1,
        0.1,
        0.1,
        0.2,
        0.4,
        1,
        0.7,
        0.3,
        0.3,
        0.3,
        0.6,
        1.2,
        2,
        3.2,
        4.5,
        5.5,
        6,
    ],
    "lonely": [
        5,
        5.5,
        5,
        4.2,
        3.2,
        1.8,
        0.9,
        0.6,
        0.5,
        0.5,
        0.5,
        0.5,
        0.7,
        0.9,
        0.6,
        0.5,
        0.5,
        0.6,
        0.9,
        1.3,
        2.1,
        3.1,
        4,
        4.6,
    ],
    "child": [0, 0, 0, 0, 0, 0, 0.1, 0.6, 1.6, 2.6, 3, 3, 2.4, 2.8, 4, 4.6, 5, 5, 4, 3.6, 3, 2, 0.7, 0.2],
    "biz": [0, 0, 0, 0, 0, 0, 0, 0.3, 3, 6, 7, 6, 1.5, 1, 5, 6.5, 6.5, 4.5, 0.6, 0.2, 0, 0, 0, 0],
    "evening": [
        3,
        2,
        1,
        0.5,
        0.2,
        0.1,
        0.1,
        0.2,
        0.3,
        0.4,
        0.5,
        0.6,
        0.8,
        0.8,
        0.6,
        0.6,
        0.8,
        1.2,
        2,
        3.5,
        5,
        6,
        5.5,
        4.5,
    ],
    "flirt": [
        2,
        1.5,
        0.8,
        0.4,
        0.2,
        0.2,
        0.4,
        0.8,
        1.6,
        2.2,
        2.4,
        2.4,
        2.6,
        2.6,
        2.2,
        2.2,
        2.2,
        2.4,
        2.8,
        3.2,
        3.6,
        3.8,
        3.4,
        2.8,
    ],
}


def _cum(w):
    out, s = [], 0.0
    for x in w:
        s += x
        out.append(s)
    return out


HPC = {k: _cum(v) for k, v in HP.items()}


def _wpick(rng, items, cum):
    return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


def _lognorm(rng, median, sigma, lo, hi):
    v = median * math.exp(rng.gauss(0.0, sigma))
    return int(max(lo, min(hi, round(v))))


class _Clock:
    def __init__(self, start, days):
        self.start = start
        self.days = days
        self.dates = [(start + dt.timedelta(days=d)).date() for d in range(days)]
        self.end = start + dt.timedelta(days=days)
        self._dc = {}

    def dcum(self, weekend=1.0, extra=None, key=None):
        k = (weekend, key)
        if k in self._dc:
            return self._dc[k]
        w = []
        for d in self.dates:
            x = weekend if _is_off(d) else 1.0
            if extra is not None:
                x *= extra(d)
            w.append(max(x, 1e-9))
        c = _cum(w)
        self._dc[k] = c
        return c

    def day(self, rng, dcum):
        return bisect.bisect_right(dcum, rng.random() * dcum[-1])

    def at(self, d, sec):
        sec = int(max(0, min(86399, sec)))
        return self.start + dt.timedelta(days=d, seconds=sec)

    def t(self, rng, hp="gen", dcum=None, d=None):
        if d is None:
            d = self.day(rng, dcum if dcum is not None else self.dcum())
        h = bisect.bisect_right(HPC[hp], rng.random() * HPC[hp][-1])
        return self.at(d, h * 3600 + rng.randrange(3600)), d

    def clip(self, t):
        return self.start <= t < self.end


# ----------------------------------------------------------------------------
# Phone numbers
# ----------------------------------------------------------------------------
def _mobile(rng):
    return rng.choice(MOBILE_PFX) + "%08d" % rng.randrange(10**8)


def _landline(rng, local=True):
    if local or rng.random() < 0.5:
        return AREA + rng.choice(EXCH) + "%04d" % rng.randrange(10000)
    code = rng.choice(["0898", "020", "0755", "0771", "0759", "010", "0591", "0898"])
    if code == "0898":
        return code + rng.choice(["66", "68", "23", "88", "86", "26"]) + "%06d" % rng.randrange(10**6)
    if code in ("0771", "0759"):
        return code + "%07d" % rng.randrange(2 * 10**6, 10**7)
    return code + "%08d" % rng.randrange(2 * 10**7, 10**8)


def _virtual(rng):
    return rng.choice(VIRTUAL_PFX) + "%08d" % rng.randrange(10**8)


def _gphone(rng):
    r = rng.random()
    if r < 0.845:
        return _mobile(rng)
    if r < 0.965:
        return _landline(rng)
    if r < 0.985:
        return _landline(rng, local=False)
    return ""


# ----------------------------------------------------------------------------
# Slots for templates
# ----------------------------------------------------------------------------
def _cn(n):
    if n <= 10:
        return ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"][n]
    if n < 20:
        return "十" + "一二三四五六七八九"[n - 11]
    return str(n)


def _s_town(rng, d=None):
    return _wpick(rng, TOWN_NAMES, _TOWN_CUM)


_TOWN_CUM = _cum(TOWN_W)


def _s_vi(rng, d=None):
    i = bisect.bisect_right(_TOWN_CUM, rng.random() * _TOWN_CUM[-1])
    t = TOWNS[i]
    return t[0] + rng.choice(t[2])


def _s_v(rng, d=None):
    v = _s_vi(rng)
    r = rng.random()
    if r < 0.3:
        return v + "第%s村民小组" % "一二三四五六七八九"[rng.randint(0, 8)]
    if r < 0.45:
        return v + rng.choice(["村委会附近", "村口", "小学旁边", "村道边", "后山那边"])
    return v


def _s_f(rng, d=None):
    n = rng.randint(1, 18)
    return rng.choice(FARMS) + ("二" if n == 2 else _cn(n)) + "队"


def _s_st(rng, d=None):
    return rng.choice(STREETS)


def _s_e(rng, d=None):
    return rng.choice(ESTATES)


def _s_lm(rng, d=None):
    return rng.choice(LANDMARKS)


def _s_u(rng, d=None):
    r = rng.random()
    pre = "沐城镇" if rng.random() < 0.35 else ""
    if r < 0.3:
        a, b = rng.sample(STREETS, 2)
        return pre + a + "与" + b + "交叉口"
    if r < 0.5:
        return pre + rng.choice(STREETS) + "%d号附近" % rng.randint(1, 260)
    if r < 0.7:
        return pre + rng.choice(ESTATES) + rng.choice(["", "%d栋" % rng.randint(1, 16), "门口", "后门"])
    if r < 0.88:
        return pre + rng.choice(LANDMARKS) + rng.choice(["附近", "门口", "对面", "旁边"])
    return pre + rng.choice(STREETS) + rng.choice(["中段", "路口", "一带", "往沐江大桥方向"])


def _s_l(rng, d=None):
    r = rng.random()
    if r < 0.55:
        return _s_u(rng)
    if r < 0.9:
        return _s_v(rng)
    return _s_f(rng)


def _s_d(rng, d=None):
    return rng.choice(
        ["两天", "三天", "四五天", "一个星期", "十多天", "半个月", "一个多月", "好几天", "三个多月", "快一个月"]
    )


def _s_tm(rng, d=None):
    return rng.choice(
        ["晚上十一点多", "半夜十二点", "凌晨一两点", "晚上十点以后", "十二点多", "夜里一点", "晚上十一点"]
    )


def _s_t0(rng, d=None):
    return rng.choice(["昨天晚上", "今天早上", "今天中午", "前天", "昨天下午", "今天凌晨", "早上七点多", "昨天"])


def _s_s(rng, d=None):
    return rng.choice(SURNAMES)


def _s_n2(rng, d=None):
    return _cn(rng.randint(2, 6))


def _s_mon(rng, d=None):
    return str(
        rng.choice([800, 1200, 1500, 2300, 3000, 3600, 4500, 5800, 6000, 8000, 12000, 16000, 23000, 35000, 480, 260])
    )


def _s_y(rng, d=None):
    return str(rng.randint(1996, 2021))


def _s_shop(rng, d=None):
    return rng.choice(SHOPS)


def _s_sch(rng, d=None):
    return rng.choice(SCHOOLS)


def _s_city(rng, d=None):
    return rng.choice(CITIES)


def _s_off(rng, d=None):
    return rng.choice(OFFICES)


def _s_road(rng, d=None):
    return rng.choice(ROADS)


def _s_age(rng, d=None):
    return str(rng.randint(62, 93))


def _s_dt(rng, d=None):
    if d is None:
        return "前几天"
    k = rng.randint(1, 12)
    x = d - dt.timedelta(days=k)
    return "%d月%d日" % (x.month, x.day)


SLOTS = {
    "U": _s_u,
    "V": _s_v,
    "F": _s_f,
    "L": _s_l,
    "E": _s_e,
    "ST": _s_st,
    "TW": _s_town,
    "VI": _s_vi,
    "LM": _s_lm,
    "D": _s_d,
    "TM": _s_tm,
    "T0": _s_t0,
    "S": _s_s,
    "N2": _s_n2,
    "MON": _s_mon,
    "Y": _s_y,
    "SHOP": _s_shop,
    "SCH": _s_sch,
    "CITY": _s_city,
    "OFF": _s_off,
    "ROAD": _s_road,
    "AGE": _s_age,
    "DT": _s_dt,
}
_SLOT_RE = re.compile(r"\{([A-Z][A-Z0-9]*)\}")


def fill(rng, s, d=None):
    return _SLOT_RE.sub(lambda m: SLOTS[m.group(1)](rng, d) if m.group(1) in SLOTS else m.group(0), s)


def _order_no(rng, date):
    return "MP%02d%02d%02d%04d" % (date.year % 100, date.month, date.day, rng.randrange(1, 2400))


# ----------------------------------------------------------------------------
# Operators
# ----------------------------------------------------------------------------
SILENT_POOL = [
    "无声电话",
    "来电无声",
    "接通后无人说话",
    "无声",
    "空线",
    "无声来电，多次询问无应答",
    "来电接通后无人应答，话务员按规范挂机",
    "接通后无声音，提示三次后挂断",
    "静音",
    "无人讲话",
    "来电无人回应",
    "电话接通无声，已挂机",
    "无声音",
    "接通后一直无声",
    "对方不说话",
    "无应答",
    "无声电话，按无效来电处理",
    "«无声»",
    "喂了几声没人应",
    "来电没有声音",
    "接通无人应答，已挂断",
    "来电无声，已按规范用语提示后挂机",
    "无声来电",
    "话务员问候多次，对方无应答",
]
TAG_POOL = [
    "骚扰",
    "无效来电",
    "无诉求",
    "恶意来电",
    "骚扰电话",
    "无效",
    "无实质诉求",
    "不文明来电",
    "恶意骚扰",
    "无具体事项",
]
TYPOS = [
    ("反映", "反应"),
    ("已经", "已近"),
    ("咨询", "资询"),
    ("投诉", "投述"),
    ("处理", "处里"),
    ("在", "再"),
    ("已", "以"),
    ("的", "得"),
    ("部门", "部们"),
    ("路灯", "路等"),
    ("噪音", "燥音"),
    ("停电", "停点"),
    ("希望", "希忘"),
    ("答复", "答付"),
    ("告知", "告之"),
    ("联系", "连系"),
    ("小区", "小去"),
    ("电话", "电化"),
    ("情绪", "情续"),
    ("安装", "按装"),
    ("需要", "须要"),
    ("工单", "公单"),
    ("现在", "现再"),
    ("辱骂", "侮骂"),
    ("诉求", "述求"),
    ("一直", "一值"),
    ("垃圾", "拉圾"),
    ("账", "帐"),
    ("做", "作"),
    ("挂断", "挂段"),
    ("社保", "社宝"),
    ("附近", "附进"),
    ("严重", "严种"),
    ("那里", "哪里"),
    ("没有", "没用"),
    ("无法", "吴法"),
    ("要求", "要球"),
    ("来电人", "来点人"),
    ("核实", "核时"),
]
PUNCT_HALF = {"，": ",", "。": ".", "：": ":", "；": ";", "？": "?", "！": "!"}
BRACKETS = {"cn": ("（", "）"), "en": ("(", ")"), "sq": ("【", "】"), "bk": ("[", "]")}
QUOTES = {"cn": ("“", "”"), "en": ('"', '"'), "jp": ("「", "」"), "sg": ("'", "'"), "none": ("", "")}


class _Op:
    def __init__(self, oid, shift, style, typo, punct, brk, quote, cws, censor, rng):
        self.oid, self.shift, self.style, self.typo = oid, shift, style, typo
        self.punct, self.brk, self.quote, self.cws, self.censor = punct, BRACKETS[brk], QUOTES[quote], cws, censor
        self.end_period = (
            style in ("formal", "plain") and rng.random() < 0.8 or (style == "chatty" and rng.random() < 0.4)
        )
        favs = rng.sample(SILENT_POOL, rng.randint(2, 4))
        self.silent = favs
        self.silent_w = _cum([1.0 / (i + 1) ** 1.3 for i in range(len(favs))])
        self.tags = rng.sample(TAG_POOL, 3)
        self.blank_silent = {"terse": 0.45, "plain": 0.12, "formal": 0.02, "chatty": 0.05}[style] * rng.uniform(
            0.5, 1.5
        )
        self.blank_other = {"terse": 0.18, "plain": 0.03, "formal": 0.0, "chatty": 0.01}[style]
        self.count_note = rng.random() < {"terse": 0.2, "plain": 0.45, "formal": 0.6, "chatty": 0.85}[style]
        self.cw_cum = _cum([1.0 / (i + 1) ** 1.6 for i in range(len(cws))])

    def silent_note(self, rng):
        return _wpick(rng, self.silent, self.silent_w)

    def cw(self, rng):
        return _wpick(rng, self.cws, self.cw_cum)

    def q(self, s):
        return self.quote[0] + s + self.quote[1]

    def swear(self, lit, cen):
        if self.censor == "literal":
            return lit
        if self.censor == "x":
            return cen
        if self.censor == "star":
            return cen.replace("X", "*").replace("某", "*")
        return None  # omit

    def finish(self, rng, text):
        if not text:
            return ""
        cw = self.cw(rng)
        text = text.replace("@", cw)
        if cw == "":
            text = text.lstrip("，、 ")
        if self.style == "terse":
            for a, b in (
                ("来电人", "来电"),
                ("请相关部门核实处理", "请处理"),
                ("已告知来电人", "已告知"),
                ("县综合行政执法局", "执法局"),
                ("话务员", ""),
                ("工单号", "单号"),
                ("诉求：", ""),
                ("来电反映", "反映"),
                ("，请相关单位核实处理并回复", ""),
            ):
                if rng.random() < 0.7:
                    text = text.replace(a, b)
        text = text.replace("«", self.brk[0]).replace("»", self.brk[1])
        text = text.replace("“", self.quote[0]).replace("”", self.quote[1])
        # typos
        if self.typo > 0:
            for a, b in TYPOS:
                if a in text and rng.random() < self.typo * 3:
                    i = text.find(a)
                    text = text[:i] + b + text[i + len(a) :]
            if rng.random() < self.typo * 1.2 and len(text) > 6:
                i = rng.randrange(1, len(text) - 1)
                if rng.random() < 0.5:
                    text = text[:i] + text[i] + text[i:]
                else:
                    text = text[:i] + text[i + 1 :]
        # punctuation habit
        p = self.punct
        if p == "half":
            text = "".join(PUNCT_HALF.get(ch, ch) for ch in text)
        elif p == "mixed":
            text = "".join(PUNCT_HALF[ch] if ch in "，。" and rng.random() < 0.5 else ch for ch in text)
        elif p == "space":
            text = "".join(" " if ch in "，。；" else ch for ch in text)
            text = re.sub(r" +", " ", text).strip()
        elif p == "nocomma":
            text = text.replace("，", " ").replace("。", "，").rstrip("，")
        text = text.strip()
        if self.end_period and p in ("full", "mixed"):
            if text and text[-1] not in "。？！.」”)）】]":
                text += "。"
        elif not self.end_period:
            text = text.rstrip("。.")
        return text


def _roster():
    r = random.Random(20250601)  # the office's roster does not depend on the data seed
    spec = [
        ("D01", "day", "formal", 0.004, "full", "sq", "cn", ["来电人"], "omit"),
        ("D02", "day", "formal", 0.01, "full", "cn", "cn", ["来电人", "市民"], "x"),
        ("D03", "day", "plain", 0.02, "full", "cn", "cn", ["来电人", "市民", "群众"], "x"),
        ("D04", "day", "plain", 0.03, "mixed", "en", "en", ["来电人", "市民"], "literal"),
        ("D05", "day", "terse", 0.04, "space", "en", "none", ["", "来电", "市民"], "x"),
        ("D06", "day", "chatty", 0.02, "full", "cn", "cn", ["来电人", "这位市民", "对方"], "literal"),
        ("D07", "day", "formal", 0.0, "full", "sq", "cn", ["来电人"], "omit"),
        ("D08", "day", "plain", 0.015, "full", "cn", "jp", ["市民", "来电人"], "star"),
        ("E01", "evening", "chatty", 0.03, "mixed", "cn", "cn", ["来电人", "对方", "这个人"], "literal"),
        ("E02", "evening", "terse", 0.05, "half", "bk", "sg", ["来电", ""], "x"),
        ("E03", "evening", "formal", 0.01, "full", "cn", "cn", ["来电人", "来电者"], "omit"),
        ("E04", "evening", "plain", 0.02, "full", "cn", "cn", ["来电人", "群众"], "star"),
        ("E05", "evening", "plain", 0.04, "nocomma", "bk", "none", ["来电人", "市民"], "x"),
        ("N01", "night", "terse", 0.03, "half", "en", "en", ["来电", "", "来电人"], "literal"),
        ("N02", "night", "chatty", 0.02, "full", "cn", "cn", ["来电人", "对方"], "literal"),
        ("N03", "night", "formal", 0.01, "full", "sq", "cn", ["来电人"], "omit"),
    ]
    return [_Op(*s, rng=r) for s in spec]


class _Roster:
    def __init__(self, start):
        self.ops = _roster()
        self.by = {
            "day": [o for o in self.ops if o.shift == "day"],
            "evening": [o for o in self.ops if o.shift == "evening"],
            "night": [o for o in self.ops if o.shift == "night"],
        }
        self.start = start
        self._cache = {}

    def on_duty(self, dayno, shift):
        k = (dayno, shift)
        if k in self._cache:
            return self._cache[k]
        ops = self.by[shift]
        n = len(ops)
        if shift == "night":
            on = [o for i, o in enumerate(ops) if (dayno + i) % 3 != 0]
        else:
            on = [o for i, o in enumerate(ops) if (dayno + 2 * i) % 7 not in (5, 6)]
        if not on:
            on = ops[:]
        self._cache[k] = on
        return on

    def pick(self, rng, t):
        dayno = (t.date() - self.start.date()).days
        h = t.hour
        shift = "day" if 8 <= h < 17 else ("evening" if h >= 17 else "night")
        return rng.choice(self.on_duty(dayno, shift))


def _style(rng, op, **variants):
    lst = variants.get(op.style) or variants.get("plain")
    return rng.choice(lst)


# ----------------------------------------------------------------------------
# Genuine complaint topics
# ----------------------------------------------------------------------------
T = dict  # shorthand
TOPICS = [
    T(
        k="noise_square",
        w=3.0,
        hp="noise",
        wk=1.2,
        dept="县综合行政执法局",
        m=[
            "{U}每天晚上有人跳广场舞，音响开得很大，一直跳到{TM}，严重影响附近居民休息",
            "{E}楼下空地晚上有人跳广场舞，音响声音太大，家里老人小孩睡不着",
            "文化广场晚上有好几拨人跳舞唱歌，音响一直放到{TM}，旁边住户无法休息",
            "三月三广场每天晚上有人用大音响唱卡拉OK，声音很大，已经持续{D}",
            "{U}有人每天早上六点就在楼下放音乐打太极，声音很大",
        ],
        s=["广场舞噪音扰民", "{E}楼下广场舞扰民", "广场音响扰民", "{U}跳舞音响太吵"],
        d=["管一管，把音量调小", "规定跳舞时间，晚上十点后停止", "尽快处理", "派人到现场劝导"],
    ),
    T(
        k="noise_build",
        w=3.0,
        hp="noise",
        wk=1.0,
        dept="县住建局",
        m=[
            "{U}有工地夜间施工，{TM}还在打桩，噪音很大",
            "{E}旁边的工地每天{TM}还在浇混凝土，搅拌车进出，吵得睡不着",
            "{U}道路施工晚上用破碎锤，声音很大，持续{D}了",
            "{E}有住户装修，中午和晚上都在电钻，物业不管",
            "{U}附近工地凌晨四五点就开始施工",
        ],
        s=["工地夜间施工扰民", "{U}夜间施工噪音", "装修噪音", "{E}旁工地夜里施工"],
        d=["停止夜间施工", "核实该工地是否办理夜间施工许可", "查处", "尽快处理"],
    ),
    T(
        k="noise_gaokao",
        w=0.0,
        hp="noise",
        wk=1.0,
        dept="县生态环境局",
        m=[
            "家里孩子正在参加高考，{U}附近工地晚上还在施工，噪音很大",
            "孩子明天高考，{U}有商铺放大音响搞促销",
            "高考期间{E}附近有人办酒席放鞭炮、放音响",
            "高考期间{U}的烧烤摊晚上很吵，影响考生休息",
        ],
        s=["高考期间噪音扰民", "高考期间{U}噪音"],
        d=["高考期间管控噪音", "尽快派人处理", "马上处理，孩子要休息"],
    ),
    T(
        k="noise_shop",
        w=2.5,
        hp="noise",
        wk=1.3,
        dept="县综合行政执法局",
        m=[
            "{U}有一家{SHOP}门口放大音响招揽生意，声音很大",
            "{U}的烧烤摊营业到{TM}，客人喝酒划拳很吵",
            "{E}楼下的KTV每晚唱到{TM}",
            "{VI}有村民家办喜事，连续几晚放音响、放鞭炮到{TM}",
            "{U}夜市摊位用喇叭循环叫卖，声音很大",
            "{E}楼上住户每天晚上打麻将到{TM}，声音很吵",
        ],
        s=["{SHOP}音响扰民", "烧烤摊夜间噪音", "KTV扰民", "夜市喇叭叫卖扰民"],
        d=["管一管", "要求商家降低音量", "依法查处", "处理"],
    ),
    T(
        k="streetlight",
        w=3.0,
        hp="gen",
        wk=1.0,
        dept="县综合行政执法局",
        m=[
            "{U}一带路灯不亮已经{D}了，晚上很黑，出行不安全",
            "{ST}有{N2}盏路灯坏了，一直没有人修",
            "{V}村道上的太阳能路灯坏了很久",
            "{U}的路灯白天也亮着，浪费电",
            "{U}路灯一闪一闪的，时亮时不亮",
        ],
        s=["{ST}路灯不亮", "{V}路灯坏", "路灯故障", "{U}路灯不亮"],
        d=["尽快维修", "派人来修", "处理"],
    ),
    T(
        k="road",
        w=3.0,
        hp="gen",
        wk=0.9,
        dept="县交通运输局",
        m=[
            "{U}路面有一个大坑，下雨积水看不见，已经有电动车摔倒",
            "{V}通村公路路面开裂塌陷，车辆通行困难",
            "{U}有井盖缺失，晚上很危险",
            "{V}到镇上的路坑坑洼洼，{D}前修了一半就停工了",
            "{U}人行道地砖松动，老人容易摔",
            "{ROAD}{TW}路段有大石头滚落到路中间",
        ],
        s=["{U}路面坑洼", "井盖缺失", "{V}道路损坏", "{ROAD}路面有落石"],
        d=["尽快修复", "设置警示标志并维修", "处理", "派人查看"],
    ),
    T(
        k="waterlog",
        w=1.5,
        hp="gen",
        wk=1.0,
        dept="县住建局",
        m=[
            "{U}一下大雨就积水，水深到膝盖，车辆无法通行",
            "{E}门口下水道堵塞，一下雨就淹到一楼",
            "{U}排水沟被垃圾堵了，雨水倒灌进店里",
            "{U}雨水井盖堵住了，路面积水很久不退",
        ],
        s=["{U}积水", "下水道堵塞", "排水沟堵塞"],
        d=["疏通排水", "尽快处理", "派人清理"],
    ),
    T(
        k="water",
        w=3.0,
        hp="gen",
        wk=1.1,
        dept="县水务公司",
        m=[
            "{E}从{T0}开始停水，没有任何通知",
            "{U}自来水发黄、有异味，不敢喝",
            "{E}水压太低，三楼以上用不了水",
            "{V}村里的自来水三天两头停",
            "{U}有水管爆裂，水一直往外冒，已经流了大半天",
            "家里水表走得特别快，这个月水费比平时多了一倍多",
        ],
        s=["{E}停水", "水质发黄", "水压低", "{U}水管爆裂", "水费异常"],
        d=["尽快恢复供水", "派人检测水质", "给个说法", "尽快维修", "核查水表"],
    ),
    T(
        k="power",
        w=4.0,
        hp="gen",
        wk=1.1,
        dept="沐坡供电局",
        m=[
            "{V}从{T0}开始停电，到现在还没来电",
            "{E}这几天频繁停电跳闸，家里冰箱都坏了",
            "{V}电压不稳，晚上灯很暗，空调开不了",
            "{U}电线杆倾斜，电线垂得很低",
            "{F}的线路老化，隔几天就停电",
            "天气这么热{E}一天停好几次电，也没有通知",
        ],
        s=["{V}停电", "频繁停电", "电压低", "电线杆倾斜", "{E}跳闸停电"],
        d=["尽快恢复供电", "停电要提前通知", "派人检修线路", "处理"],
    ),
    T(
        k="garbage",
        w=4.0,
        hp="gen",
        wk=1.1,
        dept="县综合行政执法局",
        m=[
            "{U}的垃圾桶满了{D}没人清运，臭味很大，苍蝇很多",
            "{V}村口的垃圾堆了很久没人拉走",
            "{U}有人乱倒建筑垃圾",
            "{V}有人在路边烧垃圾，烟很大",
            "{E}垃圾站离住户太近，天热臭得受不了",
            "{U}环卫车每天早上五点收垃圾，声音很大",
        ],
        s=["垃圾未清运", "{V}垃圾堆放", "乱倒建筑垃圾", "焚烧垃圾", "垃圾站异味"],
        d=["及时清运", "尽快处理", "查处乱倒垃圾的人", "搬走垃圾站"],
    ),
    T(
        k="vendor",
        w=3.0,
        hp="gen",
        wk=1.2,
        dept="县综合行政执法局",
        m=[
            "{U}有人占道摆摊卖水果、卖槟榔，把路都堵了",
            "{LM}门口乱停车严重，救护车都进不去",
            "{U}早市摊贩占道，电动三轮乱停",
            "{E}门口被货车长期占着",
            "{U}有人把车停在盲道上",
        ],
        s=["占道经营", "{LM}乱停车", "早市占道", "货车占道"],
        d=["整治", "派人管理", "处理"],
    ),
    T(
        k="odor",
        w=2.2,
        hp="gen",
        wk=1.0,
        dept="县生态环境局",
        m=[
            "{V}附近的胶厂排放臭气，晚上味道特别大，臭得睡不着",
            "{V}有人开槟榔烤房，烟熏得整个村子都是，老人小孩咳嗽",
            "{V}附近胶厂的污水排进沟里流到沐江，水发黑发臭",
            "{U}有小作坊晚上偷偷排烟",
            "{VI}旁边的凝胶收购点味道很臭，苍蝇很多",
        ],
        s=["胶厂臭气", "槟榔烤房冒烟", "胶厂排污水", "作坊排烟"],
        d=["查处", "派人检测", "让厂家整改", "尽快处理"],
    ),
    T(
        k="livestock",
        w=1.4,
        hp="gen",
        wk=1.0,
        dept="县农业农村局",
        m=[
            "{V}有养猪场离住户太近，臭味大，污水乱排",
            "{V}有人在饮用水源旁边养鸭",
            "{U}有人在楼顶养鸡养鸽子，很臭",
            "{V}有人把死猪扔在路边沟里",
        ],
        s=["养猪场臭味", "水源地旁养鸭", "楼顶养鸡", "乱扔死猪"],
        d=["处理", "派人查看", "依法查处"],
    ),
    T(
        k="river",
        w=1.0,
        hp="gen",
        wk=1.0,
        dept="县水务局",
        m=["沐江{TW}段晚上有人非法采砂", "番岭水库有人电鱼", "{V}有人往河里倒垃圾", "大岭水库有人炸鱼"],
        s=["非法采砂", "电鱼", "往河里倒垃圾"],
        d=["依法查处", "派人巡查", "处理"],
    ),
    T(
        k="market",
        w=3.0,
        hp="gen",
        wk=1.3,
        dept="县市场监管局",
        m=[
            "在沐城农贸市场买猪肉，回家一称少了{N2}两",
            "{U}一家超市卖过期食品",
            "在{U}的{SHOP}买东西，商家不给退换",
            "{U}的加油站加油不足量",
            "在{TW}农资店买的化肥是假货，胶树施了没效果",
            "{U}的奶茶店卫生很差，喝了拉肚子",
            "在{U}一家饭店吃饭吃出苍蝇，老板态度很差",
            "{U}的药店口罩、药品价格乱涨",
            "网购的槟榔苗一半是死苗，商家不理",
        ],
        s=["缺斤短两", "超市卖过期食品", "商家拒绝退换", "加油不足量", "假化肥", "食品卫生问题"],
        d=["查处商家", "退款", "给个说法", "依法处理"],
    ),
    T(
        k="wage",
        w=3.0,
        hp="office",
        wk=0.8,
        dept="县人社局",
        m=[
            "其在{U}的工地做工，老板拖欠工资{MON}元，已经拖了{D}",
            "其在{V}帮老板割胶，老板欠其{N2}个月工钱",
            "在{U}一家饭店打工，辞职后老板扣着工资不给",
            "在{F}帮人收槟榔，老板欠钱跑了",
            "其在{U}做保安，公司没有给其缴社保",
            "他们一起做工的{N2}个人工资都没拿到",
        ],
        s=["拖欠工资", "欠割胶工钱", "欠薪", "未缴社保"],
        d=["帮忙追讨工资", "劳动监察介入", "尽快解决", "让老板把工资结清"],
    ),
    T(
        k="transport",
        w=2.5,
        hp="gen",
        wk=1.1,
        dept="县交通运输局",
        m=[
            "{TW}到县城的班车不按时发车，经常要等一两个小时",
            "乘坐{TW}方向的班车，司机超载，车上站满了人",
            "县城的电动三轮到县医院收二十元，乱收费",
            "县汽车站到{CITY}的班车票价涨了",
            "{TW}班车司机中途甩客",
            "出租车不打表，乱要价",
        ],
        s=["班车不按时", "班车超载", "三轮车乱收费", "班车甩客", "出租车不打表"],
        d=["整顿", "加强管理", "处理", "查处"],
    ),
    T(
        k="education",
        w=2.0,
        hp="office",
        wk=0.7,
        dept="县教育局",
        m=[
            "孩子在{SCH}读书，学校要求买指定的教辅资料",
            "{U}有培训机构违规办暑假补习班",
            "孩子今年上一年级，户口在{TW}，学位分配不合理",
            "{SCH}食堂饭菜质量差，价格高",
            "{SCH}门口上下学时段交通拥堵，没人疏导",
            "{SCH}老师暑假给学生有偿补课",
        ],
        s=["学校强制买教辅", "违规补课", "学位分配", "学校食堂", "学校门口拥堵"],
        d=["教育局调查", "处理", "给个说法", "规范"],
    ),
    T(
        k="medical",
        w=2.0,
        hp="gen",
        wk=1.0,
        dept="县卫健委",
        m=[
            "在县人民医院看病排队太久，挂号难",
            "{TW}卫生院晚上没有医生值班",
            "县医院检查收费有问题，多收了钱",
            "县医院{N2}楼的医生态度不好",
            "县中医院住院报销流程太麻烦",
        ],
        s=["医院挂号难", "卫生院夜间无人", "医院多收费", "医生态度差"],
        d=["处理", "改进服务", "核查退费", "给个解释"],
    ),
    T(
        k="agri",
        w=2.0,
        hp="gen",
        wk=1.0,
        dept="县农业农村局",
        m=[
            "{V}有野猪下山拱了其种的山兰稻和番薯",
            "{V}村民的牛经常跑到路上，影响通行",
            "其家种的槟榔大面积黄化，不知道怎么治",
            "其家在{F}的胶林被人偷割胶",
            "{V}有人在胶林里乱喷除草剂，毒死了其家的鸡",
            "槟榔收购点压价，还扣秤",
        ],
        s=["野猪毁庄稼", "牛上路", "槟榔黄化", "胶林被偷割", "乱喷农药"],
        d=["派人指导", "处理", "派出所调查", "给予帮助"],
    ),
    T(
        k="mosquito",
        w=1.2,
        hp="gen",
        wk=1.0,
        dept="县爱卫办",
        m=[
            "{E}附近积水多，蚊子特别多，担心登革热",
            "{U}有块空地长满杂草，积水滋生蚊虫",
            "{V}有人得了登革热，希望村里做消杀",
        ],
        s=["蚊虫多", "空地杂草积水", "登革热消杀"],
        d=["喷药消杀", "清理", "处理"],
    ),
    T(
        k="property",
        w=2.5,
        hp="gen",
        wk=1.3,
        dept="县住建局",
        m=[
            "{E}物业不作为，电梯坏了{D}不修",
            "{E}物业费涨价没有公示",
            "{E}开发商延期交房",
            "{E}房子漏水，开发商不维修",
            "{E}停车费乱收",
            "{E}的房产证交房{N2}年了还办不下来",
        ],
        s=["物业不作为", "物业乱涨价", "延期交房", "房屋漏水", "办不了房产证"],
        d=["住建局督促处理", "处理", "给业主一个说法"],
    ),
    T(
        k="signal",
        w=1.0,
        hp="gen",
        wk=1.0,
        dept="县科工信局",
        m=["{V}手机信号很差，打电话要跑到山坡上", "{E}宽带经常断网，报修没人来", "{V}网络信号差，孩子上网课都上不了"],
        s=["信号差", "宽带断网", "网络差"],
        d=["协调运营商处理", "加装基站", "处理"],
    ),
    T(
        k="dogs",
        w=1.5,
        hp="gen",
        wk=1.2,
        dept="沐城派出所",
        m=[
            "{E}有人遛狗不拴绳，孩子被吓哭",
            "{U}流浪狗很多，晚上追人",
            "其被{U}一户人家的狗咬伤，狗主人不承担费用",
            "{E}邻居养的狗整夜叫",
        ],
        s=["遛狗不拴绳", "流浪狗", "被狗咬伤", "狗叫扰民"],
        d=["处理", "管一管", "派人处理"],
    ),
    T(
        k="trees",
        w=1.2,
        hp="gen",
        wk=1.0,
        dept="县综合行政执法局",
        m=[
            "{U}路边椰子树上的椰子快掉了，下面是人行道，很危险",
            "{U}路边大树的树枝压到电线",
            "{V}有棵大树被风吹歪，随时会倒",
            "{U}绿化带的树长太高挡住红绿灯",
        ],
        s=["椰子树有坠果风险", "树枝压电线", "大树歪斜", "树木遮挡信号灯"],
        d=["尽快修剪", "派人处理", "砍掉"],
    ),
    T(
        k="welfare",
        w=2.0,
        hp="office",
        wk=0.6,
        dept="县民政局",
        m=[
            "其家庭困难，申请低保一直没批",
            "其父亲八十多岁，高龄补贴{D}没发",
            "其残疾补贴这几个月没有到账",
            "其申请临时救助后一直没消息",
            "其家是脱贫户，今年的分红没有收到",
        ],
        s=["低保未批", "高龄补贴未发", "残疾补贴未到账", "临时救助"],
        d=["核实", "尽快发放", "给个答复"],
    ),
    T(
        k="drowning",
        w=0.5,
        hp="gen",
        wk=1.6,
        dept="县应急管理局",
        m=[
            "{V}附近的水库每天下午有很多小孩游泳，没人管，很危险",
            "番岭水库边没有警示牌和防护栏",
            "沐江{TW}段有小孩在河里游泳，水流很急",
        ],
        s=["小孩水库游泳", "水库无警示牌", "小孩下河游泳"],
        d=["设置警示牌并加强巡查", "派人管理", "处理"],
    ),
    T(
        k="illegal_build",
        w=1.2,
        hp="gen",
        wk=1.0,
        dept="县综合行政执法局",
        m=["{U}有人在楼顶违章搭建铁皮房", "{V}有人占用耕地建房", "邻居建房占了公共巷道", "{E}一楼住户私自扩建院子"],
        s=["楼顶违建", "占用耕地建房", "占巷道建房", "私自扩建"],
        d=["查处", "拆除", "处理"],
    ),
    T(
        k="ebike",
        w=0.8,
        hp="gen",
        wk=1.0,
        dept="县消防救援大队",
        m=["{E}有住户把电动车推进楼道充电，存在火灾隐患", "{E}有人从楼上拉电线给电动车飞线充电"],
        s=["楼道充电", "飞线充电"],
        d=["处理", "安排检查"],
    ),
    T(
        k="fraud",
        w=0.8,
        hp="gen",
        wk=1.0,
        dept="县公安局",
        m=[
            "其在网上刷单被骗{MON}元",
            "接到自称公检法的电话让其转账，已经转了{MON}元",
            "其在网上买槟榔苗付款后对方把其拉黑",
        ],
        s=["刷单被骗", "电信诈骗", "网购被骗"],
        d=["帮忙追回", "报警处理", "帮忙"],
    ),
    T(
        k="land",
        w=1.5,
        hp="office",
        wk=0.8,
        dept="县自然资源和规划局",
        m=[
            "{V}与邻村因胶林边界发生纠纷，对方砍了其家的胶树",
            "其家的胶园被人强行占用",
            "{V}有人在其家宅基地上种槟榔",
            "村里分征地款不公平",
        ],
        s=["胶林边界纠纷", "胶园被占", "宅基地纠纷", "征地款分配"],
        d=["调解", "处理", "给个公道"],
    ),
]
for _t in TOPICS:
    _t.setdefault("hp", "gen")


def _topic_w(t, d):
    k, w = t["k"], t["w"]
    m = d.month
    if k == "noise_gaokao":
        return 6.0 if _gaokao(d) else 0.0
    if k in ("power", "water") and m in (5, 6, 7, 8, 9):
        w *= 1.5
    if k in ("waterlog", "road", "trees") and m in (6, 7, 8, 9, 10):
        w *= 1.6
    if k == "mosquito" and m in (6, 7, 8, 9, 10):
        w *= 2.5
    if k == "drowning" and m in (6, 7, 8):
        w *= 4.0
    if k == "education" and m in (6, 7, 8):
        w *= 1.8
    if k == "odor" and (m >= 8 or m <= 3):
        w *= 1.5  # betel nut harvest -> drying kilns
    if k == "wage" and m in (1, 2, 12):
        w *= 2.0
    return w


CONSULTS = [
    ("城乡居民医保缴费时间和标准", "县医保局"),
    ("养老金资格认证怎么在手机上办", "县人社局"),
    ("高龄补贴申请条件和需要的材料", "县民政局"),
    ("灵活就业人员社保怎么缴", "县人社局"),
    ("异地就医备案怎么办理", "县医保局"),
    ("身份证到期换证需要带什么材料", "县公安局"),
    ("孩子户口随迁到县城需要什么手续", "县公安局"),
    ("农村自建房审批流程", "县自然资源和规划局"),
    ("不动产登记（房产证）办理需要的材料", "不动产登记中心"),
    ("天然橡胶价格（收入）保险怎么参保、什么时候理赔", "县农业农村局"),
    ("槟榔黄化病防治有没有补贴", "县农业农村局"),
    ("离岛免税购物额度和提货方式", "县商务局"),
    ("海南自贸港封关后带东西出岛有什么规定", "县商务局"),
    ("小学一年级招生报名时间", "县教育局"),
    ("高考成绩查询时间和志愿填报", "县教育局"),
    ("生源地助学贷款什么时候办理", "县教育局"),
    ("失业保险金的申领条件", "县人社局"),
    ("退役军人优待证怎么办理", "县退役军人事务局"),
    ("电动自行车上牌需要什么材料", "县交警大队"),
    ("驾驶证到期换证", "县交警大队"),
    ("公积金提取条件", "县公积金管理部"),
    ("开槟榔收购点要办什么证", "县市场监管局"),
    ("残疾证怎么办理、评残在哪里", "县残联"),
    ("个体工商户税收优惠政策", "县税务局"),
    ("农机购置补贴申请", "县农业农村局"),
    ("婚姻登记需要什么材料，周末能不能办", "县民政局"),
    ("被狗咬了哪里可以打狂犬疫苗", "县疾控中心"),
    ("育儿补贴怎么申请", "县卫健委"),
    ("暑期学生托管班在哪里报名", "县教育局"),
    ("新生儿落户和医保参保", "县医保局"),
    ("老人去世后养老金停发和丧葬补助怎么领", "县人社局"),
    ("胶工养老保险补缴政策", "县人社局"),
    ("危房改造补助怎么申请", "县住建局"),
    ("外地车进海南要不要交通行费", "县交通运输局"),
    ("台风期间渔船、胶工安全有什么要求", "县应急管理局"),
    ("创业担保贷款怎么申请", "县人社局"),
]
SHORT_Q = [
    "咨询{OFF}电话",
    "咨询{OFF}电话",
    "咨询{OFF}电话",
    "咨询{OFF}地址",
    "咨询{OFF}上班时间",
    "咨询县政务服务中心周末是否上班",
    "查询县汽车站到{CITY}的班车时间",
    "咨询{OFF}中午几点上班",
    "咨询今天{TW}是否停电",
    "咨询明天是否有台风",
    "咨询去哪里办理居住证",
    "咨询{OFF}在哪里",
    "咨询县城哪里可以办护照",
    "咨询端午节政务中心放假安排",
    "查询县人民医院预约挂号电话",
    "咨询{OFF}的办事窗口电话",
    "咨询{TW}政府电话",
    "咨询{TW}派出所电话",
    "咨询{TW}卫生院电话",
    "查询{OFF}值班电话",
    "咨询县城哪里有核酸检测（告知已不需要）",
    "咨询社保卡丢了怎么补办",
    "咨询{OFF}今天是否上班",
    "咨询中考成绩什么时候出",
    "咨询县自来水公司报修电话",
]


# ----------------------------------------------------------------------------
# Small building blocks for texts
# ----------------------------------------------------------------------------
def _caller_id(rng):
    r = rng.random()
    s = rng.choice(SURNAMES)
    if r < 0.12:
        return "来电人%s%s" % (s, rng.choice(["先生", "女士", "女士", "先生", "阿姨", "阿伯"]))
    if r < 0.17:
        return "%s%s" % (s, rng.choice(["先生", "女士"]))
    if r < 0.22:
        return "来电人«姓%s»" % s
    return ""


def _tail(rng, op, dept=None):
    r = rng.random()
    if op.style == "formal":
        lst = [
            "请%s核实处理。" % (dept or "相关部门"),
            "请相关部门核实处理并回复来电人。",
            "来电人要求回访。",
            "请尽快处理。",
            "来电人不需回访。",
            "来电人要求保密。",
            "联系电话同来电号码。",
        ]
        return rng.choice(lst) if r < 0.85 else ""
    if op.style == "plain":
        lst = ["请处理。", "请%s处理。" % (dept or "相关部门"), "需回访。", "不用回电。", "要求回复。"]
        return rng.choice(lst) if r < 0.6 else ""
    if op.style == "terse":
        return rng.choice(["转%s" % (dept or "").replace("县", ""), "请处理", "需回访", ""]) if r < 0.5 else ""
    lst = [
        "请%s尽快处理吧。" % (dept or "相关部门"),
        "«@说已经打过好几次了»",
        "«@语气挺急的»",
        "«听口音是%s那边的»" % rng.choice(TOWN_NAMES[1:]),
        "«地址核对了两遍»",
        "«说话带黎话口音，地址已确认»",
        "«@说不想留名字，怕被报复»",
        "«@挺客气的»",
        "需要回访。",
    ]
    return rng.choice(lst) if r < 0.8 else ""


def _compose(rng, op, matter, short, demand, dept, d, prefix=""):
    """Standard write-up of a real matter."""
    st = op.style
    cid = _caller_id(rng) if st in ("formal", "plain", "chatty") else ""
    who = cid or "@"
    if st == "formal":
        tpl = rng.choice(
            [
                "{w}反映：{m}。诉求：{dm}。",
                "{w}来电反映，{m}，希望相关部门{dm}。",
                "{w}反映{m}，要求{dm}。",
                "{w}称{m}，诉求{dm}，请相关单位核实处理并回复。",
            ]
        )
    elif st == "plain":
        tpl = rng.choice(["{m}，希望{dm}。", "{w}说{m}，要求{dm}。", "{w}反映{m}，请处理。", "{w}反映{m}，{dm}。"])
    elif st == "terse":
        tpl = rng.choice(["{s}，请处理", "反映{s}", "{s}", "{s} {dm}", "@反映{s}，要求{dm}"])
    else:
        tpl = rng.choice(["{w}说{m}，{dm}。", "{w}打来说{m}，想让我们{dm}。", "{w}反映{m}，希望{dm}。"])
    if prefix and st != "terse" and prefix[-1] in "，：:":
        tpl = tpl.replace("{w}来电反映，", "反映").replace("{w}", "")
        if tpl.startswith("{m}"):
            tpl = "反映" + tpl
    text = tpl.format(w=who, m=matter, s=short, dm=demand)
    text = prefix + text
    if "请" not in tpl:
        tl = _tail(rng, op, dept)
        if tl:
            text = _join(text.rstrip("。") + "。", tl) if not tl.startswith("«") else _join(text, tl)
    return fill(rng, text, d)


def _topic_texts(rng, t, d):
    return (fill(rng, rng.choice(t["m"]), d), fill(rng, rng.choice(t["s"]), d), rng.choice(t["d"]))


# swear words: (literal, censored)
SWEARS = [
    ("他妈的", "他X的"),
    ("妈的", "X的"),
    ("傻逼", "傻X"),
    ("狗日的", "狗X的"),
    ("操你妈", "X你妈"),
    ("去你妈的", "去你X的"),
    ("王八蛋", "王八X"),
    ("丢你老母", "丢你老X"),
    ("屌你", "X你"),
    ("贱人", "贱X"),
    ("死八婆", "死八X"),
]
CONTEMPT = [
    "你们这些接电话的就是摆设",
    "打你们这个电话跟对着墙讲话一样",
    "你们都是吃干饭的",
    "你一个接电话的算什么东西",
    "你们就是个复读机，只会说好的好的",
    "跟你讲有什么用，你又不是领导",
    "你们这些人拿工资不干事",
    "你是机器人吧，讲话一个调",
    "你这种人也配接电话",
    "你们12345就是和稀泥的",
    "听你声音就知道你没读过书",
    "你们这帮饭桶",
]
SARCASM = [
    "哇你好厉害哦，一个月拿多少钱啊",
    "你们效率真高啊，高到我孙子都会走路了",
    "哟，还知道说您好啊",
    "你们最会记录了，记完了就完了",
    "政府热线，热个屁，冷冰冰的",
    "你继续念你的稿子嘛，我听着",
    "你们是不是专门培训怎么推的",
    "好啊好啊，你记吧，记到明年",
]
DIALECT = [
    "汝个否人",
    "乜东西啊汝",
    "个死猴仔",
    "食屎去啦",
    "无用个东西",
    "衰鬼",
    "扑街",
    "个死人头",
    "汝老母",
    "笨过牛",
    "猪头丙",
    "个神经佬",
    "短命仔",
    "颠佬",
]
CURSES = [
    "祝你出门被车撞",
    "你全家断子绝孙",
    "你会遭雷公劈",
    "喝水都塞牙",
    "烂舌头的",
    "你个扫把星",
    "没娘教的",
    "你迟早遭报应",
    "瘟神",
    "你生个小孩没屁眼",
    "下辈子做猪",
    "你个短命鬼",
    "天打五雷轰",
]


def _insult(rng, op, allow_swear=True):
    r = rng.random()
    if allow_swear and r < 0.3:
        lit, cen = rng.choice(SWEARS)
        w = op.swear(lit, cen)
        if w is None:
            return None
        tail = rng.choice(["", "，" + rng.choice(CONTEMPT), "，" + rng.choice(DIALECT), "！"])
        return w + tail
    if r < 0.5:
        return rng.choice(CONTEMPT)
    if r < 0.65:
        return rng.choice(SARCASM)
    if r < 0.82:
        return rng.choice(DIALECT) + rng.choice(["", "，" + rng.choice(CONTEMPT)])
    return rng.choice(CURSES)


# ----------------------------------------------------------------------------
# Rendering of nuisance kinds
# ----------------------------------------------------------------------------
def _count_note(rng, op, h, what="来电"):
    if not h or h["today"] < 1 or not op.count_note:
        if h and h["week"] >= 3 and op.count_note and rng.random() < 0.35:
            return rng.choice(
                [
                    "该号码近期多次%s" % what,
                    "«该号码本周已来电%d次»" % (h["week"] + 1),
                    "«又是这个号码»",
                    "该号码经常来电",
                ]
            )
        return ""
    n = h["today"] + 1
    if op.style == "formal":
        return rng.choice(["该号码今日第%d次来电。" % n, "«同一号码今日已来电%d次»" % n])
    if op.style == "chatty":
        return rng.choice(["«今天第%d次了»" % n, "«又是这个号，今天第%d个了»" % n, "«这个号今天一直打»"])
    if op.style == "terse":
        return rng.choice(["第%d次" % n, "重复来电", "今日%d次" % n])
    return rng.choice(["今天第%d次来电" % n, "同号码多次来电", "该号码今日已多次来电"])


def _join(a, b):
    if not a:
        return b
    if not b:
        return a
    if b[0] in "«（(【[":
        return a.rstrip("，,") + b
    if a[-1] in "。，」”）)】]»":
        return a + b
    return a + "，" + b


def r_silent(rng, op, raw, h):
    if rng.random() < op.blank_silent:
        return ""
    sp = raw[5]
    base = op.silent_note(rng)
    if sp.get("bg") and rng.random() < 0.5:
        base = _join(
            base,
            rng.choice(
                [
                    "«背景有电视声»",
                    "«能听到呼吸声»",
                    "«听到有人在旁边笑»",
                    "«背景很安静»",
                    "«好像有摩托车声»",
                    "«听到狗叫»",
                ]
            ),
        )
    if op.style == "formal" and rng.random() < 0.3:
        base = _join(base, rng.choice(["已按规范用语提示后挂机。", "按无效来电处理。", "话务员三次询问后挂机。"]))
    if op.style == "chatty" and rng.random() < 0.25:
        base = _join(
            base, rng.choice(["«喂了半天没人吭声»", "«我说您好请讲，对方一直不出声»", "«感觉有人在听但是不说话»"])
        )
    cn = _count_note(rng, op, h, "无声来电")
    if cn:
        base = _join(base, cn)
    if raw[1] and op.style in ("terse",) and rng.random() < 0.15:
        base = _join(base, rng.choice(op.tags))
    return base


def r_abuse(rng, op, raw, h):
    if rng.random() < op.blank_other:
        return rng.choice(op.tags)
    q = _insult(rng, op)
    q2 = _insult(rng, op, allow_swear=False) if rng.random() < 0.3 else None
    if q is None:
        quote = rng.choice(["«脏话，不便记录»", "满口脏话", "«原话不文明，略»", "说了很多脏话"])
    else:
        quote = op.q(q) + (("，还说" + op.q(q2)) if q2 else "")
    t = _style(
        rng,
        op,
        formal=[
            "@接通后即辱骂话务员，称{q}，无具体诉求，经劝导无效后挂机。",
            "@出言不逊，辱骂话务员{q}，无实质诉求。",
            "@来电未反映任何事项，对话务员进行人身攻击：{q}，已按规范挂机。",
            "@言语侮辱话务员，称{q}，询问诉求不答。",
        ],
        plain=[
            "@骂话务员，说{q}，没有要反映的事。",
            "一接通就骂人，{q}，问他什么事也不说。",
            "@说{q}，无诉求，挂了。",
            "骂人：{q}",
        ],
        terse=["骂人 无诉求", "辱骂话务员", "{q} 无诉求", "骂人", "{t}"],
        chatty=[
            "一接通就开骂，说{q}，问他有什么事也不讲，劝了两句他自己挂了",
            "@说{q}，我问有什么可以帮您，他又骂了一通",
            "@讲{q}，没有具体事情，就是来骂人的«今天心情不好吧»",
        ],
    )
    txt = t.format(q=quote, t=rng.choice(op.tags))
    return _join(txt, _count_note(rng, op, h))


VENT = [
    "政府都是骗子",
    "当官的没一个好东西",
    "你们政府就会收钱",
    "这个县没救了",
    "现在的干部只会开会拍照",
    "12345就是摆设，打了也白打",
    "县里的领导都是贪官",
    "你们政府管天管地就是不管老百姓死活",
    "什么为人民服务，都是口号",
    "有钱修广场，没钱管老百姓",
    "你们一天到晚搞形式主义",
    "这些官都该拉去枪毙",
    "政府的人都是吃老百姓的",
]


def r_vent(rng, op, raw, h):
    q = op.q(rng.choice(VENT)) + ("，" + op.q(rng.choice(VENT)) if rng.random() < 0.35 else "")
    t = _style(
        rng,
        op,
        formal=[
            "@来电发泄对政府的不满，称{q}，询问其具体诉求，@称没有具体事情。",
            "@情绪激动，称{q}，未反映具体事项，经解释后挂机。",
            "@来电表达对政府工作的不满情绪，称{q}，无具体诉求。",
        ],
        plain=[
            "@说{q}，问他要反映什么，说没什么，就是不满。",
            "@来电发牢骚，{q}，没有具体问题。",
            "@骂政府，{q}，无诉求。",
        ],
        terse=["发泄不满 无具体诉求", "骂政府 无诉求", "{q} 无具体事项", "发牢骚"],
        chatty=[
            "@打来就说{q}，我问他具体什么事，他说没有具体的事，就是看不惯«讲了一大通»",
            "@说{q}，讲了十几分钟，问诉求说没有，就是想骂",
        ],
    )
    return _join(t.format(q=q), _count_note(rng, op, h))


THREATS = [
    "明天我就去县政府门口闹",
    "我知道你们在哪里上班，下班等着",
    "我要带汽油去你们那里",
    "信不信我把你们那个楼炸了",
    "我要找人收拾你",
    "你报个工号，我记住你了",
    "我去你们单位找你算账",
    "你们小心点，我有的是办法",
    "我要去县委门口喝农药给你们看",
    "你们等着，我马上过去",
]


def r_threat(rng, op, raw, h):
    q = op.q(rng.choice(THREATS))
    t = _style(
        rng,
        op,
        formal=[
            "@称{q}，询问原因及诉求，@拒绝说明，已记录来电号码。",
            "@来电威胁称{q}，无具体诉求，已报值班长。",
            "@言语威胁话务员：{q}，未反映任何事项。",
        ],
        plain=["@说{q}，问什么事不说，挂了。", "@威胁{q}，没有说事情。"],
        terse=["威胁 无诉求", "{q}", "恐吓话务员"],
        chatty=[
            "@说{q}，我问他是遇到什么事了，他说不用你管«已跟班长报备»",
            "@一直说{q}，没有说任何事«有点吓人，已报备»",
        ],
    )
    return _join(t.format(q=q), _count_note(rng, op, h))


LONELY = [
    "说睡不着想找人说说话",
    "跟话务员聊家常，讲其年轻时在农场割胶的事",
    "说老伴走了，一个人在家很闷",
    "问话务员吃饭没有、几点下班",
    "讲其儿子在海口打工很少回来",
    "说晚上太安静了，想听人说话",
    "讲了很多以前在{TW}做工的事",
    "问话务员结婚没有，家是哪里的",
    "说心里烦，想聊聊天",
    "讲其家鸡今天下了两个蛋",
]


def r_lonely(rng, op, raw, h):
    a = fill(rng, rng.choice(LONELY))
    mins = max(1, raw[4] // 60)
    t = _style(
        rng,
        op,
        formal=[
            "@{a}，无具体诉求，话务员告知本热线为政务服务热线后挂机。",
            "@来电闲聊，{a}，无诉求，已劝导。",
            "@深夜来电，{a}，无具体事项。",
        ],
        plain=["@{a}，没有事情，劝挂了。", "闲聊，{a}。", "@又打来聊天，{a}。"],
        terse=["闲聊 无诉求", "聊天", "无诉求", "闲聊"],
        chatty=[
            "@{a}，聊了{n}分钟左右，没有具体事情«劝了好几次才挂»",
            "又是这个人，{a}，我说这边是热线要留给有事的人，他说再聊一下",
            "@{a}«听着挺孤单的，但确实没有诉求»",
        ],
    )
    return _join(t.format(a=a, n=mins), _count_note(rng, op, h))


DRUNK = [
    "说话含糊，胡言乱语",
    "一直唱歌",
    "说要找县长喝酒",
    "说“我没醉，我要投诉月亮太亮”",
    "大着舌头说要请话务员吃宵夜",
    "一直喊“兄弟你评评理”，说不清什么事",
    "说刚喝完酒，想找人聊天",
    "边哭边笑，说不清楚",
    "说他酒量全县第一",
    "说要和话务员拜把子",
]


def r_drunk(rng, op, raw, h):
    a = rng.choice(DRUNK)
    t = _style(
        rng,
        op,
        formal=["@酒后来电，{a}，无具体诉求，已按规范挂机。", "@疑似醉酒，{a}，询问诉求无法表述。", "醉酒来电，{a}。"],
        plain=["@喝醉了，{a}，没事。", "醉酒来电，{a}。", "@喝多了，{a}。"],
        terse=["醉酒", "喝醉 无诉求", "醉酒来电", "酒后胡言"],
        chatty=["@一听就是喝多了，{a}«旁边还有人划拳»", "@喝醉了，{a}，问他有什么事情他说没事就是想打"],
    )
    return _join(t.format(a=a), _count_note(rng, op, h))


FLIRT = [
    "问话务员是不是单身",
    "说话务员声音好听，要加微信",
    "问话务员叫什么名字、几点下班",
    "说想跟话务员交朋友",
    "要话务员的手机号",
    "说想听话务员唱首歌",
    "问话务员长什么样",
    "约话务员下班去吃夜宵",
    "问话务员多大了有没有男朋友",
    "说每天都想听到话务员的声音",
]


def r_flirt(rng, op, raw, h):
    a = rng.choice(FLIRT)
    t = _style(
        rng,
        op,
        formal=[
            "@{a}，言语轻佻，无具体诉求，已告知本热线受理范围后挂机。",
            "@来电{a}，无诉求。",
            "@{a}，经提醒后仍纠缠，已挂机。",
        ],
        plain=["@{a}，无诉求。", "男子{a}，没有事。", "@{a}，挂了。"],
        terse=["言语轻佻 无诉求", "骚扰话务员", "{t}"],
        chatty=["@{a}«无语»", "又是那个男的，{a}，我说请问有什么事需要反映，他说就是想听你说话", "@{a}，我没理他"],
    )
    return _join(t.format(a=a, t=rng.choice(op.tags)), _count_note(rng, op, h))


PRANK_PLAUSIBLE = [
    "{U}有人打架，好几个人拿着棍子",
    "{U}有人晕倒在路边",
    "{V}有个小孩掉进水塘里了",
    "{U}发生车祸，有人受伤",
    "{LM}着火了，冒很大的烟",
    "{V}山上有人在烧山",
    "{U}有个井盖被人偷了",
    "{E}有人要跳楼",
    "{U}有人卖假槟榔",
    "{U}有辆货车把路堵死了",
    "{V}自来水管爆了，水喷得很高",
    "{U}的红绿灯坏了",
]
PRANK_ABSURD = [
    "雅加岭上有老虎下山",
    "番岭水库里有一条五米长的大蛇",
    "{U}有人在街上遛鳄鱼",
    "沐江里有美人鱼",
    "{V}的牛会说话",
    "县一中操场降落了一个飞碟",
    "{LM}门口有人在发钱",
    "其家隔壁住了外星人",
    "{U}的椰子树上有一只熊猫",
]
PRANK_HINT = [
    "«@说完就笑着挂了»",
    "«背景有好几个人在笑»",
    "«追问具体位置时对方挂断»",
    "«回拨被挂断»",
    "«所说地址核实不到»",
    "«声音像是小孩»",
    "«@说话时憋不住笑»",
    "«该号码之前报过类似事情»",
]


def r_prank(rng, op, raw, h):
    d = raw[0].date()
    absurd = raw[5].get("absurd")
    ev = fill(rng, rng.choice(PRANK_ABSURD if absurd else PRANK_PLAUSIBLE), d)
    if op.style == "formal":
        t = rng.choice(["@反映{e}，要求相关部门尽快处理。", "@称{e}，请相关部门核实处理。", "@来电反映：{e}。"])
    elif op.style == "terse":
        t = rng.choice(["{e}", "反映{e}", "{e} 请处理"])
    elif op.style == "chatty":
        t = rng.choice(["@说{e}，要我们赶紧派人去。", "@报称{e}。"])
    else:
        t = rng.choice(["@反映{e}，请处理。", "@说{e}。", "{e}，请尽快处理。"])
    txt = t.format(e=ev)
    p_hint = 0.75 if absurd else 0.4
    if rng.random() < p_hint:
        hint = rng.choice(PRANK_HINT)
        if absurd and rng.random() < 0.5:
            hint = rng.choice(["经询问为恶作剧。", "«明显是开玩笑»", "虚假信息，不予转办。", "«瞎编的»"])
        txt = _join(txt, hint)
    if h and h["week"] >= 1 and op.count_note and rng.random() < 0.4:
        txt = _join(txt, rng.choice(["«该号码此前多次报假警情»", "«同号码又来报事，和上次一样说不清地址»"]))
    return txt


PERSONAS = [
    "中央派来的特派员",
    "玉皇大帝的亲戚",
    "前世是黎族峒主",
    "发明了永动机的人",
    "能预测台风的人",
    "县长的同学",
    "从美国回来的科学家",
    "被外星人带走过的人",
    "海南岛的岛主",
]
STORIES = [
    "说他家的鸡会讲话",
    "说台风是隔壁县故意放过来的",
    "讲他三十年前在海口见过龙",
    "说他的槟榔树每天晚上会自己走路",
    "说有人用卫星监视他的胶林",
    "讲了他梦见沐江发大水的事，说要全县搬家",
    "说他知道明年的彩票号码",
    "说月亮上有沐坡县的地",
    "说电视里的人在跟他说话",
    "说他已经活了三百岁",
]


def r_nonsense(rng, op, raw, h):
    p = rng.choice(PERSONAS)
    s, s2 = rng.sample(STORIES, 2)
    t = _style(
        rng,
        op,
        formal=["@称自己是{p}，{s}，{s2}，内容前后不搭，无具体诉求。", "@讲述内容杂乱无章，{s}，无法提炼诉求。"],
        plain=["@说自己是{p}，{s}，讲了很久，没有事。", "@{s}，{s2}，乱讲一通。"],
        terse=["胡言乱语 无诉求", "内容混乱", "{s}"],
        chatty=[
            "@说他是{p}，{s}，后面又{s2}«讲了快二十分钟，插不上话»",
            "@一直讲，{s}，我问有什么需要帮助，他说你听我讲完",
        ],
    )
    return _join(t.format(p=p, s=s, s2=s2), _count_note(rng, op, h))


ABSURD = [
    "帮他叫外卖",
    "帮他找个老婆",
    "帮他查男朋友的手机",
    "给他充一百块话费",
    "帮忙抢演唱会门票",
    "让台风改道不要经过沐坡",
    "让太阳小一点",
    "把邻居家的狗抓去判刑",
    "帮他孩子写暑假作业",
    "告诉他下一期彩票号码",
    "让县长给他打电话唱生日歌",
    "帮他看看他家槟榔树什么时候结果",
    "晚上把路灯关掉他要看星星",
    "帮他给前女友带句话",
    "派人来帮他家抓一只跑掉的鸡",
    "把他的微信步数改到全国第一",
    "给他开一张县长签名的证明说他是好人",
]


def r_absurd(rng, op, raw, h):
    a = rng.choice(ABSURD)
    t = _style(
        rng,
        op,
        formal=[
            "@要求本热线{a}，不属于受理范围，已解释。",
            "@来电要求{a}，已告知本热线职能。",
            "@称要{a}，无合理诉求。",
        ],
        plain=["@要我们{a}，已解释。", "@说让12345{a}。", "要求{a}，不受理。"],
        terse=["要求{a} 不受理", "无理要求", "{t}"],
        chatty=["@让我们{a}«……»", "@非要我们{a}，解释了半天", "@问能不能{a}，我说这个真帮不了"],
    )
    return _join(t.format(a=a, t=rng.choice(op.tags)), _count_note(rng, op, h))


CHILD = [
    "电话里是小孩的声音，喊了几声“喂喂喂”后嬉笑挂断",
    "儿童拨打，问“你是谁呀”",
    "小朋友说他要报警他妈妈不让他玩手机",
    "疑似儿童玩电话，能听到动画片的声音",
    "小孩在电话里唱歌",
    "几个小孩抢着说话，说“我要找奥特曼”",
    "小孩问“你是机器人吗”",
    "小孩说“我家的猫不见了”，问大人在哪里说在上班",
    "听声音是小孩，一直按键",
    "小孩哭着说找妈妈，问了后称在家里玩手机",
]


def r_child(rng, op, raw, h):
    a = rng.choice(CHILD)
    t = _style(
        rng,
        op,
        formal=["{a}，已提醒家长看管好手机。", "{a}，无诉求。", "{a}，按无效来电处理。"],
        plain=["{a}。", "小孩玩电话，{a}。", "{a}，让他叫大人接电话，没有大人。"],
        terse=["小孩玩电话", "儿童来电", "小孩", "儿童拨打 无诉求"],
        chatty=["{a}«{rm}»", "{a}，我让他把电话给爸爸妈妈，他就挂了"],
    )
    d = raw[0].date()
    rm = "应该是放暑假了" if _vacation(d) else ("周末小孩在家玩手机" if _is_off(d) else "大人不在身边吧")
    return _join(t.format(a=a, rm=rm), _count_note(rng, op, h))


def r_linetest(rng, op, raw, h):
    a = rng.choice(
        [
            "称测试电话能不能打通",
            "说“试一下”后挂断",
            "称新办的卡试试信号",
            "称在测试单位的电话线路",
            "问“通了吗？”就挂了",
            "说刚装的固话试试能不能打出去",
            "称看看12345是不是真的有人接",
        ]
    )
    t = _style(
        rng,
        op,
        formal=["@{a}，无诉求。"],
        plain=["@{a}。", "试电话，{a}。"],
        terse=["测试电话", "试线路", "无诉求"],
        chatty=["@{a}«真是的»"],
    )
    return t.format(a=a)


def r_bet(rng, op, raw, h):
    a = rng.choice(
        [
            "称跟朋友打赌，看12345半夜会不会有人接",
            "背景有人起哄，@说在玩真心话大冒险",
            "几个年轻人打来问话务员是男是女，说打赌输了",
            "@说输了游戏，要让话务员说一句“我爱你”",
            "称打赌看能不能让话务员唱歌",
            "@说朋友让他打来问县长是谁",
            "一群人在旁边笑，@说大冒险要打政府热线",
        ]
    )
    t = _style(
        rng,
        op,
        formal=["{a}，无具体诉求，已按规范挂机。", "{a}，不属于受理范围。"],
        plain=["{a}。", "{a}，没事。"],
        terse=["打赌 无诉求", "玩游戏", "无诉求"],
        chatty=["{a}«年轻人啊»", "{a}，我说请不要占用热线"],
    )
    return _join(t.format(a=a), _count_note(rng, op, h))


ROBO = [
    "您好，您的快递已被退回，详情请按1",
    "尊敬的客户，您的信用卡额度已提升，请按9咨询",
    "无抵押贷款，最快当天放款",
    "海景房首付五万起，现在购房送车位",
    "您好，这里是保险客服，提醒您车辆保险即将到期",
    "您的ETC认证即将失效，请按1重新认证",
    "您的医保卡已被冻结，请按0转人工",
    "恭喜您获得免费体检套餐一份",
    "本店装修大酬宾，全场五折",
    "您好，我们是某某教育，暑期课程优惠报名中",
    "您的手机话费套餐可免费升级",
    "亲，您的包裹地址有误",
]


def r_robo(rng, op, raw, h):
    a = op.q(rng.choice(ROBO))
    t = _style(
        rng,
        op,
        formal=["来电为录音播放：{a}，非人工来电。", "来电为电脑语音推销：{a}，无人工应答。", "来电为自动语音：{a}。"],
        plain=["录音广告：{a}。", "机器人电话，{a}。", "语音推销，{a}。"],
        terse=["广告录音", "语音广告", "录音电话", "推销录音"],
        chatty=["接通是录音，说{a}«这种机器人电话也打到热线来了»", "自动语音，{a}，喊了几声没有人"],
    )
    return t.format(a=a)


def r_fax(rng, op, raw, h):
    t = _style(
        rng,
        op,
        formal=["接通后为传真信号音，无人说话。", "来电为传真机信号，已挂机。", "接通后持续“嘀——”声，疑似传真。"],
        plain=["传真音。", "接通后是传真的声音。", "嘀嘀声，传真机。"],
        terse=["传真", "传真音", "传真信号"],
        chatty=["又是传真的声音«哪个单位的传真机一直拨错»", "接起来就是嘀嘀嘀的声音，像是传真"],
    )
    return _join(t, _count_note(rng, op, h))


def r_music(rng, op, raw, h):
    a = rng.choice(
        [
            "接通后只有音乐声，无人说话",
            "能听到电视的声音，无人应答",
            "背景是收音机里的琼剧，无人说话",
            "一直在放流行歌",
            "只听到有人在唱卡拉OK，无人回应",
            "能听到广播声音，叫了几声没人理",
            "播放佛经音乐，无人说话",
            "听到黎族山歌，无人说话",
        ]
    )
    t = _style(
        rng,
        op,
        formal=["{a}，已按规范挂机。", "{a}。"],
        plain=["{a}。"],
        terse=["只有音乐", "放歌 无人", "音乐声"],
        chatty=["{a}«听了一会儿还是没人»"],
    )
    return _join(t.format(a=a), _count_note(rng, op, h))


def r_tele(rng, op, raw, h):
    p = rng.choice(
        [
            "办公耗材",
            "网站建设推广",
            "企业贷款",
            "保健品",
            "话务耳机",
            "茶叶",
            "沉香手串",
            "槟榔干果",
            "海景房",
            "兼职刷单",
            "办公室绿植租摆",
            "净水器",
            "POS机",
            "会议场地",
        ]
    )
    t = _style(
        rng,
        op,
        formal=["@推销{p}，已告知本热线为政府服务热线，不接受推销。", "@来电推广{p}，非热线受理范围，已挂机。"],
        plain=["推销{p}，已告知这里是政府热线。", "@推销{p}。"],
        terse=["推销{p}", "推销", "推销电话"],
        chatty=["@推销{p}，还问我们单位要不要«推销到政府热线来了»", "@要卖{p}给我们，我说这是12345"],
    )
    return t.format(p=p)


VEX = [
    ("要求退还其1998年交的“三提五统”费用", "三提五统退费"),
    ("要求话务员报全名工号并向他道歉", "要求话务员道歉"),
    ("要求县长亲自接他的电话", "要县长接电话"),
    ("问他家门口的路为什么不修（该路段已于2023年修好）", "门口道路问题"),
    ("要求12345每天给他打电话提醒他吃药", "要求每天提醒吃药"),
    ("投诉邻居家的狗一直看他（已多次答复无违法情形）", "邻居的狗看他"),
    ("要求政府赔偿他种槟榔亏的钱（已多次答复属市场行为）", "槟榔亏钱要赔偿"),
    ("要求查询其前妻现在的住址", "查前妻住址"),
    ("问今天几号、明天停不停电", "问日期和停电"),
    ("要求12345赔偿他打热线的话费", "要求赔话费"),
    ("反复咨询他2019年的交通罚款为什么不能退（已多次解释）", "罚款退费"),
    ("说他手机被政府监听，要求解除", "手机被监听"),
    ("要求把他家的胶林划为国家公园给补偿（不在范围内，已多次答复）", "胶林划入国家公园"),
    ("要求话务员帮他转告县委书记", "转告书记"),
]


def r_vex(rng, op, raw, h):
    m, s = raw[5]["vex"]
    d = raw[0].date()
    r = rng.random()
    if r < 0.15 and rng.random() < op.blank_other * 3 + 0.1:
        return rng.choice(["重复来电", "同前", "重复", ""])
    if r < 0.35:  # written like a normal matter, no hint
        t = _style(
            rng,
            op,
            formal=["@反映：{m}。诉求：尽快处理。", "@来电{m}。"],
            plain=["@{m}。", "{m}，请处理。"],
            terse=["{s}", "{m}"],
            chatty=["@{m}。"],
        )
        return t.format(m=m, s=s)
    t = _style(
        rng,
        op,
        formal=[
            "@再次来电，{m}。该事项已于{dt}办结并多次答复，@无新诉求，属重复来电。",
            "@又来电{m}，已多次解释，@不听解释反复纠缠，占用热线。",
            "@{m}，与此前来电内容相同，已告知已答复。",
        ],
        plain=["@又打来{m}，跟之前一样，解释了。", "又是{s}的事，已多次答复。", "@继续纠缠{s}，无新情况。"],
        terse=["同前 {s}", "重复来电 {s}", "{s} 已答复多次", "又是{s}"],
        chatty=[
            "又是他，{m}«这个人每天都打»",
            "@还是{s}的事，我说已经答复过很多次了，他说那你再答复一次",
            "又是{s}«讲了半个小时，还是那套»",
        ],
    )
    txt = t.format(m=m, s=s, dt=_s_dt(rng, d))
    return _join(txt, _count_note(rng, op, h))


# ----------------------------------------------------------------------------
# Rendering of genuine kinds
# ----------------------------------------------------------------------------
def r_complaint(rng, op, raw, h):
    p = raw[5]
    d = raw[0].date()
    t = p["topic"]
    m, s, dm = _topic_texts(rng, t, d)
    prefix = ""
    if p.get("callback"):
        if rng.random() < 0.5:
            prefix = rng.choice(["@称刚才打进来电话断了，", "@刚才来电中断后重新拨打，", "«刚才断线重拨»", "重拨，"])
    elif p.get("supp"):
        prefix = rng.choice(["@再次来电补充，", "@补充反映：", "«同号刚才来过电，补充情况»", "@又打来说，"])
    if t["k"] == "fraud" and rng.random() < 0.7:
        dm = "已建议@立即拨打110报警"
    return _compose(rng, op, m, s, dm, t["dept"], d, prefix)


def r_surge(rng, op, raw, h):
    p = raw[5]
    d = raw[0].date()
    ev = p["event"]
    m = fill(rng, rng.choice(ev["m"]), d).replace("{P}", ev["place"])
    s = fill(rng, rng.choice(ev["s"]), d).replace("{P}", ev["place"])
    dm = rng.choice(ev["d"])
    if ev.get("cq") and rng.random() < ev.get("pc", 0.0):
        q = fill(rng, rng.choice(ev["cq"]), d).replace("{P}", ev["place"])
        ans = rng.choice(ev.get("ans", ["已告知", "已告知正在抢修", "已告知暂无准确时间，请留意通知", "已记录并告知"]))
        st = op.style
        txt = {
            "formal": "@咨询%s，%s。" % (q, ans),
            "plain": "@问%s，%s。" % (q, ans),
            "terse": "问%s %s" % (q, ans),
            "chatty": "@问%s，%s«今天问这个的很多»" % (q, ans),
        }[st]
        return txt
    txt = _compose(rng, op, m, s, dm, ev["dept"], d)
    if op.style in ("chatty", "plain") and rng.random() < 0.3 and h is not None:
        txt = _join(txt, rng.choice(["«今天这个事打进来很多»", "«同类来电较多»", "同类来电已合并", "«已有多人反映»"]))
    return txt


def r_consult_short(rng, op, raw, h):
    d = raw[0].date()
    q = fill(rng, rng.choice(SHORT_Q), d)
    st = op.style
    if st == "formal":
        t = rng.choice(["@{q}，已告知。", "@{q}，已告知相关信息。", "@{q}，话务员已告知。"])
    elif st == "terse":
        t = (
            rng.choice(["{q} 已告", "{q}", "{q}，已告知", "问电话 已告"])
            if "电话" in q
            else rng.choice(["{q} 已告", "{q}"])
        )
        q = q.replace("咨询", rng.choice(["问", "咨询", ""]))
    elif st == "chatty":
        t = rng.choice(["@{q}，已告知。", "@{q}，查到了告诉他了。", "{q}，已告知«老人家记了好几遍»"])
    else:
        t = rng.choice(["{q}，已告知。", "@{q}，已告。", "{q}，已告知@。"])
    return t.format(q=q)


def r_consult(rng, op, raw, h):
    q, dept = raw[5]["q"]
    st = op.style
    ans = rng.choice(
        [
            "已按知识库解答",
            "已告知相关政策及办理地点",
            "已告知可到县政务服务中心%s窗口咨询办理" % dept.replace("县", ""),
            "话务员无法准确解答，请%s答复@" % dept,
            "已告知，@表示清楚",
            "已解答并告知%s电话" % dept,
            "转%s答复" % dept,
        ]
    )
    extra = ""
    if rng.random() < 0.25 and st != "terse":
        extra = rng.choice(
            ["«@{S}女士»", "«@称其在外地打工»", "«替家里老人咨询»", "«@是胶工»", "«@是{TW}的村民»", "«@{S}先生»"]
        )
    if st == "formal":
        t = rng.choice(["{e}@咨询{q}，{a}。", "{e}@来电咨询{q}。{a}。"])
    elif st == "terse":
        t = rng.choice(["咨询{q} {a}", "问{q}，{a}", "{q}"])
        ans = ans.replace("已按知识库解答", "已答").replace("已告知相关政策及办理地点", "已告")
    elif st == "chatty":
        t = rng.choice(["{e}@问{q}，{a}«讲了挺久才讲明白»", "{e}@问{q}，{a}。"])
    else:
        t = rng.choice(["{e}咨询{q}，{a}。", "@咨询{q}，{a}。"])
    return fill(rng, _join(t.format(e="", q=q, a=ans), extra), raw[0].date())


def r_followup(rng, op, raw, h):
    p = raw[5]
    no, short, dept = p["no"], p["short"], p["dept"]
    k = p.get("k", 1)
    qno = no if rng.random() < 0.6 else (no[2:] if rng.random() < 0.5 else "")
    st = op.style
    if qno:
        ref = rng.choice(["工单{n}", "工单号{n}", "原工单{n}", "单号{n}", "«原单{n}»"]).format(n=qno)
    else:
        ref = rng.choice(["其%s反映的" % rng.choice(["上周", "前几天", "之前", "月初", "上个月"]), "之前"])
    reason = rng.choice(
        [
            "至今未处理",
            "一直没人联系他",
            "承办单位说已处理但实际没有处理",
            "还是老样子",
            "说好三天内处理，现在还没动静",
            "只来看了一下就走了",
            "一直没有回复",
        ]
    )
    unsat = rng.choice(
        [
            "承办单位说已处理但实际没有处理",
            "只来看了一下就走了",
            "回复的内容答非所问",
            "问题根本没有解决",
            "电话回访时说会处理，后来没人管",
        ]
    )
    if st == "formal":
        t = rng.choice(
            [
                "@催办{r}，反映的{s}问题{re}，要求尽快处理。",
                "@来电询问{r}的办理进度，{s}问题{re}。",
                "@对{r}的处理结果不满意，称{u}，要求{d}重新处理。",
            ]
        )
    elif st == "terse":
        t = rng.choice(["催办 {r}", "催{r} {s}", "{r}催办，{re}", "问进度 {r}"])
    elif st == "chatty":
        t = rng.choice(
            ["@来催{r}，{s}的事{re}«@有点不耐烦了»", "@问{r}怎么样了，说{re}", "@第{k}次来催{r}了，{s}还是{re}"]
        )
    else:
        t = rng.choice(["@催{r}，{s}{re}。", "@问{r}的进度，{re}。", "{r}：@说{re}，请尽快。"])
    txt = t.format(r=ref, s=short, re=reason, u=unsat, d=dept, k=_cn(k + 1) if k < 10 else k + 1)
    if k >= 2 and op.count_note and rng.random() < 0.5:
        txt = _join(txt, rng.choice(["«@已多次催办»", "第%s次催办" % _cn(min(k + 1, 10)), "«近几天每天都来电催»"]))
    return txt


URGENT = [
    ("{U}有位老人走失，穿蓝色上衣，说话不清楚", "帮忙寻找", "县公安局"),
    ("其家在{V}，台风雨把房子后面的土坡冲塌了一块，家里有老人", "派人查看转移", "县应急管理局"),
    ("{U}有一根高压线断落在路上，还在冒火花", "马上派人处理", "沐坡供电局"),
    ("{E}电梯困人，里面有老人和小孩，物业电话打不通", "马上派人救援", "县市场监管局"),
    ("其孩子被狗咬伤，县医院说没有狂犬疫苗了", "告知哪里可以打疫苗", "县卫健委"),
    ("{E}闻到很大的煤气味，不知道哪家漏气", "派人处理", "县消防救援大队"),
    ("{V}的路被水淹了，有人被困在对岸回不来", "派人救援", "县应急管理局"),
    ("其父亲在家中暑晕倒，120说车都出去了", "协调救护车", "县卫健委"),
    ("{U}有个小孩被锁在车里，车主找不到", "马上派人", "县公安局"),
    ("{V}停水三天了，家里有刚出生的婴儿", "尽快送水", "县水务公司"),
    ("{U}有人倒在路边不动", "派人查看", "县公安局"),
]


def r_urgent(rng, op, raw, h):
    m, dm, dept = rng.choice(URGENT)
    pre = ""
    if dept in ("县公安局", "县消防救援大队") and rng.random() < 0.5:
        dm = dm + "，已建议@同时拨打%s" % ("110" if dept == "县公安局" else "119")
    if op.style == "chatty" and rng.random() < 0.4:
        pre = "«@非常着急»"
    if op.style == "formal" and rng.random() < 0.4:
        pre = "【紧急】"
    return _compose(rng, op, fill(rng, m), fill(rng, m).split("，")[0], dm, dept, raw[0].date(), pre)


SUGG = [
    ("{U}路口车流量大，建议设置红绿灯", "红绿灯", "县交警大队"),
    ("建议增加{TW}到县城的班车班次", "加班车", "县交通运输局"),
    ("建议在文化广场增加遮阳棚和座椅", "广场遮阳", "县住建局"),
    ("建议县医院开通夜间门诊", "夜间门诊", "县卫健委"),
    ("建议在沐江边设置防溺水警示牌", "防溺水警示", "县应急管理局"),
    ("建议{U}建一个公共厕所", "建公厕", "县综合行政执法局"),
    ("建议县城多设几个电动车充电桩", "充电桩", "县发改委"),
    ("建议把槟榔交易市场搬出县城", "市场搬迁", "县商务局"),
    ("建议政务中心中午不休息", "中午办事", "县政务服务中心"),
    ("建议在{SCH}门口安排交警疏导", "学校门口疏导", "县交警大队"),
]


def r_suggest(rng, op, raw, h):
    m, s, dept = rng.choice(SUGG)
    m = fill(rng, m)
    st = op.style
    t = {
        "formal": ["@建议：{m}。请{d}参考。", "@来电提出建议，{m}。"],
        "plain": ["@{m}。", "建议{s}：{m}。"],
        "terse": ["建议{s}", "{m}"],
        "chatty": ["@提了个建议，{m}，说得挺在理的。", "@{m}。"],
    }[st]
    return rng.choice(t).format(m=m, s=s, d=dept)


PRAISE = [
    ("沐城派出所民警帮其找回了走失的孩子", "派出所民警"),
    ("供电局抢修队台风后连夜抢修，很快就来电了", "供电抢修"),
    ("{U}的环卫工人每天很早就把路扫干净", "环卫工"),
    ("县人民医院{N2}楼的医生很负责", "县医院医生"),
    ("政务服务中心窗口工作人员耐心帮其办好了手续", "政务中心窗口"),
    ("上次反映的路灯问题很快就修好了", "路灯维修"),
    ("{TW}政府干部帮忙解决了其家的用水问题", "镇干部"),
    ("12345话务员上次很耐心", "热线话务员"),
]


def r_praise(rng, op, raw, h):
    m, s = rng.choice(PRAISE)
    m = fill(rng, m)
    t = {
        "formal": ["@来电表扬：{m}，@表示感谢。", "@称{m}，特来电表扬。"],
        "plain": ["@表扬{s}，{m}。", "表扬：{m}。"],
        "terse": ["表扬{s}", "表扬"],
        "chatty": ["@打来表扬，说{m}«听了很开心»", "@说{m}，要我们转达感谢。"],
    }[op.style]
    return rng.choice(t).format(m=m, s=s)


def r_angry(rng, op, raw, h):
    p = raw[5]
    t = p["topic"]
    d = raw[0].date()
    m, s, dm = _topic_texts(rng, t, d)
    q = _insult(rng, op) if rng.random() < 0.8 else None
    q = q or rng.choice(VENT)
    if op.style == "formal":
        pre = rng.choice(
            ["@情绪激动，言语粗俗（称%s），" % op.q(q), "@情绪激动，多次爆粗口，", "@情绪非常激动，称%s，" % op.q(q)]
        )
    elif op.style == "terse":
        pre = rng.choice(["情绪激动 骂人 ", "骂人，", ""])
    elif op.style == "chatty":
        pre = rng.choice(["@很火大，一开口就说%s，平复后讲了事情：" % op.q(q), "@骂了好一阵（%s），" % q, "@气坏了，"])
    else:
        pre = rng.choice(["@情绪激动，骂%s，" % op.q(q), "@很生气，说脏话，", "@骂人，"])
    return _compose(rng, op, m, s, dm, t["dept"], d, pre)


INSULTS_REPORTED = [
    ("在沐城农贸市场买菜时，摊主说其{q}", ["“买不起就滚”", "“穷鬼别摸”", "“你这种人也配吃肉”"], "县市场监管局"),
    ("乘坐{TW}班车时，司机冲其吼{q}", ["“死老太婆快点上”", "“乡下佬别挤”", "“没钱坐什么车”"], "县交通运输局"),
    (
        "到{OFF}办事时，窗口工作人员说其{q}",
        ["“听不懂就回去问你儿子”", "“你这个人是不是有病”", "“不识字就别来”"],
        "县政务服务中心",
    ),
    ("邻居天天在门口喊其{q}", ["“黎仔没文化”", "“扫把星”", "“死寡妇”", "“神经病”"], "沐城派出所"),
    ("在{U}的{SHOP}退货，老板叫其{q}", ["“穷鬼”", "“滚出去”", "“乡巴佬”"], "县市场监管局"),
    ("{E}保安说其{q}，不让其进小区", ["“送外卖的都是贼”", "“你算老几”", "“滚远点”"], "县住建局"),
    ("孩子在{SCH}被老师说{q}", ["“猪脑子”", "“你们这种家庭出来的就是这样”", "“废物”"], "县教育局"),
    ("城管执法时说其{q}", ["“再摆摊就砸了你的车”", "“你们这些人就是刁民”"], "县综合行政执法局"),
]


def r_reported(rng, op, raw, h):
    m, qs, dept = rng.choice(INSULTS_REPORTED)
    q = op.q(rng.choice(qs).strip("“”"))
    m = fill(rng, m.replace("{q}", q))
    if rng.random() < 0.25:
        m = m.replace("说其", "骂其").replace("喊其", "骂其")
    dm = rng.choice(["相关部门调查处理", "对方道歉", "处理该人员", "给个说法", "管一管"])
    return _compose(rng, op, m, m.split("，")[-1][:24], dm, dept, raw[0].date())


ELDER = [
    ("说她的高龄补贴这个月没到账", "高龄补贴", "县民政局"),
    ("问养老金为什么少了二十块", "养老金", "县人社局"),
    ("不会用手机做养老金认证", "养老认证", "县人社局"),
    ("说家里停电了，一个人在家害怕", "停电", "沐坡供电局"),
    ("说儿子很久没回家，房子漏雨没人修", "房屋漏雨", "属地镇政府"),
    ("说村里的路灯坏了晚上不敢出门", "路灯", "属地镇政府"),
    ("说他的医保卡不能用了", "医保卡", "县医保局"),
    ("说邻居把她家的胶树砍了", "胶树被砍", "属地镇政府"),
    ("说家里的水龙头没水", "停水", "县水务公司"),
    ("问低保什么时候发", "低保", "县民政局"),
    ("说药吃完了，卫生院不给开", "开药", "县卫健委"),
]


def r_elder(rng, op, raw, h):
    m, s, dept = raw[5]["em"]
    loc = raw[5]["loc"]
    who = (
        rng.choice(["阿婆", "阿伯", "老人", "阿公", "老奶奶"])
        if op.style != "formal"
        else rng.choice(["@为老人", "@系老年人"])
    )
    d = raw[0].date()
    clear = rng.choice(["说话不太清楚", "讲海南话，", "耳朵不好，要大声说", "反复说", "口齿不清", ""])
    if op.style == "formal":
        t = "{w}，{c}，{m}，住{l}。请{d}核实并联系老人。"
    elif op.style == "terse":
        t = rng.choice(["老人 {s} {l}", "老人反映{s}，{l}", "{w}{m}"])
    elif op.style == "chatty":
        t = rng.choice(
            [
                "{w}打来，{c}{m}，住{l}«问了好几遍才问清楚地址»",
                "{w}{c}{m}，家在{l}，说家里只有她一个人",
                "又是{l}那个{w}，{m}",
            ]
        )
    else:
        t = rng.choice(["{w}来电，{c}{m}，住{l}。", "{w}{m}，地址{l}。"])
    txt = t.format(w=who, c=clear + ("，" if clear and not clear.endswith("，") else ""), m=m, l=loc, d=dept, s=s)
    if op.style in ("chatty", "plain") and rng.random() < 0.25:
        txt = rng.choice(
            [
                "{w}说一个人在家睡不着，聊了一会儿家里的事，后来说{m}，住{l}。",
                "{w}先讲了很多儿女不在身边的事，最后说{m}，住{l}«已记录，请联系老人»",
                "{w}打来聊天，问了几遍才说清楚：{m}，家在{l}。",
            ]
        ).format(w=who, m=m, l=loc)
    txt = txt.replace("，，", "，")
    if raw[0].hour < 6 or raw[0].hour >= 22:
        if rng.random() < 0.5:
            txt = _join(rng.choice(["凌晨来电，", "深夜来电，", "«夜间来电»"]), txt)
    if h and h["week"] >= 1 and op.count_note and rng.random() < 0.5:
        txt = _join(txt, rng.choice(["«老人近几天多次来电，同一问题»", "该老人此前来电反映过", "«又是这位老人»"]))
    return fill(rng, txt, d)


DISTRESS = [
    ("哭诉丈夫喝酒后打她，现在躲在邻居家", "已建议其拨打110并告知妇联电话"),
    ("称心里很难受，不想活了", "话务员安抚并转接心理援助热线，已报值班长"),
    ("称被网上贷款催收天天打电话骚扰，快崩溃了", "已安抚，告知可向公安、金融监管部门反映"),
    ("称孩子离家出走两天了联系不上", "已建议报警，并安抚"),
    ("称在{CITY}打工被骗进传销，偷偷打的电话", "已建议立即拨打110"),
    ("哭着说丈夫在工地出事了，老板不管", "已安抚，转县人社局及应急管理局"),
    ("称家里欠债，胶价太低还不上，压力很大", "已安抚，告知法律援助和心理热线"),
    ("称儿子吸毒在家砸东西，很害怕", "已建议拨打110"),
]


def r_distress(rng, op, raw, h):
    m, dm = rng.choice(DISTRESS)
    m = fill(rng, m)
    st = op.style
    t = {
        "formal": ["@{m}，{a}。", "@情绪低落，{m}，{a}。"],
        "plain": ["@{m}，{a}。"],
        "terse": ["{m} {a}", "{m}"],
        "chatty": ["@一直在哭，{m}«聊了很久，情绪稍稳定»，{a}。", "@{m}，{a}，希望她没事。"],
    }[st]
    return rng.choice(t).format(m=m, a=dm)


DROP_NOTE = [
    "通话中断",
    "来电人刚开口就断线了",
    "接通后断线，回拨无人接听",
    "来电中断，回拨提示关机",
    "接通后信号中断",
    "刚接通就断了",
    "来电断线",
    "接通后几秒挂断",
    "通话中断，回拨无人接",
    "来电接通后挂断，回拨正在通话中",
]


def r_dropped(rng, op, raw, h):
    r = rng.random()
    if r < 0.55:
        if rng.random() < op.blank_silent:
            return ""
        return op.silent_note(rng)
    if op.style == "terse" and rng.random() < 0.3:
        return rng.choice(["断线", "", "中断"])
    n = rng.choice(DROP_NOTE)
    if raw[5].get("callback") and rng.random() < 0.3:
        n = rng.choice(["接通后断线，回拨无人接听", "来电中断"])
    return n


def r_badline(rng, op, raw, h):
    a = rng.choice(
        [
            "来电信号很差，声音断断续续，听不清来电人所述内容，请来电人换个信号好的地方再拨打",
            "来电人讲黎话，听不懂，未能记录诉求",
            "来电人声音很小，只听到“停电”两个字，地址没听清",
            "背景很吵，好像在拖拉机上，听不清",
            "来电人口音很重，多次确认仍听不清地址",
            "来电有杂音，只听到“{TW}”“路”，其他听不清",
            "来电人讲儋州话，听不太懂，好像是说水的问题",
            "信号差，听不清，来电人说等下再打",
            "来电人在山上，信号断断续续",
        ]
    )
    if op.style == "terse":
        a = rng.choice(["听不清", "信号差 听不清", "听不懂方言", a])
    return fill(rng, a)


MISDIAL = [
    ("110", "报警"),
    ("120", "叫救护车"),
    ("119", "报火警"),
    ("95598", "报修停电"),
    ("10086", "查话费"),
    ("快递公司", "查快递"),
    ("银行", "挂失银行卡"),
    ("海胶沐坡分公司", "问胶价"),
    ("出租车公司", "叫车"),
    ("12306", "买火车票"),
    ("燃气公司", "换煤气"),
    ("县医院", "预约挂号"),
]


def r_misdial(rng, op, raw, h):
    w, why = rng.choice(MISDIAL)
    t = {
        "formal": ["@欲拨打{w}{y}，拨错号码，已告知正确号码。", "@要{y}，误拨本热线，已告知拨打{w}。"],
        "plain": ["@要找{w}{y}，打错了，已告知。", "打错电话，要{y}，已告知拨{w}。"],
        "terse": ["打错 找{w}", "误拨 {w}", "打错"],
        "chatty": ["@以为这里是{w}，要{y}，已告诉他号码"],
    }[op.style]
    return rng.choice(t).format(w=w, y=why)


GRIEV = [
    ("其家在{VI}的{N2}亩胶林在{Y}年修路征地时补偿标准过低，补偿款至今未全部发放", "征地补偿", "要求补足补偿款"),
    ("其原为{F}职工，{Y}年下岗后工龄认定有误，养老金偏低", "农场职工工龄认定", "要求重新认定工龄"),
    ("其家与邻村因山林边界纠纷多年，镇政府调解结果其不认可", "山林边界纠纷", "要求县里重新处理"),
    ("其{Y}年在{CITY}务工时受伤致残，老板至今未赔偿", "工伤赔偿", "要求政府帮助追讨赔偿"),
    ("{Y}年县城{ST}改造拆迁，其安置房至今未分配", "拆迁安置房", "要求尽快分配安置房"),
    ("其家低保{Y}年被取消，认为不公平", "低保被取消", "要求恢复低保"),
    ("其为退伍军人，要求落实{Y}年的安置待遇", "退伍安置待遇", "要求落实待遇"),
    ("其宅基地被邻居侵占建房，多年未解决", "宅基地被占", "要求拆除侵占部分"),
    ("其{Y}年向县供销社交的集资款至今未退还", "供销社集资款", "要求退还集资款"),
    ("其儿子{Y}年在看守所死亡，对结论不服", "儿子死亡结论", "要求重新调查"),
    ("其家胶园承包合同被农场单方面终止", "胶园承包合同", "要求恢复承包"),
    ("其{Y}年交的农村合作医疗费没有记录，报销被拒", "合作医疗记录", "要求补录"),
]


def r_petition(rng, op, raw, h):
    g, s, dm = raw[5]["griev"]
    no = raw[5]["no"]
    d = raw[0].date()
    r = rng.random()
    st = op.style
    if st == "formal":
        t = rng.choice(
            [
                "@再次来电反映{g}，{dm}。«@称已多次反映，对答复不满意»",
                "@反映{g}，{dm}。同工单{no}。",
                "@来电继续反映{s}问题（原工单{no}），对处理结果不认可，{dm}。",
            ]
        )
    elif st == "terse":
        t = rng.choice(["老问题 {s}", "{s} 同{no}", "再次反映{s}", "{s}"])
    elif st == "chatty":
        t = rng.choice(
            [
                "@又来电，还是{s}的事，{dm}«@情绪激动，说再不解决就去省里»",
                "老{S}又打来讲{s}，讲了很久«他说他等了好多年了»",
                "@说{g}，{dm}«这个事他反映很多年了»",
            ]
        )
    else:
        t = rng.choice(["@再次反映{s}，{dm}。", "@反映{g}，{dm}。", "{s}的事，@说还没解决，同{no}。"])
    txt = t.format(g=fill(rng, g, d) if "{" in g else g, s=s, dm=dm, no=no, S=raw[5]["sur"])
    if raw[5].get("loud") and rng.random() < 0.3:
        txt = _join(txt, rng.choice(["«@言语粗俗»", "«@骂政府不作为»", "«@情绪激动，骂了人»"]))
    if (raw[0].hour < 6 or raw[0].hour >= 22) and rng.random() < 0.4:
        txt = _join(rng.choice(["深夜来电，", "«凌晨来电»"]), txt)
    cn = _count_note(rng, op, h) if rng.random() < 0.5 else ""
    return _join(txt, cn)


NIGHTW = [
    ("外卖骑手，{E}保安晚上不让电动车进小区送餐", "协调小区放行", "县住建局", "evening"),
    ("货车司机，{ROAD}{TW}路段晚上没有路灯，还有大坑", "维修", "县交通运输局", "night"),
    ("出租车司机，县汽车站晚上有黑车拉客", "查处", "县交通运输局", "night"),
    ("胶工，凌晨在{F}割胶时发现有人偷胶水", "派出所来巡查", "县公安局", "tapper"),
    ("胶工，凌晨去{F}胶林的路上路灯全坏了，还有野狗追人", "修路灯、管野狗", "属地镇政府", "tapper"),
    ("胶工，其在{V}割胶，凌晨胶林附近有人烧东西", "派人查看", "县林业局", "tapper"),
    ("夜班保安，{U}有人半夜偷井盖", "派人处理", "县公安局", "night"),
    ("代驾司机，{U}红绿灯晚上一直黄闪，差点撞车", "维修", "县交警大队", "night"),
    ("夜市摊主，{U}夜市收摊后垃圾没人清运", "清运", "县综合行政执法局", "evening"),
    ("县医院夜班护士，下夜班回{E}路上很黑", "装路灯", "县综合行政执法局", "night"),
    ("大货车司机，{ROAD}超限站晚上乱罚款", "核查", "县交通运输局", "night"),
    ("送菜司机，凌晨四点沐城农贸市场卸货区被占", "协调", "县综合行政执法局", "tapper"),
]


def r_nightw(rng, op, raw, h):
    m, dm, dept, _ = raw[5]["nw"]
    m = fill(rng, m, raw[0].date())
    who, rest = m.split("，", 1)
    if op.style == "formal":
        txt = "@称其为%s，反映%s，诉求：%s。" % (who, rest, dm)
    elif op.style == "terse":
        txt = "%s反映%s" % (who, rest)
    elif op.style == "chatty":
        txt = "@是%s，说%s，希望%s«刚下班打来的»" % (who, rest, dm)
    else:
        txt = "@是%s，反映%s，希望%s。" % (who, rest, dm)
    if rng.random() < 0.5:
        txt = _join(txt, _tail(rng, op, dept))
    return txt


RENDER = {
    "silent": r_silent,
    "abuse_operator": r_abuse,
    "vent_government": r_vent,
    "threat_no_matter": r_threat,
    "lonely_chat": r_lonely,
    "drunk": r_drunk,
    "flirting": r_flirt,
    "prank_report": r_prank,
    "nonsense_story": r_nonsense,
    "absurd_request": r_absurd,
    "child_play": r_child,
    "line_test": r_linetest,
    "bet_dare": r_bet,
    "robocall": r_robo,
    "fax_tone": r_fax,
    "music_radio": r_music,
    "telemarketer": r_tele,
    "vexatious_repeat": r_vex,
    "complaint": r_complaint,
    "surge_report": r_surge,
    "consult_short": r_consult_short,
    "consult": r_consult,
    "followup": r_followup,
    "urgent_help": r_urgent,
    "suggestion": r_suggest,
    "praise": r_praise,
    "angry_with_matter": r_angry,
    "reported_insult": r_reported,
    "elderly_matter": r_elder,
    "distress": r_distress,
    "dropped_call": r_dropped,
    "bad_line": r_badline,
    "misdial": r_misdial,
    "petitioner": r_petition,
    "night_worker": r_nightw,
}

HARASS = [
    ("silent", 0.27),
    ("abuse_operator", 0.10),
    ("vent_government", 0.06),
    ("threat_no_matter", 0.03),
    ("lonely_chat", 0.08),
    ("drunk", 0.05),
    ("flirting", 0.05),
    ("prank_report", 0.05),
    ("nonsense_story", 0.03),
    ("absurd_request", 0.04),
    ("child_play", 0.05),
    ("line_test", 0.02),
    ("bet_dare", 0.02),
    ("robocall", 0.03),
    ("fax_tone", 0.02),
    ("music_radio", 0.02),
    ("telemarketer", 0.02),
    ("vexatious_repeat", 0.06),
]
GENUINE = [
    ("complaint", 0.33),
    ("surge_report", 0.04),
    ("consult_short", 0.12),
    ("consult", 0.12),
    ("followup", 0.10),
    ("urgent_help", 0.025),
    ("suggestion", 0.02),
    ("praise", 0.012),
    ("angry_with_matter", 0.03),
    ("reported_insult", 0.015),
    ("elderly_matter", 0.025),
    ("distress", 0.008),
    ("dropped_call", 0.04),
    ("bad_line", 0.02),
    ("misdial", 0.03),
    ("petitioner", 0.04),
    ("night_worker", 0.025),
]


# ----------------------------------------------------------------------------
# Generation of raw calls (time, phone, duration, payload) per kind
# raw = [t, phone, kind, label, seconds, payload, seq]
# ----------------------------------------------------------------------------
class _Gen:
    def __init__(self, rng, clk):
        self.rng = rng
        self.clk = clk
        self.register = []  # numbers on the register before the period
        self.nuis_pers = []  # persistent, non-withheld nuisance numbers
        self.complaints = []  # complaint raws for follow-ups
        self.seq = 0
        self.topic_cum = None
        self.topic_dcum = {}

    def raw(self, t, phone, kind, label, sec, p=None):
        self.seq += 1
        return [t, phone, kind, label, int(max(0, sec)), p or {}, self.seq]

    # ---- helpers ------------------------------------------------------
    def nphone(self, p_withheld=0.0, p_land=0.12, virtual=0.0):
        r = self.rng.random()
        if r < p_withheld:
            return ""
        if r < p_withheld + virtual:
            return _virtual(self.rng)
        if self.rng.random() < p_land:
            return _landline(self.rng, local=self.rng.random() < 0.9)
        return _mobile(self.rng)

    def persist(self, phone, p_old):
        if not phone:
            return
        self.nuis_pers.append(phone)
        if self.rng.random() < p_old:
            self.register.append(phone)

    def series(
        self,
        kind,
        label,
        phone,
        hp,
        p_day,
        per_day,
        dur,
        spread=None,
        wk=1.0,
        first=None,
        payload=None,
        hour_pref=None,
        extra=None,
        key=None,
    ):
        """Calls on days each active with probability p_day, per_day() calls per active day."""
        rng, clk = self.rng, self.clk
        out = []
        dcum = clk.dcum(wk, extra, key)
        d0 = first if first is not None else clk.day(rng, dcum)
        span = spread if spread is not None else clk.days
        for d in range(d0, min(clk.days, d0 + span)):
            if d != d0 and rng.random() >= p_day:
                continue
            k = per_day()
            if hour_pref is not None:
                base = hour_pref * 3600 + rng.randrange(-5400, 5400)
                secs = sorted(base + int(rng.expovariate(1 / 1200.0)) * (1 if i % 2 else -1) for i in range(k))
                for s in secs:
                    s %= 86400
                    out.append(self.raw(clk.at(d, s), phone, kind, label, dur(), payload))
            else:
                for _ in range(k):
                    t, _d = clk.t(rng, hp, d=d)
                    out.append(self.raw(t, phone, kind, label, dur(), payload))
        return out

    # ---- harassment --------------------------------------------------
    def g_silent(self):
        rng, clk = self.rng, self.clk
        pat = _wpick(rng, ["burst", "nightly", "periodic", "oneoff"], _cum([0.3, 0.3, 0.17, 0.23]))
        wh = {"burst": 0.4, "nightly": 0.3, "periodic": 0.2, "oneoff": 0.4}[pat]
        phone = self.nphone(p_withheld=wh, p_land=0.15)
        mode = rng.random()
        if mode < 0.4:
            med, sg = 5, 0.6  # hangs up at once
        elif mode < 0.85:
            med, sg = 22, 0.45  # waits while the operator repeats the greeting
        else:
            med, sg = 90, 0.9  # leaves the line open
        dur = lambda: _lognorm(rng, med, sg, 2, 600)
        bg = rng.random() < 0.3
        P = {"pat": pat, "bg": bg}
        out = []
        if pat == "burst":
            for _ in range(1 if rng.random() < 0.6 else rng.randint(2, 4)):
                t0, d = clk.t(rng, "silent")
                n = min(60, 3 + int(rng.expovariate(1 / 10.0)))
                gap = rng.uniform(60, 700)
                t = t0
                for _ in range(n):
                    if not clk.clip(t):
                        break
                    out.append(self.raw(t, phone, "silent", "harassment", dur(), P))
                    t = t + dt.timedelta(seconds=int(rng.expovariate(1 / gap)) + 15)
            self.persist(phone, 0.35)
        elif pat == "nightly":
            first = rng.randrange(clk.days)
            span = rng.randint(7, 30)
            hp = rng.choice([23, 0, 1, 2, 3])
            out = self.series(
                "silent",
                "harassment",
                phone,
                "night",
                rng.uniform(0.55, 0.95),
                lambda: 1 + int(rng.expovariate(1 / 1.6)),
                dur,
                spread=span,
                first=first,
                payload=P,
                hour_pref=hp,
            )
            self.persist(phone, 0.65)
        elif pat == "periodic":
            first = rng.randrange(min(clk.days, 6))
            d = first
            hp = rng.randrange(24)
            while d < clk.days:
                for _ in range(rng.randint(1, 3)):
                    s = (hp * 3600 + rng.randrange(-7200, 7200)) % 86400
                    out.append(self.raw(clk.at(d, s), phone, "silent", "harassment", dur(), P))
                d += rng.randint(2, 6)
            self.persist(phone, 0.55)
        else:
            t, _ = clk.t(rng, "silent")
            out.append(self.raw(t, phone, "silent", "harassment", dur(), P))
            if phone and rng.random() < 0.03:
                self.register.append(phone)
        return out

    def _talker(
        self,
        kind,
        hp,
        p_rep,
        dmed,
        dsg,
        dlo,
        dhi,
        wk=1.0,
        p_old=0.5,
        p_day=(0.1, 0.5),
        per=(1, 3),
        p_with=0.08,
        p_land=0.12,
        payload=None,
        extra=None,
        key=None,
    ):
        rng = self.rng
        phone = self.nphone(p_withheld=p_with, p_land=p_land)
        dur = lambda: _lognorm(rng, dmed, dsg, dlo, dhi)
        P = payload or {}
        if rng.random() < p_rep and phone:
            lo, hi = per
            out = self.series(
                kind,
                "harassment",
                phone,
                hp,
                rng.uniform(*p_day),
                lambda: rng.randint(lo, hi),
                dur,
                wk=wk,
                payload=P,
                extra=extra,
                key=key,
            )
            if len(out) >= 3:
                self.persist(phone, p_old)
            return out
        dcum = self.clk.dcum(wk, extra, key)
        t, _ = self.clk.t(rng, hp, dcum)
        out = [self.raw(t, phone, kind, "harassment", dur(), P)]
        if rng.random() < 0.25:
            t2 = t + dt.timedelta(seconds=rng.randint(40, 1800))
            if self.clk.clip(t2):
                out.append(self.raw(t2, phone, kind, "harassment", dur(), P))
        return out

    def g_abuse_operator(self):
        return self._talker("abuse_operator", "abuse", 0.35, 40, 0.8, 4, 400, p_old=0.6, per=(1, 4))

    def g_vent_government(self):
        return self._talker("vent_government", "abuse", 0.3, 110, 0.8, 15, 900, p_old=0.5)

    def g_threat_no_matter(self):
        return self._talker("threat_no_matter", "abuse", 0.2, 35, 0.7, 5, 300, p_old=0.6, p_with=0.2)

    def g_lonely_chat(self):
        return self._talker(
            "lonely_chat",
            "lonely",
            0.65,
            380,
            0.8,
            40,
            2400,
            p_old=0.7,
            p_day=(0.3, 0.85),
            per=(1, 2),
            p_with=0.02,
            p_land=0.35,
        )

    def g_drunk(self):
        ex = lambda d: 1.0 + (1.2 if d.weekday() in (4, 5) else 0.0)
        return self._talker(
            "drunk",
            "drunk",
            0.35,
            90,
            0.9,
            10,
            1200,
            wk=1.0,
            p_old=0.45,
            p_day=(0.1, 0.4),
            per=(1, 3),
            extra=ex,
            key="drunk",
        )

    def g_flirting(self):
        return self._talker("flirting", "flirt", 0.45, 60, 0.8, 8, 600, p_old=0.55, p_day=(0.15, 0.5), per=(1, 4))

    def g_prank_report(self):
        rng = self.rng
        absurd = rng.random() < 0.35
        ex = lambda d: 1.8 if _vacation(d) else 1.0
        return self._talker(
            "prank_report",
            "child",
            0.2,
            70,
            0.6,
            15,
            300,
            wk=1.5,
            p_old=0.3,
            p_day=(0.05, 0.25),
            per=(1, 3),
            p_with=0.1,
            payload={"absurd": absurd},
            extra=ex,
            key="prank",
        )

    def g_nonsense_story(self):
        return self._talker(
            "nonsense_story", "lonely", 0.6, 420, 0.8, 60, 2400, p_old=0.7, p_day=(0.15, 0.5), per=(1, 2), p_land=0.3
        )

    def g_absurd_request(self):
        return self._talker("absurd_request", "flirt", 0.2, 55, 0.7, 10, 400, p_old=0.4)

    def g_child_play(self):
        rng, clk = self.rng, self.clk
        phone = self.nphone(p_withheld=0.02, p_land=0.25)
        dcum = clk.dcum(1.7, lambda d: 2.2 if _vacation(d) else 1.0, "child")
        out = []
        for _ in range(1 if rng.random() < 0.7 else rng.randint(2, 5)):
            t, _ = clk.t(rng, "child", dcum)
            for _ in range(rng.choice([1, 1, 1, 2, 2, 3, 4, 6])):
                if clk.clip(t):
                    out.append(self.raw(t, phone, "child_play", "harassment", _lognorm(rng, 18, 0.8, 2, 240)))
                t += dt.timedelta(seconds=rng.randint(20, 900))
        if len(out) > 4:
            self.persist(phone, 0.25)
        return out

    def g_line_test(self):
        rng = self.rng
        phone = self.nphone(p_withheld=0.05, p_land=0.45)
        t, _ = self.clk.t(rng, "biz", self.clk.dcum(0.5))
        out = [self.raw(t, phone, "line_test", "harassment", _lognorm(rng, 9, 0.6, 2, 60))]
        if rng.random() < 0.3:
            out.append(
                self.raw(
                    t + dt.timedelta(seconds=rng.randint(20, 300)),
                    phone,
                    "line_test",
                    "harassment",
                    _lognorm(rng, 6, 0.5, 2, 40),
                )
            )
        return [r for r in out if self.clk.clip(r[0])]

    def g_bet_dare(self):
        rng = self.rng
        phone = self.nphone(p_withheld=0.1, p_land=0.03)
        t, _ = self.clk.t(rng, "evening", self.clk.dcum(1.8))
        out = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            if self.clk.clip(t):
                out.append(self.raw(t, phone, "bet_dare", "harassment", _lognorm(rng, 30, 0.6, 5, 200)))
            t += dt.timedelta(seconds=rng.randint(30, 600))
        return out

    def g_robocall(self):
        rng, clk = self.rng, self.clk
        # a campaign dials from a few rotating numbers
        phones = [self.nphone(p_withheld=0.25, p_land=0.1, virtual=0.45) for _ in range(rng.randint(1, 4))]
        out = []
        dcum = clk.dcum(0.25)
        d0 = clk.day(rng, dcum)
        for d in range(d0, min(clk.days, d0 + rng.randint(1, 6))):
            for _ in range(rng.randint(1, 4)):
                t, _ = clk.t(rng, "biz", d=d)
                out.append(self.raw(t, rng.choice(phones), "robocall", "harassment", _lognorm(rng, 22, 0.5, 4, 90)))
        return out

    def g_fax_tone(self):
        rng, clk = self.rng, self.clk
        phone = _landline(rng, local=rng.random() < 0.7)
        out = []
        dcum = clk.dcum(0.15)
        for _ in range(1 if rng.random() < 0.6 else rng.randint(2, 5)):
            t, _ = clk.t(rng, "biz", dcum)
            for _ in range(rng.randint(1, 6)):  # the machine redials
                if clk.clip(t):
                    out.append(self.raw(t, phone, "fax_tone", "harassment", _lognorm(rng, 14, 0.5, 3, 60)))
                t += dt.timedelta(seconds=rng.randint(90, 400))
        if len(out) > 5:
            self.persist(phone, 0.4)
        return out

    def g_music_radio(self):
        return self._talker("music_radio", "silent", 0.3, 80, 1.0, 10, 1200, p_old=0.5, p_with=0.3, p_land=0.3)

    def g_telemarketer(self):
        rng = self.rng
        phone = self.nphone(p_withheld=0.03, p_land=0.3, virtual=0.1)
        out = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            t, _ = self.clk.t(rng, "biz", self.clk.dcum(0.2))
            out.append(self.raw(t, phone, "telemarketer", "harassment", _lognorm(rng, 45, 0.6, 8, 240)))
        return out

    def g_vexatious_repeat(self):
        rng, clk = self.rng, self.clk
        phone = self.nphone(p_withheld=0, p_land=0.3)
        vex = rng.choice(VEX)
        hp = rng.choice(["gen", "abuse", "lonely", "office"])
        mean = rng.uniform(2.5, 9)
        out = self.series(
            "vexatious_repeat",
            "harassment",
            phone,
            hp,
            rng.uniform(0.4, 0.85),
            lambda: 1 + int(rng.expovariate(1 / mean)),
            lambda: _lognorm(rng, 70, 1.0, 5, 1500),
            first=rng.randrange(min(4, clk.days)),
            payload={"vex": vex},
        )
        self.persist(phone, 0.85)
        return out

    # ---- genuine ----------------------------------------------------
    def _topic(self):
        rng, clk = self.rng, self.clk
        if self.topic_cum is None:
            tot = [sum(_topic_w(t, d) for d in clk.dates) for t in TOPICS]
            self.topic_cum = _cum([x + 1e-9 for x in tot])
        i = bisect.bisect_right(self.topic_cum, rng.random() * self.topic_cum[-1])
        t = TOPICS[i]
        if i not in self.topic_dcum:
            self.topic_dcum[i] = _cum([max(1e-9, _topic_w(t, d) * (t["wk"] if _is_off(d) else 1.0)) for d in clk.dates])
        d = clk.day(rng, self.topic_dcum[i])
        return t, d

    def one_complaint(self, t=None, phone=None, callback=False):
        rng, clk = self.rng, self.clk
        topic, d = self._topic()
        if phone is None:
            phone = rng.choice(self.nuis_pers) if (self.nuis_pers and rng.random() < 0.005) else _gphone(rng)
        if t is None:
            t, _ = clk.t(rng, topic["hp"], d=d)
        no = _order_no(rng, t.date())
        P = {"topic": topic, "no": no, "callback": callback}
        r = self.raw(t, phone, "complaint", "genuine", _lognorm(rng, 190, 0.55, 40, 1500), P)
        return r

    def g_complaint(self):
        rng = self.rng
        r = self.one_complaint()
        out = [r]
        self.complaints.append(r)
        if rng.random() < 0.06 and r[1]:
            t2 = r[0] + dt.timedelta(seconds=rng.randint(300, 6 * 3600))
            if self.clk.clip(t2):
                P = dict(r[5])
                P["supp"] = True
                out.append(self.raw(t2, r[1], "complaint", "genuine", _lognorm(rng, 120, 0.5, 30, 800), P))
        return out

    def one_consult(self, t=None, phone=None, short=None):
        rng, clk = self.rng, self.clk
        if short is None:
            short = rng.random() < 0.5
        if phone is None:
            phone = _gphone(rng)
        if t is None:
            t, _ = clk.t(rng, "office", clk.dcum(0.55))
        if short:
            return self.raw(t, phone, "consult_short", "genuine", _lognorm(rng, 45, 0.45, 12, 240))
        ex = lambda d: 1.0
        return self.raw(t, phone, "consult", "genuine", _lognorm(rng, 150, 0.55, 30, 1200), {"q": rng.choice(CONSULTS)})

    def g_consult_short(self):
        return [self.one_consult(short=True)]

    def g_consult(self):
        return [self.one_consult(short=False)]

    def g_followup(self):
        rng, clk = self.rng, self.clk
        base = None
        if self.complaints and rng.random() < 0.55:
            base = rng.choice(self.complaints)
        if base is not None and base[1] and (clk.end - base[0]).days >= 2:
            phone = base[1]
            dd = (base[0].date() - clk.dates[0]).days + rng.randint(1, 9)
            if dd >= clk.days:
                dd = clk.days - 1
            t0, _ = clk.t(rng, "gen", d=dd)
            no = base[5]["no"]
            tp = base[5]["topic"]
            short, dept = fill(rng, rng.choice(tp["s"])), tp["dept"]
        else:
            phone = _gphone(rng) or _mobile(rng)
            t0, _ = clk.t(rng, "gen", clk.dcum(0.7))
            no = _order_no(rng, t0.date() - dt.timedelta(days=rng.randint(3, 60)))
            tp = rng.choice(TOPICS)
            short, dept = fill(rng, rng.choice(tp["s"])), tp["dept"]
        out = []
        n = 1 if rng.random() < 0.55 else rng.randint(2, 6)
        t = t0
        for k in range(n):
            if not clk.clip(t):
                break
            if rng.random() < 0.06:  # some remind at night
                t = t.replace(hour=rng.choice([22, 23, 0, 1, 5, 6]), minute=rng.randrange(60))
                if not clk.clip(t):
                    break
            out.append(
                self.raw(
                    t,
                    phone,
                    "followup",
                    "genuine",
                    _lognorm(rng, 110, 0.55, 20, 900),
                    {"no": no, "short": short, "dept": dept, "k": k},
                )
            )
            step = rng.choice([0, 1, 1, 1, 2, 2, 3, 5])
            if step == 0:
                t = t + dt.timedelta(seconds=rng.randint(1800, 14000))
            else:
                dd = (t.date() - clk.dates[0]).days + step
                if dd >= clk.days:
                    break
                t, _ = clk.t(rng, "gen", d=dd)
        out.sort(key=lambda r: r[0])
        return out

    def _single(self, kind, hp, med, sg, lo, hi, wk=1.0, P=None, phone=None):
        rng = self.rng
        t, _ = self.clk.t(rng, hp, self.clk.dcum(wk))
        return [
            self.raw(
                t, phone if phone is not None else _gphone(rng), kind, "genuine", _lognorm(rng, med, sg, lo, hi), P
            )
        ]

    def g_urgent_help(self):
        return self._single("urgent_help", "urgent", 150, 0.5, 40, 900)

    def g_suggestion(self):
        return self._single("suggestion", "office", 170, 0.5, 40, 900, 0.6)

    def g_praise(self):
        return self._single("praise", "office", 120, 0.5, 30, 600, 0.6)

    def g_angry_with_matter(self):
        rng = self.rng
        topic, d = self._topic()
        t, _ = self.clk.t(rng, "abuse" if rng.random() < 0.4 else "gen", d=d)
        out = [
            self.raw(
                t, _gphone(rng), "angry_with_matter", "genuine", _lognorm(rng, 300, 0.6, 40, 1800), {"topic": topic}
            )
        ]
        if rng.random() < 0.2:
            t2 = t + dt.timedelta(seconds=rng.randint(120, 4000))
            if self.clk.clip(t2):
                out.append(
                    self.raw(
                        t2,
                        out[0][1],
                        "angry_with_matter",
                        "genuine",
                        _lognorm(rng, 150, 0.6, 20, 900),
                        {"topic": topic},
                    )
                )
        return out

    def g_reported_insult(self):
        return self._single("reported_insult", "gen", 240, 0.5, 60, 1200)

    def g_elderly_matter(self):
        rng = self.rng
        phone = _landline(rng) if rng.random() < 0.45 else _mobile(rng)
        P = {"em": rng.choice(ELDER), "loc": _s_v(rng) if rng.random() < 0.6 else _s_u(rng)}
        dur = lambda: _lognorm(rng, 240, 0.7, 30, 1800)
        hp = "elder" if rng.random() < 0.85 else "night"
        if rng.random() < 0.35:
            return self.series(
                "elderly_matter",
                "genuine",
                phone,
                hp,
                rng.uniform(0.2, 0.6),
                lambda: rng.choice([1, 1, 1, 2]),
                dur,
                spread=rng.randint(3, 14),
                payload=P,
            )
        t, _ = self.clk.t(rng, hp)
        return [self.raw(t, phone, "elderly_matter", "genuine", dur(), P)]

    def g_distress(self):
        return self._single("distress", "lonely", 420, 0.6, 60, 2400)

    def g_dropped_call(self):
        rng, clk = self.rng, self.clk
        phone = _gphone(rng)
        if phone == "":
            phone = _mobile(rng)
        t, _ = clk.t(rng, "gen")
        cb = rng.random() < 0.55
        out = [self.raw(t, phone, "dropped_call", "genuine", _lognorm(rng, 5, 0.6, 1, 25), {"callback": cb})]
        if cb:
            t2 = t + dt.timedelta(seconds=rng.randint(30, 900))
            if clk.clip(t2):
                if rng.random() < 0.6:
                    r = self.one_complaint(t=t2, phone=phone, callback=True)
                else:
                    r = self.one_consult(t=t2, phone=phone)
                out.append(r)
        return out

    def g_bad_line(self):
        rng = self.rng
        out = self._single("bad_line", "gen", 40, 0.5, 8, 200, phone=_mobile(rng))
        if rng.random() < 0.3:
            t2 = out[0][0] + dt.timedelta(seconds=rng.randint(60, 1200))
            if self.clk.clip(t2):
                out.append(self.raw(t2, out[0][1], "bad_line", "genuine", _lognorm(rng, 40, 0.5, 8, 200)))
        return out

    def g_misdial(self):
        return self._single("misdial", "urgent", 22, 0.5, 5, 120)

    def g_petitioner(self):
        rng, clk = self.rng, self.clk
        phone = _mobile(rng) if rng.random() < 0.75 else _landline(rng)
        g = rng.choice(GRIEV)
        g = (fill(rng, g[0]), g[1], g[2])
        P = {
            "griev": g,
            "no": _order_no(rng, clk.dates[0] - dt.timedelta(days=rng.randint(30, 900))),
            "sur": rng.choice(SURNAMES),
            "loud": rng.random() < 0.3,
        }
        if rng.random() < 1 / 3:
            self.register.append(phone)
        out = []
        d = rng.randrange(min(4, clk.days))
        heavy = rng.random() < 0.3
        hp = "office" if rng.random() < 0.6 else "gen"
        while d < clk.days:
            k = rng.choice([1, 1, 2, 3, 4]) if heavy else rng.choice([1, 1, 1, 1, 2])
            for _ in range(k):
                hh = "night" if rng.random() < 0.06 else hp
                t, _ = clk.t(rng, hh, d=d)
                out.append(self.raw(t, phone, "petitioner", "genuine", _lognorm(rng, 260, 0.6, 30, 2400), P))
            d += rng.randint(1, 4)
        return out

    def g_night_worker(self):
        rng = self.rng
        nw = rng.choice(NIGHTW)
        hp = {"evening": "evening", "night": "night", "tapper": "tapper"}[nw[3]]
        return self._single("night_worker", hp, 160, 0.5, 40, 900, P={"nw": nw}, phone=_mobile(rng))

    # ---- surges ------------------------------------------------------
    def surges(self, budget):
        rng, clk = self.rng, self.clk
        events = []
        m0 = clk.dates[0].month
        n_typh = 0
        for k in range(max(1, clk.days // 30)):
            mon = clk.dates[min(clk.days - 1, k * 30 + 15)].month
            if mon in (6, 7, 8, 9, 10, 11) and rng.random() < 0.75:
                n_typh += 1
        specs = []
        for _ in range(n_typh):
            specs.append(("typhoon", rng.uniform(4, 7)))
        for _ in range(max(1, clk.days // 8)):
            specs.append(("outage", rng.uniform(0.6, 1.4)))
        for _ in range(max(1, clk.days // 15)):
            specs.append(("water", rng.uniform(0.6, 1.2)))
        extras = ["school", "estate", "fire", "road", "dengue"]
        for _ in range(max(1, clk.days // 12)):
            specs.append((rng.choice(extras), rng.uniform(0.5, 1.2)))
        tot = sum(w for _, w in specs)
        out = []
        for name, w in specs:
            n = int(round(budget * w / tot))
            out += self._event(name, n)
        return out

    def _event(self, name, n):
        rng, clk = self.rng, self.clk
        if n <= 0:
            return []
        d0 = rng.randrange(clk.days)
        place = ""
        if name == "typhoon":
            ev = {
                "dept": "县三防办",
                "m": [
                    "台风过后{V}停电到现在",
                    "台风把{U}的大树吹倒了，挡住了路",
                    "{V}的房屋屋顶铁皮被台风掀掉了，需要救助",
                    "{E}地下车库进水了",
                    "{V}的胶林被台风吹倒一大片",
                    "{V}的槟榔树被台风吹断很多，损失很大",
                    "{V}停水了，台风后一直没来水",
                    "{U}积水很深，车开不过去",
                    "{V}山体滑坡把路堵了",
                    "{U}的广告牌被吹得快掉下来",
                ],
                "s": [
                    "台风后停电",
                    "倒树堵路",
                    "房屋受损",
                    "车库进水",
                    "胶林倒伏理赔",
                    "槟榔受灾",
                    "台风后停水",
                    "道路积水",
                    "滑坡堵路",
                    "广告牌松动",
                ],
                "d": ["尽快处理", "派人来看", "给予救助", "尽快抢修", "核实灾情"],
            }
            ev_c = {
                "dept": "县三防办",
                "pc": 1.0,
                "m": ["台风"],
                "d": ["已告知"],
                "s": ["台风"],
                "cq": [
                    "明天是否停课",
                    "{TW}到县城的班车是否停运",
                    "台风什么时候登陆",
                    "胶工明天能不能上山割胶",
                    "台风期间哪里有避险点",
                    "政务中心明天是否上班",
                    "台风期间工地要不要停工",
                    "家里是瓦房要不要转移",
                ],
                "ans": ["已告知以县三防办发布的通知为准", "已告知关注官方发布", "已告知", "已告知按县政府停课通知执行"],
            }
            out = []
            n_prep = int(n * 0.25)
            for i in range(n):
                if i < n_prep:
                    dd = d0 - 1 if d0 > 0 else d0
                    e = ev_c
                    hp = "gen"
                else:
                    dd = min(clk.days - 1, d0 + min(4, int(rng.expovariate(1 / 1.1))))
                    e = ev
                    hp = "urgent"
                e = dict(e)
                e["place"] = ""
                t, _ = clk.t(rng, hp, d=dd)
                out.append(
                    self.raw(t, _gphone(rng), "surge_report", "genuine", _lognorm(rng, 150, 0.5, 20, 900), {"event": e})
                )
            return out
        if name == "outage":
            place = rng.choice([_s_town(rng), _s_e(rng), _s_vi(rng), "县城" + _s_st(rng) + "一带"])
            ev = {
                "dept": "沐坡供电局",
                "pc": rng.uniform(0.2, 0.6),
                "m": [
                    "{P}停电了，到现在还没来电",
                    "{P}突然停电，没有通知",
                    "{P}停电好几个小时了，家里有老人热得受不了",
                    "{P}停电，冰箱里的东西都要坏了",
                ],
                "s": ["{P}停电", "{P}突然停电", "{P}停电无通知"],
                "d": ["尽快恢复供电", "告知来电时间", "尽快抢修"],
                "cq": ["{P}停电什么时候来电", "{P}停电原因", "{P}是不是计划停电"],
            }
            dur_h = rng.uniform(1.5, 8)
        elif name == "water":
            place = rng.choice([_s_e(rng), "沐城镇" + _s_st(rng) + "一带", _s_town(rng) + "圩镇"])
            ev = {
                "dept": "县水务公司",
                "pc": rng.uniform(0.2, 0.5),
                "m": ["{P}停水了，没有提前通知", "{P}停水一天了还没来水", "{P}来水以后水是黄的"],
                "s": ["{P}停水", "{P}停水无通知", "{P}来水发黄"],
                "d": ["尽快恢复供水", "送水", "告知来水时间"],
                "cq": ["{P}什么时候来水", "{P}停水原因"],
            }
            dur_h = rng.uniform(5, 30)
        elif name == "school":
            place = rng.choice(["启航", "优学", "博雅", "学霸", "状元"]) + rng.choice(["教育", "培训中心", "托管班"])
            ev = {
                "dept": "县教育局",
                "consult": False,
                "m": [
                    "{U}的{P}突然关门，已经交了{MON}元学费，要求退费",
                    "孩子在{P}报了暑期班，现在老板联系不上",
                    "{P}卷款跑路了，很多家长都被骗了",
                ],
                "s": ["{P}跑路退费", "{P}关门"],
                "d": ["帮忙追回学费", "立案调查", "尽快处理"],
            }
            dur_h = rng.uniform(48, 120)
        elif name == "estate":
            place = rng.choice(ESTATES)
            ev = {
                "dept": "县住建局",
                "consult": False,
                "m": [
                    "{P}业主，开发商说好的交房时间又推迟了",
                    "{P}工地停工好几个月，业主的房贷还在还",
                    "{P}交房后质量问题很多，墙体开裂",
                ],
                "s": ["{P}延期交房", "{P}停工", "{P}质量问题"],
                "d": ["督促开发商按期交房", "给业主一个说法", "住建局介入"],
            }
            dur_h = rng.uniform(48, 144)
        elif name == "fire":
            place = _s_vi(rng)
            ev = {
                "dept": "县林业局",
                "consult": False,
                "m": ["{P}后山起火了，烟很大", "看到{P}方向山上在烧，火很大", "{P}的胶林着火了"],
                "s": ["{P}山火", "{P}胶林起火"],
                "d": ["赶紧派人救火", "已拨打119，再来报一下", "马上处理"],
            }
            dur_h = rng.uniform(1, 4)
        elif name == "road":
            place = "沐城镇" + _s_st(rng)
            ev = {
                "dept": "县交通运输局",
                "pc": 0.3,
                "m": ["{P}施工封路，没有提前公告，绕路很远", "{P}封路后班车改道也没通知", "{P}修路开挖后一直没人施工"],
                "s": ["{P}封路", "{P}封路无公告", "{P}施工停滞"],
                "d": ["提前公告", "加快施工", "设置绕行指示"],
                "cq": ["{P}施工什么时候结束", "{P}封路后怎么绕行"],
            }
            dur_h = rng.uniform(24, 96)
        else:
            place = _s_vi(rng)
            ev = {
                "dept": "县疾控中心",
                "pc": 0.4,
                "m": ["{P}有几个人得了登革热，村里蚊子很多", "{P}发现登革热病例，担心传染"],
                "s": ["{P}登革热消杀", "{P}登革热"],
                "d": ["尽快消杀", "派人来看"],
                "cq": ["登革热怎么预防", "{P}附近有人得登革热要不要去检查", "哪里可以查登革热"],
            }
            dur_h = rng.uniform(48, 120)
        ev["place"] = place
        hp = "gen"
        t0, _ = clk.t(rng, "gen", d=d0)
        out = []
        for _ in range(n):
            off = rng.expovariate(3.0 / dur_h) * 3600  # decaying burst
            t = t0 + dt.timedelta(seconds=int(off))
            if dur_h > 20:
                # multi-day issue: follow the normal daily rhythm
                dd = min(clk.days - 1, d0 + int(rng.expovariate(1 / (dur_h / 48))))
                t, _ = clk.t(rng, "gen", d=dd)
            if not clk.clip(t):
                t, _ = clk.t(rng, "gen", d=d0)
            out.append(
                self.raw(t, _gphone(rng), "surge_report", "genuine", _lognorm(rng, 120, 0.5, 20, 900), {"event": ev})
            )
        return out


def _alloc(total, spec):
    raw = [(k, total * s) for k, s in spec]
    tot_share = sum(s for _, s in spec)
    raw = [(k, v / tot_share) for k, v in raw]
    base = {k: int(v) for k, v in raw}
    rem = total - sum(base.values())
    order = sorted(raw, key=lambda kv: -(kv[1] - int(kv[1])))
    for k, _ in order[:rem]:
        base[k] += 1
    return base


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    rng = random.Random(seed)
    rr = random.Random(seed * 7919 + 17)
    clk = _Clock(start, days)
    n_h = int(round(n_target * harassment_share))
    n_g = n_target - n_h
    bh = _alloc(n_h, HARASS)
    bg = _alloc(n_g, GENUINE)
    G = _Gen(rng, clk)
    raws = []

    def fill_kind(kind, budget, counted_as=None):
        got = []
        fn = getattr(G, "g_" + kind)
        guard = 0
        while len(got) < budget and guard < budget * 20 + 100:
            guard += 1
            ep = [r for r in fn() if clk.clip(r[0])]
            ep.sort(key=lambda r: (r[0], r[6]))
            room = budget - len(got)
            if len(ep) > room:
                ep = ep[:room]
            got += ep
        return got

    for kind, _ in HARASS:
        raws += fill_kind(kind, bh[kind])
    # genuine: surges, then dropped calls (their call-backs count against complaint/consult)
    sr = [r for r in G.surges(bg["surge_report"]) if clk.clip(r[0])]
    while len(sr) < bg["surge_report"]:
        sr += [
            r for r in G._event(rng.choice(["outage", "water", "road"]), bg["surge_report"] - len(sr)) if clk.clip(r[0])
        ]
    raws += sr[: bg["surge_report"]]
    dropped, extra_cnt, n_drop = [], {}, 0
    while n_drop < bg["dropped_call"]:
        for r in G.g_dropped_call():
            if clk.clip(r[0]):
                dropped.append(r)
                if r[2] != "dropped_call":
                    extra_cnt[r[2]] = extra_cnt.get(r[2], 0) + 1
                else:
                    n_drop += 1
    raws += dropped
    for r in dropped:
        if r[2] == "complaint":
            G.complaints.append(r)
    for kind, _ in GENUINE:
        if kind in ("surge_report", "dropped_call"):
            continue
        b = max(0, bg[kind] - extra_cnt.get(kind, 0))
        raws += fill_kind(kind, b)

    # register: persistent nuisance (added during generation), petitioners, stale numbers
    reg, seen = [], {}
    for p in G.register:
        if p and p not in seen:
            seen[p] = 1
            reg.append(p)
    n_stale = max(10, int(len(reg) * 0.6))
    for _ in range(n_stale):
        p = _mobile(rng) if rng.random() < 0.8 else _landline(rng)
        if p not in seen:
            seen[p] = 1
            reg.append(p)

    raws.sort(key=lambda r: (r[0], r[6]))
    roster = _Roster(start)
    hist = {}
    rows = []
    for r in raws:
        t, phone, kind = r[0], r[1], r[2]
        h = None
        if phone:
            lst = hist.get(phone)
            if lst is None:
                lst = hist[phone] = []
            today = 0
            week = 0
            for x in reversed(lst):
                gap = (t - x).total_seconds()
                if gap > 7 * 86400:
                    break
                week += 1
                if x.date() == t.date():
                    today += 1
            h = {"today": today, "week": week, "total": len(lst)}
            lst.append(t)
        op = roster.pick(rr, t)
        text = RENDER[kind](rr, op, r, h)
        text = op.finish(rr, text)
        rows.append(
            {
                "received_at": t,
                "caller_phone": phone,
                "content": text,
                "call_seconds": int(r[4]),
                "label": r[3],
                "kind": kind,
            }
        )
    return rows, set(reg)


if __name__ == "__main__":
    import collections
    import sys
    import time

    t0 = time.time()
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    rows, reg = calls(n, seed=2)
    print(len(rows), "rows", "%.1fs" % (time.time() - t0), "register", len(reg))
    c = collections.Counter(r["label"] for r in rows)
    print(c)
    k = collections.Counter((r["label"], r["kind"]) for r in rows)
    for (lab, kind), v in sorted(k.items()):
        print("%-10s %-18s %6d" % (lab, kind, v))
