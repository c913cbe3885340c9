"""Synthetic labelled call generator for a fictional county 12345 hotline.

Fictional setting: 峒溪县 (a mountain county in 湖南湘西, Tujia and Miao villages).
Everything here -- towns, villages, roads, companies, people -- is invented.

Interface:
    rows, restricted = calls(n_target=50_000, days=30,
                             start=dt.datetime(2025, 6, 1),
                             harassment_share=0.05, seed=1)

Standard library only, deterministic for a given seed.
"""

import datetime as dt
import random

__all__ = ["calls"]

# =====================================================================
# Geography (all fictional)
# =====================================================================
COUNTY = "峒溪县"
SEAT = "溪城镇"
TOWN_VILLAGES = {
    "猫儿岩镇": ["洞坪村", "麻栗冲村", "岩门村", "猫儿村", "芭茅坪村"],
    "白岩坪乡": ["油茶坪村", "枫香坪村", "白果树村", "梯子岩村"],
    "腊尔冲乡": ["打鼓寨村", "排吼村", "夯来村", "上寨村", "下寨村"],
    "龙鼻溪镇": ["龙潭村", "鱼塘坳村", "桐木溪村", "狮子岩村", "龙鼻村"],
    "杉木塘镇": ["杉木村", "金竹坪村", "烂泥湾村", "大坪村", "茶园村"],
    "岩板桥乡": ["岩板村", "苦竹坪村", "古树坪村", "小溪村"],
    "高枧乡": ["高枧村", "蜡烛坡村", "猴儿坡村", "中寨村"],
    "排若乡": ["排若村", "排楼村", "岩科村", "泡木村"],
    "夯坨乡": ["夯坨村", "夯吾村", "科洞村", "马鞍山村"],
    "卡落乡": ["卡落村", "竹篙坪村", "卡拉坪村", "雀儿寨村"],
    "坪岗镇": ["坪岗村", "新寨村", "黄泥坳村", "长潭村", "石榴坪村"],
}
TOWNS = list(TOWN_VILLAGES)
COMMUNITIES = ["河西社区", "吊脚楼社区", "武陵社区", "新城社区", "峒河社区", "团结社区", "老街社区", "鼓楼社区"]
COMPOUNDS = [
    "峒河湾小区",
    "武陵春天",
    "锦绣苗都",
    "滨河花园",
    "金色溪城",
    "阳光新城",
    "土家花苑",
    "凤鸣苑",
    "民族新村",
    "翠竹园",
    "江景华府",
    "溪城壹号院",
    "福康小区",
    "幸福家园安置区",
    "教师新村",
    "供销社宿舍",
    "林业局老宿舍",
    "山水御园",
    "梯玛新苑",
    "茶香里",
]
ROADS = [
    "人民路",
    "民族路",
    "团结路",
    "峒河大道",
    "武陵东路",
    "武陵西路",
    "吊脚楼街",
    "老街",
    "滨河路",
    "新城大道",
    "建设路",
    "迎宾路",
    "梯玛路",
    "摆手路",
    "苗歌路",
    "茶香路",
    "工业园路",
    "鼓楼巷",
]
LANDMARKS = [
    "县人民医院门口",
    "民族中学旁边",
    "老汽车站",
    "新汽车站",
    "农贸市场",
    "步行街口",
    "风雨桥头",
    "县政府广场",
    "摆手堂广场",
    "武陵超市门口",
    "县财政局对面",
    "建行门口",
    "城南加油站",
    "峒河大桥桥头",
    "县体育馆",
    "鼓楼广场",
    "移动营业厅",
    "中医院后门",
    "电影院",
    "烈士陵园路口",
]
PROPERTY_COS = ["武陵物业", "兴溪物业", "锦程物业", "湘溪物业", "苗都物业服务公司"]
SCHOOLS = [
    "峒溪县民族中学",
    "峒溪一中",
    "县第一完全小学",
    "溪城二小",
    "溪城三小",
    "县职业中专",
    "金太阳幼儿园",
    "小苗苗幼儿园",
    "红星幼儿园",
]
HOSPITALS = ["县人民医院", "县民族中医院", "县妇幼保健院"]
MARKETS = ["河西农贸市场", "老街菜市场", "新城农贸市场"]
COMPANIES = [
    "峒溪黄金茶业有限公司",
    "武陵矿业",
    "溪城建筑公司",
    "湘峒石材厂",
    "龙鼻溪砂石场",
    "金秋猕猴桃合作社",
    "苗乡腊味加工厂",
    "峒溪城投",
    "宏达劳务公司",
    "兴旺养殖场",
]
SURNAMES = (
    ["龙"] * 5
    + ["石"] * 5
    + ["向"] * 5
    + ["彭"] * 5
    + ["田"] * 5
    + ["杨"] * 4
    + ["吴"] * 4
    + ["张"] * 3
    + ["王"] * 3
    + ["李"] * 3
    + ["麻"] * 3
    + ["滕"] * 2
    + [
        "符",
        "覃",
        "梁",
        "黄",
        "刘",
        "邓",
        "宋",
        "瞿",
        "隆",
        "施",
        "欧",
        "廖",
        "冉",
        "秧",
        "舒",
        "谭",
        "唐",
        "陈",
        "胡",
        "姚",
        "周",
        "贾",
    ]
)

# =====================================================================
# Small helpers
# =====================================================================


def _p(rng, seq):
    return seq[int(rng.random() * len(seq))]


def _maybe(rng, prob, text, alt=""):
    return text if rng.random() < prob else alt


def _name(rng, elderly=False):
    s = _p(rng, SURNAMES)
    if elderly:
        return s + _p(rng, ["大爷", "老人", "奶奶", "老人家", "婆婆"])
    return s + _p(rng, ["先生", "女士", "先生", "女士", "师傅", "女士", "先生", "同志"])


def _rural(rng, group=True):
    town = _p(rng, TOWNS)
    v = _p(rng, TOWN_VILLAGES[town])
    full = town + v
    if group and rng.random() < 0.65:
        full += "%d组" % rng.randint(1, 12)
    return full, v


def _rural3(rng, group=True):
    town = _p(rng, TOWNS)
    v = _p(rng, TOWN_VILLAGES[town])
    full = town + v
    if group and rng.random() < 0.65:
        full += "%d组" % rng.randint(1, 12)
    return full, v, town


def _urban(rng, detail=True):
    comp = _p(rng, COMPOUNDS)
    r = rng.random()
    if r < 0.35:
        full = SEAT + _p(rng, COMMUNITIES) + comp
    elif r < 0.55:
        full = "县城" + comp
    else:
        full = comp
    if detail and rng.random() < 0.5:
        full += "%d栋" % rng.randint(1, 18)
        if rng.random() < 0.4:
            full += "%d单元" % rng.randint(1, 4)
    return full, comp


def _spot(rng):
    r = _p(rng, ROADS)
    k = rng.random()
    if k < 0.35:
        return r + _p(rng, LANDMARKS)
    if k < 0.55:
        r2 = _p(rng, ROADS)
        if r2 != r:
            return r + "与" + r2 + "交叉口"
        return r + "口子上"
    if k < 0.8:
        return r + _p(rng, ["中段", "北段", "南段", "东头", "西头", "尽头", "那一截"])
    return r + "%d号附近" % rng.randint(1, 300)


def _place(rng, urban_p=0.6):
    return _urban(rng) if rng.random() < urban_p else _rural(rng)


def _money(rng, lo, hi, step=100):
    return rng.randint(lo // step, hi // step) * step


def _plate(rng):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "湘U" + _p(rng, letters) + "".join(_p(rng, "0123456789") for _ in range(4))


WHEN_RECENT = [
    "昨天晚上",
    "今天早上",
    "今天上午",
    "昨天下午",
    "前天",
    "三天前",
    "这几天",
    "上个星期",
    "今天凌晨",
    "昨天中午",
]
WHEN_LONG = ["半个多月了", "一个多月了", "两个多月了", "好几个月了", "一年多了", "从去年开始", "从过年后", "快三个月了"]

# =====================================================================
# Abuse vocabulary (used both by nuisance callers and by angry genuine callers)
# =====================================================================
CURSES = [
    "娘卖麻批",
    "砍脑壳的",
    "背时鬼",
    "短命鬼",
    "挨千刀的",
    "遭瘟的",
    "绝代的",
    "哈卵",
    "蠢宝",
    "宝里宝气的",
    "猪脑壳",
    "脑壳有包",
    "癫子",
    "嬲你娘的",
    "狗日的",
    "杂种",
    "你个鳖",
    "死婆娘",
    "烂婆娘",
    "冇得卵用",
    "遭雷打的",
    "不得好死",
    "化生子",
    "野崽",
    "二百五",
    "背时砍脑壳的",
    "日你先人",
    "王八蛋",
    "畜生",
    "神经病",
    "废物",
    "蠢猪",
    "瞎了眼的",
    "冇得良心的",
    "吃屎的",
]
GOV_CONTEMPT = [
    "你们这些当官的冇得一个好东西",
    "政府就是个摆设",
    "12345就是个骗人的",
    "一群吃干饭的",
    "拿我们的钱不做事",
    "一群饭桶",
    "狗官",
    "贪官",
    "蛀虫",
    "县里那些干部只晓得恰喝嫖赌",
    "你们领导都是吃拿卡要的",
    "官官相护，蛇鼠一窝",
    "当官的都该拉出去枪毙",
    "你们政府就会糊弄老百姓",
    "天天喊为人民服务，服务个鬼",
]
CALLTAKER_CONTEMPT = [
    "你个接电话的懂么子",
    "你就是个临时工",
    "你算哪根葱",
    "你读过书冇",
    "你是机器人吧，讲话跟念经一样",
    "你声音好难听",
    "喊你们领导来，莫跟我讲",
    "你这种人也配接电话",
    "你脑壳进水了吧",
    "话都讲不清楚还当话务员",
    "你一个月拿好多钱，拿钱不做事",
    "你是哑巴啊",
    "你耳朵聋了吧",
    "你们这些妹子就晓得念稿子",
]
SARCASM = [
    "你们辛苦了哦，坐办公室吹空调好舒服咯",
    "好得很哦，你们真是为人民服务",
    "又是记录一下、反馈一下，反馈到月亮上去了",
    "12345，上山打老虎，老虎冇打到，打到你们这些老鼠",
    "你们效率好高哦，等你们处理我坟头草都好高了",
    "感谢政府哦，感谢你们八辈子祖宗",
    "你们这个热线是摆起好看的吧",
    "父母官父母官，把我们当孙子",
    "好官呐，好得冒烟",
    "你们这个电话比菩萨还难求",
]
KID_INSULTS = ["猪脑壳", "蠢得死", "冇得救了", "废物", "读个卵书", "笨得像头牛"]


def _sw(rng, ag, word):
    """Write an abusive word the way this call-taker does: literally, or masked."""
    if rng.random() < ag["mask"]:
        return _p(rng, ["**", "（脏话）", "XXX", "（不文明用语）", "*" * len(word), "（粗口）"])
    return word


# =====================================================================
# Call-takers (each with writing habits)
# =====================================================================
SUBJECTS = [
    "来电人",
    "来电人",
    "来电人",
    "市民",
    "群众",
    "来电者",
    "来电群众",
    "来电市民",
    "该来电人",
    "来电人",
    "诉求人",
]
OPENERS = [
    "{s}反映：",
    "{s}反映，",
    "{s}来电反映：",
    "{s}来电称，",
    "{s}称：",
    "{s}表示，",
    "{s}来电，反映",
    "{s}反映",
    "来电反映：",
    "{s}诉称：",
    "{s}来电反映",
]
CLOSERS = [
    "请相关部门处理。",
    "请核实处理。",
    "望相关部门尽快处理。",
    "请职能部门核实并回复来电人。",
    "请尽快处理并回复。",
    "{s}要求尽快解决。",
    "",
    "请{d}核实处理。",
    "（需回复）",
    "{s}要求回电。",
    "请处理。",
    "望尽快解决，谢谢。",
    "请相关单位调查处理。",
    "请{d}处理并回复{s}。",
    "转{d}。",
    "请按程序办理。",
]
NOTE_BRACKETS = [("（", "）"), ("【", "】"), ("[", "]"), ("(", ")"), ("", "")]
SILENT_FAV = [
    "来电无声",
    "来电无声。",
    "接通后无人说话",
    "无声电话",
    "无声",
    "来电无人应答",
    "接通无人讲话",
    "来电无声，多次询问无回应",
    "静音来电",
    "无人说话",
    "来电无声音",
]
HANGUP_FAV = [
    "接通后对方挂断",
    "刚接通即挂机",
    "来电挂断",
    "未讲话即挂机",
    "对方挂机",
    "接通即挂",
    "接起对方已挂断",
    "秒挂",
    "来电后挂断",
]
TYPOS = [
    ("反映", "反应"),
    ("已经", "以经"),
    ("处理", "处里"),
    ("部门", "布门"),
    ("在", "再"),
    ("的", "得"),
    ("账", "帐"),
    ("做", "作"),
    ("希望", "希忘"),
    ("核实", "合实"),
    ("联系", "连系"),
    ("一直", "一至"),
    ("噪音", "燥音"),
    ("维修", "维休"),
    ("拖欠", "托欠"),
    ("投诉", "投述"),
    ("咨询", "资询"),
    ("安装", "按装"),
    ("辖区", "瞎区"),
    ("反馈", "返馈"),
    ("那", "哪"),
    ("即", "既"),
    ("像", "象"),
    ("挂断", "挂段"),
    ("诉求", "述求"),
    ("情况", "情矿"),
    ("现在", "现再"),
    ("垃圾", "拉圾"),
    ("按时", "安时"),
    ("尽快", "进快"),
    ("告知", "告之"),
]
HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!"})


def _make_agents(rng):
    agents = []
    for i in range(26):
        shift = "night" if i < 6 else "day"
        subj = _p(rng, SUBJECTS)
        ag = {
            "id": "%04d" % (1001 + i * 7),
            "shift": shift,
            "subj": subj,
            "subj_alt": _p(rng, SUBJECTS),
            "opener": _p(rng, OPENERS),
            "closers": [_p(rng, CLOSERS) for _ in range(rng.randint(1, 3))],
            "typo": _p(rng, [0.0, 0.0, 0.005, 0.01, 0.02, 0.03, 0.05]),
            "half": rng.random() < 0.18,
            "drop_period": _p(rng, [0.0, 0.0, 0.1, 0.3, 0.6]),
            "bracket": _p(rng, NOTE_BRACKETS),
            "silent": _p(rng, SILENT_FAV),
            "hangup": _p(rng, HANGUP_FAV),
            "empty_nuis": _p(rng, [0.0, 0.0, 0.02, 0.05, 0.15, 0.3]),
            "structured": rng.random() < 0.15,
            "tag": rng.random() < 0.2,
            "terse": _p(rng, [0.0, 0.05, 0.1, 0.2, 0.45]),
            "verbose": _p(rng, [0.1, 0.3, 0.5, 0.7]),
            "quote": _p(rng, [0.05, 0.15, 0.3, 0.5]),
            "mask": _p(rng, [0.0, 0.2, 0.5, 0.8, 1.0]),
            "count_note": _p(rng, [0.0, 0.2, 0.5, 0.8]),
            "bg_note": _p(rng, [0.05, 0.2, 0.4]),
            "invalid_tag": _p(rng, ["", "", "", "无效来电：", "【无效】", "骚扰电话：", "无效："]),
        }
        agents.append(ag)
    return agents


def _agent_for(rng, agents, t):
    h = t.hour
    night = h >= 22 or h < 8
    pool = [a for a in agents if (a["shift"] == "night") == night]
    if rng.random() < 0.1:  # overlapping / cover shifts
        pool = agents
    return _p(rng, pool)


def _subj(rng, ag):
    return ag["subj"] if rng.random() < 0.85 else ag["subj_alt"]


def _note(rng, ag, text):
    if rng.random() < 0.5 and ag["bracket"][0]:
        return ag["bracket"][0] + text + ag["bracket"][1]
    return text


def _finish(rng, ag, text):
    if not text:
        return text
    if ag["typo"] > 0:
        for a, b in TYPOS:
            if a in text and rng.random() < ag["typo"] * 3:
                i = text.find(a)
                text = text[:i] + b + text[i + len(a) :]
    if rng.random() < ag["drop_period"] and text.endswith("。"):
        text = text[:-1]
    if rng.random() < 0.015:
        text = text.replace("，", "，，", 1)
    if rng.random() < 0.02:
        text = text.replace("。", ".", 1)
    if rng.random() < 0.02:
        text = text + " "
    if ag["half"] and rng.random() < 0.85:
        text = text.translate(HALF)
    return text


def _closer(rng, ag, s, dept):
    c = _p(rng, ag["closers"])
    return c.format(s=s, d=dept)


# =====================================================================
# Genuine matters (ordinary topics)
# Each returns a matter dict: core, demand, short, dept, cat, quote
# =====================================================================


def M(core, demand, short, dept, cat, quote=None):
    return {"core": core, "demand": demand, "short": short, "dept": dept, "cat": cat, "quote": quote}


def t_water(rng):
    full, sh = _place(rng, 0.65)
    v = rng.random()
    if v < 0.32:
        when = _p(rng, ["昨天晚上", "今天早上六点多", "前天下午", "昨天中午", "三天前", "今天凌晨", "昨天"])
        core = "%s从%s开始停水，到现在还没来水，%s" % (
            full,
            when,
            _p(
                rng,
                [
                    "事先没有任何通知",
                    "也没看到停水通知",
                    "物业说不清楚原因",
                    "打自来水公司电话一直占线",
                    "问社区说不晓得",
                    "整栋楼都没有水",
                ],
            ),
        )
        return M(
            core,
            _p(rng, ["要求尽快恢复供水", "希望尽快来水", "要求告知来水时间"]),
            sh + "停水问题",
            "县自来水公司",
            "供水",
            _p(
                rng,
                [
                    "屋里冇得水恰了，饭都煮不成",
                    "老人家等到水洗澡，哪门搞嘛",
                    "停水也不讲一声，搞么子名堂",
                    "我们这栋楼好多老人，提水上楼提不动",
                ],
            ),
        )
    if v < 0.5:
        core = "%s%d楼以上水压太小，%s" % (
            full,
            rng.randint(4, 11),
            _p(
                rng,
                [
                    "白天基本冇水，晚上十一二点才有一点点",
                    "热水器都打不燃",
                    "洗衣机进不了水",
                    "已经%s" % _p(rng, WHEN_LONG),
                ],
            ),
        )
        return M(
            core,
            "要求解决水压问题",
            sh + "水压小问题",
            "县自来水公司",
            "供水",
            _p(rng, ["水龙头开到最大就滴几滴", None]),
        )
    if v < 0.66:
        core = "%s自来水发黄、有泥沙，%s" % (
            full,
            _p(rng, ["这几天落大雨以后就这样", "烧开后有沉淀", "放了半天还是浑的", "有一股怪味道"]),
        )
        return M(
            core,
            "要求检测水质并处理",
            sh + "水质浑浊问题",
            "县自来水公司",
            "供水",
            _p(rng, ["水黄得跟泥巴汤一样，哪个敢恰", "伢儿恰了拉肚子", None]),
        )
    if v < 0.78:
        core = "其家%d月水费%d元，比平时多出好几倍，家里就%d个人，怀疑水表有问题" % (
            rng.randint(3, 6),
            rng.randint(180, 900),
            rng.randint(1, 4),
        )
        return M(core, "要求核查水表", "水费异常问题", "县自来水公司", "供水")
    if v < 0.9:
        sp = _spot(rng)
        core = "%s附近自来水管爆裂，水冒到路面上，%s" % (
            sp,
            _p(rng, ["已经流了两个多小时", "路上都是水，车子过不得", "好浪费", "水流进旁边的门面里了"]),
        )
        return M(core, "请尽快派人抢修", sp + "水管爆裂", "县自来水公司", "供水")
    full, sh = _rural(rng)
    core = "%s的饮水工程%s，全组%d户人吃水困难" % (
        full,
        _p(
            rng,
            [
                "水池裂了漏水",
                "管子被山上滚下来的石头砸断了",
                "水源干了",
                "抽水泵坏了一个多星期",
                "管子冬天冻裂后一直冇修好",
            ],
        ),
        rng.randint(8, 60),
    )
    return M(
        core,
        "请求帮助修复",
        sh + "饮水问题",
        "县水利局",
        "农村饮水",
        _p(rng, ["我们现在要走半个钟头去挑水", "找了村里好几回，讲冇得钱", None]),
    )


def t_power(rng):
    full, sh = _place(rng, 0.5)
    v = rng.random()
    if v < 0.35:
        core = "%s%s停电，%s" % (
            full,
            _p(rng, WHEN_RECENT),
            _p(
                rng,
                [
                    "到现在还没来电",
                    "来了一下又停了",
                    "冰箱里的东西都坏了",
                    "打95598说在抢修但一直没动静",
                    "隔壁组都有电就我们几户冇得",
                ],
            ),
        )
        return M(
            core,
            "要求尽快恢复供电",
            sh + "停电问题",
            "县供电公司",
            "供电",
            _p(rng, ["屋里冰箱的腊肉都要臭了", "热死人了，电扇都开不成", None, None]),
        )
    if v < 0.6:
        core = "%s电压不稳，%s" % (
            full,
            _p(rng, ["晚上灯都是暗的", "电饭煲煮不熟饭", "空调开不起来", "经常跳闸", "烧坏了一台电视机"]),
        )
        return M(
            core,
            "要求供电部门改造线路",
            sh + "电压低问题",
            "县供电公司",
            "供电",
            _p(rng, ["晚上跟点煤油灯差不多", None]),
        )
    if v < 0.85:
        core = "%s%s" % (
            full,
            _p(
                rng,
                [
                    "有根电线杆被雨冲歪了，快要倒了",
                    "电线搭在树上，落雨天冒火花",
                    "变压器嗡嗡响还冒烟",
                    "电线垂得好低，农用车过都要挂到",
                    "路边电缆被挖断了",
                ],
            ),
        )
        return M(
            core,
            "担心安全，请尽快处理",
            sh + "电力安全隐患",
            "县供电公司",
            "供电",
            _p(rng, ["伢儿天天从那里过，吓死人", None]),
        )
    core = "其家电费%s" % _p(
        rng,
        [
            "突然比平时多了一倍",
            "交了显示没到账",
            "被多扣了%d元" % rng.randint(50, 600),
            "户名还是老房东的，想过户不晓得哪门办",
        ],
    )
    return M(core, "要求核实", "电费问题", "县供电公司", "供电")


def t_road(rng):
    v = rng.random()
    if v < 0.35:
        full, sh = _rural(rng, group=False)
        core = "%s通往%s的村道%s" % (
            full,
            _p(rng, ["镇上", "组上", "学校", "县城", "邻村"]),
            _p(
                rng,
                [
                    "被山上垮下来的土石堵住了",
                    "有一段塌方了，车子过不得",
                    "坑坑洼洼，摩托车经常摔跤",
                    "路基被水冲空了一截",
                    "硬化了一半就停工了",
                ],
            ),
        )
        return M(
            core,
            _p(rng, ["请求尽快清理", "要求修复", "希望派人来看一下"]),
            sh + "村道问题",
            "县交通运输局",
            "道路交通",
            _p(rng, ["我们这里娃娃上学都要走这条路", "落雨天根本走不得", None]),
        )
    sp = _spot(rng)
    if v < 0.6:
        core = "%s路面%s" % (
            sp,
            _p(
                rng,
                [
                    "有个大坑，晚上看不清，已经有好几个骑电动车的摔了",
                    "井盖不见了",
                    "井盖松动，车子压过去哐当哐当响",
                    "施工挖开后一直没恢复",
                    "沉降开裂",
                    "石板翘起来了",
                ],
            ),
        )
        return M(core, "要求尽快修复", sp + "路面问题", "县住建局", "市政设施")
    if v < 0.75:
        core = "%s%s" % (
            sp,
            _p(
                rng,
                [
                    "护栏被撞坏了一直没修",
                    "人行道砖头松动，一踩一脚泥水",
                    "减速带被拆了，车子开得飞快",
                    "斑马线都看不清了",
                ],
            ),
        )
        return M(core, "请相关部门修复", sp + "道路设施问题", "县住建局", "市政设施")
    full, sh = _rural(rng, group=False)
    core = "%s%s" % (
        full,
        _p(
            rng,
            [
                "去年修的桥护栏还没装，担心小孩掉下去",
                "山边公路落石多，没有警示牌",
                "过河的漫水桥被冲毁了",
                "到县城的班车路线被取消，出行困难",
            ],
        ),
    )
    return M(
        core,
        "希望政府重视",
        sh + "出行安全问题",
        "县交通运输局",
        "道路交通",
        _p(rng, ["我们寨子里的老人去赶场都要绕好远", None]),
    )


def t_light(rng):
    sp = _spot(rng) if rng.random() < 0.6 else _urban(rng, False)[0] + "门口"
    core = "%s路灯%s" % (
        sp,
        _p(rng, ["不亮，晚上黑漆漆的", "坏了好久", "有一排都不亮", "白天亮晚上反而不亮", "一闪一闪的"]),
    )
    if rng.random() < 0.3:
        core += "，%s" % WHEN_LONG[int(rng.random() * len(WHEN_LONG))]
    return M(
        core,
        "要求维修",
        sp + "路灯问题",
        "县城管局",
        "市政设施",
        _p(rng, ["晚上出门要打电筒", "女伢儿晚上下晚自习不敢走", None, None]),
    )


def t_noise_cons(rng):
    full, sh = _urban(rng, False)
    site = _p(
        rng,
        [
            "旁边的工地",
            "对面的楼盘工地",
            "%s的工地" % _p(rng, ["溪城建筑公司", "峒溪城投", "湘峒路桥公司", "武陵建工"]),
            "隔壁在修房子的人家",
            "路上修管网的施工队",
        ],
    )
    core = "%s%s%s" % (
        full,
        site,
        _p(
            rng,
            [
                "每天晚上施工到十二点以后，噪音很大",
                "凌晨三四点还在打混凝土",
                "早上六点不到就开始打桩",
                "晚上拉渣土的车子轰隆隆的",
                "中午也不停，切割机响得人脑壳痛",
            ],
        ),
    )
    extra = ""
    if rng.random() < 0.25:
        extra = "，家里有孩子%s" % _p(rng, ["要高考", "要中考", "在复习考试", "睡不着觉"])
    return M(
        core + extra,
        "要求规范施工时间",
        sh + "施工噪音问题",
        "县住建局",
        "噪音扰民",
        _p(rng, ["一晚上都冇睡着", "吵得脑壳都要炸了", None]),
    )


def t_noise_life(rng):
    full, sh = _urban(rng, False)
    src = _p(
        rng,
        [
            "楼下的烧烤摊",
            "广场上跳广场舞的",
            "对面的KTV",
            "楼下的门面放音响",
            "隔壁的麻将馆",
            "楼上住户",
            "小区门口卖东西的喇叭",
            "楼下的酒吧",
            "办酒席的人家放鞭炮",
        ],
    )
    core = "%s%s%s" % (
        full,
        src,
        _p(
            rng,
            [
                "每天晚上闹到十一二点",
                "声音开得好大",
                "天天吵，讲了也不听",
                "半夜还在吵",
                "一大早就开始放音乐",
                "划拳喝酒到凌晨",
            ],
        ),
    )
    return M(
        core,
        _p(rng, ["要求处理", "希望管一管", "要求相关部门制止"]),
        sh + "噪音扰民",
        _p(rng, ["县城管局", "县公安局", "县生态环境分局"]),
        "噪音扰民",
        _p(rng, ["讲了几回了，人家根本不理", "屋里老人心脏不好，受不了", None]),
    )


def t_property(rng):
    full, sh = _urban(rng)
    co = _p(rng, PROPERTY_COS)
    v = rng.random()
    if v < 0.25:
        core = "%s电梯%s，物业（%s）%s" % (
            full,
            _p(rng, ["经常坏", "停了一个多星期", "运行时抖得厉害", "有人被关在里面过"]),
            co,
            _p(rng, ["说没钱修", "推来推去", "一直不处理"]),
        )
        return M(
            core,
            "要求督促物业维修",
            sh + "电梯问题",
            "县住建局",
            "物业管理",
            _p(rng, ["我屋里老人住十几楼，下不得楼", None]),
        )
    if v < 0.45:
        core = "%s的%s%s" % (
            full,
            co,
            _p(
                rng,
                [
                    "物业费涨价没有开业主大会",
                    "收了物业费不做事，垃圾堆起没人收",
                    "乱收停车费",
                    "保安晚上不在岗，小区里丢了好几台电动车",
                    "绿化带变成了菜地也不管",
                ],
            ),
        )
        return M(core, "要求相关部门监管", sh + "物业服务问题", "县住建局", "物业管理")
    if v < 0.65:
        core = "%s%s%s，找物业和开发商都不管" % (
            full,
            _p(rng, ["楼顶", "外墙", "卫生间", "窗台"]),
            _p(rng, ["漏水", "渗水发霉", "瓷砖掉落", "裂缝渗水"]),
        )
        return M(
            core, "要求处理", sh + "房屋渗漏问题", "县住建局", "物业管理", _p(rng, ["一落雨屋里就要拿盆子接", None])
        )
    if v < 0.82:
        core = "%s地下车库%s" % (full, _p(rng, ["积水", "被人堆满杂物", "灯不亮", "被外来车辆占满"]))
        return M(core, "要求物业整改", sh + "车库问题", "县住建局", "物业管理")
    core = "%s有住户%s，物业不管" % (
        full,
        _p(rng, ["飞线给电动车充电", "在楼道里养鸡", "占用公共楼道堆杂物", "在楼顶私搭乱建"]),
    )
    return M(core, "担心安全隐患，要求处理", sh + "小区安全隐患", "县住建局", "物业管理")


def t_wages(rng):
    boss = _p(
        rng,
        [
            "包工头" + _p(rng, SURNAMES) + "某",
            _p(rng, COMPANIES),
            "老板" + _p(rng, SURNAMES) + "某",
            "%s劳务班组" % _p(rng, SURNAMES),
        ],
    )
    where = _p(
        rng,
        [
            "县城%s工地" % _p(rng, COMPOUNDS),
            "%s的项目" % _p(rng, TOWNS),
            "%s修路工程" % _p(rng, TOWNS),
            "浙江的一个厂",
            "广东东莞的厂里",
            "县里的学校改造工程",
        ],
    )
    n = rng.randint(1, 30)
    amt = _money(rng, 3000, 90000)
    who = (_p(rng, ["其与", "其和同村", "其与"]) + "%d名工友" % n) if n > 1 else "其"
    core = "%s在%s务工，%s拖欠%s工资%d元%s" % (
        who,
        where,
        boss,
        _p(rng, ["", "其"]),
        amt,
        _p(
            rng,
            [
                "，多次讨要未果",
                "，老板电话打不通",
                "，一直说下个月给",
                "，对方说工程款没拨下来",
                "，到现在一分都冇拿到",
            ],
        ),
    )
    return M(
        core,
        _p(rng, ["要求帮忙追讨", "请求劳动监察部门介入", "要求尽快支付工资"]),
        "被拖欠工资问题",
        "县人社局",
        "劳动保障",
        _p(rng, ["屋里伢儿要交学费了", "做了半年工冇拿到一分钱", "过年都冇回得屋", None]),
    )


def t_social(rng):
    core = _p(
        rng,
        [
            "其在外地交了%d年社保，想转回本县，不晓得哪门办理" % rng.randint(2, 12),
            "其父亲的城乡居民养老保险认证做了好几次都没通过",
            "其社保卡丢了，补办要跑好几个地方",
            "其单位没有给其缴纳社保，入职%s" % _p(rng, WHEN_LONG),
            "其灵活就业社保扣款失败，担心断缴",
            "其退休审批材料交了%s，还没有结果" % _p(rng, ["两个月", "一个多月", "半年"]),
            "其工伤认定迟迟没有结论",
            "其失业保险金申领被退回，不知原因",
        ],
    )
    return M(core, _p(rng, ["要求解答", "希望尽快处理", "请相关部门帮助"]), "社保问题", "县人社局", "社会保障")


def t_medins(rng):
    core = _p(
        rng,
        [
            "其在长沙住院，回来报销时被告知没做异地就医备案，只能报很少一部分",
            "其家今年的城乡居民医保交了，但医院系统里显示未参保",
            "其母亲慢性病门诊报销比例不对",
            "在%s买药医保卡刷不了" % _p(rng, ["县城的药店", "乡卫生院", "村卫生室"]),
            "其孩子出生后上医保，跑了%d趟还没办好" % rng.randint(2, 5),
            "其在外务工，医保想在外地交，不清楚政策",
            "其报销的医疗费%s还没到账" % _p(rng, ["三个月了", "两个月", "快半年"]),
            "村里收医保费的人收了钱没给收据",
        ],
    )
    return M(core, _p(rng, ["要求核实", "请医保部门解答", "希望尽快处理"]), "医保问题", "县医保局", "医疗保障")


def t_pension(rng):
    core = _p(
        rng,
        [
            "其%d岁的%s高龄津贴%s没发了"
            % (rng.randint(80, 98), _p(rng, ["父亲", "母亲", "爷爷", "奶奶"]), _p(rng, ["三个月", "半年", "好几个月"])),
            "其养老金本月没有按时到账",
            "其退休金被扣了一部分，不知道原因",
            "其是退役军人，优抚金一直没有发放",
            "其老人的养老金卡被村里人拿走了，老人自己取不到钱",
            "其残疾补贴%s停发了" % _p(rng, ["从今年起", "上个月", "这几个月"]),
        ],
    )
    return M(
        core,
        "要求核实并处理",
        "待遇发放问题",
        _p(rng, ["县人社局", "县民政局", "县退役军人事务局"]),
        "社会保障",
        _p(rng, ["老人家就靠这点钱过日子", None, None]),
    )


def t_land(rng):
    full, sh, town = _rural3(rng)
    core = _p(
        rng,
        [
            "%s的承包地被%s占用修路，补偿款一直没给" % (full, _p(rng, ["镇里", "施工方", "邻居"])),
            "%s邻居建房占了其家宅基地，协调多次无果" % full,
            "%s征地补偿标准不一样，同组其他户拿得比其多" % full,
            "%s的山林和邻村有纠纷，对方砍了其家的杉木" % full,
            "%s的土地确权面积少了%d亩" % (full, rng.randint(1, 6)),
            "%s有人在基本农田上挖塘养鱼" % full,
            "%s有人在耕地上建房，村里不管" % full,
        ],
    )
    return M(
        core,
        _p(rng, ["要求处理", "请求调查", "请求乡镇政府介入调解"]),
        sh + "土地问题",
        _p(rng, ["县自然资源局", town + "政府", town + "政府", "县林业局"]),
        "土地林权",
        _p(rng, ["我们屋里祖祖辈辈在这里", "找村里讲了，村里讲是镇里定的", None]),
    )


def t_village(rng):
    full, sh, town = _rural3(rng, group=False)
    core = _p(
        rng,
        [
            "%s低保评定不公平，有的家里开小车的都吃低保" % full,
            "%s村务不公开，修路的钱去向不明" % full,
            "%s村干部收取%s费用，没有收据" % (full, _p(rng, ["修路集资", "建房审批", "开证明"])),
            "%s猕猴桃产业补贴没有发到农户手上" % full,
            "%s去年的椪柑受灾补助至今没发" % full,
            "%s的村部开证明要收钱" % full,
            "%s易地搬迁后原来的房子被拆，但补助没有到位" % full,
            "%s有人冒领其家的耕地地力保护补贴" % full,
        ],
    )
    return M(
        core,
        "要求调查处理",
        sh + "村务问题",
        town + _p(rng, ["政府", "政府", "纪委"]),
        "农村事务",
        _p(rng, ["我们老百姓不晓得找哪个", "莫讲是我讲的，怕他们报复", None]),
    )


def t_school(rng):
    sc = _p(rng, SCHOOLS)
    core = _p(
        rng,
        [
            "%s%s"
            % (
                sc,
                _p(
                    rng,
                    [
                        "收资料费没有收据",
                        "强制学生订教辅资料",
                        "周末组织有偿补课",
                        "食堂饭菜质量差，孩子吃了拉肚子",
                        "校车超载",
                        "放学时校门口堵车严重",
                        "老师体罚学生",
                    ],
                ),
            ),
            "其孩子户口在%s，想到县城读书，学位报名被拒" % _p(rng, TOWNS),
            "其孩子在%s读书，营养餐%s" % (sc, _p(rng, ["分量太少", "有时候只有一个馒头"])),
            "其孩子中考报名信息填错了，不知道找谁改",
            "%s暑假托管班收费%d元，家长不愿意但不交不行" % (sc, rng.randint(300, 1500)),
            "其孩子被同学欺负，学校处理不公平",
        ],
    )
    return M(core, "要求教育部门核查", "学校问题", "县教育局", "教育", _p(rng, ["伢儿回来哭了一晚上", None, None]))


def t_consumer(rng):
    core = _p(
        rng,
        [
            "其在%s购买的%s出现质量问题，商家拒绝退换"
            % (
                _p(rng, ["县城一家电器店", "步行街一家手机店", "%s" % _p(rng, LANDMARKS), "网上"]),
                _p(rng, ["空调", "冰箱", "手机", "电动车", "热水器", "摩托车"]),
            ),
            "其在%s办了一张%d元的预付卡，现在店子关门了"
            % (_p(rng, ["理发店", "健身房", "美容店", "培训机构"]), _money(rng, 500, 6000)),
            "%s有超市卖过期食品" % _p(rng, ROADS),
            "其在镇上农资店买的%s是假的，%s"
            % (_p(rng, ["种子", "化肥", "农药"]), _p(rng, ["秧苗都死了", "稻谷不出穗", "打了没效果"])),
            "其快递被驿站弄丢了，驿站不赔",
            "其在%s吃饭，发现菜里有异物，老板态度差" % _p(rng, ["一家酸汤鱼馆", "粉店", "烧烤店"]),
            "%s的加油站加油不足量" % _p(rng, ROADS),
            "其在县城买的腊肉有股怪味，怀疑是病死猪肉",
            "旅游时在%s被%s" % (_p(rng, ["古镇", "景区"]), _p(rng, ["强制购物", "宰客，一盘菜几百块"])),
        ],
    )
    return M(core, _p(rng, ["要求处理", "要求退款", "请求市场监管部门维权"]), "消费纠纷", "县市场监管局", "消费维权")


def t_env(rng):
    full, sh = _place(rng, 0.35)
    core = "%s%s" % (
        full,
        _p(
            rng,
            [
                "附近的养猪场臭得不得了，粪水直接排到溪里",
                "旁边的%s粉尘很大" % _p(rng, ["石材厂", "砂石场", "搅拌站"]),
                "有人在河边倒垃圾",
                "小溪里的鱼死了一大片，怀疑上游排污",
                "锰矿渣堆在河边，一落雨就冲到河里",
                "有人晚上偷偷焚烧塑料，烟好呛",
                "%s晚上偷排废水" % _p(rng, COMPANIES),
                "附近有人电鱼毒鱼",
            ],
        ),
    )
    return M(
        core,
        "要求环保部门查处",
        sh + "环境问题",
        "县生态环境分局",
        "生态环境",
        _p(rng, ["那个臭味熏得饭都恰不下", "以前这条溪水是清亮的，现在都臭了", None]),
    )


def t_garbage(rng):
    full, sh = _place(rng, 0.55)
    core = "%s垃圾%s" % (
        full,
        _p(
            rng,
            [
                "好几天冇人清运，臭气熏天",
                "桶满了溢出来",
                "站选址离住户太近",
                "车每天早上五点来，吵人",
                "堆在路边，招苍蝇老鼠",
            ],
        ),
    )
    return M(core, "要求及时清运", sh + "垃圾问题", "县城管局", "环境卫生")


def t_traffic(rng):
    sp = _spot(rng)
    v = rng.random()
    if v < 0.3:
        core = "%s%s" % (
            sp,
            _p(
                rng,
                [
                    "红绿灯坏了",
                    "红绿灯时间太短，老人过不完马路",
                    "经常有车乱停，堵死了",
                    "上下学时段堵得厉害，没有交警",
                ],
            ),
        )
        return M(core, "要求处理", sp + "交通问题", "县公安局交警大队", "交通管理")
    if v < 0.55:
        core = "县城%d路公交车%s" % (
            rng.randint(1, 6),
            _p(rng, ["经常不按时发车", "司机开车玩手机", "到站不停", "车上太挤，空调不开"]),
        )
        return M(core, "要求公交公司整改", "公交服务问题", "县交通运输局", "交通管理")
    if v < 0.75:
        core = "其在%s打出租车，车牌%s的司机%s" % (
            sp,
            _plate(rng),
            _p(rng, ["拒载", "不打表乱收费", "绕路", "态度恶劣"]),
        )
        return M(core, "要求查处", "出租车问题", "县交通运输局", "交通管理")
    core = "%s%s" % (sp, _p(rng, ["有人骑摩托车飙车", "渣土车撒了一路的泥", "三轮车逆行", "大货车半夜轰油门"]))
    return M(core, "要求加强管理", sp + "交通秩序问题", "县公安局交警大队", "交通管理")


def t_housing(rng):
    full, sh = _urban(rng, False)
    core = _p(
        rng,
        [
            "其在%s买的房子，交房%s还办不了不动产证" % (full, _p(rng, WHEN_LONG)),
            "%s开发商延期交房，也不给说法" % full,
            "其住的%s是危房，墙体开裂" % full,
            "其是%s的搬迁户，房子门窗质量很差" % full,
            "其家申请农村危房改造%s没有结果" % _p(rng, WHEN_LONG),
            "%s的公租房分配不公平" % full,
        ],
    )
    return M(core, "要求相关部门督促处理", sh + "住房问题", "县住建局", "住房")


def t_hospital(rng):
    h = _p(rng, HOSPITALS + ["%s卫生院" % _p(rng, TOWNS)])
    core = "其在%s%s" % (
        h,
        _p(
            rng,
            [
                "看病排队太久，挂号窗口只开一个",
                "被多收了检查费",
                "医生态度不好，问两句就不耐烦",
                "住院时护士打针打错了",
                "做B超要等一个星期",
                "停车收费太贵",
            ],
        ),
    )
    return M(core, "要求医院整改", h + "服务问题", "县卫健委", "医疗卫生")


def t_market(rng):
    sp = _spot(rng)
    core = "%s%s" % (
        sp,
        _p(
            rng,
            [
                "流动摊贩占道经营，人都过不去",
                "门面把东西摆到人行道上",
                "早上卖菜的把路堵死了",
                "夜市收摊后一地垃圾",
                "有人在路边杀鸡宰鸭",
            ],
        ),
    )
    return M(core, "要求城管处理", sp + "占道经营问题", "县城管局", "市容管理")


def t_animal(rng):
    v = rng.random()
    if v < 0.45:
        full, sh = _rural(rng)
        core = "%s野猪%s" % (
            full,
            _p(rng, ["把红薯、玉米都拱完了", "晚上下山糟蹋庄稼", "把刚插的秧踩烂了", "成群结队，老人不敢上山"]),
        )
        return M(
            core,
            "请求林业部门想办法",
            sh + "野猪毁庄稼",
            "县林业局",
            "农业林业",
            _p(rng, ["辛辛苦苦种的一季都冇得了", "打又不准打，我们哪门办嘛", None]),
        )
    full, sh = _urban(rng, False)
    core = "%s%s" % (
        full,
        _p(rng, ["有好几条流浪狗，咬伤过小孩", "有人遛狗不牵绳", "楼下有人养鸡鸭，臭得很", "有家养的狗天天半夜叫"]),
    )
    return M(core, "要求处理", sh + "犬只问题", "县公安局", "社会治安")


def t_telecom(rng):
    full, sh = _rural(rng, False)
    core = "%s%s" % (
        full,
        _p(
            rng,
            [
                "手机信号很差，打电话要爬到山坡上",
                "宽带装了三个月还没通",
                "移动信号塔坏了",
                "网络经常断，伢儿上网课都上不了",
            ],
        ),
    )
    return M(core, "希望运营商解决", sh + "通信信号问题", "县工信局", "通信")


def t_gas(rng):
    full, sh = _urban(rng)
    core = "%s%s" % (
        full,
        _p(rng, ["燃气公司安装费收得太高", "燃气表走得飞快", "燃气停了一天没通知", "液化气店送的气罐缺斤少两"]),
    )
    return M(core, "要求核查", sh + "燃气问题", "县住建局", "燃气")


def t_assist(rng):
    core = _p(
        rng,
        [
            "其家%s，申请低保被拒" % _p(rng, ["男人瘫痪在床", "两个小孩读书，老人有病", "房子被水冲了"]),
            "其是残疾人，申请的残疾人两项补贴一直没批",
            "其家失火后申请临时救助没有下文",
            "其是独居老人，申请特困供养不晓得找哪个",
            "其孙子是孤儿，想问有没有补助",
        ],
    )
    return M(
        core, "请求帮助", "困难救助问题", "县民政局", "社会救助", _p(rng, ["我们屋里真的是冇得办法了", None, None])
    )


def t_hukou(rng):
    core = _p(
        rng,
        [
            "其孩子上户口，派出所要的材料太多",
            "其身份证过期补办，要跑回老家%s" % _p(rng, TOWNS),
            "其户口迁移证明开不出来",
            "其老人户籍信息名字写错了，改不了",
            "其居住证办理了一个多月还没拿到",
        ],
    )
    return M(core, "要求解答", "户籍问题", "县公安局", "户籍证件")


def t_neighbor(rng):
    if rng.random() < 0.6:
        full, sh = _urban(rng)
        dept = _p(rng, COMMUNITIES)
    else:
        full, sh, town = _rural3(rng)
        dept = town + "政府"
    core = "%s%s" % (
        full,
        _p(
            rng,
            [
                "楼上住户漏水到其家，对方不肯修",
                "邻居把排水沟堵了，水流到其家",
                "邻居建房挡住其家采光",
                "邻居在公共通道上砌墙",
                "邻居家的竹子长到其家房顶上",
            ],
        ),
    )
    return M(core, "请求调解", sh + "邻里纠纷", dept, "矛盾纠纷")


def t_forest(rng):
    full, sh = _rural(rng)
    core = "%s%s" % (
        full,
        _p(rng, ["有人偷砍杉木", "后山有人烧山开荒", "有人挖野生兰花卖", "林地被人挖了种药材", "公益林补偿款没发"]),
    )
    return M(core, "要求林业部门查处", sh + "林业问题", "县林业局", "农业林业")


def t_drain(rng):
    full, sh = _place(rng, 0.55)
    core = "%s%s" % (
        full,
        _p(
            rng,
            [
                "一落大雨就淹水，水都进屋了",
                "下水道堵了，污水冒到路上",
                "排水沟被填了，雨水往屋里灌",
                "门口的涵洞堵死了",
                "河堤有一段被冲垮了",
            ],
        ),
    )
    return M(
        core,
        "请求尽快疏通处理",
        sh + "排水问题",
        _p(rng, ["县住建局", "县水利局"]),
        "排水防汛",
        _p(rng, ["屋里一楼全是泥巴水", "昨晚上一夜没敢睡", None]),
    )


def t_suggest(rng):
    core = _p(
        rng,
        [
            "建议在%s设置斑马线" % _spot(rng),
            "建议开通县城到%s的公交" % _p(rng, TOWNS),
            "建议在%s增设公共厕所" % _p(rng, LANDMARKS),
            "建议%s延长开放时间" % _p(rng, ["县图书馆", "县体育馆", "政务服务中心"]),
            "建议在%s多装几个充电桩" % _p(rng, COMPOUNDS),
            "建议县里搞个黄金茶集中收购点，茶农卖茶太难",
            "建议在峒河边上修个护栏，太危险了",
        ],
    )
    return M(core, "希望采纳", "建议", _p(rng, ["县住建局", "县交通运输局", "县文旅局", "县农业农村局"]), "意见建议")


def t_food(rng):
    core = "%s%s" % (
        _p(rng, ROADS),
        _p(
            rng,
            [
                "一家米粉店后厨很脏，有老鼠",
                "有家餐馆用地沟油",
                "学校门口的小卖部卖三无零食",
                "卤菜店没有健康证",
                "夜宵摊卖的小龙虾吃了拉肚子",
            ],
        ),
    )
    return M(core, "要求查处", "食品安全问题", "县市场监管局", "食品安全")


def t_business(rng):
    core = _p(
        rng,
        [
            "其办营业执照在网上提交了好几次都被退回",
            "其小店被要求补交税款，不清楚依据",
            "其申请的创业贷款一直没有批下来",
            "其开的农家乐办理卫生许可证很难",
            "其是个体户，发票开不出来",
        ],
    )
    return M(core, "要求解答", "办事问题", _p(rng, ["县市场监管局", "县税务局", "县人社局"]), "营商环境")


def t_agri(rng):
    full, sh = _rural(rng)
    core = "%s%s" % (
        full,
        _p(
            rng,
            [
                "的黄金茶今年收购价压得太低，茶农亏本",
                "水田灌溉渠垮了，秧田没有水",
                "的猕猴桃得了溃疡病，请求派技术人员指导",
                "的生猪养殖补贴申请没有批",
                "的山塘漏水，担心垮坝",
                "有人在水渠上游截水，下游田里没水",
            ],
        ),
    )
    return M(
        core,
        "请求帮助解决",
        sh + "农业问题",
        _p(rng, ["县农业农村局", "县水利局"]),
        "农业林业",
        _p(rng, ["我们一年就靠这点收入", None]),
    )


def t_relocation(rng):
    core = "幸福家园安置区%s" % _p(
        rng,
        [
            "的搬迁户找不到工作，扶贫车间关了",
            "的楼道灯坏了好久",
            "门口没有红绿灯，老人过马路危险",
            "的房子墙面开裂",
            "水电费比原来在村里高很多，负担不起",
            "的小孩上学要走很远",
        ],
    )
    return M(core, "希望政府帮忙", "安置区问题", "县乡村振兴局", "易地搬迁")


def t_ebike(rng):
    core = _p(
        rng,
        [
            "其电动车上牌被要求换车",
            "其电动车被交警扣了，不知道去哪里取",
            "其买的电动车是超标车，商家说能上牌",
            "其在%s停电动车被贴罚单" % _spot(rng),
        ],
    )
    return M(core, "要求解答", "电动车问题", "县公安局交警大队", "交通管理")


TOPICS = [
    (t_water, 7.0, 1.6),
    (t_power, 7.0, 3.0),
    (t_road, 7.0, 3.0),
    (t_light, 3.0, 1.0),
    (t_noise_cons, 4.0, 0.6),
    (t_noise_life, 5.0, 0.5),
    (t_property, 7.0, 1.2),
    (t_wages, 6.0, 1.0),
    (t_social, 4.0, 1.0),
    (t_medins, 4.0, 1.0),
    (t_pension, 3.0, 1.0),
    (t_land, 4.0, 1.0),
    (t_village, 4.0, 1.0),
    (t_school, 4.0, 1.0),
    (t_consumer, 6.0, 1.0),
    (t_env, 5.0, 1.0),
    (t_garbage, 3.0, 1.0),
    (t_traffic, 4.0, 1.0),
    (t_housing, 4.0, 1.2),
    (t_hospital, 3.0, 1.0),
    (t_market, 3.0, 0.7),
    (t_animal, 3.0, 1.0),
    (t_telecom, 2.0, 1.5),
    (t_gas, 1.5, 1.0),
    (t_assist, 3.0, 1.0),
    (t_hukou, 2.0, 1.0),
    (t_neighbor, 3.0, 1.2),
    (t_forest, 1.5, 1.0),
    (t_drain, 3.0, 4.0),
    (t_suggest, 2.0, 0.8),
    (t_food, 2.0, 1.0),
    (t_business, 1.5, 1.0),
    (t_agri, 2.0, 1.3),
    (t_relocation, 2.0, 1.0),
    (t_ebike, 1.0, 1.0),
]
_TOPIC_F = [t[0] for t in TOPICS]


def _cum(ws):
    out, s = [], 0.0
    for w in ws:
        s += w
        out.append(s)
    return out


_TOPIC_CW = _cum([t[1] for t in TOPICS])
_TOPIC_CW_STORM = _cum([t[1] * t[2] for t in TOPICS])

EXTRAS = [
    "{s}称已多次向社区反映未果",
    "{s}称之前打过物业电话，物业推诿",
    "{s}表示如不处理将向上级反映",
    "{s}希望不要透露其个人信息",
    "{s}要求保密",
    "{s}不愿留姓名",
    "{s}要求工作人员到现场查看",
    "{s}称家中有老人小孩",
    "{s}称已拍照留存",
    "{s}称找过村里，村里叫打12345",
    "{s}称此事已经拖了很久",
    "{s}情绪较急",
    "{s}称周边住户都有同样的问题",
    "{s}称{d}的电话打不通",
    "{s}称上次反映后有人来看过但没解决",
]


def _matter(rng, storm=False):
    f = rng.choices(_TOPIC_F, cum_weights=_TOPIC_CW_STORM if storm else _TOPIC_CW)[0]
    m = f(rng)
    m["name"] = _name(rng)
    return m


def _compose(rng, ag, m, s=None, lead="", tail="", quote_p=None, force_full=False, own_opener=False):
    """Write a genuine matter as this call-taker would."""
    s = s or _subj(rng, ag)
    qp = ag["quote"] if quote_p is None else quote_p
    if ag["structured"] and not force_full and rng.random() < 0.8:
        sep = _p(rng, ["；", "\n", " ", "；"])
        parts = []
        if rng.random() < 0.7:
            parts.append("诉求人：" + (m["name"] if rng.random() < 0.8 else "匿名"))
        if rng.random() < 0.5:
            parts.append("联系电话：" + _p(rng, ["同来电号码", "同来电", "本机"]))
        parts.append("诉求内容：" + lead + m["core"] + "，" + m["demand"] + "。" + tail)
        if rng.random() < 0.5:
            parts[-1] = parts[-1].rstrip("。")
        if rng.random() < 0.5:
            parts.append("诉求类型：" + _p(rng, ["投诉", "求助", "咨询", "举报", "意见建议"]))
        if rng.random() < 0.4:
            parts.append("承办单位：" + m["dept"])
        return sep.join(parts)
    if not force_full and rng.random() < ag["terse"]:
        return lead + m["short"] + _p(rng, ["，请处理", "，请核实", "。", "", "，要求解决", "，转办"]) + tail
    out = []
    if ag["tag"] and rng.random() < 0.7:
        out.append("【%s】" % m["cat"])
    if not own_opener:
        op = ag["opener"] if rng.random() < 0.8 else _p(rng, OPENERS)
        out.append(op.format(s=s))
    out.append(lead)
    out.append(m["core"])
    q = m.get("quote")
    if q and rng.random() < qp:
        out.append("。%s称：“%s”" % (s, q) if rng.random() < 0.6 else "，%s讲“%s”" % (s, q))
        out.append("。" + m["demand"] + "。")
    else:
        out.append("，" + m["demand"] + "。")
    if rng.random() < ag["verbose"] * 0.5:
        out.append(_p(rng, EXTRAS).format(s=s, d=m["dept"]) + "。")
    out.append(tail)
    out.append(_closer(rng, ag, s, m["dept"]))
    return "".join(out)


# =====================================================================
# Genuine special kinds
# =====================================================================
OFFICES = [
    "县社保局",
    "县医保局",
    "不动产登记中心",
    "县政务服务中心",
    "县人民医院",
    "县民族中医院",
    "县公安局出入境窗口",
    "县车管所",
    "县住房公积金中心",
    "县税务局办税大厅",
    "县婚姻登记处",
    "县自来水公司",
    "供电营业厅",
    "县教育局",
    "县劳动监察大队",
    "县残联",
    "县退役军人事务局",
    "县图书馆",
    "县疾控中心",
    "县法律援助中心",
    "县人武部",
    "县档案馆",
]
POLICIES = [
    "城乡居民医保缴费标准",
    "高龄津贴申领条件",
    "灵活就业人员社保缴纳",
    "新生儿上户口",
    "异地就医备案",
    "公积金提取",
    "二手房过户税费",
    "驾照到期换证",
    "残疾证办理",
    "低保申请条件",
    "退役军人优待证",
    "农村危房改造补助",
    "养老待遇资格认证",
    "义务教育招生报名时间",
    "高考成绩查询时间",
    "电动车上牌",
    "营业执照办理",
    "耕地地力保护补贴发放时间",
    "猕猴桃种植补贴",
    "生猪养殖补贴",
    "高考志愿填报时间",
    "新冠疫苗接种",  # old-fashioned question, still asked
    "结婚登记预约",
    "身份证异地办理",
    "护照办理",
]


def g_consult(rng, ag):
    s = _subj(rng, ag)
    o = _p(rng, OFFICES)
    if rng.random() < 0.2:
        o = _p(rng, TOWNS) + _p(rng, ["政府", "派出所", "卫生院", "社保站"])
    pol = _p(rng, POLICIES)
    return _p(
        rng,
        [
            "%s咨询%s电话，已告知。" % (s, o),
            "%s咨询%s上班时间，已答复。" % (s, o),
            "咨询%s，已解答。" % pol,
            "%s询问%s在哪里，已告知地址。" % (s, o),
            "%s咨询办理%s需要带么子材料，已告知。" % (s, pol),
            "查询%s号码（已告知）" % o,
            "%s咨询%s，已转接%s。" % (s, pol, o),
            "%s问今天%s上不上班，已告知。" % (s, o),
            "咨询，已答复",
            "%s咨询%s" % (s, pol),
            "%s电话" % o,
            "咨询%s电话 已告知" % o,
            "%s咨询%s，话务员已按知识库解答，%s表示清楚。" % (s, pol, s),
            "%s问%s几点下班，已告知。" % (s, o),
            "%s咨询%s，已告知拨打相关部门电话咨询。" % (s, pol),
        ],
    )


def g_wrong_hotline(rng, ag):
    s = _subj(rng, ag)
    return _p(
        rng,
        [
            "%s要报警，已告知拨打110。" % s,
            "%s称家里老人晕倒了，已告知拨打120并转接。" % s,
            "%s想查话费，告知拨打运营商客服。" % s,
            "%s咨询快递进度，已告知联系快递公司。" % s,
            "%s以为是供电公司电话，已告知拨打95598。" % s,
            "%s要举报电信诈骗，已告知拨打96110。" % s,
            "%s要找银行客服，已告知。" % s,
            "%s称要找%s的医生，已告知医院电话。" % (s, _p(rng, HOSPITALS)),
            "%s要火车票退票，已告知12306。" % s,
            "%s称要找法院，已告知拨打12368。" % s,
            "非本热线受理范围，已告知%s拨打相关电话。" % s,
            "%s要订车票，不属于受理范围，已解释。" % s,
        ],
    )


def g_misdial(rng, ag):
    s = _subj(rng, ag)
    return _p(
        rng,
        [
            "打错电话",
            "%s称打错了。" % s,
            "%s本想打给其%s，按错号码。" % (s, _p(rng, ["女儿", "儿子", "老伴", "侄儿", "老板"])),
            "%s以为是%s的订餐电话，得知是政务热线后道歉挂断。" % (s, _p(rng, ["酸汤鱼馆", "米粉店", "农家乐"])),
            "误拨",
            "%s称拨错号码，无诉求。" % s,
            "%s：“不好意思打错了”" % s,
            "拨错",
            "",
            "%s称孙子帮他存的号码存错了。" % s,
        ],
    )


def g_thanks(rng, ag, m=None):
    s = _subj(rng, ag)
    m = m or _matter(rng)
    return _p(
        rng,
        [
            "%s来电表示感谢，其之前反映的%s已经处理好了，感谢%s。" % (s, m["short"], m["dept"]),
            "表扬：%s表扬%s工作人员%s耐心帮其办理业务。" % (s, _p(rng, TOWNS + OFFICES), _p(rng, SURNAMES) + "某某"),
            "%s专门打电话来讲谢谢，称%s解决了，“你们这个电话还是有用的”。" % (s, m["short"]),
            "%s感谢12345，其反映的%s已解决。" % (s, m["short"]),
            "%s来电致谢（%s）。" % (s, m["short"]),
            "%s表扬%s，%s" % (s, _p(rng, HOSPITALS + SCHOOLS), _p(rng, ["医生很负责", "老师很好", "服务态度好"])),
        ],
    )


NIGHT_EMERG = [
    "{p}停电了，家里老人要用制氧机，请求尽快抢修",
    "{p}自来水管爆了，水冒得好大，流进屋里了",
    "{p}后山有山体滑坡的迹象，一直在掉石头，担心房屋安全（已同步转应急管理局）",
    "{p}有人被困在电梯里（已转119）",
    "{p}闻到燃气味，已建议开窗并拨打119，同步转燃气公司",
    "{p}河水涨起来了，有几户需要转移（已转乡镇值班室）",
    "{p}旁边有房子着火了（已告知拨打119）",
    "{p}下水道冒水，一楼住户进水了",
    "{p}有变压器着火冒烟",
    "{p}楼上住户家里一直在吵架打架，听到有人喊救命（已转110）",
    "{p}路边电线断了掉在地上，还在冒火花",
    "{p}屋里小孩高烧，村卫生室没人，问哪里能看急诊（已告知拨打120）",
]


def g_night_emergency(rng, ag):
    s = _subj(rng, ag)
    full, sh = _place(rng, 0.55)
    core = _p(rng, NIGHT_EMERG).format(p=full)
    return _p(
        rng,
        [
            "%s反映：%s，情况紧急。" % (s, core),
            "%s深夜来电，%s。请尽快处理！" % (s, core),
            "【紧急】%s反映%s。" % (s, core),
            "%s来电称%s，要求马上派人。" % (s, core),
        ],
    )


def g_night_distress(rng, ag):
    s = _subj(rng, ag)
    full, sh = _place(rng, 0.6)
    return _p(
        rng,
        [
            "%s深夜来电，情绪低落，称与%s吵架后想不开，话务员安抚并告知心理援助热线，已转110协助。"
            % (s, _p(rng, ["丈夫", "妻子", "父母", "儿子"])),
            "%s称其丈夫酒后打她，她躲在外面不敢回屋，现在%s附近（已转110）。" % (s, full),
            "%s称儿子在外地务工三天联系不上，心里着急，请求帮助（已建议报警）。" % s,
            "%s为独居老人，称身体不舒服，胸口闷，屋里冇得人，话务员已帮其联系120并通知%s。"
            % (s, _p(rng, COMMUNITIES + TOWNS)),
            "%s称被人追债，对方扬言要上门，很害怕，已告知拨打110。" % s,
        ],
    )


INSULT_REPORTS = [
    "{s}反映其在{mk}买菜时与摊主发生争执，摊主骂其“{c}”，要求市场监管部门处理",
    "{s}反映{cp}物业管家对其说“交不起物业费就莫住这里，穷鬼”，态度恶劣，要求物业公司道歉",
    "{s}称{v}村干部在微信群里骂其“刁民”“{c}”，要求乡政府调查",
    "{s}反映城管执法人员在{sp}对其讲“你算个么子东西”，要求处理",
    "{s}反映邻居天天在其门口指桑骂槐，骂“{c}”“{c2}”，已经一个多月了，要求社区调解",
    "{s}反映{n}路公交司机辱骂乘客“{c}”，要求公交公司处理",
    "{s}称在{h}看病时，收费员对其讲“你耳朵聋了啊，讲了好多遍”，要求医院处理",
    "{s}反映其孩子在{sc}被老师骂“{k}”，要求教育局调查",
    "{s}反映有人在抖音上发视频骂其“{c}”，造谣其偷东西，要求处理",
    "{s}称在{o}办事，工作人员不耐烦，讲“你们乡里人就是麻烦”，要求处理",
    "{s}反映出租车司机拒载，还骂了一句“{c}”，车牌{pl}，要求处理",
    "{s}反映其在{sp}被一男子无故辱骂，对方称其“{c}”，还推了她一下（已建议报警）",
    "{s}称包工头不但不给工钱，还骂他们“{c}”，叫他们“滚回乡里去”",
    "{s}称其打电话给{o}，对方接电话的人讲“你烦不烦，莫打了”就挂了",
    "{s}反映{v}有人在村广播里点名辱骂其家，称其家“{c2}”",
]


def g_reports_insult(rng, ag):
    s = _subj(rng, ag)
    t = _p(rng, INSULT_REPORTS)
    c = _p(rng, CURSES)
    c2 = _p(rng, CURSES)
    txt = t.format(
        s=s,
        mk=_p(rng, MARKETS),
        c=c,
        c2=c2,
        cp=_p(rng, COMPOUNDS),
        v=_p(rng, TOWN_VILLAGES[_p(rng, TOWNS)]),
        sp=_spot(rng),
        n=rng.randint(1, 6),
        h=_p(rng, HOSPITALS),
        sc=_p(rng, SCHOOLS),
        k=_p(rng, KID_INSULTS),
        o=_p(rng, OFFICES),
        pl=_plate(rng),
    )
    if rng.random() < 0.35:  # call-taker masks the quoted abuse
        txt = txt.replace(c, _sw(rng, ag, c)).replace(c2, _sw(rng, ag, c2))
    return txt + _p(rng, ["。", "。请相关部门处理。", "。请核实处理。", "", "。"])


def g_angry(rng, ag, m=None):
    s = _subj(rng, ag)
    m = m or _matter(rng)
    c = _sw(rng, ag, _p(rng, CURSES))
    g = _p(rng, GOV_CONTEMPT)
    sar = _p(rng, SARCASM)
    return _p(
        rng,
        [
            "%s情绪非常激动，骂“%s”，反映%s，%s。" % (s, c, m["core"], m["demand"]),
            "%s开口就骂“%s”，经安抚后反映：%s。%s" % (s, g, m["core"], _closer(rng, ag, s, m["dept"])),
            "%s称“%s”，反映%s，要求马上处理，否则就去州里上访。" % (s, sar, m["core"]),
            "%s反映%s，讲话中多次爆粗口（%s），称打了好多次电话都冇得用。" % (s, m["core"], c),
            "%s称“老子打了八遍了，你们这些%s，到底管不管”，反映%s。" % (s, c, m["short"]),
            "%s反映：%s。%s态度恶劣，辱骂话务员“%s”，经劝导后说明诉求：%s。" % (s, m["core"], s, c, m["demand"]),
            "%s情绪激动，大声吼叫，称“%s”。反映%s，%s。" % (s, g, m["core"], m["demand"]),
        ],
    )


NOISY = [
    "赶场的集市上",
    "工地上",
    "班车上",
    "马路边",
    "酒席上",
    "广场舞旁边",
    "火车站",
    "厂里车间",
    "医院走廊",
    "KTV门口",
    "菜市场",
    "高速服务区",
]


def _lead_compose(rng, ag, m, s, leads):
    """leads: list of (text, replaces_opener)."""
    text, own = _p(rng, leads)
    return _compose(rng, ag, m, s=s, lead=text, force_full=True, own_opener=own)


def g_noisy(rng, ag, m):
    s = _subj(rng, ag)
    pl = _p(rng, NOISY)
    return _lead_compose(
        rng,
        ag,
        m,
        s,
        [
            ("（%s在%s，背景嘈杂）" % (s, pl), False),
            ("%s在%s打的电话，声音嘈杂，经多次确认，反映" % (s, pl), True),
            ("背景声音大，听不太清，", False),
            ("（噪音大）", False),
            ("%s所处环境嘈杂，断断续续听清其反映：" % s, True),
            ("%s在%s，大声喊着讲，反映" % (s, pl), True),
            ("（电话那头很吵，%s在%s）" % (s, pl), False),
        ],
    )


def g_proxy(rng, ag, m):
    s = _subj(rng, ag)
    rel = _p(rng, ["父亲", "母亲", "爷爷", "奶奶", "舅舅", "姨妈", "邻居", "亲戚", "同事"])
    return _lead_compose(
        rng,
        ag,
        m,
        s,
        [
            ("%s替其%s反映，" % (s, rel), True),
            ("%s为在外务工人员，替老家%s反映，" % (s, rel), True),
            ("%s代邻居（老人不会用手机）反映，" % s, True),
            ("%s是村里网格员，代村民反映：" % s, True),
            ("%s受%s委托来电，反映" % (s, rel), True),
            ("%s帮朋友反映：" % s, True),
            ("（代%s反映）" % rel, False),
            ("（%s为其%s代为来电）" % (s, rel), False),
        ],
    )


def g_silent_then(rng, ag, m):
    s = _subj(rng, ag)
    return _lead_compose(
        rng,
        ag,
        m,
        s,
        [
            ("%s接通后约%d秒未说话，经话务员多次询问后才开口，反映" % (s, rng.randint(8, 40)), True),
            ("来电开始无声，后%s（老人）讲话，反映：" % s, True),
            ("（前面无声，后来才讲话）", False),
            ("%s开始不出声，以为没打通，后称" % s, True),
            ("（接通后半天才讲话）", False),
        ],
    )


def g_dialect(rng, ag, m):
    s = _subj(rng, ag)
    return _lead_compose(
        rng,
        ag,
        m,
        s,
        [
            ("%s方言口音较重（疑似讲苗话），沟通困难，经反复确认，大致反映：" % s, True),
            ("%s讲土话，话务员听不太懂，由其孙子接过电话说明：" % s, True),
            ("（口音重，听不太清）", False),
            ("%s普通话不好，沟通较困难，反映" % s, True),
            ("%s讲土家话夹杂方言，经多次确认，" % s, True),
        ],
    )


DROPPED_FIRST = [
    "通话中断",
    "来电人讲到一半通话中断",
    "信号不好，断线，未听清诉求",
    "来电人刚报完地址电话就断了",
    "通话中断（回拨未接通）",
    "来电人在讲述时断线",
    "",
    "电话断了",
    "信号差，掉线",
    "来电人说了一句“我要反映个事”就断了",
]


def g_followup(rng, ag, m, k, tk, first_date, angry):
    s = _subj(rng, ag)
    d = "%d月%d日" % (first_date.month, first_date.day)
    base = [
        "%s再次来电反映%s（原工单号%s），称至今无人处理，要求尽快解决。" % (s, m["short"], tk),
        "%s催办：%s反映的%s，到现在还没有答复。" % (s, d, m["short"]),
        "%s称已经是第%d次打电话了，%s一直冇解决。" % (s, k + 1, m["short"]),
        "%s来电询问%s的办理进度，要求承办单位回电。" % (s, m["short"]),
        "%s对%s的答复不满意，称%s，要求重新处理%s。"
        % (
            s,
            m["dept"],
            _p(rng, ["根本没人来现场", "答复是敷衍", "讲的跟事实不符", "打电话来讲了两句就挂了"]),
            m["short"],
        ),
        "重复来电：%s，同%s。" % (m["short"], tk),
        "%s反映%s，称上午打过电话，到现在还没人来，又打来催。" % (s, m["short"]),
        "%s补充反映：%s，%s"
        % (s, m["short"], _p(rng, ["情况比之前更严重了", "现在已经影响到隔壁几户", "承办单位来过一次就再没来了"])),
        "催单 %s %s" % (tk, m["short"]),
        "%s第%d次来电，反映的问题同前（%s）。" % (s, k + 1, m["short"]),
    ]
    txt = _p(rng, base)
    if angry and rng.random() < 0.5:
        txt += _p(
            rng,
            [
                "%s情绪激动，骂“%s”，称再不解决就去州里上访。" % (s, _sw(rng, ag, _p(rng, CURSES))),
                "%s称“%s”。" % (s, _p(rng, SARCASM)),
                "%s很生气，讲“你们这些%s”。" % (s, _sw(rng, ag, _p(rng, CURSES + GOV_CONTEMPT))),
            ],
        )
    return txt


def g_elderly(rng, ag, m, k, q):
    s = _subj(rng, ag)
    age = rng.randint(72, 93)
    if k == 0:
        return _p(
            rng,
            [
                "%s为%d岁老人，反映%s，反复讲述，话务员解释多次后仍重复询问%s。" % (s, age, m["core"], q),
                "%s（老人，耳背）反映%s，讲话重复，话务员已耐心解答。" % (s, m["core"]),
                "%s老人家，讲了很久，主要是%s，询问%s。" % (s, m["core"], q),
            ],
        )
    return _p(
        rng,
        [
            "%s（老人）又打来问%s，已再次解释。" % (s, q),
            "老人第%d次来电，讲的同前，问%s。" % (k + 1, q),
            "%s再次来电，内容同前（%s），反复讲述，已解释。" % (s, m["short"]),
            "%s老人又来电，问“%s”，话务员再次解答。" % (s, q),
        ],
    )


# =====================================================================
# Nuisance content
# =====================================================================
BG_SOUNDS = [
    "能听到电视声音",
    "背景有小孩哭闹声",
    "有呼吸声",
    "能听到打麻将的声音",
    "背景有车辆声音",
    "有风声",
    "有狗叫声",
    "背景有人讲话但不是对着电话",
    "有音乐声",
    "有水流声",
    "有鸡叫声",
    "有窸窸窣窣的声音",
    "背景很吵像在喝酒",
    "有人在笑",
]


def n_silent(rng, ag, secs):
    if rng.random() < ag["empty_nuis"]:
        return _p(rng, ["", "", "无", "。", "-", "/"])
    t = ag["silent"] if rng.random() < 0.7 else _p(rng, SILENT_FAV)
    if rng.random() < ag["bg_note"]:
        t += "，" + _p(rng, BG_SOUNDS)
    r = rng.random()
    if r < 0.15:
        t += "，约%d秒后挂断" % secs
    elif r < 0.25:
        t += "，话务员挂机"
    elif r < 0.32:
        t += _p(rng, ["，疑似误拨", "，已提醒后挂机", "，回拨无人接"])
    t = _note(rng, ag, t)
    return ag["invalid_tag"] + t if rng.random() < 0.4 else t


def n_hangup(rng, ag):
    if rng.random() < ag["empty_nuis"] * 1.5:
        return ""
    t = ag["hangup"] if rng.random() < 0.7 else _p(rng, HANGUP_FAV)
    return _note(rng, ag, t)


def n_abuse(rng, ag):
    s = _subj(rng, ag)
    c = _sw(rng, ag, _p(rng, CURSES))
    c2 = _sw(rng, ag, _p(rng, CURSES))
    g = _p(rng, GOV_CONTEMPT)
    ct = _p(rng, CALLTAKER_CONTEMPT)
    sar = _p(rng, SARCASM)
    t = _p(
        rng,
        [
            "%s接通后即辱骂话务员，无具体诉求。" % s,
            "%s辱骂话务员“%s”，询问其诉求，拒不回答后挂断。" % (s, c),
            "%s称“%s”，无具体诉求，话务员解释后继续谩骂。" % (s, g),
            "%s言语粗俗，辱骂政府工作人员，无实际诉求。" % s,
            "%s阴阳怪气地讲“%s”，问其有么子事，称冇得事，就是想骂你们。" % (s, sar),
            "%s用方言骂人（%s），未提出任何诉求。" % (s, c),
            "来电骂人，无诉求",
            "恶意来电，辱骂话务员。",
            "%s对话务员进行人身攻击，称“%s”，无诉求。" % (s, ct),
            "%s：“%s，%s！”随后挂机。" % (s, c, g),
            "%s称打电话就是要骂人出气，骂完挂断（无诉求）" % s,
            "%s辱骂县领导，无具体事项，话务员劝导无效。" % s,
            "%s骂“%s”“%s”，话务员提醒文明用语后对方挂断。" % (s, c, c2),
            "%s询问话务员工号后称要投诉话务员，问其投诉何事，称“看你不顺眼”。" % s,
            "%s连续说脏话约%d分钟，无诉求。" % (s, rng.randint(1, 5)),
            "%s称“%s，%s”，问其反映什么，称“关你么子事”。" % (s, g, ct),
            "%s讲“%s”，然后一直冷笑，无诉求。" % (s, sar),
            "%s骂政府“%s”，骂话务员“%s”，无具体事项。" % (s, g, c),
            "%s称“%s”，话务员请其说明诉求，对方说“说了你们也办不了，老子就是骂你”。" % (s, ct),
            "%s讲“你们政府的人都是%s”，无诉求。" % (s, c),
            "%s：辱骂。" % s,
            "辱骂",
            "骂人（无诉求）",
            "%s咒话务员“%s”，无诉求后挂机" % (s, _p(rng, ["不得好死", "出门被车撞", "屋里死绝", "生崽冇屁眼"])),
        ],
    )
    if rng.random() < 0.3:
        t = ag["invalid_tag"] + t
    return t


NIGHT_STORIES = [
    "在广东打工",
    "当兵",
    "在矿上挖煤",
    "在镇上当赤脚医生",
    "跑长途货车",
    "在林场砍树",
    "年轻时唱山歌",
    "给人家抬轿子",
    "在生产队放牛",
]


def n_night_chat(rng, ag):
    s = _subj(rng, ag)
    return _p(
        rng,
        [
            "%s称晚上睡不着，想找人讲讲话，无具体诉求，话务员劝其早点休息。" % s,
            "%s要求话务员陪其聊天，询问话务员多大年纪、是哪里人、结婚冇。" % s,
            "%s讲述其年轻时%s的经历，持续约%d分钟，无诉求。" % (s, _p(rng, NIGHT_STORIES), rng.randint(5, 30)),
            "%s夜间来电闲聊，问话务员晚上上班怕不怕，困不困。" % s,
            "%s称一个人在屋里冇得意思，要话务员给他讲故事。" % s,
            "%s深夜来电，东拉西扯讲其家里的事，无具体诉求，经劝导后挂机。" % s,
            "%s问“你们晚上也有人接啊？那陪我扯下白话嘛”，无诉求。" % s,
            "%s又来电聊天（该号码多次夜间来电）。" % s,
            "%s讲其屋里的狗、猫、鸡，问话务员养没养，无诉求。" % s,
            "%s要话务员给他唱首山歌。" % s,
            "夜间闲聊，无诉求",
            "聊天",
            "%s问话务员“你们上夜班有没有宵夜恰”，闲扯，无诉求。" % s,
            "%s称想听话务员讲话，讲么子都可以，无诉求。" % s,
            "%s讲天气、讲电视剧，闲聊约%d分钟，无实际诉求。" % (s, rng.randint(5, 25)),
        ],
    )


def n_drunk(rng, ag):
    s = _subj(rng, ag)
    return _p(
        rng,
        [
            "%s醉酒，语无伦次，无法听清诉求。" % s,
            "%s酒后来电，大着舌头讲“我冇醉，我还能恰三斤”，无诉求。" % s,
            "%s疑似喝醉，要找县长喝酒。" % s,
            "%s酒后来电骂人，称“%s”，无具体事项。" % (s, _sw(rng, ag, _p(rng, CURSES))),
            "%s醉酒，问12345能不能派车接他回屋，称在%s。" % (s, _p(rng, LANDMARKS)),
            "%s喝多了，一直唱歌，无诉求。" % s,
            "%s醉酒后哭诉，讲话含糊，问其诉求讲不清楚，后挂机。" % s,
            "酒后来电，胡言乱语。",
            "醉酒来电",
            "%s（醉酒）" % s,
            "%s酒后称要举报“全县的干部”，问举报何事说不出来。" % s,
            "%s喝了酒，讲要跟话务员划拳。" % s,
            "%s满嘴酒话，称“%s”，无诉求。" % (s, _p(rng, GOV_CONTEMPT + SARCASM)),
            "%s酒后反复讲“你晓得我是哪个不”，无实际诉求。" % s,
        ],
    )


def n_prank(rng, ag):
    s = _subj(rng, ag)
    v = _p(rng, TOWN_VILLAGES[_p(rng, TOWNS)])
    return _p(
        rng,
        [
            "%s称其在%s后山看到飞碟降落，要政府派人去抓外星人，后大笑挂机。" % (s, v),
            "%s称其屋里的母猪会讲话了，要电视台来采访。" % s,
            "%s称峒河里有条龙，晚上出来喝水，要求派人去看。" % s,
            "%s自称是县委书记，要话务员马上汇报工作，后笑着挂断。" % s,
            "%s称自己是玉皇大帝派下来巡查的，要县长接电话。" % s,
            "%s称中了五百万彩票要捐给县政府，问把钱打到哪里，随后说是开玩笑。" % s,
            "%s讲了一个很长的故事，称其梦见%s要发大水，要政府提前搬迁全镇人，经询问称是做梦。" % (s, _p(rng, TOWNS)),
            "%s称赶尸的从其家门口过，把他屋里的鸡也赶走了，要求政府赔鸡。" % s,
            "%s问12345能不能送外卖，点一份酸汤鱼加一碗米饭，送到%s。" % (s, _p(rng, COMPOUNDS)),
            "%s要跟话务员结拜兄弟，问“要得不要得”。" % s,
            "%s称他是从2050年穿越回来的，要告诉政府一个秘密，后挂断。" % s,
            "%s长篇讲述三国故事，约%d分钟，无诉求。" % (s, rng.randint(5, 20)),
            "%s称要举报月亮太亮，影响其睡觉。" % s,
            "%s称他屋里的鸭子被邻居的鹅欺负了，要政府主持公道，说完大笑。" % s,
            "%s问话务员“一斤棉花和一斤铁哪个重”，随后挂断。" % s,
            "%s称在%s捡到一个宝贝，要政府出一百万收购，再问是么子宝贝，称是块石头。" % (s, _spot(rng)),
            "%s称自己会飞，要报名参加县里的运动会。" % s,
            "%s讲了一大串，称%s的风雨桥下面埋了金子，要政府去挖，挖到了分他一半。" % (s, v),
            "%s模仿领导讲话腔调，念了一段“重要讲话”，无诉求。" % s,
            "%s称其家的猫把老鼠抓完了，要求政府给猫发奖状。" % s,
            "%s称要申请去月球种猕猴桃，问找哪个部门。" % s,
            "恶作剧电话",
            "%s编故事，无实际诉求。" % s,
        ],
    )


def n_false(rng, ag):
    s = _subj(rng, ag)
    uf = _urban(rng)[0]
    rf = _rural(rng)[0]
    lm = _spot(rng)
    core = _p(
        rng,
        [
            "%s发生火灾，火很大" % _p(rng, [uf, rf]),
            "%s有人打架，有人被砍了" % lm,
            "%s有人跳楼" % uf,
            "%s山体滑坡埋了人" % rf,
            "%s发生食物中毒，很多学生送医院了" % _p(rng, SCHOOLS),
            "%s有人种罂粟" % rf,
            "%s有人在家聚众赌博" % _p(rng, [uf, rf]),
            "%s出车祸死了人" % lm,
            "%s政府门口有好多人闹事" % _p(rng, TOWNS),
            "%s的桥要垮了，车子还在过" % rf,
            "%s有人在卖枪" % lm,
            "%s的山塘坝子裂了，要垮了" % rf,
            "%s有人拐卖小孩" % lm,
            "%s燃气泄漏，整栋楼都是气味" % uf,
            "%s有人偷电缆" % lm,
        ],
    )
    t = _p(
        rng,
        [
            "%s反映%s，请求处理。" % (s, core),
            "%s称%s。" % (s, core),
            "%s举报：%s。" % (s, core),
            "%s反映%s，要求马上派人。" % (s, core),
        ],
    )
    r = rng.random()
    if r < 0.55:
        t += _p(
            rng,
            [
                "（经核实，无此情况，系虚假信息）",
                "（乡镇反馈：现场核实无此事）",
                "（询问具体位置时%s支支吾吾，随后挂断）" % s,
                "（回拨无人接听，经核实不实）",
                "%s说完笑着挂断。" % s,
                "（该号码多次虚假举报）",
                "（%s后承认是开玩笑）" % s,
                "（经派出所核实为虚假警情）",
                "（疑似报复邻居，经核实不实）",
            ],
        )
    return t


def n_flirt(rng, ag, target=None):
    s = _subj(rng, ag)
    tgt = target or "%d号" % rng.randint(1, 40)
    return _p(
        rng,
        [
            "%s询问话务员有没有男朋友，要其微信，被拒后继续纠缠。" % s,
            "%s言语轻佻，称“妹妹你声音好甜，陪哥哥讲下话嘛”。" % s,
            "%s要约话务员出来恰宵夜，话务员拒绝后对方说下流话（不予记录）。" % s,
            "%s点名要找“声音好听的那个妹子”，无诉求。" % s,
            "%s问话务员长么子样子、多高、多重，无诉求。" % s,
            "%s对话务员言语骚扰，内容低俗。" % s,
            "%s称喜欢话务员的声音，每天都要打来听一下。" % s,
            "%s要求话务员叫他一声“哥哥”才肯讲诉求，后无诉求。" % s,
            "%s询问%s话务员在不在班，要找她聊天。" % (s, tgt),
            "%s在电话里喘粗气，说下流话。" % s,
            "骚扰话务员",
            "%s调戏话务员。" % s,
            "性骚扰来电，已挂机。",
            "%s又来找%s话务员，称想她了。" % (s, tgt),
            "%s问话务员“你几点下班，我来接你”。" % s,
            "%s称要给话务员介绍男朋友，就是他自己。" % s,
        ],
    )


ROBO_ADS = [
    "您好，我们是XX金融平台，无需抵押，最快十分钟到账，按1了解详情",
    "您的快递因地址不详无法派送，请按9转人工服务",
    "尊敬的用户，您的医保卡存在异常，即将被冻结，请按1咨询",
    "恭喜您获得我公司周年庆典大礼包一份，请按1领取",
    "本地精装楼盘首付三万起，欢迎来电咨询",
    "新区开服，充值一百送一千",
    "您好，您的ETC已失效，请按1重新认证",
    "您好，这里是XX装修公司，现在预约送全屋设计",
    "您名下的信用卡有一笔待处理，请按0转人工",
    "喂，你好，喂，你好，喂，你好",
    "老板您好，需要发票吗，各类发票可代开",
]


def n_robocall(rng, ag):
    ad = _p(rng, ROBO_ADS)
    return _p(
        rng,
        [
            "来电为录音：“%s”" % ad,
            "自动语音来电，内容为%s，无人工。" % _p(rng, ["贷款广告", "楼盘广告", "游戏广告", "理财推广"]),
            "机器人外呼：“%s”，无法对话。" % ad,
            "录音电话，播放广告后挂断",
            "系统语音来电，疑似诈骗：“%s”" % ad,
            "语音播报，无人工",
            "录音",
            "来电为自动外呼语音，已挂机。",
            "（语音广告）",
            "来电播放音乐，无人讲话，疑似设备自动拨打。",
            "电话录音推销，内容：%s" % ad,
        ],
    )


TM_PRODUCTS = [
    "办公打印机耗材",
    "桶装水",
    "净水器",
    "企业贷款",
    "黄金茶礼盒",
    "POS机",
    "商业保险",
    "宽带套餐",
    "网站建设",
    "职称培训课程",
    "电话机器人系统",
    "绿植租摆",
    "LED显示屏",
    "保健品",
    "墓地",
    "办公桌椅",
    "空调清洗",
]


def n_telemkt(rng, ag):
    s = _subj(rng, ag)
    pr = _p(rng, TM_PRODUCTS)
    return _p(
        rng,
        [
            "%s自称%s业务员，推销%s，询问热线中心是否需要。"
            % (s, _p(rng, ["长沙某公司", "深圳某科技公司", "某广告公司", "本地某商行"]), pr),
            "%s推销%s，称可以给单位优惠，告知这里是政务热线后仍继续介绍。" % (s, pr),
            "%s询问12345能不能打广告，想在热线里插播其%s广告。" % (s, pr),
            "%s要找中心负责人谈%s合作。" % (s, pr),
            "推销电话（%s）" % pr,
            "推销%s" % pr,
            "%s推销%s，已告知不需要。" % (s, pr),
            "%s问中心要不要%s，已拒绝。" % (s, pr),
        ],
    )


def n_child(rng, ag):
    return _p(
        rng,
        [
            "来电为小孩，一直笑，无诉求。",
            "小孩拨打，称“我要找奥特曼”。",
            "小朋友来电唱歌后挂断。",
            "来电为小孩，问家长在哪里答不出，背景有动画片声音。",
            "几个小孩抢电话笑闹，喊“12345上山打老虎”。",
            "小孩来电称妈妈在打麻将，问有么子事，答冇得事。",
            "小孩打来问“你是哪个”，然后挂了。",
            "儿童玩电话，已提醒其莫乱打。",
            "小孩子讲要举报他哥哥打他（笑着讲），后挂断。",
            "小孩来电问作业题目“8乘7等于好多”。",
            "小孩玩手机拨打",
            "儿童来电",
            "（小孩）",
            "小孩在电话里喊“喂喂喂”然后咯咯笑。",
            "小孩来电讲要买冰棒，无诉求。",
            "小孩来电问“你们是不是警察”，后挂断。",
        ],
    )


def n_noise(rng, ag):
    if rng.random() < ag["empty_nuis"]:
        return ""
    return _note(
        rng,
        ag,
        _p(
            rng,
            [
                "来电只有电流声，无人讲话。",
                "线路杂音很大，听不到对方声音，挂断。",
                "信号断断续续，无法通话。",
                "滋滋声，无法接听",
                "来电有回音，听不清，对方挂机。",
                "来电有嘟嘟声，疑似传真或设备拨号。",
                "杂音",
                "线路问题，无法通话",
                "来电全是沙沙声",
                "听不到声音（线路杂音）",
            ],
        ),
    )


def n_test(rng, ag):
    s = _subj(rng, ag)
    return _p(
        rng,
        [
            "%s称试一下电话通不通，无事。" % s,
            "%s称“就是试下看你们有冇得人接”，后挂断。" % s,
            "%s问“是不是真人？”确认后说冇事挂了。" % s,
            "%s称和朋友打赌看12345几声能接通。" % s,
            "%s问现在几点了，后挂机。" % s,
            "%s称“打起耍的”。" % s,
            "测试电话，无诉求",
            "%s称新买的手机试下能不能打出去。" % s,
            "%s问“这个号码是真的啊？”，无诉求。" % s,
            "%s称看别人讲这个电话打得通，试一下。" % s,
            "试打",
            "%s称打来玩的。" % s,
        ],
    )


def n_absurd(rng, ag):
    s = _subj(rng, ag)
    return _p(
        rng,
        [
            "%s要求政府给他介绍对象，称“你们政府管得宽，就管下我讨堂客的事”。" % s,
            "%s要求12345帮他充%d元话费。" % (s, _p(rng, [50, 100, 200])),
            "%s要求话务员帮他查前女友现在住在哪里。" % s,
            "%s要求政府每个月给他发%d块钱零花钱，称“你们当官的钱多得很”。" % (s, _p(rng, [3000, 5000, 10000])),
            "%s要求热线帮他预测彩票号码。" % s,
            "%s要求话务员帮他孩子写暑假作业。" % s,
            "%s要求政府把他屋门口的山搬走，说挡住他家风水了。" % s,
            "%s要求县长亲自给他回电话，问其何事，称“你莫管，喊县长打过来”。" % s,
            "%s要求政府赔偿他打游戏输掉的装备。" % s,
            "%s要求派人帮他屋里插秧，称“你们不是为人民服务嘛”。" % s,
            "%s要求政府给他买一台小车，理由是他“冇得车子讨不到堂客”。" % s,
            "%s要话务员借他%d块钱，下个月还。" % (s, _p(rng, [200, 500, 1000])),
        ],
    )


SERIAL_PHRASES = [
    "我要找毛主席",
    "你们县长在不在",
    "喂喂，你是哪个",
    "我是你爸爸",
    "讲个笑话给你听",
    "你们恰饭冇",
    "我要举报你",
    "帮我喊下王局长",
    "今天落雨冇",
    "天要塌了你们晓得不",
    "我是中央派来的",
    "你猜我是哪个",
    "我屋里有十个亿",
    "你们都要下岗了",
    "我明天要来炸你们的电话",
]
SERIAL_GRIEV = [
    "政府欠他一百万",
    "县里偷了他的祖坟",
    "他是县长的亲爹",
    "他被外星人监视了",
    "他的手机被政府装了窃听器",
    "他屋里的电视被人放了毒",
]


def n_serial(rng, ag, p, k_day):
    s = _subj(rng, ag)
    sc = p["script"]
    if sc == "silent":
        t = n_silent(rng, ag, p.get("_secs", 10))
    elif sc == "hangup":
        t = n_hangup(rng, ag)
    elif sc == "abuse":
        t = n_abuse(rng, ag)
    elif sc == "phrase":
        t = _p(
            rng,
            [
                "%s又打来讲“%s”，无诉求。" % (s, p["phrase"]),
                "%s称“%s”，后挂断。" % (s, p["phrase"]),
                "“%s”（同前）" % p["phrase"],
                "%s：%s" % (s, p["phrase"]),
                "又是这个人，讲“%s”" % p["phrase"],
            ],
        )
    elif sc == "seek":
        t = _p(
            rng,
            [
                "%s又来电找%s话务员，称要跟她讲话，无诉求。" % (s, p["target"]),
                "%s点名要%s接电话，告知不在后挂断。" % (s, p["target"]),
                n_flirt(rng, ag, p["target"]),
            ],
        )
    else:  # grievance-less delusion
        t = _p(
            rng,
            [
                "%s称%s，要政府马上处理，经多次核实无此事。" % (s, p["griev"]),
                "%s又讲%s，无实际诉求。" % (s, p["griev"]),
                "%s来电内容同前（%s）。" % (s, p["griev"]),
            ],
        )
    if rng.random() < ag["count_note"]:
        note = _p(
            rng,
            [
                "该号码今日第%d次来电" % k_day,
                "第%d次" % k_day,
                "同一号码反复来电",
                "老号码，频繁骚扰",
                "重复骚扰",
                "此号码近期每天都打",
                "该号码多次无效来电",
                "今天第%d遍了" % k_day,
            ],
        )
        note = _note(rng, ag, note) if ag["bracket"][0] else "，" + note
        t = (t or "") + note
    return t


# =====================================================================
# Phones
# =====================================================================
MOBILE_PREFIX = [
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
    "173",
    "175",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "198",
    "199",
    "147",
]
OTHER_AREA = [
    ("0745", 7),
    ("0744", 7),
    ("0739", 7),
    ("020", 8),
    ("0736", 7),
    ("021", 8),
    ("023", 8),
    ("0746", 7),
    ("0734", 7),
    ("010", 8),
    ("0735", 7),
]


class _Phones:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _uniq(self, f):
        while True:
            x = f()
            if x not in self.used:
                self.used.add(x)
                return x

    def mobile(self):
        r = self.rng
        return self._uniq(lambda: _p(r, MOBILE_PREFIX) + "%08d" % r.randrange(100000000))

    def landline(self, local=True):
        r = self.rng

        def f():
            if local:
                code, n = "0743", 7
            else:
                code, n = _p(r, OTHER_AREA)
            num = str(r.randint(2, 8)) + "".join(str(r.randrange(10)) for _ in range(n - 1))
            return code + ("-" if r.random() < 0.6 else "") + num

        return self._uniq(f)

    def any(self, land_p=0.12, out_p=0.04):
        r = self.rng.random()
        if r < land_p:
            return self.landline(True)
        if r < land_p + out_p:
            return self.landline(False)
        return self.mobile()


# =====================================================================
# Time model
# =====================================================================
H_GEN = [
    0.4,
    0.25,
    0.18,
    0.15,
    0.15,
    0.3,
    0.9,
    2.2,
    5.5,
    8.5,
    9.0,
    8.0,
    5.0,
    5.5,
    7.5,
    8.0,
    7.5,
    6.0,
    4.5,
    4.0,
    3.8,
    3.0,
    1.8,
    0.9,
]
H_ELDER = [
    0.2,
    0.1,
    0.1,
    0.1,
    0.3,
    1.5,
    4.0,
    6.0,
    8.0,
    8.5,
    8.0,
    6.0,
    3.0,
    3.5,
    5.0,
    5.0,
    4.0,
    3.0,
    2.5,
    2.5,
    2.0,
    1.0,
    0.4,
    0.2,
]
H_NIGHT_EMERG = [6, 5, 4, 3, 3, 2, 1, 0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 2, 5, 6]
H_NUIS = [
    2.0,
    1.8,
    1.5,
    1.2,
    0.8,
    0.6,
    0.8,
    1.5,
    3.0,
    4.0,
    4.5,
    4.0,
    3.5,
    3.5,
    4.0,
    4.0,
    4.0,
    3.5,
    3.5,
    4.0,
    4.5,
    4.5,
    4.0,
    3.0,
]
H_NIGHTCHAT = [6, 5, 3.5, 2, 1, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 2, 5, 7]
H_DRUNK = [5, 4, 2.5, 1, 0.3, 0, 0, 0, 0, 0, 0, 0, 0.6, 1, 0.3, 0.2, 0.2, 0.5, 1.5, 3, 5, 6, 7, 6]
H_CHILD = [0, 0, 0, 0, 0, 0, 0.2, 1, 2, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 6, 5, 3, 1, 0.2]
H_WORK = [0, 0, 0, 0, 0, 0, 0, 0, 2, 5, 6, 5, 1, 2, 5, 6, 5, 2, 0, 0, 0, 0, 0, 0]
H_ALL = [1.0] * 24
H_ROBO = [0.1, 0, 0, 0, 0, 0, 0.1, 0.5, 3, 5, 5, 4, 2, 3, 5, 5, 4, 3, 1.5, 1, 0.5, 0.2, 0.1, 0.1]
_HCW = {}


def _hour(rng, hw):
    key = id(hw)
    cw = _HCW.get(key)
    if cw is None:
        cw = _HCW[key] = _cum(hw)
    return rng.choices(range(24), cum_weights=cw)[0]


class _Clock:
    def __init__(self, rng, start, days):
        self.rng, self.start, self.days = rng, start, days
        self.end = start + dt.timedelta(days=days)
        w = []
        for d in range(days):
            wd = (start + dt.timedelta(days=d)).weekday()
            w.append(0.72 if wd >= 5 else 1.0)
        nstorm = max(1, days // 14) if days >= 3 else 0
        self.storm = set()
        for _ in range(nstorm):
            d = rng.randrange(days)
            self.storm.add(d)
            w[d] *= 1.45
            if d + 1 < days:
                w[d + 1] *= 1.2
        self.day_cw = _cum(w)

    def day(self):
        return self.rng.choices(range(self.days), cum_weights=self.day_cw)[0]

    def at(self, day, hw):
        r = self.rng
        return self.start + dt.timedelta(days=day, hours=_hour(r, hw), minutes=r.randrange(60), seconds=r.randrange(60))

    def ok(self, t):
        return self.start <= t < self.end


def _secs(rng, lo, hi, mode=None):
    """Roughly log-uniform / triangular seconds."""
    if mode is None:
        mode = (lo * hi) ** 0.5
    return int(round(rng.triangular(lo, hi, mode)))


# =====================================================================
# Generation
# =====================================================================
GEN_SHARES = [
    ("ordinary", 0.750),
    ("short_consult", 0.065),
    ("follow_up", 0.055),
    ("angry_genuine", 0.025),
    ("reports_insult", 0.012),
    ("proxy_caller", 0.015),
    ("elderly_repeat", 0.012),
    ("dropped_callback", 0.014),
    ("wrong_hotline", 0.012),
    ("misdial", 0.006),
    ("night_emergency", 0.008),
    ("thanks", 0.007),
    ("noisy_place", 0.008),
    ("silent_then_speaks", 0.003),
    ("dialect_hard", 0.004),
    ("night_distress", 0.002),
    ("recycled_number", 0.0012),
]
HAR_SHARES = [
    ("silent", 0.21),
    ("hang_up", 0.07),
    ("serial_caller", 0.16),
    ("abuse", 0.10),
    ("night_chat", 0.07),
    ("drunk", 0.06),
    ("prank_story", 0.05),
    ("false_report", 0.04),
    ("flirt", 0.05),
    ("robocall", 0.04),
    ("telemarketing", 0.03),
    ("child_play", 0.04),
    ("line_noise", 0.03),
    ("line_test", 0.03),
    ("absurd_demand", 0.02),
]


def _alloc(total, shares):
    out = {}
    acc = 0
    for k, s in shares:
        out[k] = int(total * s)
        acc += out[k]
    out[shares[0][0]] += total - acc
    return out


class _Gen:
    def __init__(self, n_target, days, start, share, seed):
        self.rng = random.Random(seed)
        self.clock = _Clock(self.rng, start, days)
        self.phones = _Phones(self.rng)
        self.agents = _make_agents(self.rng)
        self.rows = []
        self.gen_personas = []  # phones of genuine personas (for reuse / sharing)
        self.landlines = []  # shared household landlines
        self.restricted = []
        self.n_har = int(round(n_target * share))
        self.n_gen = n_target - self.n_har
        self.ticket = 250600000 + self.rng.randrange(10000)

    # ------------------------------------------------------------ utils
    def add(self, t, phone, content, secs, label, kind, ag=None):
        if ag is not None:
            content = _finish(self.rng, ag, content)
        self.rows.append(
            {
                "received_at": t,
                "caller_phone": phone,
                "content": content,
                "call_seconds": max(0, int(secs)),
                "label": label,
                "kind": kind,
            }
        )

    def ag(self, t):
        return _agent_for(self.rng, self.agents, t)

    def gen_phone(self, withheld=0.012):
        r = self.rng.random()
        if r < withheld:
            return ""
        if r < 0.10:  # household landline, possibly shared
            if self.landlines and self.rng.random() < 0.45:
                return _p(self.rng, self.landlines)
            x = self.phones.landline(True)
            self.landlines.append(x)
            return x
        if r < 0.13:
            return self.phones.landline(False)
        return self.phones.mobile()

    def tk(self):
        self.ticket += self.rng.randint(1, 40)
        return "XX%d" % self.ticket

    # ------------------------------------------------------------ genuine
    def genuine(self):
        rng, ck = self.rng, self.clock
        q = _alloc(self.n_gen, GEN_SHARES)
        ordinary_pool = []
        # ordinary
        for _ in range(q["ordinary"]):
            if ordinary_pool and rng.random() < 0.07:
                ph = _p(rng, ordinary_pool)
            else:
                ph = self.gen_phone()
                if ph:
                    ordinary_pool.append(ph)
            d = ck.day()
            t = ck.at(d, H_GEN)
            m = _matter(rng, storm=d in ck.storm)
            a = self.ag(t)
            secs = rng.lognormvariate(5.25, 0.5)
            self.add(t, ph, _compose(rng, a, m), min(1800, max(35, secs)), "genuine", "ordinary", a)
        self.gen_personas = ordinary_pool
        # single-call special kinds
        singles = {
            "short_consult": (H_GEN, lambda a: g_consult(rng, a), (10, 95, 30)),
            "angry_genuine": (H_GEN, lambda a: g_angry(rng, a), (120, 1100, 350)),
            "reports_insult": (H_GEN, lambda a: g_reports_insult(rng, a), (90, 700, 240)),
            "proxy_caller": (H_GEN, lambda a: g_proxy(rng, a, _matter(rng)), (80, 800, 220)),
            "wrong_hotline": (H_GEN, lambda a: g_wrong_hotline(rng, a), (8, 80, 25)),
            "misdial": (H_GEN, lambda a: g_misdial(rng, a), (3, 30, 8)),
            "night_emergency": (H_NIGHT_EMERG, lambda a: g_night_emergency(rng, a), (40, 400, 120)),
            "thanks": (H_GEN, lambda a: g_thanks(rng, a), (20, 200, 60)),
            "noisy_place": (H_GEN, lambda a: g_noisy(rng, a, _matter(rng)), (60, 600, 200)),
            "silent_then_speaks": (H_ELDER, lambda a: g_silent_then(rng, a, _matter(rng)), (50, 500, 180)),
            "dialect_hard": (H_ELDER, lambda a: g_dialect(rng, a, _matter(rng)), (120, 900, 360)),
            "night_distress": (H_NIGHTCHAT, lambda a: g_night_distress(rng, a), (180, 1500, 600)),
        }
        for kind, (hw, f, (lo, hi, mo)) in singles.items():
            for _ in range(q[kind]):
                if kind in ("thanks", "angry_genuine") and ordinary_pool and rng.random() < 0.3:
                    ph = _p(rng, ordinary_pool)
                else:
                    ph = self.gen_phone(0.02 if kind != "misdial" else 0.04)
                t = ck.at(ck.day(), hw)
                a = self.ag(t)
                self.add(t, ph, f(a), _secs(rng, lo, hi, mo), "genuine", kind, a)
        self._followups(q["follow_up"])
        self._elderly(q["elderly_repeat"])
        self._dropped(q["dropped_callback"])
        self._recycled(q["recycled_number"])

    def _followups(self, quota):
        rng, ck = self.rng, self.clock
        made = 0
        while made < quota:
            ph = self.gen_phone(0.005)
            if not ph:
                ph = self.phones.mobile()
            m = _matter(rng)
            tk = self.tk()
            n = min(quota - made, int(rng.paretovariate(1.3)) + 1 + (rng.random() < 0.5))
            n = min(n, 40)
            angry = rng.random() < 0.35
            d0 = rng.randrange(max(1, ck.days - 3))
            t = ck.at(d0, H_GEN)
            first = t
            times = []
            for k in range(n):
                if not ck.ok(t):
                    break
                times.append(t)
                r = rng.random()
                if r < 0.35:
                    t = t + dt.timedelta(seconds=rng.randint(480, 18000))
                else:
                    d = (t - ck.start).days + rng.choice([1, 1, 1, 2, 2, 3, 4, 6])
                    t = ck.at(d, H_GEN)
            if len(times) >= 8 and rng.random() < 0.15:
                self.restricted.append(ph)  # persistent petitioner put on the register by mistake
            for k, tt in enumerate(times):
                a = self.ag(tt)
                if k == 0:
                    c = _compose(rng, a, m)
                    secs = _secs(rng, 90, 900, 240)
                else:
                    c = g_followup(rng, a, m, k, tk, first, angry or k >= 4)
                    secs = _secs(rng, 40, 700, 150)
                self.add(tt, ph, c, secs, "genuine", "follow_up", a)
                made += 1

    def _elderly(self, quota):
        rng, ck = self.rng, self.clock
        made = 0
        pairs = [
            (t_pension, ["养老金为么子还冇到账", "高龄补贴好久发", "钱是不是被别个领走了"]),
            (t_medins, ["医保卡哪门用", "住院的钱好久报得下来", "医保交了为么子查不到"]),
            (t_social, ["认证要哪门搞", "社保卡密码忘了哪门办", "要带么子去办"]),
            (t_assist, ["低保还有冇得", "补助几时批下来", "要找哪个签字"]),
            (t_power, ["电费是不是交过了", "电好久来", "电工几时来"]),
            (t_water, ["水好久来", "哪个来修"]),
            (t_village, ["村里讲的补助几时发", "要找镇里哪个"]),
        ]
        while made < quota:
            ph = (
                self.landlines[int(rng.random() * len(self.landlines))]
                if (self.landlines and rng.random() < 0.5)
                else self.gen_phone(0.0)
            )
            if not ph:
                ph = self.phones.mobile()
            f, qs = _p(rng, pairs)
            m = f(rng)
            m["name"] = _name(rng, elderly=True)
            q = _p(rng, qs)
            n = min(quota - made, rng.randint(2, 7))
            d = ck.day()
            t = ck.at(d, H_ELDER)
            for k in range(n):
                if not ck.ok(t):
                    break
                a = self.ag(t)
                self.add(t, ph, g_elderly(rng, a, m, k, q), _secs(rng, 60, 1200, 300), "genuine", "elderly_repeat", a)
                made += 1
                if rng.random() < 0.6:
                    t = t + dt.timedelta(seconds=rng.randint(300, 14400))
                else:
                    t = ck.at((t - ck.start).days + rng.randint(1, 3), H_ELDER)

    def _dropped(self, quota):
        rng, ck = self.rng, self.clock
        made = 0
        while made < quota:
            ph = self.gen_phone(0.0)
            if not ph:
                ph = self.phones.mobile()
            t = ck.at(ck.day(), H_GEN)
            a = self.ag(t)
            self.add(t, ph, _p(rng, DROPPED_FIRST), _secs(rng, 4, 90, 20), "genuine", "dropped_callback", a)
            made += 1
            if made >= quota:
                break
            t2 = t + dt.timedelta(seconds=rng.randint(40, 900))
            if not ck.ok(t2):
                continue
            m = _matter(rng)
            s = _subj(rng, a)
            lead, own = _p(
                rng,
                [
                    ("%s称刚才电话断了，重新来电反映：" % s, True),
                    ("（刚才掉线，回拨）", False),
                    ("%s第二次来电（前次中断），反映" % s, True),
                    ("接上一通电话，", False),
                    ("", False),
                    ("（前一通断线）", False),
                ],
            )
            a2 = self.ag(t2)
            self.add(
                t2,
                ph,
                _compose(rng, a2, m, s=s, lead=lead, force_full=bool(lead), own_opener=own),
                _secs(rng, 60, 700, 200),
                "genuine",
                "dropped_callback",
                a2,
            )
            made += 1

    def _recycled(self, quota):
        rng, ck = self.rng, self.clock
        made = 0
        while made < quota:
            ph = self.phones.mobile()
            self.restricted.append(ph)
            n = min(quota - made, rng.randint(1, 5))
            for _ in range(n):
                t = ck.at(ck.day(), H_GEN)
                a = self.ag(t)
                m = _matter(rng)
                tail = ""
                if rng.random() < 0.15:
                    tail = _p(rng, ["（%s称该号码是新办的）" % _subj(rng, a), "（%s称号码刚换不久）" % _subj(rng, a)])
                self.add(
                    t, ph, _compose(rng, a, m, tail=tail), _secs(rng, 60, 800, 200), "genuine", "recycled_number", a
                )
                made += 1

    # ------------------------------------------------------------ nuisance
    def nuis_phone(self, withheld=0.06, land_p=0.12, out_p=0.05):
        if self.rng.random() < withheld:
            return ""
        return self.phones.any(land_p, out_p)

    def _times(self, pattern, n, hw):
        """Schedule n calls of one nuisance persona."""
        rng, ck = self.rng, self.clock
        out = []
        if pattern == "scatter":
            for _ in range(n):
                out.append(ck.at(rng.randrange(ck.days), hw))
        elif pattern == "burst":
            left = n
            while left > 0:
                d = rng.randrange(ck.days)
                t = ck.at(d, hw)
                k = min(left, rng.randint(3, 25))
                for _ in range(k):
                    out.append(t)
                    if rng.random() < 0.8:
                        t = t + dt.timedelta(seconds=rng.randint(15, 480))
                    else:
                        t = t + dt.timedelta(seconds=rng.randint(1800, 14400))
                left -= k
        elif pattern == "nightly":
            d = rng.randrange(max(1, ck.days - 5))
            while len(out) < n and d < ck.days + 1:
                k = rng.choice([1, 1, 1, 2, 2, 3, 4])
                base = ck.start + dt.timedelta(days=d, hours=21, minutes=rng.randint(0, 300), seconds=rng.randrange(60))
                for _ in range(k):
                    out.append(base)
                    base = base + dt.timedelta(seconds=rng.randint(60, 4200))
                d += rng.choice([1, 1, 1, 1, 2, 3])
        elif pattern == "periodic":
            d = rng.randrange(max(1, ck.days - 3))
            t = ck.start + dt.timedelta(
                days=d, hours=rng.randint(7, 10), minutes=rng.randrange(60), seconds=rng.randrange(60)
            )
            while len(out) < n and t < ck.end:
                if 7 <= t.hour <= 23:
                    out.append(t)
                t = t + dt.timedelta(seconds=rng.randint(6000, 19200))
        elif pattern == "workhours":
            d = rng.randrange(ck.days)
            while len(out) < n and d < ck.days:
                if (ck.start + dt.timedelta(days=d)).weekday() < 5 or rng.random() < 0.3:
                    for _ in range(rng.randint(2, 12)):
                        out.append(ck.at(d, H_WORK))
                d += rng.choice([1, 1, 2])
        elif pattern == "sameday":
            t = ck.at(rng.randrange(ck.days), hw)
            for _ in range(n):
                out.append(t)
                t = t + dt.timedelta(seconds=rng.randint(20, 1500))
        out = [t for t in out if ck.ok(t)]
        out.sort()
        return out[:n]

    def harassment(self):
        rng = self.rng
        q = _alloc(self.n_har, HAR_SHARES)
        # kind -> (hours, count sampler, pattern sampler, seconds, content fn, restricted prob)
        spec = {
            "silent": (
                H_NUIS,
                lambda: 1 if rng.random() < 0.6 else rng.randint(2, 12),
                lambda: _p(rng, ["scatter", "sameday", "burst"]),
                None,
                None,
                0.25,
            ),
            "hang_up": (
                H_NUIS,
                lambda: 1 if rng.random() < 0.55 else rng.randint(2, 10),
                lambda: _p(rng, ["scatter", "sameday", "burst"]),
                (0, 6, 2),
                lambda a: n_hangup(rng, a),
                0.2,
            ),
            "abuse": (
                H_NUIS,
                lambda: 1 if rng.random() < 0.5 else rng.randint(2, 9),
                lambda: _p(rng, ["scatter", "scatter", "sameday", "periodic"]),
                (8, 240, 40),
                lambda a: n_abuse(rng, a),
                0.45,
            ),
            "night_chat": (
                H_NIGHTCHAT,
                lambda: rng.randint(3, 28),
                lambda: "nightly",
                (90, 1800, 420),
                lambda a: n_night_chat(rng, a),
                0.55,
            ),
            "drunk": (
                H_DRUNK,
                lambda: 1 if rng.random() < 0.5 else rng.randint(2, 7),
                lambda: _p(rng, ["scatter", "sameday", "nightly"]),
                (30, 700, 120),
                lambda a: n_drunk(rng, a),
                0.35,
            ),
            "prank_story": (
                H_NUIS,
                lambda: 1 if rng.random() < 0.6 else rng.randint(2, 5),
                lambda: "scatter",
                (30, 900, 150),
                lambda a: n_prank(rng, a),
                0.3,
            ),
            "false_report": (
                H_NUIS,
                lambda: 1 if rng.random() < 0.7 else rng.randint(2, 4),
                lambda: "scatter",
                (25, 240, 70),
                lambda a: n_false(rng, a),
                0.3,
            ),
            "flirt": (
                H_NUIS,
                lambda: 1 if rng.random() < 0.4 else rng.randint(2, 20),
                lambda: _p(rng, ["scatter", "nightly", "periodic"]),
                (15, 500, 90),
                None,
                0.5,
            ),
            "robocall": (
                H_ROBO,
                lambda: 1 if rng.random() < 0.6 else rng.randint(2, 4),
                lambda: "scatter",
                (6, 60, 18),
                lambda a: n_robocall(rng, a),
                0.15,
            ),
            "telemarketing": (
                H_WORK,
                lambda: 1 if rng.random() < 0.75 else 2,
                lambda: "scatter",
                (20, 200, 55),
                lambda a: n_telemkt(rng, a),
                0.05,
            ),
            "child_play": (
                H_CHILD,
                lambda: 1 if rng.random() < 0.5 else rng.randint(2, 5),
                lambda: "sameday",
                (3, 150, 20),
                lambda a: n_child(rng, a),
                0.1,
            ),
            "line_noise": (
                H_NUIS,
                lambda: 1 if rng.random() < 0.8 else 2,
                lambda: "sameday",
                (3, 45, 10),
                lambda a: n_noise(rng, a),
                0.02,
            ),
            "line_test": (
                H_NUIS,
                lambda: 1 if rng.random() < 0.75 else rng.randint(2, 3),
                lambda: "sameday",
                (3, 40, 9),
                lambda a: n_test(rng, a),
                0.08,
            ),
            "absurd_demand": (
                H_NUIS,
                lambda: 1 if rng.random() < 0.5 else rng.randint(2, 6),
                lambda: "scatter",
                (30, 400, 100),
                lambda a: n_absurd(rng, a),
                0.4,
            ),
        }
        for kind, _s in HAR_SHARES:
            if kind == "serial_caller":
                self._serial(q[kind])
                continue
            hw, cnt, pat, secs, fn, rp = spec[kind]
            made = 0
            while made < q[kind]:
                if kind == "robocall":
                    ph = self.nuis_phone(0.25, 0.05, 0.35)
                elif kind == "telemarketing":
                    ph = self.nuis_phone(0.03, 0.05, 0.45)
                elif kind == "child_play" and self.gen_personas and rng.random() < 0.4:
                    ph = _p(rng, self.gen_personas)  # kid on a parent's phone
                    if rng.random() < 0.08:
                        self.restricted.append(ph)  # household now flagged
                elif kind == "drunk" and self.gen_personas and rng.random() < 0.12:
                    ph = _p(rng, self.gen_personas)  # same person has a real matter too
                else:
                    ph = self.nuis_phone(0.07 if kind in ("silent", "hang_up", "line_noise") else 0.03)
                n = min(cnt(), q[kind] - made)
                times = self._times(pat(), n, hw)
                if not times:
                    continue
                if ph and rng.random() < rp * (1.0 if len(times) > 1 else 0.5):
                    self.restricted.append(ph)
                target = "%d号" % rng.randint(1, 40)
                for t in times:
                    a = self.ag(t)
                    if kind == "silent":
                        r = rng.random()
                        s = (
                            rng.randint(2, 15)
                            if r < 0.5
                            else (rng.randint(15, 45) if r < 0.85 else rng.randint(45, 150))
                        )
                        c = n_silent(rng, a, s)
                    else:
                        s = _secs(rng, *secs)
                        c = n_flirt(rng, a, target) if kind == "flirt" else fn(a)
                    if kind != "silent" and len(times) > 2 and rng.random() < a["count_note"] * 0.5:
                        c += _note(rng, a, _p(rng, ["该号码多次来电", "重复来电", "老号码", "又是这个号码"]))
                    self.add(t, ph, c, s, "harassment", kind, a)
                    made += 1

    def _serial(self, quota):
        rng = self.rng
        made = 0
        while made < quota:
            ph = self.nuis_phone(0.04, 0.18, 0.03)
            p = {
                "script": _p(
                    rng, ["silent", "silent", "hangup", "abuse", "abuse", "phrase", "phrase", "seek", "griev"]
                ),
                "phrase": _p(rng, SERIAL_PHRASES),
                "target": "%d号" % rng.randint(1, 40),
                "griev": _p(rng, SERIAL_GRIEV),
            }
            n = min(quota - made, int(15 + rng.paretovariate(1.1) * 12))
            n = min(n, 260)
            pat = _p(rng, ["burst", "burst", "periodic", "nightly", "workhours"])
            times = self._times(pat, n, H_NUIS)
            if not times:
                continue
            if ph and rng.random() < 0.7:
                self.restricted.append(ph)
            day_count = {}
            for t in times:
                a = self.ag(t)
                key = t.date()
                day_count[key] = day_count.get(key, 0) + 1
                sc = p["script"]
                if sc == "silent":
                    s = rng.randint(2, 70)
                elif sc == "hangup":
                    s = rng.randint(0, 5)
                else:
                    s = _secs(rng, 8, 300, 40)
                p["_secs"] = s
                self.add(t, ph, n_serial(rng, a, p, day_count[key]), s, "harassment", "serial_caller", a)
                made += 1

    def old_register(self, n_target):
        """Numbers put on the register in earlier months that do not call in this period."""
        k = max(5, int(n_target * 0.003))
        for _ in range(k):
            self.restricted.append(self.phones.any(0.15, 0.08))


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    g = _Gen(n_target, days, start, harassment_share, seed)
    g.genuine()
    g.harassment()
    g.old_register(n_target)
    rows = sorted(g.rows, key=lambda r: r["received_at"])
    seen, restricted = set(), []
    for ph in g.restricted:
        if ph and ph not in seen:
            seen.add(ph)
            restricted.append(ph)
    g.rng.shuffle(restricted)
    return rows, restricted


if __name__ == "__main__":
    import collections
    import sys
    import time

    t0 = time.time()
    rows, restricted = calls(n_target=50_000)
    el = time.time() - t0
    n = len(rows)
    har = sum(1 for r in rows if r["label"] == "harassment")
    print("rows:", n, " time: %.1fs" % el)
    print("harassment share: %.4f" % (har / n))
    print("restricted numbers:", len(restricted))
    cnt = collections.Counter((r["label"], r["kind"]) for r in rows)
    for (lab, k), c in sorted(cnt.items(), key=lambda x: (x[0][0], -x[1])):
        print("  %-10s %-20s %6d  %.4f" % (lab, k, c, c / n))
    rs = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
    for r in rs.sample(rows, 15):
        print(r)
