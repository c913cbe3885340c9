"""Two quarters of a made-up county (云溪县, 2021Q3 and 2021Q4) with planted hot problems.

    .venv/bin/python bench/planted_quarters.py --seed 1 --out /tmp/pq1            # orders.csv + key.json
    .venv/bin/python bench/planted_quarters.py --seed 1 --out /tmp/pq1 --xlsx     # orders.xlsx instead

The file is in the interchange format (docs/RULES.md § Import format) and imports with
`flask --app app import-orders DIR/orders.csv`. It holds:

- ordinary orders (several hundred per quarter) over many categories, units and unrelated
  issues: 在线办结 answers, dispatched and replied orders, callbacks (满意 … 未接通), a few still
  待处理, a few 不予立案 with a reason, and harassment-looking junk (在线办结, 是否骚扰 = 是);
- planted problems in the current quarter (2021Q4), several dozen orders each about one
  concrete problem, worded in many ways, in several categories: wage arrears at one factory
  (already as big in 2021Q3: not growing), a water outage in one district (new), a
  construction site's night work and a bar's music (two separate noise problems, same
  sub-category), and a taxi problem (odd seeds; filed under two categories) or a school bus
  problem (even seeds);
- callers' names and phone numbers written inside some free texts (「我是王建国，电话139…」),
  always the order's own caller, for the masking check.

key.json: the quarters, each planted problem (name, the 工单编号 of its current-quarter
orders and of its previous-quarter orders), the unrelated current-quarter orders, the
rejected and harassment orders, every order's category/unit, and the names and phone
numbers planted in texts. Everything is a pure function of --seed (no clock, no hash order).
"""

import argparse
import csv
import datetime as dt
import json
import random
from pathlib import Path

HEADERS = [
    "工单编号",
    "受理时间",
    "来源渠道",
    "来电号码",
    "来电人",
    "来电人类型",
    "诉求大类",
    "诉求小类",
    "专题",
    "诉求内容",
    "办理方式",
    "是否骚扰",
    "不予立案原因",
    "承办单位",
    "转办时间",
    "办理时限",
    "回复时间",
    "处理结果",
    "是否办结",
    "办结时间",
    "回访时间",
    "回访结果",
    "回访说明",
    "通话时长",
]

COUNTY = "云溪县"
PREVIOUS = ("2021Q3", dt.datetime(2021, 7, 1), dt.datetime(2021, 10, 1))
CURRENT = ("2021Q4", dt.datetime(2021, 10, 1), dt.datetime(2022, 1, 1))

TOWNS = ["城关镇", "龙潭镇", "石门镇", "白沙乡", "清水乡", "青山镇", "桃源乡", "马鞍镇"]
STREETS = ["东城街道", "河西街道", "南门街道"]
ROADS = ["人民路", "建设路", "解放路", "滨河路", "新华路", "朝阳路", "迎宾大道", "文昌路", "五一路", "沿江路"]
ESTATES = ["阳光花园", "金桥小区", "翠苑小区", "幸福里", "丽景湾", "教师新村", "碧水家园", "盛世华庭", "农机宿舍"]
VILLAGES = ["大坪村", "柳溪村", "高桥村", "石板村", "杨家湾村", "水井村", "新联村", "枫木村"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国志强秀英桂兰玉珍海燕俊杰红梅丽娟德明春华雪琴文斌宏伟晓东淑芬金凤永福玉兰国栋鹏飞慧敏思远佳怡子涵"

# --- ordinary, unrelated orders --------------------------------------------------------------
# (top category, sub-category, units (empty: answered online), texts). Slots: {road} {estate}
# {town} {village} {street} {n} {m}. Each issue is its own small thing: no two templates are
# the same problem, and the slots put it in many different places.
ORDINARY = [
    ("社会服务类", "咨询", [], ["咨询新生儿医保参保需要带哪些材料。", "来电咨询小孩出生后怎么办理城乡居民医保。"]),
    ("社会服务类", "咨询", [], ["咨询住房公积金提取用于租房的条件。", "想问一下公积金异地转移怎么办理。"]),
    ("社会服务类", "咨询", [], ["咨询驾驶证到期换证在哪里办理，需不需要体检。"]),
    ("社会服务类", "咨询", [], ["咨询居住证办理地点和所需材料。", "外地户口在本县租房，问怎么办居住证。"]),
    ("社会服务类", "咨询", [], ["咨询不动产登记中心的上班时间。", "问房产证加名字要什么手续。"]),
    ("社会服务类", "咨询", [], ["咨询灵活就业人员养老保险每年缴费标准。"]),
    ("社会服务类", "咨询", [], ["咨询80岁以上老人高龄补贴怎么申请。", "家里老人{n}岁了，问高龄津贴在哪里申请。"]),
    ("社会服务类", "咨询", [], ["咨询结婚登记需要预约吗，周六能不能办。"]),
    ("社会服务类", "咨询", [], ["咨询新冠疫苗加强针在{town}卫生院能否接种。"]),
    ("社会服务类", "咨询", [], ["咨询从外省返乡需不需要做核酸检测。"]),
    ("社会服务类", "咨询", [], ["咨询身份证丢失后补办的流程和费用。"]),
    ("社会服务类", "咨询", [], ["咨询营业执照注销需要哪些步骤。", "个体户不做了，问营业执照怎么注销。"]),
    ("社会服务类", "咨询", [], ["咨询残疾证办理需要到哪家医院鉴定。"]),
    ("社会服务类", "咨询", [], ["咨询退役军人优待证什么时候可以领取。"]),
    ("社会服务类", "咨询", [], ["咨询县政务服务中心的地址和电话。"]),
    ("社会服务类", "咨询", [], ["咨询电动自行车上牌需要带什么。"]),
    ("社会服务类", "咨询", [], ["咨询孩子户口迁入学区房的条件。"]),
    ("社会服务类", "咨询", [], ["咨询个人所得税年度汇算怎么操作。"]),
    ("社会服务类", "咨询", [], ["咨询城乡低保申请条件及办理流程。"]),
    ("社会服务类", "咨询", [], ["咨询失业保险金领取的条件。"]),
    ("社会服务类", "咨询", [], ["咨询县图书馆国庆期间是否开放。"]),
    ("社会服务类", "咨询", [], ["咨询护照办理要多久。"]),
    ("社会服务类", "咨询", [], ["咨询二手车过户在哪里办。"]),
    ("社会服务类", "咨询", [], ["咨询独生子女父母奖励扶助金的发放时间。"]),
    ("社会服务类", "医疗卫生", ["县卫健局"], ["反映{town}卫生院夜间无值班医生，急诊看不了病。"]),
    ("社会服务类", "医疗卫生", ["县医保局"], ["反映在县中医院住院后医保报销比例与宣传不一致。"]),
    ("社会服务类", "社会保障", ["县人社局"], ["反映{village}老人的养老金本月未到账，请求核实。"]),
    ("社会服务类", "社会保障", ["县民政局"], ["反映{village}有困难户申请低保一年多未得到答复。"]),
    (
        "城市管理市容类",
        "垃圾清理",
        ["县城管执法局", "{street}办事处"],
        ["{road}{estate}门口垃圾桶满了好几天没人清运，气味很大。"],
    ),
    ("城市管理市容类", "垃圾清理", ["{town}人民政府"], ["{town}{village}路边堆了很多建筑垃圾，没人清理。"]),
    (
        "城市管理市容类",
        "路灯管理维护",
        ["县城管执法局"],
        ["{road}一段路灯坏了{n}盏，晚上走路很黑。", "{road}路灯晚上不亮，已经一个星期了。"],
    ),
    ("城市管理市容类", "下水道维修", ["县住建局"], ["{estate}旁边下水道堵塞，一下雨就污水外溢。"]),
    ("城市管理市容类", "占道经营", ["县城管执法局"], ["{road}菜贩占道摆摊，早上车都过不去。"]),
    ("城市管理市容类", "井盖维修", ["县住建局"], ["{road}与{road2}路口有个井盖松动，车压过去哐哐响，有安全隐患。"]),
    ("城市管理市容类", "违章搭建", ["县城管执法局"], ["{estate}有住户在楼顶违规搭建彩钢棚。"]),
    ("城市管理市容类", "绿化养护", ["县城管执法局"], ["{road}行道树枝条遮挡红绿灯，请修剪。"]),
    ("资源环境类", "大气污染", ["县生态环境局"], ["{town}有一家砖厂烟囱冒黑烟，附近村民呼吸难受。"]),
    ("资源环境类", "水污染", ["县生态环境局"], ["{village}附近养猪场粪水直排小河，河水发黑发臭。"]),
    ("资源环境类", "噪音扰民", ["{street}办事处"], ["{estate}楼下广场舞音响太大，晚上九点多还在跳。"]),
    ("资源环境类", "噪音扰民", ["县公安局"], ["{estate}{n}栋有住户装修，周末早上七点就开始电钻。"]),
    ("资源环境类", "油烟污染", ["县城管执法局"], ["{road}一家烧烤店油烟直排，楼上住户窗户都不敢开。"]),
    ("市民生活服务类", "供电", ["国网云溪县供电公司"], ["{village}电压不稳，一到晚上灯泡发暗，电器带不动。"]),
    ("市民生活服务类", "燃气", ["云溪县燃气公司"], ["{estate}燃气表读数异常，这个月燃气费比平时多了{n}元。"]),
    ("市民生活服务类", "物业管理", ["县住建局"], ["{estate}物业不作为，电梯坏了半个月没人修。"]),
    ("市民生活服务类", "物业管理", ["县住建局"], ["{estate}物业擅自涨物业费，业主不认可。"]),
    ("市民生活服务类", "通信网络", ["县工信局"], ["{village}手机信号差，打电话经常断线。"]),
    ("市民生活服务类", "有线电视", ["县广电网络公司"], ["家里有线电视没信号{n}天了，报修无人上门。"]),
    ("交通运输类", "公交线路", ["县交通运输局"], ["建议3路公交车延伸到{village}，村民进城太不方便。"]),
    (
        "交通运输类",
        "道路维修",
        ["县交通运输局", "{town}人民政府"],
        ["{town}到{village}的村道坑洼严重，摩托车经常摔倒。"],
    ),
    ("交通运输类", "乱停乱放", ["县公安局"], ["{road}{estate}门口车辆乱停，消防通道被堵。"]),
    ("交通运输类", "交通信号灯", ["县公安局"], ["{road}与{road2}交叉口红绿灯时间太短，行人过不去。"]),
    ("市场监管类", "食品安全", ["县市场监管局"], ["在{road}一家超市买到过期的牛奶，商家拒绝退换。"]),
    ("市场监管类", "消费维权", ["县市场监管局"], ["在{road}的健身房办了年卡，现在店关门了，退不了钱。"]),
    ("市场监管类", "消费维权", ["县市场监管局"], ["网购的家电送货上门后发现是翻新机，商家不给退。"]),
    ("市场监管类", "计量器具", ["县市场监管局"], ["{town}集市上有摊贩秤不准，买两斤少了二两。"]),
    ("劳动和社会保障类", "社保缴纳", ["县人社局"], ["所在公司没有给员工缴纳社保，要求补缴。"]),
    ("劳动和社会保障类", "工伤认定", ["县人社局"], ["在工地干活摔伤了，老板不给申报工伤。"]),
    ("劳动和社会保障类", "劳资纠纷", ["县劳动保障监察局"], ["在{road}一家餐馆打工，辞职后老板扣了{n}元押金不退。"]),
    ("教育文体类", "招生入学", ["县教育局"], ["孩子转学到县城，问{road}小学插班需要什么材料，学校说没有学位。"]),
    ("教育文体类", "校外培训", ["县教育局"], ["{road}有培训机构周末还在给学生上学科类课程。"]),
    ("教育文体类", "学校收费", ["县教育局"], ["{town}中学要求学生统一购买校服和辅导资料。"]),
    ("教育文体类", "文体设施", ["县文旅广体局"], ["{estate}旁边健身器材损坏，老人锻炼有危险。"]),
    ("农业农村类", "惠农补贴", ["县农业农村局"], ["{village}耕地地力保护补贴今年还没有发放。"]),
    (
        "农业农村类",
        "农村建房",
        ["县自然资源局", "{town}人民政府"],
        ["{town}{village}想在自家宅基地上翻建房屋，审批一直没下来。"],
    ),
    ("农业农村类", "动物防疫", ["县农业农村局"], ["{village}有村民家里死猪乱扔到山沟里。"]),
    ("住房城建类", "房屋质量", ["县住建局"], ["{estate}新房交付不到一年，墙面大面积开裂渗水。"]),
    ("住房城建类", "不动产登记", ["县自然资源局"], ["{estate}交房三年了，开发商一直不给办房产证。"]),
    ("住房城建类", "老旧小区改造", ["县住建局"], ["{estate}老旧小区改造施工把路挖开后一直没恢复。"]),
    ("公共安全类", "消防隐患", ["县消防救援大队"], ["{road}一栋居民楼楼道堆满杂物，电动车在楼道充电。"]),
    ("公共安全类", "治安管理", ["县公安局"], ["{estate}最近连续有电动车电瓶被偷。"]),
    # Same sub-categories as the planted problems, other issues: grouping by sub-category is not enough.
    ("市民生活服务类", "供水", ["云溪县自来水公司"], ["{estate}{n}栋水表坏了，读数一直不走，申请更换。"]),
    ("市民生活服务类", "供水", ["云溪县自来水公司"], ["这个月水费{n}0元，比平时高很多，怀疑是水表问题。"]),
    ("市民生活服务类", "供水", ["云溪县自来水公司", "{town}人民政府"], ["{town}{village}自来水浑浊，有泥沙。"]),
    ("市民生活服务类", "供水", ["{town}人民政府"], ["{village}新建房屋申请接通自来水，一直没人来装。"]),
    ("市民生活服务类", "供水", [], ["咨询{road}明天计划停水的时间和恢复时间。"]),
    ("城市管理市容类", "供水管网", ["县住建局"], ["{road}人行道下面自来水管漏水，水流到马路上好几天了。"]),
    ("劳动和社会保障类", "劳资纠纷", ["县劳动保障监察局"], ["在{town}一处工地做小工，包工头拖欠工钱{n}000元。"]),
    ("劳动和社会保障类", "劳资纠纷", ["县劳动保障监察局"], ["{road}一家美容店试用期满不发工资，也不签合同。"]),
    ("劳动和社会保障类", "劳资纠纷", ["县人社局"], ["公司要求员工自愿放弃加班费，否则辞退。"]),
    ("交通运输类", "出租车管理", ["县交通运输局"], ["出租车司机拒载，说去{village}不顺路。"]),
    ("交通运输类", "出租车管理", [], ["在出租车上遗失手机，请帮忙联系出租车公司寻找。"]),
    ("交通运输类", "出租车管理", ["县交通运输局"], ["建议在{road}增设出租车停靠点，现在打车要走很远。"]),
    ("市场监管类", "价格投诉", ["县市场监管局"], ["{road}停车场收费超过公示标准，一小时收{n}元。"]),
    ("市场监管类", "价格投诉", ["县市场监管局"], ["{town}集市猪肉摊不明码标价，结账时随口要价。"]),
    ("市场监管类", "价格投诉", ["县市场监管局"], ["县城一家药店同一种药比医院贵一倍。"]),
    ("教育文体类", "校车管理", [], ["咨询{town}中学有没有校车接送，怎么报名。"]),
    ("教育文体类", "校车管理", ["县教育局"], ["{town}中学校车收费每学期{n}00元，家长认为偏高。"]),
    ("资源环境类", "噪音扰民", ["县城管执法局"], ["{road}商铺门口大喇叭循环播放促销广告，吵得很。"]),
    ("资源环境类", "噪音扰民", ["{street}办事处"], ["{estate}楼上邻居半夜拖动家具、小孩跑跳，协调无果。"]),
    ("资源环境类", "噪音扰民", ["县生态环境局"], ["{town}有家石材加工厂晚上切割石头，声音很大。"]),
]

ONLINE_ANSWERS = [
    "话务员根据知识库直接解答，来电人表示清楚。",
    "已告知来电人办理地点、所需材料及联系电话。",
    "已告知来电人可通过政务服务网或“湘易办”在线办理。",
    "话务员已做好解释，并告知相关部门咨询电话。",
    "已告知相关政策规定，来电人表示理解。",
]
ONLINE_REFERRALS = [  # an issue that a unit handles, answered online by pointing to the unit
    "话务员已告知来电人{unit}的联系电话，建议直接联系处理。",
    "话务员已记录情况并告知来电人可向{unit}反映，来电人表示自行联系。",
    "经话务员与{unit}电话沟通，该情况已在处理中，已告知来电人。",
]
REPLIES = [
    "经核实，已安排工作人员现场处理，问题已解决。",
    "我单位已联系来电人并上门查看，已责令相关责任方限期整改。",
    "经调查情况属实，已督促整改到位，后续将加强巡查。",
    "已与来电人沟通，说明了相关政策，来电人表示理解。",
    "已转相关责任单位处理，并将结果告知来电人。",
    "该问题涉及多个部门，我单位已牵头协调，预计近期解决。",
]
CALLBACK_NOTES = {
    "满意": ["来电人表示问题已解决，满意。", "对处理结果满意。", "来电人表示满意，感谢热线。"],
    "基本满意": ["来电人表示基本解决，还需观察。", "基本满意，希望加快进度。"],
    "不满意": ["来电人表示问题未解决，不满意。", "来电人认为部门敷衍，不满意。"],
    "未接通": ["多次回访无人接听。", ""],
}
HARASSMENT_TEXTS = [
    "来电无声。",
    "来电人无实质诉求，反复拨打后辱骂话务员。",
    "来电人问话务员叫什么名字、多大年纪，无诉求。",
    "喂喂喂，你们是不是12345，没事，就是试一下。",
    "来电人醉酒胡言乱语，无具体诉求。",
    "小孩拨打，挂断。",
    "来电人要求话务员陪聊，劝导后挂断。",
]
REJECTED = [
    ("要素不全", "反映有人乱倒垃圾，不愿说明具体地点和时间。"),
    ("要素不全", "反映某个路口经常堵车，说不清是哪个路口。"),
    ("超出受理范围", "要求热线帮忙查询前夫的手机号码和住址。"),
    ("超出受理范围", "反映在外省旅游时被导游强制购物，要求本县处理。"),
    ("超出受理范围", "家庭内部赡养纠纷，要求热线上门调解。"),
    ("诉求不合理", "要求政府赔偿其购买理财产品的亏损。"),
    ("诉求不合理", "要求把自家门口的公交站牌搬走，理由是影响风水。"),
]


# --- planted problems -----------------------------------------------------------------------
# Each: name, (category, sub-category, units) choices with weights, text parts, time window.
# The text is built from an opening, one or two statements of the problem, details and a
# demand, each drawn from its own list, so two orders of one problem rarely share a phrase.


def _wage(rng, s):
    firm = rng.choice(["鑫达鞋业有限公司", "鑫达鞋业", "工业园鑫达鞋厂", "鑫达鞋厂", "园区那家做鞋的鑫达公司"])
    months = rng.choice(["三个月", "两个多月", "4个月", "从七月份起", "半年", "好几个月"])
    core = rng.choice(
        [
            f"在{firm}上班，{months}没有发工资了。",
            f"{firm}拖欠我们工人工资{months}，老板一直说资金周转不过来。",
            f"我和{rng.randint(3, 60)}个老乡在{firm}打工，被欠薪{rng.randint(8, 40)}000多元。",
            f"{firm}至今未结清工资，车间已经停产，找不到负责人。",
            f"反映{firm}欠薪问题：流水线工人{months}只发了生活费。",
            f"讨薪。{firm}，欠{months}工资。",
        ]
    )
    extra = rng.choice(
        [
            "",
            "老板电话打不通，厂门也锁了。",
            "家里孩子要交学费，实在等不起。",
            "已经去过厂里好几次，财务说要等货款回来。",
            "听说厂里设备要被拉走抵债，担心工资打水漂。",
            "工友们准备集体去县里上访。",
            "签了劳动合同的，考勤记录都有。",
        ]
    )
    demand = rng.choice(["请求劳动监察部门帮忙追讨。", "希望政府督促企业尽快发放。", "要求依法处理。", ""])
    return core + extra + demand


def _water(rng, s):
    area = rng.choice(
        [
            "河西片区",
            "河西街道清水路一带",
            "桃源小区",
            "河西菜市场附近",
            f"清水路{rng.randint(1, 200)}号",
            "河西新村",
            "西门桥往西那一片",
        ]
    )
    since = rng.choice(["12月7日早上", "从前天开始", "昨天下午起", "7号到现在", "这两天", "本周二开始"])
    core = rng.choice(
        [
            f"{area}{since}停水，到现在还没来水。",
            f"{area}自来水断了，水龙头一滴水都没有。",
            f"家住{area}，{since}就没水了，做饭洗澡都成问题。",
            f"{area}突然停水，事先没有任何停水通知。",
            f"{area}水压特别低，楼上根本上不去水，基本等于停水。",
            f"反映{area}供水中断，打自来水公司电话一直占线。",
        ]
    )
    extra = rng.choice(
        [
            "",
            "家里有老人和婴儿，只能到亲戚家打水。",
            "听说是主管道爆裂在抢修，但没人告诉什么时候恢复。",
            "来水以后水是黄的，不敢喝。",
            "小区物业说不归他们管。",
            "整栋楼二十多户都没水。",
        ]
    )
    demand = rng.choice(["请尽快恢复供水。", "希望送水车过来应急。", "请告知何时恢复供水。", ""])
    return core + extra + demand


def _site(rng, s):
    site = rng.choice(
        [
            "滨河路锦绣江南二期工地",
            "锦绣江南项目工地",
            "滨河路和建设路交叉口的建筑工地",
            "我家小区对面在建的锦绣江南楼盘",
            "滨河路边那个盖高楼的工地",
            "锦绣江南二期",
        ]
    )
    when = rng.choice(["晚上十一点以后", "凌晨一两点", "每天半夜", "深夜12点多", "连续一个星期晚上", "昨晚通宵"])
    core = rng.choice(
        [
            f"{site}{when}还在施工，噪音太大。",
            f"{site}{when}打桩，震得窗户都在响。",
            f"{site}混凝土泵车{when}作业，轰隆隆的根本睡不着。",
            f"投诉{site}夜间违规施工扰民。",
            f"{site}渣土车{when}进进出出，鸣笛加上机器声吵得人心烦。",
            f"{site}{when}切割钢筋，刺耳的声音一直不停。",
        ]
    )
    extra = rng.choice(
        [
            "",
            "孩子明年高考，晚上休息不好。",
            "家里老人有心脏病，被吵得血压升高。",
            "之前投诉过，停了两天又开始了。",
            "不知道有没有办夜间施工许可证。",
            "工地门口的保安说是赶工期。",
        ]
    )
    demand = rng.choice(["请相关部门依法查处。", "要求晚上十点后停止施工。", "希望管一管。", ""])
    return core + extra + demand


def _bar(rng, s):
    bar = rng.choice(["夜色酒吧", "步行街的夜色酒吧", "人民路步行街那家酒吧", "夜色清吧", "步行街夜色音乐酒吧"])
    core = rng.choice(
        [
            f"{bar}每天晚上音乐放得震天响，低音炮震得楼板都在抖。",
            f"{bar}凌晨两三点还在蹦迪，音响声音特别大。",
            f"楼下{bar}有驻唱，唱到后半夜，住户没法休息。",
            f"{bar}散场时酒客在街上大声喧哗、吵架，还有人乱扔酒瓶。",
            f"投诉{bar}噪音扰民，已经持续一个多月。",
            f"住在{bar}楼上，每晚被鼓点声吵醒。",
        ]
    )
    extra = rng.choice(
        [
            "",
            "打过110，民警来了声音小一会儿，走了又放大。",
            "周末尤其严重。",
            "酒吧没有做任何隔音处理。",
            "门口还有人醉酒闹事。",
        ]
    )
    demand = rng.choice(["请求督促酒吧整改。", "要求酒吧夜里十二点后关掉音响。", "请有关部门处理。", ""])
    return core + extra + demand


def _taxi(rng, s):
    car = rng.choice(["出租车", "的士", "出租车", "计程车", "红色出租车"])
    plate = f"湘U{rng.choice('TDH')}{rng.randint(1000, 9999)}"
    a = rng.choice(["云溪高铁站", "汽车北站", "县人民医院", "步行街", "县一中", "火车站广场"])
    b = rng.choice(["阳光花园", "龙潭镇", "县政务中心", "工业园", "河西菜市场", "县城南门"])
    fare = rng.randint(25, 80)
    core = rng.choice(
        [
            f"从{a}坐{car}到{b}，司机不打表，开口就要{fare}元，平时打表十几块。",
            f"{a}的{car}拒绝使用计价器，一律一口价。",
            f"车牌号{plate}的{car}不打表，从{a}到{b}收了{fare}块钱，明显宰客。",
            f"反映县城{car}乱收费问题，拼车还每人收全价，也不按计价器计费。",
            f"外地游客，在{a}打车，司机绕路还不打表，最后收了{fare}元。",
            f"{a}门口{car}司机扎堆拉客、议价，不打表不走。",
            f"{car}计价器形同虚设，晚上去{b}司机直接要价{fare}元。",
        ]
    )
    extra = rng.choice(["", "司机态度还很凶。", "没给发票。", "周围好几辆车都是这样。", "有付款记录可以作证。"])
    demand = rng.choice(["要求退还多收的钱并处罚司机。", "希望整治出租车不打表问题。", "请相关部门查处。", ""])
    return core + extra + demand


def _bus(rng, s):
    bus = rng.choice(
        ["龙潭镇中心小学的校车", "龙潭中心小学校车", "学校接送孩子的校车", "龙潭镇的校车", "龙潭小学那辆黄色校车"]
    )
    core = rng.choice(
        [
            f"{bus}严重超载，核载19人坐了30多个孩子。",
            f"{bus}这个月经常不按时来，孩子在路边一等就是一个小时。",
            f"{bus}停运了，{rng.choice(VILLAGES)}的孩子只能走十几里山路上学。",
            f"{bus}司机开车时抽烟、打电话，家长很担心安全。",
            f"{bus}车况很差，刹车有异响，座椅都坏了。",
            f"反映{bus}擅自改线，不到{rng.choice(VILLAGES)}接学生了。",
        ]
    )
    extra = rng.choice(["", "天冷了孩子在风里等车。", "跟学校反映过没有下文。", "家长只能骑摩托车送，更危险。"])
    demand = rng.choice(["请教育部门尽快解决。", "要求保障孩子上学安全。", "希望恢复校车。", ""])
    return core + extra + demand


PLANTED = {
    "wage_xinda": dict(
        name="鑫达鞋业拖欠工资",
        make=_wage,
        replies=[
            "经劳动保障监察大队调查，鑫达鞋业确有拖欠工资情况，已下达限期支付令。",
            "已约谈鑫达鞋业负责人，企业承诺分两批结清所欠工资，我局将跟踪督办。",
            "已指导来电人通过劳动仲裁途径维权，并协调园区管委会参与处理。",
        ],
        filing=[
            (("劳动和社会保障类", "劳资纠纷", "县劳动保障监察局"), 8),
            (("劳动和社会保障类", "劳资纠纷", "县人社局"), 2),
        ],
        window=(0.0, 1.0),
        previous=True,
    ),
    "water_hexi": dict(
        name="河西片区停水",
        make=_water,
        replies=[
            "河西片区主供水管道爆管，经连夜抢修已恢复供水，已在各小区张贴通知。",
            "已安排送水车到河西菜市场、桃源小区临时供水，管网抢修预计12月9日完成。",
            "经查为清水路管道改造施工挖断水管，已督促施工方修复，现已恢复正常供水。",
        ],
        filing=[(("市民生活服务类", "供水", "云溪县自来水公司"), 8), (("城市管理市容类", "供水管网", "县住建局"), 2)],
        window=(0.72, 0.82),  # a few days in December
        previous=False,
    ),
    "noise_site": dict(
        name="锦绣江南工地夜间施工噪音",
        make=_site,
        replies=[
            "经查锦绣江南二期项目未办理夜间施工许可，已责令其22时至次日6时停止施工。",
            "已对锦绣江南项目施工单位立案处罚，并安排人员夜间巡查。",
            "已约谈施工单位负责人，要求夜间禁止打桩和混凝土作业。",
        ],
        filing=[(("资源环境类", "噪音扰民", "县住建局"), 5), (("资源环境类", "噪音扰民", "县生态环境局"), 4)],
        window=(0.3, 0.9),
        previous=False,
    ),
    "noise_bar": dict(
        name="夜色酒吧噪音扰民",
        make=_bar,
        replies=[
            "民警已到夜色酒吧现场处置，责令其降低音量并于24时前停止演出。",
            "已联合文旅部门对该酒吧进行检查，责令限期做好隔音处理。",
            "已约谈酒吧经营者，签订承诺书，社区将持续关注。",
        ],
        filing=[(("资源环境类", "噪音扰民", "县公安局"), 5), (("资源环境类", "噪音扰民", "东城街道办事处"), 4)],
        window=(0.0, 1.0),
        previous=False,
    ),
    "taxi_meter": dict(
        name="出租车不打表乱收费",
        make=_taxi,
        replies=[
            "经查该出租车司机未按规定使用计价器，已依法处罚，并责令退还多收费用。",
            "已在高铁站、汽车北站开展出租车专项整治，查处不打表、议价行为。",
            "经调查，涉事车辆存在议价收费行为，已移交交通运输执法大队处理。",
        ],
        filing=[(("交通运输类", "出租车管理", "县交通运输局"), 6), (("市场监管类", "价格投诉", "县市场监管局"), 4)],
        window=(0.0, 1.0),
        previous=False,
    ),
    "school_bus": dict(
        name="龙潭镇中心小学校车问题",
        make=_bus,
        replies=[
            "已责令校车运营单位整改，严禁超载，并增派一辆校车。",
            "经核实校车因车辆年检暂停运行，已安排临时车辆接送学生，下周恢复正常。",
            "已对校车驾驶员进行批评教育并调整人员，学校将安排老师随车照管。",
        ],
        filing=[(("教育文体类", "校车管理", "县教育局"), 6), (("交通运输类", "道路客运", "龙潭镇人民政府"), 3)],
        window=(0.1, 0.7),
        previous=False,
    ),
}


def _weighted(rng, pairs):
    items, weights = zip(*pairs)
    return rng.choices(items, weights=weights)[0]


class Builder:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.rows = []  # (received_at, dict of cells, meta)
        self.used_phones = set()
        self.used_names = set()
        self.junk_callers = [self.person()[1] for _ in range(4)]  # harassment comes from a few numbers, again and again

    # -- people -----------------------------------------------------------------------------
    def person(self, full=False):
        """A new (name, mobile number); full: a three-character name (written into texts)."""
        rng = self.rng
        while True:
            name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2 if full else rng.choice([1, 2, 2, 2])))
            if name not in self.used_names:
                break
        while True:
            phone = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
            if phone not in self.used_phones:
                break
        self.used_names.add(name)
        self.used_phones.add(phone)
        return name, phone

    def when(self, quarter, window=(0.0, 1.0)):
        _, start, end = quarter
        span = (end - start).total_seconds()
        while True:
            t = start + dt.timedelta(seconds=span * self.rng.uniform(*window))
            t = t.replace(
                hour=self.rng.choices(range(24), weights=[1, 1, 1, 1, 1, 1, 2, 4] + [8] * 12 + [4, 3, 2, 1])[0]
            )
            if start <= t < end:
                return t.replace(microsecond=0)

    # -- one order --------------------------------------------------------------------------
    def order(self, quarter, top, sub, unit, content, kind, meta, window=(0.0, 1.0), pii=False, replies=REPLIES):
        """kind: online / dispatch / reject / harass / pending."""
        rng = self.rng
        received = self.when(quarter, window)
        name, phone = self.person(full=pii)
        channel = rng.choices(["电话", "微信", "网络", "来信"], weights=[85, 8, 5, 2])[0]
        row = dict.fromkeys(HEADERS, "")
        row.update(
            {
                "受理时间": received.strftime("%Y-%m-%d %H:%M:%S"),
                "来源渠道": channel,
                "来电号码": phone,
                "来电人": name,
                "来电人类型": rng.choices(["城镇", "乡村"], weights=[80, 20])[0],
                "诉求大类": top,
                "诉求小类": sub,
                "通话时长": str(rng.randint(40, 600)) if channel == "电话" else "",
            }
        )
        if received.year >= 2021 and rng.random() < 0.05 and kind in ("online", "dispatch"):
            row["专题"] = "疫情"
        planted_pii = None
        if pii:
            style = rng.randrange(5)
            if style == 0:
                content = f"我是{name}，电话{phone}。{content}"
            elif style == 1:
                content = f"{content}联系人：{name}，{phone}。"
            elif style == 2:
                content = f"{content}请回电{phone}（{name}）。"
            elif style == 3:
                content = f"来电人{name}反映：{content}其手机号{phone}，希望尽快联系。"
            else:
                landline = f"0743-8{rng.randint(100000, 999999)}"
                content = f"{content}我叫{name}，家里座机{landline}，手机{phone}。"
                planted_pii = {"name": name, "phone": phone, "landline": landline}
            planted_pii = planted_pii or {"name": name, "phone": phone}
        row["诉求内容"] = content
        unit_done = ""
        if kind == "harass":
            row.update({"办理方式": "在线办结", "是否骚扰": "是", "处理结果": "骚扰来电，话务员已挂断。"})
            row.update({"来电人": "", "来电人类型": "", "来电号码": rng.choice(self.junk_callers), "来源渠道": "电话"})
            row["通话时长"] = str(rng.randint(3, 40))
            planted_pii = None
        elif kind == "pending":
            row["办理方式"] = "待处理"
        elif kind == "reject":
            reason = meta.pop("reason")
            row.update({"办理方式": "不予立案", "不予立案原因": reason})
        elif kind == "online":
            answer = rng.choice(ONLINE_ANSWERS if not unit else [a.format(unit=unit) for a in ONLINE_REFERRALS])
            row.update({"办理方式": "在线办结", "是否骚扰": "否", "处理结果": answer})
            self.callback(row, received + dt.timedelta(hours=rng.uniform(2, 48)), name, phone)
        else:
            unit_done = unit
            dispatched = received + dt.timedelta(minutes=rng.randint(5, 240))
            row.update({"办理方式": "转办", "承办单位": unit, "转办时间": _fmt(dispatched)})
            if rng.random() < 0.92:
                replied = dispatched + dt.timedelta(hours=rng.uniform(4, 150))
                reply = rng.choice(replies)
                if pii and rng.random() < 0.3:
                    reply = f"已电话联系来电人{name}（{phone}），" + reply
                row.update({"回复时间": _fmt(replied), "处理结果": reply})
                last = replied
                if rng.random() < 0.88:
                    last = replied + dt.timedelta(hours=rng.uniform(1, 40))
                    row.update({"是否办结": "是", "办结时间": _fmt(last)})
                else:
                    row["是否办结"] = "否"
                self.callback(row, last + dt.timedelta(hours=rng.uniform(2, 60)), name, phone)
            else:
                row["是否办结"] = "否"
        meta.update({"category": top, "subcategory": sub, "unit": unit_done, "kind": kind, "pii": planted_pii})
        self.rows.append((received, row, meta))

    def callback(self, row, at, name, phone):
        rng = self.rng
        if not 9 <= at.hour < 20:  # callbacks are made in office hours, the next morning at the latest
            at = (at if at.hour >= 20 else at - dt.timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 59))
            at += dt.timedelta(days=1)
        result = rng.choices(["满意", "基本满意", "不满意", "未接通"], weights=[70, 14, 10, 6])[0]
        note = rng.choice(CALLBACK_NOTES[result])
        if note and result != "未接通" and rng.random() < 0.05:
            note = f"回访{name}，{note}"
        row.update({"回访时间": _fmt(at), "回访结果": result, "回访说明": note})

    # -- the quarters -----------------------------------------------------------------------
    def ordinary(self, quarter, count):
        rng = self.rng
        for _ in range(count):
            r = rng.random()
            if r < 0.05:
                self.order(
                    quarter, "其他类", "其他", "", rng.choice(HARASSMENT_TEXTS), "harass", {"group": "harassment"}
                )
                continue
            if r < 0.09:
                reason, text = rng.choice(REJECTED)
                top = rng.choice(["社会服务类", "城市管理市容类", "其他类"])
                sub = {"社会服务类": "咨询", "城市管理市容类": "其他", "其他类": "其他"}[top]
                self.order(quarter, top, sub, "", text, "reject", {"group": "rejected", "reason": reason})
                continue
            top, sub, units, texts = rng.choice(ORDINARY)
            slots = self.slots()
            text = rng.choice(texts).format(**slots)
            if units:
                kind = "dispatch" if rng.random() < 0.7 else "online"
                unit = rng.choice(units).format(**slots)
            else:
                kind, unit = "online", ""
            if quarter is CURRENT and r > 0.995:
                kind = "pending"
            self.order(quarter, top, sub, unit, text, kind, {"group": "ordinary"}, pii=rng.random() < 0.06)

    def planted(self, key, quarter, count):
        rng = self.rng
        spec = PLANTED[key]
        for _ in range(count):
            top, sub, unit = _weighted(rng, spec["filing"])
            text = spec["make"](rng, self)
            kind = rng.choices(["dispatch", "online"], weights=[80, 20])[0]
            pii = rng.random() < 0.12
            self.order(quarter, top, sub, unit, text, kind, {"group": key}, spec["window"], pii, spec["replies"])

    def slots(self):
        """One set of slot values, shared by an order's text and its unit (the town's own government)."""
        rng = self.rng
        roads = rng.sample(ROADS, 2)
        return {
            "road": roads[0],
            "road2": roads[1],
            "estate": rng.choice(ESTATES),
            "town": rng.choice(TOWNS),
            "village": rng.choice(VILLAGES),
            "street": rng.choice(STREETS),
            "n": rng.randint(2, 12),
            "m": rng.randint(2, 9),
        }


def _fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def build(seed):
    """(rows in received order as {header: text}, key dict)."""
    b = Builder(seed)
    rng = b.rng
    chosen = ["wage_xinda", "water_hexi", "noise_site", "noise_bar", "taxi_meter" if seed % 2 else "school_bus"]
    sizes = {key: rng.randint(30, 48) for key in chosen}
    previous_sizes = {key: (rng.randint(30, 44) if PLANTED[key]["previous"] else 0) for key in chosen}
    b.ordinary(PREVIOUS, rng.randint(520, 680))
    b.ordinary(CURRENT, rng.randint(560, 720))
    for key in chosen:
        if previous_sizes[key]:
            b.planted(key, PREVIOUS, previous_sizes[key])
        b.planted(key, CURRENT, sizes[key])
    b.rows.sort(key=lambda item: (item[0], item[1]["诉求内容"]))
    rows, metas = [], []
    for number, (received, row, meta) in enumerate(b.rows, 1):
        row["工单编号"] = f"YX{received:%Y%m}{number:05d}"
        meta["order_no"] = row["工单编号"]
        meta["quarter"] = CURRENT[0] if received >= CURRENT[1] else PREVIOUS[0]
        rows.append(row)
        metas.append(meta)
    key = _key(seed, chosen, metas)
    return rows, key


def _key(seed, chosen, metas):
    current = [m for m in metas if m["quarter"] == CURRENT[0]]
    problems = []
    for key in chosen:
        spec = PLANTED[key]
        problems.append(
            {
                "key": key,
                "name": spec["name"],
                "new": not spec["previous"],
                "order_nos": [m["order_no"] for m in current if m["group"] == key],
                "previous_order_nos": [
                    m["order_no"] for m in metas if m["group"] == key and m["quarter"] != CURRENT[0]
                ],
                "categories": sorted({f"{m['category']}/{m['subcategory']}" for m in current if m["group"] == key}),
            }
        )
    pii = [dict(m["pii"], order_no=m["order_no"]) for m in metas if m["pii"]]
    return {
        "seed": seed,
        "county": COUNTY,
        "period": CURRENT[0],
        "previous_period": PREVIOUS[0],
        "problems": problems,
        "unrelated": [m["order_no"] for m in current if m["group"] in ("ordinary", "harassment", "rejected")],
        "rejected": [m["order_no"] for m in metas if m["kind"] == "reject"],
        "harassment": [m["order_no"] for m in metas if m["kind"] == "harass"],
        "pending": [m["order_no"] for m in metas if m["kind"] == "pending"],
        "orders": {
            m["order_no"]: {
                "quarter": m["quarter"],
                "group": m["group"],
                "kind": m["kind"],
                "category": m["category"],
                "subcategory": m["subcategory"],
                "unit": m["unit"],
            }
            for m in metas
        },
        "pii": pii,
        "planted_names": sorted({p["name"] for p in pii}),
        "planted_phones": sorted({p["phone"] for p in pii} | {p["landline"] for p in pii if "landline" in p}),
    }


def write(seed, out, xlsx=False):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rows, key = build(seed)
    if xlsx:
        from openpyxl import Workbook

        path = out / "orders.xlsx"
        workbook = Workbook()
        sheet = workbook.active
        sheet.append(HEADERS)
        for row in rows:
            sheet.append([row[h] for h in HEADERS])
        workbook.save(path)
    else:
        path = out / "orders.csv"
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(HEADERS)
            writer.writerows([row[h] for h in HEADERS] for row in rows)
    key["file"] = path.name
    (out / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8")
    return path, key


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="folder for orders.csv (or .xlsx) and key.json")
    parser.add_argument("--xlsx", action="store_true", help="write orders.xlsx instead of orders.csv")
    args = parser.parse_args(argv)
    path, key = write(args.seed, args.out, args.xlsx)
    planted = ", ".join(f"{p['name']} {len(p['order_nos'])}/{len(p['previous_order_nos'])}" for p in key["problems"])
    print(f"{path}: {len(key['orders'])} orders; {key['period']}: {len(key['unrelated'])} unrelated; planted {planted}")


if __name__ == "__main__":
    main()
