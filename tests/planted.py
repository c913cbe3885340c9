"""A hand-made quarter with planted problems, for the proposal tests (tests/test_proposals.py).

Planted: taxi drivers who do not use the meter / overcharge, worded in many ways and filed
under two different categories; noise from building sites at night; noise from bars and KTVs.
Around them, hundreds of unrelated orders about three dozen other things (路灯, 医保卡, …),
each with complaints of its own kind. Every order is dispatched, replied
and called back, so any of them could be a case or an example.
"""

import datetime as dt
import random

from models import Callback, WorkOrder
from tests.factories import make_category, make_department

PLACES = ["民安街道", "华塘街道", "新城街道", "兴隆街道", "里耶镇", "石牌镇", "洗洛镇", "桂塘镇", "召市镇", "苗儿滩镇",
          "茅坪乡", "内溪乡", "洛塔乡", "红岩溪镇", "靛房镇", "农车乡", "咱果乡", "水田坝镇", "大安乡", "湾塘乡"]  # fmt: skip
TAXI = [
    "乘坐出租车从{p}到县人民医院，司机不打表，收费{n}元，明显乱收费",
    "打的到{p}，出租车司机拒绝使用计价器，开口要价{n}元",
    "出租车司机在{p}绕路，没有打表，多收了{n}元车费",
    "{p}附近的出租车不按计价器收费，一口价{n}元，太黑了",
    "晚上在{p}打车，司机不打表乱要价，{n}元的路程收了两倍",
    "出租车拼客还不打表，从{p}出发每人收{n}元",
    "举报出租车乱收费，{p}到汽车站不打表收{n}元",
    "的士司机说计价器坏了不打表，从{p}过来收了{n}元",
]
SITE_NOISE = [
    "{p}工地夜间施工，机器轰鸣，噪音扰民，晚上十二点还在打桩",
    "{p}建筑工地深夜浇筑混凝土，搅拌车噪音太大无法入睡",
    "{p}在建楼盘工地晚上施工不停，打桩机噪音严重",
    "{p}工地凌晨还在作业，挖掘机噪音吵得孩子睡不着",
    "{p}施工单位夜间违规施工，切割钢筋噪音很大",
]
BAR_NOISE = [
    "{p}一家酒吧每晚音乐开得很大声，营业到凌晨，吵得无法休息",
    "{p}KTV包厢唱歌声音太大，隔音差，深夜还在营业",
    "{p}清吧驻唱音响声音震耳，凌晨两点还不停",
    "{p}酒吧门口客人喝酒喧哗，音响太吵，影响休息",
    "{p}歌厅音乐声太响，隔音设施差，每天唱到半夜",
]
# Unrelated orders: each about one of many things, with complaints of its own kind.
THINGS = {
    "路灯": ["不亮", "白天也亮着", "灯杆歪斜"],
    "下水道": ["堵塞发臭", "井盖丢失"],
    "自来水": ["停水三天", "水质发黄"],
    "医保卡": ["无法报销", "异地就医结算失败"],
    "养老金": ["本月未到账", "发放标准有疑问"],
    "低保": ["被取消", "申请一年未批"],
    "危房改造": ["补助未发放", "验收拖延"],
    "宅基地": ["审批不下来", "被邻居占用"],
    "林地": ["权属有争议", "被人乱砍滥伐"],
    "山塘": ["堤坝渗水", "淤泥堆积"],
    "光纤宽带": ["网速太慢", "报装无人上门"],
    "手机信号": ["时有时无", "村里完全没有"],
    "燃气管道": ["有漏气味道", "开户费太高"],
    "消防通道": ["被车辆堵塞", "被杂物占用"],
    "菜市场": ["地面积水", "摊位乱收费"],
    "社保卡": ["补办太慢", "激活不了"],
    "公积金": ["提取被拒", "缴存基数有误"],
    "户口迁移": ["材料反复要求", "迁不进城区"],
    "营业执照": ["网上办理失败", "年报无法提交"],
    "助学金": ["未评上", "发放延迟"],
    "村道": ["塌方无人清理", "硬化工程停工"],
    "公交车": ["班次太少", "到站不停"],
    "学校食堂": ["饭菜价格贵", "卫生条件差"],
    "幼儿园": ["收费不透明", "学位不够"],
    "物业公司": ["电梯长期不修", "乱收停车费"],
    "流浪狗": ["咬伤行人", "成群出没"],
    "垃圾中转站": ["臭气熏天", "污水横流"],
    "农村电网": ["电压不稳", "经常停电"],
    "退役军人优待证": ["迟迟未发", "申领条件不清楚"],
    "残疾证": ["评定等级有异议", "换证太慢"],
    "房产证": ["开发商拖着不办", "分户办不了"],
    "耕地补贴": ["金额不对", "没有领到"],
    "疫苗接种": ["预约不上", "接种点太远"],
    "劳动合同": ["单位拒绝签订", "被迫离职无补偿"],
    "快递网点": ["包裹丢失", "乱收取件费"],
    "驾驶证": ["换证预约不到", "扣分有误"],
}
PLACE_WORDS = ["家门口", "小区里", "村口", "单位附近", "老街上", "学校旁边"]
ASKS = ["希望尽快处理", "请求核实", "希望给个说法", "请相关部门帮忙", "希望早日解决"]


def _unrelated(rng):
    """(index of the thing, text): the thing decides the sub-category, as it would."""
    things = sorted(THINGS)
    index = rng.randrange(len(things))
    woe = rng.choice(THINGS[things[index]])
    return index, f"来电反映{rng.choice(PLACES)}{rng.choice(PLACE_WORDS)}的{things[index]}{woe}，{rng.choice(ASKS)}。"


def build(quarter_start=dt.datetime(2020, 4, 1, 8), taxi=40, site=24, bar=24, unrelated=400, seed=7):
    """Write the quarter; returns {"taxi": [工单编号], "site": [...], "bar": [...], "other": [...]}."""
    rng = random.Random(seed)
    transport = make_category("交通运输类")
    taxi_sub = make_category("出租车", parent=transport)
    market = make_category("市场监管类")
    price_sub = make_category("价格投诉", parent=market)
    env = make_category("环境保护类")
    noise_sub = make_category("噪音污染", parent=env)
    social = make_category("社会服务类")
    subs = [make_category(name, parent=social) for name in ("市政设施", "社会保障", "户籍证照", "农村事务")]
    units = [make_department(name) for name in ("县交通运输局", "县市场监管局", "县生态环境局", "县住建局",
                                                 "县人社局", "县公安局", "县自然资源局", "县民政局")]  # fmt: skip
    plan = []
    for i in range(taxi):
        sub = taxi_sub if i % 2 == 0 else price_sub  # across two categories
        text = rng.choice(TAXI).format(p=rng.choice(PLACES), n=rng.randint(15, 60))
        plan.append(("taxi", sub, f"来电反映{text}，希望相关部门加强监管。", units[i % 2]))
    for i in range(site):
        text = rng.choice(SITE_NOISE).format(p=rng.choice(PLACES))
        plan.append(("site", noise_sub, f"来电反映{text}，希望有关部门处理。", units[2 + i % 2]))
    for i in range(bar):
        text = rng.choice(BAR_NOISE).format(p=rng.choice(PLACES))
        plan.append(("bar", noise_sub, f"来电反映{text}，希望有关部门处理。", units[2 + i % 2]))
    for _ in range(unrelated):
        thing, text = _unrelated(rng)
        plan.append(("other", subs[thing % len(subs)], text, units[3 + thing % 5]))
    rng.shuffle(plan)
    made = {"taxi": [], "site": [], "bar": [], "other": []}
    for i, (kind, sub, content, unit) in enumerate(plan):
        received = quarter_start + dt.timedelta(minutes=271 * i)
        order = WorkOrder.create(
            case_no=f"{quarter_start:%Y%m}{i + 1:05d}",
            received_at=received,
            category=sub.parent_id,
            subcategory=sub.id,
            content=content,
            caller_phone="13812345678",
            status="RESOLVED",
            department=unit,
            urgency="一般",
            dispatched_at=received + dt.timedelta(hours=1),
            accepted_at=received + dt.timedelta(hours=2),
            replied_at=received + dt.timedelta(days=2),
            reply="经现场核查，已责令当事人整改，并将持续跟踪。",
            resolved_at=received + dt.timedelta(days=3),
            callback_result="满意",
        )
        Callback.create(
            order=order, called_at=received + dt.timedelta(days=4), result="满意", note="诉求人对处理结果满意。"
        )
        made[kind].append(order.case_no)
    return made
