"""
caller_model_v -- labelled synthetic calls to the 12345 government service hotline
of 澄湾县 (Chengwan County), a fictional county in 辽南 (the south of the Liaodong
peninsula).  Standard library only.

THE COUNTY
    County seat: 城关街道, with 海滨街道 (new flats along 滨海大道) and 东港街道 (the old
    fishing port, 渔港回迁小区, 水产公司宿舍, 船厂家属楼).  Rural towns:
      蛤蜊岗镇 (fishing, 赶海, 泊子/崴子 villages), 老鹰嘴镇 (海参圈 sea-cucumber ponds),
      望海镇 (渔港, 鑫海船舶修造厂, 盐场), 大孤礁乡 (island, reached by 轮渡 ferry; bad signal),
      双岔河镇 (大樱桃 and apple orchards), 黄泥洼镇 (farmland, 草莓大棚),
      石桥子镇 (镁砂窑, 耐火材料厂, dust), 红旗营子镇 (化工园区, 滑石矿).
    Seasons: 休渔期 May-Aug (fishing ban, fuel subsidies, night poaching), 大樱桃 harvest
    and 高考/中考 in June, 雷雨/暴雨/台风 Jul-Aug, 海水浴场 in summer, 供暖 Nov-Mar, 结冰/扫雪
    in winter, 医保缴费 in autumn.  Local speech (written down by call-takers): 嘎哈, 咋整,
    埋汰, 老鼻子, 膈应, 彪/虎了吧唧, 二五眼, 山炮, 瘪犊子, 长虫, 三蹦子, 蚬子, 海蛎子, 开支 (pay),
    没信儿, 整 ..., 俺.

INTERFACE
    calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1),
          harassment_share=0.05, seed=1) -> (rows, restricted)
    rows: list of dicts, sorted by received_at, with keys
        received_at  naive local datetime in [start, start+days)
        caller_phone 11-digit mobile, landline with area code (e.g. 041189xxxxxx,
                     02158xxxxxxx) or "" when withheld
        content      what the call-taker typed (Chinese, possibly empty)
        call_seconds int
        label        "harassment" | "genuine"
        kind         short English name of the call type (below)
    restricted: set of numbers already on the office's register of restricted numbers
        before the period: many persistent nuisance numbers, some genuine persistent
        petitioners, and old entries that never call in the period.
    About n_target rows (within a fraction of a percent), about harassment_share of
    them nuisance; deterministic for a given seed.

CALL-TAKERS
    28 call-takers in 4 rotating teams (day 08-17, evening 17-24, night 00-08).  Each
    has a fixed habit: register (formal "来电人反映：…诉求：…", standard, terse, chatty with
    the caller's own words), how she writes dates (6月3日 / 6.3 / 3号), buildings (3号楼 /
    3#楼), quotes, punctuation (Chinese, ASCII, spaces, no final stop), bracketed notes
    or "备注：", typing errors (反应/述求/燥音/拉圾 ...), tags like 【咨询】, favourite
    phrases for silent calls, how often she leaves a nuisance call blank.

NUISANCE KINDS (label "harassment"; share of the nuisance rows, pattern, seconds)
    silent            27%  nobody speaks.  Numbers: bursts (3-15 a day for 1-3 days),
                           once a night at about the same hour for 6-25 nights, every
                           2-6 days, or single.  2 s to several minutes.  Often blank.
    hangup             5%  hangs up as soon as answered, in bursts; 0-4 s.
    abuse_calltaker   12%  abuses the call-taker, with or without swear words (contempt,
                           sarcasm, dialect insults), no matter; evening-heavy, repeats.
    abuse_government   6%  contempt for the government/hotline, no matter.
    drunk              5%  drunk rambling at night, several nights.
    night_chat         6%  lonely chat / personal questions at night, long calls.
    flirt              5%  flirting with the call-taker, asking for WeChat, lewd talk.
    fake_report        3%  made-up reports told like real ones (tells: laughter,
                           no address, "逗你玩").
    nonsense_story     2%  long rambling stories, no request; very long calls.
    absurd_request     3%  find me a wife, register my dog, top up my phone ...
    child_play         3%  children playing with the phone, after school / weekends.
    line_test          2%  "just testing if it goes through".
    bet                1%  calling for a bet, night, laughter in background.
    robocall           3%  recorded loan/credit/insurance adverts, office hours.
    fax_tone         1.5%  fax machines retrying every few minutes.
    music              1%  only music on the line.
    telemarketer       3%  salespeople (POS, 理财, 墓地, 净水器, 代理记账) calling the hotline.
    threat           2.5%  threats against the call-taker / the government, no matter.
    vexatious_repeat   8%  the same long-answered matter (or nothing) again and again,
                           several times a day over weeks.

GENUINE KINDS (label "genuine"; share of the genuine rows)
    topical matters    ~71% in all, split by month-dependent weights over:
        water power gas_heating road transport social_insurance medical_insurance
        pension school wages_owed land housing_property noise pollution consumer
        health weather hukou welfare sanitation illegal_construction animals fishery
        agriculture telecom traffic praise suggestion
        (noise has evening/night hours; some come as bursts from incidents: a water
        cut in one 小区, a thunderstorm power cut in one town, a chemical smell at
        night, exam-time noise ...; a few callers are numbers that also make nuisance
        calls on other days)
    short_consult       7%  one-line questions: a phone number, office hours, a rule.
    followup            7%  reminders about an earlier order (same number, days later,
                            sometimes at night, sometimes quoting the order number;
                            some orders from before the period).
    angry_caller        3%  real matter told with curses/insults, sometimes repeated.
    reported_insult   1.3%  caller reports that someone (neighbour, shop, official,
                            driver, teacher) insulted them; with/without quotes / 骂.
    elderly_confused    2%  elderly, confused or lonely callers who still have a matter;
                            long calls.
    distress          0.6%  domestic violence, suicidal talk, trapped, lost child ...
    dropped_call      2.5%  line drops before / during the matter (often blank, few s);
                            many are followed by a callback.
    bad_line            1%  noise, island / at-sea signal, only a few words heard.
    misdial           1.2%  wanted 120/110/10086/a relative.
    callback            1%  calls back after a drop, or returns a missed 回访 call.
    petitioner          1%  persistent petitioners (old wages, land, demolition, 工伤);
                            1-3 calls a day on many days; some on the register.
    night_worker      0.8%  night-shift workers (shipyard, taxi, delivery, sanitation,
                            seafood plant) calling at night with real matters.
"""

import datetime as dt
import math
import random
from itertools import accumulate

TD = dt.timedelta

# --------------------------------------------------------------------------------------
# Places and things of 澄湾县
# --------------------------------------------------------------------------------------
COUNTY = "澄湾县"
URBAN = {
    "城关街道": [
        "春晓小区",
        "金海湾小区",
        "港城花园",
        "电厂家属楼",
        "和平里小区",
        "幸福家园",
        "粮库家属院",
        "新华小区",
    ],
    "海滨街道": ["碧海蓝庭", "阳光水岸", "海韵名都", "御景湾", "观澜苑", "滨海新城"],
    "东港街道": ["渔港回迁小区", "水产公司宿舍", "东港新村", "锦绣嘉园", "盛世华庭", "船厂家属楼"],
}
URBAN_TOWNS = list(URBAN)
RURAL = {
    "蛤蜊岗镇": ["西泊子村", "海蜇湾村", "南崴子村", "小窑村", "蛤蜊岗村"],
    "石桥子镇": ["腰岭村", "后瓦房村", "镁矿屯", "歪头山村", "石桥子村"],
    "双岔河镇": ["杏花峪村", "樱桃沟村", "刁家屯", "上马石村", "双岔河村"],
    "黄泥洼镇": ["孙家沟村", "大石棚村", "前杨屯", "苇塘村"],
    "望海镇": ["渔港村", "北崴子村", "盐场村", "望海村"],
    "老鹰嘴镇": ["礁东村", "参圈村", "鹰嘴村", "东崴子村"],
    "大孤礁乡": ["大孤礁村", "小孤礁村", "鹁鸽礁村"],
    "红旗营子镇": ["营子村", "滑石沟村", "三道沟村", "红旗村"],
}
RURAL_TOWNS = list(RURAL)
STREETS = [
    "人民路",
    "新华街",
    "滨海大道",
    "港湾路",
    "兴业街",
    "育才路",
    "站前街",
    "胜利街",
    "渔港路",
    "文化街",
    "和平路",
    "建设大街",
    "北环路",
    "海防路",
    "樱桃大街",
    "老街",
]
LANDMARKS = [
    "客运站",
    "县政府广场",
    "东港早市",
    "新华书店",
    "滨海公园",
    "百货大楼",
    "水产批发市场",
    "县一中",
    "城关一小",
    "县中心医院",
    "县中医院",
    "金沙滩浴场",
    "老电影院",
    "农贸市场",
    "汽车站",
    "供电所",
]
FACTORIES = [
    "鑫海船舶修造有限公司",
    "蓝港水产食品有限公司",
    "宏远耐火材料有限公司",
    "东鑫化工有限公司",
    "海宝参业",
    "恒通建筑公司",
    "兴达服装厂",
    "北方镁业有限公司",
    "望海冷链物流",
    "顺发塑料制品厂",
    "鑫海船厂",
    "金樱桃果蔬合作社",
]
SEAFOOD = ["蓝港水产食品有限公司", "海之味水产加工厂", "鑫源海产品加工厂", "大孤礁海珍品公司", "东港冷冻厂"]
POLLUTERS = [
    "宏远耐火材料厂",
    "东鑫化工",
    "北方镁业",
    "红旗营子化工园区一家企业",
    "石桥子镇一家镁砂窑",
    "顺发塑料制品厂",
    "一家沥青搅拌站",
]
BARS = ["老船长烧烤", "海蛎子烧烤", "东北大串", "嘉年华KTV", "夜猫子大排档", "蚬子锅", "大连海鲜烧烤"]
SHOPS = [
    "乐百家超市",
    "鑫盛超市",
    "东港早市",
    "百货大楼",
    "家电城",
    "好邻居便利店",
    "一家手机店",
    "水产批发市场",
    "万家福超市",
]
GOODS = ["牛奶", "面包", "火腿肠", "速冻饺子", "酸奶", "奶粉", "豆油", "海苔", "饮料", "鸡蛋"]
GOODS2 = ["电动车", "冰箱", "洗衣机", "手机", "空调", "热水器", "电饭锅", "燃气灶"]
HOSPS = ["县中心医院", "县中医院", "县妇幼保健院", "镇卫生院", "县第二人民医院"]
SCHOOLS = [
    "城关一小",
    "城关二小",
    "实验中学",
    "县一中",
    "县二高中",
    "海滨小学",
    "东港中学",
    "双岔河镇中心小学",
    "望海镇九年一贯制学校",
]
KGS = ["金太阳幼儿园", "小海星幼儿园", "童乐幼儿园", "县机关幼儿园", "贝贝幼儿园"]
ROUTES = ["1", "2", "3", "5", "6", "8", "11", "12", "K1"]
DEVS = ["海韵房地产开发公司", "鑫港置业", "盛世地产", "滨海新城项目"]
DRIVING = ["顺达驾校", "安驰驾校", "澄湾驾校"]
PORTS = ["望海渔港", "蛤蜊岗渔港", "老鹰嘴码头", "大孤礁码头", "东港码头"]
DISEASES = ["糖尿病", "高血压", "冠心病", "慢阻肺", "尿毒症透析", "脑梗后遗症"]
VACCINES = ["流感疫苗", "HPV疫苗", "狂犬疫苗", "带状疱疹疫苗", "乙肝疫苗", "水痘疫苗"]
STOCK = ["海参", "鱼苗", "虾苗", "鸡雏", "扇贝苗"]
SURNAMES = list("王李张刘孙于宋曲姜邹丛隋滕鞠衣宫战毕初迟谭林徐高赵杨董辛矫")
TITLES = ["女士", "女士", "先生", "先生", "大爷", "大娘", "阿姨", "师傅", "大姐"]
SERVICE = [
    "政务服务中心",
    "社保中心",
    "不动产登记中心",
    "县中心医院",
    "派出所户籍窗口",
    "供电所",
    "自来水公司",
    "医保局窗口",
    "镇便民服务中心",
]
TEL = {
    "社保中心": "0411-89731206",
    "医保局": "0411-89735510",
    "不动产登记中心": "0411-89762210",
    "政务服务中心": "0411-89760000",
    "县中心医院": "0411-89712120",
    "自来水公司": "0411-89725566",
    "燃气公司": "0411-89718819",
    "热力公司": "0411-89733300",
    "公交公司": "0411-89751111",
    "劳动监察大队": "0411-89738012",
    "市场监管局": "0411-89741315",
    "民政局": "0411-89736120",
    "轮渡码头": "0411-89790888",
    "交警大队": "0411-89772122",
    "疾控中心": "0411-89729011",
}
CN = "零一二三四五六七八九十"

HOLIDAYS = {
    dt.date(2025, 1, 1),
    dt.date(2025, 5, 1),
    dt.date(2025, 5, 2),
    dt.date(2025, 5, 5),
    dt.date(2025, 5, 31),
    dt.date(2025, 6, 1),
    dt.date(2025, 6, 2),
    dt.date(2025, 10, 1),
    dt.date(2025, 10, 2),
    dt.date(2025, 10, 3),
    dt.date(2025, 10, 6),
    dt.date(2025, 4, 4),
    dt.date(2024, 6, 10),
    dt.date(2024, 10, 1),
    dt.date(2026, 1, 1),
}

# --------------------------------------------------------------------------------------
# hours of day (weights for 0..23)
# --------------------------------------------------------------------------------------
HOURS = {
    "day": [
        0.2,
        0.12,
        0.08,
        0.06,
        0.08,
        0.25,
        0.8,
        2.2,
        5.5,
        7.5,
        7.2,
        6,
        3.6,
        4.2,
        6.4,
        6.6,
        5.8,
        4.6,
        3.2,
        2.8,
        2.4,
        1.8,
        1.0,
        0.5,
    ],
    "office": [0, 0, 0, 0, 0, 0, 0.05, 0.6, 4, 6, 6, 5, 1.2, 3, 6, 6, 5, 2, 0.3, 0.1, 0, 0, 0, 0],
    "evening": [
        1.6,
        1,
        0.6,
        0.3,
        0.2,
        0.2,
        0.4,
        0.8,
        1,
        1.3,
        1.3,
        1.3,
        1.2,
        1.2,
        1.3,
        1.5,
        1.8,
        2.6,
        3.6,
        4.6,
        5.4,
        5.6,
        4.8,
        3.2,
    ],
    "night": [6, 5, 4, 3, 2, 1.2, 0.4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.4, 1.5, 3, 5, 6],
    "late": [4, 3, 2, 1, 0.6, 0.3, 0.2, 0.3, 0.5, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.7, 0.9, 1.3, 2, 3, 4, 5, 5, 5],
    "any": [1.2, 1, 0.9, 0.8, 0.8, 0.9, 1.2, 2, 3, 3, 3, 3, 2.5, 3, 3, 3, 3, 3, 3, 3, 3, 2.5, 2, 1.6],
    "kids": [0, 0, 0, 0, 0, 0, 0.1, 0.4, 0.5, 0.5, 0.6, 1, 2, 1.5, 1, 1.5, 4, 5.5, 5.5, 4.5, 3, 1.5, 0.3, 0],
    "dawn": [0.5, 1, 2, 4, 5, 4, 2, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.2],
    "workday": [0.5, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 2.5, 4.5, 5.5, 5.5, 5, 3.5, 4, 5, 5, 4.6, 4, 3, 2.5, 2, 1.5, 1, 0.7],
}
HCW = {k: list(accumulate(v)) for k, v in HOURS.items()}
H24 = list(range(24))

# --------------------------------------------------------------------------------------
# call-taker habits
# --------------------------------------------------------------------------------------
TYPOS = [
    ("反映", "反应"),
    ("诉求", "述求"),
    ("噪音", "燥音"),
    ("垃圾", "拉圾"),
    ("一直", "一只"),
    ("安装", "按装"),
    ("以前", "已前"),
    ("已经", "以经"),
    ("再次", "在次"),
    ("催办", "摧办"),
    ("答复", "答付"),
    ("好像", "好象"),
    ("尽快", "进快"),
    ("哪", "那"),
    ("账", "帐"),
    ("已告知", "以告知"),
    ("登记", "登计"),
    ("核实", "核时"),
    ("拖欠", "拖钱"),
    ("检查", "检察"),
    ("维修", "为修"),
    ("情绪", "情续"),
    ("现在", "现再"),
    ("小区", "小取"),
    ("部门", "布门"),
    ("吗", "嘛"),
    ("联系", "连系"),
    ("没有", "没又"),
    ("处理", "出理"),
    ("工资", "工姿"),
]

SILENT_NOTES = [
    "无声",
    "无声",
    "无声电话",
    "无声来电",
    "接通后无人说话",
    "来电无声音",
    "电话接通对方不说话",
    "接通后无人应答，询问多次后挂断",
    "对方一直不出声",
    "静音",
    "空电话",
    "喂了几声没人应",
    "无应答",
    "接起无声，约{sec}秒后对方挂断",
    "只听见喘气声，不说话",
    "背景有电视声，无人讲话",
    "能听见有人走动，就是不说话",
    "无人说话，话务员挂机",
    "来电不语",
    "一声不吭",
    "不说话",
    "接通后沉默",
    "无语音",
    "没声",
    "对方不吭声，提示三遍后挂机",
    "有杂音无人讲话",
    "听到对方呼吸声，未说话",
    "拿起电话不出声",
    "无人讲话，按规范结束通话",
    "通了不说话",
    "电话那头没动静",
    "无声，多次询问无回应",
    "来电未讲话",
    "对方沉默{sec}秒后挂了",
]
HANGUP_NOTES = [
    "",
    "",
    "",
    "接通即挂",
    "秒挂",
    "一接就挂",
    "刚接起就挂断",
    "未说话即挂机",
    "接通即断",
    "挂了",
    "响了就挂",
]
ANSWERED = [
    "已解释",
    "已答复",
    "已告知",
    "已解答",
    "直接答复",
    "已做解释",
    "已说明",
    "已耐心解释",
    "话务员已答复",
    "已按知识库答复",
]
NUIS_END = [
    "无诉求",
    "无具体诉求",
    "无实质内容",
    "未说明事由",
    "无事",
    "无效来电",
    "无具体事项",
    "无诉求，挂机",
    "无事由",
    "没啥事",
]


def cn_num(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


class Op:
    """One call-taker and her writing habits."""

    def __init__(self, r, wid):
        self.wid = wid
        self.reg = r.choices(["formal", "standard", "terse", "chatty"], [35, 35, 18, 12])[0]
        self.who = r.choice(["来电人", "来电人", "来电人", "市民", "来电者", "该来电人", "来电群众"])
        self.say = r.choice(["反映", "称", "来电反映", "来电称", "表示", "来电说"])
        self.intro = r.choice(["反映：", "反映：", "反映，", "来电反映：", "称：", "反映", "来电称，"])
        self.dem_lbl = r.choice(["诉求：", "诉求：", "来电人诉求：", "诉求为：", "要求", "希望", "请求", "诉求"])
        self.hope = r.choice(["希望", "要求", "请", "望", "想"])
        self.close = r.choice(
            [
                "",
                "",
                "",
                "请相关部门核实处理。",
                "请尽快处理。",
                "望予以解决。",
                "需回复。",
                "请核实。",
                "请相关单位处理。",
                "请予以办理。",
            ]
        )
        self.punct = r.choices(["cn", "ascii", "space", "noend", "mixed"], [60, 10, 8, 14, 8])[0]
        self.nw = r.choice(
            [
                "（{}）",
                "（{}）",
                "({})",
                "【{}】",
                "备注：{}",
                " ##{}",
                "——{}",
                "。{}",
                " {}",
                "，{}",
                "[{}]",
                " 注：{}",
            ]
        )
        self.note_p = r.uniform(0.08, 0.5)
        self.typo_p = r.choice([0, 0, 0.02, 0.04, 0.08, 0.15])
        self.date_style = r.choice(["md", "md", "dot", "hao", "mdh", "full", "slash"])
        self.bld_style = r.choice(["hao", "hao", "sharp", "sharp2", "cn", "dong"])
        self.q = r.choice(
            [("“", "”"), ("“", "”"), ("“", "”"), ('"', '"'), ("'", "'"), ("‘", "’"), ("「", "」"), ("", "")]
        )
        self.county_p = r.choice([0, 0, 0.2, 0.6, 0.9])
        self.county_w = r.choice([COUNTY, COUNTY, "我县", "本县"])
        self.name_p = r.choice([0, 0.2, 0.5, 0.8])
        self.tag_p = r.choice([0, 0, 0, 0, 0.5, 0.9])
        self.tag_fmt = r.choice(["【{}】", "[{}]", "{}：", "{}-"])
        empty_base = {"formal": 0.15, "standard": 0.3, "terse": 0.7, "chatty": 0.35}[self.reg]
        self.silent_empty = min(0.95, max(0.05, r.gauss(empty_base, 0.15)))
        self.silent_fav = r.sample(SILENT_NOTES, 3)
        self.count_p = r.uniform(0, 0.7)
        self.answered = r.sample(ANSWERED, 2)
        self.dispatch = r.choice(["转{}", "派{}", "转办{}", "已派单{}", "转{}处理", "派至{}"])
        self.dispatch_p = r.uniform(0, 0.45)
        self.cn_p = r.choice([0, 0, 0, 0.3, 0.7])
        self.nuis_end = r.sample(NUIS_END, 3)
        self.order_style = r.choice(["工单号{}", "单号{}", "{}", "编号{}", "工单{}", "short"])
        self.drift = r.uniform(0.05, 0.25)  # how often she writes off her usual register

    # ---- small writing helpers ------------------------------------------------------
    def register(self, r):
        if r.random() < self.drift:
            return r.choice(["formal", "standard", "terse", "chatty"])
        return self.reg

    def date(self, d):
        s = self.date_style
        if s == "md":
            return f"{d.month}月{d.day}日"
        if s == "dot":
            return f"{d.month}.{d.day}"
        if s == "hao":
            return f"{d.day}号"
        if s == "mdh":
            return f"{d.month}月{d.day}号"
        if s == "full":
            return f"{d.year}年{d.month}月{d.day}日"
        return f"{d.month}/{d.day}"

    def bld(self, n):
        s = self.bld_style
        if s == "hao":
            return f"{n}号楼"
        if s == "sharp":
            return f"{n}#楼"
        if s == "sharp2":
            return f"{n}#"
        if s == "dong":
            return f"{n}栋"
        return f"{cn_num(n)}号楼"

    def num(self, r, n):
        return cn_num(n) if r.random() < self.cn_p else str(n)

    def note(self, text):
        return self.nw.format(text)

    def tag(self, r, t):
        if t and r.random() < self.tag_p:
            return self.tag_fmt.format(t)
        return ""

    def order(self, r, o):
        if self.order_style == "short":
            return r.choice(["单号", "尾号", ""]) + o[-4:]
        return self.order_style.format(o)

    def fin(self, r, text):
        if self.typo_p:
            for a, b in TYPOS:
                if a in text and r.random() < self.typo_p:
                    text = text.replace(a, b, 1)
        q1, q2 = self.q
        if q1 != "“":
            text = text.replace("“", q1).replace("”", q2)
        p = self.punct
        if p == "ascii":
            text = (
                text.replace("，", ",")
                .replace("。", ".")
                .replace("：", ":")
                .replace("（", "(")
                .replace("）", ")")
                .replace("；", ";")
            )
        elif p == "space":
            text = text.replace("，", " ").replace("。", " ").replace("；", " ").strip()
        elif p == "noend":
            text = text.rstrip("。")
        elif p == "mixed":
            if r.random() < 0.5:
                text = text.replace("，", ",", r.randint(1, 3))
            if r.random() < 0.3:
                text = text.replace("。", "。。", 1)
            if r.random() < 0.3:
                text = text.rstrip("。")
        text = text.replace("，，", "，").replace("。，", "，").replace("，。", "。")
        return text


# --------------------------------------------------------------------------------------
# slot filling: S is a dict that invents a value the first time a slot is asked for
# --------------------------------------------------------------------------------------
def _amt(r, lo, hi, step):
    v = int(math.exp(r.uniform(math.log(lo), math.log(hi))) // step * step) or step
    if v >= 10000 and r.random() < 0.4:
        return f"{v / 10000:.1f}万".replace(".0万", "万")
    return str(v)


def _hh(r):
    return r.choice(
        [
            f"昨天晚上{r.randint(7, 11)}点",
            f"今天早上{r.randint(5, 9)}点",
            f"下午{r.randint(1, 5)}点",
            f"昨天下午{r.randint(1, 5)}点",
            f"今天凌晨{r.randint(1, 4)}点",
            f"中午{r.choice([11, 12])}点多",
            f"前天晚上{r.randint(7, 11)}点",
        ]
    )


SLOTGEN = {
    "utown": lambda s: s.r.choice(URBAN_TOWNS),
    "comm": lambda s: s.r.choice(URBAN[s["utown"]]),
    "rtown": lambda s: s.r.choice(RURAL_TOWNS),
    "vil": lambda s: s.r.choice(RURAL[s["rtown"]]),
    "town": lambda s: s["rtown"],
    "street": lambda s: s.r.choice(STREETS),
    "street2": lambda s: s.r.choice([x for x in STREETS if x != s["street"]]),
    "lm": lambda s: s.r.choice(LANDMARKS),
    "bld": lambda s: s.op.bld(s.r.randint(1, 24)),
    "unit": lambda s: f"{s.r.randint(1, 6)}单元",
    "n": lambda s: s.op.num(s.r, s.r.randint(2, 5)),
    "n2": lambda s: s.op.num(s.r, s.r.randint(2, 9)),
    "months": lambda s: s.op.num(s.r, s.r.randint(2, 10)),
    "date": lambda s: s.op.date(s.when - TD(days=s.r.randint(1, 6))),
    "odate": lambda s: s.op.date(s.when - TD(days=s.r.randint(3, 40))),
    "hh": lambda s: _hh(s.r),
    "amt": lambda s: _amt(s.r, 60, 6000, 10),
    "amtw": lambda s: _amt(s.r, 2000, 90000, 100),
    "amt2": lambda s: str(s.r.randint(12, 320)),
    "co": lambda s: s.r.choice(FACTORIES),
    "co2": lambda s: s.r.choice(SEAFOOD),
    "co3": lambda s: s.r.choice(POLLUTERS),
    "bar": lambda s: s.r.choice(BARS),
    "shop": lambda s: s.r.choice(SHOPS),
    "goods": lambda s: s.r.choice(GOODS),
    "goods2": lambda s: s.r.choice(GOODS2),
    "hosp": lambda s: s.r.choice(HOSPS),
    "school": lambda s: s.r.choice(SCHOOLS),
    "kg": lambda s: s.r.choice(KGS),
    "route": lambda s: s.r.choice(ROUTES),
    "dev": lambda s: s.r.choice(DEVS),
    "dx": lambda s: s.r.choice(DRIVING),
    "port": lambda s: s.r.choice(PORTS),
    "disease": lambda s: s.r.choice(DISEASES),
    "vaccine": lambda s: s.r.choice(VACCINES),
    "stock": lambda s: s.r.choice(STOCK),
    "floor": lambda s: str(s.r.randint(5, 18)),
    "kwh": lambda s: str(s.r.randint(300, 1600)),
    "temp": lambda s: str(s.r.randint(11, 16)),
    "age": lambda s: str(s.r.randint(80, 97)),
    "yr": lambda s: str(s.r.randint(2008, 2022)),
    "oldyr": lambda s: str(s.r.randint(1996, 2012)),
    "m": lambda s: str(s.r.randint(2, 25)),
    "name": lambda s: s.r.choice(SURNAMES) + s.r.choice(TITLES),
    "name2": lambda s: (
        s.r.choice(SURNAMES) + s.r.choice(["姓", ""]) + s.r.choice(["工作人员", "大夫", "师傅", "同志", "小姑娘"])
    ),
    "svc": lambda s: s.r.choice(SERVICE),
    "tel": lambda s: s.r.choice(list(TEL.values())),
    "sec": lambda s: "几",
    "k": lambda s: "2",
}


class S(dict):
    __slots__ = ("r", "op", "when")

    def __init__(self, r, op, when, fixed=None):
        super().__init__()
        self.r, self.op, self.when = r, op, when
        if fixed:
            self.update(fixed)
            if "_evday" in fixed:
                self["date"] = op.date(fixed["_evday"])

    def __missing__(self, k):
        v = SLOTGEN[k](self)
        self[k] = v
        return v


def _parse(items):
    """'@6,7:f|s|c||f|s|c' -> (months or None, (iss_f, iss_s, iss_c), (dem_f, dem_s, dem_c))"""
    out = []
    for it in items:
        months = None
        if it.startswith("@"):
            head, it = it[1:].split(":", 1)
            months = {int(x) for x in head.split(",")}
        iss, dem = it.split("||")
        iss = iss.split("|")
        dem = dem.split("|")
        assert len(iss) == 3 and len(dem) == 3, it
        out.append((months, tuple(iss), tuple(dem)))
    return out


# --------------------------------------------------------------------------------------
# Genuine topics.  item: 'formal|short|colloquial||demand formal|short|colloquial'
# --------------------------------------------------------------------------------------
TOPICS = {
    "water": dict(
        w=7,
        loc="any",
        hw="day",
        sec=(160, 0.5),
        dept=["县水务局", "自来水公司", "水务局"],
        tag="投诉",
        items=[
            "自{date}起停水，至今未恢复供水，事先未接到任何停水通知|停水{n}天了，没通知|家里{n}天没来水了，也没人给个信儿||尽快恢复供水并说明停水原因|尽快来水|赶紧给来水",
            "自来水水质发黄、有异味，烧开后有白色沉淀|自来水发黄有味|水放出来是黄汤子，还一股味儿||对水质进行检测|检测水质|给化验化验这水能不能喝",
            "近期水压过低，{floor}楼以上基本用不上水|水压低，高层上不去水|楼上水流细得跟线似的，热水器都打不着火||尽快解决水压问题|解决水压|给整整水压",
            "门前供水管道破裂，大量跑水，路面积水严重|门口水管爆了跑水|门口水管子崩了，哗哗淌水，半条道都淹了||尽快维修|尽快修|赶紧来人修",
            "村里自来水每天只供水两小时左右且时间不固定，村民生活用水困难|村里每天就来俩小时水|村里水一天就来那么一会儿，还不准点，等不着||保障正常供水|正常供水|让水正常点",
            "水表损坏，本月水费{amt}元，明显高于往月|水表坏了水费高|这个月水费{amt}，平时才几十块钱，肯定是表坏了||核实水表并退还多收费用|核查水表|给查查表",
            "村内水井干涸，自来水管网未通到户，吃水需到外村拉水|没通自来水吃水难|村里井都干了，吃口水得开三蹦子上外村拉||尽快解决吃水问题|解决吃水|给想想招",
            "自来水公司营业厅缴费系统故障，无法缴纳水费，已被停水|交不上水费被停水|营业厅说系统坏了交不上钱，结果把水给掐了||恢复供水|恢复供水|先给来水",
            "小区二次供水水箱长期不清洗，水中有杂质|二次供水水箱脏|楼顶那水箱多少年不刷，水里有渣子||清洗水箱|清洗水箱|给刷刷水箱",
        ],
        det=[
            "家中有老人孩子",
            "拨打自来水公司电话一直占线",
            "物业称是自来水公司的事，不归他们管",
            "楼内其他住户也是同样情况",
            "已经是本月第三次",
            "家里有瘫痪老人需要用水",
            "天热没水没法过",
            "附近饭店都停业了",
        ],
    ),
    "power": dict(
        w=6,
        loc="any",
        hw="day",
        sec=(150, 0.5),
        dept=["供电公司", "县供电公司", "供电所"],
        tag="投诉",
        items=[
            "自{hh}左右停电至今，未接到停电通知|停电没通知|{hh}就没电了，冰箱里东西都要化了||尽快恢复供电|尽快来电|赶紧给送电",
            "电压不稳，灯忽明忽暗，家中电器已损坏{n}件|电压不稳烧了电器|电一会儿强一会儿弱，电视都烧了||检修线路并赔偿损失|查线路赔电器|来人看看，电器钱得给赔",
            "近期频繁停电，一天停电{n}次|频繁停电|一天掉好几回电，这日子没法过||查明原因彻底解决|解决频繁停电|给彻底整好",
            "门前电线杆倾斜，电线下垂离地面很近，存在安全隐患|电线杆歪了线耷拉着|门口电线杆子歪了，线都快耷拉到地上了，小孩伸手就够着||尽快处理消除隐患|尽快处理|赶紧来扶正",
            "养殖池增氧机需要用电，近期停电频繁导致{stock}死亡|停电致养殖损失|一停电增氧机就停，{stock}都闷死了||保障养殖用电|保障供电|保证别再停电",
            "申请新装电表，营业厅称需等待{months}个月|装表等太久|去营业厅装个表让等好几个月||尽快办理|尽快装表|快点给装上",
            "电费单显示本月用电{kwh}度，但家中常年无人居住|电费异常|家里没人住电费还这么多||核查电表|核查电表|给查查咋回事",
            "@6,7,8:天热用电高峰，每天晚上{n}点左右跳闸断电|晚上用电高峰断电|一到晚上开空调就断电，热得睡不着||增容改造|增容|给整个大点的变压器",
        ],
        det=[
            "拨打95598称已报修但一直没人来",
            "周边几栋楼都没电",
            "家里有病人需要用制氧机",
            "天热冰箱里的东西都坏了",
            "供电所说是线路老化",
            "家里孩子要考试",
            "已经停了好几回了",
        ],
    ),
    "gas_heating": dict(
        w=2.5,
        loc="urban",
        hw="day",
        sec=(150, 0.5),
        dept=["燃气公司", "热力公司", "住建局"],
        tag="投诉",
        mw={10: 3, 11: 6, 12: 5, 1: 5, 2: 4, 3: 3, 4: 1.5},
        items=[
            "燃气费已缴纳，但燃气表仍显示欠费无法使用|交了费燃气表还显示欠费|燃气费交完了表还不走字||核实并恢复供气|核实恢复|给弄好",
            "楼道内有明显燃气味|楼道煤气味大|楼道里一股煤气味儿，怕炸了||立即派人检查|马上来查|赶紧来人看看",
            "燃气公司上门安检人员推销燃气报警器、软管，价格明显高于市场价|安检推销高价软管|说是安检，来了就让买报警器，一个好几百||核实规范|查一查|管一管",
            "小区燃气改造开挖后，路面一直未恢复|燃气施工坑没填|挖完沟就撂那了，走道都费劲||尽快恢复路面|回填恢复|赶紧给填上",
            "@5,6,7,8,9:咨询今年老旧小区暖气管网改造是否包括本小区|问暖改|问问俺们小区今年换不换暖气管子||答复|答复|给个准话",
            "@10,11,12,1,2,3,4:室内温度仅{temp}度，供暖不达标|暖气不热|屋里才{temp}度，跟冰窖似的||尽快解决|让暖气热起来|给烧热乎点",
            "@10,11,12,1,2,3:暖气管道漏水，楼下住户被淹|暖气漏水|暖气管子崩了，楼下都泡了||尽快抢修|抢修|赶紧来人",
            "@9,10,11:咨询今年供暖费缴费时间和优惠政策|问供暖费|问暖气费啥时候交，早交有没有优惠||告知|答复|说说",
        ],
        det=["已联系物业，物业称找燃气公司", "家里有老人", "打燃气公司电话没人接", "去年就这样"],
    ),
    "road": dict(
        w=5,
        loc="street",
        hw="day",
        sec=(130, 0.5),
        dept=["住建局", "交通运输局", "城管局", "镇政府"],
        tag="投诉",
        items=[
            "{street}路面塌陷形成大坑，夜间存在安全隐患|{street}有个大坑|{street}道上塌了个大坑，晚上骑车的摔好几个了||尽快修复|尽快修|赶紧给补上",
            "{street}{lm}附近井盖缺失|井盖丢了|{street}那有个井盖没了，黑咕隆咚的||尽快补装|补井盖|赶紧给盖上",
            "{vil}村内道路年久失修，雨天泥泞无法通行|村路坑洼|村里那道一下雨就成烂泥塘了||修路|修路|给修修道",
            "{street}路灯已连续{n}晚不亮|路灯不亮|{street}路灯黑好几天了||维修路灯|修路灯|赶紧修修",
            "{street}道路施工未设置警示标志，扬尘严重|施工无警示|那修道的连个牌子都不立，灰老大了||规范施工|规范施工|管管",
            "通往{vil}的桥护栏损坏|桥护栏坏了|去{vil}那桥栏杆掉了一截||修复|修|赶紧修上",
            "{street}人行道地砖松动翘起，已有老人绊倒|地砖翘起|道牙子边上地砖都翘了，老太太都绊倒了||修复|修复|给整平",
            "{street}减速带损坏，螺丝外露|减速带坏了|减速带碎了，钉子都露出来了扎胎||更换|换新|给换了",
        ],
        det=["已向社区反映过", "晚上没灯看不见", "附近有学校，孩子多", "前两天有人摔伤了", "已经好几个月了"],
    ),
    "transport": dict(
        w=4,
        loc="none",
        hw="day",
        sec=(140, 0.5),
        dept=["交通运输局", "公交公司", "交通局"],
        tag="投诉",
        items=[
            "{route}路公交车经常不按点发车，等车超过半小时|{route}路车不准点|{route}路车等大半天不来||加强管理|管管|让按点发车",
            "{route}路公交司机态度恶劣，乘客刷卡慢即大声呵斥|{route}路司机态度差|{route}路那司机横得很，嫌人上车慢就嚷嚷||处理司机|处理|说道说道",
            "城乡客运{town}线末班车时间过早，下午{n}点后无车|城乡客运末班太早|去{town}的车下午{n}点就没了，下班回不去家||延长末班时间|延长运营|晚点收车",
            "大孤礁轮渡班次调整未提前公告，群众滞留码头|轮渡调班次没公告|船改点了也不通知，在码头上等了老半天||提前公告|提前通知|以后提前说一声",
            "出租车不打表，要价{amt2}元|出租车不打表|打车不打表，张嘴就要{amt2}||查处|查处|管管这帮出租车",
            "希望开通{comm}至县中心医院的公交线路|建议开公交|小区到医院没车，老人看病太费劲||开通线路|开通线路|给开个车",
            "老年人免费乘车卡办理后无法使用|老年卡刷不了|老年卡办完了刷不上||解决|处理|给看看咋回事",
            "{route}路公交车内空调不开，车内闷热|公交不开空调|{route}路车里热得跟蒸笼似的，空调也不开||督促开空调|开空调|让开空调",
        ],
        det=["每天上班都坐这趟车", "带着孩子等车", "已经不是第一次", "车上老人多"],
    ),
    "social_insurance": dict(
        w=5,
        loc="none",
        hw="office",
        sec=(170, 0.5),
        dept=["人社局", "社保中心"],
        tag="咨询",
        items=[
            "其在{co}工作，单位未给其缴纳社会保险|单位不给上社保|在{co}干了{n}年了，厂里一直没给上保险||督促单位补缴|补缴社保|让厂子给补上",
            "咨询灵活就业人员养老保险缴费标准及缴费渠道|咨询灵活就业社保|问问自己交社保咋交、交多少||答复|答复|给说说",
            "社保卡丢失补办需到县里，路途远，希望能在乡镇办理|社保卡补办不便|补个社保卡还得跑县里||方便群众就近办理|就近办理|在镇上就能办",
            "工伤认定申请已提交{months}个月仍无结果|工伤认定慢|工伤申请交了好几个月没信儿||尽快认定|加快|给个说法",
            "失业保险金网上申领后，一直显示审核中|失业金审核慢|网上报的失业金一直审核中||尽快审核|尽快|快点给办",
            "社保缴费年限查询结果与实际不符，少了{n}年|缴费年限不对|社保少算了好几年||核实更正|核查|给查清楚",
            "社保卡激活后无法在银行使用金融功能|社保卡用不了|社保卡激活了银行那刷不出来||协助解决|处理|给弄明白",
        ],
        det=["打社保中心电话没人接", "去了好几趟没办成", "单位说不归他们管", "已经交了材料"],
    ),
    "medical_insurance": dict(
        w=5,
        loc="none",
        hw="office",
        sec=(160, 0.5),
        dept=["医保局", "医保中心"],
        tag="咨询",
        mw={9: 1.5, 10: 1.5, 11: 1.6, 12: 1.6},
        items=[
            "其在{hosp}住院，出院结算时部分药品不予报销|住院报销少|住院花了{amtw}，报的太少了||核实报销政策|核实|给查查",
            "咨询异地就医备案如何办理|咨询异地就医备案|孩子在大连住院，问咋备案||答复|答复|说一下",
            "城乡居民医保已缴费，就医时显示未参保|缴了医保显示未参保|医保钱交了，上医院说没参保||核实|核实|给查查",
            "咨询门诊慢特病（{disease}）认定流程|咨询慢病认定|问{disease}办慢病本咋办||告知流程|答复|告诉咋办",
            "村卫生室医保刷卡无法使用|村卫生室刷不了医保|村里卫生所医保卡用不了，还得跑镇里||恢复|尽快恢复|给弄好",
            "药店使用医保卡购药时被要求搭配生活用品|药店医保违规|药店让用医保卡买洗发水||查处|查处|查查这药店",
            "@9,10,11,12,1:咨询明年城乡居民医保缴费标准和截止时间|问医保缴费|问明年医保交多少、交到啥时候||告知|答复|说说",
        ],
        det=["老人不会用手机", "在医院窗口问也说不明白", "已经跑了两趟了"],
    ),
    "pension": dict(
        w=3,
        loc="none",
        hw="office",
        sec=(180, 0.55),
        dept=["人社局", "社保中心"],
        tag="咨询",
        items=[
            "本月养老金比上月少{amt2}元，未收到任何说明|养老金少了|这个月养老钱少了{amt2}块，也没人说咋回事||说明原因|说明原因|给说说咋回事",
            "其父亲{age}岁，高龄补贴一直未发放|高龄补贴没发|俺家老爷子{age}了，高龄补贴一分没见着||核实发放|发放|给发了",
            "城乡居民养老保险待遇领取资格认证，老人行动不便不会操作手机|资格认证不会弄|老人不会用手机认证，养老钱要停了||上门认证或协助|帮助认证|来人帮着弄弄",
            "咨询{oldyr}年买断工龄人员能否补缴养老保险|咨询买断工龄补缴|问问买断的能不能补交||答复|答复|给个准话",
            "退休手续办理{months}个月仍未领到退休金|退休金未到账|办完退休好几个月了没见钱||尽快发放|尽快|快点给发",
        ],
        det=["老人年纪大了跑不动", "社区说不清楚", "一家老小指着这点钱"],
    ),
    "school": dict(
        w=4,
        loc="none",
        hw="day",
        sec=(160, 0.5),
        dept=["教育局", "县教育局"],
        tag="投诉",
        mw={6: 1.8, 7: 1.2, 8: 1.6, 9: 2},
        items=[
            "孩子户口在{comm}，被分到离家较远的学校|学区划分不合理|孩子离家近的学校不让上，给分老远了||合理安排|调整|给调调",
            "{school}放学时间过早，家长上班无法接送|放学早|学校三点多就放学，上班的咋接||调整放学时间|调整|晚点放学",
            "{school}门口有摊贩售卖三无食品|学校门口三无食品|学校门口那小摊卖辣条啥的，连个牌子都没有||取缔|取缔|管管",
            "{school}老师暗示家长让孩子参加其课外补习班|老师有偿补课|老师让孩子上他家补课，一节课好几百||调查处理|查处|查查",
            "@6,7:咨询今年中考成绩公布时间|中考成绩何时出|问中考分啥时候出||答复|答复|说一声",
            "@6:高考期间{school}附近工地施工噪音大|高考期间施工扰民|孩子要高考，旁边工地天天咣咣的||考试期间停止施工|停工|让停停",
            "{kg}收费超标，每月另收兴趣班费{amt}元|幼儿园乱收费|幼儿园每月又另收好几百||核查|查查|管管",
            "接送学生的车辆超载|校车超载|接孩子的车塞得满满的||查处|查处|管管",
            "咨询外地务工人员子女入学需提供哪些材料|随迁子女入学咨询|外地来打工的，孩子上学要啥手续||告知|答复|告诉一下",
            "@6,7,8:暑假期间{school}组织补课收费|暑期违规补课|放假了学校还组织补课收钱||制止|制止|管管",
        ],
        det=["孩子才上一年级", "其他家长也有意见", "找过校长没用", "不敢实名，怕孩子被穿小鞋"],
    ),
    "wages_owed": dict(
        w=6,
        loc="none",
        hw="day",
        sec=(200, 0.5),
        dept=["人社局劳动监察大队", "劳动监察大队", "人社局"],
        tag="求助",
        items=[
            "其在{co}工作，被拖欠{months}个月工资共计{amtw}元|{co}欠薪{amtw}|在{co}干活，{months}个月没开支了||协调追讨工资|讨要工资|帮着把工钱要回来",
            "在{vil}一工地干活，包工头拖欠工资，现已联系不上|工地包工头欠薪跑路|工地包工头欠钱跑了，电话也不接||帮助追讨|追讨|给想想办法",
            "在渔船上做船员，船老大拖欠工钱{amtw}元|船员工资被拖欠|跟船出海，船老大不给钱||协调解决|要钱|帮着要",
            "@5,6,7:在{vil}樱桃园摘樱桃打零工，雇主拖欠工钱|摘樱桃工钱没给|摘了半个月樱桃，老板说卖了再给，到现在也没给||追讨|追讨|给要回来",
            "离职后原单位拒不结算最后一个月工资|离职工资不结|辞职了最后一个月钱不给||协调|协调|帮帮忙",
            "{co2}未按约定支付加班费|不给加班费|厂里天天加班，一分加班费不给||督促|督促|管管厂里",
            "在{comm}装修干活，房主拖欠工钱{amt}元|装修工钱被欠|给人家装修完了钱不给||协调|协调|帮着说说",
        ],
        det=["一起干活的还有{n2}个人", "家里等着钱给孩子交学费", "老板说没钱", "打电话不接", "去厂里找被保安撵出来"],
    ),
    "land": dict(
        w=3,
        loc="rural",
        hw="office",
        sec=(220, 0.5),
        dept=["自然资源局", "农业农村局", "镇政府"],
        tag="投诉",
        items=[
            "村委会未经本人同意将其承包地转包他人|承包地被转包|村里把俺家地包给别人了，都没问俺||归还土地|还地|把地还给俺",
            "征地补偿款至今未发放到户|征地款未发|地征走好几年了，钱没给全||发放补偿款|发补偿|把钱给了",
            "邻居建房侵占其宅基地|宅基地纠纷|邻居盖房子占了俺家地方||调解处理|处理|给断断",
            "村里将集体海域承包给外村人，村民不知情|海域发包不公开|村里把海包出去了，俺们都不知道||公开发包情况|公开|给说清楚",
            "其耕地被{co3}堆放矿渣|耕地被堆渣|耕地让厂子堆满了镁渣子||清理恢复|清理|给清走",
            "土地确权登记面积与实际不符|确权面积不对|确权本上地少了二亩||核查更正|核实|给查查",
        ],
        det=["找村里好几次了", "村书记说不知道", "有合同", "家里就指着这点地"],
    ),
    "housing_property": dict(
        w=8,
        loc="urban",
        hw="day",
        sec=(170, 0.5),
        dept=["住建局", "房产服务中心", "街道办"],
        tag="投诉",
        items=[
            "物业公司不作为，楼道卫生长期无人打扫|物业不作为|物业光收钱不干活||监督物业履职|管管物业|管管这物业",
            "楼顶漏雨，物业推诿不修|楼顶漏雨没人管|一下雨屋里就漏，物业推来推去||尽快维修|修房顶|赶紧修",
            "开发商{dev}逾期交房{months}个月|逾期交房|房子到日子不给交||督促交房|交房|赶紧交房",
            "{yr}年购房，至今未办理不动产权证|办不了房本|买房好几年了房照还没下来||协调办证|办证|给办房照",
            "电梯频繁故障，{date}还发生困人|电梯老坏|电梯三天两头坏，前两天还关人了||维修|修电梯|修好了",
            "物业擅自提高物业费|物业涨价|物业费说涨就涨||核实|查查|管管",
            "咨询公租房申请进度|咨询公租房|问问公租房申请咋样了||答复|答复|给个信",
            "楼上装修拆除承重墙|楼上拆承重墙|楼上装修把承重墙砸了||立即制止|制止|赶紧管",
            "退租后房东拒不退还押金{amt}元|押金不退|退租了房东不给押金||协调|协调|帮着要回来",
            "小区车位只售不租，物业禁止外来车辆停放|车位只卖不租|车位不卖就不让停，逼着买||规范|规范|管管",
        ],
        det=["找物业好几次了", "业主群里都在说", "家里老人孩子住着", "物业经理电话不接", "交了物业费"],
    ),
    "noise": dict(
        w=6,
        loc="urban",
        hw="evening",
        sec=(120, 0.5),
        dept=["城管局", "生态环境分局", "派出所", "综合执法局"],
        tag="投诉",
        mw={6: 1.4, 7: 1.7, 8: 1.7, 12: 0.7, 1: 0.7},
        items=[
            "楼下{bar}夜间经营至凌晨，噪音扰民|烧烤店夜间扰民|楼下烧烤店喝到后半夜，吵吵把火的睡不了觉||处理|管管|管管",
            "附近广场舞音响声音过大|广场舞扰民|广场舞音响震得玻璃都响||控制音量|小点声|让小点声",
            "{street}工地夜间施工|工地夜间施工|工地半夜还干，咣咣的||停止夜间施工|停工|让停了",
            "楼上住户夜间跺脚、拖拽家具|楼上噪音|楼上半夜跟拆房子似的||协调|协调|说说他家",
            "{street}商铺门口大喇叭循环播放促销广告|商铺大喇叭|门口大喇叭一天到晚喊||制止|制止|让关了",
            "{co}厂区风机夜间噪声大|工厂噪声|厂子的风机呜呜响一宿||治理|治理|给整整",
            "小区内有人深夜飙车、改装排气管轰鸣|深夜炸街|半夜有人骑摩托炸街||查处|查处|抓抓",
            "{bar}KTV夜间唱歌声音大|KTV扰民|楼下唱歌的嚎到后半夜||处理|处理|管管",
        ],
        det=["家里有上学的孩子", "已报过110", "天天这样", "老人心脏不好", "白天还得上班"],
    ),
    "pollution": dict(
        w=5,
        loc="rural",
        hw="late",
        sec=(150, 0.5),
        dept=["生态环境分局", "环保局"],
        tag="举报",
        items=[
            "{co3}夜间偷排废气，有刺鼻气味|工厂夜间排废气|厂子半夜放烟，一股呛鼻子味儿||查处|查处|查查",
            "{co2}加工废水直排入海|加工厂废水排海|加工厂污水直接往海里淌，臭的||查处|查处|给查查",
            "{rtown}镁砂窑粉尘污染严重，窗台每天一层灰|粉尘污染|镁窑灰大，晒的衣服都埋汰了||治理|治理|给治治",
            "有人焚烧垃圾，浓烟扰民|焚烧垃圾|有人烧垃圾，烟熏火燎的||制止|制止|管管",
            "海边大量垃圾和死鱼无人清理|海边垃圾|海边一堆垃圾，臭烘烘的||清理|清理|来人收拾",
            "附近养殖场臭味严重|养殖场臭|养猪场臭得没法开窗||治理|治理|管管",
            "河道内有人倾倒化工废料，水面发黑|河里倒废料|河里水都黑了，不知道谁往里倒东西||查处|查处|查查",
        ],
        det=["晚上最严重", "孩子闻了咳嗽", "举报好几回了", "不愿透露姓名"],
    ),
    "consumer": dict(
        w=7,
        loc="none",
        hw="day",
        sec=(170, 0.5),
        dept=["市场监管局", "消协"],
        tag="投诉",
        items=[
            "在{shop}购买的{goods}已过期|买到过期食品|在{shop}买的{goods}过期了||退赔|退货赔偿|给退了",
            "在{shop}办理会员卡充值{amt}元后，商家关门跑路|充值卡商家跑路|办的卡店黄了||追回|退钱|帮着把钱要回来",
            "在直播间购买的海参实为泡发注胶产品|买的海参注胶|直播间买的海参一泡啥也不是||查处|处理|查查",
            "东港早市摊主缺斤短两|市场缺斤短两|买了二斤蚬子，回家一称一斤半||查处|处理|查查",
            "在{shop}购买的{goods2}出现质量问题，商家拒绝退换|拒绝退换|买的{goods2}坏了不给换||协调|协调退换|给换了",
            "{dx}收费后迟迟不安排练车|驾校不安排练车|交了钱驾校不让练车||督促|督促|管管",
            "装修公司收取定金后拖延工期|装修公司拖工期|装修公司钱收了活不干||协调|协调|给处理",
            "在农资店购买的农药为假货，果树叶片焦枯|假农资|买的药打上树叶子都焦了||查处赔偿|查处|让他赔",
            "手机店诱导其办理合约套餐，每月扣费{amt2}元|诱导合约机|去买手机给办了个套餐，每月扣好几百||退订|退订|给退了",
            "饭店消费时被收取未告知的餐位费|收餐位费|吃顿饭还收啥餐位费||查处|查处|管管",
        ],
        det=["有小票", "商家态度恶劣", "找商家好几次", "有聊天记录", "老人被忽悠了"],
    ),
    "health": dict(
        w=3,
        loc="none",
        hw="day",
        sec=(140, 0.5),
        dept=["卫健局", "疾控中心"],
        tag="咨询",
        items=[
            "咨询{vaccine}接种地点和时间|咨询疫苗|问问{vaccine}上哪打||告知|答复|说说",
            "{hosp}医生接诊态度差|医生态度差|医院大夫爱答不理的||处理|处理|管管",
            "{hosp}挂号排队时间长|挂号难|挂个号排老长||改进|改进|改改",
            "{vil}卫生室长期无医生值班|卫生室没人|村卫生所天天锁门||安排医生|安排|派个大夫",
            "小区附近蚊虫孳生、老鼠多，担心传染病|蚊虫多|小区蚊子老鼻子了||消杀|消杀|给打打药",
            "家人发热，咨询发热门诊位置及时间|咨询发热门诊|问发烧门诊在哪||告知|答复|告诉一声",
            "{kg}多名孩子出现手足口病症状，园方未告知家长|幼儿园手足口病|幼儿园好几个孩子手足口，园里也不吱声||核查消杀|核查|给查查",
            "被狗咬伤，咨询哪里可以打狂犬疫苗|被狗咬咨询疫苗|让狗咬了，问上哪打针||告知|答复|快说说",
        ],
        det=["孩子还小", "老人腿脚不便", "着急"],
    ),
    "weather": dict(
        w=2,
        loc="any",
        hw="any",
        sec=(120, 0.5),
        dept=["应急管理局", "城管局", "镇政府"],
        tag="求助",
        mw={6: 1.5, 7: 3, 8: 3, 9: 1.2, 12: 1.5, 1: 1.5},
        items=[
            "@6,7,8,9:暴雨后地下室进水|地下室进水|下大雨地下室都淹了||排水|排水|来人抽水",
            "大风将{street}一广告牌刮得摇摇欲坠|广告牌要掉|风把广告牌子刮得直晃悠，要掉下来了||处理隐患|处理|赶紧弄下来",
            "大树被风刮倒，压在电线上|树倒压线|大树刮倒了压电线上了||处理|处理|赶紧来人",
            "咨询今天是否有大风预警，轮渡是否停航|咨询天气停航|问今天船开不开||告知|答复|说说",
            "@6,7,8,9:雨后{vil}后山有落石|山上落石|下完雨山上直往下掉石头||排查|排查|来看看",
            "@12,1,2:道路结冰无人清扫，多人滑倒|道路结冰|道上冻得跟镜子似的，好几个人摔了||清冰|清冰|撒点盐",
            "@7,8:台风预警，咨询渔船回港避风要求|咨询台风避风|问台风来了船咋整||告知|答复|说说",
        ],
        det=["有老人住", "挺危险的", "已经有人受伤"],
    ),
    "hukou": dict(
        w=2,
        loc="none",
        hw="office",
        sec=(130, 0.5),
        dept=["公安局户政", "派出所"],
        tag="咨询",
        items=[
            "咨询新生儿落户需要准备的材料|新生儿落户|孩子上户口要啥||告知|答复|告诉",
            "户口迁往{rtown}，派出所要求开具的证明无法开具|迁户口证明难开|迁户口派出所让开证明，上哪开去||协调|协调|给个办法",
            "身份证丢失，咨询补办流程及时间|身份证补办|身份证丢了咋补||告知|答复|说说",
            "户籍信息中出生日期登记错误|户口信息错误|户口本上生日写错了||更正|更正|给改过来",
            "孩子早年超生未落户，现在想办理落户|无户口落户|孩子那时候超生没上户口||协助|协助|给上上",
        ],
        det=["急着用", "跑了好几趟", "孩子上学要用"],
    ),
    "welfare": dict(
        w=3,
        loc="rural",
        hw="office",
        sec=(200, 0.55),
        dept=["民政局", "镇政府"],
        tag="求助",
        items=[
            "家庭困难申请低保被村里拒绝|低保申请被拒|俺家这么困难不给低保||核实|核实|给看看",
            "村里低保评定不公，村干部亲属享受低保|低保不公|村干部亲戚吃低保||调查|调查|查查",
            "残疾人两项补贴停发|残疾补贴停发|残疾补贴这俩月没有了||说明原因|核实|给说说",
            "独居老人无人照顾，申请救助|独居老人求助|老人一个人在家没人管||救助|帮扶|给帮帮",
            "家中突发火灾，申请临时救助|火灾申请救助|家里着火了啥也没了||临时救助|救助|帮帮忙",
        ],
        det=["家里有残疾人", "老伴常年吃药", "孩子上学"],
    ),
    "sanitation": dict(
        w=4,
        loc="urban",
        hw="day",
        sec=(120, 0.5),
        dept=["城管局", "环卫处", "综合执法局"],
        tag="投诉",
        items=[
            "垃圾桶满溢多日无人清运|垃圾未清运|垃圾堆老高了没人拉||清运|清运|赶紧拉走",
            "{street}有人乱倒建筑垃圾|乱倒建筑垃圾|有人往道边倒砖头瓦块||查处清理|清理|管管",
            "{vil}公厕脏乱无人打扫|公厕脏|厕所埋汰得进不去人||保洁|打扫|给收拾收拾",
            "{street}早市占道经营，堵塞交通|早市占道|早市摆到马路上了，车都过不去||规范|规范|管管",
            "小区下水道堵塞，污水外溢|下水道堵|下水道堵了，污水漫到楼道了||疏通|疏通|赶紧通通",
            "@6,7,8:垃圾站夏季气味严重，蚊蝇多|垃圾站臭|垃圾站臭死了，苍蝇老鼻子了||清理消杀|清理|给弄弄",
        ],
        det=["臭得不行", "好几天了", "影响出行"],
    ),
    "illegal_construction": dict(
        w=3,
        loc="urban",
        hw="day",
        sec=(140, 0.5),
        dept=["城管局", "综合执法局", "自然资源局"],
        tag="举报",
        items=[
            "一楼住户私自扩建|一楼私搭乱建|一楼住户把院子圈起来盖房子了||拆除|拆除|给拆了",
            "楼顶有人搭建彩钢房|楼顶违建|楼顶有人盖彩钢房||查处|查处|管管",
            "{vil}有人在耕地上建房|耕地建房|有人在地里盖房子||制止|制止|管管",
            "{rtown}海边有人私自围海建养殖池|私自围海|有人在海边圈海修池子||查处|查处|查查",
        ],
        det=["还在施工", "举报过没人管", "不愿透露姓名"],
    ),
    "animals": dict(
        w=2,
        loc="any",
        hw="day",
        sec=(110, 0.5),
        dept=["公安局", "城管局", "林业局"],
        tag="求助",
        items=[
            "有人遛狗不拴绳|遛狗不拴绳|遛狗不牵绳子，吓着孩子了||管理|管管|管管",
            "流浪狗聚集，已咬伤人|流浪狗伤人|一帮野狗，咬人了||收容|收容|给抓走",
            "邻居院内养大量鸽子，臭味扰民|养鸽子扰民|邻居养一大帮鸽子，埋汰死了||处理|处理|说说他",
            "发现一只受伤的野生鸟类，疑似白鹭|发现受伤鸟|捡着个受伤的大鸟||救助|救助|来人接走",
            "院子里进了一条蛇|院里有蛇|院子里钻进条长虫||帮助处理|来人抓|来人给整走",
        ],
        det=["家里有孩子", "挺吓人的"],
    ),
    "fishery": dict(
        w=2,
        loc="rural",
        hw="day",
        sec=(150, 0.5),
        dept=["海洋与渔业局", "渔政"],
        tag="举报",
        mw={5: 2, 6: 2, 7: 2, 8: 2, 9: 1.3},
        items=[
            "@5,6,7,8:休渔期间{port}有渔船夜间偷偷出海捕捞|休渔期偷捕|休渔了还有船半夜偷着出去||查处|查处|抓抓",
            "其养殖区海参被人偷捕|海参被偷|俺家参圈让人偷了||查处|查处|给查查",
            "@5,6,7,8,9:咨询休渔期燃油补贴何时发放|油补何时发|问问油补啥时候发||答复|答复|说说",
            "咨询渔船证件年审办理|咨询渔船证件|问渔船证年审咋整||告知|答复|告诉",
            "近海养殖区因码头施工受污染，扇贝大量死亡|施工致扇贝死亡|那边修码头，扇贝死老鼻子了||调查赔偿|调查|给个说法",
            "赶海人员进入养殖区挖蚬子|赶海进养殖区|赶海的净往俺们养殖区挖蚬子||管理|管管|管管",
        ],
        det=["晚上出去的", "损失不小", "不想说名字"],
    ),
    "agriculture": dict(
        w=2,
        loc="rural",
        hw="day",
        sec=(150, 0.5),
        dept=["农业农村局"],
        tag="咨询",
        mw={4: 1.5, 5: 1.8, 6: 2, 9: 1.5, 10: 1.5},
        items=[
            "@5,6,7:大樱桃遭冰雹受损，咨询农业保险理赔|樱桃保险理赔|樱桃让雹子打了，保险咋赔||答复|答复|说说",
            "耕地地力保护补贴未发放|地力补贴未发|种地补贴没见着||核实发放|核实|给查查",
            "果树发生病虫害，请求技术指导|果树病虫害|树上生虫子了，想找个技术员||技术指导|指导|来人给看看",
            "@6,7:收购商压价收购大樱桃|收购商压价|收樱桃的压价压得狠||规范|规范|管管",
            "村里灌溉机井损坏|机井坏了|浇地的井坏了||维修|修|给修修",
            "@11,12,1,2,3:草莓大棚因停电无法卷帘保温|大棚停电|大棚停电了帘子放不下来，草莓要冻了||尽快来电|来电|赶紧来电",
        ],
        det=["今年本来收成就不好", "全村都这样"],
    ),
    "telecom": dict(
        w=2,
        loc="rural",
        hw="day",
        sec=(130, 0.5),
        dept=["工信局", "通信运营商"],
        tag="投诉",
        items=[
            "村里手机信号差|信号差|村里手机没信号，打电话得上山||建设基站|改善信号|给整个信号塔",
            "宽带报修多日无人处理|宽带报修无人管|宽带坏了报修好几天没人来||维修|修|快来修",
            "运营商擅自开通增值业务扣费|乱扣费|话费莫名其妙扣了好几十||退费|退费|给退了",
        ],
        det=["孩子上网课", "老人联系不上"],
    ),
    "traffic": dict(
        w=2,
        loc="street",
        hw="day",
        sec=(110, 0.5),
        dept=["交警大队", "公安局交警"],
        tag="投诉",
        items=[
            "{street}车辆乱停乱放，堵塞消防通道|乱停车|道上车乱停，消防车都进不来||处理|处理|管管",
            "{school}门口上下学时段拥堵，无交警疏导|学校门口堵|学校门口天天堵||疏导|疏导|派个交警",
            "{street}与{street2}交叉口红绿灯故障|红绿灯坏了|红绿灯不亮了||维修|修|赶紧修",
            "电动三轮车在{street}逆行|三轮车逆行|那三蹦子天天逆行||整治|整治|管管",
            "建议在{street}{lm}附近增设人行横道|建议加斑马线|那没有斑马线，过道太危险||增设|增设|给画个道",
        ],
        det=["孩子上学走这条道", "差点出事"],
    ),
    "praise": dict(
        w=1,
        loc="none",
        hw="office",
        sec=(100, 0.5),
        dept=["相关单位"],
        tag="表扬",
        items=[
            "表扬{svc}{name2}热情服务、耐心细致|表扬工作人员|那个{name2}办事真麻利，得表扬表扬||予以表扬|表扬|表扬一下",
            "感谢热线上次帮忙解决了小区停水问题|感谢热线|上回找你们给解决了，打电话谢谢||转达感谢|转达|替俺谢谢",
            "表扬环卫工人拾金不昧|表扬环卫工|环卫大姐捡着钱包还给俺了||予以表扬|表扬|给表扬表扬",
        ],
        det=[],
    ),
    "suggestion": dict(
        w=1,
        loc="none",
        hw="day",
        sec=(130, 0.5),
        dept=["相关单位"],
        tag="建议",
        items=[
            "建议{street}附近增设公共厕所|建议设公厕|那块儿连个厕所都没有||采纳|采纳|考虑考虑",
            "@6,7,8:建议金沙滩浴场增加救生员|浴场加救生员|浴场就俩救生员，不够用||采纳|采纳|考虑",
            "建议县城增设公共充电桩|建议设充电桩|电车没地方充电||采纳|采纳|整几个",
            "建议政务服务中心周末开放窗口|建议周末办事|上班的没空办事，周末开开呗||采纳|采纳|考虑",
        ],
        det=[],
    ),
}
for _t in TOPICS.values():
    _t["items"] = _parse(_t["items"])
LOC_WORDS = (
    "{comm}",
    "{street}",
    "{vil}",
    "{school}",
    "{kg}",
    "{hosp}",
    "{shop}",
    "{bar}",
    "{port}",
    "{co",
    "{rtown}",
    "{town}",
    "{lm}",
    "{route}",
)
CONSULT_START = ("咨询", "问", "询问")

# --------------------------------------------------------------------------------------
# Genuine hard cases
# --------------------------------------------------------------------------------------
ANGRY_SWEAR = [
    "你们他妈的到底管不管",
    "妈了个巴子的，{n}天了没人来",
    "你们这帮王八犊子就会踢皮球",
    "操，打了多少回了",
    "他妈的当官的家里停一天试试",
    "一帮SB，就知道让等",
    "滚犊子的物业",
    "狗日的开发商",
    "去他妈的回访",
    "你们是不是都死了",
]
ANGRY_CLEAN = [
    "你们都是吃干饭的吗",
    "一帮废物点心，屁大点事办不了",
    "你们就会踢皮球",
    "打了{n}回了，你们是聋子吗",
    "再不管我就天天打，打到你们烦",
    "你们当官的家里停一天水试试",
    "要你们有啥用",
    "你们就是摆设",
    "我看你们就是一伙的",
    "别跟我念稿子，听着就来气",
    "再不给解决我就上市里去",
    "我去县政府门口拉横幅",
    "白瞎纳税人的钱",
    "虎了吧唧的，啥也不懂",
]
ANGRY_DESC = [
    "情绪激动",
    "情绪非常激动",
    "言语粗俗",
    "多次爆粗口",
    "骂骂咧咧",
    "语气很冲",
    "大声嚷嚷",
    "带脏字",
    "说话难听",
    "情绪激动，说话带脏字",
]

INSULT_ITEMS = _parse(
    [
        "在{shop}退换商品时，店员称其“穷酸样还想退货”，态度恶劣|{shop}店员辱骂顾客|去{shop}退东西，那店员说俺“穷酸样”||处理该店员并道歉|处理|让她给道歉",
        "{vil}村干部在村民大会上当众说其是“刁民”“老赖”|村干部当众侮辱村民|村书记开会当着全村人的面说俺是刁民||调查处理|处理|给个说法",
        "对门邻居长期在楼道内辱骂其全家，骂其是“绝户”|邻居辱骂|对门天天在楼道里骂，说俺家绝户||调解处理|调解|管管她",
        "乘坐{route}路公交车时，司机说其“老不死的，上车这么慢”|公交司机辱骂老人|坐{route}路车，司机说俺老不死的||严肃处理|处理司机|处理他",
        "在{svc}办事时，窗口工作人员说其“听不懂人话”|窗口人员态度恶劣|办事那个窗口的说俺听不懂人话||处理|处理|批评批评",
        "城管执法人员收缴其三轮车时称其“小商小贩就是社会垃圾”|城管言语侮辱|城管收车还说俺们是社会垃圾||调查|调查|给个说法",
        "物业经理在业主群里称投诉的业主为事儿精、神经病|物业经理辱骂业主|物业经理在群里说俺是神经病||道歉|道歉|让他道歉",
        "孩子在{school}被老师当着全班称为“笨猪”“废物”|老师辱骂学生|老师当着全班说俺家孩子是笨猪||调查处理|处理|管管这老师",
        "因要求出租车司机打表，司机对其破口大骂|出租车司机骂人|让他打表，他张嘴就骂||查处|查处|处理",
        "到工地讨要工资时，老板骂其“要饭的”并推搡|老板辱骂讨薪工人|要工钱，老板说俺是要饭的，还推俺||追讨工资并处理|讨薪|把钱给俺",
        "{hosp}护士对其母亲说“这么大岁数了还折腾啥”|护士言语不当|护士跟俺妈说这么大岁数还折腾啥||处理|处理|批评",
        "快递员嫌其事多，骂骂咧咧将快递扔在门口|快递员骂人|快递员嫌俺事多，骂骂咧咧把东西扔门口||处理|处理|管管",
        "社区网格员上门登记时说其外地人“就是来要饭的”|网格员歧视外地人|网格员说俺们外地人就是来要饭的||处理|处理|让他道歉",
        "村里有人在微信群里造谣说她不正经|微信群造谣侮辱|村里有人在群里埋汰她，说她不正经||处理|处理|管管",
        "孩子同学家长在家长群里说其孩子“有娘生没娘养”|家长群辱骂孩子|家长群里有人说俺家孩子有娘生没娘养||处理|处理|让学校管管",
        "到派出所报案时民警说其“这点破事也来报警”|民警态度差|去派出所报案，民警说这点破事也来报||核实处理|处理|给个说法",
        "早市摊主因其挑拣海货，骂其“买不起就滚”|摊主骂顾客|买海蛎子挑两下，摊主就骂俺买不起滚||处理|处理|管管",
        "因停车问题，邻居骂其“瘪犊子”，并扬言要打他|邻居辱骂威胁|邻居为停车的事骂他瘪犊子，还说要揍他||协调处理|处理|管管",
        "单位领导在车间当众骂其“猪脑子”“滚回家去”|领导辱骂员工|车间主任当着大伙骂他猪脑子||处理|处理|给评评理",
        "房东催租时骂其“穷鬼”，并把其行李扔到楼道|房东辱骂租户|房东骂俺穷鬼，把东西扔出来了||协调|协调|给评评理",
    ]
)

CONSULT = [
    ("咨询社保中心电话", "已告知{T社保中心}"),
    ("问医保局电话", "已告知{T医保局}"),
    ("问不动产登记中心上班时间", "已告知工作日8:30-11:30，13:00-17:00"),
    ("问县中心医院挂号电话", "已告知{T县中心医院}"),
    ("问大孤礁轮渡今天开不开", "告知正常航行，以码头通知为准"),
    ("问大孤礁轮渡今天开不开", "告知因大雾停航"),
    ("问休渔期几号结束", "告知9月1日12时"),
    ("问身份证在哪办", "告知县公安局政务大厅户政窗口"),
    ("问中考成绩啥时候出", "已告知关注教育局公众号"),
    ("问城乡医保缴费标准", "已答复"),
    ("问{route}路公交末班车几点", "已告知"),
    ("问供电报修电话", "告知95598"),
    ("问燃气公司电话", "已告知{T燃气公司}"),
    ("问老年卡在哪办", "告知公交公司营业厅"),
    ("问结婚登记带啥", "告知双方户口本、身份证、照片"),
    ("问政务大厅端午开不开门", "已告知放假安排"),
    ("问失业金怎么领", "告知可网上申领"),
    ("问驾驶证到期换证在哪", "告知车管所"),
    ("问劳动监察大队电话", "已告知{T劳动监察大队}"),
    ("问金沙滩浴场几号开放", "已告知"),
    ("问狂犬疫苗在哪打", "告知县疾控中心及各镇卫生院"),
    ("问市场监管局电话", "已告知{T市场监管局}"),
    ("问自来水公司电话", "已告知{T自来水公司}"),
    ("问居住证怎么办", "已解答"),
    ("问交警大队电话", "已告知{T交警大队}"),
    ("问低保申请去哪", "告知户籍地镇政府民政办"),
    ("问养老金几号发", "告知每月10日前后"),
    ("问公积金提取", "告知公积金中心电话"),
    ("问热线有没有人上班", "已答复24小时"),
    ("问县图书馆几点开门", "已告知"),
    ("问孩子疫苗本丢了咋补", "告知到接种门诊补办"),
    ("问残疾证在哪办", "告知县残联"),
    ("问献血点在哪", "告知县中心医院旁献血屋"),
    ("问老人免费体检", "告知到辖区卫生院"),
    ("问民政局电话", "已告知{T民政局}"),
    ("问今天有没有雷阵雨", "告知关注气象预警"),
    ("问轮渡码头电话", "已告知{T轮渡码头}"),
    ("问渔船油补", "告知渔业局咨询"),
    ("问发票怎么开", "告知税务局"),
    ("问供暖费怎么交", "已答复"),
]

FOLLOW_STATUS = [
    "至今无人联系",
    "至今未解决",
    "部门说处理了但没动静",
    "问题依旧",
    "部门来人看了一眼就走了",
    "承办单位电话打不通",
    "还是老样子",
    "一直没人回电话",
    "说好{n}天内处理，已经过期",
    "部门回电话说不归他们管",
]
FOLLOW_RESP = [
    "已告知承办单位正在办理",
    "已告知办理时限",
    "已再次催办",
    "已加急催办",
    "告知已转办，请耐心等待",
    "已记录",
    "已催承办单位",
    "告知会尽快反馈",
]

ELDERLY = [
    ("咨询养老金到账日期", "养老金"),
    ("询问高龄补贴为何没到账", "高龄补贴"),
    ("询问医保卡怎么用", "医保卡"),
    ("反映儿子不给赡养费", "赡养"),
    ("称家里电视没信号好几天了", "电视信号"),
    ("反映屋顶漏雨没人管", "房屋漏雨"),
    ("想咨询怎么去养老院", "养老院"),
    ("称老伴住院报销的事不明白", "报销"),
    ("反映楼道灯坏了很久，晚上不敢出门", "楼道灯"),
    ("问怎么交电费，说以前的营业厅没了", "交电费"),
    ("称村里的低保好久没发了", "低保"),
    ("称身份证过期了不知道上哪换", "换身份证"),
    ("反映邻居家狗总叫，睡不着觉", "狗叫"),
    ("说手机里被扣了钱，不知道咋回事", "扣话费"),
    ("说想找社区帮忙买药", "买药"),
]
ELD_INTRO = [
    "来电人系{age}岁老人",
    "来电人为老年人，耳背",
    "老人来电，说话反复",
    "来电大爷年纪大",
    "来电老太太口齿不清",
    "来电人是独居老人",
    "老人来电，表述不清",
    "来电人年事已高，说话慢",
    "老人",
    "大娘来电",
]
ELD_MID = [
    "经反复询问",
    "问了半天",
    "说了很多家里的事",
    "东一句西一句",
    "一直讲她老伴去世以后的事",
    "讲了很多年轻时候的事",
    "说了好几遍",
    "经耐心询问",
    "哭了一阵",
    "絮絮叨叨讲了很久",
]

DISTRESS = [
    ("称被丈夫殴打，现躲在邻居家，哭诉不敢回家", "已告知拨打110，并提供县妇联电话", "求助"),
    ("情绪低落，称活着没意思，不想活了", "话务员持续安抚，已告知心理援助热线，并联动110", "求助"),
    ("称被困在{comm}{bld}电梯内，已{m}分钟", "已告知电梯内紧急按钮并联系物业和119", "求助"),
    ("称孩子在金沙滩浴场附近走失，十分着急", "已告知立即拨打110，并通知浴场管理处", "求助"),
    ("称家中老人有老年痴呆，今早出门至今未归", "已建议报警，并记录老人体貌特征", "求助"),
    ("称刚被人冒充公检法骗走{amtw}元", "已告知立即拨打110报警并联系银行止付", "求助"),
    ("称是外地来打工的，钱包丢了，身无分文回不了家", "已告知县救助站地址电话", "求助"),
    ("称被房东赶出来，带着孩子无处可去", "已联系救助站", "求助"),
    ("哭诉工伤后被厂里辞退，家里揭不开锅", "安抚，建议申请工伤认定，已派人社局", "求助"),
    ("称丈夫出海{n}天联系不上，很害怕", "已告知联系渔业部门及海上搜救中心", "求助"),
    ("称儿子在家发病打人，控制不住", "已告知拨打110、120", "求助"),
    ("称邻居家传出呼救声，很担心", "已告知拨打110，已记录地址", "求助"),
]

DROP_NOTES = [
    "",
    "",
    "",
    "通话中断",
    "断线",
    "来电人刚开口电话就断了",
    "来电人说要反映{word}的事，话未说完断线，回拨无人接听",
    "断线，回拨关机",
    "掉线",
    "来电人说了句“我想问问”就断了",
    "通话中断，回拨无人接",
    "来电人刚说到{word}就断了，回拨未接通",
    "信号中断",
    "未说完断开",
    "断了",
    "来电人说“你好，我是{rtown}的”后断线",
    "话没说完就挂断了，回拨占线",
    "来电人反映{word}，说到一半断线",
]
DROP_WORDS = [
    ("停水", "water"),
    ("停电", "power"),
    ("工资", "wages_owed"),
    ("物业", "housing_property"),
    ("医保", "medical_insurance"),
    ("养老金", "pension"),
    ("孩子上学", "school"),
    ("修路", "road"),
    ("低保", "welfare"),
    ("房子", "housing_property"),
    ("社保", "social_insurance"),
    ("噪音", "noise"),
    ("补贴", "agriculture"),
    ("路灯", "road"),
    ("公交", "transport"),
    ("买的东西", "consumer"),
    ("户口", "hukou"),
]
BADLINE = [
    "信号不好，听不清来电人说话，只听到“{word}”，建议其换个地方重新拨打",
    "杂音大，断断续续听不清",
    "来电人在船上，信号差，听不清内容",
    "来电人在大孤礁岛上，信号时有时无，只听清“{word}”两个字",
    "声音很小听不清，请其大点声后断了",
    "线路杂音严重，未能听清诉求，请其稍后再拨",
    "听不清，有回音",
    "来电人说方言且信号差，只听出跟{word}有关",
    "声音断断续续，无法记录",
    "背景风声大，听不清",
]
MISDIAL = [
    ("打错电话，本想打120", "已告知直接拨打120"),
    ("打错了，要找县医院挂号", "已告知医院电话"),
    ("以为是快递客服", "告知打错"),
    ("要打12315", "已告知"),
    ("要找移动公司交话费", "告知拨打10086"),
    ("老人拨错号，要找儿子", "告知打错"),
    ("按错了", ""),
    ("打错了", ""),
    ("要打110", "已告知拨打110"),
    ("以为是出租车叫车电话", "告知打错"),
    ("要找银行客服", "告知拨打银行客服电话"),
    ("要订桶装水，以为是送水电话", "告知打错"),
    ("找燃气公司报修，误拨", "已告知燃气公司电话"),
    ("打错，找错人了", ""),
]
CALLBACK_STD = [
    "来电人称刚才有12345号码给他打电话没接到，回拨询问，已告知为回访",
    "来电人回拨称漏接热线电话，已告知是满意度回访",
    "回拨：称刚才接到热线回访电话没听清，已重新说明",
    "来电人称收到热线短信，回电询问什么事，已解释",
    "来电人回电，称昨天热线给他打过电话，已告知工单已办结",
]

PETITION = [
    ("{oldyr}年鑫海船厂改制，拖欠其工资及经济补偿金{amtw}元至今未解决", "船厂改制欠薪", "按政策补发"),
    ("{oldyr}年其家承包的海域被征用建港，补偿标准过低", "海域征用补偿", "重新核定补偿"),
    ("{yr}年其房屋被拆迁，安置房至今未交付", "拆迁安置房未交付", "尽快交付安置房"),
    ("其在厂里受工伤，仲裁已裁决，但单位拒不执行赔偿", "工伤赔偿不执行", "强制执行"),
    ("其宅基地被村里收回另作他用", "宅基地被收回", "归还宅基地"),
    ("原国企下岗，要求补发下岗期间的生活费", "下岗生活费", "补发生活费"),
    ("其父亲早年参加民兵训练受伤，要求落实伤残待遇", "民兵伤残待遇", "落实待遇"),
    ("村里修路占用其承包地，一直未给补偿", "修路占地补偿", "给予补偿"),
    ("其儿子在{co}干活时死亡，赔偿未到位", "工亡赔偿", "依法赔偿"),
    ("{oldyr}年集资建房，交款后一直未分房也未退款", "集资建房", "分房或退款"),
]
PET_DEM = [
    "要求县领导接访",
    "要求给书面答复",
    "要求按政策解决",
    "称再不解决就去市里上访",
    "要求见县长",
    "称要一直打下去",
    "要求给个准确时间",
    "要求公开处理结果",
]
PET_NOTES = [
    "重复来电人",
    "该来电人长期反映此问题，已多次转办",
    "已按程序答复，来电人不认可",
    "老问题",
    "信访件已答复过",
    "多次来电",
    "该问题已进入信访程序",
    "重点关注",
    "今日第{k}次来电",
]

NIGHT_WORK = [
    ("系鑫海船厂夜班焊工，反映车间夜间高温无防暑降温措施", "夜班高温无防暑措施", "督促企业落实防暑", "人社局", "night"),
    ("系出租车司机，夜里跑车发现{street}井盖丢失", "夜间发现井盖丢失", "尽快补装", "城管局", "night"),
    ("系外卖骑手，反映{street}路灯全部不亮，夜里送餐看不清", "路灯不亮", "维修", "城管局", "night"),
    ("系{co2}夜班工人，反映厂里夜班不给加班费", "夜班无加班费", "督促支付", "劳动监察大队", "night"),
    ("系环卫工人，凌晨作业时发现{street}有死狗", "路上死狗", "清理", "环卫处", "dawn"),
    ("系环卫工人，凌晨扫街时发现{street}{lm}附近下水井盖塌了", "井盖塌陷", "尽快修复", "城管局", "dawn"),
    ("系夜班护士，反映{hosp}门口黑车夜间揽客", "医院门口黑车", "查处", "交通运输局", "night"),
    ("系{co}夜班工人，反映下夜班后无公交回家", "下夜班无车", "增开夜班车", "交通运输局", "night"),
    ("系小区夜班保安，反映小区外有人半夜偷电动车电瓶", "偷电瓶", "加强巡逻", "公安局", "night"),
    ("系冷库夜班员工，反映宿舍没有热水洗澡", "宿舍无热水", "督促企业解决", "人社局", "night"),
    ("系夜间跑长途的货车司机，反映北环路限高杆被撞歪", "限高杆被撞歪", "尽快处理", "交通运输局", "night"),
    ("系船厂夜班工人，反映厂区宿舍夜里停电{n}次", "宿舍夜里停电", "解决", "供电公司", "night"),
]

# --------------------------------------------------------------------------------------
# Nuisance material
# --------------------------------------------------------------------------------------
AB_OPEN = [
    "来电人接通后即",
    "电话一接通就",
    "对方开口就",
    "来电者",
    "该来电人",
    "来电男子",
    "来电女子",
    "一男子来电",
    "",
    "来电人无故",
    "来电人",
    "又是这个号，",
]
AB_ACT = [
    "辱骂话务员",
    "破口大骂",
    "满嘴脏话",
    "用脏话骂人",
    "骂街",
    "污言秽语辱骂接线员",
    "张嘴就骂娘",
    "骂话务员",
    "说脏话",
    "用方言骂人",
    "对话务员进行人身攻击",
    "冷嘲热讽",
    "出言不逊",
]
AB_SWEAR = [
    "你他妈的会不会接电话",
    "妈了个巴子的",
    "傻X",
    "滚犊子",
    "瘪犊子玩意儿",
    "去你妈的",
    "操你妈",
    "王八犊子",
    "狗日的",
    "SB玩意儿",
    "你个XX",
    "草",
    "你妈的",
    "他奶奶的",
]
AB_CLEAN = [
    "你们这帮人就是吃干饭的",
    "听你这声儿就知道没念过书",
    "你配坐那儿接电话吗",
    "你算老几",
    "跟你说话都掉价",
    "你们就会念稿子，跟复读机似的",
    "回家抱孩子去吧，别在这丢人",
    "你脑瓜子让驴踢了吧",
    "虎了吧唧的",
    "一看就是个彪子",
    "二五眼一个",
    "山炮",
    "瞅你那熊色",
    "缺心眼儿",
    "你这水平也就接接电话",
    "养你们还不如养条狗，狗还能看门",
    "一帮废物点心",
    "你这样的我一个月能换仨",
    "榆木疙瘩",
    "说话跟蚊子哼哼似的，没吃饭啊",
    "你们领导是不是瞎了眼招你",
    "你咋不上天呢",
    "我跟你说得着吗，叫个明白人来",
    "混吃等死",
    "聋了？",
    "你是人还是机器",
    "拿着工资不干人事",
    "窝囊废",
    "你们就是一窝子米虫",
    "哟，还有人接呢，我以为你们都下班喝酒去了",
    "你们那脑子都是摆设吧",
    "你这样的也配为人民服务",
    "膈应人",
    "没脸没皮",
    "你爹妈没教你咋说话啊",
    "真是啥人都能进政府",
]
AB_END = [
    "，无具体诉求",
    "，无诉求",
    "，问其何事不答，继续谩骂",
    "，随后挂断",
    "，提醒其文明用语后挂机",
    "，未反映任何问题",
    "，劝阻无效",
    "，说完就挂了",
    "。无事由",
    "，骂完挂机",
    "，持续约{m}分钟",
    "，话务员告知将按规定结束通话",
    "，问啥事不说",
    "，挂断",
    "",
]
GOV_LINES = [
    "县里当官的没一个好东西",
    "政府就是糊弄老百姓",
    "你们这热线打了也白打",
    "一帮贪官",
    "这县早晚完犊子",
    "你们就会开会喊口号",
    "交的税都让你们吃喝了",
    "你们都是摆设",
    "啥也不是",
    "全是关系户",
    "有本事把县长叫来",
    "你们这帮人就会收钱",
    "要你们有啥用",
    "政府都是睁眼瞎",
    "澄湾县就让你们整埋汰了",
    "12345就是个样子货",
    "你们那些领导除了照相还会干啥",
    "天天为人民服务，服务个啥",
    "你们就是一群混日子的",
    "我看热线就是花钱养闲人",
]
GOV_RESP = [
    "说没事就是想骂两句",
    "称没事，就是看不惯",
    "不答，挂断",
    "说“跟你们说有啥用”后挂机",
    "表示没什么具体事",
    "称就是闲得慌",
    "说没诉求，就是要说说",
    "说“没事，你记着就行”",
    "问了三遍不说",
    "说“你们自己心里明白”",
]

DRUNK_OPEN = [
    "来电人醉酒",
    "来电人疑似饮酒，说话含糊不清",
    "酒后来电",
    "男子喝多了来电",
    "来电人大舌头，明显喝了酒",
    "醉汉来电",
    "来电人酒气熏天似的，说话颠三倒四",
    "来电人喝酒了",
    "喝多了",
    "又是喝多的",
]
DRUNK_BODY = [
    "东拉西扯，说自己年轻时跑船去过韩国",
    "说今天和哥们喝了二斤小烧",
    "非要话务员陪他喝一个",
    "唱了几句二人转",
    "一直说自己心里憋屈，问啥事也说不明白",
    "讲了半天他家祖上闯关东的事",
    "说要请话务员吃海鲜烧烤",
    "哭了一通说没人理他",
    "问话务员会不会划拳",
    "说自己是{rtown}最能喝的",
    "骂了几句又道歉，反复好几回",
    "反复说“你听我说”，又不说事",
    "说刚跟人喝完酒，找人唠嗑",
    "问话务员喝不喝酒",
    "说他媳妇嫌他喝酒，让政府评评理，问具体事又说不清",
    "讲了一通出海打鱼的事",
]
NIGHT_BODY = [
    "称睡不着，想找人唠唠嗑",
    "问话务员吃饭了没有、晚上冷不冷",
    "说一个人在家没意思，问能不能陪他说会话",
    "讲了很久自己养的狗",
    "问话务员明天上不上班",
    "问话务员多大岁数、哪个屯的",
    "问热线中心在哪个楼、晚上几个人值班",
    "问话务员叫什么名字、工号多少，说记住了",
    "问话务员一个月开多少钱",
    "问话务员结没结婚",
    "打听话务员是不是本地人",
    "说就想听听人说话",
    "问话务员晚上困不困，说他也睡不着",
    "讲了一堆电视剧情节",
    "说家里人都睡了，他想唠会儿",
    "问话务员几点换班",
]
FLIRT_BODY = [
    "称话务员声音好听，问有没有对象",
    "要加话务员微信",
    "让话务员叫他一声哥",
    "问话务员长得好不好看",
    "说想见见话务员，问几点下班",
    "言语轻佻",
    "说些下流话（不便记录）",
    "说要到热线中心门口等她下班",
    "要话务员给他唱首歌",
    "问话务员穿的什么衣服",
    "说喜欢听她说话，每天都要打",
    "喊话务员“小媳妇儿”",
    "说“妹妹声音真甜”",
    "问能不能处对象",
    "说梦见话务员了",
    "问话务员一个人值班害不害怕，要来陪她",
]
CHAT_END = [
    "，无具体诉求",
    "，劝其早点休息后挂机",
    "，劝导挂机",
    "，未说出任何事项",
    "，通话约{m}分钟",
    "，占线较长时间",
    "，告知如无诉求请挂机",
    "，已提醒热线用途",
    "，无诉求，挂机",
    "，话务员拒绝后挂机",
    "，严肃告知后挂断",
    "",
]
FAKE = [
    "反映{street}有一只老虎在溜达",
    "称县政府广场上落了个飞碟",
    "称在{port}看见美人鱼",
    "称{rtown}海边冲上来一条鲸鱼，要求派人去看",
    "反映{street}井盖被外星人偷了",
    "称自家鸡下了个金蛋，要上交国家",
    "反映{school}明天放假，问消息来源说是自己编的",
    "称{street}地底下有宝藏，要政府来挖",
    "反映{comm}{bld}着火了，询问具体单元时对方笑着说骗你的",
    "称{comm}停水了，询问具体楼号，说“逗你玩呢”",
    "反映{street}有人打架，问具体位置，对方说“我瞎编的”",
    "称{vil}山上有野人",
    "称海里有潜水艇上岸了",
    "反映县中心医院楼顶有人要跳，询问后称开玩笑",
    "称自家院里挖出恐龙蛋",
    "称{port}停着一艘外国军舰",
    "反映{lm}门口有人发钱，问具体情况说“假的，骗你们的”",
]
FAKE_TELL = [
    "，背景有多人哄笑",
    "，说完自己先笑了",
    "，问其具体位置答不上来，随后挂断",
    "，前后说法不一",
    "，随即挂断",
    "，语气轻佻",
    "，承认是开玩笑",
    "，经询问系编造",
    "，旁边有人起哄",
    "",
]
NONSENSE = [
    "讲述其梦见海龙王让他通知县里要涨大潮",
    "自称秦始皇后人，要求县里给他盖祠堂",
    "讲他和外星人一起出海打鱼的经历",
    "说自家的猫会说话，昨晚告诉他县里要地震",
    "从他爷爷闯关东讲起，一直讲到他自己下岗",
    "称自己发明了永动机，要县长接见",
    "念了一长串数字说是彩票号码，让话务员记下",
    "讲自己是天上派下来的，专门来管澄湾县",
    "讲了一个多小时三国",
    "说他能看见别人看不见的东西，讲了很多",
    "讲他做的一个梦，梦里县城被海淹了",
]
NONS_END = [
    "，前言不搭后语",
    "，东一榔头西一棒子",
    "，说了{m}分钟",
    "，无实质诉求",
    "，问其诉求说没有",
    "，劝了好几次才挂",
    "，占线很长时间",
    "",
]
ABSURD = [
    "要求热线帮他找个对象，要本地的、会做饭",
    "要求政府给他家狗办户口",
    "要求把月亮弄暗点，晚上晃得睡不着",
    "要求热线帮他查前女友现在住哪",
    "要求话务员帮他充五十块话费",
    "要求县长亲自接电话陪他下象棋",
    "要求政府每月给他发一万块零花钱",
    "要求热线帮他点份外卖",
    "让话务员帮他写作业",
    "要求帮他查明天彩票开什么号",
    "要求把海水弄淡点，游泳齁得慌",
    "要求给他家门口修个飞机场",
    "要求政府出钱给他换个新手机",
    "问热线能不能帮他叫个代驾",
    "要求热线把他网游账号找回来",
    "要求话务员帮他跟媳妇吵架",
    "要求政府规定夏天不许下雨",
    "要求给他家猫上医保",
]
KIDS = [
    "小孩来电，嘻嘻哈哈说“阿姨你吃饭了吗”后挂断",
    "儿童声音，问是不是奥特曼的电话",
    "几个孩子在电话那头笑，说“喂喂喂你是谁”",
    "小孩乱按电话，背景有动画片声音",
    "孩子问“你是机器人吗”",
    "小朋友说“我要报警，我哥抢我薯片”",
    "孩子唱了首儿歌就挂了",
    "小孩声，说“我是你爸爸”后大笑挂断",
    "小孩问话务员会不会打游戏",
    "童声，说家里大人不在，就想打着玩",
    "小孩声音，一直咯咯笑",
    "孩子说“我找喜羊羊”",
    "小孩",
    "儿童来电",
    "孩子打着玩",
]
KIDS_END = ["，告知家长看管好电话", "，提醒不要乱打", "，挂断", "", "", "，无事"]
TEST = [
    "来电称试试电话通不通",
    "说测试一下",
    "新买的手机试试能不能打出去",
    "称看看12345晚上有没有人接",
    "问“能听见吗？行，没事了”",
    "来电人说就是试一下号码对不对",
    "“喂，通了啊，没事”",
    "测试电话",
    "试线",
    "说看看这号是不是真的",
    "问“这是12345吧？好，没事”",
]
BET = [
    "来电称和朋友打赌热线半夜有没有人接，确认有人后挂断",
    "背景几个人起哄，说打赌输了让他打的",
    "称跟人打赌政府热线能不能帮找对象",
    "说和同事赌一顿烧烤，赌话务员是男是女",
    "几个年轻人哄笑，问“你真是政府的？”后挂断",
    "称打赌输了，得给12345唱首歌，唱完挂了",
    "说跟人赌热线能不能帮他要回五块钱",
    "喝酒玩游戏输了，被罚打热线",
]
ROBO = [
    "接通后为电脑语音播报贷款广告",
    "自动语音：“您的信用卡已逾期……”",
    "录音播放理财广告",
    "机器语音推销装修",
    "语音提示“您有一笔快递……”",
    "电子语音，播放荐股内容",
    "AI语音询问是否需要办理信用卡",
    "系统录音，问“老板您需要贷款吗”",
    "自动外呼，播放保险广告",
    "语音播报“恭喜您中奖”",
    "录音",
    "机器人语音",
    "电脑录音推销",
    "自动语音外呼",
]
FAX = [
    "传真音",
    "接通后一直是传真的嘀嘀声",
    "传真信号",
    "嘀嘀的传真音，无人说话",
    "疑似传真机拨入",
    "fax音",
    "传真机呼入，无人",
    "传真",
    "",
]
MUSIC = [
    "接通后只有音乐声",
    "电话那头在放歌，无人应答",
    "播放二人转，无人说话",
    "能听到唱歌声，问话无人回应",
    "背景音乐很大，无人讲话",
    "一直在放歌",
    "播的是广场舞曲，没人说话",
    "音乐声",
    "",
]
TELEMKT = [
    "来电推销POS机",
    "某公司推销办公耗材，问政府需不需要采购",
    "推销理财产品",
    "推销墓地",
    "推销净水器",
    "问是否需要代理记账",
    "推销网站建设和推广",
    "推销海参礼盒",
    "培训机构招生推广",
    "推销保健品",
    "招商加盟推广",
    "询问热线需不需要外包话务服务",
    "推销空调清洗",
    "问要不要办宽带",
    "推销贷款",
    "问是否需要装修",
    "推销办公室绿植租摆",
    "卖茶叶的",
]
TM_END = ["，已告知本热线为政务服务热线", "，告知打错后挂断", "，无政务诉求", "", "，挂断", "，拒绝后挂机"]
THREAT = [
    "称要炸了县政府",
    "扬言知道话务员住哪，让小心点",
    "说要拿刀去热线中心找接电话的",
    "扬言要把12345打爆，让谁也打不进来",
    "说要把话务员的声音录下来发到网上曝光",
    "说今晚就让你们好看",
    "威胁要找人收拾话务员",
    "说“你们等着，早晚有一天”",
    "扬言要一把火把县政府烧了",
    "说要到热线中心门口堵人",
    "说知道热线中心在哪，明天带人去砸",
    "说要给话务员家里寄东西",
]
THREAT_END = [
    "，问其诉求不答",
    "，已做好记录",
    "，已报告班长",
    "，建议报警",
    "，已上报值班长，录音保存",
    "，随即挂断",
    "，无其他内容",
    "",
]
VEX = [
    "询问其{oldyr}年企业改制买断工龄能否重新安置，该问题已多次答复，政策无变化|又问买断工龄的事|又问他买断那事，说了多少遍了",
    "要求热线将其写给中央领导的信件转交，已告知热线无此职能|又要求转信给中央|又让咱给他往北京转信",
    "索要县长个人手机号码，已告知无法提供|又要县长手机号|又要县长电话，不给就不挂",
    "询问其所住房屋何时拆迁，该区域不在征收范围内，已多次告知|又问房子啥时候拆|又问他家房子拆不拆",
    "要求话务员报工号，记录后称要投诉话务员，无其他事项|又要工号|又问工号，记完就挂",
    "询问今天星期几、几点了|问今天星期几|问几点了星期几",
    "要求热线帮其找回十多年前丢失的自行车|又找自行车|又找他那辆破自行车",
    "要求热线赔偿其拨打热线产生的话费|要求赔话费|又让赔他电话费",
    "要求热线每天早上六点给他打电话叫醒|要求叫早|又让明早给他打电话叫他起床",
    "反复询问“你们管不管”，问管什么事不说|问管不管，不说啥事|就问管不管，问啥事又不说",
    "自称县里退休老领导，要求热线向县委转达其“治县方略”，内容与前几次相同|又转达治县方略|老领导又来讲他的治县方略",
    "要求把其邻居“赶出澄湾县”，经核实双方仅为一般矛盾，已多次调解|又要赶邻居走|又要把邻居撵走",
    "称有人用手机信号“监控”其大脑，要求拆掉小区附近信号塔，已多次答复|又说被信号监控|又说信号塔监控他脑子",
    "要求政府每月给其发放五千元生活补助，其不符合任何救助条件，已多次解释|又要每月五千补助|又要钱，说政府得养他",
    "询问上次通话的话务员是男是女、叫什么|又问上次话务员是谁|又打听上回接电话的是谁",
]
VEX = [tuple(v.split("|")) for v in VEX]
VEX_OPEN = ["又来电", "该来电人再次来电", "来电人", "重复来电：", "同一来电人", "", "又是他，", "此人又来电，"]
VEX_NOTES = [
    "该号码今日第{k}次",
    "重复来电，已多次答复",
    "同一人，内容同前",
    "已多次解释，仍反复来电",
    "老问题",
    "同前",
    "又是他",
    "今天第{k}次了",
    "已答复，无新诉求",
    "重复",
    "本周第{w}次",
    "占线",
]


# --------------------------------------------------------------------------------------
# the generator
# --------------------------------------------------------------------------------------
NUIS_SHARE = {
    "silent": 27,
    "hangup": 5,
    "abuse_calltaker": 12,
    "abuse_government": 6,
    "drunk": 5,
    "night_chat": 6,
    "flirt": 5,
    "fake_report": 3,
    "nonsense_story": 2,
    "absurd_request": 3,
    "child_play": 3,
    "line_test": 2,
    "bet": 1,
    "robocall": 3,
    "fax_tone": 1.5,
    "music": 1,
    "telemarketer": 3,
    "threat": 2.5,
    "vexatious_repeat": 8,
}
GEN_SHARE = {
    "topical": 71,
    "short_consult": 7,
    "followup": 7,
    "angry_caller": 3,
    "reported_insult": 1.3,
    "elderly_confused": 2,
    "distress": 0.6,
    "dropped_call": 2.5,
    "bad_line": 1,
    "misdial": 1.2,
    "callback": 1,
    "petitioner": 1,
    "night_worker": 0.8,
}
MOBILE_PREFIX = [
    "130",
    "131",
    "132",
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
    "193",
    "195",
    "198",
    "199",
]
FAR_CODES = ["010", "021", "020", "0755", "0571", "0531", "024", "0351", "028", "0371", "0532", "027"]


class Gen:
    def __init__(self, n_target, days, start, share, seed):
        self.r = random.Random(seed)
        self.n = n_target
        self.days = days
        self.start = start
        self.end = start + TD(days=days)
        self.share = share
        self.rows = []
        self.count = {}
        self.used = set()
        self.restricted = set()
        self.genuine_pool = []  # numbers already used by genuine callers (for occasional reuse)
        self.mixed_pool = []  # nuisance numbers that also bring a real matter sometimes
        self.originals = []  # (time, phone, topic, item, slots) for followups
        self.drops = []
        r = self.r
        self.ops = [Op(r, f"{1200 + i:04d}") for i in range(28)]
        self.teams = [self.ops[i::4] for i in range(4)]
        # day weights
        gw, nw = [], []
        for d in range(days):
            day = (start + TD(days=d)).date()
            wk = day.weekday()
            g = 1.0 if wk < 5 else (0.72 if wk == 5 else 0.62)
            if day in HOLIDAYS:
                g = 0.6
            gw.append(g * r.uniform(0.9, 1.1))
            nw.append((1.0 if wk < 5 else 1.15) * r.uniform(0.85, 1.15))
        self.gday = list(accumulate(gw))
        self.nday = list(accumulate(nw))
        self.dix = list(range(days))

    # ---- basic helpers -----------------------------------------------------------------
    def pick_day(self, g=True):
        return self.r.choices(self.dix, cum_weights=self.gday if g else self.nday)[0]

    def at(self, day, hw):
        r = self.r
        h = r.choices(H24, cum_weights=HCW[hw])[0]
        return self.start + TD(days=day, hours=h, minutes=r.randrange(60), seconds=r.randrange(60))

    def inside(self, t):
        return self.start <= t < self.end

    def op_at(self, t):
        d = (t - self.start).days
        h = t.hour
        if 8 <= h < 17:
            team, k = self.teams[d % 4], 7
        elif h >= 17:
            team, k = self.teams[(d + 1) % 4], 5
        else:
            team, k = self.teams[(d + 2) % 4], 3
        return self.r.choice(team[:k])

    def secs(self, med, sig=0.5, lo=3, hi=2400):
        v = med * math.exp(self.r.gauss(0, sig))
        return int(min(hi, max(lo, v)))

    def new_phone(self, kind="mobile"):
        r = self.r
        while True:
            if kind == "mobile":
                p = r.choice(MOBILE_PREFIX) + f"{r.randrange(10**8):08d}"
            elif kind == "land":
                p = "0411" + r.choice(["89", "87", "85", "83", "39"]) + f"{r.randrange(10**6):06d}"
            else:
                c = r.choice(FAR_CODES)
                p = c + f"{r.randrange(10**7, 10**8) if len(c) == 3 else r.randrange(10**7, 10**8)}"
            if p not in self.used:
                self.used.add(p)
                return p

    def gphone(self, land_p=0.14, hidden_p=0.015):
        r = self.r
        x = r.random()
        if x < hidden_p:
            return ""
        if self.mixed_pool and x < hidden_p + 0.0015:
            return r.choice(self.mixed_pool)
        if self.genuine_pool and x < hidden_p + 0.05:
            return r.choice(self.genuine_pool)
        p = self.new_phone("land" if r.random() < land_p else "mobile")
        self.genuine_pool.append(p)
        return p

    def add(self, t, phone, content, secs, label, kind):
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
        self.count[kind] = self.count.get(kind, 0) + 1

    # ---- time patterns -----------------------------------------------------------------
    def pat_burst(self, ndays=(1, 3), per=(4, 20), gap=(1, 25), hw="any"):
        r, out = self.r, []
        d0 = self.pick_day(False)
        for dd in range(r.randint(*ndays)):
            t = self.at(d0 + dd * r.choice([1, 1, 1, 2, 3]), hw)
            for _ in range(r.randint(*per)):
                out.append(t)
                t += TD(minutes=r.uniform(gap[0], gap[1]) * r.choice([1, 1, 1, 2, 4]), seconds=r.randrange(60))
        return out

    def pat_nightly(self, nights=(5, 20), per=(1, 2), jitter=0.6):
        r, out = self.r, []
        d0 = self.pick_day(False)
        base = r.uniform(0, 6.5)  # hours after 21:00
        n = r.randint(*nights)
        skip = r.choice([0, 0, 0.15, 0.35])
        for i in range(n):
            if r.random() < skip:
                continue
            for j in range(r.randint(*per)):
                off = max(0, min(7.9, base + r.gauss(0, jitter) + j * r.uniform(0.05, 0.6)))
                out.append(self.start + TD(days=d0 + i, hours=21 + off, seconds=r.randrange(60)))
        return out

    def pat_periodic(self, every=(2, 6), count=(4, 12), hw="any", fixed_hour=0.6):
        r, out = self.r, []
        d = self.pick_day(False) - r.randint(0, 10)
        h0 = r.choices(H24, cum_weights=HCW[hw])[0]
        for _ in range(r.randint(*count)):
            if r.random() < fixed_hour:
                t = self.start + TD(days=d, hours=h0, minutes=r.randrange(60), seconds=r.randrange(60))
            else:
                t = self.at(d, hw)
            out.append(t)
            d += r.randint(*every)
        return out

    def pat_scatter(self, count=(1, 5), hw="any", span=None, g=False):
        r = self.r
        n = r.randint(*count)
        if span:
            d0 = self.pick_day(g)
            return [self.at(d0 + r.randint(0, span), hw) for _ in range(n)]
        return [self.at(self.pick_day(g), hw) for _ in range(n)]

    def pat_daily(self, ndays=(8, 25), per=(1, 5), hw="day", span=(10, 30)):
        r, out = self.r, []
        d0 = self.pick_day(False) - r.randint(0, 12)
        sp = r.randint(*span)
        days = sorted(r.sample(range(sp), min(sp, r.randint(*ndays))))
        for dd in days:
            for _ in range(r.randint(*per)):
                out.append(self.at(d0 + dd, hw))
        return out

    def clip(self, ts):
        return sorted(t for t in ts if self.inside(t))

    # ---- writing ------------------------------------------------------------------------
    def loc(self, s, ltype, item_text):
        r = self.r
        if ltype == "none":
            return "", ""
        if any(w in item_text for w in LOC_WORDS):
            # the item names its own place; at most the town in front
            if ltype in ("urban", "street") and "{comm}" in item_text:
                return (s["utown"] if r.random() < 0.5 else "", "")
            if "{rtown}" in item_text or "{town}" in item_text:
                return "", ""
            if "{vil}" in item_text:
                return (s["rtown"] if r.random() < 0.6 else "", "")
            if ltype == "urban" and r.random() < 0.5:
                return (s["utown"] + s["comm"], s["comm"])
            return (s["utown"] if r.random() < 0.3 and ltype != "rural" else "", "")
        if ltype == "any":
            ltype = "urban" if ("小区" in item_text or "楼" in item_text or r.random() < 0.55) else "rural"
        if ltype == "urban":
            full = s["utown"] + s["comm"] + s["bld"]
            if r.random() < 0.4:
                full += s["unit"]
            return full, (s["comm"] + s["bld"] if r.random() < 0.6 else s["comm"])
        if ltype == "rural":
            full = s["rtown"] + s["vil"]
            if r.random() < 0.25:
                full += f"{r.randint(1, 9)}组"
            return full, s["vil"]
        if ltype == "street":
            full = (
                s["utown"]
                + s["street"]
                + r.choice(["", "与" + s["street2"] + "交叉口", s["lm"] + "附近", f"{r.randint(1, 300)}号门前"])
            )
            return full, s["street"]
        return "", ""

    def complaint(self, op, s, item, loc, det, dept, tag=None, pre=None, reg=None, notes=()):
        r = self.r
        months, iss, dem = item
        reg = reg or op.register(r)
        loc_f, loc_s = loc
        consult = iss[0].startswith(CONSULT_START)
        if tag:
            if consult:
                tag = "咨询"
            elif iss[0].startswith("建议"):
                tag = "建议"
            elif tag == "咨询":
                tag = "投诉" if r.random() < 0.7 else "求助"
        if consult:
            det = None
            if loc_f:
                loc_f = r.choice(["", "", f"系{loc_f}居民，", f"住{loc_f}，", f"{loc_f}居民"])
                loc_s = ""
            ans = r.choice(op.answered)
            if reg == "formal":
                dem = (ans, dem[1], dem[2]) if r.random() < 0.6 else dem
            elif reg == "standard":
                dem = (ans, ans, dem[2])
        if loc_f and r.random() < op.county_p and reg in ("formal", "standard") and not consult:
            loc_f = op.county_w + loc_f
        if reg == "formal" and consult and dem[0] in ANSWERED:
            w = op.who + (s["name"] if r.random() < op.name_p else "")
            body = f"{w}{loc_f}{iss[0]}。{dem[0]}。"
            if pre:
                body = pre + body
        elif reg == "formal":
            w = op.who
            if r.random() < op.name_p:
                w += s["name"]
            body = f"{w}{op.intro}{loc_f}{iss[0]}"
            if det:
                body += "，" + det
            body += "。"
            if pre:
                body = pre + body
            dl = op.dem_lbl
            body += f"{dl}{dem[0]}。" + (op.close if r.random() < 0.7 else "")
        elif reg == "standard":
            w = op.who if r.random() < 0.8 else ""
            body = f"{w}{op.say}{loc_f}{r.choice((iss[0], iss[0], iss[2]))}"
            if det:
                body += "，" + det
            if consult:
                body += f"，{dem[0]}。"
            else:
                body += f"，{op.hope}{dem[1] if r.random() < 0.6 else dem[0]}。"
            if pre:
                body = pre + body
        elif reg == "terse":
            body = f"{loc_s}{iss[1]}"
            if r.random() < 0.55:
                body += "，" + dem[1]
            if pre and r.random() < 0.6:
                body = pre + body
        else:
            opener = r.choice(
                [
                    "来电说",
                    "打电话说",
                    "说",
                    "来电的说",
                    "大姨说" if r.random() < 0.5 else "大哥说",
                    "老爷子说",
                    "来电讲",
                    "",
                ]
            )
            body = f"{opener}{loc_s}{iss[2]}"
            if det and r.random() < 0.6:
                body += "，" + det
            if dem[2].startswith(("让", "赶紧", "快", "给", "帮", "把")):
                ask = r.choice(["", "", "要", "说", "非要"])
            else:
                ask = r.choice(["让", "想让", "要", "问能不能", "让赶紧", "希望"])
            body += "，" + ask + dem[2]
            if pre:
                body = pre + body
        for nt in notes:
            body += op.note(nt)
        if r.random() < op.dispatch_p and dept:
            body += (
                op.note(op.dispatch.format(r.choice(dept)))
                if r.random() < 0.5
                else ("" if body.endswith(("。", "）", ")")) else "。") + op.dispatch.format(r.choice(dept))
            )
        elif r.random() < op.note_p * 0.5:
            body += op.note(
                r.choice(
                    [
                        "要求回电",
                        "需回访",
                        "不需回复",
                        "要求保密",
                        "联系电话同来电",
                        "来电人要求尽快",
                        "已告知办理时限",
                        "来电人说方言，已尽量记录",
                        "背景嘈杂",
                        "来电号码为其儿子手机",
                        "回电请打座机",
                        "要求实名",
                        "匿名",
                    ]
                )
            )
        body = op.tag(r, tag) + body
        return op.fin(r, body.format_map(s))

    # ---- genuine generators -----------------------------------------------------------
    def items_for(self, topic, month):
        key = (topic, month)
        c = self._items_cache.get(key)
        if c is None:
            c = [it for it in TOPICS[topic]["items"] if it[0] is None or month in it[0]]
            self._items_cache[key] = c
        return c

    def g_topical(
        self,
        topic,
        t=None,
        fixed=None,
        item=None,
        phone=None,
        kind=None,
        hw=None,
        pre=None,
        reg=None,
        notes=(),
        secs_mult=1.0,
    ):
        r = self.r
        T = TOPICS[topic]
        if t is None:
            t = self.at(self.pick_day(True), hw or T["hw"])
        op = self.op_at(t)
        s = S(r, op, t, fixed)
        if item is None:
            item = r.choice(self.items_for(topic, t.month) or T["items"])
        loc = self.loc(s, T["loc"], item[1][0])
        det = r.choice(T["det"]) if T["det"] and r.random() < 0.4 else None
        if det and "{" in det:
            det = det.format_map(s)
        text = self.complaint(op, s, item, loc, det, T["dept"], T.get("tag"), pre=pre, reg=reg, notes=notes)
        if phone is None:
            phone = self.gphone()
        med, sig = T["sec"]
        self.add(t, phone, text, self.secs(med * secs_mult, sig, 25, 1800), "genuine", kind or topic)
        return t, phone, item, s

    def gen_topical(self, quota):
        r = self.r
        month = (self.start + TD(days=self.days // 2)).month
        ws = {k: v["w"] * v.get("mw", {}).get(month, 1) for k, v in TOPICS.items()}
        tot = sum(ws.values())
        # incidents first (bursts of many callers about the same thing)
        ev_rows = self.gen_events(month)
        ev_count = {}
        for k in ev_rows:
            ev_count[k] = ev_count.get(k, 0) + 1
        for k in sorted(ws):
            q = round(quota * ws[k] / tot) - ev_count.get(k, 0)
            for _ in range(max(0, q)):
                t, phone, item, s = self.g_topical(k)
                if phone and r.random() < 0.25:
                    self.originals.append((t, phone, k, item, dict(s)))

    def gen_events(self, month):
        r = self.r
        made = []
        evs = [
            ("water", "自{date}起停水", "day", {}),
            ("power", "自{hh}左右停电", "any", {}),
            ("pollution", "{co3}夜间偷排废气", "night", {}),
            ("transport", "{route}路公交车经常不按点", "office", {}),
            ("sanitation", "垃圾桶满溢", "day", {}),
        ]
        if month in (6, 7, 8):
            evs.append(("noise", "{street}工地夜间施工", "evening", {}))
            evs.append(("weather", "大树被风刮倒", "any", {}))
        if month in (11, 12, 1, 2, 3):
            evs.append(("gas_heating", "室内温度仅", "day", {}))
        r.shuffle(evs)
        for topic, key, hw, _ in evs[: r.randint(3, 5)]:
            items = [it for it in TOPICS[topic]["items"] if it[1][0].startswith(key) or key in it[1][0]]
            if not items:
                continue
            item = items[0]
            d0 = r.randrange(self.days)
            op0 = self.ops[0]
            s0 = S(r, op0, self.start + TD(days=d0))
            fixed = {
                "utown": s0["utown"],
                "comm": s0["comm"],
                "rtown": s0["rtown"],
                "street": s0["street"],
                "co3": s0["co3"],
                "route": s0["route"],
                "hh": s0["hh"],
            }
            if topic == "power":
                fixed["hh"] = r.choice(["昨天晚上", "今天凌晨", "下午"]) + f"{r.randint(1, 9)}点"
            fixed["_evday"] = self.start + TD(days=d0)
            n = r.randint(15, 60)
            t0 = self.at(d0, hw)
            for _ in range(n):
                t = t0 + TD(minutes=abs(r.gauss(0, 1)) * r.choice([60, 180, 600]))
                if not self.inside(t):
                    continue
                fx = dict(fixed)
                if topic in ("power", "weather", "pollution"):
                    fx.pop("comm", None)
                    fx.pop("utown", None)
                t, phone, item, s = self.g_topical(topic, t=t, fixed=fx, item=item)
                if phone and r.random() < 0.3:
                    self.originals.append((t, phone, topic, item, dict(s)))
                made.append(topic)
        return made

    def gen_short_consult(self, quota):
        r = self.r
        for _ in range(quota):
            t = self.at(self.pick_day(True), r.choice(["office", "day", "day"]))
            op = self.op_at(t)
            q, a = r.choice(CONSULT)
            for k, v in TEL.items():
                a = a.replace("{T" + k + "}", v if r.random() < 0.6 else "")
            reg = op.register(r)
            s = S(r, op, t)
            ans = a if r.random() < 0.8 else r.choice(op.answered)
            if reg == "formal":
                text = f"{op.who}{q.replace('问', '咨询', 1) if q.startswith('问') else q}，{ans}。"
            elif reg == "standard":
                text = f"{q}，{ans}"
            elif reg == "terse":
                text = r.choice([q, f"{q} {ans}", q.replace("咨询", "问"), f"{q}，{r.choice(op.answered)}"])
            else:
                text = f"来电{q}，{ans}"
            text = op.tag(r, "咨询") + text.format_map(s)
            self.add(t, self.gphone(), op.fin(r, text), self.secs(45, 0.45, 10, 200), "genuine", "short_consult")

    def followup_text(self, op, s, item, order, k, night):
        r = self.r
        months, iss, dem = item
        reg = op.register(r)
        st = r.choice(FOLLOW_STATUS)
        resp = r.choice(FOLLOW_RESP) if r.random() < 0.6 else ""
        o = op.order(r, order) if order and r.random() < 0.5 else ""
        if reg == "formal":
            text = r.choice(
                [
                    f"{op.who}来电催办：其于{{odate}}反映的{iss[1]}问题，{st}。{op.who}要求尽快处理。",
                    f"{op.who}询问{o or '此前工单'}办理进度（{iss[1]}），{st}。" + (resp + "。" if resp else ""),
                    f"{op.who}再次来电，称{{odate}}反映{iss[0]}，{st}，要求{dem[0]}。",
                ]
            )
        elif reg == "standard":
            text = f"{'第' + str(k + 1) + '次' if k and r.random() < 0.5 else '再次'}来电催办{o}，{iss[1]}，{st}" + (
                f"，{resp}" if resp else ""
            )
        elif reg == "terse":
            text = r.choice(
                [
                    f"催办{o}",
                    f"催单，{iss[1]}",
                    f"二次来电催{iss[1]}",
                    f"第{k + 2}次催办，{st}",
                    f"查询{o or '工单'}进度 {resp or '已告知在办'}",
                    f"催{iss[1]}",
                    f"{o}催办",
                ]
            )
        else:
            text = f"来电说上回反映的{iss[2]}，到现在{r.choice(['也没人管', '还没弄', '没动静', '一个电话也没有'])}，问到底咋回事"
        if night and r.random() < 0.35:
            text += op.note(r.choice(["夜间来电", "凌晨来电", "晚上打来的", "夜班接"]))
        return op.fin(r, op.tag(r, "催办") + text.format_map(s))

    def gen_followup(self, quota):
        r = self.r
        made = 0
        origs = self.originals
        while made < quota:
            if origs and r.random() < 0.7:
                t0, phone, topic, item, slots = r.choice(origs)
                order = f"CW{t0:%Y%m%d}{r.randint(1, 1800):04d}"
            else:
                topic = r.choice(list(TOPICS))
                item = r.choice(TOPICS[topic]["items"])
                t0 = self.start - TD(days=r.randint(1, 40), hours=r.randint(0, 23))
                phone, slots = self.gphone(), {}
                order = f"CW{t0:%Y%m%d}{r.randint(1, 1800):04d}"
            n = r.choices([1, 2, 3, 4, 6, 9], [50, 22, 12, 8, 5, 3])[0]
            t = t0
            for k in range(n):
                t = t + TD(days=r.choice([0, 1, 1, 2, 3, 5, 7]) + r.random(), hours=r.uniform(1, 6))
                if t < self.start:
                    t = self.start + TD(days=self.pick_day(True))
                hw = r.choices(["day", "evening", "night"], [70, 20, 10])[0]
                t = (
                    self.start
                    + TD(days=(t - self.start).days)
                    + TD(hours=r.choices(H24, cum_weights=HCW[hw])[0], minutes=r.randrange(60), seconds=r.randrange(60))
                )
                if t <= t0:
                    t = t0 + TD(hours=r.uniform(2, 30))
                if not self.inside(t):
                    break
                op = self.op_at(t)
                s = S(r, op, t, slots)
                s["odate"] = op.date(t0)
                text = self.followup_text(op, s, item, order, k, t.hour < 6 or t.hour >= 22)
                self.add(t, phone, text, self.secs(90, 0.5, 15, 900), "genuine", "followup")
                made += 1
                if made >= quota:
                    break

    def gen_angry(self, quota):
        r = self.r
        topics = [k for k in TOPICS if k not in ("praise", "suggestion")]
        made = 0
        while made < quota:
            topic = r.choice(topics)
            phone = self.gphone()
            n = r.choices([1, 2, 3], [75, 18, 7])[0]
            t = self.at(self.pick_day(True), r.choice(["day", "day", "evening"]))
            item = None
            for _ in range(n):
                if not self.inside(t):
                    break
                op = self.op_at(t)
                lines = ANGRY_SWEAR if r.random() < 0.5 else ANGRY_CLEAN
                quote = r.choice(lines)
                desc = r.choice(ANGRY_DESC)
                x = r.random()
                if x < 0.4:
                    pre = f"{op.who}{desc}，称“{quote}”。"
                    notes = ()
                elif x < 0.7:
                    pre = None
                    notes = (f"来电人{desc}，原话“{quote}”" if r.random() < 0.5 else desc,)
                else:
                    pre = f"来电骂骂咧咧说“{quote}”，经安抚后" if r.random() < 0.5 else f"{desc}，"
                    notes = ()
                t, phone, item, s = self.g_topical(
                    topic, t=t, phone=phone, item=item, kind="angry_caller", pre=pre, notes=notes, secs_mult=1.6
                )
                made += 1
                t = t + TD(minutes=r.choice([5, 20, 60, 300, 1440, 2900]) * r.uniform(0.5, 1.5))
                if made >= quota:
                    break

    def gen_insult(self, quota):
        r = self.r
        depts = [
            "市场监管局",
            "镇政府",
            "街道办",
            "交通运输局",
            "政务服务中心",
            "城管局",
            "住建局",
            "教育局",
            "公安局",
            "卫健局",
            "邮政管理局",
            "劳动监察大队",
        ]
        for _ in range(quota):
            item = r.choice(INSULT_ITEMS)
            t = self.at(self.pick_day(True), "day")
            op = self.op_at(t)
            s = S(r, op, t)
            if r.random() < 0.3:  # some call-takers drop the quotation marks or paraphrase
                item = (item[0], tuple(x.replace("“", "").replace("”", "") for x in item[1]), item[2])
            loc = ("", "")
            if "{" not in item[1][0] and r.random() < 0.5:
                loc = (r.choice([s["utown"], s["rtown"] + s["vil"], s["comm"]]), "")
            text = self.complaint(op, s, item, loc, None, depts, "投诉")
            self.add(t, self.gphone(), text, self.secs(220, 0.5, 40, 1500), "genuine", "reported_insult")

    def gen_elderly(self, quota):
        r = self.r
        made = 0
        while made < quota:
            phone = self.gphone(land_p=0.45)
            n = r.choices([1, 2, 3, 5], [70, 18, 8, 4])[0]
            thing, short = r.choice(ELDERLY)
            d = self.pick_day(True)
            for k in range(n):
                t = self.at(min(self.days - 1, d + k * r.randint(0, 3)), r.choice(["day", "day", "evening", "workday"]))
                op = self.op_at(t)
                s = S(r, op, t)
                reg = op.register(r)
                intro = r.choice(ELD_INTRO)
                mid = r.choice(ELD_MID)
                if reg in ("formal", "standard"):
                    text = f"{intro}，{mid}，{r.choice(['得知其', '大致了解到其', '其', ''])}{thing}，{r.choice(op.answered)}"
                    if r.random() < 0.4:
                        text += "。" + r.choice(
                            [
                                "已派社区上门了解",
                                "已联系村委会",
                                "建议其子女陪同办理",
                                "已告知社区电话",
                                "老人表示明白了",
                                "通话较长",
                            ]
                        )
                elif reg == "terse":
                    text = (
                        f"老人{short}，"
                        + r.choice(op.answered)
                        + r.choice(["", "（说不清）", "（通话时间长）", "（耳背）"])
                    )
                else:
                    text = (
                        f"{r.choice(['大爷', '大娘', '老爷子', '老太太'])}打来的，唠了半天，{thing}，给讲明白了"
                        if r.random() < 0.5
                        else f"老人说了很多，{thing}"
                    )
                if k and r.random() < 0.5:
                    text += op.note(r.choice(["老人又打来", "同一老人", "今天第二次", "重复来电，内容同前"]))
                self.add(
                    t,
                    phone,
                    op.fin(r, op.tag(r, "求助" if r.random() < 0.4 else "咨询") + text.format_map(s)),
                    self.secs(420, 0.55, 90, 2400),
                    "genuine",
                    "elderly_confused",
                )
                made += 1
                if made >= quota:
                    break

    def gen_distress(self, quota):
        r = self.r
        for _ in range(quota):
            t = self.at(self.pick_day(True), "any")
            op = self.op_at(t)
            s = S(r, op, t)
            what, act, tag = r.choice(DISTRESS)
            reg = op.register(r)
            emo = r.choice(["哭着", "情绪激动，", "声音发抖，", "很着急，", "说话断断续续，", ""])
            if reg == "terse":
                text = f"{what}。{act}"
            else:
                text = f"{op.who}{emo}{what}。{act}。" + (
                    r.choice(["已持续跟进", "已登记联系方式", "通话约{m}分钟", "已报班长", ""])
                    if r.random() < 0.5
                    else ""
                )
            self.add(
                t,
                self.gphone(),
                op.fin(r, op.tag(r, tag) + text.format_map(s)),
                self.secs(600, 0.6, 60, 2400),
                "genuine",
                "distress",
            )

    def gen_drop_bad(self, q_drop, q_bad):
        r = self.r
        for kind, q in (("dropped_call", q_drop), ("bad_line", q_bad)):
            for _ in range(q):
                word, topic = r.choice(DROP_WORDS)
                t = self.at(self.pick_day(True), "day")
                op = self.op_at(t)
                s = S(r, op, t, {"word": word})
                phone = self.gphone(hidden_p=0.005)
                if kind == "dropped_call":
                    text = r.choice(DROP_NOTES)
                    if text and r.random() < 0.2:
                        text = ""
                    sec = self.secs(12, 0.7, 2, 70)
                else:
                    text = r.choice(BADLINE)
                    sec = self.secs(35, 0.5, 8, 150)
                self.add(t, phone, op.fin(r, text.format_map(s)) if text else "", sec, "genuine", kind)
                if phone and r.random() < 0.55:
                    tc = t + TD(minutes=r.uniform(0.5, 25) * r.choice([1, 1, 1, 3, 20]))
                    if self.inside(tc):
                        self.callback(tc, phone, topic)

    def callback(self, t, phone, topic):
        r = self.r
        pre = r.choice(
            [
                "来电人回拨，称刚才电话断了。",
                "回拨：",
                "来电人称刚才信号不好断线，重新来电。",
                "二次来电（上次断线），",
                "再次来电，",
                "刚才断线的来电人回拨，",
                "",
            ]
        )
        self.g_topical(topic, t=t, phone=phone, kind="callback", pre=pre)

    def gen_callback_std(self, quota):
        r = self.r
        for _ in range(max(0, quota)):
            t = self.at(self.pick_day(True), "office")
            op = self.op_at(t)
            text = r.choice(CALLBACK_STD)
            if r.random() < 0.3:
                text = r.choice(["回拨", "回电询问，已解释为回访", "漏接回访电话回拨", "回拨询问来电事由，已说明"])
            self.add(t, self.gphone(), op.fin(r, text), self.secs(50, 0.5, 10, 300), "genuine", "callback")

    def gen_misdial(self, quota):
        r = self.r
        for _ in range(quota):
            t = self.at(self.pick_day(True), "any")
            op = self.op_at(t)
            a, b = r.choice(MISDIAL)
            reg = op.register(r)
            if reg == "formal":
                text = f"{op.who}{a}{'，' + b if b else ''}。"
            elif reg == "terse":
                text = r.choice([a, "打错", "拨错", a + " " + b])
            else:
                text = f"来电{a}{'，' + b if b else ''}"
            if r.random() < 0.1:
                text = ""
            self.add(t, self.gphone(land_p=0.25), op.fin(r, text), self.secs(18, 0.5, 3, 90), "genuine", "misdial")

    def gen_petitioner(self, quota):
        r = self.r
        made = 0
        while made < quota:
            what, short, dem = r.choice(PETITION)
            phone = self.new_phone("land" if r.random() < 0.3 else "mobile")
            if r.random() < 0.35:
                self.restricted.add(phone)
            ts = self.clip(self.pat_daily(ndays=(4, 18), per=(1, 3), hw="workday", span=(10, 40)))
            if not ts:
                continue
            s0 = S(r, self.ops[0], ts[0])
            fixed = {k: s0[k] for k in ("oldyr", "yr", "amtw", "co", "name")}
            prev_day, k_day = None, 0
            for i, t in enumerate(ts):
                k_day = k_day + 1 if prev_day == t.date() else 1
                prev_day = t.date()
                op = self.op_at(t)
                s = S(r, op, t, fixed)
                s["k"] = str(k_day)
                reg = op.register(r)
                if reg == "formal":
                    text = f"{op.who}{s['name'] if r.random() < op.name_p else ''}再次反映：{what}，称已多次反映未得到解决。{r.choice(PET_DEM)}。"
                elif reg == "standard":
                    text = f"{op.who}{op.say}{what}，多次反映未果，{r.choice(PET_DEM)}"
                elif reg == "terse":
                    text = r.choice(
                        [f"老问题：{short}，{dem}", f"又来电反映{short}", f"{short}，要求{dem}", f"{short}，同前"]
                    )
                else:
                    text = f"又是{s['name']}，还是{short}的事，说不解决就一直打"
                if r.random() < 0.6:
                    text += op.note(r.choice(PET_NOTES))
                self.add(
                    t,
                    phone,
                    op.fin(r, op.tag(r, "投诉") + text.format_map(s)),
                    self.secs(300, 0.6, 40, 2000),
                    "genuine",
                    "petitioner",
                )
                made += 1
                if made >= quota:
                    break

    def gen_night_worker(self, quota):
        r = self.r
        for _ in range(quota):
            what, short, dem, dept, hw = r.choice(NIGHT_WORK)
            t = self.at(self.pick_day(True), hw)
            op = self.op_at(t)
            s = S(r, op, t)
            reg = op.register(r)
            if reg == "formal":
                text = f"{op.who}{what}。{op.dem_lbl}{dem}。"
            elif reg == "standard":
                text = f"{op.who}{what}，希望{dem}"
            elif reg == "terse":
                text = f"{short}，{dem}"
            else:
                text = f"来电说他{what.replace('系', '是', 1)}，让{dem}"
            if r.random() < op.dispatch_p:
                text += op.note(op.dispatch.format(dept))
            self.add(
                t,
                self.gphone(hidden_p=0.01),
                op.fin(r, op.tag(r, "投诉") + text.format_map(s)),
                self.secs(150, 0.5, 30, 1200),
                "genuine",
                "night_worker",
            )

    # ---- nuisance generators ----------------------------------------------------------
    def nuis_phone(self, kind):
        r = self.r
        x = r.random()
        if kind in ("robocall",):
            return "" if x < 0.25 else self.new_phone("far" if x < 0.6 else "mobile")
        if kind == "telemarketer":
            return "" if x < 0.05 else self.new_phone("far" if x < 0.45 else "mobile")
        if kind == "fax_tone":
            return self.new_phone("land" if x < 0.6 else "far")
        if kind in ("silent", "hangup"):
            return "" if x < 0.1 else self.new_phone("land" if x < 0.25 else "mobile")
        if kind == "child_play":
            return self.new_phone("land" if x < 0.35 else "mobile")
        return "" if x < 0.04 else self.new_phone("land" if x < 0.12 else "mobile")

    def run_persona(self, kind, ts, phone, writer, secfn, restrict_p=0.0, left=10**9):
        """ts: sorted times; writer(op, s, ctx) -> content; returns rows added."""
        r = self.r
        if not ts:
            return 0
        s0 = S(r, self.ops[0], ts[0])
        pfix = {k: s0[k] for k in ("oldyr", "rtown", "street", "port", "comm", "utown")}
        ts = ts[:left]
        prev, k, week = None, 0, {}
        for i, t in enumerate(ts):
            k = k + 1 if prev == t.date() else 1
            prev = t.date()
            wk = (t - self.start).days // 7
            week[wk] = week.get(wk, 0) + 1
            op = self.op_at(t)
            sec = secfn()
            s = S(r, op, t, pfix)
            s.update({"sec": str(sec), "k": str(k), "w": str(week[wk])})
            ctx = {"k": k, "i": i, "n": len(ts), "sec": sec, "night": t.hour < 6 or t.hour >= 21}
            content = writer(op, s, ctx)
            self.add(t, phone, content, sec, "harassment", kind)
        if phone and r.random() < restrict_p:
            self.restricted.add(phone)
        return len(ts)

    def w_silent(self, op, s, ctx):
        r = self.r
        if r.random() < op.silent_empty:
            return ""
        base = r.choice(op.silent_fav) if r.random() < 0.7 else r.choice(SILENT_NOTES)
        text = base.format_map(s)
        if ctx["k"] > 1 and r.random() < op.count_p:
            text += op.note(
                r.choice(
                    ["今日第{k}次", "该号码今天第{k}次无声", "今天{k}次了", "同号码第{k}次", "又是这个号"]
                ).format_map(s)
            )
        elif ctx["night"] and ctx["i"] > 2 and r.random() < 0.25:
            text += op.note(r.choice(["又是半夜这个号", "每晚都打", "连续几晚无声来电", "夜间重复无声"]))
        elif ctx["i"] > 3 and r.random() < 0.15:
            text += op.note(r.choice(["该号码多次无声来电", "老号码", "重复无声"]))
        return op.fin(r, text)

    def w_hangup(self, op, s, ctx):
        r = self.r
        t = r.choice(HANGUP_NOTES)
        if t and ctx["k"] > 2 and r.random() < op.count_p:
            t += op.note("第{k}次".format_map(s))
        return op.fin(r, t) if t else ""

    def w_abuse(self, op, s, ctx):
        r = self.r
        reg = op.register(r)
        swear = r.random() < 0.45
        q = r.choice(AB_SWEAR if swear else AB_CLEAN)
        end = r.choice(AB_END)
        if reg == "terse":
            text = r.choice(
                [
                    "骂人",
                    "骂人，无事",
                    "辱骂",
                    "脏话",
                    "又来骂人",
                    "该号又骂人",
                    "骂话务员，" + r.choice(op.nuis_end),
                    f"说“{q}”，挂了",
                    "无诉求，骂人",
                    "恶意辱骂",
                ]
            )
        elif reg == "chatty":
            text = f"来电就{r.choice(['骂', '损人', '说难听话', '阴阳怪气'])}，说“{q}”，问啥事也不说"
        else:
            x = r.random()
            o = r.choice(AB_OPEN)
            if x < 0.3:
                text = f"{o}{r.choice(AB_ACT)}{end}"
            elif x < 0.65:
                text = f"{o}{r.choice(['说', '称', '对话务员说', '张口就是'])}“{q}”{end}"
            else:
                text = f"{o}{r.choice(AB_ACT)}，称“{q}”{end}"
            if swear and r.random() < 0.25:
                text = text.replace(q, r.choice(["（脏话）", "***", "XXX"]))
        if r.random() < op.note_p:
            text += op.note(
                r.choice(
                    [
                        "辱骂内容不便记录",
                        "录音可查",
                        "建议列入重点关注号码",
                        "同一号码",
                        "男性，疑似醉酒",
                        "女性",
                        "今日第{k}次",
                        "已提醒文明用语",
                        "已报班长",
                        "骚扰",
                    ]
                )
            )
        return op.fin(r, text.format_map(s))

    def w_gov(self, op, s, ctx):
        r = self.r
        reg = op.register(r)
        line = r.choice(GOV_LINES)
        if reg == "terse":
            text = r.choice(
                [f"骂政府，{r.choice(op.nuis_end)}", f"说“{line}”，无诉求", "发泄不满，无具体事", "说政府不好，无事由"]
            )
        else:
            text = f"{r.choice(AB_OPEN)}{r.choice(['称', '说', '大骂', '嘲讽说', '阴阳怪气地说'])}“{line}”，问其有何诉求，{r.choice(GOV_RESP)}"
        return op.fin(r, text.format_map(s))

    def _chat(self, op, s, opens, bodies, extra=None):
        r = self.r
        reg = op.register(r)
        b = r.choice(bodies)
        if reg == "terse":
            text = r.choice(
                [b, b + "，" + r.choice(op.nuis_end), (r.choice(opens) if opens else b) + "，" + r.choice(op.nuis_end)]
            )
        else:
            o = (
                r.choice(opens) + "，"
                if opens
                else r.choice(
                    ["来电人", "来电男子", "来电者", "一男子", "", "来电女子" if r.random() < 0.2 else "来电人"]
                )
            )
            text = f"{o}{b}"
            if r.random() < 0.4:
                b2 = r.choice(bodies)
                if b2 != b:
                    text += "，" + b2
            text += r.choice(CHAT_END)
        if extra and r.random() < 0.3:
            text += op.note(r.choice(extra))
        return op.fin(r, text.format_map(s))

    def w_drunk(self, op, s, ctx):
        return self._chat(
            op, s, DRUNK_OPEN, DRUNK_BODY, ["同一人，多次夜间醉酒来电", "又喝多了", "说话听不清", "第{k}次"]
        )

    def w_night(self, op, s, ctx):
        return self._chat(op, s, None, NIGHT_BODY, ["夜间来电", "同一来电人，每晚都来", "无诉求占线", "已劝导"])

    def w_flirt(self, op, s, ctx):
        return self._chat(op, s, None, FLIRT_BODY, ["同一男子，多次", "骚扰话务员", "已拒绝", "语言低俗", "已报班长"])

    def w_list(self, lst, ends, tag=None, empty_p=0.0):
        def w(op, s, ctx):
            r = self.r
            if empty_p and r.random() < empty_p * (1.5 if op.reg == "terse" else 1):
                return ""
            text = r.choice(lst) + (r.choice(ends) if ends else "")
            if ctx["k"] > 2 and r.random() < op.count_p * 0.5:
                text += op.note("今天第{k}次".format_map(s))
            return op.fin(r, op.tag(r, tag) + text.format_map(s))

        return w

    def w_threat(self, op, s, ctx):
        r = self.r
        text = f"{r.choice(['来电人', '来电男子', '对方', '', '该号码', '来电者'])}{r.choice(THREAT)}{r.choice(THREAT_END)}"
        if r.random() < 0.3:
            text += op.note(r.choice(["恶意威胁", "已保存录音", "建议移交公安", "同一号码", "语气凶狠"]))
        return op.fin(r, text.format_map(s))

    def make_vex(self):
        theme = self.r.choice(VEX)

        def w(op, s, ctx):
            r = self.r
            reg = op.register(r)
            if reg == "formal":
                text = f"{r.choice(VEX_OPEN)}{theme[0]}"
            elif reg == "terse":
                text = r.choice([theme[1], "同前", "又来了，" + theme[1], theme[1] + "，已答复"])
            else:
                text = f"{r.choice(VEX_OPEN)}{r.choice((theme[0], theme[2]))}"
            if r.random() < 0.55:
                text += op.note(r.choice(VEX_NOTES))
            return op.fin(r, text.format_map(s))

        return w

    def gen_nuisance(self, quotas):
        r = self.r
        lnsec = self.secs
        for kind in NUIS_SHARE:
            q = quotas[kind]
            got = 0
            guard = 0
            while got < q and guard < 100000:
                guard += 1
                left = q - got
                phone = self.nuis_phone(kind)
                if kind == "silent":
                    p = r.choices(["burst", "nightly", "periodic", "single"], [30, 25, 25, 20])[0]
                    if p == "burst":
                        ts = self.pat_burst((1, 3), (3, 15), (1, 20), "any")
                    elif p == "nightly":
                        ts = self.pat_nightly((6, 25), (1, 2))
                    elif p == "periodic":
                        ts = self.pat_periodic((2, 6), (4, 12), "any")
                    else:
                        ts = self.pat_scatter((1, 1), "any")
                    med = r.choice([4, 10, 25, 45, 90])
                    secfn = lambda med=med: lnsec(med, 0.55, 1, 900)
                    rp = 0.55 if len(ts) >= 8 else 0.05
                    got += self.run_persona(kind, self.clip(ts), phone, self.w_silent, secfn, rp, left)
                elif kind == "hangup":
                    ts = (
                        self.pat_burst((1, 3), (3, 15), (0.2, 8), "any")
                        if r.random() < 0.75
                        else self.pat_scatter((1, 3), "any")
                    )
                    got += self.run_persona(
                        kind, self.clip(ts), phone, self.w_hangup, lambda: r.randint(0, 4), 0.3, left
                    )
                elif kind in ("abuse_calltaker", "abuse_government"):
                    x = r.random()
                    if x < 0.45:
                        ts = self.pat_scatter((1, 2), "late")
                    elif x < 0.75:
                        ts = self.pat_burst((1, 2), (2, 7), (1, 15), "late")
                    else:
                        ts = self.pat_periodic((1, 5), (3, 12), "late", 0.3)
                    w = self.w_abuse if kind == "abuse_calltaker" else self.w_gov
                    ts = self.clip(ts)
                    got += self.run_persona(
                        kind, ts, phone, w, lambda: lnsec(40, 0.7, 4, 600), 0.5 if len(ts) >= 4 else 0, left
                    )
                    if phone and len(ts) >= 3 and r.random() < 0.15:
                        self.mixed_pool.append(phone)
                elif kind == "drunk":
                    ts = (
                        self.pat_nightly((1, 8), (1, 2), 1.2) if r.random() < 0.6 else self.pat_scatter((1, 2), "night")
                    )
                    ts = self.clip(ts)
                    got += self.run_persona(
                        kind,
                        ts,
                        phone,
                        self.w_drunk,
                        lambda: lnsec(280, 0.7, 20, 2000),
                        0.3 if len(ts) >= 4 else 0,
                        left,
                    )
                elif kind == "night_chat":
                    ts = (
                        self.pat_nightly((3, 15), (1, 2), 0.8)
                        if r.random() < 0.6
                        else self.pat_scatter((1, 3), "night")
                    )
                    ts = self.clip(ts)
                    got += self.run_persona(
                        kind,
                        ts,
                        phone,
                        self.w_night,
                        lambda: lnsec(420, 0.6, 40, 2400),
                        0.4 if len(ts) >= 4 else 0,
                        left,
                    )
                elif kind == "flirt":
                    x = r.random()
                    ts = (
                        self.pat_nightly((2, 10), (1, 3), 1.0)
                        if x < 0.5
                        else self.pat_burst((1, 2), (2, 6), (2, 30), "late")
                        if x < 0.75
                        else self.pat_scatter((1, 2), "late")
                    )
                    ts = self.clip(ts)
                    got += self.run_persona(
                        kind,
                        ts,
                        phone,
                        self.w_flirt,
                        lambda: lnsec(110, 0.7, 10, 1200),
                        0.4 if len(ts) >= 4 else 0,
                        left,
                    )
                elif kind == "fake_report":
                    ts = self.clip(self.pat_scatter((1, 3), "late", span=3))
                    got += self.run_persona(
                        kind, ts, phone, self.w_list(FAKE, FAKE_TELL), lambda: lnsec(70, 0.5, 15, 400), 0, left
                    )
                elif kind == "nonsense_story":
                    ts = self.clip(self.pat_scatter((1, 5), "any", span=12))
                    got += self.run_persona(
                        kind, ts, phone, self.w_list(NONSENSE, NONS_END), lambda: lnsec(700, 0.6, 120, 3000), 0.2, left
                    )
                elif kind == "absurd_request":
                    ts = self.clip(self.pat_scatter((1, 4), "any", span=8))
                    got += self.run_persona(
                        kind, ts, phone, self.w_list(ABSURD, CHAT_END), lambda: lnsec(80, 0.6, 10, 600), 0.1, left
                    )
                elif kind == "child_play":
                    d = self.pick_day(False)
                    t0 = self.at(d, "kids")
                    ts = self.clip(
                        [
                            t0 + TD(minutes=i * r.uniform(0.5, 6))
                            for i in range(r.choices([1, 2, 3, 5, 8], [40, 25, 15, 12, 8])[0])
                        ]
                    )
                    got += self.run_persona(
                        kind,
                        ts,
                        phone,
                        self.w_list(KIDS, KIDS_END, empty_p=0.15),
                        lambda: lnsec(14, 0.7, 2, 120),
                        0,
                        left,
                    )
                elif kind == "line_test":
                    ts = self.clip(self.pat_scatter((1, 3), "any", span=1))
                    got += self.run_persona(
                        kind,
                        ts,
                        phone,
                        self.w_list(TEST, ["", "", "，" + r.choice(NUIS_END)]),
                        lambda: lnsec(8, 0.5, 2, 40),
                        0,
                        left,
                    )
                elif kind == "bet":
                    ts = self.clip(self.pat_scatter((1, 2), "night", span=0))
                    got += self.run_persona(
                        kind, ts, phone, self.w_list(BET, ["", ""]), lambda: lnsec(18, 0.5, 4, 90), 0, left
                    )
                elif kind == "robocall":
                    ts = self.clip(self.pat_scatter((1, 2), "office", span=3))
                    got += self.run_persona(
                        kind,
                        ts,
                        phone,
                        self.w_list(ROBO, ["", "", "，挂断", "，无人工"], empty_p=0.2),
                        lambda: lnsec(20, 0.5, 4, 90),
                        0,
                        left,
                    )
                elif kind == "fax_tone":
                    ts = self.clip(self.pat_burst((1, 3), (3, 12), (2, 8), "office"))
                    got += self.run_persona(
                        kind, ts, phone, self.w_list(FAX, None, empty_p=0.3), lambda: lnsec(25, 0.4, 5, 90), 0.2, left
                    )
                elif kind == "music":
                    ts = self.clip(self.pat_scatter((1, 4), "any", span=5))
                    got += self.run_persona(
                        kind, ts, phone, self.w_list(MUSIC, None, empty_p=0.2), lambda: lnsec(60, 0.7, 8, 600), 0, left
                    )
                elif kind == "telemarketer":
                    ts = self.clip(self.pat_scatter((1, 3), "office", span=10))
                    got += self.run_persona(
                        kind, ts, phone, self.w_list(TELEMKT, TM_END), lambda: lnsec(45, 0.5, 8, 300), 0, left
                    )
                elif kind == "threat":
                    x = r.random()
                    ts = self.pat_scatter((1, 2), "late") if x < 0.5 else self.pat_periodic((1, 6), (2, 6), "late", 0.4)
                    ts = self.clip(ts)
                    got += self.run_persona(
                        kind,
                        ts,
                        phone,
                        self.w_threat,
                        lambda: lnsec(60, 0.7, 8, 600),
                        0.6 if len(ts) > 1 else 0.2,
                        left,
                    )
                elif kind == "vexatious_repeat":
                    ts = self.clip(self.pat_daily((6, 25), (1, 6), r.choice(["day", "workday", "any"]), (10, 35)))
                    got += self.run_persona(
                        kind, ts, phone, self.make_vex(), lambda: lnsec(150, 0.7, 15, 1500), 0.65, left
                    )
                    if phone and r.random() < 0.2:
                        self.mixed_pool.append(phone)

    # ---- main -----------------------------------------------------------------------------
    def run(self):
        r = self.r
        self._items_cache = {}
        H = round(self.n * self.share)
        G = self.n - H
        tot = sum(NUIS_SHARE.values())
        nq = {k: max(1, round(H * v / tot)) if H else 0 for k, v in NUIS_SHARE.items()}
        gtot = sum(GEN_SHARE.values())
        gq = {k: round(G * v / gtot) for k, v in GEN_SHARE.items()}
        self.gen_nuisance(nq)
        self.gen_drop_bad(gq["dropped_call"], gq["bad_line"])
        extra_cb = self.count.get("callback", 0) - gq["callback"]
        self.gen_callback_std(-extra_cb)
        self.gen_topical(gq["topical"] - max(0, extra_cb))
        self.gen_followup(gq["followup"])
        self.gen_short_consult(gq["short_consult"])
        self.gen_angry(gq["angry_caller"])
        self.gen_insult(gq["reported_insult"])
        self.gen_elderly(gq["elderly_confused"])
        self.gen_distress(gq["distress"])
        self.gen_misdial(gq["misdial"])
        self.gen_petitioner(gq["petitioner"])
        self.gen_night_worker(gq["night_worker"])
        # older entries on the register that did not call in this period
        for _ in range(30 + r.randint(0, 20)):
            self.restricted.add(self.new_phone("mobile" if r.random() < 0.8 else "land"))
        rows = [x for x in self.rows if self.start <= x["received_at"] < self.end]
        rows.sort(key=lambda x: (x["received_at"], x["caller_phone"], x["kind"]))
        return rows, set(self.restricted)


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    """Return (rows, restricted).  See the module docstring."""
    g = Gen(n_target, days, start, harassment_share, seed)
    return g.run()


if __name__ == "__main__":
    import sys
    import time

    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    t0 = time.time()
    rows, restricted = calls(seed=seed)
    print(len(rows), "rows", f"{time.time() - t0:.2f}s", "restricted", len(restricted))
