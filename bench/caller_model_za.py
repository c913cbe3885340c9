"""Synthetic, labelled work orders of a county 12345 government service hotline.

Setting
-------
望潮县 is a fictional county on the north shore of the 胶东半岛 (landline area
code 0535; county exchanges 046x/047x/048x, i.e. numbers 05354xxxxxxx).  Three
urban sub-districts (潮阳街道 = county seat, 东岚街道, 凤栖街道) and nine towns:
石岚镇, 大柳家镇, 榆疃镇 (inland orchards, wheat, 粉丝 works), 鹤山镇, 清泉镇,
官庄镇 (hills: apples, cherries, a gold mine, quarries), 北泊镇, 沙埠镇, 龙湾镇
(coast: fishing ports, 海参 / 扇贝 farming, bathing beaches).  Village names are
built from local surnames (姜 于 曲 隋 丛 鞠 栾 衣 ...) and Jiaodong place words
(疃 夼 泊 埠 格庄 岚 ...).  Local matters: the cherry season and the
大柳家樱桃交易市场, wheat harvest and straw burning, the summer fishing
moratorium (伏季休渔), beaches, sea-cucumber farms, quarry / mine blasting,
night barbecue stalls, 高考/中考, heat and power cuts, summer storms; heating and
ice in winter (topic weights follow the calendar month of each call).  Callers
and call-takers use dialect words (俺, 恁, 么, 夜来, 血/杠 = very, 拉呱, 彪子,
潮巴, 熊 ...).  The generated period gets a few surges: a mains burst
(停水), a heat-wave power cut, a storm night, a cherry-price dispute and, when
the period covers 7-8 June, 高考 noise complaints.  Some night noise
complainants ring again the same night; a few complainants call twice.

Call-takers: 16 operators on day (08-16), evening (16-24) and night (00-08)
shifts with a weekly rota.  Each has a writing habit (formal 来电人反映…诉求…,
plain, terse with abbreviations and blanks, chatty with own remarks), a typo
rate (pinyin-IME homophones, doubled / dropped characters), punctuation
(full-width, half-width, mixed, spaces), bracket and quote marks, favourite
closing notes and favourite wordings for calls where nobody speaks.  Only the
typed text, the time, the duration and the number reveal what a call was.

Interface
---------
calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1),
      harassment_share=0.05, seed=1) -> (rows, restricted)

rows: list of dicts sorted by received_at, len(rows) == n_target, keys
  received_at  naive datetime in [start, start + days)
  caller_phone 11-digit mobile, landline with area code (digits only), or ""
  content      text the operator typed (Chinese; may be "")
  call_seconds int >= 1
  label        "harassment" | "genuine"
  kind         short English call type (below)
restricted: set of numbers on the office's restricted-number register before
  the period: about half of the persistent, visible-number nuisance callers
  (and a few one-off ones), about a third of the genuine persistent petitioners,
  and stale numbers (about a third of the register) that never call.

Deterministic for a seed (only random.Random objects, no hash-ordered choices).

Kinds and shares
----------------
harassment (harassment_share of all rows; shares below are of harassment):
  silent            30.0%  nobody speaks; 2 s to minutes; one-offs, bursts over
                           hours, nightly runs for weeks, every few days;
                           often withheld; notes blank or varied
  abuse_operator     9.0%  insults the call-taker, no matter (swearing,
                           contempt, sarcasm, dialect insults, old curses)
  vent_government    4.5%  contempt / rant at government, no concrete matter
  threat_no_matter   2.0%  threats with no real matter
  lonely_chat        7.0%  sleepless / lonely night chatting, no matter
  drunk              5.0%  drunk callers
  flirting           4.0%  flirting, personal questions to the call-taker
  prank_report       5.5%  made-up reports told like real ones (half carry no
                           visible hint at all)
  nonsense_story     3.0%  long incoherent stories
  absurd_request     3.5%  requests no government could meet
  child_play         5.0%  children playing with the phone
  line_test          2.5%  "just testing whether it connects"
  dare_bet           1.5%  bets / dares, friends egging on
  robocall           3.5%  recorded adverts / robot voices (some polite,
                           survey-like)
  fax_tone           2.0%  fax machines, often auto-redialling
  music_radio        1.5%  only music / radio / TV / opera on the line
  telemarketer       2.5%  salespeople selling to the hotline office
  vexatious_repeat   8.0%  a few callers, many calls a day for days, about a
                           long-answered matter or about nothing
genuine (the rest; shares below are of genuine):
  complaint         38.6%  complaints / reports, seasonal topics + surges
  consultation      26.0%  questions; many one line (a phone number, office
                           hours, a policy)
  followup           8.5%  reminders / progress checks on an earlier order,
                           often with its number, repeated over days, some at
                           night
  urgent_help        2.0%  urgent help, forwarded to 110/119/120/utilities
  suggestion         1.5%
  praise             1.0%
  angry_with_matter  2.5%  angry callers who swear or insult but have a matter
  reported_insult    1.2%  caller reports an insult someone said to them
  elderly_matter     2.2%  elderly, confused or lonely callers with a matter;
                           some repeat, some at night
  distress           0.6%  callers in distress
  dropped_call       5.0%  line drops before anything is said (typed like
                           silent calls)
  bad_line           2.0%  call-taker could not understand (signal, accent)
  misdial            3.0%  wanted 110/120/95598/10086/a company/a person
  callback           1.5%  same number minutes after a dropped / bad call,
                           with the real matter
  petitioner         3.0%  persistent petitioners with old grievances, every
                           1-4 days, some several times a day
  night_worker       1.4%  taxi / ride-hailing / delivery / lorry drivers,
                           night-shift workers with real matters at night
"""

import datetime as dt
import math
import random
import re

__all__ = ["calls", "HARASSMENT_SHARES", "GENUINE_SHARES"]

AREA_CODE = "0535"
COUNTY = "望潮县"

HARASSMENT_SHARES = [
    ("silent", 0.300),
    ("abuse_operator", 0.090),
    ("vent_government", 0.045),
    ("threat_no_matter", 0.020),
    ("lonely_chat", 0.070),
    ("drunk", 0.050),
    ("flirting", 0.040),
    ("prank_report", 0.055),
    ("nonsense_story", 0.030),
    ("absurd_request", 0.035),
    ("child_play", 0.050),
    ("line_test", 0.025),
    ("dare_bet", 0.015),
    ("robocall", 0.035),
    ("fax_tone", 0.020),
    ("music_radio", 0.015),
    ("telemarketer", 0.025),
    ("vexatious_repeat", 0.080),
]
GENUINE_SHARES = [
    ("complaint", 0.386),
    ("consultation", 0.260),
    ("followup", 0.085),
    ("urgent_help", 0.020),
    ("suggestion", 0.015),
    ("praise", 0.010),
    ("angry_with_matter", 0.025),
    ("reported_insult", 0.012),
    ("elderly_matter", 0.022),
    ("distress", 0.006),
    ("dropped_call", 0.050),
    ("bad_line", 0.020),
    ("misdial", 0.030),
    ("callback", 0.015),
    ("petitioner", 0.030),
    ("night_worker", 0.014),
]

# ---------------------------------------------------------------------------
# The county (fixed, independent of the seed)
# ---------------------------------------------------------------------------

_SURNAMES = list("王李张刘姜于曲孙林迟宫衣隋丛鞠初栾战滕邹牟杨赵陈徐高郭宋马周慕柳修臧矫")
_TOWNS = [  # name, type, weight for rural locations
    ("潮阳街道", "urban", 0),
    ("东岚街道", "urban", 0),
    ("凤栖街道", "urban", 0),
    ("石岚镇", "inland", 1.3),
    ("大柳家镇", "inland", 1.2),
    ("榆疃镇", "inland", 1.0),
    ("鹤山镇", "hill", 1.0),
    ("清泉镇", "hill", 0.9),
    ("官庄镇", "hill", 0.8),
    ("北泊镇", "coast", 1.0),
    ("沙埠镇", "coast", 1.1),
    ("龙湾镇", "coast", 1.0),
]
_RURAL_TOWNS = [t for t in _TOWNS if t[1] != "urban"]
_COAST_TOWNS = [t[0] for t in _TOWNS if t[1] == "coast"]
_HILL_TOWNS = [t[0] for t in _TOWNS if t[1] == "hill"]


def _make_villages():
    r = random.Random("wangchao-villages")
    suf = ["家疃", "家夼", "格庄", "家埠", "家沟", "家泊", "家庄", "家寨", "家岚", "家屯", "家洼", "家台", "家店"]
    pre = ["东", "西", "南", "北", "前", "后", "上", "下", "大", "小", "中"]
    base = ["庄", "疃", "夼", "泊子", "沟", "埠", "岚", "寨", "河", "石"]
    out = {}
    used = []
    for name, kind, _w in _RURAL_TOWNS:
        vs = []
        while len(vs) < r.randint(11, 15):
            if r.random() < 0.7:
                v = r.choice(_SURNAMES) + r.choice(suf) + "村"
            else:
                v = r.choice(pre) + r.choice(base) + "村"
            if v not in used:
                used.append(v)
                vs.append(v)
        out[name] = vs
    return out


_VILLAGES = _make_villages()
_ROADS = [
    "望潮路",
    "海晏路",
    "府前街",
    "兴业路",
    "滨海大道",
    "观澜路",
    "文化路",
    "振兴街",
    "北环路",
    "新华街",
    "渔港路",
    "金山路",
    "凤栖路",
    "沙河路",
    "岚山路",
    "樱桃大道",
    "迎宾路",
    "育才路",
    "工业一路",
    "工业三路",
    "黄海路",
    "南关街",
    "东关街",
    "鼓楼街",
]
_COMMS = [
    "海景花园小区",
    "金都小区",
    "丽水湾小区",
    "望潮府",
    "阳光城",
    "翡翠名郡",
    "盛世华庭",
    "御海湾",
    "东岚小区",
    "凤栖苑",
    "鑫隆家园",
    "惠民小区",
    "棉纺厂宿舍",
    "老粮所家属院",
    "供销社家属院",
    "学府名苑",
    "滨海新城",
    "海晏新村",
    "锦绣园",
    "银河小区",
    "港湾花园",
    "樱花苑",
    "南关新区",
    "二中家属院",
    "幸福里小区",
]
_LANDMARKS = [
    "县人民医院",
    "县中医院",
    "妇幼保健院",
    "望潮一中",
    "实验中学",
    "第二实验小学",
    "汽车站",
    "望潮南站",
    "人民广场",
    "县政务服务中心",
    "文化中心",
    "体育场",
    "万客隆超市",
    "银座商城",
    "县城农贸市场",
    "开发区管委会",
    "县图书馆",
    "滨海公园",
]
_MARKETS = ["县城农贸市场", "大柳家樱桃交易市场", "石岚大集", "东岚海鲜市场", "沙埠海鲜市场", "鹤山樱桃市场"]
_PORTS = ["沙埠渔港", "龙湾渔港", "北泊码头"]
_BEACHES = ["金沙滩浴场", "月亮湾浴场", "龙湾浴场"]
_FACTORIES = [
    "华盛石材厂",
    "鑫海水产加工厂",
    "宏达橡胶厂",
    "裕丰粉丝厂",
    "东岚葡萄酒厂",
    "海之源海参加工厂",
    "兴旺养猪场",
    "永利化工",
    "金岭铸造厂",
    "恒通沥青站",
    "海晏饲料厂",
]
_EMPLOYERS = _FACTORIES + [
    "望潮黄金矿业公司",
    "建安建筑公司的工地",
    "海晏物业公司",
    "鹏程樱桃合作社",
    "顺达物流",
    "蓝海大酒店",
    "一个装修队",
    "县城一家超市",
    "锦华服装厂",
    "滨海新城三期工地",
    "开发区一家电子厂",
]
_MINES = ["官庄金矿", "鹤山采石场", "金岭矿区"]
_SCHOOLS = [
    "望潮一中",
    "实验中学",
    "第二实验小学",
    "潮阳小学",
    "东岚中学",
    "凤栖小学",
    "石岚镇中学",
    "北泊小学",
    "县职业中专",
    "育才幼儿园",
]
_HOSPITALS = ["县人民医院", "县中医院", "石岚镇卫生院", "龙湾镇卫生院", "妇幼保健院"]
_DEPT_PHONES = {
    "医保局": "46238115",
    "人社局": "46212330",
    "不动产": "46251806",
    "车管所": "46279122",
    "自来水": "46226677",
    "燃气": "46233900",
    "人民医院": "46211120",
    "公积金": "46218019",
    "渔业局": "46263415",
    "法援": "46217148",
    "防汛": "46213301",
    "残联": "46242675",
    "公交": "46288800",
    "教体局": "46214501",
    "市场监管": "46230315",
    "民政局": "46216702",
}


# ---------------------------------------------------------------------------
# Small random helpers
# ---------------------------------------------------------------------------


def _pick(rng, seq):
    return seq[int(rng.random() * len(seq))]


def _wpick(rng, pairs):
    """pairs: list of (item, weight)."""
    tot = 0.0
    for _i, w in pairs:
        tot += w
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def _lognorm(rng, lo, hi):
    a, b = math.log(lo), math.log(hi)
    v = math.exp(rng.gauss((a + b) / 2.0, (b - a) / 4.0))
    return int(round(min(max(v, lo), hi * 1.5)))


def _dur(rng, spec):
    lo, hi = _wpick(rng, [((l, h), w) for w, l, h in spec])
    return max(1, _lognorm(rng, lo, hi))


def _cn_num(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


# ---------------------------------------------------------------------------
# Slot filling
# ---------------------------------------------------------------------------

_SLOT_RE = re.compile(r"\{(\w+)\}")


def _rural_town(rng):
    return _wpick(rng, [(t[0], t[2]) for t in _RURAL_TOWNS])


def _rloc(rng):
    t = _rural_town(rng)
    return t + _pick(rng, _VILLAGES[t])


def _village(rng):
    return _pick(rng, _VILLAGES[_rural_town(rng)])


def _bldg(rng):
    r = rng.random()
    if r < 0.45:
        return "%d号楼" % rng.randint(1, 28)
    if r < 0.8:
        return "%d号楼%d单元" % (rng.randint(1, 28), rng.randint(1, 4))
    return "%d号楼%d单元%d0%d" % (rng.randint(1, 28), rng.randint(1, 4), rng.randint(1, 18), rng.randint(1, 4))


def _uloc(rng):
    r = rng.random()
    if r < 0.3:
        return _pick(rng, _COMMS) + _pick(rng, ["门口", "南门", "北门", "东门", "", "", _bldg(rng) + "楼下"])
    if r < 0.55:
        return "%s%d号" % (_pick(rng, _ROADS), rng.randint(1, 260))
    if r < 0.75:
        a = _pick(rng, _ROADS)
        b = _pick(rng, _ROADS)
        while b == a:
            b = _pick(rng, _ROADS)
        return a + "与" + b + _pick(rng, ["交叉口", "路口", "十字路口"])
    if r < 0.9:
        return _pick(rng, _LANDMARKS) + _pick(rng, ["附近", "门口", "东边", "对面", "后面"])
    return _pick(rng, _TOWNS[:3])[0] + _pick(rng, _ROADS)


def _loc(rng):
    return _uloc(rng) if rng.random() < 0.55 else _rloc(rng)


def _amount(rng):
    return str(
        _pick(rng, [800, 1200, 1500, 2000, 2600, 3000, 3500, 4200, 5000, 6800, 8000, 9600, 12000, 15000, 23000, 36000])
    )


SLOTS = {
    "town": lambda r: _pick(r, _TOWNS)[0],
    "rtown": _rural_town,
    "ctown": lambda r: _pick(r, _COAST_TOWNS),
    "htown": lambda r: _pick(r, _HILL_TOWNS),
    "village": _village,
    "rloc": _rloc,
    "uloc": _uloc,
    "loc": _loc,
    "comm": lambda r: _pick(r, _COMMS),
    "road": lambda r: _pick(r, _ROADS),
    "road2": lambda r: _pick(r, _ROADS),
    "bldg": _bldg,
    "landmark": lambda r: _pick(r, _LANDMARKS),
    "market": lambda r: _pick(r, _MARKETS),
    "port": lambda r: _pick(r, _PORTS),
    "beach": lambda r: _pick(r, _BEACHES),
    "factory": lambda r: _pick(r, _FACTORIES),
    "employer": lambda r: _pick(r, _EMPLOYERS),
    "mine": lambda r: _pick(r, _MINES),
    "school": lambda r: _pick(r, _SCHOOLS),
    "hospital": lambda r: _pick(r, _HOSPITALS),
    "busno": lambda r: str(_pick(r, [1, 2, 3, 5, 6, 8, 9, 11, 12, 15, 101, 102, 106, 201, 203])),
    "amount": _amount,
    "amount2": lambda r: str(r.randint(25, 90)),
    "n": lambda r: str(r.randint(2, 9)),
    "cn": lambda r: _cn_num(r.randint(2, 12)),
    "p1": lambda r: str(r.randint(8, 18)),
    "p2": lambda r: str(r.randint(3, 7)),
    "wage": lambda r: str(_pick(r, [120, 150, 160, 180, 200])),
    "temp": lambda r: str(r.randint(12, 16)),
    "year": lambda r: str(r.randint(1996, 2021)),
    "mins": lambda r: _cn_num(r.randint(3, 25)),
    "surname": lambda r: _pick(r, _SURNAMES),
    "ren": ["女士", "女士", "先生", "先生", "大姐", "大爷", "阿姨"],
    "ndays": ["好几天", "三天", "一个星期", "半个多月", "两天", "十来天", "一个多月", "四五天"],
    "ndaysago": ["三天前", "上周", "前天", "五天前", "上个星期一", "夜来", "大前天", "一个星期前"],
    "tnight": ["晚上十一点多", "半夜十二点", "凌晨一两点", "晚上十点以后", "夜里两三点", "凌晨四点多", "后半夜"],
    "tevening": ["晚上九点多", "十点", "晚上十点半", "九点以后"],
    "tday": ["今天上午", "今天早上", "今天下午", "中午", "今天一早", "早上七点多"],
    "months": ["三个月", "半年", "两个月", "去年下半年", "四个月", "今年一到五月份"],
    "machine": ["打桩机", "搅拌车", "电锯", "挖掘机", "渣土车", "切割机", "振动棒"],
    "vuln": [
        "今年高考的孩子",
        "刚出院的老人",
        "刚满月的孩子",
        "上夜班白天要睡觉的人",
        "心脏不好的老人",
        "要中考的孩子",
    ],
    "express": ["快递", "顺丰", "邮政", "一家快递", "中通"],
    "swear": ["他妈的", "操", "妈了个巴子", "狗日的", "奶奶个腿", "日他娘", "他娘的"],
    "dinsult": [
        "彪子",
        "潮巴",
        "半潮",
        "潮种",
        "憨种",
        "熊色",
        "孬种",
        "二虎",
        "虎了吧唧的",
        "缺心眼儿",
        "夯货",
        "半彪子",
        "熊包",
        "傻狍子",
    ],
    "curse": [
        "出门叫海蜇蛰死你",
        "喝凉水塞牙噎死你",
        "你家祖坟叫海水淹了",
        "烂舌头的",
        "吃饭叫鱼刺卡死",
        "一辈子打光棍",
        "烂肚肠子的",
        "生孩子没腚眼",
        "走道叫车撞了",
        "早晚遭报应",
        "头顶长疮脚底流脓",
    ],
    "contempt": ["吃干饭的", "混饭吃的", "拿工资不干活的", "摆设", "饭桶", "废物点心", "白吃饭的"],
}


def fill(rng, tpl, extra=None, depth=0):
    def rep(m):
        key = m.group(1)
        v = None
        if extra is not None:
            v = extra.get(key)
        if v is None:
            v = SLOTS.get(key)
        if v is None:
            return m.group(0)
        if callable(v):
            s = v(rng)
        elif isinstance(v, (list, tuple)):
            s = v[int(rng.random() * len(v))]
        else:
            s = v
        if "{" in s and depth < 6:
            s = fill(rng, s, extra, depth + 1)
        return s

    return _SLOT_RE.sub(rep, tpl)


# ---------------------------------------------------------------------------
# Call-takers
# ---------------------------------------------------------------------------


def _op(
    oid,
    shift,
    style,
    typo,
    punct,
    end,
    br,
    q,
    silent,
    blank_s=0.0,
    blank_nm=0.0,
    remark=0.1,
    notes_g=(),
    notes_h=(),
    subj=("来电人",),
    hist=0.0,
    flag=0.0,
    abbr=(),
    abbr_p=0.0,
    dem_label="诉求：",
):
    return dict(
        id=oid,
        shift=shift,
        style=style,
        typo=typo,
        punct=punct,
        end=end,
        br=br,
        q=q,
        silent=list(silent),
        blank_s=blank_s,
        blank_nm=blank_nm,
        remark=remark,
        notes_g=list(notes_g),
        notes_h=list(notes_h),
        subj=list(subj),
        hist=hist,
        flag=flag,
        abbr=list(abbr),
        abbr_p=abbr_p,
        dem_label=dem_label,
    )


_TERSE_ABBR = [
    ("来电人", "来电"),
    ("反映", "反映"),
    ("已告知", "已告"),
    ("话务员", "话务"),
    ("相关部门", "相关部门"),
    ("希望", ""),
    ("小区", "小区"),
    ("街道", "街道"),
    ("没有", "没"),
    ("无人应答", "无应答"),
]

OPERATORS = [
    # ---- day shift -------------------------------------------------------
    _op(
        "1001",
        "day",
        "formal",
        0.003,
        "full",
        0.98,
        "（）",
        "“”",
        ["来电无声。", "接通后无人应答，经多次询问无回应，话务员挂机。"],
        notes_g=["已做好解释工作。", "已告知来电人办理流程。"],
        notes_h=["已按规范挂机。"],
        subj=["来电人", "市民"],
        hist=0.15,
    ),
    _op(
        "1002",
        "day",
        "formal",
        0.006,
        "full",
        0.95,
        "【】",
        "“”",
        ["来电人接通后未说话。", "无声来电。", "来电无声，话务员挂机。"],
        notes_g=["来电人要求回复。", "已记录。", "请相关部门核实处理。"],
        notes_h=["已提醒来电人文明用语。", "已挂机。"],
        subj=["来电人", "来电群众"],
        dem_label="【诉求】",
    ),
    _op(
        "1003",
        "day",
        "plain",
        0.012,
        "full",
        0.85,
        "（）",
        "“”",
        ["无声", "接通没人说话", "来电没声音"],
        blank_s=0.05,
        notes_g=["已告知。", "要求回电。"],
        notes_h=["已挂机"],
    ),
    _op(
        "1004",
        "day",
        "terse",
        0.02,
        "mixed",
        0.4,
        "",
        "",
        ["无声", "无声 挂", "空"],
        blank_s=0.5,
        blank_nm=0.3,
        remark=0.0,
        notes_g=["已告", "回电"],
        notes_h=["挂"],
        abbr=_TERSE_ABBR,
        abbr_p=0.8,
        hist=0.1,
    ),
    _op(
        "1005",
        "day",
        "chatty",
        0.015,
        "full",
        0.9,
        "（）",
        "“”",
        ["接起来没人说话，喂了好几声也没动静", "没声音，等了一会挂了", "无声"],
        remark=0.55,
        notes_g=["已经跟来电人说了会尽快转给相关部门", "已告知"],
        notes_h=["劝了几句就挂了", "已挂机"],
        subj=["来电人", "一位大姐", "一位大哥"],
        hist=0.3,
    ),
    _op(
        "1006",
        "day",
        "plain",
        0.008,
        "half",
        0.8,
        "()",
        '""',
        ["来电无人说话", "无人应答"],
        blank_s=0.1,
        notes_g=["已告知", "已记录"],
        notes_h=["已挂机", "已警告"],
    ),
    _op(
        "1007",
        "day",
        "formal",
        0.01,
        "full",
        0.97,
        "",
        "“”",
        ["来电无声，无法受理。", "接通后无声，多次询问无应答，按规范挂机。"],
        notes_g=["已做好政策解释。", "请相关单位按时办结并回复来电人。"],
        notes_h=["经劝导无效，话务员按规范挂机。", "已提醒来电人本热线为政务服务热线。"],
        subj=["来电群众", "来电人"],
        flag=0.25,
        dem_label="来电人诉求：",
    ),
    _op(
        "1008",
        "day",
        "plain",
        0.025,
        "space",
        0.0,
        "()",
        "",
        ["无声", "没声", "无人说话"],
        blank_s=0.3,
        blank_nm=0.1,
        remark=0.05,
        notes_g=["已告知", "已解释"],
        notes_h=["挂了"],
    ),
    # ---- evening shift ---------------------------------------------------
    _op(
        "2001",
        "evening",
        "chatty",
        0.01,
        "full",
        0.85,
        "（）",
        "“”",
        ["来电一直不说话", "无声", "接通后那边没动静"],
        remark=0.5,
        notes_g=["跟来电人解释了好一会儿", "已告知会转给相关部门"],
        notes_h=["我提醒他文明用语", "已挂机"],
        hist=0.35,
    ),
    _op(
        "2002",
        "evening",
        "formal",
        0.005,
        "full",
        0.99,
        "[]",
        "“”",
        ["来电无声，话务员挂机。", "接通后无人应答。"],
        notes_g=["已告知。", "来电人要求保密。", "已做好解释。"],
        notes_h=["按规范挂机。"],
        subj=["来电人", "市民"],
        flag=0.2,
    ),
    _op(
        "2003",
        "evening",
        "terse",
        0.03,
        "half",
        0.3,
        "()",
        "",
        ["无声", "静音", "无声无声"],
        blank_s=0.6,
        blank_nm=0.35,
        remark=0.0,
        notes_g=["已告"],
        notes_h=["挂"],
        abbr=_TERSE_ABBR,
        abbr_p=0.9,
        hist=0.05,
    ),
    _op(
        "2004",
        "evening",
        "plain",
        0.012,
        "mixed",
        0.7,
        "【】",
        "“”",
        ["接通后无声", "无人讲话", "接通后无声音"],
        blank_s=0.08,
        notes_g=["已解释", "请相关部门处理"],
        notes_h=["已挂机"],
    ),
    # ---- night shift -----------------------------------------------------
    _op(
        "3001",
        "night",
        "formal",
        0.008,
        "full",
        0.96,
        "（）",
        "“”",
        ["来电无声，多次询问无应答。", "接通后无声。"],
        notes_g=["已记录，待白班转办。", "已做好解释工作。"],
        notes_h=["已按规范挂机。"],
        subj=["来电人"],
        hist=0.25,
        flag=0.15,
    ),
    _op(
        "3002",
        "night",
        "terse",
        0.02,
        "half",
        0.2,
        "",
        "",
        ["无声", "无", "空线"],
        blank_s=0.45,
        blank_nm=0.25,
        remark=0.0,
        notes_g=["已告", "转白班"],
        notes_h=["挂"],
        abbr=_TERSE_ABBR,
        abbr_p=0.7,
        hist=0.1,
    ),
    _op(
        "3003",
        "night",
        "chatty",
        0.012,
        "full",
        0.9,
        "（）",
        "“”",
        ["接通一直没声音，等了会儿挂了", "无声电话", "喂了半天没人吭声"],
        remark=0.5,
        notes_g=["已经记下了，白天转给相关部门", "安抚了一下"],
        notes_h=["我就挂了", "已挂机"],
        subj=["来电人", "一位大哥", "一位大姐"],
        hist=0.3,
    ),
    _op(
        "3004",
        "night",
        "plain",
        0.015,
        "full",
        0.75,
        "()",
        "“”",
        ["无人应答", "来电无声"],
        blank_s=0.15,
        notes_g=["已记录"],
        notes_h=["已挂机"],
    ),
]

_SHIFT_OF_HOUR = ["night"] * 8 + ["day"] * 8 + ["evening"] * 8


def _build_rota(rng, days):
    """rota[day][shift] -> list of operator dicts on duty."""
    by_shift = {"day": [], "evening": [], "night": []}
    for op in OPERATORS:
        by_shift[op["shift"]].append(op)
    rest = {}
    for op in OPERATORS:
        a = rng.randrange(7)
        rest[op["id"]] = (a, (a + rng.choice([1, 1, 3, 4])) % 7)
    rota = []
    for d in range(days + 1):
        day = {}
        for sh in ("day", "evening", "night"):
            on = [op for op in by_shift[sh] if d % 7 not in rest[op["id"]]]
            if rng.random() < 0.06:  # someone covers a colleague's shift
                other = _pick(rng, OPERATORS)
                if other not in on:
                    on.append(other)
            need = {"day": 3, "evening": 2, "night": 1}[sh]
            pool = list(by_shift[sh])
            while len(on) < need:
                c = _pick(rng, pool)
                if c not in on:
                    on.append(c)
            day[sh] = on
        rota.append(day)
    return rota


# ---------------------------------------------------------------------------
# Operator finishing: quotes, brackets, abbreviations, typos, punctuation
# ---------------------------------------------------------------------------

_TYPO_PAIRS = [
    ("在", "再"),
    ("再", "在"),
    ("的", "得"),
    ("得", "的"),
    ("地", "的"),
    ("反映", "反应"),
    ("已", "以"),
    ("做", "作"),
    ("账", "帐"),
    ("安装", "按装"),
    ("部分", "部份"),
    ("那", "哪"),
    ("像", "象"),
    ("告知", "告之"),
    ("工资", "工次"),
    ("处理", "出理"),
    ("物业", "物叶"),
    ("小区", "小去"),
    ("噪音", "燥音"),
    ("挂机", "挂几"),
    ("诉求", "速求"),
    ("咨询", "资询"),
    ("投诉", "头诉"),
    ("无声", "无生"),
    ("来电", "来点"),
    ("一直", "以直"),
    ("现在", "现再"),
    ("没有", "每有"),
    ("电话", "电化"),
    ("情绪", "清绪"),
    ("停电", "停店"),
    ("路灯", "路等"),
    ("垃圾", "拉圾"),
    ("辱骂", "乳骂"),
    ("希望", "希网"),
    ("要求", "要去"),
]
_HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "？": "?", "！": "!"})
_PUNCT_CHARS = '，。：；？！,.:;?! （）()【】[]“”"「」'


def _typo(rng, text, rate):
    if rate <= 0 or not text:
        return text
    ex = len(text) * rate * 0.5
    n = int(ex) + (1 if rng.random() < ex - int(ex) else 0)
    for _ in range(n):
        r = rng.random()
        if r < 0.55:
            cands = [p for p in _TYPO_PAIRS if p[0] in text]
            if cands:
                a, b = _pick(rng, cands)
                text = text.replace(a, b, 1)
                continue
        if len(text) < 4:
            continue
        i = rng.randrange(len(text) - 1)
        if text[i] in _PUNCT_CHARS or text[i].isdigit():
            continue
        if r < 0.75:
            text = text[:i] + text[i] + text[i:]
        elif r < 0.9:
            text = text[:i] + text[i + 1 :]
        elif text[i + 1] not in _PUNCT_CHARS and not text[i + 1].isdigit():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


_CLEAN = [
    ("，，", "，"),
    ("。。", "。"),
    ("，。", "。"),
    ("。，", "。"),
    ("：。", "。"),
    ("；。", "。"),
    ("？。", "？"),
    ("！。", "！"),
    ("”。”", "”"),
    ("，）", "）"),
    ("（，", "（"),
    ("（）", ""),
    ("。）", "）"),
]


def _finish(op, rng, text):
    if not text:
        return ""
    for a, b in _CLEAN:
        while a in text:
            text = text.replace(a, b)
    text = text.strip("，")
    q = op["q"]
    if q != "“”":
        if q:
            text = text.replace("“", q[0]).replace("”", q[1])
        else:
            text = text.replace("“", "").replace("”", "")
    br = op["br"]
    if br != "（）":
        if br:
            text = text.replace("（", br[0]).replace("）", br[1])
        else:
            text = text.replace("。（", "。").replace("（", "，").replace("）", "")
            for a, b in _CLEAN:
                text = text.replace(a, b)
    if op["abbr"]:
        for a, b in op["abbr"]:
            if a in text and rng.random() < op["abbr_p"]:
                text = text.replace(a, b)
        text = text.replace("来电来电", "来电")
    text = _typo(rng, text, op["typo"])
    p = op["punct"]
    if p == "half":
        text = text.translate(_HALF)
    elif p == "mixed":
        text = "".join(c.translate(_HALF) if c in "，。：" and rng.random() < 0.5 else c for c in text)
    elif p == "space":
        text = re.sub(r"[，。；]+", " ", text).strip()
    if text and text[-1] in "。." and rng.random() > op["end"]:
        text = text[:-1]
    return text.strip()


# ---------------------------------------------------------------------------
# Genuine matters
# ---------------------------------------------------------------------------

_SUMMER = {6: 1.6, 7: 1.8, 8: 1.6, 5: 1.0, 9: 0.8, 10: 0.3, 11: 0.15, 12: 0.1, 1: 0.1, 2: 0.1, 3: 0.2, 4: 0.5}
_JUNE_ONLY = {5: 0.4, 6: 3.0, 7: 0.6, "x": 0.0}
_NOISE_H = "night"  # hour profile for noise complaints

# key, weight, month factors (missing month -> 1, if dict has 'x' default), hour profile, short name,
# bodies, demands
TOPICS = [
    (
        "noise_site",
        3.0,
        {6: 1.3},
        _NOISE_H,
        "夜间施工噪音",
        [
            "{uloc}附近的工地{tnight}还在施工，{machine}的声音很大，吵得睡不着觉",
            "{comm}旁边在建的楼盘天天夜里浇混凝土，{tnight}还在干，家里有{vuln}",
            "{road}修路晚上也干活，切割路面的声音特别刺耳，已经{ndays}了",
            "{comm}南边的工地渣土车{tnight}来回跑，轰隆隆的，还掉了一路的土",
        ],
        [
            "希望相关部门查处夜间违规施工",
            "要求工地晚上十点以后停工",
            "希望管一管，让人睡个安稳觉",
            "请执法部门晚上过来看看",
        ],
    ),
    (
        "noise_dance",
        2.5,
        _SUMMER,
        "evening",
        "广场舞噪音",
        [
            "{comm}{spot}每天晚上有人跳广场舞，音响开得很大，{tevening}还不停",
            "{landmark}广场上晚上有人拿大音箱唱歌，声音传得很远，关上窗户都能听见",
            "{comm}{spot}早上五点多就有人放音乐打太极，声音太大",
        ],
        ["希望协调把音量调小", "要求规定一下时间，九点以后别放了", "希望社区出面协调"],
    ),
    (
        "noise_bbq",
        2.5,
        _SUMMER,
        _NOISE_H,
        "烧烤店油烟噪音",
        [
            "{road}上的{bbq}晚上把桌子摆到人行道上，{tnight}还有人喝酒划拳，油烟也呛人",
            "{comm}底商的{bbq}排烟管道直接对着居民楼，每天晚上烟熏火燎的",
            "{road}夜市的摊子{tnight}还在放音乐，喝多了的人在楼下大声吵",
        ],
        ["希望城管管一管", "要求整改油烟", "希望晚上十一点以后不要营业了"],
    ),
    (
        "noise_home",
        2.0,
        None,
        "day",
        "装修噪音",
        [
            "{comm}{bldg}楼上住户装修，中午和周末也在砸墙打孔",
            "{comm}{bldg}对门邻居的空调外机正对着其卧室窗户，晚上嗡嗡响",
            "{comm}{bldg}楼下的商户{shopnoise}",
        ],
        ["希望协调一下", "要求按规定时间施工", "希望有关部门处理"],
    ),
    (
        "cherry_stall",
        4.0,
        _JUNE_ONLY,
        "day",
        "樱桃摊占道",
        [
            "{road}两边全是卖樱桃的三轮车，占了半条路，{tday}车根本过不去",
            "{cmarket}门口收樱桃的车辆乱停乱放，路上堵了好几里",
            "{htown}通往{village}的路上，来采樱桃的游客车辆乱停，村里的农用车出不去",
            "{landmark}门口有人摆摊卖樱桃，占了盲道和人行道",
        ],
        ["希望派人疏导交通", "请城管规范一下摆摊", "希望设置临时停车点"],
    ),
    (
        "cherry_price",
        2.0,
        _JUNE_ONLY,
        "day",
        "樱桃收购纠纷",
        [
            "其在{rloc}种的樱桃卖给{cmarket}的收购商，说好{p1}块钱一斤，过秤的时候又说果子小只给{p2}块",
            "其在{rloc}的樱桃园帮人摘樱桃干了{n}天，园主说好一天{wage}元，现在不给钱",
            "{cmarket}有的收购点秤不准，一斤差二两",
            "其把樱桃卖给外地来的收购商，对方打了个欠条就走了，电话也不接",
        ],
        ["希望市场监管部门查一查", "要求帮忙追回樱桃款", "希望有人管管"],
    ),
    (
        "cherry_express",
        1.5,
        _JUNE_ONLY,
        "day",
        "樱桃快递",
        [
            "{ndaysago}通过{express}往外地寄的樱桃到现在还没送到，打网点电话没人接，樱桃都烂了",
            "在网上一家{htown}的店里买的樱桃，到货一半是坏的，商家不给退",
            "{rtown}的快递网点收寄樱桃时多收运费，说好的价格临时涨了",
        ],
        ["要求快递公司赔偿", "希望邮政管理部门处理", "要求退款"],
    ),
    (
        "wheat_burn",
        3.0,
        {6: 3.0, 10: 1.0, 5: 0.3, "x": 0.05},
        "day",
        "焚烧秸秆",
        [
            "{rloc}附近有人焚烧麦秸，烟很大，公路上都看不清路",
            "{rloc}地头有人点火烧麦茬，离村子很近，怕着起来",
            "{rloc}收割机{tnight}还在村边收麦子，声音大，麦糠飘到院子里",
            "{rloc}有人在路上晒麦子，占了大半条路，晚上看不见很危险",
        ],
        ["希望镇里派人制止", "要求查处", "希望尽快处理"],
    ),
    (
        "fishing",
        2.0,
        {5: 1.5, 6: 1.5, 7: 1.5, 8: 1.2, "x": 0.3},
        "night",
        "休渔期偷捕",
        [
            "休渔期{port}附近{tnight}有小船偷偷出海，能看见船上的灯",
            "{beach}附近有人下地笼捕鱼，一下就是几十个",
            "{port}码头早上有人卖刚捕上来的鲜鱼，休渔期怎么还有人出海",
            "{ctown}海边有人用电瓶电鱼",
        ],
        ["希望海洋渔业部门查处", "请执法部门夜里来巡查", "要求严查"],
    ),
    (
        "streetlight",
        3.0,
        None,
        "evening",
        "路灯不亮",
        [
            "{uloc}的路灯{ndays}不亮了，晚上黑乎乎的，老人孩子出门不安全",
            "{rloc}村里的太阳能路灯坏了一大半，没人修",
            "{road}从{landmark}往北那一段路灯白天亮晚上不亮",
            "{comm}里面的路灯坏了{ndays}，物业说归市政管，市政说归物业管",
        ],
        ["希望尽快维修", "请相关部门派人修一下", "要求明确由谁负责维修"],
    ),
    (
        "road",
        3.0,
        None,
        "day",
        "道路破损",
        [
            "{uloc}有个大坑，下雨存水看不见，{ndays}摔了好几个骑电动车的",
            "{uloc}人行道上的井盖丢了，就拿根树枝插着，晚上很危险",
            "{rloc}到镇上的村道坑坑洼洼，去年就说修，到现在也没修",
            "{road}新铺的路才半年就裂了，还塌了一块",
        ],
        ["希望尽快修复", "要求先设置警示标志", "请相关部门核实处理"],
    ),
    (
        "drainage",
        2.5,
        _SUMMER,
        "day",
        "下水道堵塞",
        [
            "{road}的下水道堵了，一下雨就积水，水没过脚脖子",
            "{comm}的化粪池满了往外冒，院子里臭得没法走路",
            "{rloc}的排水沟被人填了，雨水倒灌到院子里",
            "{comm}{bldg}一楼下水道反水，家里地上都是脏水",
        ],
        ["希望尽快疏通", "要求物业处理", "希望有关部门尽快解决"],
    ),
    (
        "water",
        2.0,
        None,
        "day",
        "供水问题",
        [
            "{comm}{bldg}自来水{ndays}水压很低，三楼以上就没水了",
            "{rloc}的自来水发黄，有股铁锈味，不敢喝",
            "{comm}突然停水，没有看到停水通知",
            "{rloc}村里的自来水一天只供两个小时",
        ],
        ["希望尽快恢复正常供水", "要求自来水公司派人检测", "希望提前通知"],
    ),
    (
        "power",
        2.5,
        _SUMMER,
        "day",
        "停电",
        [
            "{comm}{bldg}从{tday}就停电了，天这么热，家里有老人",
            "{rloc}电压不稳，晚上空调带不起来，电灯一闪一闪的",
            "{uloc}的变压器嗡嗡响，离窗户很近，怕不安全",
            "{rloc}这个月停了四五回电，冰箱里的海鲜都坏了",
        ],
        ["希望供电公司尽快抢修", "要求查明原因", "希望有个说法"],
    ),
    (
        "gas",
        1.0,
        None,
        "day",
        "燃气问题",
        [
            "{comm}燃气卡充了值插进去没有气，营业厅说要等",
            "{comm}今年要求换燃气表，每户收{amount2}0元，不知道是不是正规的",
            "{comm}燃气管道改造挖开的路{ndays}了没恢复",
        ],
        ["希望燃气公司给个解释", "请相关部门核实", "要求尽快恢复"],
    ),
    (
        "elevator",
        2.0,
        None,
        "day",
        "电梯故障",
        [
            "{comm}{bldg}的电梯{ndays}坏了三次，物业说等配件，家里老人腿脚不好下不了楼",
            "{comm}的电梯年检过期了还在用，运行的时候哐当哐当响",
            "{comm}{bldg}电梯停运一个多月了，维修资金一直批不下来",
        ],
        ["希望尽快修好", "要求特种设备部门检查", "希望督促物业处理"],
    ),
    (
        "property",
        3.0,
        None,
        "day",
        "物业问题",
        ["{comm}物业{propissue}", "{comm}物业{propissue}", "{comm}物业{propissue}"],
        ["希望住建部门监管一下", "要求物业整改", "希望有人管管这个物业"],
    ),
    (
        "garbage",
        3.0,
        {6: 1.3, 7: 1.4, 8: 1.4},
        "day",
        "垃圾清运",
        [
            "{uloc}的垃圾桶满了{ndays}没人清运，天热都臭了，苍蝇乱飞",
            "{rloc}村头的垃圾池{ndays}没人拉，都堆到路上了",
            "{comm}垃圾车每天早上四点多来收垃圾，哐哐响，吵得睡不着",
            "{road}路边有人偷倒建筑垃圾，堆了一大堆",
        ],
        ["希望尽快清运", "要求环卫部门处理", "希望改一下收运时间"],
    ),
    (
        "pollution",
        3.0,
        None,
        "day",
        "环境污染",
        [
            "{rtown}的{factory}晚上偷偷排{pollutant}，{smell}",
            "{rloc}附近的{factory}粉尘很大，院子里晒的衣服都是灰",
            "{rtown}{factory}的污水顺着沟流到河里，河里的鱼都死了",
            "{rloc}有人在山沟里烧废塑料，{smell}",
        ],
        ["希望环保部门查处", "要求尽快来人检测", "希望严肃处理"],
    ),
    (
        "wage",
        3.0,
        {1: 2.0, 12: 1.6},
        "day",
        "拖欠工资",
        [
            "其在{employer}干活，老板拖欠{months}的工资共{amount}元，一直推说没钱",
            "其和{n}个工友在{uloc}的工地干了两个多月，包工头跑了，工钱没着落",
            "其从{employer}离职{ndays}了，工资和押金都不给结",
            "其在{rtown}给人家果园套苹果袋子，说好按天结账，干完了说过几天再给",
        ],
        ["要求帮忙追讨工资", "希望人社部门介入", "要求尽快支付"],
    ),
    (
        "consumer",
        3.0,
        None,
        "day",
        "消费纠纷",
        [
            "其在{road}的{shop}办了{amount}元的{card}，现在店关门了，老板电话打不通",
            "在{market}买的{item}，回家一称少了{n}两",
            "在{uloc}的家电卖场买的{goods}，用了{ndays}就坏了，商家不给退换",
            "在{road}一家{shop}充的卡，店里换了老板说以前的卡不认了",
        ],
        ["要求退款", "希望市场监管部门处理", "要求商家赔偿"],
    ),
    (
        "food",
        1.5,
        None,
        "day",
        "食品安全",
        [
            "在{road}的一家{restaurant}吃饭，菜里吃出了{foreign}，店家态度还很差",
            "{school}附近的小卖部卖三无辣条，孩子吃了闹肚子",
            "在{market}买的熟食有股酸味，怀疑过期了",
            "{road}一家{restaurant}后厨很脏，老鼠乱跑",
        ],
        ["希望市场监管部门查处", "要求检查", "要求商家赔偿并道歉"],
    ),
    (
        "education",
        2.0,
        {6: 1.4, 7: 1.2, 9: 1.5},
        "day",
        "教育问题",
        ["{school}{eduissue}", "{school}{eduissue}"],
        ["希望教体局调查", "要求学校整改", "希望给个说法"],
    ),
    (
        "social",
        2.0,
        None,
        "day",
        "社保医保",
        ["其{socissue}", "其{socissue}"],
        ["希望尽快解决", "请相关部门核实", "要求给个答复"],
    ),
    (
        "bus",
        2.0,
        None,
        "day",
        "公交问题",
        ["{busno}路公交车{busissue}", "{busno}路公交车{busissue}"],
        ["希望公交公司整改", "要求处理", "希望增加班次"],
    ),
    (
        "taxi",
        1.0,
        None,
        "day",
        "出租车问题",
        [
            "{tday}在{landmark}打出租车，司机不打表，到{comm}要了{amount2}块钱",
            "{landmark}门口的出租车挑活拒载，说路近不去",
            "望潮南站门口有黑车拉客，跟在人后面喊",
        ],
        ["要求查处", "希望运管部门处理", "要求退还多收的钱"],
    ),
    (
        "parking",
        2.0,
        None,
        "day",
        "乱停车",
        [
            "{comm}门口车辆乱停，消防通道堵死了，救护车都进不来",
            "{road}上有人拿石墩、地锁占车位，不让别人停",
            "{comm}{bldg}楼下常年停着一辆僵尸车，轮胎都瘪了",
        ],
        ["希望交警来处理", "要求清理", "希望物业配合整治"],
    ),
    (
        "illegal_build",
        2.0,
        None,
        "day",
        "违章建筑",
        [
            "{comm}{bldg}一楼住户私自把院子往外扩，还盖了个小房",
            "{comm}顶楼住户在楼顶搭彩钢棚，下雨漏到楼下",
            "{rloc}有人在耕地上盖房子，村里不管",
            "{rloc}邻居翻盖房子，把过道占了一半",
        ],
        ["希望执法部门拆除", "要求查处", "希望尽快制止"],
    ),
    (
        "dogs",
        2.0,
        _SUMMER,
        "evening",
        "犬只扰民",
        [
            "{comm}有人遛狗不拴绳，{tday}一条大狗冲着孩子扑，把孩子吓哭了",
            "{rloc}村里流浪狗多，晚上成群地叫，还咬过人",
            "{comm}{bldg}邻居在家里养了五六条狗，楼道里臭，晚上叫个不停",
        ],
        ["希望相关部门处理", "要求规范养犬", "希望把流浪狗收走"],
    ),
    (
        "village",
        2.0,
        None,
        "day",
        "村务问题",
        ["{rloc}村委{villissue}", "{rloc}村委{villissue}"],
        ["希望镇纪委调查", "要求公开", "希望上级部门查一查"],
    ),
    (
        "housing",
        2.0,
        None,
        "day",
        "房产问题",
        [
            "其在{comm}买的房子交房{n}年了，开发商一直办不下房产证",
            "{comm}二期说好去年年底交房，现在还没交，开发商说资金紧张",
            "{comm}新房子墙体开裂，外墙渗水，开发商不给修",
        ],
        ["希望住建局督促", "要求开发商给说法", "希望尽快办证"],
    ),
    (
        "signal",
        1.0,
        None,
        "day",
        "通信信号",
        ["{rloc}手机信号很差，在家打电话得跑到院子里", "{rloc}宽带装了一个月还没人来接线"],
        ["希望运营商处理", "要求尽快解决"],
    ),
    (
        "ebike",
        1.5,
        _SUMMER,
        "evening",
        "飞线充电",
        [
            "{comm}{bldg}有人从楼上拉电线下来给电动车充电，线就耷拉在窗外",
            "{comm}有人把电动车推进楼道里充电，怕出事",
            "{comm}的充电桩坏了一半，大家只能在家里充",
        ],
        ["希望消防部门检查", "要求物业处理", "希望增设充电桩"],
    ),
    (
        "beach",
        1.5,
        {6: 1.6, 7: 2.5, 8: 2.5, 9: 0.5, "x": 0.05},
        "day",
        "浴场管理",
        ["{beach}{beachissue}", "{beach}{beachissue}"],
        ["希望加强管理", "要求整改", "希望相关部门查处"],
    ),
    (
        "mine",
        1.0,
        None,
        "day",
        "矿山放炮",
        [
            "{mine}放炮，震得{village}的房子墙上都是裂缝",
            "{mine}的拉矿车{tnight}从村里过，轰隆隆的，路都压坏了",
            "{mine}采矿以后附近村里的井水干了",
        ],
        ["要求鉴定赔偿", "希望限制夜间运输", "希望有关部门调查"],
    ),
    (
        "mosquito",
        1.0,
        _SUMMER,
        "evening",
        "蚊虫",
        ["{comm}绿化带里蚊子特别多，晚上都不敢下楼，物业也不消杀", "{uloc}的水沟里死水发臭，蚊子苍蝇很多"],
        ["希望尽快消杀", "要求清理"],
    ),
    (
        "heat_pay",
        1.0,
        {6: 1.5, 7: 2.0, 8: 2.0, 9: 0.8, "x": 0.05},
        "day",
        "高温补贴",
        ["其单位{employer}天这么热还安排中午在室外干活，防暑降温费也不发"],
        ["希望人社部门督促", "要求按规定发放"],
    ),
    (
        "heating",
        4.0,
        {11: 4.0, 12: 5.0, 1: 5.0, 2: 4.0, 3: 2.0, 10: 0.6, "x": 0.02},
        "day",
        "供暖",
        [
            "{comm}{bldg}暖气不热，屋里只有{temp}度，家里有老人孩子",
            "{comm}暖气管道漏水，热力公司说要等",
            "{rloc}村里的集中供暖今年说不供就不供了",
        ],
        ["希望热力公司尽快处理", "要求退还部分取暖费", "希望尽快解决"],
    ),
    (
        "snow",
        1.0,
        {12: 1.0, 1: 1.0, 2: 1.0, "x": 0.0},
        "day",
        "积雪结冰",
        ["{road}积雪结冰没人清理，好几个人摔倒了"],
        ["希望尽快清理"],
    ),
    (
        "tradein",
        1.0,
        None,
        "day",
        "以旧换新补贴",
        [
            "在{uloc}的家电卖场参加以旧换新，说好的补贴{ndays}了还没到账",
            "买{goods}的时候商家说能领国家补贴，回家发现领不了",
        ],
        ["要求商家兑现", "希望相关部门核实"],
    ),
    (
        "farm",
        1.0,
        {4: 1.5, 5: 1.5, 6: 1.2, 7: 1.0, "x": 0.4},
        "day",
        "农资问题",
        ["从{rtown}一家农资店买的{seed}，{farmissue}", "从{rtown}一家农资店买的{seed}，{farmissue}"],
        ["希望农业部门检测", "要求赔偿损失"],
    ),
    (
        "seafarm",
        1.0,
        {6: 1.2, 7: 1.8, 8: 1.8, "x": 0.5},
        "day",
        "海参养殖",
        ["其在{ctown}海边的海参圈，附近工厂排水以后海参死了一大片", "{ctown}海边有人私自围海养殖，把赶海的路堵了"],
        ["希望相关部门调查", "要求查处"],
    ),
    (
        "trees",
        1.0,
        _SUMMER,
        "day",
        "绿化树木",
        [
            "{road}的行道树树枝太长，挡住了红绿灯和路灯",
            "{comm}里的大杨树树枝压到电线上了，刮风的时候冒火花",
            "{road}绿化带里的草一人多高了也没人修剪",
        ],
        ["希望园林部门修剪", "请尽快处理"],
    ),
]

_TOPIC_SLOTS = {
    "spot": ["南门广场", "中心花园", "篮球场", "门口空地", "东边的小广场"],
    "bbq": ["烧烤店", "啤酒屋", "海鲜烧烤摊", "夜市摊子", "小龙虾店"],
    "shopnoise": [
        "开了个棋牌室，半夜还在打麻将",
        "开了个KTV，晚上一两点还在唱",
        "天天用大喇叭循环播放促销广告",
        "开了个汽修店，天天在外面喷漆",
    ],
    "propissue": [
        "不打扫楼道卫生，垃圾堆了好几天",
        "没开业主大会就把物业费从每平一块涨到一块五",
        "把小区绿地改成停车位还要收费",
        "门禁坏了一个多月不修，外面的人随便进",
        "二次供水的水箱从来没清洗过",
        "停车费乱收，外卖车进去也要交钱",
        "用业主的公共收益装修自己的办公室",
        "不让业主自己找人维修，非得用他们的人",
    ],
    "pollutant": ["黑烟", "污水", "废气", "刺鼻的气体"],
    "smell": ["味道呛得人头疼", "一股臭鸡蛋味", "腥臭味飘得满村都是", "晚上都不敢开窗"],
    "shop": ["健身房", "理发店", "美容院", "洗车店", "游泳馆", "培训机构", "儿童乐园"],
    "card": ["会员卡", "储值卡", "年卡", "课时卡"],
    "item": ["海参", "蚬子", "樱桃", "虾", "猪肉", "苹果", "鲅鱼"],
    "goods": ["空调", "电动车", "手机", "热水器", "冰箱", "洗衣机"],
    "restaurant": ["饭店", "快餐店", "面馆", "海鲜排档", "饺子馆"],
    "foreign": ["头发", "钢丝球的丝", "一只虫子", "一小块塑料", "苍蝇"],
    "eduissue": [
        "老师放学后组织学生去家里有偿补课",
        "让家长买指定的教辅资料",
        "门口接送孩子的车乱停，早上堵得走不动",
        "今年招生划片不合理，其家就在学校边上孩子却被划到别的学校",
        "食堂饭菜质量差，孩子回家说吃不饱",
        "天太热教室里没有空调，孩子中暑了",
        "放假前让每个学生交三百块钱买校服",
    ],
    "socissue": [
        "城乡居民医保已经交了，到医院结算时显示未参保",
        "母亲去世后养老金停发了，丧葬补助一直没领到",
        "在外地住院，回来报销时说没有备案报不了",
        "养老保险断交了几年，现在想补交，社保大厅说不能补",
        "失业金申请一个多月了还没批下来",
        "孩子的医保卡在医院刷不了",
    ],
    "busissue": [
        "班次太少，等一个多小时也不来",
        "司机不到站就不停车",
        "开了空调车上还是热，挤得要命",
        "末班车提前发车",
        "到乡下的车一天只有两趟",
        "司机开车打电话",
    ],
    "villissue": [
        "村务不公开，账目好几年没公布",
        "低保评定优亲厚友，真困难的户评不上",
        "卖地的钱一直没有分给村民",
        "修路的钱每户收了二百，路到现在没修",
        "把村里的集体果园私下包给了亲戚",
        "占了村民的地建养殖场，补偿一直没给",
    ],
    "beachissue": [
        "乱收费，一把遮阳伞要一百",
        "沙滩上都是碎玻璃和垃圾，孩子扎了脚",
        "没有救生员，防鲨网也破了",
        "停车场停车费太贵",
        "摩托艇在游泳区里来回开，很危险",
        "更衣室和淋浴间太脏",
    ],
    "seed": ["化肥", "苹果套袋", "农药", "玉米种子", "花生种子", "樱桃树苗"],
    "farmissue": ["用了以后果树叶子全黄了", "怀疑是假货", "出苗率不到一半", "包装上没有生产厂家"],
}

_GEN_DEMANDS = [
    "希望相关部门尽快处理",
    "请相关部门核实处理",
    "要求尽快解决",
    "希望有人管一管",
    "要求给个说法",
    "请尽快派人查看",
    "希望尽快回复",
]
_TERSE_DEM = ["请处理", "求处理", "核实处理", "要求处理", "请核实", "处理", "转办", "速办", ""]
_GEN_REMARKS = [
    "来电人语气比较急",
    "来电人说已经反映过好几次了",
    "来电人态度挺好的",
    "来电人有口音，确认了两遍地址",
    "来电人要求尽快回电",
    "背景很吵，来电人在外面打的电话",
    "大姐说着说着都快哭了",
    "来电人说再不管就找电视台",
    "来电人说不用回电，就是想让人管管",
    "来电人说话很快，核对了一遍",
    "来电人说昨天也打过",
    "来电人很客气，说辛苦了",
    "来电人不愿留姓名",
    "来电人要求保密",
]
_CALLER_TAGS = [
    "",
    "",
    "",
    "",
    "（来电人{surname}{ren}）",
    "（来电人姓{surname}）",
    "（要求回电）",
    "（不需要回电）",
    "（要求保密）",
    "（来电人称已多次反映）",
]

# consultation: question, answer
CONSULT = [
    ("县医保局的联系电话", "{ph_医保局}", None),
    ("县人社局社保大厅电话", "{ph_人社局}", None),
    ("不动产登记中心的电话", "{ph_不动产}", None),
    ("车管所的电话", "{ph_车管所}", None),
    ("自来水公司报修电话", "{ph_自来水}", None),
    ("燃气公司的电话", "{ph_燃气}", None),
    ("县人民医院挂号电话", "{ph_人民医院}", None),
    ("公积金中心电话", "{ph_公积金}", None),
    ("县残联的电话", "{ph_残联}", None),
    ("公交公司电话", "{ph_公交}", None),
    ("教体局招生办电话", "{ph_教体局}", {6: 2.0, 7: 2.0, 8: 1.5}),
    ("民政局电话", "{ph_民政局}", None),
    ("{rtown}政府的电话", "0535-4{d7}", None),
    ("{rtown}派出所的电话", "0535-4{d7}", None),
    ("政务服务中心上班时间", "工作日上午8:30-12:00，下午1:30-5:30", None),
    ("不动产登记中心周六上不上班", "周六上午正常办理", None),
    ("车管所中午休不休息", "中午不休息，正常办理", None),
    (
        "城乡居民医保的缴费标准",
        "以医保部门公布的标准为准，可到村（社区）或手机上缴纳",
        {9: 2.0, 10: 2.5, 11: 2.5, 12: 2.0},
    ),
    ("灵活就业人员怎么交养老保险", "可到人社局社保大厅或在爱山东APP上办理", None),
    ("养老金资格认证怎么办", "可用手机APP刷脸认证，或到社区办理", None),
    ("新生儿落户需要什么材料", "出生医学证明、父母户口本、身份证、结婚证，到户籍地派出所办理", None),
    ("高龄补贴什么时候发", "按季度发放，具体可咨询所在镇街民政办", None),
    ("驾驶证到期换证需要什么材料", "身份证、体检证明，可到车管所或在交管12123上办理", None),
    ("个体工商户营业执照怎么办理", "可到政务服务中心市场监管窗口或网上办理", None),
    ("住房公积金提取条件", "购房、租房、退休等情形可提取，详情咨询公积金中心{ph_公积金}", None),
    ("中考成绩什么时候公布", "以教体局发布的通知为准", {6: 4.0, 7: 2.0, "x": 0.05}),
    ("高考成绩什么时候能查", "预计6月下旬公布，请关注省教育招生考试院的通知", {6: 5.0, 7: 0.5, "x": 0.02}),
    ("小学一年级报名时间", "请关注教体局公布的招生方案", {6: 2.5, 7: 3.0, 8: 2.0, "x": 0.2}),
    ("樱桃节在哪里办", "在大柳家镇樱桃交易市场一带", {5: 0.5, 6: 3.0, "x": 0.0}),
    ("休渔期渔船补贴怎么申请", "可咨询海洋发展和渔业局{ph_渔业局}", {5: 1.5, 6: 1.5, 7: 1.5, 8: 1.5}),
    ("居住证怎么办理", "携带身份证、租房合同到居住地派出所办理", None),
    ("残疾证办理流程", "携带身份证、户口本到县残联申请评残", None),
    ("退役军人优待证怎么办", "可到所在镇街退役军人服务站办理", None),
    ("生育津贴怎么申领", "可通过医保APP或到医保局窗口办理", None),
    ("失业保险金怎么申请", "可在人社局窗口或网上申请", None),
    ("出租房屋要不要备案", "需要到所在社区或派出所登记", None),
    ("狂犬疫苗在哪里打", "县疾控中心和各镇卫生院都可以打", _SUMMER),
    ("家电以旧换新补贴怎么申请", "在参与活动的商家处购买时即可享受，具体咨询商家", None),
    ("二手房过户需要交哪些税费", "以不动产登记中心和税务窗口核算为准", None),
    ("无犯罪记录证明怎么开", "到户籍所在地派出所办理", None),
    ("异地就医备案怎么办", "可在国家医保服务平台APP上办理", None),
    ("电动自行车上牌", "带购车发票、合格证、身份证到车管所指定上牌点办理", None),
    ("暑假托管班的报名", "请关注社区和教体局通知", {6: 2.0, 7: 2.0, "x": 0.1}),
    ("汽车站到望潮南站坐几路车", "可乘{busno}路公交", None),
    ("{busno}路公交首末班时间", "首班6:00，末班19:30", None),
    ("法律援助中心电话", "{ph_法援}", None),
    ("防汛值班电话", "{ph_防汛}", _SUMMER),
    ("人才购房补贴申请条件", "请咨询县人社局人才服务中心", None),
    ("老年人坐公交免费卡怎么办", "65周岁以上带身份证到公交公司办卡", None),
    ("办护照去哪里", "县公安局出入境接待大厅", {6: 1.5, 7: 1.5}),
    ("医保卡丢了怎么补办", "可到医保局或合作银行网点补办", None),
    ("农村危房改造政策", "请咨询所在镇政府或住建局", None),
    ("宅基地上的老房子能不能翻建", "需向村委和镇政府申请审批", None),
    ("海水浴场什么时候开放", "金沙滩浴场已开放，开放时间8:00到19:00", {6: 3.0, 7: 2.0, 8: 1.0, "x": 0.0}),
    ("供电营业厅在哪里", "在{road}", None),
    ("今天停不停电", "已查询所在区域暂无计划停电", _SUMMER),
    ("身份证到期了在哪里换", "可到任意派出所户籍窗口办理", None),
    ("孩子上学的户籍证明怎么开", "到户籍所在地派出所开具", {6: 1.5, 7: 2.0, 8: 2.0}),
    ("樱桃外运有没有绿色通道", "鲜活农产品运输车辆可按规定免收通行费", {6: 2.5, "x": 0.0}),
    ("社保卡激活", "带身份证和社保卡到合作银行网点激活", None),
    ("夏季作息时间", "政务服务中心下午1:30上班，5:30下班", {5: 1.5, 6: 2.0, 7: 1.0, "x": 0.0}),
]

_FU_MATTERS = [
    "路灯不亮",
    "楼道漏水",
    "拖欠工资",
    "小区停车",
    "工地噪音",
    "垃圾清运",
    "樱桃款",
    "物业费",
    "电梯维修",
    "下水道堵塞",
    "低保",
    "房产证",
    "井盖缺失",
    "烧烤油烟",
    "养老金",
    "医保报销",
    "空调外机噪音",
    "违建",
    "流浪狗",
    "退费",
]
_DISSAT = [
    "相关部门根本没来人看",
    "回复说已解决，实际上没解决",
    "回复的电话打过去没人接",
    "镇上来人看了一眼就走了",
    "回复内容跟反映的不是一回事",
    "物业说了不算",
    "说是要等，等到么时候",
]

_PETITION = [  # grievance, short
    ("{year}年{rloc}旧村改造时其房屋被拆，安置面积少算了{n}0平方米", "旧村改造安置面积"),
    ("{year}年原{old_ent}改制，其工龄买断补偿款没有足额发放", "企业改制买断工龄"),
    ("其{year}年在{employer}干活时受伤，对工伤认定结论不服", "工伤认定"),
    ("其家的承包地{year}年被村委收回转包给别人，一直没有补偿", "承包地被收回"),
    ("{year}年其在{ctown}的海域养殖区被港区扩建占用，补偿标准过低", "海域养殖补偿"),
    ("其父亲是老退伍军人，{year}年起相关待遇一直没落实", "退伍军人待遇"),
    ("其{year}年前后当过{n}年民办教师，要求落实待遇", "民办教师待遇"),
    ("{year}年其妻子在{hospital}手术后去世，认为是医疗事故", "医疗纠纷"),
    ("其宅基地被邻居占了，村里{year}年调解以后一直没执行", "宅基地纠纷"),
    ("{year}年{rloc}征地补偿款被村干部截留", "征地补偿款"),
    ("其儿子{year}年在学校被打伤，学校赔偿不到位", "孩子被打伤赔偿"),
    ("{year}年以后其房屋因{mine}采矿塌陷开裂，一直没有赔偿", "采矿塌陷"),
    ("{year}年其在{comm}买的房子被开发商一房两卖", "一房两卖"),
    ("其{year}年被{rtown}派出所处理不公", "派出所处理不公"),
]
_OLD_ENT = ["望潮棉纺厂", "县水产公司", "县罐头厂", "县供销社", "望潮造纸厂", "县农机厂", "县二轻局下属的塑料厂"]
_PCLAIMS = [
    "之前镇上的答复不属实",
    "对处理结果不满意",
    "已经反映了{n}年了一直没人管",
    "相关部门一直推诿",
    "称之前的工单回复是糊弄人",
    "称自己年纪大了等不起了",
    "称手里有当年的材料",
    "称上次来人说回去研究，再没消息",
]
_PDEMANDS = [
    "要求县领导接访",
    "要求重新调查",
    "要求给予补偿",
    "要求书面答复",
    "要求把材料转给县长",
    "要求相关部门当面答复",
    "要求依法处理",
]

SLOTS["vmarket"] = ["县城农贸市场", "石岚大集", "东岚海鲜市场", "沙埠海鲜市场", "榆疃大集", "南关菜市场"]
SLOTS["cmarket"] = ["大柳家樱桃交易市场", "鹤山樱桃市场", "石岚大集", "大柳家樱桃交易市场"]
SLOTS["d7"] = lambda r: "%07d" % r.randrange(10**7)
SLOTS["old_ent"] = _OLD_ENT
for _k, _v in _DEPT_PHONES.items():
    SLOTS["ph_" + _k] = [_v, "0535-" + _v, _v, "0535" + _v]
SLOTS.update(_TOPIC_SLOTS)

_URGENT = [
    ("{uloc}有一位老人倒在路边，叫不醒", "已转120"),
    ("家里燃气味很大，在{comm}{bldg}", "已告知立即开窗、关闭阀门、不要开关电器，已转燃气公司抢修"),
    ("{comm}{bldg}电梯困人，里面有孩子", "已转119并通知物业"),
    ("{road}有电线被风刮断了，掉在地上冒火花", "已转供电抢修"),
    ("{comm}楼下水管爆了，水漫进了地下室", "已转自来水公司抢修"),
    ("家里老人早上出门到现在没回来，有点糊涂", "已告知拨打110报警，并记录老人体貌特征"),
    ("{road}上一棵大树倒了，把路挡住了", "已联系园林和交警"),
    ("{beach}有人被困在礁石上，潮水上来了", "已转110、119"),
    ("{uloc}井盖丢了，有人掉下去了", "已转120、119"),
    ("{rloc}山上冒烟了，像是着火了", "已转119和镇政府"),
    ("家里停电，老人在用制氧机，在{comm}", "已转供电公司紧急处理"),
    ("{road}有辆车着火了", "已转119"),
]
_MISDIAL = [
    "来电人要报警，拨错号码，已告知拨打110",
    "来电人家里老人身体不舒服，要打120，已告知立即拨打120",
    "来电人要报修停电，已告知拨打95598",
    "来电人以为是快递客服，问包裹，已告知打错了",
    "来电人找{surname}经理，打错了",
    "打错电话",
    "来电人称拨错号码",
    "来电人要查快递，已告知联系快递公司",
    "来电人要找移动营业厅，已告知拨打10086",
    "来电人想订蓝海大酒店的房间，打错了",
    "来电人要找{surname}主任，号码记错了",
    "来电人要打{rtown}卫生院，已告知号码",
    "来电人说按错了",
    "来电人要拨119，已告知直接拨打119",
    "来电人找银行客服挂失银行卡，已告知拨打银行客服电话",
    "来电人以为是出租车调度，要叫车，已告知打错了",
    "来电人要找12315，已告知",
    "来电人要找小孩学校的老师，打错了",
]
_BADLINE = [
    "来电声音断断续续，听不清诉求，请来电人稍后再拨",
    "信号不好，只听到“{frag}”，其他听不清",
    "来电杂音很大，无法听清，已告知来电人换个地方重新拨打",
    "来电人口音很重，只听清是{rtown}的事，没听清具体诉求",
    "听不清",
    "信号差，无法沟通",
    "来电人说话声音太小，听不清说的什么，多次询问无果",
    "来电有回音，听不清",
    "电话那边风很大，听不清楚",
    "来电人在车上，信号断断续续，只听到说{frag}",
]
_FRAGS = [
    "俺庄里……",
    "停电……三天了",
    "那个路……",
    "俺家老头……",
    "樱桃……钱",
    "工钱……不给",
    "水……",
    "恁给俺……",
    "村里那个……",
    "厂子……",
]
SLOTS["frag"] = _FRAGS
_NIGHT_WORKERS = [
    "出租车司机",
    "网约车司机",
    "外卖骑手",
    "夜班保安",
    "货车司机",
    "代驾司机",
    "环卫工人",
    "医院护工",
    "夜班工人",
    "渔港卸货工",
    "跑长途的司机",
]
_NIGHT_MATTERS = [
    ("{uloc}的红绿灯坏了，一直闪黄灯，夜里差点撞车", "希望尽快修"),
    ("{comm}物业不让外卖电动车进小区，要求步行送上楼，晚上送一单要走十几分钟", "希望协调"),
    ("{employer}夜班加班费一直少算", "要求补发"),
    ("{road}施工没设警示标志，晚上看不见，车差点开进坑里", "希望马上处理"),
    ("{port}码头夜里卸货没有照明，很危险", "希望装路灯"),
    ("{uloc}井盖丢了，晚上骑车差点掉进去", "请尽快处理"),
    ("{road}夜里有人飙车，发动机声音很大", "希望交警管一管"),
    ("望潮南站夜里到站的旅客打不到车，黑车要价很高", "希望安排夜班公交或出租车"),
    ("{road}路边停的大货车挡住视线，晚上转弯看不见人", "希望清理"),
    ("{uloc}有一处路面塌陷，晚上看不清", "请尽快设置警示"),
    ("半夜在{landmark}附近看见有人撬电动车", "已告知拨打110"),
]
_SUGGEST = [
    "建议在{road}和{road2}路口装个红绿灯，早晚高峰太乱",
    "建议{busno}路公交末班车延长到晚上九点",
    "建议在{comm}附近建个公共厕所",
    "建议{beach}多安排几个救生员",
    "建议樱桃季在{htown}设临时停车场",
    "建议{landmark}周边多装几个充电桩",
    "建议村里的健身器材换新的，现在都锈了",
    "建议政务服务中心周末也开半天",
    "建议在{school}门口设护学岗",
    "建议{road}人行道上的共享单车规范停放",
    "建议县城多建几个口袋公园",
    "建议12345夜里多安排话务员，夜里打了好几次才打进来",
    "建议在{market}旁边划出樱桃临时交易点",
]
_PRAISE = [
    "来电表扬{dept2}的工作人员{staff}，{deed}",
    "来电感谢{rtown}政府帮其解决了{fu}问题",
    "来电对工单{order}的办理结果表示满意，感谢12345",
    "来电表扬{comm}物业{staff}，{deed}",
    "来电感谢供电公司夜里冒雨抢修，{comm}很快就来电了",
]
_DEEDS = [
    "上门帮老人办了养老认证",
    "下雨天帮忙疏通了下水道",
    "耐心帮他补办了证件",
    "把她丢的钱包送了回来",
    "加班帮他办完了过户手续",
    "帮忙把讨薪的事办妥了",
]
SLOTS["dept2"] = ["不动产登记中心", "人社局社保大厅", "车管所", "东岚街道", "医保局窗口", "县人民医院", "城管中队"]
SLOTS["staff"] = ["{surname}师傅", "小{surname}", "{surname}科长", "一位姓{surname}的女同志", "{surname}主任"]
SLOTS["deed"] = _DEEDS
SLOTS["fu"] = _FU_MATTERS

_INSULT_QUOTES = [
    "老不死的",
    "穷鬼，交不起就别住",
    "你个彪子",
    "乡巴佬",
    "臭要饭的",
    "神经病",
    "滚远点，别在这碍事",
    "你算个什么东西",
    "猪脑子",
    "你这种人活该",
    "潮巴",
    "再来找事腿给你打断",
    "没娘管的孩子",
    "老赖",
    "残废",
    "外地来的就是事多",
    "老东西",
    "破烂户",
]
SLOTS["insq"] = _INSULT_QUOTES
_REPORTED_INSULT = [
    ("其在{vmarket}买菜时跟摊主讲价，摊主{verb}“{insq}”，还把她的菜扔了", "要求市场监管部门处理"),
    ("{comm}物业经理当着很多人的面{verb}“{insq}”，就因为他家物业费晚交了几天", "要求物业道歉"),
    ("{uloc}的城管执法人员收她的三轮车时{verb}“{insq}”", "要求调查执法人员态度问题"),
    ("邻居天天在楼道里指桑骂槐，{verb}“{insq}”", "希望社区调解"),
    ("{busno}路公交车司机嫌他上车慢，{verb}“{insq}”", "要求公交公司处理这个司机"),
    ("{hospital}的护士{verb}“{insq}”，态度很差", "要求医院调查处理"),
    ("网格员上门的时候{verb}“{insq}”", "要求街道处理"),
    ("孩子在{school}被老师当着全班同学{verb}“{insq}”", "要求学校处理"),
    ("{rloc}村干部在村委门口当着人{verb}“{insq}”", "要求镇里调查"),
    ("{landmark}的保安{verb}“{insq}”，还推了他一把", "要求道歉"),
    ("{rtown}一家饭店的老板娘{verb}“{insq}”，因为她说菜不新鲜", "要求处理"),
]
SLOTS["verb"] = ["说她", "说他", "喊他", "冲她喊", "指着她说", "叫他", "说其", "骂她", "骂他是", "说她是"]

_ANGRY_Q = [
    "你们都是干么吃的",
    "打了多少回了，{swear}就没人管",
    "再不管我就去县政府门口坐着",
    "你们这些当官的都是{contempt}",
    "俺打了八遍了，恁到底管不管",
    "{swear}，这点事都办不了",
    "恁这帮人血能糊弄人",
    "你们就会推，推来推去",
    "你个小丫头片子懂个么",
    "{swear}，睡都睡不着了",
]
SLOTS["angryq"] = _ANGRY_Q

_ELDER = [
    ("养老金这个月还没到账，问怎么回事", "已告知咨询社保大厅{ph_人社局}"),
    ("家里灯泡坏了够不着，子女在外地，希望社区来人帮忙换一下", "已记录转社区"),
    ("医保卡在药店刷不了", "已告知到医保局窗口查询"),
    ("老伴去世后的丧葬费不知道去哪里领", "已告知到社保大厅办理"),
    ("村里发的老年人补贴他没领到", "已记录转镇民政办"),
    ("家里电视没信号了，问找谁修", "已告知联系广电网络"),
    ("液化气罐用完了不会换，想找人帮忙", "已记录转社区"),
    ("下水道堵了，家里就他一个人", "已记录转社区和物业"),
    ("有人打电话说他的医保卡要冻结，让他转钱，问是不是真的", "已告知是诈骗，不要转账，可拨打110"),
    ("身份证丢了，腿脚不好，问能不能上门办", "已告知联系派出所预约上门"),
    ("高龄补贴什么时候发", "已告知按季度发放"),
    ("楼上漏水漏到家里，找不到楼上的人", "已记录转社区协调"),
    ("问今年的医保交没交上", "已告知到村里或医保局查询"),
]
_ELDER_REM = [
    "老人说儿子在外地打工，一个人在家",
    "老人反复问了三遍",
    "说完事又聊了一会家常",
    "老人耳背，说了好几遍",
    "老人说话有点不清楚，核实了好几遍地址",
    "老人说晚上睡不着想起这个事就打了",
    "老人说谢谢闺女",
]
_DISTRESS = [
    ("称被丈夫打了，现在在外面不敢回家，身上没钱", "已安抚情绪，告知拨打110，并记录转妇联"),
    ("称工地老板不给工钱，在望潮没钱吃饭，也没钱回老家", "已安抚，记录转人社局和救助站"),
    ("称孩子{n}天没回家，联系不上，很着急", "已告知报警，并安抚情绪"),
    ("哭着说家里老人瘫痪在床，自己一个人照顾实在撑不下去了", "已安抚，告知可申请社区居家养老服务，记录转民政"),
    ("称生意赔了，欠了很多钱，觉得活着没意思", "已安抚，提供心理援助热线，并转110关注"),
    ("称被人骗了{amount}元，是全部积蓄", "已告知立即报警"),
    ("称自己在{rloc}，一个人带孩子，房东要赶她走，没地方去", "已安抚，记录转街道和妇联"),
]
SLOTS["ph_心理"] = ["12356", "心理援助热线12356"]


# ---------------------------------------------------------------------------
# Nuisance wordings: per kind, per writing habit (F formal, P plain, T terse, C chatty)
# ---------------------------------------------------------------------------

SLOTS.update(
    {
        "hang": ["，已挂机", "，话务员按规范挂机", "", "", "，来电人自行挂断", "，随后挂断"],
        "abuseq": [
            "你们都是些{contempt}",
            "你个{dinsult}",
            "{swear}，接个电话这么慢",
            "你们这帮{contempt}",
            "滚一边去",
            "{curse}",
            "你算哪根葱",
            "听你说话就来气，{dinsult}",
            "{swear}，你个{dinsult}",
            "你妈没教你说人话啊",
            "什么玩意儿",
            "你个小嫚儿懂个屁",
            "你是不是脑子叫驴踢了",
        ],
        "abuses": ["{dinsult}", "{contempt}", "{curse}", "滚", "{swear}"],
        "sarcasm": [
            "哟，还真有人接啊，稀罕",
            "你们可真忙啊，忙着喝茶吧",
            "政府热线，热得很呐",
            "你们真是为人民服务，服务到家了",
            "接得挺快啊，没别的活干吧",
            "你这声音练了多少年了",
            "你们这工作真好，坐着说两句话就拿钱",
            "你们领导知道你们这么能耐吗",
        ],
        "ventq": [
            "当官的没有一个好东西",
            "你们政府就会收钱",
            "老百姓的死活你们谁管过",
            "12345就是个摆设，打了也白打",
            "天天开会，开会顶个屁用",
            "这个县早晚叫你们败光",
            "一帮吃皇粮的",
            "俺看你们就是骗老百姓的",
        ],
        "ventrefuse": [
            "哪样都不行",
            "你们自己心里清楚",
            "说了你们也不管",
            "我就是想骂骂",
            "没么事，就是看不惯",
            "你们干的那些事还用我说？",
            "多了去了，说不完",
        ],
        "venttopic": [
            "物价太高",
            "现在的年轻人不干活",
            "国家政策",
            "社会风气",
            "当官的腐败",
            "电视上的新闻",
            "看病太贵",
            "现在的人心不古",
        ],
        "threatq": [
            "你们等着，我明天就去找你们",
            "你叫么名，我记住你了",
            "我知道你们在哪上班",
            "有你们好看的",
            "别让我碰见你",
            "信不信我天天打，打到你们下岗",
            "我弄死你们这帮人",
        ],
        "threatact": [
            "去政府门口闹事",
            "找到话务员算账",
            "去县里大楼门口堵人",
            "天天打到你们没法上班",
            "拿汽油去县政府",
            "找人收拾接电话的",
        ],
        "chattopic": [
            "年轻时候出海打鱼的事",
            "家里孩子不常回来",
            "最近天热睡不好",
            "电视剧里的事",
            "以前在棉纺厂上班的事",
            "今年樱桃的收成",
            "自己身体不好",
            "今天看到的新闻",
            "老伴去世以后的日子",
            "他养的一只猫",
            "以前村里的事",
        ],
        "drunkq": [
            "我没喝多，我清醒得很",
            "来，陪哥喝一个",
            "你们县长呢，叫他来接电话",
            "我跟你说我跟你说……",
            "今天高兴，给政府打个电话",
            "我兄弟对不起我啊",
            "你猜我喝了几瓶",
            "我就问问，这个世界还有没有天理",
        ],
        "personal": ["年龄", "是否结婚", "家住哪里", "长什么样", "几点下班", "全名", "有没有对象"],
        "story": [
            "他年轻时在海上遇到海怪的经历",
            "他家祖上是皇亲国戚，有一箱金子埋在{village}",
            "他梦见县里要发大水",
            "他能听懂海里的鱼说话",
            "他家三代人的恩怨",
            "他发明了永动机，要政府给他申请专利",
            "他的前世是个将军",
            "他跟外国总统是朋友",
            "有人用电波控制他家的电视",
            "他在山上见到过神仙",
        ],
        "absurd": [
            "政府给他介绍对象",
            "话务员帮他查彩票中奖号码",
            "政府把天调凉快点",
            "12345帮他点份外卖",
            "政府出钱给他买辆车",
            "话务员帮孩子写作业",
            "把县城的海鸥赶走，叫得太吵",
            "明天别下雨，他要出海钓鱼",
            "政府安排他当县长",
            "帮他找回十年前丢的狗",
            "话务员给他唱首歌",
            "把他家门口的路改成他的名字",
            "政府每个月给他发一万块零花钱",
            "把月亮弄亮一点",
            "政府给他家的猫办户口",
        ],
        "childq": [
            "你是谁呀",
            "我要找奥特曼",
            "我家有怪兽",
            "阿姨你吃饭了吗",
            "喂喂喂",
            "我妈妈不在家",
            "你猜我几岁",
            "我要报警抓我弟弟",
            "你是机器人吗",
            "我想要一个变形金刚",
        ],
        "dareact": ["唱首歌", "说一句“我爱你”", "学鸡叫", "问县长叫什么", "报一个假案子", "问话务员有没有对象"],
        "robo": [
            "推销贷款",
            "楼盘推广",
            "教育培训招生",
            "保健品促销",
            "游戏推广",
            "股票荐股",
            "装修公司促销",
            "信用卡提额",
            "卖墓地",
        ],
        "roboq": [
            "您好，您有一笔{amount}元的信用额度待领取，回复1了解详情",
            "尊敬的客户您好，海景一号楼盘火爆认购中",
            "您好，这里是客服中心，您的医保卡即将冻结，请按1转人工",
            "您好，打扰您一分钟，我们正在进行一项满意度调查",
            "老板您好，我们公司专业代办各类资质",
            "恭喜您获得本月幸运大奖",
            "您好，您的快递因地址不详无法派送，请按9",
        ],
        "sound": ["音乐声", "吕剧", "京剧唱段", "收音机广播", "电视声", "广场舞音乐", "流行歌曲", "佛经", "评书"],
        "company": ["某科技公司", "一家广告公司", "某办公设备公司", "某网络公司", "一家保险公司", "某净水设备公司"],
        "product": [
            "办公用品",
            "净水器",
            "宽带",
            "企业贷款",
            "广告位",
            "网站建设",
            "茶叶",
            "打印机耗材",
            "节能灯具",
            "员工意外险",
            "海参礼盒",
            "办公室绿植租摆",
        ],
        "vexq": ["你叫么名", "你工号多少", "是12345吗", "你们领导在不在", "今天谁值班", "你们几个人接电话"],
    }
)

NM = {
    "abuse_operator": dict(
        F=[
            "来电人无具体诉求，接通后即辱骂话务员{hang}。",
            "来电人言语粗俗，对话务员进行人身攻击，无实际诉求{hang}。",
            "来电人无诉求，称“{abuseq}”{hang}。",
            "来电人辱骂话务员，经劝导无效{hang}。",
            "来电人对话务员冷嘲热讽，称“{sarcasm}”，询问其诉求不答。",
            "来电人无具体事项，恶意辱骂。",
            "来电人接通后称“{abuseq}”，话务员提醒文明用语后来电人继续谩骂{hang}。",
        ],
        P=[
            "骂人，没有诉求",
            "一接通就骂“{abuseq}”",
            "来电说“{abuseq}”，问什么事也不说",
            "嘲讽话务员“{sarcasm}”，没说事",
            "骂话务员{hang}",
            "来电人骂了几句就挂了",
            "说“{abuseq}”后挂断",
        ],
        T=["辱骂", "骂人 挂", "辱骂话务员", "恶意辱骂", "骂街", "", "不文明用语", "说“{abuses}”", "骂", "骂人"],
        C=[
            "一接起来就开骂，“{abuseq}”，我问他有什么事他也不说，就一直骂{hang}",
            "这人说话阴阳怪气的，说“{sarcasm}”，问他反映什么就不吭声了",
            "来电用土话骂人，说我是“{dinsult}”，我提醒他文明用语他就挂了",
            "来电人上来就问我是不是“{contempt}”，骂了好几分钟，一件事也没说",
            "这个人张口就是“{curse}”，我都没法插话",
        ],
    ),
    "vent_government": dict(
        F=[
            "来电人发泄对政府的不满情绪，称“{ventq}”，未提出具体诉求。",
            "来电人对政府工作进行谩骂，询问具体事项及地点，来电人称“{ventrefuse}”。",
            "来电人情绪激动，抱怨{venttopic}，无具体事项和地点，已做好解释。",
            "来电人称“{ventq}”，经询问无具体诉求。",
        ],
        P=[
            "来电骂政府，说“{ventq}”，问具体什么事不说",
            "抱怨{venttopic}，说了半天没有具体事",
            "发牢骚，说“{ventq}”",
            "来电说对政府不满，问他哪件事他说“{ventrefuse}”",
        ],
        T=["发泄情绪 无诉求", "骂政府", "无具体诉求", "发牢骚", "发泄不满", "抱怨 无事项"],
        C=[
            "来电人一直在说当官的怎么怎么不好，我问他具体哪件事，他说“{ventrefuse}”，说了十几分钟",
            "来电人说“{ventq}”，从{venttopic}说到{venttopic}，就是没有具体的事",
            "这位大爷一肚子气，骂了半天政府，最后说“{ventrefuse}”就挂了",
        ],
    ),
    "threat_no_matter": dict(
        F=[
            "来电人称“{threatq}”，询问原因及诉求，来电人拒绝回答后挂机。",
            "来电人语气威胁，扬言要{threatact}，无具体诉求。",
            "来电人威胁话务员，称“{threatq}”，未反映任何事项。",
        ],
        P=["来电说要{threatact}，问他什么事不说", "威胁说“{threatq}”，没说事", "扬言要{threatact}，问原因就挂了"],
        T=["威胁 无诉求", "扬言{threatact}", "威胁话务员", "恐吓"],
        C=[
            "来电人恶狠狠地说“{threatq}”，我问他遇到什么事了，他就说“你等着”，然后挂了",
            "这人说要{threatact}，我问他为么，他又不说，就在那撂狠话",
        ],
    ),
    "lonely_chat": dict(
        F=[
            "来电人称夜里睡不着，想找人说说话，无具体诉求。",
            "来电人与话务员闲聊{chattopic}，无具体诉求，经引导后挂机。",
            "来电人称一个人在家无人说话，来电聊天，无诉求。已告知本热线为政务服务热线。",
        ],
        P=[
            "说睡不着，想聊聊天",
            "来电聊{chattopic}，没有事",
            "闲聊",
            "来电说一个人在家没人说话，聊了一会",
            "拉呱，聊{chattopic}，无诉求",
        ],
        T=["闲聊", "聊天 无诉求", "无事闲聊", "无诉求", "拉呱", ""],
        C=[
            "来电人说自己睡不着，拉了半天呱，讲{chattopic}，我说没别的事先挂了，他说再聊两句",
            "又是那位晚上睡不着的，讲{chattopic}",
            "来电人说就想找个人说说话，聊了{chattopic}，劝他早点睡",
        ],
    ),
    "drunk": dict(
        F=[
            "来电人醉酒，言语不清，无具体诉求。",
            "来电人疑似饮酒，反复说“{drunkq}”，无法正常沟通。",
            "来电人酒后来电，胡言乱语，劝其休息后挂机。",
            "来电人醉酒，无诉求{hang}。",
        ],
        P=["喝多了，说话不清楚", "来电喝醉了，一直说“{drunkq}”", "喝酒了来电胡说", "醉酒，没诉求"],
        T=["醉酒", "酒后来电", "喝多了", "醉酒 无诉求", "酒鬼"],
        C=[
            "一听就是喝多了，舌头都大了，说“{drunkq}”，还要跟我划拳",
            "来电人喝了酒，说要跟县长喝一杯，我劝他早点休息",
            "醉醺醺的，说“{drunkq}”，说了半天也不知道要干么",
        ],
    ),
    "flirting": dict(
        F=[
            "来电人询问话务员个人信息（{personal}），言语轻佻，无具体诉求。",
            "来电人要求添加话务员微信，无诉求，已拒绝。",
            "来电人称话务员声音好听，要求见面，已拒绝并挂机。",
            "来电人言语轻浮，无具体诉求。",
        ],
        P=["问话务员{personal}，没事", "来电要加微信", "说话不正经，问有没有对象", "问我{personal}，没诉求"],
        T=["骚扰 问私人信息", "言语轻佻", "要微信", "调戏话务员", "骚扰"],
        C=[
            "来电人问我多大了有没有对象，还说我声音好听，问他有么事他说就想听听我说话",
            "这个人说话油腔滑调的，非要我告诉他下班时间",
            "来电人非要让我叫他哥，还问我{personal}，我说没事就挂了",
        ],
    ),
    "nonsense_story": dict(
        F=["来电人讲述{story}，内容杂乱，与政务服务无关，无具体诉求。", "来电人称{story}，逻辑混乱，无诉求。"],
        P=["讲了很长时间{story}，没有诉求", "来电讲{story}，跟政府没关系", "说{story}，听不明白要干么"],
        T=["胡言乱语", "讲故事 无诉求", "无关内容", "内容混乱"],
        C=["来电人一口气讲了{mins}分钟{story}，我插不上话，最后他说没别的事了", "来电人说{story}，越说越离谱"],
    ),
    "absurd_request": dict(
        F=["来电人要求{absurd}，已解释不属于本热线受理范围。", "来电人提出{absurd}的要求，已做好解释。"],
        P=["要求{absurd}，已解释", "来电要{absurd}", "让{absurd}，不是我们管的"],
        T=["无理要求", "要求{absurd}", "非受理范围", "不合理诉求"],
        C=["来电人非要让{absurd}，我解释了半天这个我们管不了", "来电人一本正经地要求{absurd}，还问多长时间能办好"],
    ),
    "child_play": dict(
        F=[
            "来电为儿童，嬉笑打闹，无具体诉求。",
            "来电人为小孩，称“{childq}”，后挂断。",
            "背景有儿童嬉闹声，无人回应。",
            "疑似儿童拨打，无诉求。",
        ],
        P=["小孩打着玩", "小孩说“{childq}”然后笑着挂了", "是小孩，乱说话", "小孩来电，让找大人就挂了"],
        T=["小孩玩电话", "儿童", "小孩", "童声 挂", "小孩乱打"],
        C=[
            "电话那头是个小朋友，问我“{childq}”，旁边还有别的孩子在笑，我让他把电话给大人，他就挂了",
            "一个小孩说“{childq}”，说完咯咯笑，应该是拿大人手机玩",
        ],
    ),
    "line_test": dict(
        F=["来电人称测试电话是否能打通，无诉求。", "来电人试拨热线，确认有人接听后挂机。"],
        P=["测试电话", "试试能不能打通", "说试一下这个号", "来电问是不是12345，说试试"],
        T=["测试", "试线", "试拨", "", "测"],
        C=["来电人说就是试试这个电话是不是真能打通，说打通了就行", "来电人问“真有人接啊？”，说试试，没事"],
    ),
    "dare_bet": dict(
        F=["来电人称与朋友打赌，看12345是否有人接听，无诉求。", "来电人称打赌输了要来电{dareact}，背景有多人起哄。"],
        P=["打赌输了打电话来", "说跟人打赌，看有没有人接", "一群人起哄，让话务员{dareact}"],
        T=["打赌", "起哄", "恶作剧", "玩闹"],
        C=[
            "来电人说他跟朋友打赌输了，要给政府打电话{dareact}，旁边一群人在笑",
            "听着是一帮年轻人在喝酒，轮流抢电话，说打赌看我会不会挂",
        ],
    ),
    "robocall": dict(
        F=[
            "来电为自动语音，内容为{robo}，无人工应答。",
            "电话接通后为录音广告（{robo}）。",
            "来电为语音播报：“{roboq}”，非人工来电。",
        ],
        P=["录音广告，{robo}", "机器人电话，{robo}", "自动语音：“{roboq}”", "电脑语音"],
        T=["广告", "录音", "机器人", "语音推销", "录音广告"],
        C=["一接通就是录音，“{roboq}”，我听了几句就挂了", "又是那种机器人打的电话，{robo}"],
    ),
    "fax_tone": dict(
        F=["来电为传真信号音，无人说话。", "接通后为传真机信号，话务员挂机。"],
        P=["传真音", "传真", "一直滴滴响，是传真机", "传真信号"],
        T=["传真", "传真音", "嘀嘀声", "滴滴", ""],
        C=["又是传真机打进来了，一直嘀嘀叫", "接起来就是“嘀——”的一声，是传真"],
    ),
    "music_radio": dict(
        F=["接通后只有{sound}，无人应答。", "来电无人说话，背景为{sound}。"],
        P=["电话里只有{sound}", "放{sound}，没人说话", "只听到{sound}"],
        T=["音乐声", "只有{sound}", "无人 {sound}", "放歌"],
        C=["电话那边在放{sound}，我喂了半天没人理", "接起来是{sound}，听了会儿也没人说话"],
    ),
    "telemarketer": dict(
        F=[
            "来电人自称{company}工作人员，向单位推销{product}，已告知本热线不接受推销。",
            "来电人询问本单位负责人联系方式，意图推销{product}，已拒绝。",
        ],
        P=["推销{product}", "来电推销{product}的，已告知", "来电问领导电话，要卖{product}"],
        T=["推销", "推销电话", "广告推销", "推销{product}"],
        C=[
            "来电人上来就问我们单位要不要{product}，我说这是政务热线，他还不死心又问领导电话",
            "一个卖{product}的，说给我们单位打折",
        ],
    ),
}
NM["music_radio"]["F"].append("接通后听到{sound}，多次询问无人回应。")

_PRANK_ABSURD = [
    "人民广场有人放生了一条鳄鱼",
    "{comm}{bldg}楼顶有人在养狮子",
    "县政府门口的石狮子被人刷成了粉色",
    "{road}上有一只老虎在溜达",
    "{comm}里有外星人",
    "邻居家在挖地道，快挖到县政府了",
    "{landmark}的钟楼上站着一只孔雀",
    "{beach}有一条美人鱼",
    "{road}有人骑着马逛街",
    "{comm}的自来水里有金鱼",
]
_PRANK_FAKE = [
    ("{road}{fakeno}号着火了，火很大", "已转119"),
    ("{comm}有人要跳楼", "已转110"),
    ("{uloc}发生车祸，有人受伤", "已转120、110"),
    ("{comm}{fakebldg}号楼天然气泄漏", "已转燃气公司"),
    ("{landmark}门口有人打架，都动刀子了", "已转110"),
    ("{rloc}有人偷偷埋东西", "已记录"),
]
SLOTS["fakeno"] = lambda r: str(r.randint(600, 999))
SLOTS["fakebldg"] = lambda r: str(r.randint(40, 88))
_PRANK_HINTS = [
    "来电人说话时一直在笑",
    "背景有人起哄",
    "询问具体地址，来电人支支吾吾说不清",
    "来电人不留姓名，说完即挂断",
    "回拨无人接听",
    "来电人声音稚嫩",
    "来电人说完问“你们真去啊？”",
    "来电人前后说法不一致",
    "背景有人说“快挂快挂”",
]
_VEX_MATTERS = [
    "其{year}年被罚款五十元要求退还",
    "其在县医院排队时被人插队，要求医院道歉",
    "要求政府出具其“没有精神病”的证明",
    "邻居家空调滴水滴到他家窗台",
    "要求撤掉他家楼下的垃圾桶",
    "其十年前买的电视机质量问题",
    "要求查清楼下超市多找他两块钱的事",
    "要求把小区门口的减速带拆掉",
    "要求12345给他出一份“无诉求证明”",
    "要求话务员把他的诉求一字一句念一遍",
    "称邻居家的监控对着他家门，侵犯隐私",
]


# ---------------------------------------------------------------------------
# Rendering in the operator's habit
# ---------------------------------------------------------------------------


class _Ctx(object):
    __slots__ = ("rng", "op", "t", "agent", "dur", "k_today", "k_total", "restricted", "phone", "extra")


_NEIGH = {"formal": "plain", "plain": "formal", "terse": "plain", "chatty": "plain"}
_KEY = {"formal": "F", "plain": "P", "terse": "T", "chatty": "C"}


def _style(ctx):
    s = ctx.op["style"]
    if ctx.rng.random() < 0.12:
        s = _NEIGH[s]
    return s


def _fav(ctx, seq):
    """Operators have a favourite phrasing."""
    if ctx.rng.random() < 0.6:
        return seq[int(ctx.op["id"]) % len(seq)]
    return _pick(ctx.rng, seq)


def _subj(ctx):
    rng = ctx.rng
    s = _pick(rng, ctx.op["subj"])
    if rng.random() < 0.1:
        s = "来电人" + _pick(rng, _SURNAMES) + _pick(rng, ["女士", "先生"])
    return s


def _short(body):
    parts = body.split("，")
    s = parts[0]
    i = 1
    while len(s) < 18 and i < len(parts) and len(s) + len(parts[i]) < 34:
        s = s + "，" + parts[i]
        i += 1
    for pre in ("其单位", "其在", "其"):
        if s.startswith(pre) and len(s) > len(pre) + 6:
            s = s[len(pre) :]
            break
    return s


_F_MATTER = [
    "{subj}反映：{body}。{dl}{demand}。",
    "{subj}反映{body}，{demand}。",
    "{subj}来电反映，{body}。来电人{demand}。",
    "{subj}称{body}，{demand}。",
]
_P_MATTER = ["{body}，{demand}。", "反映{body}，{demand}。", "来电说{body}，{demand}。", "{body}。{demand}"]
_T_MATTER = ["{short}，{tdem}", "{short} {tdem}", "{short}"]
_C_MATTER = [
    "{subj}说{body}，{demand}。（{remark}）",
    "{subj}打电话来说{body}，{demand}。{remark}",
    "{body}，{demand}。（{remark}）",
    "{subj}说{body}，{demand}。",
]


def _matter(ctx, body, demand, after="", remark=None, style=None, notes=True, short=None):
    rng, op = ctx.rng, ctx.op
    st = style or _style(ctx)
    ex = {
        "subj": _subj(ctx),
        "body": body,
        "demand": demand or "",
        "dl": op["dem_label"],
        "short": short or _short(body),
        "tdem": _pick(rng, _TERSE_DEM),
        "remark": remark or _pick(rng, _GEN_REMARKS),
    }
    if st == "formal":
        tpl = _fav(ctx, _F_MATTER)
        if not demand:
            tpl = "{subj}反映{body}。"
    elif st == "plain":
        tpl = _fav(ctx, _P_MATTER)
        if not demand:
            tpl = "{body}。"
    elif st == "terse":
        tpl = _fav(ctx, _T_MATTER)
    else:
        tpl = _fav(ctx, _C_MATTER) if rng.random() < op["remark"] + 0.3 else "{subj}说{body}，{demand}。"
        if not demand:
            tpl = tpl.replace("，{demand}", "")
    text = fill(rng, tpl, ex)
    if after:
        text = text.rstrip("。") + ("，" if st == "terse" else "。") + after + ("" if st == "terse" else "。")
    if notes and st != "terse" and rng.random() < 0.2 and op["notes_g"]:
        n = _pick(rng, op["notes_g"])
        if n.rstrip("。") not in text:
            text += n
    if st in ("formal", "plain") and rng.random() < 0.15:
        text += fill(rng, _pick(rng, _CALLER_TAGS))
    elif st == "terse" and rng.random() < 0.2 and op["notes_g"]:
        text += " " + _pick(rng, op["notes_g"])
    return text


def _nm(ctx, kind, extra=None):
    rng, op = ctx.rng, ctx.op
    st = _style(ctx)
    if st == "terse" and rng.random() < op["blank_nm"]:
        return ""
    text = fill(rng, _pick(rng, NM[kind][_KEY[st]]), extra)
    if text and st != "terse" and rng.random() < 0.25:
        pool = op["notes_h"] if kind in _WARN_KINDS else [n for n in op["notes_h"] if not _is_warn(n)]
        if pool:
            n = _pick(rng, pool)
            if n.strip("已。") not in text:
                text = text.rstrip("。") + "。" + n
    return text


_WARN_KINDS = (
    "abuse_operator",
    "vent_government",
    "threat_no_matter",
    "drunk",
    "flirting",
    "dare_bet",
    "absurd_request",
)


def _is_warn(note):
    for w in ("文明用语", "警告", "劝导", "劝了"):
        if w in note:
            return True
    return False


_SILENT_EXTRA = [
    "（约{m}分钟）",
    "，持续约{s}秒",
    "，能听到呼吸声",
    "，背景有电视声",
    "，背景有风声",
    "，能听到那边有人走动",
    "，听到有人笑了一声后挂断",
    "，对方一直不挂",
    "，背景有车声",
    "，有人小声说话但不回应",
]
_DROP_WORDS = [
    "接通后即挂断",
    "来电人未讲话即挂断",
    "通话中断",
    "电话接通就断了",
    "信号中断",
    "来电挂断",
    "刚接通就断线",
    "接通后对方挂机",
    "喂了一声就断了",
    "未接通",
    "响一声就断",
]


def _silent_text(ctx, drop=False):
    rng, op = ctx.rng, ctx.op
    if rng.random() < op["blank_s"] * (0.8 if drop else 1.0):
        return ""
    if drop and rng.random() < 0.45:
        w = _pick(rng, _DROP_WORDS)
    else:
        w = _fav(ctx, op["silent"]) if rng.random() < 0.7 else _pick(rng, op["silent"])
    w = w.rstrip("。")
    if ctx.dur > 40 and rng.random() < (0.45 if op["style"] in ("formal", "chatty") else 0.2):
        e = _pick(rng, _SILENT_EXTRA)
        if ctx.dur < 60:
            e = e.replace("（约{m}分钟）", "，持续约{s}秒")
        w += fill(rng, e, {"m": _cn_num(max(1, ctx.dur // 60)), "s": str(ctx.dur)})
    if op["style"] == "chatty" and ctx.k_total >= 3 and rng.random() < 0.35:
        w = _pick(rng, ["又是这个号，", "这个号码又打来了，", "还是这个号，"]) + w
    if op["style"] != "terse":
        w += "。"
    return w


# ---------------------------------------------------------------------------
# Content per kind
# ---------------------------------------------------------------------------


def _topic_text(ctx, topic):
    rng = ctx.rng
    body = fill(rng, _pick(rng, topic[5]))
    dem = fill(rng, _pick(rng, topic[6] if rng.random() < 0.75 else _GEN_DEMANDS))
    return body, dem


def g_complaint(ctx):
    a = ctx.agent
    if "sbody" in a:
        return _matter(ctx, fill(ctx.rng, a["sbody"], a.get("sx")), fill(ctx.rng, a["sdem"], a.get("sx")))
    body, dem = _topic_text(ctx, a["topic"])
    return _matter(ctx, body, dem)


_CONS_CTX = [
    "替家里老人问的",
    "自己不太会用手机",
    "刚从外地回来",
    "之前问过别人没问明白",
    "在外地打工",
    "这事急着办",
    "老家是{rtown}的",
    "打了好几个电话没问明白",
    "孩子让问问",
]


def g_consultation(ctx):
    rng, a = ctx.rng, ctx.agent
    if "sq" in a:
        q, ans = fill(rng, a["sq"], a.get("sx")), fill(rng, a["sa"], a.get("sx"))
    else:
        q, ans = fill(rng, a["q"][0]), fill(rng, a["q"][1])
    phone_like = ans[:1].isdigit() or ans.startswith("0535")
    st = _style(ctx)
    if a.get("oneline"):
        if st == "terse":
            return _pick(rng, ["咨询{q} 已告", "{q}", "问{q}，{a}", "{q} {a}"]).format(
                q=q, a=ans if phone_like else "已告"
            )
        if phone_like:
            return _pick(
                rng, ["咨询{q}，已告知{a}。", "咨询{q}，已告知。", "来电人咨询{q}，已告知：{a}。", "查询{q}，已告知{a}"]
            ).format(q=q, a=ans)
        return _pick(rng, ["咨询{q}，已告知。", "咨询{q}，已解答。", "来电咨询{q}，已告知{a}。"]).format(q=q, a=ans)
    cx = fill(rng, _pick(rng, _CONS_CTX))
    subj = _subj(ctx)
    if st == "formal":
        t = _fav(ctx, ["{s}咨询{q}。已告知{a}。", "{s}称{c}，咨询{q}，话务员已告知{a}。", "{s}咨询{q}，已解答：{a}。"])
    elif st == "plain":
        t = _fav(ctx, ["咨询{q}，已告知{a}", "{c}，问{q}，{a}", "咨询{q}，已告知{a}。"])
    elif st == "terse":
        t = _fav(ctx, ["咨询{q} 已告", "问{q}", "{q}？{a}"])
    else:
        t = _fav(
            ctx,
            [
                "{s}说{c}，问{q}，我告诉来电人{a}，来电人说谢谢了",
                "{s}问{q}，已告知{a}。（{r}）",
                "{s}说{c}，想问问{q}，已告知{a}",
            ],
        )
    text = t.format(s=subj, q=q, a=ans, c=cx, r=_pick(rng, _GEN_REMARKS))
    if st != "terse" and rng.random() < 0.12 and ctx.op["notes_g"]:
        n = _pick(rng, ctx.op["notes_g"])
        if n.rstrip("。") not in text:
            text += n
    return text


def g_followup(ctx):
    rng, a = ctx.rng, ctx.agent
    ex = {"order": a["order"], "fu": a["fu"], "dissat": _pick(rng, _DISSAT), "k": _cn_num(ctx.k_total + 1)}
    if ctx.k_total >= 2 and rng.random() < 0.5:
        ex["dissat"] = "这是第{k}次催了".replace("{k}", ex["k"])
    st = _style(ctx)
    close = a.get("close") and ctx.k_total == a["n"]
    if close:
        t = {
            "formal": "{subj}称工单{order}反映的{fu}问题已解决，对办理结果表示满意。",
            "plain": "{order}的{fu}问题已经解决了，来电表示感谢",
            "terse": "{order} 已解决 满意",
            "chatty": "来电人说{fu}的事已经给解决了，特意打电话来说声谢谢",
        }[st]
    elif a["has_no"]:
        t = _pick(
            rng,
            {
                "formal": [
                    "{subj}催办工单{order}，反映的{fu}问题至今未解决，要求尽快处理。",
                    "{subj}来电询问工单{order}（{fu}）的办理进度，已告知正在办理中。",
                    "{subj}对工单{order}的回复不满意，称{dissat}，要求重新办理。",
                    "{subj}称{ndaysago}反映的{fu}问题到现在没人联系，工单号{order}，要求尽快回复。",
                ],
                "plain": [
                    "催办{order}，{fu}的事还没人管",
                    "问{ndaysago}反映的{fu}办得怎么样了，单号{order}",
                    "{order}回复不满意，{dissat}",
                    "工单{order}催办，{dissat}",
                ],
                "terse": ["催办 {order}", "{order} 催", "催{fu} {order}", "{order}不满意 重办", "查进度{order}"],
                "chatty": [
                    "来电人说{ndaysago}打过电话反映{fu}，到现在也没人来，{dissat}，语气挺着急的（单号{order}）",
                    "来电人问单子{order}怎么还没动静，{dissat}",
                ],
            }[st],
        )
    else:
        t = _pick(
            rng,
            {
                "formal": [
                    "{subj}称{ndaysago}反映过{fu}问题，至今无人处理，要求尽快解决。",
                    "{subj}来电催办此前反映的{fu}问题，称{dissat}。",
                ],
                "plain": ["之前反映过{fu}，还没人管，催一下", "催{fu}的事，{dissat}"],
                "terse": ["催办 {fu}", "催{fu}"],
                "chatty": ["来电人说前些天反映的{fu}一直没人管，{dissat}，让我们再催催"],
            }[st],
        )
    ex["subj"] = _subj(ctx)
    return fill(rng, t, ex)


def g_urgent(ctx):
    rng = ctx.rng
    body, after = _pick(rng, _URGENT)
    body, after = fill(rng, body), fill(rng, after)
    st = _style(ctx)
    if st == "chatty":
        return "来电人很着急，说%s，%s，让来电人注意安全。" % (body, after)
    if st == "formal":
        return "%s称%s，情况紧急。%s。" % (_subj(ctx), body, after)
    return _matter(ctx, body, "", after=after, style=st, notes=False)


def g_suggestion(ctx):
    rng = ctx.rng
    s = fill(rng, _pick(rng, _SUGGEST))
    st = _style(ctx)
    if st == "formal":
        return "%s%s。%s" % (_subj(ctx), s, _pick(rng, ["", "已记录。", "请相关部门研究采纳。"]))
    if st == "terse":
        return "建议：" + s[2:]
    if st == "chatty":
        return "来电人%s，说是为了大家方便。" % s
    return s + "。"


def g_praise(ctx):
    rng = ctx.rng
    s = fill(rng, _pick(rng, _PRAISE), {"order": _order_before(rng, ctx.t)})
    st = _style(ctx)
    if st == "terse":
        return s.replace("来电", "", 1)
    if st == "chatty":
        return s + "，来电人说一定要把表扬记上。"
    return s + "。"


def g_angry(ctx):
    rng = ctx.rng
    body, dem = _topic_text(ctx, ctx.agent["topic"])
    aq = fill(rng, "{angryq}")
    st = _style(ctx)
    if st == "formal":
        t = _pick(
            rng,
            [
                "来电人情绪激动，言语粗俗，称“{aq}”。反映{body}，{dem}。",
                "来电人态度恶劣，辱骂话务员，反映{body}，{dem}。",
                "来电人情绪激动，反映{body}，{dem}。（来电人多次说脏话，已提醒文明用语）",
            ],
        )
    elif st == "plain":
        t = _pick(
            rng, ["骂了几句，反映{body}，{dem}", "来电很冲，说“{aq}”，{body}，{dem}", "{body}，{dem}。来电人骂人"]
        )
    elif st == "terse":
        t = _pick(rng, ["{short}，{tdem}（骂人）", "骂人。{short}", "{short} 态度差", "“{aq}” {short}"])
    else:
        t = _pick(
            rng,
            [
                "来电人一上来就骂，说“{aq}”，我安抚了半天，他才说是{body}，{dem}。",
                "来电人火气很大，骂骂咧咧的，说{body}，{dem}，还说“{aq}”",
            ],
        )
    return fill(rng, t, {"aq": aq, "body": body, "dem": dem, "short": _short(body), "tdem": _pick(rng, _TERSE_DEM)})


def g_reported_insult(ctx):
    rng = ctx.rng
    body, dem = _pick(rng, _REPORTED_INSULT)
    body = fill(rng, body)
    short = None
    if "“" in body:
        i = body.index("“")
        j = body.index("”", i)
        lead = body[:i].split("，")[-1]
        short = lead[-12:] + body[i : j + 1]
    return _matter(ctx, body, dem, short=short)


def g_elderly(ctx):
    rng, a = ctx.rng, ctx.agent
    em, resp = a["em"]
    em, resp = fill(rng, em), fill(rng, resp)
    hear = _pick(rng, ["耳背", "说话不太清楚", "反复询问", "口音较重", "说话很慢"])
    st = _style(ctx)
    night = ctx.t.hour < 6 or ctx.t.hour >= 22
    if st == "formal":
        t = _pick(
            rng,
            [
                "老人来电，{hear}，反映{em}，{resp}。",
                "{subj}（老人，{age}岁）反映{em}，{resp}。",
                "来电老人称{em}，{resp}。",
            ],
        )
    elif st == "plain":
        t = _pick(rng, ["老人打来，{em}，{resp}", "老人来电说{em}，{resp}。"])
    elif st == "terse":
        t = _pick(rng, ["老人 {em}，{resp}", "老人来电 {em}"])
    else:
        t = _pick(rng, ["{elder}打来，{hear}，说{em}，{resp}。（{erem}）", "{elder}说{em}，{resp}，{erem}"])
        if night and rng.random() < 0.5:
            t = "{elder}说半夜睡不着，想起这个事就打了，{em}，{resp}。"
    if ctx.k_total >= 2 and rng.random() < 0.3:
        t += _pick(rng, ["（老人多次来电反映此事）", "（此前已来电）", "（又打来了）"])
    return fill(
        rng,
        t,
        {
            "hear": hear,
            "em": em,
            "resp": resp,
            "subj": _subj(ctx),
            "age": str(rng.randint(72, 91)),
            "elder": _pick(rng, ["大爷", "大娘", "老大爷", "老太太", "老人"]),
            "erem": _pick(rng, _ELDER_REM),
        },
    )


def g_distress(ctx):
    rng = ctx.rng
    db, dh = _pick(rng, _DISTRESS)
    db, dh = fill(rng, db), fill(rng, dh)
    st = _style(ctx)
    if st == "formal":
        return "来电人情绪低落，%s。%s。" % (db, dh)
    if st == "chatty":
        return "来电人一边哭一边说，%s，我陪她说了好一会，%s。" % (db, dh)
    if st == "terse":
        return "%s %s" % (db, dh)
    return "%s，%s" % (db, dh)


def g_dropped(ctx):
    return _silent_text(ctx, drop=True)


def g_bad_line(ctx):
    rng = ctx.rng
    if ctx.op["style"] == "terse":
        if rng.random() < ctx.op["blank_s"] * 0.5:
            return ""
        return _pick(rng, ["听不清", "信号差", "杂音大 听不清", "听不清 挂", "口音重 听不懂"])
    return fill(rng, _pick(rng, _BADLINE)) + ("。" if ctx.op["style"] == "formal" else "")


def g_misdial(ctx):
    rng = ctx.rng
    s = fill(rng, _pick(rng, _MISDIAL))
    if ctx.op["style"] == "terse":
        return _pick(rng, ["打错", "拨错", "打错了", s.replace("来电人", "")])
    return s + ("。" if ctx.op["style"] == "formal" else "")


def g_callback(ctx):
    rng = ctx.rng
    body, dem = _topic_text(ctx, ctx.agent["topic"])
    st = _style(ctx)
    if st == "formal":
        t = _pick(
            rng,
            [
                "来电人称刚才电话断了，重新来电反映{body}，{dem}。",
                "来电人再次来电（前次通话中断），反映{body}，{dem}。",
            ],
        )
    elif st == "plain":
        t = _pick(rng, ["刚才断线，又打来，{body}，{dem}", "刚才没听清又打来的，{body}，{dem}"])
    elif st == "terse":
        t = _pick(rng, ["续前 {short}", "回拨 {short}，{tdem}", "{short}"])
    else:
        t = "刚才打进来没说两句就断了，又打回来说{body}，{dem}。"
    return fill(rng, t, {"body": body, "dem": dem, "short": _short(body), "tdem": _pick(rng, _TERSE_DEM)})


def g_petitioner(ctx):
    rng, a = ctx.rng, ctx.agent
    g, gs = a["grv"], a["grv_short"]
    claim = fill(rng, _pick(rng, _PCLAIMS))
    pdem = _pick(rng, a["pdem"])
    st = _style(ctx)
    ex = {
        "grv": g,
        "gs": gs,
        "claim": claim,
        "pdem": pdem,
        "subj": _subj(ctx),
        "order": _order_before(rng, ctx.t, 1, 12),
        "ptitle": a["title"],
        "prem": _pick(
            rng,
            [
                "说了快二十分钟",
                "情绪比较激动",
                "说不解决就天天打",
                "已告知会转给相关部门",
                "说话很快，听着很委屈",
                "反复说自己的材料都在",
            ],
        ),
    }
    if st == "formal":
        t = _pick(
            rng,
            [
                "{subj}再次反映{grv}，{claim}，{pdem}。",
                "{subj}反映{grv}，{claim}。来电人{pdem}。",
                "{subj}就{gs}问题再次来电，{claim}，{pdem}。",
            ],
        )
    elif st == "plain":
        t = _pick(rng, ["又反映{grv}，{claim}，{pdem}", "{grv}，{claim}", "{gs}的事，{claim}，{pdem}"])
    elif st == "terse":
        t = _pick(rng, ["{gs}，{claim}", "老问题：{gs}", "反映{gs} 同前", "{gs} {pdem}"])
    else:
        t = _pick(
            rng,
            [
                "这位{ptitle}又打来了，还是{grv}的事，{claim}，{pdem}。（{prem}）",
                "来电人说{grv}，{claim}，{pdem}，{prem}",
            ],
        )
    if st != "terse" and rng.random() < 0.3:
        t += _pick(rng, ["（上次工单号{order}）", "此前已有工单{order}。", "（此前多次来电）"])
    if st == "formal" and rng.random() < 0.3:
        t += _pick(rng, ["已记录，转相关部门。", "已做好解释和安抚。"])
    return fill(rng, t, ex)


def g_night_worker(ctx):
    rng = ctx.rng
    who = ctx.agent["who"]
    body, dem = _pick(rng, _NIGHT_MATTERS)
    body = fill(rng, body)
    st = _style(ctx)
    if st == "formal":
        return "来电人系%s，反映%s，%s。" % (who, body, dem)
    if st == "plain":
        return "%s来电，%s，%s" % (who, body, dem)
    if st == "terse":
        return "%s %s" % (who, _short(body))
    return "一位%s打来，说%s，%s，说他天天夜里走这条路。" % (who, body, dem)


# ---- nuisance --------------------------------------------------------------


def g_silent(ctx):
    return _silent_text(ctx)


def g_prank(ctx):
    rng, a = ctx.rng, ctx.agent
    r = a["pmode"]
    after = ""
    if r == "normal":
        body, dem = _topic_text(ctx, a["topic"])
    elif r == "absurd":
        body = fill(rng, _pick(rng, _PRANK_ABSURD))
        dem = _pick(rng, ["希望有关部门来看看", "要求政府管一管", "请尽快处理", "要求马上派人来"])
    else:
        body, after = _pick(rng, _PRANK_FAKE)
        body, after, dem = fill(rng, body), fill(rng, after), ""
    text = _matter(ctx, body, dem, after=after, notes=False)
    if rng.random() < a["hint_p"]:
        h = _pick(rng, _PRANK_HINTS)
        text = text.rstrip("。 ") + ("（%s）" % h if rng.random() < 0.5 else "。" + h + "。")
    return text


def g_vexatious(ctx):
    rng, a = ctx.rng, ctx.agent
    st = _style(ctx)
    k = _cn_num(min(ctx.k_today, 99)) if ctx.k_today < 100 else str(ctx.k_today)
    if st == "terse" and rng.random() < ctx.op["blank_nm"]:
        return ""
    if a["vex"]:
        vm = a["vex"]
        vs = _short(vm)
        t = _pick(
            rng,
            {
                "formal": [
                    "来电人再次就{vm}来电，该问题已多次答复，来电人仍坚持原诉求。",
                    "来电人反映{vm}，要求答复。",
                    "来电人就{vm}重复来电，无新诉求。",
                    "来电人反映{vm}，已做好解释。",
                ],
                "plain": ["又打来说{vm}，已经答复过很多次", "{vm}，已答复", "来电说{vm}", "重复反映{vm}"],
                "terse": ["重复来电", "同前", "又是{vs}", "重复诉求 已答复", "同上", "{vs}"],
                "chatty": [
                    "这个号又打来了，还是{vm}，已经讲过很多遍了，他就是不听",
                    "今天第{k}次了，还是{vm}",
                    "来电人又说{vm}，我解释了他不听，说明天还打",
                ],
            }[st],
        )
        return fill(rng, t, {"vm": vm, "vs": vs, "k": k})
    t = _pick(
        rng,
        {
            "formal": [
                "来电人要求话务员报工号，无其他诉求。",
                "来电人接通后问“{vexq}”后挂机。",
                "来电人无诉求，反复来电纠缠。",
                "来电人称“我就是要打，你们管不着”。",
                "来电人无具体诉求，重复来电。",
            ],
            "plain": ["问“{vexq}”就挂了", "又打来，没事", "来电问“{vexq}”，没诉求", "重复来电，没事"],
            "terse": ["重复来电 无诉求", "同上", "又来了", "骚扰", "", "重复", "无诉求"],
            "chatty": ["今天第{k}次了，还是问我“{vexq}”", "这个号又来了，问完“{vexq}”就挂", "又是他，打通了也不说事"],
        }[st],
    )
    return fill(rng, t, {"k": k})


def _g_nm(kind):
    return lambda ctx: _nm(ctx, kind)


GEN = {
    "complaint": g_complaint,
    "consultation": g_consultation,
    "followup": g_followup,
    "urgent_help": g_urgent,
    "suggestion": g_suggestion,
    "praise": g_praise,
    "angry_with_matter": g_angry,
    "reported_insult": g_reported_insult,
    "elderly_matter": g_elderly,
    "distress": g_distress,
    "dropped_call": g_dropped,
    "bad_line": g_bad_line,
    "misdial": g_misdial,
    "callback": g_callback,
    "petitioner": g_petitioner,
    "night_worker": g_night_worker,
    "silent": g_silent,
    "prank_report": g_prank,
    "vexatious_repeat": g_vexatious,
}
for _k in NM:
    GEN[_k] = _g_nm(_k)


def _order_before(rng, t, lo=2, hi=25):
    d = t - dt.timedelta(days=rng.randint(lo, hi))
    return "%s%05d" % (d.strftime("%Y%m%d"), rng.randint(1, 1900))


# ---------------------------------------------------------------------------
# Time: hour profiles, rest days, patterns
# ---------------------------------------------------------------------------

HOURS = {
    "gen": [
        0.5,
        0.35,
        0.25,
        0.2,
        0.2,
        0.35,
        0.9,
        2.4,
        5.5,
        8.6,
        9.0,
        8.2,
        5.2,
        4.6,
        7.2,
        7.6,
        7.0,
        6.0,
        4.2,
        3.6,
        3.1,
        2.5,
        1.7,
        1.0,
    ],
    "day": [
        0.15,
        0.1,
        0.08,
        0.06,
        0.06,
        0.15,
        0.6,
        2.0,
        5.5,
        9.0,
        9.5,
        8.5,
        5.0,
        4.5,
        7.5,
        8.0,
        7.0,
        5.5,
        3.2,
        2.4,
        1.8,
        1.2,
        0.6,
        0.3,
    ],
    "office": [
        0.02,
        0.02,
        0.02,
        0.02,
        0.02,
        0.02,
        0.1,
        0.6,
        4.0,
        7.0,
        7.5,
        6.0,
        1.8,
        2.0,
        6.5,
        7.0,
        6.0,
        3.0,
        0.6,
        0.2,
        0.1,
        0.05,
        0.03,
        0.02,
    ],
    "evening": [
        1.2,
        0.6,
        0.3,
        0.2,
        0.2,
        0.4,
        1.0,
        1.8,
        3.0,
        3.6,
        3.6,
        3.2,
        2.6,
        2.6,
        3.0,
        3.2,
        3.4,
        4.0,
        5.0,
        5.8,
        6.2,
        5.8,
        4.2,
        2.5,
    ],
    "night": [
        5.0,
        3.6,
        2.6,
        2.0,
        1.6,
        1.2,
        0.6,
        0.3,
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
        1.0,
        1.6,
        2.6,
        4.0,
        5.5,
        6.2,
    ],
    "elder": [
        0.8,
        0.6,
        0.5,
        0.6,
        1.0,
        2.2,
        4.0,
        6.0,
        7.0,
        6.5,
        5.5,
        4.0,
        2.5,
        3.0,
        4.0,
        4.0,
        3.5,
        3.0,
        2.5,
        2.6,
        2.2,
        1.6,
        1.2,
        1.0,
    ],
    "silent": [
        2.4,
        2.1,
        1.8,
        1.5,
        1.2,
        1.0,
        1.0,
        1.2,
        1.6,
        1.9,
        1.9,
        1.7,
        1.5,
        1.5,
        1.7,
        1.7,
        1.7,
        1.7,
        1.9,
        2.1,
        2.3,
        2.5,
        2.6,
        2.5,
    ],
    "evnight": [
        4.0,
        3.0,
        2.0,
        1.4,
        1.0,
        0.6,
        0.4,
        0.5,
        1.0,
        1.5,
        1.8,
        2.0,
        2.0,
        2.0,
        2.0,
        2.2,
        2.5,
        3.0,
        3.5,
        4.0,
        4.5,
        5.0,
        5.0,
        4.6,
    ],
    "drunk": [
        5.0,
        4.0,
        2.6,
        1.4,
        0.6,
        0.2,
        0.1,
        0.1,
        0.1,
        0.2,
        0.3,
        0.6,
        1.4,
        1.4,
        0.6,
        0.5,
        0.6,
        1.0,
        2.0,
        3.2,
        4.2,
        5.0,
        5.6,
        5.6,
    ],
    "child": [
        0.05,
        0.03,
        0.03,
        0.03,
        0.03,
        0.1,
        0.4,
        1.2,
        2.0,
        3.0,
        3.5,
        3.0,
        3.0,
        3.5,
        3.5,
        3.5,
        3.8,
        4.2,
        4.6,
        4.2,
        3.0,
        1.5,
        0.5,
        0.2,
    ],
    "prank": [
        2.2,
        1.5,
        1.0,
        0.5,
        0.3,
        0.2,
        0.2,
        0.4,
        1.0,
        1.5,
        2.0,
        2.0,
        2.0,
        2.2,
        2.5,
        3.0,
        3.5,
        4.0,
        4.5,
        5.0,
        5.5,
        5.5,
        5.0,
        3.6,
    ],
    "vex": [
        0.5,
        0.3,
        0.2,
        0.2,
        0.2,
        0.5,
        1.5,
        3.0,
        4.5,
        5.0,
        5.0,
        4.5,
        3.5,
        3.5,
        4.5,
        4.5,
        4.5,
        4.0,
        3.5,
        3.0,
        2.8,
        2.2,
        1.5,
        1.0,
    ],
}
_HOUR_CUM = {}
for _k, _v in HOURS.items():
    _c, _s = [], 0.0
    for _x in _v:
        _s += _x
        _c.append(_s)
    _HOUR_CUM[_k] = _c

_HOLIDAYS = frozenset(
    [
        (2024, 1, 1),
        (2024, 2, 10),
        (2024, 2, 11),
        (2024, 2, 12),
        (2024, 2, 13),
        (2024, 2, 14),
        (2024, 2, 15),
        (2024, 2, 16),
        (2024, 2, 17),
        (2024, 4, 4),
        (2024, 4, 5),
        (2024, 4, 6),
        (2024, 5, 1),
        (2024, 5, 2),
        (2024, 5, 3),
        (2024, 5, 4),
        (2024, 5, 5),
        (2024, 6, 10),
        (2024, 9, 15),
        (2024, 9, 16),
        (2024, 9, 17),
        (2024, 10, 1),
        (2024, 10, 2),
        (2024, 10, 3),
        (2024, 10, 4),
        (2024, 10, 5),
        (2024, 10, 6),
        (2024, 10, 7),
        (2025, 1, 1),
        (2025, 1, 28),
        (2025, 1, 29),
        (2025, 1, 30),
        (2025, 1, 31),
        (2025, 2, 1),
        (2025, 2, 2),
        (2025, 2, 3),
        (2025, 2, 4),
        (2025, 4, 4),
        (2025, 4, 5),
        (2025, 4, 6),
        (2025, 5, 1),
        (2025, 5, 2),
        (2025, 5, 3),
        (2025, 5, 4),
        (2025, 5, 5),
        (2025, 5, 31),
        (2025, 6, 1),
        (2025, 6, 2),
        (2025, 10, 1),
        (2025, 10, 2),
        (2025, 10, 3),
        (2025, 10, 4),
        (2025, 10, 5),
        (2025, 10, 6),
        (2025, 10, 7),
        (2025, 10, 8),
    ]
)
_MAKEUP_WORKDAYS = frozenset(
    [
        (2024, 2, 4),
        (2024, 2, 18),
        (2024, 4, 7),
        (2024, 4, 28),
        (2024, 5, 11),
        (2024, 9, 14),
        (2024, 9, 29),
        (2024, 10, 12),
        (2025, 1, 26),
        (2025, 2, 8),
        (2025, 4, 27),
        (2025, 9, 28),
        (2025, 10, 11),
    ]
)


class _Clock(object):
    def __init__(self, start, days):
        self.start = start
        self.days = days
        self.end = start + dt.timedelta(days=days)
        self.rest = []
        self.month = []
        for i in range(days):
            d = (start + dt.timedelta(days=i)).date()
            key = (d.year, d.month, d.day)
            r = (d.weekday() >= 5 and key not in _MAKEUP_WORKDAYS) or key in _HOLIDAYS
            self.rest.append(r)
            self.month.append(d.month)
        self._cum = {}

    def day_cum(self, wef, mon=1.0):
        key = (wef, mon)
        c = self._cum.get(key)
        if c is None:
            c, s = [], 0.0
            for i in range(self.days):
                w = wef if self.rest[i] else 1.0
                if not self.rest[i] and i > 0 and self.rest[i - 1]:
                    w *= mon  # first working day after a rest day is busier
                s += w
                c.append(s)
            self._cum[key] = c
        return c

    def pick_day(self, rng, wef, mon=1.0):
        c = self.day_cum(wef, mon)
        x = rng.random() * c[-1]
        lo, hi = 0, len(c) - 1
        while lo < hi:
            m = (lo + hi) // 2
            if c[m] > x:
                hi = m
            else:
                lo = m + 1
        return lo

    @staticmethod
    def pick_hour(rng, prof):
        c = _HOUR_CUM[prof]
        x = rng.random() * c[-1]
        for h in range(24):
            if c[h] > x:
                return h
        return 23

    def at(self, day, hour_f):
        return self.start + dt.timedelta(days=day, seconds=int(hour_f * 3600))

    def rand_time(self, rng, prof, wef, mon=1.0):
        d = self.pick_day(rng, wef, mon)
        return self.at(d, self.pick_hour(rng, prof) + rng.random())

    def inside(self, t):
        return self.start <= t < self.end


def _pattern_times(rng, clock, pattern, prof, wef, cap):
    days = clock.days
    out = []
    if pattern == "one":
        out = [clock.rand_time(rng, prof, wef)]
    elif pattern in ("burst", "bursts"):
        nb = 1 if pattern == "burst" else rng.randint(2, 5)
        gap = _pick(rng, [0.6, 1.5, 4.0, 10.0, 25.0])  # minutes
        for _ in range(nb):
            t = clock.rand_time(rng, prof, wef)
            n = 2 + int(rng.expovariate(1.0 / 6.0))
            for _j in range(n):
                out.append(t)
                t = t + dt.timedelta(seconds=15 + int(rng.expovariate(1.0 / (gap * 60))))
    elif pattern == "nightly":
        d0 = rng.randrange(days)
        length = rng.randint(5, 26)
        pref = 21.5 + rng.random() * 5.0  # 21:30 .. 02:30
        for d in range(d0, min(days, d0 + length)):
            if rng.random() < 0.15:
                continue
            h = pref + rng.gauss(0, 0.5)
            t = clock.at(d, h)
            for _j in range(1 + (rng.random() < 0.4) + (rng.random() < 0.15)):
                out.append(t)
                t = t + dt.timedelta(seconds=30 + int(rng.expovariate(1.0 / 300)))
    elif pattern == "every_few":
        d = rng.randrange(min(6, days))
        pref = clock.pick_hour(rng, prof) + rng.random()
        step = rng.randint(2, 6)
        while d < days:
            t = clock.at(d, pref + rng.gauss(0, 1.3))
            for _j in range(1 + (rng.random() < 0.3) + (rng.random() < 0.1)):
                out.append(t)
                t = t + dt.timedelta(seconds=20 + int(rng.expovariate(1.0 / 600)))
            d += max(1, step + rng.randint(-1, 1))
    elif pattern == "few":
        for _ in range(rng.randint(2, 4)):
            out.append(clock.rand_time(rng, prof, wef))
    elif pattern == "daily_many":
        d0 = rng.randrange(max(1, days // 3))
        span = rng.randint(min(days, 8), days)
        for d in range(d0, min(days, d0 + span)):
            if rng.random() < (0.25 if clock.rest[d] else 0.1):
                continue
            for _j in range(rng.randint(3, 22)):
                out.append(clock.at(d, clock.pick_hour(rng, "vex") + rng.random()))
    out = [t for t in out if clock.inside(t)]
    out.sort()
    return out[:cap]


# ---------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------

_MOBILE_PREFIX = [
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "157",
    "158",
    "159",
    "182",
    "183",
    "184",
    "187",
    "188",
    "178",
    "147",
    "198",
    "130",
    "131",
    "132",
    "155",
    "156",
    "185",
    "186",
    "176",
    "166",
    "133",
    "153",
    "180",
    "181",
    "189",
    "177",
    "173",
    "199",
    "191",
    "195",
]
_VIRTUAL_PREFIX = ["170", "171", "162", "165", "167"]
_OTHER_AREAS = ["010", "021", "020", "0755", "0571", "0531", "0532", "028", "027", "0371", "0512", "0592"]


class _Phones(object):
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def make(self, mix):
        rng = self.rng
        kind = _wpick(rng, mix)
        if kind == "w":
            return ""
        while True:
            if kind == "m":
                p = _pick(rng, _MOBILE_PREFIX) + "%08d" % rng.randrange(10**8)
            elif kind == "v":
                p = _pick(rng, _VIRTUAL_PREFIX) + "%08d" % rng.randrange(10**8)
            elif kind == "l":
                p = AREA_CODE + _pick(rng, ["46", "46", "47", "48"]) + "%06d" % rng.randrange(10**6)
            else:
                p = _pick(rng, _OTHER_AREAS) + "%08d" % rng.randrange(10**8)
            if p not in self.used:
                self.used.add(p)
                return p


def _mix(**kw):
    return [(k, kw[k]) for k in ("m", "l", "o", "v", "w") if k in kw]


# ---------------------------------------------------------------------------
# Kind configuration: hour profile, rest-day factor, repetition patterns, numbers, durations
# ---------------------------------------------------------------------------

H_CONF = {
    "silent": (
        "silent",
        1.0,
        [("one", 45), ("burst", 14), ("bursts", 6), ("nightly", 10), ("every_few", 15), ("few", 10)],
        _mix(m=50, l=12, v=3, w=35),
        [(0.45, 2, 12), (0.38, 10, 75), (0.17, 60, 420)],
    ),
    "abuse_operator": (
        "evnight",
        1.1,
        [("one", 60), ("burst", 15), ("few", 15), ("nightly", 5), ("every_few", 5)],
        _mix(m=68, l=7, w=25),
        [(1, 12, 200)],
    ),
    "vent_government": (
        "gen",
        0.9,
        [("one", 60), ("few", 25), ("every_few", 15)],
        _mix(m=70, l=15, w=15),
        [(1, 60, 700)],
    ),
    "threat_no_matter": (
        "evnight",
        1.0,
        [("one", 70), ("few", 20), ("burst", 10)],
        _mix(m=55, l=5, w=40),
        [(1, 15, 180)],
    ),
    "lonely_chat": (
        "night",
        1.1,
        [("one", 30), ("nightly", 35), ("every_few", 25), ("few", 10)],
        _mix(m=50, l=45, w=5),
        [(0.3, 120, 400), (0.7, 300, 2400)],
    ),
    "drunk": ("drunk", 1.5, [("one", 60), ("burst", 20), ("few", 20)], _mix(m=85, l=5, w=10), [(1, 40, 900)]),
    "flirting": (
        "evnight",
        1.1,
        [("one", 50), ("few", 25), ("every_few", 15), ("burst", 10)],
        _mix(m=80, w=20),
        [(1, 25, 420)],
    ),
    "prank_report": ("prank", 1.6, [("one", 75), ("burst", 10), ("few", 15)], _mix(m=60, l=5, w=35), [(1, 35, 260)]),
    "nonsense_story": (
        "evnight",
        1.0,
        [("one", 50), ("every_few", 30), ("nightly", 20)],
        _mix(m=60, l=35, w=5),
        [(1, 240, 1800)],
    ),
    "absurd_request": ("gen", 1.2, [("one", 70), ("few", 30)], _mix(m=75, l=15, w=10), [(1, 40, 360)]),
    "child_play": ("child", 1.9, [("one", 60), ("burst", 40)], _mix(m=65, l=35), [(1, 4, 100)]),
    "line_test": ("gen", 0.9, [("one", 80), ("burst", 20)], _mix(m=80, l=10, w=10), [(1, 3, 35)]),
    "dare_bet": ("drunk", 1.8, [("one", 80), ("burst", 20)], _mix(m=85, w=15), [(1, 8, 75)]),
    "robocall": (
        "office",
        0.3,
        [("one", 50), ("few", 30), ("every_few", 20)],
        _mix(m=10, o=45, v=35, w=10),
        [(1, 8, 70)],
    ),
    "fax_tone": ("office", 0.25, [("one", 30), ("burst", 40), ("every_few", 30)], _mix(l=50, o=50), [(1, 5, 45)]),
    "music_radio": ("silent", 1.1, [("one", 70), ("burst", 30)], _mix(m=60, l=30, w=10), [(1, 15, 320)]),
    "telemarketer": (
        "office",
        0.12,
        [("one", 60), ("few", 30), ("every_few", 10)],
        _mix(m=30, v=35, o=35),
        [(1, 20, 160)],
    ),
    "vexatious_repeat": ("vex", 0.8, [("daily_many", 1)], _mix(m=70, l=30), [(0.5, 10, 90), (0.5, 60, 900)]),
}

G_CONF = {  # hour profile, rest-day factor, numbers, durations
    "complaint": ("gen", 0.8, _mix(m=84, l=11, o=1, w=4), [(1, 70, 720)]),
    "consultation": ("day", 0.5, _mix(m=85, l=11, w=4), [(0.55, 25, 110), (0.45, 60, 420)]),
    "followup": ("gen", 0.55, _mix(m=86, l=12, w=2), [(1, 45, 420)]),
    "urgent_help": ("evening", 1.0, _mix(m=90, l=8, w=2), [(1, 40, 300)]),
    "suggestion": ("day", 0.8, _mix(m=88, l=10, w=2), [(1, 80, 500)]),
    "praise": ("day", 0.6, _mix(m=85, l=13, w=2), [(1, 50, 300)]),
    "angry_with_matter": ("gen", 0.9, _mix(m=84, l=10, w=6), [(1, 120, 1200)]),
    "reported_insult": ("gen", 0.9, _mix(m=82, l=14, w=4), [(1, 120, 800)]),
    "elderly_matter": ("elder", 0.9, _mix(m=52, l=45, w=3), [(1, 150, 1500)]),
    "distress": ("evnight", 1.1, _mix(m=90, l=5, w=5), [(1, 300, 2400)]),
    "dropped_call": ("gen", 0.8, _mix(m=80, l=10, w=10), [(0.8, 1, 9), (0.2, 5, 30)]),
    "bad_line": ("gen", 0.8, _mix(m=82, l=15, w=3), [(1, 10, 100)]),
    "misdial": ("gen", 0.9, _mix(m=82, l=14, w=4), [(1, 6, 45)]),
    "callback": ("gen", 0.8, _mix(m=88, l=12), [(1, 70, 600)]),
    "petitioner": ("day", 0.6, _mix(m=75, l=25), [(1, 150, 1500)]),
    "night_worker": ("night", 1.0, _mix(m=97, w=3), [(1, 60, 500)]),
}


def _alloc(total, shares):
    raw = [(k, total * s) for k, s in shares]
    out = [(k, int(v)) for k, v in raw]
    left = total - sum(v for _k, v in out)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i][1] - int(raw[i][1])), i))
    out = [list(x) for x in out]
    for i in order[:left]:
        out[i][1] += 1
    return [(k, v) for k, v in out]


def _topic_weights(month):
    out = []
    for tp in TOPICS:
        f = tp[2]
        if f is None:
            m = 1.0
        else:
            m = f.get(month, f.get("x", 1.0))
        out.append((tp, tp[1] * m))
    return out


def _consult_weights(month):
    out = []
    for item in CONSULT:
        f = item[2]
        m = 1.0 if f is None else f.get(month, f.get("x", 1.0))
        out.append((item, m))
    return out


# ---------------------------------------------------------------------------
# Surges within the period
# ---------------------------------------------------------------------------


def _surges(rng, clock):
    """List of dicts: day, h0, span(hours), share (of complaint quota), items [(kind, body/q, demand/answer)]."""
    days = clock.days
    out = []
    comms = []
    while len(comms) < 4:
        c = _pick(rng, _COMMS)
        if c not in comms:
            comms.append(c)
    road = _pick(rng, _ROADS)
    sx = {"c": comms, "rd": road, "hh": [str(h) for h in range(18, 23)]}
    out.append(
        dict(
            day=int(days * 0.33),
            h0=7.0,
            span=15.0,
            share=0.035,
            sx=sx,
            items=[
                ("complaint", "{c}从早上就停水了，到现在还没来水，也没看到通知", "希望尽快恢复供水"),
                ("complaint", "{c}{bldg}停水大半天了，做饭都没法做", "要求给个说法"),
                ("complaint", "{c}停水了，家里有老人，问能不能安排送水车", "希望尽快安排"),
                ("consultation", "{c}停水的原因和来水时间", "因{rd}供水主管道爆裂正在抢修，预计晚上{hh}点左右恢复供水"),
                ("consultation", "{c}什么时候来水", "正在抢修，预计今晚恢复"),
            ],
        )
    )
    mon = clock.month[min(days - 1, int(days * 0.55))]
    if mon in (6, 7, 8, 9):
        town = _pick(rng, _RURAL_TOWNS)[0]
        sx2 = {"c": [_pick(rng, _COMMS), _pick(rng, _COMMS)] + [town + v for v in _VILLAGES[town][:5]]}
        out.append(
            dict(
                day=int(days * 0.55),
                h0=13.0,
                span=10.0,
                share=0.045,
                sx=sx2,
                items=[
                    ("complaint", "{c}停电了，天这么热，家里有老人孩子", "希望供电公司尽快抢修"),
                    ("complaint", "{c}停电好几个小时了，冰箱里的东西都要坏了", "要求尽快来电"),
                    ("consultation", "{c}停电什么时候来电", "因线路故障，供电公司正在抢修"),
                    ("complaint", "{c}一直停电，打95598打不进去", "希望尽快处理"),
                ],
            )
        )
    if mon in (5, 6, 7, 8, 9):
        out.append(
            dict(
                day=int(days * 0.8),
                h0=17.0,
                span=12.0,
                share=0.045,
                sx={},
                items=[
                    ("complaint", "{road}积水很深，车都熄火了", "希望尽快排水"),
                    ("complaint", "{comm}地下车库进水了", "希望尽快派人抽水"),
                    ("complaint", "{road}上一棵大树被风刮倒了，挡住了路", "希望尽快清理"),
                    ("complaint", "{rloc}的路被水冲坏了", "希望镇里来看看"),
                    ("complaint", "{comm}{bldg}顶楼漏雨，屋里都是水", "要求物业处理"),
                    ("complaint", "{rloc}河道水涨得很快，桥快被淹了", "希望派人查看"),
                    ("consultation", "明天学校停不停课", "请关注教体局通知"),
                ],
            )
        )
    if mon == 6 and days >= 10:
        mk = _pick(rng, _MARKETS[1:2] + _MARKETS[5:6])
        out.append(
            dict(
                day=int(days * 0.4),
                h0=8.0,
                span=30.0,
                share=0.012,
                sx={"mk": mk},
                items=[
                    (
                        "complaint",
                        "{mk}的收购商一起压价，今天樱桃只给{p2}块钱一斤，昨天还是{p1}块",
                        "希望市场监管部门管一管",
                    ),
                    ("complaint", "{mk}收樱桃的说好的价钱过秤时又压价", "要求查处"),
                ],
            )
        )
    for i in range(days):
        d = (clock.start + dt.timedelta(days=i)).date()
        if d.month == 6 and d.day == 6:
            out.append(
                dict(
                    day=i,
                    h0=17.0,
                    span=30.0,
                    share=0.012,
                    sx={},
                    items=[
                        ("complaint", "{school}考点附近的工地还在施工，明天就高考了", "希望今晚和考试期间停工"),
                        ("complaint", "{school}考点旁边的商铺用大喇叭放音乐，考生要休息", "希望尽快制止"),
                        ("complaint", "{comm}夜市烧烤很吵，家里孩子要高考", "希望高考这几天管一管"),
                        ("complaint", "{comm}{spot}广场舞声音很大，明天孩子高考", "希望这几天停一停"),
                    ],
                )
            )
    return out


# ---------------------------------------------------------------------------
# Main entry point
# ---------------------------------------------------------------------------


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    rng = random.Random(seed)
    clock = _Clock(start, days)
    rota = _build_rota(random.Random("rota-%s" % (seed,)), days)
    phones = _Phones(random.Random("phones-%s" % (seed,)))
    n_h = int(round(n_target * harassment_share))
    n_g = n_target - n_h
    events = []  # [time, label, kind, agent, k_today, k_total]
    restricted = []

    def add(agent, kind, label, times):
        pd, k = None, 0
        for i, t in enumerate(times):
            day = (t - start).days
            k = k + 1 if day == pd else 1
            pd = day
            events.append([t, label, kind, agent, k, i + 1])

    # ---------------- nuisance ----------------
    for kind, quota in _alloc(n_h, HARASSMENT_SHARES):
        prof, wef, patterns, mix, _d = H_CONF[kind]
        left = quota
        guard = 0
        while left > 0 and guard < 100000:
            guard += 1
            pat = _wpick(rng, patterns)
            cap = left
            if kind == "vexatious_repeat":
                cap = min(left, max(12, rng.randint(quota // 4 + 1, quota // 2 + 2)))
            times = _pattern_times(rng, clock, pat, prof, wef, cap)
            if not times:
                continue
            phone = phones.make(mix)
            if pat == "every_few" and kind in ("robocall", "fax_tone", "telemarketer"):
                times = [t for t in times if 7 <= t.hour <= 19] or times[:1]
            agent = {"phone": phone}
            if kind == "prank_report":
                agent["pmode"] = _wpick(rng, [("normal", 50), ("absurd", 25), ("fake", 25)])
                agent["topic"] = _wpick(rng, _topic_weights(clock.month[0]))
                agent["hint_p"] = 0.5
            elif kind == "vexatious_repeat":
                agent["vex"] = _pick(rng, _VEX_MATTERS) if rng.random() < 0.6 else None
                if agent["vex"]:
                    agent["vex"] = fill(rng, agent["vex"])
            add(agent, kind, "harassment", times)
            left -= len(times)
            if phone:
                if len(times) >= 3 and rng.random() < (0.8 if kind == "vexatious_repeat" else 0.55):
                    restricted.append(phone)
                elif rng.random() < 0.05:
                    restricted.append(phone)

    # ---------------- genuine ----------------
    gq = dict(_alloc(n_g, GENUINE_SHARES))
    month_of = clock.month

    def one_time(kind, prof=None):
        p, wef, _mx, _d = G_CONF[kind]
        return clock.rand_time(rng, prof or p, wef, 1.15)

    # surges
    comp_left = gq["complaint"]
    cons_left = gq["consultation"]
    for s in _surges(rng, clock):
        n = int(round(gq["complaint"] * s["share"]))
        for _i in range(n):
            kind, a1, a2 = _pick(rng, s["items"])
            if kind == "complaint" and comp_left <= 0 or kind == "consultation" and cons_left <= 0:
                continue
            h = s["h0"] + s["span"] * (rng.random() ** 1.7)
            t = clock.at(s["day"], h)
            if not clock.inside(t):
                continue
            sx = dict(s["sx"])
            ag = {"phone": phones.make(G_CONF[kind][2])}
            if kind == "complaint":
                ag.update(sbody=a1, sdem=a2, sx=sx)
                comp_left -= 1
            else:
                ag.update(sq=a1, sa=a2, sx=sx, oneline=rng.random() < 0.4)
                cons_left -= 1
            times = [t]
            if rng.random() < 0.1 and ag["phone"]:  # rings again later: still not fixed
                t2 = t + dt.timedelta(minutes=rng.randint(40, 300))
                if clock.inside(t2) and (
                    (kind == "complaint" and comp_left > 0) or (kind == "consultation" and cons_left > 0)
                ):
                    times.append(t2)
                    if kind == "complaint":
                        comp_left -= 1
                    else:
                        cons_left -= 1
            add(ag, kind, "genuine", times)

    # ordinary complaints (topic decides the hour profile)
    tw_cache = {}
    while comp_left > 0:
        d = clock.pick_day(rng, 0.8, 1.15)
        m = month_of[d]
        if m not in tw_cache:
            tw_cache[m] = _topic_weights(m)
        tp = _wpick(rng, tw_cache[m])
        t = clock.at(d, clock.pick_hour(rng, tp[3]) + rng.random())
        times = [t]
        if tp[3] == "night" and rng.random() < 0.12:
            # still noisy: the same neighbour rings again later that night
            for _j in range(_wpick(rng, [(1, 60), (2, 30), (3, 10)])):
                t = t + dt.timedelta(minutes=rng.randint(15, 100))
                if clock.inside(t):
                    times.append(t)
        elif rng.random() < 0.02:
            t = t + dt.timedelta(days=rng.randint(1, 6), hours=rng.uniform(-3, 3))
            if clock.inside(t):
                times.append(t)
        times = times[:comp_left]
        comp_left -= len(times)
        add({"phone": phones.make(G_CONF["complaint"][2]), "topic": tp}, "complaint", "genuine", times)

    cw_cache = {}
    for _i in range(cons_left):
        d = clock.pick_day(rng, 0.5, 1.2)
        m = month_of[d]
        if m not in cw_cache:
            cw_cache[m] = _consult_weights(m)
        q = _wpick(rng, cw_cache[m])
        t = clock.at(d, clock.pick_hour(rng, "day") + rng.random())
        one = rng.random() < (0.7 if q[1].startswith("{ph_") or q[1].startswith("0535") else 0.35)
        add({"phone": phones.make(G_CONF["consultation"][2]), "q": q, "oneline": one}, "consultation", "genuine", [t])

    # follow-ups: 1-4 calls about one earlier order, some at night
    left = gq["followup"]
    while left > 0:
        n = min(left, _wpick(rng, [(1, 55), (2, 25), (3, 12), (4, 8)]))
        t = one_time("followup")
        times = [t]
        for _j in range(n - 1):
            t = t + dt.timedelta(days=rng.randint(1, 5))
            h = clock.pick_hour(rng, "gen" if rng.random() < 0.85 else "night") + rng.random()
            t = dt.datetime(t.year, t.month, t.day) + dt.timedelta(hours=h)
            times.append(t)
        times = sorted(x for x in times if clock.inside(x))
        if not times:
            continue
        ag = {
            "phone": phones.make(G_CONF["followup"][2]),
            "order": _order_before(rng, times[0], 2, 30),
            "fu": _pick(rng, _FU_MATTERS),
            "has_no": rng.random() < 0.65,
            "n": len(times),
            "close": rng.random() < 0.12,
        }
        add(ag, "followup", "genuine", times)
        left -= len(times)

    # elderly callers with a matter: some repeat, some at night
    left = gq["elderly_matter"]
    while left > 0:
        n = min(left, _wpick(rng, [(1, 50), (2, 20), (3, 12), (4, 8), (5, 5), (6, 5)]))
        night = rng.random() < 0.25
        times = []
        t = one_time("elderly_matter", "night" if night else "elder")
        for _j in range(n):
            times.append(t)
            if rng.random() < 0.3:
                t = t + dt.timedelta(minutes=rng.randint(3, 90))
            else:
                t = t + dt.timedelta(days=rng.randint(1, 4), minutes=rng.randint(-90, 90))
        times = sorted(x for x in times if clock.inside(x))
        if not times:
            continue
        add(
            {"phone": phones.make(G_CONF["elderly_matter"][2]), "em": _pick(rng, _ELDER)},
            "elderly_matter",
            "genuine",
            times,
        )
        left -= len(times)

    # persistent petitioners: every 1-4 days, some several times a day
    left = gq["petitioner"]
    while left > 0:
        mean_gap = rng.uniform(1.0, 4.0)
        multi = rng.random() < 0.35
        pref = rng.uniform(7.5, 17.5)
        d = rng.uniform(0, min(4.0, days))
        times = []
        while d < days and len(times) < left:
            day = int(d)
            k = 1
            if multi:
                k = _wpick(rng, [(1, 45), (2, 25), (3, 15), (4, 8), (6, 5), (8, 2)])
            h = pref + rng.gauss(0, 1.5)
            for _j in range(k):
                hh = h if 0.0 <= h < 24.0 else 22.0 + rng.random() * 1.99
                times.append(clock.at(day, hh))
                h += rng.uniform(0.2, 3.0)
                if rng.random() < 0.06:
                    h = rng.uniform(21.0, 23.9)  # an evening call now and then
            d += max(0.7, rng.expovariate(1.0 / mean_gap))
        times = sorted(x for x in times if clock.inside(x))[:left]
        if not times:
            continue
        g, gs = _pick(rng, _PETITION)
        ag = {
            "phone": phones.make(G_CONF["petitioner"][2]),
            "grv": fill(rng, g, {"old_ent": _OLD_ENT}),
            "grv_short": gs,
            "title": _pick(rng, ["大爷", "老人", "大姐", "大哥", "老同志", "阿姨"]),
            "pdem": [_pick(rng, _PDEMANDS), _pick(rng, _PDEMANDS)],
        }
        add(ag, "petitioner", "genuine", times)
        left -= len(times)
        if rng.random() < 0.34:
            restricted.append(ag["phone"])

    # callbacks after a dropped or unintelligible call
    drop_left, bad_left = gq["dropped_call"], gq["bad_line"]
    for _i in range(gq["callback"]):
        t0 = one_time("callback")
        t1 = t0 + dt.timedelta(seconds=rng.randint(40, 900))
        if not clock.inside(t1):
            t0, t1 = t0 - dt.timedelta(minutes=20), t1 - dt.timedelta(minutes=20)
        phone = phones.make(_mix(m=88, l=12))
        tp = _wpick(rng, _topic_weights(t1.month))
        ag = {"phone": phone, "topic": tp}
        if rng.random() < 0.7 and drop_left > 0:
            add(ag, "dropped_call", "genuine", [t0])
            drop_left -= 1
        elif bad_left > 0:
            add(ag, "bad_line", "genuine", [t0])
            bad_left -= 1
        events.append([t1, "genuine", "callback", ag, 2, 2])

    simple = [("dropped_call", drop_left), ("bad_line", bad_left)]
    for kind in (
        "urgent_help",
        "suggestion",
        "praise",
        "angry_with_matter",
        "reported_insult",
        "distress",
        "misdial",
        "night_worker",
    ):
        simple.append((kind, gq[kind]))
    for kind, cnt in simple:
        for _i in range(cnt):
            ag = {"phone": phones.make(G_CONF[kind][2])}
            if kind == "angry_with_matter":
                ag["topic"] = _wpick(rng, _topic_weights(clock.month[0]))
            elif kind == "night_worker":
                ag["who"] = _pick(rng, _NIGHT_WORKERS)
            add(ag, kind, "genuine", [one_time(kind)])

    # stale register entries (never call in the period)
    n_stale = max(3, len(restricted) // 2)
    for _i in range(n_stale):
        restricted.append(phones.make(_mix(m=65, l=30, v=5)))
    restricted_set = set(restricted)

    # ---------------- work orders ----------------
    events.sort(key=lambda e: e[0])  # stable: ties keep generation order
    rows = []
    ctx = _Ctx()
    ctx.rng = rng
    for t, label, kind, agent, k_today, k_total in events:
        day = (t - start).days
        op = _pick(rng, rota[day][_SHIFT_OF_HOUR[t.hour]])
        conf = H_CONF[kind][4] if label == "harassment" else G_CONF[kind][3]
        dur = _dur(rng, conf)
        if kind == "consultation" and agent.get("oneline"):
            dur = min(dur, _lognorm(rng, 20, 100))
        ctx.op, ctx.t, ctx.agent, ctx.dur = op, t, agent, dur
        ctx.k_today, ctx.k_total, ctx.phone = k_today, k_total, agent["phone"]
        ctx.restricted = agent["phone"] in restricted_set
        text = GEN[kind](ctx)
        if text:
            if k_today >= 3 and rng.random() < op["hist"]:
                text = (
                    text.rstrip("。")
                    + _pick(rng, ["（该号码今日第%d次来电）", "（今日第%d次）", "（同一号码今日已来电%d次）"]) % k_today
                )
            if ctx.restricted and rng.random() < op["flag"]:
                text = text.rstrip("。") + "（重点关注号码）"
        text = _finish(op, rng, text)
        rows.append(
            {
                "received_at": t,
                "caller_phone": agent["phone"],
                "content": text,
                "call_seconds": int(dur),
                "label": label,
                "kind": kind,
            }
        )
    return rows, restricted_set
