"""The harassment-call filter (骚扰来电过滤): explainable rules over an order and the pattern
of its caller's number, plus a learned text score (harassment_model.py), as plain functions.

docs/RULES.md § Harassment filter states the rules; the keys are those of
models.HARASSMENT_RULES, weights and thresholds are settings in config.py:

- restricted: the number is on the register of restricted numbers (受限号码), not expired, and
  the call is not an ordinary one (is_ordinary: a matter or a question, normal length, no
  abuse, a low text score) — or it is and another rule fired too (the register is evidence
  about the number, not about this call; an ordinary call alone is reported as a hint).
- burst: at least HARASSMENT_BURST_CALLS calls from the number within
  HARASSMENT_BURST_MINUTES, each with little content, this call among them.
- silent: empty content and a call of at most HARASSMENT_SILENT_SECONDS.
- silent_share: this call is silent, and of the number's calls within HARASSMENT_PATTERN_DAYS
  around it at least HARASSMENT_SILENT_SHARE_CALLS, and at least HARASSMENT_SILENT_SHARE of
  them, are silent.
- frequent: at least HARASSMENT_FREQUENT_CALLS calls within HARASSMENT_FREQUENT_HOURS.
- night: this call is at night (HARASSMENT_NIGHT_START–END) and the number made at least
  HARASSMENT_NIGHT_CALLS night calls within HARASSMENT_PATTERN_DAYS around it.
- daily: calls on at least HARASSMENT_DAILY_DAYS different days within HARASSMENT_REPEAT_DAYS.
- abusive: the content contains a word of ABUSIVE_WORDS, not as reported speech (right after
  骂/说我/喊我/叫我/称我…, or inside quotation marks: the caller reports an insult).
- repeated: the same content, of at least HARASSMENT_SHORT_CONTENT characters, from the
  number at least HARASSMENT_REPEAT_COUNT times within HARASSMENT_REPEAT_DAYS.
- text: the learned text score is at least HARASSMENT_TEXT_THRESHOLD (HARASSMENT_TEXT_PATTERN_
  THRESHOLD when a rule of the number's pattern fired too); when no other rule fires, at
  least HARASSMENT_TEXT_ALONE_THRESHOLD unless the content insults the listener or the
  government directly; anger at a situation needs HARASSMENT_TEXT_MATTER_THRESHOLD and
  never fires alone.
- robocall: a short call (HARASSMENT_ROBOCALL_SECONDS) whose text is a key menu, or a pitch
  from a commercial or virtual number range, not a caller reporting such a call.
- personal: the text chats up the call-taker (a partner, a date, a private contact, looks).

An operator's note that nobody spoke (NO_SPEECH_NOTES: 「（无声）」「无人说话」) reads as empty.

The score is the sum of the weights of the rules that fired. A restricted number with a
score of at least HARASSMENT_AUTO_SCORE is marked as harassment at once (workflow,
actor 系统); any other score of at least HARASSMENT_REVIEW_SCORE goes to the review queue.
A dismissal exempts the number from the rules that fired for HARASSMENT_EXEMPT_DAYS.

Only phone orders an operator could still mark (NEW, ONLINE) are judged, and each order
is flagged at most once (HarassmentFlag is unique per order), so running the filter again
never overrides a reviewer. Every phone order the filter looks at gets
a HarassmentCheck row (when it was filtered), so "not yet filtered" is a query.
"""

import bisect
import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from peewee import JOIN, Case, Value, fn

import workflow
from models import (
    HARASSMENT_RULES,
    HarassmentCheck,
    HarassmentFlag,
    RestrictedNumber,
    RuleExemption,
    User,
    WorkOrder,
    db,
    local_now,
    record_audit,
)

# A deliberately small list of common Mandarin insults and curses. Kept in code so that a
# change is reviewed like code; words that appear in genuine complaints ("他骂我混蛋") are
# why this rule alone only sends an order to review. Abuse in other words is the learned
# text score's job (harassment_model.py).
ABUSIVE_WORDS = (
    "他妈的",
    "你妈的",
    "妈的",
    "操你",
    "草泥马",
    "傻逼",
    "傻b",
    "煞笔",
    "沙比",
    "去死",
    "王八蛋",
    "混蛋",
    "狗日",
    "贱人",
    "畜生",
    "滚蛋",
    "脑残",
    "神经病",
    # curses of the regions (西南, 东北, 粤, 吴, 中原) and written in letters
    "龟儿子",
    "龟孙",
    "仆街",
    "丢你",
    "屌你",
    "戆大",
    "册那",
    "娘希匹",
    "瘪三",
    "滚犊子",
    "瘪犊子",
    "二逼",
    "傻叉",
    "杂种",
    "贱货",
    "去你大爷",
    "卧槽",
    "特么",
    "tmd",
    "nmsl",
    "cnm",
)
_ABUSIVE = re.compile("|".join(re.escape(w) for w in ABUSIVE_WORDS), re.IGNORECASE)
_NOT_TEXT = re.compile(r"[\W_]+")
# Reported speech: one of these within the few characters before an abusive word makes it
# an insult the caller reports ("邻居骂我神经病", "办事员说我是神经病", "喊我神经病").
REPORTING_WORDS = ("骂", "说我", "喊我", "叫我", "称我", "说他", "喊他", "叫他", "称他", "说她", "喊她", "叫她", "称她")
_REPORTED_SPEECH_CHARS = 5
# Quotation marks: an abusive word inside a quotation is reported too ("喊我“神经病”").
QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"', "'": "'"}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# A concrete matter (具体事项): what a genuine caller, however angry, talks about — a place,
# an object, a service, money owed, a time asked for. A call whose text has one of these
# and at least HARASSMENT_MATTER_CHARS characters describes a matter: a swear word in it is
# the caller's anger at the situation (「这破路他妈的谁修的」), not abuse of the listener.
# Words that are also insults (垃圾, 骗子) count only in compounds naming the thing.
MATTER_WORDS = _words(
    """
    路 街 桥 巷 井盖 红绿灯 信号灯 路灯 公交 车站 停车 车位 占道 堵车 拥堵 施工 工地 围挡 坑 隧道
    高速 斑马线 护栏
    水管 自来水 停水 漏水 水压 水费 水表 停电 电费 电表 电线 电梯 燃气 煤气 天然气 暖气 供暖 宽带
    信号 下水道 排水 积水 化粪池 污水
    小区 物业 业主 楼 栋 单元 房子 房屋 房产证 开发商 交房 拆迁 装修 违建 违章 邻居 门口 院子 围墙
    屋顶 租房 房东
    噪音 噪声 油烟 扬尘 粉尘 臭味 异味 焚烧 垃圾桶 垃圾站 垃圾清运 倒垃圾 垃圾堆 垃圾没人 垃圾车
    狗屎 流浪狗 广场舞 烧烤
    工资 欠薪 拖欠 社保 医保 养老 退休金 公积金 补贴 补助 低保 工伤 老板 包工头 公司 合同 押金 退款
    退钱 发票 收费 罚款
    学校 幼儿园 学位 上学 老师 医院 看病 疫苗 药店 诊所 商家 超市 饭店 餐馆 外卖 快递 假货 过期 价格
    摊 市场 出租车 网约车 司机 驾照 车辆 电动车 摩托
    村 土地 宅基地 承包 庄稼 农田 地里 大棚 化肥 种子 养殖 猪场 鸡场 河 水库 鱼塘 山林
    户口 身份证 办证 证明 审批 窗口 营业执照 派出所 街道办 社区 居委会 村委 法院
    什么时候 啥时候 多久 多长时间
    镇 乡 县城 县里 组里 工厂 厂里 厂家 厂区 工业园 园区 开发区 矿山 矿区 矿上 采矿 果园 茶园 林场 林地 砍树
    砍伐 果树 农药 兽医 庄稼 收成 灌溉 水渠 水沟 水井 抽水 变压器 电线杆 电杆 光缆 基站 网络 手机信号
    坟 墓地 公墓 殡葬 丧葬 火化 彩礼 离婚 家暴 赡养 抚养 遗产 扶贫 救助 残疾 五保 特困 住院 报销 化验
    火灾 着火 山火 洪水 内涝 塌方 滑坡 泥石流 裂缝 暴雨 冰雹 干旱 山洪
    银行 存款 转账 被骗 诈骗 网购 退货 商品 质量问题 涨价 超标 污染 排污 废水 废气 烟囱 偷排
    景区 门票 旅游 酒店 宾馆 班车 客车 校车 火车 高铁 加油站 充电 驾校 考试 高考 中考 招生 录取 成绩
    城管 交警 民政 公安 税务 国土 林业 农业 水利 环保 卫生院 医生 护士 急救 120
    工单 办理进度 退休 下岗 补偿 赔偿
    """
)
_MATTER = re.compile(
    "|".join(re.escape(w) for w in MATTER_WORDS)
    # a quantity or date: 3号楼, 两个月, 500块, 十几天 (not 遍/次: "说了八遍" is no matter); a
    # number of eight digits or more names an order, an account, a phone
    + r"|[0-9一二三四五六七八九十两半几]+(?:个多?月|多?天|年|号|点|块|元|万|米|户|层|室|亩|斤|公里|小时)|[0-9]{8,}"
)
# The frame of a report or a request the call-taker writes for a matter: 反映…, 投诉…, 请相关部门
# 处理, 希望尽快解决, 诉求：… (not 未反映, 没反映: a note that there was none). Pranks are written
# in the same frame, so it is no matter by itself; it keeps a note of manner (一开口就骂, 已提醒
# 文明用语) on a genuine complaint from reading as a nuisance note.
_REQUEST = re.compile(
    r"(?<![未没无不问])(?<!问其)(?:反映|投诉|举报)|诉求(?:同前)?[:：为是]|望予|请求|"
    r"(?:请|望|希望|要求|盼|想让|麻烦)[^，。]{0,8}?(?:处理|解决|答复|回复|核实|落实|协调|查处|整改|维修|修复|帮助|帮忙|调查)"
)
# Abuse directed at the listener or the government: a target (second person, the
# government, the operator) right before an insult, or an insult right before the target
# (「垃圾政府」); 操你/你妈/狗官 and the imperative 滚 are directed by themselves.
TARGET_WORDS = _words("你们 你 您 政府 领导 当官的 干部 公务员 接线员 话务员 接电话的 客服 热线 12345")
# Insults after a target (「你们这帮废物」); words that also name things (垃圾, 骗子, 猪, 狗)
# only before one (「垃圾政府」「骗子政府」), since 「你们小区的垃圾」 is a matter.
INSULT_WORDS = ABUSIVE_WORDS + _words(
    """废物 饭桶 蠢货 白痴 智障 蛀虫 吃干饭 吃闲饭 吃屎 不是东西 狗东西 没用的东西 无能 混账 猪脑子
    傻子 是不是傻 贪官 败类 人渣 不是人 没家教 没教养 听得懂人话 听不懂人话 说人话 这种人 不如养条狗 狗仗人势
    当心点 小心点 走着瞧 等着瞧 有你好看 让你下岗 弄死你"""
)
INSULT_BEFORE_WORDS = INSULT_WORDS + ("垃圾", "骗子", "猪", "狗", "无耻", "黑心")
_DIRECTED_CHARS = 6
# A reproach of how the work is done (不对人，对办事): 吃干饭, 不作为, 无能 said to 你们/政府 in a
# call about a concrete matter is the caller's anger at the handling of it, not abuse.
REPROACH_WORDS = _words("吃干饭 吃闲饭 不作为 无能 不办事 不干活 不管事 没用 踢皮球 推来推去 混日子 白拿工资")


def _alternatives(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SELF_DIRECTED = (
    "操你|草你|你妈|尼玛|狗官|弄死你|整死你|砍死你|打死你|杀了你|宰了你|炸了你们|烧了你们"  # directed by themselves
)
_DIRECTED = re.compile(
    rf"(?:{_alternatives(TARGET_WORDS)}).{{0,{_DIRECTED_CHARS}}}?(?:{_alternatives(INSULT_WORDS)})"
    rf"|(?:{_alternatives(INSULT_BEFORE_WORDS)}).{{0,2}}?(?:{_alternatives(TARGET_WORDS)})"
    rf"|{_SELF_DIRECTED}|^滚|滚$|给我滚|都滚|滚蛋|滚开|滚出去|滚远|滚一边"
)
# Is there any insult at all (is_directed's quick no: every alternative above contains one)?
_INSULT_ANY = re.compile(f"{_alternatives(INSULT_BEFORE_WORDS)}|{_SELF_DIRECTED}|滚", re.IGNORECASE)
# A recorded or mass-dialled message (录音群呼): what an automated call says — a key menu
# (请按1, 按0键, 转人工, 回复TD, 退订请按) — or, from a number of a commercial or virtual range
# (ROBOCALL_PREFIXES: 400, 95xxx, 106, 170/171/162/165/167), a sales or scam pitch addressed
# to whoever answers (a loan, a prize, a card or account about to be frozen, a parcel claim).
ROBOCALL_MENU = re.compile(
    r"请按[0-9０-９一二三四五六七八九零*#＃井星]|按[0-9０-９一二三四五六七八九零*#＃]号?键|转人工|人工服务|人工客服"
    r"|按[0-9０-９](?:查询|办理|了解|咨询|确认|转接|退订|收听|领取)"
    r"|回复[0-9a-z]{1,4}|退订请|语音提示|本通话|本次来电为|这是一条.{0,6}(?:通知|提示|语音)"
)
ROBOCALL_PITCH = re.compile(
    "|".join(
        _words(
            """冻结 停用 注销 失效 逾期 放款 额度 无抵押 无担保 免息 低息 贷款 借款 网贷 中奖 获奖 奖品 领奖
            恭喜 领取 理赔 赔付 退款 优惠 限时 特价 促销 代办 投资 理财 收益 福利 免费领 积分 续费 尊敬的"""
        )
    )
)
ROBOCALL_PREFIXES = ("400", "95", "106", "170", "171", "162", "165", "167")
# A pitch speaks to whoever answers (您, 你) and not about the speaker (我, but 我们 of a
# company is a pitch's word).
_PITCHED = re.compile("您|你")
_FIRST_PERSON = re.compile("我(?!们)")
# A caller who reports such a call (「我接到一个电话说我医保卡冻结」) is no robocall.
ROBOCALL_REPORTED = re.compile(
    "接到|收到|打来|打给我|给我打|有人|对方|冒充|(?<!疑似)诈骗|骗子|被骗|骗我|短信|举报|投诉|反映一个"
)
# Chatting up the call-taker (撩拨接线员): personal questions and offers to the listener — a
# partner or marriage, a date or a meal after work, the listener's private contact, looks or
# voice praised. Not when the caller reports someone else doing it (「老板老问我有没有对象」).
_PERSONAL = re.compile(
    r"你(?!们)[^我他她]{0,4}(?:对象|男朋友|女朋友|男票|女票|老公|老婆)"
    r"|你(?!们).{0,3}(?:结婚了?(?:没|吗|么)|成家了?(?:没|吗|么)|单身)|(?:处|耍)个?(?:对象|朋友)"
    r"|约会|约你|加(?:一?个|一下|下|我)?(?:你的?)?(?:微信|vx|qq)(?!群|公众号|小程序)"
    r"|留个?你的?(?:电话|手机号?|微信)给我|你的?(?:私人)?(?:微信|vx|qq|手机号)(?:是?多少|给我)"
    r"|(?:请你|带你|陪你|约你)(?:去|出来)?(?:吃饭|吃宵夜|看电影|喝酒|喝一杯|兜风|逛街)"
    r"|(?:等你|接你|送你)(?:下班|回家)|下班.{0,6}(?:一起|出来|见面|见个面)"
    r"|你的?声音.{0,4}(?:好听|甜|温柔|嗲|性感|迷人)|你.{0,4}(?:长得|长的).{0,3}(?:漂亮|好看|美|靓)|发.{0,2}(?:张|个)?照片.{0,2}给我"
)
_PERSONAL_REPORTERS = "骚扰我|性骚扰|老板|领导|同事|经理|主管|有人|举报|投诉|接到|收到|诈骗|骗"
_PERSONAL_REPORTED = re.compile(_PERSONAL_REPORTERS + "|他|她")


_PERSONAL_HINTS = ("你", "约会", "对象", "朋友", "微信", "vx", "qq", "电话", "手机", "下班", "照片")


# The same written by the call-taker, of the call-taker: 「问话务员有没有对象」「约话务员下班吃饭」
# 「打听话务员住哪」「送话务员花」; 她 here is the call-taker.
_PERSONAL_NOTE = re.compile(
    r"(?:问|追问|打听|询问|套问|要求|让)(?:话务员|接线员|接电话的)[^，。]{0,6}?"
    r"(?:对象|男朋友|女朋友|结婚|单身|住哪|住在哪|住址|家住|几点下班|下班|手机号|微信|真名|身份证|长得|多大|年龄|几岁|一个人住|家里几口人"
    r"|吃(?:夜宵|饭|早饭|午饭|晚饭)了|睡了没|累不累)"
    r"|点名要?找.{0,8}(?:女话务员|女接线员|小姑娘|姑娘|美女|小妹)"
    r"|(?:(?<![预签节制相大])约|追求)(?:话务员|接线员)|(?:送|请)(?:话务员|接线员)(?:花|礼物|吃|喝|出来|看电影)|给(?:话务员|接线员)送"
    r"|(?:话务员|接线员)的?(?:下班时间|住址|家庭住址)|(?:话务员|接线员)的?(?:声音|长相).{0,4}(?:好听|甜|温柔|嗲|性感|迷人|漂亮)"
)
_PERSONAL_NOTE_REPORTED = re.compile(_PERSONAL_REPORTERS)  # (他/她 is the call-taker here)


def is_personal(text: str) -> bool:
    """The text (normalized) chats up the call-taker (_PERSONAL, or the call-taker's note of it:
    _PERSONAL_NOTE), not a report of it."""
    if (
        ("话务员" in text or "接线员" in text or "点名" in text)
        and _PERSONAL_NOTE.search(text)
        and not _PERSONAL_NOTE_REPORTED.search(text)
    ):
        return True
    if not any(hint in text for hint in _PERSONAL_HINTS):  # (most calls: a quick no)
        return False
    text = text.replace("你好", "，").replace("您好", "，")  # a greeting speaks to no one in particular
    return _PERSONAL.search(text) is not None and _PERSONAL_REPORTED.search(text) is None


# A child on the line (儿童玩闹来电): the operator notes a child playing with the phone, laughing,
# babbling or pressing keys — 「小孩玩电话」「听声音是小朋友在乱按」「童声，嬉笑后挂断」. Not a
# matter about a child (a place, an object, a service: has_matter), not a question, and not
# harm or an event that befell one (受伤, 被咬, 走失, 欺负…), not a child's thanks.
_CHILD = re.compile(
    r"(?:小孩子?|小朋友|儿童|孩子|小学生|幼儿|童声|小娃|娃娃|小屁孩)[^，。,.]{0,8}?"
    r"(?:玩|乱按|乱拨|乱打|乱说|乱讲|胡说|胡言|嬉笑|嬉闹|打闹|笑|唱歌|唱|捣乱|恶作剧|喊叫|尖叫|哭闹|咿呀|牙牙)"
    r"|童声|小孩(?:子|的)?声音?|孩子的?声音|小朋友的?声音"
    # the call-taker's note that a child called, with no grown-up on the line
    r"|(?:小孩子?|小朋友|儿童|孩子|小学生|幼儿)(?:来电|拨打|打来|拨的|打的)|找大人|大人不在|无大人|没有大人|没大人"
    r"|(?:小孩子?|小朋友|童声|小娃|儿童)(?:在电话里)?(?:问|说|喊|讲|报数|数数)"
)
_CHILD_EVENT = re.compile(
    "受伤|伤|被|摔|咬|危险|丢了|走失|失踪|找不到|欺负|打伤|溺水|生病|发烧|病了|医院|学校|幼儿园|老师|上学|"
    "补课|培训|辍学|虐待|打骂|不管|留守|救|抚养|监护|谢谢|感谢|表扬|"
    # an adult explaining a child's dialling, with an apology: a misdial
    "不好意思|抱歉|道歉|致歉|对不起"
)


# The child itself asks or talks (「小孩问话务员家里有没有小狗」): its question is no consultation.
_CHILD_SPEAKS = re.compile("(?:小孩子?|小朋友|童声|小娃)(?:来电|打来|在电话里)?(?:问|说|喊|讲|报)")


def is_child_play(text: str, settings: "Settings", matter: bool | None = None) -> bool:
    """The text (normalized) notes a child playing with the phone, with no matter, and no
    question but the child's own."""
    return (
        _CHILD.search(text) is not None
        and _CHILD_EVENT.search(text) is None
        and not (has_matter(text, settings) if matter is None else matter)
        and (not is_question(text) or _CHILD_SPEAKS.search(text) is not None)
    )


# An operator's note that the call was a recording or a machine (录音, 电脑语音, 自动语音播报,
# 机器人, 群呼): 「对方为录音，推销贷款」「接通后是电脑语音」. Not a caller reporting such calls
# (ROBOCALL_REPORTED without 对方, or complaining that they keep coming: 老是, 经常, 每天…).
ROBOCALL_NOTE = re.compile(
    r"(?:为|是|系|播放|放的?|一段|一条|疑似|属于?)(?:一段|一条)?(?:电脑|自动|系统|机器人?|智能|ai|合成|广告|推销|营销|诈骗)?"
    r"(?:录音|语音)(?:播报|广告|推销|通知|提示)?"
    # (a machine's voice, not a factory's machines: 「厂里机器声音晚上特别响」 is a noise complaint)
    r"|(?:电脑|自动|机器人|智能|ai|合成)(?:语音|声音|客服|播报)|机器(?:语音|客服|播报)|(?:为|是|系|像)机器(?:声音|音)|语音播报|录音(?:推销|广告|播报)|(?:推销|广告|营销|诈骗)(?:电话)?录音|群呼"
    r"|外呼|录音电话|合成音|机器人(?:来电|打来|电话)|语音菜单|^(?:录音|语音)|无人工(?:服务|接听|应答)?"
)
_ROBOCALL_NOTE_REPORTED = re.compile(
    "接到|收到|打来|打给我|给我打|我的电话|我手机|老是|经常|总是|每天|天天|一天|好几个|多次|举报|投诉|骚扰电话|管管|能不能"
)


def is_robocall_note(text: str) -> bool:
    """The text (normalized) is the operator's note that the call was a recording or a machine."""
    return ROBOCALL_NOTE.search(text) is not None and _ROBOCALL_NOTE_REPORTED.search(text) is None


# The call-taker's note that the call was a nuisance (话务员备注为无效来电). Call-takers say so
# in their own words: that the caller abused or chatted up the call-taker (辱骂话务员, 调戏接线员),
# that the call had no government matter or none at all (无政务诉求, 无效来电, 无具体诉求, 未说明
# 诉求; not 无其他诉求, a genuine order's closing words) — these hold whatever else the text says
# (NUISANCE_NOTES); and, when the text names no concrete matter, that the caller was warned
# (已提醒文明用语: genuine angry callers are warned too), abused or talked smut, only chatted, was
# drunk or raved, or sold something to the hotline — NO_MATTER_NOTES, and only when the text is
# not written up as a complaint (_REQUEST). Not a caller complaining of such behaviour by someone
# else, nor of nuisance calls (骚扰电话 is a matter), nor a referral (受理范围).
# A private errand asked of the hotline: a meal or a taxi ordered, a phone topped up, a letter
# written, a lottery number worked out, money lent, a story told, a wake-up call.
_ERRAND = (
    r"(?:(?:点|叫|订)(?:一份|个)?(?:外卖|饭|餐)|叫(?:个|辆)?(?:出租车|车|滴滴)|(?:充|交)话费"
    r"|写(?:一份|份)?(?:检讨|作业|情书|作文)|算.{0,3}彩票|买彩票|借(?:给)?(?:他|她|其)?(?:点|些|[0-9一二三四五六七八九十百两]+(?:块|元))?钱"
    r"|讲(?:个)?(?:故事|笑话)|唱(?:首|个)?歌)"
)
# The call-taker's tag in brackets (「（骚扰电话）」「【无效】」「(恶意来电)」), read on the content as
# written (the text has no brackets).
_TAG = re.compile(
    r"[【（(\[〔]\s*(?:骚扰|恶意|无效|辱骂|谩骂)[^】）)\]〕]{0,6}[】）)\]〕]|^\s*(?:骚扰|恶意|无效)(?:来电|电话)?\s*[:：]"
)


def _is_tagged(content: str, text: str) -> bool:
    """The content (as written) carries the call-taker's tag, and its text no misdial or bad line."""
    return _TAG.search(content) is not None and not _is_innocent(text)


# A sound the caller makes on purpose (学狗叫): someone is on the line, pranking.
_MIMICRY = re.compile("学(?:狗|猫|鸡|驴|猪|羊|牛|鸭)叫")
NUISANCE_NOTES = re.compile(
    r"(?:调戏|骚扰|纠缠|挑逗)(?:我们的?|本)?(?:话务员|接线员|坐席|热线工作人员)"
    r"|无政务(?:类)?诉求|非政务(?:类)?(?:诉求|来电|事项)"
    r"|(?<![其他别])无(?:具体|实质性?|有效|任何|实际|明确)?的?(?:诉求|事项)"
    r"|未(?:反映|说明|提出|讲|说|表达|提供|留下|留)(?:具体|任何|明确|实质)?的?(?:诉求|事项|问题|内容)"
    r"|不(?:说|讲|谈)(?:具体|明确)?(?:事|事情|事项|诉求|正事)|说不出.{0,2}(?:事|诉求)"
    # asked for the matter, the caller would not say or hung up: 「问其反映什么事情不说」「询问其有何
    # 诉求不回答」「引导其说明诉求，对方冷笑挂断」 (not the closing 「问还有什么事」)
    r"|(?:询问|问|引导)其?(?:(?!还|其他|别的).){0,6}?(?:诉求|事情|事项|什么事|啥事|何事|什么问题|啥问题)"
    r"(?:.{0,3}?(?:不说|不讲|不回答|拒绝|不答|说不出)|.{0,6}?(?:挂断|挂机|挂了)"
    r"|.{0,8}?(?:没问题|没事|没得事|没有事|莫管|别管|不用你管|关你))"
    # the caller owned up to a false report: 「回拨后来电人承认是瞎说的」「称是开玩笑」
    r"|承认(?:是)?(?:瞎说|乱说|胡说|假的|开玩笑|编的)|称是开玩笑"
    # the call-taker found the report false: 「所述地址查询不到」「经核实不存在」「谎报」
    r"|(?:所述|所报|所说|提供)的?(?:地址|地点|位置|单位|小区|门牌|人员|情况).{0,4}?(?:查询不到|查不到|不存在|查无|核实不到|无法核实|不属实)"
    r"|谎报|假报警|虚假报警|报假警|报假案|虚报警情"
    # laughter or jeering behind the caller, animal noises made at the call-taker: a prank
    r"|背景(?:里|中)?(?:有|传来)?(?:多人|很多人|一群人|几个人)?的?(?:笑声|哄笑|起哄|嬉笑|大笑)"
    rf"|(?:旁边|身边|周围)(?:有)?(?:多人|人|几个人|一群人)(?:在)?(?:笑|起哄|哄笑|嬉笑)|{_MIMICRY.pattern}"
    r"|(?:说完|后|随后|然后)(?:哈哈)?大笑|大笑(?:着)?(?:挂机|挂断|挂了)|外星人|飞碟"
    # a salesperson by their own account: 「来电人自称某广告公司业务员，推销桶装水」
    r"|来电(?:人|者)?(?:是|称是|系|自称).{0,10}?(?:业务员|销售员|推销员)"
    # a threat to the call-taker or the office: 「扬言要炸了你们办公楼」「知道话务员在哪上班」
    r"|扬言(?:要)?(?:炸|烧|杀|砍|报复|弄死|打死)|知道(?:你|话务员|接线员)(?:在哪|住哪|在什么地方|家在)"
    # the call-taker notes that the caller pestered, or an earlier false report from the number
    r"|(?:反复|继续|一直|多次)纠缠(?![她他我其])|纠缠(?:约|不休|不放|[0-9])|纠缠了(?![她他我其])|不实来电|虚假举报|多次虚假"
    # found false on checking: 「经核实大桥无异常」「经林业部门核实为谣言」; the caller owning up: 「骗你的」
    r"|核实.{0,6}?(?:无异常|无此事|无相关情况|没有此事|不存在|为谣言|系谣言|不属实)|骗你的"
    r"|没得诉求|没有诉求|没啥诉求|没什么诉求"
    # an errand asked of the call-taker or the hotline, a wake-up call
    rf"|(?:话务员|接线员|热线|12345|你们)(?:能不能|可不可以|能否)?(?:帮|替|给)?(?:他|她|其|忙|我)?{_ERRAND}|叫(?:他|她|其)起床"
)
NO_MATTER_NOTES = re.compile(
    # the caller abused the call-taker (a genuine angry caller does too, and the call-taker writes
    # up the matter beside it: 「骂话务员“鳖孙”，要求相关部门处理」)
    r"(?:辱骂|谩骂|侮辱|骂|威胁|恐吓|嘲讽|讥讽)(?:我们的?|本)?(?:话务员|接线员|坐席|热线工作人员)|"
    # an invalid call (无效来电: a misdial or a dropped line is one too, _INNOCENT); not 沟通无效
    r"(?<!沟通)(?<!协商)(?<!调解)(?<!处理)(?<!交涉)(?<!反映)(?<!投诉)(?<!劝阻)(?<!制止)(?<!维修)无效(?:来电|电话|通话)|"
    r"(?<![被遭])(?:辱骂|谩骂)(?![我她他其人])|(?:提醒|要求|劝|请)(?:其|对方|来电人)?(?:注意)?文明(?:用语|通话|说话|礼貌)"
    r"|(?:已|予以|给予|按规定|依规|按规范)(?:按规定|按规范)?(?:警示|警告)|警示后|警告后"
    # (not 「还问了两句别的没啥事」: nothing else, a consultation's close)
    r"|(?<!别的)(?<!其他)没(?:有)?(?:啥|什么)正?事|没事就不能"
    # asked what it was about, the caller said nothing was: 「问他有什么事，他说没事」「说没事就想讲讲」
    r"|问(?:他|她|其)?.{0,4}(?:什么|啥|何)事.{0,4}(?:说|称|答)没事|(?:说|称)(?:自己)?没事(?:干|做)?(?:就|只是)?(?:想|打)"
    # trying out the line, for a bet or a game: 「跟朋友打赌热线有没有人接」「测试一下电话通不通」
    r"|打赌|测试|看看?(?:通不通|能不能打通)"
    r"|试试(?:热线|电话|半夜|晚上|有没有人|是不是|能不能|通不通)|(?:是不是|是)真人|真人还是机器人|无事$"
    r"|试(?:一下|下|哈)(?:能不能打|电话|热线|手机)?$|试(?:一下|下)能不能打|是不是真的?有人接|有没有人接"
    r"|打来玩|打着玩|(?:闹着|打)玩的|有冇(?:得)?人接|开玩笑|开个玩笑|逗你玩|彩票(?:开奖|号码)|开奖号码|随便(?:讲讲|聊聊|问问|说说)|阴阳怪气|冷嘲热讽|讥讽"
    r"|骂(?:一顿|几句|两句)|聊了(?:很久|半天|好久)"
    # lonely, wanting to talk; drink; smut; abusing the hotline for its own sake
    r"|说说话|闷得慌|喝(?:了点?)?酒了|喝了(?:点)?酒|一身酒气|酒话|喘粗气|不堪入耳|骂(?:骂|一骂)?你们|出出气"
    # a private errand for the hotline: 「要话务员帮他点外卖」「叫他起床」「算彩票号码」
    rf"|(?:帮|替)(?:他|她|其|忙|我)?{_ERRAND}"
    # playing a dignitary: 「自称是市长，让话务员放假」
    r"|(?:自称|称自己是|说自己是|装作|假装|扮演)(?:是)?(?:市长|县长|书记|省长|局长|领导|主席|皇帝|玉皇大帝|神仙|外星人)"
    r"|闲聊|闲谈|闲扯|聊天|拉家常|东拉西扯|扯闲篇|拉呱|唠嗑|摆龙门阵|解闷|陪(?:他|她|我)?(?:说话|聊)|找(?:个)?人(?:说话|讲话)|找人聊"
    r"|酒后|喝多了|醉酒|喝醉|醉醺醺|胡言乱语|语无伦次|答非所问|胡说八道|东一句西一句"
    r"|(?:开口就|张口就|一直|不停地?|破口大)骂|脏话|骂人|言语侮辱|出言不逊|污言秽语|骂骂咧咧"
    r"|(?<![被遭挨])骂(?:政府|社会|国家|热线|12345)"
    r"|言语低俗|语言低俗|低俗|下流|性暗示|黄色笑话|黄段子|荤段子|开黄腔|恶作剧|不雅|性方面|粗口|骂了一通"
    # the caller selling to the hotline (a live salesperson): 「来电人推销贷款」「问热线要不要做广告」
    r"|来电(?:人|者)?(?:是|称是|系|自称)?.{0,8}?(?:推销|业务员)"
    r"|要不要(?:做|投放|办|买|开通)?.{0,6}?(?:广告|推广|认证|代运营|加盟)|招商加盟|代运营|^推销"
    r"|(?:你们|贵|热线|话务)?(?:单位|热线|中心)(?:是否需要|需不需要|要不要|需要不|用不用)|推销电话"
)
# The caller was the one abused (「被车间主任辱骂」「遭网格员骂了一通」): a note of abuse is the
# caller's report.
_VICTIM = re.compile("[被遭挨].{0,10}?(?:骂|辱骂|谩骂|侮辱|羞辱)|(?:经常|总是|又|常)打(?:她|我)|家暴|殴打")
# A caller in distress (心理援助, 想不开, 睡不着, 心情很差, 失业): wanting someone to talk to is a
# call for help, never a nuisance note.
_DISTRESS = re.compile("心理|想不开|轻生|自杀|活不下去|不想活|抑郁|心情(?:很|特别|非常)?(?:差|不好|低落)|睡不着|失业")


def is_nuisance_note(text: str, settings: "Settings", matter: bool | None = None) -> bool:
    """The text (normalized) is the call-taker's note that the call was a nuisance."""
    if NUISANCE_NOTES.search(text):
        return True
    if matter is None:
        matter = has_matter(text, settings)
    return (
        not matter
        and NO_MATTER_NOTES.search(text) is not None
        and _REQUEST.search(text) is None
        and _VICTIM.search(text) is None
        and not _is_innocent(text)
        and _DISTRESS.search(text) is None
    )


# A misdial noted by the call-taker (误拨, 打错了, 拨错号码, 按错了, 想打120), or a caller told the
# line they wanted (已告知拨打110): the text score alone does
# not flag it (a short, odd operator's note reads to the model like a nuisance).
MISDIAL_NOTES = re.compile(
    "误拨|错拨|拨错|打错|按错|摁错|想打给|要找.{1,6}的电话|以为(?:是|打的是|这是)"
    # a caller who wanted another line, and was told it: 「想打120，已告知直接拨打120」「要找银行客服」
    "|想打[0-9给]|想打.{0,6}电话|要找.{0,8}(?:客服|公司|值班室)|找.{1,8}(?:公司|客服)的"
    "|告知(?:其)?(?:直接)?(?:拨打|正确号码|其他号码)"
)
# The call-taker's guess on a silent call (疑似误拨), not the caller's word.
_MISDIAL_GUESS = re.compile("(?:疑似|可能|像是|估计|应该是)(?:是)?(?:误拨|打错|拨错|按错)")
# An invalid call that is nobody's fault: a misdial, a bad line, a dropped call (「无效来电（信号差）」
# 「【无效】通话中断」「【无效】听不清，来电人说再打」): the notes of manner and 无效来电 do not count beside it.
_INNOCENT = re.compile(
    MISDIAL_NOTES.pattern + "|信号.{0,2}(?:差|不好|弱)|断线|掉线|中断|断了|杂音大|噪音(?:很|太)?大|听不清|断断续续"
)
# A drunk caller's slurred speech or wrong number is no bad line or misdial (「喝多了，说了一堆听不
# 清的话」「喝多了，以为打的是同学电话」).
_DRUNK = re.compile("酒后|喝多|醉|喝了?点?酒|酒气|酒话")


def _is_innocent(text: str) -> bool:
    """The text (normalized) notes an invalid call that was nobody's fault (_INNOCENT), not drink."""
    return _INNOCENT.search(text) is not None and _DRUNK.search(text) is None


# A caller chasing an earlier report (催办): the text refers to it (再次反映, 第三次反映, 6月14日已
# 反映过, 工单号) or says it is still not done (至今未解决, 还没人来修). About a concrete matter, such
# a caller calls on many days and at night, and the number's pattern over days speaks not against it.
_FOLLOW_UP = re.compile(
    r"催办|催促|催问|催单|追问|办理进度|再次(?:来电)?反映|又来电反映|仍反映|第[二三四五六七八九十0-9]+次(?:来电)?反映|反映过|已反映|工单号|工单编号"
    # an earlier order by its number: 「重复来电，同202506241753」「催单【2506129383】」
    r"|[0-9]{8,}"
    r"|(?:此前|之前|前几天|前天|上周|上次|前次|昨天|[0-9]+月[0-9]+日).{0,6}?反映"
    r"|至今(?:未|没|还没|仍未|仍没|不)|仍(?:未|没)有?(?:解决|处理|落实|修|回复|答复|到位)"
    r"|还(?:是)?(?:没|未)有?人?(?:来|处理|解决|修|管|回复|答复|落实|弄)"
    # the matter is still unsolved: 「反复来电，问题未解决」「问题一直没有得到处理」
    r"|问题(?:一直|仍|还|依然|始终)?(?:未|没有?)(?:得到)?(?:解决|处理)"
)
# The call-taker notes that the matter has been answered again and again and the caller will not
# hear it (已多次答复, 不听解释, 纠缠, 无新情况): the matter no longer speaks for the call.
_VEXATIOUS = re.compile("已多次(?:告知|解释|答复)|多次答复|已答复多次|反复解释|不听解释|纠缠|无新情况|无新内容")
# A note that the caller says nothing new (同前, 无新情况, 继续纠缠, or a vexatious note): an
# obsessive caller, not a follow-up.
_NOTHING_NEW = re.compile("同前|无新|不属于受理范围|不予受理|不接受|不认可|" + _VEXATIOUS.pattern)


def is_follow_up(text: str, settings: "Settings") -> bool:
    """The text (normalized) chases an earlier report: at least settings.matter_chars long, a
    cue that names the report (its matter need be no word of MATTER_WORDS), nothing new noted."""
    return (
        len(text) >= settings.matter_chars and _FOLLOW_UP.search(text) is not None and _NOTHING_NEW.search(text) is None
    )


# The call-taker's note that the caller is elderly.
_ELDERLY = re.compile(
    "老人|老年|老大爷|大爷|大娘|大妈|老太|老汉|老头|老奶奶|老爷爷|耳背|耳朵不好|听力不好|独居|孤寡|高龄|上了年纪|年纪(?:较|很|比较)?大|"
    "[6-9][0-9]岁|[六七八九]十多?岁|"
    # children far away (空巢): 「称儿女都在苏州没人问」
    "儿女都在|子女都在|儿女不在身边|子女不在身边|孩子都在外"
)


# The rules of the number's calling pattern (not of this call's content).
PATTERN_RULES = frozenset(("burst", "silent_share", "frequent", "night", "daily", "repeated"))
# With a concrete matter from a restricted number, these alone send the call to review only.
WEAK_WITH_MATTER = frozenset(("restricted", "daily", "night"))
# The rules about the number rather than the call: its register entry and its calling pattern
# (a dismissal of one exempts the number from all of them, `exempted_rules`).
NUMBER_RULES = PATTERN_RULES | {"restricted"}
# Of them, the ones that say nothing of what the call was (burst and silent_share say it was
# short or silent): never enough to mark a call at once.
NUMBER_ONLY = NUMBER_RULES - {"burst", "silent_share"}
FILTERED_STATUSES = ("NEW", "ONLINE")
_IN_LIST_MAX = 500


# What an operator writes for a call in which nobody spoke (「（无声）」「无人说话」「接通即挂断」):
# a note about the call, not content — such a call is as empty as one with no content.
NO_SPEECH_NOTES = re.compile(
    r"(?:来电|电话|对方|接通后?|接听后?)?"
    r"(?:无声|无声音|没声音|无人说话|没人说话|无人讲话|没人讲话|无人应答|无人回应|不说话|不讲话|不吭声|不出声|未说话|未出声|没说话|没出声"
    r"|无人回答|没人回答|没有人回答|无人接听|无回应|没有回应|没人回应|没有人回应|没人应|不语|空电话|无应答|未及应答|未应答|误触|误碰|传真(?:音|声|机)?|嘟嘟声|忙音|秒挂|静默"
    r"|听不到(?:人)?(?:讲话|说话|人声|声音)|未听到人声|无人声|电流声|沙沙(?:声|响)|滋滋(?:声|响)|回声|嘀声|杂音"
    r"|静音|无语音|空线|即挂断|即挂|挂断|已挂断|挂机|直接挂断|直接挂了|挂了)"
    r"(?:电话)?"
)


# A note that the line carried only sounds: 「只听到音乐声」「背景有电视声」「电话里有狗叫声」.
SOUND_ONLY_NOTES = re.compile(
    r"(?:只|仅|光|就)(?:能)?(?:听到|听见|听得到|有|传来)[^，。,.]{0,10}?(?:声音?|音乐|歌曲?|噪音|杂音|响动?|动静)"
    r"|(?:听筒|电话|线路|那头|那边)(?:里|中|内)?(?:只有|传来|有|是)[^，。,.]{0,10}?(?:声音?|音乐|歌曲?|噪音|杂音|响动?|动静)"
    r"|背景(?:里|中)?(?:有|是|传来)?[^，。,.]{0,10}?(?:声音?|音乐|歌曲?|噪音|杂音|响动?|动静)"
)
# Any sound heard, beside a note that nobody spoke (not a child's voice: 童声, 小孩的声音 say
# who is on the line).
_SOUNDS = re.compile(
    r"(?:听到|听见|传来|只有|有)?.{0,6}?(?:叫声?|(?<![童孩友娃])(?<![童孩友娃]的)声音?|音乐|噪音|杂音|嘈杂)"
)
# What may be left of a no-speech note once its notes are taken out: the call, the line, a
# duration (「来电约20秒，无人说话」), a connective.
_NOTE_FILLER = re.compile(
    r"来电人?|电话|接通后?|接听后?|对方|一直|持续|然后|随后|之后|后|约|大约|秒钟?|分钟|[0-9]+|有|的|了|声音|"
    r"未发言|无法沟通|[几两一数]声|经?(?:话务员)?(?:多次)?询问(?:多次)?|喂|(?:话务员)?(?:问好|问候|报完?工号|提示)(?:[一二三两几]次|多次)?|线路正常"
    r"|(?:已)?按规范(?:处[理里]|提示)?"
    r"|您好|请讲|无效来电|无效电话|该号码|此号码|同一号码|再次|又是|又|疑似"
)
_NOTE_LEFT_MAX = 3


def normalize(content: str | None) -> str:
    """Content without whitespace and punctuation: what 'little' and 'the same' compare. An
    operator's note that nobody spoke or that the line carried only sounds (NO_SPEECH_NOTES,
    SOUND_ONLY_NOTES), as all the content but a few filler words, reads as empty."""
    text = _NOT_TEXT.sub("", content or "").lower()
    if text and len(text) <= 40 and _only_a_no_speech_note(text):
        return ""
    return text


def _only_a_no_speech_note(text: str) -> bool:
    if len(text) <= 12 and NO_SPEECH_NOTES.fullmatch(text):
        return True
    if MISDIAL_NOTES.search(text) and not _MISDIAL_GUESS.search(text):  # 「打错电话 已挂断」: the caller said so
        return False
    rest, notes = SOUND_ONLY_NOTES.subn("", text)
    rest, spoken = NO_SPEECH_NOTES.subn("", rest)
    if not notes and not spoken:
        return False
    if _CHILD.search(text) or _MIMICRY.search(text):  # someone on the line (童声, 小孩的声音, 学狗叫)
        return False
    if spoken:  # beside a note that nobody spoke, any sound heard is only a sound
        rest = _SOUNDS.sub("", rest)
    return len(_NOTE_FILLER.sub("", rest)) <= _NOTE_LEFT_MAX


def _clock(value: str) -> int:
    hour, minute = (int(part) for part in value.split(":"))
    return hour * 60 + minute


@dataclass
class Settings:
    weights: dict
    auto_score: int
    review_score: int
    burst_calls: int
    burst_window: dt.timedelta
    short_content: int
    silent_seconds: int
    repeat_count: int
    repeat_window: dt.timedelta
    exempt_days: int
    pattern_window: dt.timedelta = dt.timedelta(days=7)
    silent_share_calls: int = 3
    silent_share: float = 0.6
    frequent_calls: int = 6
    frequent_window: dt.timedelta = dt.timedelta(hours=24)
    frequent_matter_calls: int = 10
    night_start: int = 22 * 60  # minutes after midnight
    night_end: int = 6 * 60
    night_calls: int = 2
    daily_days: int = 4
    text_model: bool = True
    text_threshold: float = 0.6
    text_pattern_threshold: float = 0.5
    matter_chars: int = 8
    text_matter_threshold: float = 0.85
    text_alone_threshold: float = 0.7
    text_weak_threshold: float = 0.3
    quiet_days: int = 90
    quiet_min: int = 20
    quiet_share: float = 0.8
    dropped_window: dt.timedelta = dt.timedelta(minutes=30)
    ordinary_seconds: int = 20
    robocall_seconds: int = 90

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> "Settings":
        return cls(
            weights=dict(config["HARASSMENT_WEIGHTS"]),
            auto_score=config["HARASSMENT_AUTO_SCORE"],
            review_score=config["HARASSMENT_REVIEW_SCORE"],
            burst_calls=config["HARASSMENT_BURST_CALLS"],
            burst_window=dt.timedelta(minutes=config["HARASSMENT_BURST_MINUTES"]),
            short_content=config["HARASSMENT_SHORT_CONTENT"],
            silent_seconds=config["HARASSMENT_SILENT_SECONDS"],
            repeat_count=config["HARASSMENT_REPEAT_COUNT"],
            repeat_window=dt.timedelta(days=config["HARASSMENT_REPEAT_DAYS"]),
            exempt_days=config["HARASSMENT_EXEMPT_DAYS"],
            pattern_window=dt.timedelta(days=config["HARASSMENT_PATTERN_DAYS"]),
            silent_share_calls=config["HARASSMENT_SILENT_SHARE_CALLS"],
            silent_share=config["HARASSMENT_SILENT_SHARE"],
            frequent_calls=config["HARASSMENT_FREQUENT_CALLS"],
            frequent_window=dt.timedelta(hours=config["HARASSMENT_FREQUENT_HOURS"]),
            frequent_matter_calls=config["HARASSMENT_FREQUENT_MATTER_CALLS"],
            night_start=_clock(config["HARASSMENT_NIGHT_START"]),
            night_end=_clock(config["HARASSMENT_NIGHT_END"]),
            night_calls=config["HARASSMENT_NIGHT_CALLS"],
            daily_days=config["HARASSMENT_DAILY_DAYS"],
            text_model=config["HARASSMENT_TEXT_MODEL"],
            text_threshold=config["HARASSMENT_TEXT_THRESHOLD"],
            text_pattern_threshold=config["HARASSMENT_TEXT_PATTERN_THRESHOLD"],
            matter_chars=config["HARASSMENT_MATTER_CHARS"],
            text_matter_threshold=config["HARASSMENT_TEXT_MATTER_THRESHOLD"],
            text_alone_threshold=config["HARASSMENT_TEXT_ALONE_THRESHOLD"],
            text_weak_threshold=config["HARASSMENT_TEXT_WEAK_THRESHOLD"],
            quiet_days=config["HARASSMENT_QUIET_DAYS"],
            quiet_min=config["HARASSMENT_QUIET_MIN"],
            quiet_share=config["HARASSMENT_QUIET_SHARE"],
            dropped_window=dt.timedelta(minutes=config["HARASSMENT_DROPPED_MINUTES"]),
            ordinary_seconds=config["HARASSMENT_ORDINARY_SECONDS"],
            robocall_seconds=config["HARASSMENT_ROBOCALL_SECONDS"],
        )

    @property
    def history_span(self) -> dt.timedelta:
        return max(self.burst_window, self.repeat_window, self.pattern_window, self.frequent_window)

    def is_night(self, at: dt.datetime) -> bool:
        minute = at.hour * 60 + at.minute
        if self.night_start <= self.night_end:
            return self.night_start <= minute < self.night_end
        return minute >= self.night_start or minute < self.night_end

    def is_silent(self, text: str, seconds: int | None) -> bool:
        return not text and seconds is not None and seconds <= self.silent_seconds


def in_dense_window(times: Sequence, i: int, count: int, width) -> bool:
    """True when some run of `count` consecutive times, including times[i], spans <= width."""
    for j in range(max(0, i - count + 1), i + 1):
        if j + count - 1 < len(times) and times[j + count - 1] - times[j] <= width:
            return True
    return False


def _in_range(times: Sequence, lo, hi) -> int:
    return bisect.bisect_right(times, hi) - bisect.bisect_left(times, lo)


class History:
    """One number's calls, sorted by time: all, short, with content (not short), silent, at
    night, their days, per content."""

    __slots__ = ("all", "short", "real", "silent", "night", "days", "by_content")

    def __init__(self) -> None:
        self.all = []
        self.short = []
        self.real = []
        self.silent = []
        self.night = []
        self.days = set()
        self.by_content = defaultdict(list)

    def add(self, at: dt.datetime, text: str, seconds: int | None, settings: Settings) -> None:
        self.all.append(at)
        self.days.add(at.date().toordinal())
        if len(text) < settings.short_content:
            self.short.append(at)
        else:
            self.real.append(at)
            self.by_content[text].append(at)
        if settings.is_silent(text, seconds):
            self.silent.append(at)
        if settings.is_night(at):
            self.night.append(at)

    def sort(self) -> None:
        for times in (self.all, self.short, self.real, self.silent, self.night):
            times.sort()
        self.days = sorted(self.days)
        for times in self.by_content.values():
            times.sort()


def is_abusive(content: str) -> bool:
    """An abusive word said by the caller (not one the caller reports being called)."""
    quotations = None
    for match in _ABUSIVE.finditer(content):
        quotations = _quotations(content) if quotations is None else quotations
        at = match.start()
        opened = next(((start, reported) for start, end, reported in quotations if start <= at < end), None)
        if opened and opened[1]:
            continue
        # a reporting verb counts inside the caller's own quotation, not the frame before it
        # (「辱骂“草泥马”」 is the caller's abuse, 「“邻居骂我神经病”」 a report)
        since = opened[0] + 1 if opened else 0
        before = content[max(since, at - _REPORTED_SPEECH_CHARS) : at]
        if any(word in before for word in REPORTING_WORDS):
            continue
        return True
    return False


def has_matter(text: str, settings: "Settings") -> bool:
    """The text (normalized) describes a concrete matter: a word of MATTER_WORDS or a
    quantity/date, in at least settings.matter_chars characters."""
    return len(text) >= settings.matter_chars and _MATTER.search(text) is not None


_QUOTED = re.compile("|".join(f"{re.escape(a)}[^{re.escape(b)}]*(?:{re.escape(b)}|$)" for a, b in QUOTES.items()))


def is_directed(content: str, reproach_ok: bool = False) -> bool:
    """The content insults the listener or the government (TARGET_WORDS next to an insult,
    操你/你妈/狗官, the imperative 滚) in the caller's own words: not in someone else's words
    quoted (_quotations), not right after 骂/说我/叫我… (reported speech, as for abusive); a
    greeting 你好 is no target.
    With reproach_ok (a call about a concrete matter), a reproach of the work (REPROACH_WORDS:
    「你们政府吃干饭」) is no insult, and nothing quoted counts: the call-taker who writes up a
    matter quotes the caller's outburst about it (「“去你妈的，俺打了八遍了”」), which is anger at
    the situation."""
    if not _INSULT_ANY.search(_NOT_TEXT.sub("", content or "")):  # (most calls: a quick no)
        return False
    unquoted = _QUOTED.sub("，", content) if reproach_ok else _without_reported(content)
    text = normalize(unquoted).replace("你好", "")
    for match in _DIRECTED.finditer(text):
        before = text[max(0, match.start() - _REPORTED_SPEECH_CHARS) : match.start()]
        if any(word in before for word in REPORTING_WORDS):
            continue
        if reproach_ok and any(word in match.group() for word in REPROACH_WORDS):
            continue
        return True
    return False


# Whose words a quotation holds. The call-taker quotes the caller too (「来电人说“狗日的政府”」,
# 「辱骂“草泥马”」, 「“滚！”」): a quotation is the caller's own words when nothing stands
# before it in its clause but the caller (来电人, 市民, 对方…), a verb of saying or abusing and
# words of manner (一直, 又, 开口就, 情绪激动…) — CALLER_FRAME_WORDS; it is reported speech (an
# insult the caller received) when anyone or anything else stands there (「摊主当众喊我“神经病”」,
# 「邻居说“…”」, 「被骂“…”」). A quotation right after another one goes with it.
CALLER_FRAME_WORDS = _words(
    """
    来电人 来电者 来电群众 来电市民 来电 市民 群众 对方 该来电人 该号码 该人 该 此人 一男子 一女子 男子 女子
    一男的 一女的 男的 女的 老人 其 话务员 接线员 对话务员 对接线员 冲话务员 向话务员 对着话务员
    说 讲 称 道 问 骂 辱骂 谩骂 大骂 骂道 怒骂 吼 吼道 喊 喊道 嚷 嚷道 叫嚣 讥讽 嘲讽 挖苦 侮辱 冷嘲热讽
    威胁 又说 还说 直说 一直 反复 又 还 也 继续 不停 不停地 开口就 张口就 一开口就 一接通就 接通后 接通就
    一接通 接通 就 便 直接 多次 大声 情绪激动 语气很冲 语气不好 态度恶劣 满口脏话 脏话连篇 言语侮辱 只是 只
    着 了 地 并 然后 随后 后 接着
    """
)
_CALLER_FRAME = re.compile(f"(?:{_alternatives(CALLER_FRAME_WORDS)})*")
_CALLER_SUBJECT = re.compile("来电|市民|群众|对方|该人|此人|男子|女子|男的|女的|老人")
_REPORT_CUE = re.compile("被|遭|挨|[骂说喊叫称][我她他]|骂了|辱骂[我她他]")
_CLAUSE_BREAKS = "。！？；，,.;!?\n"
_BETWEEN_QUOTATIONS = re.compile(r"[\s、，,]*")


def _without_reported(content: str) -> str:
    """The content with the quotations of someone else's words taken out (the caller's own
    quotations stay: 「来电人说“你读过书没，听得懂人话吗”」 is said to the listener)."""
    pieces, last = [], 0
    for start, end, reported in _quotations(content):
        if reported:
            pieces.append(content[last:start])
            pieces.append("，")
            last = end
    pieces.append(content[last:])
    return "".join(pieces)


def _quotations(content: str) -> list[tuple[int, int, bool]]:
    """The quotations in `content`: (start, end, reported — someone else's words)."""
    spans, previous_end, previous_reported = [], None, False
    for match in _QUOTED.finditer(content):
        start = match.start()
        if previous_end is not None and _BETWEEN_QUOTATIONS.fullmatch(content, previous_end, start):
            reported = previous_reported
        else:
            clause = max(content.rfind(mark, 0, start) for mark in _CLAUSE_BREAKS) + 1
            before = _NOT_TEXT.sub("", content[clause:start])
            reported = _CALLER_FRAME.fullmatch(before) is None or (
                # a clause with no subject of its own (「说“…”」) goes with the sentence before it:
                # after 「被同屯的骂了，」 the quotation is what the caller was called
                _CALLER_SUBJECT.search(before) is None and _REPORT_CUE.search(content, 0, clause) is not None
            )
        spans.append((start, match.end(), reported))
        previous_end, previous_reported = match.end(), reported
    return spans


# A question about a service or a procedure (咨询): where, how, whom to ask, what to bring.
_QUESTION = re.compile(
    "在哪|哪里|哪儿|哪个|哪家|哪些|怎么|咋|如何|什么|啥|能不能|可不可以|可以不|是否|有没有|多少|几点|要带|需要|找谁|请问|问一下|问下|咨询"
    # 询问…, and the A-not-A question: 给不给, 到没到账, 交了没有
    r"|询问|(?<!拨)打听|(.)[不没]\1|了没有|了没$"
)


def is_question(text: str) -> bool:
    """The text (normalized) asks about a service or a procedure (咨询): 在哪办, 怎么申请, 找哪个."""
    return len(text) >= 4 and _QUESTION.search(text) is not None


def is_robocall(phone: str | None, text: str, seconds: int | None, settings: "Settings") -> bool:
    """A recorded or mass-dialled message: a short call (at most settings.robocall_seconds)
    whose text (normalized) is a key menu (ROBOCALL_MENU), or a pitch (ROBOCALL_PITCH) from a
    number of a commercial or virtual range (ROBOCALL_PREFIXES); not a caller reporting such
    a call."""
    if not text or (seconds is not None and seconds > settings.robocall_seconds):
        return False
    if ROBOCALL_REPORTED.search(text):
        return False
    if ROBOCALL_MENU.search(text):
        return True
    number = (phone or "").replace("-", "").replace(" ", "").removeprefix("+86")
    return (
        number.startswith(ROBOCALL_PREFIXES)
        and ROBOCALL_PITCH.search(text) is not None
        and _PITCHED.search(text) is not None
        and _FIRST_PERSON.search(text) is None
    )


def is_ordinary(text: str, content: str | None, seconds: int | None, settings: "Settings", text_score) -> bool:
    """An ordinary call about a matter (受限号码的正常来电): a concrete matter (has_matter) or a
    question about a service (is_question), said in a call of at least
    settings.ordinary_seconds, no abusive word, a text score below settings.text_threshold.
    From a restricted number with nothing else of a nuisance's pattern, it is evidence that
    the number has changed hands, not harassment."""
    return (
        seconds is not None
        and seconds >= settings.ordinary_seconds
        and (has_matter(text, settings) or is_question(text))
        and not (content and is_abusive(content))
        and (text_score is None or text_score < settings.text_threshold)
    )


def rules_fired(
    call: tuple[dt.datetime, str, str | None, int | None],
    history: History | None,
    restricted: bool,
    exempt: set[str] | frozenset[str],
    settings: Settings,
    text_score: float | None = None,
    phone: str | None = None,
) -> list[str]:
    """The rule keys that fire for one call (an (at, text, content, call_seconds) tuple)."""
    at, text, content, seconds = call
    fired = []
    silent = settings.is_silent(text, seconds)
    # The call-taker wrote that nobody spoke (「来电无声」「接通后对方挂断」): a note of an invalid
    # call, where an empty content may be a dropped line or a call nobody wrote up. Beyond this,
    # such a note is no content.
    noted = not text and bool(content) and not content.isspace()
    content = content if text else ""
    # A dropped line: a silent call, then a call with content from the number within minutes.
    dropped = silent and history is not None and _in_range(history.real, at, at + settings.dropped_window) > 0
    # The register is evidence about the number, not about this call: an ordinary call about
    # a matter fires restricted only when some other rule of a nuisance's pattern fires too.
    matter = has_matter(text, settings) and _VEXATIOUS.search(text) is None
    ordinary = restricted and is_ordinary(text, content, seconds, settings, text_score)
    if restricted and not ordinary:
        fired.append("restricted")
    if history is not None and len(text) < settings.short_content and not dropped:
        times = history.short
        i = bisect.bisect_left(times, at)
        if i < len(times) and in_dense_window(times, i, settings.burst_calls, settings.burst_window):
            fired.append("burst")
    if silent and not dropped:
        fired.append("silent")
    # An elderly caller (老人, 大娘, 76岁, 耳背, 独居…) calls again and again and says the same: with
    # something said (the call-taker wrote more than a note), the number's pattern does not speak
    # against such a call.
    asks = is_question(text)
    elderly = history is not None and len(text) >= settings.matter_chars and _ELDERLY.search(text) is not None
    # A follow-up of a report (催办) comes on many days and at night (below).
    if history is not None and not elderly:
        lo, hi = at - settings.pattern_window, at + settings.pattern_window
        if silent and not dropped:
            silent_calls = _in_range(history.silent, lo, hi)
            many = silent_calls >= settings.silent_share_calls
            if many and silent_calls >= settings.silent_share * _in_range(history.all, lo, hi):
                fired.append("silent_share")
        times = history.all
        i = bisect.bisect_left(times, at)
        # A caller chasing a matter (an elderly caller, a worried parent) may call six times a
        # day; about a concrete matter or with a question, frequent takes more calls.
        calls = settings.frequent_matter_calls if matter or asks else settings.frequent_calls
        days = history.days
        d = bisect.bisect_left(days, at.date().toordinal())
        span = settings.repeat_window.days - 1
        pattern_rules = []
        if i < len(times) and in_dense_window(times, i, calls, settings.frequent_window):
            pattern_rules.append("frequent")
        if settings.is_night(at) and _in_range(history.night, lo, hi) >= settings.night_calls:
            pattern_rules.append("night")
        if d < len(days) and in_dense_window(days, d, settings.daily_days, span):
            pattern_rules.append("daily")
        # (nor do they for a follow-up of a report: a caller chasing an order calls many times a
        # day, on many days and at night — looked at only when one of them would fire)
        if pattern_rules and not is_follow_up(text, settings):
            fired.extend(pattern_rules)
    # Anger at a situation: a concrete matter, and no one insulted (looked at only when abuse
    # or a high text score would otherwise fire; most calls have neither).
    abusive = bool(content) and is_abusive(content)
    # The number's pattern already speaks against the call: the text score needs less.
    pattern = any(rule in PATTERN_RULES for rule in fired)
    threshold = settings.text_pattern_threshold if pattern else settings.text_threshold
    high = text_score is not None and text_score >= threshold
    # A swear word in a complaint the call-taker wrote up as one (反映…, 请…处理) is anger at a
    # situation too (the text score still needs a matter word: pranks come in that frame).
    framed = matter or (abusive and _REQUEST.search(text) is not None)
    calm = (abusive or high) and framed and not is_directed(content, reproach_ok=True)
    situation = calm and matter
    # An insult aimed at the listener or the government with no matter is abuse without a
    # word of the list too (「你们都是吃干饭的」, 「称话务员是废物」).
    if (abusive and not calm) or (not abusive and not matter and bool(content) and is_directed(content)):
        fired.append("abusive")
    if history is not None and not elderly and len(text) >= settings.short_content:
        times = history.by_content.get(text, [])
        i = bisect.bisect_left(times, at)
        if i < len(times) and in_dense_window(times, i, settings.repeat_count, settings.repeat_window):
            fired.append("repeated")
    if high and text_score >= (settings.text_matter_threshold if situation else threshold):
        # The text score alone (no other rule, not restricted) is weak evidence: it must be
        # clearly higher, unless the caller insults the listener or the government directly.
        # Anger at a situation with nothing else of a nuisance's pattern is a genuine caller's
        # complaint, however angry its words: the text score alone never flags it.
        # A misdial noted by the call-taker is no nuisance on its text score alone.
        alone = not fired
        misdial = alone and MISDIAL_NOTES.search(text) is not None
        strong = not situation and (text_score >= settings.text_alone_threshold or is_directed(content))
        if not misdial and (not alone or strong):
            fired.append("text")
    if is_robocall(phone, text, seconds, settings) or (text and is_robocall_note(text)):
        fired.append("robocall")
    if text and is_child_play(text, settings, matter):
        fired.append("child")
    if text and is_personal(text):
        fired.append("personal")
    if (text and (_is_tagged(content, text) or is_nuisance_note(text, settings, matter))) or (noted and not dropped):
        fired.append("note")
    if ordinary and fired:
        fired.insert(0, "restricted")
    return [rule for rule in fired if rule not in exempt]


def score_of(rules: Iterable[str], settings: Settings) -> int:
    return sum(settings.weights.get(rule, 0) for rule in rules)


@dataclass
class FilterResult:
    checked: int = 0  # phone orders looked at (filtered_at set)
    judged: int = 0  # of them, the ones that could be flagged (NEW/ONLINE, unflagged)
    marked: list = field(default_factory=list)  # order ids marked as harassment at once
    flagged: list = field(default_factory=list)  # order ids sent to review
    # order ids of ordinary calls about a matter from restricted numbers, nothing else fired:
    # the number may have changed hands, its register entry is worth a look
    restricted_ordinary: list = field(default_factory=list)
    # order ids not sent to review: their combination of rules is one the reviewers dismiss
    quiet: list = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"骚扰过滤：检查 {self.checked} 件电话工单（可判定 {self.judged} 件），"
            f"自动标记骚扰 {len(self.marked)} 件，待审核 {len(self.flagged)} 件"
        )
        if self.restricted_ordinary:
            text += (
                f"；受限号码来电为正常事项、未触发其他规则 {len(self.restricted_ordinary)} 件"
                "（号码可能已易主，请核查受限号码登记）"
            )
        if self.quiet:
            text += f"；审核多数驳回的规则组合、未送审 {len(self.quiet)} 件"
        return text


def _phone_orders(condition):
    """(id, phone, received_at, content, call_seconds, may be judged) of phone orders."""
    query = (
        WorkOrder.select(
            WorkOrder.id,
            WorkOrder.caller_phone,
            WorkOrder.received_at,
            WorkOrder.content,
            WorkOrder.call_seconds,
            WorkOrder.status,
            WorkOrder.is_harassment,
            HarassmentFlag.id,
        )
        .join(HarassmentFlag, join_type=JOIN.LEFT_OUTER, on=(HarassmentFlag.order == WorkOrder.id))
        .where((WorkOrder.channel == "电话") & condition)
        .tuples()
    )
    return [
        (oid, phone, at, content, seconds, status in FILTERED_STATUSES and not marked and flag is None)
        for oid, phone, at, content, seconds, status, marked, flag in query
    ]


def _histories(rows, phones, settings, normalized):
    """The numbers' histories; `normalized` (content → text) is filled on the way, so that the
    judged calls, most of them among these rows, are normalized once."""
    histories = {}
    for _, phone, at, content, seconds, _ in rows:
        if phone in phones:
            history = histories.get(phone)
            if history is None:
                history = histories[phone] = History()
            text = normalized.get(content)
            if text is None:
                text = normalized[content] = normalize(content)
            history.add(at, text, seconds, settings)
    for history in histories.values():
        history.sort()
    return histories


def _selection(order_ids, start, end, pending):
    """The WHERE of the orders to look at: ids, a time range, not yet filtered, or a union."""
    parts = []
    if order_ids is not None:
        parts.append(WorkOrder.id.in_(list(order_ids)))
    if start is not None:
        parts.append((WorkOrder.received_at >= start) & (WorkOrder.received_at < end))
    if pending:
        checked = HarassmentCheck.select(HarassmentCheck.order).where(HarassmentCheck.order == WorkOrder.id)
        parts.append(~fn.EXISTS(checked))
    condition = parts[0]
    for part in parts[1:]:
        condition |= part
    return condition


def _candidates_and_histories(order_ids, start, end, pending, settings, normalized):
    """The orders to look at, and the history of their numbers around them.

    A time range alone reads once: the range widened by the rules' windows holds both.
    Otherwise the selection reads itself, then its numbers' calls around it.
    """
    span = settings.history_span
    if order_ids is None and not pending:
        rows = _phone_orders((WorkOrder.received_at >= start - span) & (WorkOrder.received_at < end + span))
        selected = [r for r in rows if start <= r[2] < end]
    else:
        selected = _phone_orders(_selection(order_ids, start, end, pending))
        rows = []
        judged = [r for r in selected if r[5]]
        phones = {r[1] for r in judged if r[1]}
        if phones:
            lo, hi = min(r[2] for r in judged) - span, max(r[2] for r in judged) + span
            condition = (WorkOrder.received_at >= lo) & (WorkOrder.received_at <= hi)
            if len(phones) <= _IN_LIST_MAX:
                condition &= WorkOrder.caller_phone.in_(list(phones))
            rows = _phone_orders(condition)
    phones = {r[1] for r in selected if r[5] and r[1]}
    return selected, _histories(rows, phones, settings, normalized)


def _restricted_and_exempt(now):
    restricted = {
        phone
        for (phone,) in RestrictedNumber.select(RestrictedNumber.phone)
        .where(RestrictedNumber.expires_at.is_null() | (RestrictedNumber.expires_at > now))
        .tuples()
    }
    exempt = defaultdict(set)
    for phone, rule in (
        RuleExemption.select(RuleExemption.phone, RuleExemption.rule).where(RuleExemption.until > now).tuples()
    ):
        exempt[phone].add(rule)
    return restricted, exempt


def signature(rules: Iterable[str], phone: str | None) -> tuple[tuple[str, ...], bool]:
    """A flag's combination of rules, and whether the caller's number was shown."""
    return tuple(sorted(rules)), bool(phone)


@dataclass
class Verdicts:
    """The reviewers' decisions on one combination of rules (signature) in the recent past."""

    rules: tuple
    shown: bool
    confirmed: int = 0
    dismissed: int = 0

    @property
    def labels(self) -> str:
        return "＋".join(HARASSMENT_RULES.get(r, r) for r in self.rules) + ("" if self.shown else "（无来电号码）")

    def quiet(self, settings: Settings) -> bool:
        decided = self.confirmed + self.dismissed
        return self.dismissed >= settings.quiet_min and self.dismissed >= settings.quiet_share * decided


def verdicts(now: dt.datetime, settings: Settings) -> dict[tuple, Verdicts]:
    """The reviewers' decisions (确认 / 驳回 by a person, not the filter's own marks) of the last
    settings.quiet_days days, per signature."""
    since = now - dt.timedelta(days=settings.quiet_days)
    found = {}
    shown = Case(None, [(HarassmentFlag.phone == "", 0)], 1)
    query = (
        HarassmentFlag.select(HarassmentFlag.rules_json, shown, HarassmentFlag.status, fn.COUNT(1))
        .where(
            HarassmentFlag.reviewer.is_null(False),
            HarassmentFlag.status.in_(("已确认", "已驳回")),
            HarassmentFlag.reviewed_at >= since,
            HarassmentFlag.reviewed_at <= now,
        )
        .group_by(HarassmentFlag.rules_json, shown, HarassmentFlag.status)
        .tuples()
    )
    for rules_json, phone_shown, status, count in query:
        key = signature(json.loads(rules_json), phone_shown)
        entry = found.setdefault(key, Verdicts(*key))
        if status == "已确认":
            entry.confirmed += count
        else:
            entry.dismissed += count
    return found


def quiet_signatures(now: dt.datetime, settings: Settings) -> list[Verdicts]:
    """The combinations of rules the reviewers dismiss (settings.quiet_min, quiet_share): the
    filter no longer sends them to review. Most dismissed first."""
    return sorted((v for v in verdicts(now, settings).values() if v.quiet(settings)), key=lambda v: -v.dismissed)


def _text_model(settings):
    if not settings.text_model:
        return None
    import harassment_model

    return harassment_model.current_model()


def filter_orders(
    order_ids: Iterable[int] | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    now: dt.datetime | None = None,
    settings: Settings | None = None,
    pending: bool = False,
) -> FilterResult:
    """Run the filter over the given orders, those received in [start, end), and/or (pending)
    every phone order not yet filtered. Every phone order of the selection is stamped
    with its HarassmentCheck (filtered now); the ones an operator could still mark are judged."""
    if order_ids is None and start is None and not pending:
        raise ValueError("filter_orders: order_ids, start/end or pending")
    settings = settings or Settings.from_config(current_app.config)
    now = now or local_now()
    result = FilterResult()
    normalized_of = {}  # content -> normalize(content), filled while the histories are built
    selected, histories = _candidates_and_histories(order_ids, start, end, pending, settings, normalized_of)
    result.checked = len(selected)
    candidates = [r for r in selected if r[5]]
    result.judged = len(candidates)
    flags, to_mark = [], []
    if candidates:
        restricted, exempt = _restricted_and_exempt(now)
        quiet = {(v.rules, v.shown) for v in quiet_signatures(now, settings)}
        no_exemption = frozenset()
        model = _text_model(settings)
        texts = None
        # (a note that nobody spoke reads as empty: no text, no text score)
        normalized = [normalized_of[r[3]] if r[3] in normalized_of else normalize(r[3]) for r in candidates]
        if model is not None:
            import harassment_model

            texts = [harassment_model.prepare(r[3]) if normalized[k] else "" for k, r in enumerate(candidates)]
            scores = model.scores(texts)
        else:
            scores = [None] * len(candidates)
        for k, (order_id, phone, at, content, seconds, _) in enumerate(candidates):
            rules = rules_fired(
                (at, normalized[k], content, seconds),
                histories.get(phone) if phone else None,
                phone in restricted,
                exempt.get(phone, no_exemption),
                settings,
                scores[k],
                phone,
            )
            if not rules:
                if phone in restricted:
                    # An ordinary call from a restricted number: a hint to check the entry.
                    result.restricted_ordinary.append(order_id)
                continue
            score = score_of(rules, settings)
            # An ordinary call about a matter with only calls on many days or nights against it
            # (and the register): a caller chasing a grievance does so too. It is never marked,
            # and goes to review only when its words lean to nuisance.
            weak = set(rules) <= WEAK_WITH_MATTER and is_ordinary(normalized[k], content, seconds, settings, scores[k])
            if weak and scores[k] is not None and scores[k] < settings.text_weak_threshold:
                if phone in restricted:
                    result.restricted_ordinary.append(order_id)
                continue
            # Marked at once only when something of the call itself speaks against it: the
            # register and the number's pattern alone (a petitioner on the register calling
            # every day) go to a person.
            auto = (
                "restricted" in rules
                and score >= settings.auto_score
                and not weak
                and not NUMBER_ONLY.issuperset(rules)
            )
            if not auto and score < settings.review_score:
                continue
            if not auto and quiet and signature(rules, phone) in quiet:
                result.quiet.append(order_id)
                continue
            flags.append(
                {
                    "order": order_id,
                    "phone": phone,
                    "rules_json": json.dumps(rules),
                    "score": score,
                    "status": "已确认" if auto else "待审核",
                    "note": "系统自动标记" if auto else "",
                    "created_at": now,
                    "text_score": None if scores[k] is None else round(scores[k], 4),
                    "terms_json": texts[k] if texts is not None else "",
                }
            )
            (to_mark if auto else result.flagged).append(order_id)
        # The n-grams that drove each flagged text's score, for the reviewer (one transform).
        terms = model.terms_many([f["terms_json"] for f in flags]) if model is not None else [[]] * len(flags)
        for flag, found in zip(flags, terms):
            flag["terms_json"] = json.dumps(found, ensure_ascii=False)
    with db.atomic():
        for i in range(0, len(flags), 500):
            HarassmentFlag.insert_many(flags[i : i + 500]).on_conflict_ignore().execute()
        if selected:
            _stamp(_selection(order_ids, start, end, pending), max(r[0] for r in selected), now)
        notes = {f["order"]: explain(json.loads(f["rules_json"]), f["score"]) for f in flags if f["status"] == "已确认"}
        result.marked = workflow.mark_harassment_many(notes, actor=None, at=now) if notes else []
    return result


def _stamp(condition, max_id, now):
    """Record that the phone orders of the selection were filtered now: one INSERT … SELECT
    (updating the time of an earlier check). Orders created after the selection was read have
    higher ids and are left for the next run."""
    query = WorkOrder.select(WorkOrder.id, Value(now)).where(
        (WorkOrder.channel == "电话") & condition & (WorkOrder.id <= max_id)
    )
    HarassmentCheck.insert_from(query, fields=[HarassmentCheck.order, HarassmentCheck.filtered_at]).on_conflict(
        conflict_target=[HarassmentCheck.order], update={HarassmentCheck.filtered_at: now}
    ).execute()


def explain(rules: Iterable[str], score: int) -> str:
    return f"骚扰过滤自动标记：{'、'.join(HARASSMENT_RULES[r] for r in rules)}（得分 {score}）"


def filter_day(
    day: dt.date | None = None, now: dt.datetime | None = None, settings: Settings | None = None
) -> FilterResult:
    """The filter over one day's phone orders; by default yesterday (office time)."""
    day = day or (local_now().date() - dt.timedelta(days=1))
    start = dt.datetime.combine(day, dt.time.min)
    return filter_orders(start=start, end=start + dt.timedelta(days=1), now=now, settings=settings)


def filter_period(period, now: dt.datetime | None = None, settings: Settings | None = None) -> FilterResult:
    """Every phone order received in a period (periods.parse_period: 2020Q2, 2020-05, 2020)."""
    from periods import parse_period

    period = parse_period(period)
    return filter_orders(start=period.start, end=period.end, now=now, settings=settings)


def filter_pending(now: dt.datetime | None = None, settings: Settings | None = None) -> FilterResult:
    """Every phone order not yet filtered (without a HarassmentCheck)."""
    return filter_orders(pending=True, now=now, settings=settings)


def filter_nightly(now: dt.datetime | None = None, settings: Settings | None = None) -> FilterResult:
    """The nightly pass: yesterday's phone orders again (their numbers' whole day is known by
    now) and every phone order not yet filtered, whatever its date (imports, a Redis outage)."""
    now = now or local_now()
    start = dt.datetime.combine(now.date() - dt.timedelta(days=1), dt.time.min)
    return filter_orders(start=start, end=start + dt.timedelta(days=1), pending=True, now=now, settings=settings)


@dataclass
class Coverage:
    phone_orders: int
    filtered: int
    pending_review: int
    confirmed: int
    dismissed: int

    @property
    def unfiltered(self) -> int:
        return self.phone_orders - self.filtered

    def summary(self) -> str:
        return (
            f"电话工单共 {self.phone_orders} 件：已过滤 {self.filtered} 件，未过滤 {self.unfiltered} 件；"
            f"骚扰标记待审核 {self.pending_review} 件，已确认 {self.confirmed} 件，已驳回 {self.dismissed} 件"
        )


def coverage(start: dt.datetime | None = None, end: dt.datetime | None = None) -> Coverage:
    """The counts the command and the review screen both report (optionally for a period)."""
    orders = (
        WorkOrder.select(fn.COUNT(WorkOrder.id), fn.COUNT(HarassmentCheck.order))
        .join(HarassmentCheck, JOIN.LEFT_OUTER, on=(HarassmentCheck.order == WorkOrder.id))
        .where(WorkOrder.channel == "电话")
    )
    flags = HarassmentFlag.select(HarassmentFlag.status, fn.COUNT(HarassmentFlag.id)).join(WorkOrder)
    if start is not None:
        in_range = (WorkOrder.received_at >= start) & (WorkOrder.received_at < end)
        orders = orders.where(in_range)
        flags = flags.where(in_range)
    total, filtered = orders.tuples().get()
    by_status = dict(flags.group_by(HarassmentFlag.status).tuples())
    return Coverage(total, filtered, by_status.get("待审核", 0), by_status.get("已确认", 0), by_status.get("已驳回", 0))


# --- the review queue ----------------------------------------------------------------------


def _pending(flag):
    if flag.status != "待审核":
        raise workflow.WorkflowError(f"工单 {flag.order.case_no} 的骚扰标记已审核（{flag.status}）")


def confirm(
    flag: HarassmentFlag,
    reviewer: User,
    note: str = "",
    now: dt.datetime | None = None,
    restrict: bool = False,
) -> HarassmentFlag:
    """确认: the order is harassment (marked through the workflow, recorded as the reviewer);
    with restrict, the number also goes on the 受限号码 register (加入受限号码)."""
    now = now or local_now()
    with db.atomic():
        flag = HarassmentFlag.get_by_id(flag.id)  # a stale copy (another tab) can't decide twice
        _pending(flag)
        order = flag.order
        if not order.is_harassment:
            labels = "、".join(flag.rule_labels)
            workflow.mark_harassment(order, actor=reviewer, note=note or f"审核确认骚扰来电：{labels}", at=now)
        flag.status, flag.reviewer, flag.reviewed_at, flag.note = "已确认", reviewer, now, note
        flag.save()
        if restrict and flag.phone:
            restrict_number(flag.phone, reviewer, f"骚扰审核确认（工单 {order.case_no}）{note}".strip(), now)
    return flag


def restrict_number(phone: str, user: User, reason: str, now: dt.datetime | None = None) -> RestrictedNumber | None:
    """Put a number on the 受限号码 register (recorded in the audit log). A number already on it
    is left as it is (returns None); an expired entry is renewed without expiry."""

    phone = (phone or "").strip()
    if not phone:
        return None
    now = now or local_now()
    with db.atomic():
        entry = RestrictedNumber.get_or_none(RestrictedNumber.phone == phone)
        if entry is not None and (entry.expires_at is None or entry.expires_at > now):
            return None
        action = "新建" if entry is None else "修改"
        if entry is None:
            entry = RestrictedNumber.create(phone=phone, reason=reason, added_by=user, added_at=now)
        else:
            entry.reason, entry.added_by, entry.added_at, entry.expires_at = reason, user, now, None
            entry.save()
        record_audit(user, "RestrictedNumber", entry.id, action, {"phone": phone, "reason": reason}, at=now)
    return entry


def decide_many(
    flag_ids: Iterable[int],
    decision: str,
    reviewer: User,
    note: str = "",
    restrict: bool = False,
    now: dt.datetime | None = None,
) -> tuple[list[HarassmentFlag], list[str]]:
    """Bulk 确认 / 驳回: each flag decided on its own (one refused flag does not stop the rest).
    Returns (the flags decided, the refusals' messages)."""
    if decision not in ("confirm", "dismiss"):
        raise ValueError(decision)
    done, refused = [], []
    for flag in HarassmentFlag.select().where(HarassmentFlag.id.in_(sorted(set(flag_ids)))).order_by(HarassmentFlag.id):
        try:
            if decision == "confirm":
                done.append(confirm(flag, reviewer, note, now=now, restrict=restrict))
            else:
                done.append(dismiss(flag, reviewer, note, now=now))
        except workflow.WorkflowError as error:
            refused.append(error.message)
    return done, refused


def number_history(phone: str, limit: int = 300) -> list[WorkOrder]:
    """Every order from this number (all channels, any status), newest first, with its flag."""
    if not phone:
        return []
    query = (
        WorkOrder.select(WorkOrder, HarassmentFlag)
        .join(HarassmentFlag, JOIN.LEFT_OUTER, on=(HarassmentFlag.order == WorkOrder.id), attr="flag")
        .where(WorkOrder.caller_phone == phone)
        .order_by(WorkOrder.received_at.desc(), WorkOrder.id.desc())
        .limit(limit)
    )
    return list(query)


def exempted_rules(rules: Iterable[str]) -> list[str]:
    """The rules a dismissal exempts its number from: each rule that fired, and when one of them
    was about the number (NUMBER_RULES), every rule about the number — the reviewer has judged the
    caller behind the pattern, whichever shape it takes next (calls on many days, then ten in one
    day). What the content said (abusive, text, note…) stays exempt only where it fired."""
    rules = list(dict.fromkeys(rules))
    if NUMBER_RULES.intersection(rules):
        rules += sorted(NUMBER_RULES.difference(rules))
    return rules


def dismiss(
    flag: HarassmentFlag,
    reviewer: User,
    note: str = "",
    now: dt.datetime | None = None,
    settings: Settings | None = None,
) -> HarassmentFlag:
    """驳回: not harassment; the number is exempt from the rules that fired for a while."""
    settings = settings or Settings.from_config(current_app.config)
    now = now or local_now()
    until = now + dt.timedelta(days=settings.exempt_days)
    with db.atomic():
        flag = HarassmentFlag.get_by_id(flag.id)  # a stale copy (another tab) can't decide twice
        _pending(flag)
        flag.status, flag.reviewer, flag.reviewed_at, flag.note = "已驳回", reviewer, now, note
        flag.save()
        if flag.phone:
            for rule in exempted_rules(flag.rules):
                RuleExemption.create(phone=flag.phone, rule=rule, until=until, flag=flag, created_by=reviewer)
    return flag
