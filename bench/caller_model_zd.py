# -*- coding: utf-8 -*-
"""Labelled synthetic 12345 work orders for a fictional county in Yanbian.

Setting
-------
海兰县 is an invented county of 延边朝鲜族自治州, Jilin: a Han / Korean (朝鲜族)
mixed population, a border strip along the river with a 边民互市点 and a
边境管理区, a big state forest district (海兰林业局 with its 林场), 人参 /
林下参 / 木耳 / 林蛙 farming, 延边黄牛, rice and 苹果梨, and summer tourism
(漂流, a 民俗村, a gorge park, a hot spring).  County seat 兰城镇 (streets
海兰大街, 延河路, 人参路 ...), towns 参岭镇, 白石镇, 鹿鸣镇, 松涛镇, 大荒沟镇,
福满乡, 青山口乡, 长兴乡, each with villages.  Landline area code 0433
(7-digit local numbers; the county exchange is 5xxxxxx, Yanji 2xxxxxx).
Seasons are modelled by month: June/July/August = 高考 and 中考, 夜市烧烤
noise, mosquitoes, 汛期 rain storms and outages, wild boar in the fields,
tourism prices, 入学报名; winter months = 供暖 and 清雪; spring = 防火期 and 春耕;
autumn = 秋收, 人参采收, 供暖准备.  Surges (storm outage, burst main, flood,
bus-route change) are drawn per run.  Operators write East-Northern and
Yanbian words the callers use (嘎哈, 咋整, 埋汰, 闹心, 瘪犊子, 阿妈妮 ...).

Interface
---------
calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1),
      harassment_share=0.05, seed=1) -> (rows, restricted)

rows        list of dicts sorted by received_at, len(rows) == n_target, keys
            received_at (naive datetime in [start, start+days)),
            caller_phone (11-digit mobile, landline with area code as digits,
            or "" when withheld), content (the operator's work-order text,
            may be ""), call_seconds (int), label ("harassment"/"genuine"),
            kind (short English call type, below).
restricted  set of numbers already on the office's restricted-number
            register before the period: ~60% of the persistent nuisance
            numbers, a few old one-off nuisance numbers, about a third of the
            genuine persistent petitioners, and stale numbers that never
            call in the period.

Everything is drawn from random.Random(seed); no set / hash-ordered
iteration is used for choices, so a seed always gives identical output.

Call-takers
-----------
16 operators in four teams on a 四班三运转 rota (day 08-16, evening 16-24,
night 00-08, rest) plus two weekday day-shift staff.  Each has a style
(formal 来电人反映…诉求…, plain, terse with abbreviations / blanks, chatty with
own remarks), a typo rate (pinyin homophones such as 反应/述求/以告知/拔打,
dropped or doubled characters), comma / colon / bracket / quote habits,
censoring habits for swear words, favourite closing notes, own wordings
for silent calls and a patience factor that stretches or cuts nuisance
calls.  Content is written after sorting, so operators can see a number's
history ("今日第N次来电").

Kinds and shares (share of the label; label shares = harassment_share)
---------------------------------------------------------------------
harassment:
  silent            0.300  nobody speaks; 2 s .. minutes; of the silent calls
                           ~25% one-offs, 20% bursts over hours, 25% nightly for
                           weeks, 20% every few days, 10% sporadic; often
                           withheld; notes blank or operator-specific wordings,
                           sometimes breathing / laughter heard
                           (every nuisance kind has its own pattern mix, see HCFG:
                           one / burst / nightly / periodic / sporadic / redial /
                           daily_many, given as shares of that kind's calls)
  abuse_operator    0.090  insults the call-taker, no matter (swear words,
                           censored swears, dialect insults, curses, contempt,
                           sarcasm)
  gov_contempt      0.050  vents contempt for government / hotline, no matter
  threat            0.025  threats with no real matter
  night_chat        0.070  lonely / sleepless callers wanting to chat at night
  drunk             0.050  drunk callers, Fri/Sat nights heavy
  flirting          0.050  flirting, personal questions to operators
  prank_report      0.050  made-up reports told like real ones (some with cues,
                           some without; prank numbers repeat with new stories)
  nonsense_story    0.030  long confused stories with no matter
  absurd_request    0.040  requests outside any government remit
  child_play        0.040  children playing with the phone (after school,
                           weekends, school holiday)
  line_test         0.020  "just testing whether it connects"
  dare              0.015  bets / dares / 大冒险
  robocall          0.030  recorded adverts and robot "surveys" (rotating numbers)
  fax_tone          0.015  fax machines redialling in bursts
  music_radio       0.020  only music / radio / TV / 二人转, nobody speaks
  telemarketer      0.025  salespeople selling to the hotline (office hours)
  vexatious_repeat  0.080  a few callers, many calls a day over many days about
                           a long-answered matter or about nothing
genuine:
  complaint         0.380  complaints / reports on ~40 county topics, seasonal,
                           plus surges; a share preceded by a dropped call
  consultation      0.235  questions; many one-liners (a phone number, hours)
  followup          0.080  reminders / progress on an earlier order, quoting its
                           number or date, chains over days, some at night
  urgent_help       0.040  urgent help (outage with oxygen machine, burst pipe,
                           flood, lost elder, tiger tracks, lift ...)
  suggestion        0.020
  praise            0.010
  angry_genuine     0.035  angry callers who curse / insult but have a matter
  reported_insult   0.015  callers quoting an insult someone said to them
  elderly           0.025  elderly confused or lonely callers with a matter
                           (some repeat, some at night, some speak Korean)
  distress          0.008  callers in distress (suicidal thoughts, violence)
  dropped_call      0.050  line dropped before anyone spoke; ~55% call back
                           within minutes from the same number, the rest not
  bad_line          0.020  could not understand (signal, accent, 朝鲜语 only)
  misdial           0.025  wanted 110/120/119/95598/10086/a taxi/a company
  pocket_dial       0.007  pocket dial, background noises only
  petitioner        0.035  persistent petitioners with old grievances calling
                           every 1-4 days, some several times a day
                           (about a third on the restricted register)
  night_worker      0.015  night-shift workers, drivers, riders with real matters
"""

import datetime as dt
import math
import random
import re

__all__ = ["calls", "H_SHARES", "G_SHARES"]

H_SHARES = [
    ("silent", 0.300),
    ("abuse_operator", 0.090),
    ("gov_contempt", 0.050),
    ("threat", 0.025),
    ("night_chat", 0.070),
    ("drunk", 0.050),
    ("flirting", 0.050),
    ("prank_report", 0.050),
    ("nonsense_story", 0.030),
    ("absurd_request", 0.040),
    ("child_play", 0.040),
    ("line_test", 0.020),
    ("dare", 0.015),
    ("robocall", 0.030),
    ("fax_tone", 0.015),
    ("music_radio", 0.020),
    ("telemarketer", 0.025),
    ("vexatious_repeat", 0.080),
]
G_SHARES = [
    ("complaint", 0.380),
    ("consultation", 0.235),
    ("followup", 0.080),
    ("urgent_help", 0.040),
    ("suggestion", 0.020),
    ("praise", 0.010),
    ("angry_genuine", 0.035),
    ("reported_insult", 0.015),
    ("elderly", 0.025),
    ("distress", 0.008),
    ("dropped_call", 0.050),
    ("bad_line", 0.020),
    ("misdial", 0.025),
    ("pocket_dial", 0.007),
    ("petitioner", 0.035),
    ("night_worker", 0.015),
]

# ---------------------------------------------------------------- county
COUNTY = "海兰县"
AREA = "0433"
SEAT = "兰城镇"
TOWNS = [
    ("兰城镇", ["河西村", "北山村", "东兴村", "城郊村", "太平村"]),
    ("参岭镇", ["参场村", "红星村", "松林村", "二道村", "三道村", "参岭村"]),
    ("白石镇", ["白石村", "石门村", "南沟村", "新兴村", "明岩村"]),
    ("鹿鸣镇", ["鹿场村", "鹿鸣村", "金谷村", "东明村", "兴安村"]),
    ("松涛镇", ["松涛村", "青沟村", "十里坪村", "长岭村", "红旗村"]),
    ("大荒沟镇", ["大荒沟村", "朝阳村", "前进村", "六队", "柳树村"]),
    ("福满乡", ["福满村", "仁和村", "安民村", "双河村"]),
    ("青山口乡", ["青山口村", "边防村", "沿江村", "互市村", "龙湾村"]),
    ("长兴乡", ["长兴村", "桔梗村", "杜鹃村", "丰收村", "上村"]),
]
STREETS = [
    "海兰大街",
    "延河路",
    "人参路",
    "长青街",
    "民主路",
    "兴边路",
    "站前街",
    "北山街",
    "滨江路",
    "团结街",
    "建设路",
    "朝阳街",
    "光明路",
    "新兴街",
    "丹岭路",
    "林业街",
    "参乡路",
    "和平街",
]
COMMUNITIES = [
    "河西社区",
    "站前社区",
    "北山社区",
    "滨江社区",
    "新兴社区",
    "光明社区",
    "朝阳社区",
    "丹岭社区",
    "林苑社区",
]
ESTATES = [
    "金色家园",
    "滨江华府",
    "兰城名苑",
    "松林雅居",
    "锦绣小区",
    "林业局家属楼",
    "电业小区",
    "教师小区",
    "阳光新城",
    "海兰明珠",
    "参乡花园",
    "富民小区",
    "丹岭小区",
    "兴边嘉园",
    "江畔人家",
    "老粮库家属楼",
    "供销社家属楼",
]
WUYE = ["恒安物业", "锦绣物业", "松林物业", "鑫源物业", "兰城物业", "家和物业"]
SHOPS = [
    "兴隆超市",
    "福兴便利店",
    "大润家超市",
    "老金家烤肉",
    "阿里郎冷面馆",
    "参乡药店",
    "延河饭店",
    "金氏打糕店",
    "百姓大药房",
    "顺心农资店",
    "东北人家饺子馆",
    "江南春烤肉",
    "小崔串店",
    "新世纪网吧",
    "乐购生鲜",
    "鹿鸣山庄农家乐",
    "海兰宾馆",
    "松涛快捷宾馆",
    "老朴家汤饭",
    "兴边手机店",
]
COMPANIES = [
    "海兰参业有限公司",
    "兰城木业加工厂",
    "鹿鸣矿泉水厂",
    "白石石材厂",
    "松涛食品厂",
    "兴边物流公司",
    "华兴建筑工程公司",
    "县城投公司",
    "鑫达建材厂",
    "延海人参交易市场",
    "大荒沟铁矿",
    "兰城热电厂",
]
FARMS = ["青沟林场", "白桦林场", "红旗林场", "大荒沟林场"]
HOSPITALS = ["县人民医院", "县中医院", "县妇幼保健院", "{town}卫生院"]
SCHOOLS = [
    "县第一中学",
    "县第二实验小学",
    "县朝鲜族中学",
    "{town}中心小学",
    "兰城镇第三小学",
    "阳光幼儿园",
    "小天使幼儿园",
    "县职业高中",
]
SCENIC = ["白石峡谷景区", "鹿鸣湖景区", "仙峰漂流", "桔梗民俗村", "帽儿山森林公园", "兰溪温泉度假村"]
SURNAMES = [
    "金",
    "朴",
    "李",
    "崔",
    "郑",
    "姜",
    "韩",
    "全",
    "玄",
    "南",
    "张",
    "王",
    "刘",
    "赵",
    "孙",
    "于",
    "高",
    "马",
    "宋",
    "许",
    "尹",
    "吴",
    "曲",
    "常",
]

DEPTS = [
    ("县住建局", "住建局"),
    ("县综合行政执法局", "执法局"),
    ("县市场监管局", "市场监管局"),
    ("县人社局", "人社局"),
    ("县医保局", "医保局"),
    ("县卫健局", "卫健局"),
    ("县教育局", "教育局"),
    ("县公安局", "公安局"),
    ("县交通运输局", "交通局"),
    ("县农业农村局", "农业农村局"),
    ("县林业局", "林业局"),
    ("州生态环境局海兰分局", "环保局"),
    ("县自然资源局", "自然资源局"),
    ("县水利局", "水利局"),
    ("县民政局", "民政局"),
    ("县退役军人事务局", "退役军人局"),
    ("县文旅局", "文旅局"),
    ("县应急管理局", "应急局"),
    ("县供电公司", "供电公司"),
    ("县自来水公司", "自来水公司"),
    ("兰城热力公司", "热力公司"),
    ("县不动产登记中心", "不动产中心"),
    ("县政务服务中心", "政务大厅"),
    ("县信访局", "信访局"),
    ("县残联", "残联"),
    ("县妇联", "妇联"),
    ("县税务局", "税务局"),
    ("州公积金海兰县管理部", "公积金"),
    ("县人民医院", "县医院"),
    ("县疾控中心", "疾控中心"),
    ("县公安局车管所", "车管所"),
    ("县公安局户政大厅", "户政大厅"),
    ("县客运站", "客运站"),
    ("县邮政管理局", "邮政管理局"),
    ("县法律援助中心", "法援中心"),
]
_cr = random.Random(433)
DEPT_PHONE = {}
for _full, _short in DEPTS:
    DEPT_PHONE[_full] = "58%05d" % _cr.randrange(20000, 99999)
DEPT_FULL = [d[0] for d in DEPTS]
DEPT_SHORT = {d[0]: d[1] for d in DEPTS}

# ----------------------------------------------------------- templating
_ALT = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")


def _rint(a, b):
    return lambda r: str(r.randint(a, b))


def _village(r):
    t, vs = TOWNS[r.randrange(len(TOWNS))]
    return t + r.choice(vs)


def _rural_place(r):
    v = _village(r)
    x = r.random()
    if x < 0.35:
        return v + "%d组" % r.randint(1, 9)
    if x < 0.5:
        return v + "村部附近"
    if x < 0.6:
        return v + r.choice(["后山", "河边", "村口", "到镇里的路上"])
    return v


def _urban_place(r):
    x = r.random()
    if x < 0.3:
        return "%s%s%d号楼" % (r.choice(["", SEAT]), r.choice(ESTATES), r.randint(1, 28))
    if x < 0.5:
        return r.choice(ESTATES)
    if x < 0.7:
        return "%s%d号附近" % (r.choice(STREETS), r.randint(1, 388))
    if x < 0.85:
        a, b = r.sample(STREETS, 2)
        return "%s与%s交汇处" % (a, b)
    return r.choice(COMMUNITIES) + r.choice(ESTATES)


def _place(r):
    return _urban_place(r) if r.random() < 0.62 else _rural_place(r)


def _money(r):
    x = r.random()
    if x < 0.4:
        return str(r.randrange(800, 9000, 100))
    if x < 0.8:
        return str(r.randrange(10000, 60000, 500))
    return "%d万多" % r.randint(1, 4)


def _date_before(r):
    return "%d月%d日" % (r.randint(1, 12), r.randint(1, 28))


S = {
    "town": [t for t, _ in TOWNS],
    "village": _village,
    "street": STREETS,
    "estate": ESTATES,
    "community": COMMUNITIES,
    "wuye": WUYE,
    "shop": SHOPS,
    "company": COMPANIES,
    "farm": FARMS,
    "hospital": HOSPITALS,
    "school": SCHOOLS,
    "scenic": SCENIC,
    "sname": SURNAMES,
    "place": _place,
    "uplace": _urban_place,
    "rplace": _rural_place,
    "money": _money,
    "num": _rint(1, 388),
    "bld": _rint(1, 28),
    "bus": _rint(1, 12),
    "n2": _rint(3, 25),
    "mu": ["一", "两", "三", "四", "五", "一亩多", "半"],
    "year": _rint(1996, 2021),
    "wan": _rint(3, 80),
    "hours": ["两个多小时", "三个小时", "四五个小时", "大半天", "一宿", "十来个小时"],
    "dept": DEPT_FULL,
    "bbq": ["串店", "烤肉店", "朝鲜族烤肉店", "烧烤摊", "啤酒屋", "大排档", "夜市烧烤摊"],
    "food": [
        "牛奶",
        "面包",
        "打糕",
        "辣白菜",
        "冷面",
        "火腿肠",
        "月饼",
        "饮料",
        "熟食",
        "大米",
        "豆油",
        "小龙虾",
        "水果",
    ],
    "crop": ["苞米", "大豆", "土豆", "稻子", "人参", "木耳", "白菜"],
    "beast": ["野猪", "野猪", "野猪", "黑熊", "狍子"],
    "kid": ["孩子", "儿子", "闺女", "孙子", "外孙女"],
    "elder": ["老母亲", "老父亲", "婆婆", "阿妈妮", "老伴", "老人"],
    "xiao": lambda r: r.choice(SURNAMES) + r.choice(["师傅", "大姐", "大哥", "姓工作人员", "女士", "先生"]),
}


def render(r, tpl, loc=None, depth=0):
    """Expand [a|b] alternatives and {slot}s (recursively)."""
    while "[" in tpl:
        new = _ALT.sub(lambda m: r.choice(m.group(1).split("|")), tpl)
        if new == tpl:
            break
        tpl = new
    if "{" not in tpl:
        return tpl

    def rep(m):
        k = m.group(1)
        v = loc[k] if (loc is not None and k in loc) else S[k]
        if callable(v):
            v = v(r)
        elif isinstance(v, list):
            v = r.choice(v)
        if depth < 6 and ("{" in v or "[" in v):
            v = render(r, v, loc, depth + 1)
        return v

    return _SLOT.sub(rep, tpl)


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# --------------------------------------------------------------- phones
MOBILE_PREFIXES = (
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
    ]
    * 3
    + ["130", "131", "132", "155", "156", "166", "175", "176", "185", "186"] * 2
    + ["133", "153", "173", "177", "180", "181", "189", "199"]
)
VIRTUAL_PREFIXES = ["170", "171", "162", "165", "167"]
OTHER_AREAS = [
    ("0431", 8),
    ("0432", 8),
    ("010", 8),
    ("021", 8),
    ("0755", 8),
    ("0411", 8),
    ("0451", 8),
    ("024", 8),
    ("0571", 8),
]


class PhoneBook:
    def __init__(self, r):
        self.r = r
        self.used = {}

    def _unique(self, f):
        while True:
            p = f()
            if p not in self.used:
                self.used[p] = 1
                return p

    def mobile(self):
        r = self.r
        return self._unique(lambda: pick(r, MOBILE_PREFIXES) + "%08d" % r.randrange(10**8))

    def virtual(self):
        r = self.r
        return self._unique(lambda: pick(r, VIRTUAL_PREFIXES) + "%08d" % r.randrange(10**8))

    def local(self):
        r = self.r
        # county exchange 5xxxxxx (seat 58/57, villages 56/55), Yanji 2xxxxxx
        return self._unique(
            lambda: AREA + pick(r, ["58", "58", "57", "56", "55", "27", "25"]) + "%05d" % r.randrange(10**5)
        )

    def other(self):
        r = self.r
        code, n = pick(r, OTHER_AREAS)
        return self._unique(lambda: code + str(r.randint(2, 8)) + "%0*d" % (n - 1, r.randrange(10 ** (n - 1))))

    def genuine(self, landline=0.10):
        x = self.r.random()
        if x < 0.01:
            return ""
        if x < 0.01 + landline:
            return self.local()
        if x < 0.02 + landline:
            return self.other()
        return self.mobile()

    def nuisance(self, withheld=0.2, landline=0.1):
        x = self.r.random()
        if x < withheld:
            return ""
        if x < withheld + landline:
            return self.local()
        if x < withheld + landline + 0.03:
            return self.virtual()
        return self.mobile()


# ------------------------------------------------------------ operators
TYPOS = [
    ("反映", "反应"),
    ("诉求", "述求"),
    ("已告知", "以告知"),
    ("再次", "在次"),
    ("拨打", "拔打"),
    ("稍后", "稍候"),
    ("账", "帐"),
    ("座机", "坐机"),
    ("联系", "连系"),
    ("安装", "按装"),
    ("噪音", "燥音"),
    ("垃圾", "拉圾"),
    ("已经", "以经"),
    ("答复", "答付"),
    ("咨询", "资询"),
    ("现在", "现再"),
    ("的", "得"),
    ("在", "再"),
    ("部门", "部们"),
    ("处理", "处里"),
    ("辱骂", "侮骂"),
    ("继续", "继须"),
    ("停电", "停点"),
    ("电话", "电化"),
    ("小区", "小去"),
    ("按规范", "按规犯"),
    ("无声", "无生"),
    ("挂机", "挂几"),
    ("情况", "情矿"),
    ("希望", "系望"),
    ("要求", "要去"),
    ("告知", "高知"),
    ("物业", "无业"),
    ("工单", "工担"),
]

NOTES_ALL = [
    "需回访",
    "要求回访",
    "不需回访",
    "来电人要求保密",
    "已告知会转相关部门",
    "请来电人保持电话畅通",
    "已做好解释",
    "已安抚来电人情绪",
    "已告知办理时限",
    "来电人表示理解",
    "请其耐心等待",
    "已记录",
]
SILENT_ALL = [
    "无声",
    "来电无声",
    "无声电话",
    "接通后无人讲话",
    "接通后对方不说话",
    "来电不语",
    "静音电话",
    "无声来电，多次询问无应答",
    "来电人不讲话，话务员多次询问无回应，挂机",
    "对方一直不出声",
    "接通无人应答",
    "无人说话",
    "来电无人应答，已挂机",
    "来电人始终未说话",
    "喂了几声没人回答",
    "来电无声音，按规范挂机",
    "空电话",
    "无声，挂机",
    "接通后无声音",
    "无人应答",
    "话务员询问三遍无回应",
    "来电未讲话",
]
DROP_ALL = [
    "接通后断线",
    "通话中断",
    "电话接通即断",
    "信号中断",
    "未听清来电人讲话即断线",
    "接通后来电人挂断",
    "来电挂断",
    "断线",
    "对方挂机",
    "刚接通就断了",
    "电话接通后无声音，随即断线",
    "接通后信号不好随即中断",
    "来电即挂",
]
HANG_ALL = [
    "已按规范挂机",
    "话务员挂机",
    "经劝阻无效后挂机",
    "已挂机",
    "结束通话",
    "按规范结束通话",
    "提醒后挂断",
    "礼貌挂机",
]
NOMATTER_ALL = [
    "无具体诉求",
    "无实质性诉求",
    "未反映任何问题",
    "询问其诉求不答",
    "无诉求",
    "与热线业务无关",
    "无有效诉求",
    "不属于热线受理范围",
]


class Operator:
    def __init__(self, r, idx, style):
        self.idx = idx
        self.style = style
        self.female = r.random() < 0.85
        self.caller = {
            "formal": ["来电人"] * 4 + ["来电者", "该来电人"],
            "plain": ["来电人"] * 3 + ["市民", "来电者"],
            "terse": ["来电人", "来电", ""],
            "chatty": ["来电人"] * 3 + ["这位来电人", "来电的"],
        }[style]
        self.caller = pick(r, self.caller)
        self.comma = pick(
            r,
            {
                "formal": ["，"] * 9 + [","],
                "plain": ["，"] * 6 + [",", ","],
                "terse": [" ", " ", "，", ","],
                "chatty": ["，"] * 5 + [","],
            }[style],
        )
        self.colon = "：" if r.random() < 0.85 else ":"
        self.end = pick(
            r,
            {
                "formal": ["。"] * 6 + [""],
                "plain": ["。", "。", ""],
                "terse": ["", "", "", "。"],
                "chatty": ["。", "。", "~", "。。"],
            }[style],
        )
        self.br = pick(r, [("（", "）")] * 5 + [("(", ")")] * 2 + [("【", "】")])
        self.q = pick(r, [("“", "”")] * 5 + [('"', '"')] * 2 + [("‘", "’"), ("", "")])
        self.typo = {"formal": 0.012, "plain": 0.03, "terse": 0.05, "chatty": 0.04}[style] * r.uniform(0.3, 2.0)
        self.censor = pick(r, ["none", "none", "star", "x", "omit", "pinyin"])
        self.notes = r.sample(NOTES_ALL, 3)
        self.note_p = r.uniform(0.05, 0.35)
        self.silent = r.sample(SILENT_ALL, r.randint(2, 4))
        self.blank_p = {"formal": 0.0, "plain": 0.05, "terse": 0.45, "chatty": 0.0}[style] * r.uniform(0.5, 1.5)
        self.drop = r.sample(DROP_ALL, 3)
        self.drop_as_silent = r.uniform(0.2, 0.8)
        self.hang = r.sample(HANG_ALL, 2)
        self.nomatter = r.sample(NOMATTER_ALL, 3)
        self.patience = r.uniform(0.6, 1.6)
        self.hist_p = r.uniform(0.1, 0.6)
        self.quote_p = r.uniform(0.3, 0.9)
        self.route_p = {"formal": 0.45, "plain": 0.3, "terse": 0.4, "chatty": 0.15}[style]

    def fix(self, r, text):
        if not text:
            return text
        text = text.replace("。，", "，").replace("，，", "，").replace("。（", "（").replace("。。", "。")
        if self.caller != "来电人":
            text = text.replace("来电人", self.caller)
        if self.comma != "，":
            text = text.replace("，", self.comma)
        if self.colon != "：":
            text = text.replace("：", self.colon)
        text = text.replace("（", self.br[0]).replace("）", self.br[1])
        if self.q[0] != "“":
            text = text.replace("“", self.q[0]).replace("”", self.q[1])
        if self.style == "terse":
            text = text.replace("。", " ").strip()
        text = text.rstrip("。，, ")
        if text and not text.endswith(("）", ")", "】", "”", '"', "？", "！", "’")):
            text += self.end
        elif text and text[-1] in "）)】" and self.end == "。" and r.random() < 0.3:
            text += "。"
        # typos
        for good, bad in TYPOS:
            if good in text and r.random() < self.typo:
                i = text.find(good)
                text = text[:i] + bad + text[i + len(good) :]
        if len(text) > 8 and r.random() < self.typo * 0.6:
            i = r.randrange(1, len(text) - 1)
            if r.random() < 0.5:
                text = text[:i] + text[i + 1 :]
            else:
                text = text[:i] + text[i] + text[i:]
        return text

    def swear(self, r, s):
        """Write a quoted swear the way this operator does."""
        c = self.censor
        if c == "none" or r.random() < 0.3:
            return s
        for w, rep in SWEAR_CENSOR:
            if w in s:
                if c == "star":
                    s = s.replace(w, rep[0])
                elif c == "x":
                    s = s.replace(w, rep[1])
                elif c == "pinyin":
                    s = s.replace(w, rep[2])
                else:
                    return ""
        return s


SWEAR_CENSOR = [
    ("他妈的", ("他**的", "他X的", "TMD")),
    ("操你妈", ("操**", "XXX", "cnm")),
    ("傻逼", ("傻*", "傻X", "SB")),
    ("妈的", ("*的", "X的", "md")),
    ("王八蛋", ("王**", "王XX", "wbd")),
    ("去死", ("去*", "去X", "qs")),
    ("狗日的", ("狗*的", "狗X的", "gr的")),
    ("婊子", ("**", "XX", "bz")),
]


def make_roster(r):
    styles = ["formal"] * 5 + ["plain"] * 6 + ["terse"] * 4 + ["chatty"] * 3
    r.shuffle(styles)
    ops = [Operator(r, i, styles[i]) for i in range(18)]
    teams = [ops[0:4], ops[4:8], ops[8:12], ops[12:16]]
    extra = ops[16:18]
    return ops, teams, extra


def on_duty(r, teams, extra, t, day_index):
    h = t.hour
    shift = 0 if 8 <= h < 16 else (1 if h >= 16 else 2)
    for i, team in enumerate(teams):
        if (day_index + i) % 4 == shift:
            pool = team
            break
    if shift == 0 and t.weekday() < 5 and r.random() < 0.3:
        pool = extra
    if shift == 2:
        pool = pool[:3]
    return pool[r.randrange(len(pool))]


# ------------------------------------------------------- hour profiles
P_DAY = [
    0.25,
    0.15,
    0.1,
    0.08,
    0.1,
    0.25,
    0.8,
    2.5,
    6,
    8.5,
    8.5,
    7,
    4.5,
    5,
    7.5,
    7.5,
    6.5,
    5,
    3.8,
    3.2,
    2.8,
    2.2,
    1.4,
    0.7,
]
P_CONSULT = [
    0.15,
    0.1,
    0.05,
    0.05,
    0.08,
    0.2,
    0.7,
    3,
    8,
    10,
    9.5,
    7.5,
    4.5,
    6,
    8.5,
    8,
    6,
    4,
    2.5,
    2,
    1.6,
    1.2,
    0.7,
    0.35,
]
P_NOISE = [4, 2.5, 1.2, 0.5, 0.3, 0.6, 1.2, 1.5, 1.2, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 1.8, 3, 4.5, 6.5, 7, 6]
P_EVE = [1.5, 1, 0.6, 0.3, 0.2, 0.3, 0.6, 1.5, 3, 3.5, 3.5, 3, 2.5, 3, 3.5, 3.5, 3.5, 3.8, 4, 4.5, 4.5, 4, 3.2, 2.4]
P_NIGHT = [6, 5, 4, 3, 2, 1, 0.5, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.3, 0.5, 1, 2, 3, 5, 6, 7]
P_DRUNK = [
    4,
    3,
    1.5,
    0.6,
    0.2,
    0.1,
    0.1,
    0.1,
    0.1,
    0.1,
    0.1,
    0.3,
    0.6,
    0.5,
    0.3,
    0.3,
    0.4,
    0.8,
    1.5,
    3,
    4.5,
    5.5,
    6,
    5.5,
]
P_CHILD = [0, 0, 0, 0, 0, 0, 0.1, 0.5, 1.2, 2, 2.5, 2, 2, 2.5, 3, 3.5, 4.5, 5, 4.5, 4, 3, 1.5, 0.4, 0.05]
P_BIZ = [0, 0, 0, 0, 0, 0, 0, 0.3, 3, 5, 5, 4, 1.5, 3, 5, 5, 4, 2, 0.3, 0.1, 0.05, 0, 0, 0]
P_URGENT = [2, 1.5, 1.2, 1, 1, 1.5, 2.5, 4, 6, 6.5, 6, 5.5, 5, 5.5, 6, 6, 6, 6, 5.5, 5, 4.5, 4, 3.5, 2.5]
P_WORKER = [6, 6, 5, 5, 4.5, 4, 2.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.2, 0.5, 1, 2.5, 4, 5]
P_SILENT = [3, 2.5, 2, 1.5, 1, 0.8, 1, 2, 4, 5, 5, 4.5, 3.5, 4, 4.5, 4.5, 4, 4, 4, 4.5, 5, 5, 4.5, 4]
P_ELDER = [1, 0.8, 0.7, 0.8, 1.2, 2.5, 4.5, 6, 7.5, 8, 7.5, 6, 4, 4.5, 5.5, 5, 4, 3, 2.5, 2.2, 1.8, 1.4, 1.2, 1]
P_DISTRESS = [5, 5, 4, 3, 2, 1.5, 1.5, 2, 3, 3, 3, 3, 2.5, 3, 3, 3, 3, 3, 3.5, 4, 4.5, 5, 5.5, 5.5]

W_GEN = [1.15, 1.05, 1.0, 1.0, 0.95, 0.68, 0.62]
W_FLAT = [1.0] * 7
W_DRUNK = [0.6, 0.6, 0.7, 0.9, 1.5, 1.9, 1.1]
W_CHILD = [0.8, 0.8, 0.8, 0.8, 0.9, 1.8, 1.8]
W_BIZ = [1.1, 1.1, 1.0, 1.0, 1.0, 0.12, 0.08]
W_WEEKEND = [0.9, 0.9, 0.9, 0.95, 1.1, 1.4, 1.3]

# ------------------------------------------------------- complaint topics
# key, dept, hour profile, weight, month boosts, issues, shorts, appeals
TOPICS = [
    (
        "bbq_noise",
        "县综合行政执法局",
        P_NOISE,
        3.0,
        {6: 1.8, 7: 2.2, 8: 2.0, 9: 1.2, 1: 0.3, 2: 0.3, 12: 0.3},
        [
            "{P}的{bbq}每天晚上营业到[凌晨一两点|两三点|后半夜]，[喝酒划拳|吵吵嚷嚷|音响放得]声音很大，[影响休息|孩子没法睡觉|老人整宿睡不着]",
            "{P}楼下新开的{bbq}油烟直接往楼上飘，[窗户都不敢开|家里全是烟味|晾的衣服都是味]",
            "{P}附近夜市烧烤摊[占道摆桌|半夜还在营业]，[吵闹声|醉酒吵架声]扰民",
            "{P}的{bbq}门口[每天夜里|周末夜里]有人喝多了闹事、大声喧哗",
        ],
        ["{P}烧烤扰民", "{P}{bbq}噪音油烟扰民", "夜市烧烤扰民"],
        ["相关部门管一管，晚上十点以后不能这么吵", "依法查处", "尽快处理", "让商户安装油烟净化设备"],
    ),
    (
        "construction_noise",
        "县住建局",
        P_NOISE,
        1.6,
        {6: 1.6, 7: 1.5, 8: 1.5, 12: 0.2, 1: 0.2, 2: 0.2},
        [
            "{P}的工地[晚上十点以后|夜里十二点|早上四点多]还在施工，[打桩声|搅拌机|渣土车]噪音特别大",
            "{P}的工地夜间施工扰民，[问过工人说赶工期|没有看到夜间施工许可公示]",
            "{P}附近工地渣土车夜里来回跑，[路上全是泥|噪音大]",
        ],
        ["{P}工地夜间施工扰民", "工地噪音扰民"],
        ["夜间停止施工", "相关部门查处", "核实是否办理夜间施工许可"],
    ),
    (
        "dance_noise",
        "县综合行政执法局",
        P_EVE,
        1.0,
        {5: 1.5, 6: 1.6, 7: 1.6, 8: 1.5, 12: 0.2, 1: 0.2, 2: 0.2},
        [
            "{P}广场舞音响声音太大，每天晚上[七点到九点半|六点到十点|一直跳到九点多]",
            "{P}每天早上[五点多|六点不到]就有人放音响跳舞、[打太极|扭秧歌]，吵得没法睡觉",
            "{community}门前空地[晚上|每天]有人唱歌跳舞，音响开到最大",
        ],
        ["{P}广场舞噪音", "广场舞扰民"],
        ["协调降低音量", "规定活动时间", "相关部门管理"],
    ),
    (
        "neighbor_noise",
        "县公安局",
        P_NOISE,
        1.0,
        {},
        [
            "{P}楼上邻居[半夜|每天夜里]在家[跺地板|吵架|打麻将|放音乐]，[沟通过没用|敲门不开]",
            "{P}的KTV[夜里|凌晨两点多]声音还很大，[震得窗户响|影响休息]",
            "{P}邻居家养的狗[整夜叫|一宿一宿地叫]，[找过物业没用|说了不听]",
        ],
        ["{P}邻居夜间噪音", "{P}KTV扰民", "邻居狗叫扰民"],
        ["派出所出面处理", "尽快解决", "物业和社区协调"],
    ),
    (
        "power",
        "县供电公司",
        P_URGENT,
        2.2,
        {6: 1.3, 7: 1.8, 8: 1.6},
        [
            "{P}[从中午|下午三点多|昨天晚上|今天早上]开始停电，到现在还没来电，[也没接到通知|冰箱里的东西都化了]",
            "{P}电压不稳，[灯一闪一闪的|家里电器烧坏了两个|空调带不起来]",
            "{P}[经常|隔三差五]停电，[一周停了三次|每次一停就是半天]，影响生产生活",
            "{P}的变压器[嗡嗡响|冒火花]，担心出事",
        ],
        ["{P}停电", "{P}电压不稳", "{P}频繁停电"],
        ["尽快恢复供电", "供电公司派人检修", "给个停电原因和恢复时间"],
    ),
    (
        "water",
        "县自来水公司",
        P_URGENT,
        1.8,
        {6: 1.2, 7: 1.3},
        [
            "{P}[从早上|昨天下午|今天]开始停水，[没有提前通知|不知道啥时候来水]",
            "{P}自来水[发黄|发浑|有一股味|有沙子]，[不敢喝|烧开了都有沉淀]",
            "{P}水压太小，[三楼以上|楼上]根本上不去水",
            "{P}路边自来水管漏水，[水流了好几天|路面都冲坏了]",
        ],
        ["{P}停水", "{P}水质浑浊", "{P}水压小", "{P}管道漏水"],
        ["尽快恢复供水", "检测水质", "派人维修"],
    ),
    (
        "road",
        "县交通运输局",
        P_DAY,
        1.6,
        {7: 1.5, 8: 1.5, 4: 1.3},
        [
            "{P}路面[塌陷了一个坑|坑坑洼洼|开裂严重]，[晚上骑车容易摔|车底盘都刮了]",
            "{P}的井盖[丢了|坏了|松动]，[很危险|差点有孩子掉下去]",
            "{village}到{town}的路[被雨水冲坏了|坑太多|一下雨就走不了车]",
            "[{street}|{village}]的桥栏杆[坏了|断了一截]一直没修",
        ],
        ["{P}路面破损", "{P}井盖缺失", "{village}道路损坏"],
        ["尽快维修", "设置警示标志", "相关部门尽快修复"],
    ),
    (
        "streetlight",
        "县住建局",
        P_EVE,
        1.2,
        {},
        [
            "{street}的路灯[不亮|一半不亮|亮一阵灭一阵]，[晚上特别黑|有安全隐患|老人孩子走路不方便]",
            "{estate}小区里的路灯[坏了一个多月|都不亮]，[物业不管|找谁都说不归他管]",
            "{village}村里的太阳能路灯[坏了|不亮]，[晚上出门得拿手电|一直没人修]",
        ],
        ["{street}路灯不亮", "{estate}路灯不亮", "{village}路灯坏"],
        ["尽快维修", "恢复照明"],
    ),
    (
        "garbage",
        "县综合行政执法局",
        P_DAY,
        1.6,
        {6: 1.3, 7: 1.5, 8: 1.5},
        [
            "{P}的垃圾[好几天没人清运|堆成小山|满得溢出来了]，[天热有臭味|招苍蝇蚊子]",
            "{village}河边有人乱倒垃圾，[塑料袋挂得到处都是|怕下雨冲到河里]",
            "{P}垃圾箱[太少|坏了]，垃圾扔得遍地都是",
        ],
        ["{P}垃圾未清运", "{village}乱倒垃圾", "垃圾清运不及时"],
        ["及时清运", "增设垃圾箱", "加强管理"],
    ),
    (
        "sewer",
        "县住建局",
        P_DAY,
        1.2,
        {6: 1.2, 7: 1.8, 8: 1.8},
        [
            "{P}下水道堵了，[污水冒到路面上|一楼屋里返水|臭味很大]",
            "一下雨{P}就积水，[水深到小腿|车都过不去|雨水灌进地下室]",
            "{P}化粪池满了往外溢，[臭得没法开窗|一直没人抽]",
        ],
        ["{P}下水道堵塞", "{P}雨后积水", "{P}化粪池外溢"],
        ["尽快疏通", "彻底解决排水问题"],
    ),
    (
        "property",
        "县住建局",
        P_DAY,
        1.8,
        {},
        [
            "{estate}的{wuye}[乱收费|收了物业费啥也不管|私自涨物业费]，[楼道好几个月没打扫|单元门坏了不修]",
            "{estate}的楼道灯[坏了|不亮]，找{wuye}好几次了一直不修",
            "{estate}{bld}号楼顶楼漏雨，{wuye}说维修基金动不了，[屋里墙都发霉了|一下雨就得拿盆接]",
            "{estate}的{wuye}把[绿地|消防通道]改成停车位收费",
        ],
        ["{estate}物业不作为", "{estate}物业乱收费", "{estate}楼顶漏雨"],
        ["督促物业履行职责", "查处乱收费", "尽快维修"],
    ),
    (
        "elevator",
        "县市场监管局",
        P_DAY,
        0.6,
        {},
        [
            "{estate}{bld}号楼电梯[经常坏|一个月坏了三次|上周还困过人]，[老人上下楼困难|物业推诿]",
            "{estate}电梯年检标志过期了还在用，担心安全",
        ],
        ["{estate}电梯故障频繁", "电梯年检过期"],
        ["督促维修检测", "保障电梯安全"],
    ),
    (
        "wage",
        "县人社局",
        P_DAY,
        1.8,
        {6: 1.2, 12: 1.8, 1: 2.0},
        [
            "其在{company}[干活|打工|开车]，被拖欠工资{money}元，[老板一直拖着不给|找不到包工头|公司说没钱]",
            "其在{P}的工地干了[两个月|三个多月|一个夏天]，包工头{sname}某拖欠工资{money}元",
            "其在{shop}[打工|当服务员]，辞职后老板不给结最后一个月工资",
        ],
        ["{company}拖欠工资", "工地拖欠工资{money}元", "{shop}不结工资"],
        ["帮助讨要工资", "人社部门介入", "尽快支付拖欠工资"],
    ),
    (
        "food",
        "县市场监管局",
        P_DAY,
        1.2,
        {},
        [
            "在{shop}买的{food}[过期了|发霉了|里面有异物|吃了拉肚子]，[找商家不给退|商家态度恶劣]",
            "{shop}[后厨卫生太差|用过期食材|没有健康证]",
            "在{shop}吃饭后[全家拉肚子|孩子呕吐]，怀疑食物不干净",
        ],
        ["{shop}售卖过期{food}", "{shop}食品卫生问题"],
        ["依法查处", "退一赔三", "监管部门检查"],
    ),
    (
        "price",
        "县市场监管局",
        P_DAY,
        1.0,
        {7: 2.0, 8: 1.8, 6: 1.3},
        [
            "{scenic}附近的[宾馆|农家乐|民宿]旺季房价涨到[六百|八百|一千二]一晚，[还不明码标价|跟网上不一样]",
            "在{scenic}买的[人参|山货|蓝莓]缺斤短两，[说好一斤给了八两|秤有问题]",
            "{shop}[价签和结账价格不一样|结账时多收钱]",
            "{scenic}[门票|停车费]乱收费，[收费标准没公示|不给票据]",
        ],
        ["{scenic}周边宰客", "{shop}价格欺诈", "景区乱收费"],
        ["查处价格违法", "退还多收费用", "规范经营"],
    ),
    (
        "transport",
        "县交通运输局",
        P_DAY,
        1.4,
        {7: 1.4, 8: 1.3},
        [
            "{bus}路公交[不按时发车|经常甩站|晚上六点就停运|司机开车太猛]",
            "出租车[不打表|拒载|绕路|拼车乱要价]，车牌号[吉H开头|记不全了]",
            "去{town}的客运班车[减班了|不按点发车|超载]，[村里人进城不方便|等了一个多小时]",
            "{street}路口的红绿灯[坏了|时间太短]，[老人过不去马路|容易出事]",
        ],
        ["{bus}路公交问题", "出租车拒载", "{town}班车不按时", "{street}红绿灯故障"],
        ["加强管理", "相关部门尽快处理", "查处违规行为"],
    ),
    (
        "illegal_build",
        "县自然资源局",
        P_DAY,
        0.9,
        {5: 1.4, 6: 1.4, 7: 1.3},
        [
            "{P}有人私搭乱建[彩钢房|阳光房|院墙]，[占了公共通道|挡住了采光]",
            "{village}有人在耕地上[盖房子|建养殖场|挖鱼塘]",
            "{estate}一楼住户把窗户改成门开了门市",
        ],
        ["{P}违建", "{village}占用耕地建房"],
        ["依法拆除", "相关部门查处"],
    ),
    (
        "road_occupy",
        "县综合行政执法局",
        P_DAY,
        1.2,
        {6: 1.3, 7: 1.3},
        [
            "{street}的商户占道经营，[人行道都走不了人|早市一直摆到马路中间]",
            "{estate}消防通道被车[堵死了|长期占用]，[出事了消防车进不来|物业不管]",
            "{P}有人长期在路边[停报废车|堆放杂物|卖菜]",
        ],
        ["{street}占道经营", "消防通道被占", "{P}乱堆乱放"],
        ["清理整治", "加强巡查"],
    ),
    (
        "pollution",
        "州生态环境局海兰分局",
        P_DAY,
        1.1,
        {6: 1.2, 7: 1.2},
        [
            "{company}[往河里排污水|烟囱冒黑烟|晚上偷偷排放|有刺鼻气味]，[河里鱼都死了|家里窗户都不敢开]",
            "{village}有人在河边[烧垃圾|烧秸秆|洗农药桶]",
            "{village}养牛户的牛粪[乱堆在路边|流到河里]，[臭味很大|招苍蝇]",
        ],
        ["{company}排污", "{village}河边烧垃圾", "{village}养殖污染"],
        ["环保部门查处", "依法处理", "尽快整治"],
    ),
    (
        "forest",
        "县林业局",
        P_DAY,
        1.0,
        {5: 1.5, 6: 1.3, 8: 1.3, 9: 2.0},
        [
            "{village}后山有人[偷着砍树|盗伐红松|私挖林下参|下套子抓林蛙]，[晚上开车拉走|好几次了]",
            "{farm}附近有人[开荒种参|私自采石|毁林种地]",
            "有人在{village}山上[放夹子|下套子]，[狗被夹伤了|怕伤着人]",
        ],
        ["{village}盗伐林木", "{farm}毁林开荒", "{village}山上下套"],
        ["林业部门查处", "依法打击", "派人巡查"],
    ),
    (
        "wild_animal",
        "县林业局",
        P_DAY,
        1.2,
        {6: 1.4, 7: 1.8, 8: 2.2, 9: 2.5},
        [
            "{village}地里的{crop}被{beast}[拱了一大片|糟蹋了好几亩|连着祸害好几宿]，[损失不小|晚上不敢去地里]",
            "{village}最近[晚上|天一黑]有{beast}下山进村，[老人孩子不敢出门|把鸡圈扒了]",
            "{village}的{crop}被野生动物[祸害|啃了]，询问怎么申请补偿",
        ],
        ["{village}{beast}毁庄稼", "野生动物进村", "野生动物致损补偿"],
        ["核实损失给予补偿", "想办法驱赶", "林业部门处理"],
    ),
    (
        "farm",
        "县农业农村局",
        P_DAY,
        1.0,
        {4: 2.0, 5: 2.0, 6: 1.5, 9: 1.4},
        [
            "在{shop}买的[化肥|种子|农药][是假的|不出苗|用了以后苗都黄了]，[商家不认账|找了好几次]",
            "{village}的[人参地|稻田|苞米地][被水淹了|打完除草剂出现药害]，[损失很大|不知道找谁]",
            "[耕地地力补贴|玉米大豆生产者补贴]到现在还没发到[卡上|手里]，村里说不清楚",
        ],
        ["{shop}假农资", "{village}农作物受损", "农业补贴未发放"],
        ["核实处理", "帮助维权", "尽快发放补贴"],
    ),
    (
        "medical",
        "县卫健局",
        P_DAY,
        1.2,
        {},
        [
            "在{hospital}看病[排队时间太长|医生态度差|乱开检查|多收费]，[等了一上午|问两句就不耐烦]",
            "{hospital}[晚上急诊没有儿科医生|周末挂不上号]",
            "在{hospital}[住院|做手术]后费用清单和实际不符",
        ],
        ["{hospital}服务态度差", "{hospital}乱收费", "{hospital}夜间无儿科"],
        ["卫健部门调查", "给个说法", "改进服务"],
    ),
    (
        "education",
        "县教育局",
        P_DAY,
        1.2,
        {6: 1.5, 7: 1.6, 8: 1.8, 9: 1.5},
        [
            "{school}[强制订教辅资料|乱收费|假期组织补课|让家长每天批改作业]",
            "{school}[招生划片不合理|入学报名材料要求太多|户口在片区却不给报名]",
            "{school}门口[上下学时段堵车严重|有流动摊贩卖三无食品]",
            "{school}老师[体罚学生|在外面办补习班]",
        ],
        ["{school}乱收费", "{school}招生问题", "{school}门口安全问题"],
        ["教育部门调查处理", "规范办学", "尽快处理"],
    ),
    (
        "housing",
        "县住建局",
        P_DAY,
        1.1,
        {},
        [
            "{year}年买的{estate}房子到现在[还没办下来房产证|不给办不动产登记]，开发商[一直推|说等等]",
            "{estate}新房[延期交房一年多|墙体开裂|卫生间漏水]，开发商不给解决",
            "{estate}的开发商[跑路了|欠着农民工工资]，小区[配套一直没建|绿化没做]",
        ],
        ["{estate}办证难", "{estate}房屋质量问题", "{estate}延期交房"],
        ["督促开发商解决", "尽快办理房产证", "相关部门协调"],
    ),
    (
        "heating",
        "兰城热力公司",
        P_DAY,
        1.0,
        {11: 8, 12: 9, 1: 9, 2: 8, 3: 5, 10: 2, 4: 0.3, 5: 0.02, 6: 0.02, 7: 0.0, 8: 0.02, 9: 0.1},
        [
            "{estate}家里暖气不热，室温[才十四五度|不到十六度]，[老人孩子都冻感冒了|找热力公司没人来]",
            "{estate}暖气管道漏水，[楼下都渗了|一直没人修]",
            "热力公司[没通知就停暖|收了取暖费不供热]",
        ],
        ["{estate}暖气不热", "暖气漏水", "供热问题"],
        ["尽快检修", "保证供热温度"],
    ),
    (
        "snow",
        "县综合行政执法局",
        P_DAY,
        0.5,
        {12: 6, 1: 7, 2: 6, 11: 3, 3: 3, 6: 0.0, 7: 0.0, 8: 0.0},
        [
            "{street}的雪[好几天没清|冻成冰了]，[老人滑倒好几个|车都开不动]",
            "{village}到镇里的路被雪封了，[班车停了|进不去出不来]",
        ],
        ["{street}积雪未清", "{village}道路积雪"],
        ["尽快清雪", "撒融雪剂"],
    ),
    (
        "mosquito",
        "县卫健局",
        P_EVE,
        0.6,
        {6: 2.5, 7: 3.0, 8: 2.5, 1: 0, 2: 0, 12: 0, 11: 0},
        [
            "{P}[绿化带|垃圾站|臭水沟]蚊虫太多，[晚上不敢开窗|孩子被咬得满身包]",
            "{estate}地下室积水生了好多蚊子，要求消杀",
        ],
        ["{P}蚊虫多要求消杀", "蚊虫消杀"],
        ["安排消杀", "清理积水"],
    ),
    (
        "dog",
        "县公安局",
        P_DAY,
        0.8,
        {},
        [
            "{P}有人遛狗不拴绳，[孩子被吓哭了|差点被咬]，狗主人还不讲理",
            "{P}流浪狗[成群|越来越多]，[咬伤了人|晚上追着电动车跑]",
            "邻居在{P}养了[好几条大狗|烈性犬]，[不拴|天天叫]",
        ],
        ["{P}遛狗不拴绳", "{P}流浪狗伤人", "饲养烈性犬"],
        ["相关部门处理", "收容流浪狗", "规范养犬"],
    ),
    (
        "tourism",
        "县文旅局",
        P_DAY,
        0.8,
        {6: 1.6, 7: 2.5, 8: 2.5},
        [
            "{scenic}的[漂流|游船|索道][安全员太少|救生衣破了|排队两个多小时]",
            "在{scenic}[被导游强制购物|被拉去买人参|参加一日游被甩团]",
            "{scenic}[厕所太少太脏|停车场乱收费|没有中文朝鲜文指示牌]",
        ],
        ["{scenic}安全问题", "{scenic}强制购物", "{scenic}服务问题"],
        ["文旅部门查处", "加强管理", "退还费用"],
    ),
    (
        "telecom",
        "县住建局",
        P_DAY,
        0.7,
        {},
        [
            "{village}手机信号[特别差|时有时无]，[打电话得上房顶|老人有事打不出去]",
            "家里宽带[网速特别慢|三天两头断网]，找[移动|联通|电信]营业厅[没人管|推来推去]",
        ],
        ["{village}信号差", "宽带问题"],
        ["协调运营商解决", "增设基站"],
    ),
    (
        "flood",
        "县水利局",
        P_URGENT,
        0.8,
        {6: 1.5, 7: 3.5, 8: 3.5, 9: 1.2, 1: 0, 2: 0, 12: 0},
        [
            "{village}的河道[被树枝垃圾堵了|河堤有裂缝|护坡塌了一段]，[担心汛期出事|下大雨就漫到地里]",
            "{village}山上[有碎石往下掉|出现裂缝]，担心下雨滑坡",
            "{P}排水沟[被填了|堵死了]，下雨就淹",
        ],
        ["{village}河道堵塞", "{village}地质隐患", "排水沟堵塞"],
        ["尽快处理", "派人查看", "做好防汛排查"],
    ),
    (
        "neighbor_dispute",
        "{town}政府",
        P_DAY,
        0.9,
        {},
        [
            "邻居{sname}某[占了他家的地|把院墙往他家这边挪了|把排水往他家院子引]，[村里调解不成|吵了好几次]",
            "{P}邻居在楼道[堆杂物|养鸡|放腌菜缸]，[说了不听|物业不管]",
            "邻居家的树[挡光|根把他家地基拱了]，协商不成",
        ],
        ["邻里纠纷", "楼道堆放杂物", "邻居占地"],
        ["镇政府出面调解", "依法处理"],
    ),
    (
        "express",
        "县邮政管理局",
        P_DAY,
        0.7,
        {6: 1.2, 11: 1.5},
        [
            "[快递|包裹]放在{P}的驿站[丢了|被冒领了]，快递公司[不赔|推来推去]",
            "{village}的快递[不送到村里|要多收五块钱|只能去镇里取]",
            "快递员[不打电话直接放快递柜|态度很差]",
        ],
        ["快递丢件", "{village}快递加收费用", "快递服务差"],
        ["督促快递公司赔偿", "规范收费"],
    ),
    (
        "village_affairs",
        "{town}政府",
        P_DAY,
        0.9,
        {},
        [
            "{village}[低保评定不公平|村务账目不公开|村干部亲戚吃低保]",
            "{village}[修路的钱|征地补偿款|扶贫项目分红][不知道去哪了|一直没发]",
            "{village}村委会[天天锁门|办事找不到人]",
        ],
        ["{village}村务问题", "{village}低保评定不公"],
        ["镇里调查核实", "公开账目"],
    ),
    (
        "parking",
        "县综合行政执法局",
        P_DAY,
        0.6,
        {},
        ["{estate}停车[乱收费|收费太贵|车位只卖不租]", "{street}有人[用地锁占车位|把公共车位圈起来]"],
        ["{estate}停车收费", "私占公共车位"],
        ["规范收费", "清理地锁"],
    ),
    (
        "scam",
        "县公安局",
        P_DAY,
        0.5,
        {},
        [
            "其[接到冒充公检法的电话|在网上刷单被骗了|买人参被骗]，[损失{money}元|差点转账]",
            "{P}有人[搞免费领鸡蛋|卖保健品]专门骗老人钱",
        ],
        ["电信诈骗", "{P}骗老人卖保健品"],
        ["公安机关立案", "查处"],
    ),
    (
        "border",
        "县公安局",
        P_DAY,
        0.35,
        {},
        [
            "去{village}[走亲戚|干活]被要求出示边境通行证，[不知道去哪办|嫌手续麻烦]",
            "{village}边民互市点[商户收费混乱|营业时间不固定]",
        ],
        ["边境通行证办理", "互市点管理"],
        ["简化手续", "规范管理"],
    ),
]
for _t in TOPICS:
    assert _t[1] in DEPT_PHONE or _t[1] == "{town}政府", _t[1]

SINCE = [
    "",
    "",
    "",
    "已经持续[一个多月|半个多月|好几天|一周多|两个多月]",
    "[从上周|从前天|从昨天晚上|从这个月初]开始",
    "[多次|好几次]找[物业|社区|村里|镇里]都没解决",
    "之前打过电话[没人管|一直没解决]",
    "已经三天了",
    "每天都这样",
    "不是第一次了",
]
WHO = ["市民", "一男士", "一女士", "附近居民", "业主", "村民"]
WHO2 = ["一位大姐", "一位大爷", "一个小伙子", "一位阿姨", "附近的居民", "住那边的", "个体户", "一位老人", "宝妈"]
CHAT = [
    "听得出来挺生气的",
    "说了好几遍",
    "情绪有点激动",
    "说话挺客气的",
    "说这事闹心好久了",
    "反复强调要尽快",
    "说再不管就找电视台",
    "说话带口音我确认了两遍地址",
    "边说边叹气",
]

# ------------------------------------------------------ consultations
# (question, short, answer)
CONSULT = [
    (
        "城乡居民医保缴费时间和标准",
        "医保缴费",
        "按今年标准个人缴费，可通过[吉事办|银行|税务APP]缴纳，具体可咨询县医保局{ph}",
    ),
    ("异地就医备案怎么办理", "异地就医备案", "可通过国家医保服务平台APP或到县医保局窗口办理"),
    ("医保卡丢了怎么补办", "补办医保卡", "携带身份证到[县医保局|合作银行网点]办理"),
    ("养老金领取资格认证怎么做", "养老认证", "可通过[吉林掌上社保|手机APP]人脸认证，或到社区协助办理"),
    ("灵活就业人员社保怎么缴", "灵活就业社保", "携带身份证到县人社局窗口办理，电话{ph}"),
    ("失业金申领条件", "失业金", "需满足缴费满一年、非本人意愿中断就业等条件，可到县人社局咨询"),
    ("身份证丢了补办需要啥", "补办身份证", "本人携带户口本到县公安局户政大厅办理"),
    ("新生儿落户需要啥材料", "新生儿落户", "出生医学证明、父母身份证、户口本、结婚证，到户政大厅或派出所办理"),
    ("户口从外地迁回来怎么办", "户口迁移", "可在迁入地派出所申请跨省通办，具体咨询户政大厅{ph}"),
    ("驾驶证到期换证流程", "驾照换证", "可通过交管12123APP办理或到县车管所，需体检"),
    ("电动车上牌在哪办", "电动车上牌", "到县公安局交警大队车管所办理，携带购车发票、合格证和身份证"),
    ("不动产登记需要什么材料", "不动产登记", "携带购房合同、身份证、完税证明到县不动产登记中心，电话{ph}"),
    ("县政务服务中心几点上班", "政务大厅上班时间", "夏季作息上午8:30-11:30，下午13:00-17:00，周六上午有值班窗口"),
    ("周六政务大厅开不开门", "周六是否办公", "周六上午部分窗口开放，建议提前电话确认{ph}"),
    ("去边境管理区需要办什么手续", "边境通行证", "需携带身份证到县公安局出入境窗口或就近派出所办理边境通行证"),
    (
        "进山采蘑菇、山野菜需不需要审批",
        "进山采集",
        "注意不要进入保护区核心区，防火期内禁止携带火种，具体咨询县林业局{ph}",
    ),
    ("林下参种植有没有补贴", "林下参补贴", "请咨询县林业局{ph}"),
    ("耕地地力保护补贴什么时候发", "地力补贴", "以县农业农村局发放通知为准，可到乡镇农经站查询"),
    ("小学一年级入学报名时间", "一年级报名", "以县教育局公告为准，一般七月中下旬网上报名，电话{ph}"),
    ("中考成绩怎么查", "中考查分", "成绩公布后可在州教育局指定平台查询"),
    ("高考志愿填报有没有咨询电话", "志愿填报咨询", "可咨询县教育局招生办{ph}"),
    ("去延吉的客运班车几点有", "去延吉班车", "县客运站每天早6点至下午5点约每半小时一班，电话{ph}"),
    ("{bus}路公交末班车几点", "{bus}路末班车", "夏季末班车一般为晚上6点半左右，具体以公交公司为准"),
    ("{scenic}门票多少钱、开没开放", "{scenic}门票", "景区已开放，门票以景区公示为准，可咨询县文旅局{ph}"),
    ("漂流几点开放，带孩子能不能玩", "漂流开放时间", "夏季每天上午9点至下午4点，儿童需身高满1.2米并由家长陪同"),
    ("高龄补贴怎么申请", "高龄补贴", "年满80周岁可到户籍所在社区或村委会申请"),
    ("低保申请条件", "低保申请", "向户籍所在乡镇或街道提出申请，由民政部门审核"),
    ("结婚登记需不需要预约", "结婚登记", "可通过网上预约，携带双方身份证、户口本到县民政局婚姻登记处"),
    ("残疾证怎么办", "残疾证", "携带身份证、照片到县残联申请，需指定医院评定，电话{ph}"),
    ("公积金怎么提取", "公积金提取", "可通过州公积金APP或到海兰县管理部窗口办理，电话{ph}"),
    ("狂犬疫苗在哪打", "狂犬疫苗", "可到县疾控中心或县人民医院犬伤门诊接种"),
    ("明天{town}是不是计划停电", "计划停电", "请拨打95598或关注供电公司停电公告"),
    ("征兵报名怎么报", "征兵报名", "在全国征兵网报名，具体咨询县人武部"),
    ("个人所得税汇算怎么办", "个税汇算", "可通过个人所得税APP办理，或咨询县税务局{ph}"),
    ("二手房过户需要交哪些税", "二手房过户税费", "请咨询县税务局{ph}和县不动产登记中心"),
    ("营业执照怎么办", "办营业执照", "可在吉林省政务服务网或县政务服务中心市场监管窗口办理"),
    ("犬只登记在哪办", "犬只登记", "到县公安局或指定宠物医院办理，需接种疫苗"),
    ("居住证怎么办", "居住证", "到居住地派出所办理，需提供居住证明"),
    (
        "禁渔期是什么时候，能不能钓鱼",
        "禁渔期",
        "禁渔期内禁止网捕，休闲垂钓限一人一竿一线一钩，具体咨询县农业农村局{ph}",
    ),
    ("退役军人优待证怎么办", "优待证", "到户籍所在地退役军人服务站申请"),
    ("法律援助怎么申请", "法律援助", "携带身份证和相关材料到县法律援助中心，电话{ph}"),
    ("孩子疫苗本丢了能不能补", "补疫苗本", "到接种门诊凭接种记录补办"),
    ("人参收购价格现在多少", "人参价格", "热线不提供市场价格，建议咨询延海人参交易市场"),
    ("县医院周末有没有专家门诊", "县医院专家门诊", "请咨询县人民医院{ph}"),
    ("核酸检测还做不做", "核酸检测", "如需检测可到县人民医院发热门诊"),
    ("朝鲜族传统节日有没有放假", "民族节日放假", "按自治州相关规定执行，具体以通知为准"),
]
ONE_LINE_DEPTS = [
    "县医保局",
    "县人社局",
    "县不动产登记中心",
    "县政务服务中心",
    "县公安局户政大厅",
    "县公安局车管所",
    "县人民医院",
    "县住建局",
    "县民政局",
    "县市场监管局",
    "县教育局",
    "县客运站",
    "县供电公司",
    "县自来水公司",
    "兰城热力公司",
    "县税务局",
    "县残联",
    "州公积金海兰县管理部",
    "县疾控中心",
    "县林业局",
    "县农业农村局",
    "县信访局",
    "县法律援助中心",
    "县退役军人事务局",
    "县文旅局",
    "县交通运输局",
]

# --------------------------------------------------- other genuine banks
URGENT = [
    ("{P}停电{hours}了，家里老人用着制氧机，请求尽快恢复供电", "县供电公司"),
    ("{P}自来水管爆了，水漫到屋里，找不到总阀门", "县自来水公司"),
    ("{P}有电线断了掉在地上，[还冒火花|旁边有孩子玩]", "县供电公司"),
    ("家里老人在{P}走丢了，[有老年痴呆|早上出去一直没回来]", "县公安局"),
    ("{village}的路被山洪冲断了，[车过不去|有车困在里面]", "县应急管理局"),
    ("{village}河水涨得很快，[有人在河边没撤|有几户人家被水围了]", "县应急管理局"),
    ("在{village}后山看到[疑似东北虎脚印|像是老虎的脚印|黑熊]，村里人不敢上山", "县林业局"),
    ("{P}闻到很大的燃气味，[不知道哪里漏了|楼道里都是味]", "县住建局"),
    ("孩子在{P}被狗咬了，问哪里能打狂犬疫苗", "县疾控中心"),
    ("{P}井盖丢了，[刚才有小孩差点掉下去|路灯也不亮]，请求马上处理", "县住建局"),
    ("{estate}有人被困在电梯里[半个多小时|二十分钟]了，物业电话打不通", "县市场监管局"),
    ("{P}大树被风刮倒了，[压在电线上|挡住了路|砸了车]", "县综合行政执法局"),
    ("家里[孩子|老人]发高烧，问现在哪家医院有夜间急诊", "县卫健局"),
    ("{P}地下室进水了，[水深到膝盖|电闸还没拉]", "县应急管理局"),
    ("在{scenic}[和家人走散了|迷路了]，手机快没电了", "县文旅局"),
]
URGENT_HANDLE = [
    "已转{D}紧急处理",
    "已电话通知{D}",
    "已告知拨打110",
    "已告知拨打119",
    "已告知拨打120",
    "已三方转接{D}",
    "已按紧急工单派发",
    "已联系值班领导",
    "已告知先注意安全",
]
SUGGEST = [
    "在{street}路口增设[红绿灯|斑马线|减速带]",
    "在{estate}附近增设公交站点",
    "延长{bus}路公交夏季末班车时间",
    "{scenic}增加汉朝双语指示牌",
    "在{community}增设健身器材",
    "县医院增加夜间儿科门诊",
    "在{village}安装路灯",
    "出台政策扶持林下参品牌",
    "{scenic}旺季增加停车位",
    "在{street}增设公共厕所",
    "政务大厅增加周末服务窗口",
    "在河边危险地段设置防溺水警示牌",
    "{school}门口增设护学岗",
    "多建几个老年活动室",
    "给{village}修个水泥路",
    "夜市烧烤集中到{street}统一管理",
]
PRAISE = [
    "表扬{D}工作人员{xiao}[热情周到|耐心细致|帮他跑了好几趟]",
    "表扬{bus}路公交司机[拾金不昧|帮助老人上下车]",
    "感谢县供电公司[连夜抢修|冒雨抢修]恢复供电",
    "表扬{community}网格员[经常看望独居老人|帮他办好了低保]",
    "感谢12345热线上次帮他解决了{SH}的问题",
    "表扬{hospital}的医生[医术好|对病人很耐心]",
    "表扬{school}的老师[负责任|雨天送孩子回家]",
    "感谢{town}政府帮助解决了[饮水|道路]问题",
]
ANGRY_CURSE = [
    "你们他妈的到底管不管",
    "一帮吃干饭的，这点事都办不明白",
    "打了多少遍了你们都是聋子吗",
    "瘪犊子玩意儿，收钱的时候一个比一个快",
    "再不管我就骂到县长那去",
    "妈的，我交的税都喂狗了",
    "你们就会说已记录已记录",
    "操，这破事拖了一个月",
    "都是些啥玩意儿",
    "你们是不是等出人命才管",
    "一个个的都是白眼狼",
    "我X，你们还要不要脸了",
]
INSULT_WHO = [
    "{estate}物业的保安",
    "{shop}的老板",
    "执法局的执法人员",
    "对门邻居",
    "{bus}路公交司机",
    "{hospital}收费窗口的工作人员",
    "孩子的班主任",
    "村主任",
    "网约车司机",
    "{wuye}的经理",
    "菜市场摊主",
    "快递员",
    "楼上邻居",
]
INSULT_Q = [
    "老不死的",
    "穷鬼",
    "傻子",
    "瘪犊子",
    "滚犊子",
    "要饭的",
    "没家教",
    "土包子",
    "彪子",
    "脑子有病",
    "你算个啥东西",
    "农村来的就是素质低",
    "死老太太",
    "你个二五眼",
    "傻狍子",
    "滚回你们村去",
    "癞皮狗",
    "没人要的",
    "缺心眼",
    "活该你穷",
]
INSULT_FRAME = [
    "{W}说[她|他]“{Q}”",
    "{W}喊[她|他]“{Q}”",
    "{W}当着很多人的面说[她|他]是“{Q}”",
    "{W}在微信群里说[她|他]“{Q}”",
    "{W}管[她|他]叫“{Q}”",
    "{W}骂[她|他]“{Q}”",
    "{W}冲[她|他]家孩子喊“{Q}”",
    "{W}说“{Q}”，还[推了她一把|把门摔了]",
]
INSULT_CTX = ["因为[停车|交物业费|倒垃圾|排队|找零]的事", "[昨天|今天上午|前几天]", "[在小区门口|在店里|在车上|在村部]"]
INSULT_APPEAL = ["要求对方道歉", "要求相关部门处理", "要求单位处理该工作人员", "要求给个说法", "要求调解"]
ELDER_MATTER = [
    "养老金这个月还没到账",
    "高龄补贴没发",
    "家里电视没信号了",
    "不会用手机做养老认证",
    "医保卡里的钱不知道咋扣了",
    "家里灯不亮了不知道找谁修",
    "屋里漏雨",
    "家里没水了",
    "想找社区网格员帮忙买药",
    "邻居家的狗老叫",
    "低保卡取不出钱",
    "取暖费不知道去哪交",
    "儿子在外地打工联系不上，想让社区帮忙",
    "电费卡充不进去",
    "村里的班车停了去不了镇上",
]
ELDER_HANDLE = [
    "已耐心解答",
    "已告知由子女陪同到{D}办理",
    "已转{community}帮助",
    "已告知社区电话",
    "已转{D}",
    "反复解释了几遍，老人表示明白",
    "已记录，转属地社区上门了解",
]
DISTRESS = [
    ("情绪低落，哭诉[生意赔了|离婚了|孩子不管她|一个人在外地]，称“活着没意思”", "已安抚并告知心理援助热线12356"),
    ("称被丈夫打了，现在不敢回家", "已告知拨打110，并告知可联系县妇联"),
    ("称网贷逾期被催收天天打电话，压力很大，说不想活了", "已安抚，告知拨打110并提供心理援助热线12356"),
    ("称孩子[高考没考好|中考没考好]跟家里吵架后跑出去了，一直联系不上", "已告知立即拨打110"),
    ("哭着说[老伴刚走|身体查出重病]，一个人在家害怕", "已安抚，告知社区联系方式"),
    ("称在{company}干活受伤，老板不管，没钱看病，情绪崩溃", "已安抚，转{D}"),
    ("说话哽咽，称最近睡不着，总想不开", "已耐心开导，提供心理援助热线12356，建议联系家人"),
]
BADLINE = [
    "信号不好，听不清来电人说话，请其换个地方重新拨打",
    "来电声音断断续续，只听清“{F}”几个字，随后断线",
    "来电人讲朝鲜语，话务员无法沟通，已请其让会汉语的家人代为来电",
    "来电人口音较重，未能听清诉求，请其稍后再拨",
    "杂音太大听不清",
    "来电人说话声音很小，听不清，请其大点声，随后断线",
    "来电人说的是朝鲜语，只听懂“{F}”，请其找家人帮忙再打",
    "信号差，来电人说了几句听不清就断了",
]
BADLINE_F = ["停电", "村里", "路", "补贴", "工资", "水", "医院", "养老金", "阿妈妮"]
MISDIAL = [
    ("想拨打110报警，拨错了", "已告知直接拨打110"),
    ("要找120急救", "已告知直接拨打120"),
    ("想报修电力故障", "已告知拨打95598"),
    ("要找移动公司查话费", "已告知拨打10086"),
    ("要找联通客服", "已告知拨打10010"),
    ("想叫出租车", "已告知本热线不提供约车"),
    ("要找{company}", "已告知拨错号码"),
    ("称打错了", ""),
    ("要找县医院挂号", "已告知县医院电话{ph}"),
    ("要订桶装水，以为是送水站", "已告知打错"),
    ("要找火警", "已告知拨打119"),
    ("以为是快递公司，要查快递", "已告知联系快递公司"),
    ("要找12315", "已告知市场监管投诉也可在本热线受理，来电人称没事了"),
]
POCKET = [
    "无人说话，能听到背景有人聊天，疑似误拨",
    "只听见走路和衣服摩擦的声音，喊话无应答",
    "背景有汽车行驶声，无人应答，疑似误触",
    "能听到有人在打麻将，喊话无回应",
    "背景是小孩吵闹和大人说话声，无人回应",
    "听到风声和脚步声，多次询问无应答，疑似口袋误拨",
    "能听到有人在干活说话，不是对着电话说的",
]
NIGHT_WORKER = [
    ("夜班出租车司机", "{street}的红绿灯夜里[不亮|一直黄闪]，路口很危险"),
    ("外卖骑手", "{estate}物业夜里不让电动车进小区送餐，要求骑手步行进去"),
    ("代驾司机", "{street}夜里路灯全灭，[骑车差点摔了|看不清路]"),
    ("货车司机", "{village}附近的路夜里被[渣土|塌方的石头]堵了一半，没有警示标志"),
    ("环卫工", "凌晨在{street}干活时发现[井盖丢了|一辆车停在路中间没人管]"),
    ("夜班保安", "单位拖欠了[两个月|三个月]工资，白天打电话一直占线"),
    ("{company}的夜班工人", "工厂夜班加班费不给算，[还不让请假|合同也没签]"),
    ("县医院夜班护士", "下夜班[没有公交|打不到车]，建议增加早班车"),
    ("加油站夜班员工", "{street}半夜有人飙车[轰油门|放炮似的]，天天这样"),
    ("网约车司机", "{scenic}门口夜里有黑车拉客，[还拦着不让我们进|跟我们吵架]"),
    ("下夜班的工人", "刚回家发现{P}停水停电了，也没看到通知"),
]
PET_G = [
    ("{year}年{town}修路占了家里{mu}亩耕地，补偿款一直没给到位", "占地补偿款"),
    ("其父亲{year}年在{farm}伐木受伤，工伤待遇一直没落实", "工伤待遇"),
    ("{year}年棚户区改造，回迁的{estate}房子面积比协议少了{n2}平米", "回迁面积"),
    ("原{company}职工，{year}年企业改制时工龄买断款算少了", "买断工龄"),
    ("宅基地被邻居{sname}某占了，镇里调解不公", "宅基地纠纷"),
    ("{year}年在{hospital}做手术后留下后遗症，认为是医疗事故，医院不认", "医疗纠纷"),
    ("{year}年给{company}干工程，被拖欠工程款{wan}万元至今未付", "工程款"),
    ("家里承包的林地被村里单方面收回转包", "林地承包"),
    ("家里低保{year}年被取消，认为评定不公", "低保取消"),
    ("其儿子{year}年被人打伤，打人者一直没被追究", "打人未追究"),
    ("家里参地被{company}征用，地上人参补偿标准太低", "参地补偿"),
    ("退伍后安置待遇一直没有落实", "退伍安置"),
    ("{year}年在{farm}当临时工，现在退休待遇不认工龄", "林场工龄"),
]
PET_REMARK = [
    "镇里给的答复他不认可",
    "去{D}问了没人管",
    "说已经找了十几年了",
    "说再不解决就去州里上访",
    "要求县长当面谈",
    "说上次答复说研究研究就没信了",
    "说材料都交了好几遍",
    "说自己年纪大了等不起了",
    "今天是来问进展的",
    "补充说当年的协议还在他手里",
    "情绪激动，说要去北京",
    "说这次再没结果就天天打",
    "说和上次说的一样",
    "问到底哪个部门管",
]
PET_APPEAL = ["给予答复", "依法解决", "落实补偿", "县领导接访", "尽快解决", "给个说法", "按政策落实待遇"]

# ---------------------------------------------------- nuisance banks
SWEARS = ["他妈的", "操你妈", "傻逼", "王八蛋", "去死吧", "狗日的", "滚", "妈的", "神经病", "贱人"]
DIALECT_INS = [
    "瘪犊子",
    "山炮",
    "傻狍子",
    "虎了吧唧的",
    "彪子",
    "二虎",
    "损色",
    "完犊子玩意儿",
    "欠削",
    "滚犊子",
    "犊子玩意儿",
    "熊色",
    "缺德带冒烟的",
    "二五眼",
    "彪乎乎的",
    "白眼狼",
    "土鳖",
    "榆木疙瘩",
    "猪脑子",
    "败家玩意儿",
    "鳖犊子",
]
CURSES = [
    "不得好死",
    "出门让车撞了",
    "生孩子没屁眼",
    "祖坟冒黑烟",
    "喝凉水都塞牙",
    "烂嘴巴",
    "吃饭噎死",
    "一辈子打光棍",
    "天打雷劈",
    "全家倒霉",
]
CONTEMPT = [
    "你们接电话的都是木头人吧",
    "就你这水平还接电话",
    "听你说话就烦",
    "你是不是听不懂人话",
    "你们除了说已记录还会啥",
    "我跟你说不着，你算个啥",
    "你一个月挣几个钱这么卖力",
    "你普通话说得跟大碴子味似的",
    "我打电话就是为了骂你",
    "你们这帮人就是摆设",
    "声音这么难听还当接线员",
    "你是机器人吧",
]
SARCASM = [
    "你们可真为人民服务啊",
    "哎呦真厉害，记录记录再记录",
    "谢谢您嘞，您可太负责了",
    "政府热线，热得烫嘴啊",
    "你们效率真高，高到天上去了",
    "好好好，您最大",
]


def _abuse_quote(r):
    x = r.random()
    if x < 0.3:
        return pick(r, SWEARS) + pick(r, ["", "，" + pick(r, DIALECT_INS), "，" + pick(r, CONTEMPT)])
    if x < 0.55:
        return "你个" + pick(r, DIALECT_INS)
    if x < 0.7:
        return "你们" + pick(r, CURSES)
    if x < 0.88:
        return pick(r, CONTEMPT)
    return pick(r, SARCASM)


GOV_CONTEMPT = [
    "政府都是一帮吃干饭的",
    "当官的没一个好东西",
    "打你们这电话一点用没有",
    "12345就是个摆设",
    "县里修那些破路都是为了捞钱",
    "你们这帮人就知道糊弄老百姓",
    "共产党的干部都变了",
    "县里没一个干实事的",
    "我就是想说说你们有多差劲",
    "你们这热线就是给领导看的",
    "交那么多税养你们这帮人",
    "海兰县就是让你们这帮人整完犊子的",
]
GOV_TAIL = [
    "问其具体反映什么事，称没有，就是想说",
    "追问具体事项不说",
    "未提供任何具体事项",
    "话务员询问是否有需要反映的问题，来电人说“没有，就骂你们”",
    "发泄完就挂了",
]
THREATS = [
    "明天就去你们单位门口，看你们谁敢出来",
    "要把你们那楼点了",
    "知道你们在哪上班，下班等着",
    "让你们吃不了兜着走",
    "我有的是办法收拾你们",
    "早晚把你们都告下岗",
    "拿刀去找你们领导",
    "把你的工号发网上，让你干不下去",
    "你们等着，这事没完",
    "找人弄你",
]
NIGHT_CHAT = [
    "称晚上睡不着，想找人唠唠嗑",
    "说一个人在家闷得慌，问话务员几点下班、老家是哪的",
    "讲自己年轻时在林场干活的事，讲了很久",
    "称失眠，让话务员陪他说说话",
    "称“就想听听人声”",
    "问话务员晚上值班害不害怕、冷不冷",
    "说睡不着，问话务员平时都看啥电视剧",
    "问话务员结婚没有、孩子多大",
    "跟话务员讲他家猫今天干了啥",
    "说老伴睡着了，自己没人说话",
    "问话务员能不能给他讲个故事",
    "说刚下班睡不着，想唠会儿",
    "让话务员猜他是谁",
]
DRUNK = [
    "醉酒，说话含糊不清，无法表述诉求",
    "喝多了，大着舌头让话务员给他唱首歌",
    "酒后来电，反复说“我没喝多”",
    "疑似醉酒，一直笑，说要请话务员喝酒",
    "酒后胡言乱语，一会儿哭一会儿笑",
    "称刚喝完酒，问话务员在哪，要去找她",
    "打来时背景嘈杂像在饭店，有划拳声，说了几句胡话",
    "喝多了，说要跟县长拼酒",
    "醉醺醺地说“老妹儿，陪哥唠会儿”",
    "酒后来电骂骂咧咧，问有什么事说不清",
    "满嘴酒话，说自己是“海兰一霸”",
]
FLIRT = [
    "询问话务员多大了、有没有对象",
    "称喜欢话务员的声音，要求加微信",
    "问话务员叫什么名字、长得好不好看",
    "要话务员的手机号，说想和她处对象",
    "说“妹妹声音真好听，陪哥唠会儿”",
    "问话务员几点下班，要去接她",
    "反复要求话务员说“我爱你”",
    "指名要找上次接电话的那个女的",
    "说要给话务员介绍对象，问她喜欢啥样的",
    "问话务员穿的啥衣服",
    "说“你声音这么甜，肯定是个美女”",
    "要话务员的照片",
]
PRANK_CUE = [
    "称{P}有外星人降落，要求派人去看",
    "反映县政府门口的石狮子跑了",
    "称海兰江里有水怪，吃了他家的鸭子",
    "称自己中了五百万，让政府去帮他领奖",
    "要举报同学不写暑假作业",
    "举报自己老师长得太丑",
    "称在{shop}看见恐龙",
    "反映{P}的月亮被人偷了",
    "称他家狗会说话了，要求上电视",
    "举报他爸偷吃他的辣条",
    "称{P}有僵尸",
    "称在{scenic}挖到了金矿要上交国家",
]
PRANK_REAL = [
    "反映{P}着火了",
    "反映{P}有人打架，有人受伤",
    "反映{P}井盖丢了",
    "举报{shop}卖假人参",
    "反映{P}发生车祸，有人倒在路上",
    "反映{P}有人溺水",
    "举报{P}有人聚众赌博",
    "反映{P}停电了",
    "反映{P}有人偷电动车",
    "举报{shop}老板是诈骗犯",
]
PRANK_TELL = [
    "追问具体位置时说“你猜”后挂断",
    "说话时背景有嬉笑声，询问细节答不上来",
    "话务员追问门牌号时说“骗你的”",
    "说完背景有人哄笑",
    "说了一半自己笑场挂断",
    "前后说法对不上，询问其姓名称“奥特曼”",
    "声音像中学生，说完就挂",
    "所说地址不存在，再问就挂了",
]
NONSENSE = [
    "讲述自己是天上神仙转世，要求县里安排接见",
    "称自家电视机里有人监视他，讲了二十多分钟",
    "讲在梦里和对岸的亲戚见面的事",
    "讲了一大段他家鸡和邻居家狗的故事，最后也没说要办什么",
    "称自己发明了永动机，要县里给他申请专利",
    "从他爷爷闯关东讲起，讲了半个多小时",
    "称收到外星人信号，要上报中央",
    "念了一段自己写的诗，问话务员写得好不好",
    "讲他算出来明年海兰要发大水，要提前搬走县城",
    "称自己是县长的亲戚，县长小时候的事都知道",
    "反复讲一个人名，问认不认识",
    "说脑子里有人跟他说话，让他给政府打电话",
]
ABSURD = [
    "要求政府给他分配个媳妇",
    "要求话务员帮他算明天彩票号码",
    "要求12345给他手机充五十块话费",
    "要求政府把雨停了，他明天要去钓鱼",
    "要求话务员帮孩子写作文",
    "要求县长亲自给他打电话道晚安",
    "要求把他家门前的山炸平了看得远",
    "要求政府每个月给他发一万块钱零花",
    "要求话务员给他点个外卖",
    "要求给他家的猫上户口",
    "要求把海兰江改成他的名字",
    "问话务员今天晚上吃啥、要不要一起吃",
    "要求政府帮他找个不用上班还挣钱的活",
    "要求帮他查前女友现在的电话",
    "要求话务员帮他骂他老板",
    "要求给他家安个空调，说县里有钱",
    "问能不能帮他抢演唱会门票",
    "要求话务员给他讲笑话",
]
CHILD = [
    "听声音为小孩，接通后一直嬉笑，说“我是奥特曼”",
    "小孩来电，说“阿姨你好”后挂断",
    "几个小孩抢电话，喊“喂喂喂”后笑着挂断",
    "儿童来电，问“你是警察吗”",
    "小孩说要举报他哥哥不让他玩游戏",
    "小孩来电唱歌",
    "小孩说“我妈妈不在家”后挂断",
    "小朋友问“你们那有没有冰淇淋”",
    "听声音是小孩在玩手机，只有按键声和笑声",
    "小孩说“我要找佩奇”",
    "小孩问“你是机器人吗”",
    "小孩学狗叫后挂断",
    "小朋友说“我在玩打电话游戏”",
]
LINE_TEST = [
    "称试试电话能不能打通",
    "称刚换了卡，测试一下",
    "说“就试一下”即挂断",
    "确认是不是12345后挂断",
    "称看看是不是真有人接",
    "说手机刚修好，试试能不能打出去",
    "称看看这个号是不是免费的",
]
DARE = [
    "称和朋友打赌，看12345是不是真人接听",
    "称玩游戏输了，要对话务员说“我喜欢你”",
    "背景多人起哄，来电人说“真有人接啊”后挂断",
    "称朋友让他打电话问县长一个月挣多少钱，说完笑着挂断",
    "说是玩大冒险，要给政府唱首歌",
    "背景有人喊“快说快说”，来电人笑着说没事",
    "称打赌输了，要问话务员能不能当他女朋友",
]
ROBO = [
    "接通后为电脑语音，内容为贷款推广",
    "自动语音：“您好，您的信用卡可提额至五万元，请按1”",
    "录音播放理财广告",
    "系统语音提示“您有一份快递待领取，请按1”",
    "接通后为语音广告（招生培训）",
    "录音：“您好，这里是某保险公司客户回访，请问您对我们的服务满意吗”",
    "语音机器人问“请问是王先生吗”，不理会回答",
    "AI语音推销延吉楼盘",
    "自动外呼，内容为网络游戏推广",
    "语音：“尊敬的客户，您的宽带即将到期”",
    "录音：“您好，打扰一下，我们是某某银行，现在有低息贷款活动”",
    "机器人客服推销POS机",
    "语音播报：“您的医保卡已被冻结，请按9转人工”",
]
FAX = [
    "传真音",
    "来电为传真信号",
    "接通后为嘀——嘀——声（传真机）",
    "疑似传真机拨入",
    "嘀嘀声",
    "机器音，无人讲话",
    "传真",
    "传真音，已挂机",
    "接通后为高频尖锐声音，应为传真",
    "传真信号音，反复拨入",
]
MUSIC = [
    "接通后只有音乐声，无人说话",
    "电话里放歌，询问无应答",
    "来电只能听到广播声音",
    "电话那边在放二人转，无人讲话",
    "能听到电视声音，喊话无人回应",
    "来电人对着电话放音乐，不说话",
    "电话里播放朝鲜族歌曲，无人讲话",
    "电话里播放佛经",
    "来电人唱了一段歌后挂断",
    "只有收音机的声音",
    "电话里放的是抖音神曲，问话不答",
]
TELE = [
    "推销打印机硒鼓，问“贵单位需要耗材吗”",
    "为某公司业务员，推销网站建设服务",
    "推销办公桌椅",
    "推销贷款",
    "询问单位是否需要办理POS机",
    "推销保健品",
    "推销桶装水",
    "称是某传媒公司，想给热线做广告",
    "推销净水器",
    "推荐投资理财",
    "称自己是参农直销，推销人参",
    "推销会议室音响设备",
    "推销防汛物资",
    "推销公众号代运营",
]
VEX_M = [
    "其{year}年已办结的户口迁移问题",
    "已答复多次的低保不符合条件问题",
    "邻居家树挡光（已调解）的问题",
    "要求12345报销他话费的问题",
    "要查询话务员个人信息的问题",
    "已告知不属于受理范围的彩票兑奖问题",
    "镇里已解释过的宅基地面积问题",
    "已答复的要求县里给他安排工作的问题",
    "十年前的车辆罚款（已答复）问题",
    "已多次告知的养老金计算问题",
]
VEX_ACT = [
    "要求话务员报工号，称要投诉话务员",
    "不说事，只说“我就打，你们管不着”",
    "要求话务员念他以前的工单",
    "说了句“还是我”就挂了",
    "要求转接县长，告知无法转接后挂断重拨",
    "重复上一通电话内容",
    "骂了话务员几句后挂机",
    "问话务员“你烦不烦”",
    "说“我今天就打一百个”",
    "要求换一个话务员接",
    "问刚才那个话务员去哪了",
    "要求话务员录音给他听",
]


# ============================================================ engine
H24 = list(range(24))


def _cum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


class Ev:
    __slots__ = ("t", "seq", "kind", "label", "phone", "st", "ex")

    def __init__(self, t, kind, label, phone, st, ex=None):
        self.t, self.kind, self.label, self.phone, self.st = t, kind, label, phone, st
        self.ex = ex if ex is not None else {}
        self.seq = 0


class Period:
    def __init__(self, start, days):
        self.start = start
        self.days = days
        self.end = start + dt.timedelta(days=days)
        self.base = dt.datetime(start.year, start.month, start.day)
        self.dates = [self.base + dt.timedelta(days=i) for i in range(days)]
        self.idx = list(range(days))
        self._cache = {}

    def hcw(self, prof):
        k = ("h", id(prof))
        if k not in self._cache:
            self._cache[k] = _cum(prof)
        return self._cache[k]

    def dcw(self, wk, key=None, extra=None):
        k = ("d", id(wk), key)
        if k not in self._cache:
            ws = []
            for d in self.dates:
                x = wk[d.weekday()]
                if extra is not None:
                    x *= extra(d)
                ws.append(x)
            self._cache[k] = _cum(ws)
        return self._cache[k]

    def inside(self, t):
        return self.start <= t < self.end

    def at(self, r, di, hcw):
        h = r.choices(H24, cum_weights=hcw)[0]
        return self.base + dt.timedelta(days=di, hours=h, seconds=r.randrange(3600))

    def rand_time(self, r, dcw, hcw):
        di = r.choices(self.idx, cum_weights=dcw)[0]
        return self.at(r, di, hcw)


def _school_holiday(d):
    # Jilin: summer holiday mid-July to end of August, winter mid-Jan to Feb
    if (d.month == 7 and d.day >= 12) or d.month == 8 or (d.month == 1 and d.day >= 15) or d.month == 2:
        return 1.7
    return 1.0


def schedule(r, P, pat, dcw, hcw, prof):
    out = []
    td = dt.timedelta
    if pat == "one":
        return [P.rand_time(r, dcw, hcw)]
    if pat == "sporadic":
        return [P.rand_time(r, dcw, hcw) for _ in range(r.randint(2, 7))]
    if pat == "burst":
        nb = 1 if r.random() < 0.7 else r.randint(2, 3)
        for _ in range(nb):
            t = P.rand_time(r, dcw, hcw)
            k = min(40, 2 + int(r.expovariate(1 / 5.0)))
            gap = r.uniform(60, 900)
            for _j in range(k):
                out.append(t)
                t += td(seconds=int(20 + r.expovariate(1 / gap)))
        return out
    if pat == "nightly":
        d0 = r.randrange(P.days)
        span = r.randint(6, 28)
        p = r.uniform(0.5, 0.95)
        pref = r.uniform(21.0, 27.5)
        for d in range(d0, min(P.days, d0 + span)):
            if r.random() < p:
                k = 1 if r.random() < 0.5 else r.randint(2, 5)
                t = P.base + td(days=d, hours=pref + r.gauss(0, 0.6))
                for _j in range(k):
                    out.append(t)
                    t += td(seconds=int(30 + r.expovariate(1 / 600.0)))
        return out
    if pat == "periodic":
        gap = r.uniform(2, 6)
        d = r.uniform(0, gap)
        h0 = r.choices(H24, cum_weights=hcw)[0] + r.random()
        while d < P.days:
            k = 1 if r.random() < 0.6 else r.randint(2, 3)
            t = P.base + td(days=int(d), hours=h0 + r.gauss(0, 1.0))
            for _j in range(k):
                out.append(t)
                t += td(seconds=int(30 + r.expovariate(1 / 400.0)))
            d += max(1.0, r.gauss(gap, gap * 0.3))
        return out
    if pat == "daily_many":
        d0 = r.randrange(max(1, P.days - 3))
        span = r.randint(4, 20)
        for d in range(d0, min(P.days, d0 + span)):
            wd = P.dates[d].weekday()
            if r.random() < (0.85 if wd < 5 else 0.55):
                k = min(45, max(2, int(r.lognormvariate(math.log(7), 0.6))))
                t = P.base + td(days=d, hours=r.uniform(7.5, 12.5))
                for _j in range(k):
                    out.append(t)
                    t += td(seconds=int(30 + r.expovariate(1 / 1100.0)))
                    if t.hour >= 23:
                        break
        return out
    if pat == "redial":
        for _ in range(r.randint(1, 4)):
            t = P.rand_time(r, dcw, hcw)
            for _j in range(r.randint(3, 10)):
                out.append(t)
                t += td(seconds=r.randint(40, 300))
        return out
    raise ValueError(pat)


# kind: hour profile, weekday factors, patterns, withheld, landline, rotate-number
HCFG = {
    # patterns are given as shares of the kind's CALLS (converted to caller weights below)
    "silent": (
        P_SILENT,
        W_FLAT,
        [("one", 0.25), ("burst", 0.2), ("nightly", 0.25), ("periodic", 0.2), ("sporadic", 0.1)],
        0.30,
        0.12,
        False,
    ),
    "abuse_operator": (
        P_EVE,
        W_WEEKEND,
        [("one", 0.35), ("sporadic", 0.3), ("burst", 0.2), ("periodic", 0.15)],
        0.15,
        0.08,
        False,
    ),
    "gov_contempt": (P_EVE, W_FLAT, [("one", 0.5), ("sporadic", 0.4), ("periodic", 0.1)], 0.10, 0.12, False),
    "threat": (P_EVE, W_FLAT, [("one", 0.55), ("sporadic", 0.35), ("burst", 0.1)], 0.20, 0.05, False),
    "night_chat": (P_NIGHT, W_FLAT, [("nightly", 0.45), ("periodic", 0.35), ("one", 0.2)], 0.05, 0.30, False),
    "drunk": (P_DRUNK, W_DRUNK, [("one", 0.45), ("periodic", 0.35), ("burst", 0.2)], 0.05, 0.05, False),
    "flirting": (
        P_EVE,
        W_FLAT,
        [("one", 0.3), ("burst", 0.25), ("nightly", 0.2), ("periodic", 0.25)],
        0.10,
        0.03,
        False,
    ),
    "prank_report": (P_CHILD, W_CHILD, [("one", 0.35), ("burst", 0.45), ("sporadic", 0.2)], 0.20, 0.06, False),
    "nonsense_story": (P_EVE, W_FLAT, [("periodic", 0.55), ("one", 0.2), ("nightly", 0.25)], 0.02, 0.30, False),
    "absurd_request": (P_EVE, W_FLAT, [("one", 0.55), ("sporadic", 0.45)], 0.10, 0.08, False),
    "child_play": (P_CHILD, W_CHILD, [("burst", 0.7), ("one", 0.3)], 0.03, 0.25, False),
    "line_test": (P_DAY, W_FLAT, [("one", 0.7), ("burst", 0.3)], 0.10, 0.15, False),
    "dare": (P_DRUNK, W_DRUNK, [("one", 0.55), ("burst", 0.45)], 0.25, 0.02, False),
    "robocall": (P_BIZ, W_BIZ, [("one", 0.6), ("burst", 0.4)], 0.05, 0.0, True),
    "fax_tone": (P_BIZ, W_BIZ, [("redial", 0.85), ("one", 0.15)], 0.0, 1.0, False),
    "music_radio": (P_SILENT, W_FLAT, [("one", 0.35), ("sporadic", 0.35), ("burst", 0.3)], 0.30, 0.10, False),
    "telemarketer": (P_BIZ, W_BIZ, [("one", 0.6), ("sporadic", 0.4)], 0.05, 0.0, True),
    "vexatious_repeat": (P_DAY, W_FLAT, [("daily_many", 1.0)], 0.0, 0.20, False),
}


def _expected_calls(pat, days):
    return {
        "one": 1.0,
        "sporadic": 4.5,
        "burst": 9.0,
        "nightly": 1.6 * min(17.0, days * 0.6),
        "periodic": days / 4.0 * 1.55,
        "daily_many": 60.0,
        "redial": 16.0,
    }[pat]


# median seconds, sigma, lo, hi
DUR = {
    "silent": (15, 0.9, 2, 420),
    "abuse_operator": (45, 0.7, 6, 600),
    "gov_contempt": (70, 0.7, 10, 900),
    "threat": (50, 0.7, 8, 600),
    "night_chat": (420, 0.7, 60, 3000),
    "drunk": (170, 0.8, 15, 1800),
    "flirting": (90, 0.8, 10, 900),
    "prank_report": (100, 0.6, 15, 600),
    "nonsense_story": (600, 0.6, 120, 3600),
    "absurd_request": (70, 0.7, 10, 600),
    "child_play": (30, 0.8, 3, 300),
    "line_test": (12, 0.6, 3, 90),
    "dare": (25, 0.7, 5, 240),
    "robocall": (30, 0.5, 6, 120),
    "fax_tone": (14, 0.5, 4, 60),
    "music_radio": (55, 0.8, 8, 600),
    "telemarketer": (50, 0.6, 10, 400),
    "vexatious_repeat": (80, 0.8, 8, 1200),
    "complaint": (220, 0.55, 40, 1500),
    "consultation": (75, 0.6, 15, 900),
    "followup": (130, 0.55, 25, 1200),
    "urgent_help": (150, 0.6, 25, 1200),
    "suggestion": (200, 0.5, 40, 1200),
    "praise": (120, 0.5, 30, 900),
    "angry_genuine": (300, 0.5, 40, 1800),
    "reported_insult": (260, 0.5, 40, 1500),
    "elderly": (300, 0.7, 30, 2400),
    "distress": (600, 0.7, 60, 3600),
    "dropped_call": (6, 0.8, 1, 45),
    "bad_line": (30, 0.6, 5, 180),
    "misdial": (20, 0.5, 4, 90),
    "pocket_dial": (60, 0.7, 10, 300),
    "petitioner": (360, 0.6, 40, 2400),
    "night_worker": (180, 0.5, 30, 1200),
}
PATIENT_KINDS = (
    "silent",
    "abuse_operator",
    "gov_contempt",
    "threat",
    "night_chat",
    "drunk",
    "flirting",
    "nonsense_story",
    "absurd_request",
    "vexatious_repeat",
    "music_radio",
    "child_play",
)


def _dur(r, kind, op, ev):
    m, s, lo, hi = DUR[kind]
    if kind == "silent":
        m = ev.st.get("med", m)
    if kind == "consultation" and ev.ex.get("one"):
        m, s = 35, 0.4
    if kind in PATIENT_KINDS:
        m *= op.patience
    v = r.lognormvariate(math.log(m), s)
    return int(max(lo, min(hi, round(v))))


# ------------------------------------------------------- genuine gen
_LOC_KEYS = [
    "estate",
    "street",
    "company",
    "shop",
    "scenic",
    "bbq",
    "beast",
    "crop",
    "school",
    "hospital",
    "money",
    "bus",
    "farm",
    "wuye",
    "food",
    "sname",
    "year",
    "community",
    "n2",
]


def _loc(r, place=None, urban=0.75):
    ti = r.randrange(len(TOWNS))
    town, vs = TOWNS[ti]
    vil = town + r.choice(vs)
    loc = {"town": town, "village": vil}
    for k in _LOC_KEYS:
        v = S[k]
        v = v(r) if callable(v) else r.choice(v)
        if "{" in v:
            v = render(r, v, loc)
        loc[k] = v
    if place is None:
        if r.random() < urban:
            place = _urban_place(r)
        else:
            x = r.random()
            place = vil + (
                "%d组" % r.randint(1, 9)
                if x < 0.35
                else (
                    "村部附近" if x < 0.5 else (r.choice(["后山", "河边", "村口", "到镇里的路上"]) if x < 0.6 else "")
                )
            )
    loc["P"] = place
    return loc


def _oid(r, t):
    return "HL%s%04d" % (t.strftime("%Y%m%d"), r.randrange(1, 9999))


def _complaint_ex(r, ti, t, loc=None, issue=None):
    tp = TOPICS[ti]
    if loc is None:
        loc = _loc(
            r,
            urban=0.45
            if tp[0] in ("wild_animal", "forest", "farm", "flood", "village_affairs", "pollution")
            else (
                1.0
                if tp[0]
                in (
                    "neighbor_dispute",
                    "property",
                    "elevator",
                    "parking",
                    "dance_noise",
                    "bbq_noise",
                    "construction_noise",
                    "neighbor_noise",
                    "sewer",
                    "mosquito",
                )
                else 0.75
            ),
        )
    I = issue if issue is not None else render(r, pick(r, tp[5]), loc)
    SH = render(r, pick(r, tp[6]), loc)
    A = render(r, pick(r, tp[7]), loc)
    D = tp[1] if "{" not in tp[1] else loc["town"] + "政府"
    since = render(r, pick(r, SINCE))
    if tp[0] == "construction_noise" and t.month == 6 and 4 <= t.day <= 9 and r.random() < 0.7:
        I = "孩子[马上|正在]高考，" + I
        I = render(r, I)
    return {"ti": ti, "I": I, "SH": SH, "A": A, "D": D, "since": since, "oid": _oid(r, t), "loc": loc}


def _topic_cw(months):
    out = {}
    for m in months:
        out[m] = _cum([tp[3] * tp[4].get(m, 1.0) for tp in TOPICS])
    return out


def gen_complaints(r, P, pb, n):
    evs = []
    months = []
    for d in P.dates:
        if d.month not in months:
            months.append(d.month)
    tcw = _topic_cw(months)
    tidx = list(range(len(TOPICS)))
    ti_of = {tp[0]: i for i, tp in enumerate(TOPICS)}
    per_day = n / float(P.days)
    # ---- surges
    nsurge = max(2, int(round(P.days / 8.0)))
    budget_surge = int(n * 0.07)
    kinds = ["outage", "water", "outage", "flood", "bus", "outage", "water", "flood"]
    for si in range(nsurge):
        if len(evs) >= budget_surge:
            break
        kind = kinds[si % len(kinds)]
        di = r.randrange(P.days)
        month = P.dates[di].month
        if kind == "flood" and month not in (6, 7, 8, 9):
            kind = "outage"
        size = int(min(budget_surge - len(evs), per_day * r.uniform(0.04, 0.14)))
        area_loc = _loc(r)
        if kind == "outage":
            if r.random() < 0.5:
                area = area_loc["town"] + pick(r, ["", "", "一带", "好几个村"])
            else:
                area = area_loc["estate"] + pick(r, ["", "一带", "附近"])
            topic, h0, spread = "power", r.uniform(14, 21), 1.8
            tpl = [
                "{A}[从下午|从傍晚|刚才打雷以后|下雨以后]停电了，到现在没来电",
                "{A}停电{hours}了，[也没有通知|打95598一直占线]",
                "{A}大面积停电，[冰箱里的东西要化了|家里有病人]",
                "{A}又停电了，[这个月第三次了|刚来电又停]",
            ]
        elif kind == "water":
            area = area_loc["community"] + pick(r, ["", "一带", "辖区"])
            topic, h0, spread = "water", r.uniform(6.5, 11), 3.0
            tpl = [
                "{A}[早上起来就|从早上七点|从昨天夜里]停水了，[没有提前通知|不知道什么时候来水]",
                "{A}停水，[孩子上学连脸都没洗|做不了饭]",
                "{A}停水半天了，[问物业也不知道|听说是主管道爆了]",
            ]
        elif kind == "flood":
            area = area_loc["village"]
            topic, h0, spread = "flood", r.uniform(10, 20), 4.0
            tpl = [
                "{A}[下暴雨|连着下雨]，[路被冲坏了|地里全淹了|院子里进水了]",
                "{A}河水漫上来了，[苞米地|参地|稻田]全泡了",
                "{A}[山上往下冲泥沙|排水沟堵了]，[水进屋了|路过不去了]",
            ]
        else:
            area = "%d路公交" % r.randint(1, 12)
            topic, h0, spread = "transport", r.uniform(7, 9), 5.0
            tpl = [
                "{A}线路调整后不经过{estate}了，[老人去医院不方便|上班得多走二十分钟]",
                "{A}[撤站|改线]没有提前公示，[很多人等不到车|白等了半小时]",
            ]
        for _k in range(size):
            off = abs(r.gauss(0, spread)) if kind != "bus" else r.uniform(0, 9) + 24 * r.choice([0, 0, 1, 1, 2])
            t = P.base + dt.timedelta(days=di, hours=h0 + off, seconds=r.randrange(600))
            if not P.inside(t):
                continue
            loc = _loc(r)
            loc["A"] = area
            issue = render(r, pick(r, tpl), loc)
            ex = _complaint_ex(r, ti_of[topic], t, loc, issue)
            ex["SH"] = area + {"outage": "停电", "water": "停水", "flood": "汛情受灾", "bus": "线路调整"}[kind]
            ex["surge"] = True
            evs.append(Ev(t, "complaint", "genuine", pb.genuine(0.12), {}, ex))
    # ---- ordinary complaints
    dcw = P.dcw(W_GEN)
    repeaters = []
    while len(evs) < n:
        di = r.choices(P.idx, cum_weights=dcw)[0]
        m = P.dates[di].month
        ti = r.choices(tidx, cum_weights=tcw[m])[0]
        t = P.at(r, di, P.hcw(TOPICS[ti][2]))
        if not P.inside(t):
            continue
        if repeaters and r.random() < 0.05:
            phone = pick(r, repeaters)
        else:
            phone = pb.genuine(0.10)
            if r.random() < 0.04:
                repeaters.append(phone)
        evs.append(Ev(t, "complaint", "genuine", phone, {}, _complaint_ex(r, ti, t)))
    return evs[:n]


def gen_consult(r, P, pb, n):
    evs = []
    dcw, hcw = P.dcw(W_GEN), P.hcw(P_CONSULT)
    while len(evs) < n:
        t = P.rand_time(r, dcw, hcw)
        if not P.inside(t):
            continue
        loc = _loc(r)
        if r.random() < 0.42:
            d = pick(r, ONE_LINE_DEPTS)
            ex = {"one": True, "D": d, "sub": pick(r, ["phone"] * 6 + ["addr", "hours", "hours"])}
        else:
            q, qs, a = pick(r, CONSULT)
            dd = pick(r, ONE_LINE_DEPTS)
            loc["ph"] = DEPT_PHONE[dd]
            ex = {"one": False, "Q": render(r, q, loc), "QS": render(r, qs, loc), "A": render(r, a, loc)}
        evs.append(Ev(t, "consultation", "genuine", pb.genuine(0.12), {}, ex))
    return evs


def gen_followups(r, P, pb, n, complaints):
    evs = []
    hday, hnight = P.hcw(P_DAY), P.hcw(P_NIGHT)
    ncomp = len(complaints)
    tries = 0
    while len(evs) < n and tries < n * 20:
        tries += 1
        if ncomp and r.random() < 0.8:
            c = complaints[r.randrange(ncomp)]
            base_t, ex0, phone = c.t, c.ex, (c.phone if r.random() < 0.85 else pb.genuine(0.1))
        else:
            base_t = P.start - dt.timedelta(days=r.randint(5, 120))
            ti = r.randrange(len(TOPICS))
            ex0 = _complaint_ex(r, ti, base_t)
            phone = pb.genuine(0.1)
        chain = 1 if r.random() < 0.6 else (2 if r.random() < 0.6 else r.randint(3, 6))
        t = base_t + dt.timedelta(days=r.uniform(1, 10))
        st = {"orig": ex0, "odate": "%d月%d日" % (base_t.month, base_t.day), "quote": r.random() < 0.55}
        for k in range(chain):
            night = r.random() < 0.09 or (
                TOPICS[ex0["ti"]][0] in ("bbq_noise", "construction_noise", "neighbor_noise") and r.random() < 0.35
            )
            day0 = dt.datetime(t.year, t.month, t.day)
            h = r.choices(H24, cum_weights=hnight if night else hday)[0]
            tt = day0 + dt.timedelta(hours=h, seconds=r.randrange(3600))
            if P.inside(tt) and tt > base_t:
                evs.append(Ev(tt, "followup", "genuine", phone, st, {"stage": k + 1, "night": night}))
            t = t + dt.timedelta(days=r.uniform(1, 4))
    return evs[:n]


def gen_single(r, P, pb, n, kind, prof, wk, mk, landline=0.10, extra=None):
    evs = []
    dcw, hcw = P.dcw(wk, key=kind, extra=extra), P.hcw(prof)
    while len(evs) < n:
        t = P.rand_time(r, dcw, hcw)
        if not P.inside(t):
            continue
        evs.append(Ev(t, kind, "genuine", pb.genuine(landline), {}, mk(r, t)))
    return evs


def _mk_urgent(r, t):
    u, d = pick(r, URGENT)
    loc = _loc(r, urban=0.6)
    hs = ["已转{D}紧急处理", "已电话通知{D}", "已三方转接{D}", "已按紧急工单派发", "已联系值班领导"]
    hs += {
        "县公安局": ["已告知拨打110", "已告知立即拨打110"],
        "县应急管理局": ["已告知拨打119", "已告知先撤到安全地方"],
        "县卫健局": ["已告知可拨打120", "已告知县医院急诊电话"],
        "县住建局": ["已告知先开窗通风、不要开关电器", "已告知先注意安全"],
        "县供电公司": ["已告知远离电线", "已告知拨打95598"],
        "县林业局": ["已告知不要上山", "已通知森林公安"],
    }.get(d, [])
    return {"U": render(r, u, loc), "D": d, "H": render(r, pick(r, hs), {"D": DEPT_SHORT[d]})}


def _mk_angry(r, t):
    ti = r.randrange(len(TOPICS))
    ex = _complaint_ex(r, ti, t)
    ex["curse"] = pick(r, ANGRY_CURSE)
    return ex


def _mk_insult(r, t):
    loc = _loc(r)
    w = render(r, pick(r, INSULT_WHO), loc)
    fr = render(r, pick(r, INSULT_FRAME), {"W": w, "Q": pick(r, INSULT_Q)})
    ap = (
        ["要求对方道歉", "要求调解", "要求派出所处理", "要求社区出面"]
        if ("邻居" in w or "摊主" in w)
        else INSULT_APPEAL
    )
    return {"ctx": render(r, pick(r, INSULT_CTX)), "F": fr, "A": pick(r, ap), "W": w}


def _mk_distress(r, t):
    d, h = pick(r, DISTRESS)
    loc = _loc(r)
    loc["D"] = pick(r, ["人社局", "法援中心"])
    return {"d": render(r, d, loc), "h": render(r, h, loc)}


def _mk_misdial(r, t):
    m, h = pick(r, MISDIAL)
    loc = _loc(r)
    loc["ph"] = DEPT_PHONE["县人民医院"]
    return {"m": render(r, m, loc), "h": render(r, h, loc)}


def _mk_worker(r, t):
    who, iss = pick(r, NIGHT_WORKER)
    loc = _loc(r)
    return {
        "who": render(r, who, loc),
        "I": render(r, iss, loc),
        "A": pick(r, ["尽快处理", "相关部门管一管", "帮忙协调", "给解决一下"]),
    }


def _mk_sugg(r, t):
    return {"s": render(r, pick(r, SUGGEST), _loc(r))}


def _mk_praise(r, t):
    loc = _loc(r)
    loc["D"] = DEPT_SHORT[pick(r, DEPT_FULL)]
    loc["SH"] = pick(r, ["路灯不亮", "停水", "垃圾清运", "拖欠工资", "下水道堵塞", "小区停车"])
    return {"p": render(r, pick(r, PRAISE), loc)}


def _mk_pocket(r, t):
    return {"p": pick(r, POCKET)}


def _mk_badline(r, t):
    return {"b": render(r, pick(r, BADLINE), {"F": pick(r, BADLINE_F)})}


def gen_elderly(r, P, pb, n):
    evs = []
    dcw, hcw, hn = P.dcw(W_FLAT), P.hcw(P_ELDER), P.hcw(P_NIGHT)
    while len(evs) < n:
        phone = pb.local() if r.random() < 0.45 else pb.mobile()
        st = {
            "korean": r.random() < 0.2,
            "lonely": r.random() < 0.4,
            "matters": r.sample(ELDER_MATTER, 3),
            "loc": _loc(r, urban=0.5),
        }
        if r.random() < 0.55:
            times = [P.rand_time(r, dcw, hcw)]
        else:
            k = r.randint(3, 20)
            night_p = r.choice([0.0, 0.1, 0.4])
            times = []
            for _ in range(k):
                t = P.rand_time(r, dcw, hn if r.random() < night_p else hcw)
                times.append(t)
                if r.random() < 0.3:
                    times.append(t + dt.timedelta(minutes=r.uniform(3, 90)))
        for t in times:
            if P.inside(t):
                evs.append(Ev(t, "elderly", "genuine", phone, st, {}))
    return evs[:n]


def gen_petitioners(r, P, pb, n):
    evs, people = [], []
    hday, heve = P.hcw(P_DAY), P.hcw(P_EVE)
    while len(evs) < n:
        phone = pb.local() if r.random() < 0.2 else pb.mobile()
        g, gs = pick(r, PET_G)
        loc = _loc(r)
        oldt = P.start - dt.timedelta(days=r.randint(20, 900))
        st = {
            "G": render(r, g, loc),
            "GS": gs,
            "oid": _oid(r, oldt),
            "loc": loc,
            "gender": r.choice(["大爷", "大姨", "老人", "男子", "女士", "大哥"]),
        }
        people.append(phone)
        heavy = r.random() < 0.18
        gap_lo, gap_hi = (1, 2.5) if heavy else (1, 4)
        d = r.uniform(0, 3)
        h0 = r.uniform(8, 10.5)
        while d < P.days:
            k = 1
            x = r.random()
            if x < (0.4 if heavy else 0.15):
                k = r.randint(2, 5 if heavy else 3)
            for j in range(k):
                if r.random() < 0.12:
                    tt = P.base + dt.timedelta(days=int(d), hours=r.uniform(19, 23.5))
                else:
                    tt = P.base + dt.timedelta(days=int(d), hours=h0 + r.gauss(0, 1.2) + j * r.uniform(0.5, 3))
                if P.inside(tt):
                    evs.append(Ev(tt, "petitioner", "genuine", phone, st, {}))
            d += r.uniform(gap_lo, gap_hi)
    return evs[:n], people


def attach_drops(r, P, pb, n, matter, kind, attach_share, gap):
    """Dropped / bad-line calls; a share precede a matter call from the same number."""
    evs = []
    m = len(matter)
    hcw, dcw = P.hcw(P_DAY), P.dcw(W_GEN)
    while len(evs) < n:
        if m and r.random() < attach_share:
            e = matter[r.randrange(m)]
            if e.ex.get("after_drop"):
                continue
            t = e.t - dt.timedelta(seconds=r.uniform(*gap))
            if not P.inside(t):
                continue
            e.ex["after_drop"] = kind
            evs.append(Ev(t, kind, "genuine", e.phone, {}, _mk_badline(r, t) if kind == "bad_line" else {}))
            if kind == "dropped_call" and r.random() < 0.12 and len(evs) < n:
                t2 = t - dt.timedelta(seconds=r.uniform(20, 120))
                if P.inside(t2):
                    evs.append(Ev(t2, kind, "genuine", e.phone, {}, {}))
        else:
            t = P.rand_time(r, dcw, hcw)
            if P.inside(t):
                ph = pb.local() if (kind == "bad_line" and r.random() < 0.3) else pb.genuine(0.1)
                evs.append(Ev(t, kind, "genuine", ph, {}, _mk_badline(r, t) if kind == "bad_line" else {}))
    return evs[:n]


# ------------------------------------------------------ nuisance gen
def gen_nuisance(r, P, pb, n, kind):
    prof, wk, pats, wh, ll, rotate = HCFG[kind]
    extra = _school_holiday if kind in ("child_play", "prank_report") else None
    dcw, hcw = P.dcw(wk, key=kind, extra=extra), P.hcw(prof)
    pnames = [p for p, _ in pats]
    pcw = _cum([w / _expected_calls(p, P.days) for p, w in pats])
    evs, callers = [], []
    while len(evs) < n:
        pat = r.choices(pnames, cum_weights=pcw)[0]
        if kind == "fax_tone":
            phone = pb.local() if r.random() < 0.6 else pb.other()
        elif kind == "robocall":
            x = r.random()
            phone = pb.virtual() if x < 0.45 else (pb.other() if x < 0.7 else pb.mobile())
        elif kind == "telemarketer":
            x = r.random()
            phone = pb.other() if x < 0.45 else (pb.mobile() if x < 0.8 else (pb.virtual() if x < 0.9 else pb.local()))
        else:
            phone = pb.nuisance(wh * (1.4 if pat == "one" else 0.8), ll)
        st = {"pat": pat, "kind": kind, "phone": phone}
        if kind == "silent":
            st["med"] = math.exp(r.gauss(math.log(12), 0.9))
            st["breath"] = r.random() < 0.25
        elif kind == "vexatious_repeat":
            st["vm"] = render(r, pick(r, VEX_M)) if r.random() < 0.7 else ""
        elif kind in ("night_chat", "nonsense_story", "flirting", "drunk"):
            st["fav"] = r.sample(
                {"night_chat": NIGHT_CHAT, "nonsense_story": NONSENSE, "flirting": FLIRT, "drunk": DRUNK}[kind], 3
            )
        times = [t for t in schedule(r, P, pat, dcw, hcw, prof) if P.inside(t)]
        if not times:
            continue
        st["ncalls"] = len(times)
        callers.append(st)
        for t in times:
            ph = phone
            if rotate and pat == "one":
                ph = phone
            evs.append(Ev(t, kind, "harassment", ph, st, {}))
    return evs[:n], callers


# ========================================================= rendering
def _who(r, op):
    if op.style in ("formal", "chatty") and r.random() < 0.2:
        return "来电人（%s）" % pick(r, ["男", "女", "男，约60岁", "女，约50岁", "男，中年", "女，老年", "女，年轻"])
    return "来电人"


def _ph(r, op, ph):
    x = (op.idx * 7) % 3
    return ["0433-" + ph, ph, "0433" + ph][x]


def _route(r, op, D):
    if not D or r.random() > op.route_p:
        return ""
    d = DEPT_SHORT.get(D, D)
    return pick(r, ["，转%s" % d, "（转%s办理）" % d, "，派%s" % d, "，已派单至%s" % D, "。转办：%s" % D])


def _note(r, op):
    if r.random() < op.note_p:
        return "，" + pick(r, op.notes)
    return ""


def _chat_n(r):
    return pick(
        r,
        [
            "真是服了",
            "这种电话最近挺多",
            "劝了半天",
            "估计是闲的",
            "唉",
            "听着岁数不大",
            "我都不知道说啥好",
            "提醒他这是政务热线",
            "耐心劝导后挂了",
            "跟他说有事再打",
            "说了几句就挂了",
        ],
    )


def _nuis(r, op, core, terse, subj=True):
    """Generic write-up of a nuisance call without a matter."""
    who = "来电人" if subj else ""
    st = op.style
    nm, hg = pick(r, op.nomatter), pick(r, op.hang)
    if st == "terse":
        return pick(r, terse) if r.random() < 0.7 else (who + core)
    if st == "formal":
        return pick(r, ["%s%s，%s，%s。", "%s%s，%s。%s。"]) % (who, core, nm, hg)
    if st == "plain":
        x = r.random()
        if x < 0.3:
            return "%s%s" % (who, core)
        return "%s%s，%s" % (who, core, pick(r, [nm, hg, nm + "，" + hg]))
    return "%s%s，%s" % (who, core, _chat_n(r))


def w_silent(r, op, ev, c):
    if r.random() < op.blank_p:
        return ""
    txt = pick(r, op.silent) if r.random() < 0.85 else pick(r, SILENT_ALL)
    if ev.st.get("breath") and r.random() < 0.35:
        txt += "，" + pick(r, ["能听到呼吸声", "对方有呼吸声但不说话", "隐约能听到对方在笑", "听筒里有喘气声"])
    elif r.random() < 0.06:
        txt += "，" + pick(
            r, ["对方听了一会儿挂断", "话务员提示三次后挂机", "对方咳嗽一声后挂断", "已回拨，对方接通后仍不说话"]
        )
    if c["k_today"] >= 2 and r.random() < op.hist_p:
        txt += pick(
            r,
            [
                "（该号码今日第%d次无声来电）" % c["k_today"],
                "，该号码多次无声来电",
                "，又是这个号码",
                "（同一号码反复无声来电）",
                "，疑似骚扰",
            ],
        )
    elif c["n_before"] >= 4 and r.random() < op.hist_p * 0.5:
        txt += pick(r, ["，该号码近期多次无声来电", "（老号码，经常无声来电）", "，疑似骚扰电话"])
    return txt


def w_dropped(r, op, ev, c):
    if r.random() < op.blank_p:
        return ""
    if r.random() < op.drop_as_silent:
        txt = pick(r, op.silent)
    else:
        txt = pick(r, op.drop)
    if ev.phone and r.random() < 0.08:
        txt += "，" + pick(r, ["已回拨，无人接听", "回拨无人接听", "回拨提示正在通话中", "已回拨，对方未接"])
    return txt


def w_abuse(r, op, ev, c):
    q = op.swear(r, _abuse_quote(r))
    quote = bool(q) and r.random() < op.quote_p
    st = op.style
    if st == "terse":
        return pick(
            r, ["辱骂", "骂人 挂", "恶意辱骂话务员", "骂人，无诉求", "来电骂人", "脏话", "骂街", "辱骂 已挂机"]
        ) + ("“%s”" % q if quote and r.random() < 0.3 else "")
    if st == "formal":
        if quote:
            return pick(
                r,
                [
                    "来电人接通后即辱骂话务员，称“%s”，%s，经提醒文明用语后仍继续辱骂，%s。",
                    "来电人无具体诉求，对话务员进行人身攻击（“%s”），%s，%s。",
                ],
            ) % (q, pick(r, op.nomatter), pick(r, op.hang))
        return "来电人%s，%s，%s。" % (
            pick(r, ["来电即辱骂话务员", "言语粗俗，辱骂话务员", "出言不逊，恶意辱骂", "对话务员进行辱骂、讽刺"]),
            pick(r, op.nomatter),
            pick(r, op.hang),
        )
    if st == "plain":
        if quote:
            return "来电人骂人，说“%s”，%s，%s" % (q, pick(r, op.nomatter), pick(r, op.hang))
        return "来电人%s，%s" % (
            pick(r, ["骂人", "一直骂话务员", "满嘴脏话", "说话很难听", "阴阳怪气地挖苦话务员"]),
            pick(r, op.hang),
        )
    if quote:
        return "来电人一接通就%s，说我“%s”，问他有什么事也不说，%s" % (
            pick(r, ["开骂", "冷嘲热讽", "阴阳怪气"]),
            q,
            pick(r, ["提醒了两次，挂了", "我就挂了", "真是没办法"]),
        )
    return "来电人%s，%s" % (pick(r, ["上来就骂，骂得特别难听", "一直挖苦人", "骂完我又骂政府"]), _chat_n(r))


def w_contempt(r, op, ev, c):
    g = pick(r, GOV_CONTEMPT)
    if op.style == "terse":
        return pick(r, ["发泄不满 无诉求", "骂政府 无具体事", "无诉求 发牢骚", "发牢骚"])
    return "来电人称“%s”，%s，%s" % (op.swear(r, g) or g, pick(r, GOV_TAIL), pick(r, op.hang))


def w_threat(r, op, ev, c):
    th = pick(r, THREATS)
    tail = pick(r, ["已提醒其注意言行", "已提醒其言行后果", "已记录号码并报值班长", "已报班长", "已提醒其相关法律责任"])
    if op.style == "terse":
        return pick(r, ["扬言威胁 无具体诉求", "威胁话务员", "恐吓 已报班长", "威胁 无诉求"])
    return "来电人扬言“%s”，%s，%s" % (th, pick(r, ["问其何事不说", "追问具体事由不答"] + op.nomatter), tail)


def w_fav(r, op, ev, c, bank, terse, subj=True):
    core = pick(r, ev.st["fav"]) if ("fav" in ev.st and r.random() < 0.6) else pick(r, bank)
    txt = _nuis(r, op, core, terse, subj)
    if c["n_before"] >= 3 and r.random() < op.hist_p * 0.6:
        txt += pick(r, ["（该来电人经常来电）", "，该号码多次来电闲聊", "（老来电人）", "，近期反复来电"])
    return txt


def w_prank(r, op, ev, c):
    loc = _loc(r)
    x = r.random()
    if x < 0.4:
        core = render(r, pick(r, PRANK_CUE), loc)
        if r.random() < 0.4:
            core += "，" + pick(r, ["背景有笑声", "说完就笑", "听声音是小孩"])
        txt = _nuis(r, op, core, ["恶作剧", "谎报", "小孩恶作剧", "虚假来电"])
    elif x < 0.75:
        core = render(r, pick(r, PRANK_REAL), loc) + "，" + pick(r, PRANK_TELL)
        txt = _nuis(r, op, core, ["恶作剧", "谎报警情", "虚假信息 挂机", "疑似恶作剧"])
    else:
        rep = render(r, pick(r, PRANK_REAL), loc)
        if op.style == "terse":
            txt = rep
        elif op.style == "formal":
            txt = "来电人%s，诉求：%s。" % (rep, pick(r, ["尽快处理", "相关部门尽快到场", "依法查处"]))
        else:
            txt = "来电人%s，%s" % (rep, pick(r, ["问其具体位置说不清", "未留姓名", "说完就挂了", "要求尽快派人"]))
    if c["k_today"] >= 2 and r.random() < op.hist_p:
        txt += pick(
            r,
            [
                "（该号码今日第%d次来电，每次反映事项不同）" % c["k_today"],
                "，该号码短时间内多次来电",
                "，同一号码刚刚来过电话",
            ],
        )
    return txt


def w_child(r, op, ev, c):
    core = pick(r, CHILD)
    tail = pick(r, ["", "，已提醒其让家长接电话", "，请小朋友不要随便拨打", "，已告知此号码不能随便打"])
    if op.style == "terse":
        return pick(r, ["小孩玩电话", "儿童来电", "小孩", "小孩乱打", "小孩 挂"])
    return core + tail


def w_simple(r, op, ev, c, bank, terse, subj=True):
    return _nuis(r, op, pick(r, bank), terse, subj)


def w_robo(r, op, ev, c):
    core = pick(r, ROBO)
    if op.style == "terse":
        return pick(r, ["语音广告", "录音", "机器人", "广告", "AI外呼", "电脑语音"])
    return core + pick(r, ["", "，与热线业务无关", "，无人工", "，已挂机"])


def w_fax(r, op, ev, c):
    if r.random() < op.blank_p * 0.5:
        return ""
    txt = pick(r, FAX)
    if c["k_today"] >= 3 and r.random() < op.hist_p:
        txt += "（该号码反复拨入）"
    return txt


def w_music(r, op, ev, c):
    if r.random() < op.blank_p * 0.4:
        return ""
    if op.style == "terse":
        return pick(r, ["放音乐", "音乐", "无人说话 有音乐", "放歌"])
    return pick(r, MUSIC)


def w_tele(r, op, ev, c):
    core = pick(r, TELE)
    if op.style == "terse":
        return pick(r, ["推销", "推销电话", "广告推销", "推销 非热线业务"])
    return "来电人%s，%s" % (
        core,
        pick(r, ["已告知本热线不受理此类业务", "与热线业务无关", "已告知这是政务服务热线", "已挂机"]),
    )


def w_vex(r, op, ev, c):
    vm = ev.st["vm"]
    k = c["k_today"]
    act = pick(r, VEX_ACT)
    st = op.style
    if st == "terse":
        return pick(r, ["重复来电", "又是他", "重复诉求 已答复", "骚扰", "同一人 第%d次" % k, "无新诉求"])
    if vm and r.random() < 0.6:
        txt = "来电人再次来电，仍反映%s，该问题此前已多次答复，来电人不认可，%s" % (
            vm,
            pick(r, ["反复纠缠", "无新诉求", "不听解释", act]),
        )
    else:
        txt = "来电人%s，%s" % (pick(r, ["又来电", "再次来电", "反复来电"]), act)
    if k >= 2 and r.random() < 0.4 + op.hist_p * 0.5:
        txt += pick(r, ["（今日第%d次来电）" % k, "，今天已经打了%d次" % k, "（同一来电人今日第%d次）" % k])
    elif r.random() < 0.2:
        txt += pick(r, ["，已按口径答复", "，已多次解释", "，已报班长"])
    return txt


# ---- genuine writers
def _after_drop(r, op, ev):
    k = ev.ex.get("after_drop")
    if not k:
        return ""
    if r.random() > (0.15 if op.style == "terse" else 0.55):
        return ""
    if k == "bad_line":
        return pick(r, ["来电人称刚才信号不好，", "（刚才来电听不清，来电人换地方重新打来）", "来电人重新来电，"])
    return pick(
        r,
        [
            "来电人称刚才电话断了，",
            "来电人称刚才打进来断线了，",
            "（来电人刚才来电断线，此次重新来电）",
            "刚才断线 重拨 " if op.style == "terse" else "来电人重新拨入，",
        ],
    )


def w_complaint(r, op, ev, c, curse=None):
    ex = ev.ex
    I, SH, A = ex["I"], ex["SH"], ex["A"]
    S_ = ("，" + ex["since"]) if ex["since"] and not ex.get("surge") else ""
    st = op.style
    loc = {"I": I, "S": S_, "A": A, "SH": SH, "D": DEPT_SHORT.get(ex["D"], ex["D"])}
    if st == "formal":
        tpl = pick(
            r,
            [
                "{W}反映：{I}{S}。诉求：{A}。",
                "{W}反映{I}{S}，诉求：希望{A}。",
                "{W}称{I}{S}。来电人诉求：{A}。",
                "{who}来电反映，{I}{S}，要求{A}。",
            ],
        )
    elif st == "plain":
        tpl = pick(
            r,
            [
                "来电人反映{I}{S}，希望{A}。",
                "反映{I}{S}，要求{A}",
                "来电人说{I}{S}，想让{A}。",
                "{I}{S}，来电人要求{A}。",
            ],
        )
    elif st == "terse":
        tpl = pick(r, ["{SH}", "{SH} 要求处理", "反映{SH}", "{SH}，转{D}", "{SH}，{A}", "{I}"])
    else:
        tpl = pick(
            r,
            [
                "来电人是{who2}，说{I}{S}，{CH}，希望{A}。",
                "来电人挺着急的，说{I}{S}，希望{A}。",
                "{who2}打来的，{I}{S}，{CH}，诉求是{A}。",
                "来电人说{I}{S}，{CH}。",
            ],
        )
    loc["W"] = _who(r, op)
    loc["who"] = pick(r, WHO)
    loc["who2"] = pick(r, WHO2)
    loc["CH"] = pick(r, CHAT)
    loc["estate"] = ex["loc"]["estate"]
    loc["village"] = ex["loc"]["village"]
    loc["community"] = ex["loc"]["community"]
    txt = render(r, tpl, loc)
    if curse is not None:
        cq = op.swear(r, curse) or "……"
        if st == "terse":
            txt += pick(r, [" 情绪激动 骂人", " 爆粗口", " 来电人骂人"])
        elif st == "chatty":
            txt = "来电人特别冲，一上来就骂“%s”，安抚了半天才说清楚，%s" % (cq, txt.replace("来电人", "", 1))
        else:
            txt = "来电人情绪激动，%s，称“%s”。%s" % (
                pick(r, ["多次爆粗口", "言语粗俗", "骂骂咧咧", "辱骂话务员"]),
                cq,
                txt,
            )
    if ex.get("surge") and r.random() < 0.3:
        txt += pick(r, ["（同类来电较多）", "，该区域同类来电已有多起", "（今日同一问题多人来电）"])
    txt = _after_drop(r, op, ev) + txt
    txt += _route(r, op, ex["D"]) if st != "terse" else ""
    txt += _note(r, op)
    return txt


def w_angry(r, op, ev, c):
    return w_complaint(r, op, ev, c, curse=ev.ex["curse"])


def w_consult(r, op, ev, c):
    ex = ev.ex
    st = op.style
    if ex["one"]:
        d = ex["D"]
        ds = DEPT_SHORT[d]
        ph = _ph(r, op, DEPT_PHONE[d])
        sub = ex["sub"]
        if sub == "phone":
            txt = {
                "formal": pick(
                    r, ["来电人咨询%s电话，已告知：%s。" % (d, ph), "来电人查询%s联系电话，已告知%s。" % (d, ph)]
                ),
                "plain": pick(r, ["咨询%s电话，已告知%s" % (ds, ph), "来电人要%s的电话，已告知" % ds]),
                "terse": pick(
                    r, ["查询%s电话 已告知" % ds, "%s电话" % ds, "咨询%s电话 %s" % (ds, ph), "%s电话 已告" % ds]
                ),
                "chatty": "来电人要%s的电话，已经告诉他了（%s）" % (d, ph),
            }[st]
        elif sub == "addr":
            txt = {
                "formal": "来电人咨询%s办公地址，已告知。" % d,
                "plain": "咨询%s在哪，已告知" % ds,
                "terse": "%s地址 已告知" % ds,
                "chatty": "来电人问%s搬哪去了，跟他说了地址" % ds,
            }[st]
        else:
            txt = {
                "formal": "来电人咨询%s工作时间，已告知。" % d,
                "plain": "咨询%s几点上班，已告知" % ds,
                "terse": "%s上班时间" % ds,
                "chatty": "来电人问%s中午休不休息，已告知" % ds,
            }[st]
    else:
        Q, QS, A = ex["Q"], ex["QS"], ex["A"]
        A = A.replace("0433-58", "0433-58")
        txt = {
            "formal": pick(
                r,
                [
                    "来电人咨询%s。已告知：%s。" % (Q, A),
                    "来电人咨询%s，已告知%s。" % (Q, A),
                    "来电人咨询%s，话务员已解答。" % Q,
                ],
            ),
            "plain": pick(r, ["咨询%s，已告知%s" % (Q, A), "来电人问%s，告知%s" % (Q, A), "来电人咨询%s，已解答" % QS]),
            "terse": pick(r, ["咨询%s 已告知" % QS, QS, "问%s，已答" % QS, "%s 已解答" % QS]),
            "chatty": pick(
                r,
                [
                    "来电人想问%s，我告诉他%s，来电人说谢谢" % (Q, A),
                    "来电人问%s，已经跟她说了%s，她说明天去办" % (Q, A),
                ],
            ),
        }[st]
    return _after_drop(r, op, ev) + txt


UNSAT = [
    "承办单位说已处理但实际没解决",
    "没人联系过他就显示办结了",
    "只是口头答复",
    "处理了两天又恢复原样",
    "承办单位打电话态度不好",
    "说来看看一直没来",
]


def w_followup(r, op, ev, c):
    o = ev.st["orig"]
    SH, oid, od = o["SH"], o["oid"], ev.st["odate"]
    if SH.endswith("问题"):
        SH = SH[:-2]
    q = ev.st["quote"]
    ref = ("（工单号%s）" % oid) if q else ""
    st = op.style
    night = ev.ex.get("night")
    if night and TOPICS[o["ti"]][0] in ("bbq_noise", "construction_noise", "neighbor_noise", "power", "water"):
        txt = "来电人称%s的问题今晚又出现了，%s已反映过%s，要求尽快处理" % (SH, od, ref)
    elif st == "formal":
        txt = pick(
            r,
            [
                "来电人催办：其于%s反映的%s问题%s至今未处理，要求尽快处理。" % (od, SH, ref),
                "来电人询问%s%s的办理进度，已告知正在办理中，请耐心等待。"
                % (("工单" + oid) if q else od + "反映的问题", "（" + SH + "）"),
                "来电人对%s的处理结果不满意，称%s，要求重新处理。"
                % (("工单" + oid) if q else SH + "问题", pick(r, UNSAT)),
                "来电人再次反映%s，称%s已反映过%s，%s。" % (SH, od, ref, pick(r, UNSAT)),
            ],
        )
    elif st == "plain":
        txt = pick(
            r,
            [
                "来电人说%s打过电话反映%s，到现在没人管，催一下" % (od, SH),
                "催办%s，%s" % (oid if q else SH, pick(r, UNSAT)),
                "来电人问%s的事办得怎么样了%s" % (SH, ref),
            ],
        )
    elif st == "terse":
        txt = pick(
            r,
            [
                "催办%s" % (oid if q else SH),
                "%s 催办" % (oid if q else SH),
                "询问%s进度 已告知" % (oid if q else SH),
                "%s 不满意 %s" % (SH, pick(r, UNSAT)),
            ],
        )
    else:
        txt = "来电人又打来问%s的事，说%s打过%s，到现在没动静，%s" % (
            SH,
            od,
            ref,
            pick(r, ["挺着急的", "说话还算客气", "有点生气", "让我们再催催"]),
        )
    if c["k_today"] >= 2 and r.random() < op.hist_p:
        txt += pick(r, ["（今日第%d次来电）" % c["k_today"], "，来电人今天第二次打来"])
    return _after_drop(r, op, ev) + txt


def w_urgent(r, op, ev, c):
    ex = ev.ex
    st = op.style
    if st == "terse":
        txt = "%s 急 %s" % (ex["U"], ex["H"])
    elif st == "formal":
        txt = "来电人紧急求助：%s，请求尽快处理。%s。" % (ex["U"], ex["H"])
    elif st == "plain":
        txt = "来电人称%s，%s" % (ex["U"], ex["H"])
    else:
        txt = "来电人特别着急，说%s，%s" % (ex["U"], ex["H"])
    return _after_drop(r, op, ev) + txt


def w_sugg(r, op, ev, c):
    s = ev.ex["s"]
    return {
        "formal": "来电人建议：%s。" % s,
        "plain": "来电人建议%s" % s,
        "terse": "建议%s" % s,
        "chatty": "来电人提了个建议，说希望%s，挺有道理的" % s,
    }[op.style]


def w_praise(r, op, ev, c):
    p = ev.ex["p"]
    return {
        "formal": "来电人来电%s。" % p,
        "plain": "来电人%s" % p,
        "terse": p,
        "chatty": "来电人专门打来%s，说谢谢我们" % p,
    }[op.style]


def w_insult(r, op, ev, c):
    ex = ev.ex
    F = ex["F"]
    if op.style == "terse":
        return "%s %s" % (F, ex["A"])
    if op.style == "formal":
        return "来电人反映%s，%s，%s。" % (ex["ctx"], F, ex["A"])
    if op.style == "plain":
        return "来电人说%s%s，%s" % (ex["ctx"], F, ex["A"])
    return "来电人挺委屈的，说%s%s，%s" % (ex["ctx"], F, ex["A"])


def w_elderly(r, op, ev, c):
    st_ = ev.st
    m = pick(r, st_["matters"])
    loc = dict(st_["loc"])
    loc["D"] = pick(r, ["社保局", "医保局", "民政局", "社区", "村委会"])
    h = render(r, pick(r, ELDER_HANDLE), loc)
    night = ev.t.hour >= 22 or ev.t.hour < 5
    desc = pick(
        r, ["耳背", "说话不太清楚", "表述较乱", "讲话朝鲜语夹杂汉语" if st_["korean"] else "口音较重", "反复说同一件事"]
    )
    if night and r.random() < 0.6:
        nm = pick(
            r,
            [
                "屋里有动静害怕，想让社区明天来看看门锁",
                "睡不着，问%s" % m,
                "家里停电了黑灯瞎火的害怕",
                "身体不舒服，已告知拨打120",
                "想问%s，说白天打不通" % m,
            ],
        )
        core = "来电人为独居老人，夜里来电称%s" % nm
    elif st_["lonely"] and r.random() < 0.5:
        core = "来电人为老年人，%s，主要是反映%s" % (
            pick(r, ["说了很多家常", "聊了些家里的事", "说儿女都在外地（韩国打工）"]),
            m,
        )
    else:
        core = "来电人为老年人，%s，反映%s" % (desc, m)
    if op.style == "terse":
        txt = pick(r, ["老人 %s" % m, "老年人咨询%s 已解答" % m, "老人来电 %s" % m])
    else:
        txt = core + "，" + h
    if c["k_today"] >= 2 and r.random() < op.hist_p:
        txt += pick(r, ["（今日第%d次来电）" % c["k_today"], "，老人今天已经打了好几次"])
    elif c["n_before"] >= 3 and r.random() < op.hist_p * 0.5:
        txt += "（该老人经常来电）"
    return txt


def w_distress(r, op, ev, c):
    ex = ev.ex
    if op.style == "terse":
        return "来电人%s %s" % (ex["d"], ex["h"])
    return "来电人%s，%s" % (ex["d"], ex["h"])


def w_badline(r, op, ev, c):
    if op.style == "terse" and r.random() < 0.6:
        return pick(r, ["听不清", "信号差", "朝鲜语 听不懂", "杂音大 听不清", "听不清 断了"])
    return ev.ex["b"]


def w_misdial(r, op, ev, c):
    ex = ev.ex
    if op.style == "terse":
        return pick(r, ["打错", "误拨", "拨错号码", "来电人%s" % ex["m"]])
    return "来电人%s%s" % (ex["m"], ("，" + ex["h"]) if ex["h"] else "")


def w_pocket(r, op, ev, c):
    if r.random() < op.blank_p:
        return ""
    if op.style == "terse":
        return pick(r, ["误拨", "无人说话 背景有声音", "误触", "无声 有背景音"])
    return ev.ex["p"]


def w_worker(r, op, ev, c):
    ex = ev.ex
    return {
        "formal": "来电人为%s，反映%s，要求%s。" % (ex["who"], ex["I"], ex["A"]),
        "plain": "来电人是%s，%s，希望%s" % (ex["who"], ex["I"], ex["A"]),
        "terse": "%s反映%s" % (ex["who"], ex["I"]),
        "chatty": "来电人是%s，刚下班，说%s，%s" % (ex["who"], ex["I"], ex["A"]),
    }[op.style] + _after_drop(r, op, ev)[:0]


def w_petition(r, op, ev, c):
    s = ev.st
    loc = dict(s["loc"])
    loc["D"] = pick(r, ["信访局", "镇政府", "人社局", "住建局", "林业局"])
    rem = render(r, pick(r, PET_REMARK), loc)
    pa = pick(r, PET_APPEAL)
    st = op.style
    k = c["k_today"]
    if st == "formal":
        txt = pick(
            r,
            [
                "来电人再次反映%s，称已多次反映未解决（原工单%s），诉求：%s。" % (s["G"], s["oid"], pa),
                "来电人反映%s，%s，要求%s。" % (s["G"], rem, pa),
                "来电人询问其反映的%s问题有无进展，%s。" % (s["GS"], rem),
            ],
        )
    elif st == "plain":
        txt = pick(r, ["来电人又打来反映%s的事，%s，要求%s" % (s["GS"], rem, pa), "来电人反映%s，%s" % (s["G"], rem)])
    elif st == "terse":
        txt = pick(
            r,
            [
                "%s 再次反映" % s["GS"],
                "老问题%s，要求答复" % s["GS"],
                "%s %s" % (s["GS"], s["oid"]),
                "重复反映%s" % s["GS"],
            ],
        )
    else:
        txt = "又是反映%s的那位%s，%s，情绪%s" % (
            s["GS"],
            s["gender"],
            rem,
            pick(r, ["还行", "比较激动", "很低落", "挺急的"]),
        )
    if k >= 2 and r.random() < 0.3 + op.hist_p * 0.5:
        txt += pick(
            r, ["（今日第%d次来电）" % k, "，来电人今日第%d次来电，补充称%s" % (k, rem), "（同一诉求今日已来电）"]
        )
    elif c["n_before"] >= 3 and r.random() < op.hist_p * 0.4:
        txt += pick(r, ["（重复来电）", "（该来电人多次来电反映同一问题）"])
    return txt


WRITERS = {
    "silent": w_silent,
    "abuse_operator": w_abuse,
    "gov_contempt": w_contempt,
    "threat": w_threat,
    "night_chat": lambda r, op, ev, c: w_fav(r, op, ev, c, NIGHT_CHAT, ["闲聊", "夜间闲聊 无诉求", "找人唠嗑", "聊天"]),
    "drunk": lambda r, op, ev, c: w_fav(r, op, ev, c, DRUNK, ["醉酒", "醉酒来电", "喝多了 听不清", "酒后胡话"]),
    "flirting": lambda r, op, ev, c: w_fav(
        r, op, ev, c, FLIRT, ["骚扰女话务员", "问个人信息", "搭讪", "要微信", "问话务员私人问题"]
    ),
    "prank_report": w_prank,
    "nonsense_story": lambda r, op, ev, c: w_fav(
        r, op, ev, c, NONSENSE, ["胡言乱语", "讲故事 无诉求", "思维混乱", "说些没用的"]
    ),
    "absurd_request": lambda r, op, ev, c: w_simple(
        r, op, ev, c, ABSURD, ["无理要求", "无关要求", "不合理诉求", "提无理要求"]
    ),
    "child_play": w_child,
    "line_test": lambda r, op, ev, c: w_simple(r, op, ev, c, LINE_TEST, ["测试", "试线", "测试电话", "试打"]),
    "dare": lambda r, op, ev, c: w_simple(r, op, ev, c, DARE, ["打赌", "大冒险", "恶作剧", "起哄"]),
    "robocall": w_robo,
    "fax_tone": w_fax,
    "music_radio": w_music,
    "telemarketer": w_tele,
    "vexatious_repeat": w_vex,
    "complaint": w_complaint,
    "consultation": w_consult,
    "followup": w_followup,
    "urgent_help": w_urgent,
    "suggestion": w_sugg,
    "praise": w_praise,
    "angry_genuine": w_angry,
    "reported_insult": w_insult,
    "elderly": w_elderly,
    "distress": w_distress,
    "dropped_call": w_dropped,
    "bad_line": w_badline,
    "misdial": w_misdial,
    "pocket_dial": w_pocket,
    "petitioner": w_petition,
    "night_worker": w_worker,
}


# ============================================================ driver
def _alloc(total, shares):
    out, acc = {}, 0
    for i, (k, s) in enumerate(shares):
        if i == len(shares) - 1:
            out[k] = total - acc
        else:
            out[k] = int(round(total * s))
            acc += out[k]
    return out


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    r = random.Random(seed)
    P = Period(start, days)
    pb = PhoneBook(random.Random(r.randrange(1 << 30)))
    ops, teams, extra = make_roster(random.Random(r.randrange(1 << 30)))
    n_h = int(round(n_target * harassment_share))
    n_g = n_target - n_h
    hc = _alloc(n_h, H_SHARES)
    gc = _alloc(n_g, G_SHARES)

    evs = []
    # ---- genuine
    comp = gen_complaints(r, P, pb, gc["complaint"])
    cons = gen_consult(r, P, pb, gc["consultation"])
    fol = gen_followups(r, P, pb, gc["followup"], comp)
    if len(fol) < gc["followup"]:
        gc["consultation"] += gc["followup"] - len(fol)
        cons += gen_consult(r, P, pb, gc["followup"] - len(fol))
    urg = gen_single(r, P, pb, gc["urgent_help"], "urgent_help", P_URGENT, W_FLAT, _mk_urgent)
    angry = gen_single(r, P, pb, gc["angry_genuine"], "angry_genuine", P_URGENT, W_GEN, _mk_angry)
    worker = gen_single(r, P, pb, gc["night_worker"], "night_worker", P_WORKER, W_FLAT, _mk_worker, landline=0.0)
    evs += comp + cons + fol + urg + angry + worker
    evs += gen_single(r, P, pb, gc["suggestion"], "suggestion", P_DAY, W_GEN, _mk_sugg)
    evs += gen_single(r, P, pb, gc["praise"], "praise", P_DAY, W_GEN, _mk_praise)
    evs += gen_single(r, P, pb, gc["reported_insult"], "reported_insult", P_DAY, W_GEN, _mk_insult)
    evs += gen_single(r, P, pb, gc["distress"], "distress", P_DISTRESS, W_FLAT, _mk_distress)
    evs += gen_single(r, P, pb, gc["misdial"], "misdial", P_URGENT, W_FLAT, _mk_misdial)
    evs += gen_single(r, P, pb, gc["pocket_dial"], "pocket_dial", P_EVE, W_FLAT, _mk_pocket)
    evs += gen_elderly(r, P, pb, gc["elderly"])
    pet, pet_phones = gen_petitioners(r, P, pb, gc["petitioner"])
    evs += pet
    matter = comp + cons + fol + urg + angry + worker
    evs += attach_drops(r, P, pb, gc["dropped_call"], matter, "dropped_call", 0.55, (15, 600))
    evs += attach_drops(r, P, pb, gc["bad_line"], matter, "bad_line", 0.4, (60, 1200))
    # ---- nuisance
    nuis_callers = []
    for k, _s in H_SHARES:
        e, cl = gen_nuisance(r, P, pb, hc[k], k)
        evs += e
        nuis_callers += cl

    # ---- restricted register (before the period)
    reg = []
    seen = {}
    for st in nuis_callers:
        ph = st["phone"]
        if not ph or ph in seen:
            continue
        persistent = st["pat"] != "one" or st["ncalls"] >= 3
        if r.random() < (0.6 if persistent else 0.06):
            seen[ph] = 1
            reg.append(ph)
    pp = [p for p in pet_phones if p]
    r.shuffle(pp)
    for p in pp[: max(1, int(round(len(pp) / 3.0)))]:
        if p not in seen:
            seen[p] = 1
            reg.append(p)
    for _ in range(max(15, int(0.3 * len(reg)))):
        x = r.random()
        p = pb.mobile() if x < 0.7 else (pb.local() if x < 0.95 else pb.other())
        seen[p] = 1
        reg.append(p)

    # ---- sort and write up
    for i, e in enumerate(evs):
        e.seq = i
    evs.sort(key=lambda e: (e.t, e.seq))
    hist = {}
    rows = []
    for e in evs:
        di = (dt.datetime(e.t.year, e.t.month, e.t.day) - P.base).days
        op = on_duty(r, teams, extra, e.t, di)
        day = e.t.date()
        if e.phone:
            h = hist.get(e.phone)
            if h is None:
                h = hist[e.phone] = [0, None, 0]
            if h[1] != day:
                h[1], h[2] = day, 0
            h[2] += 1
            c = {"k_today": h[2], "n_before": h[0]}
            h[0] += 1
        else:
            c = {"k_today": 1, "n_before": 0}
        text = WRITERS[e.kind](r, op, e, c)
        if text and e.phone in seen and r.random() < 0.08:
            text += pick(r, ["（系统提示：重点号码）", "（登记号码）", "（该号码在登记名单内）"])
        text = op.fix(r, text)
        rows.append(
            {
                "received_at": e.t.replace(microsecond=0),
                "caller_phone": e.phone,
                "content": text,
                "call_seconds": _dur(r, e.kind, op, e),
                "label": e.label,
                "kind": e.kind,
            }
        )
    return rows, set(reg)
