"""Caller model D: a south-western county's 12345 calls, written apart from the filter.

岚溪县 (fictional, 四川 hills on the 重庆 border): 锦屏镇 (county seat, 滨江/龙潭 streets),
tea and tobacco townships, the 大河口 hydropower station, 川南物流园 logistics park, the
云顶山 scenic area, the 幸福家园 relocation estate (易地扶贫搬迁), migrant workers coming home
from 广东.  Operators type what the caller said, often with the caller's 四川话 (啥子, 咋个,
莫得, 晓得, 要得, 巴适, 安逸, 龟儿, 瓜娃子…), and now and then a 广东 returnee's 唔该/冇/系咪.

Written without reading the filter, its word lists, its starter data or the other caller
models: the kinds below come from what county hotlines see, not from what a rule catches.

Nuisance kinds (label "harassment", `harassment_share` of the rows, 5% by default).  The
share is of nuisance rows, measured on `calls(50_000)`; repeat callers make many rows each:
  silent          43%  nothing said (now and then the operator typed a space or 「（无声）」),
                       2–75 s; a few numbers each calling 3–20 times, minutes apart, hours
                       apart, or once a day at about the same hour
  obsessive       22%  the same unreasonable demand, 4–15 calls hours to days apart
                       (县长亲自打电话, 赔一百万, 把邻居赶走, 门口修广场 …)
  abuse_dialect   13%  abuse of the call-taker / the office, 四川话 or 粤语 (龟儿子, 瓜娃子,
                       饭桶, 哈批, 痴线, 扑街 …), often with a pretext; no matter to record
  night_drunk      8%  22:00–06:30, drunk or bored callers wanting a chat (摆龙门阵), a third
                       of them silent; repeat every few nights
  prank            6%  invented stories and silly requests, fluent and often long (20–420 s)
  robocall         4%  recorded loan / parcel / "医保卡冻结" messages from 95/400/170 numbers
  flirt            4%  flirting or sexual remarks at the call-taker

Genuine kinds (label "genuine"; share of genuine rows):
  ordinary        65%  ordinary matters: 山体滑坡, 易地扶贫搬迁, 农村饮水, 快递, 网约车,
                       学区, 电动车充电, 医保, 农民工工资, 物业, 茶叶/烟叶收购, 水电站放水,
                       returning 广东 migrant workers …; some end with a sigh (烦死了, 急得很)
  short_question   7%  a few words, a real question (医保咋个交), 8–70 s
  angry_real       6%  furious callers with a real matter, swearing at the situation, a third
                       party (包工头, 开发商) or at "你们" (吃干饭的), 60–900 s
  follow_up        4%  the same matter chased 2–6 times over days, often with an order number
  elderly_repeat   4%  elderly callers repeating themselves within a call, and calling again
                       on the same matter over days
  quoted_insult    4%  reporting an insult they received — 喊我/说我/叫我/话我, with or
                       without quotation marks, sometimes the bare word (骂了一句扑街)
  dropped_line     3%  line drops: empty or 「喂？」, 1–12 s; 80% call back within 15 min
  callback         2%  … and the call back, with the matter
  night_emergency  2%  22:00–06:30: landslide, burst pipe, lost elder, power cut, pile driving
  thanks           2%  thanks / praise, short
  inherited_number 1%  an ordinary call or question from a number on the restricted register
                       (its previous owner was a nuisance caller)

Text on both sides goes through the same noise: operator prefixes (来电人反映：, 【来电】 …),
typos and dialect swaps (的/得, 在/再, 没有/莫得, 什么/啥子), ASCII or missing punctuation,
and text the operator stopped typing halfway.

`restricted` (a set): about half of the numbers behind repeat silent / obsessive / abuse /
night_drunk callers (so the register catches some nuisance, not all), every inherited_number
caller's number, and about n_target/1000 old entries whose numbers no longer call.  Rows are sorted by received_at.
Only random.Random(seed) is used, so one seed always gives the same calls.

Run the self-check: `.venv/bin/python -m bench.caller_model_d`.
"""

import datetime as dt
import random

TOWNS = {
    "锦屏镇": ["滨江社区", "龙潭社区", "新华街社区", "桂花村", "石门村"],
    "白鹤镇": ["白鹤村", "清风村", "红岩村", "沙坝村"],
    "茶园乡": ["茶园村", "云雾村", "高峰村", "老鹰岩村"],
    "大河口镇": ["电站社区", "河坝村", "双河村"],
    "烟坪乡": ["烟坪村", "大湾村", "青杠村", "马鞍村"],
    "云顶山镇": ["景区社区", "松林村", "观音岩村"],
    "太平镇": ["太平村", "柏树村", "学堂湾村", "移民新村"],
}
ROADS = [
    "滨江路",
    "新华路",
    "沙湾路",
    "人民南路",
    "桂花巷",
    "龙潭大道",
    "物流大道",
    "茶城路",
    "电站路",
    "学府路",
    "老街",
    "北门坡",
    "南华街",
    "三岔路口",
]
ESTATES = [
    "幸福家园小区",
    "滨江花园",
    "锦绣华府",
    "龙潭雅居",
    "茶城名苑",
    "阳光水岸",
    "电力小区",
    "学府一号",
    "移民安置点二期",
    "新华苑",
]
COMPANIES = [
    "川南物流园",
    "大河口水电站",
    "云顶山景区",
    "岚溪茶业公司",
    "县烟草站",
    "恒通建筑公司",
    "顺丰网点",
    "中通快递",
    "邮政快递",
    "县人民医院",
    "锦屏二小",
    "县自来水公司",
    "国网岚溪供电公司",
    "和美物业",
    "安居物业",
    "滴滴司机",
]
SURNAMES = "张王李刘陈杨赵黄周吴徐孙胡朱高林何郭罗谢唐冉向谭蒲"
PREFIXES = [
    "",
    "",
    "",
    "",
    "来电人反映：",
    "市民来电：",
    "来电称",
    "来电人说",
    "群众来电，",
    "来电人：",
    "【来电】",
    "来电人讲",
    "反映：",
]
ENDS = ["", "。", "。", "！", "！！", "？", "…", "。。", "，", "～", "!"]
FILLERS = ["嘛", "哦", "噻", "撒", "哈", "咯", "嘞", "哈嘛", "的嘛", ""]
TYPOS = [
    ("的", "得"),
    ("在", "再"),
    ("没有", "莫得"),
    ("哪", "那"),
    ("已经", "以经"),
    ("反映", "反应"),
    ("什么", "啥子"),
    ("怎么", "咋个"),
    ("知道", "晓得"),
    ("好的", "要得"),
    ("，", ","),
    ("。", "."),
    ("？", "?"),
]


def _pick(r, seq):
    return seq[int(r.random() * len(seq))]


def _int(r, low, high):
    return low + int(r.random() * (high - low + 1))


def _phone(r):
    if r.random() < 0.12:
        return f"0839-{2000000 + int(r.random() * 7000000)}"
    return _pick(r, ["13", "15", "17", "18", "19", "16", "14"]) + f"{int(r.random() * 1e9):09d}"


_TOWN_NAMES = list(TOWNS)
_SLOT = {
    "road": lambda r, s: _pick(r, ROADS),
    "estate": lambda r, s: _pick(r, ESTATES),
    "company": lambda r, s: _pick(r, COMPANIES),
    "name": lambda r, s: (
        _pick(r, SURNAMES) + _pick(r, ["师傅", "老板", "主任", "书记", "姐", "老师", "某", "哥", "嬢嬢"])
    ),
    "n": lambda r, s: 2 + int(r.random() * 11),
    "days": lambda r, s: _pick(
        r, ["三天", "一个星期", "半个月", "两个月", "大半年", "好几天", "十多天", "两天", "一个多月"]
    ),
    "money": lambda r, s: _pick(r, ["三千", "八千多", "一万二", "两万", "四千五", "六千", "一万八", "九百", "两千三"]),
    "month": lambda r, s: _pick(r, ["上个月", "三月份", "去年腊月", "五月", "前两个月", "过年前"]),
    "bldg": lambda r, s: f"{1 + int(r.random() * 18)}栋{1 + int(r.random() * 3)}单元",
    "hour": lambda r, s: _pick(r, ["半夜", "晚上十点过", "下午", "中午", "凌晨", "一早"]),
    "fill": lambda r, s: _pick(r, FILLERS),
    "no": lambda r, s: _pick(r, ["LX", "2025", ""]) + str(100000 + int(r.random() * 900000)),
    "town": lambda r, s: _pick(r, _TOWN_NAMES),
    "village": lambda r, s: _pick(r, TOWNS[s["town"]]),
    "plate": lambda r, s: "L" + "".join(_pick(r, "0123456789ABCDE") for _ in range(5)),
    "bank": lambda r, s: _pick(r, BANKS),
}


class _Slots(dict):
    """Template slots drawn only when a template uses them (village after its town)."""

    def __init__(self, r):
        super().__init__()
        self.r = r

    def __missing__(self, key):
        value = self[key] = _SLOT[key](self.r, self)
        return value


# ---------------------------------------------------------------- genuine matters
MATTERS = [
    "{village}后山昨晚下大雨垮了一块，泥巴冲到路上了，车子过不去{fill}，怕还要垮",
    "{town}{village}到镇上的公路边坡有石头往下掉，好危险，请派人来看一下",
    "我是{estate}的住户，易地扶贫搬迁分的房子，{bldg}楼上漏水{days}了，找了{name}莫得人管",
    "搬迁安置点的后续补助{month}说要发，到现在都没到账，想问下咋个回事",
    "{village}的自来水{days}莫得水了，一村人都在挑水吃，麻烦帮我们反映一下",
    "农村饮水工程的管子在{road}那里爆了，水哗哗地流，请通知{company}来修",
    "我们{village}的水是黄的，有股怪味道，烧开了都有沉淀，小娃儿喝了拉肚子",
    "{company}的快递在网点放了{days}不派送，打电话也没人接，要求派送",
    "快递显示已签收但是我根本没收到，网点说找不到，东西值{money}块",
    "网约车司机绕路多收了我钱，从{road}到客运站收了我八十多，平时三十块",
    "打网约车下车的时候把手机落车上了，联系不到司机，平台客服也不管",
    "我家娃儿今年读一年级，户口在{town}，房子在{estate}，想问学区到底咋个划的",
    "{estate}的娃儿划到{town}去读书，要走好远，家长们都有意见，能不能调整",
    "{estate}楼下好多电动车在楼道里充电，拉的飞线，怕起火，物业不管",
    "小区的电动车充电桩坏了{days}，{company}说不归他们管，我们到底找哪个",
    "我在外地打工，医保今年咋个交，网上交不起，提示身份信息有误",
    "我妈在{company}住院，异地医保报销比例不对，想咨询一下政策",
    "我在{company}做了{days}，{money}块的工资老板一直拖起不给，农民工工资有没有人管",
    "{company}的包工头{name}欠我们{n}个人的工资，总共{money}，过年前就说给，现在人都找不到了",
    "物业费涨了，{estate}的业主都不同意，物业也没开会就涨了，合不合理",
    "{estate}的电梯{days}都是坏的，{bldg}住的都是老年人，上下楼太难了",
    "今年茶叶收购价格压得太低，{company}收鲜叶才几块钱一斤，茶农亏本",
    "烟叶收购站定级不公平，同样的烟叶别人定上等我的定下等，想找人评理",
    "大河口水电站放水之前没通知，河坝下面的{village}有人在河边，差点出事",
    "云顶山景区门口停车乱收费，收了五十块，也没得票",
    "{road}的路灯坏了{days}，晚上黑黢黢的，老年人出来散步怕摔",
    "{road}有个大坑，下雨积水，电动车摔了好几个了",
    "{estate}楼下的烧烤摊每天搞到凌晨两三点，吵得睡不着，还有油烟",
    "物流园的大货车晚上从{village}过，路都压烂了，灰尘大得很",
    "我从广东打工回来，想问下返乡创业有没有啥子补贴，咋个申请",
    "我刚从东莞回来，社保想转回岚溪，唔该帮我问下要带啥子资料",
    "{village}的村道硬化说了好几年了，到现在还是泥巴路，下雨走不得",
    "身份证丢了，在{town}派出所补办要好久，能不能加急",
    "老年人高龄补贴{month}就莫发了，我爸今年八十一了",
    "低保评定不公平，{village}有的人家里有车有房都吃起低保",
    "{company}门口的垃圾桶{days}没人收，臭得很，苍蝇好多",
    "学校门口{road}没有红绿灯，娃儿过马路危险得很，建议装个",
    "菜市场{name}卖的肉短斤少两，一斤差了二两，找市场管理也不管",
    "我们{village}手机信号差得很，打电话要跑到山顶上去，能不能建个基站",
    "城管把我的三轮车收了，说我占道，我就在那里卖了几个橘子",
    "{estate}的燃气费{month}一下子扣了好几百，不晓得咋个算的",
    "房子买了{days}，开发商还不办房产证，{n}十户业主都在等",
    "新农合和城乡居民医保是不是一回事，我在{village}该在哪里交",
    "我系从佛山返嚟的，{company}欠我{money}工资冇俾，搞唔掂，唔该你们帮下手",
    "我老公在广东工地受伤了，工伤认定要回岚溪办还是在那边办，系咪要带病历",
    "{village}搬迁户的旧房子拆了，复垦补助{month}说发，到现在都冇收到",
    "茶园的路被{company}的大车压垮了，采茶季到了，茶叶运不出去",
    "{estate}物业停车费一个月收三百，比县城其他小区贵一倍，有没有标准",
    "{road}的电动车充电站收费乱得很，充一晚上要十几块，有没有人管价格",
    "网约车在客运站门口不打表，拼车一个人收五十，去{town}",
]
ANGRY = [
    "你们到底管不管嘛！{company}欠我{money}工资{month}到现在，老子跑了{n}趟了，这些龟儿子就是不给",
    "我真的是气惨了，{estate}楼上漏水漏到我屋头，物业那些人屁都不放一个，你们政府要管撒",
    "打了{n}次电话了！！{village}停水{days}，到底有没有人管？再不管我就去县政府门口坐起",
    "狗日的包工头跑了，{n}个人的血汗钱，{money}块，你们今天必须给我个说法",
    "你们这个效率太差了，山上垮下来的石头堵了路{days}，都没人来，要等死人了才来是不是",
    "我不是冲你，妹儿，我是真的莫得办法了，开发商那些龟儿子房产证拖了{days}",
    "搞啥子名堂嘛，医保报销报了{days}都没到，我妈还在医院头躺起，钱都借完了",
    "一天到晚只晓得推，{company}推给街道，街道推给你们，你们又推回去，烦得很！",
    "你们这些部门都是摆设吗？{road}那个坑摔了好多人了，今天我老汉又摔了",
    "你们接电话的就只会说记下了记下了，{village}停水{days}了，到底管不管，我真的要骂人了",
    "冇人理我啊，{company}欠我{money}块，你们政府是吃干饭的吗，今天必须回我电话",
    "气死我了，快递丢了{company}不认账，{money}块的东西，你们给我评评理",
]
QUOTED = [
    "{company}的{name}当着好多人喊我“瓜婆娘”，我就问了一句工资啥时候发",
    "物业那个保安说我是神经病，还推了我一把，我想投诉他",
    "网约车司机骂我“你个憨包”，还把我赶下车了，在{road}",
    "城管队员说我“滚远点，穷鬼”，我就在路边卖点菜，这个态度对不对",
    "菜市场{name}叫我“老不死的”，就因为我说他秤不准",
    "办事窗口的工作人员说我“听不懂人话”，我年纪大了问两遍咋个了嘛",
    "快递员在电话头喊我“你脑壳有包哦”，我只是问下包裹在哪里",
    "邻居天天在楼道头骂我们一家是“龟儿子”，还把垃圾丢我们门口",
    "包工头{name}说“要钱莫得，要命一条”，还喊人来威胁我们",
    "学校老师喊我娃儿“猪脑壳”，娃儿回来哭了一晚上，这个要不要得",
    "司机骂了一句扑街就开走了，车牌我记到了，川{plate}",
    "他们村干部说我是刁民，说再来反映就叫人收拾我",
    "快递点老板话我系痴线，唔俾我拿件，{company}",
    "{estate}的物业经理当着业主的面说我们是“穷鬼住不起就搬走”",
]
SHORT = [
    "医保咋个交？",
    "办身份证要带啥子",
    "公积金可以取不",
    "社保卡丢了咋个办",
    "驾照换证在哪里办",
    "不动产登记几点上班",
    "核酸…不是，体检在哪做",
    "户口迁移要啥子材料",
    "退休手续找哪个",
    "护照在哪里办",
    "营业执照网上能办不",
    "结婚登记周六上班不",
    "打疫苗在哪",
    "居住证咋个办",
    "残疾证年审在哪",
    "养老金好久发",
    "冇电了，系咪停电？",
    "电费在哪里交",
    "流动人口登记找哪个",
    "低保咋个申请",
    "唔该，电动车上牌喺边度办",
    "学区划分好久公布",
    "农民工工资找哪个部门",
    "快递丢了找哪个",
    "医保断缴了咋个补",
    "停水了，好久来水",
    "物业归哪个管",
]
NIGHT_EMERG = [
    "{village}后面山上在垮，轰隆隆的响，我们一家人跑出来了，有没有人来看下",
    "{estate}{bldg}的水管爆了，水都流到楼道了，物业电话打不通",
    "我家老汉八十几了，{hour}出去到现在没回来，有点老年痴呆，在{town}附近",
    "{village}整个停电了，屋头有病人要用制氧机，好久来电",
    "{road}有个人倒在路边，喊不应，我已经打了120，想问还要找哪个",
    "河里涨水了，大河口电站是不是在放水，{village}河坝头还有人",
    "楼下烧烤摊都一点过了还在放音乐喝酒，明天要上班，已经打了110没人来",
    "{company}的工地在半夜打桩，整栋楼都在震，娃儿被吓醒了",
]
ELDERLY = [
    "我那个养老金，养老金{month}就没到了，我说嘛，{month}就没到了，你帮我查一下",
    "我耳朵不好哈，我问一下，高龄补贴，高龄补贴是不是取消了，我{village}的",
    "我八十几了，字也不认得，那个医保，医保卡，卡里头的钱咋个用不起了，用不起了",
    "我跟你说嘛，{village}那个路，那个路，下雨就走不得，走不得，我都摔了",
    "喂？喂？听得到不？我问一下哈，低保，低保今年还有没有，我老伴走了，就我一个人",
]
FOLLOW = [
    "我{month}反映的那个事，工单号{no}，{village}停水的，到现在都还没解决",
    "上个星期打过电话，{estate}电梯的事，说三个工作日回复，到现在没人联系我",
    "还是工资那个事，{company}，工单号{no}，劳动监察说在处理，我想问进度",
    "第{n}次打了，{road}那个坑，上次说转给住建局了，还是没补",
    "之前反映的快递丢件，{company}说赔一半，我不同意，工单{no}",
]
THANKS = [
    "谢谢你们哈，{road}的路灯修好了",
    "上次反映的停水解决了，给你们点个赞",
    "工资拿到了，谢谢劳动监察的同志，也谢谢你们",
    "{estate}电梯修好了，巴适，谢谢",
    "就是打电话来说声谢谢，{name}处理得好",
    "问题解决了，满意，满意",
]

# ---------------------------------------------------------------- nuisance content
ABUSE = [
    "你们这些龟儿子",
    "你个瓜娃子，接电话都不会",
    "一群吃闲饭的",
    "你们都是饭桶，饭桶！",
    "老子就是要骂你，咋个嘛",
    "扑街，冚家铲",
    "莫得一个好东西",
    "我日你先人板板",
    "你算老几，喊你们领导来接",
    "接线员就是个哈批",
    "狗腿子，政府的狗腿子",
    "你们这些当官的全部都该下课",
    "砍脑壳的，一天到晚只晓得耍",
    "你脑壳有乒乓",
    "骗子政府，骗子热线",
    "你声音难听死了，换个人来",
    "滚回去吃奶",
    "废物，全部是废物",
    "你们拿工资不做事，丢人现眼",
    "傻儿，傻儿一个",
    "痴线，你哋全部痴线",
    "你老母，冇用嘅嘢",
    "我就是打起耍的，气死你们",
    "你们一天到晚就会骗人",
]
PRETEXT = ["路灯坏了又咋个嘛，", "我反映个屁，", "管你啥子热线，", "", "", "", "随便你记不记，", "问你个事，算了，"]
PRANKS = [
    "我屋头的猫被外星人绑架了，就在{village}上空，你们赶紧派飞机来",
    "我想问下县长今天中午吃的啥子，我想吃一样的",
    "帮我查下下一期彩票号码嘛，你们政府啥子都晓得",
    "我在{road}捡到一个恐龙蛋，要不要上交国家，能不能换套房子",
    "我要举报我家隔壁的狗，它天天对我笑，笑得我心头发毛",
    "你好，我要订一份外卖，麻辣烫，多放辣，送到{estate}",
    "我要给你们唱首歌，你听好哈，小呀嘛小二郎……",
    "我是玉皇大帝，今天下凡视察岚溪，叫你们县长出来接驾",
    "请问12345可不可以帮我找个女朋友，要{town}的",
    "我梦到{village}的山要变成金山了，你们快去挖",
    "月亮今晚咋个不圆，是不是你们政府没管好",
    "我和我同学打赌你们会不会接电话，嘿嘿，输了",
    "帮我叫一下{name}，他欠我一包辣条，你们政府要主持公道",
]
NIGHT = [
    "喝了点酒，睡不着，陪我摆哈龙门阵嘛",
    "妹儿你还没睡哦，陪哥哥聊会儿",
    "我一个人好无聊，你们上夜班的也无聊吧，聊聊天",
    "嘿嘿，我喝醉了，你猜我喝了好多",
    "你们晚上几个人值班，有没有吃宵夜",
    "我就是想听哈有人说话，你说嘛，随便说啥子",
    "今天输了两千块，心头不安逸，跟你说一哈",
    "老子喝安逸了，给你们打个电话问候一下",
]
OBSESSIVE = [
    "我要县长亲自给我打电话，不是县长我不听",
    "政府必须赔我一百万，我家祖坟的风水被{company}破坏了",
    "把我隔壁那家人赶出{village}，我看到他们就不舒服",
    "我要你们把{road}改成我的名字，我在这里住了四十年",
    "给我安排个工作，要在县政府上班，坐办公室的",
    "我的事情就是要你们今天解决，解决不了我天天打，打到你们解决",
    "我要求给我家门口修一个广场，其他人都不准用",
    "{month}那个事我不接受任何答复，我要赔偿，赔偿五十万",
]
FLIRT = [
    "妹儿你声音好好听哦，加个微信嘛",
    "你今天穿的啥子颜色的衣服",
    "你结婚没得，我还单身",
    "你声音这么甜，人肯定长得乖，出来耍嘛",
    "我不问事，就想听你说话，多说几句",
    "你们接电话的美女下班几点，我来接你",
    "叫声哥哥来听下嘛",
]
ROBO = [
    "您好，这里是{bank}，您有一笔{money}元的信用额度待领取，回复1办理",
    "尊敬的客户，您的快递因地址不详被退回，请按1转人工客服",
    "您好，我们是{bank}，无抵押无担保，最快当天放款，详询请按1",
    "恭喜您获得二等奖，请拨打以下号码领取奖品",
    "这里是房产中介，{estate}急售，单价四千八，有意请按1",
    "您的医保卡即将冻结，请按9转人工处理",
]
FLIRT_TAILS = ["", "", "，嘿嘿", "，好不好嘛", "，莫挂嘛", "，我等你哈"]
OPENERS = ["", "", "", "喂，", "嘿嘿，", "你好哈，", "喂喂喂，", "哎，", "我跟你说，"]
ADDRESS = ["", "", "", "接电话的那个，", "你们12345，", "喂，你听到，", "我告诉你，", "你们热线的，"]
PRANK_TAILS = ["，哈哈哈哈", "，骗你的", "，你信不信嘛", "", "，记下来没得", "（笑着挂了）"]
PRANKS += [
    "（电话头几个小娃儿在笑）哈哈哈，你是机器人不是",
    "我家的鸡今天下了个双黄蛋，你们政府要不要来采访",
    "我要投诉太阳，晒得我脑壳痛，你们管不管",
    "问一下{company}有没有卖奶茶的，要珍珠多的",
    "我要申请在{village}当村长，明天就上任，你们发个文件",
    "你们热线能不能帮我写作业，数学第三题",
]
FLIRT += ["妹妹你是哪里的人，声音像我初恋", "你们这里接电话的是不是都是美女，我专门打来听听"]
NIGHT += ["睡不着，给你打个电话，你们不是24小时服务吗", "我在{road}喝酒，过来一起喝嘛"]
BANKS = ["惠民金融", "速达贷", "安心借", "诚信理财", "四海网贷"]


def _noise(r, text):
    for a, b in TYPOS:
        if a in text and r.random() < 0.12:
            text = text.replace(a, b, 1)
    if r.random() < 0.08:
        text = text.replace("，", " ", 1)
    if r.random() < 0.05 and len(text) > 14:
        text = text[: _int(r, 10, len(text) - 1)]  # operator stopped typing
    return text


def _fmt(r, template, prefix=True, end=True):
    text = template.format_map(_Slots(r))
    text = _noise(r, text)
    if end:
        text += _pick(r, ENDS)
    if prefix:
        text = _pick(r, PREFIXES) + text
    return text


def _spoken(r, templates, prefix_share, tails=("",)):
    """A nuisance remark as typed: maybe the operator's prefix, the caller's opener, the words."""
    text = _pick(r, OPENERS) + _fmt(r, _pick(r, templates), prefix=False, end=False)
    text += _pick(r, tails) + _pick(r, ENDS)
    return (_pick(r, PREFIXES) if r.random() < prefix_share else "") + text


def _day_time(r, start, days, night=False):
    day = start + dt.timedelta(days=r.randrange(days))
    if night:
        minute = _int(r, 22 * 60, 30 * 60 + 30) % (24 * 60)
    else:
        hour = r.choices(_HOURS, cum_weights=_HOUR_CUM)[0]
        minute = hour * 60 + r.randrange(60)
    return day + dt.timedelta(minutes=minute, seconds=r.randrange(60))


_HOUR_WEIGHTS = [1, 0.5, 0.3, 0.3, 0.4, 0.8, 2, 5, 9, 12, 12, 11, 8, 8, 10, 11, 11, 10, 8, 6, 5, 4, 2.5, 1.5]


_HOURS = range(24)
_HOUR_CUM = list(__import__("itertools").accumulate(_HOUR_WEIGHTS))


def _row(at, phone, content, secs, label, kind):
    return {
        "received_at": at,
        "caller_phone": phone,
        "content": content,
        "call_seconds": int(secs),
        "label": label,
        "kind": kind,
    }


def _nuisance(r, start, days, out, restricted, budget):
    """One nuisance caller: appends its rows, at most `budget`."""
    kind = r.choices(
        ["abuse_dialect", "silent", "prank", "night_drunk", "obsessive", "flirt", "robocall"],
        weights=[22, 24, 12, 12, 14, 8, 8],
    )[0]
    phone = _phone(r)
    if kind == "robocall":
        phone = _pick(r, ["95", "400", "0839-", "1700", "1710"]) + str(_int(r, 1000000, 9999999))
    repeats = {
        "silent": _pick(r, [3, 5, 8, 12, 20]),
        "obsessive": _int(r, 4, 15),
        "abuse_dialect": _pick(r, [1, 1, 2, 3, 6]),
        "night_drunk": _pick(r, [1, 2, 4, 7]),
        "prank": _pick(r, [1, 1, 2, 3]),
        "flirt": _pick(r, [1, 2, 3]),
        "robocall": _pick(r, [1, 2, 4]),
    }[kind]
    repeats = min(repeats, budget)
    if kind in ("silent", "obsessive", "abuse_dialect", "night_drunk") and repeats > 1 and (r.random() < 0.5):
        restricted.add(phone)
    first = _day_time(r, start, days, night=kind == "night_drunk")
    style = r.random()  # silent callers: how they spread their calls
    demand = _pick(r, OBSESSIVE)  # an obsessive caller's own demand
    end = start + dt.timedelta(days=days)
    at = first
    made = 0
    for i in range(repeats):
        if i:
            if kind == "silent":
                gap = (
                    dt.timedelta(minutes=_int(r, 2, 50))
                    if style < 0.3
                    else dt.timedelta(hours=_int(r, 2, 9))
                    if style < 0.6
                    else dt.timedelta(days=1, minutes=_int(r, -90, 90))
                )
            elif kind == "night_drunk":
                gap = dt.timedelta(days=_int(r, 1, 4), minutes=_int(r, -60, 60))
            else:
                gap = dt.timedelta(hours=_int(r, 3, 60), minutes=r.randrange(60))
            at = at + gap
            if at >= end:
                break
        if kind == "silent":
            secs = _pick(r, [_int(r, 2, 9), _int(r, 10, 30), _int(r, 15, 75)])
            content = _pick(r, ["", "", "", "", "", "", "", "", " ", "（无声）", "无人说话"])
        elif kind == "abuse_dialect":
            parts = r.sample(ABUSE, _pick(r, [1, 1, 2, 3]))
            sep = _pick(r, ["，", "！", "！！", " ", "。", "，"])
            content = _pick(r, PRETEXT) + _pick(r, ADDRESS) + sep.join(parts)
            content = _pick(r, ["", "", "来电人：", "来电人说", "来电人称"]) + _noise(r, content)
            content += _pick(r, ENDS)
            secs = _int(r, 4, 95)
        elif kind == "prank":
            content = _fmt(r, _pick(r, PRANKS))
            if r.random() < 0.25:
                content = content + _pick(r, PRANK_TAILS)
            secs = _int(r, 20, 420)
        elif kind == "night_drunk":
            content = _spoken(r, NIGHT, 0.3)
            if r.random() < 0.25:
                content += _pick(r, NIGHT)
            if r.random() < 0.3:
                content = ""
            secs = _int(r, 10, 900)
        elif kind == "obsessive":
            content = _fmt(r, demand if r.random() < 0.7 else _pick(r, OBSESSIVE))
            secs = _int(r, 60, 700)
        elif kind == "flirt":
            content = _spoken(r, FLIRT, 0.4, FLIRT_TAILS)
            secs = _int(r, 8, 200)
        else:
            content = _fmt(r, _pick(r, ROBO), prefix=r.random() < 0.2)
            secs = _int(r, 12, 45)
        out.append(_row(at, phone, content, secs, "harassment", kind))
        made += 1
    return made


def _series(r, out, phone, at, end, n, tmpl, secs, kind, max_gap_days):
    """A genuine caller's calls on one matter over days; returns how many fit the window."""
    made = 0
    while made < n and at < end:
        out.append(_row(at, phone, _fmt(r, tmpl), _int(r, *secs), "genuine", kind))
        made += 1
        at += dt.timedelta(days=_int(r, 1, max_gap_days), hours=_int(r, -4, 4))
    return made


def _genuine(r, start, days, out, restricted, budget):
    kind = r.choices(
        [
            "ordinary",
            "angry_real",
            "quoted_insult",
            "short_question",
            "dropped_line",
            "night_emergency",
            "elderly_repeat",
            "follow_up",
            "inherited_number",
            "thanks",
        ],
        weights=[68, 7, 4, 7, 3, 2, 2, 1.5, 1, 2],
    )[0]
    phone = _phone(r)
    at = _day_time(r, start, days, night=kind == "night_emergency")
    if kind == "dropped_line":
        out.append(
            _row(
                at,
                phone,
                _pick(r, ["", "", "", "喂？", "（信号不好，断了）"]),
                _int(r, 1, 12),
                "genuine",
                "dropped_line",
            )
        )
        if budget > 1 and r.random() < 0.8:  # the rest give up: one empty call, no more
            back = at + dt.timedelta(seconds=_int(r, 20, 900))
            out.append(_row(back, phone, _fmt(r, _pick(r, MATTERS)), _int(r, 60, 500), "genuine", "callback"))
            return 2
        return 1
    if kind == "elderly_repeat":
        n = min(_pick(r, [1, 2, 3, 4]), budget)
        tmpl = _pick(r, ELDERLY)
        return _series(r, out, phone, at, start + dt.timedelta(days=days), n, tmpl, (90, 720), kind, 5)
    if kind == "follow_up":
        n = min(_int(r, 2, 6), budget)
        tmpl = _pick(r, FOLLOW)
        return _series(r, out, phone, at, start + dt.timedelta(days=days), n, tmpl, (40, 400), kind, 6)
    if kind == "inherited_number":
        restricted.add(phone)
        content, secs = _fmt(r, _pick(r, MATTERS + SHORT)), _int(r, 30, 400)
    elif kind == "ordinary":
        content, secs = _fmt(r, _pick(r, MATTERS)), _int(r, 45, 650)
        if r.random() < 0.15:  # callers who also vent a little
            content += _pick(r, ["烦死了", "你们快点哈", "拜托了", "要得不", "谢谢哈", "急得很"])
    elif kind == "angry_real":
        content, secs = _fmt(r, _pick(r, ANGRY)), _int(r, 60, 900)
    elif kind == "quoted_insult":
        content, secs = _fmt(r, _pick(r, QUOTED)), _int(r, 60, 600)
    elif kind == "short_question":
        content, secs = _fmt(r, _pick(r, SHORT), prefix=r.random() < 0.3, end=False), _int(r, 8, 70)
    elif kind == "night_emergency":
        content, secs = _fmt(r, _pick(r, NIGHT_EMERG)), _int(r, 40, 400)
    else:
        content, secs = _fmt(r, _pick(r, THANKS), end=r.random() < 0.5), _int(r, 10, 90)
    out.append(_row(at, phone, content, secs, "genuine", kind))
    return 1


def calls(n_target, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    """(rows, restricted): about n_target calls over `days` days from `start`."""
    r = random.Random(seed)
    restricted = set()
    out = []
    n_bad = round(n_target * harassment_share)
    done = 0
    while done < n_bad:
        done += _nuisance(r, start, days, out, restricted, n_bad - done)
    done = 0
    while done < n_target - n_bad:
        done += _genuine(r, start, days, out, restricted, n_target - n_bad - done)
    for _ in range(max(3, n_target // 1000)):  # old entries whose numbers no longer call
        restricted.add(_phone(r))
    out.sort(key=lambda row: (row["received_at"], row["caller_phone"]))
    return out, restricted


if __name__ == "__main__":
    import collections
    import time

    t0 = time.perf_counter()
    rows, restricted = calls(50_000)
    took = time.perf_counter() - t0
    print(f"{len(rows)} calls in {took:.2f} s, restricted numbers {len(restricted)}")
    by = collections.Counter((row["label"], row["kind"]) for row in rows)
    for (label, kind), count in sorted(by.items()):
        print(f"  {label:10} {kind:17} {count:6}")
    shown = collections.defaultdict(list)
    for row in random.Random(7).sample(rows, 6000):
        if len(shown[row["kind"]]) < 3:
            shown[row["kind"]].append(row)
    for kind, samples in sorted(shown.items()):
        print(kind)
        for row in samples:
            print(
                f"   {row['received_at']:%m-%d %H:%M} {row['caller_phone']:13} "
                f"{row['call_seconds']:4}s {row['content']!r}"
            )
    assert rows == sorted(rows, key=lambda row: row["received_at"])
    end = dt.datetime(2025, 6, 1) + dt.timedelta(days=30)
    assert all(dt.datetime(2025, 6, 1) <= row["received_at"] < end for row in rows)
    assert sum(row["label"] == "harassment" for row in rows) == 2500
    assert calls(2000, seed=3) == calls(2000, seed=3)
