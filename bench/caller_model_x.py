"""
caller_model_x — labelled synthetic calls to the 12345 government service hotline
(12345政府服务热线) of 峁川县, a fictional county of 北塬市 in northern Shaanxi (陕北).
Standard library only.

THE COUNTY
    峁川县 lies on the Loess Plateau: 峁 and 塬 (loess hills and tablelands), 沟 (gullies),
    cave dwellings (窑洞) in the villages, a county town along the 峁川河.  Economy: coal
    (石窑煤矿, 黑水沟煤矿, 峁川煤业二号井, 马家峁煤矿 …), semi-coke plants (鑫源兰炭厂 …),
    coal washeries, natural gas, and apples (orchards on the 塬, bagging in May–June, hail in
    summer, harvest and cold stores in Sept–Nov); also millet, jujube and sheep.
    Towns: 城关街道, 川口镇, 石窑镇, 枣林镇, 高家塬镇, 白土梁乡, 榆沟镇, 马家峁镇, 黑水沟镇,
    杏子川镇, each with its villages (刘家沟村, 贺家畔村, 王家坬村, 圪崂村, 白家硷村 …).
    County town streets 新华路, 东关大街, 滨河大道, 煤城路, 果乡路, 能源大道 …; estates 锦苑小区,
    煤城花园, 果乡佳苑, 供电局家属楼 …; area code 0912.  Dialect that call-takers keep or quote:
    甚, 这达/那达, 夜来, 年时, 后晌/前晌, 黑地, 婆姨, 娃娃, 解不下, 瓷锤, 灰锤, 二杆子, 毛鬼神,
    没成色, 额.  Seasons drive topics (heating Nov–Mar, hail / rainstorm / flood-dam risks Jun–Sep,
    school places Jun–Sep, medical-insurance payment Sep–Feb, apple money Sep–Nov, dust in spring);
    random storm days (summer) or cold snaps (winter) raise weather-related calls for a few days.

INTERFACE
    calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1)
        -> (rows, restricted)
    rows: list of dicts, sorted by time, exactly n_target of them, round(n_target*harassment_share)
    labelled "harassment":
        received_at   naive local datetime in [start, start+days)
        caller_phone  11-digit mobile, landline with area code (0912xxxxxxx local, 029/010/0755…
                      elsewhere), or "" when the number is withheld
        content       what the call-taker typed (Chinese), possibly "" (nothing typed)
        call_seconds  int
        label         "harassment" | "genuine"
        kind          call type, see below
    restricted: set of numbers already on the office's register of restricted numbers before the
    period: part of the nuisance callers (more likely the heavier repeaters), a few genuine persistent
    petitioners, and numbers on the register that do not call in this period.
    Deterministic for a given seed (one random.Random; no set iteration).  ~2 s for 50,000 rows.

    Content is written by 14 call-takers (T01–T14) working in four rotating teams over three shifts
    (08–16, 16–24, 00–08; two extra day staff on weekdays).  Each has habits: long formal
    ("来电人反映：…。诉求：…。"), mid formal ("市民来电反映…，希望…"), terse ("…停水 要求处理"),
    keyword ("【供水】…；…"), colloquial with dialect, named ("市民王先生反映…"), department note
    ("（转县住建局）"); own words for the caller (来电人/市民/群众/来电者/该市民/来), bracket style
    （）()【】[] or "备注：" tails, half-width commas, typos (反应, 以经, 述求, 处里 …), whether they
    leave silent calls blank, whether they quote abuse verbatim or summarise it, whether they mask
    swear words with *, and whether they tag nuisance calls (骚扰/无效来电/疑似骚扰 …).

KINDS (shares are of the nuisance rows and of the genuine rows respectively; seed=1, 50,000 rows)
  nuisance ("harassment"), 5 % of rows by default
    silent              30 %  nobody speaks; 1–240 s (per-number median 4–80 s); often left blank or a
                              short note in the taker's own words; patterns: once, bursts of 3–30 in
                              a day, several burst days, once a night at a fixed hour for 4–26 nights,
                              every 1.5–7 days; notes like "今天第5次" when repeated
    abuse_calltaker      9 %  insults to the call-taker, with or without swear words (contempt,
                              sarcasm, dialect insults), no matter; 3–420 s; evening/night-heavy;
                              some numbers repeat over days or nights
    abuse_government     6 %  contempt for / abuse of the government with no concrete matter; 8–900 s
    night_chat           9 %  drunk, lonely, flirting callers, personal questions to the call-taker;
                              30–3000 s; 21:00–04:00; lonely ones call night after night
    obscene              3 %  lewd talk, heavy breathing; late night; some repeat
    prank_false_report   5 %  made-up reports told like real ones (built from the same matters as genuine
                              complaints) or fake emergencies; most carry a taker's note
                              (核实无此事, 笑着挂断 …) but some do not
    prank_nonsense       4 %  long nonsense stories, absurd requests (分个婆姨, 月亮太亮 …); 40–2400 s
    child_play           6 %  children with a parent's phone, after school / weekends, bursts
    line_test            4 %  "试试通不通", calls for a bet; 2–120 s
    robocall             6 %  recorded ads, AI voice, fax tones, music; office hours; many withheld
    telemarketing        6 %  salespeople (POS机, 净水器, 短视频代运营 …), weekdays, other-city numbers
    threat               3 %  threats to the call-taker / office, sometimes escalated (已报备公安)
    vexatious_repeat     9 %  the same long-answered or empty matter again and again (daily, every
                              few days, bursts): "同前", "又来电，内容同前", "该号码本月第7次…"
  genuine
    complaint          25 %  matters of every kind (water, power, heating, gas, roads, coal trucks,
                              social & medical insurance, schools, wages owed, land, housing, noise,
                              pollution, consumer disputes, health/epidemic, weather, buses, pensions,
                              hukou, 低保, city management, rural projects, telecom, service windows);
                              90–1500 s, office-hours peak; some also complain about 骚扰电话 or
                              a phone with 没有声音 (words a filter may key on)
    report              5 %  举报 of pollution, illegal building, fake goods, 黑车 …
    request_help        8 %  help needed now (lost elderly, stuck car, cracked cave dwelling …)
    consult            13 %  policy questions with the answer given
    consult_short       9 %  one-line queries (a phone number, office hours); 8–200 s; rarely blank
    suggestion        1.5 %  suggestions
    praise              1 %  thanks / praise
    followup            7 %  reminders about an earlier order, 1–15 times over days, sometimes at night,
                              often quoting the order number (202506120635, 尾号0635 …); if the
                              original call fell in the period it appears as a "complaint" row
    repeat_complaint    3 %  the same ongoing noise/smoke complaint night after night (nightly pattern!)
    angry_genuine       5 %  cursing or insulting callers who do have a real matter
    reports_insult      3 %  caller reports what a neighbour / shop owner / official called them, with
                              or without quotes and with or without 骂
    elderly_confused    3 %  elderly, deaf, confused or lonely callers who still have a matter;
                              some call every few days, some from the village-committee landline
    distress            1 %  domestic violence, suicidal talk, emergencies, transferred to 110/120
    dropped_call      2.7 %  bad lines, dropped calls ("通话中断", "只听到一句…", sometimes blank);
                              often followed minutes later by the real call from the same number
    misdial             2 %  wrong number (wanted 120, 10086, 12315 …)
    callback          2.5 %  calling back after a missed return call / visit call
    petitioner        3.5 %  genuine persistent petitioners with a long unresolved matter (工伤认定,
                              征地补偿, 采空区搬迁 …), daily or every few days, 60–3000 s; some are on
                              the restricted register
    night_worker      2.5 %  miners, taxi drivers, street sweepers, nurses etc. calling at night with real
                              matters
    emergency_transfer  2 %  fires, drownings, accidents: passed on to 119/110/120/122
  A few numbers carry both labels: village-committee landlines shared by many callers, family phones
  that children also played with, and nuisance callers who once had a real matter.
"""

import bisect
import datetime as dt
import math
import random
import re

# ---------------------------------------------------------------------------
# gazetteer of the fictional county  峁川县 (北塬市)
# ---------------------------------------------------------------------------
TOWN_VILLAGES = {
    "城关街道": ["东关村", "西沟村", "南塬村", "上河村", "庙湾村"],
    "川口镇": ["刘家沟村", "贺家畔村", "前阳湾村", "后阳湾村", "川口村", "薛家河村"],
    "石窑镇": ["石窑村", "崖窑村", "王家坬村", "高庄村", "炭窑沟村"],
    "枣林镇": ["枣林坪村", "张家峁村", "柳树湾村", "红柳沟村", "杜家塌村"],
    "高家塬镇": ["高家塬村", "杏树塬村", "马莲塬村", "冯家岔村", "南沟村"],
    "白土梁乡": ["白土梁村", "圪崂村", "李家塌村", "乔岔村"],
    "榆沟镇": ["榆沟村", "呼家洼村", "霍家畔村", "寨子梁村", "大坪村"],
    "马家峁镇": ["马家峁村", "郝家湾村", "拓家川村", "圪台村"],
    "黑水沟镇": ["黑水沟村", "沙渠村", "艾家峁村", "惠家河村", "煤窑湾村"],
    "杏子川镇": ["杏子川村", "白家硷村", "常家沟村", "桃树塬村"],
}
TOWN_LIST = list(TOWN_VILLAGES)
RURAL_TOWNS = [t for t in TOWN_LIST if not t.endswith("街道")]
ESTATES = [
    "锦苑小区",
    "煤城花园",
    "果乡佳苑",
    "滨河湾小区",
    "塬上嘉园",
    "瑞丰苑",
    "阳光水岸",
    "新华家属院",
    "粮站家属院",
    "供电局家属楼",
    "教师新村",
    "龙凤园小区",
    "峁川人家",
    "东关一号院",
    "馨苑小区",
    "南塬新城",
    "世纪花园",
    "河畔明珠",
    "能源小区",
    "老农机厂家属院",
]
RESETTLE = ["东山移民安置点", "南塬搬迁安置小区", "川口镇集中安置点", "杏子川易地搬迁小区"]
STREETS = [
    "新华路",
    "东关大街",
    "南大街",
    "滨河大道",
    "煤城路",
    "果乡路",
    "能源大道",
    "迎宾大道",
    "文化巷",
    "钟楼巷",
    "北环路",
    "川口路",
    "塬上路",
    "二道街",
    "府前街",
    "西环路",
]
LANDMARKS = [
    "县政府",
    "钟楼",
    "人民广场",
    "汽车站",
    "东关大桥",
    "老农贸市场",
    "新区广场",
    "体育场",
    "县医院",
    "物流园",
    "苹果交易市场",
    "火车站",
    "二中",
    "邮政局",
    "新华书店",
    "中心加油站",
]
SQUARES = ["人民广场", "新区广场", "滨河公园", "钟楼广场", "体育场门口的空地"]
ROADS = [
    "峁榆公路",
    "川石路",
    "黑水沟运煤专线",
    "北环路",
    "东山隧道口那段路",
    "县城到石窑的县道",
    "杏子川到县城的乡道",
    "马家峁煤矿的进场路",
]
SCHOOLS = [
    "峁川中学",
    "县二中",
    "城关一小",
    "城关二小",
    "东关小学",
    "新区实验学校",
    "川口镇中心小学",
    "石窑九年制学校",
    "枣林镇中心小学",
    "高家塬初级中学",
]
KGS = ["县第一幼儿园", "小太阳幼儿园", "新区童乐幼儿园", "贝贝佳幼儿园", "川口镇中心幼儿园"]
HOSPS = [
    "县人民医院",
    "县中医院",
    "县妇幼保健院",
    "川口镇卫生院",
    "石窑镇卫生院",
    "新区社区卫生服务中心",
    "黑水沟镇卫生院",
]
MINES = ["石窑煤矿", "黑水沟煤矿", "峁川煤业二号井", "马家峁煤矿", "枣林坪煤矿", "榆沟露天矿"]
COMPANIES = ["峁川煤业", "县农机公司", "县化肥厂", "县供销社", "兴达物流", "金果果汁厂", "县运输公司"]
LANTAN = ["鑫源兰炭厂", "永兴兰炭厂", "黑水沟焦化厂", "宏昌兰炭"]
WASHERY = ["宏达洗煤厂", "川口洗煤厂", "顺通洗选厂"]
COLDST = ["塬丰果业冷库", "高家塬苹果冷库", "金塬果品库", "川口镇果库"]
BUILDERS = ["东盛建筑公司", "宏基房地产", "北塬三建", "鼎泰建设", "某外地建筑队"]
COOPS = ["塬丰苹果合作社", "杏子川小杂粮合作社", "金穗种植合作社", "某外地老板的公司"]
RIVERS = ["峁川河", "杏子河", "黑水沟河", "川口河"]
SHOPS = ["东关的万家福超市", "新区的一家便利店", "老农贸市场门口的小卖部", "川口镇上的超市", "南大街的惠民超市"]
FOODS = ["牛奶", "火腿肠", "方便面", "月饼", "饮料", "面包", "奶粉", "熟食"]
FOODS2 = ["羊肉", "猪肉", "苹果", "小米", "红枣", "土豆"]
GYMS = ["健身房", "理发店", "游泳馆", "英语培训班", "美容院", "洗车店"]
MARKETS = ["老农贸市场", "新区菜市场", "东关早市", "川口镇集上"]
RESTAURANTS = ["羊肉馆", "饸饹面馆", "烧烤店", "快餐店", "炖羊肉店", "凉皮店"]
HALLS = ["县政务服务中心", "不动产登记中心", "社保中心", "医保中心", "车管所"]
WINDOWS = ["社保", "医保", "不动产", "公积金", "户籍", "营业执照", "税务"]
CERTS = ["不动产证", "营业执照", "残疾证", "退休手续", "低保", "准生证明", "居住证"]
DEPTS2 = ["县医保中心", "县社保中心", "不动产登记中心", "县住建局", "城关派出所", "县热力公司", "县自来水公司"]
SURNAMES = [
    "刘",
    "王",
    "张",
    "李",
    "高",
    "贺",
    "马",
    "郝",
    "白",
    "杨",
    "冯",
    "霍",
    "惠",
    "薛",
    "拓",
    "乔",
    "呼",
    "艾",
    "常",
    "曹",
    "折",
    "崔",
    "任",
    "尚",
    "张",
    "王",
    "刘",
    "李",
]
RELS = ["母亲", "父亲", "老伴", "婆姨", "儿子", "女儿", "孙子", "丈母娘", "老父亲", "公公", "外孙女"]
SINCE = [
    "昨天",
    "昨天下午",
    "前天晚上",
    "前天",
    "今天早上",
    "大前天",
    "上礼拜五",
    "这个月初",
    "上个礼拜",
    "夜来黑地",
    "前两天",
    "三天前",
]
DURS = [
    "两天了",
    "三四天了",
    "一个礼拜了",
    "十来天了",
    "半个多月了",
    "一个多月了",
    "两三个月了",
    "快半年了",
    "一年多了",
    "好些天了",
]

# ---------------------------------------------------------------------------
# slot filling: "{est}{bld}停水" -> "锦苑小区3号楼停水"; one cache per case keeps
# the same estate / village across the short and the full description.
# ---------------------------------------------------------------------------
_SLOT_RE = re.compile(r"\{(\w+)\}")


def _s_town(r, c):
    if "town" not in c:
        c["town"] = r.choice(TOWN_LIST)
    return c["town"]


def _s_vil(r, c):
    town = c.get("town")
    if town is None:
        town = r.choice(RURAL_TOWNS) if r.random() < 0.9 else "城关街道"
        c["town"] = town
    v = r.choice(TOWN_VILLAGES[town])
    c["vil_s"] = v
    return town + v


def _s_towngov(r, c):
    t = _s_town(r, c)
    return t + ("办事处" if t.endswith("街道") else "政府")


def _s_near(r, c):
    x = r.random()
    if x < 0.45:
        return r.choice(LANDMARKS) + r.choice(["附近", "对面", "旁边", "往东一百来米", "往北那一段", "门口", "后面"])
    if x < 0.75:
        return r.choice(STREETS) + r.choice(["十字", "口上", "十字东北角", "路口"])
    return r.choice(ESTATES) + r.choice(["门口", "北门", "对面", "后面那条巷子"])


def _s_money(r, c):
    x = r.random()
    if x < 0.35:
        return f"{r.randint(3, 98) * 100}元"
    if x < 0.6:
        return f"{r.randint(1, 9)}万{r.randint(1, 9)}"
    if x < 0.8:
        return f"{r.randint(1, 30)}万多"
    return f"{r.randint(200, 4800)}块"


def _s_tel(r, c):
    return "0912-" + r.choice("5678") + "".join(r.choice("0123456789") for _ in range(6))


SLOTS = {
    "town": _s_town,
    "vil": _s_vil,
    "towngov": _s_towngov,
    "near": _s_near,
    "money": _s_money,
    "tel": _s_tel,
    "fee": lambda r, c: f"{r.choice([260, 300, 380, 450, 600, 800, 1200, 1500, 2400])}元",
    "fee2": lambda r, c: f"{r.choice([2800, 3500, 4200, 4800, 5600, 6800, 9000])}元",
    "bill": lambda r, c: f"{r.randint(18, 95) * 10}元",
    "vil_s": lambda r, c: (_s_vil(r, c), c["vil_s"])[1],
    "grp": lambda r, c: f"{r.randint(1, 9)}组",
    "est": lambda r, c: r.choice(ESTATES),
    "est2": lambda r, c: r.choice(RESETTLE),
    "bld": lambda r, c: f"{r.randint(1, 24)}号楼" + (f"{r.randint(1, 4)}单元" if r.random() < 0.5 else ""),
    "street": lambda r, c: r.choice(STREETS),
    "street2": lambda r, c: r.choice(STREETS),
    "road": lambda r, c: r.choice(ROADS),
    "since": lambda r, c: r.choice(SINCE),
    "dur": lambda r, c: r.choice(DURS),
    "n2": lambda r, c: r.choice(["两", "三", "四", "五", "六", "2", "3", "4", "5", "七", "八"]),
    "floor": lambda r, c: r.choice(["三", "四", "五", "5", "6", "七"]),
    "price": lambda r, c: r.choice(["5.8", "6.2", "6.5", "7", "5.5"]),
    "jin": lambda r, c: str(r.choice([800, 1200, 1500, 2000, 3000, 4000, 5600, 8000, 10000])),
    "wday": lambda r, c: str(r.choice([120, 130, 150, 160, 180, 200])),
    "age": lambda r, c: str(r.randint(52, 91)),
    "yr": lambda r, c: str(r.randint(1998, 2022)),
    "yr2": lambda r, c: r.choice(["去年", "前年", "年时", "今年开春", "今年三月份", "前年冬天"]),
    "mon": lambda r, c: f"{r.randint(1, 12)}月",
    "rel": lambda r, c: r.choice(RELS),
    "hosp": lambda r, c: r.choice(HOSPS),
    "school": lambda r, c: r.choice(SCHOOLS),
    "kg": lambda r, c: r.choice(KGS),
    "builder": lambda r, c: r.choice(BUILDERS),
    "lantan": lambda r, c: r.choice(LANTAN),
    "washery": lambda r, c: r.choice(WASHERY),
    "coldst": lambda r, c: r.choice(COLDST),
    "coop": lambda r, c: r.choice(COOPS),
    "river": lambda r, c: r.choice(RIVERS),
    "shop": lambda r, c: r.choice(SHOPS),
    "food": lambda r, c: r.choice(FOODS),
    "food2": lambda r, c: r.choice(FOODS2),
    "gym": lambda r, c: r.choice(GYMS),
    "market": lambda r, c: r.choice(MARKETS),
    "restaurant": lambda r, c: r.choice(RESTAURANTS),
    "sq": lambda r, c: r.choice(SQUARES),
    "late": lambda r, c: r.choice(["晚上十点多", "十一点了", "半夜", "十点半"]),
    "bus": lambda r, c: str(r.randint(1, 7)),
    "hall": lambda r, c: r.choice(HALLS),
    "win": lambda r, c: r.choice(WINDOWS),
    "cert": lambda r, c: r.choice(CERTS),
    "dept2": lambda r, c: r.choice(DEPTS2),
    "mine": lambda r, c: r.choice(MINES),
    "company": lambda r, c: r.choice(COMPANIES),
    "sur": lambda r, c: r.choice(SURNAMES) + r.choice(["某", "某", "某某", "先生", "女士", "师傅", "老汉", "大姐"]),
    "m": lambda r, c: str(r.randint(2, 15)),
}


def fill(r, tpl, c):
    if "{" not in tpl:
        return tpl

    def rep(mt):
        k = mt.group(1)
        v = c.get(k)
        if v is None:
            v = SLOTS[k](r, c)
            c[k] = v
        return v

    return _SLOT_RE.sub(rep, tpl)


# ---------------------------------------------------------------------------
# the matters residents call about:
# (topic, months-in-season or None, short, full description, demand, department)
# ---------------------------------------------------------------------------
TOPIC_CN = {
    "water": "供水",
    "power": "供电",
    "heat": "供暖",
    "gas": "燃气",
    "road": "道路交通",
    "sociali": "社保",
    "medins": "医保",
    "school": "教育",
    "wage": "欠薪",
    "land": "土地",
    "housing": "住房",
    "noise": "噪音",
    "pollution": "环境污染",
    "consumer": "消费维权",
    "health": "卫生健康",
    "weather": "气象灾害",
    "transport": "公共交通",
    "pension": "养老",
    "hukou": "户籍",
    "civil": "民政救助",
    "urban": "城市管理",
    "rural": "农业农村",
    "gov": "政务服务",
    "telecom": "通信",
}

ISSUES = [
    (
        "water",
        None,
        "{est}停水",
        "{est}{bld}从{since}开始停水，事先没有贴任何通知，家里做饭吃水都成问题",
        "尽快恢复供水，以后停水要提前通知",
        "县自来水公司",
    ),
    (
        "water",
        None,
        "{est}水压低",
        "{est}{bld}水压一直很低，{floor}楼往上基本不出水，{dur}",
        "查明原因解决水压问题",
        "县自来水公司",
    ),
    ("water", None, "{street}水管爆裂", "{street}{near}自来水管爆了，水淌了一马路", "尽快派人抢修", "县自来水公司"),
    (
        "water",
        None,
        "{est}自来水发黄有异味",
        "{est}的自来水发黄，有股怪味，烧开后壶底一层沉淀",
        "检测水质，给住户一个说法",
        "县水务局",
    ),
    (
        "water",
        None,
        "{vil}人饮工程不上水",
        "{vil}人饮工程的水{dur}没上来，村里人只能到沟底担水吃",
        "尽快修复人饮管道",
        "县水务局",
    ),
    (
        "water",
        (5, 6, 7, 8),
        "{vil}吃水困难",
        "今年天旱，{vil}{grp}吃水困难，水窖里的水快见底了，送水车{dur}没来",
        "安排送水车送水",
        "县水务局",
    ),
    (
        "water",
        None,
        "水费多收",
        "其家{est}{bld}本月水费{bill}，比平时多了好几倍，家里也没漏水",
        "核实水表，退还多收水费",
        "县自来水公司",
    ),
    (
        "water",
        (11, 12, 1, 2),
        "{est}水管冻裂",
        "天冷把{est}楼道里的水管冻裂了，整个单元没水",
        "尽快维修",
        "县自来水公司",
    ),
    (
        "power",
        None,
        "{vil}停电",
        "{vil}{since}停电到现在还没来，冰箱里的东西都放坏了，也没人说啥时候来电",
        "尽快恢复供电",
        "国网峁川供电公司",
    ),
    (
        "power",
        None,
        "{est}频繁停电",
        "{est}这一个月停了{n2}回电，一停就是大半天，家里老人用着制氧机",
        "查明原因，保障供电",
        "国网峁川供电公司",
    ),
    (
        "power",
        None,
        "{vil}电压低",
        "{vil}电压低得很，一到晚上灯都是暗的，空调水泵都带不起来",
        "给村里换个大变压器",
        "国网峁川供电公司",
    ),
    (
        "power",
        None,
        "{vil}电线杆倾斜",
        "{vil}{grp}路边的电线杆歪了，电线垂得很低，娃娃们上学从底下过，怕出事",
        "尽快派人处理安全隐患",
        "国网峁川供电公司",
    ),
    (
        "power",
        (4, 5, 6, 7, 8, 9),
        "果园机井用电",
        "{vil}果园机井的电一直接不上，苹果正需要浇水，报装{dur}没人来",
        "尽快给接电",
        "国网峁川供电公司",
    ),
    (
        "power",
        None,
        "电费异常",
        "其家电费上个月突然扣了{bill}，家里平常就一个冰箱一台电视",
        "核查电表，给个说法",
        "国网峁川供电公司",
    ),
    (
        "heat",
        (11, 12, 1, 2, 3),
        "{est}暖气不热",
        "{est}{bld}暖气一直不热，屋里只有十来度，老人娃娃都冻感冒了",
        "热力公司上门检查，确保室温达标",
        "县热力公司",
    ),
    (
        "heat",
        (9, 10, 11),
        "供暖费收费",
        "{est}物业要求先交供暖费才给开阀，一平米{price}元，问收费标准对不对",
        "核实收费标准",
        "县发改局",
    ),
    (
        "heat",
        (11, 12, 1, 2),
        "暖气漏水",
        "楼上暖气管道漏水，水顺着墙流到来电人家里，找物业推了{dur}",
        "协调物业和热力公司维修",
        "县热力公司",
    ),
    (
        "heat",
        (9, 10, 11, 12, 1, 2, 3),
        "煤改气补贴",
        "{vil}去年煤改气的补贴到现在还没发下来，村里问了几回都说等通知",
        "落实煤改气补贴",
        "县发改局",
    ),
    (
        "heat",
        (5, 6, 7, 8, 9),
        "供热管网施工",
        "{street}供热管网改造挖开{dur}，一直不回填，车进不去人也不好走",
        "督促施工单位加快进度",
        "县住建局",
    ),
    (
        "gas",
        None,
        "{est}有燃气味",
        "{est}{bld}楼道里从{since}就能闻到一股燃气味",
        "天然气公司马上派人排查",
        "峁川天然气公司",
    ),
    (
        "gas",
        None,
        "{est}天然气停气",
        "{est}天然气{since}停了，做不成饭，营业厅电话打不通",
        "尽快恢复供气",
        "峁川天然气公司",
    ),
    (
        "gas",
        None,
        "燃气入户费",
        "天然气公司给{vil}入户安装每户要收{fee2}，来电人认为收费过高",
        "核实收费是否合规",
        "县市场监管局",
    ),
    (
        "gas",
        None,
        "燃气表不走字",
        "其家燃气卡充了钱表上不显示，去营业厅说要换表还得自己出钱",
        "天然气公司给免费换表",
        "峁川天然气公司",
    ),
    (
        "road",
        None,
        "{street}路面坑洼",
        "{street}{near}路面烂了好几个大坑，晚上骑电动车的人摔了好几个",
        "尽快修补路面",
        "县住建局",
    ),
    (
        "road",
        None,
        "拉煤车撒煤",
        "{road}上拉煤的大车不盖篷布，一路撒煤，扬尘大，路边住户窗台上全是黑的",
        "交警、交通部门管一下拉煤车",
        "县交通运输局",
    ),
    (
        "road",
        None,
        "超载煤车夜间通行",
        "每天半夜{road}上过超载的拉煤车，声音大得睡不着，路也压坏了",
        "加强治超",
        "县交通运输局",
    ),
    (
        "road",
        None,
        "{street}路灯不亮",
        "{street}{near}一段路灯{dur}不亮，黑洞洞的，老人晚上出去不安全",
        "尽快修复路灯",
        "县城管局",
    ),
    (
        "road",
        None,
        "{vil}村道没硬化",
        "{vil}到镇上的村道到现在还是土路，一下雨就走不成，娃娃上学都是两脚泥",
        "把村道纳入硬化计划",
        "县交通运输局",
    ),
    (
        "road",
        (6, 7, 8, 9),
        "{vil}雨后塌方",
        "前两天下雨把{vil}{grp}的路冲塌了一截，车过不去",
        "尽快清理塌方修复道路",
        "县交通运输局",
    ),
    (
        "road",
        None,
        "施工不围挡",
        "{street}{near}有工地施工不设围挡，晚上也没警示灯，沟就挖在路边",
        "督促施工方设置围挡警示",
        "县住建局",
    ),
    (
        "road",
        None,
        "红绿灯故障",
        "{near}的红绿灯坏了{dur}，车和人抢着走，很危险",
        "交警尽快修复信号灯",
        "县公安局交警大队",
    ),
    ("road", None, "井盖丢失", "{street}{near}人行道上有个井盖没了，就拿一根树枝插着", "尽快补上井盖", "县城管局"),
    (
        "sociali",
        None,
        "养老保险补缴",
        "来电人{age}岁，以前在{company}干过，想补缴职工养老保险，社保中心说不符合条件",
        "解释补缴政策，能补的给补上",
        "县人社局",
    ),
    (
        "sociali",
        None,
        "社保卡激活",
        "社保卡办下来快{n2}个月了还是激活不了，去银行说找社保，去社保说找银行",
        "给个明确的办理流程",
        "县人社局",
    ),
    (
        "sociali",
        None,
        "失业金未到账",
        "来电人被{company}辞退，申领失业保险金{dur}还没到账",
        "核查失业金发放情况",
        "县人社局",
    ),
    ("sociali", None, "工伤认定", "来电人{yr}年在{mine}井下受伤，工伤认定一直没结果", "尽快做出工伤认定", "县人社局"),
    (
        "sociali",
        None,
        "灵活就业缴费",
        "来电人是灵活就业人员，今年社保在手机上交不进去，一直提示失败",
        "帮助解决缴费问题",
        "县税务局",
    ),
    (
        "medins",
        None,
        "医保报销",
        "其{rel}在{hosp}住院花了{money}，出院结算时说有一部分不能报，也没讲清楚为啥",
        "医保局核实报销是否合规",
        "县医保局",
    ),
    (
        "medins",
        None,
        "异地就医备案",
        "其{rel}要去西安看病，不会在手机上办异地就医备案，县医保中心电话一直占线",
        "指导办理异地就医备案",
        "县医保局",
    ),
    (
        "medins",
        (9, 10, 11, 12, 1, 2),
        "居民医保缴费",
        "今年城乡居民医保村上让交钱，交了以后手机上查不到缴费记录",
        "核实缴费是否成功",
        "县医保局",
    ),
    (
        "medins",
        None,
        "慢病卡办理",
        "其{rel}有高血压糖尿病，想办慢病卡，卫生院说材料不全，来回跑了{n2}趟",
        "简化手续，一次告知清楚",
        "县医保局",
    ),
    (
        "medins",
        None,
        "医院乱收费",
        "在{hosp}看病，收费单上有好几项没做的检查也收了钱",
        "核查收费，退还多收费用",
        "县卫健局",
    ),
    (
        "school",
        (6, 7, 8, 9),
        "入学划片",
        "其家住{est}，娃娃今年上一年级，按划片应该在{school}，学校说学位满了让去别处",
        "按划片安排入学",
        "县教育局",
    ),
    (
        "school",
        None,
        "校车超员",
        "{school}接送学生的车天天塞得满满的，一辆面包车坐了十几个娃娃",
        "严查校车超员",
        "县教育局",
    ),
    ("school", None, "学校乱收费", "{school}让每个学生交{fee}的资料费，也不给收据", "核查是否违规收费", "县教育局"),
    ("school", None, "营养餐质量", "{school}的营养餐牛奶有时候是临期的，娃娃喝了肚子疼", "检查营养餐质量", "县教育局"),
    (
        "school",
        (6, 7, 8),
        "暑期有偿补课",
        "{school}有老师暑假在家里办补习班，一个娃娃一个月收{fee}，不去的娃娃开学了受冷落",
        "查处在职教师有偿补课",
        "县教育局",
    ),
    ("school", None, "幼儿园不退费", "{kg}突然说不办了，预交的一学期保教费{fee2}不给退", "督促退费", "县教育局"),
    (
        "wage",
        None,
        "工地欠薪",
        "来电人{yr2}在{builder}承建的{est}工地干活，还欠{money}工钱，包工头电话不接",
        "帮助追讨工资",
        "县人社局",
    ),
    (
        "wage",
        None,
        "煤矿拖欠工资",
        "来电人在{mine}上班，工资已经{n2}个月没发了，一个班组几十个人都一样",
        "督促煤矿发放工资",
        "县人社局",
    ),
    (
        "wage",
        None,
        "兰炭厂欠薪",
        "来电人在{lantan}干了{n2}个月，厂子停产后老板跑了，欠{money}",
        "帮忙讨回工资",
        "县人社局",
    ),
    (
        "wage",
        (9, 10, 11, 12),
        "果库临工工钱",
        "来电人在{coldst}给人分拣装箱苹果，说好一天{wday}块，干完了不给钱",
        "协调支付劳务费",
        "县人社局",
    ),
    ("wage", None, "公益岗补贴", "来电人是{vil}的公益岗保洁员，{n2}个月的补贴没发", "核实发放", "县乡村振兴局"),
    (
        "land",
        None,
        "征地补偿",
        "{vil}{grp}修路征了来电人家{n2}亩地，补偿款到现在没给清",
        "尽快兑付补偿款",
        "县自然资源局",
    ),
    (
        "land",
        None,
        "宅基地纠纷",
        "来电人和邻居因宅基地边界闹矛盾，对方把院墙往来电人家这边多砌了{n2}尺",
        "村上和镇上出面调解",
        "{towngov}",
    ),
    ("land", None, "退耕还林补贴", "来电人家退耕还林的补贴今年没打到一卡通上", "核实补贴发放", "县林业局"),
    ("land", None, "土地流转款", "{vil}的地流转给{coop}，租金拖了{n2}年没给", "督促支付流转费", "县农业农村局"),
    (
        "land",
        None,
        "违法占用耕地",
        "{vil}有人在耕地上盖房子建厂，村里人反映了没人管",
        "查处违法占用耕地",
        "县自然资源局",
    ),
    (
        "housing",
        None,
        "房产证办不下来",
        "来电人{yr}年买的{est}的房子，到现在房产证还办不下来，开发商说手续有问题",
        "督促开发商办理不动产证",
        "县住建局",
    ),
    (
        "housing",
        None,
        "{est}楼顶漏水",
        "{est}{bld}顶楼漏水，物业推给开发商，开发商推给物业，{dur}",
        "协调维修",
        "县住建局",
    ),
    (
        "housing",
        None,
        "{est}物业不作为",
        "{est}物业收了物业费不干事，垃圾堆着没人收，单元门坏了也不修",
        "督促物业整改",
        "县住建局",
    ),
    ("housing", None, "烂尾楼", "来电人买的{est}二期的房子停工{n2}年了，首付交了房子没影", "尽快复工交房", "县住建局"),
    (
        "housing",
        (6, 7, 8, 9, 10),
        "窑洞裂缝",
        "下雨后{vil}来电人家住的老窑洞顶上裂了一道缝，往下掉土，家里老人不敢住",
        "派人鉴定，纳入危窑改造",
        "县住建局",
    ),
    (
        "housing",
        None,
        "公租房排队",
        "来电人申请公租房{dur}，一直说在排队，想问到底排到哪了",
        "公开排队情况",
        "县住建局",
    ),
    (
        "noise",
        (5, 6, 7, 8, 9),
        "广场舞扰民",
        "{sq}每天晚上跳广场舞，音响开得特别大，{late}还不散",
        "管一下音量和时间",
        "县城管局",
    ),
    (
        "noise",
        (5, 6, 7, 8, 9, 10),
        "{est}楼下烧烤噪音",
        "{est}楼下的烧烤摊每天晚上喝酒划拳到后半夜，油烟也往楼上窜",
        "整治烧烤摊噪音油烟",
        "县城管局",
    ),
    (
        "noise",
        None,
        "{est}装修噪音",
        "{est}{bld}有住户装修，早上七点不到就开始打钻，周末也不停",
        "规定施工时间",
        "县住建局",
    ),
    (
        "noise",
        None,
        "工地夜间施工",
        "{street}{near}的工地晚上加班浇筑，搅拌车、振捣棒响了一整夜",
        "查处夜间违规施工",
        "县住建局",
    ),
    ("noise", None, "KTV噪音", "{street}的一家KTV每天开到后半夜，门口喝醉的人吵吵闹闹", "管一下", "县公安局"),
    (
        "noise",
        None,
        "煤矿放炮",
        "{mine}放炮，{vil}的窑洞都震得往下掉土，老人睡不着觉",
        "停止放炮，给个说法",
        "县应急管理局",
    ),
    (
        "pollution",
        None,
        "兰炭厂冒黑烟",
        "{lantan}晚上偷着排黑烟，{vil}一股焦油味，晾的衣服都是黑的",
        "环保部门夜间突击检查",
        "县生态环境分局",
    ),
    (
        "pollution",
        None,
        "洗煤厂排废水",
        "{washery}的废水直接排到{river}里，河水都黑了",
        "查处违法排污",
        "县生态环境分局",
    ),
    ("pollution", None, "焚烧垃圾", "{vil}村口有人天天烧垃圾，塑料味呛得人喘不过气", "制止焚烧", "{towngov}"),
    ("pollution", None, "养殖场臭味", "{vil}附近的养猪场粪水乱排，一到热天臭得开不成窗", "督促整改", "县生态环境分局"),
    (
        "pollution",
        (3, 4, 5, 10),
        "工地扬尘",
        "{street}{near}的工地土方没苫盖，风一刮满街都是土",
        "督促覆盖降尘",
        "县住建局",
    ),
    (
        "consumer",
        None,
        "销售过期食品",
        "在{shop}买的{food}已经过期了，找老板老板不认账",
        "查处销售过期食品",
        "县市场监管局",
    ),
    (
        "consumer",
        None,
        "预付卡跑路",
        "在{street}的{gym}办了{fee2}的卡，现在关门了，老板联系不上",
        "帮助追回预付款",
        "县市场监管局",
    ),
    (
        "consumer",
        (3, 4, 5, 6),
        "疑似假化肥",
        "在{town}的农资店买的复合肥，用了以后苹果树叶子发黄，怀疑是假的",
        "检测化肥质量",
        "县市场监管局",
    ),
    (
        "consumer",
        (9, 10, 11),
        "苹果款被拖欠",
        "外地客商在{vil}收了来电人{jin}斤苹果，说回去打款，到现在没给，电话也打不通",
        "帮忙追讨苹果款",
        "县公安局",
    ),
    (
        "consumer",
        None,
        "电动车维修纠纷",
        "在{street}的电动车店修车，换了个电瓶说是新的，骑了半个月就不行了，店家不给换",
        "协调退换",
        "县市场监管局",
    ),
    ("consumer", None, "缺斤短两", "在{market}买{food2}，回家一称少了快一斤", "查一下这家的秤", "县市场监管局"),
    ("health", None, "狂犬疫苗缺货", "来电人被狗咬了，{hosp}说狂犬疫苗没货了，让去市上打", "保障疫苗供应", "县卫健局"),
    (
        "health",
        (5, 6, 7, 8),
        "幼儿园手足口",
        "{kg}好几个娃娃得了手足口，幼儿园还照常开，也不通知家长",
        "卫健部门检查处理",
        "县卫健局",
    ),
    (
        "health",
        (11, 12, 1, 2, 3),
        "流感就诊难",
        "最近娃娃们流感多，{hosp}儿科排队排到晚上，一个医生看不过来",
        "增派儿科医生",
        "县卫健局",
    ),
    (
        "health",
        None,
        "饭馆卫生差",
        "{street}的一家{restaurant}后厨脏得很，来电人吃了拉肚子",
        "检查饭馆卫生",
        "县市场监管局",
    ),
    ("health", None, "非法行医", "{vil}有人在家里给人输液打针，没有挂牌子", "查处非法行医", "县卫健局"),
    (
        "weather",
        (5, 6, 7, 8, 9),
        "冰雹苹果受灾",
        "{since}下冰雹，{vil}的苹果被打得稀烂，想问苹果保险咋理赔",
        "保险公司尽快定损理赔",
        "县农业农村局",
    ),
    (
        "weather",
        (6, 7, 8, 9),
        "{street}暴雨积水",
        "{street}{near}一下雨就积水，水能没过小腿，车都熄火了",
        "疏通排水管道",
        "县住建局",
    ),
    ("weather", (6, 7, 8, 9), "淤地坝隐患", "{vil}沟里的淤地坝有裂缝，怕下大雨冲垮了", "派人查看隐患", "县水务局"),
    ("weather", (12, 1, 2), "道路结冰", "下雪后{road}坡上结冰，好几辆车溜到沟边上了", "撒盐除冰", "县交通运输局"),
    (
        "weather",
        (3, 4, 5),
        "大风刮广告牌",
        "大风把{street}{near}的广告牌刮得摇摇晃晃，随时可能掉下来",
        "尽快拆除加固",
        "县城管局",
    ),
    (
        "weather",
        (6, 7, 8),
        "高温停工",
        "这几天三十七八度，{builder}工地中午也不停工，工人中暑了",
        "落实高温停工规定",
        "县人社局",
    ),
    (
        "transport",
        None,
        "乡镇班车",
        "县城到{town}的班车下午{n2}点以后就没有了，在县城看病的人回不去",
        "增加下午的班次",
        "县交通运输局",
    ),
    ("transport", None, "出租车拒载", "在{near}打车，出租车司机嫌近不拉，还要加价", "查处拒载", "县交通运输局"),
    ("transport", None, "黑车拉客", "{near}一直有黑车拉客去{town}，出了事谁管", "整治非法营运", "县交通运输局"),
    (
        "transport",
        None,
        "公交改线",
        "{bus}路公交改线后不经过{est}了，老人去医院得走半天",
        "恢复原线路或增设站点",
        "县交通运输局",
    ),
    (
        "transport",
        None,
        "公交司机开车猛",
        "{bus}路公交车司机开车猛，老人还没坐稳就起步，来电人{rel}差点摔倒",
        "加强司机管理",
        "县交通运输局",
    ),
    (
        "pension",
        None,
        "高龄补贴未发",
        "来电人{rel}今年过了80岁，高龄补贴申请了{dur}还没发",
        "核实高龄补贴发放",
        "县民政局",
    ),
    (
        "pension",
        None,
        "养老金认证",
        "来电人不会在手机上做养老金资格认证，村上也没人教，怕停发",
        "安排上门认证或告知办理方式",
        "县人社局",
    ),
    ("pension", None, "养老金停发", "来电人{rel}的养老金这个月突然停了，说是认证过期", "尽快恢复发放", "县人社局"),
    ("pension", None, "敬老院伙食", "{town}敬老院伙食差，老人说一个礼拜见不着一回肉", "民政部门检查", "县民政局"),
    (
        "hukou",
        None,
        "户口迁移",
        "来电人想把户口从{vil}迁到县城，派出所说要房产证，他家房子还没办下证",
        "给个可行的办法",
        "县公安局",
    ),
    (
        "hukou",
        None,
        "新生儿落户",
        "娃娃出生{n2}个月了，上户口时说出生证明上名字有错字，让回医院改，医院又说改不了",
        "协调解决落户",
        "县公安局",
    ),
    (
        "hukou",
        None,
        "身份证异地补办",
        "来电人在外地打工，身份证丢了，问能不能异地补办，县上说要回来办",
        "明确异地补办流程",
        "县公安局",
    ),
    (
        "civil",
        None,
        "低保被取消",
        "来电人家低保今年被取消了，村上说家里有车，其实那是儿子的旧三轮",
        "重新核实",
        "县民政局",
    ),
    ("civil", None, "低保评定不公", "{vil}评低保不公平，村干部的亲戚有楼有车都吃着低保", "调查处理", "县民政局"),
    ("civil", None, "残疾人补贴", "来电人{rel}是二级残疾，两项补贴{dur}没到账", "核实残疾人补贴", "县残联"),
    (
        "civil",
        None,
        "临时救助",
        "来电人{rel}得了重病，积蓄花光了，想申请临时救助不知道找谁",
        "告知申请渠道",
        "县民政局",
    ),
    ("urban", None, "占道经营", "{street}{near}卖菜卖水果的把人行道都占了，车也停不下", "整治占道经营", "县城管局"),
    ("urban", None, "流浪狗伤人", "{est}附近有好几只流浪狗，晚上追着人咬，娃娃不敢出门", "收容流浪狗", "县城管局"),
    ("urban", None, "{est}垃圾不清运", "{est}门口垃圾桶满了{n2}天没人拉，臭气熏天", "及时清运", "县城管局"),
    ("urban", None, "违章搭建", "{est}一楼住户把院子往外扩，搭了彩钢房", "拆除违建", "县城管局"),
    ("urban", None, "{est}门口乱停车", "{est}门口天天有车乱停，消防通道都堵了", "交警管理", "县公安局交警大队"),
    (
        "rural",
        None,
        "户厕改造后不能用",
        "{vil}前年改的厕所冬天一冻就用不成了，抽粪车也不来",
        "解决后续维护",
        "县农业农村局",
    ),
    (
        "rural",
        None,
        "安置房不办证",
        "来电人是移民搬迁户，搬到{est2}{n2}年了，房子一直没有产权证",
        "尽快办证",
        "县乡村振兴局",
    ),
    ("rural", None, "光伏收益不公开", "{vil}村上的光伏电站收益怎么分的从来不公开", "公开收益分配", "县乡村振兴局"),
    ("rural", (3, 4, 5, 6), "苹果苗补贴", "{vil}说好的苹果苗补贴没兑现", "落实补贴", "县农业农村局"),
    ("rural", (4, 5, 6), "果袋质量差", "村上统一订的苹果袋质量差，一套就破", "查一下果袋供货商", "县农业农村局"),
    ("rural", None, "村务不公开", "{vil}的账目几年不公开，村民想查账查不了", "镇上组织查账", "{towngov}"),
    (
        "consumer",
        None,
        "催收电话骚扰",
        "来电人被网贷催收公司天天打电话骚扰，还打给他家亲戚朋友，说话难听",
        "查处暴力催收",
        "县公安局",
    ),
    (
        "consumer",
        None,
        "推销电话骚扰",
        "来电人手机每天接到十几个推销电话，接起来是录音，不接就一直打",
        "管一下骚扰电话",
        "县通信管理部门",
    ),
    (
        "noise",
        None,
        "邻居半夜敲墙",
        "楼上邻居天天半夜敲墙跺地板，去说了还骂人，已经快半年了",
        "社区和派出所出面调解",
        "县公安局",
    ),
    (
        "telecom",
        None,
        "{vil}手机信号差",
        "{vil}手机信号差得很，打电话说两句就断，对方听不见声音",
        "移动公司在村里加建基站",
        "县工信局",
    ),
    ("telecom", None, "固话无声", "其家座机拿起来没有声音，打进来也听不见，报修{dur}没人来", "尽快维修", "电信公司"),
    ("telecom", None, "宽带断网", "{est}宽带{since}开始断网，娃娃上网课上不成", "尽快恢复", "电信公司"),
    ("telecom", None, "有线电视没信号", "{vil}的广电电视{dur}没信号，老人就靠看个电视", "尽快修复", "广电网络公司"),
    (
        "gov",
        None,
        "窗口态度差",
        "在{hall}{win}窗口办事，工作人员一直耍手机，多问几句就不耐烦",
        "批评教育窗口人员",
        "县行政审批局",
    ),
    ("gov", None, "办证跑多次", "办{cert}来回跑了{n2}趟，每次都说差一样材料", "一次性告知所需材料", "县行政审批局"),
    ("gov", None, "电话打不通", "{dept2}对外公布的电话{dur}都没人接", "保障电话畅通", "县政府办"),
]
REPORT_TOPICS = {"pollution", "urban", "health", "land", "transport", "consumer", "road"}
NIGHT_TOPICS = {"noise", "pollution"}


# ---------------------------------------------------------------------------
# call-takers (坐席): each has own writing habits.  They work in 4 rotating
# teams over three shifts (08-16, 16-24, 00-08); two extra day staff on weekdays.
# ---------------------------------------------------------------------------
def _ct(cid, **kw):
    base = dict(
        cid=cid,
        who=["来电人"],
        who2=["", "市民"],
        styles={"formal": 1},
        dw="诉求：",
        hope=["希望", "要求"],
        typo=0.02,
        comma="，",
        brk=("（", "）"),
        note_fmt="brk",
        note_p=0.3,
        end="。",
        dial=0.0,
        sil_empty=0.1,
        sil_own=["无声"],
        verbatim=0.5,
        mask=0.5,
        tag_p=0.3,
        tags=["无效来电"],
        acts=["已告知", "已解释"],
        quote=("“", "”"),
        ono="工单号",
        tsep="，",
    )
    base.update(kw)
    return base


CALLTAKERS = [
    _ct(
        "T01",
        styles={"formal": 6, "formal2": 2, "dept": 2},
        typo=0.005,
        note_p=0.3,
        sil_empty=0.03,
        sil_own=["来电接通后无人应答，按规范提示三次后挂机", "接通后无人讲话，话务员提示后挂机"],
        verbatim=0.5,
        mask=0.7,
        tag_p=0.35,
        acts=["已告知", "已做好解释工作", "已安抚"],
    ),
    _ct(
        "T02",
        who=["来电", "市民"],
        who2=["", "市民"],
        styles={"terse": 6, "kw": 1, "formal2": 2},
        dw="要求",
        typo=0.05,
        brk=("(", ")"),
        note_p=0.12,
        end="",
        sil_empty=0.55,
        sil_own=["无声", "空", "无人"],
        verbatim=0.25,
        mask=0.2,
        tag_p=0.5,
        tags=["骚扰", "骚扰电话"],
        acts=["已告知", "已告", "ok"],
        quote=("", ""),
        ono="单号",
        tsep=" ",
    ),
    _ct(
        "T03",
        who=["来电人", "打电话的人"],
        styles={"colloq": 5, "formal2": 3, "terse": 1},
        dw="希望",
        typo=0.07,
        note_fmt="dash",
        note_p=0.3,
        dial=0.5,
        sil_empty=0.1,
        sil_own=["接起来没人说话", "喂了半天没人吭声"],
        verbatim=0.7,
        mask=0.3,
        tag_p=0.15,
        tags=["瞎打的", "又是捣乱的"],
        acts=["跟他说了", "给解释了", "已经说清楚了"],
        quote=('"', '"'),
        ono="单子",
    ),
    _ct(
        "T04",
        who=["来电人", "市民"],
        styles={"formal2": 5, "formal": 2, "named": 2},
        typo=0.02,
        brk=("【", "】"),
        note_p=0.7,
        sil_empty=0.15,
        sil_own=["无声来电", "来电无人应答"],
        verbatim=0.5,
        mask=0.6,
        tag_p=0.4,
        tags=["骚扰来电", "疑似骚扰"],
        acts=["已告知", "已解释", "已记录"],
        ono="工单编号",
    ),
    _ct(
        "T05",
        styles={"formal2": 4, "terse": 3, "dept": 1},
        comma=",",
        brk=("(", ")"),
        end="",
        typo=0.04,
        sil_empty=0.3,
        sil_own=["无声", "来电无声音"],
        verbatim=0.4,
        tag_p=0.3,
        tags=["无效"],
        quote=('"', '"'),
        ono="工单",
        tsep=",",
    ),
    _ct(
        "T06",
        who=["群众", "该群众", "来电群众"],
        who2=["群众", ""],
        styles={"formal": 5, "formal2": 3},
        dw="要求：",
        typo=0.01,
        note_fmt="tail",
        note_p=0.25,
        sil_empty=0.05,
        sil_own=["群众来电后一直未讲话，话务员多次询问无回应，挂机"],
        verbatim=0.3,
        mask=0.9,
        tag_p=0.4,
        tags=["属无效来电", "系骚扰电话"],
        acts=["已向群众解释", "已告知群众", "已做好解释"],
    ),
    _ct(
        "T07",
        who=["来电者"],
        who2=["", "市民"],
        styles={"kw": 3, "formal": 3, "formal2": 2},
        dw="请求：",
        brk=("[", "]"),
        note_p=0.35,
        sil_empty=0.2,
        sil_own=["来电者未发声", "无应答"],
        verbatim=0.45,
        acts=["已答复", "已告知"],
        ono="编号",
        tsep="；",
    ),
    _ct(
        "T08",
        styles={"formal": 3, "kw": 2, "terse": 2, "formal2": 2},
        note_fmt="tail",
        typo=0.03,
        tsep="；",
        sil_empty=0.2,
        sil_own=["无声音", "接通无声"],
        verbatim=0.4,
        tag_p=0.25,
        tags=["无效来电", "骚扰"],
    ),
    _ct(
        "T09",
        who=["来电人", "来电"],
        styles={"terse": 4, "formal2": 3, "dept": 1},
        end="",
        typo=0.03,
        sil_empty=0.35,
        sil_own=["无声", "夜间无声来电", "无声，挂"],
        verbatim=0.3,
        mask=0.4,
        tag_p=0.6,
        tags=["骚扰", "无效来电", "夜间骚扰"],
        note_p=0.2,
        tsep=" ",
    ),
    _ct(
        "T10",
        styles={"formal": 5, "formal2": 2, "named": 1},
        typo=0.02,
        note_p=0.5,
        sil_empty=0.02,
        sil_own=[
            "接听后对方始终不说话，话务员询问多次无回应，{s}秒后对方挂断",
            "电话接通后能听到对方那边有动静，但一直不说话，话务员提示“您好，请讲”三遍后挂机",
        ],
        verbatim=0.8,
        mask=0.5,
        tag_p=0.2,
        acts=["已告知", "已耐心解释", "已安抚来电人情绪"],
    ),
    _ct(
        "T11",
        who=["来电人", "来电人", "来"],
        who2=[""],
        styles={"terse": 3, "formal": 2, "kw": 2},
        dw="诉：",
        typo=0.04,
        sil_empty=0.4,
        sil_own=["无声", "静"],
        end="",
        acts=["已告", "已释", "已转"],
        ono="单",
        tsep=" ",
    ),
    _ct(
        "T12",
        who=["该市民", "市民"],
        who2=["市民"],
        styles={"named": 4, "formal2": 3, "formal": 1},
        dw="希望",
        note_p=0.3,
        typo=0.02,
        sil_own=["来电无声", "接通后无人讲话"],
        acts=["已告知", "已向市民解释"],
    ),
    _ct(
        "T13",
        styles={"formal": 3, "dept": 3, "formal2": 2},
        note_fmt="tail",
        note_p=0.4,
        typo=0.01,
        sil_empty=0.08,
        sil_own=["来电无语音，挂机", "来电接通后无应答"],
        verbatim=0.55,
        tag_p=0.3,
    ),
    _ct(
        "T14",
        who=["来电人", "来电"],
        styles={"terse": 3, "colloq": 3, "formal2": 2},
        comma=",",
        typo=0.06,
        dial=0.3,
        end="",
        sil_empty=0.45,
        sil_own=["没声音", "没人说话", "无声"],
        verbatim=0.5,
        tag_p=0.35,
        tags=["骚扰", "乱打的"],
        quote=('"', '"'),
        tsep=",",
    ),
]
TEAMS = [[0, 1, 2], [3, 4, 5, 6], [7, 8, 9], [10, 11]]
DAY_EXTRA = [12, 13]

TYPOS = [
    ("反映", "反应"),
    ("已经", "以经"),
    ("再次", "在次"),
    ("安装", "按装"),
    ("部门", "部们"),
    ("处理", "处里"),
    ("咨询", "资询"),
    ("拖欠", "托欠"),
    ("暖气", "暖汽"),
    ("登记", "登纪"),
    ("一直", "一只"),
    ("账", "帐"),
    ("到现在", "倒现在"),
    ("不知道", "不只道"),
    ("工作人员", "工做人员"),
    ("已告知", "以告知"),
    ("挂断", "挂段"),
    ("诉求", "述求"),
    ("答复", "答付"),
    ("投诉", "投述"),
    ("情况", "情况况"),
    ("希望", "希往"),
    ("联系", "联习"),
    ("尽快", "进快"),
    ("的", "得"),
]
DIALECT = [
    ("什么", "甚"),
    ("这里", "这达"),
    ("那里", "那达"),
    ("昨天", "夜来"),
    ("去年", "年时"),
    ("下午", "后晌"),
    ("上午", "前晌"),
    ("晚上", "黑地"),
    ("孩子", "娃娃"),
    ("妻子", "婆姨"),
    ("不懂", "解不下"),
    ("很", "得很"),
]
_END_PUNCT = set('。！？）)】]」”"…；;～~')


def wc(r, d):
    ks = list(d)
    return r.choices(ks, weights=[d[k] for k in ks])[0]


def dialectize(r, s, p):
    if p <= 0:
        return s
    for a, b in DIALECT:
        if a in s and r.random() < p:
            s = s.replace(a, b, 1)
    return s


def fin(r, ct, s):
    """Apply a call-taker's surface habits: typos, commas, final punctuation."""
    if not s:
        return s
    s = s.replace("。。", "。").replace("，。", "。").replace("，，", "，").replace("。，", "，")
    for a, b in TYPOS:
        if a in s and r.random() < ct["typo"]:
            s = s.replace(a, b, 1)
    if ct["comma"] != "，":
        s = s.replace("，", ct["comma"])
        if r.random() < 0.6:
            s = s.replace("：", ":")
    e = ct["end"]
    if e and s[-1] not in _END_PUNCT and r.random() < 0.9:
        s += e
    elif not e and s[-1] == "。" and r.random() < 0.7:
        s = s[:-1]
    return s


def Q(r, ct, s):
    if r.random() < 0.15:
        return s
    a, b = ct["quote"]
    return a + s + b


def note(r, ct, s):
    f = ct["note_fmt"]
    if f == "brk":
        return ct["brk"][0] + s + ct["brk"][1]
    if f == "tail":
        return r.choice(["。备注：", "。注：", " 备注：", "；"]) + s
    return r.choice(["——", "--", "，"]) + s


def addn(r, ct, s, text):
    x = note(r, ct, text)
    if s and s[-1] in "。；;" and x[0] in "。；":
        x = x[1:]
    return s + x


def tag(r, ct, s):
    t = r.choice(ct["tags"])
    x = r.random()
    if x < 0.4:
        return s + ct["brk"][0] + t + ct["brk"][1]
    if x < 0.7:
        return s + "，" + t
    return t + "：" + s if s else t


def who(r, ct):
    return r.choice(ct["who"])


def who2(r, ct):
    return r.choice(ct["who2"])


def lognorm(r, med, sig, lo, hi):
    return int(round(min(hi, max(lo, med * math.exp(r.gauss(0.0, sig))))))


# ---------------------------------------------------------------------------
# time of day profiles (relative weight per hour 0..23) and day-of-week factors
# ---------------------------------------------------------------------------
HOURS = {
    "day": [0.8, 0.5, 0.3, 0.25, 0.3, 0.5, 1.5, 4, 9, 13, 13, 11, 7, 6, 8, 11, 11, 9, 7, 6, 5, 4, 3, 1.8],
    "eve": [3, 1.5, 0.8, 0.5, 0.4, 0.4, 0.6, 1, 2, 3, 3, 3, 3, 3, 3, 3.5, 4, 5, 6, 8, 9, 9, 8, 6],
    "late": [10, 9, 7, 5, 3, 1.5, 0.6, 0.3, 0.2, 0.2, 0.2, 0.2, 0.3, 0.3, 0.2, 0.2, 0.2, 0.3, 0.6, 1.5, 3, 5, 8, 10],
    "any": [2, 1.5, 1.2, 1, 1, 1.2, 2, 3, 4, 4.5, 4.5, 4, 3.5, 3.5, 4, 4, 4, 4, 4, 4, 4, 3.5, 3, 2.5],
    "office": [0, 0, 0, 0, 0, 0, 0, 0.2, 2, 8, 9, 7, 2, 1, 5, 8, 8, 6, 1, 0.3, 0, 0, 0, 0],
    "child": [0.1, 0, 0, 0, 0, 0, 0.1, 0.6, 1, 1.5, 1.5, 1.5, 3, 3, 1.5, 1.5, 3, 5, 6, 6, 5, 3, 1, 0.3],
    "nightwork": [8, 9, 8, 7, 6, 5, 3, 1.5, 0.8, 0.5, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.5, 0.6, 1, 2, 3, 5, 7],
}
WEEK = {
    "day": [1, 1, 1, 1, 0.95, 0.6, 0.5],
    "office": [1, 1, 1, 1, 1, 0.15, 0.08],
    "child": [1, 1, 1, 1, 1.1, 1.8, 1.8],
    "late": [0.9, 0.9, 0.9, 1, 1.2, 1.4, 1.1],
}
HOLIDAYS = {
    dt.date(2025, 1, 1),
    dt.date(2025, 5, 1),
    dt.date(2025, 5, 2),
    dt.date(2025, 5, 5),
    dt.date(2025, 5, 31),
    dt.date(2025, 6, 1),
    dt.date(2025, 6, 2),
    dt.date(2025, 4, 4),
    *[dt.date(2025, 1, 28) + dt.timedelta(days=i) for i in range(8)],
    *[dt.date(2025, 10, 1) + dt.timedelta(days=i) for i in range(8)],
    *[dt.date(2026, 2, 15) + dt.timedelta(days=i) for i in range(9)],
}


def _cum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


HCUM = {k: _cum(v) for k, v in HOURS.items()}

# ---------------------------------------------------------------------------
# generation context: clock, phone numbers, roster
# ---------------------------------------------------------------------------
MOBILE_PREFIX = [
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
    "153",
    "155",
    "157",
    "158",
    "159",
    "166",
    "170",
    "173",
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
    "147",
]
OTHER_AREA = ["029", "010", "021", "0755", "0571", "0371", "020", "0351", "0531", "0911"]
PHONE_MIX = {
    "genuine": {"mobile": 84, "local": 12, "other": 1.5, "withheld": 1},
    "nuis": {"mobile": 82, "local": 9, "other": 2, "withheld": 7},
    "silent": {"mobile": 74, "local": 13, "other": 3, "withheld": 10},
    "robot": {"mobile": 22, "other": 40, "withheld": 38},
    "sales": {"mobile": 42, "other": 55, "withheld": 3},
    "child": {"mobile": 85, "local": 15},
}


class Ctx:
    def __init__(self, r, start, days):
        self.r = r
        self.start = start
        self.days = days
        self.end = start + dt.timedelta(days=days)
        self.used = set()
        self.hpool = []  # numbers of nuisance callers (a few also call with real matters)
        self.fampool = []  # family phones children played with
        self.vilpool = [self._new("local") for _ in range(36)]  # village committee / shop landlines
        self.callers = []  # (phone, label, kind, rows, history_flag)
        self.seq = {}
        self.daycum = {}
        # weather events: a hailstorm / rainstorm in summer, a cold snap in winter
        self.events = {}
        for d in range(days):
            day = (start + dt.timedelta(days=d)).date()
            if day.month in (5, 6, 7, 8, 9) and r.random() < 0.06:
                for j in range(3):
                    self.events[day + dt.timedelta(days=j)] = "storm"
            elif day.month in (11, 12, 1, 2) and r.random() < 0.05:
                for j in range(4):
                    self.events[day + dt.timedelta(days=j)] = "cold"
        for prof in HOURS:
            wk = WEEK.get(prof, [1] * 7)
            ws = []
            for d in range(days):
                day = (start + dt.timedelta(days=d)).date()
                ws.append(wk[6] if day in HOLIDAYS else wk[day.weekday()])
            self.daycum[prof] = _cum(ws)

    def event_on(self, t):
        return self.events.get(t.date())

    # ---- phones
    def _new(self, kind):
        r = self.r
        while True:
            if kind == "mobile":
                p = r.choice(MOBILE_PREFIX) + "".join(r.choice("0123456789") for _ in range(8))
            elif kind == "local":
                p = "0912" + r.choice("5678") + "".join(r.choice("0123456789") for _ in range(6))
            else:
                a = r.choice(OTHER_AREA)
                n = 7 if a == "0911" else 8
                p = a + r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))
            if p not in self.used:
                self.used.add(p)
                return p

    def phone(self, mix="genuine"):
        k = wc(self.r, PHONE_MIX[mix])
        if k == "withheld":
            return ""
        return self._new(k)

    # ---- clock
    def pick(self, prof, day=None):
        r = self.r
        if day is None:
            cum = self.daycum[prof]
            day = bisect.bisect(cum, r.random() * cum[-1])
            day = min(day, self.days - 1)
        hc = HCUM[prof]
        h = min(23, bisect.bisect(hc, r.random() * hc[-1]))
        return self.start + dt.timedelta(days=day, hours=h, seconds=r.randrange(3600))

    def times(self, pat, prof="day", **kw):
        """Repetition patterns.  Returns sorted datetimes inside the window."""
        r = self.r
        ts = []
        if pat == "one":
            ts = [self.pick(prof)]
        elif pat == "few":
            ts = [self.pick(prof) for _ in range(kw.get("k") or r.randint(2, 4))]
        elif pat == "sameday":
            t = self.pick(prof)
            ts = [t]
            for _ in range(kw.get("k", 3) - 1):
                t = t + dt.timedelta(minutes=r.expovariate(1.0 / kw.get("gap", 10)) + 0.25)
                ts.append(t)
        elif pat == "burstdays":
            nd = min(kw.get("nd", 3), self.days)
            for d in sorted(r.sample(range(self.days), nd)):
                t = self.pick(prof, day=d)
                ts.append(t)
                for _ in range(r.randint(1, kw.get("kmax", 5)) - 1):
                    t = t + dt.timedelta(minutes=r.expovariate(1.0 / kw.get("gap", 8)) + 0.25)
                    ts.append(t)
        elif pat == "nightly":
            # one call a night around hour h (h >= 24 means after midnight), for m nights
            h, m = kw.get("h", 23.0), kw.get("m", 7)
            d0 = r.randrange(max(1, self.days - m + 3)) - 2
            for j in range(m):
                if r.random() < kw.get("skip", 0.1):
                    continue
                mins = h * 60 + r.gauss(0, kw.get("jit", 20))
                ts.append(self.start + dt.timedelta(days=d0 + j, minutes=mins, seconds=r.randrange(60)))
        elif pat == "everyfew":
            lo, hi = kw.get("lo", 2), kw.get("hi", 6)
            d = r.uniform(-hi, hi)
            while d < self.days:
                if d >= 0:
                    for _ in range(kw.get("per", 1) if r.random() < 0.7 else 1):
                        ts.append(self.pick(prof, day=int(d)))
                d += r.uniform(lo, hi)
        elif pat == "daily":
            d0 = r.randrange(self.days)
            d1 = min(self.days, d0 + kw.get("span", self.days))
            if kw.get("span", self.days) >= self.days:
                d0 = 0
            for d in range(d0, d1):
                if r.random() < kw.get("p", 0.8):
                    for _ in range(r.randint(1, kw.get("kmax", 2))):
                        ts.append(self.pick(prof, day=d))
        ts = [t for t in ts if self.start <= t < self.end]
        ts.sort()
        return ts

    # ---- roster
    def ct_at(self, t):
        h = t.hour
        shift = 0 if 8 <= h < 16 else (1 if h >= 16 else 2)
        d = (t.date() - self.start.date()).days - (1 if shift == 2 else 0)
        pool = list(TEAMS[(d * 3 + shift) % 4])
        if shift == 0 and t.weekday() < 5 and t.date() not in HOLIDAYS:
            pool += DAY_EXTRA
        return CALLTAKERS[self.r.choice(pool)]

    def order_no(self, day):
        k = day.strftime("%Y%m%d")
        self.seq[k] = self.seq.get(k, self.r.randint(1, 40)) + self.r.randint(1, 60)
        return f"{k}{self.seq[k]:04d}"


def row(t, phone, content, secs, label, kind):
    return {
        "received_at": t,
        "caller_phone": phone,
        "content": content,
        "call_seconds": int(secs),
        "label": label,
        "kind": kind,
    }


def day_key(t):
    # calls between 00:00 and 05:59 count with the previous evening ("tonight")
    return (t - dt.timedelta(hours=6)).date()


# ===========================================================================
# NUISANCE CALLS
# ===========================================================================
def reg(ctx, phone, label, kind, rows, hist_p):
    ctx.callers.append((phone, label, kind, len(rows), ctx.r.random() < hist_p))
    if label == "harassment" and phone and kind not in ("robocall", "telemarketing"):
        ctx.hpool.append(phone)
    return rows


# ---- silent ---------------------------------------------------------------
SIL_PRE = ["", "", "来电", "接通后", "电话接通，", "接起后", "接听后"]
SIL_CORE = [
    "无声",
    "无人说话",
    "没有声音",
    "对方不说话",
    "一直没人吭声",
    "听不到对方声音",
    "电话里只有杂音",
    "能听到电视声，无人应答",
    "有喘气声但不讲话",
    "只听见风呼呼的声音",
    "背景有车声，没人讲话",
    "喂了好几声没人应",
    "静音",
    "没人回话",
    "对方不出声",
    "只有嗡嗡的电流声",
    "听见那边有人走动但不说话",
]
SIL_END = [
    "",
    "后挂断",
    "，对方挂断",
    "，{s}秒后对方挂了",
    "，提示三遍后挂机",
    "，按流程挂断",
    "，等了一会自动断了",
    "，话务员挂机",
    "，未应答",
    "，对方先挂",
]
SIL_LONG = [
    "电话接通{mm}一直无声",
    "通话{mm}，对方始终不讲话",
    "对方一直不挂也不说话，{mm}后话务员挂机",
    "无声，线一直通着，约{mm}",
]
SIL_DAYNOTE = [
    "该号码今天第{k}次",
    "今天第{k}次了",
    "同一号码当天第{k}次无声来电",
    "又是这个号",
    "这个号今天打了好几次",
    "连着打进来",
    "刚挂了又打",
    "今日第{k}通",
]
SIL_NIGHTNOTE = ["这个号连续几晚都是这个点打来", "又是半夜这个号", "每晚都打，不说话", "第{k}个晚上了", "老时间老号码"]
SIL_MANYNOTE = ["该号码多次无声来电", "老号码了", "此号码经常打来不说话", "前几天也打过", "已多次无声来电"]


def c_silent(r, ct, secs, kday, ktot, pat, phone):
    if r.random() < ct["sil_empty"]:
        return ""
    if secs >= 60 and r.random() < 0.35:
        mm = (
            f"{secs // 60}分{secs % 60}秒"
            if r.random() < 0.5
            else ("一分多钟" if secs < 120 else f"{secs // 60}分多钟")
        )
        s = r.choice(SIL_LONG).replace("{mm}", mm)
    elif r.random() < 0.55:
        s = r.choice(ct["sil_own"]).replace("{s}", str(secs))
    else:
        s = r.choice(SIL_PRE) + r.choice(SIL_CORE) + r.choice(SIL_END).replace("{s}", str(secs))
    n = None
    if kday >= 2 and r.random() < 0.5:
        n = r.choice(SIL_DAYNOTE).replace("{k}", str(kday))
    elif pat == "nightly" and ktot >= 3 and r.random() < 0.45:
        n = r.choice(SIL_NIGHTNOTE).replace("{k}", str(ktot))
    elif ktot >= 3 and r.random() < 0.3:
        n = r.choice(SIL_MANYNOTE)
    elif not phone and r.random() < 0.3:
        n = r.choice(["无来电显示", "号码隐藏", "未显示号码"])
    if n:
        s = addn(r, ct, s, n)
    if r.random() < ct["tag_p"] * 0.4:
        s = tag(r, ct, s)
    return fin(r, ct, s)


def g_silent(ctx):
    r = ctx.r
    phone = ctx.phone("silent")
    pat = wc(r, {"one": 30, "sameday": 18, "burstdays": 10, "nightly": 17, "everyfew": 17, "few": 8})
    med = r.choice([4, 6, 9, 14, 22, 35, 55, 80])
    sig = r.choice([0.3, 0.5, 0.8])
    if pat == "one":
        ts = ctx.times("one", "any")
    elif pat == "sameday":
        ts = ctx.times(
            "sameday", r.choice(["any", "day", "late"]), k=r.randint(3, 30), gap=r.choice([1.5, 4, 10, 30, 60])
        )
    elif pat == "burstdays":
        ts = ctx.times("burstdays", "any", nd=r.randint(2, 7), kmax=r.randint(2, 12), gap=r.choice([2, 6, 20]))
    elif pat == "nightly":
        ts = ctx.times(
            "nightly",
            h=r.choice([21.5, 22.5, 23.2, 24.1, 25, 26, 27, 28]),
            m=r.randint(4, 26),
            skip=r.choice([0, 0.1, 0.3]),
            jit=r.choice([10, 25, 50]),
        )
    elif pat == "everyfew":
        ts = ctx.times("everyfew", r.choice(["any", "day", "eve"]), lo=1.5, hi=r.choice([3, 5, 7]))
    else:
        ts = ctx.times("few", "any", k=r.randint(2, 5))
    rows, daycount = [], {}
    for i, t in enumerate(ts):
        k = day_key(t)
        daycount[k] = daycount.get(k, 0) + 1
        secs = lognorm(r, med, sig, 1, 240)
        ct = ctx.ct_at(t)
        rows.append(row(t, phone, c_silent(r, ct, secs, daycount[k], i + 1, pat, phone), secs, "harassment", "silent"))
    return reg(ctx, phone, "harassment", "silent", rows, 0.02 if len(rows) < 3 else (0.15 if len(rows) < 8 else 0.5))


# ---- abuse of the call-taker ---------------------------------------------
ABUSE_PLAIN = [
    "你们接电话的就是个摆设",
    "就你这水平还接电话，回家放羊去",
    "跟你说话还不如跟墙说",
    "听你说话跟个木头一样",
    "你脑子是不是不够数",
    "你个瓷锤，啥也解不下",
    "灰锤一个",
    "你这个二杆子",
    "没成色的东西",
    "你说话跟念经一样，烦死了",
    "机器人都比你强",
    "你这号人就该开除",
    "你识字不识字",
    "你爹妈没教你咋说人话",
    "啥也不是",
    "就会说记下了记下了，跟复读机一样",
    "你装甚大尾巴狼",
    "看把你能的，坐那达就当自己是官了",
    "死眉烂眼的，说话有气无力",
    "你一个月拿多少钱就干这点事",
    "你们那达是不是没人了，找你这么个人接电话",
    "我跟你说不着，叫个能说话的来",
    "笑死人了，这还叫服务热线",
    "你这声音难听得很",
    "毛鬼神一样的东西",
    "你长没长耳朵",
    "回去再念两年书吧",
    "你们这些人，白吃饭",
    "你算个甚东西",
    "一听就是走后门进去的",
    "你那脑子是摆设吧",
    "你们就是一帮饭桶",
    "瞅你那点出息",
    "跟你们说话就是对牛弹琴",
    "你这号人我见多了，没一个顶用的",
    "你们热线的人都是聋子哑巴",
    "你再给我打官腔试试",
    "说了半天你听懂了没有？猪都听懂了",
    "你这服务态度，狗都嫌",
]
SWEARS = [
    "狗日的",
    "日你妈",
    "驴日的",
    "你妈的",
    "滚你妈的",
    "傻X",
    "操你妈",
    "王八蛋",
    "去你妈的",
    "你个贱人",
    "SB",
    "日你先人",
    "你个狗东西",
    "妈了个巴子",
    "滚",
    "死去吧你",
    "草泥马",
]
ABUSE_SUMM_SW = [
    "满嘴脏话",
    "辱骂话务员",
    "说脏话骂人",
    "骂话务员及其家人",
    "出言不逊",
    "用脏话骂话务员",
    "骂了一通",
    "一直骂人",
    "破口大骂",
]
ABUSE_SUMM_PL = [
    "对话务员冷嘲热讽",
    "说话务员是{x}",
    "贬低话务员",
    "言语侮辱话务员",
    "阴阳怪气地挖苦话务员",
    "用方言骂人",
    "对话务员进行人身攻击",
    "讽刺挖苦",
    "说话很难听",
]
ABUSE_OPEN = [
    "",
    "",
    "接通就骂，",
    "电话一接通，",
    "话务员问有什么可以帮您，",
    "没有任何诉求，",
    "来电人喝了酒，",
    "男性来电，",
    "女性来电，",
    "问其反映什么问题，",
    "一开口就骂，",
    "听声音是中年男子，",
]
NOMATTER = [
    "",
    "",
    "，无具体诉求",
    "，无实际诉求",
    "，问有何事不答",
    "，未反映任何问题",
    "，不说事只骂人",
    "，啥事也不说",
]
ABUSE_END = [
    "后挂断",
    "",
    "，挂机",
    "，话务员提醒文明用语后对方挂断",
    "，警告后仍继续，挂机",
    "，已录音",
    "，劝说无效",
    "，骂完就挂",
    "，话务员按规范结束通话",
]


def mask_sw(r, s):
    for sw in SWEARS:
        if sw in s and len(sw) > 1:
            k = 1 if r.random() < 0.6 else len(sw) - 1
            s = s.replace(sw, sw[:k] + "*" * (len(sw) - k))
    return s


def abuse_line(r, swear, dial):
    if swear:
        sw = r.choice(SWEARS)
        x = r.random()
        line = (
            sw if x < 0.35 else (sw + "，" + r.choice(ABUSE_PLAIN) if x < 0.75 else r.choice(ABUSE_PLAIN) + "，" + sw)
        )
    else:
        line = r.choice(ABUSE_PLAIN)
        if r.random() < 0.25:
            line += "，" + r.choice(ABUSE_PLAIN)
    return dialectize(r, line, dial)


def c_abuse_ct(r, ct, swear_p, i):
    swear = r.random() < swear_p
    w = r.choice([who(r, ct), "对方", "来电人", "男子", "女子"])
    if r.random() < ct["verbatim"]:
        line = abuse_line(r, swear, ct["dial"] + 0.2)
        if swear and r.random() < ct["mask"]:
            line = mask_sw(r, line)
        form = r.choice(
            [
                "{o}{w}称{q}{n}{e}",
                "{o}{q}{n}{e}",
                "{o}{w}说{l}{n}{e}",
                "{w}：{q}{e}",
                "{o}骂话务员{q}{e}",
                "{o}{w}反复说{q}{n}{e}",
            ]
        )
        s = form.format(
            o=r.choice(ABUSE_OPEN), w=w, q=Q(r, ct, line), l=line, n=r.choice(NOMATTER), e=r.choice(ABUSE_END)
        )
    else:
        summ = r.choice(ABUSE_SUMM_SW if swear else ABUSE_SUMM_PL).replace(
            "{x}", r.choice(["瓷锤", "饭桶", "摆设", "机器人", "聋子", "吃干饭的"])
        )
        s = r.choice(ABUSE_OPEN) + summ + r.choice(NOMATTER) + r.choice(ABUSE_END)
        if r.random() < 0.15:
            s = r.choice(["骂人", "辱骂", "骂人，无事", "辱骂坐席", "说脏话"])
    if i >= 2 and r.random() < 0.3:
        s = addn(r, ct, s, r.choice(["今天第二次了", "该号码之前也骂过人", "又是这个人", "老来骂人的号"]))
    if r.random() < ct["tag_p"]:
        s = tag(r, ct, s)
    return fin(r, ct, s)


def g_abuse_calltaker(ctx):
    r = ctx.r
    phone = ctx.phone("nuis")
    pat = wc(r, {"one": 50, "few": 18, "sameday": 15, "everyfew": 10, "nightly": 7})
    prof = r.choice(["any", "eve", "late", "day"])
    if pat == "sameday":
        ts = ctx.times(pat, prof, k=r.randint(2, 8), gap=r.choice([1, 3, 15]))
    elif pat == "nightly":
        ts = ctx.times(pat, h=r.choice([22, 23.5, 25, 26]), m=r.randint(3, 10), skip=0.3, jit=40)
    elif pat == "everyfew":
        ts = ctx.times(pat, prof, lo=2, hi=8)
    else:
        ts = ctx.times(pat, prof)
    swear_p = r.choice([0.0, 0.0, 0.2, 0.6, 0.9])
    med = r.choice([15, 30, 60])
    rows = []
    for i, t in enumerate(ts):
        secs = lognorm(r, med, 0.7, 3, 420)
        rows.append(row(t, phone, c_abuse_ct(r, ctx.ct_at(t), swear_p, i + 1), secs, "harassment", "abuse_calltaker"))
    return reg(ctx, phone, "harassment", "abuse_calltaker", rows, 0.05 if len(rows) < 3 else 0.4)


# ---- contempt for / abuse of the government, no matter -------------------
GOV_LINES = [
    "政府就是糊弄老百姓的",
    "县上那些当官的一天光知道开会喝酒",
    "你们12345就是个摆设，打了也白打",
    "养你们这帮闲人有甚用",
    "一帮吃干饭的",
    "衙门作风，老百姓的死活没人管",
    "政府还不如村里一个老汉顶事",
    "你们这就是花架子，拍照片给上面看的",
    "我交的税都养了你们这些闲人",
    "天天说为人民服务，服务个寂寞",
    "你们这些人眼睛长在头顶上",
    "这个县就是让你们这帮人弄坏的",
    "啥政府，就是个收钱的地方",
    "你们就会踢皮球",
    "有本事把我抓了",
    "当官的都是一个鼻孔出气",
    "你们那一套我早就看透了",
    "说得比唱得好听，屁事不办",
    "一个个肚子吃得圆滚滚的",
    "哟，政府热线啊，真是辛苦你们了，辛苦得连个事都办不了",
    "你们还知道有老百姓啊",
    "干部下乡就是坐车转一圈吃顿羊肉",
    "你们政府的话能信，母猪都能上树",
    "狗日的政府",
    "这些当官的都不是人",
    "政府的人都死绝了？",
    "县上就是个养老院",
    "你们就是摆样子给上面看的，老百姓都知道",
]
GOV_FORMS = [
    "来电人无具体诉求，对政府工作{v}，称{q}",
    "{w}说{l}，问其有什么问题反映又不说",
    "发牢骚，骂政府，无实质内容",
    "称{q}，话务员询问具体事项，来电人说“没事，就是想说说”后挂断",
    "对县委县政府进行攻击谩骂，无诉求",
    "{w}情绪激动地说{q}，未反映具体问题{e}",
    "{w}一直说{l}，引导其说明诉求无果{e}",
    "泛泛指责政府，{q}，无具体事项",
    "说{l}。再问就挂了",
    "{q}——无诉求",
    "来电对干部作风{v}，无具体人和事{e}",
]


def c_abuse_gov(r, ct, i):
    line = dialectize(r, r.choice(GOV_LINES), ct["dial"] + 0.1)
    if r.random() < 0.3:
        line += "，" + r.choice(GOV_LINES)
    if r.random() < ct["mask"]:
        line = mask_sw(r, line)
    s = r.choice(GOV_FORMS).format(
        v=r.choice(["发泄不满", "进行谩骂", "冷嘲热讽", "说怪话", "乱加指责"]),
        q=Q(r, ct, line),
        l=line,
        w=who(r, ct),
        e=r.choice(ABUSE_END),
    )
    if i >= 3 and r.random() < 0.3:
        s = addn(r, ct, s, r.choice(["该号码经常来电发牢骚", "又来了", "内容同前几次"]))
    if r.random() < ct["tag_p"]:
        s = tag(r, ct, s)
    return fin(r, ct, s)


def g_abuse_government(ctx):
    r = ctx.r
    phone = ctx.phone("nuis")
    pat = wc(r, {"one": 55, "few": 20, "everyfew": 15, "sameday": 10})
    prof = r.choice(["day", "eve", "any"])
    ts = ctx.times(pat, prof, k=r.randint(2, 5), gap=20, lo=2, hi=7)
    rows = []
    for i, t in enumerate(ts):
        secs = lognorm(r, 70, 0.7, 8, 900)
        rows.append(row(t, phone, c_abuse_gov(r, ctx.ct_at(t), i + 1), secs, "harassment", "abuse_government"))
    return reg(ctx, phone, "harassment", "abuse_government", rows, 0.05 if len(rows) < 3 else 0.3)


# ---- night chatter: drunk / lonely / flirting / personal questions -------
CHAT_OPEN = {
    "drunk": [
        "来电人自称喝了酒",
        "来电人喝醉了，说话含糊不清",
        "男子明显醉酒",
        "来电人说刚跟朋友喝完酒",
        "来电人舌头都大了，一听就是喝多了",
    ],
    "lonely": [
        "来电人称一个人在家睡不着",
        "来电人说婆姨回娘家了没人说话",
        "来电人称晚上睡不着想找人拉话",
        "老来电人，晚上又打来说寂寞",
        "来电人说夜里一个人闷得慌",
    ],
    "flirt": ["男性来电", "来电男子", "一男的打来", "来电人（男）"],
    "personal": ["来电人", "男子来电", "来电人，听声音年纪不大", "女性来电"],
}
CHAT_BODY = {
    "drunk": [
        "东拉西扯说了很多",
        "说他今天跟人喝了两瓶白的",
        "非要给话务员唱信天游",
        "说他年轻时在煤矿下井的事，反反复复",
        "说他兄弟不认他了，絮絮叨叨",
        "问话务员能不能陪他喝一个",
        "说他们村谁谁谁不是东西，没具体事",
        "一会哭一会笑",
    ],
    "lonely": [
        "想找人说说话",
        "拉家常说了半天年轻时在煤矿下井的事",
        "讲他年时在外头打工的事",
        "问话务员困不困",
        "给话务员唱了两句信天游",
        "问话务员吃了没有、晚上冷不冷",
        "说想他死了的老伴",
        "说他家的狗今天跑丢了又回来了",
        "问话务员是哪达人、会不会说陕北话",
        "说他儿女都在外地，过年也不回来",
        "跟话务员说今天赶集看见的事",
    ],
    "flirt": [
        "说话务员声音好听",
        "问话务员有没有对象",
        "要话务员的微信",
        "约话务员下班了出去吃烧烤",
        "问话务员长得好看不",
        "说想跟话务员交个朋友",
        "让话务员叫他一声哥",
        "问话务员几点下班、在哪达上班",
        "说要给话务员介绍对象，问条件",
        "说听了话务员的声音就睡得着了",
    ],
    "personal": [
        "问话务员叫甚名字、多大了",
        "问话务员结婚没有",
        "问话务员一个月挣多少",
        "问话务员家住哪",
        "问话务员今晚是不是一个人值班",
        "打听值班的是男的女的",
        "问话务员是不是本地人、哪个学校毕业的",
        "问话务员的工号和真名",
    ],
}
CHAT_END = [
    "，无诉求",
    "，无具体事项",
    "，劝其早点休息后挂断",
    "，告知热线用途后挂机",
    "，话务员婉拒",
    "，聊了{m}分钟",
    "，提醒其不要占用热线",
    "，多次劝说才挂",
    "，无实际问题反映",
    "，话务员结束通话",
    "",
]


def c_night_chat(r, ct, persona, secs, i):
    s = r.choice(CHAT_OPEN[persona]) + "，" + r.choice(CHAT_BODY[persona])
    if r.random() < 0.4:
        other = r.choice(["lonely", "flirt", "personal"]) if persona == "drunk" else persona
        s += "，又" + r.choice(CHAT_BODY[other])
    s += r.choice(CHAT_END).replace("{m}", str(max(1, secs // 60)))
    if r.random() < ct["verbatim"] * 0.4:
        s += "。来电人说" + Q(
            r,
            ct,
            dialectize(
                r,
                r.choice(
                    [
                        "你们晚上也不睡觉啊",
                        "我就是想跟人说几句话",
                        "你声音真好听，再说两句",
                        "额一个人在窑里，黑地怕得很",
                        "你别挂，你挂了我还打",
                        "陪我说说话嘛，又不耽误你啥",
                        "你是不是嫌我烦了",
                    ]
                ),
                0.5,
            ),
        )
    if i >= 3 and r.random() < 0.4:
        s = addn(
            r, ct, s, r.choice(["这个人经常晚上打来", "老号码，夜里常打", "又是他", "第{k}次了".replace("{k}", str(i))])
        )
    if r.random() < ct["tag_p"] * 0.6:
        s = tag(r, ct, s)
    return fin(r, ct, s)


def g_night_chat(ctx):
    r = ctx.r
    phone = ctx.phone("nuis")
    persona = wc(r, {"drunk": 30, "lonely": 35, "flirt": 22, "personal": 13})
    pat = wc(r, {"one": 40, "nightly": 25, "everyfew": 20, "few": 15})
    if pat == "nightly":
        ts = ctx.times(
            pat, h=r.choice([21.5, 22.5, 23.5, 24.5, 25.5]), m=r.randint(3, 20), skip=r.choice([0.1, 0.4]), jit=40
        )
    else:
        ts = ctx.times(pat, "late", lo=2, hi=7)
    rows = []
    med = {"drunk": 300, "lonely": 600, "flirt": 180, "personal": 150}[persona]
    for i, t in enumerate(ts):
        secs = lognorm(r, med, 0.7, 30, 3000)
        rows.append(
            row(t, phone, c_night_chat(r, ctx.ct_at(t), persona, secs, i + 1), secs, "harassment", "night_chat")
        )
    return reg(ctx, phone, "harassment", "night_chat", rows, 0.03 if len(rows) < 4 else 0.3)


OBSCENE = [
    "来电男子说下流话",
    "来电人言语低俗，带有性暗示",
    "对方发出不雅声音",
    "问话务员穿的什么衣服等低俗问题",
    "说些不三不四的话",
    "来电人讲黄段子",
    "对话务员进行言语性骚扰",
    "喘粗气，说些不堪入耳的话",
    "问话务员的身材，言语轻佻",
    "男子说要跟话务员视频",
]


def g_obscene(ctx):
    r = ctx.r
    phone = ctx.phone("nuis")
    pat = wc(r, {"one": 45, "sameday": 20, "nightly": 15, "everyfew": 20})
    ts = ctx.times(
        pat,
        "late",
        k=r.randint(2, 6),
        gap=5,
        h=r.choice([23, 24.5, 26]),
        m=r.randint(3, 12),
        skip=0.3,
        jit=40,
        lo=2,
        hi=6,
    )
    rows = []
    for i, t in enumerate(ts):
        ct = ctx.ct_at(t)
        secs = lognorm(r, 40, 0.7, 4, 400)
        s = r.choice(OBSCENE) + r.choice(["", "，已挂断", "，警告后挂机", "，话务员立即挂断", "，无诉求"])
        if i >= 1 and r.random() < 0.4:
            s = addn(r, ct, s, r.choice(["同一号码", "又是这个号", "该号码多次骚扰女话务员"]))
        if r.random() < ct["tag_p"]:
            s = tag(r, ct, s)
        rows.append(row(t, phone, fin(r, ct, s), secs, "harassment", "obscene"))
    return reg(ctx, phone, "harassment", "obscene", rows, 0.1 if len(rows) < 3 else 0.5)


# ---- pranks ---------------------------------------------------------------
FAKE_EMERG = [
    "称{near}有人打架见血了",
    "称{est}着火了，火很大",
    "称{river}里漂着个人",
    "称{street}有人拿刀砍人",
    "称{school}门口有人放了炸弹",
    "称县政府楼顶上有人要跳楼",
    "称{vil}有人偷羊，一车拉走了",
    "称{est}{bld}电梯里关着人",
    "称{near}有只狼",
    "称{vil}后山冒大烟",
]
REVEAL = [
    "经联系110核实无此警情",
    "追问具体位置，对方笑着挂断",
    "核实无此事",
    "背景有笑声，疑似恶作剧",
    "来电人后来承认是开玩笑",
    "回拨后对方称“逗你们玩的”",
    "同号码上周也报过假情况",
    "问他叫甚名字就挂了",
    "说的地址不存在",
    "前后说法对不上",
    "对方说完就笑了",
]


def c_prank_report(ctx, r, ct, t):
    c = {}
    if r.random() < 0.35:
        s = who(r, ct) + fill(r, r.choice(FAKE_EMERG), c)
        if r.random() < 0.8:
            s = addn(r, ct, s, r.choice(REVEAL))
        return fin(r, ct, s)
    iss = pick_issue(ctx, r, t, c)
    s = render_issue(r, ct, iss, c)
    if r.random() < 0.7:
        s = addn(
            r,
            ct,
            s,
            r.choice(
                REVEAL + ["询问具体地址时支支吾吾，后挂断", "经{dept}现场核实无此情况".replace("{dept}", iss["dept"])]
            ),
        )
    return s


def g_prank_false_report(ctx):
    r = ctx.r
    phone = ctx.phone("nuis")
    pat = wc(r, {"one": 60, "few": 25, "sameday": 15})
    ts = ctx.times(pat, r.choice(["eve", "any", "late"]), k=r.randint(2, 4), gap=15)
    rows = []
    for t in ts:
        secs = lognorm(r, 80, 0.6, 12, 600)
        rows.append(row(t, phone, c_prank_report(ctx, r, ctx.ct_at(t), t), secs, "harassment", "prank_false_report"))
    return reg(ctx, phone, "harassment", "prank_false_report", rows, 0.05)


ABSURD = [
    "要求政府给他分配个婆姨",
    "要求把月亮调暗一点，照得他睡不着",
    "要求12345给他家送一碗羊杂碎",
    "问能不能把县政府搬到他们村",
    "举报邻居家的鸡天不亮就打鸣，要求给鸡做思想工作",
    "要求政府出钱给他家的驴看病，说驴心情不好",
    "问能不能给他办个外星人身份证",
    "要求话务员帮他算一下今年能不能发财",
    "称自己是玉皇大帝派下来视察的",
    "要求县上给他发个县长当当",
    "问县城哪家的凉皮最好吃，非要话务员推荐",
    "要求给他家的猫上户口",
    "让12345帮他找十年前丢的一只鞋",
    "要求把明天的天气改成晴天，说他要娶媳妇",
    "说家里的羊会说话了，让政府派专家来研究",
    "要求政府赔他梦里丢的钱",
    "问话务员能不能帮他写检讨",
    "要求把县城的路灯都换成彩色的",
    "问能不能在黄河里养鲨鱼，让政府给批",
    "要求政府把他家门前的山挖平",
    "让话务员给他讲个笑话，不讲不挂",
    "问热线能不能帮他抢演唱会的票",
]
STORIES = [
    "讲他梦见县长骑着毛驴给他送苹果的经过",
    "讲他们村后山有个洞，洞里住着神仙",
    "东拉西扯讲自己前世是皇帝",
    "编了一个很长的故事，说他家狗会开三轮车",
    "从他爷爷那一辈讲起，讲了半天没说到正事",
    "讲一个听不明白的故事，一会说煤矿一会说外星人",
    "说他发明了永动机要卖给政府",
    "说他能跟黄鼠狼说话，村里人都不信",
    "讲他昨晚在塬上看见飞碟降落",
]


def g_prank_nonsense(ctx):
    r = ctx.r
    phone = ctx.phone("nuis")
    pat = wc(r, {"one": 55, "few": 20, "everyfew": 15, "nightly": 10})
    ts = ctx.times(pat, r.choice(["late", "any", "eve"]), lo=2, hi=6, h=23.5, m=r.randint(3, 8), skip=0.3, jit=50)
    rows = []
    for i, t in enumerate(ts):
        ct = ctx.ct_at(t)
        secs = lognorm(r, 360, 0.7, 40, 2400)
        x = r.choice(ABSURD) if r.random() < 0.6 else r.choice(STORIES)
        m = str(max(1, secs // 60))
        s = r.choice(
            [
                "来电人{x}，无实际诉求",
                "{x}。胡言乱语，话务员多次引导无果",
                "讲了{m}分钟，{x}，与热线无关",
                "{w}{x}，告知不属于受理范围后仍纠缠",
                "{x}（无诉求）",
                "{w}{x}，说完哈哈大笑",
                "{x}，劝了{m}分钟才挂",
            ]
        ).format(x=x, m=m, w=who(r, ct))
        if i >= 2 and r.random() < 0.3:
            s = addn(r, ct, s, "又是这个号")
        if r.random() < ct["tag_p"]:
            s = tag(r, ct, s)
        rows.append(row(t, phone, fin(r, ct, s), secs, "harassment", "prank_nonsense"))
    return reg(ctx, phone, "harassment", "prank_nonsense", rows, 0.05 if len(rows) < 3 else 0.3)


CHILD = [
    "小孩子打来的，嘻嘻哈哈，问{q}你是谁呀{q}",
    "听声音是小学生，说要举报他哥不让他看电视",
    "几个娃娃抢着说话，喊了几声就挂了",
    "小孩问{q}是警察叔叔吗{q}，告知不是后挂断",
    "小娃娃在电话里唱歌",
    "小孩说他妈不给他买冰棍，要政府管",
    "儿童来电，乱按号码拨过来的，只听见小孩笑",
    "小孩说{q}我作业写不完了你帮我写{q}",
    "小孩问{q}你是机器人吗{q}",
    "小孩拿家长手机乱打，背景有大人喊{q}把手机放下{q}",
    "小女孩问12345是不是能点外卖",
    "小孩学大人口气说要投诉，说了两句就笑了",
    "娃娃说他家的猫丢了，问了两句又说猫找到了",
    "小孩子乱叫了几声挂了",
    "童声，问{q}你吃饭了没{q}，然后一群娃娃笑",
    "一个小男孩说他是奥特曼",
    "小孩说{q}我要找我爸爸{q}，问他爸电话又不知道",
    "小孩反复拨打，每次说一句{q}喂喂喂{q}就挂",
]


def g_child_play(ctx):
    r = ctx.r
    if ctx.fampool and r.random() < 0.1:
        phone = r.choice(ctx.fampool)
    else:
        phone = ctx.phone("child")
        ctx.fampool.append(phone)
    pat = wc(r, {"sameday": 45, "one": 30, "burstdays": 15, "few": 10})
    ts = ctx.times(pat, "child", k=r.randint(2, 9), gap=r.choice([1, 3, 8]), nd=r.randint(2, 4), kmax=4)
    rows = []
    for i, t in enumerate(ts):
        ct = ctx.ct_at(t)
        secs = lognorm(r, 18, 0.7, 2, 240)
        a, b = ct["quote"]
        s = r.choice(CHILD).replace("{q}", a or "“", 1).replace("{q}", b or "”", 1)
        if i >= 1 and r.random() < 0.4:
            s = addn(
                r,
                ct,
                s,
                r.choice(
                    ["同一号码又打来", "还是那个小孩", "已提醒家长看管好手机", "第{k}次".replace("{k}", str(i + 1))]
                ),
            )
        if r.random() < ct["tag_p"] * 0.5:
            s = tag(r, ct, s)
        rows.append(row(t, phone, fin(r, ct, s), secs, "harassment", "child_play"))
    return reg(ctx, phone, "harassment", "child_play", rows, 0.01)


LINETEST = [
    "来电人称试一下这个电话通不通，无事",
    "问这个号码是不是真的有人接，告知是后挂断",
    "说{q}我就试试{q}",
    "来电人说跟朋友打赌，看12345半夜有没有人接",
    "称打赌输了，朋友让他打过来说一句{q}你们辛苦了{q}",
    "问{q}真的是政府的电话吗{q}，无其他事",
    "说手机刚换了号，试一下能不能打出去",
    "说新买的手机试试信号",
    "说{q}听听你们的声音{q}，无事",
    "几个人起哄让来电人打的，背景吵闹",
    "说在跟人打赌12345会不会骂人",
    "问{q}是不是打这个电话就能找县长{q}，说完说开玩笑的",
    "测试",
    "来电说是测试一下",
    "说就是看看有没有人接",
    "称赌了一包烟，看能不能打通",
    "说拿手机按着玩的，没事",
]


def g_line_test(ctx):
    r = ctx.r
    phone = ctx.phone("nuis")
    pat = wc(r, {"one": 70, "sameday": 20, "few": 10})
    ts = ctx.times(pat, r.choice(["any", "late", "eve"]), k=r.randint(2, 4), gap=2)
    rows = []
    for t in ts:
        ct = ctx.ct_at(t)
        secs = lognorm(r, 14, 0.6, 2, 120)
        a, b = ct["quote"]
        s = r.choice(LINETEST).replace("{q}", a or "“", 1).replace("{q}", b or "”", 1)
        if r.random() < ct["tag_p"] * 0.7:
            s = tag(r, ct, s)
        rows.append(row(t, phone, fin(r, ct, s), secs, "harassment", "line_test"))
    return reg(ctx, phone, "harassment", "line_test", rows, 0.01)


ROBO = [
    "接通后是录音，推销贷款",
    "录音播报：您的账户已开通最高二十万额度",
    "电话里是传真信号声",
    "嘟嘟嘟的传真音，无人",
    "对方在放音乐，无人讲话",
    "播放的是一段唱歌的录音",
    "机器人语音推销保险",
    "语音机器人问{q}您好，请问是王先生吗{q}",
    "录音，内容是某楼盘开盘优惠",
    "播放广告录音",
    "自动语音：您有一个快递包裹异常请按1",
    "智能外呼，问是否需要办信用卡",
    "一段英文录音",
    "像彩铃一样的音乐放了半分钟",
    "只有对讲机一样的杂音和电流声",
    "传真",
    "传真机",
    "机器音",
    "录音广告",
    "AI语音推销，问“需要了解一下吗”",
    "录音：恭喜您获得一次免费体检机会",
    "自动播放的招工广告",
    "电话那头在放秦腔",
    "播放一段佛经",
    "电脑合成音报一串数字",
]


def g_robocall(ctx):
    r = ctx.r
    phone = ctx.phone("robot")
    pat = wc(r, {"one": 55, "few": 20, "everyfew": 15, "sameday": 10})
    ts = ctx.times(pat, r.choice(["office", "office", "any"]), k=r.randint(2, 5), gap=r.choice([1, 30]), lo=1, hi=4)
    rows = []
    for t in ts:
        ct = ctx.ct_at(t)
        secs = lognorm(r, 20, 0.5, 3, 120)
        a, b = ct["quote"]
        s = r.choice(ROBO).replace("{q}", a, 1).replace("{q}", b, 1)
        s += r.choice(["", "", "，挂断", "，话务员挂机", "，无人工"])
        if r.random() < ct["tag_p"] * 0.5:
            s = tag(r, ct, s)
        if r.random() < ct["sil_empty"] * 0.3:
            s = ""
        rows.append(row(t, phone, fin(r, ct, s), secs, "harassment", "robocall"))
    return reg(ctx, phone, "harassment", "robocall", rows, 0.1)


PRODUCTS = [
    "净水器",
    "POS机",
    "信用卡",
    "装修",
    "办公桌椅",
    "打印机耗材",
    "网站建设",
    "短视频代运营",
    "企业培训课程",
    "贷款",
    "理财产品",
    "保健品",
    "灭火器",
    "监控设备",
    "防水材料",
    "广告位",
    "网店开店",
    "荣誉证书评选",
    "招商加盟",
    "LED显示屏",
    "公务车租赁",
    "宣传册印刷",
    "政务号代运营",
    "党建展板",
    "空气净化器",
]
SALESCO = [
    "西安一家科技公司",
    "某传媒公司",
    "某网络公司",
    "北京一家文化公司",
    "深圳某公司",
    "某保险代理公司",
    "某教育咨询公司",
    "一家广告公司",
    "某信息技术有限公司",
]
SALES_FORMS = [
    "来电推销{p}",
    "自称是{co}的业务员，问单位需不需要{p}",
    "推销{p}，已告知这是政府服务热线",
    "问{qa}你们领导在不在{qb}，要谈{p}的合作",
    "销售电话，{p}",
    "{co}的客服，推荐{p}，告知打错后仍继续介绍",
    "推销{p}的，挂了",
    "问能不能把{p}的广告放到热线上",
    "{co}，推{p}，说之前跟我们领导联系过（未核实）",
    "推销电话（{p}）",
    "对方要找办公室主任谈{p}",
]


def g_telemarketing(ctx):
    r = ctx.r
    phone = ctx.phone("sales")
    p = r.choice(PRODUCTS)
    co = r.choice(SALESCO)
    pat = wc(r, {"one": 55, "few": 20, "everyfew": 20, "sameday": 5})
    ts = ctx.times(pat, "office", lo=1, hi=5, k=r.randint(2, 4), gap=30)
    rows = []
    for t in ts:
        ct = ctx.ct_at(t)
        secs = lognorm(r, 45, 0.6, 6, 300)
        a, b = ct["quote"]
        s = r.choice(SALES_FORMS).format(p=p, co=co, qa=a, qb=b)
        if r.random() < ct["tag_p"] * 0.5:
            s = tag(r, ct, s)
        rows.append(row(t, phone, fin(r, ct, s), secs, "harassment", "telemarketing"))
    return reg(ctx, phone, "harassment", "telemarketing", rows, 0.1)


THREATS = [
    "我知道你们在哪达上班，小心点",
    "你叫什么？我记住你了，出门小心",
    "再不给我办，我提着汽油去你们那",
    "我认得你的声音，早晚让你好看",
    "你们等着，我明天就去把你们那砸了",
    "我找人收拾你",
    "信不信我一把火把你们那烧了",
    "我有的是办法让你丢工作",
    "我就在你们楼下，你下来",
    "告诉你们领导，我要弄出点大事来",
    "你下班路上注意点",
    "我把你们一个一个都记下了",
    "明天我带刀过去",
]
THREAT_PARA = [
    "扬言要到热线中心闹事",
    "扬言要对话务员不利",
    "扬言要炸政府大楼",
    "扬言要带刀过来",
    "扬言要放火",
    "威胁要找人报复接线员",
]
THREAT_ACT = ["已向值班长报告", "已报备公安", "已录音留存", "已上报", "已按突发情况上报班长", ""]


def g_threat(ctx):
    r = ctx.r
    phone = ctx.phone("nuis") if r.random() < 0.85 else ""
    pat = wc(r, {"one": 55, "sameday": 20, "few": 15, "everyfew": 10})
    ts = ctx.times(pat, r.choice(["any", "late", "eve"]), k=r.randint(2, 6), gap=4, lo=2, hi=7)
    rows = []
    for i, t in enumerate(ts):
        ct = ctx.ct_at(t)
        secs = lognorm(r, 45, 0.7, 6, 500)
        line = dialectize(r, r.choice(THREATS), ct["dial"])
        if r.random() < 0.3:
            line = mask_sw(r, r.choice(SWEARS) + "，" + line)
        x = r.random()
        if x < ct["verbatim"]:
            s = r.choice(
                ["{w}威胁话务员称{q}，无具体诉求", "{w}称{q}", "来电无诉求，说{q}后挂断", "{q}——来电人原话"]
            ).format(w=who(r, ct), q=Q(r, ct, line))
        else:
            s = who(r, ct) + r.choice(THREAT_PARA) + r.choice(["，无诉求", "，问其何事不答", ""])
        a = r.choice(THREAT_ACT)
        if a:
            s = addn(r, ct, s, a)
        if i >= 1 and r.random() < 0.3:
            s += "。" + r.choice(["同一号码再次来电威胁", "第二次", "又打来"])
        rows.append(row(t, phone, fin(r, ct, s), secs, "harassment", "threat"))
    return reg(ctx, phone, "harassment", "threat", rows, 0.2 if len(rows) < 3 else 0.6)


VEX_THEMES = [
    ("狗上户口", "要求给他家的狗上户口、办身份证", "已多次告知无此政策"),
    ("要县长电话", "要县长的私人手机号", "已多次告知不能提供"),
    ("要话务员信息", "非要话务员报全名和家庭住址", "已告知只能提供工号"),
    ("查彩票", "让话务员帮他查彩票中没中奖", "已多次说明不属于受理范围"),
    ("赔鸡", "要求邻居赔他{yr}年被车碾死的一只鸡，此事早已调解结案", "已多次答复"),
    ("陈年旧账", "问{yr}年的一笔{money}的账到底谁欠的，说不清对象也说不清事", "无法受理，已多次解释"),
    ("问天气", "一天打好几回问天气预报", "已告知拨打12121"),
    ("问下班没", "打来问“你们下班了没”，问完就挂", "无诉求"),
    ("太阳太晒", "要求政府管一下太阳太晒", "已解释"),
    ("已办结事项", "反映的邻居家空调外机问题已于{mon}办结，承办单位多次上门，仍天天来电重复同样内容", "已多次解释"),
    ("门前的树", "问他家门前那棵榆树归不归他，已多次答复由村上确认", "已答复多次"),
    ("查人", "要求帮他查前女友的电话和住址", "已拒绝"),
    ("介绍对象", "要求政府给他介绍对象", "已解释不属于受理范围"),
    ("要求表扬自己", "要求县上给他发奖状，说他拾金不昧（多年前的事）", "已多次解释"),
    ("问同一政策", "反复问同一个低保政策，每次答完隔一会又打来问一遍", "已反复解答"),
    ("没事", "接通后说“没事，就看看你们在不在”", "无诉求"),
    ("报时", "每次打来就问现在几点了", "无诉求"),
    ("投诉话务员", "要投诉前一个话务员没给他唱歌", "已解释"),
]
VEX_LATER = [
    "又来电，内容同前",
    "同前，{a}",
    "老来电人，还是{tag}的事",
    "该号码本月第{k}次来电，均为{tag}，{a}",
    "重复来电（{tag}）",
    "还是那个说{tag}的",
    "又打来了，{d}",
    "{tag}，第{k}次",
    "同上",
    "又是{tag}",
    "重复诉求，{a}",
    "{w}再次{d}，{a}",
    "一样的事",
    "{tag}（重复）",
]


def g_vexatious(ctx):
    r = ctx.r
    phone = ctx.phone("nuis")
    tg, desc, ans = r.choice(VEX_THEMES)
    c = {}
    desc = fill(r, desc, c)
    pat = wc(r, {"daily": 30, "everyfew": 30, "burstdays": 20, "sameday": 10, "few": 10})
    prof = r.choice(["day", "day", "any", "eve"])
    ts = ctx.times(
        pat,
        prof,
        p=r.choice([0.4, 0.7, 0.9]),
        kmax=r.choice([1, 2, 4]),
        span=r.randint(7, 30),
        lo=1,
        hi=5,
        nd=r.randint(2, 8),
        k=r.randint(3, 15),
        gap=r.choice([3, 20, 60]),
    )
    rows = []
    for i, t in enumerate(ts):
        ct = ctx.ct_at(t)
        secs = lognorm(r, r.choice([40, 150, 400]), 0.7, 8, 1800)
        if i == 0 or r.random() < 0.15:
            s = r.choice(["{w}{d}。{a}", "{w}来电{d}，{a}", "{d}（{a}）", "{w}又{d}，{a}，来电人不听解释"]).format(
                w=who(r, ct), d=desc, a=ans
            )
        else:
            s = r.choice(VEX_LATER).format(a=ans, tag=tg, k=i + 1, d=desc, w=who(r, ct))
        if r.random() < ct["tag_p"] * 0.5:
            s = tag(r, ct, s)
        rows.append(row(t, phone, fin(r, ct, s), secs, "harassment", "vexatious_repeat"))
    return reg(ctx, phone, "harassment", "vexatious_repeat", rows, 0.15 if len(rows) < 5 else 0.6)


# ===========================================================================
# GENUINE CALLS
# ===========================================================================
_ISSUE_CUM = {}


def pick_issue(ctx, r, t, c, topics=None, tname="all"):
    ev = ctx.event_on(t)
    key = (t.month, ev, tname)
    cum = _ISSUE_CUM.get(key)
    if cum is None:
        ws = []
        for topic, months, *_ in ISSUES:
            if topics is not None and topic not in topics:
                ws.append(0.0)
                continue
            w = 1.0 if months is None else (2.5 if t.month in months else 0.04)
            if ev == "storm" and topic in ("weather", "water", "power", "road", "housing"):
                w *= 6 if topic == "weather" else 1.8
            if ev == "cold" and topic in ("heat", "water", "gas"):
                w *= 3
            ws.append(w)
        cum = _ISSUE_CUM[key] = _cum(ws)
    i = bisect.bisect(cum, r.random() * cum[-1])
    topic, months, short, full, dem, dept = ISSUES[min(i, len(ISSUES) - 1)]
    return {
        "topic": topic,
        "short": fill(r, short, c),
        "full": fill(r, full, c),
        "demand": fill(r, dem, c),
        "dept": fill(r, dept, c),
    }


HOPE_ALT = ["希望", "要求", "请求相关部门", "希望有关部门", "要求相关单位", "望"]
TDEM = ["要求处理", "请处理", "要求尽快解决", "求解决", "速办", "", "请核实", "要求给个说法", "求助"]
COLLOQ_END = [
    "叫我们给管一下",
    "让赶紧给弄一下",
    "说再没人管就去县上",
    "问到底有没有人管",
    "想让政府出面给协调一下",
    "说都{dur}",
    "让赶紧派人来看看",
    "说实在是没办法了才打的这个电话",
]
GEN_NOTES = [
    "来电人情绪激动",
    "来电人要求保密",
    "来电人要求回访",
    "不需要回访",
    "来电人称已向村上反映过多次",
    "来电人称已打过{n2}次电话",
    "来电人方言较重，大意如上",
    "信号不好，断断续续",
    "来电人不愿留姓名",
    "来电人要求尽快",
    "多人反映",
    "来电人称已拍照留证",
    "来电人要求实地查看",
    "已告知会转相关部门办理",
    "已告知办理时限",
    "来电人说白天打不通",
    "来电人要求短信回复",
    "来电人称上周也打过",
    "来电人要求匿名",
    "来电人说话急，反复说了几遍",
    "来电人称住户都有意见",
    "来电人要求尽快给答复",
]


def subj(r, full, colloq=False):
    if full.startswith("来电人"):
        return (r.choice(["他", "自己", ""]) if colloq else r.choice(["来电人", "其", ""])) + full[3:]
    if full.startswith("其") and colloq:
        return "他" + full[1:]
    return full


def render_issue(r, ct, iss, c, verb="反映", lead=""):
    st = wc(r, ct["styles"])
    full, short, dem = iss["full"], iss["short"], iss["demand"]
    if st == "formal":
        s = f"{who(r, ct)}{verb}：{subj(r, full)}。{ct['dw']}{dem}。"
    elif st == "formal2":
        s = f"{who2(r, ct)}来电{verb}{subj(r, full)}，{r.choice(ct['hope'] + HOPE_ALT)}{dem}。"
    elif st == "named":
        s = f"{r.choice(['来电人', '市民', ''])}{fill(r, '{sur}', c)}{verb}，{subj(r, full)}，{r.choice(ct['hope'])}{dem}。"
    elif st == "terse":
        td = r.choice(TDEM)
        s = ("举报" if verb == "举报" else "") + short + (ct["tsep"] + td if td else "")
    elif st == "colloq":
        s = "来电说" + dialectize(r, subj(r, full, True), ct["dial"]) + "，" + fill(r, r.choice(COLLOQ_END), c)
    elif st == "kw":
        s = f"【{'举报' if verb == '举报' else TOPIC_CN[iss['topic']]}】{short}；{dem}"
    else:
        s = f"{subj(r, full)}。{dem}。" + note(r, ct, r.choice(["建议转", "转", "拟转", "转办"]) + iss["dept"])
    s = lead + s
    if r.random() < ct["note_p"]:
        s = addn(r, ct, s, fill(r, r.choice(GEN_NOTES), c))
    return fin(r, ct, s)


def gphone(ctx):
    r = ctx.r
    x = r.random()
    if x < 0.02:
        return r.choice(ctx.vilpool)
    if x < 0.0212 and ctx.fampool:
        return r.choice(ctx.fampool)
    if x < 0.0227 and ctx.hpool:
        return r.choice(ctx.hpool)
    return ctx.phone("genuine")


def g_complaint(ctx, verb="反映", kind="complaint", topics=None, tname="all"):
    r = ctx.r
    phone = gphone(ctx)
    pat = wc(r, {"one": 86, "few": 9, "sameday": 5})
    ts = ctx.times(pat, r.choice(["day"] * 8 + ["eve", "any"]), k=r.randint(2, 3), gap=r.choice([5, 60, 180]))
    if not ts:
        return []
    c = {}
    iss = pick_issue(ctx, r, ts[0], c, topics, tname)
    rows = []
    for i, t in enumerate(ts):
        ct = ctx.ct_at(t)
        secs = lognorm(r, 200 if i == 0 else 120, 0.5, 35, 1500)
        lead = "" if i == 0 else r.choice(["再次来电，", "来电人又打来，", "补充：", "二次来电，", ""])
        rows.append(row(t, phone, render_issue(r, ct, iss, c, verb, lead), secs, "genuine", kind))
    return reg(ctx, phone, "genuine", kind, rows, 0.0)


def g_report(ctx):
    return g_complaint(ctx, "举报", "report", REPORT_TOPICS, "report")


# ---- help requests and emergencies ---------------------------------------
HELP = [
    ("家里老人早上出门到现在没回来，{age}岁，有点糊涂，在{near}一带走丢的", "县公安局", "已转110协助寻找"),
    ("车陷在{vil}沟里的泥里出不来了，天快黑了", "{towngov}", "已联系属地"),
    ("暴雨后{vil}家里窑洞后墙裂缝往下掉土，怕塌，想让人来看看", "{towngov}", "已转属地及住建局"),
    ("家里停电了，冰箱里放着娃娃的胰岛素", "国网峁川供电公司", "已联系供电公司抢修"),
    ("{near}路边有个老人摔倒了起不来", "县人民医院", "已转120"),
    ("{est}{bld}电梯困人，里面有老人娃娃", "县市场监管局", "已转119及电梯维保单位"),
    ("被邻居家的狗咬伤了，不知道去哪打针", "县卫健局", "已告知县疾控中心犬伤门诊"),
    ("家里独居老人没人送饭，子女在外地", "{towngov}", "已转属地民政协理员"),
    ("{street}井盖丢了，有人骑电动车掉进去受伤了", "县城管局", "已转城管并告知拨打120"),
    ("{vil}一户人家的羊圈被水冲了，羊困在沟里", "{towngov}", "已联系镇上"),
    ("在外地打工被老板扣了身份证不让走", "县人社局", "已告知报警并转人社局"),
    ("钥匙锁在家里，娃娃一个人在屋里", "县公安局", "已转110"),
    ("{vil}通往县城的路被塌方堵了，有病人要出去", "县交通运输局", "已联系交通局和镇上"),
    ("家里的燃气灶打不着火，闻着有味道不敢用", "峁川天然气公司", "已转天然气公司抢修"),
]


def g_request_help(ctx):
    r = ctx.r
    phone = gphone(ctx)
    t = ctx.times("one", r.choice(["day", "day", "any"]))
    if not t:
        return []
    t = t[0]
    ct = ctx.ct_at(t)
    c = {}
    m, dept, act = r.choice(HELP)
    m, dept = fill(r, m, c), fill(r, dept, c)
    s = r.choice(
        ["{w}求助：{m}，{a}", "{w}来电称{m}，请求帮助。{a}", "求助，{m}。{a}", "{m}，求助——{a}", "{w}反映{m}，{a}"]
    ).format(w=who(r, ct), m=m, a=act)
    if r.random() < ct["note_p"]:
        s = addn(r, ct, s, fill(r, r.choice(["来电人很着急", "已记录联系方式", "已回访确认已处理", "需跟进"]), c))
    rows = [row(t, phone, fin(r, ct, s), lognorm(r, 170, 0.5, 40, 1200), "genuine", "request_help")]
    return reg(ctx, phone, "genuine", "request_help", rows, 0.0)


EMERG = [
    "来电称{vil}有人家着火了，已转119",
    "来电称{river}边有人落水，已转110、119",
    "{near}发生交通事故，有人受伤，已转122、120",
    "{est}{bld}燃气味很大，已转天然气公司抢修并通知119",
    "来电人称其{rel}突然心口疼，已转120",
    "{road}上一辆拉煤车侧翻，把路堵了，已转交警",
    "{vil}后山冒烟，疑似山火，已转119及县林业局",
    "{street}有人拿刀吵架，已转110",
    "来电称{est}楼道里有烟，已转119",
    "{vil}有人被困在洪水里，已转119及{towngov}",
    "{mine}附近路边有人晕倒，已转120",
]


def g_emergency(ctx):
    r = ctx.r
    phone = gphone(ctx)
    t = ctx.times("one", "any")
    if not t:
        return []
    t = t[0]
    ct = ctx.ct_at(t)
    s = fill(r, r.choice(EMERG), {})
    if r.random() < 0.4:
        s = r.choice(["紧急：", "【紧急】", "急！", ""]) + s
    rows = [row(t, phone, fin(r, ct, s), lognorm(r, 75, 0.5, 15, 400), "genuine", "emergency_transfer")]
    return reg(ctx, phone, "genuine", "emergency_transfer", rows, 0.0)


# ---- consultations ----------------------------------------------------------
CONSULTS = [
    ("城乡居民医保今年个人缴多少钱", "按年度缴费标准执行，具体以医保局通知为准，可在税务APP缴纳"),
    ("异地就医备案怎么办", "可在国家医保服务平台APP办理，也可到县医保中心窗口"),
    ("灵活就业人员社保怎么交", "到县社保中心办理参保登记后可手机缴费"),
    ("高龄补贴申请需要什么材料", "身份证、户口本、一卡通，到村（社区）申请"),
    ("养老金资格认证怎么做", "可用手机APP刷脸认证，或找村上协管员"),
    ("新生儿怎么办医保", "出生后在户籍地参保，手机上即可办理"),
    ("娃娃上小学怎么报名", "按学区划片报名，时间以县教育局公告为准"),
    ("退役军人优待证怎么申请", "到县退役军人事务局或镇服务站办理"),
    ("不动产证办理需要什么", "购房合同、身份证、完税证明等，到县不动产登记中心"),
    ("公积金怎么提取", "带身份证及相关材料到县公积金管理部"),
    ("残疾证怎么办", "到县残联申请，到指定医院评残"),
    ("个体户营业执照怎么办", "到县政务服务中心市场监管窗口或网上办理"),
    ("驾驶证到期换证在哪办", "县车管所或交管12123APP"),
    ("护照在哪办", "县公安局出入境窗口"),
    ("结婚登记需要什么", "双方身份证、户口本，到县婚姻登记处"),
    ("苹果种植有什么补贴", "咨询县农业农村局或镇农技站"),
    ("冰雹打了苹果保险怎么理赔", "受灾后及时向保险公司报案，村上统一报损"),
    ("退耕还林补贴什么时候发", "以县林业局公布时间为准"),
    ("危窑改造怎么申请", "向村委会提出，镇上审核后上报"),
    ("娃娃打疫苗在哪打", "到所属社区卫生服务中心或镇卫生院接种门诊"),
    ("狂犬疫苗在哪打", "县疾控中心及县人民医院犬伤门诊"),
    ("政府部门夏季作息时间", "上午8:00-12:00，下午3:00-6:00"),
    ("政务大厅周六上不上班", "周六上午部分窗口开放"),
    ("身份证过期了能不能坐火车", "可在车站办临时乘车证明"),
    ("暑假托管班哪里有", "以县教育局和团县委通知为准"),
    ("高考志愿什么时候填", "以省教育考试院通知为准"),
    ("今年啥时候开始供暖", "每年11月15日正式供暖，视天气可能提前"),
    ("居住证怎么办", "到居住地派出所申请"),
    ("电动车上牌在哪上", "县交警大队车管所"),
    ("公积金贷款能贷多少", "按缴存情况确定，详询公积金管理部"),
    ("低保怎么申请", "向户籍地村（社区）提出申请"),
    ("失业保险金怎么领", "到县人社局就业窗口或手机申领"),
    ("拖欠工资找哪个部门", "县人社局劳动监察大队"),
    ("被狗咬了咋办", "清洗伤口，24小时内接种狂犬疫苗"),
    ("合作医疗跟居民医保是不是一回事", "已合并为城乡居民医疗保险"),
    ("老人去世后养老金怎么处理", "家属到社保窗口办理停保和丧葬费申领"),
    ("煤改气补贴标准是多少", "以县发改局公布为准"),
    ("个税怎么退", "通过个人所得税APP办理"),
    ("在外地生娃能不能报生育费用", "可按规定手续报销，详询医保局"),
    ("县城到西安的班车几点有", "汽车站每天有早中晚班次，可咨询汽车站"),
    ("农村建房要办什么手续", "向村委会申请，镇上审批宅基地和建房规划"),
    ("苹果冷库建设有没有补贴", "以县农业农村局当年项目通知为准"),
    ("今年征兵什么时候报名", "关注县人武部通知"),
    ("老年人乘公交免费吗", "65岁以上凭老年证免费乘坐县城公交"),
]


def g_consult(ctx):
    r = ctx.r
    phone = gphone(ctx)
    pat = wc(r, {"one": 92, "few": 8})
    ts = ctx.times(pat, r.choice(["day"] * 6 + ["eve"]), k=2)
    rows = []
    q, a = r.choice(CONSULTS)
    for t in ts:
        ct = ctx.ct_at(t)
        ack = r.choice(["已告知", "告知", "已答复", "答复"])
        s = r.choice(
            [
                "{w}咨询{q}。{ack}{a}。",
                "咨询：{q}；答：{a}",
                "问{q}，{ack}{a}",
                "{w}想了解{q}，已按知识库答复",
                "咨询{q}（已解答）",
                "【咨询】{q}。{a}",
                "{w}咨询{q}，话务员答复：{a}",
                "{q}？{ack}{a}",
                "问{q}。答复{a}",
                "{w}来电咨询{q}，{ack}{a}，来电人表示清楚",
            ]
        ).format(w=who(r, ct), q=dialectize(r, q, ct["dial"]), a=a, ack=ack)
        if r.random() < ct["note_p"] * 0.5:
            s = addn(
                r, ct, s, r.choice(["来电人表示理解", "来电人说知道了", "已告知相关部门电话", "来电人要求再确认一下"])
            )
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 140, 0.5, 25, 900), "genuine", "consult"))
    return reg(ctx, phone, "genuine", "consult", rows, 0.0)


SHORTQ = [
    "问医保局电话",
    "查询社保中心电话",
    "问不动产登记中心在哪",
    "问人社局几点上班",
    "问婚姻登记处周六上不上班",
    "咨询公积金中心电话",
    "问汽车站电话",
    "问县医院挂号电话",
    "问天然气公司电话",
    "问供电所电话",
    "问自来水公司电话",
    "问出入境在哪",
    "问今天下午政务大厅上不上班",
    "问明天{town}停不停电",
    "问车管所地址",
    "问身份证在哪办",
    "问疾控中心电话",
    "问县法院电话",
    "问税务局在哪",
    "问能不能查违章",
    "问城关派出所电话",
    "问狂犬疫苗在哪打",
    "问{school}招生电话",
    "问热力公司电话",
    "问殡仪馆电话",
    "问劳动监察电话",
    "问高考成绩啥时候出",
    "问中考志愿咋填",
    "查{hosp}电话",
    "问县医保中心中午上不上班",
    "问今天是不是限电",
    "问邮政局几点关门",
    "问{town}便民服务中心电话",
    "电话查询",
    "问老年证在哪办",
    "问苹果交易市场电话",
]
SHORTA = [
    "已告知",
    "已告知{tel}",
    "已告",
    "告知{tel}",
    "已提供电话",
    "已告知地址",
    "已解答",
    "",
    "已答",
    "告知工作时间",
]


def g_consult_short(ctx):
    r = ctx.r
    phone = gphone(ctx)
    ts = ctx.times("one", r.choice(["day"] * 5 + ["eve", "any"]))
    rows = []
    for t in ts:
        ct = ctx.ct_at(t)
        c = {}
        q, a = fill(r, r.choice(SHORTQ), c), fill(r, r.choice(SHORTA), c)
        x = r.random()
        if x < 0.5:
            s = q + (ct["tsep"] + a if a else "")
        elif x < 0.8:
            s = who(r, ct) + q + ("，" + a if a else "")
        else:
            s = q
        if r.random() < ct["sil_empty"] * 0.04:
            s = ""
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 42, 0.45, 8, 200), "genuine", "consult_short"))
    return reg(ctx, phone, "genuine", "consult_short", rows, 0.0)


SUGGEST = [
    "建议在{near}增设红绿灯",
    "建议县城到{town}的班车增加晚班",
    "建议{est}门口设减速带",
    "建议夏天图书馆延长开放时间",
    "建议广场舞限定在晚上九点半以前",
    "建议{street}多设几个公厕",
    "建议苹果收购季在{town}设临时交易点",
    "建议县医院增加夜间儿科门诊",
    "建议在{river}边安装防护栏",
    "建议公交车开通到新区的线路",
    "建议政务大厅中午不休息",
]


def g_suggestion(ctx):
    r = ctx.r
    phone = gphone(ctx)
    ts = ctx.times("one", "day")
    rows = []
    for t in ts:
        ct = ctx.ct_at(t)
        x = fill(r, r.choice(SUGGEST), {})
        s = r.choice(["{w}{x}", "【建议】{x}", "{w}来电提建议：{x}", "{x}，望采纳", "{w}{x}，说是为大家方便"]).format(
            w=who(r, ct), x=x
        )
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 170, 0.5, 40, 900), "genuine", "suggestion"))
    return reg(ctx, phone, "genuine", "suggestion", rows, 0.0)


PRAISE = [
    ("县医保局", "帮其办理了医保异地备案"),
    ("供电公司", "半夜抢修了停电"),
    ("{towngov}", "派人帮老人认证养老金"),
    ("自来水公司", "及时修好了爆裂的水管"),
    ("城关派出所", "帮着找回了走丢的老人"),
    ("县残联", "上门给残疾人办了证"),
    ("县人社局", "很快帮其要回了工钱"),
    ("县交通运输局", "把村道塌方连夜清理了"),
    ("县人民医院", "急诊医生态度好、看得仔细"),
    ("县城管局", "很快把{est}门口的垃圾清走了"),
    ("{towngov}", "帮着调解了宅基地纠纷"),
    ("县热力公司", "上门把暖气修好了"),
    ("12345热线", "上次反映的{sh}很快就解决了"),
    ("县不动产登记中心", "周末加班给办了证"),
]


def g_praise(ctx):
    r = ctx.r
    phone = gphone(ctx)
    ts = ctx.times("one", "day")
    rows = []
    for t in ts:
        ct = ctx.ct_at(t)
        c = {}
        d, p = r.choice(PRAISE)
        c["sh"] = fill(r, r.choice([x[2] for x in ISSUES if "{" not in x[2]]), c) if "{sh}" in p else ""
        s = r.choice(
            [
                "来电表扬{d}工作人员，{p}，态度很好",
                "{w}来电感谢{d}{p}",
                "表扬：{d}{p}",
                "{w}打来说感谢政府，{d}{p}",
                "{w}表扬{d}，说{p}，要求转达谢意",
            ]
        ).format(d=fill(r, d, c), p=fill(r, p, c), w=who(r, ct))
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 110, 0.5, 25, 600), "genuine", "praise"))
    return reg(ctx, phone, "genuine", "praise", rows, 0.0)


# ---- follow-ups on earlier orders --------------------------------------------
def ago_txt(r, days):
    if days <= 1:
        return r.choice(["昨天", "前一天"])
    if days < 7:
        return f"{days}天前"
    if days < 14:
        return r.choice(["上礼拜", f"{days}天前", "一个多礼拜前"])
    if days < 30:
        return r.choice(["半个多月前", f"{days}天前", "上个月"])
    return r.choice(["一个多月前", "上个月", "好久以前", f"{days // 30}个多月前"])


FOLLOW = [
    "来电催办，{ow}{o}，{w}称{ago}反映的{sh}问题至今没人处理，要求尽快",
    "催单：{o}",
    "催办 {o}",
    "{w}再次来电询问{sh}的处理进度，已告知工单在办理中，请耐心等待",
    "同{o}，来电人说{ago}打的电话，到现在没人联系",
    "又打来问{sh}的事处理得咋样了，说之前打过{k}次了（{o}）",
    "来电人对{ow}{o}的答复不满意，称{un}，要求重新办理",
    "跟进：{sh}，原单{o}，承办单位说已处理但实际没人来",
    "来电人催问{sh}，{ow}{o}，已告知会再次督办",
    "{sh}，催办第{k}次",
    "{w}称{ago}反映过{sh}，一直没人回电话，情绪有点急",
    "催{sh}（{o}）",
    "来电人问{o}为啥显示已办结，问题根本没解决",
    "第{k}次催办：{sh}",
    "{w}来电追问{sh}的进展，{o}",
]
UNSAT = ["承办单位打了个电话就说办完了", "说的和实际不符", "只是答复了没有解决", "根本没人来看过", "问题还在"]


def fmt_ono(r, ct, ono):
    x = r.random()
    if x < 0.65:
        return ono
    if x < 0.8:
        return "尾号" + ono[-4:]
    if x < 0.9:
        return ono[2:]
    return "No." + ono


def g_followup(ctx):
    r = ctx.r
    phone = gphone(ctx)
    t0 = ctx.pick("day")
    c = {}
    iss = pick_issue(ctx, r, t0, c)
    rows = []
    in_period = r.random() < 0.45
    if in_period:
        odate = t0
        ct = ctx.ct_at(t0)
        rows.append(row(t0, phone, render_issue(r, ct, iss, c), lognorm(r, 200, 0.5, 35, 1500), "genuine", "complaint"))
    else:
        odate = t0 - dt.timedelta(days=r.randint(3, 70))
    ono = ctx.order_no(odate)
    nfu = wc(r, {1: 35, 2: 20, 3: 15, 5: 15, 8: 10, 15: 5})
    t = t0
    k = 0
    for _ in range(nfu):
        if r.random() < 0.15:
            t = t + dt.timedelta(minutes=r.randint(10, 300))
        else:
            d = (t - ctx.start).days + r.choice([1, 1, 2, 2, 3, 4, 5, 7])
            if d >= ctx.days:
                break
            t = ctx.pick(r.choice(["day"] * 7 + ["eve", "eve", "late"]), day=d)
        if t >= ctx.end:
            break
        if t <= (rows[-1]["received_at"] if rows else ctx.start):
            continue
        k += 1
        ct = ctx.ct_at(t)
        s = r.choice(FOLLOW).format(
            ow=ct["ono"],
            o=fmt_ono(r, ct, ono),
            w=who(r, ct),
            sh=iss["short"],
            ago=ago_txt(r, (t.date() - odate.date()).days),
            k=k + 1,
            un=r.choice(UNSAT),
        )
        if t.hour < 6 or t.hour >= 22:
            if r.random() < 0.3:
                s = addn(r, ct, s, r.choice(["夜间来电", "来电人说白天上班没空打", "半夜打来催"]))
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 110, 0.6, 20, 900), "genuine", "followup"))
    return reg(ctx, phone, "genuine", "followup", rows, 0.0)


def g_repeat_complaint(ctx):
    """An ongoing nuisance for the caller (noise, smoke) -> calls night after night."""
    r = ctx.r
    phone = gphone(ctx)
    pat = wc(r, {"nightly": 55, "everyfew": 30, "burstdays": 15})
    if pat == "nightly":
        ts = ctx.times(pat, h=r.choice([21.8, 22.5, 23.2, 24.2, 25.5]), m=r.randint(3, 15), skip=0.35, jit=45)
    else:
        ts = ctx.times(pat, r.choice(["eve", "late"]), lo=1, hi=4, nd=r.randint(2, 5), kmax=3, gap=40)
    if not ts:
        return []
    c = {}
    iss = pick_issue(ctx, r, ts[0], c, NIGHT_TOPICS, "night")
    rows = []
    for i, t in enumerate(ts):
        ct = ctx.ct_at(t)
        if i == 0:
            s = render_issue(r, ct, iss, c)
        else:
            s = fin(
                r,
                ct,
                r.choice(
                    [
                        "又来电反映{sh}，说今晚还是一样",
                        "{sh}，已经第{k}次反映了，还是没人管",
                        "第{k}次：{sh}",
                        "{w}再次反映{sh}，称现在还在吵/还在冒烟，要求马上派人",
                        "同前，{sh}，来电人说执法人员来了一走又开始了",
                        "{sh}——反复来电，问题未解决",
                        "{w}说{sh}天天这样，睡不成觉",
                    ]
                ).format(sh=iss["short"], k=i + 1, w=who(r, ct)),
            )
        rows.append(row(t, phone, s, lognorm(r, 150, 0.6, 25, 1000), "genuine", "repeat_complaint"))
    return reg(ctx, phone, "genuine", "repeat_complaint", rows, 0.0)


# ---- angry callers with a real matter ----------------------------------------
ANGRY_LINES = [
    "你们这帮吃干饭的，{sh}多少天了没人管",
    "狗日的拖了{dur}",
    "我打了多少回了你们就会说记下了",
    "你们政府的人都是死人吗",
    "再不管老子就去县政府门口坐着",
    "日你妈的，谁来管管",
    "你们都是一伙的，官官相护",
    "一帮瓷锤，这么点事都办不了",
    "你们还算是人民政府？",
    "我看你们就是不想管",
    "驴日的包工头跑了你们也不管",
    "我就问你们到底管不管",
    "你们这些当官的心都是黑的",
]


def g_angry_genuine(ctx):
    r = ctx.r
    phone = gphone(ctx)
    pat = wc(r, {"one": 78, "few": 12, "sameday": 10})
    ts = ctx.times(pat, r.choice(["day", "day", "eve", "any"]), k=r.randint(2, 4), gap=30)
    if not ts:
        return []
    c = {}
    iss = pick_issue(ctx, r, ts[0], c)
    rows = []
    for t in ts:
        ct = ctx.ct_at(t)
        line = fill(r, r.choice(ANGRY_LINES), dict(c, sh=iss["short"]))
        line = dialectize(r, line, ct["dial"] + 0.2)
        if r.random() < ct["mask"] * 0.6:
            line = mask_sw(r, line)
        x = r.random()
        full = subj(r, iss["full"])
        if x < 0.3:
            s = f"{who(r, ct)}情绪非常激动，开口就骂{Q(r, ct, line)}，经安抚后反映：{full}。{ct['dw']}{iss['demand']}。"
        elif x < 0.55:
            s = f"{who(r, ct)}骂骂咧咧，称{Q(r, ct, line)}。反映{full}，要求{iss['demand']}"
        elif x < 0.75:
            s = (
                f"{full}。来电人说了很多难听的话，{r.choice(['骂政府不作为', '骂承办单位', '骂话务员', '说我们都是摆设'])}，要求马上解决"
                + note(r, ct, r.choice(["已安抚", "情绪激动", "言语粗俗，已提醒"]))
            )
        elif x < 0.9:
            s = f"{iss['short']}{ct['tsep']}态度极差，骂人，要求处理"
        else:
            s = f"{who(r, ct)}说{line}——反映的是{iss['short']}，{iss['demand']}"
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 380, 0.5, 50, 2400), "genuine", "angry_genuine"))
    return reg(ctx, phone, "genuine", "angry_genuine", rows, 0.0)


# ---- callers reporting an insult someone else said to them -------------------
INSULT_ACTORS = [
    ("邻居", "{towngov}"),
    ("楼上住户", "社区"),
    ("{shop}的老板", "县市场监管局"),
    ("村干部", "{towngov}"),
    ("物业保安", "县住建局"),
    ("{hall}{win}窗口的工作人员", "县行政审批局"),
    ("出租车司机", "县交通运输局"),
    ("{restaurant}老板", "县市场监管局"),
    ("包工头", "县人社局"),
    ("{school}的一个老师", "县教育局"),
    ("{hosp}的护士", "县卫健局"),
    ("城管队员", "县城管局"),
    ("{bus}路公交司机", "县交通运输局"),
    ("派出所的辅警", "县公安局"),
    ("煤矿的班长", "县人社局"),
    ("收苹果的客商", "县市场监管局"),
]
INSULTS = [
    "老不死的",
    "穷鬼",
    "要饭的",
    "刁民",
    "瓷锤",
    "神经病",
    "没家教",
    "滚出去",
    "你算个甚",
    "乡巴佬",
    "土老帽",
    "老赖",
    "狗东西",
    "二杆子",
    "傻子",
    "泼妇",
    "不要脸",
    "狗日的",
    "买不起就别看",
    "脑子有病",
    "你听不懂人话吗",
    "穷得叮当响还来看病",
    "你这号人就不配",
    "一边去",
]
INSULT_VERBS = [
    "骂其{q}",
    "骂她是{q}",
    "说他是{b}",
    "称其为{q}",
    "当着众人叫他{b}",
    "冲她喊{q}",
    "说来电人{q}",
    "骂来电人{b}",
    "说了句{q}",
    "还说{q}",
    "当着娃娃的面骂{b}",
    "张口就是{q}",
]
INSULT_CAUSE = [
    "起因是停车位的事",
    "起因是楼上漏水到她家",
    "因为问了几句价格没买",
    "因为办事时多问了两句",
    "因为催要工钱",
    "排队时说了一句话",
    "因为让对方把垃圾拿走",
    "因为孩子在楼道玩",
    "因为对收费有疑问",
    "因为地界的事",
]
INSULT_DEM = [
    "要求对方道歉",
    "要求对该工作人员批评教育",
    "要求相关部门调查处理",
    "要求物业换人",
    "希望村上出面调解",
    "要求给个说法",
    "要求调取监控",
    "希望处理这个人",
]


def g_reports_insult(ctx):
    r = ctx.r
    phone = gphone(ctx)
    pat = wc(r, {"one": 88, "few": 12})
    ts = ctx.times(pat, r.choice(["day", "day", "eve"]), k=2)
    if not ts:
        return []
    c = {}
    actor, dept = r.choice(INSULT_ACTORS)
    actor, dept = fill(r, actor, c), fill(r, dept, c)
    ins = r.choice(INSULTS)
    rows = []
    for i, t in enumerate(ts):
        ct = ctx.ct_at(t)
        verb = r.choice(INSULT_VERBS).format(q=Q(r, ct, ins), b=ins)
        s = r.choice(
            [
                "{w}反映{a}{v}，{c}，{d}",
                "{w}来电称{a}{v}，{d}",
                "{a}{v}，{c}。{d}",
                "{w}投诉{a}：{c}，对方{v}，{d}",
                "{w}说今天{a}{v}，心里很委屈，{d}",
            ]
        ).format(w=who(r, ct), a=actor, v=verb, c=r.choice(INSULT_CAUSE), d=r.choice(INSULT_DEM))
        if r.random() < 0.3:
            s = addn(r, ct, s, r.choice(["建议转" + dept, "来电人情绪低落", "来电人说有录音", "来电人要求保密"]))
        if i:
            s = r.choice(["再次来电，", "补充：", ""]) + s
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 300, 0.5, 60, 1800), "genuine", "reports_insult"))
    return reg(ctx, phone, "genuine", "reports_insult", rows, 0.0)


# ---- elderly / confused / in distress --------------------------------------
ELDER = [
    ("高龄补贴这几个月没到账", "县民政局"),
    ("家里电视没信号了，儿女都不在跟前", "广电网络公司"),
    ("家里没电了，不知道是不是没交电费", "供电公司"),
    ("养老金认证不会弄，怕停发", "县人社局"),
    ("医保卡丢了不知道去哪补", "县医保局"),
    ("窑顶漏雨，下雨天睡不成", "{towngov}"),
    ("药吃完了，不会在手机上挂号", "县人民医院"),
    ("村上发的米面没领到", "{vil}村委会"),
    ("想问低保啥时候发", "县民政局"),
    ("家里水龙头不出水", "自来水公司"),
    ("老伴住院了，想问报销咋弄", "县医保局"),
    ("一卡通里的钱取不出来", "信用社"),
    ("儿子打工的钱老板不给，想让政府帮着要", "县人社局"),
    ("家门口的路被人挖断了出不去", "{towngov}"),
    ("手机欠费停机了，不会交", "移动营业厅"),
    ("家里的羊被人偷了", "派出所"),
]
ELDER_FORMS = [
    "来电老人耳背，说话反复，沟通{m}分钟后了解到{x}，{a}",
    "{age}岁老人来电，先说了很长时间儿子在外地打工不回来，后说{x}，{a}",
    "老人说不清具体住址，只知道是{vil}，反映{x}{n}",
    "来电老人独居，说平时没人拉话，顺带问{x}，{a}",
    "来电人年纪大，表达不清，大致意思是{x}，{a}",
    "老人哭着说{x}，话务员安抚后记录，{a}",
    "老人方言很重，听了好几遍，大意{x}，{a}",
    "老人家说话颠三倒四，核心是{x}，{a}",
    "来电老人说{x}，问了几遍名字才说清，{a}",
    "老人一开始说打错了，后来又说{x}，{a}",
]


def g_elderly(ctx):
    r = ctx.r
    phone = gphone(ctx) if r.random() < 0.8 else r.choice(ctx.vilpool)
    pat = wc(r, {"one": 70, "everyfew": 18, "few": 12})
    ts = ctx.times(pat, r.choice(["day", "day", "any"]), lo=2, hi=6)
    rows = []
    for t in ts:
        ct = ctx.ct_at(t)
        c = {}
        x, d = r.choice(ELDER)
        d = fill(r, d, c)
        a = r.choice(
            ["已转{d}", "已告知找{d}", "已安抚，转{d}联系老人", "已记录，请{d}上门看一下", "已告知{d}电话"]
        ).format(d=d)
        s = fill(
            r,
            r.choice(ELDER_FORMS),
            dict(c, x=x, a=a, m=str(r.randint(3, 15)), n=note(r, ct, "已建议让家里人再打来补充信息")),
        )
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 520, 0.5, 90, 2400), "genuine", "elderly_confused"))
    return reg(ctx, phone, "genuine", "elderly_confused", rows, 0.0)


DISTRESS = [
    "来电女子哭诉被丈夫打了，现在躲在{pl}，已告知拨打110并转县妇联",
    "来电人称活着没意思，不想活了，话务员全程安抚{m}分钟，已转110并联系{towngov}",
    "来电人称在{mine}干活的钱要不回来，家里娃娃等着交学费，情绪崩溃，说要从楼上跳下去，已转110",
    "来电人称其{rel}突然晕倒，慌得不知道咋办，已指导拨打120",
    "来电人被困在{vil}沟里，雨大车冲不出来，已转119及{towngov}",
    "来电学生称在{school}被同学欺负，不想上学了，已安抚并转县教育局",
    "来电人称孩子走丢了{n2}个小时，在{near}附近，已转110",
    "来电人称被人骗了{money}，一直哭，已告知报警并转110",
    "来电人称其{rel}拿刀要伤人，已立即转110",
    "来电人称{rel}病重没钱看，哭得说不成话，已转民政局临时救助",
    "来电人说一个人在家心慌害怕，喘不上气，已转120并联系社区",
]


def g_distress(ctx):
    r = ctx.r
    phone = gphone(ctx)
    ts = ctx.times("one", r.choice(["any", "late", "day"]))
    rows = []
    for t in ts:
        ct = ctx.ct_at(t)
        s = fill(
            r,
            r.choice(DISTRESS),
            {"pl": r.choice(["邻居家", "村委会", "娘家", "街上", "楼道里"]), "m": str(r.randint(10, 40))},
        )
        if r.random() < 0.5:
            s = addn(r, ct, s, r.choice(["已报告班长", "需回访", "已跟进", "来电人情绪极不稳定"]))
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 700, 0.6, 90, 3600), "genuine", "distress"))
    return reg(ctx, phone, "genuine", "distress", rows, 0.0)


# ---- bad lines, dropped calls, misdials, callbacks --------------------------
DROPPED = [
    "通话中断",
    "来电断线",
    "信号差听不清，断线",
    "只听到一句{q}{fr}{q2}后就断了",
    "来电人说话断断续续，无法记录完整诉求，回拨无人接听",
    "电话接通后杂音很大，听不清，挂断后回拨关机",
    "线路问题，来电人声音时有时无",
    "来电人刚说了村名就断了",
    "掉线",
    "听不清，对方好像在山里",
    "来电人说了半句断了",
    "声音很小听不清，让其换个地方再打",
    "信号不好，断了",
    "回声很大听不清楚，建议来电人重拨",
    "来电人在开车，说了一半断了",
]
FRAGS = ["停水", "我们村", "工资", "你们给看一下", "医保", "路塌了", "喂，听得见吗", "那个补贴"]


def g_dropped(ctx):
    r = ctx.r
    phone = gphone(ctx)
    t = ctx.times("one", r.choice(["day", "day", "any"]))
    if not t:
        return []
    t = t[0]
    rows = []
    for j in range(wc(r, {1: 75, 2: 18, 3: 7})):
        ct = ctx.ct_at(t)
        secs = lognorm(r, 12, 0.8, 1, 90)
        if r.random() < ct["sil_empty"] * 0.5:
            s = ""
        else:
            a, b = ct["quote"]
            s = r.choice(DROPPED).replace("{q}", a).replace("{q2}", b).replace("{fr}", r.choice(FRAGS))
            if j and r.random() < 0.5:
                s = addn(r, ct, s, "同一号码又断了")
            s = fin(r, ct, s)
        rows.append(row(t, phone, s, secs, "genuine", "dropped_call"))
        t = t + dt.timedelta(seconds=secs + r.randint(20, 240))
    if r.random() < 0.6:
        t = t + dt.timedelta(minutes=r.randint(1, 20))
        if t < ctx.end:
            ct = ctx.ct_at(t)
            if r.random() < 0.7:
                c = {}
                iss = pick_issue(ctx, r, t, c)
                s = render_issue(
                    r, ct, iss, c, lead=r.choice(["来电人称刚才信号不好断了，", "刚才断线后重拨，", "（接上一通）", ""])
                )
                rows.append(row(t, phone, s, lognorm(r, 200, 0.5, 35, 1500), "genuine", "complaint"))
            else:
                q, a = r.choice(CONSULTS)
                s = fin(r, ct, f"刚才断线，重新打来咨询{q}，已告知{a}")
                rows.append(row(t, phone, s, lognorm(r, 120, 0.5, 25, 900), "genuine", "consult"))
    return reg(ctx, phone, "genuine", "dropped_call", rows, 0.0)


MISDIAL_TO = [
    "120",
    "110",
    "10086",
    "12315",
    "县医院",
    "快递员",
    "出租车公司",
    "供电所",
    "他女儿",
    "12333",
    "银行客服",
    "驾校",
    "12306",
]


def g_misdial(ctx):
    r = ctx.r
    phone = gphone(ctx)
    ts = ctx.times("one", r.choice(["day", "any"]))
    rows = []
    for t in ts:
        ct = ctx.ct_at(t)
        x = r.choice(MISDIAL_TO)
        s = r.choice(
            [
                "来电人称打错了，本来想打{x}",
                "拨错号码",
                "打错了",
                "来电人以为是{x}，已告知这里是12345政务服务热线",
                "来电人要找{x}，打错了",
                "来电人说按错了一个号",
                "{w}说要打{x}，拨错了，已告知号码",
                "误拨",
                "打错了（想打{x}）",
            ]
        ).format(x=x, w=who(r, ct))
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 14, 0.5, 3, 80), "genuine", "misdial"))
    return reg(ctx, phone, "genuine", "misdial", rows, 0.0)


def g_callback(ctx):
    r = ctx.r
    phone = gphone(ctx)
    ts = ctx.times("one", "day")
    rows = []
    for t in ts:
        ct = ctx.ct_at(t)
        c = {}
        iss = pick_issue(ctx, r, t, c)
        s = r.choice(
            [
                "来电人称{when}有个0912开头的号码打给他没接上，问是啥事。经查为{d}就其反映的{sh}回访，已告知",
                "回拨来电，刚才通话断了，来电人继续反映{sh}",
                "来电人接到回访电话时在开车，现回电说对{sh}的处理{sat}",
                "回电，称{when}工作人员打过来说好上门，到现在没来（{sh}）",
                "来电人回拨，问刚才是不是12345打的电话，已核实是回访",
                "未接回访，来电人回电，{sh}，{sat}",
                "来电人说收到短信让回电，{sh}的事，已说明",
            ]
        ).format(
            when=r.choice(["上午", "刚才", "昨天", "中午"]),
            d=iss["dept"],
            sh=iss["short"],
            sat=r.choice(["满意", "基本满意", "不满意，问题还没解决", "一般"]),
        )
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 90, 0.6, 15, 600), "genuine", "callback"))
    return reg(ctx, phone, "genuine", "callback", rows, 0.0)


# ---- genuine persistent petitioners ----------------------------------------
PETITION = [
    ("其父{yr}年在{mine}井下受伤致残，至今未认定工伤", "工伤认定", "县人社局"),
    ("其家宅基地{yr}年被村上占了修路，一直没有补偿", "宅基地补偿", "{towngov}"),
    ("其家{yr}年被征地后补偿款少算了{n2}亩", "征地补偿少算", "县自然资源局"),
    ("其是原{company}的下岗职工，要求补发{yr}年以后的生活费", "下岗职工待遇", "县人社局"),
    ("其儿子{yr}年在{builder}工地摔死，赔偿款至今没到位", "工亡赔偿", "县住建局"),
    ("其当了十几年民办教师，要求认定教龄给补贴", "民办教师补贴", "县教育局"),
    ("其是退伍军人，要求落实{yr}年的安置待遇", "退伍安置", "县退役军人事务局"),
    ("其买的{est}的安置房到现在没交房", "安置房交房", "县住建局"),
    ("其家窑洞被{mine}采空区震裂，要求赔偿搬迁", "采空区搬迁", "县应急管理局"),
    ("其对{yr}年的一起交通事故处理结果不服，要求重新处理", "交通事故处理", "县信访局"),
    ("其家承包的{n2}亩地被村上收回转包给别人", "承包地被收回", "{towngov}"),
]
PET_COMPL = [
    "已经跑了十几年了",
    "每次都说研究研究",
    "镇上推县上，县上推镇上",
    "对答复不满意",
    "说再不解决就去市上、省上",
    "说他年纪大了等不起了",
    "说别人家的都解决了就他家没有",
]
PET_LATER = [
    "{s}再次来电反映{sh}，说没人给解决",
    "老来电人{s}，还是{sh}的事，情绪激动",
    "{sh}，{s}第{k}次来电",
    "{s}：要求县领导接见，解决{sh}",
    "同前，{s}反映{sh}，已多次转办",
    "来电人{s}又打来，{c}",
    "{sh}问题，{s}，重复来电",
    "{s}，{sh}，要求书面答复",
    "{s}反映{sh}，称{c}，已安抚",
    "{sh}（{s}，老问题）",
]


def g_petitioner(ctx):
    r = ctx.r
    phone = gphone(ctx)
    c = {}
    full, sh, dept = r.choice(PETITION)
    full, dept = fill(r, full, c), fill(r, dept, c)
    sur = fill(r, "{sur}", c)
    place = fill(r, r.choice(["{vil}", "{est}", "{town}"]), c)
    pat = wc(r, {"daily": 40, "everyfew": 40, "burstdays": 20})
    ts = ctx.times(
        pat,
        r.choice(["office", "day", "day"]),
        p=r.choice([0.5, 0.8]),
        kmax=r.choice([1, 2, 3]),
        lo=1,
        hi=4,
        nd=r.randint(3, 10),
        gap=30,
    )
    rows = []
    for i, t in enumerate(ts):
        ct = ctx.ct_at(t)
        if i == 0 or r.random() < 0.2:
            s = f"来电人{sur}（{place}）反映{full}，{r.choice(PET_COMPL)}，要求{r.choice(['县领导亲自过问', '给个书面答复', '按政策解决', '尽快解决'])}。"
            if r.random() < 0.6:
                s = addn(
                    r,
                    ct,
                    s,
                    r.choice(["老上访户", "已多次来电", "已多次转办，来电人对处理结果不满意", "建议转" + dept]),
                )
        else:
            s = r.choice(PET_LATER).format(s=sur, sh=sh, k=i + 1, c=r.choice(PET_COMPL))
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 600, 0.6, 60, 3000), "genuine", "petitioner"))
    return reg(ctx, phone, "genuine", "petitioner", rows, 0.15)


# ---- night-shift workers with real matters ----------------------------------
NW = [
    (
        "来电人自称在{mine}上夜班，刚下班",
        [
            ("职工宿舍{since}没水，下了班洗不成澡", "协调恢复供水"),
            ("夜班下班后没有车回{town}", "考虑开通早班车"),
            ("矿上夜班不给加班费", "人社部门查处"),
            ("矿上的拉煤车半夜在村道上跑得飞快", "交警夜查"),
        ],
    ),
    (
        "来电人是出租车司机，跑夜班",
        [
            ("{street}{near}有个井盖没了，晚上开车差点掉进去", "尽快补上"),
            ("{near}的红绿灯半夜一直闪黄灯，路口差点撞车", "检修信号灯"),
            ("夜里{near}有黑车抢客", "整治黑车"),
        ],
    ),
    (
        "来电人是环卫工，凌晨在{street}扫街",
        [
            ("{street}的路灯全灭了，扫街看不见", "修路灯"),
            ("环卫工的工资{n2}个月没按时发", "督促发放"),
            ("{near}的烧烤摊每晚把垃圾倒在路边", "管一下烧烤摊"),
        ],
    ),
    (
        "来电人是{hosp}的夜班护士",
        [
            ("下夜班回{est}，小区门禁坏了一直开着，不安全", "督促物业修门禁"),
            ("医院门口半夜有人喝醉闹事", "派出所加强巡逻"),
        ],
    ),
    (
        "来电人在物流园装卸货，晚上干活",
        [("物流园里的老板拖欠装卸费", "帮助追讨"), ("物流园门口的路{dur}没修，夜里车陷进坑里", "修路")],
    ),
    (
        "来电人在加油站上夜班",
        [("凌晨{near}有一群人喝酒打架", "派出所加强巡逻"), ("{road}有一段塌了个坑，夜里看不见", "设置警示并修补")],
    ),
    (
        "来电人是{est}的值班保安",
        [("{est}门口的消防栓漏水，流了一地", "尽快维修"), ("半夜有车堵住小区消防通道", "交警处理")],
    ),
    (
        "来电人在{lantan}倒班",
        [("厂里夜班补贴{n2}个月没发", "督促发放"), ("厂里晚上偷排黑烟，他们工人自己都受不了", "环保部门查")],
    ),
    (
        "来电人是跑夜路的货车司机",
        [("{road}上半夜有大车逆行、不开灯", "交警夜查"), ("{road}有一段塌了个坑，夜里看不见", "设置警示并修补")],
    ),
    ("来电人在{coldst}上夜班", [("冷库夜班工钱一直拖着", "督促支付"), ("冷库的氨味很大，怕泄漏", "安监部门检查")]),
]


def g_night_worker(ctx):
    r = ctx.r
    phone = gphone(ctx)
    pat = wc(r, {"one": 85, "few": 15})
    ts = ctx.times(pat, "nightwork", k=2)
    rows = []
    c = {}
    intro, ms = r.choice(NW)
    intro = fill(r, intro, c)
    m, d = r.choice(ms)
    m, d = fill(r, m, c), fill(r, d, c)
    for t in ts:
        ct = ctx.ct_at(t)
        s = r.choice(["{i}，反映{m}，{d}", "{i}。{m}，希望{d}", "{m}（{i}），{d}", "{i}，说{m}，要求{d}"]).format(
            i=intro, m=m, d=d
        )
        if r.random() < 0.3:
            s = addn(r, ct, s, r.choice(["来电人白天睡觉，请下午以后回电", "夜间来电", "来电人要求短信回复"]))
        rows.append(row(t, phone, fin(r, ct, s), lognorm(r, 190, 0.5, 40, 1000), "genuine", "night_worker"))
    return reg(ctx, phone, "genuine", "night_worker", rows, 0.0)


# ===========================================================================
# driver
# ===========================================================================
HARASS_GENS = [
    ("silent", g_silent, 0.30),
    ("abuse_calltaker", g_abuse_calltaker, 0.09),
    ("abuse_government", g_abuse_government, 0.06),
    ("night_chat", g_night_chat, 0.09),
    ("obscene", g_obscene, 0.03),
    ("prank_false_report", g_prank_false_report, 0.05),
    ("prank_nonsense", g_prank_nonsense, 0.04),
    ("child_play", g_child_play, 0.06),
    ("line_test", g_line_test, 0.04),
    ("robocall", g_robocall, 0.06),
    ("telemarketing", g_telemarketing, 0.06),
    ("threat", g_threat, 0.03),
    ("vexatious_repeat", g_vexatious, 0.09),
]
GENUINE_GENS = [
    ("complaint", g_complaint, 0.23),
    ("report", g_report, 0.05),
    ("request_help", g_request_help, 0.08),
    ("consult", g_consult, 0.13),
    ("consult_short", g_consult_short, 0.09),
    ("suggestion", g_suggestion, 0.015),
    ("praise", g_praise, 0.01),
    ("followup", g_followup, 0.08),
    ("repeat_complaint", g_repeat_complaint, 0.03),
    ("angry_genuine", g_angry_genuine, 0.05),
    ("reports_insult", g_reports_insult, 0.03),
    ("elderly_confused", g_elderly, 0.03),
    ("distress", g_distress, 0.01),
    ("dropped_call", g_dropped, 0.04),
    ("misdial", g_misdial, 0.02),
    ("callback", g_callback, 0.025),
    ("petitioner", g_petitioner, 0.035),
    ("night_worker", g_night_worker, 0.025),
    ("emergency_transfer", g_emergency, 0.02),
]


def _budgets(total, gens):
    raw = [total * w for _, _, w in gens]
    b = [int(x) for x in raw]
    rest = total - sum(b)
    order = sorted(range(len(gens)), key=lambda i: raw[i] - b[i], reverse=True)
    for i in order[:rest]:
        b[i] += 1
    return b


def _run(ctx, gens, total, out):
    for (name, fn, _), b in zip(gens, _budgets(total, gens)):
        got, tries = 0, 0
        while got < b and tries < 50 * b + 100:
            tries += 1
            rows = fn(ctx)[: b - got]
            out.extend(rows)
            got += len(rows)


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    """Generate the calls.  Returns (rows, restricted)."""
    r = random.Random(seed)
    ctx = Ctx(r, start, days)
    n_h = int(round(n_target * harassment_share))
    out = []
    _run(ctx, HARASS_GENS, n_h, out)
    _run(ctx, GENUINE_GENS, n_target - n_h, out)
    out.sort(key=lambda d: (d["received_at"], d["caller_phone"], d["content"]))
    restricted = {p for p, label, kind, n, hist in ctx.callers if p and hist}
    # numbers put on the register earlier that do not call in this period
    for _ in range(20 + n_target // 2500):
        restricted.add(ctx.phone("nuis") or ctx._new("mobile"))
    return out, restricted


if __name__ == "__main__":
    import collections
    import sys
    import time

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    for sd in (1, 2):
        t0 = time.time()
        rows, restricted = calls(n_target=n, seed=sd)
        el = time.time() - t0
        kinds = collections.Counter((d["label"], d["kind"]) for d in rows)
        h = sum(1 for d in rows if d["label"] == "harassment")
        print(f"seed={sd} rows={len(rows)} harassment={h / len(rows):.4f} restricted={len(restricted)} {el:.2f}s")
        for (lab, k), v in sorted(kinds.items()):
            print(f"  {lab:10s} {k:20s} {v}")
