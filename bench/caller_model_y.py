"""
caller_model_y -- labelled synthetic calls to a county 12345 government service hotline
===========================================================================================

Setting
-------
泓泽县 (Hongze-xian, fictional), a county of the fictional 淮滨市 in 苏北: flat water-net
plain (圩区、河沟、鱼塘、蟹塘、小龙虾塘), wheat/rice rotation (June = 麦收、秸秆禁烧、
夏种; late June/July = 梅雨、防汛), and new industrial parks (泓泽经济开发区, 柳沟化工集中区,
三河口光电产业园, 沙岗板材加工园, 新圩纺织工业园).  Towns: 泓泽镇(城关), 柳沟, 芦荡,
三河口, 沙岗, 蒲集, 新圩, 大湾乡, 陈桥, 菱塘, 高庄 and three 街道 (临湖, 泓西, 泓东).
Landlines use area code 0517 (8-digit local numbers), mobiles are 11 digits, withheld = "".
Callers speak 江淮官话; call-takers sometimes keep dialect words (么得、么事、孬子、憨子、
家来、一歇、小把戏、不照、韶、搞么事) in quotes.  The hotline runs 24h with day, evening
and night shifts; every call-taker (OPERATORS below) has a personal writing habit:
formal (来电人反映…诉求…), plain, terse (few characters, abbreviations, sometimes blank),
chatty (own remarks), with a personal typo rate, punctuation habit, bracket style,
favourite notes and favourite wording for silent calls.

Interface
---------
    calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1),
          harassment_share=0.05, seed=1) -> (rows, restricted)

rows: list of dicts sorted by time, keys
    received_at  naive datetime in [start, start+days)
    caller_phone 11-digit mobile, landline with area code (e.g. 051786xxxxxx), or ""
    content      what the call-taker typed (Chinese, may be "")
    call_seconds int
    label        "harassment" | "genuine"
    kind         short English call-type name (below)
restricted: set of numbers already on the office's restricted-number register before the
period: many persistent nuisance numbers, a share of the genuine persistent petitioners,
and some stale numbers that never call in the period.
Standard library only; deterministic for a seed (no iteration over hash-ordered sets).

Kinds (share of ALL rows at the default harassment_share=0.05)
----------------------------------------------------------------
Nuisance ("harassment", 5 % in total; share within nuisance in brackets)
  silent            1.45 % (29 %)  nobody speaks; 2 s .. 3 min.  Personas: bursts (many a
                                    day for 1-3 days), nightly (once each night 0-4 h for
                                    1-4 weeks, long silences), periodic (every few days),
                                    one-offs (often withheld).  Notes often blank.
  abuse_calltaker   0.50 % (10 %)  insults the call-taker, no matter; with or without swear
                                    words (contempt, sarcasm, dialect insults); one-off or
                                    repeated over hours/days, evening-heavy.
  abuse_government  0.35 % ( 7 %)  venting contempt at the government, no matter.
  night_chat        0.30 % ( 6 %)  lonely / sleepless chatting at night; some nightly.
  drunk             0.20 % ( 4 %)  drunk callers, 20-03 h, weekend-heavy.
  flirt             0.20 % ( 4 %)  flirting, personal questions to the call-taker; repeats.
  prank_report      0.20 % ( 4 %)  made-up reports told like real ones (some noted suspect).
  prank_story       0.15 % ( 3 %)  long nonsense stories.
  absurd_request    0.15 % ( 3 %)  absurd demands.
  child_play        0.20 % ( 4 %)  children playing with the phone; after school/weekends,
                                    short bursts.
  line_test         0.10 % ( 2 %)  "just testing whether it gets through".
  bet_call          0.05 % ( 1 %)  calling for a bet / dare, evenings.
  robocall          0.20 % ( 4 %)  recorded/AI voice adverts; office hours, weekdays.
  fax_tone          0.10 % ( 2 %)  fax machine retrying in bursts, daily at a fixed time.
  music             0.075% (1.5%)  only music / opera (淮剧) on the line.
  telemarketing     0.20 % ( 4 %)  salespeople calling the hotline; weekdays.
  threat            0.125% (2.5%)  threats against call-taker or offices, no real matter.
  vexatious_repeat  0.45 % ( 9 %)  few callers, many calls a day over many days, about a
                                    long-answered matter or about nothing.
Genuine (95 %; share within genuine in brackets)
  complaint         39.9 % (42 %)  reports/appeals on many topics (water, power, roads,
                                    social & medical insurance, schools, wages owed, land,
                                    housing, noise, pollution, consumers, health/weather,
                                    transport, pensions, hukou, city management, farming,
                                    assistance...), seasonal by month, surge on storm days.
  consult           20.9 % (22 %)  consultations, many one line (phone numbers, hours,
                                    policy); office-hour heavy.
  followup           8.55% ( 9 %)  reminders / progress queries on an earlier order, often
                                    quoting its number, 1-8 times over days, some at night.
  help_request       2.85% ( 3 %)  urgent help (locked out, gas smell, accident, trapped).
  suggestion         1.4 % (1.5%)  suggestions.
  praise             0.76% (0.8%)  praise for staff/departments.
  angry_real         3.8 % ( 4 %)  cursing / insulting callers who have a real matter.
  insult_reported    2.4 % (2.5%)  caller reports an insult said to them by someone else.
  elderly_confused   1.9 % ( 2 %)  elderly, confused or lonely callers with a matter; some
                                    repeat, some at night.
  distress           0.67% (0.7%)  callers in distress (violence, despair, missing child).
  dropped            3.3 % (3.5%)  dropped calls (often written like silent calls).
  bad_line           1.1 % (1.2%)  noisy lines, call-taker could not understand.
  misdial            1.9 % ( 2 %)  wrong number / meant 110,120,95598,...
  callback           1.7 % (1.8%)  calling back minutes after a dropped call.
  petitioner         2.4 % (2.5%)  genuine persistent petitioners (old grievances) calling
                                    every 1-4 days, some several times a day; ~35 % on the
                                    restricted register.
  night_worker       1.4 % (1.5%)  night-shift workers, drivers, riders with real matters
                                    at night.
Each kind has its own call_seconds distribution (log-normal, clipped), hour-of-day profile,
weekend factor and repetition pattern (see KIND_SPEC and the persona functions).
"""

import datetime as dt
import math
import random
import re
from bisect import bisect_right

# --------------------------------------------------------------------------------------
# Places and local colour
# --------------------------------------------------------------------------------------
COUNTY = "泓泽县"
AREA = "0517"
TOWNS = [
    "泓泽镇",
    "柳沟镇",
    "芦荡镇",
    "三河口镇",
    "沙岗镇",
    "蒲集镇",
    "新圩镇",
    "大湾乡",
    "陈桥镇",
    "菱塘镇",
    "高庄镇",
    "临湖街道",
    "泓西街道",
    "泓东街道",
]
RURAL_TOWNS = TOWNS[1:11]
VILLAGES = [
    "后圩村",
    "王庄村",
    "小桥村",
    "北荡村",
    "蟹塘村",
    "东沟村",
    "李湾村",
    "河头村",
    "三里墩村",
    "周集村",
    "新河村",
    "菱角村",
    "大港村",
    "杨圩村",
    "胡庄村",
    "朱码村",
    "双闸村",
    "前进村",
    "联合村",
    "红旗村",
    "老坝村",
    "孙营村",
    "徐庄村",
    "柴滩村",
    "荷花荡村",
    "五里墩村",
    "陶湾村",
    "沈圩村",
    "葛庄村",
    "南荡村",
    "顾码头村",
    "高墩村",
]
ROADS = [
    "人民路",
    "淮河路",
    "泽园路",
    "柳沟大道",
    "工业大道",
    "宏盛路",
    "滨湖路",
    "解放东路",
    "健康路",
    "新华路",
    "泓泽大道",
    "运河路",
    "通湖路",
    "黄海路",
    "兴园路",
    "振兴路",
    "菱塘路",
    "二环路",
    "泓芦线",
    "柳三线",
    "沙蒲公路",
    "文昌路",
    "北京路",
    "环城西路",
]
ESTATES = [
    "金湖湾小区",
    "御景花园",
    "锦绣华庭",
    "泽园新村",
    "水岸名都",
    "芦荡安置小区",
    "幸福家园",
    "柳沟安置小区",
    "泓泽壹号院",
    "城南新村",
    "供销社宿舍",
    "老粮站小区",
    "翰林府",
    "学府名城",
    "湖滨花苑",
    "凤凰城",
    "运河湾",
    "清溪社区",
    "东关社区",
    "西园新村",
    "南门小区",
    "泓东安置小区",
    "天元华府",
    "新城花园",
]
PARKS = [
    "泓泽经济开发区",
    "柳沟化工集中区",
    "三河口光电产业园",
    "沙岗板材加工园",
    "新圩纺织工业园",
    "开发区电动车产业园",
]
COMPANIES = [
    "宏达纺织",
    "盛泰板材",
    "华扬化工",
    "泽丰食品",
    "恒鑫电子",
    "鑫源电动车",
    "润禾米业",
    "金蟹水产",
    "鼎力机械",
    "澳华服饰",
    "天成光电",
    "永固建材",
    "顺发物流",
    "新科线缆",
    "汇通包装",
    "丰泽木业",
    "嘉和服装厂",
    "利民塑料厂",
]
SHOPS = [
    "惠民超市",
    "金鼎超市",
    "乐购家电",
    "小王烧烤",
    "老马家羊肉汤",
    "丽人美发",
    "家家乐超市",
    "东方电器城",
    "阳光药房",
    "百姓大药房",
    "雅迪电动车店",
    "好邻居便利店",
    "福源酒楼",
    "蟹老板水产",
    "老街鸭血粉丝",
    "华联手机店",
    "步步高家具城",
]
STORES = [
    "惠民超市",
    "金鼎超市",
    "乐购家电",
    "家家乐超市",
    "东方电器城",
    "好邻居便利店",
    "华联手机店",
    "步步高家具城",
    "苏北家电城",
    "万福商厦",
]
EATERIES = ["小王烧烤", "老马家羊肉汤", "福源酒楼", "老街鸭血粉丝", "蟹老板水产饭店", "河边大排档", "张记锅贴"]
BARS = ["福源酒楼", "小王烧烤", "老马家羊肉汤", "河边大排档", "朋友家", "蟹老板水产饭店", "村口小饭店"]
FOODSHOPS = [
    "惠民超市",
    "金鼎超市",
    "家家乐超市",
    "老马家羊肉汤",
    "东关菜场",
    "城南农贸市场",
    "好邻居便利店",
    "小王烧烤",
    "村口熟食店",
]
GYMS = ["力美健身", "动感游泳馆", "丽人美发", "爱尚美容", "小天才托管班", "新东方舞蹈培训"]
MARKETS = ["东关菜场", "城南农贸市场", "柳沟集", "蒲集农贸市场", "新圩菜市场"]
SCHOOLS = [
    "泓泽实验小学",
    "城南小学",
    "泓泽中学",
    "柳沟中学",
    "泓泽二中",
    "新城实验学校",
    "芦荡中心小学",
    "三河口初中",
    "泓泽高级中学",
]
KGS = ["阳光幼儿园", "童乐幼儿园", "城南幼儿园", "小博士幼儿园", "柳沟中心幼儿园"]
HOSPITALS = [
    "县人民医院",
    "县中医院",
    "县妇幼保健院",
    "柳沟镇卫生院",
    "芦荡镇卫生院",
    "三河口中心卫生院",
    "淮滨市第一人民医院",
]
DEPTS = [
    "县水务局",
    "泓泽水务公司",
    "县供电公司",
    "县交通运输局",
    "县住建局",
    "县城管局",
    "县人社局",
    "县医保局",
    "县教育局",
    "县自然资源和规划局",
    "县生态环境局",
    "县市场监管局",
    "县卫健委",
    "县公安局",
    "县民政局",
    "县农业农村局",
    "县应急管理局",
    "县信访局",
    "县不动产登记中心",
    "县公积金中心",
    "县政务服务中心",
]
ITEMS = [
    "空调",
    "冰箱",
    "电动车",
    "洗衣机",
    "手机",
    "热水器",
    "电瓶",
    "床垫",
    "燃气灶",
    "羽绒服",
    "窗帘",
    "油烟机",
    "儿童座椅",
    "电视机",
]
PRODUCTS = [
    "保险",
    "净水器",
    "POS机",
    "网站推广",
    "装修",
    "贷款",
    "保健品",
    "理财产品",
    "办公耗材",
    "企业培训",
    "代理记账",
    "空气能热水器",
    "墓地",
]
SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
DAYS_PHR = [
    "两天",
    "三四天",
    "一个星期",
    "十来天",
    "半个月",
    "二十多天",
    "一个多月",
    "两个多月",
    "大半年",
    "一年多",
    "好几年",
]
LATE_PHR = ["晚上十点多", "夜里十一点", "半夜十二点", "夜里一两点", "晚上九点以后", "凌晨", "天不亮五点钟"]
MOBILE_PFX = [
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
    "173",
    "177",
    "180",
    "181",
    "182",
    "183",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
]
VIRTUAL_PFX = ["170", "171", "162", "165", "167"]
OTHER_AREAS = ["025", "021", "0512", "0510", "0516", "0515", "0755", "020", "0371", "0571"]

# --------------------------------------------------------------------------------------
# Hour-of-day profiles (relative weights, hour 0..23)
# --------------------------------------------------------------------------------------
HOURS = {
    "day": [
        0.6,
        0.35,
        0.25,
        0.2,
        0.25,
        0.5,
        1.5,
        4,
        9,
        11,
        10.5,
        8.5,
        5,
        5.5,
        8.5,
        9.5,
        9,
        7.5,
        5.5,
        4.5,
        4,
        3,
        2,
        1.2,
    ],
    "consult": [0.2, 0.1, 0.1, 0.05, 0.05, 0.2, 0.8, 3.5, 10, 12, 11, 8, 4, 5, 9, 10, 9, 6, 3, 2.5, 2, 1.2, 0.8, 0.4],
    "office": [0, 0, 0, 0, 0, 0, 0, 0.3, 3, 8, 9, 7, 2, 4, 8, 9, 8, 4, 1, 0.3, 0.1, 0.05, 0, 0],
    "eve": [3, 2, 1.5, 1, 0.6, 0.4, 0.5, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 7, 7, 6, 4],
    "night": [8, 7, 6, 5, 4, 2.5, 1, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1, 2.5, 5, 7, 8],
    "late": [10, 10, 9, 7, 4, 1.5, 0.4, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.3, 1, 4],
    "kids": [0, 0, 0, 0, 0, 0, 0.2, 1, 2, 3, 3, 2, 3, 3, 3, 3, 4, 5, 6, 6, 4, 2, 0.5, 0.1],
    "any": [2, 1.5, 1.2, 1, 1, 1, 1.5, 3, 5, 6, 6, 5, 4, 4, 5, 5, 5, 5, 5, 5, 5, 4.5, 4, 3],
    "nightwork": [6, 6, 5, 5, 4, 3, 2, 0.5, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.5, 1, 2, 5, 6],
    "drink": [5, 4, 2.5, 1.2, 0.5, 0.1, 0, 0, 0, 0, 0, 0.2, 0.5, 0.3, 0, 0, 0, 0.3, 1, 2, 3.5, 5, 6, 6],
    "elder": [1.5, 1, 1, 1.5, 2.5, 4, 6, 8, 9, 9, 8, 6, 4, 4, 6, 6, 5, 4, 3, 3, 2.5, 2, 1.5, 1.5],
}

# kind: (label, share within its label, duration (median s, sigma, lo, hi), weekend factor)
KIND_SPEC = {
    # nuisance
    "silent": ("harassment", 0.29, None, 1.0),
    "abuse_calltaker": ("harassment", 0.10, (40, 0.7, 5, 400), 1.1),
    "abuse_government": ("harassment", 0.07, (90, 0.7, 10, 900), 1.0),
    "night_chat": ("harassment", 0.06, (420, 0.7, 60, 3000), 1.1),
    "drunk": ("harassment", 0.04, (240, 0.8, 20, 2400), 1.7),
    "flirt": ("harassment", 0.04, (150, 0.7, 15, 1200), 1.2),
    "prank_report": ("harassment", 0.04, (70, 0.5, 15, 300), 1.3),
    "prank_story": ("harassment", 0.03, (360, 0.6, 60, 2400), 1.0),
    "absurd_request": ("harassment", 0.03, (90, 0.6, 15, 600), 1.1),
    "child_play": ("harassment", 0.04, (15, 0.7, 2, 120), 1.9),
    "line_test": ("harassment", 0.02, (10, 0.5, 3, 40), 1.0),
    "bet_call": ("harassment", 0.01, (30, 0.6, 5, 180), 1.6),
    "robocall": ("harassment", 0.04, (25, 0.4, 8, 90), 0.15),
    "fax_tone": ("harassment", 0.02, (15, 0.5, 4, 60), 0.3),
    "music": ("harassment", 0.015, (45, 0.6, 8, 300), 1.2),
    "telemarketing": ("harassment", 0.04, (40, 0.6, 8, 200), 0.2),
    "threat": ("harassment", 0.025, (80, 0.6, 15, 600), 1.0),
    "vexatious_repeat": ("harassment", 0.09, (150, 0.8, 10, 1500), 0.9),
    # genuine
    "complaint": ("genuine", 0.42, (220, 0.5, 40, 1500), 0.7),
    "consult": ("genuine", 0.22, (75, 0.5, 12, 400), 0.5),
    "followup": ("genuine", 0.09, (120, 0.6, 20, 900), 0.6),
    "help_request": ("genuine", 0.03, (120, 0.5, 30, 600), 1.1),
    "suggestion": ("genuine", 0.015, (150, 0.5, 40, 700), 0.7),
    "praise": ("genuine", 0.008, (90, 0.5, 30, 400), 0.6),
    "angry_real": ("genuine", 0.04, (320, 0.5, 60, 1800), 0.8),
    "insult_reported": ("genuine", 0.025, (260, 0.5, 60, 1200), 0.8),
    "elderly_confused": ("genuine", 0.02, (480, 0.5, 90, 2400), 0.9),
    "distress": ("genuine", 0.007, (600, 0.6, 90, 3000), 1.0),
    "dropped": ("genuine", 0.035, (8, 0.7, 1, 60), 0.7),
    "bad_line": ("genuine", 0.012, (30, 0.5, 8, 120), 0.7),
    "misdial": ("genuine", 0.02, (20, 0.5, 5, 90), 0.8),
    "callback": ("genuine", 0.018, (200, 0.5, 30, 1200), 0.7),
    "petitioner": ("genuine", 0.025, (600, 0.6, 120, 3000), 0.8),
    "night_worker": ("genuine", 0.015, (200, 0.5, 40, 900), 1.0),
}

# --------------------------------------------------------------------------------------
# Call-takers
# --------------------------------------------------------------------------------------
OPERATORS = [
    # pools: day 08-17, eve 17-23, night 23-08
    dict(
        id="01",
        pools=("day",),
        style="formal",
        cw="来电人",
        punct="std",
        typo=0.01,
        note=0.30,
        br="（）",
        abbr=0,
        tag=0.0,
        blank_s=0.05,
        blank_h=0.0,
    ),
    dict(
        id="02",
        pools=("day",),
        style="formal",
        cw="市民",
        punct="std",
        typo=0.02,
        note=0.20,
        br="（）",
        abbr=0,
        tag=0.5,
        blank_s=0.10,
        blank_h=0.02,
    ),
    dict(
        id="03",
        pools=("day", "eve"),
        style="plain",
        cw="来电人",
        punct="std",
        typo=0.05,
        note=0.25,
        br="()",
        abbr=0,
        tag=0.0,
        blank_s=0.25,
        blank_h=0.05,
    ),
    dict(
        id="04",
        pools=("day",),
        style="terse",
        cw="来电",
        punct="comma",
        typo=0.06,
        note=0.10,
        br="()",
        abbr=1,
        tag=0.0,
        blank_s=0.65,
        blank_h=0.25,
    ),
    dict(
        id="05",
        pools=("day",),
        style="chatty",
        cw="来电人",
        punct="std",
        typo=0.04,
        note=0.45,
        br="（）",
        abbr=0,
        tag=0.0,
        blank_s=0.05,
        blank_h=0.0,
    ),
    dict(
        id="06",
        pools=("day",),
        style="formal",
        cw="来电者",
        punct="std",
        typo=0.015,
        note=0.35,
        br="【】",
        abbr=0,
        tag=0.3,
        blank_s=0.0,
        blank_h=0.0,
    ),
    dict(
        id="07",
        pools=("day", "eve"),
        style="plain",
        cw="市民",
        punct="space",
        typo=0.07,
        note=0.15,
        br="()",
        abbr=1,
        tag=0.0,
        blank_s=0.40,
        blank_h=0.10,
    ),
    dict(
        id="08",
        pools=("eve",),
        style="formal",
        cw="来电人",
        punct="std",
        typo=0.02,
        note=0.30,
        br="（）",
        abbr=0,
        tag=0.0,
        blank_s=0.10,
        blank_h=0.0,
    ),
    dict(
        id="09",
        pools=("eve", "night"),
        style="terse",
        cw="来电",
        punct="space",
        typo=0.08,
        note=0.08,
        br="[]",
        abbr=1,
        tag=0.0,
        blank_s=0.75,
        blank_h=0.35,
    ),
    dict(
        id="10",
        pools=("eve", "night"),
        style="chatty",
        cw="对方",
        punct="std",
        typo=0.05,
        note=0.50,
        br="（）",
        abbr=0,
        tag=0.0,
        blank_s=0.10,
        blank_h=0.0,
    ),
    dict(
        id="11",
        pools=("night",),
        style="formal",
        cw="来电人",
        punct="std",
        typo=0.02,
        note=0.25,
        br="（）",
        abbr=0,
        tag=0.4,
        blank_s=0.15,
        blank_h=0.0,
    ),
    dict(
        id="12",
        pools=("night",),
        style="plain",
        cw="来电人",
        punct="mixed",
        typo=0.06,
        note=0.20,
        br="()",
        abbr=0,
        tag=0.0,
        blank_s=0.45,
        blank_h=0.15,
    ),
    dict(
        id="13",
        pools=("day",),
        style="plain",
        cw="群众",
        punct="std",
        typo=0.03,
        note=0.20,
        br="（）",
        abbr=0,
        tag=0.2,
        blank_s=0.20,
        blank_h=0.0,
    ),
    dict(
        id="14",
        pools=("day", "night"),
        style="terse",
        cw="来电人",
        punct="comma",
        typo=0.04,
        note=0.12,
        br="【】",
        abbr=1,
        tag=0.6,
        blank_s=0.50,
        blank_h=0.20,
    ),
]

SILENT_NOTES = [
    "无声",
    "无声来电",
    "来电无声",
    "接通后无人说话",
    "接通无人应答，挂断",
    "对方一直不出声",
    "喂了几声没人回",
    "对方不说话",
    "静默来电",
    "来电未语",
    "无人讲话，提示后挂机",
    "来电接通后无任何声音，约{sec}秒后对方挂断。",
    "接通后无人应答，话务员多次询问未果，来电挂断。",
    "没声音",
    "空线",
    "对方无应答",
    "不讲话",
    "打通了不吭声",
    "接起来那头没动静",
    "无语音",
    "无声音，已按规范提示三次后结束通话",
    "来电静音",
    "接通后无应答",
    "一直没人说话",
    "电话通了没有人声",
    "无应答挂机",
    "无声，挂",
    "喂喂喂，没人",
    "沉默",
    "空电话",
]
SILENT_DETAIL = [
    "，能听到呼吸声",
    "，背景有电视声",
    "，那头有人在笑",
    "，有狗叫声",
    "，能听到风声",
    "，像是在车上",
    "，背景很安静",
    "，隐约有人说话但不对着话筒",
    "，有打麻将的声音",
    "，有小孩哭",
    "，有机器轰隆声",
]

TYPOS = [
    ("反映", "反应"),
    ("已经", "以经"),
    ("账", "帐"),
    ("安装", "按装"),
    ("安排", "按排"),
    ("部门", "部们"),
    ("尽快", "尽块"),
    ("联系", "连系"),
    ("处理", "处里"),
    ("再次", "在次"),
    ("投诉", "投述"),
    ("希望", "希忘"),
    ("现在", "现再"),
    ("一直", "一只"),
    ("怎么", "怎莫"),
    ("告知", "告之"),
    ("核实", "合实"),
    ("工作人员", "工做人员"),
    ("情绪", "情续"),
    ("小区", "小去"),
    ("电话", "电化"),
    ("没有", "没又"),
    ("修理", "修里"),
    ("解决", "解绝"),
    ("到现在", "倒现在"),
    ("还是", "还时"),
    ("的", "地"),
    ("在", "再"),
    ("做", "作"),
]
ABBR = [
    ("来电人", "来电"),
    ("反映", "反"),
    ("诉求", "诉"),
    ("已告知", "已告"),
    ("无诉求", "无诉"),
    ("话务员", "话务"),
    ("相关部门", "相关部们"),
    ("电话号码", "号码"),
    ("工单号", "单号"),
    ("社会保险", "社保"),
    ("派出所", "所里"),
]

NOTES_GENUINE = [
    "来电人情绪激动",
    "来电人要求回电",
    "来电人不要求回电",
    "来电人要求保密",
    "方言较重，大致意思如上",
    "已做好解释安抚",
    "来电人称已打过多次电话",
    "来电人称之前找过村里",
    "请尽快处理",
    "来电人表示如不解决还会再打",
    "已告知回复时限",
    "来电人声音很小",
    "来电人说话比较急",
    "老人，讲话慢",
    "来电人要求实地查看",
    "已告知相关部门电话",
    "号码为家中座机",
    "用别人手机打的",
    "来电人称有照片可以提供",
    "情况属实的话比较急",
    "来电人不愿留姓名",
    "第二次来电",
]
NOTES_NUISANCE = [
    "已按规范处置",
    "已提醒文明通话",
    "已告知占用热线资源",
    "录音已保存",
    "已上报班长",
    "建议列入限制名单",
    "该号码近期多次来电",
    "已挂断",
    "话务员已按流程结束通话",
    "已记录",
]

# --------------------------------------------------------------------------------------
# Genuine matters (topic, weight, months or None, descriptions, asks)
# --------------------------------------------------------------------------------------
SUMMER = {6, 7, 8}
WINTER = {12, 1, 2}
TOPICS = [
    (
        "供水",
        8,
        None,
        [
            "{estate}{bldg}从{when}开始停水，到现在还没来水，事先也没看到停水通知||尽快恢复供水/给个准话什么时候来水",
            "{vil}自来水发黄，有股铁锈味，烧开了壶底一层渣||派人检测水质/核实处理",
            "{estate}水压太小，{floor}楼以上白天基本上不来水||尽快解决水压问题/加装二次加压",
            "{road}和{road2}交叉口路边自来水管子爆了，水一直往外冒，淌了半条街||尽快抢修",
            "家里{pm}月份水费{money_w}元，平时就几十块钱，怀疑水表有问题||核查水费/换个水表看看",
            "{vil}这边自来水一到晚上就停，说是管网改造，改了几个月还没弄好||给个准话什么时候来水/尽快完工",
            "{vil}{grp}还是吃的压水井，自来水管子接到村口就不往里接了||把自来水接到户/尽快通自来水",
        ],
        ["尽快恢复供水", "派人检测水质", "核查水费", "尽快抢修", "给个准话什么时候来水"],
    ),
    (
        "供电",
        7,
        None,
        [
            "{vil}从{when}停电到现在，家里有老人小孩，天热吃不消||尽快恢复供电",
            "{estate}这一片这几天天天晚上跳闸，空调一开就停||派人来看看/给变压器增容",
            "{vil}路边电线杆歪了，电线垂下来离地不到两米，小孩上学天天从底下过||加固电杆/尽快处理",
            "家门口的变压器嗡嗡响，晚上吵得睡不着，怕有辐射||派人检查/把变压器挪远点",
            "{vil}电压不稳，灯一闪一闪的，冰箱都烧坏一台了||派人来看看/赔偿损失",
            "{vil}{grp}装了新电表以后电费比以前多了一倍||核实电费/校验电表",
        ],
        ["尽快恢复供电", "派人来看看", "加固电杆", "给变压器增容", "核实电费"],
    ),
    (
        "道路",
        8,
        None,
        [
            "{road}{roadpos}有个大坑，晚上骑电动车已经好几个人摔了||尽快修复/尽快填平",
            "{vil}到{town}的村道修了一半停工了，全是碎石子，下雨一身泥||督促恢复施工/尽快修好",
            "{road}从{road2}到{road3}一段路灯全不亮，已经{days}了||维修路灯",
            "{estate}门口窨井盖没了，就拿根树枝插在里面||尽快补上井盖",
            "{road}和{road2}路口红绿灯坏了，早上上班高峰乱成一锅粥||尽快修复/派交警疏导",
            "{road}施工围挡占了大半个路，也没有警示牌||设置警示标志/规范施工",
            "{vil}的小桥桥面裂了，栏杆也掉了，拉粮食的大车还在过||尽快维修桥梁/加装护栏/限制大车通行",
            "{vil}村口减速带被压坏了，钉子翘出来扎了好几个胎||尽快修复",
        ],
        ["尽快修复", "设置警示标志", "督促恢复施工", "维修路灯", "加装护栏"],
    ),
    (
        "社保",
        6,
        None,
        [
            "在苏州交了{n}年社保，现在回{county}了想转回来，不知道怎么弄||告知办理流程/帮助办理",
            "灵活就业社保断了{n}个月，想补缴，窗口说补不了||解释政策/帮助办理",
            "社保卡丢了，补办了{days}还没拿到||尽快办理",
            "原单位{company}欠缴社保{n}个月，人已经离职了，影响以后退休||督促单位补缴",
            "失业保险金申请以后一直没到账||尽快发放/核实处理",
            "在{company}上班，公司一直按最低标准给交社保||督促单位按实际工资缴纳/依法查处",
        ],
        ["帮助办理", "给个说法", "督促单位补缴", "尽快发放", "解释政策"],
    ),
    (
        "医保",
        6,
        None,
        [
            "家里老人在上海住院，异地就医备案不会弄，出院结算报不了||帮助办理/告知办理方法",
            "居民医保在手机上交了钱，查下来显示没参保||核实处理",
            "门诊慢特病申请交上去两个多月没结果||尽快办理/给个答复",
            "在{hospital}住院报销的比例比说的低，差了好几千||说明报销政策/核实处理",
            "医保卡被人盗刷了，在{pharm}刷了{money}块钱，不是本人刷的||追回损失/查处",
            "孩子的医保在学校交过了，又被村里收了一遍||退还多交的钱/核实处理",
        ],
        ["核实处理", "说明报销政策", "追回损失", "尽快办理", "退还多交的钱"],
    ),
    (
        "教育",
        5,
        None,
        [
            "孩子户口在{estate}，划片却划到了{school}，离家七八里路||调整划片/给个说法",
            "{school}有老师暑假在家里办班有偿补课，一个月收{money}||查处/依法处理",
            "{school}食堂饭菜量少，孩子回来说吃不饱||加强管理/核实处理",
            "{kg}说下学期要涨保教费，家长都不知道标准||公开收费标准",
            "{school}门口放学时候流动摊贩很多，卖三无辣条||清理摊贩/加强管理",
            "{school}校车严重超载，一辆面包车塞了十几个孩子||查处/立即处理",
            "{school}让家长在群里买指定的教辅资料||查处/制止",
        ],
        ["核实处理", "公开收费标准", "调整划片", "加强管理", "查处"],
    ),
    (
        "欠薪",
        6,
        None,
        [
            "在{company}干了{n}个月，老板欠了{money}元工资一直拖着不给||帮助追讨工资",
            "跟包工头在{estate}工地干活，包工头跑了，{n}个人的工资{money}元没着落||帮助追讨工资/协调发放",
            "在{park}厂里上班，厂里不签劳动合同，也不交社保||督促签订劳动合同/依法查处",
            "被{company}辞退，说是试用期不合格，一分钱补偿都没有||依法处理/要求补偿",
            "{company}这几个月工资都是拖一个月才发，说资金困难||协调发放/督促按时发工资",
            "在{vil}给人家装修，干完活了老板娘说没钱，欠{money}块钱||帮助追讨工钱",
        ],
        ["帮助追讨工资", "依法处理", "协调发放", "督促签订劳动合同"],
    ),
    (
        "土地",
        4,
        None,
        [
            "{vil}的土地流转费去年的到现在还没给，村里说再等等||尽快发放/给个说法",
            "隔壁邻居盖房子占了{ta}家宅基地半米多，调解过没用||协调解决/依法处理",
            "{vil}有人在基本农田里挖塘养小龙虾||依法查处/恢复原状",
            "{vil}征地补偿款发放不公开，有的人家多有的人家少||公开补偿标准/核实处理",
            "{ta}家承包地被村里收回给了别人，没有任何手续||给个说法/依法处理",
            "{vil}{grp}有人把沟渠填了盖房子，下雨水排不出去||恢复原状/依法查处",
        ],
        ["核实处理", "公开补偿标准", "依法查处", "恢复原状", "协调解决"],
    ),
    (
        "住房",
        6,
        None,
        [
            "在{estate}买的房子合同上写的今年{m}月交房，现在还没交，开发商一直拖||督促交房/给个说法",
            "{estate}的房子买了{n}年了，不动产证还办不下来||尽快办理/给个说法",
            "{estate}物业不作为，楼道灯坏了一个月，垃圾也没人清||督促物业整改",
            "{estate}{bldg}电梯坏了{days}，楼里都是老人，上下楼要人背||尽快维修",
            "楼上{floor}楼卫生间漏水，渗到{ta}家，楼上不配合维修||协调处理/督促楼上维修",
            "{estate}拆迁安置房分房结果不公开，怀疑有人插队||公开结果/核查",
            "公租房申请交了材料半年没消息||尽快办理/给个答复",
            "{estate}物业费一年涨了一倍，业主都不同意||核查物业费/协调处理",
        ],
        ["督促交房", "尽快办理", "督促物业整改", "尽快维修", "公开结果", "协调处理"],
    ),
    (
        "噪音",
        5,
        None,
        [
            "{estate}旁边工地{late}还在打桩，一夜没睡着||停止夜间施工/查处",
            "{road}{eatery}门口烧烤摊晚上放音乐吵到一两点||查处/管一管",
            "{estate}楼下广场舞音响声音太大，九点多还在跳||协调降低音量/规定时间",
            "楼上邻居天天半夜拖椅子、剁东西，敲门也不开||协调处理/社区出面调解",
            "{vil}有人家办丧事吹吹打打三天了，夜里也不停||协调处理/管一管",
            "{park}{company}厂里机器声音晚上特别响，隔着河都听得到||查处/督促整改",
            "{road}有人改装摩托车夜里炸街||查处",
        ],
        ["查处", "协调降低音量", "停止夜间施工", "管一管", "尽快处理"],
    ),
    (
        "污染",
        6,
        None,
        [
            "{park}{company}晚上偷偷排废气，一股刺鼻的味，闻了头疼||查处/派人检测",
            "{vil}旁边河沟里水发黑发臭，还漂了不少死鱼||派人检测/督促整改",
            "{vil}养猪场臭味太大，苍蝇一团一团的||督促整改/查处",
            "{park}{company}粉尘大，晾的衣服一层灰||督促整改/查处",
            "{road}渣土车不盖篷布，一路撒土，晴天灰雨天泥||查处/加强管理",
            "{vil}小龙虾塘的水被上游{company}排的水污染了，虾死了一大片||查处/赔偿损失",
            "{vil}有人在河边烧电缆皮，冒黑烟||查处",
        ],
        ["查处", "派人检测", "督促整改", "依法处理", "赔偿损失"],
    ),
    (
        "秸秆",
        5,
        {5, 6, 10, 11},
        [
            "{vil}有人在田里焚烧秸秆，烟很大，{road}上都看不清路||查处",
            "{vil}收麦子的收割机没带粉碎，秸秆堆在田头没人管||尽快清运",
            "{vil}村里不让烧秸秆，又不来收，麦茬地没法插秧||给个办法/尽快清运",
            "收割机师傅收麦子一亩要{money_s}块，比去年贵了不少||规范价格",
        ],
        ["查处", "尽快清运", "给个办法", "规范价格"],
    ),
    (
        "消费",
        7,
        None,
        [
            "在{store}买的{item}用了{n}天就坏了，商家不给退也不给修||帮助退款/协调处理",
            "在{gym}办了{money}元的卡，现在店关门了老板找不到人||帮助退款/依法查处",
            "在{grocery}买的牛奶过期了，找店里只肯换一盒||依法查处/协调赔偿",
            "在{market}买肉，回家一称少了二两多||依法查处",
            "在{eatery}吃饭吃出了虫子，老板不认账||依法查处/协调赔偿",
            "在{ebike}买的电瓶是翻新的，才用两个月||依法查处/协调退换",
            "{gym}充值送的优惠现在不认了||维护消费者权益/协调处理",
        ],
        ["帮助退款", "依法查处", "维护消费者权益", "协调赔偿"],
    ),
    (
        "卫生健康",
        4,
        None,
        [
            "孩子被狗咬了，{town}卫生院说没有狂犬疫苗，让去县里打||协调解决/增加疫苗供应",
            "{hospital}看病排队太长，挂号窗口就开一个||增加窗口",
            "{vil}卫生室给老人开了过期的药||查处/核实处理",
            "{vil}最近好多人拉肚子，怀疑吃的水有问题||调查原因/检测水质",
            "{hospital}医生态度不好，问两句就不耐烦||加强管理/批评教育",
            "{hospital}住院部厕所脏得没法下脚||加强管理",
        ],
        ["核实处理", "增加窗口", "调查原因", "加强管理"],
    ),
    (
        "夏季",
        4,
        SUMMER,
        [
            "天热蚊子多，{estate}里从来没人打药||组织消杀/尽快处理",
            "{vil}河边没有护栏也没警示牌，暑假小孩去摸鱼玩水，怕出事||加装护栏/设置警示牌",
            "{park}{company}高温天车间里没空调，中暑了也不给歇||督促企业/依法查处",
            "{estate}二次供水水箱没人洗，水里有虫子||清洗水箱",
            "{road}公交站台没遮挡，中午太阳晒死人||加装遮阳棚",
        ],
        ["尽快处理", "加装护栏", "督促企业", "清洗水箱", "加装遮阳棚"],
    ),
    (
        "冬季",
        4,
        WINTER,
        [
            "{road}桥面结冰，早上好几个人摔了||尽快处理/撒盐除冰",
            "下雪以后{estate}路上没人扫雪，老人出不了门||组织清雪",
            "{company}年底了工资还没结，说要等过完年||帮助追讨工资",
            "{estate}燃气压力不够，晚上做饭火苗很小||核实处理/尽快解决",
            "最近流感厉害，{school}班上一半孩子发烧，学校也不停课||核实处理",
        ],
        ["尽快处理", "组织清雪", "帮助追讨工资", "核实处理"],
    ),
    (
        "交通出行",
        5,
        None,
        [
            "{bus}公交车班次太少，一个小时一班||增加班次",
            "{bus}公交车在{road}站不停车，招手也不停||查处/加强管理",
            "出租车从汽车站到{estate}要了{money_s}块钱，不打表||查处/退还多收的钱",
            "{vil}到县城的城乡公交停了，老人去医院不方便||恢复线路",
            "{bus}公交车上空调不开，门窗也不开，热得很||查处/加强管理",
            "{road}路口总有人乱停车，把路口堵死||查处/加强管理",
        ],
        ["增加班次", "查处", "恢复线路", "加强管理"],
    ),
    (
        "养老",
        5,
        None,
        [
            "{ta}家老人这个月养老金到现在还没到账||核实发放",
            "家里老人{age}岁了，高龄津贴从{m}月份停发了||恢复发放/核实处理",
            "被征地农民保障金每个月就{money_s}块，跟邻村不一样||解释政策/核实处理",
            "退休认证在手机上弄不成功，养老金被暂停了||帮助办理/恢复发放",
            "城乡居民养老保险缴费记录少了{n}年||核实补录/帮助查询",
        ],
        ["核实发放", "恢复发放", "解释政策", "帮助办理"],
    ),
    (
        "户籍证件",
        4,
        None,
        [
            "孩子出生在外地，回来上户口派出所说材料不全，跑了好几趟",
            "户口从{town}迁到县城，来回跑了{n}趟还没办好",
            "身份证丢了，在{town}派出所补办{days}了还没拿到",
            "户口本上出生日期登记错了，派出所让找当年的材料，材料早没了",
            "在外地打工要办居住证，这边开不了证明",
        ],
        ["帮助办理", "一次性告知材料", "尽快办结", "给个解决办法"],
    ),
    (
        "城市管理",
        6,
        None,
        [
            "{road}有人占道经营，早上卖菜把路都堵死了||查处/清理",
            "{estate}有人在楼顶私搭乱建||依法拆除/查处",
            "{estate}流浪狗多，晚上叫，还追着人咬||处理流浪狗/加强管理",
            "{road}人行道上停满了车，人只能走到马路上||查处/加强管理",
            "{vil}有人在河边乱倒建筑垃圾||查处/清理",
            "{estate}垃圾桶几天没人清，臭气熏天||尽快清运",
            "{road}有人在绿化带里种菜||清理/加强管理",
        ],
        ["查处", "清理", "依法拆除", "加强管理"],
    ),
    (
        "民政救助",
        3,
        None,
        [
            "家里困难，申请低保村里不给报||核实帮助/给个说法",
            "残疾人两项补贴从上个月停了||恢复发放/核实处理",
            "{vil}有个五保老人一个人住，房子快塌了没人管||上门看看/帮助解决",
            "{ta}是残疾人，想申请公益岗位不知道找谁||告知办理途径/帮助解决",
            "老伴去世，丧葬补助一直没发||尽快发放",
        ],
        ["核实帮助", "恢复发放", "帮助解决", "上门看看"],
    ),
    (
        "农业",
        4,
        None,
        [
            "买的稻种出苗率很低，怀疑是假种子||查处/帮助维权",
            "{vil}农资店卖的除草剂打了以后秧苗死了一片||帮助维权/查处",
            "{vil}泵站不开机，田里没水栽不了秧||尽快放水",
            "{vil}的蟹塘被上面通知要退养，补偿标准不清楚||公开标准/给个说法",
            "{vil}高标准农田建设把{ta}家的田埂挖了没恢复||恢复原状",
        ],
        ["查处", "帮助维权", "尽快放水", "公开标准", "恢复原状"],
    ),
    (
        "燃气通信",
        3,
        None,
        [
            "{estate}燃气表不走字，燃气公司说要收{money_s}块换表费||核实处理",
            "宽带坏了报修一个星期没人来||尽快维修",
            "{vil}手机信号很差，在家里打电话要跑到门口||改善信号",
            "有线电视到期不续费就把信号全停了，老人没电视看||协调处理",
        ],
        ["核实处理", "尽快维修", "改善信号", "协调处理"],
    ),
]
FLOOD_DESC = [
    "下大雨，{estate}门口积水到膝盖，车子都淹了",
    "{road}雨后积水，下水道堵了一直排不掉",
    "{vil}大树被风刮倒，横在路上过不去",
    "{vil}圩堤有一段渗水，怕晚上出事",
    "{estate}地下车库进水了，物业没人管",
    "{vil}田里的水排不出去，秧苗全泡在水里",
    "刮大风把{vil}{grp}几户的彩钢瓦掀掉了",
]
SNOW_DESC = [
    "下雪后{road}路面结冰，公交车都停了",
    "{estate}水管冻裂了，整栋楼停水",
    "雪把{vil}的大棚压塌了",
    "{road}桥上结冰，车子打滑撞了",
]
GENERIC_ASKS = ["尽快处理", "给个答复", "相关部门来看看", "依法查处", "帮忙解决", "核实情况"]

SINCE = [
    "",
    "",
    "",
    "，已经{days}了",
    "，{pdate}就这样了",
    "，反映过好几次了",
    "，一直没人管",
    "，前后{days}了",
    "，找过{who}没人管",
    "，打过好几个电话都没人接",
    "，打过{dept}的电话没人接",
]
WHO = ["村里", "社区", "镇里", "网格员", "村干部", "居委会", "有关单位"]

CONSULTS = [
    ("县人社局几点上班", "上午8:30-12:00，下午2:30-5:30", "人社上班时间"),
    ("{town}派出所电话", "{tel}", "派出所电话"),
    ("不动产登记中心在哪里", "在政务服务中心二楼", "不动产中心地址"),
    ("身份证过期换证要带什么", "带户口本和旧身份证到户籍窗口", "换身份证"),
    ("城乡居民医保什么时候交", "一般每年9月到12月集中缴纳", "医保缴费时间"),
    ("新生儿怎么参加医保", "可在江苏医保云或政务中心医保窗口办理", "新生儿医保"),
    ("公积金提取要什么材料", "详询公积金中心{tel}", "公积金提取"),
    ("驾驶证到期换证去哪里", "交警大队车管所或者交管12123", "换驾照"),
    ("电动车上牌在哪里上", "交警大队车管所和各镇登记点", "电动车上牌"),
    ("婚姻登记周六上不上班", "周末不办理，工作日办理", "婚姻登记时间"),
    ("低保怎么申请", "向户籍所在村（居）委会提出申请", "低保申请"),
    ("狂犬疫苗在哪里打", "县疾控中心和各镇卫生院犬伤门诊", "狂犬疫苗"),
    ("政务服务中心地址", "泓泽大道188号", "政务中心地址"),
    ("燃气公司报修电话", "{tel}", "燃气报修电话"),
    ("残疾证怎么办", "先到残联申请，再到指定医院评残", "残疾证"),
    ("养老金认证怎么弄", "用江苏智慧人社APP或到社区认证", "养老认证"),
    ("孩子上一年级报名要什么材料", "户口本、房产证明等，以学校通知为准", "一年级报名"),
    ("{bus}末班车几点", "晚上七点左右，详询公交公司{tel}", "末班车"),
    ("法律援助中心在哪里", "司法局一楼，电话{tel}", "法援地址"),
    ("退休年龄怎么算", "按渐进式延迟退休政策，可到人社窗口查询", "退休年龄"),
    ("护照在哪里办", "公安局出入境窗口", "办护照"),
    ("居住证要什么材料", "身份证、住所证明，到辖区派出所办理", "居住证"),
    ("停水停电通知在哪里看", "关注水务公司和供电公司公众号", "停水通知"),
    ("交通违章怎么查", "交管12123APP", "查违章"),
    ("12345能不能帮忙查快递", "不属于受理范围，请联系快递公司", "查快递"),
    ("慢性病门诊怎么申请", "到定点医院医保办申请", "慢病申请"),
    ("农村危房改造怎么申请", "向所在村委会申请", "危房改造"),
    ("办个体营业执照要什么", "身份证、经营场所证明，到政务中心市场监管窗口", "个体执照"),
    ("老年卡怎么办", "65周岁以上到社区或民政窗口办理", "老年卡"),
    ("丧葬补助怎么领", "到户籍所在地民政窗口申请", "丧葬补助"),
    ("供电公司电话", "95598", "供电电话"),
    ("{dept}电话多少", "{tel}", "部门电话"),
    ("{dept}在哪", "已告知地址", "部门地址"),
    ("社保卡在哪里激活", "任意合作银行网点", "社保卡激活"),
    ("灵活就业社保在哪交", "江苏智慧人社APP或税务窗口", "灵活就业社保"),
    ("中午政务中心有没有人", "实行午间延时服务", "午间服务"),
    ("新房契税怎么交", "政务中心税务窗口", "契税"),
    ("水费在哪交", "支付宝、微信或者营业厅", "交水费"),
    ("宠物狗要不要办证", "按县养犬管理规定到公安窗口登记", "养犬登记"),
]
SEASON_CONSULTS = [
    ({6}, ("高考成绩哪天出", "以省教育考试院公布为准，预计6月下旬", "高考成绩")),
    ({6, 7}, ("中考志愿怎么填", "以教育局通知为准，可咨询学校", "中考志愿")),
    ({6, 7, 8}, ("高温补贴有没有标准", "6到9月按规定发放，详询人社部门", "高温补贴")),
    ({6, 7, 8}, ("暑期托管班哪里报名", "关注教育局公众号", "暑期托管")),
    ({6, 7}, ("防汛期间圩堤能不能钓鱼", "不建议，注意安全", "圩堤钓鱼")),
    ({5, 6}, ("麦子收了秸秆怎么处理", "村里统一组织离田收储，禁止焚烧", "秸秆处理")),
    ({9, 10, 11, 12}, ("明年居民医保交多少钱", "以当年公布标准为准", "医保标准")),
    ({1, 2}, ("春节期间政务中心上不上班", "按国家放假安排", "春节放假")),
]

ABUSE_SOFT = [
    "你们就是一帮吃干饭的",
    "养你们有么用，一点用么得",
    "打了多少回了，你们就是个摆设",
    "拿着工资不干人事",
    "跟你说话就跟对牛弹琴一样",
    "你是孬子吧，人话听不懂",
    "憨瓜一个，换个会说话的来",
    "就你这水平还接电话，家去带孩子吧",
    "一群混日子的",
    "你们也就配接接电话",
    "小丫头片子懂个么事",
    "你们脸皮真厚",
    "你算老几",
    "天天就会说'已记录''已反映'，复读机啊",
    "一个个跟木头一样",
    "你们都是一路货色",
    "还好意思叫服务热线",
    "你脑子进水了吧",
    "我看你就是个传话的，做不了主",
    "你们这种人放在古代早拉出去了",
    "你听听你自己说的是人话吗",
    "你多大了，讲话跟三岁小孩一样",
    "问你么事都不知道，要你们干么事的",
    "你们这帮人良心给狗吃了",
]
ABUSE_HARD = ["妈的", "你妈的", "滚你妈的", "傻X", "狗日的", "去你的", "神经病", "王八蛋", "脑残", "滚", "日你", "操"]
GOV_LINES = [
    "当官的没一个好东西",
    "你们政府就知道收钱",
    "县里那帮人都是蛀虫",
    "为人民服务都是糊弄鬼的",
    "你们这个政府早该换了",
    "一个个吃得脑满肠肥",
    "泓泽就毁在你们手上",
    "天天喊口号，干事么得一个",
    "12345就是骗老百姓的",
    "你们就是一群官僚",
    "领导都是坐办公室喝茶的",
    "办事要靠关系，找你们有么用",
    "老百姓死活你们才不管",
    "你们那个开发区就是圈钱的",
]
INSULTS_REPORTED = [
    "乡巴佬",
    "穷鬼",
    "老不死的",
    "神经病",
    "刁民",
    "要饭的",
    "孬子",
    "憨子",
    "没文化的东西",
    "滚出去",
    "活该穷一辈子",
    "猪脑子",
    "狗东西",
    "脑子有病",
    "瞎了眼",
    "土包子",
    "老赖",
    "泼妇",
    "来找茬的",
    "臭要饭的",
    "滚回乡下去",
    "精神病",
    "没爹没妈教的",
    "讨饭的",
    "废物",
]
# (who, is_staff, typical occasion)
INSULT_WHO = [
    ("邻居", 0, ["因为门口停车", "因为宅基地的事", "因为孩子打架", "因为鸡跑到人家菜园"]),
    ("隔壁老张", 0, ["因为下水道堵了", "因为一点小事", "因为晒被子滴水"]),
    ("楼上邻居", 0, ["因为漏水的事", "上门协商的时候", "因为噪音"]),
    ("{food}老板", 1, ["因为价钱问题", "要求退货的时候", "说东西过期了"]),
    ("{store}的店员", 1, ["退货的时候", "问了几句价钱", "因为找零"]),
    ("菜场摊主", 1, ["因为秤不准", "因为价钱问题"]),
    ("村会计", 1, ["去问流转费的时候", "去开证明的时候"]),
    ("村书记", 1, ["在村民大会上", "去反映低保的时候", "在村里群里"]),
    ("社区网格员", 1, ["上门登记的时候", "在小区群里"]),
    ("城管队员", 1, ["收摊的时候", "执法的时候"]),
    ("物业保安", 1, ["进小区的时候", "因为停车收费"]),
    ("快递员", 1, ["送件的时候", "因为快递放驿站"]),
    ("{hospital}的护士", 1, ["挂水的时候", "排队的时候"]),
    ("{dept}窗口工作人员", 1, ["办事的时候", "排队的时候", "问材料的时候"]),
    ("{bus}公交司机", 1, ["上车的时候", "刷卡慢了一点"]),
    ("包工头", 1, ["去要工钱的时候", "在工地上"]),
    ("儿媳妇", 0, ["在家里", "长期以来"]),
    ("{school}的老师", 1, ["开家长会的时候", "在班级群里"]),
]


# --------------------------------------------------------------------------------------
def _cum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


_HOUR_CUM = {k: _cum(v) for k, v in HOURS.items()}
_SLOT = re.compile(r"\{(\w+)\}")


class _Gen:
    def __init__(self, n_target, days, start, hshare, seed):
        self.r = random.Random(seed)
        self.n = n_target
        self.days = max(1, int(days))
        self.start = start
        self.end = start + dt.timedelta(days=self.days)
        self.hshare = hshare
        self.rows = []
        self.used = set()
        self.restricted = []
        self.gen_phones = []
        self.har_phones = []
        self.orders = []
        self.dropped = []
        self._daycum = {}
        self._topcache = {}
        r = self.r
        self.storm_days = set()
        if self.days >= 5:
            for d in r.sample(range(self.days), min(2, self.days // 10 + 1)):
                self.storm_days.add(d)
        # call-takers: fixed habits + personal favourite phrases
        self.ops = []
        for o in OPERATORS:
            o = dict(o)
            o["silent"] = r.sample(SILENT_NOTES, 3)
            o["fav"] = r.sample(NOTES_GENUINE, 4)
            o["favh"] = r.sample(NOTES_NUISANCE, 2)
            self.ops.append(o)
        self.pools = {p: [o for o in self.ops if p in o["pools"]] for p in ("day", "eve", "night")}
        self.slots = {
            "town": lambda c: r.choice(TOWNS),
            "vil": lambda c: (r.choice(RURAL_TOWNS) if r.random() < 0.6 else "") + r.choice(VILLAGES),
            "grp": lambda c: "%d组" % r.randint(1, 14),
            "estate": lambda c: r.choice(ESTATES),
            "bldg": lambda c: r.choice(
                [
                    "%d栋" % r.randint(1, 32),
                    "%d号楼" % r.randint(1, 28),
                    "%d栋%d单元" % (r.randint(1, 30), r.randint(1, 3)),
                    "",
                ]
            ),
            "road": lambda c: r.choice(ROADS),
            "road2": lambda c: r.choice(ROADS),
            "road3": lambda c: r.choice(ROADS),
            "roadpos": lambda c: r.choice(
                ["", "加油站附近", "桥头", "菜场门口", "学校门口", "%d号门口" % r.randint(1, 300), "红绿灯旁边"]
            ),
            "company": lambda c: r.choice(COMPANIES),
            "park": lambda c: r.choice(PARKS),
            "shop": lambda c: r.choice(SHOPS),
            "bar": lambda c: r.choice(BARS),
            "store": lambda c: r.choice(STORES),
            "eatery": lambda c: r.choice(EATERIES),
            "pharm": lambda c: r.choice(["阳光药房", "百姓大药房", "济民药店"]),
            "grocery": lambda c: r.choice(["惠民超市", "金鼎超市", "家家乐超市", "好邻居便利店", "村口小卖部"]),
            "ebike": lambda c: r.choice(["雅迪电动车店", "鑫源电动车专卖店", "老周电动车修理铺"]),
            "food": lambda c: r.choice(FOODSHOPS),
            "gym": lambda c: r.choice(GYMS),
            "market": lambda c: r.choice(MARKETS),
            "school": lambda c: r.choice(SCHOOLS),
            "kg": lambda c: r.choice(KGS),
            "hospital": lambda c: r.choice(HOSPITALS),
            "dept": lambda c: r.choice(DEPTS),
            "item": lambda c: r.choice(ITEMS),
            "product": lambda c: r.choice(PRODUCTS),
            "county": lambda c: COUNTY,
            "money": lambda c: str(
                r.choice([r.randint(3, 99) * 100, r.randint(1, 9) * 1000, r.randint(1, 60) * 1000 + r.choice([0, 500])])
            ),
            "money_s": lambda c: str(r.randint(3, 12) * 10 + r.choice([0, 5])),
            "days": lambda c: r.choice(DAYS_PHR),
            "late": lambda c: r.choice(LATE_PHR),
            "n": lambda c: str(r.randint(2, 9)),
            "floor": lambda c: str(r.randint(3, 18)),
            "m": lambda c: str(r.randint(1, 12)),
            "pm": lambda c: str((c.get("t", self.start).month + 10) % 12 + 1),
            "money_w": lambda c: str(r.randint(2, 9) * 100 + r.randint(0, 99)),
            "bus": lambda c: "%d路" % r.randint(1, 19),
            "age": lambda c: str(r.randint(72, 96)),
            "who": lambda c: r.choice(WHO),
            "when": lambda c: r.choice(["昨天下午", "前天", "今天早上", "昨天夜里", "大前天", "上个礼拜", "中午"]),
            "pdate": lambda c: self._pdate(c),
            "tel": lambda c: (
                r.choice(["8", "6"]) + "%07d" % r.randint(0, 9999999)
                if r.random() < 0.6
                else AREA + "-8" + "%07d" % r.randint(0, 9999999)
            ),
            "title": lambda c: c["title"],
            "ta": lambda c: c["ta"],
        }

    # ---------------- helpers ----------------
    @staticmethod
    def lead(cw, item):
        """'来电人' + item, adding 称 unless the item already starts with a verb"""
        if item and item[0] in "说问讲要称让喊唱骂想自反":
            return cw + item
        return cw + "称" + item

    def _pdate(self, c):
        t = c.get("t", self.start) - dt.timedelta(days=self.r.randint(2, 70))
        return "%d月%d%s" % (t.month, t.day, self.r.choice(["号", "日", "号", "日左右"]))

    def fill(self, s, c):
        def rep(m):
            k = m.group(1)
            if k in c:
                return str(c[k])
            f = self.slots.get(k)
            return f(c) if f else m.group(0)

        for _ in range(3):
            if "{" not in s:
                break
            s = _SLOT.sub(rep, s)
        return s

    def pick(self, prof):
        cum = _HOUR_CUM[prof]
        i = bisect_right(cum, self.r.random() * cum[-1])
        return min(i, 23)

    def pick_day(self, wk, storm=1.0):
        key = (wk, storm)
        cum = self._daycum.get(key)
        if cum is None:
            ws = []
            for d in range(self.days):
                wd = (self.start + dt.timedelta(days=d)).weekday()
                w = 1.0 if wd < 5 else wk
                if d in self.storm_days:
                    w *= storm
                ws.append(w)
            cum = self._daycum[key] = _cum(ws)
        return min(bisect_right(cum, self.r.random() * cum[-1]), self.days - 1)

    def at(self, day, prof):
        h = self.pick(prof)
        return self.start + dt.timedelta(days=day, hours=h, minutes=self.r.randrange(60), seconds=self.r.randrange(60))

    def rtime(self, prof, wk=0.75, storm=1.0):
        return self.at(self.pick_day(wk, storm), prof)

    def ln(self, spec):
        med, sig, lo, hi = spec
        return int(max(lo, min(hi, round(med * math.exp(self.r.gauss(0, sig))))))

    def phone(self, kind="resident"):
        r = self.r
        while True:
            x = r.random()
            if kind == "machine":
                if x < 0.55:
                    p = r.choice(VIRTUAL_PFX) + "%08d" % r.randint(0, 99999999)
                elif x < 0.9:
                    p = r.choice(OTHER_AREAS) + r.choice("2345678") + "%07d" % r.randint(0, 9999999)
                else:
                    p = r.choice(MOBILE_PFX) + "%08d" % r.randint(0, 99999999)
            elif kind == "outside":
                if x < 0.7:
                    p = r.choice(MOBILE_PFX) + "%08d" % r.randint(0, 99999999)
                else:
                    p = r.choice(OTHER_AREAS) + r.choice("2345678") + "%07d" % r.randint(0, 9999999)
            else:
                if x < 0.80:
                    p = r.choice(MOBILE_PFX) + "%08d" % r.randint(0, 99999999)
                elif x < 0.96:
                    p = AREA + r.choice("8888886") + "%07d" % r.randint(0, 9999999)
                else:
                    p = r.choice(OTHER_AREAS) + r.choice("2345678") + "%07d" % r.randint(0, 9999999)
            if p not in self.used:
                self.used.add(p)
                return p

    def gphone(self, withheld=0.03, reuse=0.06):
        r = self.r
        x = r.random()
        if x < withheld:
            return ""
        if x < withheld + reuse and self.gen_phones:
            return r.choice(self.gen_phones)
        if x < withheld + reuse + 0.002 and self.har_phones:
            return r.choice(self.har_phones)  # same household as a nuisance number
        p = self.phone()
        self.gen_phones.append(p)
        return p

    def hphone(self, withheld=0.1, kind="resident"):
        if self.r.random() < withheld:
            return ""
        p = self.phone(kind)
        self.har_phones.append(p)
        return p

    def op_at(self, t):
        h = t.hour
        pool = "day" if 8 <= h < 17 else ("eve" if 17 <= h < 23 else "night")
        return self.r.choice(self.pools[pool])

    def restrict(self, phone, p):
        if phone and self.r.random() < p:
            self.restricted.append(phone)

    # ---------------- writing style ----------------
    def br(self, op, s):
        return op["br"][0] + s + op["br"][1]

    def finish(self, text, op, label, kind):
        r = self.r
        if not text:
            return ""
        if op["tag"] and r.random() < op["tag"]:
            tg = {
                "consult": "【咨询】",
                "followup": "【催办】",
                "complaint": "【投诉】",
                "help_request": "【求助】",
                "suggestion": "【建议】",
                "praise": "【表扬】",
                "misdial": "【无效】",
                "dropped": "【无效】",
                "bad_line": "【无效】",
            }.get(kind)
            if label == "harassment" and kind != "silent" and r.random() < 0.5:
                tg = r.choice(["【无效】", "【无效来电】", "【骚扰】", "【其他】"])
            if tg:
                text = tg + text
        if op["abbr"]:
            for a, b in ABBR:
                if a in text and r.random() < 0.6:
                    text = text.replace(a, b)
        n = 0
        for a, b in TYPOS:
            if n >= 2:
                break
            if a in text and r.random() < op["typo"] * (0.3 if len(a) == 1 else 1):
                i = text.find(a)
                text = text[:i] + b + text[i + len(a) :]
                n += 1
        p = op["punct"]
        if p == "mixed":
            p = r.choice(["std", "comma", "space"])
        if p == "comma":
            text = text.replace("，", ",").replace("：", ":")
            if r.random() < 0.5:
                text = text.replace("。", ".")
        elif p == "space":
            text = text.replace("，", " ").replace("。", " ").replace("：", " ")
            text = re.sub(r" +", " ", text).strip()
        if op["style"] in ("terse", "chatty") and text.endswith("。") and r.random() < 0.6:
            text = text[:-1]
        return text

    def ctx(self, t, p, k_total, k_today):
        r = self.r
        g = p.get("gender") or r.choice("mf")
        p["gender"] = g
        if "title" not in p:
            s = r.choice(SURNAMES)
            if p.get("old"):
                p["title"] = s + (
                    r.choice(["奶奶", "阿姨", "老太"]) if g == "f" else r.choice(["大爷", "老爷子", "老先生"])
                )
            else:
                p["title"] = s + ("女士" if g == "f" else "先生")
        return {
            "t": t,
            "k": k_today,
            "K": k_total,
            "ta": "她" if g == "f" else "他",
            "title": p["title"],
            "order": "%02d%02d%02d%04d" % (t.year % 100, t.month, t.day, r.randint(1, 1800)),
        }

    # ---------------- generic loop ----------------
    def run(self, kind, target, make, content):
        label, _, dur, _ = KIND_SPEC[kind]
        made, tries = 0, 0
        while made < target and tries < target * 20 + 100:
            tries += 1
            p = make()
            times = sorted(t for t in p["times"] if self.start <= t < self.end)
            if not times:
                continue
            perday = {}
            for i, t in enumerate(times):
                if made >= target:
                    break
                d = t.date()
                perday[d] = perday.get(d, 0) + 1
                if p["phone"]:
                    c = self.ctx(t, p, i + 1, perday[d])
                else:  # withheld: the call-taker cannot tell it is a repeat
                    c = self.ctx(t, p, 1, 1)
                secs = p["dur"](c) if "dur" in p else self.ln(dur)
                c["sec"] = secs
                op = self.op_at(t)
                text = content(op, c, p)
                text = self.finish(text, op, label, kind)
                row = {
                    "received_at": t,
                    "caller_phone": p["phone"],
                    "content": text,
                    "call_seconds": int(secs),
                    "label": label,
                    "kind": kind,
                }
                self.rows.append(row)
                made += 1
                if label == "genuine" and "short" in c and p["phone"]:
                    self.orders.append((t, p["phone"], c["short"], c["order"], p))
                if kind == "dropped" and p["phone"]:
                    self.dropped.append((t, p["phone"], p))
        return made

    # ---------------- time patterns ----------------
    def burst(self, t0, n, span_min):
        out = [t0]
        for _ in range(n - 1):
            out.append(t0 + dt.timedelta(seconds=self.r.uniform(20, span_min * 60)))
        return out

    def nightly(self, nights, skip, prof="late"):
        d0 = self.r.randrange(self.days)
        out = []
        for i in range(nights):
            if self.r.random() < skip:
                continue
            out.append(self.at(d0 + i, prof))
        return out

    def every(self, gap, per_visit, prof, span_min=120):
        r = self.r
        d = r.randrange(max(1, min(self.days, gap[1] + 1)))
        out = []
        while d < self.days:
            t0 = self.at(d, prof)
            out += self.burst(t0, r.randint(*per_visit), span_min)
            d += r.randint(*gap)
        return out

    def daily_many(self, ndays, per_day, prof, skip=0.1):
        r = self.r
        d0 = r.randrange(self.days)
        out = []
        for i in range(ndays):
            if r.random() < skip:
                continue
            for _ in range(r.randint(*per_day)):
                out.append(self.at(d0 + i, prof))
        return out

    # ---------------- matters ----------------
    def matter(self, c):
        r = self.r
        t = c["t"]
        day = (t - self.start).days
        if day in self.storm_days and r.random() < 0.4:
            pool = SNOW_DESC if t.month in WINTER else FLOOD_DESC
            desc = self.fill(r.choice(pool), c)
            ask = r.choice(["尽快排水", "派人处理", "尽快抢修", "注意安全", "尽快清理"] + GENERIC_ASKS)
            c["topic"] = "灾害天气"
        else:
            tops, ws = self._topics(t.month)
            tp = tops[min(bisect_right(ws, r.random() * ws[-1]), len(tops) - 1)]
            d = r.choice(tp[3])
            asks = tp[4]
            if "||" in d:
                d, a = d.split("||")
                asks = a.split("/")
            desc = self.fill(d, c)
            ask = r.choice(asks) if r.random() < 0.8 else r.choice(GENERIC_ASKS)
            c["topic"] = tp[0]
        short = desc.split("，")[0]
        if len(short) > 22:
            short = short[:20]
        c["short"] = short
        return desc, ask

    def _topics(self, month):
        x = self._topcache.get(month)
        if x is None:
            tops = [tp for tp in TOPICS if tp[2] is None or month in tp[2]]
            x = self._topcache[month] = (tops, _cum([tp[1] for tp in tops]))
        return x

    def since(self, c):
        return self.fill(self.r.choice(SINCE), c)

    def gnote(self, op, c, p=1.0):
        r = self.r
        if r.random() < op["note"] * p:
            n = r.choice(op["fav"]) if r.random() < 0.6 else r.choice(NOTES_GENUINE)
            return self.br(op, n)
        return ""

    def render(self, op, c, desc, ask, extra=""):
        """complaint-like text in the call-taker's habit"""
        r = self.r
        cw = op["cw"]
        st = op["style"]
        s = self.since(c)
        note = self.gnote(op, c)
        if st == "formal":
            f = r.choice(
                [
                    "{cw}反映：{desc}{s}。{extra}诉求：{ask}。",
                    "{cw}来电反映，{desc}{s}，{extra}希望相关部门{ask}。",
                    "{title}来电反映：{desc}{s}。{extra}诉求：{ask}。",
                    "{cw}称{desc}{s}。{extra}{cw}要求{ask}，请相关部门核实处理。",
                    "{cw}来电称，{desc}{s}。{extra}诉求：请相关部门{ask}。",
                    "{cw}反映{desc}{s}，{extra}要求{ask}。",
                ]
            )
        elif st == "plain":
            f = r.choice(
                [
                    "{cw}说{desc}{s}，希望{ask}。{extra}",
                    "{desc}{s}，要求{ask}。{extra}",
                    "来电反映{desc}，{extra}{ask}。",
                    "{title}来电说{desc}{s}，{extra}想让{ask}",
                    "反映：{desc}{s}。{extra}要求{ask}",
                ]
            )
        elif st == "terse":
            d = desc.split("，")
            desc = "，".join(d[: r.choice([1, 1, 2])])
            f = r.choice(
                [
                    "{desc}，{ask}",
                    "{desc}，要求处理",
                    "{desc}。诉：{ask}",
                    "{title}：{desc}",
                    "{desc}",
                    "反映{desc}，{ask}",
                ]
            )
            s, extra = "", ""
        else:
            aside = r.choice(
                [
                    "说话挺急的",
                    "方言很重，听了好几遍才听明白",
                    "说打过好几次了",
                    "讲了好长时间",
                    "一直在叹气",
                    "说就指望你们了",
                    "态度还好",
                    "说今天一定要有人管",
                    "跟我说了好几遍地址",
                ]
            )
            f = r.choice(
                [
                    "{cw}说{desc}{s}，{aside}，想让{ask}。{extra}",
                    "这位{title}打来讲{desc}，{aside}，希望{ask}",
                    "{ta}讲{desc}{s}，{extra}{aside}。要求{ask}",
                ]
            )
            c["aside"] = aside
        c.update(cw=cw, desc=desc, s=s, ask=ask, extra=extra)
        return self.fill(f, c) + note

    # ---------------- nuisance kinds ----------------
    def k_silent(self, target):
        r = self.r

        def make():
            x = r.random()  # persona mix ~ rows: 40% bursts, 20% nightly, 20% periodic, 20% one-off
            if x < 0.066:
                ph = self.hphone(0.05)
                t0 = self.rtime(r.choice(["any", "eve", "day"]))
                times = []
                for d in range(r.choice([1, 1, 2, 3])):
                    base = t0 + dt.timedelta(days=d)
                    times += self.burst(base, r.randint(4, 25), r.choice([30, 90, 240, 600]))
                self.restrict(ph, 0.45)
                return {"phone": ph, "times": times, "mode": "burst", "dur": lambda c: self.ln((5, 0.6, 1, 40))}
            if x < 0.129:
                ph = self.hphone(0.05)
                self.restrict(ph, 0.4)
                return {
                    "phone": ph,
                    "times": self.nightly(r.randint(6, 26), 0.2),
                    "mode": "nightly",
                    "dur": lambda c: self.ln((35, 0.5, 6, 180)),
                }
            if x < 0.183:
                ph = self.hphone(0.03)
                self.restrict(ph, 0.3)
                return {
                    "phone": ph,
                    "mode": "periodic",
                    "times": self.every((2, 6), (1, 3), r.choice(["day", "eve", "any"])),
                    "dur": lambda c: self.ln((15, 0.6, 2, 90)),
                }
            ph = self.hphone(0.4)
            return {
                "phone": ph,
                "times": [self.rtime("any", 1.0)],
                "mode": "once",
                "dur": lambda c: self.ln((10, 0.8, 2, 120)),
            }

        def content(op, c, p):
            if r.random() < op["blank_s"]:
                return ""
            if c["k"] >= 3 and r.random() < 0.35:
                return self.fill(
                    r.choice(
                        [
                            "今日第{k}次无声来电",
                            "同一号码反复来电不说话（今天第{k}次）",
                            "又是无声，第{k}次了",
                            "该号码今天打了{k}次，都不出声",
                            "无声（今{k}）",
                        ]
                    ),
                    c,
                )
            if p["mode"] == "nightly" and c["K"] >= 3 and r.random() < 0.35:
                return r.choice(
                    [
                        "该号码近几晚都是这个点打来不说话",
                        "又是半夜这个号，无声",
                        "这号码连着好几夜凌晨打来，接通不讲话",
                        "无声。(夜里固定来电)",
                    ]
                )
            s = r.choice(op["silent"]) if r.random() < 0.7 else r.choice(SILENT_NOTES)
            if r.random() < 0.15 and not s.endswith("。"):
                s += r.choice(SILENT_DETAIL)
            if op["style"] == "chatty" and r.random() < 0.4:
                s = r.choice(
                    [
                        "接起来没人讲话，等了一会挂了",
                        "那头不说话，喂了半天",
                        "好像是误碰的，没声音",
                        "又是这个号，不吭声",
                        "接通后只听到喘气，没说话",
                    ]
                )
            return self.fill(s, c)

        return self.run("silent", target, make, content)

    def abuse_line(self, c, gov=False):
        r = self.r
        if gov:
            pool = GOV_LINES + ABUSE_SOFT[:8]
        else:
            pool = ABUSE_SOFT
        s = r.choice(pool)
        if r.random() < 0.35:
            hw = r.choice(ABUSE_HARD)
            s = r.choice([hw + "，" + s, s + "，" + hw, hw])
        return s

    def k_abuse(self, target, gov):
        r = self.r
        kind = "abuse_government" if gov else "abuse_calltaker"

        def make():
            ph = self.hphone(0.12)
            if r.random() < (0.15 if gov else 0.2):
                self.restrict(ph, 0.35)
                if r.random() < 0.5:
                    t0 = self.rtime("eve", 1.1)
                    return {"phone": ph, "times": self.burst(t0, r.randint(2, 9), r.choice([20, 120, 600]))}
                return {"phone": ph, "times": self.every((1, 5), (1, 3), "eve")[: r.randint(2, 12)]}
            return {"phone": ph, "times": [self.rtime(r.choice(["eve", "any", "night"]), 1.1)]}

        def content(op, c, p):
            if r.random() < op["blank_h"]:
                return ""
            cw = op["cw"]
            line = self.abuse_line(c, gov)
            hard = any(h in line for h in ABUSE_HARD)
            if hard and r.random() < 0.3:
                line = line.replace("傻X", "傻*").replace("妈的", "MD").replace("操", "*")
            st = op["style"]
            if gov:
                fs = {
                    "formal": [
                        "{cw}无具体诉求，来电发泄对政府的不满，称“{line}”，经询问无具体事项。",
                        "{cw}来电表达对政府工作的不满，言辞偏激（{line}），未反映具体问题，已做解释。",
                        "{cw}称“{line}”，话务员询问其具体诉求，{cw}不予回答后挂机。",
                    ],
                    "plain": [
                        "来电就说{line}，问他有什么事又不说",
                        "{cw}发牢骚，说{line}，没有具体事",
                        "{cw}一直在说政府不好，{line}之类的，无诉求",
                    ],
                    "terse": ["发泄不满，无诉求", "骂政府 无事", "{line}，无具体事项", "无诉求，发牢骚"],
                    "chatty": [
                        "这人打来就是发火，说{line}，问半天也没说是么事，说完就挂了",
                        "{cw}说{line}，我问他哪方面的问题，他说都有问题，然后挂了",
                    ],
                }
            else:
                fs = {
                    "formal": [
                        "{cw}接通后即辱骂话务员，称“{line}”，无任何诉求，经劝导后挂断。",
                        "{cw}无具体事项，对话务员进行言语侮辱（“{line}”），已提醒文明通话。",
                        "来电无诉求，嘲讽话务员“{line}”，随后挂机。",
                        "{cw}以方言辱骂，大意是“{line}”，未反映任何问题。",
                        "{cw}一直冷嘲热讽，说“{line}”，问其有何诉求均不答。",
                    ],
                    "plain": [
                        "来电骂人，说{line}，没说什么事",
                        "{cw}上来就说“{line}”，然后就挂了",
                        "对方说{line}，问他什么事不讲",
                        "{cw}出口伤人，{line}，无事",
                    ],
                    "terse": [
                        "骂人",
                        "辱骂，无诉求",
                        "恶意辱骂 挂断",
                        "无诉，辱骂话务员",
                        "骂人无事",
                        "“{line}”",
                        "辱骂",
                    ],
                    "chatty": [
                        "这个人一接通就开始{verb}，{line}，问他什么事也不说，{verb}完就挂了",
                        "{cw}打来阴阳怪气的，说{line}，我说有事可以反映，{ta}就笑，挂了",
                    ],
                }
            c.update(cw=cw, line=line, verb="骂" if hard else r.choice(["损人", "挖苦", "数落"]))
            s = self.fill(r.choice(fs[op["style"] if op["style"] in fs else "plain"]), c)
            if c["K"] >= 2 and r.random() < 0.4:
                s += self.br(op, r.choice(["第%d次来电" % c["K"], "该号码反复来电辱骂", "又是这个号"]))
            elif r.random() < op["note"] * 0.5:
                s += self.br(op, r.choice(op["favh"]))
            return s

        return self.run(kind, target, make, content)

    def k_night(self, target, kind):
        r = self.r

        def make():
            if kind == "night_chat":
                old = r.random() < 0.5
                ph = self.hphone(0.05)
                if r.random() < 0.2:
                    self.restrict(ph, 0.3)
                    return {"phone": ph, "old": old, "times": self.nightly(r.randint(3, 15), 0.3, "night")}
                return {"phone": ph, "old": old, "times": [self.rtime("night", 1.1)]}
            if kind == "drunk":
                ph = self.hphone(0.08)
                t0 = self.rtime("drink", 1.7)
                return {
                    "phone": ph,
                    "gender": "m" if r.random() < 0.9 else "f",
                    "times": self.burst(t0, r.choice([1, 1, 1, 2, 3, 4]), 90),
                }
            ph = self.hphone(0.1)
            if r.random() < 0.25:
                self.restrict(ph, 0.3)
                return {
                    "phone": ph,
                    "gender": "m",
                    "times": self.every((1, 4), (1, 2), r.choice(["night", "eve"]))[: r.randint(2, 9)],
                }
            return {"phone": ph, "gender": "m", "times": [self.rtime(r.choice(["night", "eve"]), 1.2)]}

        chat = [
            "说一个人在家睡不着，想找人说说话",
            "说老伴走了，孩子都在外地打工，就想听人讲讲话",
            "问话务员夜里值班怕不怕、困不困",
            "讲{ta}年轻时候在公社挖河的事，讲了很久",
            "说天太热睡不着，问话务员那边热不热",
            "说失眠，要话务员陪{ta}聊一会",
            "问今天天气，又问明天天气，又问后天",
            "讲家里养的狗今天不吃饭",
            "说心里闷，讲了一堆家长里短",
            "问话务员家是哪块的",
        ]
        drunk = [
            "说自己今天喝了一斤白酒，没事就想打个电话",
            "先是唱歌，后来问话务员喝不喝酒",
            "说话舌头都大了，东一句西一句，听不出要说么事",
            "讲{ta}跟朋友在{bar}喝酒，说要请县长喝酒",
            "反复说“我没喝多，我没喝多”",
            "说刚喝完酒，问12345能不能派车送{ta}家去",
            "喝多了说要找老同学，以为打的是同学电话",
            "讲{ta}那个厂的老板不是东西，又讲不清楚是哪个厂",
        ]
        flirt = [
            "问话务员多大了、结没结婚，要加微信",
            "说话务员声音好听，要约出来吃饭",
            "问话务员叫什么名字、长什么样",
            "要跟话务员交朋友，问几点下班",
            "说专门打来听话务员讲话的",
            "问话务员有没有男朋友",
            "要话务员给{ta}唱首歌",
            "问话务员住在哪块，说要去接",
        ]

        def content(op, c, p):
            if r.random() < op["blank_h"] * 0.7:
                return ""
            cw = op["cw"]
            pool = chat if kind == "night_chat" else (drunk if kind == "drunk" else flirt)
            what = self.fill(r.choice(pool), c)
            st = op["style"]
            if st == "formal":
                pre = {
                    "night_chat": "{cw}深夜来电，称",
                    "drunk": "{cw}酒后来电，语无伦次，",
                    "flirt": "{cw}来电与话务员闲聊，",
                }[kind]
                post = r.choice(["，无具体诉求。", "，与热线业务无关，已劝其挂机。", "，话务员告知热线用途后挂断。"])
                s = self.fill(pre, {"cw": cw}) + what + post
                s = s.replace("，称说", "，说").replace("，称问", "，问").replace("，称讲", "，讲")
            elif st == "terse":
                s = r.choice(
                    {
                        "night_chat": ["闲聊", "夜间闲聊 无诉求", "聊天", "无事闲聊"],
                        "drunk": ["醉酒来电", "喝多了", "酒后乱讲", "醉酒，无诉求"],
                        "flirt": ["骚扰话务员", "问私人问题", "要微信", "调戏话务员，无事"],
                    }[kind]
                )
                if r.random() < 0.3:
                    s += "，" + what
            elif st == "chatty":
                s = (
                    r.choice(["{ta}", "这人", "{cw}"])
                    + what
                    + r.choice(["，聊了好久才挂", "，我说这是政府热线，{ta}说知道", "，没什么事", "，劝了几次才挂"])
                )
                s = self.fill(s, {"ta": c["ta"], "cw": cw})
            else:
                s = self.lead(cw, what) + r.choice(["，没事", "，无诉求", "", "，已劝挂"])
            if c["K"] >= 3 and r.random() < 0.4:
                s += self.br(op, r.choice(["近几晚都打来", "老号码了", "第%d次" % c["K"], "又是这个人"]))
            return s

        return self.run(kind, target, make, content)

    def k_prank(self, target, kind):
        r = self.r
        fake = [
            "{vil}河边有人落水了，快来人",
            "{road}有辆小车着火了",
            "{estate}{bldg}有人要跳楼",
            "{road}上有人开车撞了人跑了",
            "{vil}鱼塘里有条鳄鱼，把鸭子都吃了",
            "{road}有人在偷窨井盖",
            "{vil}有人聚众赌博，有几十个人",
            "{estate}楼下有人打架，动刀了",
            "{vil}天上掉下来一块铁疙瘩",
            "{school}门口有人贩子",
            "{park}{company}爆炸了",
            "{food}卖死猪肉",
            "{road}一条大蟒蛇爬到马路上",
            "{vil}发现一颗炸弹",
            "{estate}电梯里困了人",
            "{vil}有人在大堤上挖洞",
        ]
        stories = [
            "家里的公鸡会说话，每天早上喊“县长好”，要政府来研究",
            "自己是玉皇大帝派下来的，要视察{county}",
            "做梦梦见县长欠{ta}五百块钱，要政府还",
            "有外星人在{vil}鱼塘降落，把{ta}的蟹都带走了",
            "自己是乾隆的后代，要认祖归宗，讲了家谱一大段",
            "{ta}在{road}捡到一张藏宝图，要政府派人一起挖",
            "{ta}家的猫会算账，要去参加节目",
            "说{ta}能预测地震，下个月{town}要地震",
            "讲了一大段从小到大的经历，从上学讲到当兵，再讲到{ta}二舅",
            "说河里的老鳖成精了，晚上出来唱戏",
        ]
        absurd = [
            "要求政府给{ta}介绍个对象",
            "要12345帮{ta}查下期彩票中奖号码",
            "要求把{ta}家门口的河改个道",
            "要话务员帮{ta}孩子写暑假作业",
            "要求给{ta}家的狗上户口",
            "要求明天不要下雨，{ta}家要办酒",
            "要政府出钱给{ta}买辆电动车",
            "要求把{ta}家隔壁的公鸡杀了，早上叫得太早",
            "问能不能派警车送{ta}去喝喜酒",
            "要求政府把太阳关小一点",
            "要话务员帮{ta}叫个外卖",
            "要县长给{ta}打个电话",
            "要求12345帮{ta}找丢了十年的自行车",
        ]

        def make():
            ph = self.hphone(0.15)
            if kind == "prank_report":
                t0 = self.rtime(r.choice(["eve", "any", "kids"]), 1.3)
                return {"phone": ph, "times": self.burst(t0, r.choice([1, 1, 1, 2, 3]), 60)}
            if kind == "prank_story":
                if r.random() < 0.4:
                    self.restrict(ph, 0.3)
                    return {"phone": ph, "times": self.every((1, 6), (1, 1), "any")[: r.randint(2, 6)]}
                return {"phone": ph, "times": [self.rtime("any")]}
            return {
                "phone": ph,
                "times": self.burst(self.rtime(r.choice(["eve", "any"]), 1.1), r.choice([1, 1, 1, 2]), 120),
            }

        def content(op, c, p):
            cw = op["cw"]
            st = op["style"]
            if kind == "prank_report":
                if "fake" not in p:
                    p["fake"] = self.fill(r.choice(fake), c)
                what = p["fake"]
                if r.random() < 0.5:
                    # written up like a real report
                    if st == "formal":
                        s = "%s反映：%s，请相关部门尽快到现场处置。" % (cw, what)
                    elif st == "terse":
                        s = what
                    else:
                        s = "%s称%s，要求派人" % (cw, what)
                else:
                    s = "%s称%s" % (cw, what) + self.br(
                        op,
                        r.choice(
                            [
                                "来电人说完就笑，疑似恶作剧",
                                "背景有笑声，询问具体位置答不上来",
                                "追问细节后挂断，疑似虚假",
                                "声音像是学生",
                                "说完“骗你的”就挂了",
                                "已转110核实，民警回复现场无此情况",
                            ]
                        ),
                    )
                return s
            if kind == "prank_story":
                what = self.fill(r.choice(stories), c)
                if st == "terse":
                    return r.choice(["胡言乱语", "讲故事，无诉求", "乱讲", "内容荒诞"]) + (
                        "，" + what if r.random() < 0.4 else ""
                    )
                if st == "formal":
                    return "%s，内容荒诞，无实际诉求，通话约%d分钟。" % (self.lead(cw, what), max(1, c["sec"] // 60))
                return "%s，%s" % (
                    self.lead(cw + "说", what).replace("说称", "说").replace("说说", "说"),
                    r.choice(["讲了半天", "打断了几次都不停", "没法记", "无诉求"]),
                )
            what = self.fill(r.choice(absurd), c)
            if st == "terse":
                return r.choice(["无理要求", "", "乱提要求"]) + what
            if st == "formal":
                return "%s，不属于热线受理范围，已解释。" % self.lead(cw, what)
            return "%s%s，%s" % (cw, what, r.choice(["跟他说了不行", "说完自己笑了", "无法受理", "劝挂"]))

        return self.run(kind, target, make, content)

    def k_misc_nuisance(self, target, kind):
        r = self.r

        def make():
            if kind == "child_play":
                ph = self.hphone(0.03)
                t0 = self.rtime("kids", 1.9)
                return {
                    "phone": ph,
                    "gender": r.choice("mf"),
                    "times": self.burst(t0, r.choice([1, 1, 2, 3, 4, 6]), r.choice([10, 30, 60])),
                }
            if kind == "line_test":
                ph = self.hphone(0.05)
                return {"phone": ph, "times": self.burst(self.rtime("any"), r.choice([1, 1, 2, 3]), 5)}
            if kind == "bet_call":
                ph = self.hphone(0.1)
                return {
                    "phone": ph,
                    "times": self.burst(self.rtime(r.choice(["eve", "drink"]), 1.6), r.choice([1, 1, 2]), 15),
                }
            if kind == "robocall":
                ph = self.hphone(0.2, "machine")
                self.restrict(ph, 0.15)
                return {"phone": ph, "times": self.every((1, 7), (1, 1), "office")[: r.randint(1, 5)]}
            if kind == "fax_tone":
                ph = self.hphone(0.0, "machine") if r.random() < 0.6 else self.hphone(0.0)
                self.restrict(ph, 0.2)
                hh = self.pick("office")
                out = []
                d0 = r.randrange(self.days)
                for d in range(r.randint(1, 6)):
                    t0 = self.start + dt.timedelta(days=d0 + d, hours=hh, minutes=r.randrange(60))
                    out += [
                        t0 + dt.timedelta(minutes=j * r.choice([2, 3, 5]), seconds=r.randrange(30))
                        for j in range(r.randint(2, 8))
                    ]
                return {"phone": ph, "times": out}
            if kind == "music":
                ph = self.hphone(0.1)
                return {"phone": ph, "times": self.burst(self.rtime("any"), r.choice([1, 1, 2, 3]), 180)}
            if kind == "telemarketing":
                ph = self.hphone(0.05, r.choice(["machine", "outside"]))
                p = {
                    "phone": ph,
                    "prod": r.choice(PRODUCTS),
                    "times": self.every((2, 8), (1, 1), "office")[: r.choice([1, 1, 2, 3])],
                }
                return p
            # threat
            ph = self.hphone(0.2)
            self.restrict(ph, 0.5)
            return {
                "phone": ph,
                "gender": "m" if r.random() < 0.85 else "f",
                "times": self.every((1, 6), (1, 2), r.choice(["eve", "any", "night"]))[: r.randint(1, 4)],
            }

        kid = [
            "小孩声音，问“你是谁呀”，嘻嘻哈哈挂了",
            "小孩说要找奥特曼",
            "背景有动画片声，小孩乱按号码",
            "几个小孩抢着说话，喊了一声“你是大笨蛋”就挂了",
            "小朋友问阿姨吃饭了没有",
            "小孩哭着要找妈妈，问在哪也说不清，后有大人接过电话说是小孩玩手机",
            "小孩说“我家猫丢了”，问地址就笑",
            "小孩唱歌",
            "小孩声音，说“喂喂喂”然后挂断",
            "小把戏打着玩的",
        ]
        test = [
            "试一下电话能不能打通，无事",
            "测试电话",
            "刚换的手机卡，试试",
            "试机",
            "看看12345是不是真能打通",
            "说单位让{ta}测试一下线路",
            "试一下能不能接通，没别的事",
        ]
        bet = [
            "跟朋友打赌12345晚上有没有人接，确认后挂断",
            "背景多人起哄，称打赌输了要打电话给政府",
            "几个人打赌，让话务员说出县长名字",
            "说打赌话务员是不是机器人",
            "跟同学打赌能不能让话务员笑",
            "背景有人喊“快说快说”，说完“看吧我说有人接”挂断",
        ]
        robo = [
            "电脑语音播放贷款广告",
            "录音：“您好，您的信用卡额度已提升……”",
            "自动语音推送中奖信息",
            "AI语音问是否需要装修",
            "录音提示“您的快递丢失请按1”",
            "机器人外呼，问“您是否有资金需求”",
            "语音播报“尊敬的用户，您的账户存在风险”",
            "机器录音推销楼盘",
            "语音广告，无人工",
        ]
        fax = [
            "传真声",
            "滴滴声",
            "接通后为传真信号",
            "传真机音，无人",
            "传真音，无法通话",
            "嘟嘟嘟的机器声",
            "来电为传真信号声，挂断",
            "尖叫声像传真",
            "传真",
        ]
        music = [
            "接通后只有音乐声",
            "那头在放淮剧，无人讲话",
            "背景广场舞音乐，无人回应",
            "放流行歌，约一分钟后挂断",
            "只有音乐",
            "放歌，无人",
            "一直在放唢呐（像是办事的）没人讲话",
            "电话里放儿歌",
        ]
        threat = [
            "扬言“再不给我办，我就去县政府门口{act}”，问其什么事又不讲",
            "说知道话务员在哪上班，“下班你们等着”",
            "威胁要把12345的电话打爆",
            "称要找人“收拾”接电话的",
            "说要去开发区把{company}砸了，问原因不说",
            "说明天要带汽油去县政府，问诉求不答",
            "扬言要让接电话的丢工作",
            "说记住话务员声音了，出门小心点",
        ]
        acts = ["喝药", "拉横幅", "闹", "堵门", "放火"]

        def content(op, c, p):
            st = op["style"]
            cw = op["cw"]
            if r.random() < op["blank_h"] * (1.5 if kind in ("fax_tone", "robocall", "music") else 0.8):
                return ""
            if kind == "child_play":
                w = self.fill(r.choice(kid), c)
                if st == "terse":
                    return r.choice(["小孩", "小孩玩电话", "儿童误拨", "小孩乱打", w])
                return ("来电为" if st == "formal" else "") + w
            if kind == "line_test":
                w = self.fill(r.choice(test), c)
                return (
                    ("%s称%s。" % (cw, w)) if st == "formal" else (r.choice(["测试", "试机"]) if st == "terse" else w)
                )
            if kind == "bet_call":
                w = r.choice(bet)
                return (
                    ("%s%s，无诉求。" % (cw, w))
                    if st == "formal"
                    else (r.choice(["打赌", "无聊来电"]) if st == "terse" else w)
                )
            if kind == "robocall":
                w = r.choice(robo)
                return (
                    ("来电为%s，无人工应答。" % w)
                    if st == "formal"
                    else (r.choice(["录音电话", "机器人", "广告", w]) if st == "terse" else w)
                )
            if kind == "fax_tone":
                w = r.choice(fax)
                if c["k"] >= 3 and r.random() < 0.4:
                    w += self.br(op, r.choice(["连续多次", "又是传真", "第%d次" % c["k"]]))
                return w
            if kind == "music":
                w = r.choice(music)
                return ("来电" + w + "，无法获取诉求。") if st == "formal" else w
            if kind == "telemarketing":
                prod = p["prod"]
                if st == "terse":
                    return r.choice(["推销", "推销%s" % prod, "广告推销", "卖%s的" % prod])
                if st == "formal":
                    return "%s自称某公司业务员，推销%s，已告知此为政府服务热线。" % (cw, prod)
                return r.choice(
                    [
                        "来电推销%s，问单位要不要" % prod,
                        "卖%s的，说可以上门" % prod,
                        "打来问要不要办%s，跟{ta}说打错地方了" % prod,
                    ]
                ).replace("{ta}", c["ta"])
            c["act"] = r.choice(acts)
            w = self.fill(r.choice(threat), c)
            if st == "terse":
                return r.choice(["威胁", "威胁话务员", "扬言闹事，无具体事"]) + ("，" + w if r.random() < 0.5 else "")
            s = "%s%s" % (cw, w)
            if st == "formal":
                s += "。" + r.choice(["已录音上报。", "已按规定上报值班长。", "已提醒其言行后果。", ""])
            return s

        return self.run(kind, target, make, content)

    def k_vexatious(self, target):
        r = self.r
        matters = [
            "邻居空调外机对着{ta}家窗户（已调解并移位）",
            "二十年前丢了一头牛要政府赔",
            "要政府给{ta}安排工作（已多次解释政策）",
            "楼下路灯太亮（已调低亮度）",
            "认为楼下小店偷{ta}的快递（公安已调查无此事）",
            "要求把{ta}家门口的公交站挪走（已答复不具备条件）",
            "说村里的广播喇叭对着{ta}家（已调整）",
            "要查二十年前的一笔借款",
            "{ta}认为手机被人监听（已告知报警）",
            "要求退还2008年交的有线电视费",
            "要求单位给{ta}恢复工作（已按劳动仲裁结果答复）",
        ]
        nothing = [
            "只要求话务员报工号，报完就挂",
            "要求把领导叫来接电话，不说什么事",
            "让话务员把{ta}说的话记下来，说完就挂",
            "反复问“今天几号”",
            "反复问“你们几点下班”",
            "问话务员是不是真人",
            "问“我的事办没办”，问什么事又不讲",
            "要话务员读一遍服务承诺",
            "要求话务员给{ta}回电话，回了又说没事",
        ]

        def make():
            ph = self.hphone(0.03)
            self.restrict(ph, 0.55)
            p = {
                "phone": ph,
                "old": r.random() < 0.4,
                "times": self.daily_many(
                    r.randint(3, 16), (1, r.choice([3, 6, 10])), r.choice(["day", "any", "eve"]), 0.25
                ),
            }
            if r.random() < 0.6:
                p["m"] = r.choice(matters)
            else:
                p["nothing"] = True
            return p

        def content(op, c, p):
            cw = op["cw"]
            st = op["style"]
            if r.random() < op["blank_h"] * 0.6:
                return ""
            if "m" in p:
                m = self.fill(p["m"], c)
                ms = m.split("（")[0]
                if st == "formal":
                    f = r.choice(
                        [
                            "{cw}第{K}次来电，仍反映{m}，该事项已办结并答复，{cw}不认可，反复纠缠，无新的诉求。",
                            "{cw}再次来电反映{ms}，此前已多次答复，{cw}仍要求重新处理。",
                            "{cw}又来电称{ms}，已按前期答复口径解释，{cw}不听，继续纠缠。",
                        ]
                    )
                elif st == "terse":
                    f = r.choice(
                        [
                            "又是{ms}",
                            "重复来电，无新诉求",
                            "同上",
                            "纠缠",
                            "第{K}次，{ms}" if c["K"] > 1 else "{ms}，已答复过",
                            "老号，{ms}，已答复过",
                            "{ms}（重复）",
                        ]
                    )
                elif st == "chatty":
                    f = r.choice(
                        [
                            "又是这位，还是{ms}的事，说了几十遍了",
                            "{ta}又打来讲{ms}，跟{ta}讲已经答复过了，不听",
                            "今天第{k}回了，{ms}",
                        ]
                    )
                else:
                    f = r.choice(["{cw}又打来说{ms}，已经答复过多次", "重复反映{ms}，已答复", "{cw}还是说{ms}"])
                c.update(cw=cw, m=m, ms=ms)
            else:
                w = self.fill(r.choice(nothing), c)
                if st == "formal":
                    f = "{cw}来电不讲具体事项，" + w + "，已解释，挂机后又打进来。"
                elif st == "terse":
                    f = r.choice(["无事", "无诉求，纠缠", w, "重复来电 无事", "又来"])
                else:
                    f = "{cw}" + w + r.choice(["，今天第{k}次了", "，无事", "", "，老是这样"])
                c["cw"] = cw
            s = self.fill(f, c)
            if r.random() < 0.15:
                s += self.br(op, r.choice(["限制名单号码", "频繁来电", "今日第%d次" % c["k"], "已上报"]))
            return s

        return self.run("vexatious_repeat", target, make, content)

    # ---------------- genuine kinds ----------------
    def one(self, prof, wk, storm=1.0, **kw):
        p = {"phone": self.gphone(**kw), "times": [self.rtime(prof, wk, storm)]}
        return p

    def k_complaint(self, target):
        r = self.r

        def make():
            p = self.one("day", 0.7, 1.8)
            if r.random() < 0.05:  # same person calls again another day, new matter
                p["times"].append(self.rtime("day", 0.7))
            if r.random() < 0.04:  # shared village/company landline
                p["phone"] = AREA + "8" + "%07d" % r.randint(0, 2000)
            return p

        def content(op, c, p):
            desc, ask = self.matter(c)
            if c.get("topic") == "噪音" and r.random() < 0.6:
                pass
            extra = ""
            if r.random() < 0.2:
                extra = self.fill(
                    r.choice(
                        [
                            "家里有{age}岁老人。",
                            "{ta}称已向" + r.choice(["村里", "社区", "镇里", "有关单位"]) + "反映过，没人处理。",
                            "{ta}要求回电。",
                            "{ta}不愿透露姓名。",
                            "要求保密。",
                            "{ta}说可以提供照片。",
                            "附近好几户都是这样。",
                        ]
                    ),
                    c,
                )
            if r.random() < 0.004:
                return ""  # call-taker forgot to type anything
            return self.render(op, c, desc, ask, extra)

        n = self.run("complaint", target, make, content)
        # noise complaints shift to evenings/night
        return n

    def k_consult(self, target):
        r = self.r

        def make():
            p = self.one("consult", 0.5, withheld=0.04, reuse=0.05)
            if r.random() < 0.04:
                p["times"].append(p["times"][0] + dt.timedelta(minutes=r.randint(5, 600)))
            return p

        def content(op, c, p):
            m = c["t"].month
            pool = CONSULTS + [x for ms, x in SEASON_CONSULTS if m in ms] * 3
            q, a, qs = r.choice(pool)
            q, a = self.fill(q, c), self.fill(a, c)
            cw = op["cw"]
            st = op["style"]
            if r.random() < 0.004:
                return ""
            if st == "formal":
                f = r.choice(
                    [
                        "{cw}咨询{q}。已告知{a}。",
                        "{cw}来电询问{q}，话务员已解答：{a}。",
                        "{cw}咨询：{q}？已告知：{a}。",
                        "{title}咨询{q}，已按知识库答复。",
                    ]
                )
            elif st == "terse":
                f = r.choice(["咨询{qs}", "{qs}？已告", "问{qs} 已答", "咨询{qs}，已告知{a}", "{qs}"])
            elif st == "chatty":
                f = r.choice(
                    ["{cw}想问一下{q}，跟{ta}说了{a}，{ta}说好的", "{ta}问{q}，告诉{ta}{a}了", "问{q}，{a}，{ta}说谢谢"]
                )
            else:
                f = r.choice(["问{q}，{a}", "咨询{q}，已告知", "{cw}问{q}，已答复", "{q}？{a}"])
            c.update(cw=cw, q=q, a=a, qs=qs)
            return self.fill(f, c)

        return self.run("consult", target, make, content)

    def k_followup(self, target):
        r = self.r
        status = [
            "至今未解决",
            "承办单位打过电话但一直没来人",
            "说是在处理，一直没动静",
            "回复说已解决，实际上没解决",
            "来看过一次就没下文了",
            "村里说不归他们管",
            "处理结果{ta}不满意",
        ]

        def make():
            if self.orders and r.random() < 0.8:
                t, ph, short, order, parent = r.choice(self.orders)
                t0 = t + dt.timedelta(days=r.choice([0, 1, 1, 2, 3, 4, 6]), hours=r.randint(0, 12))
            else:
                ph = self.gphone(withheld=0, reuse=0.02)
                c0 = {"t": self.start, "ta": "他", "title": "", "order": ""}
                self.matter(c0)
                short = c0["short"]
                t = self.start - dt.timedelta(days=r.randint(3, 40))
                order = t.strftime("%y%m%d") + "%04d" % r.randint(1, 1800)
                t0 = self.rtime("day", 0.6)
                parent = {}
            n = r.choice([1, 1, 1, 2, 2, 3, 4, 6, 8])
            times = []
            tt = t0
            for i in range(n):
                h = self.pick("night" if r.random() < 0.15 else "day")
                times.append(tt.replace(hour=h, minute=r.randrange(60), second=r.randrange(60)))
                tt = tt + dt.timedelta(days=r.choice([0, 1, 1, 2, 3, 5]))
            p = {"phone": ph, "times": times, "short": short, "porder": order, "pt": t}
            for k in ("gender", "title"):
                if k in parent:
                    p[k] = parent[k]
            return p

        def content(op, c, p):
            cw = op["cw"]
            st = op["style"]
            ago = max(0, (c["t"] - p["pt"]).days)
            c.update(
                cw=cw,
                ps=p["short"],
                po=p["porder"],
                ago=("%d天" % ago) if ago > 1 else "一两天",
                pd="%d月%d日" % (p["pt"].month, p["pt"].day),
                stt=self.fill(r.choice(status), c),
                nth=c["K"] + 1,
            )
            q = r.random() < 0.55
            night = c["t"].hour < 6 or c["t"].hour >= 22
            if st == "formal":
                f = r.choice(
                    [
                        "{cw}来电催办，称其于{pd}反映的{ps}问题（工单号{po}）{stt}，要求尽快落实。",
                        "{cw}再次来电，反映{ps}的问题{stt}，{cw}不满意，要求承办单位尽快处理。",
                        "{cw}查询工单{po}处理进度，已告知正在办理中，请耐心等待。",
                        "{cw}补充反映：{ps}，{stt}，请承办单位加快办理。",
                    ]
                )
                if not q:
                    f = f.replace("（工单号{po}）", "").replace("工单{po}", "前期工单")
            elif st == "terse":
                f = r.choice(
                    [
                        "催办 {po}",
                        "催{ps}",
                        "查进度，单号{po}",
                        "第{nth}次催办",
                        "催单，{ps}，{stt}",
                        "{po}催办" if q else "催办，{ps}",
                    ]
                )
            elif st == "chatty":
                f = r.choice(
                    [
                        "{ta}说{ago}前打过电话反映{ps}，{stt}，问我们到底管不管",
                        "又来催了，{ps}，{ta}说再没人管就天天打",
                        "{cw}问{po}那个单子怎么样了，{stt}",
                    ]
                )
            else:
                f = r.choice(["{cw}催办{ps}，{stt}", "催办：{ps}（{po}），{stt}", "{cw}来问{ps}的进度，{stt}"])
            s = self.fill(f, c)
            if night and r.random() < 0.5:
                s += self.br(op, r.choice(["夜间来电催办", "来电人称睡不着，一直在等", "夜里打来"]))
            elif c["K"] >= 2 and r.random() < 0.4 and "次" not in s:
                s += self.br(op, "第%d次来电" % (c["K"] + 1))
            return s

        return self.run("followup", target, make, content)

    def k_simple_genuine(self, target, kind):
        r = self.r
        helps = [
            "{estate}{bldg}家里钥匙锁屋里了，求助开锁，已告知联系辖区派出所或备案开锁公司",
            "{road}有位老人摔倒在路边起不来，已指导拨打120",
            "{road}两辆电动车相撞，有人受伤，已转110",
            "{estate}楼道里一股煤气味，已告知开窗勿开关电器，并转燃气公司抢修",
            "{vil}家里进了一条蛇，已转119",
            "{vil}屋檐下有个大马蜂窝，小孩被蜇了，已转119",
            "{road}大树倒了压住电线，冒火花，已转供电抢修",
            "家里{age}岁老人早上出门到现在没回来，有点糊涂，已建议报110",
            "{vil}河里好像有人掉下去了，已转110、119",
            "{estate}{bldg}电梯困人，已联系物业和119",
            "在{road}车子抛锚，车上有小孩，求助",
            "{vil}家里漏电，闸拉不下来",
        ]
        sugg = [
            "建议{road}和{road2}路口增设红绿灯",
            "建议开通{vil}到县城的公交",
            "建议{road}公园增设公共厕所",
            "建议政务中心周六上午开放",
            "建议{school}门口设置即停即走车位",
            "建议在{vil}河边装护栏",
            "建议12345增加语音导航里的方言选项",
            "建议夏天公交站台加遮阳棚",
            "建议{estate}增设电动车充电桩",
            "建议县里多搞点招聘会，年轻人都跑苏南去了",
        ]
        praise = [
            "表扬{dept}工作人员{s}某某热心帮助办理业务",
            "表扬{town}政府及时处理了门口积水",
            "表扬{bus}公交司机帮助老人上车",
            "表扬{hospital}医生护士态度好",
            "感谢12345帮忙追回了工资",
            "表扬{town}派出所民警帮忙找回走失老人",
            "表扬供电抢修师傅半夜来修电",
            "感谢上次反映的路灯已经修好了",
        ]
        mis = [
            "拨错，要找{target}，已告知号码",
            "打错了，以为是{target}",
            "想打120，已告知直接拨打120",
            "要找供电95598",
            "找快递公司的",
            "要找银行客服",
            "找{ta}女儿，打错号了",
            "要找{town}政府值班室，已告知号码",
            "要打110，已告知",
            "想打外卖电话",
            "找{company}人事，打错了",
        ]
        targets = ["社保局", "医院", "公交公司", "燃气公司", "学校", "派出所", "供电公司"]
        badl = [
            "来电杂音大，听不清内容，请来电人换个地方再打",
            "声音断断续续，只听到“{frag}”几个字",
            "来电人方言重，信号又差，无法确认诉求",
            "听不清，请其稍后来电",
            "信号不好，{ta}说了几句听不清，挂了",
            "噪音很大，像在工地，听不清说什么",
            "听不清，来电人说再打",
        ]
        frags = ["停水", "工资", "路灯", "多少钱", "村里", "电", "医保", "孩子", "房子"]
        drop = [
            "",
            "",
            "通话中断",
            "电话断了",
            "接通后来电人说了一句就断线",
            "信号差，掉线",
            "来电人说到一半断了，回拨无人接听",
            "未听清即挂断",
            "通话中断，未获取诉求",
            "无声",
            "接通后无声，随即断线",
            "刚接通就挂了",
            "断线",
            "来电人“喂”了一声就断了",
            "掉线",
        ]

        def make():
            if kind == "help_request":
                return self.one("any", 1.1, withheld=0.02)
            if kind in ("suggestion", "praise"):
                return self.one("consult", 0.6, withheld=0.05)
            if kind == "misdial":
                p = self.one("day", 0.8, withheld=0.03)
                p["old"] = r.random() < 0.3
                return p
            if kind == "bad_line":
                p = self.one("day", 0.7, withheld=0.03)
                if r.random() < 0.4:
                    p["times"].append(p["times"][0] + dt.timedelta(minutes=r.randint(1, 30)))
                return p
            if kind == "dropped":
                return self.one(r.choice(["day", "day", "any"]), 0.7, withheld=0.08)
            if kind == "night_worker":
                p = self.one("nightwork", 1.0, withheld=0.02)
                p["gender"] = "m" if r.random() < 0.75 else "f"
                return p
            return self.one("any", 1.0)

        def content(op, c, p):
            cw = op["cw"]
            st = op["style"]
            if kind == "help_request":
                w = self.fill(r.choice(helps), c)
                return (
                    ("%s求助：%s。" % (cw, w))
                    if st == "formal"
                    else (w if st != "terse" else "求助，" + w.split("，")[0])
                )
            if kind == "suggestion":
                w = self.fill(r.choice(sugg), c)
                return ("%s来电%s，希望采纳。" % (cw, w)) if st == "formal" else (cw + w if st != "terse" else w)
            if kind == "praise":
                c["s"] = r.choice(SURNAMES)
                w = self.fill(r.choice(praise), c)
                return ("%s来电%s。" % (cw, w)) if st == "formal" else w
            if kind == "misdial":
                c["target"] = r.choice(targets)
                w = self.fill(r.choice(mis), c)
                return (
                    ("%s%s。" % (cw, w)) if st == "formal" else (w if st != "terse" else r.choice(["打错", "拨错", w]))
                )
            if kind == "bad_line":
                c["frag"] = r.choice(frags)
                w = self.fill(r.choice(badl), c)
                return w if st != "terse" else r.choice(["听不清", "杂音", w])
            if kind == "dropped":
                if r.random() < op["blank_s"] * 0.8:
                    return ""
                return r.choice(drop)
            # night worker
            road_iss = [
                "{road}路灯全灭，刚才差点撞到人",
                "{road}上有个大坑没警示，夜里看不见",
                "{road}上渣土车夜里超速，还闯红灯",
                "下班路过{vil}发现河边有人在电鱼",
                "{road}和{road2}路口红绿灯夜里一直黄闪，好几次差点撞车",
            ]
            factory_iss = [
                "厂里夜班不让出门，也不给加班费",
                "车间里闷热，有人晕倒了，厂里不管",
                "夜里加班没饭吃，食堂不开",
                "宿舍空调坏了一个星期",
                "厂里让连上十二个小时夜班，一个月就歇两天",
                "下夜班{park}门口没有公交，走回去要一个钟头",
            ]
            jobs = [
                ("{park}{company}夜班工人", factory_iss),
                ("{company}上夜班的", factory_iss),
                ("出租车司机", road_iss + ["汽车站夜里有黑车拉客，还堵着出口"]),
                ("外卖骑手", road_iss + ["{estate}门岗晚上不让电动车进，送餐超时被罚"]),
                ("{estate}夜班保安", ["小区里有人夜里偷电动车电瓶，报了物业没人管", "{road}夜里有人飙车炸街"]),
                ("{hospital}夜班护工", ["医院夜里门口停满了车，救护车都进不来", "护工工资被中介扣了一半"]),
                ("开大货车的司机", road_iss + ["{road}限高架夜里没有反光标志"]),
                ("在{road}跑夜班网约车的", road_iss),
            ]
            job, issues = r.choice(jobs)
            c["job"] = self.fill(job, c)
            desc = self.fill(r.choice(issues), c)
            c["short"] = desc.split("，")[0][:20]
            ask = r.choice(["尽快处理", "帮忙协调", "依法查处", "相关部门管一管"])
            if st == "formal":
                return "%s系%s，反映%s，诉求：%s。%s" % (
                    cw,
                    c["job"],
                    desc,
                    ask,
                    self.br(op, "夜间来电") if r.random() < 0.3 else "",
                )
            if st == "terse":
                return "%s，%s" % (c["job"], desc.split("，")[0])
            return "%s是%s，%s，%s" % (cw if st != "chatty" else c["ta"], c["job"], desc, ask)

        return self.run(kind, target, make, content)

    def k_angry(self, target):
        r = self.r

        def make():
            p = self.one(r.choice(["day", "day", "eve"]), 0.8)
            if r.random() < 0.2:
                p["times"].append(p["times"][0] + dt.timedelta(hours=r.randint(1, 50)))
            return p

        def content(op, c, p):
            desc, ask = self.matter(c)
            line = self.abuse_line(c, gov=r.random() < 0.4)
            cw = op["cw"]
            st = op["style"]
            if st == "formal":
                pre = r.choice(
                    [
                        "{cw}情绪激动，开口就骂（“{line}”），经安抚后反映：",
                        "{cw}来电态度恶劣，称“{line}”，后反映：",
                        "{cw}情绪很大，言语中夹杂脏话，",
                    ]
                )
                s = self.fill(pre, {"cw": cw, "line": line}) + desc + self.since(c) + "。诉求：" + ask + "。"
                if r.random() < 0.4:
                    s += self.br(op, r.choice(["来电人多次爆粗口", "已提醒文明用语", "情绪激动，已安抚"]))
                return s
            if st == "terse":
                return (
                    r.choice(["态度差，骂人。", "骂人，", "情绪激动，", "爆粗口，", "脏话连篇，", "骂骂咧咧，"])
                    + desc.split("，")[0]
                    + "，"
                    + ask
                )
            if st == "chatty":
                return "这个%s火气很大，说“%s”，骂了好一会才讲事情：%s，要%s" % (
                    r.choice(["大哥", "大姐", "人", "老爷子"]),
                    line,
                    desc,
                    ask,
                )
            return "%s说%s，%s%s，要求%s" % (cw, line, desc, self.since(c), ask)

        return self.run("angry_real", target, make, content)

    def k_insult_reported(self, target):
        r = self.r

        def make():
            return self.one("day", 0.8)

        def content(op, c, p):
            who0, staff, whys = r.choice(INSULT_WHO)
            who = self.fill(who0, c)
            ins = r.choice(INSULTS_REPORTED)
            cw = op["cw"]
            ta = c["ta"]
            verb = r.choice(
                [
                    "骂",
                    "说",
                    "当众喊",
                    "指着鼻子说",
                    "称",
                    "喊",
                    "骂" + ta + "是",
                    "说" + ta + "是",
                    "张口就是",
                    "当着好多人的面说",
                ]
            )
            q = r.choice(["“%s”" % ins, "'%s'" % ins, ins, '"%s"' % ins])
            why = r.choice(whys) + "，" if r.random() < 0.7 else ""
            if staff:
                dem = r.choice(
                    [
                        "要求对方道歉",
                        "要求相关部门处理",
                        "要求调查该人员服务态度",
                        "希望给个说法",
                        "要求对该工作人员批评教育",
                        "要求监管部门处理",
                    ]
                )
            else:
                dem = r.choice(
                    ["要求对方道歉", "要求村里（社区）调解", "希望给个说法", "要求派出所处理", "希望有人出面管一管"]
                )
            if "是" in verb or verb.startswith("张口"):
                body = "%s%s%s%s" % (why, who, verb, q)
            else:
                body = "%s%s%s%s%s" % (why, who, verb, ta, q)
            c["short"] = "%s辱骂问题" % who if r.random() < 0.5 else "%s态度问题" % who
            st = op["style"]
            if st == "formal":
                return "%s反映：%s，%s。诉求：%s。" % (
                    cw,
                    body.lstrip(),
                    r.choice(["态度恶劣", "侮辱人格", "让" + ta + "很难受", "周围很多人都听到了"]),
                    dem,
                )
            if st == "terse":
                return "%s，%s" % (
                    body,
                    r.choice(["要求道歉", "要求处理", "要个说法", "要求调解" if not staff else "投诉态度"]),
                )
            return "%s说%s，%s" % (cw, body, dem)

        return self.run("insult_reported", target, make, content)

    def k_elderly(self, target):
        r = self.r
        ramble = [
            "一开始讲了很长时间年轻时候在生产队的事",
            "说老伴走了家里就{ta}一个人",
            "反复说“你们要给我做主”",
            "耳朵背，同一句话要讲好几遍",
            "讲着讲着哭了",
            "把孙子名字、儿子名字都报了一遍",
            "前后说的不太一样",
            "问了好几遍现在是几点",
            "说话不太清楚，方言重",
        ]
        needs = [
            "养老金这个月没收到",
            "高龄津贴没到账",
            "家里电视没信号了",
            "房子下雨漏水",
            "儿子不给赡养费",
            "想申请低保不知道找谁",
            "医保卡不会用",
            "想问卫生院几点开门打针",
            "门口的路灯坏了晚上不敢出门",
            "家里停电了，不知道找谁",
            "村里发的米没领到",
            "手机上认证弄不来，钱停了",
        ]

        def make():
            p = self.one("elder", 0.9, withheld=0.02)
            p["old"] = True
            if r.random() < 0.3:
                n = r.randint(2, 5)
                for _ in range(n - 1):
                    p["times"].append(p["times"][0] + dt.timedelta(days=r.randint(0, 8), hours=r.randint(-6, 12)))
            p["need"] = r.choice(needs)
            p["vil"] = self.fill("{vil}", {})
            return p

        def content(op, c, p):
            cw = op["cw"]
            st = op["style"]
            c["short"] = p["need"][:16]
            rb = self.fill(r.choice(ramble), c)
            age = self.slots["age"](c)
            if st == "formal":
                s = "%s系%s岁老人，住%s，%s，经耐心询问，诉求为%s，请相关部门核实帮助。" % (
                    cw,
                    age,
                    p["vil"],
                    rb,
                    p["need"],
                )
            elif st == "terse":
                s = "老人，%s" % p["need"]
            elif st == "chatty":
                s = "%s%s，%s，后来才讲清楚是%s，挺可怜的" % (c["title"], r.choice(["打来", "来电"]), rb, p["need"])
            else:
                s = "老人来电，%s，%s" % (rb, p["need"])
            if c["K"] >= 2 and r.random() < 0.5:
                s += self.br(op, r.choice(["老人又打来了", "第%d次来电" % c["K"], "同一老人，前几天来过"]))
            return s

        return self.run("elderly_confused", target, make, content)

    def k_distress(self, target):
        r = self.r
        items = [
            "哭诉被丈夫打，现在在{vil}娘家，已告知拨打110并提供县妇联电话",
            "称心里难受不想活了，话务员安抚，已同步110并告知心理援助热线",
            "孩子放学没回家，已转110",
            "工地上有人从架子上摔下来了，已转120、110",
            "称欠网贷被催收天天打电话骂{ta}家人，不知道怎么办",
            "称被老板赶出宿舍，身上没钱，晚上没地方住",
            "老伴突发不省人事，已指导拨打120",
            "称被骗了{money}块钱，是养老钱，已告知报警",
            "称在{park}厂里被拖欠工资还被打，已转110",
        ]

        def make():
            p = self.one("any", 1.0, withheld=0.05)
            if r.random() < 0.15:
                p["times"].append(p["times"][0] + dt.timedelta(minutes=r.randint(5, 180)))
            return p

        def content(op, c, p):
            it = items if 7 <= c["t"].hour < 22 else [x for x in items if "放学" not in x]
            w = self.fill(r.choice(it), c)
            cw = op["cw"]
            if op["style"] == "terse":
                return w.split("，")[0]
            return "%s%s%s" % (
                cw,
                w,
                self.br(op, r.choice(["来电人情绪低落", "已安抚", "紧急", "已上报值班长"])) if r.random() < 0.5 else "",
            )

        return self.run("distress", target, make, content)

    def k_callback(self, target):
        r = self.r
        pool = list(self.dropped)
        r.shuffle(pool)
        it = iter(pool)

        def make():
            x = next(it, None)
            if x is not None:
                t, ph, parent = x
                t1 = t + dt.timedelta(minutes=r.randint(1, 20), seconds=r.randrange(60))
                p = {"phone": ph, "times": [t1]}
                if "gender" in parent:
                    p["gender"] = parent["gender"]
                return p
            return self.one("day", 0.7)

        def content(op, c, p):
            cw = op["cw"]
            if r.random() < 0.4:
                q, a, qs = r.choice(CONSULTS)
                body = "咨询%s，已告知%s" % (self.fill(q, c), self.fill(a, c))
            else:
                desc, ask = self.matter(c)
                body = "%s，%s" % (desc, ask)
            pre = r.choice(
                [
                    "%s称刚才电话断线，继续反映：" % cw,
                    "二次来电（前一通掉线）：",
                    "刚才信号不好，重新打来，",
                    "回拨来电，",
                    "%s说刚才没讲完，" % cw,
                    "接上一通，",
                ]
            )
            return pre + body

        return self.run("callback", target, make, content)

    def k_petitioner(self, target):
        r = self.r
        griev = [
            "其父亲上世纪九十年代在{town}粮管所工作，改制时买断工龄的补偿不合理",
            "{vil}当年征地补偿款少发了{money}元",
            "拆迁安置房面积比协议少了十几个平方",
            "{ta}儿子在{company}受伤，工伤认定一直不给做",
            "{ta}是退伍军人，认为待遇没有落实",
            "{ta}家的宅基地被村里划给了别人",
            "{ta}当了十几年民办教师，没有转正也没有补助",
            "{ta}承包的鱼塘被强制清退，补偿按十年前的标准给",
            "{ta}家老房子被拆迁时评估价过低",
            "多年前被{company}辞退，劳动关系一直没认定",
        ]
        claims = [
            "当年的政策执行有问题",
            "别人都拿到了就{ta}家没有",
            "镇里的答复{ta}不认可",
            "要求见县领导",
            "说再不解决就去市里",
            "手里有当年的材料可以证明",
            "等了{n}年了",
            "村里当年的账有问题",
        ]
        hist = [
            "该来电人长期反映此事，相关部门已多次答复",
            "老户，多年来一直反映",
            "已告知可通过信访渠道反映",
            "此事已按信访程序办结，来电人不认可",
            "诉求同前",
            "近期每隔几天来电一次",
        ]

        def make():
            ph = self.gphone(withheld=0, reuse=0)
            self.restrict(ph, 0.35)
            g = r.choice(griev)
            c0 = {"ta": "他" if r.random() < 0.7 else "她", "title": ""}
            p = {
                "phone": ph,
                "old": r.random() < 0.5,
                "gender": "m" if c0["ta"] == "他" else "f",
                "g": self.fill(g, c0),
                "times": self.every((1, 4), (1, 3), r.choice(["day", "day", "any", "elder"]), 360),
            }
            return p

        def content(op, c, p):
            cw = op["cw"]
            st = op["style"]
            g = p["g"]
            gs = g.split("，")[0][:18]
            c["short"] = gs
            cl = self.fill(r.choice(claims), c)
            ask = r.choice(["要求重新核查", "要求落实补偿", "要求给个说法", "要求县领导接待", "要求依法解决"])
            if st == "formal":
                s = "%s再次来电反映%s，%s称%s，诉求：%s。" % (cw, g, cw, cl, ask)
                if r.random() < 0.6:
                    s += self.br(op, r.choice(hist))
            elif st == "terse":
                s = r.choice(
                    ["老问题，%s" % gs, "又反映%s" % gs, "%s，同前" % gs, "重复来电：%s" % gs, "信访老户，%s" % gs]
                )
            elif st == "chatty":
                s = "老%s又打来了，还是%s的事，%s，讲了%d分钟" % (c["title"][0], gs, cl, max(1, c["sec"] // 60))
            else:
                s = "%s又打来说%s，%s，%s" % (cw, g, cl, ask)
            return s

        return self.run("petitioner", target, make, content)

    # ---------------- driver ----------------
    def build(self):
        r = self.r
        H = int(round(self.n * self.hshare))
        G = self.n - H
        tg = {}
        for lab, tot in (("harassment", H), ("genuine", G)):
            ks = [k for k, v in KIND_SPEC.items() if v[0] == lab]
            s = sum(KIND_SPEC[k][1] for k in ks)
            raw = [(k, tot * KIND_SPEC[k][1] / s) for k in ks]
            base = {k: int(x) for k, x in raw}
            rest = tot - sum(base.values())
            for k, x in sorted(raw, key=lambda kx: -(kx[1] - int(kx[1])))[:rest]:
                base[k] += 1
            tg.update(base)
        # nuisance first
        self.k_silent(tg["silent"])
        self.k_abuse(tg["abuse_calltaker"], False)
        self.k_abuse(tg["abuse_government"], True)
        for k in ("night_chat", "drunk", "flirt"):
            self.k_night(tg[k], k)
        for k in ("prank_report", "prank_story", "absurd_request"):
            self.k_prank(tg[k], k)
        for k in ("child_play", "line_test", "bet_call", "robocall", "fax_tone", "music", "telemarketing", "threat"):
            self.k_misc_nuisance(tg[k], k)
        self.k_vexatious(tg["vexatious_repeat"])
        # genuine (after nuisance, so a few households share a number with a nuisance caller)
        self.k_complaint(tg["complaint"])
        self.k_angry(tg["angry_real"])
        self.k_insult_reported(tg["insult_reported"])
        self.k_elderly(tg["elderly_confused"])
        self.k_simple_genuine(tg["night_worker"], "night_worker")
        self.k_petitioner(tg["petitioner"])
        self.k_followup(tg["followup"])
        self.k_consult(tg["consult"])
        for k in ("help_request", "suggestion", "praise", "misdial", "bad_line", "dropped"):
            self.k_simple_genuine(tg[k], k)
        self.k_distress(tg["distress"])
        self.k_callback(tg["callback"])
        # stale register entries (numbers restricted long ago, silent this period)
        for _ in range(max(3, self.n // 800)):
            self.restricted.append(self.phone(r.choice(["resident", "resident", "machine"])))
        self.rows.sort(key=lambda x: (x["received_at"], x["caller_phone"], x["kind"]))
        return self.rows, set(p for p in self.restricted if p)


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    """Return (rows, restricted) -- see module docstring."""
    g = _Gen(n_target, days, start, harassment_share, seed)
    return g.build()


if __name__ == "__main__":
    import sys
    import time
    from collections import Counter, defaultdict

    for sd in (1, 2):
        t0 = time.time()
        rows, restricted = calls(seed=sd)
        el = time.time() - t0
        print("seed", sd, "rows", len(rows), "time %.2fs" % el, "restricted", len(restricted))
        h = sum(1 for x in rows if x["label"] == "harassment")
        print("  harassment share %.4f" % (h / len(rows)))
        keys = {"received_at", "caller_phone", "content", "call_seconds", "label", "kind"}
        assert all(set(x) == keys for x in rows)
        st, en = dt.datetime(2025, 6, 1), dt.datetime(2025, 7, 1)
        assert all(st <= x["received_at"] < en for x in rows)
        kc = Counter(x["kind"] for x in rows)
        dist = defaultdict(set)
        for x in rows:
            dist[x["kind"]].add(x["content"])
        for k, v in sorted(kc.items(), key=lambda kv: -kv[1]):
            print("  %-18s %-10s %6d distinct %6d" % (k, KIND_SPEC[k][0], v, len(dist[k])))
    sys.exit(0)
