"""Caller model C: the calls of a northern county's 12345 hotline, labelled, for the filter.

Written by a separate helper session WITHOUT reading the harassment filter
(harassment.py, harassment_model.py, its starter data), the other caller models
(bench/caller_model.py, bench/caller_model_b.py), the harassment benchmark or tests,
or docs/RULES.md. Its vocabulary, kinds and shares come only from what a 12345 back
office sees; nothing here was tuned against the filter. Use it to measure the filter on
callers it was not written against:

    from bench.caller_model_c import calls
    rows, restricted = calls(50_000, days=30, seed=1)
    # rows: dicts received_at, caller_phone, content, call_seconds, label, kind
    #       (sorted by received_at); restricted: the office's register of numbers

    .venv/bin/python -m bench.caller_model_c          # self-check: counts and samples

The county: 柳岗县 (fictional), a plains county in the north (冀鲁 / 东北 speech:
咋整, 啥时候, 俺, 嘎哈, 整明白, 忽悠, 贼, 老鼻子), with the towns 城关镇, 北洼镇,
大柳树乡, 杏园乡, 马家屯镇 and the streets 建设大街, 胜利路, 站前街, 粮库路, 新华北路;
a 化工园区 east of town, the 北洼 coal yard (煤场), the 白鹭湖 scenic area, wheat and
corn farming (秸秆, 浇地, 种粮补贴). Matters follow the season of the start date
(供暖 from 15 November to 15 March), 拆迁补偿, 农村低保, 学区, 快递, 网约车,
电动车充电, 欠薪.

Nuisance kinds (label "harassment", together `harassment_share` of all calls, default 5%),
each a number that calls many times, with its share of the nuisance calls:

    abuse 28%          insults, contempt or threats aimed at the call-taker or the
                       government, in dialect and without any fixed word (瘪犊子, 吃干饭的,
                       狗官, 你算老几, 滚, 我知道你在哪上班), sometimes with a pretend matter
    silent 24%         nothing said (content ""; now and then the operator types 来电无声 /
                       接通无人说话), 2–55 s, the same number several times a day or
                       every night, over days
    prank 14%          nonsense or mock requests (举报月亮太亮, 外星人, 让县长给我唱歌,
                       订外卖), long invented stories
    night_chat 10%     00:00–05:00 chat with no matter (睡不着唠唠嗑, 喝多了), repeatedly
    obsessive 14%      the same unreasonable demand again and again over days, often after
                       it was answered (给我安排个编制, 赔我一百万, 把我前妻找回来)
    flirting 10%       personal questions or advances to the call-taker (你有对象没,
                       声音真好听, 加个微信)

Genuine kinds (label "genuine", the rest) with their share of the genuine calls:

    consult 44%        ordinary questions (社保, 医保, 低保, 户籍, 学区, 公积金, 种粮补贴 …)
    complaint 22%      reports and complaints (供暖不热, 秸秆焚烧, 化工园区异味, 煤场扬尘,
                       噪音, 电动车楼道充电, 拆迁补偿, 欠薪, 快递, 网约车)
    angry 5%           angry callers with a real problem, rough words aimed at the
                       situation, a unit or the other party (这破暖气, 你们到底管不管,
                       那个王八犊子包工头, 物业那帮孙子, 他妈的这暖气)
    quoted_insult 3%   callers reporting an insult they received, quoted in many ways
                       (摊主当众喊我"神经病", 说俺是老赖, 骂我滚) — an insult word, genuine
    short 6%           short real questions (低保咋办？, 供暖费多少钱, 几点下班)
    dropped 3%         the line drops (content "" or 听不清/信号不好, 1–15 s; now and then
                       twice), the same number calls back within minutes with the matter;
                       the call back is its own row of kind consult/complaint, so rows of
                       kind dropped are about 1.7% of the genuine calls
    night_emergency 3% real emergencies 22:00–06:00 (燃气味, 暖气管爆了, 老人走丢, 停水停电)
    elderly_repeat 3%  elderly callers who repeat themselves within the call, and call
                       2–3 times the same day
    follow_up 8%       the same matter again after days (上回反映的那个事咋样了), 2–5 calls
    thanks 2%          thanks and praise after a matter was solved
    inherited          a few numbers (one per 5,000 calls, at least 3) of ordinary callers,
                       1–4 calls each, whose number is on the restricted register
                       (a formerly restricted number given to a new subscriber)

Consult, complaint and prank texts sometimes carry a long story first; typos (咋→杂,
反映→反应 …), punctuation (full- or half-width, none, doubled !!), fillers (喂, 同志, 那个)
and the operator's prefixes (来电人反映：, 市民来电称 …) are laid over every text. Heating
matters appear only from November to March. The total is exactly `n_target`.

A nuisance number makes at least 1 (abuse, prank), 2 (flirting), 3 (night_chat,
obsessive) or 4 (silent) calls in the window, up to about 27, often straight back after
the last one, a silent caller often at the same hour every day.
Restricted register: about 60% of the abuse, obsessive, silent and flirting numbers, 30% of
the night_chat numbers, plus the inherited genuine numbers. 50,000 calls take about 2 s. Deterministic per seed (only random.Random(seed)).
"""

import bisect
import collections
import datetime as dt
import random

# ---------------------------------------------------------------- places and slots

TOWNS = ["城关镇", "北洼镇", "大柳树乡", "杏园乡", "马家屯镇", "东辛庄镇", "前营乡"]
VILLAGES = ["王家坨", "后刘庄", "小柳树村", "三里屯", "杏园村", "马家屯", "西高庄", "北洼村", "赵官营", "孟家屯"]
STREETS = ["建设大街", "胜利路", "站前街", "粮库路", "新华北路", "人民路", "育才街", "工农路", "永安大街"]
COMMUNITIES = [
    "阳光花园",
    "锦绣家园",
    "粮库家属院",
    "化肥厂宿舍",
    "滨河小区",
    "金地名苑",
    "幸福里",
    "铁西小区",
    "鑫源小区",
    "御景湾",
]
BUILDINGS = ["1号楼", "3号楼", "5号楼", "7号楼", "12号楼", "二单元", "三单元", "4栋"]
UNITS = [
    "热力公司",
    "社保局",
    "医保局",
    "住建局",
    "城管局",
    "民政局",
    "派出所",
    "镇政府",
    "村委会",
    "物业",
    "供电所",
    "自来水公司",
    "教育局",
    "人社局",
    "市场监管局",
    "交警队",
]
KIN = ["俺妈", "俺爹", "俺家老太太", "俺对象", "俺闺女", "俺儿子", "俺家孩子", "俺老伴", "俺大舅", "我婆婆"]
KIDS = ["俺家孩子", "俺家娃", "俺闺女", "俺家小子", "孙子", "外孙女"]
MONTHS = ["上个月", "这个月", "年前", "前几天", "上礼拜", "大前天", "开春那会儿", "去年秋天"]
AMOUNTS = ["三千多", "五千", "八千二", "一万多", "两万三", "四千五", "六千", "一千八"]

FILLERS = ["", "", "", "那个", "就是", "嗯", "你好", "喂", "同志", "你好啊", "喂你好", "哎"]
ENDS = ["", "", "", "呢", "啊", "哈", "呗", "不", "没", "啊？", "呀"]
PREFIXES = ["", "", "", "", "来电人反映：", "市民来电称", "来电人咨询：", "来电：", "来电人表示，", "群众反映"]

TYPO = [
    ("咋", "杂"),
    ("在", "再"),
    ("的", "得"),
    ("已经", "以经"),
    ("那", "哪"),
    ("供暖", "供援"),
    ("补贴", "补帖"),
    ("办理", "半理"),
    ("身份证", "身分证"),
    ("低保", "底保"),
    ("反映", "反应"),
    ("一下", "一哈"),
    ("怎么", "怎莫"),
]


def _pick(rng, seq):
    return seq[int(rng.random() * len(seq))]


def _fill(rng, template):
    """Fill {slot} markers from SLOTS."""
    out = []
    i = 0
    while True:
        j = template.find("{", i)
        if j < 0:
            out.append(template[i:])
            return "".join(out)
        k = template.find("}", j)
        out.append(template[i:j])
        out.append(_pick(rng, SLOTS[template[j + 1 : k]]))
        i = k + 1


def _noise(rng, text, operator=True):
    """Typos, punctuation, fillers, the operator's way of typing."""
    r = rng.random()
    if r < 0.18:
        a, b = _pick(rng, TYPO)
        text = text.replace(a, b, 1)
    r = rng.random()
    if r < 0.15:
        text = text.replace("，", ",").replace("？", "?").replace("！", "!").replace("。", ".")
    elif r < 0.25:
        text = text.replace("，", " ").replace("。", "")
    elif r < 0.32:
        text = text.replace("！", "！！").replace("？", "？？")
    elif r < 0.38:
        text = text.replace("，", "").replace("。", "")
    if rng.random() < 0.3:
        f = _pick(rng, FILLERS)
        if f:
            text = f + ("，" if rng.random() < 0.6 else " ") + text
    if rng.random() < 0.25:
        text = text.rstrip("。.!！?？")
        if text and text[-1] not in "不没吗呢啊呀哈呗":
            text += _pick(rng, ENDS)
    if operator:
        text = _pick(rng, PREFIXES) + text
    return text.strip()


SLOTS = {
    "town": TOWNS,
    "village": VILLAGES,
    "street": STREETS,
    "comm": COMMUNITIES,
    "bld": BUILDINGS,
    "unit": UNITS,
    "kin": KIN,
    "kid": KIDS,
    "when": MONTHS,
    "amount": AMOUNTS,
    "ask": [
        "咋整",
        "咋办",
        "咋弄",
        "找谁",
        "去哪办",
        "得带啥",
        "要啥手续",
        "多长时间能下来",
        "在哪儿办",
        "能不能网上办",
    ],
    "q": ["咋整啊", "咋办", "你给说说", "能给整明白不", "你们给问问", "谁管", "咋回事儿", "啥时候能弄好"],
    "hurry": ["贼着急", "可急了", "急死了", "等不起了", "耽误不起", "老着急了"],
    "smell": ["刺鼻子", "臭鸡蛋味", "一股酸味", "辣眼睛", "呛得慌", "像烧塑料"],
    "temp": ["十二三度", "才十四度", "冰凉", "温乎都不温乎", "跟没烧一样", "十五度不到"],
    "time": ["半夜", "晚上十点多", "一大早五点", "天天晚上", "昨晚一宿", "中午"],
    "car": ["滴滴", "网约车", "出租车", "拼车的", "顺风车"],
    "deliv": ["快递", "包裹", "件儿", "网上买的东西"],
    "courier": ["中通", "韵达", "极兔", "圆通", "申通", "邮政"],
    "shop": ["超市", "饭店", "药店", "加油站", "手机店", "驾校", "培训班", "美容院"],
    "crop": ["麦子", "苞米", "玉米", "棉花", "大豆"],
    "insult_rcv": ["神经病", "老赖", "臭要饭的", "傻子", "老不死的", "穷鬼", "泼妇", "精神病", "要饭的", "老东西"],
    "cmd_rcv": ["滚", "滚犊子", "有病吧", "找死啊", "滚一边去", "你算个啥"],
    "who_rcv": [
        "摊主",
        "物业经理",
        "收费员",
        "办事员",
        "司机",
        "房东",
        "老板",
        "邻居",
        "保安",
        "窗口那个工作人员",
        "包工头",
    ],
    "say_rcv": ["喊我", "说我是", "叫我", "骂我", "称我", "骂俺是", "指着鼻子说我是", "当着大伙面说俺是", "管我叫"],
    "shout_rcv": ["冲我嚷", "回我一句", "骂我", "让我", "张嘴就是", "冲俺喊"],
    "name": ["小王", "小李", "姑娘", "老妹儿", "大妹子", "小伙子", "美女", "话务员"],
    "dept": ["县政府", "你们热线", "你们这帮人", "当官的", "政府的人", "你们单位"],
}

# ---------------------------------------------------------------- genuine texts

CONSULT = [
    "{kin}在外地住院，城乡居民医保异地就医{ask}，要备案不",
    "职工医保在外省看病报销{ask}{end}",
    "我想问问灵活就业交社保一年多少钱，{ask}",
    "{kid}明年上小学，俺家户口在{street}，房子在{comm}，学区咋划的",
    "{kid}上初中划片，俺们{comm}属于哪个学校",
    "身份证丢了，补办{ask}，能加急不",
    "{kid}十六了头一回办身份证，得带户口本不",
    "想把户口从{village}迁到城里，{ask}",
    "{kid}刚生，上户口{ask}，要出生证明不",
    "外出打工要开啥证明，村里能开不",
    "俺要去南方打工，无犯罪记录证明{ask}",
    "失业了，失业登记{ask}，能领失业金不",
    "县里有没有免费的技能培训，电焊、月嫂那种，有补贴不",
    "农村低保咋申请，{kin}瘫在炕上好几年了",
    "残疾证{ask}，{kin}腿脚不好",
    "公积金提取{ask}，买房想用",
    "公积金贷款额度咋算的",
    "种粮补贴啥时候发，俺家{crop}种了二十多亩",
    "房产证{ask}，{comm}的房子交房好几年了还没办下来",
    "二手房过户要交啥税",
    "驾驶证到期换证{ask}，在{town}能办不",
    "居住证{ask}，俺们外地来的在这打工",
    "养老保险{when}没交上，能补交不",
    "高龄补贴{ask}，{kin}八十多了",
    "城乡居民养老保险一年交多少档，{ask}",
    "{kid}在外地上学，医保{ask}",
    "营业执照{ask}，想开个小{shop}",
    "个体户报税{ask}，我不太懂",
    "社保卡丢了补办{ask}",
    "准生证现在还用办不",
    "暖气报停{ask}，房子没人住",
    "供暖费今年多少钱一平，在哪交",
    "燃气开户{ask}，新房子",
    "电动车上牌{ask}，得带啥",
    "公交车到白鹭湖景区是几路，几点末班",
    "白鹭湖景区门票多少钱，老年人免票不",
    "退役军人优待证{ask}",
    "独生子女费{ask}，俺们{village}的",
    "危房改造今年还有没有，{kin}家房子漏雨",
    "拆迁补偿标准是咋定的，{village}那片是不是要拆",
    "电动自行车充电桩小区能装不，{ask}",
    "结婚登记{ask}，要带啥材料",
    "办健康证{ask}，去饭店上班要",
    "农村宅基地{ask}，想翻盖房子",
    "新农合{when}没交上，还能交不",
    "取暖补贴低保户有没有",
    "秸秆不让烧那咋处理，有没有收秸秆的",
    "想问一下{unit}的电话多少，{ask}",
    "{unit}几点上班，周六有人没",
    "{when}在{shop}办的卡，人家跑了，钱能退不，{ask}",
]

COMPLAINT = [
    "{comm}{bld}暖气{temp}，热力公司说来人看看，到现在也没人来，{q}",
    "暖气{when}就不热，屋里{temp}，老人孩子冻得不行",
    "{town}{village}有人烧秸秆，烟老大了，呛得人喘不上气",
    "化工园区那边{time}有股味儿，{smell}，窗户都不敢开",
    "北洼煤场拉煤的车不苫盖，{street}上全是煤面子",
    "煤场扬尘太大，{village}家家户户窗台都是黑的",
    "{comm}楼下{shop}{time}放音乐，吵得睡不着觉",
    "{street}上有人占道摆摊，车都过不去",
    "{comm}楼道里有人给电动车充电，{bld}的线乱扯，贼吓人",
    "拆迁补偿款{when}说给，到现在也没到账，{village}好几户都没给",
    "在{town}工地干活，包工头欠俺工钱{amount}，{q}",
    "{courier}{deliv}放驿站好几天了不给送上楼，还要收钱",
    "{car}司机绕路，多收了俺钱，还不给开票",
    "{car}司机半道把俺撂下了，{q}",
    "{street}的路灯坏了一个多月了，晚上黑灯瞎火",
    "{comm}下水道堵了，污水都漫到院子里了",
    "{shop}卖过期的东西，{when}买的，老板不认账",
    "{comm}物业费涨了也不干活，垃圾好几天不清",
    "{village}的路让拉沙子的大车压坏了，坑坑洼洼的",
    "{kid}报的{train}交了{amount}，没上几节课就关门了，退不了钱",
    "{village}村头有人倒建筑垃圾，堆老高了",
    "{street}井盖没了，晚上可危险了",
    "{comm}{bld}停水两天了，也没个通知",
    "{town}集上有人卖病死猪肉，{q}",
    "白鹭湖景区停车场乱收费，说好五块收了二十",
    "{comm}小区门口有人遛狗不拴绳，把{kid}吓着了",
    "低保{when}让取消了，{kin}啥收入也没有，{q}",
    "{unit}办事的让俺来回跑了好几趟，说缺这缺那，一次也不说全",
]

ANGRY = [
    "我都打了好几回了，这破暖气到底有没有人管！屋里{temp}，{q}！",
    "我跟你说，再不给修俺就去县政府门口坐着，{comm}{bld}停水三天了你知道不！",
    "那个王八犊子包工头欠俺{amount}不给，还找人打俺，你们管不管！",
    "物业那帮孙子收了钱不干活，楼道灯坏了仨月，{kid}摔了一跤，{q}！",
    "{village}那个缺德玩意儿又烧秸秆，烟大得都看不见道了，你们快来人！",
    "{car}司机就是个流氓，骂骂咧咧的，多收钱还把俺撂半道，必须处理他！",
    "他妈的这暖气就没热过，{temp}，交钱的时候比谁都积极，{q}？",
    "你们到底管不管啊？拆迁款拖了大半年了，俺一家老小等着吃饭呢，太欺负人了！",
    "气死我了，{unit}那帮人推来推去，谁也不管，{hurry}，你们给我个准话！",
    "凭啥不给俺办低保？村里有车有楼的都吃上了，俺们真困难的倒不行，这不是欺负人吗！",
    "包工头欠钱不给，俺去找他还让人给撵出来了，你们{q}，再不管俺就不活了这个年！",
    "化工园区的味儿都熏死人了，天天打天天打，你们光记不办，有啥用！",
    "快递天天丢，{courier}的人态度还贼差，我真是服了，这还有没有人管了？！",
    "我就不明白了，交了暖气费凭啥不热？{temp}！你们自己来俺家坐一宿试试！",
    "又烧秸秆！烟都进屋了，{kid}咳嗽一宿，你们倒是派人来看看啊！",
]

QUOTED = [
    "我去{unit}办事，{who_rcv}{say_rcv}{qi}，这态度我要投诉",
    "{who_rcv}{say_rcv}{qi}，俺就问了一句价钱",
    "在{shop}买东西，{clerk}{say_rcv}{qi}，还不给退",
    "{who_rcv}{say_rcv}{qi}，还动手推我，我要反映这个事",
    "俺要投诉{unit}窗口的，{who_rcv}说话太难听了，{say_rcv}{qi}",
    "去要工钱，{who_rcv}张嘴就是{qi}，一分钱不给",
    "{kid}在学校让老师{say_rcv}{qi}，孩子回家哭了",
    "邻居天天在楼道里{say_rcv}{qi}，骂得可难听了，{q}",
    "去{unit}问补贴的事，{who_rcv}{shout_rcv}{qc}，这还是为人民服务吗",
    "{car}司机嫌俺东西多，{shout_rcv}{qc}，把俺撂路边了",
]

SHORT = [
    "低保咋办？",
    "供暖费多少钱",
    "{unit}电话多少",
    "几点下班",
    "社保卡咋补",
    "暖气啥时候来",
    "公交几点收车",
    "身份证在哪办",
    "停电了",
    "查个违章",
    "驾照换证",
    "户口咋迁",
    "有人烧秸秆",
    "学区咋划",
    "医保咋交",
    "咋交暖气费",
]

NIGHT_EMERGENCY = [
    "{comm}{bld}楼道里一股燃气味儿，贼大，{hurry}",
    "暖气管子爆了，水哗哗往外淌，楼下都漏了，咋整",
    "{kin}出去遛弯到现在没回来，七十多了有点糊涂，{hurry}",
    "{village}停电了，{kin}在家吸着氧呢，{hurry}",
    "{comm}停水了，家里老人要吃药，一点水没有",
    "{street}上有个人躺地上不动弹，喝多了还是咋的，天这么冷",
    "化工园区那边{time}有动静，一股{smell}，是不是出事了",
    "下大雪了，{village}的路封了，{kin}要生了，车出不去",
    "{comm}有人楼道里电动车着火了，已经打119了，物业找不着人",
    "{town}有个井盖没盖，刚才有人掉进去了",
]

ELDERLY = [
    "同志啊，俺是{village}的，俺那个高龄补贴，高龄补贴啊，{when}就没见着，俺就想问问，那个补贴，还给不给了，俺八十三了",
    "你好你好，俺问一下，俺这个养老钱，养老钱，咋这个月少了，少了几十块，咋回事儿，你给俺查查，俺耳朵背你大点声",
    "闺女啊，俺那个医保卡，医保卡，拿药刷不了了，刷不了，俺孙子说要激活，激活是啥意思，你跟俺说说",
    "俺是老党员，{kin}不在家，暖气不热，不热，俺一个人在家，冻得慌，你给热力公司说说，说说",
    "俺想问那个低保，低保，村里说俺不够条件，俺一个人，儿女都在外地，俺咋不够条件，你给俺问问，问问",
]

FOLLOW = [
    "上回反映的{comm}暖气不热那个事，咋样了，还是不热",
    "我{when}打过电话，说那个拆迁款的事，到现在也没人给回信儿",
    "还是那个欠工钱的事，包工头电话也不接了，你们给催催",
    "前几天反映{village}烧秸秆，今天又烧上了",
    "我又来了，{street}路灯那个，还没修，你们登记的单号是多少",
    "上礼拜说给回电话，也没人打，那个低保的事{q}",
    "还是{comm}下水道那事，修了一回又堵了",
]

THANKS = [
    "上回反映的暖气问题给解决了，谢谢你们，热力公司的师傅挺负责",
    "拆迁款到账了，感谢热线，给你们送面锦旗行不",
    "谢谢你们帮俺要回工钱，真是办实事",
    "路灯修好了，打电话说一声谢谢",
    "低保批下来了，谢谢政府，谢谢你们",
]

STORY = [
    "俺跟你说啊，俺是{village}的",
    "俺家{kin}前年得了脑梗，一直在家养着",
    "俺们两口子常年在外地打工，{when}才回来",
    "这事儿我都问了好几个地方了，{unit}让我问{unit}，转了一圈",
    "我先说一下情况，俺家住{comm}{bld}",
    "村里大喇叭喊过一回，俺没听清",
    "俺识字不多，网上那些俺整不明白",
    "孩子在外地上班，家里就俺一个人",
    "{when}去{unit}问过，人家说政策变了",
    "俺这人不爱给政府添麻烦，实在是没招了",
]

TALL_TALE = [
    "我跟你说个大事儿，你记好了",
    "昨天晚上我做了个梦，梦见县长来俺家吃饭了",
    "我二大爷的三舅姥爷是玉皇大帝的亲戚",
    "俺家狗会说话，它让我给你们打电话",
    "我在白鹭湖边上看见一个会飞的大鹅，比房子还大",
    "我算出来了，明天{town}要下金子",
]

DROPPED = ["", "", "", "", "喂？喂？听不清", "信号不好", "通话中断", "来电断线", "喂，你好……（断了）"]

# ---------------------------------------------------------------- nuisance texts

ABUSE = [
    "你们{dept}都是吃干饭的，啥也不是！",
    "狗官！一帮狗官！",
    "你算老几啊，跟我这打官腔，叫你们领导接电话，瘪犊子玩意儿",
    "滚！",
    "你个{name}懂个屁，一天天就知道记记记，废物",
    "老子再也不信你们了，垃圾政府，全是骗子，忽悠谁呢",
    "我知道你在哪上班，你等着，下班别让我碰着你",
    "你脑子有泡吧，听不懂人话？要不换个喘气儿的来",
    "你们就是一群蛀虫，拿老百姓的钱不干人事儿",
    "啥热线，扯犊子热线，我呸",
    "你妈的，别跟我扯那没用的",
    "我就骂你了咋的，有能耐你顺着网线过来打我啊",
    "你这态度还当啥话务员，回家抱孩子去吧，丢人现眼",
    "一帮饭桶，养你们有啥用，{dept}早该解散",
    "没事儿，就是想骂你们几句，痛快痛快",
    "暖气不热？我告诉你，全是你们这帮王八羔子贪了",
    "你个死{name}，说话跟念经似的，气死我了，你祖宗的",
    "嘎哈呢一天天的，拿钱不办事儿，一群二五眼",
]

PRANK = [
    "我要举报月亮，晚上太亮了，照得俺睡不着，你们给关了",
    "俺家猫让外星人领走了，你们派人去白鹭湖那边找找",
    "给我订一份外卖，要锅包肉，送到{comm}",
    "让你们县长给我唱首歌，唱完我就挂",
    "我发现俺家院里有恐龙蛋，县里给多少钱奖励",
    "我想问问，天上下的雪是不是{unit}管，能不能下点糖",
    "我要投诉我家冰箱，它老跟我顶嘴",
    "你们热线能帮我写作业不，数学题{kid}不会",
    "我是玉皇大帝，明天下凡视察，你们准备一下",
    "你猜我是谁，猜对了我就说事儿，猜不对拉倒",
    "我家隔壁的鸡老打鸣，能不能给它调成静音",
    "给我查一下彩票下期开啥号，查不出来就是你们没本事",
    "我要跟你们打个赌，我能憋气十分钟，你们给计时",
    "喂，是火葬场不？哦打错了，那你们能帮忙订个席不，哈哈哈",
    "{kin}说今天是世界末日，你们政府知道不，咋还不通知",
    "我想在白鹭湖里养条龙，要不要办证，{ask}",
]

NIGHT_CHAT = [
    "睡不着，跟你唠会嗑呗",
    "喝多了，就想找个人说说话，你别挂啊",
    "你们晚上也有人啊？那陪我聊聊，一个人没意思",
    "大半夜的你困不困，我也不困，咱俩唠唠",
    "没啥事儿，就想听听有人说话，你唱个歌呗",
    "媳妇跑了，心里憋屈，你听我叨咕叨咕，我跟你说我们那会儿",
    "你猜我现在在哪，嘿嘿，在外面撸串呢，你来不来",
    "我就试试这电话半夜有没有人接，还真有啊哈哈",
]

OBSESSIVE = [
    "我还是那个事儿，县里必须给我安排个编制，不安排我就天天打",
    "{when}我在{shop}摔了一跤，政府得赔我一百万，少一分都不行",
    "你们把我前妻给我找回来，她跑了就是你们不管",
    "我要见县委书记，就现在，你们给我接过去",
    "我家那块地五十年前就是我家的，整个{village}都得还给我",
    "我都说八百遍了，给我换个大房子，不换我就一直打",
    "让{unit}把我邻居抓起来，他瞅我一眼我就不舒服",
    "你们得给我开个证明，证明我是好人，盖县政府的章",
    "我要求{unit}把那个办事员开除，今天就开除，我听不到信儿就接着打",
    "国家欠我一套楼，我去年就说了，啥时候给",
]

FLIRT = [
    "{name}你多大了，有对象没",
    "你声音真好听，加个微信呗",
    "你们几点下班，我去接你，请你吃饭",
    "你长得俊不俊，发张照片看看",
    "别说事儿了，你就跟我说说你住哪",
    "我就是想听你说话，你再说两句，嘿嘿",
    "你是不是上回那个小王，我找你好几天了，交个朋友呗",
]

GENUINE_TEMPLATES = {
    "consult": CONSULT,
    "complaint": COMPLAINT,
    "angry": ANGRY,
    "quoted_insult": QUOTED,
    "short": SHORT,
    "night_emergency": NIGHT_EMERGENCY,
    "elderly_repeat": ELDERLY,
    "follow_up": FOLLOW,
    "thanks": THANKS,
}
NUISANCE_TEMPLATES = {
    "abuse": ABUSE,
    "prank": PRANK,
    "night_chat": NIGHT_CHAT,
    "obsessive": OBSESSIVE,
    "flirting": FLIRT,
}
SLOTS["end"] = ["", "", "啊", "呢", "？", "！"]
SLOTS["train"] = ["舞蹈班", "英语班", "补习班", "美术班", "驾校", "游泳班"]
SLOTS["clerk"] = ["老板", "店员", "收银的", "老板娘", "售货员"]
QUOTES = [("", ""), ("“", "”"), ("「", "」"), ('"', '"'), ("‘", "’"), ("", "")]
# a quoted insult: bare, or in one of the ways operators quote
SLOTS["qi"] = [o + w + c for w in SLOTS["insult_rcv"] for o, c in QUOTES]
SLOTS["qc"] = [o + w + c for w in SLOTS["cmd_rcv"] for o, c in QUOTES]

NUISANCE_SHARES = {
    "abuse": 28,
    "silent": 24,
    "prank": 14,
    "night_chat": 10,
    "obsessive": 14,
    "flirting": 10,
}
# weights of the genuine calls (dropped/follow_up/elderly rows counted as their kind)
GENUINE_SHARES = {
    "consult": 44,
    "complaint": 22,
    "angry": 5,
    "quoted_insult": 3,
    "short": 6,
    "dropped": 3,
    "night_emergency": 3,
    "elderly_repeat": 3,
    "follow_up": 8,
    "thanks": 2,
}
INHERITED_NUMBERS = 1 / 5000  # per call: a few genuine numbers that inherited a restricted one
RESTRICTED_SHARE = {"abuse": 0.6, "obsessive": 0.7, "silent": 0.55, "flirting": 0.5, "night_chat": 0.3}
# fewest calls a nuisance number makes in the window (one abusive call is already nuisance)
MIN_CALLS = {"abuse": 1, "prank": 1, "flirting": 2, "silent": 4, "night_chat": 3, "obsessive": 3}

# prank / abuse sometimes pose as a matter first: a genuine-looking head
PRETEND = [
    "我反映个事儿，",
    "暖气不热，",
    "我要投诉，",
    "咨询一下，",
    "那个低保的事儿，",
    "",
    "",
    "",
]

# ---------------------------------------------------------------- phones and times


def _mobile(rng):
    head = _pick(rng, ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155"])
    head = head if rng.random() < 0.8 else _pick(rng, ["177", "180", "181", "186", "187", "188", "199", "166"])
    return head + "".join(str(int(rng.random() * 10)) for _ in range(8))


def _landline(rng):
    return "0317-" + str(2 + int(rng.random() * 7)) + "".join(str(int(rng.random() * 10)) for _ in range(6))


def _phone(rng, used):
    while True:
        p = _mobile(rng) if rng.random() < 0.85 else _landline(rng)
        if p not in used:
            used.add(p)
            return p


# genuine calls by hour of day (8–18 busy, some evening, little at night)
HOUR_WEIGHTS = [1, 0.5, 0.3, 0.3, 0.4, 1, 3, 6, 14, 16, 15, 13, 8, 10, 14, 14, 12, 10, 7, 5, 4, 3, 2, 1.5]
_CUM = []
_t = 0.0
for _w in HOUR_WEIGHTS:
    _t += _w
    _CUM.append(_t)


def _day_time(rng, day0, days):
    d = int(rng.random() * days)
    h = bisect.bisect_left(_CUM, rng.random() * _CUM[-1])
    return day0 + dt.timedelta(days=d, hours=h, seconds=int(rng.random() * 3600))


def _night_time(rng, day0, days, start=22, span=8):
    d = int(rng.random() * days)
    return day0 + dt.timedelta(days=d, hours=start, seconds=int(rng.random() * span * 3600))


def _duration(rng, text, base=20, per_char=1.6, spread=0.5):
    secs = base + per_char * len(text) * (1 + (rng.random() - 0.5) * 2 * spread)
    return max(5, int(secs + rng.random() * 40))


def _winter(day):
    return day.month in (11, 12, 1, 2, 3)


_SUMMER = {}


def _summer(templates):
    """The templates without heating or snow (outside the heating season), cached."""
    key = id(templates)
    if key not in _SUMMER:
        cold = ("暖气", "供暖", "取暖", "下大雪", "天这么冷")
        _SUMMER[key] = [t for t in templates if not any(w in t for w in cold)] or templates
    return _SUMMER[key]


def _season(templates, day):
    return templates if _winter(day) else _summer(templates)


def _text(rng, kind, templates, day, pretend=False):
    pool = _season(templates, day)
    text = _fill(rng, _pick(rng, pool))
    if pretend and rng.random() < 0.3:
        text = _pick(rng, _season(PRETEND, day)) + text
    if kind in ("consult", "complaint", "inherited") and rng.random() < 0.15:  # a long story first
        text = "，".join(_fill(rng, _pick(rng, STORY)) for _ in range(1 + int(rng.random() * 3))) + "，" + text
    if kind == "prank" and rng.random() < 0.25:
        text = "，".join(_fill(rng, _pick(rng, TALL_TALE)) for _ in range(1 + int(rng.random() * 3))) + "，" + text
    if kind == "elderly_repeat" and rng.random() < 0.5:
        text = text + "，" + text.split("，")[0] + "，你听着没"
    return _noise(rng, text)


# ---------------------------------------------------------------- the generator


def calls(n_target, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    """`n_target` calls over `days` from `start`, labelled; returns (rows, restricted)."""
    rng = random.Random(seed)
    used = set()
    rows = []
    restricted = set()
    day0 = dt.datetime(start.year, start.month, start.day)

    def add(when, phone, content, secs, label, kind):
        rows.append(
            {
                "received_at": when,
                "caller_phone": phone,
                "content": content,
                "call_seconds": int(secs),
                "label": label,
                "kind": kind,
            }
        )

    # -- nuisance: numbers that call again and again
    n_nuisance = int(round(n_target * harassment_share))
    total_w = sum(NUISANCE_SHARES.values())
    for kind, w in NUISANCE_SHARES.items():
        quota = int(round(n_nuisance * w / total_w))
        while quota > 0:
            phone = _phone(rng, used)
            if rng.random() < RESTRICTED_SHARE.get(kind, 0.0):
                restricted.add(phone)
            burst = min(quota, MIN_CALLS[kind] + int(rng.random() ** 2 * 25))
            quota -= burst
            active = max(1, min(days, 1 + int(rng.random() * days)))
            first = int(rng.random() * max(1, days - active + 1))
            habit_hour = int(rng.random() * 24)
            t = None
            for _ in range(burst):
                day = day0 + dt.timedelta(days=first + int(rng.random() * active))
                if kind == "night_chat":
                    when = day + dt.timedelta(seconds=int(rng.random() * 5 * 3600))
                elif kind == "silent" and rng.random() < 0.4:
                    # every night, or every few hours around a habit
                    when = day + dt.timedelta(hours=habit_hour, seconds=int(rng.random() * 2400))
                elif t is not None and rng.random() < 0.35:
                    when = t + dt.timedelta(seconds=30 + int(rng.random() * 1500))  # straight back
                else:
                    when = _day_time(rng, day, 1) if rng.random() < 0.8 else _night_time(rng, day, 1, 21, 6)
                t = when
                if kind == "silent":
                    content = (
                        ""
                        if rng.random() < 0.85
                        else _pick(rng, ["来电无声", "接通无人说话", "对方不说话", "无声", "（无声）"])
                    )
                    secs = 2 + int(rng.random() ** 1.5 * 53)
                else:
                    content = _text(rng, kind, NUISANCE_TEMPLATES[kind], day, pretend=kind in ("abuse", "prank"))
                    secs = _duration(rng, content, base=10, per_char=1.2, spread=0.7)
                    if kind == "obsessive":
                        secs += int(rng.random() * 300)
                add(when, phone, content, secs, "harassment", kind)

    # -- genuine numbers that inherited a restricted number: a few, ordinary matters
    for _ in range(max(3, int(n_target * INHERITED_NUMBERS))):
        phone = _phone(rng, used)
        restricted.add(phone)
        for _ in range(1 + int(rng.random() * 4)):
            day = day0 + dt.timedelta(days=int(rng.random() * days))
            k2 = "consult" if rng.random() < 0.6 else "complaint"
            content = _text(rng, k2, GENUINE_TEMPLATES[k2], day)
            add(_day_time(rng, day, 1), phone, content, _duration(rng, content), "genuine", "inherited")

    # -- genuine
    n_genuine = max(0, n_target - len(rows))
    total_w = sum(GENUINE_SHARES.values())
    for kind, w in GENUINE_SHARES.items():
        quota = int(round(n_genuine * w / total_w))
        while quota > 0:
            phone = _phone(rng, used)
            day = day0 + dt.timedelta(days=int(rng.random() * days))
            if kind == "dropped":
                when = _day_time(rng, day, 1)
                add(when, phone, _pick(rng, DROPPED), 1 + int(rng.random() * 14), "genuine", "dropped")
                quota -= 1
                if rng.random() < 0.3:  # dropped twice
                    when = when + dt.timedelta(seconds=20 + int(rng.random() * 120))
                    add(when, phone, "", 1 + int(rng.random() * 8), "genuine", "dropped")
                    quota -= 1
                back = when + dt.timedelta(seconds=30 + int(rng.random() * 600))
                k2 = "consult" if rng.random() < 0.6 else "complaint"
                content = _text(rng, k2, GENUINE_TEMPLATES[k2], day)
                add(back, phone, content, _duration(rng, content), "genuine", k2)
                quota -= 1
                continue
            if kind == "night_emergency":
                when = _night_time(rng, day, 1)
                content = _text(rng, kind, NIGHT_EMERGENCY, day)
                add(when, phone, content, _duration(rng, content, base=40), "genuine", kind)
                quota -= 1
                if rng.random() < 0.3:  # calls again: nobody came yet
                    again = "还没人来，" + _fill(rng, _pick(rng, _season(NIGHT_EMERGENCY, day)))
                    add(
                        when + dt.timedelta(minutes=10 + int(rng.random() * 40)),
                        phone,
                        _noise(rng, again),
                        40 + int(rng.random() * 100),
                        "genuine",
                        kind,
                    )
                    quota -= 1
                continue
            if kind == "elderly_repeat":
                n = 1 + int(rng.random() * 3)
                when = _day_time(rng, day, 1)
                for _ in range(min(n, quota)):
                    content = _text(rng, kind, ELDERLY, day)
                    add(when, phone, content, _duration(rng, content, base=90, per_char=2.5), "genuine", kind)
                    when = when + dt.timedelta(minutes=20 + int(rng.random() * 300))
                    quota -= 1
                continue
            if kind == "follow_up":
                n = 2 + int(rng.random() * 4)
                first = _fill(rng, _pick(rng, _season(COMPLAINT, day)))
                when = _day_time(rng, day, 1)
                for i in range(min(n, quota)):
                    if when >= day0 + dt.timedelta(days=days):
                        break
                    content = _noise(rng, first) if i == 0 else _text(rng, kind, FOLLOW, day)
                    add(when, phone, content, _duration(rng, content), "genuine", kind)
                    when = _day_time(
                        rng, when.replace(hour=0, minute=0, second=0) + dt.timedelta(days=1), 1 + int(rng.random() * 5)
                    )
                    quota -= 1
                continue
            if kind == "short":
                content = _noise(rng, _fill(rng, _pick(rng, _season(SHORT, day))), operator=rng.random() < 0.3)
                secs = 8 + int(rng.random() * 50)
            else:
                content = _text(rng, kind, GENUINE_TEMPLATES[kind], day)
                secs = _duration(rng, content, base=30 if kind != "angry" else 60)
            add(_day_time(rng, day, 1), phone, content, secs, "genuine", kind)
            quota -= 1
            if kind == "consult" and rng.random() < 0.04 and quota > 0:  # asks once more the same day
                content = _text(rng, kind, CONSULT, day)
                add(_day_time(rng, day, 1), phone, content, _duration(rng, content), "genuine", kind)
                quota -= 1

    # exactly n_target: trim or top up with ordinary consultations
    surplus = len(rows) - n_target
    if surplus > 0:
        drop = set(rng.sample([i for i, r in enumerate(rows) if r["kind"] == "consult"], surplus))
        rows = [r for i, r in enumerate(rows) if i not in drop]
    for _ in range(-surplus):
        day = day0 + dt.timedelta(days=int(rng.random() * days))
        content = _text(rng, "consult", CONSULT, day)
        add(_day_time(rng, day, 1), _phone(rng, used), content, _duration(rng, content), "genuine", "consult")

    end = day0 + dt.timedelta(days=days)
    for r in rows:  # keep every call inside the window
        if r["received_at"] >= end:
            r["received_at"] = end - dt.timedelta(seconds=1 + int(rng.random() * 3600))
    rows.sort(key=lambda r: (r["received_at"], r["caller_phone"]))
    return rows, sorted(restricted)


if __name__ == "__main__":
    import time

    started = time.perf_counter()
    rows, restricted = calls(50_000, seed=1)
    took = time.perf_counter() - started
    print(f"{len(rows)} calls in {took:.2f} s; {len(restricted)} restricted numbers")
    by = collections.Counter((r["label"], r["kind"]) for r in rows)
    for (label, kind), n in sorted(by.items()):
        print(f"  {label:10s} {kind:16s} {n:6d}  {n / len(rows):6.2%}")
    rows_w, _ = calls(9000, days=30, start=dt.datetime(2025, 12, 1), seed=2)
    assert calls(2000, seed=5) == calls(2000, seed=5), "not deterministic"
    assert all(a["received_at"] <= b["received_at"] for a, b in zip(rows, rows[1:]))
    sample_rng = random.Random(0)
    kinds = collections.defaultdict(list)
    for r in rows_w:
        kinds[(r["label"], r["kind"])].append(r)
    for key in sorted(kinds):
        print(f"--- {key[0]} / {key[1]}")
        for r in sample_rng.sample(kinds[key], min(4, len(kinds[key]))):
            print(
                f"    {r['received_at']:%m-%d %H:%M} {r['caller_phone']:13s} {r['call_seconds']:4d}s  {r['content']!r}"
            )
    phones = collections.Counter(r["caller_phone"] for r in rows)
    print(
        "restricted numbers with genuine calls:",
        sum(1 for r in rows if r["caller_phone"] in set(restricted) and r["label"] == "genuine"),
    )
    print("numbers calling >= 5 times:", sum(1 for n in phones.values() if n >= 5))
