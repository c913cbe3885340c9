"""
caller_model_w -- labelled synthetic calls to the 12345 hotline of a fictional
county in eastern Henan (豫东).

THE COUNTY
----------
芦河县 (Luhe County), 汴东市 -- a fictional flat farming county in eastern Henan,
about 900,000 people, seat 城关镇.  13 towns/townships (城关镇, 芦河镇, 马集乡,
白楼镇, 杏花营乡, 高寨镇, 刘套楼乡, 双沟镇, 柳林乡, 王店乡, 古城镇, 黄岗乡,
清水河乡), each with its own villages (前李庄村, 孙楼村, 打渔陈村, 牛王庙村 ...).
Town streets: 人民路, 建设路, 芦河大道, 迎宾大道, 东关大街, 北环路 ...; compounds
such as 锦绣华庭, 棉纺厂家属院, 芦河壹号院.  Economy: wheat and maize, garlic,
chili, yams, watermelon, cattle and pig farms, and an 产业集聚区 with garment
factories, a flour mill, a 辣条 (spicy snack) factory, e-bike assembly, shoe and
board (板材) works and a hair-products firm.  Seasons drive the calls: 三夏 wheat
harvest and 秸秆禁烧 in late May/June, 中考/高考, summer heat, rainstorms and
waterlogging in July/August, autumn harvest, winter gas and heating.  Call-takers
and callers use local words (俺, 恁, 中, 弄啥嘞, 夜儿个, 晌午, 喝汤, 木有, 信球,
憨子, 噎人, 得劲 ...).  Phones: local landlines 0394-xxxxxxx, mobiles, withheld.

INTERFACE
---------
    calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1),
          harassment_share=0.05, seed=1) -> (rows, restricted)

rows: list of dicts sorted by received_at, exactly n_target of them, with
    received_at  datetime, naive local time in [start, start + days)
    caller_phone str: 11-digit mobile, landline with area code (e.g. 03946213375)
                 or "" when the number is withheld
    content      str: what the call-taker typed (may be "")
    call_seconds int
    label        "harassment" | "genuine"
    kind         short English name of the call type (below)
round(n_target * harassment_share) rows are harassment.
restricted: set of numbers put on the office's restricted-number register before
    the period: many repeat nuisance callers, some one-off nuisance numbers, a
    share of the genuine persistent petitioners, and a few old entries that do
    not call in the period.
Deterministic for a given seed (only random.Random(seed) is used; no iteration
over sets).

Each call-taker (16 of them, on day / evening / night shifts drawn per day) has
their own habits: formal (来电人反映：…。诉求：…。), standard, terse or chatty
style, bracketed notes, sign-offs with a 工号, half-width punctuation, pinyin
typos, how they mask swear words, how often they leave a silent call blank, and
their own labels for nuisance calls.

KINDS -- shares are of the nuisance part / of the genuine part respectively.
Hours: D = daytime office peak, M = morning-heavy day, E = evening, N = night,
O = office hours on weekdays only, C = after school / weekend, F = flat,
Z = evening and late night (noise), W = 21:00-07:00 (night workers),
HOT = midday to late evening (power cuts).  Seconds are rough medians.
Genuine kinds lean to weekdays; pranks, children and drunks to weekends; one or
two storm/heat days in the period pile up water, power and weather calls.

Nuisance ("harassment"):
  silent           30%  nobody speaks; 2 s .. 2 min.  Sub-patterns: bursts of
                        many calls in a day (short, 3-8 s), once a night for many
                        nights (longer), every few days, one-offs.  Often blank.
  abuse_calltaker  10%  insults the call-taker, with or without swear words
                        (contempt, sarcasm, dialect insults), no matter. ~30 s, D/E.
  abuse_government  6%  rants against the government/officials, no matter. ~45 s.
  night_chat        8%  lonely/bored callers chatting at night, no matter;
                        some call night after night. ~10 min, N.
  flirt             5%  flirting, asking the call-taker personal questions. ~2.5 min, N/E.
  drunk             4%  drunk rambling. ~3 min, N.
  prank_report      6%  invented reports told like real ones. ~1 min, E/C.
  prank_nonsense    5%  long nonsense stories, absurd requests. ~5 min, F.
  child_play        4%  children playing with a phone, bursts. ~20 s, C.
  line_test         2%  "testing whether it gets through". ~8 s.
  bet_dare          1%  calling on a bet or a dare, groups. ~25 s, E/N.
  robocall          4%  recorded or AI voice adverts, from rotating numbers. ~30 s, O.
  fax_music         3%  fax tones, music or TV noise; fax retries in bursts. ~25 s.
  telemarketing     4%  salespeople selling to the hotline. ~70 s, O.
  threat            2%  threats to the call-taker/offices, bomb-type threats. ~1 min.
  vexatious_repeat  6%  same long-answered demand or nothing, many times a day,
                        over many days. ~1.5 min, F.
Genuine:
  consult          13%  short consultations: a phone number, hours, a policy. ~70 s, D.
  water_supply      4%  (M) | power_supply 4.5% (HOT) | road_traffic 4.5% | social_insurance 4%
  medical_insurance 4%  | pension_subsidy 3.5% | education 3.5% | wage_arrears 3.5%
  land_dispute    2.5%  | housing_property 3.5% | noise 3% (Z, ~2 min) | pollution 3% (E)
  consumer_dispute 3.5% | epidemic_weather 2% | public_transport 2% | hukou_id 2%
  city_management   3%  | agriculture 2.5% (M) | medical_service 1.5% | telecom_express 1.5%
  suggestion_praise 1%  -- ordinary matters, ~3 min, mostly D; ~14% of these
                        callers call again about the same matter.
  angry_real        4%  furious callers who curse or insult but have a real matter. ~5 min.
  report_insult     2%  reporting an insult someone else said to them (neighbour,
                        shop, official ...), quoted or not, with or without 骂.
  followup          6%  reminders / progress questions about earlier orders, often
                        quoting an order number, several times over days, some at night.
  elderly_confused 2.5% old, confused, deaf or lonely callers who still have a matter. ~7 min.
  distress        0.8%  callers in crisis (violence, debt, lost relative), referred on. ~8 min.
  dropped_call    2.5%  dropped calls, bad lines, silent-because-broken; short.
                        (includes the first, broken half of every callback pair)
  callback        1.5%  caller rings back after a dropped call and states the matter.
  misdial         1.2%  wanted 120/10086/a courier/a relative; noted by the call-taker.
  petitioner        2%  persistent petitioners with a real old grievance, many calls
                        over the month; ~40% of them are on the restricted register.
  night_worker      2%  night-shift workers (factory, taxi, delivery, guard) with real
                        matters, 22:00-06:00.
"""

import datetime as dt
import math
import random

# ---------------------------------------------------------------- geography
CITY = "汴东市"
COUNTY = "芦河县"
TOWNS = {
    "城关镇": ["东关村", "西关村", "南关村", "三里庄村", "八里桥村"],
    "芦河镇": ["前李庄村", "后李庄村", "河湾村", "苇子坑村", "芦集村"],
    "马集乡": ["马集村", "东马庄", "西马庄", "孙楼村", "井刘村"],
    "白楼镇": ["白楼村", "小白楼村", "郭桥村", "杜堂村", "油坊村"],
    "杏花营乡": ["杏花营村", "花园村", "王老家村", "蒋寨村", "槐树庄"],
    "高寨镇": ["高寨村", "北高寨村", "韩庄村", "田堂村", "毛楼村"],
    "刘套楼乡": ["刘套楼村", "岳庄村", "冯营村", "苏屯村", "三官庙村"],
    "双沟镇": ["双沟村", "大沟村", "周营村", "潘庄村", "牛王庙村"],
    "柳林乡": ["柳林村", "杨寨村", "葛岗村", "八里湾村", "付桥村"],
    "王店乡": ["王店村", "陈楼村", "赵老家村", "黄庙村", "齐岗村"],
    "古城镇": ["古城村", "城隍庙村", "聂庄村", "石桥村", "大史庄村"],
    "黄岗乡": ["黄岗村", "小黄岗村", "朱集村", "侯寨村", "樊楼村"],
    "清水河乡": ["清水河村", "沙窝村", "魏庄村", "袁营村", "打渔陈村"],
}
TOWN_NAMES = list(TOWNS)
RURAL_TOWNS = TOWN_NAMES[1:]
STREETS = [
    "人民路",
    "建设路",
    "文化路",
    "芦河大道",
    "迎宾大道",
    "商都路",
    "健康路",
    "东关大街",
    "西大街",
    "北环路",
    "南环路",
    "向阳路",
    "工业路",
    "光明路",
    "育才路",
    "新华街",
    "滨河路",
    "解放路",
    "老城隍庙街",
    "产业大道",
]
COMMUNITIES = [
    "东关社区",
    "西关社区",
    "北关社区",
    "南关社区",
    "新华社区",
    "桃园社区",
    "滨河社区",
    "育才社区",
    "光明社区",
]
COMPOUNDS = [
    "锦绣华庭",
    "书香苑",
    "芦河壹号院",
    "盛世名门",
    "幸福里小区",
    "金水湾",
    "阳光新城",
    "御景园",
    "学府名苑",
    "紫荆花园",
    "水韵名城",
    "粮食局家属院",
    "教育局家属院",
    "棉纺厂家属院",
    "供销社家属院",
    "滨河花园",
    "东方名郡",
    "建设路安置小区",
    "芦河春天",
    "财富广场",
]
LANDMARKS = [
    "人民广场",
    "芦河公园",
    "县城大转盘",
    "东关农贸市场",
    "西关菜市场",
    "县汽车站",
    "老城墙遗址公园",
    "体育中心",
    "万家福超市",
    "步行街",
    "芦河桥",
]
COMPANIES = [
    "芦河纺织服装产业园",
    "豫丰面粉厂",
    "金穗食品厂",
    "宏达电动车厂",
    "恒利鞋业",
    "东源板材厂",
    "华盛发制品公司",
    "绿源大蒜冷库",
    "润牧养殖场",
    "芦河光伏电站",
    "新城建筑工地",
    "中州物流园",
    "天顺包装厂",
    "芦河辣椒交易市场",
]
SCHOOLS = [
    "县一高",
    "县二高",
    "实验中学",
    "育才中学",
    "城关一小",
    "实验小学",
    "县职教中心",
    "马集乡中心校",
    "白楼镇一中",
    "阳光幼儿园",
    "小博士幼儿园",
    "高寨镇中心小学",
]
HOSPITALS = ["县人民医院", "县中医院", "县妇幼保健院", "城关镇卫生院", "白楼镇卫生院", "马集乡卫生院", "县第二人民医院"]
BUSES = ["1路", "2路", "3路", "5路", "7路", "城乡公交K2路", "城乡公交K5路", "K8路"]
GROUPS = ["一组", "二组", "三组", "四组", "五组", "六组", "东队", "西队"]
SURNAMES = (
    "李王张刘陈杨赵黄周吴孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁"
    "潘于蒋蔡杜程苏魏吕丁任姚卢姜崔谭汪范石贾夏付方白邹孟秦尹薛闫段雷侯"
    "史陶贺郝邵武聂葛岳樊翟"
)
DEPT_TEL = {
    "县医保中心": "03946218035",
    "县人社局": "03946213375",
    "县社保中心": "03946229101",
    "县不动产登记中心": "03946187720",
    "县政务服务中心": "03946201234",
    "县自来水公司": "03946232618",
    "县燃气公司": "03946251189",
    "县教体局": "03946216630",
    "县民政局": "03946219043",
    "县车管所": "03946273110",
    "县疾控中心": "03946245120",
    "县公积金中心": "03946208866",
    "县婚姻登记处": "03946219077",
    "县农业农村局": "03946226012",
    "县市场监管局": "03946212315",
    "县住建局": "03946214456",
}


# ---------------------------------------------------------------- time profiles
def _h(*w):
    assert len(w) == 24
    return list(w)


HP = {
    "D": _h(
        0.25,
        0.15,
        0.1,
        0.08,
        0.08,
        0.15,
        0.5,
        1.6,
        4.5,
        7,
        7.5,
        6.5,
        4,
        3.2,
        5.5,
        6.8,
        6.5,
        5.5,
        3.8,
        3.2,
        2.8,
        2,
        1.2,
        0.6,
    ),
    "M": _h(0.2, 0.1, 0.1, 0.1, 0.2, 0.8, 3, 5, 6.5, 6.5, 5.5, 5, 4, 3, 3.5, 4, 4, 4.2, 4.5, 4, 3, 2, 1, 0.5),
    "E": _h(1.5, 1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 2, 2.2, 2.2, 2, 2, 2.2, 2.5, 2.8, 3.2, 4, 5, 5.5, 5, 4, 2.5),
    "N": _h(
        6, 5.5, 4.5, 3.5, 2.5, 1.5, 0.8, 0.4, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.6, 1, 1.8, 3, 4.5, 5.5
    ),
    "F": _h(0.7, 0.6, 0.5, 0.5, 0.5, 0.6, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.9, 0.8),
    "O": _h(0, 0, 0, 0, 0, 0, 0, 0.2, 2, 4, 4, 3, 1, 0.6, 2.5, 4, 4, 2.5, 0.5, 0.1, 0.05, 0, 0, 0),
    "C": _h(
        0.05, 0.02, 0.01, 0.01, 0.01, 0.05, 0.3, 0.8, 1, 1.5, 2, 2.2, 2.8, 3, 2.8, 2.8, 3.5, 4.5, 5, 5, 4.5, 3, 1.2, 0.3
    ),
    "Z": _h(
        2.5, 2, 1.3, 0.8, 0.4, 0.3, 0.4, 1, 2, 2.5, 2.5, 2.3, 2.5, 2.5, 2, 2, 2.2, 2.5, 3.5, 5, 6, 6.5, 5.5, 4
    ),  # noise complaints
    "W": _h(5, 5, 4.5, 4, 3.5, 3, 2, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 3, 4.5),  # night workers
    "HOT": _h(
        0.6, 0.4, 0.2, 0.2, 0.2, 0.3, 0.6, 1.5, 3, 4, 4.5, 5, 5.5, 5.5, 5.5, 5.5, 5, 4.5, 4.5, 5, 5.5, 5, 3.5, 1.5
    ),
}
WD = {
    "work": [1.15, 1.05, 1.0, 1.0, 1.0, 0.75, 0.7],
    "flat": [1, 1, 1, 1, 1, 1, 1],
    "weekend": [0.7, 0.7, 0.7, 0.7, 0.95, 1.6, 1.6],
    "office": [1, 1, 1, 1, 1, 0.12, 0.08],
}


def _cum(w):
    out, s = [], 0.0
    for x in w:
        s += x
        out.append(s)
    return out


HP_CUM = {k: _cum(v) for k, v in HP.items()}
HOURS = list(range(24))


def _lognorm(rng, median, sigma, lo, hi):
    v = median * math.exp(rng.gauss(0.0, sigma))
    return int(max(lo, min(hi, round(v))))


def _season(t):
    return {
        1: "winter",
        2: "winter",
        3: "spring",
        4: "spring",
        5: "wheat",
        6: "wheat",
        7: "rain",
        8: "rain",
        9: "autumn",
        10: "autumn",
        11: "winter",
        12: "winter",
    }[t.month]


# ---------------------------------------------------------------- small helpers
def _village(rng):
    t = rng.choice(RURAL_TOWNS) if rng.random() < 0.9 else "城关镇"
    v = rng.choice(TOWNS[t])
    r = rng.random()
    if r < 0.5:
        return t, v, t + v
    if r < 0.72:
        return t, v, t + v + rng.choice(GROUPS)
    if r < 0.88:
        return t, v, v
    return t, v, t + v + rng.choice(["东头", "西头", "南地", "北街", "村口", "后街"])


def _urban(rng):
    r = rng.random()
    if r < 0.33:
        return f"{rng.choice(COMPOUNDS)}{rng.randint(1, 18)}号楼"
    if r < 0.5:
        return rng.choice(COMPOUNDS)
    if r < 0.68:
        a, b = rng.sample(STREETS, 2)
        return f"{a}{rng.choice(['与', '和', ''])}{b}交叉口"
    if r < 0.84:
        return f"{rng.choice(STREETS)}{rng.randint(1, 320)}号"
    if r < 0.92:
        return f"城关镇{rng.choice(COMMUNITIES)}"
    return f"{rng.choice(LANDMARKS)}{rng.choice(['附近', '东边', '对面', '门口', ''])}"


def _who(rng, old=False):
    s = rng.choice(SURNAMES)
    if old:
        return s + rng.choice(["大爷", "大娘", "老先生", "老太太", "奶奶", "爷爷", "老人"])
    r = rng.random()
    if r < 0.30:
        return s + "女士"
    if r < 0.60:
        return s + "先生"
    if r < 0.66:
        return s + rng.choice(["师傅", "老师", "某某", "某"])
    if r < 0.72:
        return s + rng.choice(["大爷", "大娘", "阿姨", "大姐"])
    return rng.choice(["来电人", "来电人", "来电人", "市民", "一男子", "一女子", "来电群众", "匿名来电人", "村民"])


def _since(rng, t):
    k = rng.random()
    if k < 0.16:
        return "昨天"
    if k < 0.24:
        return "夜儿个"
    if k < 0.34:
        return "前天"
    if k < 0.42:
        return rng.choice(["今天早上", "今儿清早", "今天晌午"])
    if k < 0.58:
        return rng.choice(["三天前", "四五天前", "一个星期前", "半个多月前", "上个月", "大前天"])
    d = t - dt.timedelta(days=rng.randint(1, 15))
    return f"{d.month}月{d.day}日" if rng.random() < 0.5 else f"{d.day}号"


def _order_no(rng, d):
    body = f"{d:%y%m%d}{rng.randint(1, 2400):04d}"
    r = rng.random()
    if r < 0.5:
        return "LH" + body
    if r < 0.8:
        return body
    return "20" + body


def _mins(secs):
    return max(1, int(round(secs / 60.0)))


# pinyin / habit typos: (correct, typo)
TYPOS = [
    ("诉求", "述求"),
    ("反映", "反应"),
    ("已经", "以经"),
    ("账", "帐"),
    ("再次", "在次"),
    ("答复", "答付"),
    ("联系", "连系"),
    ("按时", "安时"),
    ("核实", "和实"),
    ("至今", "至近"),
    ("一直", "已直"),
    ("处理", "处里"),
    ("情况", "请况"),
    ("要求", "要去"),
    ("小区", "小去"),
    ("的", "得"),
    ("在", "再"),
    ("部门", "不门"),
    ("已告知", "以告知"),
    ("投诉", "头诉"),
    ("工资", "公司"),
    ("停电", "停店"),
    ("村里", "村力"),
    ("没有", "没又"),
    ("电话", "店话"),
]

SWEARS = [
    "他妈的",
    "操你妈",
    "傻逼",
    "滚你妈的",
    "鳖孙",
    "龟孙",
    "狗日的",
    "日你娘",
    "王八蛋",
    "妈了个巴子",
    "日恁娘",
    "去你妈的",
    "草泥马",
    "你个孬种",
    "死全家",
]
# contempt / sarcasm / dialect -- no common swear word
CONTEMPT = [
    "你们都是吃干饭的",
    "要你们有啥用",
    "养你们还不如养条狗",
    "一群摆设",
    "给你们打电话跟对着墙说话一样",
    "你脑子是不是不好使",
    "听你说话就知道没读过书",
    "你一个接电话的算个啥",
    "恁领导都是信球",
    "恁一个个都是憨子",
    "跟你说话浪费俺时间",
    "拿着俺们的钱不干人事",
    "你们就会踢皮球",
    "除了记记记你们还会干啥",
    "你这妮儿说话咋恁噎人",
    "你是机器人吧，人话都不会说",
    "这单位早该关门了",
    "一个个跟木头桩子一样",
    "恁这单位就是个养老院",
    "别跟我打官腔",
    "装啥装",
    "你也配跟我说话",
    "啥玩意儿",
    "没素质的东西",
    "半吊子",
    "二百五",
    "你还不胜俺村看门哩狗",
    "你妈没教过你咋说话？",
    "你们这号人我见多了",
    "一窝子废物",
    "你算哪根葱",
    "恁就是混日子嘞",
    "没用的货",
    "老子懒得跟你说",
    "丢人现眼",
    "脑子进水了吧",
    "你这种人活着干啥",
    "二球货",
    "瞎胡弄的一帮人",
]
SARCASM = [
    "哟，还真有人接啊，稀罕",
    "你们效率真高啊，高得很",
    "为人民服务是吧？服务得真好",
    "谢谢你们啥也不干",
    "政府热线？我看是政府忙线",
    "辛苦了辛苦了，坐那辛苦得很",
    "你们真是好样的，一件事都办不成",
    "恁可真中，啥都不管",
    "热线热线，越打越凉",
    "你们记录一下，记完了扔垃圾桶",
    "我就想听听你们咋糊弄人",
    "恁这服务，五星好评啊",
]
GOV_RANT = [
    "当官的没一个好东西",
    "县里那些领导就知道吃喝",
    "这政府就知道收钱罚款",
    "恁县里这些官都该抓起来",
    "政府就是个空架子",
    "老百姓的死活你们谁管过",
    "啥政府，就是一帮收钱的",
    "你们那些干部天天坐办公室喝茶",
    "芦河县就是让你们这帮人弄坏的",
    "上头的钱都叫你们吞了",
    "啥惠民政策都是骗人的",
    "乡里的干部比土匪还狠",
    "你们政府连狗都不如",
]


def _swear(rng, tk):
    w = rng.choice(SWEARS)
    m = tk.mask
    if m == "x":
        return w[:-1] + "X" if len(w) > 1 else "X"
    if m == "star":
        return w[0] + "*" * (len(w) - 1)
    if m == "omit":
        return rng.choice(["（脏话）", "XXX", "（骂人的话）", "***"])
    return w


def _insult_line(rng, tk, soft_only=False):
    r = rng.random()
    if soft_only or r < 0.45:
        return rng.choice(CONTEMPT)
    if r < 0.62:
        return rng.choice(SARCASM)
    if r < 0.8:
        return _swear(rng, tk)
    return f"{_swear(rng, tk)}，{rng.choice(CONTEMPT)}"


# ---------------------------------------------------------------- call-takers
SILENT_PHRASES = [
    "来电无声",
    "无声来电",
    "接通后无人讲话",
    "电话接通对方一直不出声",
    "喂了几遍没人应",
    "对方未说话后挂断",
    "无人应答",
    "听不到对方声音",
    "没人说话",
    "对方不吭声",
    "接起来没声儿",
    "线路通着但没人说话",
    "来电不语",
    "询问多次无回应",
    "静音来电",
    "无声",
    "一直没人讲话",
    "对方不言语",
    "拿起电话不说话",
    "接通无回应",
    "对方沉默",
    "无应答",
    "喂喂喂，没声",
    "空线",
    "电话那头没动静",
    "有人接通但不讲话",
]
SILENT_BG = [
    "有电视声",
    "有车辆鸣笛声",
    "有风声",
    "有小孩哭闹声",
    "有打麻将的声音",
    "有狗叫",
    "有呼吸声",
    "有人走动的声音",
    "很安静",
    "有机器响",
    "有广场舞音乐",
    "有人在远处说话",
    "有吃东西的声音",
    "有鸡叫",
    "有笑声",
]
H_TAGS = [
    "无效来电",
    "【无效】",
    "骚扰来电",
    "恶意来电",
    "（无效）",
    "非诉求",
    "[骚扰]",
    "无效",
    "不派单",
    "骚扰电话",
    "无实质内容",
]
ENDS = [
    "请相关单位核实处理。",
    "请核实处理并回复来电人。",
    "请尽快处理。",
    "来电人要求回电。",
    "请予以核实。",
    "来电人要求尽快处理并回复。",
    "请{dept}处理。",
    "已派{dept}。",
    "来电人不需回复。",
    "请承办单位及时联系来电人。",
]
GEN_NOTES = [
    "（来电人方言较重）",
    "（来电人要求保密）",
    "（不需回复）",
    "（来电人语速快，部分没听清）",
    "（背景嘈杂）",
    "（已告知办理时限）",
    "（要求回电）",
    "（号码为家属手机）",
    "（来电人称白天不方便接电话）",
    "（来电人要求实地查看）",
    "（中途掉线一次）",
    "（来电人反复强调）",
    "（已安抚）",
    "（老人代孩子打的）",
    "（未留姓名）",
]


class Taker:
    def __init__(self, rng, tid):
        self.id = tid
        self.style = rng.choices(["formal", "standard", "terse", "chatty"], [0.34, 0.32, 0.2, 0.14])[0]
        self.typo = rng.choice([0.0, 0.0, 0.02, 0.05, 0.1, 0.18])
        self.half = rng.random() < 0.2
        self.note_p = rng.uniform(0.04, 0.35)
        self.sign = rng.random() < 0.15
        self.silent_blank = rng.choice([0.03, 0.15, 0.35, 0.55, 0.75, 0.9])
        self.silent_phr = rng.sample(SILENT_PHRASES, 3)
        self.h_tags = rng.sample(H_TAGS, 2)
        self.h_tag_p = rng.choice([0.0, 0.15, 0.35, 0.6])
        self.mask = rng.choice(["full", "x", "star", "omit", "full"])
        self.intro = rng.choice(
            ["来电人反映", "市民来电反映", "来电人称", "来电反映", "群众来电反映", "来电人来电反映", "来电人来电称"]
        )
        self.dw = rng.choice(["诉求", "来电诉求", "要求", "来电人诉求"])
        self.end_p = rng.uniform(0.2, 0.8)
        self.ends = rng.sample(ENDS, 3)
        self.bracket = rng.choice(["（）", "()", "【】", "（）"])
        self.short_h = rng.random() < 0.3  # writes nuisance calls in two or three words


def _note(tk, s):
    a, b = tk.bracket[0], tk.bracket[1]
    if s.startswith("（") and s.endswith("）"):
        s = s[1:-1]
    return f"{a}{s}{b}"


def _polish(rng, tk, s):
    if not s:
        return s
    if tk.typo and rng.random() < tk.typo * 4:
        for _ in range(1 + (rng.random() < 0.3)):
            a, b = rng.choice(TYPOS)
            if a in s:
                i = s.find(a)
                s = s[:i] + b + s[i + len(a) :]
    s = s.replace("。。", "。").replace("，，", "，").replace("，。", "。")
    if tk.half and rng.random() < 0.7:
        s = s.replace("，", ",").replace("：", ":").replace("（", "(").replace("）", ")")
    if tk.sign and rng.random() < 0.5:
        s += f" {tk.id}"
    if rng.random() < 0.04:
        s = s.rstrip("。")
    return s


def _htag(rng, tk, s):
    if tk.h_tag_p and rng.random() < tk.h_tag_p:
        tag = rng.choice(tk.h_tags)
        if rng.random() < 0.6:
            sep = "" if tag[0] in "【[（" else "："
            return f"{tag}{sep}{s}" if s else tag
        return f"{s}{_note(tk, tag)}" if s else tag
    return s


def _render(rng, tk, m, repeat=False, who=None):
    """Render a genuine matter the way this call-taker writes."""
    who = who or m["who"]
    body, dem, dept = m["body"], m["demand"], m["dept"] or "相关部门"
    st = tk.style
    if m.get("q"):
        q, a = m["q"], m["a"]
        r = rng.random()
        if st == "formal":
            s = rng.choice(
                [
                    f"来电人咨询{q}。已根据知识库答复：{a}。来电人表示知晓。",
                    f"{who}来电咨询{q}，话务员告知{a}，来电人无其他诉求。",
                    f"来电咨询：{q}。答复：{a}。",
                ]
            )
        elif st == "terse":
            s = rng.choice([f"咨询{q}，已告知", f"问{q} 已答", f"{q}？已告知{a}", f"咨询{q}", f"问{q}，告{a}"])
        elif st == "chatty":
            s = rng.choice(
                [
                    f"{who}问{q}，跟他说了{a}，说中。",
                    f"{who}想知道{q}，已经告诉他{a}了",
                    f"{who}打来问{q}，告诉她{a}，还问了两句别的没啥事",
                ]
            )
        else:
            s = rng.choice([f"{who}咨询{q}，已告知{a}。", f"咨询{q}，已答复。", f"来电人询问{q}，话务员告知：{a}"])
        if r < 0.06:
            s += _note(tk, rng.choice(["已直接办结", "一次性告知", "来电人满意", "直接答复"]))
    else:
        if st == "formal":
            v = rng.random()
            if v < 0.42:
                s = f"{tk.intro}：{body}。{tk.dw}：{dem}。" if dem else f"{tk.intro}：{body}。"
            elif v < 0.72:
                s = f"{who}来电反映，{body}" + (f"，要求{dem}。" if dem else "。")
            elif v < 0.88:
                s = f"来电人（{who}）称{body}。" + (f"{tk.dw}：{dem}。" if dem else "")
            else:
                s = f"【{m.get('tag') or '来电反映'}】{body}。" + (f"来电人希望{dem}。" if dem else "")
            if rng.random() < tk.end_p:
                s += rng.choice(tk.ends).format(dept=dept)
        elif st == "standard":
            v = rng.random()
            if v < 0.5:
                s = f"{who}反映{body}" + (f"，要求{dem}。" if dem else "。")
            elif v < 0.8:
                s = f"{body}，{dem}，请{dept}处理。" if dem else f"{body}，请{dept}处理。"
            else:
                s = f"来电称{body}" + (f"，希望{dem}" if dem else "") + "。"
        elif st == "terse":
            s = m["short"] + rng.choice(
                ["", "", f"，转{dept}", "，要求处理", "。" + dem if dem else "", "，求处理", f" 派{dept}"]
            )
        else:
            qu = rng.choice(m["quotes"]) if m["quotes"] and rng.random() < 0.75 else None
            s = f"{who}说" + (f"“{qu}”，" if qu else "") + body
            s += f"，想让{dem}。" if dem else "。"
            if rng.random() < 0.3:
                s += rng.choice(
                    ["人挺着急的。", "说了好几遍。", "听着挺上火。", "态度还中。", "说话很客气。", "一直叹气。"]
                )
    if repeat:
        s = (
            rng.choice(
                [
                    "来电人再次来电，",
                    "（二次来电）",
                    "再次反映：",
                    "又来电，",
                    "来电人第二次来电反映此事，",
                    "同一来电人再次来电：",
                ]
            )
            + s
        )
    if m.get("note") and rng.random() < 0.6:
        s += _note(tk, m["note"])
    elif rng.random() < tk.note_p:
        s += _note(tk, rng.choice(GEN_NOTES))
    return _polish(rng, tk, s)


# ================================================================ genuine matters
def M(body, short, demand="", dept="", quotes=(), note=None, tag=None):
    return {
        "body": body,
        "short": short,
        "demand": demand,
        "dept": dept,
        "quotes": list(quotes),
        "note": note,
        "tag": tag,
        "q": None,
        "a": None,
    }


def _P(rng, c):
    return c["v"] if c["rural"] else c["u"]


def t_water(rng, t, c):
    P, V, U = _P(rng, c), c["v"], c["u"]
    s = _since(rng, t)
    o = [
        lambda: M(
            f"{P}从{s}开始停水，到现在还没来水",
            f"{P}停水",
            "尽快恢复供水",
            "县自来水公司",
            ["俺这两天都木水吃", "做饭都没水，咋弄嘞", "水缸都见底了"],
            tag="供水",
        ),
        lambda: M(
            f"{U}自来水水压太低，{rng.randint(3, 6)}楼以上基本放不出水",
            f"{U}水压低，高层没水",
            "派人检修加压设备",
            "县自来水公司",
            ["一到晌午就木水"],
        ),
        lambda: M(
            f"{P}自来水发黄发浑，有股铁锈味",
            f"{P}水发黄",
            "检测水质并处理",
            "县自来水公司",
            ["水黄得跟泥汤一样", "烧开了底下一层渣"],
            note="来电人称已拍照",
        ),
        lambda: M(
            f"{P}路边供水管道爆裂，水一直往外冒，路上都淹了",
            f"{P}水管爆了",
            "尽快维修",
            "县自来水公司",
            ["哗哗哩淌，可惜嘞"],
        ),
        lambda: M(
            f"其家{t.month}月份水费{rng.randint(150, 900)}元，平时一个月才{rng.randint(20, 60)}元，怀疑水表有问题",
            "水费异常偏高",
            "核查水表",
            "县自来水公司",
        ),
        lambda: M(
            f"{V}安全饮水一天只供{rng.choice(['早上一个钟头', '早晚各一会儿', '两三个小时'])}，不够用",
            f"{V}供水时间短",
            "延长供水时间",
            f"{c['town']}政府",
            ["晌午想洗个菜都木水"],
        ),
        lambda: M(
            f"在自来水公司营业厅申请开户装表，钱交了{rng.randint(1, 3)}个月还没人来装",
            "交钱未装水表",
            "尽快安装",
            "县自来水公司",
        ),
        lambda: M(
            f"{U}下水道堵了，污水反到一楼院子里，臭得很", f"{U}下水道堵", "派人疏通", "县住建局", ["臭得没法进门"]
        ),
        lambda: M(f"{U}二次供水水箱长期不清洗，水里有小虫子", f"{U}二次供水不卫生", "清洗水箱", "县住建局"),
        lambda: M(
            f"{V}村里自来水管网改造挖了路，{s}挖开到现在没填",
            f"{V}管网改造挖路未恢复",
            "尽快回填恢复路面",
            f"{c['town']}政府",
        ),
    ]
    return rng.choice(o)()


def t_power(rng, t, c):
    P, V, U = _P(rng, c), c["v"], c["u"]
    hot = _season(t) in ("wheat", "rain")
    h = rng.randint(2, 11)
    o = [
        lambda: M(
            f"{P}从{rng.choice(['上午', '晌午', '下午三点多', '晚上七点多', '半夜'])}停电，到现在{h}个小时了还没来电"
            + ("，天太热，老人孩子受不了" if hot else ""),
            f"{P}停电{h}小时",
            "尽快恢复供电",
            "县供电公司",
            ["热得睡不着", "冰箱里的肉都化了"] if hot else ["黑灯瞎火嘞", "啥都弄不成"],
            tag="供电",
        ),
        lambda: M(
            f"{P}电压不稳，晚上空调、电磁炉带不起来，灯一闪一闪",
            f"{P}电压低",
            "改造线路或增容变压器",
            "县供电公司",
            ["一开空调就跳闸", "灯跟鬼火样"],
        ),
        lambda: M(
            f"{P}路边电线杆{rng.choice(['快倒了', '斜到路上了', '下雨后更歪了'])}，存在安全隐患",
            f"{P}电线杆倾斜",
            "尽快处理",
            "县供电公司",
        ),
        lambda: M(
            f"{P}电线耷拉得很低，{rng.choice(['大车过不去', '伸手就能够着', '挨着树枝冒火星'])}",
            f"{P}电线低垂",
            "把线路架高",
            "县供电公司",
            ["吓人得很"],
        ),
        lambda: M(f"{P}变压器晚上嗡嗡响，还冒火花", f"{P}变压器异响", "检修变压器", "县供电公司"),
        lambda: M(
            f"其家{t.month}月电费{rng.randint(300, 1500)}元，比往常高出好几倍",
            "电费异常",
            "核实电表",
            "县供电公司",
            ["俺家就一个老人，能用恁些电？"],
        ),
        lambda: M(
            f"{V}屋顶装的光伏板，发电收益{rng.randint(3, 10)}个月没到账",
            "光伏收益未到账",
            "核实并发放收益",
            "县发改委",
            ["当初说得可好"],
        ),
        lambda: M(
            f"{V}地里浇地的机井没电，申请通电{rng.randint(1, 3)}个月没人管",
            f"{V}机井不通电",
            "尽快给机井通电",
            "县供电公司",
            ["麦子都旱死了"] if hot else ["等着浇地嘞"],
        ),
        lambda: M(
            f"{P}经常停电，{rng.choice(['一天停三四回', '晚上一停就是半夜', '也不提前通知'])}",
            f"{P}频繁停电",
            "减少停电并提前通知",
            "县供电公司",
        ),
        lambda: M(
            f"{U}小区充电桩坏了{rng.randint(1, 4)}个星期没人修，电动车没法充电",
            f"{U}充电桩坏",
            "维修充电桩",
            "县住建局",
            ["天天推着车子满街找地方充"],
        ),
    ]
    return rng.choice(o)()


def t_road(rng, t, c):
    P, V, U = _P(rng, c), c["v"], c["u"]
    s = _season(t)
    o = [
        lambda: M(
            f"{P}路面坑坑洼洼，{rng.choice(['一下雨全是水坑', '电动车过去就颠倒', '晚上骑车摔了好几个人'])}",
            f"{P}路面破损",
            "尽快修路",
            "县交通运输局",
            ["那路烂得不能走"],
            tag="道路",
        ),
        lambda: M(
            f"{U}路灯不亮{rng.randint(3, 30)}天了，晚上黑咕隆咚",
            f"{U}路灯不亮",
            "维修路灯",
            "县城管局",
            ["黑得跟锅底样"],
        ),
        lambda: M(
            f"{rng.choice(STREETS)}和{rng.choice(STREETS)}交叉口红绿灯坏了，车乱成一锅粥",
            "路口信号灯故障",
            "尽快维修",
            "县交警大队",
        ),
        lambda: M(
            f"{V}到乡里的路被拉土大车压坏了，{rng.choice(['到处是坑', '路基都塌了', '尘土飞扬'])}",
            f"{V}道路被大车压坏",
            "禁止超载车通行并修路",
            "县交通运输局",
        ),
        lambda: M(
            f"{rng.choice(['芦河大道', '省道', '县道', '北环路', V + '村口'])}有人在路上晒麦子，占了半边路，晚上看不见，很危险"
            if s == "wheat"
            else f"{P}有人在路上堆玉米秸、晒粮食，占道很危险",
            "路上晒粮占道",
            "劝离并清理",
            "县交警大队",
            ["差点撞上"],
        ),
        lambda: M(
            f"{U}路边井盖丢了，{rng.choice(['有小孩差点掉下去', '用个树枝插着', '黑夜看不见'])}",
            f"{U}井盖缺失",
            "尽快补上井盖",
            "县城管局",
        ),
        lambda: M(f"{U}修管道挖的沟{rng.randint(1, 3)}个月了还没回填", f"{U}施工后未恢复", "督促恢复路面", "县住建局"),
        lambda: M(
            f"{V}到{rng.choice(TOWN_NAMES)}的村村通公路桥面裂缝，{rng.choice(['护栏也没了', '大车还在走', '下面都空了'])}",
            f"{V}桥面裂缝",
            "检测加固",
            "县交通运输局",
        ),
        lambda: M(f"{U}门口天天有车乱停，把路堵死了，出不去门", f"{U}乱停车堵路", "清理违停", "县交警大队"),
        lambda: M(
            f"{rng.choice(LANDMARKS)}附近斑马线旁边没有红绿灯，学生过马路太危险",
            "学校附近缺信号灯",
            "增设信号灯或减速带",
            "县交警大队",
        ),
    ]
    return rng.choice(o)()


def t_social(rng, t, c):
    y = rng.randint(1995, 2020)
    o = [
        lambda: M(
            f"其在{rng.choice(COMPANIES)}上班{rng.randint(1, 8)}年，单位一直没给交社保",
            "单位未缴社保",
            "督促单位补缴社保",
            "县人社局",
            ["人家说交了，一查啥都木有"],
            tag="社保",
        ),
        lambda: M(
            f"其{y}年到{y + rng.randint(2, 8)}年的养老保险断缴了，不知道能不能补缴",
            "养老保险断缴补缴",
            "告知补缴政策",
            "县社保中心",
        ),
        lambda: M(
            f"其今年满{rng.choice([50, 55, 60])}岁，去办退休手续，被告知档案里{rng.choice(['出生日期不一致', '缺招工表', '工龄对不上'])}办不了",
            "退休手续办不了",
            "协调解决",
            "县人社局",
        ),
        lambda: M(
            "其社保卡激活不了，去银行说要到人社局，到人社局又说去银行",
            "社保卡激活互相推诿",
            "明确办理地点",
            "县人社局",
            ["跑了三趟了"],
        ),
        lambda: M("其被公司辞退，申请失业保险金被告知不符合条件，不理解", "失业金申领", "解释政策并复核", "县社保中心"),
        lambda: M(f"其灵活就业交的养老保险，{t.month}月份扣款扣了两次", "养老保险重复扣款", "核实退款", "县社保中心"),
        lambda: M(
            "咨询延迟退休新政策，其女儿单位说她不能按原来年龄退休，想问清楚", "延迟退休政策", "解释新政策", "县人社局"
        ),
        lambda: M(
            f"其母亲的养老待遇资格认证，手机上刷脸刷了{rng.randint(3, 10)}次都不通过",
            "资格认证刷脸不过",
            "协助认证",
            "县社保中心",
            ["老人眼不好使，手机也不会弄"],
        ),
    ]
    return rng.choice(o)()


def t_medical_ins(rng, t, c):
    H = rng.choice(HOSPITALS)
    o = [
        lambda: M(
            f"其在{H}住院{rng.randint(4, 20)}天，出院时被告知医保不能报，要全自费",
            "住院医保不能报",
            "核实报销问题",
            "县医保局",
            ["交了医保图啥嘞"],
            tag="医保",
        ),
        lambda: M(
            "其在外地郑州打工，孩子在那看病，不知道怎么办异地就医备案", "异地就医备案", "告知备案流程", "县医保中心"
        ),
        lambda: M(
            f"其{rng.choice(['高血压', '糖尿病', '心脏病', '慢性肾病'])}申请门诊慢特病，材料交上去{rng.randint(1, 4)}个月没消息",
            "门诊慢特病审批慢",
            "尽快审批",
            "县医保中心",
        ),
        lambda: M(
            f"其{rng.choice(['上个月', '三月份', '去年底'])}住院报销的钱到现在还没打到卡上",
            "住院报销款未到账",
            "尽快拨付",
            "县医保中心",
        ),
        lambda: M(
            f"{c['v']}村里收医保费的说今年一人{rng.choice(['四百', '四百多', '三百八'])}，交不起，问有没有减免政策",
            "居民医保缴费减免",
            "告知政策",
            "县医保局",
            ["一家六口人，交不起呀"],
        ),
        lambda: M(
            f"在{rng.choice(['药店', '村卫生室', H])}用医保卡，发现卡里的钱被人刷了{rng.randint(200, 2000)}元",
            "医保卡被盗刷",
            "查处",
            "县医保局",
        ),
        lambda: M("医保电子凭证激活不了，药店不让用，问咋弄", "医保电子凭证激活", "协助解决", "县医保中心"),
        lambda: M(f"其在{H}做检查，医生让自费做，说医保不报，怀疑乱收费", "医院诱导自费", "核查", "县医保局"),
    ]
    return rng.choice(o)()


def t_pension(rng, t, c):
    age = rng.randint(80, 97)
    o = [
        lambda: M(
            f"其{rng.choice(['父亲', '母亲', '本人'])}{age}岁，高龄补贴{rng.randint(2, 8)}个月没发了",
            "高龄补贴停发",
            "核实补发",
            "县民政局",
            ["是不是把俺忘了"],
            tag="民政",
        ),
        lambda: M(f"其{t.month}月份的养老金到现在还没到账，以往都是月初就到", "养老金未到账", "核实发放", "县社保中心"),
        lambda: M(
            "其家庭困难，申请低保村里不给报，说名额满了",
            "低保申请被拒",
            "核实家庭情况",
            f"{c['town']}政府",
            ["俺家这情况还不够吗"],
        ),
        lambda: M(
            f"其{rng.choice(['儿子', '本人', '老伴'])}是{rng.choice(['一级', '二级', '三级'])}残疾，残疾人两项补贴一直没享受到",
            "残疾人补贴未享受",
            "落实补贴",
            "县残联",
        ),
        lambda: M("其是独生子女父母，今年满60岁，奖励扶助金没有发", "独生子女奖励扶助金", "核实发放", "县卫健委"),
        lambda: M(
            f"{c['v']}的村干部把低保给了自己亲戚，有车有楼房也吃低保",
            f"{c['v']}低保优亲厚友",
            "调查处理",
            "县民政局",
            note="来电人要求保密",
        ),
        lambda: M(
            f"城乡居民养老金一个月才{rng.randint(150, 260)}块钱，问能不能涨",
            "居民基础养老金标准",
            "解释政策",
            "县人社局",
        ),
    ]
    return rng.choice(o)()


def t_edu(rng, t, c):
    S = rng.choice(SCHOOLS)
    s = _season(t)
    o = [
        lambda: M(
            f"{S}让学生买{rng.choice(['复习资料', '校服', '暑假作业', '平板'])}，一人收{rng.randint(80, 600)}元",
            f"{S}乱收费",
            "查处乱收费",
            "县教体局",
            ["不买就说孩子不配合"],
            tag="教育",
        ),
        lambda: M(
            f"其孩子户口在{rng.choice(COMMUNITIES)}，今年上一年级被分到离家很远的学校",
            "小学入学划片",
            "重新核实划片",
            "县教体局",
        ),
        lambda: M(
            f"{S}接送学生的车是面包车，一车塞{rng.randint(12, 20)}个孩子", f"{S}接送车超载", "查处超载", "县交警大队"
        ),
        lambda: M(
            f"{S}老师{rng.choice(['打学生', '罚孩子站一上午', '在群里辱骂学生'])}",
            f"{S}老师体罚",
            "调查处理",
            "县教体局",
            note="家长来电",
        ),
        lambda: M(
            f"孩子在{S}食堂吃饭，饭菜{rng.choice(['有头发', '是馊的', '量太少还贵'])}",
            f"{S}食堂问题",
            "检查食堂",
            "县市场监管局",
        ),
        lambda: M(
            f"{rng.choice(['阳光幼儿园', '小博士幼儿园', '贝贝幼儿园'])}转园后{rng.randint(800, 3000)}元保教费不给退",
            "幼儿园不退费",
            "协调退费",
            "县教体局",
        ),
        lambda: M(
            "孩子参加中考，想问体育考试成绩怎么查、什么时候公布" if s == "wheat" else "孩子转学学籍一直转不过来",
            "中考/学籍问题",
            "告知",
            "县教体局",
        ),
        lambda: M(f"{S}放暑假前还在偷偷补课，每人{rng.randint(300, 1200)}元", f"{S}违规补课", "查处", "县教体局"),
        lambda: M(
            "孩子考上大学，家里困难，想申请生源地助学贷款不知道找哪", "生源地助学贷款", "告知办理流程", "县学生资助中心"
        ),
    ]
    return rng.choice(o)()


def t_wage(rng, t, c):
    C = rng.choice(COMPANIES)
    amt = rng.choice([rng.randint(2, 60) * 1000, rng.randint(3000, 90000)])
    n = rng.randint(2, 40)
    o = [
        lambda: M(
            f"其在{C}干活，老板拖欠{rng.randint(2, 8)}个月工资共{amt}元",
            f"{C}拖欠工资{amt}元",
            "帮忙讨要工资",
            "县人社局",
            ["过年都没拿着钱", "孩子学费都交不上"],
            tag="欠薪",
        ),
        lambda: M(
            f"其和{n}个老乡在{rng.choice(['县城', COMMUNITIES[0], '产业集聚区'])}{rng.choice(['新城建筑工地', '一个楼盘工地', '修路工地'])}干活，包工头跑了，欠大家{amt}元",
            f"农民工工资被拖欠（{n}人）",
            "追讨工资",
            "县人社局",
            ["恁得给俺做主啊"],
            note="涉及多人",
        ),
        lambda: M(
            f"其从{C}辞职{rng.randint(1, 5)}个月，最后一个月工资{rng.randint(2000, 6000)}元一直不给结",
            "离职工资未结",
            "督促结算",
            "县劳动监察大队",
        ),
        lambda: M(
            f"其在村里当公益岗，{rng.randint(2, 6)}个月的补贴没发", "公益岗补贴未发", "核实发放", f"{c['town']}政府"
        ),
        lambda: M(
            f"其在县城{rng.choice(['饭店', '超市', '美容店', '快递站'])}打工，老板以各种理由扣工资，还不签合同",
            "克扣工资、不签合同",
            "维护权益",
            "县劳动监察大队",
        ),
        lambda: M(
            f"{C}车间加班不给加班费，一天干十二个小时",
            f"{C}不给加班费",
            "查处",
            "县劳动监察大队",
            note="来电人要求保密",
        ),
    ]
    return rng.choice(o)()


def t_land(rng, t, c):
    V = c["v"]
    mu = rng.choice(["半亩", "一亩多", "两亩", "三亩二分", "五分", "七亩"])
    o = [
        lambda: M(
            f"{V}邻居家种地越过地界，占了其家{mu}地",
            "地界纠纷",
            "调解处理",
            f"{c['town']}政府",
            ["年年往俺家地里犁一犁"],
            tag="土地",
        ),
        lambda: M(
            f"其家承包地流转给{rng.choice(['合作社', '种植大户', '公司'])}，今年的租金{rng.randint(1, 3)}年没给",
            "土地流转租金未付",
            "督促支付租金",
            "县农业农村局",
        ),
        lambda: M(f"{V}有人在基本农田上盖厂房", f"{V}占用耕地建房", "查处", "县自然资源局", note="来电人要求保密"),
        lambda: M(
            f"{V}修高标准农田，施工队把其家{mu}{rng.choice(['麦子', '玉米', '花生', '大蒜'])}毁了，不给赔偿",
            "高标准农田施工毁庄稼",
            "赔偿损失",
            "县农业农村局",
            ["眼看就要收了"],
        ),
        lambda: M(f"土地确权证上其家面积比实际少了{mu}", "确权面积不符", "重新核实", "县农业农村局"),
        lambda: M(
            f"{V}村里要平坟，其家祖坟没有通知就被推了", "平坟纠纷", "给个说法", f"{c['town']}政府", ["祖宗都不叫安生"]
        ),
        lambda: M(
            f"{V}有人在村集体坑塘里倒垃圾填坑，准备占了盖房", f"{V}侵占集体坑塘", "制止并查处", f"{c['town']}政府"
        ),
    ]
    return rng.choice(o)()


def t_housing(rng, t, c):
    U = c["u"]
    X = rng.choice(COMPOUNDS)
    o = [
        lambda: M(
            f"{X}物业不作为，{rng.choice(['垃圾几天不清', '电梯坏了不修', '门禁坏了谁都能进', '楼道灯全坏了'])}，物业费照收",
            f"{X}物业不作为",
            "督促物业整改",
            "县住建局",
            ["光知道收钱"],
            tag="物业",
        ),
        lambda: M(
            f"{X}{rng.randint(1, 18)}号楼电梯{rng.choice(['困人', '经常停', '异响'])}，{rng.choice(['老人下不了楼', '吓得不敢坐'])}",
            f"{X}电梯故障",
            "检修电梯",
            "县市场监管局",
        ),
        lambda: M(
            f"其{rng.randint(2015, 2022)}年在{X}买的房，到现在房产证还办不下来",
            f"{X}办不下房产证",
            "督促开发商办证",
            "县不动产登记中心",
            ["钱都交清了"],
        ),
        lambda: M(
            f"{X}开发商说{rng.randint(2022, 2024)}年交房，到现在还没交",
            f"{X}逾期交房",
            "督促交房",
            "县住建局",
            note="多名业主反映",
        ),
        lambda: M(
            f"{U}顶楼漏水，一下雨屋里就漏，找物业找开发商都不管", f"{U}顶楼漏水", "维修", "县住建局", ["屋里摆满了盆"]
        ),
        lambda: M("申请公租房排了两年还没排上", "公租房申请", "告知进度", "县住建局"),
        lambda: M(f"{c['v']}其家是危房，申请危房改造村里一直不报", "危房改造", "核实", f"{c['town']}政府"),
        lambda: M(f"{X}物业把小区公共绿地改成停车位收钱", f"{X}物业占用绿地", "查处", "县住建局"),
        lambda: M("租房合同到期房东不退押金", "房东不退押金", "协调", "城关镇政府"),
    ]
    return rng.choice(o)()


def t_noise(rng, t, c):
    U, V = c["u"], c["v"]
    late = t.hour >= 21 or t.hour < 5
    now = f"现在都{t.hour}点了还在" if late else "天天"
    o = [
        lambda: M(
            f"{rng.choice(LANDMARKS)}跳广场舞的音响太响，{now}放",
            "广场舞噪音",
            "控制音量和时间",
            "县城管局",
            ["震得窗户都响"],
            tag="噪音",
        ),
        lambda: M(
            f"{U}附近工地夜间施工，{now}打桩",
            f"{U}工地夜间施工",
            "制止夜间施工",
            "县住建局",
            ["孩子明天还中考嘞"] if t.month == 6 else ["一夜都睡不着"],
        ),
        lambda: M(f"{U}楼下烧烤摊吵闹，喝酒划拳到半夜", f"{U}烧烤摊扰民", "管理", "县城管局", ["吵得人心慌"]),
        lambda: M(
            f"{V}有人家办白事请的响器班，{now}吹",
            f"{V}响器班扰民",
            "协调控制时间",
            f"{c['town']}政府",
            ["唢呐吹得震天响"],
        ),
        lambda: M(
            f"{U}楼上装修，{rng.choice(['中午', '周末一大早', '晚上十点多'])}还在砸墙",
            f"{U}装修噪音",
            "协调",
            "物业/社区",
        ),
        lambda: M(f"{rng.choice(STREETS)}上的店门口大喇叭循环播放促销，吵得很", "店铺喇叭噪音", "制止", "县城管局"),
        lambda: M(f"{U}附近KTV{now}唱，隔音太差", f"{U}KTV扰民", "查处", "县公安局"),
        lambda: M(f"{U}附近的{rng.choice(COMPANIES)}机器{now}轰轰响", "工厂噪音", "检测处理", "县生态环境分局"),
    ]
    return rng.choice(o)()


def t_pollution(rng, t, c):
    V, U = c["v"], c["u"]
    s = _season(t)
    o = [
        lambda: M(
            f"{V}地里有人烧麦秸，烟大得很" if s == "wheat" else f"{V}有人烧玉米秆、烧垃圾，烟呛人",
            f"{V}焚烧秸秆",
            "派人扑灭制止",
            f"{c['town']}政府",
            ["呛得喘不上气"],
            tag="环保",
        ),
        lambda: M(
            f"{V}旁边的{rng.choice(['养猪场', '养鸡场', '养牛场'])}臭味太大，粪水往沟里排",
            f"{V}养殖场污染",
            "整改",
            "县生态环境分局",
            ["夏天臭得不能开窗"],
        ),
        lambda: M(
            f"{rng.choice(COMPANIES)}晚上偷偷排黑烟",
            "企业夜间排烟",
            "查处",
            "县生态环境分局",
            note="来电人称晚上十点以后排",
        ),
        lambda: M(f"{V}村东的沟里被排了污水，水发黑发臭，鱼都死了", f"{V}沟渠污染", "查明污染源", "县生态环境分局"),
        lambda: M(
            f"{rng.choice(['东源板材厂', '天顺包装厂', '一个小作坊'])}粉尘大，院子里落一层灰",
            "企业粉尘污染",
            "查处",
            "县生态环境分局",
        ),
        lambda: M(
            f"{U}附近{rng.choice(['金穗食品厂', '一个炒料的作坊'])}气味刺鼻",
            "食品厂异味",
            "检测",
            "县生态环境分局",
            ["一股子辣油味儿"],
        ),
        lambda: M(f"{V}坑塘成了黑臭水体，蚊子苍蝇多", f"{V}黑臭坑塘", "治理", f"{c['town']}政府"),
        lambda: M(f"{V}有人夜里烧旧轮胎炼油", f"{V}烧轮胎", "查处", "县生态环境分局"),
    ]
    return rng.choice(o)()


def t_consumer(rng, t, c):
    amt = rng.randint(30, 9000)
    o = [
        lambda: M(
            f"在{rng.choice(['万家福超市', '东关一家超市', '村里小卖部'])}买的{rng.choice(['牛奶', '面包', '火腿肠', '饮料'])}过期了，商家不认",
            "超市售卖过期食品",
            "查处并赔偿",
            "县市场监管局",
            tag="消费",
        ),
        lambda: M(
            f"在县城一家{rng.choice(['健身房', '理发店', '洗车店', '游泳馆'])}办的{amt}元卡，店关门老板跑了",
            "预付卡商家跑路",
            "追回余额",
            "县市场监管局",
            note="多人受损",
        ),
        lambda: M(
            f"在{rng.choice(['东关', '白楼镇', '马集'])}农资店买的{rng.choice(['麦种', '玉米种', '化肥', '除草剂'])}有问题，{rng.choice(['出苗不齐', '庄稼烧死了', '一点不管用'])}",
            "农资质量问题",
            "鉴定并赔偿",
            "县农业农村局",
            ["一季庄稼都毁了"],
        ),
        lambda: M(
            f"在{rng.choice(['东关农贸市场', '西关菜市场'])}买菜缺斤短两，{rng.choice(['二斤称成三斤', '秤有问题'])}",
            "短斤少两",
            "检查计量器具",
            "县市场监管局",
            ["俺回家一称差老些"],
        ),
        lambda: M(
            f"在县城买的电动车骑了{rng.randint(1, 6)}个月电池鼓包，商家不给换",
            "电动车质量问题",
            "协调维权",
            "县市场监管局",
        ),
        lambda: M(
            f"在{rng.choice(STREETS)}一家饭店吃饭{rng.choice(['吃出苍蝇', '吃完拉肚子', '被多收钱'])}",
            "饭店问题",
            "查处",
            "县市场监管局",
        ),
        lambda: M(f"在驾校报名交了{amt}元，不想学了驾校不退", "驾校不退费", "协调退费", "县交通运输局"),
        lambda: M(
            f"在{rng.choice(['手机店', '家电城'])}买的{rng.choice(['手机', '空调', '冰箱'])}刚买就坏，不给修",
            "家电售后",
            "协调",
            "县市场监管局",
        ),
        lambda: M(f"在加油站加了{rng.randint(100, 400)}元的油，感觉量不够", "加油站计量", "检查", "县市场监管局"),
    ]
    return rng.choice(o)()


def t_epi_weather(rng, t, c):
    V, U = c["v"], c["u"]
    s = _season(t)
    if s in ("rain", "wheat"):
        o = [
            lambda: M(
                f"{P2}下暴雨积水{rng.choice(['一尺多深', '漫到院里', '淹了门面'])}，排不出去",
                "暴雨积水",
                "尽快排涝",
                "县应急管理局",
                ["水都进屋了"],
                tag="防汛",
            ),
            lambda: M(f"{V}村里的大树被风刮倒了，砸了电线", f"{V}大风刮倒树", "清理", f"{c['town']}政府"),
            lambda: M(
                f"{V}村边的坑塘没有护栏，夏天孩子去洗澡，怕出事", "坑塘防溺水隐患", "设置警示和护栏", f"{c['town']}政府"
            ),
            lambda: M("被狗咬了，问县里哪能打狂犬疫苗，卫生院说没有疫苗", "狂犬疫苗", "告知接种点", "县疾控中心"),
            lambda: M(f"{P2}附近蚊子太多，问能不能打药消杀", "蚊虫消杀", "安排消杀", "县爱卫办"),
            lambda: M(
                f"孩子在{rng.choice(SCHOOLS)}得了手足口病，班里好几个孩子发烧，学校还不停课",
                "学校手足口病",
                "检查学校防控",
                "县卫健委",
            ),
            lambda: M("天太热，在外面干活的工地中午不停工", "高温作业", "督促落实防暑", "县人社局"),
            lambda: M(f"{V}麦地里冰雹打了，问农业保险咋理赔", "冰雹灾害理赔", "告知理赔程序", "县农业农村局"),
        ]
    else:
        o = [
            lambda: M(f"{P2}下雪路上结冰，没人清扫，摔了好几个人", "道路结冰", "清扫除冰", "县城管局", tag="天气"),
            lambda: M(
                f"{U}天然气{rng.choice(['压力小', '停气了', '表不走字'])}，家里做不成饭",
                "天然气故障",
                "检修",
                "县燃气公司",
            ),
            lambda: M(f"孩子学校流感，班里一半请假了", "学校流感", "检查防控", "县卫健委"),
            lambda: M(
                f"{V}{rng.choice(['养鸡场死了很多鸡', '有猪病死了扔在沟里'])}，怕是疫病",
                "动物疫病隐患",
                "检查处理",
                "县农业农村局",
            ),
            lambda: M("大风把广告牌刮歪了，随时要掉下来", "广告牌隐患", "拆除", "县城管局"),
        ]
    P2 = _P(rng, c)
    return rng.choice(o)()


def t_transport(rng, t, c):
    B = rng.choice(BUSES)
    o = [
        lambda: M(
            f"{B}公交车不按点发车，{rng.choice(['等了一个多小时', '经常不来', '晚上七点就收车了'])}",
            f"{B}不按时发车",
            "规范运营",
            "县交通运输局",
            ["站那晒得脸通红"],
            tag="交通",
        ),
        lambda: M(
            f"{B}司机态度恶劣，{rng.choice(['老人上车还没坐稳就开', '不让带菜筐上车', '开车打电话'])}",
            f"{B}司机态度差",
            "批评教育",
            "县公交公司",
        ),
        lambda: M(
            f"县城到{rng.choice(RURAL_TOWNS)}的城乡公交停了{rng.randint(3, 20)}天了",
            "城乡公交停运",
            "恢复运营",
            "县交通运输局",
            ["老人进城看病咋弄"],
        ),
        lambda: M(
            f"从{rng.choice(['县汽车站', '人民广场', '县人民医院'])}打出租车，司机不打表要{rng.randint(15, 60)}元",
            "出租车不打表",
            "查处",
            "县交通运输局",
        ),
        lambda: M(
            f"{rng.choice(STREETS)}的公交站牌被撤了，附近老人坐车不方便", "公交站撤销", "恢复站点", "县交通运输局"
        ),
        lambda: M("老年人免费乘车卡办了两个月还没拿到", "老年乘车卡", "催办", "县公交公司"),
        lambda: M(
            f"{rng.choice(['县汽车站', '步行街'])}附近三轮车、黑车拉客，乱喊价", "黑车拉客", "整治", "县交通运输局"
        ),
    ]
    return rng.choice(o)()


def t_hukou(rng, t, c):
    o = [
        lambda: M(
            f"孩子出生{rng.randint(1, 10)}个月了，去派出所上户口说缺{rng.choice(['出生证明', '结婚证', '亲子鉴定'])}",
            "新生儿落户",
            "告知所需材料",
            "县公安局户政",
            tag="户政",
        ),
        lambda: M(
            f"其在{c['town']}派出所办身份证，{rng.randint(1, 3)}个月了还没拿到", "身份证未领到", "催办", "县公安局户政"
        ),
        lambda: M(
            "其户口本上名字写错了一个字，要改名让其跑了好几个地方开证明",
            "户口更正",
            "简化办理",
            "县公安局户政",
            ["一个字跑断腿"],
        ),
        lambda: M(
            f"其{rng.choice(['父亲', '母亲'])}去世了，注销户口说要火化证明，找不到了",
            "死亡注销户口",
            "告知办法",
            "县公安局户政",
        ),
        lambda: M("大学毕业想把户口从学校迁回原籍，不知道流程", "大学生户口迁回", "告知流程", "县公安局户政"),
        lambda: M("在外地打工，身份证丢了，问能不能异地补办", "身份证异地补办", "告知", "县公安局户政"),
        lambda: M(
            f"其户口被{c['v']}村里注销了，说是搞错了，现在办啥都办不成", "户口被误注销", "恢复户口", "县公安局户政"
        ),
    ]
    return rng.choice(o)()


def t_cityman(rng, t, c):
    U = c["u"]
    o = [
        lambda: M(
            f"{rng.choice(STREETS)}上摆摊的{rng.choice(['卖西瓜的', '卖菜的', '炸油条的', '卖大蒜的'])}把人行道占满了",
            "占道经营",
            "规范管理",
            "县城管局",
            tag="城管",
        ),
        lambda: M(
            f"{U}垃圾桶{rng.randint(2, 7)}天没人清，臭气熏天", f"{U}垃圾未清运", "及时清运", "县城管局", ["苍蝇嗡嗡哩"]
        ),
        lambda: M(f"{U}有人私搭乱建，在楼顶盖了一层", f"{U}违建", "查处拆除", "县城管局"),
        lambda: M(
            f"{rng.choice(LANDMARKS)}公厕{rng.choice(['锁着门', '脏得很', '没水冲'])}", "公厕管理", "整改", "县城管局"
        ),
        lambda: M(f"{U}附近流浪狗成群，咬了小孩", "流浪狗伤人", "处理流浪狗", "县城管局"),
        lambda: M(f"{U}绿化带里的树被人砍了", "绿化带树木被毁", "查处", "县城管局"),
        lambda: M(f"{rng.choice(STREETS)}有商户把油污往下水道倒", "商户乱倒油污", "查处", "县城管局"),
        lambda: M(
            f"城管执法把{rng.choice(['卖菜老人', '来电人'])}的秤和三轮车收走了，不给开票据",
            "城管执法不规范",
            "核实",
            "县城管局",
        ),
    ]
    return rng.choice(o)()


def t_agri(rng, t, c):
    V = c["v"]
    s = _season(t)
    o = [
        lambda: M(
            f"今年的种粮补贴到现在还没打到{rng.choice(['一卡通', '卡上'])}",
            "种粮补贴未到账",
            "核实发放",
            "县农业农村局",
            ["别人家都有了"],
            tag="三农",
        ),
        lambda: M(
            f"{V}来收麦子的收割机一亩要{rng.randint(80, 130)}元，比往年贵多了"
            if s == "wheat"
            else f"{V}收玉米的机子要价太高",
            "农机收费高",
            "规范收费",
            "县农业农村局",
        ),
        lambda: M(
            f"{rng.choice(['县粮库', '收粮点', '面粉厂'])}收小麦压价，说水分大扣秤", "收粮压级压价", "查处", "县发改委"
        ),
        lambda: M(
            f"其家{rng.randint(3, 20)}亩{rng.choice(['小麦', '玉米', '大蒜', '辣椒'])}受灾，买了农业保险，理赔一直没人来查看",
            "农业保险理赔",
            "督促理赔",
            "县农业农村局",
        ),
        lambda: M(f"{V}地里的机井坏了{rng.randint(5, 30)}天没人修，浇不了地", f"{V}机井损坏", "维修", "县水利局"),
        lambda: M(
            f"{V}{rng.choice(['玉米', '大豆', '花生'])}地里虫子多，问有没有统防统治",
            "病虫害防治",
            "提供技术指导",
            "县农业农村局",
        ),
        lambda: M("买的拖拉机申请农机购置补贴一直没批", "农机补贴", "核实", "县农业农村局"),
        lambda: M(
            f"{rng.choice(['大蒜', '辣椒', '西瓜'])}卖不出去，价钱低得很，问政府能不能帮忙联系销路",
            "农产品滞销",
            "帮助联系销路",
            "县农业农村局",
            ["都烂地里了"],
        ),
    ]
    return rng.choice(o)()


def t_medsvc(rng, t, c):
    H = rng.choice(HOSPITALS)
    o = [
        lambda: M(
            f"在{H}看病，{rng.choice(['护士态度恶劣', '排队三个小时', '医生不在岗', '挂号系统瘫了'])}",
            f"{H}服务问题",
            "整改",
            "县卫健委",
            tag="医疗",
        ),
        lambda: M(
            f"{rng.choice(['老人', '家人'])}在家摔倒打120，救护车{rng.randint(40, 90)}分钟才到",
            "120出车慢",
            "核查",
            "县卫健委",
            ["人都快不中了"],
        ),
        lambda: M(f"{c['v']}卫生室的村医经常不在，看个病找不着人", "村卫生室无人", "管理", "县卫健委"),
        lambda: M(f"{H}收费清单上有没做过的检查", f"{H}乱收费", "核查退费", "县医保局"),
        lambda: M(
            f"在{H}做手术后{rng.choice(['感染了', '伤口一直不好', '出了问题'])}，医院推卸责任",
            "医疗纠纷",
            "协调",
            "县卫健委",
            note="建议走医调委",
        ),
    ]
    return rng.choice(o)()


def t_telecom(rng, t, c):
    P = _P(rng, c)
    o = [
        lambda: M(
            f"{P}手机信号太差，{rng.choice(['在屋里打不了电话', '网都上不去', '一格信号'])}",
            f"{P}信号差",
            "增设基站",
            "县工信局",
            tag="通信",
        ),
        lambda: M(
            f"快递到{rng.choice(['村里', '乡里的驿站'])}还要再收{rng.randint(1, 5)}元才给取",
            "快递乡镇加价",
            "规范收费",
            "县邮政管理局",
        ),
        lambda: M(
            f"宽带{rng.choice(['断了一个星期', '网速慢', '到期不续也扣钱'])}，打客服没人管",
            "宽带故障",
            "协调运营商",
            "县工信局",
        ),
        lambda: M(
            f"最近每天接到{rng.randint(5, 20)}个推销电话骚扰，{rng.choice(['贷款的', '卖房的', '买保险的'])}都有",
            "推销电话骚扰",
            "查处",
            "县工信局",
            ["烦死人了"],
        ),
        lambda: M(
            f"有个陌生号码{rng.choice(['天天半夜打来不说话', '老是打来骂人', '发下流短信'])}骚扰她",
            "被陌生号码骚扰",
            "查处",
            "县公安局",
            note="建议报警",
        ),
        lambda: M(f"快递丢了，{rng.choice(['驿站', '快递员'])}不赔", "快递丢失", "协调", "县邮政管理局"),
    ]
    return rng.choice(o)()


def t_suggest(rng, t, c):
    o = [
        lambda: M(
            f"表扬{rng.choice(['县自来水公司维修师傅', '城管局工作人员', '县人民医院急诊科', '白楼镇派出所民警', '供电所的师傅'])}，{rng.choice(['半夜冒雨来修', '帮忙找回了丢的钱包', '态度特别好', '及时处理了问题'])}",
            "表扬",
            "转达表扬",
            "相关单位",
            ["人家可好", "真得劲"],
            tag="表扬",
        ),
        lambda: M(
            f"建议在{rng.choice(LANDMARKS)}多装几个{rng.choice(['健身器材', '路灯', '座椅', '垃圾桶'])}",
            "建议",
            "转相关部门参考",
            "县城管局",
            tag="建议",
        ),
        lambda: M(f"建议县城增开到{rng.choice(RURAL_TOWNS)}的公交", "增开公交建议", "采纳", "县交通运输局"),
        lambda: M("感谢上次反映的路灯问题已经修好了", "感谢", "", "", ["中，可得劲"]),
    ]
    return rng.choice(o)()


TOPICS = {
    "water_supply": t_water,
    "power_supply": t_power,
    "road_traffic": t_road,
    "social_insurance": t_social,
    "medical_insurance": t_medical_ins,
    "pension_subsidy": t_pension,
    "education": t_edu,
    "wage_arrears": t_wage,
    "land_dispute": t_land,
    "housing_property": t_housing,
    "noise": t_noise,
    "pollution": t_pollution,
    "consumer_dispute": t_consumer,
    "epidemic_weather": t_epi_weather,
    "public_transport": t_transport,
    "hukou_id": t_hukou,
    "city_management": t_cityman,
    "agriculture": t_agri,
    "medical_service": t_medsvc,
    "telecom_express": t_telecom,
    "suggestion_praise": t_suggest,
}
TOPIC_LIST = list(TOPICS)


# ---------------------------------------------------------------- consultations
def _consult(rng, t, c):
    d = rng.choice(list(DEPT_TEL))
    tel = DEPT_TEL[d]
    summer = 5 <= t.month <= 9
    hours = "上午8:00-12:00，下午3:00-6:00（夏季作息）" if summer else "上午8:30-12:00，下午2:00-5:30"
    T = rng.choice(RURAL_TOWNS)
    o = [
        lambda: (f"{d}电话", f"{tel}"),
        lambda: (f"{d}的联系方式", f"电话{tel}"),
        lambda: (f"{d}在哪办公", f"在县政务服务中心{rng.choice(['一楼', '二楼', '三楼'])}（{rng.choice(STREETS)}）"),
        lambda: (f"{d}几点上班", hours),
        lambda: (f"{d}周六上不上班", "周六不上班，政务服务中心部分窗口周六上午有人值班"),
        lambda: ("今年城乡居民医保个人缴多少钱", "按今年标准已告知，可通过“豫事办”或村里代收员缴纳"),
        lambda: ("社保卡丢了怎么补", "带身份证到合作银行网点或人社局大厅补办"),
        lambda: ("身份证到期换证要带啥", "本人带旧证到户籍所在派出所户籍室办理，不用带照片"),
        lambda: ("电动车上牌在哪办", "车管所或各乡镇电动车登记服务点，带购车发票、合格证、身份证"),
        lambda: ("哪里能打狂犬疫苗", "县疾控中心和各乡镇卫生院预防接种门诊"),
        lambda: (
            ("高考成绩哪天出", "以省教育考试院公布为准，一般6月下旬")
            if t.month in (5, 6, 7)
            else ("孩子上学的营养餐补助怎么申请", "向学校申请")
        ),
        lambda: ("中考体育考试成绩咋查", "关注县教体局公众号"),
        lambda: ("高龄补贴怎么申请", "到户籍所在村（社区）申请，带身份证、户口本"),
        lambda: ("异地就医备案怎么办", "手机上国家医保服务平台APP可办，或到医保中心窗口"),
        lambda: ("不动产登记中心周末办不办业务", "周末不办理"),
        lambda: ("灵活就业人员养老保险咋交", "可在人社APP或到社保中心窗口办理参保缴费"),
        lambda: ("新生儿上户口要啥材料", "出生医学证明、父母身份证户口本、结婚证"),
        lambda: ("结婚登记要带啥", "双方身份证、户口本，到县婚姻登记处"),
        lambda: ("办护照在哪", "县公安局出入境窗口（政务服务中心一楼）"),
        lambda: ("驾驶证到期换证", "车管所或手机“交管12123”办理"),
        lambda: ("办营业执照去哪", "政务服务中心市场监管窗口，个体户也可网上办"),
        lambda: ("今年退休年龄怎么算", "按渐进式延迟退休政策，建议到人社局窗口按出生年月具体测算"),
        lambda: ("种粮补贴啥时候发", "以县农业农村局通知为准，一般通过惠农一卡通发放"),
        lambda: (f"县城到{T}的公交几点有车", f"首班6:30左右，末班18:00左右，约半小时一班"),
        lambda: ("明天停电不停电", "可关注国网河南电力公众号或拨打95598查询"),
        lambda: ("天然气开户咋办", f"带房产证、身份证到县燃气公司营业厅，电话{DEPT_TEL['县燃气公司']}"),
        lambda: ("残疾证怎么办", "到县残联申请，指定医院评残"),
        lambda: ("低保怎么申请", "向户籍所在乡镇（街道）或村（社区）提出申请"),
        lambda: ("失业金领取条件", "非本人意愿中断就业、缴费满一年等，具体到社保中心咨询"),
        lambda: ("二手房过户要交哪些税", "按面积和年限不同，具体到不动产登记中心税务窗口咨询"),
        lambda: ("孩子上小学划片范围在哪看", "县教体局每年公布招生方案"),
        lambda: ("退役军人优待证怎么办", "到户籍地退役军人服务站申请"),
        lambda: ("防汛值班电话", "县防汛办24小时值班电话已告知"),
        lambda: ("政务服务中心地址", f"{rng.choice(STREETS)}与{rng.choice(STREETS)}交叉口向东"),
        lambda: ("怎么投诉快递", "可拨打12305或在国家邮政局申诉网站申诉"),
        lambda: ("县城出租车起步价", "起步价已告知"),
        lambda: ("九价疫苗在哪打", "县妇幼保健院或县疾控中心，需预约"),
        lambda: ("生育津贴怎么领", "单位参保的由单位申报，具体咨询医保中心"),
        lambda: ("公积金怎么提取", f"带身份证到县公积金中心，电话{DEPT_TEL['县公积金中心']}"),
        lambda: ("12345能不能反映外地的事", "可以受理，外地事项会转当地12345"),
        lambda: ("办居住证要啥材料", "身份证、居住地证明，到所在派出所"),
        lambda: ("老人去世了丧葬费怎么领", "到社保中心申领，带死亡证明等"),
        lambda: ("芦河公园几点关门", "晚上10点"),
        lambda: ("哪有核验健康证的地方", "县疾控中心体检科"),
        lambda: ("电话号码查询", f"已告知{tel}"),
    ]
    q, a = rng.choice(o)()
    m = M("", "", "", d)
    m["q"], m["a"] = q, a
    return m


# ---------------------------------------------------------------- hard genuine kinds
def _any_matter(rng, t, c):
    return TOPICS[rng.choice(TOPIC_LIST[:-1])](rng, t, c)


def g_topic(kind):
    fn = TOPICS[kind]

    def gen(rng, c, i, t, tk, secs):
        if i == 0:
            c["m"] = fn(rng, t, c)
        return _render(rng, tk, c["m"], repeat=i > 0, who=c["who"])

    return gen


def g_consult(rng, c, i, t, tk, secs):
    m = _consult(rng, t, c)
    s = _render(rng, tk, m, who=c["who"])
    if secs < 25 and rng.random() < 0.3:
        s = rng.choice(["咨询电话，已告知", "问电话号码 已告", "查询号码，已答复", s])
    return s


_ANY = ["", "", "前两天", "因为一点小事", "当着很多人的面"]
OFFENDERS = [
    ("邻居", ["因为门口堆柴火的事", "因为孩子打闹", "因为宅基地边界", "因为浇地用水", "因为下水道往她家流"]),
    ("隔壁的", ["因为停车的事", "因为狗叫", "因为房檐滴水"]),
    ("村干部", ["去村里开证明时", "问低保的事时", "问补贴的事时", "在村委会"]),
    ("村支书", ["在村委会", "问修路占地补偿时", "开会时"]),
    ("城管队员", ["执法收三轮车时", "在街上摆摊时", "让他挪车时"]),
    ("超市老板", ["买东西时问了句价钱", "退货时", "说东西过期时"]),
    ("物业经理", ["去物业反映漏水时", "问物业费的事时", "找物业修电梯时"]),
    ("公交司机", ["上车刷卡慢了点", "问了一下站点", "带了一筐菜上车"]),
    ("医院护士", ["问了两遍缴费地方", "排队时", "给老人输液时"]),
    ("孩子的班主任", ["在家长群里", "开家长会时"]),
    ("包工头", ["催要工钱的时候", "问啥时候发工资时"]),
    ("乡政府的一个工作人员", ["去窗口办事多问了两句", "找他反映问题时"]),
    ("快递员", ["让他送上楼时", "说包裹破了时"]),
    ("房东", ["要押金时", "说热水器坏了时"]),
    ("菜市场一个卖菜的", ["说秤不够时", "挑菜时"]),
    ("派出所辅警", ["去办身份证时", "报警时"]),
    ("小区保安", ["进门没带门禁卡", "让他开门时"]),
    ("社保窗口工作人员", ["去办社保卡时", "问退休手续时"]),
    ("出租车司机", ["让他打表时", "下车时"]),
    ("药店店员", ["刷医保卡时", "问药价时"]),
]
INSULTS = [
    "老不死的",
    "穷鬼",
    "刁民",
    "信球",
    "你算老几",
    "要饭的",
    "没素质",
    "二百五",
    "鳖孙",
    "滚出去",
    "乡巴佬",
    "神经病",
    "憨子",
    "狗东西",
    "不要脸",
    "老赖",
    "土包子",
    "瞎了你的狗眼",
    "穷酸样",
    "外地货",
]


def g_report_insult(rng, c, i, t, tk, secs):
    if "off" not in c:
        o_, ws_ = rng.choice(OFFENDERS)
        c["off"], c["why"] = o_, rng.choice(ws_ + _ANY)
    off = c["off"]
    ins = c.setdefault("ins", rng.choice(INSULTS))
    why = c["why"]
    dem = rng.choice(["要求对方道歉", "要求处理该工作人员", "要求调解", "希望有人管管", "要求单位给个说法", "要求调查"])
    who = c["who"]
    v = rng.random()
    if v < 0.25:
        s = f"{who}反映{why}，{off}骂她“{ins}”，{dem}。"
    elif v < 0.45:
        s = f"来电人称{why}{off}说他是{ins}，当着很多人的面，{dem}。"
    elif v < 0.6:
        s = f"{tk.intro}：{off}{why}对其进行辱骂，称其为“{ins}”。{tk.dw}：{dem}。"
    elif v < 0.72:
        s = f"{off}当众叫{who}{ins}，{who}气得{rng.choice(['一夜没睡', '血压都高了', '哭了一场'])}，{dem}"
    elif v < 0.84:
        s = f"来电人说{off}态度恶劣，{why}张口就说：{ins}！{dem}。"
    elif v < 0.92:
        s = f"{who}投诉{off}，说对方骂人，骂的话很难听（{ins}之类），{dem}。"
    else:
        s = f"“{ins}”——来电人称这是{off}{why}说她的原话，{dem}。"
    if rng.random() < 0.2:
        s += _note(tk, rng.choice(["来电人情绪激动", "来电人边说边哭", "已告知可报警处理", "涉及邻里纠纷"]))
    return _polish(rng, tk, s.replace("，，", "，"))


def g_angry(rng, c, i, t, tk, secs):
    if i == 0:
        c["m"] = _any_matter(rng, t, c)
    m = c["m"]
    line = _insult_line(rng, tk)
    v = rng.random()
    who = c["who"]
    if v < 0.2:
        s = f"来电人情绪激动，骂骂咧咧，反映{m['body']}，要求{m['demand'] or '尽快处理'}。（来电人多次说脏话，已提醒文明用语）"
    elif v < 0.38:
        s = f"来电人一开口就说“{line}”，经安抚后反映：{m['body']}，诉求：{m['demand'] or '处理'}。"
    elif v < 0.52:
        s = f"“{line}！”来电人称{m['body']}，{m['demand'] or '要求有人管'}。"
    elif v < 0.66:
        s = f"{who}非常生气，说“{rng.choice(CONTEMPT)}”，{m['body']}，{m['demand']}。"
    elif v < 0.78:
        s = f"{m['short']}。来电人爆粗口（{_swear(rng, tk)}），称反映多次没人管。"
    elif v < 0.9:
        s = f"{tk.intro}：{m['body']}，来电人言语过激，辱骂承办单位，要求{m['demand'] or '处理'}。"
    else:
        s = f"{who}说{rng.choice(SARCASM)}。问题是{m['body']}，要求{m['demand'] or '解决'}"
    if i > 0:
        s = "再次来电，" + s
    return _polish(rng, tk, s)


def g_followup(rng, c, i, t, tk, secs):
    if i == 0:
        c["fm"] = _any_matter(rng, t, c)
        c["no"] = _order_no(rng, t - dt.timedelta(days=rng.randint(1, 25)))
        c["knows_no"] = rng.random() < 0.6
        c["k0"] = rng.choice([1, 1, 1, 2, 3])
    m = c["fm"]
    no = c["no"] if c["knows_no"] else ""
    k = c["k0"] + i
    night = t.hour >= 22 or t.hour < 6
    sh = m["short"]
    ref = f"工单{no}" if no else "之前的工单"
    o = [
        f"来电人催办{ref}（{sh}），称至今无人联系，要求尽快处理。",
        f"{c['who']}来电询问{ref}办理进度，反映的{sh}问题一直没人管。已告知正在办理中，请耐心等待。",
        f"催单：{no or '来电人记不清单号'}，{sh}，第{k + 1}次催办",
        f"来电人称之前反映过{sh}，承办单位回复已处理，实际没处理，不满意，要求重新办理。",
        f"{sh}——来电人再次催办，称打了{k + 1}回了",
        f"来电人对{ref}的答复不满意，称{rng.choice(['承办单位根本没来现场', '回复的内容和实际不符', '只打了个电话就算办结了', '问题还在'])}。",
        f"来电人称{m['dept'] or '承办单位'}工作人员打过电话，光口头答应，一直没行动，要求督办。",
        f"来电询问{no or '上次反映的'}单子办到哪了（{sh}）",
        f"来电人要求撤销{ref}，称问题已经解决了。",
    ]
    if night:
        o += [
            f"夜间来电，来电人催问{sh}的事，话务员告知白天会有工作人员联系。",
            f"来电人半夜打来，说{sh}还没解决，睡不着，要求明天一早有人管。",
        ]
    s = rng.choice(o)
    if rng.random() < 0.2:
        s += _note(tk, rng.choice([f"已催办{k}次", "已加急", "已转督办", "原单已超期", "已联系承办单位"]))
    return _polish(rng, tk, s)


def g_elderly(rng, c, i, t, tk, secs):
    if i == 0:
        c["m"] = TOPICS[
            rng.choice(
                [
                    "pension_subsidy",
                    "medical_insurance",
                    "power_supply",
                    "water_supply",
                    "social_insurance",
                    "road_traffic",
                    "public_transport",
                ]
            )
        ](rng, t, c)
    m = c["m"]
    who = c["who"]
    age = c.setdefault("age", rng.randint(68, 93))
    o = [
        f"来电人系老年人，说话颠三倒四，反复说{rng.choice(['孩子不回来', '以前在生产队的事', '老伴走了'])}，经耐心询问，其反映{m['body']}，要求{m['demand']}。",
        f"老人耳背，话务员大声重复多次，{who}称{m['body']}，想让{m['demand']}。",
        f"一位{age}岁老人来电，先说想孩子了，聊了很久，最后说{m['body']}。",
        f"{who}用方言说了老半天，意思是{m['body']}，要求{m['demand']}。（老人听不清，沟通困难）",
        f"{who}（{age}岁，独居）来电，称一个人在家没人说话，跟话务员聊了{_mins(secs)}分钟家常，反映{m['short']}，请{m['dept']}帮帮老人。",
        f"{tk.intro}：{m['body']}。来电人年纪大，记不清具体时间地点，只知道在{c['v']}。",
        f"老人打来说“闺女，你给俺问问”，{m['body']}",
        f"{who}说不清楚自己要办啥，反复问，最后确认是{m['short']}，已记录。",
    ]
    s = rng.choice(o)
    if i > 0:
        s = rng.choice(["老人又打来了，", "该老人再次来电，", "（老人第{}次来电）".format(i + 1)]) + s
    if rng.random() < 0.15:
        s += _note(tk, rng.choice(["建议社区上门看看老人", "老人情绪低落", "已留家属电话", "老人不会用智能手机"]))
    return _polish(rng, tk, s)


def g_distress(rng, c, i, t, tk, secs):
    x = rng.choice(
        [
            ("被丈夫打了，不敢回家，现在在路边", "已建议立即拨打110，并转县妇联"),
            ("孩子从昨天出去一夜没回来，联系不上", "已告知立即报警，并记录孩子体貌特征"),
            ("欠了网贷被催收天天打电话骂，觉得活不下去了", "话务员安抚后告知心理援助热线，并提醒遇险拨打110"),
            ("一个人在出租屋发高烧，走不动", "已建议拨打120，并通知社区"),
            ("家里老人有老年痴呆，上午出门到现在没回来", "已告知报警，并转属地派出所"),
            ("在外打工被老板扣了身份证，不让走", "已告知拨打110，并转人社部门"),
            ("儿子喝药了，不知道咋办", "立即告知拨打120，已联系120"),
            ("被人骗了八万块钱，那是给孩子看病的钱", "告知立即报警，并安抚"),
            ("丈夫在外面欠了赌债，要债的堵在家门口", "已建议报警并转属地派出所"),
            ("自己一个人带着孩子，没有收入，快揭不开锅了", "已记录，转民政部门了解救助"),
        ]
    )
    who = c["who"]
    s = rng.choice(
        [
            f"来电人哭诉{x[0]}，话务员安抚，{x[1]}。",
            f"{who}情绪崩溃，说{x[0]}。{x[1]}",
            f"{tk.intro}：{x[0]}。{x[1]}。（来电人一直哭）",
            f"来电人声音发抖，称{x[0]}，{x[1]}，已上报班长跟进。",
        ]
    )
    return _polish(rng, tk, s)


def _fragment(rng, t, c):
    return rng.choice(
        [
            "喂，是12345吗",
            "俺想反映个事",
            "俺这停电了",
            "俺村那个路",
            "我想问一下",
            "工资的事",
            "医保",
            "俺家老人",
            "那个低保",
            "喂？喂？",
            "你听我说",
        ]
    )


def g_dropped(rng, c, i, t, tk, secs):
    f = _fragment(rng, t, c)
    o = [
        "",
        "电话中断",
        "来电中断",
        f"来电人刚说“{f}”电话就断了",
        "信号不好，断断续续听不清，后断线",
        f"只听到“{f}”就断了",
        "接通后有杂音，对方说话听不清，后断线",
        "来电人称在地里信号差，说了一半断了",
        "无声（疑似信号问题），回拨无人接听",
        "来电未讲完即断线，回拨关机",
        "线路杂音大，无法沟通",
        "来电人说话声音太小，听不清，请其重拨",
        "断线",
        "通话中断，回拨未接通",
        "对方能听到我，我听不到对方，挂断重拨",
        "掉线",
        "听筒里全是电流声，听不清说啥",
    ]
    if rng.random() < tk.silent_blank * 0.4:
        return ""
    x = rng.choice(o)
    r = rng.random()
    if r < 0.15:
        x += f"（{secs}秒）"
    elif r < 0.25:
        x += rng.choice(
            ["，听口音是乡下的", "，是个老人的声音", "，听着像在地里", "，背景有车声", "，对方在喊什么听不清"]
        )
    elif r < 0.3 and c["phone"]:
        x += rng.choice(["，回拨已关机", "，回拨无人接", "，回拨占线", "，回拨接通后对方说一会再打"])
    return _polish(rng, tk, x)


def g_callback(rng, c, i, t, tk, secs):
    if i == 0:
        c["m"] = _any_matter(rng, t, c)
    m = c["m"]
    s = _render(rng, tk, m, who=c["who"])
    return (
        rng.choice(
            [
                "来电人回拨，称刚才电话断了，继续反映：",
                "（接上一通断线）",
                "再次来电，说刚才没信号。",
                "回拨：",
                "刚才掉线，来电人重拨。",
                "来电人称上一个电话打到一半断了，",
                "",
            ]
        )
        + s
    )


def g_misdial(rng, c, i, t, tk, secs):
    o = [
        "来电人欲拨打120，已告知直接拨打120",
        "拨错号了，要打的是快递电话",
        "以为是移动客服，问话费，已告知拨打10086",
        "找县医院挂号，已告知医院电话",
        "老人按错了，说要给闺女打电话",
        "说打错了，不好意思",
        "拨错",
        "来电人要找供电所，已告知95598",
        "想打114查号，拨错了",
        "来电人以为是派出所，要报案，已告知拨打110",
        "误拨，来电人称手机放兜里按着了",
        "问是不是驾校，告知打错了",
        "要订餐，打错了（笑）",
        "来电人要打12315，已告知",
        "来电人称要找社保局老王，告知这是12345",
        "打错，对方道歉后挂断",
    ]
    d = rng.choice(list(DEPT_TEL))
    o += [
        f"来电人以为打的是{d}，已告知其电话{DEPT_TEL[d]}",
        f"来电人要找{d}的{rng.choice(SURNAMES)}{rng.choice(['科长', '主任', '会计', '师傅'])}，告知打错了",
        f"来电人本想打{rng.choice(['女儿', '儿子', '老伴', '侄子'])}电话，{rng.choice(['按错了', '存错号了', '眼花拨错了'])}",
    ]
    if rng.random() < tk.silent_blank * 0.2:
        return ""
    return _polish(rng, tk, rng.choice(o))


PETITION_CASES = [
    ("其家{y}年被村里调走的{mu}承包地至今没还", "承包地被调整未归还", "归还承包地"),
    ("其父亲是七十年代的民办教师，要求按政策落实教龄补助", "民办教师待遇", "落实待遇"),
    ("{y}年县棉纺厂改制时其工龄买断补偿太低", "棉纺厂改制补偿", "重新核算补偿"),
    ("{y}年芦河大道拓宽拆了其家房子，安置房至今未交付", "拆迁安置房未交付", "尽快交付安置房"),
    ("其儿子{y}年在工地摔伤，工伤赔偿一直没落实", "工伤赔偿未落实", "督促落实赔偿"),
    ("邻居{y}年盖房占了其家宅基地一米多，镇里调解不公", "宅基地被占", "重新调解并恢复原状"),
    ("其系退伍老兵，参战身份一直未认定", "参战身份认定", "认定参战身份并落实待遇"),
    ("村里{y}年修路占了其{mu}地，补偿款被村干部扣了", "修路占地补偿款被扣", "追回补偿款"),
    ("其{y}年被单位违规辞退，要求恢复工作、补发工资", "违规辞退", "恢复工作"),
    ("其母亲的低保{y}年被取消，认为不公", "低保被取消", "恢复低保"),
    ("其{y}年被欠的工钱法院判了，一直执行不到位", "执行难", "强制执行"),
    ("{y}年其家房子被征收，补偿标准比邻居低", "征收补偿不公", "按同一标准补偿"),
]


def g_petitioner(rng, c, i, t, tk, secs):
    if i == 0:
        b, sh, dem = rng.choice(PETITION_CASES)
        c["pc"] = (b.format(y=rng.randint(1998, 2019), mu=rng.choice(["二亩", "一亩半", "三亩", "八分"])), sh, dem)
        c["yrs"] = rng.randint(2, 15)
    b, sh, dem = c["pc"]
    who = c["who"]
    new = rng.choice(
        [
            "村里又不让他说话",
            "找了乡里说归县里管，县里说归乡里管",
            "上次承办单位答复不认可",
            "最近身体不好，等不起了",
            "听说别人家都解决了",
            "办事的人换了，又得从头说",
            "这个月去了三趟信访局",
            "家里实在过不下去了",
            "领导答应的事没兑现",
            "",
        ]
    )
    o = [
        f"来电人再次反映{b}，称{new}，要求{dem}。",
        f"老问题：{sh}。来电人情绪激动，称找了{rng.choice(['乡里、县里', '信访局、法院', '村里、乡里、县里'])}都没结果。",
        f"{who}又来电反映{sh}，内容同前，话务员已记录。",
        f"来电人称{b}，已经反映了{c['yrs']}年，要求县领导接见。",
        f"{tk.intro}：{b}。{new}。{tk.dw}：{dem}。",
        f"{sh}，{who}第N次来电，称“{rng.choice(['不给解决俺就一直打', '俺就要个公道', '俺也不想天天打'])}”",
        f"来电人反映的{sh}问题，之前已多次转办答复，来电人仍不认可，要求重新调查。",
    ]
    s = rng.choice(o).replace("，称，", "，").replace("称。", "。")
    if rng.random() < 0.3:
        s += _note(
            tk, rng.choice(["该来电人长期反映此事", "重复诉求", "已多次答复", "老上访户", "信访事项", "内容同前单"])
        )
    return _polish(rng, tk, s.replace("第N次", f"第{i + 1 + c.setdefault('pre', rng.randint(3, 60))}次"))


def g_nightworker(rng, c, i, t, tk, secs):
    if i == 0:
        C = rng.choice(COMPANIES)
        L = rng.choice(LANDMARKS)
        opts = [
            (f"{C}夜班工人", f"厂里拖欠夜班补贴{rng.randint(2, 5)}个月", "拖欠夜班补贴", "督促发放", "县劳动监察大队"),
            (
                "下夜班的来电人",
                f"{rng.choice(STREETS)}路灯全灭了，黑得很，骑车差点撞到石墩",
                "下夜班路上路灯不亮",
                "维修路灯",
                "县城管局",
            ),
            (f"{C}值夜班的保安", "刚发现有人在偷厂区外的电缆", "电缆被盗", "派人处理（已告知同时拨打110）", "县公安局"),
            ("出租车司机", f"在{L}拉的客人不给钱还骂人", "乘客拒付车费", "处理", "县交通运输局"),
            (
                "外卖骑手",
                f"{rng.choice(COMPOUNDS)}门卫晚上不让电动车进，只能走进去送，超时被罚款",
                "小区夜间不让外卖车进",
                "协调物业",
                "县住建局",
            ),
            ("夜班工人", f"下夜班发现停在{c['u']}的电动车被偷了", "电动车被盗", "帮忙查找", "县公安局"),
            (f"{C}工人", "宿舍停水停电，夜班工人回来没法洗澡", "厂区宿舍停水停电", "协调恢复", "县产业集聚区管委会"),
            (
                "夜班保安",
                f"{c['u']}有人{rng.choice(['喝醉了躺在路中间', '在烧东西', '砸车窗'])}",
                "夜间有人闹事",
                "派人处理",
                "县公安局",
            ),
            (
                "跑夜车的司机",
                f"路过{rng.choice(RURAL_TOWNS)}，省道上有一大堆土没有警示，差点出事",
                "省道堆土无警示",
                "设置警示",
                "县交通运输局",
            ),
            (f"{C}工人", "厂里夜间强制加班，不加就扣钱", "夜间强制加班", "查处", "县劳动监察大队"),
            ("夜市摊主", f"{L}夜市城管说半夜十二点前必须收摊，以前都是一点", "夜市收摊时间", "解释政策", "县城管局"),
            ("医院夜班护工", "县人民医院停车场晚上有人收高价停车费", "医院停车乱收费", "查处", "县市场监管局"),
            (
                f"{C}夜班工人",
                f"车间{rng.choice(['没有空调温度四十度', '粉尘大没有防护', '消防通道被堵'])}",
                "车间作业环境",
                "检查",
                "县应急管理局",
            ),
        ]
        job, body, sh, dem, dept = rng.choice(opts)
        sur = rng.choice(SURNAMES)
        who = rng.choice([job, f"来电人（{job}）", f"{sur}师傅（{job}）", f"一名{job}", job])
        c["m"] = M(body, sh, dem, dept)
        c["wj"] = who
    s = _render(rng, tk, c["m"], repeat=i > 0, who=c["wj"])
    if rng.random() < 0.25:
        s += _note(
            tk, rng.choice(["夜间来电", "来电人刚下班", "来电人称白天要睡觉，请下午回电", "来电人在上班，说话不方便"])
        )
    return s


# ================================================================ nuisance calls
def _rep_note(rng, c, tk):
    """Call-taker's note that this number keeps calling (not always written)."""
    n = c["nth_today"]
    if n >= 2 and rng.random() < 0.4:
        return _note(
            tk,
            rng.choice(
                [f"今天第{n}次", f"该号码今日第{n}次来电", "同一号码反复来电", "又是这个号", f"当天已打来{n}次"]
            ),
        )
    if c["idx"] >= 2 and rng.random() < 0.3:
        return _note(
            tk, rng.choice(["此号码多次来电", "老号码了", "经常打来", "前几天也打过", "这几天天天打", "多次同类来电"])
        )
    return ""


def _hx(rng, secs, p=0.4):
    if rng.random() >= p:
        return ""
    return rng.choice(
        [
            f"（{secs}秒）",
            "，挂断",
            "，话务员挂机",
            "，随后挂断",
            "，对方挂了",
            "，已提醒后挂机",
            "，背景" + rng.choice(SILENT_BG),
            f"，约{_mins(secs)}分钟",
            "。",
            "，已挂",
            "，无法正常沟通",
            "，问其诉求不答",
        ]
    )


def h_silent(rng, c, i, t, tk, secs):
    if rng.random() < tk.silent_blank:
        return ""
    base = rng.choice(tk.silent_phr) if rng.random() < 0.8 else rng.choice(SILENT_PHRASES)
    s = base
    r = rng.random()
    if r < 0.16:
        s += f"，约{secs}秒后{rng.choice(['对方挂断', '挂断', '对方挂机'])}"
    elif r < 0.26:
        s += f"（{secs}秒）" if rng.random() < 0.5 else f" {secs}s"
    elif r < 0.34:
        s += rng.choice(["，按规范提示后挂机", "，提示三次后挂断", "，话务员挂机"])
    if rng.random() < 0.18:
        s += "，背景" + rng.choice(SILENT_BG)
    if c.get("sub") == "nightly" and c["idx"] >= 2 and rng.random() < 0.35:
        s += _note(tk, rng.choice(["连着几天半夜打来不说话", "每晚差不多这个点", "又是它", "夜里常打的那个号"]))
    else:
        s += _rep_note(rng, c, tk)
    if not c["phone"] and rng.random() < 0.3:
        s += "，号码隐藏"
    if rng.random() < 0.06:
        s += "，回拨无人接听"
    if tk.short_h and rng.random() < 0.5:
        s = rng.choice(["无声", "无声。", "没声", "空"])
    return _htag(rng, tk, s)


def h_abuse_calltaker(rng, c, i, t, tk, secs):
    soft = c.setdefault("soft", rng.random() < 0.5)  # this caller never uses swear words
    line = _insult_line(rng, tk, soft_only=soft)
    line2 = _insult_line(rng, tk, soft_only=soft)
    who = rng.choice(["来电人", "男子", "一女子", "对方", "来电者", "一中年男性"])
    o = [
        f"{who}一接通就说“{line}”，无任何诉求，随即挂断。",
        f"辱骂话务员，说话务员“{line}”",
        f"{who}张口就是“{line}”，话务员提醒文明用语，对方继续骂，挂机。",
        f"来电人对话务员进行人身攻击（“{line}”），未反映任何事项",
        f"来电人称：“{line}，{line2}”，问有什么事，说没事就是想骂你们。",
        f"{who}阴阳怪气地说“{rng.choice(SARCASM)}”，无实质内容",
        f"一女子来电，用方言数落了话务员一通，大意是{rng.choice(CONTEMPT)}，无诉求",
        f"{who}说“{line}”，又说“{line2}”，然后挂了",
        f"“{line}”",
        f"问话务员工号，报完后说“{line}”，挂断",
        f"来电人嫌话务员说普通话，说“{rng.choice(['装啥洋气', '跟谁俩嘞', '显摆啥'])}”，骂了几句挂断",
        f"{who}不说事，一直嘲讽话务员：{rng.choice(SARCASM)}",
    ]
    if not soft:
        o += [
            "满嘴脏话，听不出要反映啥",
            "来电人辱骂话务员",
            "骂人，无诉求",
            f"开口就骂：{_swear(rng, tk)}",
            f"来电人骂“{_swear(rng, tk)}”后挂断",
            "酒气熏天似的骂街（听声音），劝不住",
        ]
    s = rng.choice(o)
    if tk.short_h and rng.random() < 0.4:
        s = rng.choice(["辱骂", "骂人", "辱骂话务员", "恶意辱骂"])
    s += _rep_note(rng, c, tk)
    if rng.random() < 0.1:
        s += _note(tk, rng.choice(["已报班长", "录音已保存", "建议限制呼入", "话务员已按规范处理"]))
    return _polish(rng, tk, _htag(rng, tk, s))


def h_abuse_gov(rng, c, i, t, tk, secs):
    soft = c.setdefault("soft", rng.random() < 0.6)
    r1 = rng.choice(GOV_RANT)
    ex = "" if soft else _swear(rng, tk)
    o = [
        f"来电人称“{r1}”，问其有何诉求，说没事就是想说说",
        f"男子来电大骂政府，说{r1}，{rng.choice(CONTEMPT)}，不讲具体事",
        f"来电人发泄对政府不满：{r1}。无具体诉求。",
        f"来电人说“{r1}{('，' + ex) if ex else ''}”，话务员询问具体事项，对方挂断",
        f"来电人一通抱怨，说{r1}、{rng.choice(GOV_RANT)}，问反映啥事，说“啥事都一样，反映了也白反映”",
        f"{rng.choice(['一男子', '来电人', '中年女性'])}称“{rng.choice(SARCASM)}”，又骂县里领导，无诉求",
        f"来电人要求转告县领导：{r1}。无其他内容",
        f"来电人对政府冷嘲热讽，说{rng.choice(SARCASM)}，说完就挂",
    ]
    s = rng.choice(o) + _rep_note(rng, c, tk)
    if tk.short_h and rng.random() < 0.4:
        s = rng.choice(["骂政府", "发泄不满，无诉求", "辱骂政府"])
    return _polish(rng, tk, _htag(rng, tk, s))


def h_night_chat(rng, c, i, t, tk, secs):
    p = c.setdefault(
        "persona", rng.choice(["老年男性", "中年男子", "一女子", "年轻男子", "来电人", "一个老太太", "男子"])
    )
    why = rng.choice(
        [
            "睡不着",
            "一个人在家没意思",
            "刚下班没事干",
            "心里烦",
            "想找个人说说话",
            "说老婆回娘家了",
            "说儿女都在外地",
            "说失眠好几天了",
            "看电视看烦了",
        ]
    )
    act = rng.choice(
        [
            "东拉西扯",
            "聊家常",
            "讲他年轻时当兵的事",
            "唱了几句豫剧",
            "问话务员吃饭没、喝汤没",
            "说今年麦子收成",
            "讲村里谁家的闲事",
            "谝他以前在外面混的事",
            "问天气问收成",
            "说自己养的狗",
            "讲了半天电视剧",
        ]
    )
    m = _mins(secs)
    o = [
        f"{p}称{why}，{act}，无具体诉求，聊了{m}分钟，劝其早点休息后挂断。",
        f"{p}夜间来电闲聊，{act}，话务员多次提示热线是办事的，对方不挂",
        f"来电人{why}，打来聊天，问话务员{rng.choice(['多大了', '哪里人', '一晚上接多少电话', '困不困', '上班累不累'])}",
        f"无诉求，{p}{why}想说话，{act}",
        f"来电人说：“没啥事，就是{why}，跟恁说说话”。",
        f"闲聊{m}分钟，{act}，无事项",
        f"{p}又打来聊天（{why}）",
        f"来电人{why}，让话务员陪他说会话，话务员告知热线占用会影响他人，来电人不听，继续{act}",
    ]
    s = rng.choice(o) + _rep_note(rng, c, tk)
    if tk.short_h and rng.random() < 0.4:
        s = rng.choice(["闲聊", "夜间闲聊，无诉求", "聊天"])
    return _polish(rng, tk, _htag(rng, tk, s))


def h_flirt(rng, c, i, t, tk, secs):
    o = [
        "男子说话务员声音好听，问能不能见一面",
        f"来电人问话务员{rng.choice(['有没有对象', '结婚没', '多大了', '长得排场不', '住哪'])}，还要微信",
        "男子让话务员叫他“哥”，不叫就不挂",
        "来电人说要请话务员吃饭，问几点下班",
        "男子言语轻佻，说了些不三不四的话，话务员警告后挂机",
        "来电人问话务员叫啥名字、哪个村的，说要去找",
        "来电人说“妹妹你说话真甜，再说两句”",
        "言语低俗，不予记录",
        "男子来电调戏话务员",
        "来电人问今晚是不是还是那个女的值班，说专门打来听她声音",
        "来电人说喜欢上话务员了，要电话号码",
        "男子说自己是单身，条件可好，问话务员考虑不考虑",
        f"来电人说想跟话务员处对象，说了{_mins(secs)}分钟",
        "女子来电问男话务员是不是单身，让他唱首歌",
    ]
    s = rng.choice(o) + _hx(rng, secs) + _rep_note(rng, c, tk)
    if rng.random() < 0.15:
        s += _note(tk, rng.choice(["性骚扰", "已报班长", "建议限制呼入", "同一人"]))
    return _polish(rng, tk, _htag(rng, tk, s))


def h_drunk(rng, c, i, t, tk, secs):
    o = [
        "醉酒来电，口齿不清，无法沟通",
        "来电人说话大舌头，一听就是喝多了，胡言乱语",
        "酒后来电，说要跟县长喝一杯，让话务员转告",
        "喝多了，哭着说自己混得不中，没有具体事",
        f"来电人喝了酒，{rng.choice(['一直笑', '唱歌', '骂人', '说胡话'])}，问有啥事说不出来",
        "来电人醉醺醺的，问“你猜我是谁”，挂断",
        "男子酒后来电，说他在喝汤（喝酒），非让话务员也喝一个",
        "听声音是在酒桌上，几个人起哄让他打的，无诉求",
        f"醉汉来电，{rng.choice(['吐字不清', '自说自话', '说着说着睡着了'])}",
        "来电人称“喝得可得劲”，没事",
    ]
    s = rng.choice(o) + _hx(rng, secs) + _rep_note(rng, c, tk)
    if tk.short_h and rng.random() < 0.4:
        s = rng.choice(["醉酒", "酒后来电", "喝醉了"])
    return _polish(rng, tk, _htag(rng, tk, s))


def h_prank_report(rng, c, i, t, tk, secs):
    P = rng.choice([_urban(rng), _village(rng)[2]])
    N = rng.choice(SURNAMES) + rng.choice(["小明", "二蛋", "狗剩", "某某", "大壮"])
    body = rng.choice(
        [
            f"{P}有一头大象在路上溜达，要求派人去抓",
            f"{P}的坑塘里有鳄鱼，有人看见了",
            f"在芦河里捞出来一箱金元宝，要上交国家，问能奖励多少钱",
            f"{P}上空有UFO，一闪一闪的，要求上报",
            f"县城大转盘的雕像晚上会动",
            f"邻居家的狗会说人话，要求有关部门来研究",
            f"自家西瓜地里长了一个三百斤的西瓜，要申报吉尼斯",
            f"{N}偷吃了他的辣条，要求城管处理",
            f"{P}有人在卖会飞的电动车",
            f"自己家鸡下了个方的蛋，要求电视台来采访",
            f"{P}楼顶有人要跳楼",
            f"{P}着火了，火可大",
            f"县城的太阳比昨天大了一圈，要求气象局解释",
            f"{P}地下有宝藏，要求政府派人来挖，分他一半",
            f"看到{rng.choice(LANDMARKS)}有外星人在跳广场舞",
            f"家里的猫被外星人绑架了",
        ]
    )
    end = rng.choice(
        [
            "（话务员追问具体位置，来电人笑着挂断）",
            "（经追问系编造）",
            "（明显是恶作剧）",
            "（背景有多人哄笑）",
            "（说完自己先笑了）",
            "，问其姓名地址，对方挂断。",
            "。来电人随后称是开玩笑的。",
            "（回拨核实，对方承认是闹着玩）",
            "（地址不存在）",
            "。",
        ]
    )
    v = rng.random()
    if v < 0.4:
        s = f"{tk.intro}：{body}{end}"
    elif v < 0.7:
        s = f"来电人称{body}{end}"
    else:
        s = f"{body}{end}"
    if rng.random() < 0.2:
        s += _note(tk, rng.choice(["虚假报警性质", "恶作剧", "不予派单", "疑似学生"]))
    return _polish(rng, tk, _htag(rng, tk, s.replace("。。", "。")))


def h_prank_nonsense(rng, c, i, t, tk, secs):
    m = _mins(secs)
    o = [
        f"来电人讲了一长段故事，说他爷爷当年在芦河边遇见过神仙……前后说了{m}分钟，问其诉求，说没有，就是讲讲",
        "来电人要求政府把月亮调亮一点，说晚上看不清路",
        "来电人要求12345帮他追女朋友",
        "来电人要求话务员帮他写作业",
        "来电人问明天彩票开什么号",
        "来电人要求把县城所有红绿灯都改成绿的，说等红灯浪费时间",
        "来电人称自己是穿越过来的，问今年是哪一年",
        f"来电人说梦见自己当了县长，要求兑现，说了{m}分钟",
        "来电人要求政府给他家的猫办户口、上医保",
        "来电人称要捐一个亿，让县长亲自开车来接",
        "来电人问能不能把芦河改成他的名字",
        f"来电人一直在讲他的发明（永动机），要求政府投资，讲了{m}分钟",
        "来电人要求话务员给他讲个笑话，不讲就投诉",
        "来电人问“12345是不是能办所有事”，然后要求给他变一百块钱",
        f"来电人东一句西一句，从三国讲到外星人，{m}分钟没一句正事",
        "来电人要求热线给他点一份外卖",
        "来电人问话务员能不能帮他算一卦",
    ]
    s = rng.choice(o) + _rep_note(rng, c, tk)
    if rng.random() < 0.25:
        s += _note(tk, rng.choice(["无实际诉求", "胡扯", "精神状态似乎正常", "不予受理", "已劝导"]))
    return _polish(rng, tk, _htag(rng, tk, s))


def h_child(rng, c, i, t, tk, secs):
    o = [
        "小孩打来的，说“我是奥特曼”",
        "儿童来电，乱喊乱叫，背景有大人呵斥",
        "小孩说要找喜羊羊",
        "孩子在电话里唱儿歌",
        "听声音是小学生，问“你是机器人吗”，背景有几个孩子笑",
        "小孩玩家长手机拨打，已提醒让家长接电话，挂断",
        "小孩说“我要举报我爸爸不给我买玩具”",
        "小朋友问作业题，说数学不会",
        "几个小孩轮流抢电话说话",
        "儿童声音，说完“略略略”就挂了",
        "小孩问“你是谁呀”，问他大人在不在，挂了",
        "小孩子咯咯笑，不说话",
        "小孩说“我妈妈让我打的”，问啥事，又说不是",
        "小孩报了个假地址，说家里着火了，然后笑着挂了",
        "儿童误拨/玩耍",
        "小孩放假在家乱打电话",
        f"{rng.choice(['男孩', '女孩', '小孩'])}声音，听着{rng.choice(['五六岁', '七八岁', '上小学的样子', '三四岁'])}，{rng.choice(['乱说一气', '一直喊“喂喂喂”', '说要找他奶奶', '问能不能帮他找奥特曼卡片', '说他家猫会唱歌'])}",
    ]
    s = rng.choice(o) + _hx(rng, secs) + _rep_note(rng, c, tk)
    if tk.short_h and rng.random() < 0.4:
        s = rng.choice(["小孩", "小孩玩电话", "儿童来电"])
    return _polish(rng, tk, _htag(rng, tk, s))


def h_line_test(rng, c, i, t, tk, secs):
    o = [
        "来电称试试电话能不能打通",
        "问“是不是真人”后挂断",
        "说测试一下，没事",
        "称新买的手机试试信号",
        "说“喂喂，能听见不，听见就中”然后挂断",
        "试线路",
        "测试",
        "来电人说看看12345晚上有没有人接",
        "问“是12345吧？中，没事”",
        "说是试试这个号是不是真的",
        "来电人称随便打的",
        f"来电人说{rng.choice(['刚换了卡', '手机摔了一下', '电话欠费刚交了', '换了个新号'])}，试试能不能打出去",
        f"问“{rng.choice(['你那能听见不', '是活人接不', '这电话通不通', '恁这是不是24小时'])}”，确认后挂断",
    ]
    s = rng.choice(o) + _hx(rng, secs) + _rep_note(rng, c, tk)
    return _polish(rng, tk, _htag(rng, tk, s))


def h_bet(rng, c, i, t, tk, secs):
    o = [
        "来电人称和朋友打赌，看12345是不是24小时有人接",
        "几个人喝酒打赌，输了的打热线说“我是猪”",
        "称跟同事打赌，赌话务员是男是女",
        "说打赌看能不能让话务员笑出来",
        "来电人说输了游戏，惩罚是给12345打电话",
        "背景一群人起哄，来电人说“我打了啊，你们看”，然后挂断",
        "年轻人来电，说在玩真心话大冒险",
        "说跟人赌了一箱啤酒，问话务员叫啥",
        "来电人让话务员说“我爱你”，说赌了五十块钱",
    ]
    s = rng.choice(o) + _hx(rng, secs) + _rep_note(rng, c, tk)
    return _polish(rng, tk, _htag(rng, tk, s))


def h_robocall(rng, c, i, t, tk, secs):
    ad = c.setdefault(
        "ad",
        rng.choice(
            [
                "低息贷款，最快当天放款",
                "您的信用卡额度可以提升",
                "装修季大促",
                "股票内部消息",
                "您的车险即将到期",
                "话费充值送好礼",
                "宽带升级优惠",
                "房产投资回报高",
                "医美特价",
                "网贷逾期处理",
                "加盟奶茶店",
                "养老床位预订",
                "您有一个快递无法派送",
            ]
        ),
    )
    o = [
        f"电话接通后是录音：“{ad}”",
        f"自动语音播报，推销{ad}",
        "机器人语音，问是否需要贷款",
        "AI语音客服推销，无法交流",
        f"录音播放“您好，这里是{rng.choice(['某某银行', '某某金融', '某某保险'])}客服……”",
        "疑似群呼系统来电，语音广告",
        "电脑语音",
        "录音广告",
        f"语音机器人，内容是{ad}，话务员挂机",
        "接通后是一段电子合成的声音，听着像广告",
        "自动外呼，推销电话",
    ]
    s = rng.choice(o) + _hx(rng, secs) + _rep_note(rng, c, tk)
    return _polish(rng, tk, _htag(rng, tk, s))


def h_fax_music(rng, c, i, t, tk, secs):
    o = [
        "传真信号音",
        "嘀——嘀——的声音，疑似传真机",
        "接通后只有音乐声，无人说话",
        "电话里一直在放豫剧，没人说话",
        "放的是广场舞音乐，叫了几声没人应",
        "电话里是电视广告声",
        "电话里一直在放佛经",
        "尖锐的嘀嘀声（传真）",
        "对方一直放歌",
        "只有电流声和嘟嘟声",
        "疑似传真来电",
        "有音乐无人声",
        "电话那头在放《朝阳沟》",
    ]
    s = rng.choice(o) + _hx(rng, secs) + _rep_note(rng, c, tk)
    return _polish(rng, tk, _htag(rng, tk, s))


def h_telemarket(rng, c, i, t, tk, secs):
    prod = c.setdefault(
        "prod",
        rng.choice(
            [
                "净水器",
                "墓地",
                "POS机",
                "商业保险",
                "网络推广服务",
                "化肥",
                "保健品",
                "办公用品",
                "企业贷款",
                "抖音代运营",
                "政务软件系统",
                "监控设备",
                "LED显示屏",
                "茶叶",
                "招商加盟项目",
            ]
        ),
    )
    o = [
        f"推销员来电推销{prod}，要找“单位负责采购的”",
        f"某公司销售问我们单位要不要{prod}",
        f"来电人推销{prod}，说是专门给政府单位做的",
        f"卖{prod}的，问能不能在热线上帮忙宣传",
        "某广告公司要求在12345热线等待音里插播广告",
        f"推销{prod}，告知这是政务热线不受理推销",
        f"销售电话（{prod}）",
        f"来电人称是{rng.choice(['北京', '郑州', '深圳', '上海'])}某科技公司的，推销{prod}，要领导电话",
        f"推销{prod}，话务员告知后对方仍继续介绍，挂机",
        "推销",
    ]
    s = rng.choice(o) + _hx(rng, secs) + _rep_note(rng, c, tk)
    return _polish(rng, tk, _htag(rng, tk, s))


def h_threat(rng, c, i, t, tk, secs):
    th = rng.choice(
        [
            "要把热线打爆",
            "知道话务员在哪上班，下班等着",
            "要去政府大楼放一把火",
            "说要炸了县政府",
            "要曝光话务员，让你干不成",
            "说会有人收拾你们",
            "要让接电话的“好看”",
            "说明天带人去砸了你们单位",
            "要找到话务员家里去",
            "说早晚弄死你们这些人",
        ]
    )
    o = [
        f"来电人扬言{th}，无具体诉求",
        f"威胁：{th}",
        f"男子来电称“{th}”，话务员询问事由，对方挂断",
        f"来电人情绪激动，称{th}，问他反映啥事，不说",
        f"来电人恐吓话务员，说{th}",
        f"匿名来电，称{th}，随即挂断",
    ]
    s = rng.choice(o) + _rep_note(rng, c, tk)
    s += _note(tk, rng.choice(["已上报值班长", "已同步公安", "录音已保存", "已报备", "建议报警处理", "已记录号码"]))
    return _polish(rng, tk, _htag(rng, tk, s))


VEX = [
    ("要求政府每月给他发{amt}元生活费，理由是“我是芦河县人”", "已多次解释无此政策"),
    ("反复问“你们这是12345吗”，答复后挂断", ""),
    ("要求查话务员的姓名和家庭住址", "已拒绝"),
    ("称{y}年丢了一辆自行车，要政府赔", "已多次答复"),
    ("要求县长亲自给他回电话，问什么事不说", "已解释"),
    ("反复问今天星期几、几点了", ""),
    ("要求给他安排工作，必须坐办公室、月薪两万以上", "已多次解释"),
    ("要求政府给他介绍对象", "已多次解释不属于受理范围"),
    ("说要反映重大问题，让话务员猜是啥", ""),
    ("要求热线给他的手机充话费", "已拒绝"),
    ("反复反映天上的飞机太吵，已多次解释系正常航线", ""),
    ("称邻居用“电波”监视他，要求拆邻居家路由器", "已多次解释"),
    ("问上次那个女话务员去哪了，要求找她接", ""),
    ("要求把话务员的录音发给他", "已拒绝"),
    ("称其{y}年的事（不说什么事）要个说法，追问具体事项不讲", "多次来电均如此"),
    ("反复要求话务员重复“为人民服务”五个字", ""),
    ("要求政府赔他买彩票输的钱", "已多次解释"),
]


def h_vexatious(rng, c, i, t, tk, secs):
    if i == 0:
        b, r = rng.choice(VEX)
        c["vex"] = (b.format(amt=rng.choice([3000, 5000, 10000, 20000]), y=rng.randint(1995, 2015)), r)
        c["base"] = rng.randint(5, 200)
    b, r = c["vex"]
    k = c["base"] + i
    o = [
        f"来电人又{b}。{r}" if r else f"来电人又{b}。",
        f"该来电人{b}，{r or '已答复'}（第{k}次）",
        f"同一来电人再次来电，内容同前：{b}",
        f"{b}，话务员按规范答复后挂机",
        f"老号码，又是{b}",
        f"来电人{b}，此号码长期反复来电，内容相同",
        f"内容同前（{b}）",
        f"来电人反复纠缠，{b}，占线{_mins(secs)}分钟",
    ]
    s = rng.choice(o) + _rep_note(rng, c, tk)
    if tk.short_h and rng.random() < 0.3:
        s = rng.choice(["同前", "内容同前", "老问题，重复来电", "又是他"])
    return _polish(rng, tk, _htag(rng, tk, s.replace("。。", "。")))


# ================================================================ kinds table
_SINGLE = (1.0, "single", {}, {})


def _gt(kind, share, hours="D", wd="work", dur=(170, 0.5, 40, 1200), event=False):
    return dict(
        kind=kind,
        share=share,
        hours=hours,
        wd=wd,
        dur=dur,
        event=event,
        phone=(0.83, 0.13, 0.04, 0.0),
        gen=g_topic(kind),
        pats=[
            (0.86, "single", {}, {}),
            (0.09, "spread", dict(n=(2, 2), within=(1, 6)), {}),
            (0.05, "burst", dict(k=(2, 2), gap=25), {}),
        ],
    )


H_SPECS = [
    dict(
        kind="silent",
        share=30,
        hours="F",
        wd="flat",
        phone=(0.55, 0.12, 0.28, 0.05),
        dur=(8, 0.9, 1, 120),
        gen=h_silent,
        pats=[
            (
                0.28,
                "days_burst",
                dict(days=(1, 4), span=(1, 6), k=(3, 14), gap=6),
                dict(sub="burst", hours="E", dur=(5, 0.6, 1, 40)),
            ),
            (
                0.22,
                "nightly",
                dict(n=(4, 22), jitter=35, skip=0.15),
                dict(sub="nightly", hours="N", dur=(24, 0.7, 2, 150)),
            ),
            (0.15, "periodic", dict(n=(3, 10), every=(2, 5), jitter=150), dict(sub="periodic", dur=(12, 0.8, 2, 90))),
            (0.35, "single", {}, dict(sub="single")),
        ],
    ),
    dict(
        kind="abuse_calltaker",
        share=10,
        hours="E",
        wd="flat",
        phone=(0.72, 0.1, 0.15, 0.03),
        dur=(30, 0.8, 3, 400),
        gen=h_abuse_calltaker,
        pats=[
            (0.6, "single", {}, {}),
            (0.18, "burst", dict(k=(2, 5), gap=5), {}),
            (0.12, "days_burst", dict(days=(2, 4), span=(3, 12), k=(1, 3), gap=8), {}),
            (0.1, "spread", dict(n=(2, 6), within=(5, 20)), {}),
        ],
    ),
    dict(
        kind="abuse_government",
        share=6,
        hours="E",
        wd="flat",
        phone=(0.75, 0.1, 0.12, 0.03),
        dur=(45, 0.8, 5, 600),
        gen=h_abuse_gov,
        pats=[
            (0.7, "single", {}, {}),
            (0.15, "burst", dict(k=(2, 3), gap=10), {}),
            (0.15, "spread", dict(n=(2, 5), within=(4, 20)), {}),
        ],
    ),
    dict(
        kind="night_chat",
        share=8,
        hours="N",
        wd="flat",
        phone=(0.7, 0.2, 0.1, 0.0),
        dur=(600, 0.7, 60, 3600),
        gen=h_night_chat,
        pats=[
            (0.38, "nightly", dict(n=(3, 20), jitter=50, skip=0.25), {}),
            (0.42, "single", {}, {}),
            (0.2, "periodic", dict(n=(2, 8), every=(2, 6), jitter=90), {}),
        ],
    ),
    dict(
        kind="flirt",
        share=5,
        hours="N",
        wd="flat",
        phone=(0.85, 0.03, 0.12, 0.0),
        dur=(150, 0.7, 15, 1200),
        gen=h_flirt,
        pats=[
            (0.3, "nightly", dict(n=(2, 10), jitter=60, skip=0.35), {}),
            (0.3, "burst", dict(k=(2, 6), gap=10), {}),
            (0.4, "single", {}, {}),
        ],
    ),
    dict(
        kind="drunk",
        share=4,
        hours="N",
        wd="weekend",
        phone=(0.85, 0.05, 0.1, 0.0),
        dur=(200, 0.8, 15, 1800),
        gen=h_drunk,
        pats=[(0.7, "single", {}, {}), (0.3, "burst", dict(k=(2, 4), gap=8), {})],
    ),
    dict(
        kind="prank_report",
        share=6,
        hours="C",
        wd="weekend",
        phone=(0.78, 0.07, 0.15, 0.0),
        dur=(60, 0.6, 10, 400),
        gen=h_prank_report,
        pats=[
            (0.7, "single", {}, {}),
            (0.2, "burst", dict(k=(2, 3), gap=4), {}),
            (0.1, "spread", dict(n=(2, 3), within=(1, 10)), {}),
        ],
    ),
    dict(
        kind="prank_nonsense",
        share=5,
        hours="F",
        wd="flat",
        phone=(0.78, 0.12, 0.1, 0.0),
        dur=(300, 0.7, 30, 2400),
        gen=h_prank_nonsense,
        pats=[(0.6, "single", {}, {}), (0.4, "periodic", dict(n=(2, 8), every=(1, 5), jitter=180), {})],
    ),
    dict(
        kind="child_play",
        share=4,
        hours="C",
        wd="weekend",
        phone=(0.8, 0.15, 0.05, 0.0),
        dur=(20, 0.7, 3, 200),
        gen=h_child,
        pats=[(0.6, "burst", dict(k=(1, 6), gap=2), {}), (0.4, "single", {}, {})],
    ),
    dict(
        kind="line_test",
        share=2,
        hours="F",
        wd="flat",
        phone=(0.8, 0.12, 0.08, 0.0),
        dur=(8, 0.5, 2, 40),
        gen=h_line_test,
        pats=[(0.7, "single", {}, {}), (0.3, "burst", dict(k=(2, 3), gap=3), {})],
    ),
    dict(
        kind="bet_dare",
        share=1,
        hours="N",
        wd="weekend",
        phone=(0.9, 0.0, 0.1, 0.0),
        dur=(25, 0.6, 5, 150),
        gen=h_bet,
        pats=[(0.6, "burst", dict(k=(1, 4), gap=1.5), {}), (0.4, "single", {}, {})],
    ),
    dict(
        kind="robocall",
        share=4,
        hours="O",
        wd="office",
        phone=(0.25, 0.05, 0.05, 0.65),
        dur=(30, 0.4, 8, 90),
        gen=h_robocall,
        pats=[
            (0.6, "single", {}, {}),
            (0.2, "burst", dict(k=(2, 4), gap=60), {}),
            (0.2, "daily_multi", dict(days=(2, 6), k=(1, 2)), {}),
        ],
    ),
    dict(
        kind="fax_music",
        share=3,
        hours="O",
        wd="office",
        phone=(0.2, 0.5, 0.05, 0.25),
        dur=(25, 0.6, 5, 180),
        gen=h_fax_music,
        pats=[
            (0.5, "burst", dict(k=(2, 8), gap=12), {}),
            (0.3, "single", {}, {}),
            (0.2, "daily_multi", dict(days=(2, 5), k=(1, 3)), {}),
        ],
    ),
    dict(
        kind="telemarketing",
        share=4,
        hours="O",
        wd="office",
        phone=(0.55, 0.05, 0.0, 0.4),
        dur=(70, 0.5, 15, 300),
        gen=h_telemarket,
        pats=[(0.7, "single", {}, {}), (0.3, "spread", dict(n=(2, 4), within=(2, 15)), {})],
    ),
    dict(
        kind="threat",
        share=2,
        hours="E",
        wd="flat",
        phone=(0.6, 0.1, 0.3, 0.0),
        dur=(60, 0.7, 10, 600),
        gen=h_threat,
        pats=[
            (0.6, "single", {}, {}),
            (0.3, "burst", dict(k=(2, 4), gap=6), {}),
            (0.1, "spread", dict(n=(2, 3), within=(2, 10)), {}),
        ],
    ),
    dict(
        kind="vexatious_repeat",
        share=6,
        hours="F",
        wd="flat",
        phone=(0.8, 0.17, 0.03, 0.0),
        dur=(90, 0.8, 5, 1200),
        gen=h_vexatious,
        pats=[
            (0.45, "daily_multi", dict(days=(3, 14), k=(1, 5)), {}),
            (0.3, "periodic", dict(n=(3, 10), every=(1, 4), jitter=120), {}),
            (0.25, "days_burst", dict(days=(1, 4), span=(3, 15), k=(2, 8), gap=15), {}),
        ],
    ),
]

G_SPECS = [
    dict(
        kind="consult",
        share=13,
        hours="D",
        wd="work",
        phone=(0.82, 0.13, 0.05, 0.0),
        dur=(70, 0.5, 12, 400),
        gen=g_consult,
        pats=[(0.95, "single", {}, {}), (0.05, "spread", dict(n=(2, 3), within=(1, 20)), {})],
    ),
    _gt("water_supply", 4, hours="M", event=True),
    _gt("power_supply", 4.5, hours="HOT", wd="flat", event=True),
    _gt("road_traffic", 4.5),
    _gt("social_insurance", 4),
    _gt("medical_insurance", 4),
    _gt("pension_subsidy", 3.5),
    _gt("education", 3.5),
    _gt("wage_arrears", 3.5, dur=(240, 0.5, 60, 1500)),
    _gt("land_dispute", 2.5, dur=(260, 0.5, 60, 1500)),
    _gt("housing_property", 3.5),
    _gt("noise", 3, hours="Z", wd="flat", dur=(120, 0.5, 30, 800)),
    _gt("pollution", 3, hours="E", wd="flat"),
    _gt("consumer_dispute", 3.5),
    _gt("epidemic_weather", 2, hours="F", wd="flat", event=True),
    _gt("public_transport", 2),
    _gt("hukou_id", 2),
    _gt("city_management", 3),
    _gt("agriculture", 2.5, hours="M"),
    _gt("medical_service", 1.5, hours="F"),
    _gt("telecom_express", 1.5),
    _gt("suggestion_praise", 1, dur=(100, 0.5, 20, 600)),
    dict(
        kind="angry_real",
        share=4,
        hours="D",
        wd="flat",
        phone=(0.85, 0.1, 0.05, 0.0),
        dur=(300, 0.5, 60, 1500),
        gen=g_angry,
        pats=[(0.75, "single", {}, {}), (0.25, "spread", dict(n=(2, 3), within=(1, 8)), {})],
    ),
    dict(
        kind="report_insult",
        share=2,
        hours="D",
        wd="flat",
        phone=(0.85, 0.1, 0.05, 0.0),
        dur=(220, 0.5, 40, 1200),
        gen=g_report_insult,
        pats=[(0.85, "single", {}, {}), (0.15, "spread", dict(n=(2, 2), within=(1, 5)), {})],
    ),
    dict(
        kind="followup",
        share=6,
        hours="D",
        wd="work",
        phone=(0.86, 0.1, 0.04, 0.0),
        dur=(110, 0.5, 20, 600),
        gen=g_followup,
        pats=[
            (0.45, "spread", dict(n=(2, 6), within=(3, 20)), {}),
            (0.25, "periodic", dict(n=(3, 8), every=(2, 4), jitter=240), {}),
            (0.1, "spread", dict(n=(2, 4), within=(2, 10)), dict(hours="N")),
            (0.2, "single", {}, {}),
        ],
    ),
    dict(
        kind="elderly_confused",
        share=2.5,
        hours="M",
        wd="flat",
        phone=(0.55, 0.4, 0.05, 0.0),
        dur=(420, 0.6, 60, 2400),
        gen=g_elderly,
        pats=[(0.7, "single", {}, {}), (0.3, "periodic", dict(n=(2, 6), every=(2, 6), jitter=180), {})],
    ),
    dict(
        kind="distress",
        share=0.8,
        hours="F",
        wd="flat",
        phone=(0.9, 0.05, 0.05, 0.0),
        dur=(480, 0.6, 90, 3000),
        gen=g_distress,
        pats=[_SINGLE],
    ),
    dict(
        kind="callback",
        share=1.5,
        hours="D",
        wd="work",
        phone=(0.85, 0.12, 0.03, 0.0),
        dur=(170, 0.5, 40, 1200),
        gen=g_callback,
        pats=[_SINGLE],
    ),
    dict(
        kind="dropped_call",
        share=2.5,
        hours="D",
        wd="flat",
        phone=(0.82, 0.1, 0.08, 0.0),
        dur=(12, 0.8, 1, 90),
        gen=g_dropped,
        pats=[_SINGLE],
    ),
    dict(
        kind="misdial",
        share=1.2,
        hours="D",
        wd="flat",
        phone=(0.75, 0.2, 0.05, 0.0),
        dur=(18, 0.5, 4, 90),
        gen=g_misdial,
        pats=[_SINGLE],
    ),
    dict(
        kind="petitioner",
        share=2,
        hours="D",
        wd="work",
        phone=(0.8, 0.2, 0.0, 0.0),
        dur=(420, 0.6, 60, 2400),
        gen=g_petitioner,
        pats=[
            (0.5, "daily_multi", dict(days=(10, 28), k=(1, 3)), {}),
            (0.5, "periodic", dict(n=(5, 12), every=(1, 3), jitter=200), {}),
        ],
    ),
    dict(
        kind="night_worker",
        share=2,
        hours="W",
        wd="flat",
        phone=(0.95, 0.02, 0.03, 0.0),
        dur=(200, 0.5, 40, 1200),
        gen=g_nightworker,
        pats=[(0.85, "single", {}, {}), (0.15, "nightly", dict(n=(2, 4), jitter=60, skip=0.4), {})],
    ),
]


# ================================================================ machinery
HOLIDAYS = {
    dt.date(2025, 1, 1),
    dt.date(2025, 1, 28),
    dt.date(2025, 1, 29),
    dt.date(2025, 1, 30),
    dt.date(2025, 1, 31),
    dt.date(2025, 2, 3),
    dt.date(2025, 2, 4),
    dt.date(2025, 4, 4),
    dt.date(2025, 5, 1),
    dt.date(2025, 5, 2),
    dt.date(2025, 5, 5),
    dt.date(2025, 5, 31),
    dt.date(2025, 6, 2),
    dt.date(2025, 10, 1),
    dt.date(2025, 10, 2),
    dt.date(2025, 10, 3),
    dt.date(2025, 10, 6),
    dt.date(2025, 10, 7),
    dt.date(2025, 10, 8),
}


class Clock:
    def __init__(self, rng, start, days):
        self.start, self.days = start, days
        self.end = start + dt.timedelta(days=days)
        self.dr = list(range(days))
        self.wd_cum = {}
        for k, w in WD.items():
            ws = []
            for d in self.dr:
                day = (start + dt.timedelta(days=d)).date()
                ws.append(w[6] if day in HOLIDAYS else w[day.weekday()])
            self.wd_cum[k] = _cum(ws)
        # one or two storm / heat days that pile up utility and weather calls
        self.event_days = sorted(rng.sample(self.dr, min(days, 1 + (days >= 14))))

    def day(self, rng, wd, event=False):
        if event and rng.random() < 0.35:
            return min(self.days - 1, rng.choice(self.event_days) + (rng.random() < 0.3))
        return rng.choices(self.dr, cum_weights=self.wd_cum[wd])[0]

    def at(self, rng, d, hcw):
        h = rng.choices(HOURS, cum_weights=hcw)[0]
        return self.start + dt.timedelta(days=d, seconds=h * 3600 + rng.randrange(3600))


def _times(rng, clk, pat, p, hcw, wd, event):
    out = []
    if pat == "single":
        out = [clk.at(rng, clk.day(rng, wd, event), hcw)]
    elif pat == "burst":
        t = clk.at(rng, clk.day(rng, wd, event), hcw)
        out = [t]
        for _ in range(rng.randint(*p["k"]) - 1):
            t = t + dt.timedelta(seconds=20 + rng.expovariate(1.0 / (p["gap"] * 60)))
            out.append(t)
    elif pat == "days_burst":
        d0 = clk.day(rng, wd)
        span = rng.randint(*p["span"])
        ds = sorted({d0 + rng.randint(0, span) for _ in range(rng.randint(*p["days"]))})
        for d in ds:
            t = clk.at(rng, d, hcw)
            out.append(t)
            for _ in range(rng.randint(*p["k"]) - 1):
                t = t + dt.timedelta(seconds=15 + rng.expovariate(1.0 / (p["gap"] * 60)))
                out.append(t)
    elif pat in ("nightly", "periodic"):
        d = clk.day(rng, wd)
        pref = rng.choices(HOURS, cum_weights=hcw)[0] * 3600 + rng.randrange(3600)
        for _ in range(rng.randint(*p["n"])):
            if pat == "nightly":
                while rng.random() < p["skip"]:
                    d += 1
            sec = pref + rng.gauss(0, p["jitter"] * 60)
            out.append(clk.start + dt.timedelta(days=d, seconds=sec))
            d += 1 if pat == "nightly" else rng.randint(*p["every"])
    elif pat == "daily_multi":
        d = clk.day(rng, wd)
        for _ in range(rng.randint(*p["days"])):
            if rng.random() < 0.8:
                for _ in range(rng.randint(*p["k"])):
                    out.append(clk.at(rng, d, hcw))
            d += 1
    elif pat == "spread":
        d0 = clk.day(rng, wd, event)
        w = rng.randint(*p["within"])
        for _ in range(rng.randint(*p["n"])):
            out.append(clk.at(rng, d0 + rng.randint(0, w), hcw))
    else:
        raise ValueError(pat)
    out = [t.replace(microsecond=0) for t in out if clk.start <= t < clk.end]
    out.sort()
    return out


MOB_PFX = [
    "130",
    "131",
    "132",
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
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "175",
    "176",
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
    "198",
    "199",
]
VIRT_PFX = ["170", "171", "162", "165", "167"]
REMOTE = [
    ("010", 8),
    ("021", 8),
    ("0371", 8),
    ("0755", 8),
    ("0370", 7),
    ("0551", 7),
    ("027", 8),
    ("020", 8),
    ("0571", 8),
    ("028", 8),
]


class Phones:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _uniq(self, f):
        while True:
            x = f()
            if x not in self.used:
                self.used.add(x)
                return x

    def mobile(self, pf=MOB_PFX):
        r = self.rng
        return self._uniq(lambda: r.choice(pf) + "%08d" % r.randrange(100000000))

    def landline(self):
        r = self.rng
        return self._uniq(lambda: "0394" + r.choice("2345678") + "%06d" % r.randrange(1000000))

    def remote(self):
        r = self.rng
        if r.random() < 0.5:
            return self.mobile(VIRT_PFX)
        code, n = r.choice(REMOTE)
        return self._uniq(lambda: code + r.choice("2345678") + "%0*d" % (n - 1, r.randrange(10 ** (n - 1))))

    def draw(self, mix):
        k = self.rng.choices((0, 1, 2, 3), mix)[0]
        return (self.mobile, self.landline, lambda: "", self.remote)[k]()


def _alloc(n, specs):
    tot = sum(s["share"] for s in specs)
    raw = [n * s["share"] / tot for s in specs]
    base = [int(x) for x in raw]
    rest = n - sum(base)
    order = sorted(range(len(specs)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return {s["kind"]: b for s, b in zip(specs, base)}


def _roster(rng, days, takers):
    ros = []
    for _ in range(days + 1):
        pool = takers[:]
        rng.shuffle(pool)
        ros.append([pool[0:2], pool[2:8], pool[8:12]])  # night 0-8, day 8-16, evening 16-24
    return ros


def _taker(rng, clk, ros, t):
    d = (t - clk.start).days
    sh = 0 if t.hour < 8 else (1 if t.hour < 16 else 2)
    return rng.choice(ros[d][sh])


def _new_caller(rng, phones, spec, reuse=None, reuse_p=0.0):
    if reuse and rng.random() < reuse_p:
        phone = rng.choice(reuse)
    else:
        phone = phones.draw(spec["phone"])
    tw, vil, vfull = _village(rng)
    return {
        "phone": phone,
        "who": _who(rng, old=spec["kind"] == "elderly_confused"),
        "town": tw,
        "vil": vil,
        "v": vfull,
        "u": _urban(rng),
        "rural": rng.random() < 0.55,
    }


def _gen_kind(rng, clk, ros, phones, spec, need, label, rows, reuse=None, reuse_p=0.0, pre_drop=None):
    callers = []
    made, guard = 0, 0
    pats = spec["pats"]
    pw = [p[0] for p in pats]
    while made < need and guard < need * 50 + 200:
        guard += 1
        c = _new_caller(rng, phones, spec, reuse, reuse_p)
        _, pat, par, ov = pats[rng.choices(range(len(pats)), pw)[0]]
        hcw = HP_CUM[ov.get("hours", spec["hours"])]
        ts = _times(rng, clk, pat, par, hcw, spec["wd"], spec.get("event", False))
        if not ts:
            continue
        ts = ts[: need - made]
        dur = ov.get("dur", spec["dur"])
        c["sub"], c["n"] = ov.get("sub", pat), len(ts)
        last_day, nth = None, 0
        for i, t in enumerate(ts):
            nth = nth + 1 if t.date() == last_day else 1
            last_day = t.date()
            c["idx"], c["nth_today"] = i, nth
            secs = _lognorm(rng, *dur)
            if pre_drop is not None:  # the broken call before a callback
                td = t - dt.timedelta(seconds=rng.randint(30, 900))
                if td >= clk.start:
                    tk = _taker(rng, clk, ros, td)
                    ds = _lognorm(rng, 10, 0.8, 1, 60)
                    rows.append(
                        {
                            "received_at": td,
                            "caller_phone": c["phone"],
                            "content": g_dropped(rng, c, 0, td, tk, ds),
                            "call_seconds": ds,
                            "label": "genuine",
                            "kind": "dropped_call",
                        }
                    )
                    pre_drop[0] += 1
            tk = _taker(rng, clk, ros, t)
            rows.append(
                {
                    "received_at": t,
                    "caller_phone": c["phone"],
                    "content": spec["gen"](rng, c, i, t, tk, secs),
                    "call_seconds": secs,
                    "label": label,
                    "kind": spec["kind"],
                }
            )
        made += len(ts)
        callers.append(c)
    return callers


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    rng = random.Random(seed)
    clk = Clock(rng, start, days)
    takers = [Taker(rng, f"工号{1001 + 7 * i}") for i in range(16)]
    ros = _roster(rng, days, takers)
    phones = Phones(rng)
    n_h = int(round(n_target * harassment_share))
    n_g = n_target - n_h
    alloc_h, alloc_g = _alloc(n_h, H_SPECS), _alloc(n_g, G_SPECS)
    rows = []
    h_callers = []
    for spec in H_SPECS:
        cs = _gen_kind(rng, clk, ros, phones, spec, alloc_h[spec["kind"]], "harassment", rows)
        h_callers.extend(cs)
    h_phones = [c["phone"] for c in h_callers if c["phone"]]
    g_phones = []
    petitioners = []
    pre = [0]
    for spec in G_SPECS:
        k = spec["kind"]
        need = alloc_g[k]
        if k == "dropped_call":
            need = max(0, need - pre[0])
        if k == "followup":  # the person who filed the original order calls again
            cs = _gen_kind(rng, clk, ros, phones, spec, need, "genuine", rows, g_phones, 0.3)
        elif k == "callback":
            cs = _gen_kind(rng, clk, ros, phones, spec, need, "genuine", rows, pre_drop=pre)
        else:  # now and then a nuisance number also has a real matter
            cs = _gen_kind(rng, clk, ros, phones, spec, need, "genuine", rows, h_phones, 0.012)
        g_phones.extend(c["phone"] for c in cs if c["phone"])
        if k == "petitioner":
            petitioners = cs
    # register of restricted numbers, compiled before the period
    restricted = []
    for c in h_callers:
        if not c["phone"]:
            continue
        p = 0.45 if c["n"] >= 3 else 0.07
        if c["sub"] in ("nightly", "daily_multi") or c.get("vex"):
            p = 0.6
        if rng.random() < p:
            restricted.append(c["phone"])
    for c in petitioners:
        if c["phone"] and rng.random() < 0.4:
            restricted.append(c["phone"])
    for _ in range(max(3, n_target // 2000)):  # old entries that are quiet this month
        restricted.append(phones.draw((0.8, 0.15, 0.0, 0.05)))
    rows.sort(key=lambda r: r["received_at"])
    return rows, set(restricted)


if __name__ == "__main__":
    import collections
    import sys
    import time

    for sd in (1, 2):
        t0 = time.time()
        rows, restricted = calls(seed=sd)
        el = time.time() - t0
        keys = {"received_at", "caller_phone", "content", "call_seconds", "label", "kind"}
        assert all(set(r) == keys for r in rows)
        nh = sum(r["label"] == "harassment" for r in rows)
        print(
            f"seed={sd} rows={len(rows)} harassment={nh} ({nh / len(rows):.2%}) "
            f"restricted={len(restricted)} time={el:.2f}s"
        )
        if sd == 1 or "-v" in sys.argv:
            by = collections.defaultdict(list)
            for r in rows:
                by[(r["label"], r["kind"])].append(r)
            for (lab, k), rs in sorted(by.items()):
                dist = len({r["content"] for r in rs})
                secs = sorted(r["call_seconds"] for r in rs)
                print(
                    f"  {lab:10s} {k:18s} n={len(rs):5d} distinct={dist:5d} "
                    f"med_s={secs[len(secs) // 2]:5d} phones={len({r['caller_phone'] for r in rs}):5d}"
                )
