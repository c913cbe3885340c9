"""Independent labelled evaluation data for a 12345 harassment-call filter (model "e").

Setting
-------
青岚县 (fictional), a hill county in southern 江西 (赣南), Hakka (客家) speaking, area code 0797.
County seat 青岚镇 on the 岚水 river; towns 枫坑镇 石门乡 龙潭镇 白鹭乡 桐岭镇 上洋乡 茶亭镇
黄坳乡 罗溪镇 鹅湖乡 大坪乡 杉木岭乡 横江镇.  Economy: 脐橙 orchards (黄龙病 trouble), ion-adsorption
稀土 mining and its waste water, 毛竹/竹制品 workshops, 油茶, small 工业园, rural tourism
(围屋 walled houses, 丹霞 hills).  June is the 梅雨/flood season, 高考 and 中考 month, and 端午.
Operator text carries Hakka / 赣南 flavour in quoted speech (涯, 冇, 唔, 系, 佢, 么个, 恁, 老表),
prefixes (来电人反映 / 市民来电称 / 【来电】 ...), homophone typos, dropped punctuation,
stray pinyin and half-typed summaries - for both labels alike.

Kinds and shares
----------------
Harassment ("nuisance") rows, exactly round(n_target*harassment_share), split as:
  silent        24%  empty / near-empty text, 1-90 s, bursts within minutes, hourly,
                     same time daily, nightly, or scattered over days
  obsessive     16%  repeat callers with unreasonable or long-answered demands, many calls a day
  abuse         14%  abuse of the call-taker / government without a matter: swearing, but also
                     sarcasm, contempt and threats without swear words
  night_chat    12%  night-time chat, lonely or drunk callers, no matter
  prank          8%  fluent invented stories / false reports (some with cues, some without)
  flirt          8%  flirting and sexual remarks at the operator
  robocall       8%  recorded ads, loan/grave/education promotions, scam voice menus
  child_play     5%  children playing with the phone
  line_noise     5%  music / TV / animal noises / whistling on the line, nobody speaks
Genuine rows (the rest), approximately:
  ordinary 67%   (about 35 matter categories: roads, water, power, noise, rare-earth and pig-farm
                 pollution, wages, property, social insurance, 低保, schools, buses, markets,
                 脐橙 subsidies, land and forest disputes, building, dogs, signal, gas, 户籍,
                 clinics, floods/landslides, tourism, funerals, scam reports, neighbours ...)
  short_question 8%, angry_real 5% (swearing at situation / third party / government but with a
  concrete matter), followup 5% (same matter over days), elderly_repeat 3%, dropped 1.5% +
  callback 1.5% (dropped lines, often empty, then the real call), insult_report 2% (quoted
  insults they received), night_emergency 2%, thanks 2%, referral 1.6% (matters for 110/12315/
  banks/couriers), misdial 1%, restricted_genuine 0.25% (genuine callers whose number is on the
  restricted register: inherited numbers, or a family phone shared with a registered nuisance
  caller).

restricted (受限号码 register): about half of the repeat nuisance numbers (>=2 nuisance calls in
the window), stale entries that never call, and the restricted_genuine numbers.
"""

import datetime as dt
import random
import re

# ----------------------------------------------------------------------------- vocabulary
TOWNS = [
    "青岚镇",
    "枫坑镇",
    "石门乡",
    "龙潭镇",
    "白鹭乡",
    "桐岭镇",
    "上洋乡",
    "茶亭镇",
    "黄坳乡",
    "罗溪镇",
    "鹅湖乡",
    "大坪乡",
    "杉木岭乡",
    "横江镇",
]
VIL_A = list("上下大小高长新老黄石竹樟杉茶梅桃龙鹤乌白洋枫罗塘坪")
VIL_B = [
    "坑",
    "坳",
    "塅",
    "坪",
    "背",
    "围",
    "岭",
    "垄",
    "嶂",
    "岽",
    "湾",
    "洞",
    "排",
    "陂",
    "圩",
    "坝",
    "田",
    "屋",
    "口",
    "溪",
    "冈",
]
ROADS = [
    "橙乡大道",
    "客家大道",
    "解放路",
    "东门街",
    "滨江路",
    "文峰路",
    "翠微路",
    "岚水南路",
    "岚水北路",
    "建设路",
    "人民路",
    "新华街",
    "站前路",
    "工业大道",
    "梅岭路",
    "五一路",
    "北门巷",
    "老街",
    "环城西路",
    "育才路",
    "迎宾大道",
    "府前路",
]
XQS = [
    "橙香苑",
    "滨江花园",
    "翠湖名都",
    "阳光城",
    "客家新村",
    "锦绣华庭",
    "金桂园",
    "岚水湾",
    "盛世豪庭",
    "学府名苑",
    "东方丽景",
    "电力小区",
    "粮食局宿舍",
    "老供销社宿舍",
    "水电站家属区",
    "龙腾小区",
    "世纪新城",
    "和谐家园",
    "翡翠城",
    "碧桂园",
    "桂花苑",
    "江景壹号",
    "安置小区",
]
LANDMARKS = [
    "县人民医院",
    "县中医院",
    "青岚中学",
    "县二中",
    "城南小学",
    "实验小学",
    "汽车站",
    "农贸市场",
    "东门菜市场",
    "客家文化广场",
    "人民广场",
    "岚水大桥",
    "老桥头",
    "工业园",
    "稀土产业园",
    "脐橙交易市场",
    "政务服务中心",
    "步行街",
    "万家福超市",
    "县体育馆",
    "滨江公园",
    "城北加油站",
]
SCHOOLS = [
    "青岚中学",
    "县二中",
    "城南小学",
    "实验小学",
    "第三小学",
    "城北幼儿园",
    "枫坑中学",
    "龙潭中心小学",
    "桐岭中学",
    "县职业中专",
    "阳光幼儿园",
    "育才小学",
]
COMPANIES = [
    "竹木制品厂",
    "稀土分离厂",
    "脐橙包装厂",
    "食品公司",
    "建材公司",
    "鞋厂",
    "电子厂",
    "砖厂",
    "油茶加工厂",
    "物流园",
    "小水电站",
    "家具厂",
    "矿泉水厂",
    "服装厂",
]
SHOPS = [
    "超市",
    "药店",
    "母婴店",
    "手机店",
    "理发店",
    "健身房",
    "培训班",
    "电动车店",
    "家电城",
    "农资店",
    "烟酒店",
    "美容院",
    "驾校",
    "网吧",
]
GOODS = [
    "牛奶",
    "月饼",
    "粽子",
    "大米",
    "化肥",
    "农药",
    "电动车",
    "空调",
    "手机",
    "保健品",
    "猪肉",
    "腊肉",
    "奶粉",
    "橙苗",
    "食用油",
    "煤气罐",
]
MARKETS = ["东门菜市场", "农贸市场", "城北菜市场", "桐岭圩", "枫坑圩", "龙潭圩"]
RIVERS = ["岚水", "桐江", "枫坑河", "石门溪", "龙潭河", "罗溪"]
SCENIC = ["丹霞山景区", "客家围屋", "龙潭瀑布", "白鹭湿地公园", "翠微峰", "古驿道"]
DEPTS = [
    "县住建局",
    "县城管局",
    "供电所",
    "县供电公司",
    "县水务公司",
    "县生态环境局",
    "县人社局",
    "县医保局",
    "县民政局",
    "县教育局",
    "县交通运输局",
    "交警大队",
    "县市场监管局",
    "县农业农村局",
    "县自然资源局",
    "县林业局",
    "乡政府",
    "镇政府",
    "村委会",
    "县卫健委",
    "派出所",
    "县应急管理局",
    "县文旅局",
    "社区居委会",
    "物业公司",
    "县信访局",
]
SURN = list("刘李陈黄钟谢曾赖温邱廖肖罗古朱张王胡郭叶何吴杨邓")
RELS = ["儿子", "女儿", "老公", "老婆", "母亲", "父亲", "公公", "婆婆", "孙子", "弟弟", "哥哥", "侄子", "外甥", "岳父"]
DURS = [
    "三天",
    "两天",
    "一个星期",
    "一个多星期",
    "半个月",
    "十几天",
    "一个多月",
    "两个月",
    "好几个月",
    "大半年",
    "一年多",
    "两年多",
    "从上个月开始",
    "从端午前开始",
    "从前天开始",
    "这几天",
    "快一个月",
    "从今年三月份起",
    "好多天",
]
HAKKA = [
    "恁久都冇人管",
    "涯屋下个水系冇得食",
    "佢讲唔归佢管",
    "老表 帮涯问下",
    "系唔系要等出事正来",
    "涯冇办法了",
    "么个时候正有人来",
    "唔晓得找么人",
    "佢硬唔理涯",
    "做么个恁难",
    "讲了几多次都冇用",
    "涯一个老人家唔识字",
    "冇人来睇",
    "好冇道理",
]
SWEAR_SIT = ["他妈的", "妈的", "真是见鬼了", "搞么子鬼", "气死人了", "什么破事", "操蛋", "狗屁", "要死了"]

OPEN_PREFIX = [
    ("来电人反映", 18),
    ("市民来电称", 9),
    ("【来电】", 7),
    ("来电反映", 9),
    ("来电人称", 8),
    ("群众来电反映", 4),
    ("来电人来电反映", 3),
    ("来电", 3),
    ("反映：", 2),
    ("村民来电反映", 3),
    ("来电人咨询", 2),
    ("", 30),
    ("来电人", 3),
    ("【来电反映】", 2),
    ("市民反映", 3),
]

PREFIX_STRS = sorted((p for p, _ in OPEN_PREFIX if p), key=len, reverse=True)
TYPO = [
    ("反映", "反应"),
    ("已经", "以经"),
    ("部门", "部们"),
    ("的", "得"),
    ("在", "再"),
    ("再", "在"),
    ("账", "帐"),
    ("做", "作"),
    ("那", "哪"),
    ("时候", "时侯"),
    ("处理", "处里"),
    ("小区", "小去"),
    ("没有", "没又"),
    ("工资", "工子"),
    ("物业", "物页"),
    ("现在", "现再"),
    ("电话", "点话"),
    ("已", "以"),
    ("情况", "清况"),
    ("要求", "要球"),
    ("辱骂", "侮骂"),
    ("停水", "听水"),
    ("一直", "已直"),
    ("这个", "折个"),
    ("问题", "问提"),
]
PINYIN = [
    ("小区", "xiaoqu"),
    ("停水", "tingshui"),
    ("路灯", "ludeng"),
    ("物业", "wuye"),
    ("工资", "gongzi"),
    ("处理", "chuli"),
    ("话务员", "hwy"),
    ("来电", "laid"),
    ("反映", "fany"),
    ("社保", "shebao"),
    ("低保", "dib"),
    ("挂断", "guad"),
]

# ordinary matter categories: core templates, detail fragments, demands, departments
CATS = {
    "路灯": (
        [
            "{loc}的路灯坏了{dur}",
            "{loc}一带路灯晚上不亮",
            "{loc}到{landmark}那段路灯全黑",
            "{loc}路灯白天亮晚上反而不亮",
            "{vil}去年装的太阳能路灯{dur}都不亮了",
        ],
        ["晚上走路看不见", "前几天有老人摔倒", "小孩晚上放学不安全", "附近有学校"],
        ["希望尽快修复", "要求派人来检修"],
        ["县城管局", "镇政府", "村委会"],
    ),
    "道路": (
        [
            "{loc}的路面坑坑洼洼",
            "{town}到{town2}的公路有个大坑",
            "{loc}路口井盖不见了",
            "{vil}的通组公路被山上滑下来的泥土堵住了",
            "{loc}路边护栏被撞坏没人修",
            "{vil}的村道修了一半就停工了",
            "{loc}人行道地砖松动翘起",
            "{loc}减速带被拆了 车开得飞快",
        ],
        ["摩托车经过很危险", "下雨天全是积水", "已经有人摔伤", "大车过不去", "施工队{dur}没来了"],
        ["希望尽快修好", "要求设置警示标志", "请相关部门落实"],
        ["县交通运输局", "县住建局", "镇政府"],
    ),
    "供水": (
        [
            "{loc}停水{dur}",
            "{loc}自来水发黄有泥沙",
            "{loc}水压太小 楼上用不了水",
            "{loc}水管爆了 水一直流到路上",
            "{vil}的饮水工程水管破了一直没修",
            "{loc}的水费比以前贵了一倍",
            "{vil}山上的蓄水池被养猪场污染了",
            "{loc}停水也不提前通知",
        ],
        ["家里有老人小孩", "{n}户人家都受影响", "打水务公司电话说在处理 一直没来", "饭都煮不了"],
        ["要求尽快恢复供水", "希望查明原因", "要求给个说法"],
        ["县水务公司", "镇政府", "村委会"],
    ),
    "供电": (
        [
            "{loc}经常停电 一天停好几次",
            "{loc}电压不稳 空调开不起来",
            "{loc}有根电线杆倾斜 怕倒下来",
            "{loc}电线被竹子压住了",
            "{loc}停电{dur}了没人来修",
            "{loc}电表走得特别快 电费不对",
            "{vil}的变压器老化 一到晚上就跳闸",
        ],
        ["家里冰箱的东西都坏了", "天气热 老人受不了", "打了供电所电话没人接", "风一吹就晃"],
        ["希望供电所派人检查", "要求尽快恢复供电", "请核查电费"],
        ["供电所", "县供电公司"],
    ),
    "噪音": (
        [
            "{loc}广场舞音响太大 晚上十点还在跳",
            "{loc}的工地晚上施工 噪音很大",
            "{loc}楼下烧烤店半夜吵",
            "{loc}经常有人开改装摩托车炸街",
            "{loc}的KTV噪音扰民",
            "{loc}有商铺用大喇叭循环播放促销",
            "{loc}附近竹木加工厂机器通宵响",
        ],
        ["晚上根本睡不着", "孩子马上要中考了", "家里有病人", "说了好几次不听", "报过警也没用"],
        ["要求相关部门管一管", "希望查处", "请城管去看看"],
        ["县城管局", "县生态环境局", "派出所"],
    ),
    "环境": (
        [
            "{town}稀土矿的废水流进了{river}",
            "{loc}有个养猪场臭味很大",
            "{loc}有人焚烧垃圾 烟很大",
            "{loc}的垃圾桶满了{dur}没人清运",
            "{river}里出现很多死鱼",
            "{town}的砖厂粉尘污染严重",
            "{loc}有人往河里倒建筑垃圾",
            "{loc}的餐馆油烟直排",
            "{company}晚上偷排废水 河水发黑",
            "{vil}山上有人偷偷挖稀土 山都挖秃了",
        ],
        ["附近的稻田都受影响", "臭得窗户都不敢开", "村民意见很大", "拍了照片和视频"],
        ["希望环保部门来查", "要求依法处理", "请尽快清运"],
        ["县生态环境局", "县城管局", "县自然资源局"],
    ),
    "欠薪": (
        [
            "在{company}打工 老板拖欠工资{money}",
            "在{loc}的工地做事 包工头跑了 欠{n}个人的工资",
            "帮人家摘脐橙的工钱{dur}没给",
            "在{shop}上班 辞职后老板不发最后一个月工资",
            "{company}欠了他{dur}的工资 说等回款",
            "在外省打工的工伤赔偿一直拿不到",
        ],
        ["家里等着钱用", "去找老板 老板躲着不见", "劳动监察那边去过了", "有考勤记录"],
        ["要求帮忙追讨", "希望人社局介入", "请督促老板发工资"],
        ["县人社局", "劳动监察大队"],
    ),
    "物业": (
        [
            "{xq}物业不作为 电梯经常坏",
            "{xq}物业乱收停车费",
            "{xq}开发商{dur}不办房产证",
            "{xq}楼顶漏水 物业推来推去",
            "{xq}交房{dur}了还没通燃气",
            "{xq}的消防通道被车堵死",
            "{xq}小区门禁坏了 外人随便进",
            "{xq}物业费涨价没有开业主大会",
        ],
        ["业主群里都在说", "找物业说不归他们管", "住的是顶楼", "小区有几百户"],
        ["希望住建部门督促", "要求物业整改", "请给个答复"],
        ["县住建局", "物业公司", "社区居委会"],
    ),
    "社保": (
        [
            "咨询城乡居民医保怎么交费",
            "母亲的养老金这个月没到账",
            "问灵活就业社保断交了怎么补",
            "住院的医保报销在县医院报不了",
            "问异地就医备案怎么办",
            "社保卡在银行激活不了",
            "问今年医保为什么又涨价了",
            "退休审批材料交了{dur}没有结果",
        ],
        ["在外地打工不方便回来", "打了社保局电话一直占线", "老人不会用手机"],
        ["希望告知办理流程", "请帮忙查询", "要求回复"],
        ["县人社局", "县医保局"],
    ),
    "低保": (
        [
            "家里困难 想申请低保 村里说不符合",
            "{vil}有人家里有车有房还吃低保",
            "残疾人补贴{dur}没发",
            "问高龄补贴怎么申请",
            "老人是五保户 这个季度的钱没到",
            "孤儿生活补助停了不知道原因",
        ],
        ["丈夫生病干不了活", "村干部优亲厚友", "材料都交齐了"],
        ["希望民政部门核实", "请帮忙查询", "要求公开"],
        ["县民政局", "镇政府", "村委会"],
    ),
    "教育": (
        [
            "孩子在{school}上学 学校收资料费",
            "问今年{school}一年级招生的划片范围",
            "{school}门口上下学堵车很严重",
            "村小撤并后孩子上学要走{n}公里山路",
            "{school}食堂饭菜质量差",
            "暑假培训机构收费高 退费难",
            "问中考体育考试的时间安排",
            "{school}老师体罚学生",
            "孩子户口在乡下 在县城读书要什么手续",
        ],
        ["其他家长也有意见", "孩子回家说吃不饱", "学校说是上面要求的"],
        ["希望教育局核查", "请给个答复", "要求规范收费"],
        ["县教育局", "学校"],
    ),
    "交通": (
        [
            "{town}到县城的班车{dur}停开了",
            "{loc}路口红绿灯坏了",
            "{loc}乱停车堵住路口",
            "城区{n}路公交车班次太少",
            "问电动车上牌在哪里办",
            "{loc}有拉沙的大货车超载 压坏村道",
            "{loc}路口经常有人闯红灯 没有监控",
            "{loc}出租车不打表乱要价",
        ],
        ["上班的人都不方便", "差点出事故", "老人进城看病很难"],
        ["希望恢复班车", "要求加强管理", "请交警处理"],
        ["县交通运输局", "交警大队"],
    ),
    "市场": (
        [
            "在{shop}买的{goods}过期了",
            "{market}有人缺斤少两",
            "{shop}办的会员卡 店关门跑路了",
            "{loc}的药店药价比别处贵很多",
            "网购的{goods}商家不给退款",
            "在{market}买的{goods}吃了拉肚子",
            "{shop}预付了{money} 老板不见了",
            "{loc}有人卖病死猪肉",
        ],
        ["有发票和小票", "跟老板说老板不认", "好多人都被坑了"],
        ["要求退款", "希望市场监管局查处", "请帮忙调解"],
        ["县市场监管局"],
    ),
    "脐橙": (
        [
            "自家脐橙园得了黄龙病 问砍树有没有补贴",
            "问脐橙苗补贴今年什么时候发",
            "农资店卖的化肥是假的 脐橙树打了没效果",
            "果园边上的{company}排污 脐橙叶子发黄",
            "果园灌溉的水渠坏了 问谁来修",
            "脐橙保险理赔{dur}没下来",
            "村里统一买的橙苗死了一大半",
        ],
        ["种了{n}亩", "全家就靠这个收入", "农技站的人来看过"],
        ["希望农业部门来看看", "要求赔偿", "请给个政策解释"],
        ["县农业农村局", "镇政府"],
    ),
    "土地": (
        [
            "征地补偿款{dur}还没到位",
            "{vil}有人占了他家的宅基地",
            "和邻居因为山林界址有纠纷 村里调解不了",
            "{vil}有人在农田上建房",
            "林权证办了{dur}还没下来",
            "想砍自家山上的杉木 问采伐证怎么办",
            "村里承包地重新分配不公平",
            "修高速占了他家的田 青苗补偿没给",
        ],
        ["有当年的合同", "找过村里好几次", "对方态度蛮横"],
        ["希望依法处理", "请自然资源局核实", "要求调解"],
        ["县自然资源局", "县林业局", "镇政府"],
    ),
    "建房": (
        [
            "{loc}有人违章搭建 挡住了通道",
            "邻居建房把排水沟堵了 下雨水灌进他家",
            "{loc}老房子墙体开裂 怕倒塌",
            "{xq}楼下商铺私自拆承重墙",
            "问农村自建房审批要什么材料",
            "{vil}有人建房占了公共道路",
        ],
        ["已经和对方沟通过", "怕出人命"],
        ["要求拆除", "希望派人来看", "请告知流程"],
        ["县住建局", "县城管局", "镇政府"],
    ),
    "动物": (
        [
            "{loc}流浪狗很多 咬伤了小孩",
            "{loc}有人在小区里养鸡鸭 臭味很大",
            "{loc}老鼠很多",
            "{loc}蚊子多 问能不能打药",
            "{loc}有人遛狗不拴绳",
            "{vil}山上有野猪下来拱了庄稼",
        ],
        ["小孩都不敢下楼", "庄稼损失很大"],
        ["希望处理", "要求管一管"],
        ["县城管局", "社区居委会", "县林业局"],
    ),
    "通信": (
        ["{vil}手机信号很差 打电话要跑到山上", "家里宽带断网{dur}没人来修", "{vil}还没通光纤", "有线电视{dur}没信号"],
        ["小孩上网课用不了", "营业厅说要等"],
        ["希望尽快处理", "请协调运营商"],
        ["运营商", "县工信局"],
    ),
    "燃气": (
        ["{xq}燃气费收费不透明", "液化气站送气加价", "{xq}燃气开户费太贵", "燃气公司上门检查收费"],
        ["别的县没有这个收费"],
        ["要求说明收费依据", "希望规范"],
        ["县住建局", "县市场监管局"],
    ),
    "户籍": (
        [
            "问身份证过期在哪里补办",
            "小孩上户口需要什么材料",
            "户口迁移要跑几个部门",
            "问居住证怎么办",
            "户口本上名字写错了怎么改",
        ],
        ["跑了两次都没办成"],
        ["请告知", "希望一次说清楚"],
        ["派出所", "县公安局"],
    ),
    "医疗": (
        [
            "在{landmark}看病 医生态度很差",
            "{town}卫生院晚上没有医生值班",
            "问儿童疫苗在哪里打",
            "县医院多收了检查费",
            "问家庭医生签约有什么用",
            "县医院挂号太难",
        ],
        ["发票都留着", "孩子发烧等了两个小时"],
        ["要求核查", "希望改进"],
        ["县卫健委", "县人民医院"],
    ),
    "灾害": (
        [
            "{vil}后山有裂缝 怕下雨滑坡",
            "{loc}下大雨后水淹到家门口 排水沟堵了",
            "{vil}山塘水库坝有渗水",
            "暴雨把{vil}的小桥冲垮了 进出不方便",
            "{loc}有棵大树被风刮倒 挡住了路",
            "{vil}河堤被水冲出一个缺口",
        ],
        ["这几天一直下雨", "住着{n}户人家", "晚上都不敢睡"],
        ["希望尽快派人来看", "要求排查隐患"],
        ["县应急管理局", "县水利局", "镇政府"],
    ),
    "旅游": (
        [
            "在{scenic}门票被乱收费",
            "{scenic}停车场收费太高",
            "在{scenic}附近农家乐吃饭被宰",
            "{scenic}的游步道栏杆坏了",
        ],
        ["是外地来的游客", "有付款记录"],
        ["要求退款", "希望整改"],
        ["县文旅局", "县市场监管局"],
    ),
    "殡葬": (
        ["问老人去世后丧葬补助怎么领", "{vil}有人在山上乱埋坟 占了林地", "公墓收费太高"],
        ["家里刚办完丧事"],
        ["请告知", "希望查处"],
        ["县民政局", "镇政府"],
    ),
    "住房": (
        ["危房改造补助申请了{dur}没下来", "问公租房怎么申请", "安置房{dur}还没分下来", "问住房公积金怎么提取"],
        ["一家人租房住"],
        ["希望加快", "请告知条件"],
        ["县住建局", "公积金中心"],
    ),
    "诈骗举报": (
        [
            "接到诈骗电话 对方自称医保局说医保卡冻结",
            "家里老人被推销保健品骗了{money}",
            "收到短信说中奖 问是不是骗子",
            "{loc}有人发小广告 楼道里贴满了",
            "{loc}有人摆摊搞抽奖 骗老人钱",
            "老人被拉进一个群 说投资养老项目",
        ],
        ["已经报警", "对方电话还打得通"],
        ["希望提醒其他老人", "要求查处"],
        ["派出所", "县市场监管局"],
    ),
    "邻里": (
        [
            "楼上邻居半夜拖椅子 说了不听",
            "邻居家空调外机对着他家窗户吹",
            "邻居家的狗天天叫",
            "邻居把杂物堆在楼道",
            "邻居家漏水到他家天花板",
        ],
        ["找过社区"],
        ["希望社区调解", "请帮忙协调"],
        ["社区居委会", "派出所"],
    ),
    "营商": (
        ["问个体户营业执照网上怎么办", "问开餐馆要办哪些证", "问小微企业贷款贴息政策", "办食品经营许可证{dur}没批下来"],
        ["网上操作不会"],
        ["请告知流程"],
        ["县市场监管局", "政务服务中心"],
    ),
    "退役": (
        ["问退役军人优待证怎么申请", "退役军人的补贴这个季度没发"],
        ["是老兵"],
        ["请帮忙查询"],
        ["县退役军人事务局"],
    ),
    "公共设施": (
        [
            "{loc}的公共厕所脏得很 没人打扫",
            "{landmark}的健身器材坏了",
            "{loc}公园的椅子都烂了",
            "{loc}雨水井盖松动 踩上去会翻",
        ],
        ["天天有人去锻炼"],
        ["希望维修", "要求清理"],
        ["县城管局"],
    ),
    "农业": (
        [
            "问油茶林种植补贴怎么申报",
            "稻谷收购价压得太低",
            "买的稻种不发芽",
            "问种粮补贴什么时候发",
            "{vil}灌溉的水渠被人截了水",
        ],
        ["种了{n}亩"],
        ["请告知政策", "要求赔偿"],
        ["县农业农村局"],
    ),
}
CAT_WEIGHTS = {
    "路灯": 4,
    "道路": 7,
    "供水": 7,
    "供电": 5,
    "噪音": 6,
    "环境": 6,
    "欠薪": 5,
    "物业": 5,
    "社保": 6,
    "低保": 3,
    "教育": 4,
    "交通": 4,
    "市场": 5,
    "脐橙": 3,
    "土地": 3,
    "建房": 3,
    "动物": 3,
    "通信": 2,
    "燃气": 1,
    "户籍": 3,
    "医疗": 3,
    "灾害": 4,
    "旅游": 1,
    "殡葬": 1,
    "住房": 2,
    "诈骗举报": 2,
    "邻里": 3,
    "营商": 2,
    "退役": 1,
    "公共设施": 2,
    "农业": 2,
}

GENERIC_DETAIL = [
    "已经跟村里反映过 没有用",
    "之前也有人反映过",
    "打过{dept}的电话没人接",
    "{n}户人家都受影响",
    "拍了照片可以提供",
    "村干部说等等 一直没下文",
    "怕出安全事故",
    "问题拖了{dur}",
    "下雨天更严重",
    "社区说要上报",
    "不知道该找哪个部门",
]
GENERIC_DEMAND = [
    "希望相关部门尽快处理",
    "要求{dept}派人来看看",
    "希望给个答复",
    "请帮忙协调",
    "希望早日解决",
    "请转相关单位办理",
    "要求回电",
    "望核实处理",
    "希望尽快落实",
    "要求书面答复",
]
CONTACT = [
    "联系电话同来电号码",
    "来电人姓{sur}",
    "{sur}先生",
    "{sur}女士",
    "要求匿名",
    "不需要回访",
    "需要回访",
    "来电人要求保密",
]

# short questions
SHORT_Q = [
    "问{dept}几点下班",
    "{dept}的电话多少",
    "问办身份证要带什么",
    "问今天{town}停不停电",
    "问{landmark}在哪里",
    "问{dept}中午上不上班",
    "社保卡丢了怎么办",
    "问今年医保交多少钱",
    "问驾驶证换证在哪里",
    "问端午放假政务中心上不上班",
    "问高考那几天县城限不限行",
    "问中考几号",
    "问结婚登记要什么材料",
    "问城区哪里可以免费量血压",
    "问公交卡在哪里办",
    "问不动产登记中心在哪",
    "问{town}的班车几点有",
    "问今天县城有没有停水",
    "问老年卡怎么办",
    "问二胎补贴有没有",
    "问{school}的招生电话",
    "问居住证多久能办好",
    "问护照在哪里办",
    "问狂犬疫苗哪里能打",
    "问营业执照年报怎么弄",
]

# insults reported by genuine callers
INSULTS = [
    "老不死的",
    "穷鬼",
    "乡巴佬",
    "神经病",
    "滚出去",
    "你这种人活该",
    "傻X",
    "死老头子",
    "外地佬",
    "猪脑子",
    "不要脸",
    "你家死绝了",
]
RUDE = ["爱办不办", "你听不懂人话吗", "下班了明天再来", "找我干什么 找领导去", "这种事也来烦我", "你去告啊 随便告"]
WHO = [
    "邻居",
    "楼上住户",
    "菜市场的摊主",
    "村干部",
    "物业保安",
    "出租车司机",
    "{dept}的工作人员",
    "超市收银员",
    "包工头",
    "亲戚",
    "网友",
    "对门的人",
]

# ----------------------------------------------------------------------------- nuisance vocab
SILENT_TXT = [
    "",
    "",
    "",
    "",
    "",
    " ",
    "无声",
    "来电无声",
    "接通后无人说话",
    "喂了几声无回应 挂断",
    "无人应答",
    "。",
    "无声音",
    "对方不说话",
    "接通后对方无应答 约{n}秒后挂断",
    "有呼吸声 不说话",
    "无声来电",
    "同一号码无声来电",
    "来电不讲话",
    "接通无声",
    "无应答",
    "..",
    "喂喂 无人回应",
    "对方一直不出声",
    "无声电话",
    "接起后对方沉默",
    "无声 已挂",
]
ABUSE_NOTE = [
    "来电人辱骂话务员",
    "来电人一直骂人 无具体诉求",
    "接通就骂",
    "来电人言语攻击政府工作人员",
    "来电人对话务员进行人身攻击",
    "来电人情绪激动 辱骂后挂断",
    "来电人冷嘲热讽 不说具体事情",
    "来电人态度恶劣",
    "",
    "",
    "来电人出言不逊",
    "来电人威胁话务员",
    "来电人说话阴阳怪气",
    "来电人贬低话务员",
]
ABUSE_SWEAR = [
    "你们这帮废物",
    "一群吃干饭的",
    "你妈的 接个电话都不会",
    "滚你妈的",
    "狗官",
    "你个蠢货",
    "去死吧你们",
    "一帮傻X",
    "王八蛋",
    "你们都是垃圾",
    "什么狗屁热线",
    "猪都比你们强",
]
ABUSE_SARC = [
    "哟 还有人接啊 真难得 我以为你们都在喝茶看报纸",
    "政府好啊 好得很 好到老百姓都要鼓掌",
    "你们的服务真是一流 推来推去一流",
    "打你们电话比中彩票还难 恭喜你们",
    "你们领导今天又去哪里吃饭了",
    "辛苦了啊 坐空调房接电话 多累啊",
    "你们真是为人民服务 为人民币服务吧",
    "了不起 记下来就完事了是吧",
    "继续记 记完了放抽屉里吃灰",
    "我就想听听你们还能编出什么官话",
]
ABUSE_CONT = [
    "跟你说有什么用 你就是个接电话的",
    "你懂什么 你读过书吗",
    "你这种人也配坐在那里",
    "叫个会说人话的来",
    "你们这种单位早该撤了",
    "你系么个东西",
    "听你声音就知道没文化",
    "你们就是摆设",
    "我跟你讲话是看得起你",
    "你连普通话都说不清楚还接电话",
]
ABUSE_THREAT = [
    "你等着 我知道你们在哪栋楼",
    "信不信我天天打 打到你们瘫痪",
    "我要去{landmark}门口闹 让你们全都下岗",
    "把你工号报上来 我让你明天就失业",
    "小心点 晚上下班走路注意",
    "我录音了 发到网上让你们出名",
    "我认识你们领导 你等着被开除",
    "哪天我就提桶汽油过去",
    "我把你名字发到抖音上",
    "别让我在街上碰到你",
]
ABUSE_TAIL = [
    "询问其诉求 不答 继续辱骂",
    "话务员劝导无效",
    "未说明任何事项",
    "说完挂断",
    "无具体诉求",
    "",
    "",
    "劝其文明通话后挂断",
    "问其反映什么事 称'没事 就是想骂你们'",
]

OBS_DEMAND = [
    "要求县政府给他安排一份月薪一万以上的工作",
    "要求政府赔偿他{n}年前被邻居家狗吓到的精神损失费{money}",
    "要求县长亲自接电话 否则不挂",
    "要求把对面楼拆掉 说挡了他家风水",
    "要求政府每月给他发{money}生活费 称自己是全县最穷的",
    "要求撤掉{vil}村支书 称村支书看他眼神不对",
    "要求退还二十多年前交的农业税和提留款",
    "要求政府帮他介绍老婆",
    "要求话务员把他的话一字不漏念给县委书记听",
    "称自家脐橙比别人的小是政府用卫星干扰 要求赔偿",
    "要求公安局查他前妻现在的住址",
    "要求给他家门口修一条直通县城的专用水泥路",
    "称手机被政府监听 要求话务员证明没有监听",
    "要求取消全县所有红绿灯",
    "要求政府退还他买彩票输掉的钱",
    "要求按每亩一百万征收他家的地",
    "要求把他评为全县道德模范 还要发奖金",
    "要求政府出钱给他儿子买房",
    "要求马上把他十年前被驳回的案子重新判",
    "要求话务员每天早上打电话叫他起床",
    "要求政府赔他家祖坟的风水损失",
    "称邻居家WiFi信号辐射他 要求县里拆掉邻居的路由器",
]
OBS_NOTE = [
    "该来电人已多次来电反映同一问题 相关部门已答复",
    "今日第{k}次来电",
    "同一诉求 {dur}来每天都打",
    "话务员解释后仍反复纠缠",
    "不接受任何答复",
    "占线{m}分钟不肯挂机",
    "拒绝挂机",
    "已答复多次 仍坚持",
    "该号码本周已来电{k2}次",
    "再次来电 内容同前",
    "重复来电",
    "与之前工单诉求一致 已办结",
    "称不答应就一直打",
    "",
    "又来电",
]
NIGHT_TXT = [
    "来电人称睡不着 想找人聊天",
    "问话务员晚上吃了什么",
    "来电人醉酒 说话含糊 一直讲他年轻时当兵的事",
    "酒后来电 唱起了山歌",
    "称自己在{place}喝酒 要话务员陪他说话",
    "一个人在家 讲了半个小时家长里短 无诉求",
    "问话务员这么晚还上班累不累 闲聊",
    "酒后称自己是县长的老表 要话务员叫他领导",
    "说喝多了回不了家 又说不用管他",
    "反复说自己很无聊 问话务员能不能陪他聊到天亮",
    "醉酒来电 语无伦次",
    "来电人喝了酒 一直叫'老表 老表'",
    "说要给话务员讲个故事",
    "来电问话务员会不会下象棋",
    "称失眠 要话务员讲笑话",
    "酒后来电 讲他打麻将输了多少钱",
    "来电人酒后胡言乱语 说要请全县人吃饭",
    "问话务员是哪里人 讲客家话聊天",
    "讲了很久他养的鸡 无具体事项",
    "醉酒来电 哭着说没人理他 问其需求 称就是想说话",
]
NIGHT_NOTE = ["夜间闲聊", "无实质诉求", "劝其早点休息后挂断", "已劝导", "", "", "来电人醉酒", "无诉求", "通话较长"]
PRANK_TXT = [
    "称{loc}有只老虎在街上走",
    "称在{river}里看到水怪 有十几米长",
    "称自家后山降落了飞碟 有外星人下来问路",
    "称自己挖到了恐龙蛋 要政府出一千万收购",
    "称{landmark}着火了",
    "称{loc}发生重大车祸 十几辆车追尾",
    "称自己是{dept}的局长 要求话务员把工单都转给他",
    "称县城明天要地震 让政府赶紧疏散",
    "称自己中了彩票五百万 要政府派武警护送去领奖",
    "称邻居家在造炸弹",
    "称自家母猪生了一只小象",
    "称{town}水库里的水全变成了甜的",
    "称他家的狗会说话 要求电视台来采访",
    "称{landmark}门口有人发金条",
    "称{school}的学生被外星人绑架了",
    "称自己是秦始皇转世 要求政府归还江山",
    "称看到县长在{market}卖猪肉",
    "称他在{scenic}发现了古墓 里面有黄金",
    "称{xq}楼顶有人要跳楼",
    "称自己被困在{landmark}的井里",
]
PRANK_NOTE = [
    "经核实无此事",
    "经核实为虚假信息",
    "来电人边说边笑",
    "背景有多人起哄",
    "说完大笑挂断",
    "后承认是开玩笑",
    "",
    "",
    "",
    "民警到场核实无此情况",
    "追问细节后挂断",
    "网格员核实为恶作剧",
]
FLIRT_TXT = [
    "来电人问话务员多大了 有没有男朋友",
    "称话务员声音好听 要求加微信",
    "要求话务员叫他一声老公",
    "问话务员长什么样 穿什么衣服",
    "约话务员下班出去吃饭 被拒后继续纠缠",
    "言语下流 带有性暗示",
    "要求话务员唱首歌给他听",
    "说要去话务中心门口等话务员下班",
    "发出不雅声音",
    "点名要找上次那个女话务员",
    "说昨晚梦到话务员了",
    "问话务员结婚没有 说要给她介绍对象",
    "问话务员住哪里 要送花",
    "说话务员声音像他初恋 要求多聊一会",
    "问话务员的腿长不长",
    "讲黄色笑话",
    "问话务员一个人睡怕不怕",
    "说'妹子 陪哥哥聊聊'",
]
FLIRT_NOTE = ["骚扰话务员", "言语轻佻", "无诉求", "已警告后挂断", "", "", "话务员拒绝后挂断", "多次骚扰女话务员"]
ROBO_AD = [
    "无抵押贷款 最快当天放款 按1咨询",
    "{xq}特价房 首付五万起",
    "股票内幕消息 免费进群",
    "陵园墓地特惠 买一送一",
    "成人学历提升 包过",
    "装修公司免费上门量房",
    "网络兼职刷单 日赚三百",
    "养生保健讲座免费领鸡蛋",
    "信用卡提额 按2办理",
    "汽车保险到期 请续保",
    "驾校暑期特惠",
    "加盟奶茶店 零经验开店",
]
ROBO_SCAM = [
    "您的医保账户异常即将冻结 请按9转人工",
    "您的ETC已失效 请点击短信链接",
    "您有一张法院传票 请按1查询",
    "您的快递丢失 可申请双倍理赔",
    "您的京东金条已开通 请按1关闭以免影响征信",
    "您的社保卡涉嫌洗钱 请配合调查",
]
ROBO_WRAP = [
    "【电脑语音】{x}",
    "来电为录音广告：{x}",
    "自动语音播报 {x}",
    "接通后播放录音 {x} 无人工",
    "疑似诈骗录音 {x}",
    "录音：{x}",
    "机器人来电 {x}",
    "广告录音",
    "推销录音 已挂断",
    "电话营销录音",
]
CHILD_TXT = [
    "小孩来电 问话务员是不是奥特曼",
    "儿童来电 嬉笑几句后挂断",
    "几个小朋友抢电话 说'我们在玩' 后挂断",
    "小孩说要报警 他妈妈不给他玩手机",
    "小孩唱儿歌后挂断",
    "小孩问话务员家里有没有猫",
    "童声 说找{sur}老师",
    "小孩按着玩 背景有大人喊 挂断",
    "小朋友来电说'你好 我是佩奇'",
    "小孩问话务员吃饭没有 然后笑着挂了",
    "童声 一直喊喂喂喂",
    "小孩来电报数字 一二三四五",
    "儿童来电 说打错了 哈哈哈",
    "小孩讲他今天考了一百分",
]
NOISE_TXT = [
    "接通后只有音乐声",
    "电话里播放歌曲 无人讲话",
    "来电一直放电视声 喊话无回应",
    "来电人学狗叫后挂断",
    "吹口哨 怪叫",
    "对着话筒敲东西 发出噪音",
    "放鞭炮的声音",
    "一直笑 不说话",
    "播放广场舞音乐",
    "来电只有嘈杂声 有人在打麻将 无人应答",
    "放哀乐",
    "学鸡叫",
    "对着话筒打嗝",
    "刺耳的尖叫后挂断",
]

# genuine special kinds
DROP_TXT = [
    "",
    "",
    "",
    "",
    "信号不好 断线",
    "听不清 电话中断",
    "来电人说了一句就断了",
    "对方声音断断续续 后挂断",
    "无声",
    "通话中断",
    "喂 听不到 断了",
    "信号差 未听清诉求",
    "来电中断",
    "断线",
]
CB_PRE = [
    "刚才电话断了 ",
    "刚才信号不好 ",
    "重新打来 ",
    "来电人称刚打过一次断线了 ",
    "二次来电 ",
    "断线后再次来电 ",
    "",
    "",
]
NIGHT_EMERG = [
    ("{loc}停电了 家里老人要用制氧机", "pow"),
    ("{loc}水管爆了 水淹到楼道里", "wat"),
    ("{loc}楼上半夜装修砸墙", "pol"),
    ("{loc}有人喝醉了在门口砸门 很害怕", "pol"),
    ("家里老人走失了 家人在找 问能不能帮忙发消息", "pol"),
    ("{loc}闻到很大的燃气味", "fire"),
    ("{loc}电线起火冒烟", "fire"),
    ("暴雨 {vil}河水上涨 有几户人家出不来", "town"),
    ("{loc}的KTV凌晨两点还在唱", "pol"),
    ("{loc}有人在路边躺着不动", "med"),
    ("{loc}电梯里困了人", "fire"),
    ("{vil}后山有石头滚下来 砸到了屋子", "town"),
    ("{loc}有烧烤店半夜吵架打架", "pol"),
    ("{loc}路灯杆倒在路中间", "town"),
    ("{loc}停电{n}个小时了 天太热 小孩哭个不停", "pow"),
    ("{loc}下水道反水 臭水流进屋里", "wat"),
]
NIGHT_EMERG_NOTE = {
    "pow": ["已转供电抢修", "已联系供电所值班"],
    "wat": ["已转水务抢修", "已联系水务值班"],
    "pol": ["已告知拨打110", "已转派出所", "已通知社区网格员"],
    "fire": ["已告知拨打119", "已转消防"],
    "med": ["建议拨打120", "已告知拨打120和110"],
    "town": ["已联系镇值班室", "已转值班领导", "已转应急管理局"],
}
THANKS = [
    "感谢{dept}的工作人员 上次反映的问题已经处理好了",
    "来电表扬{town}政府 {cat}的问题解决得很快",
    "上次反映的{core}已经弄好了 特地打电话来感谢",
    "表扬话务员耐心",
    "感谢供电所师傅连夜抢修",
    "感谢12345帮忙追回了工资",
    "称路修好了 谢谢政府",
    "表扬{school}的老师 拾金不昧",
    "感谢派出所帮忙找到走失老人",
    "来电称问题已解决 不用再回访 谢谢",
]
REFERRAL = [
    "要求转110 称邻居在打架",
    "咨询快递丢件 已告知联系快递公司",
    "问火车票怎么改签",
    "咨询银行贷款利率",
    "要查外地一个人的电话号码",
    "问天气预报",
    "咨询外省社保转移 已告知到当地办理",
    "问怎么投诉网购平台 已告知12315",
    "问银行卡被冻结怎么办 建议联系开户行",
    "咨询离婚财产怎么分 建议咨询律师",
    "问手机话费扣多了 建议打10086",
    "问外地某景区门票价格",
    "咨询车辆年审 告知到车管所",
    "问彩票兑奖在哪里",
]
MISDIAL = [
    "来电人称打错了",
    "拨错号码 想打120",
    "找{sur}师傅 告知打错",
    "以为是快递电话",
    "老人按错号码",
    "想打给儿子 按错了",
    "打错 道歉后挂断",
    "称想打114",
    "拨错",
]
ELDER_Q = [
    "养老金这个月什么时候发",
    "高龄补贴为什么少了",
    "村里说要拆他房子是不是真的",
    "医保卡怎么用不了了",
    "家里电视没信号 不会弄",
    "低保的钱到了没有",
    "老年卡在哪里办",
    "儿子的电话打不通 能不能帮忙找",
    "去县医院看病要带什么",
    "疫苗要不要打",
]
ELDER_WRAP = [
    "老人来电 说话不太清楚 询问{q}",
    "来电老人耳背 反复问{q} 已耐心解答",
    "老人再次来电 同样问{q}",
    "老人称记不清上次问过没有 再问{q}",
    "老人家来电 讲客家话 问{q}",
    "{age}岁老人来电 问{q}",
    "老人来电问{q} 已解释 要求记下来",
    "老人又打来 问{q} 称怕忘了",
]
FOLLOW = [
    "来电人再次反映{core} 称{dur2}前已经反映过 至今没处理",
    "询问{core}的工单办理进度",
    "对{core}的处理结果不满意 要求重新办理",
    "称村里派人来看过 但{core}问题还在",
    "催办：{core}",
    "来电人第{k}次反映{core}",
    "跟进之前反映的{core} 称承办单位没有联系他",
    "称{core}已经部分处理 还有问题没解决",
    "来电人要求回复{core}的处理情况",
]
ANGRY = [
    "{sw} {core} {dur}了都没人管 你们政府是干什么吃的",
    "来电人情绪激动 骂骂咧咧 称{core} 说再不处理就去县政府门口拉横幅",
    "{sw}！{core} 找了多少次了 都是踢皮球",
    "来电人很生气 骂'{sw}' {core} 要求马上处理",
    "{core} 那帮人不是东西 {sw} 要求政府主持公道",
    "你们这些当官的只会坐办公室 {core} 来看一眼会死啊",
    "{sw} 我就问一句 {core} 到底有没有人管",
    "来电人大骂承办单位 称{core} 多次反映无果",
]
RESTR_NOTE = ["来电人称这个号码是新办的", "来电人称手机是{rel}的", "称号码刚换不久", "来电人称用家里的座机打的", ""]

NUIS_SHARES = [
    ("silent", 0.24),
    ("obsessive", 0.16),
    ("abuse", 0.14),
    ("night_chat", 0.12),
    ("prank", 0.08),
    ("flirt", 0.08),
    ("robocall", 0.08),
    ("child_play", 0.05),
    ("line_noise", 0.05),
]
GEN_SHARES = [
    ("ordinary", 0.6715),
    ("short_question", 0.08),
    ("angry_real", 0.05),
    ("followup", 0.05),
    ("elderly_repeat", 0.03),
    ("dropped_callback", 0.03),
    ("insult_report", 0.02),
    ("night_emergency", 0.02),
    ("thanks", 0.02),
    ("referral", 0.016),
    ("misdial", 0.01),
    ("restricted_genuine", 0.0025),
]

GEN_HOURS = [
    0.25,
    0.15,
    0.1,
    0.08,
    0.1,
    0.3,
    0.8,
    2.5,
    6.5,
    9,
    9,
    8,
    4.5,
    4.5,
    7.5,
    8,
    7.5,
    6,
    4,
    3.2,
    3,
    2.2,
    1.3,
    0.6,
]
SLOT_RE = re.compile(r"\{(\w+)\}")


def _quota(total, shares):
    """Largest-remainder split of total over the share list (exact sum)."""
    s = sum(w for _, w in shares)
    raw = [(k, total * w / s) for k, w in shares]
    base = {k: int(v) for k, v in raw}
    rest = total - sum(base.values())
    order = sorted(raw, key=lambda kv: (-(kv[1] - int(kv[1])), kv[0]))
    for k, _ in order[:rest]:
        base[k] += 1
    return base


class _Model:
    def __init__(self, start, days, seed):
        self.r = random.Random(seed)
        self.start = start
        self.days = days
        self.end = start + dt.timedelta(days=days)
        self.used = set()
        self.rows = []
        self.day_w = [0.72 if (start + dt.timedelta(days=d)).weekday() >= 5 else 1.0 for d in range(days)]

    # ---------------------------------------------------------------- basic helpers
    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def wch(self, pairs):
        return self.r.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]

    def phone(self, style=None):
        r = self.r
        while True:
            st = style or r.choices(["mob", "land", "land2"], [86, 9, 5])[0]
            if st == "mob":
                p = self.ch(
                    [
                        "134",
                        "135",
                        "136",
                        "137",
                        "138",
                        "139",
                        "150",
                        "151",
                        "152",
                        "157",
                        "158",
                        "159",
                        "182",
                        "183",
                        "187",
                        "188",
                        "130",
                        "131",
                        "132",
                        "155",
                        "156",
                        "185",
                        "186",
                        "133",
                        "153",
                        "180",
                        "181",
                        "189",
                        "177",
                        "199",
                        "191",
                        "198",
                        "166",
                        "173",
                        "178",
                        "195",
                    ]
                )
                num = p + "".join(str(r.randrange(10)) for _ in range(8))
            elif st == "land":
                num = "0797-" + str(r.randint(2, 8)) + "".join(str(r.randrange(10)) for _ in range(6))
            elif st == "land2":
                num = "0797" + str(r.randint(2, 8)) + "".join(str(r.randrange(10)) for _ in range(6))
            else:  # robocall / far away numbers
                kind = r.random()
                if kind < 0.4:
                    num = self.ch(["170", "171", "162", "165", "167"]) + "".join(str(r.randrange(10)) for _ in range(8))
                elif kind < 0.8:
                    num = self.ch(["0755", "020", "021", "0571", "0371", "0769", "0592", "0731"]) + "".join(
                        str(r.randrange(10)) for _ in range(8)
                    )
                else:
                    num = "95" + "".join(str(r.randrange(10)) for _ in range(r.randint(3, 6)))
            if num not in self.used:
                self.used.add(num)
                return num

    def clamp(self, t):
        if t >= self.end:
            t = self.end - dt.timedelta(seconds=self.r.randint(30, 4 * 3600))
        if t < self.start:
            t = self.start + dt.timedelta(seconds=self.r.randint(0, 3600))
        return t

    def rand_day(self, weekend=True):
        if weekend:
            return self.r.choices(range(self.days), self.day_w)[0]
        return self.r.randrange(self.days)

    def at(self, day, hour_f):
        return self.clamp(self.start + dt.timedelta(days=day, seconds=int(hour_f * 3600)))

    def gen_time(self, hours=GEN_HOURS, day=None):
        d = self.rand_day() if day is None else day
        h = self.r.choices(range(24), hours)[0]
        return self.at(d, h + self.r.random())

    def night_hour(self):
        # 21:00 .. 04:59 expressed as 21..29 relative to the evening's date
        return self.r.choices([21, 22, 23, 24, 25, 26, 27, 28], [2, 3, 3.5, 3, 2.2, 1.5, 1, 0.6])[0] + self.r.random()

    def add(self, t, phone, content, secs, label, kind):
        if content and self.r.random() < 0.9:
            for p in PREFIX_STRS:
                if content.startswith(p):
                    rest = content[len(p) :].lstrip("：:， ")
                    if rest.startswith(("来电", "市民", "群众", "反映", "村民", "【")):
                        content = rest
                    break
        self.rows.append(
            {
                "received_at": t.replace(microsecond=0),
                "caller_phone": phone,
                "content": content,
                "call_seconds": int(max(1, secs)),
                "label": label,
                "kind": kind,
            }
        )

    # ---------------------------------------------------------------- slot filling
    def fill(self, tmpl, **fixed):
        def rep(m):
            k = m.group(1)
            if k in fixed:
                return str(fixed[k])
            return getattr(self, "s_" + k)()

        for _ in range(3):
            new = SLOT_RE.sub(rep, tmpl)
            if new == tmpl:
                break
            tmpl = new
        return tmpl

    def s_town(self):
        return self.ch(TOWNS)

    s_town2 = s_town

    def s_vil(self):
        v = self.ch(VIL_A) + self.ch(VIL_B) + "村"
        return (self.ch(TOWNS) + v) if self.r.random() < 0.5 else v

    def s_xq(self):
        x = self.ch(XQS)
        u = self.r.random()
        if u < 0.3:
            return x + str(self.r.randint(1, 24)) + self.ch(["栋", "号楼", "幢"])
        if u < 0.4:
            return self.ch(ROADS) + x
        return x

    def s_road(self):
        return self.ch(ROADS)

    def s_landmark(self):
        return self.ch(LANDMARKS)

    def s_loc(self):
        r = self.r.random()
        if r < 0.18:
            return self.ch(ROADS) + self.ch(XQS)
        if r < 0.3:
            return self.ch(XQS) + str(self.r.randint(1, 20)) + "栋"
        if r < 0.42:
            return self.ch(ROADS) + self.ch(LANDMARKS) + "附近"
        if r < 0.52:
            return "城区" + self.ch(ROADS)
        if r < 0.56:
            return self.ch(ROADS) + str(self.r.randint(1, 380)) + "号"
        if r < 0.80:
            return self.ch(TOWNS) + self.ch(VIL_A) + self.ch(VIL_B) + "村"
        if r < 0.90:
            return self.ch(TOWNS) + self.ch(VIL_A) + self.ch(VIL_B) + "村" + str(self.r.randint(1, 12)) + "组"
        return self.ch(TOWNS) + self.ch(["圩镇", "街上", "集镇", "老街", "中心小学旁"])

    s_place = s_loc

    def s_dur(self):
        return self.ch(DURS)

    def s_dur2(self):
        return self.ch(["三天", "一个星期", "半个月", "前几天", "上个星期", "十多天", "上个月"])

    def s_n(self):
        return str(self.ch([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 50]))

    def s_money(self):
        v = self.ch([800, 1500, 2300, 3000, 4600, 5000, 8000, 12000, 20000, 36000, 50000])
        return self.ch([f"{v}元", f"{v}块钱", f"{v / 10000:g}万" if v >= 10000 else f"{v}元"])

    def s_company(self):
        return (
            self.ch(TOWNS + ["县城", "工业园"]) + "的" + self.ch(COMPANIES)
            if self.r.random() < 0.5
            else self.ch(["一家", "一个", "城北的", "工业园的"]) + self.ch(COMPANIES)
        )

    def s_school(self):
        return self.ch(SCHOOLS)

    def s_shop(self):
        return self.ch(["城区一家", "步行街的", "东门一家", "家附近的", ""]) + self.ch(SHOPS)

    def s_goods(self):
        return self.ch(GOODS)

    def s_market(self):
        return self.ch(MARKETS)

    def s_river(self):
        return self.ch(RIVERS)

    def s_scenic(self):
        return self.ch(SCENIC)

    def s_dept(self):
        return self.ch(DEPTS)

    def s_sur(self):
        return self.ch(SURN)

    def s_rel(self):
        return self.ch(RELS)

    def s_hakka(self):
        return self.ch(HAKKA)

    # ---------------------------------------------------------------- text noise
    def prefix(self, p_none=None):
        p = self.wch(OPEN_PREFIX)
        if p_none is not None and self.r.random() < p_none:
            p = ""
        if not p:
            return ""
        if p.endswith("：") or p.endswith("】"):
            return p
        return p + self.r.choices(["：", "", "，", " ", ":"], [5, 6, 2, 2, 1])[0]

    def joiner(self):
        return self.r.choices(["，", " ", "。", "", "、", ",", "  "], [40, 30, 12, 8, 3, 4, 3])[0]

    def noisy(self, s):
        r = self.r
        if not s.strip():
            return s
        if r.random() < 0.14:
            for a, b in TYPO:
                if a in s and r.random() < 0.25:
                    idx = [m.start() for m in re.finditer(re.escape(a), s)]
                    i = self.ch(idx)
                    s = s[:i] + b + s[i + len(a) :]
        if r.random() < 0.03:
            for a, b in PINYIN:
                if a in s:
                    s = s.replace(a, b, 1)
                    break
        if r.random() < 0.2:
            s = re.sub(r"[，。、；：,:！？]", self.ch(["", " "]), s)
        if r.random() < 0.03 and len(s) > 6:
            i = r.randrange(1, len(s))
            s = s[:i] + s[i - 1] + s[i:]
        if r.random() < 0.05 and len(s) > 12:
            s = s[: r.randint(int(len(s) * 0.45), len(s) - 2)]
        elif r.random() < 0.3 and s[-1] not in "。.":
            s = s + self.ch(["。", "。", "."])
        return s.strip() if r.random() < 0.95 else s

    # ---------------------------------------------------------------- genuine content
    def matter(self, cat=None, complaint=False):
        if cat is None:
            cat = self.r.choices(list(CAT_WEIGHTS), list(CAT_WEIGHTS.values()))[0]
        cores, dets, dems, depts = CATS[cat]
        if complaint:
            cores = [c for c in cores if not c.startswith(("问", "咨询"))] or cores
        dept = self.ch(depts)
        core = self.fill(self.ch(cores), dept=dept)
        return cat, dept, core

    def ordinary_text(self, cat=None, core=None, dept=None, pre=None):
        r = self.r
        if core is None:
            cat, dept, core = self.matter(cat)
        cores, dets, dems, depts = CATS[cat]
        parts = [core]
        nd = r.choices([0, 1, 2, 3], [25, 45, 23, 7])[0]
        for _ in range(nd):
            src = dets if r.random() < 0.6 else GENERIC_DETAIL
            d = self.fill(self.ch(src), dept=self.ch(DEPTS))
            if d not in parts:
                parts.append(d)
        if r.random() < 0.07:
            parts.insert(
                r.randint(1, len(parts)), self.ch(["来电人原话：", "称", "原话", ""]) + "'" + self.ch(HAKKA) + "'"
            )
        if r.random() < 0.8:
            src = dems if r.random() < 0.55 else GENERIC_DEMAND
            parts.append(self.fill(self.ch(src), dept=dept))
        if r.random() < 0.1:
            parts.append(self.fill(self.ch(CONTACT)))
        j = self.joiner()
        txt = j.join(parts)
        return (self.prefix() if pre is None else pre) + txt, core, cat, dept

    def g_secs(self, mu=5.1, sd=0.55, lo=25, hi=1500):
        return min(hi, max(lo, int(self.r.lognormvariate(mu, sd))))

    # ---------------------------------------------------------------- genuine kinds
    def gen_genuine(self, q):
        r = self.r
        ordinary_phones = []
        # ordinary
        for _ in range(q["ordinary"]):
            if ordinary_phones and r.random() < 0.06:
                ph = self.ch(ordinary_phones)
            else:
                ph = self.phone()
                ordinary_phones.append(ph)
            txt = self.ordinary_text()[0]
            self.add(self.gen_time(), ph, self.noisy(txt), self.g_secs(), "genuine", "ordinary")
        for _ in range(q["short_question"]):
            txt = self.prefix(0.45) + self.fill(self.ch(SHORT_Q))
            if r.random() < 0.25:
                txt += self.ch([" 已告知", " 已解答", "，已答复", " 已告知电话", " 已解释"])
            self.add(
                self.gen_time(),
                self.phone(),
                self.noisy(txt),
                self.g_secs(3.9, 0.45, 12, 240),
                "genuine",
                "short_question",
            )
        for _ in range(q["angry_real"]):
            cat, dept, core = self.matter(complaint=True)
            txt = self.fill(self.ch(ANGRY), core=core, sw=self.ch(SWEAR_SIT))
            if r.random() < 0.5:
                txt += self.joiner() + self.fill(self.ch(GENERIC_DEMAND), dept=dept)
            hours = GEN_HOURS[:]
            if txt.startswith("来电人"):
                pre = self.prefix(0.6)
            else:
                pre = self.ch(["", "", "", "市民来电称：", "来电人称：", "【来电】", "原话：", "来电人原话："])
            self.add(
                self.gen_time(hours),
                self.phone(),
                self.noisy(pre + txt),
                self.g_secs(5.4, 0.5, 40, 1800),
                "genuine",
                "angry_real",
            )
        for _ in range(q["insult_report"]):
            who = self.fill(self.ch(WHO))
            u = r.random()
            if u < 0.35:
                txt = f"来电人反映在{self.s_loc()}被{who}辱骂 对方骂她'{self.ch(INSULTS)}'"
            elif u < 0.6:
                txt = f"反映{who}当众说他'{self.ch(INSULTS)}' 还推了他一把"
            elif u < 0.8:
                txt = f"称去{self.ch(DEPTS)}办事 工作人员态度恶劣 说'{self.ch(RUDE)}'"
            else:
                txt = f"反映{who}在微信群里骂她{self.ch(INSULTS)} 还造谣说她{self.ch(['偷东西', '欠钱不还', '骗补贴', '乱搞'])}"
            txt += self.joiner() + self.ch(
                [
                    "要求处理",
                    "希望有人管",
                    "要求对方道歉",
                    "要求查处",
                    "想问怎么维权",
                    "要求调解",
                    "已报警 派出所说是民事纠纷",
                ]
            )
            self.add(
                self.gen_time(),
                self.phone(),
                self.noisy(self.prefix(0.4) + txt),
                self.g_secs(),
                "genuine",
                "insult_report",
            )
        # followups: threads over days about the same matter
        left = q["followup"]
        while left > 0:
            k = min(left, r.choices([2, 3, 4, 5], [45, 30, 15, 10])[0])
            ph = self.phone()
            txt, core, cat, dept = self.ordinary_text()
            span = sum(r.randint(1, 8) for _ in range(k - 1))
            d0 = r.randint(0, max(0, self.days - 1 - span))
            d = d0
            for i in range(k):
                if i == 0:
                    c = txt
                else:
                    d += r.randint(1, 8)
                    c = self.prefix(0.5) + self.fill(self.ch(FOLLOW), core=core, k=i + 1)
                    if r.random() < 0.2:
                        c += self.ch(["，工单号", " 单号", " 编号"]) + str(r.randint(20250400000, 20250699999))
                self.add(
                    self.gen_time(day=min(d, self.days - 1)), ph, self.noisy(c), self.g_secs(), "genuine", "followup"
                )
            left -= k
        # elderly repeaters
        left = q["elderly_repeat"]
        eh = [0, 0, 0, 0, 0.2, 1, 3, 6, 8, 8, 7, 5, 2, 2, 4, 5, 4, 3, 2, 1, 0.6, 0.3, 0.1, 0.05]
        while left > 0:
            k = min(left, r.choices([2, 3, 4, 5, 6, 8], [30, 25, 18, 12, 10, 5])[0])
            ph = self.phone(self.ch(["mob", "land", "land2", "mob"]))
            qs = self.ch(ELDER_Q)
            same_day = r.random() < 0.5
            t = self.gen_time(eh)
            age = r.randint(72, 93)
            for _i in range(k):
                c = self.fill(self.ch(ELDER_WRAP), q=qs, age=age)
                self.add(
                    t,
                    ph,
                    self.noisy(self.prefix(0.6) + c),
                    self.g_secs(5.0, 0.5, 30, 1200),
                    "genuine",
                    "elderly_repeat",
                )
                if same_day:
                    t = self.clamp(t + dt.timedelta(minutes=r.randint(8, 200)))
                else:
                    t = self.clamp(t + dt.timedelta(days=r.randint(1, 4), minutes=r.randint(-120, 120)))
            left -= k
        # dropped lines + call-backs
        left = q["dropped_callback"]
        while left > 0:
            nd = min(left - 1, r.choices([1, 2, 3], [75, 20, 5])[0]) if left > 1 else 0
            ph = self.phone()
            t = self.gen_time()
            for _ in range(nd):
                c = self.fill(self.ch(DROP_TXT))
                if c and r.random() < 0.3:
                    c = self.prefix(0.5) + c
                self.add(t, ph, c, r.randint(1, 45), "genuine", "dropped")
                t = self.clamp(t + dt.timedelta(seconds=r.randint(20, 1800)))
            txt = self.ordinary_text(pre="")[0]
            c = self.prefix(0.5) + (self.ch(CB_PRE) if r.random() < 0.6 else "") + txt
            self.add(t, ph, self.noisy(c), self.g_secs(), "genuine", "callback")
            left -= nd + 1
        for _ in range(q["night_emergency"]):
            d = self.rand_day()
            t = self.at(
                d, self.r.choices([22, 23, 24, 25, 26, 27, 28, 29], [3, 3, 2.5, 2, 1.5, 1.2, 1, 1.2])[0] + r.random()
            )
            tm, tag = self.ch(NIGHT_EMERG)
            c = self.fill(tm)
            if r.random() < 0.6:
                c += self.joiner() + self.ch(NIGHT_EMERG_NOTE[tag])
            self.add(
                t,
                self.phone(),
                self.noisy(self.prefix(0.4) + c),
                self.g_secs(4.6, 0.5, 20, 900),
                "genuine",
                "night_emergency",
            )
        for _ in range(q["thanks"]):
            cat, dept, core = self.matter(complaint=True)
            c = self.fill(self.ch(THANKS), core=core, cat=cat)
            self.add(
                self.gen_time(),
                self.phone(),
                self.noisy(self.prefix(0.4) + c),
                self.g_secs(4.2, 0.5, 15, 600),
                "genuine",
                "thanks",
            )
        for _ in range(q["referral"]):
            c = self.fill(self.ch(REFERRAL))
            self.add(
                self.gen_time(),
                self.phone(),
                self.noisy(self.prefix(0.4) + c),
                self.g_secs(4.0, 0.5, 15, 500),
                "genuine",
                "referral",
            )
        for _ in range(q["misdial"]):
            c = self.fill(self.ch(MISDIAL))
            self.add(
                self.gen_time(), self.phone(), self.noisy(self.prefix(0.7) + c), r.randint(3, 30), "genuine", "misdial"
            )

    # ---------------------------------------------------------------- nuisance schedules
    def sched(self, kind, c):
        """Return c timestamps for one nuisance caller of the given kind."""
        r = self.r
        out = []
        if kind == "silent":
            pat = r.choices(["burst", "hourly", "daily", "nightly", "scatter"], [30, 15, 20, 20, 15])[0]
            if pat == "burst":
                while len(out) < c:
                    t = self.gen_time([1] * 24 if r.random() < 0.4 else GEN_HOURS)
                    for _ in range(min(c - len(out), r.randint(2, 9))):
                        out.append(t)
                        t = self.clamp(t + dt.timedelta(seconds=r.randint(15, 360)))
            elif pat == "hourly":
                while len(out) < c:
                    t = self.at(self.rand_day(False), r.uniform(7, 14))
                    gap = r.randint(40, 90)
                    for _ in range(min(c - len(out), r.randint(3, 10))):
                        out.append(t)
                        t = self.clamp(t + dt.timedelta(minutes=gap + r.randint(-6, 6)))
            elif pat == "daily":
                h = r.uniform(6, 23)
                d0 = r.randint(0, max(0, self.days - c))
                for i in range(c):
                    out.append(self.at(min(self.days - 1, d0 + i), h + r.uniform(-0.15, 0.15)))
            elif pat == "nightly":
                d = r.randint(0, max(0, self.days - 1 - c // 2))
                while len(out) < c:
                    t = self.at(min(d, self.days - 1), self.night_hour())
                    for _ in range(min(c - len(out), r.choices([1, 2, 3, 4], [50, 25, 15, 10])[0])):
                        out.append(t)
                        t = self.clamp(t + dt.timedelta(seconds=r.randint(30, 2400)))
                    d += r.choices([1, 1, 1, 2, 3])[0]
                    if d >= self.days:
                        d = r.randrange(self.days)
            else:
                out = [self.gen_time([1] * 24) for _ in range(c)]
        elif kind == "obsessive":
            d = r.randint(0, max(0, self.days - 3))
            while len(out) < c:
                k = min(c - len(out), r.choices([1, 2, 3, 4, 6, 9], [20, 25, 20, 15, 12, 8])[0])
                t = self.at(min(d, self.days - 1), r.uniform(7.5, 11))
                for _ in range(k):
                    out.append(t)
                    t = self.clamp(t + dt.timedelta(minutes=r.randint(3, 120)))
                d += r.choices([1, 1, 1, 2, 3, 5])[0]
                if d >= self.days:
                    d = r.randrange(self.days)
        elif kind in ("night_chat",):
            d = r.randint(0, self.days - 1)
            while len(out) < c:
                t = self.at(min(d, self.days - 1), self.night_hour())
                for _ in range(min(c - len(out), r.choices([1, 2, 3], [65, 25, 10])[0])):
                    out.append(t)
                    t = self.clamp(t + dt.timedelta(minutes=r.randint(5, 90)))
                d += r.choices([1, 1, 2, 3, 6])[0]
                if d >= self.days:
                    d = r.randrange(self.days)
        elif kind == "flirt":
            fh = [2, 1.5, 1, 0.5, 0.2, 0.2, 0.3, 0.6, 1, 1.5, 1.5, 1.5, 2, 2, 1.5, 1.5, 1.5, 2, 2.5, 3, 3.5, 4, 4, 3]
            for _ in range(c):
                out.append(self.gen_time(fh))
        elif kind == "abuse":
            ah = [1, 0.6, 0.4, 0.3, 0.2, 0.3, 0.6, 1.5, 4, 6, 6, 5, 3, 3, 5, 5, 5, 4, 3, 3, 3, 2.5, 2, 1.5]
            while len(out) < c:
                t = self.gen_time(ah)
                for _ in range(min(c - len(out), r.choices([1, 2, 3], [70, 22, 8])[0])):
                    out.append(t)
                    t = self.clamp(t + dt.timedelta(seconds=r.randint(40, 1500)))
        elif kind == "robocall":
            rh = [0, 0, 0, 0, 0, 0, 0, 0.3, 2, 5, 6, 5, 2, 2, 5, 6, 5, 3, 1, 0.5, 0.3, 0, 0, 0]
            t = self.gen_time(rh)
            for _ in range(c):
                out.append(t)
                t = self.clamp(t + dt.timedelta(hours=r.randint(1, 72), minutes=r.randint(0, 59)))
        elif kind == "child_play":
            kh = [0, 0, 0, 0, 0, 0, 0.2, 0.5, 1, 2, 2, 2, 4, 3, 1.5, 1.5, 3, 4, 5, 5, 4.5, 3, 1, 0.2]
            t = self.gen_time(kh)
            for _ in range(c):
                out.append(t)
                t = self.clamp(t + dt.timedelta(seconds=r.randint(20, 900)))
        elif kind == "prank":
            ph = [1, 0.8, 0.5, 0.2, 0.1, 0.1, 0.2, 0.5, 2, 3, 3, 3, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3.5, 2.5, 1.5]
            out = [self.gen_time(ph) for _ in range(c)]
        else:  # line_noise
            out = [self.gen_time([1.5] * 6 + [1] * 18) for _ in range(c)]
        return out[:c]

    def nuis_content(self, kind, i, ctx):
        r = self.r
        if kind == "silent":
            c = self.fill(self.ch(SILENT_TXT), n=r.randint(3, 60))
            if c.strip() and r.random() < 0.15:
                c = self.prefix(0.6) + c
            return c
        if kind == "abuse":
            parts = []
            note = self.ch(ABUSE_NOTE)
            if note:
                parts.append(note)
            pools = ctx["pools"]
            nq = r.choices([1, 2, 3], [55, 35, 10])[0]
            for _ in range(nq):
                q = self.fill(self.ch(self.ch(pools)))
                o, cl = self.ch(
                    [("称'", "'"), ("说'", "'"), ("'", "'"), ("原话'", "'"), ("“", "”"), ("称“", "”"), ("：", "")]
                )
                parts.append(o + q + cl if r.random() < 0.6 else q)
            tail = self.ch(ABUSE_TAIL)
            if tail:
                parts.append(tail)
            return self.noisy(self.prefix(0.6) + self.joiner().join(parts))
        if kind == "obsessive":
            dem = ctx["demands"][i % len(ctx["demands"])] if r.random() < 0.85 else self.ch(ctx["demands"])
            parts = []
            if r.random() < 0.65:
                parts.append(dem)
            else:
                parts.append(self.ch(["再次", "又", "继续", ""]) + dem)
            for _ in range(r.choices([0, 1, 2], [20, 55, 25])[0]):
                parts.append(
                    self.fill(self.ch(OBS_NOTE), k=ctx["daycount"][i], k2=r.randint(8, 40), m=r.randint(10, 45))
                )
            if r.random() < 0.5:
                parts.reverse()
            return self.noisy(self.prefix(0.45) + self.joiner().join(p for p in parts if p))
        if kind == "night_chat":
            parts = [self.fill(self.ch(NIGHT_TXT))]
            if r.random() < 0.55:
                n = self.ch(NIGHT_NOTE)
                if n:
                    parts.append(n)
            return self.noisy(self.prefix(0.5) + self.joiner().join(parts))
        if kind == "prank":
            parts = [self.fill(self.ch(PRANK_TXT))]
            if r.random() < 0.3:
                parts.append(self.ch(["要求马上派人", "说得有鼻子有眼", "讲得很详细", "要求上新闻", "让政府赶紧处理"]))
            n = self.ch(PRANK_NOTE)
            if n:
                parts.append(n)
            return self.noisy(self.prefix(0.3) + self.joiner().join(parts))
        if kind == "flirt":
            parts = [self.ch(FLIRT_TXT)]
            if r.random() < 0.3:
                parts.append(self.ch(FLIRT_TXT))
            n = self.ch(FLIRT_NOTE)
            if n:
                if n in ("骚扰话务员", "言语轻佻", "多次骚扰女话务员") and r.random() < 0.5:
                    parts.insert(0, "来电人" + n)
                else:
                    parts.append(n)
            return self.noisy(self.prefix(0.6) + self.joiner().join(parts))
        if kind == "robocall":
            x = self.fill(self.ch(ROBO_SCAM if r.random() < 0.35 else ROBO_AD))
            return self.noisy(self.fill(self.ch(ROBO_WRAP), x=x))
        if kind == "child_play":
            return self.noisy(self.prefix(0.7) + self.fill(self.ch(CHILD_TXT)))
        return self.noisy(self.prefix(0.7) + self.ch(NOISE_TXT))

    def nuis_secs(self, kind, ctx):
        r = self.r
        if kind == "silent":
            b = ctx["base"]
            return max(1, min(90, int(b * r.uniform(0.6, 1.4)) + r.randint(-2, 2)))
        if kind == "obsessive":
            return self.g_secs(5.8, 0.6, 40, 2400)
        if kind == "abuse":
            return self.g_secs(4.3, 0.7, 8, 900)
        if kind == "night_chat":
            return self.g_secs(6.0, 0.7, 60, 3000)
        if kind == "prank":
            return self.g_secs(4.6, 0.5, 20, 600)
        if kind == "flirt":
            return self.g_secs(4.3, 0.6, 10, 700)
        if kind == "robocall":
            return r.randint(6, 70)
        if kind == "child_play":
            return r.randint(4, 75)
        return r.randint(5, 150)

    def gen_nuisance(self, q):
        r = self.r
        counts = {
            "silent": ([1, 2, 3, 5, 8, 12, 20, 35], [10, 12, 14, 16, 16, 14, 11, 7]),
            "obsessive": ([3, 6, 10, 15, 25, 40, 60], [10, 18, 20, 18, 16, 12, 6]),
            "abuse": ([1, 2, 3, 5, 8, 14], [38, 20, 16, 12, 9, 5]),
            "night_chat": ([1, 2, 4, 7, 12, 20], [25, 20, 20, 16, 12, 7]),
            "prank": ([1, 2, 3, 4], [60, 22, 12, 6]),
            "flirt": ([1, 2, 4, 7, 12, 18], [22, 20, 20, 18, 12, 8]),
            "robocall": ([1, 2, 3, 5], [78, 12, 6, 4]),
            "child_play": ([1, 2, 3, 5], [45, 30, 17, 8]),
            "line_noise": ([1, 2, 4, 7, 10], [35, 25, 20, 12, 8]),
        }
        for kind, _ in NUIS_SHARES:
            left = q[kind]
            while left > 0:
                vals, ws = counts[kind]
                c = min(left, r.choices(vals, ws)[0])
                if kind == "robocall":
                    ph = self.phone("robo") if r.random() < 0.55 else self.phone("mob")
                elif kind == "silent":
                    ph = self.phone(r.choices(["mob", "land", "land2"], [80, 12, 8])[0])
                else:
                    ph = self.phone()
                ctx = {}
                if kind == "silent":
                    ctx["base"] = r.choice([1, 2, 3, 4, 6, 10, 15, 25, 40, 60, 80])
                if kind == "abuse":
                    allp = [ABUSE_SWEAR, ABUSE_SARC, ABUSE_CONT, ABUSE_THREAT]
                    ctx["pools"] = r.sample(allp, r.randint(1, 3))
                if kind == "obsessive":
                    ctx["demands"] = [self.fill(d) for d in r.sample(OBS_DEMAND, r.choices([1, 2], [75, 25])[0])]
                times = sorted(self.sched(kind, c))
                dc, last = [], None
                for t in times:
                    if last is not None and t.date() == last:
                        dc.append(dc[-1] + 1)
                    else:
                        dc.append(1)
                    last = t.date()
                ctx["daycount"] = dc
                for i, t in enumerate(times):
                    self.add(t, ph, self.nuis_content(kind, i, ctx), self.nuis_secs(kind, ctx), "harassment", kind)
                left -= c


def calls(n_target=50_000, days=30, start=dt.datetime(2025, 6, 1), harassment_share=0.05, seed=1):
    m = _Model(start, days, seed)
    r = m.r
    H = int(round(n_target * harassment_share))
    G = max(0, n_target - H)
    qn = _quota(H, NUIS_SHARES)
    qg = _quota(G, GEN_SHARES)
    m.gen_nuisance(qn)
    # restricted register: about half of the repeat nuisance numbers
    cnt = {}
    for row in m.rows:
        cnt[row["caller_phone"]] = cnt.get(row["caller_phone"], 0) + 1
    repeat = sorted(p for p, c in cnt.items() if c >= 2)
    r.shuffle(repeat)
    reg_nuis = sorted(repeat[: int(round(len(repeat) * 0.5))])
    restricted = set(reg_nuis)
    # stale entries that never call
    for _ in range(max(3, int(round(len(reg_nuis) * 0.45)))):
        restricted.add(m.phone(r.choices(["mob", "land"], [85, 15])[0]))
    m.gen_genuine(qg)
    # genuine callers whose number is on the register (inherited numbers / shared family phones)
    left = qg["restricted_genuine"]
    while left > 0:
        k = min(left, r.choices([1, 2, 3], [60, 28, 12])[0])
        if reg_nuis and r.random() < 0.25:
            ph = m.ch(reg_nuis)
        else:
            ph = m.phone()
            restricted.add(ph)
        note = m.fill(m.ch(RESTR_NOTE))
        for _ in range(k):
            txt = m.ordinary_text()[0]
            if note and r.random() < 0.5:
                txt = txt + m.joiner() + note
            m.add(m.gen_time(), ph, m.noisy(txt), m.g_secs(), "genuine", "restricted_genuine")
        left -= k
    rows = m.rows
    rows.sort(key=lambda x: (x["received_at"], x["caller_phone"], x["kind"], x["content"]))
    return rows, restricted


if __name__ == "__main__":
    import collections

    rows, restricted = calls(50_000)
    st = dt.datetime(2025, 6, 1)
    cnt = collections.Counter((r["label"], r["kind"]) for r in rows)
    print("rows", len(rows), "restricted", len(restricted))
    for k in sorted(cnt):
        print(f"{k[0]:11s} {k[1]:20s} {cnt[k]:6d}")
    bykind = collections.defaultdict(list)
    for r in rows:
        bykind[r["kind"]].append(r)
    smp = random.Random(7)
    for k in sorted(bykind):
        print("==", k)
        for r in smp.sample(bykind[k], min(3, len(bykind[k]))):
            print("  ", r["received_at"], r["caller_phone"], r["call_seconds"], repr(r["content"]))
    assert all(rows[i]["received_at"] <= rows[i + 1]["received_at"] for i in range(len(rows) - 1))
    assert all(st <= r["received_at"] < st + dt.timedelta(days=30) for r in rows)
    assert sum(r["label"] == "harassment" for r in rows) == round(50_000 * 0.05)
    assert all(set(r) == {"received_at", "caller_phone", "content", "call_seconds", "label", "kind"} for r in rows)
    gen = [r for r in rows if r["label"] == "genuine"]
    g_restr = sum(r["caller_phone"] in restricted for r in gen)
    print("genuine rows on register:", g_restr, f"({g_restr / len(gen):.3%})")
    ncnt = collections.Counter(r["caller_phone"] for r in rows if r["label"] == "harassment")
    repeat = [p for p, c in ncnt.items() if c >= 2]
    print("repeat nuisance numbers:", len(repeat), "on register:", sum(p in restricted for p in repeat))
    allph = {r["caller_phone"] for r in rows}
    print("stale register entries:", sum(p not in allph for p in restricted))
    assert g_restr < 0.01 * len(gen)
    assert calls(2000, seed=3) == calls(2000, seed=3)
    print("self-check ok")
