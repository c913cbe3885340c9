"""Caller model B: an independent, labelled test set for the 12345 harassment-call filter.

This model was written without reading the filter, its rules, its tests or the first caller model, so the filter
can be measured on callers it was not tuned against. It simulates the hotline of a made-up county, 溪安县 (area code
0743): a county town (streets such as 沅江北路, 文昌路, 鼓楼街; estates such as 锦绣华庭, 翰林苑, 水利局家属院) and
townships (龙潭镇, 白沙乡, 石门坎镇, 茶垭乡 ...) with their villages.

Interface: ``calls(n_target, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1)`` returns
``(rows, restricted)``. Every row is ``{"received_at", "caller_phone", "content", "call_seconds", "label", "kind"}``,
rows are sorted by ``received_at`` (naive local time, Asia/Shanghai). ``content`` is what the operator typed and is
"" when nothing was said. Only ``random.Random(seed)`` is used, so a seed gives the same rows every time.

How the calls are shared out. ``harassment_share`` of the calls (default 5 %) are nuisance calls, the rest genuine.
Within each label the calls are split by kind with the shares below; callers of a kind are added until the kind's
call budget is reached (the last caller of a kind may be cut short), so the total is n_target give or take a few.

Nuisance kinds (label "harassment"), each caller makes several calls:

* ``abuse`` 30 %: 3-15 calls over 1-20 days. Insults are built from many parts (targets, epithets, predicates,
  curses, threats, sarcasm, 湘西-ish dialect such as 哈宝 / 冒得 / 搞么子), so there is no short fixed word list.
  About 40 % of an abuser's calls are short (one outburst, 3-25 s: 「滚！」), the rest long rants (40-300 s),
  sometimes wrapped round a vague grievance. About 5 % of the calls have no content (hung up after a breath).
* ``silent`` 25 %: 5-30 calls, content "" (about 12 % carry an operator's note such as 「来电无声」). Held 3-60 s,
  most 15-45 s. Each caller has one rhythm: every few hours, every night at about the same time, once or twice
  each working day, or bursts of 3-6 calls inside an hour on a few days.
* ``night`` 15 %: calls on 6-25 nights, 88 % between 22:00 and 06:00; about half say nothing, the rest mumble
  nonsense (「睡了没」, 「陪我聊会儿天」, drunk rambling, breathing noted by the operator).
* ``prank`` 15 %: 3-12 calls; 70 % long made-up stories or jokes (「我家猫会说话了，你们管不管」, strings of random
  words), 30 % short 「喂喂」 / 「哈哈」, 3-15 s.
* ``repeat`` 15 %: one unreasonable demand (「我要你们局长亲自给我打电话」) repeated near-verbatim 8-30 times over
  7-30 days, with small changes of prefix, suffix, wording and punctuation, sometimes several times a day.

Genuine kinds (label "genuine"), which include the traps:

* ``ordinary`` 60 %: complaints and requests on roads, water, power, noise, wages owed, taxis, property management,
  schools, medical insurance, social security, markets, environment, stray dogs, housing papers, village affairs.
  Built from an opening, a body template with place and time slots, and a request. 90 % of callers call once.
* ``short_real`` 10 %: short real consultations (「公积金怎么提取」), 10-60 s.
* ``angry_genuine`` 8 %: real problems told angrily, swearing at the situation, not at the operator (「这破路他妈的
  谁修的」), words like 垃圾 / 废物 / 骗子 used for rubbish, waste and developers; 60 % call once, the rest 2-3 times
  a few days apart because nothing happened.
* ``follow_up`` 8 %: one matter, 2-4 calls 3-14 days apart, the later ones reworded (工单号, 上次反映的...).
* ``dropped`` 5 %: 1-2 calls with no content, 0-8 s, then the real call from the same number 1-20 minutes later.
* ``night_real`` 5 %: real night calls (装修到半夜, a burst pipe at 02:00, gas smell, people stuck in a lift), 1-2
  calls; a second call the same night when the noise goes on.
* ``quoted_insult`` 4 %: reports of an insult the caller was given, without the character 骂 (「摊主当众喊我“神经病”」,
  「他叫我滚」), quoted with “” 「」 ‘’ "" 『』 or not at all.

Daytime genuine calls follow office-hour weights (peaks 9-11 and 14-17, weekends at 60 %). About 10 % of genuine
numbers are landlines (0743-...), 6 % of nuisance numbers.

``restricted`` holds the numbers on the office's restricted register: 60 % of abusers, 70 % of repeaters, 40 % of
silent and night callers and 30 % of pranksters (chosen at random), plus a few genuine numbers that inherited a
formerly restricted number (one per 3,000 genuine callers, at least 2); these are ordinary callers.
"""

from __future__ import annotations

import datetime as dt
import random
import string

HARASS_SHARES = {"abuse": 0.30, "silent": 0.25, "night": 0.15, "prank": 0.15, "repeat": 0.15}
GENUINE_SHARES = {
    "ordinary": 0.60,
    "short_real": 0.10,
    "angry_genuine": 0.08,
    "follow_up": 0.08,
    "dropped": 0.05,
    "night_real": 0.05,
    "quoted_insult": 0.04,
}
RESTRICTED_SHARE = {"abuse": 0.6, "repeat": 0.7, "silent": 0.4, "night": 0.4, "prank": 0.3}

# --- the county -------------------------------------------------------------------------------------------------

TOWNS = [
    "龙潭镇",
    "白沙乡",
    "石门坎镇",
    "青岩镇",
    "梅溪乡",
    "双河镇",
    "茶垭乡",
    "柳塘镇",
    "高坪乡",
    "岩口镇",
    "桐木乡",
    "油坊坪镇",
]
VILLAGES = [
    "大坪村",
    "杨家寨村",
    "田坎村",
    "新屋场村",
    "枫树湾村",
    "马鞍山村",
    "水井坪村",
    "老鸦冲村",
    "竹园村",
    "岩板桥村",
    "黄泥塘村",
    "向家坳村",
]
STREETS = [
    "沅江北路",
    "文昌路",
    "迎宾大道",
    "人民中路",
    "和平街",
    "清河路",
    "鼓楼街",
    "东门口",
    "财神巷",
    "建设西路",
    "滨河路",
    "学府路",
    "新桥路",
    "五里牌",
]
ESTATES = [
    "锦绣华庭",
    "阳光新城",
    "翰林苑",
    "碧水湾",
    "金桂园",
    "御景天城",
    "滨江一号",
    "福星花园",
    "老粮站宿舍",
    "电力小区",
    "水利局家属院",
    "东方名苑",
    "桃源居",
]
LANDMARKS = [
    "县人民医院",
    "县中医院",
    "汽车站",
    "一中",
    "实验小学",
    "城南农贸市场",
    "步行街",
    "政务服务中心",
    "城东工业园",
    "老桥头",
    "体育馆",
    "火车站",
]
COMPANIES = [
    "鑫达建筑公司",
    "宏远劳务",
    "金桥物业",
    "恒通物流",
    "永兴木业",
    "华盛装饰",
    "顺丰源砂石场",
    "溪安城投",
    "天和置业",
    "众鑫服装厂",
]
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚向覃龙彭田"
)
DURATIONS = ["三天", "一个星期", "半个多月", "两个月", "好几天", "十来天", "快一个月", "两天", "大半年", "四五天"]
WHEN_BEFORE = ["上周", "前几天", "上个月", "上礼拜三", "月初", "半个月前", "前天"]
NUM_CN = ["两", "三", "四", "五", "六", "七", "八", "十几", "二十多"]
MOBILE_PREFIXES = (
    [str(p) for p in range(130, 140)]
    + ["145", "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176"]
    + ["177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195"]
    + ["198", "199"]
)

# Daytime hour weights for genuine calls (local time).
DAY_HOURS = {7: 2, 8: 6, 9: 10, 10: 10, 11: 8, 12: 4, 13: 5, 14: 8, 15: 9, 16: 8, 17: 6, 18: 4, 19: 3, 20: 2, 21: 1}

# --- ordinary matters: (what the caller says, how they refer to it later) -----------------------------------------

ORDINARY = [
    # roads and street lights
    ("{street}靠近{landmark}那段路面坑坑洼洼的，一下雨全是积水，电动车都不好过", "{street}路面坑洼积水"),
    ("{town}到{village}的村道塌了一块，{dur}了没人修，拉货的车过不去", "{village}村道塌方"),
    ("{estate}门口的路灯坏了{dur}，晚上黑漆漆的，老人小孩出门不安全", "{estate}门口路灯不亮"),
    ("{street}有个井盖不见了，就在{landmark}对面，怕有人掉下去", "{street}井盖缺失"),
    ("{street}十字路口的红绿灯坏了，早上上班高峰堵成一锅粥", "{street}红绿灯故障"),
    # water and power
    ("我们{estate}从{dur}前开始就停水了，也没有提前通知，想问下什么时候能来水", "{estate}停水"),
    ("{estate}{n}栋的自来水放出来是黄的，有股铁锈味，不敢喝", "{estate}自来水发黄"),
    ("{village}这边水压太低了，二楼以上都上不去水，已经{dur}了", "{village}水压低"),
    ("{town}{village}一到傍晚就停电，冰箱里的东西都坏了", "{village}经常停电"),
    ("{street}那根电线杆歪了，电线垂得很低，快碰到人头了", "{street}电线杆倾斜"),
    # noise
    ("{estate}楼下的广场舞每天晚上放到九点多，音响开得特别大", "{estate}广场舞噪音"),
    ("{street}新开的那家KTV太吵了，住在楼上根本睡不好", "{street}KTV噪音"),
    ("{landmark}旁边的工地每天早上六点不到就开始施工，噪音很大", "{landmark}旁工地噪音"),
    # wages owed
    ("我在{company}做了{n}个月，老板拖欠工资{money}块钱一直不给，找他就躲", "{company}拖欠工资"),
    ("我们{n}个人在{town}那个工地干活，包工头拖欠工资，过年前说给到现在还没给", "{town}工地拖欠工资"),
    ("{company}拖欠我的工资{money}元，劳动合同也没签，想问下怎么维权", "{company}欠薪"),
    # taxis and transport
    ("今天在{landmark}坐出租车，司机不打表，十块钱的路要了我三十", "出租车不打表"),
    ("晚上在汽车站打车，好几个司机都拒载，说去{town}太远了", "出租车拒载"),
    ("{town}到县城的班车好久才一趟，能不能多加几班", "{town}班车班次太少"),
    ("{street}上乱停车太严重了，两边都停满，消防车都进不去", "{street}乱停车"),
    # property management
    ("{estate}的电梯坏了{dur}，物业一直说在等配件，楼上老人下不了楼", "{estate}电梯故障"),
    ("{estate}物业费年年涨，可是垃圾没人收，绿化也没人管", "{estate}物业服务差"),
    ("{estate}地下车库漏水，墙皮都掉了，物业推给开发商，开发商又推给物业", "{estate}车库漏水"),
    ("{estate}物业乱收费，停车费一个月涨到两百了，也没有公示", "{estate}物业乱收费"),
    # schools
    ("孩子今年上一年级，户口在{town}但我们住在{estate}，想问下能不能在实验小学报名", "孩子入学报名"),
    ("{town}中心小学的校车超载，一车挤了好几十个孩子，太危险了", "{town}校车超载"),
    ("学校让家长交{money}块钱的资料费，也没有收据，想问这个合不合理", "学校收资料费"),
    ("一中门口放学的时候摆满了小摊，卖的东西也不卫生", "一中门口小摊"),
    # medical insurance and social security
    ("我妈在长沙住院，医保异地报销要怎么备案，{town}医保站说不清楚", "医保异地就医备案"),
    ("去年交了居民医保，今年看病刷卡显示没有参保，麻烦帮查一下", "医保参保状态异常"),
    ("我父亲在{village}，今年七十了，养老金一直没到账，已经{dur}了", "养老金未到账"),
    ("想给家里老人办低保，村里说名额满了，想问下申请条件是什么", "低保申请"),
    ("在县人民医院住院，出院结算的时候医保报销比例跟说的不一样", "医院医保报销比例"),
    # environment
    ("{village}旁边的养猪场把粪水直接排到河里，臭得不得了", "{village}养猪场排污"),
    ("{estate}门口的垃圾桶{dur}没人清运了，苍蝇到处飞", "{estate}垃圾未清运"),
    ("城东工业园那边的厂子晚上偷偷排烟，一股刺鼻的味道", "工业园夜间排烟"),
    ("{town}河边有人挖沙，河堤都挖空了，怕汛期出事", "{town}河道挖沙"),
    # markets and food
    ("在城南农贸市场买肉，回家一称少了二两，缺斤短两", "农贸市场缺斤短两"),
    ("{street}一家超市卖过期的牛奶，我买了两盒，日期都过了{n}天", "超市卖过期食品"),
    ("在{street}一家店办了{money}块的美容卡，现在店关门了，老板电话也打不通", "美容店卡退费"),
    # stray dogs, housing, village affairs
    ("{estate}里流浪狗越来越多，昨天还追着小孩咬", "{estate}流浪狗"),
    ("{estate}交房{dur}了，房产证一直办不下来，开发商说在走程序", "{estate}房产证办不下来"),
    ("{village}的危房改造补贴，别人家都发了，我家一直没有", "{village}危房改造补贴"),
    ("{village}修路占了我家的地，说好的补偿款到现在没给", "{village}修路占地补偿"),
    ("{town}政府门口那条水沟堵了，一下雨就漫到路上", "{town}水沟堵塞"),
    ("我的电动车在{estate}楼下被偷了，派出所立了案，想问下有没有进展", "电动车被盗"),
    ("{street}有家早餐店把油烟直接排到居民楼里，窗户都不敢开", "{street}早餐店油烟"),
]
OPENINGS = [
    "",
    "",
    "",
    "你好，",
    "您好，",
    "喂，你好，我想反映个问题，",
    "你好，我是{town}的，",
    "您好，我姓{surname}，住在{estate}，",
    "我想问一下，",
    "麻烦你们一下，",
    "你好，我要投诉，",
    "同志你好，",
]
REQUESTS = [
    "",
    "",
    "希望有关部门尽快处理一下。",
    "麻烦帮忙协调一下。",
    "请帮我转给相关部门。",
    "能不能派人来看一下？",
    "请给个答复，谢谢。",
    "我留个电话，处理了回个电话给我。",
    "想问一下这个归哪个部门管。",
    "谢谢你们了。",
]

SHORT_ITEMS = [
    ("社保卡", ["在哪办", "丢了怎么补", "怎么激活"]),
    ("身份证", ["在哪补办", "过期了怎么换", "要带什么材料"]),
    ("居住证", ["怎么办理", "在哪办"]),
    ("公积金", ["怎么提取", "怎么查余额", "贷款要什么条件"]),
    ("医保", ["怎么交", "在哪交", "今年交多少钱"]),
    ("驾驶证", ["到期了在哪换", "体检在哪做"]),
    ("结婚登记", ["在哪办", "周末办不办"]),
    ("新生儿上户口", ["要什么材料", "去哪个派出所"]),
    ("疫苗", ["哪里打", "要不要预约"]),
    ("狂犬疫苗", ["哪里能打", "县医院有没有"]),
    ("老年证", ["在哪办", "要什么材料"]),
    ("营业执照", ["怎么办", "网上能不能办"]),
    ("港澳通行证", ["在哪办", "多久能拿到"]),
    ("不动产登记中心", ["在哪里", "几点上班", "电话多少"]),
    ("政务服务中心", ["几点下班", "中午上不上班"]),
    ("残疾证", ["怎么申请", "在哪评残"]),
    ("养老保险", ["怎么补缴", "怎么查"]),
    ("税务局", ["在哪", "电话多少"]),
]
SHORT_LEADS = ["", "", "问一下", "请问", "想问下", "咨询一下", "你好，", "你好，问一下", "那个，"]

# --- genuine, angry ---------------------------------------------------------------------------------------------

ANGRY_BODIES = [
    "{estate}物业太不像话了，停水{dur}没人管",
    "这破路他妈的谁修的？{street}那段天天有人摔跤",
    "{estate}门口的垃圾堆了{dur}，臭得要死，根本没人来收",
    "{company}那帮人就是骗子，干了{n}个月一分钱工资都不给",
    "楼上装修天天砸墙，从早砸到晚，我真是受够了",
    "工地把建筑废物全倒在{village}的田里，庄稼都毁了",
    "电梯又坏了！这个月第{n}次了，物业就是不修",
    "出租车司机宰客宰到我头上来了，二十块钱的路要我六十",
    "{estate}的开发商收了钱跑路了，房子{dur}交不了",
    "医保报销跑了{n}趟还没办下来，这叫什么事",
    "{village}的路烂成这样，下雨天孩子上学一身泥",
    "隔壁烧烤摊天天烧到半夜，烟全往我家里灌",
    "停电停了一整天，也不通知一声，冰箱里的肉全臭了",
    "老板欠了我们{money}块钱工资，过年都回不了家",
    "{street}的下水道又堵了，污水都漫到店里来了",
]
ANGRY_INTERJECTIONS = [
    "气死人了！",
    "真是没天理了！",
    "到底还有没有人管了！！",
    "搞什么鬼啊！",
    "这叫什么事啊！",
    "我真是服了！",
    "太欺负人了！",
    "他妈的烦死了！",
    "简直乱套了！",
    "这日子没法过了！",
]
ANGRY_DEMANDS = [
    "你们赶紧派人来看看！",
    "今天必须给我个说法！",
    "我要投诉他们！",
    "你们一定要管一管！",
    "再不处理我就去县政府门口坐着！",
    "麻烦你们快点，真的等不了了！",
    "这事你们必须管！",
]
ANGRY_AGAIN = [
    "我{when}就打过电话了，到现在还是没人来！",
    "又是我，上次反映的事一点动静都没有！",
    "这是我第{k}次打了，",
    "上回你们说三个工作日内回复，现在都多少天了！",
]

# --- genuine, reporting an insult they were given (no 骂) ---------------------------------------------------------

INSULTS = [
    "神经病",
    "疯子",
    "滚",
    "滚远点",
    "穷鬼",
    "乡巴佬",
    "老不死的",
    "废物",
    "垃圾",
    "傻子",
    "叫花子",
    "脑子有病",
    "泼妇",
    "老东西",
    "土包子",
    "没教养的东西",
    "狗东西",
    "滚出去",
]
INSULT_NOUNS = [i for i in INSULTS if not i.startswith(("滚", "脑子"))]
QUOTES = [("“", "”"), ("「", "」"), ("‘", "’"), ('"', '"'), ("", ""), ("『", "』"), ("“", "”")]
ROLES = [
    ("城南农贸市场", "摊主"),
    ("政务服务中心", "窗口工作人员"),
    ("{town}派出所", "办事员"),
    ("{estate}", "保安"),
    ("{estate}", "物业经理"),
    ("{street}", "城管"),
    ("县人民医院", "护士"),
    ("实验小学", "班主任"),
    ("{company}", "包工头"),
    ("", "出租车司机"),
    ("{town}社保站", "工作人员"),
    ("", "房东"),
    ("{village}", "村干部"),
]
QUOTE_TAILS = [
    "这种态度谁受得了，我要投诉。",
    "请相关部门调查处理。",
    "我要求他当面道歉。",
    "希望给我一个说法。",
    "工作人员这样对待群众合适吗？",
    "旁边好多人都听到了，可以作证。",
    "我到现在心里还堵得慌，请你们管一管。",
]

# --- genuine night calls --------------------------------------------------------------------------------------------

NIGHT_REAL = [
    ("楼上装修到半夜还在砸墙，吵得孩子睡不着", True),
    ("{estate}{n}栋楼道的水管爆了，水哗哗往外冒，楼道全淹了", False),
    ("{street}有家烧烤店到现在还在放音乐，声音特别大，明天还要上班", True),
    ("小区门口有几个人喝醉了在打架，{estate}这边，麻烦派人来看看", False),
    ("家里突然停电了，整栋楼都黑了，我们家老人在用制氧机", False),
    ("楼道里有很浓的煤气味，不知道是哪家漏气了", False),
    ("{street}工地半夜还在浇混凝土，轰隆隆响，根本睡不了", True),
    ("{estate}电梯里困了人，物业值班电话打不通", False),
    ("隔壁KTV吵到现在，都十二点多了还在唱", True),
    ("{street}路边的井盖没了，刚才有辆电动车差点掉进去", False),
    ("外面狗叫了一晚上，是{estate}里有人家养的大狗，一直不管", True),
    ("楼下的车被人砸了玻璃，报了警但想问下小区监控找谁调", False),
    ("我家水管冻裂了，总阀关不上，水一直在流", False),
]

# --- nuisance parts ----------------------------------------------------------------------------------------------

ABUSE_TARGETS = ["你们", "你", "政府", "12345", "你们这帮人", "当官的", "你们这些接电话的", "你们领导", "这帮当官的"]
ABUSE_EPITHETS = [
    "垃圾",
    "废物",
    "狗官",
    "饭桶",
    "蛀虫",
    "吸血鬼",
    "王八蛋",
    "畜生",
    "混账东西",
    "猪脑子",
    "草包",
    "窝囊废",
    "骗子",
    "土匪",
    "寄生虫",
    "败类",
    "白眼狼",
    "狗腿子",
    "缩头乌龟",
    "蠢猪",
]
ABUSE_PREDICATES = [
    "都是吃干饭的",
    "拿着工资不办事",
    "只会踢皮球",
    "屁用没有",
    "一天到晚装死",
    "就知道糊弄老百姓",
    "良心被狗吃了",
    "没一个好东西",
    "脑子里全是浆糊",
    "活该被人戳脊梁骨",
    "整天就知道喝茶看报纸",
    "早该全部撤职",
    "连条狗都不如",
]
ABUSE_CURSES = ["他妈的", "妈的", "操", "去死吧", "滚", "滚蛋", "闭嘴", "呸", "放屁", "见鬼去吧", "王八羔子"]
ABUSE_THREATS = [
    "我要让你们好看",
    "你们给我等着",
    "迟早有你们好果子吃",
    "信不信我找人收拾你",
    "我天天打，烦死你们",
    "老子明天就去你们单位闹",
    "别让我在街上碰到你",
    "我记住你的工号了，你等着",
]
ABUSE_SARCASM = [
    "哟，又是这套官话，背得挺熟啊",
    "你们可真是人民的好公仆啊，哈哈",
    "谢谢啊，谢谢你们八辈祖宗",
    "办事真快啊，三年了都没个回音",
    "为人民服务？为人民币服务吧",
    "好好好，你们最厉害，你们最了不起",
]
ABUSE_DIALECT = [
    "你们这些哈宝",
    "搞么子鬼哦",
    "卵用都冒得",
    "一群蠢宝",
    "冒得一个好东西",
    "你个鬼崽崽",
    "讲么子讲，听不懂人话咯",
]
ABUSE_SELF = [
    "老子再也不信你们了",
    "老子交的税就养了你们这帮白眼狼",
    "我算是看透你们了",
    "跟你们讲道理就是对牛弹琴",
]
ABUSE_GRIEVANCE = [
    "上回那事到现在都没个屁结果，",
    "我反映的问题你们管过吗？",
    "说了八百遍了，",
    "又想拿套话打发我？",
    "",
    "",
    "",
]
ABUSE_SHORT = [
    "滚！",
    "废物！",
    "狗官！",
    "呸！",
    "去死吧！",
    "一群饭桶！",
    "垃圾！",
    "狗官！全是狗官！",
    "滚蛋！",
    "操！",
]

SILENT_NOTES = ["来电无声", "接通后无人说话", "对方不说话，挂断", "无声电话"]
NIGHT_NONSENSE = [
    "喂？",
    "有人吗",
    "睡了没",
    "陪我聊会儿天呗",
    "你声音真好听",
    "嘿嘿嘿",
    "你猜我是谁",
    "我睡不着",
    "给我唱首歌",
    "我没醉……再来一瓶",
    "啊啊啊啊",
    "嗯……",
    "你叫什么名字，几点下班",
    "来电人不说话，只有呼吸声",
    "对方一直在笑",
    "月亮好圆啊",
    "你们也没睡啊",
    "我一个人好无聊",
]
PRANK_SUBJECTS = [
    "我家猫",
    "我家狗",
    "隔壁王大爷的鹅",
    "我奶奶养的鸡",
    "我家冰箱",
    "我家门口那棵树",
    "我养的乌龟",
    "楼下那只黄鼠狼",
]
PRANK_EVENTS = [
    "会说话了",
    "开始唱花鼓戏",
    "说要竞选村长",
    "飞到电线杆上不下来",
    "下了个金蛋",
    "昨晚被外星人带走了",
    "会背圆周率了",
    "天天半夜跳广场舞",
    "跟我要零花钱",
    "说它是玉皇大帝派来的",
]
PRANK_DEMANDS = [
    "你们管不管？",
    "要不要给它办身份证？",
    "能不能给它上户口？",
    "政府给不给补贴？",
    "你们派个人来看看嘛。",
    "这个算不算国家保护动物？",
    "我想给它申请低保。",
]
PRANK_STORIES = [
    "我跟你讲，昨天我在{street}捡到一个会发光的石头，晚上它自己滚到床底下去了",
    "我刚才梦见县长请我吃米粉，醒了以后发现碗真的在桌上",
    "我发明了一台永动机，用红薯发电的，你们要不要拿去推广",
    "你知道为什么鸭子走路一摇一摆吗？因为它穿不惯高跟鞋，哈哈哈",
    "我准备在{town}建一个火箭发射场，要找哪个部门审批",
    "我家屋顶昨晚落了一个飞碟，里面的人说普通话带{town}口音",
    "给你出个谜语：什么东西越洗越脏？答不出来我就不挂",
    "我今天数了一下，{street}一共有三千八百二十六块地砖，你们记一下",
]
PRANK_WORDS = ["西瓜", "拖拉机", "月亮", "酸菜", "火箭", "拖鞋", "腊肉", "外星人", "麻将", "糍粑", "电饭锅", "大白鹅"]
PRANK_SHORT = ["喂喂", "哈哈", "哈哈哈哈", "嘿", "喂喂喂听得到吗", "你猜", "喂？喂？", "嘻嘻", "哈哈，没事"]
REPEAT_DEMANDS = [
    "我要你们局长亲自给我打电话",
    "让县长来我家当面给我道歉",
    "赔我一百万，少一分都不行",
    "把我家门口那棵樟树马上砍了",
    "我要见书记本人，别人都不行",
    "必须把我儿子安排进县政府上班",
    "把上次接电话的那个人开除",
    "你们给我在{street}批一块地建房子",
    "把我家的低保标准提到每个月五千",
    "让电视台来采访我，把我的事播出去",
]
REPEAT_PREFIXES = ["", "", "我再说一遍，", "还是那个事，", "我昨天说了，", "听好了，", "我最后说一次，", "又是我，"]
REPEAT_SUFFIXES = ["", "", "，今天必须办", "，不然我天天打", "，听清楚没有", "，马上", "，别跟我说什么流程", "。"]
REPEAT_SWAPS = [("亲自", "本人"), ("马上", "立刻"), ("当面", "亲自"), ("必须", "一定要"), ("我要", "我就要")]


class _Gen:
    def __init__(self, rng: random.Random, start: dt.datetime, days: int) -> None:
        self.rng = rng
        self.start = start
        self.days = max(1, days)
        self.end = start + dt.timedelta(days=self.days)
        self.day_w = [0.6 if (start + dt.timedelta(days=d)).weekday() >= 5 else 1.0 for d in range(self.days)]
        self.hours = list(DAY_HOURS)
        self.hour_w = list(DAY_HOURS.values())
        self.used: set[str] = set()
        self.fmt = string.Formatter()

    # -- numbers and times --------------------------------------------------------------------------------------
    def phone(self, landline_share: float) -> str:
        r = self.rng
        while True:
            if r.random() < landline_share:
                p = f"0743-{r.choice('884525')}{r.randrange(10**6):06d}"
            else:
                p = r.choice(MOBILE_PREFIXES) + f"{r.randrange(10**8):08d}"
            if p not in self.used:
                self.used.add(p)
                return p

    def clamp(self, t: dt.datetime) -> dt.datetime:
        if t < self.start:
            return self.start
        if t >= self.end:
            return self.end - dt.timedelta(seconds=self.rng.randrange(1, 600))
        return t

    def day(self, lo: int = 0, hi: int | None = None) -> int:
        hi = self.days - 1 if hi is None else min(hi, self.days - 1)
        lo = min(lo, hi)
        return self.rng.choices(range(lo, hi + 1), self.day_w[lo : hi + 1])[0]

    def day_time(self, day: int) -> dt.datetime:
        r = self.rng
        h = r.choices(self.hours, self.hour_w)[0]
        t = self.start + dt.timedelta(days=day, hours=h, minutes=r.randrange(60), seconds=r.randrange(60))
        return self.clamp(t)

    def night_time(self, day: int, lo: float = 22.0, hi: float = 30.0) -> dt.datetime:
        """A time in the night that starts on `day` at 22:00 (hours past midnight of `day`, 30 = 06:00 next day)."""
        t = self.start + dt.timedelta(days=day, seconds=int(self.rng.uniform(lo, hi) * 3600))
        return self.clamp(t)

    def span_days(self, n_days: int, lo: int, hi: int) -> list[int]:
        """n_days distinct days inside a stretch of lo..hi days placed at random in the window."""
        r = self.rng
        span = min(self.days, r.randint(lo, hi))
        first = r.randrange(self.days - span + 1)
        pool = list(range(first, first + span))
        return sorted(r.sample(pool, min(n_days, len(pool))))

    def lognorm(self, mu: float, sigma: float, lo: int, hi: int) -> int:
        return max(lo, min(hi, int(self.rng.lognormvariate(mu, sigma))))

    # -- text -----------------------------------------------------------------------------------------------------
    def slot(self, key: str) -> str:
        r = self.rng
        if key == "street":
            return r.choice(STREETS)
        if key == "estate":
            return r.choice(ESTATES)
        if key == "town":
            return r.choice(TOWNS)
        if key == "village":
            return r.choice(VILLAGES)
        if key == "landmark":
            return r.choice(LANDMARKS)
        if key == "company":
            return r.choice(COMPANIES)
        if key == "surname":
            return r.choice(SURNAMES)
        if key == "dur":
            return r.choice(DURATIONS)
        if key == "when":
            return r.choice(WHEN_BEFORE)
        if key == "n":
            return r.choice(NUM_CN)
        if key == "money":
            return str(r.choice([r.randrange(20, 100) * 100, r.randrange(3, 90) * 1000, r.randrange(1000, 60000)]))
        if key == "k":
            return r.choice(["二", "三", "两", "3"])
        raise KeyError(key)

    def fill(self, *templates: str) -> list[str]:
        """Fill templates sharing one value per slot name."""
        vals: dict[str, str] = {}
        for tpl in templates:
            for _, name, _, _ in self.fmt.parse(tpl):
                if name and name not in vals:
                    vals[name] = self.slot(name)
        return [tpl.format(**vals) for tpl in templates]

    def ordinary_matter(self) -> tuple[str, str]:
        r = self.rng
        body, summary = r.choice(ORDINARY)
        opening, request = r.choice(OPENINGS), r.choice(REQUESTS)
        text, summary = self.fill(opening + body + r.choice(["，", "。", "，"]) + request, summary)
        text = text.rstrip("，")
        if not text.endswith(("。", "？", "！")):
            text += "。"
        return text, summary

    def short_real(self) -> str:
        r = self.rng
        item, asks = r.choice(SHORT_ITEMS)
        text = r.choice(SHORT_LEADS) + item + r.choice(asks) + r.choice(["", "", "？", "。", "啊"])
        if r.random() < 0.15:
            text = f"我是{r.choice(TOWNS)}的，{text}" if r.random() < 0.5 else text.rstrip("？。啊") + "，在县城哪里"
        return text

    def angry(self, k: int) -> str:
        r = self.rng
        parts = []
        if k > 1:
            parts.append(r.choice(ANGRY_AGAIN))
        body = r.choice(ANGRY_BODIES) + r.choice(["！", "！！", "，", "！"])
        parts.append(body)
        if r.random() < 0.7:
            parts.append(r.choice(ANGRY_INTERJECTIONS))
        if r.random() < 0.8:
            parts.append(r.choice(ANGRY_DEMANDS))
        (text,) = self.fill("".join(parts).replace("{k}", str(k)))
        return text.replace("，！", "！").rstrip("，") or text

    def quoted_insult(self) -> str:
        r = self.rng
        place, role = r.choice(ROLES)
        insult = r.choice(INSULTS)
        qo, qc = r.choice(QUOTES)
        q = f"{qo}{insult}{qc}"
        who = f"{place}的{role}" if place else role
        style = r.randrange(7) if place else r.choice([0, 3, 4, 5, 6])
        if style == 0:
            s = f"{who}当众喊我{q}"
        elif style == 1:
            s = f"我去{place or '政务服务中心'}办事，{role}说我是{q}"
        elif style == 2:
            s = f"今天被{who}称作{q}"
        elif style == 3:
            s = f"我就问了一句什么时候能办好，{who}就冲我吼了一句{q}"
        elif style == 4:
            s = f"{who}不但不解决问题，还叫我{q}"
        elif style == 5:
            s = f"{who}当着好多人的面说：{qo}你个{r.choice(INSULT_NOUNS)}{qc}"
        else:
            s = f"{who}指着我鼻子说我是{q}，我一个六十多岁的人"
        if insult.startswith("滚") and r.random() < 0.5:
            s = f"{who}直接叫我{insult}"
        (s,) = self.fill(s + "，" + r.choice(QUOTE_TAILS))
        return r.choice(["", "", "你好，", "我要投诉，", "我想反映一下，"]) + s

    def abuse(self, short: bool) -> str:
        r = self.rng
        if short:
            if r.random() < 0.6:
                return r.choice(ABUSE_SHORT)
            return r.choice(ABUSE_TARGETS) + r.choice(ABUSE_EPITHETS) + r.choice(["！", "！！", "", "。"])
        makers = [
            lambda: r.choice(["垃圾", "狗屁", "破", "烂"]) + r.choice(["政府", "部门", "单位", "12345", "热线"]),
            lambda: r.choice(["一群", "一帮", "全是", "都是"]) + r.choice(ABUSE_EPITHETS),
            lambda: r.choice(ABUSE_TARGETS) + r.choice(ABUSE_PREDICATES),
            lambda: r.choice(ABUSE_CURSES),
            lambda: r.choice(ABUSE_THREATS),
            lambda: r.choice(ABUSE_SARCASM),
            lambda: r.choice(ABUSE_DIALECT),
            lambda: r.choice(ABUSE_SELF),
            lambda: (lambda e: f"{e}！全是{e}")(r.choice(ABUSE_EPITHETS)),
            lambda: f"你{r.choice(['这个', '个'])}{r.choice(ABUSE_EPITHETS)}",
        ]
        parts = [r.choice(makers)() for _ in range(r.randint(2, 6))]
        out = r.choice(["", "", "喂！", "你们听着，", "我告诉你，", "又是你们，", "哼，", "我问你，"])
        out += r.choice(ABUSE_GRIEVANCE)
        for p in parts:
            out += p + r.choice(["，", "！", "！", "。", "！！"])
        return out

    def prank(self, short: bool) -> str:
        r = self.rng
        if short:
            return r.choice(PRANK_SHORT)
        style = r.randrange(3)
        if style == 0:
            s = f"{r.choice(PRANK_SUBJECTS)}{r.choice(PRANK_EVENTS)}，{r.choice(PRANK_DEMANDS)}"
            if r.random() < 0.5:
                s += f"真的，不骗你，它还{r.choice(PRANK_EVENTS)}，{r.choice(PRANK_DEMANDS)}"
        elif style == 1:
            (s,) = self.fill(r.choice(PRANK_STORIES))
            s += r.choice(["。", "，你信不信？", "，哈哈哈。", "，你们记下来没有？"])
        else:
            s = "、".join(r.sample(PRANK_WORDS, r.randint(4, 8))) + r.choice(["，就这些。", "……哈哈。", "，你记一下。"])
        return s


def calls(
    n_target: int,
    days: int = 30,
    start: dt.datetime = dt.datetime(2025, 6, 1),
    harassment_share: float = 0.05,
    seed: int = 1,
) -> tuple[list[dict], list[str]]:
    """Simulated calls (about n_target, sorted by received_at) and the restricted register. See the module docstring."""
    rng = random.Random(seed)
    g = _Gen(rng, start, days)
    rows: list[dict] = []
    restricted: list[str] = []
    genuine_callers = 0

    def add(t: dt.datetime, phone: str, content: str, secs: int, label: str, kind: str) -> None:
        rows.append(
            {
                "received_at": t,
                "caller_phone": phone,
                "content": content,
                "call_seconds": int(secs),
                "label": label,
                "kind": kind,
            }
        )

    budgets = {k: round(n_target * harassment_share * s) for k, s in HARASS_SHARES.items()}
    budgets.update({k: round(n_target * (1 - harassment_share) * s) for k, s in GENUINE_SHARES.items()})

    for kind, budget in budgets.items():
        made = 0
        while made < budget:
            label = "harassment" if kind in HARASS_SHARES else "genuine"
            phone = g.phone(0.06 if label == "harassment" else 0.10)
            caller = _caller(g, kind)
            if kind != "dropped":
                caller = caller[: budget - made]
            for t, content, secs in caller:
                add(t, phone, content, secs, label, kind)
            made += len(caller)
            if label == "harassment":
                if rng.random() < RESTRICTED_SHARE[kind]:
                    restricted.append(phone)
            else:
                genuine_callers += 1

    # Genuine callers who inherited a formerly restricted number: ordinary one-off callers.
    for _ in range(max(2, genuine_callers // 3000)):
        phone = g.phone(0.0)
        text, _ = g.ordinary_matter()
        add(g.day_time(g.day()), phone, text, g.lognorm(5.0, 0.5, 30, 900), "genuine", "ordinary")
        restricted.append(phone)

    rows.sort(key=lambda row: (row["received_at"], row["caller_phone"]))
    rng.shuffle(restricted)
    return rows, restricted


def _caller(g: _Gen, kind: str) -> list[tuple[dt.datetime, str, int]]:
    """One caller's calls as (received_at, content, call_seconds), in time order."""
    r = g.rng
    out: list[tuple[dt.datetime, str, int]] = []

    if kind == "abuse":
        n = r.randint(3, 15)
        days = g.span_days(n, 1, 20)
        for i in range(n):
            d = days[i % len(days)] if r.random() < 0.7 else r.choice(days)
            t = g.night_time(d, 20, 26) if r.random() < 0.2 else g.day_time(d)
            if r.random() < 0.05:
                out.append((t, "", r.randint(2, 15)))
                continue
            short = r.random() < 0.4
            out.append((t, g.abuse(short), r.randint(3, 25) if short else g.lognorm(4.6, 0.6, 40, 300)))

    elif kind == "silent":
        n = r.randint(5, 30)
        pattern = r.randrange(4)
        times: list[dt.datetime] = []
        if pattern == 0:  # every few hours
            t = g.day_time(g.day(0, max(0, g.days - 3)))
            for _ in range(n):
                times.append(g.clamp(t))
                t += dt.timedelta(seconds=int(r.uniform(2, 7) * 3600))
        elif pattern == 1:  # every night at about the same hour
            base = r.uniform(22, 28)
            for d in g.span_days(n, n, n + 10):
                times.append(g.night_time(d, base - 0.7, base + 0.7))
        elif pattern == 2:  # once or twice a working day
            for d in g.span_days(n, n, 2 * n):
                times.append(g.day_time(d))
                if r.random() < 0.3:
                    times.append(g.day_time(d))
        else:  # bursts within an hour on a few days
            for d in g.span_days(max(1, n // 4), 3, 25):
                t = g.day_time(d) if r.random() < 0.7 else g.night_time(d)
                for _ in range(r.randint(3, 6)):
                    times.append(g.clamp(t))
                    t += dt.timedelta(seconds=r.randint(60, 900))
        for t in sorted(times)[: max(n, 3)]:
            secs = int(r.triangular(15, 45, 28)) if r.random() < 0.7 else r.randint(3, 60)
            out.append((t, r.choice(SILENT_NOTES) if r.random() < 0.12 else "", secs))

    elif kind == "night":
        nights = g.span_days(r.randint(6, 25), 8, 30)
        for d in nights:
            for _ in range(1 if r.random() < 0.75 else 2):
                t = g.night_time(d, 22, 30) if r.random() < 0.88 else g.night_time(d, 19, 22)
                if r.random() < 0.5:
                    out.append((t, "", r.randint(3, 90)))
                else:
                    said = r.sample(NIGHT_NONSENSE, r.choices([1, 2, 3], [60, 30, 10])[0])
                    out.append((t, r.choice(["，", "……", " ", "。"]).join(said), r.randint(8, 240)))

    elif kind == "prank":
        n = r.randint(3, 12)
        for d in g.span_days(n, 2, 25):
            t = g.day_time(d) if r.random() < 0.7 else g.night_time(d, 19, 25)
            short = r.random() < 0.3
            out.append((t, g.prank(short), r.randint(3, 15) if short else g.lognorm(5.0, 0.6, 60, 480)))

    elif kind == "repeat":
        n = r.randint(8, 30)
        (demand,) = g.fill(r.choice(REPEAT_DEMANDS))
        days = g.span_days(max(3, n * 2 // 3), 7, 30)
        for i in range(n):
            d = days[i] if i < len(days) else r.choice(days)
            text = demand
            if r.random() < 0.3:
                a, b = r.choice(REPEAT_SWAPS)
                text = text.replace(a, b, 1)
            text = r.choice(REPEAT_PREFIXES) + text + r.choice(REPEAT_SUFFIXES)
            text = text.rstrip("。") + r.choice(["！", "。", "！！", ""])
            out.append((g.day_time(d), text, g.lognorm(4.2, 0.5, 20, 200)))

    elif kind == "ordinary":
        n = 1 if r.random() < 0.9 else 2
        for _ in range(n):
            text, _ = g.ordinary_matter()
            out.append((g.day_time(g.day()), text, g.lognorm(5.0, 0.5, 30, 900)))

    elif kind == "short_real":
        n = 1 if r.random() < 0.93 else 2
        for _ in range(n):
            out.append((g.day_time(g.day()), g.short_real(), r.randint(10, 60)))

    elif kind == "angry_genuine":
        n = r.choices([1, 2, 3], [60, 28, 12])[0]
        d = g.day(0, max(0, g.days - 1 - 3 * n))
        for k in range(1, n + 1):
            out.append((g.day_time(min(d, g.days - 1)), g.angry(k), g.lognorm(5.2, 0.5, 40, 900)))
            d += r.randint(1, 5)

    elif kind == "quoted_insult":
        out.append((g.day_time(g.day()), g.quoted_insult(), g.lognorm(5.3, 0.4, 60, 900)))

    elif kind == "dropped":
        t = g.day_time(g.day()) if r.random() < 0.85 else g.night_time(g.day(), 22, 25)
        for _ in range(1 if r.random() < 0.7 else 2):
            out.append((t, "", r.randint(0, 8)))
            t = g.clamp(t + dt.timedelta(seconds=r.randint(30, 300)))
        t = g.clamp(t + dt.timedelta(seconds=r.randint(60, 1200)))
        if r.random() < 0.7:
            text, _ = g.ordinary_matter()
            secs = g.lognorm(4.9, 0.5, 30, 900)
        else:
            text, secs = g.short_real(), r.randint(10, 60)
        if r.random() < 0.3:
            text = r.choice(["刚才信号不好断了，", "刚刚打了没声音，", "不好意思刚才掉线了，"]) + text
        out.append((t, text, secs))

    elif kind == "night_real":
        tpl, noisy = r.choice(NIGHT_REAL)
        (text,) = g.fill(tpl)
        d = g.day()
        t = g.night_time(d, 22.3, 25.5) if noisy else g.night_time(d, 22, 29.5)
        out.append((t, text, g.lognorm(4.8, 0.5, 30, 600)))
        if r.random() < 0.3:
            again = r.choice(["刚才打过电话了，还在吵，", "还是刚才那个事，", "又开始了，"]) + text
            out.append((g.clamp(t + dt.timedelta(seconds=r.randint(1800, 5400))), again, g.lognorm(4.3, 0.5, 20, 400)))
        if noisy and r.random() < 0.15:
            d2 = min(g.days - 1, d + r.randint(1, 4))
            out.append((g.night_time(d2, 22.3, 25.5), "昨晚反映过了，今天晚上又是这样，" + text, 120))

    elif kind == "follow_up":
        text, summary = g.ordinary_matter()
        n = r.randint(2, 4)
        d = g.day(0, max(0, g.days - 1 - 7 * (n - 1)))
        first = g.day_time(d)
        out.append((first, text, g.lognorm(5.0, 0.5, 30, 900)))
        ticket = f"{first:%Y%m%d}{r.randrange(10000):04d}"
        for _ in range(n - 1):
            d = min(g.days - 1, d + r.randint(3, 14))
            when = f"{first.month}月{first.day}号"
            follow = r.choice(
                [
                    f"我{when}反映过{summary}的问题，到现在还没消息，想问问进展。",
                    f"你好，之前打过电话说{summary}，工单号{ticket}，请问处理得怎么样了？",
                    f"还是{summary}那个事，上次说会有人联系我，一直没人联系。",
                    f"想查一下工单{ticket}的进度，就是{summary}的事。",
                    f"我是之前反映{summary}的，部门回复说在处理，但是问题还在，麻烦再催一下。",
                ]
            )
            out.append((g.day_time(d), follow, g.lognorm(4.7, 0.5, 30, 600)))
    else:
        raise ValueError(kind)

    out.sort(key=lambda c: c[0])
    return out


if __name__ == "__main__":
    import collections
    import time

    t0 = time.perf_counter()
    big, _ = calls(50_000)
    took = time.perf_counter() - t0
    rows, restricted = calls(5000)
    print(f"n=50000: {len(big)} rows in {took:.2f} s")
    print(f"n=5000: {len(rows)} rows, {len(restricted)} restricted numbers")
    by_label = collections.Counter(r["label"] for r in rows)
    by_kind = collections.Counter((r["label"], r["kind"]) for r in rows)
    for label, count in by_label.most_common():
        print(f"{label:11s} {count:6d}  {count / len(rows):.1%}")
    for (label, kind), count in sorted(by_kind.items()):
        callers = len({r["caller_phone"] for r in rows if r["kind"] == kind})
        print(f"  {label:11s} {kind:14s} {count:6d} calls  {callers:5d} callers")
    ex_rng = random.Random(7)
    for kind in [*HARASS_SHARES, *GENUINE_SHARES]:
        print(f"\n== {kind}")
        for r in ex_rng.sample([r for r in rows if r["kind"] == kind], 3):
            print(
                f"  {r['received_at']:%m-%d %H:%M:%S} {r['caller_phone']:13s} {r['call_seconds']:4d}s {r['content']!r}"
            )
