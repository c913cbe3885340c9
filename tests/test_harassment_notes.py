"""Issue 13, what the call-taker writes: the note that a call was a nuisance (note), the
caller's own words quoted by the call-taker (abusive), an insult of the listener without a
word of the list, and a misdial noted by the call-taker."""

import datetime as dt

import pytest

import harassment
from models import HARASSMENT_RULES, HarassmentFlag
from tests.factories import make_order

T0 = dt.datetime(2020, 5, 11, 10, 0)
NOW = dt.datetime(2020, 7, 1, 0, 30)


def settings_of(app):
    with app.app_context():
        return harassment.Settings.from_config(app.config)


def call(phone, content, seconds=60, minutes=0):
    return make_order(
        caller_phone=phone, received_at=T0 + dt.timedelta(minutes=minutes), content=content, call_seconds=seconds
    )


def run(app):
    with app.app_context():
        return harassment.filter_orders(start=T0 - dt.timedelta(days=1), end=T0 + dt.timedelta(days=1), now=NOW)


def flag_of(order):
    return HarassmentFlag.get_or_none(HarassmentFlag.order == order.id)


@pytest.fixture
def rules_only(app):
    """Review threshold 1 and no text model: each rule that fires alone shows as a flag."""
    app.config["HARASSMENT_REVIEW_SCORE"] = 1
    app.config["HARASSMENT_TEXT_MODEL"] = False
    return app


@pytest.mark.parametrize(
    "content, abusive",
    [
        # the call-taker quotes the caller: the caller's own abuse
        ("辱骂“草泥马”，已按规定警示", True),
        ("“狗日的政府”", True),
        ("来电人情绪激动 满口脏话“王八蛋”", True),
        ("来电人一接通就说“傻逼热线”“神经病”", True),
        # the caller quotes what someone else called them: reported speech
        ("摊主当众喊我“神经病”", False),
        ("邻居说“你是神经病”", False),
        ("来电人称被骂“神经病”“王八蛋”", False),
        ("来电人称“邻居天天骂我神经病”", False),
        ("邻居骂我神经病", False),
    ],
)
def test_whose_words_a_quotation_holds(content, abusive):
    assert harassment.is_abusive(content) is abusive


def test_an_insult_of_the_listener_without_a_listed_word_is_abusive(app):
    app.config["HARASSMENT_TEXT_MODEL"] = False
    insult = call("13800001001", "你们都是吃干饭的，一群饭桶")
    called = call("13800001002", "来电人称话务员是废物，说完就挂了")
    # the same reproach with a matter is anger at a situation, not abuse
    matter = call("13800001003", "你们都是吃干饭的，小区门口的路灯坏了三个月没人修")
    run(app)
    assert flag_of(insult).rules == ["abusive"]
    assert flag_of(called).rules == ["abusive"]
    assert flag_of(matter) is None


@pytest.mark.parametrize(
    "content, note",
    [
        # notes that hold whatever else the text says
        ("来电人辱骂话务员后挂断", True),
        ("来电人无政务诉求，反复纠缠", True),
        ("无效来电", True),
        ("来电人无具体诉求，讲了半天家里的事", True),
        ("来电人未说明诉求，一直在笑", True),
        # notes that hold when the text names no matter
        ("来电人酒后来电，东拉西扯", True),
        ("来电人要话务员陪他聊天", True),
        ("来电人言语低俗，已警告", True),
        # a genuine caller: a matter beside the note, a closing phrase, a complaint of others
        ("来电人反映小区门口路灯坏了，情绪激动，已提醒文明用语", False),
        ("来电人反映停水三天了，无其他诉求", False),
        ("来电人反映经常接到推销贷款的骚扰电话，请相关部门处理", False),
        ("来电人反映窗口工作人员上班闲聊不办事，要求处理", False),
        ("不属于热线受理范围，已告知拨打110", False),  # a referral, not a nuisance
        ("来电人反映邻居喝醉了在楼道里骂人，请社区调解", False),
    ],
)
def test_the_call_takers_note_of_a_nuisance(app, content, note):
    settings = settings_of(app)
    assert harassment.is_nuisance_note(harassment.normalize(content), settings) is note


def test_a_nuisance_note_alone_goes_to_review(app):
    assert HARASSMENT_RULES["note"]
    app.config["HARASSMENT_TEXT_MODEL"] = False
    order = call("13800001004", "来电人酒后来电，东拉西扯说了半天，无具体诉求", 600)
    result = run(app)
    assert flag_of(order).rules == ["note"]
    assert flag_of(order).status == "待审核"
    assert order.id in result.flagged


def test_a_misdial_noted_by_the_call_taker_is_not_flagged_on_its_text_score_alone(app):
    # every text scores above the thresholds here: only the misdial note keeps a text alone
    # from being flagged
    app.config.update(
        HARASSMENT_TEXT_THRESHOLD=0.0,
        HARASSMENT_TEXT_PATTERN_THRESHOLD=0.0,
        HARASSMENT_TEXT_ALONE_THRESHOLD=0.0,
    )
    misdial = call("13800001005", "误拨，来电人致歉后挂机", 8)
    other = call("13800001006", "来电人说了句你猜我是谁就挂了", 8)
    run(app)
    assert flag_of(misdial) is None
    assert flag_of(other).rules == ["text"]


@pytest.mark.parametrize(
    "content, empty",
    [
        # a sound beside a note that nobody spoke is only a sound
        ("接通后只听到鸡鸭叫声，无人应答", True),
        ("拖拉机声音 无人说话", True),
        ("背景有嘈杂声，询问无人回应。", True),
        ("接通后听见狗叫，疑似误触", True),
        # a note that says more is read as written
        ("听到有人喊救命 无人应答", False),
        ("来电人反映邻居家狗叫声很大，晚上睡不着", False),
    ],
)
def test_sounds_beside_a_no_speech_note_read_as_no_content(content, empty):
    assert (harassment.normalize(content) == "") is empty


@pytest.mark.parametrize(
    "content, empty",
    [
        # the call-taker's own steps (经多次询问, 话务员…, 按规范提示) are part of the note
        ("接通后无人应答，经多次询问无回应，话务员挂机。", True),
        ("无声来电，已按规范提示后挂机", True),
        ("未及应答即挂断", True),
        ("喂了几声没人回应", True),
        ("来电不语。", True),
        ("空电话", True),
        ("喂了几声没人回答~", True),
        # but not what the caller did to the call-taker
        ("来电人骂话务员「憨熊」后挂断", False),
        ("该号码又来电辱骂。话务员挂机", False),
    ],
)
def test_the_call_takers_steps_are_part_of_a_no_speech_note(content, empty):
    assert (harassment.normalize(content) == "") is empty


@pytest.mark.parametrize(
    "content, personal",
    [
        ("来电人询问话务员几点下班，称要去接她", True),
        ("来电人打听话务员住在哪个小区", True),
        ("来电人约话务员周末出去玩", True),
        ("来电人要送话务员花", True),
        # a caller reporting it, a consultation that happens to end next to 话务员
        ("来电人反映单位领导问她有没有对象，属于骚扰", False),
        ("来电人问育儿补贴怎么申请，话务员已解答", False),
        ("来电人咨询结婚登记要不要预约，话务员已按知识库答复", False),  # 预约, then 话务员
    ],
)
def test_the_call_takers_note_of_being_chatted_up(content, personal):
    assert harassment.is_personal(harassment.normalize(content)) is personal


@pytest.mark.parametrize(
    "content, child",
    [
        ("疑似儿童拨打，称要找妈妈", True),
        ("小朋友来电，话务员让找大人接电话", True),
        # an adult explaining a child's dialling: a misdial; a matter about a child
        ("来电人说是孩子拿手机乱按的，不好意思", False),
        ("小学生来电反映校门口的路灯坏了三天", False),
    ],
)
def test_the_call_takers_note_of_a_child_on_the_line(app, content, child):
    assert harassment.is_child_play(harassment.normalize(content), settings_of(app)) is child


@pytest.mark.parametrize(
    "content, note",
    [
        ("来电人称养你们不如养条狗，问其反映什么事情不说", True),
        ("来电人满嘴脏话，询问其有何诉求不回答", True),
        ("来电人推销贷款，称利息低当天放款", True),
        # a caller reporting a salesman is a matter
        ("来电人反映有人上门推销保健品，请市场监管部门查处", False),
    ],
)
def test_more_notes_of_a_nuisance(app, content, note):
    assert harassment.is_nuisance_note(harassment.normalize(content), settings_of(app)) is note


def test_an_elderly_caller_asking_again_and_again_is_not_flagged_for_the_pattern(rules_only):
    # ten calls in a day asking the same: an elderly caller is not a nuisance for it; the same
    # number pattern with nothing said of age is frequent
    elderly = [call("13800001007", "老人来电询问养老金到没到账，说话重复", minutes=50 * i) for i in range(10)]
    # children far away (空巢) is a note of an elderly caller too
    alone = [
        call("13800001023", "来电人询问医保卡里还有多少钱，称儿女都在外地没人问", minutes=50 * i) for i in range(10)
    ]
    other = [call("13800001008", "来电人来电询问养老金到没到账", minutes=50 * i) for i in range(10)]
    run(rules_only)
    assert [flag_of(o) for o in elderly] == [None] * 10
    assert [flag_of(o) for o in alone] == [None] * 10
    assert all("frequent" in flag_of(o).rules for o in other)


@pytest.mark.parametrize(
    "content, note",
    [
        # asked for the matter, the caller hung up or said there was none
        ("话务员引导其说明诉求，对方冷笑挂断", True),
        ("来电人说了几句怪话，问他有什么事，他说没事", True),
        ("来电人不讲事情，一直在电话里哼歌", True),
        ("来电人未留下任何诉求", True),
        # the call-taker found the report false, or heard laughter behind it
        ("来电人称桥要塌了，所述地址查询不到", True),
        ("来电人称村里着火了，背景有多人起哄", True),
        ("来电人学狗叫后挂断", True),
        # trying the line, a private errand, playing a dignitary
        ("来电人说跟朋友打赌热线半夜有没有人接", True),
        ("来电人要求话务员帮他叫个出租车", True),
        ("来电人要求话务员明天早上六点打电话叫他起床", True),
        ("来电人自称是县长，让话务员放假", True),
        ("来电人骂政府骂社会，随后挂断", True),
        ("来电问你们单位要不要做抖音推广", True),
        # genuine: the closing question, a victim's report, a matter, a request
        ("来电人询问退休金到账时间，已告知，问还有什么事，来电人说没事了", False),
        ("来电人称上门时被车间主任辱骂了一通，很委屈", False),
        ("来电人反映有人冒充县长打电话借钱，请公安核实", False),
        ("来电人反映小区里有人天天说脏话，请物业管管", False),
    ],
)
def test_notes_of_a_call_with_nothing_to_it(app, content, note):
    assert harassment.is_nuisance_note(harassment.normalize(content), settings_of(app)) is note


@pytest.mark.parametrize(
    "content, child",
    [
        ("小孩来电，问话务员家里有没有小狗", True),
        ("小朋友问“你是谁呀你在哪里呀”", True),
        # a grown-up's question about a child is a consultation
        ("来电人询问孩子户口怎么迁", False),
    ],
)
def test_a_childs_own_question_is_child_play(app, content, child):
    assert harassment.is_child_play(harassment.normalize(content), settings_of(app)) is child


@pytest.mark.parametrize(
    "content, directed",
    [
        # the caller's own quoted words to the listener
        ("来电人说：“你读过书没？听得懂人话吗？”", True),
        ("来电人称“我晓得你们办公室在哪里，你下班路上当心点”", True),
        ("来电人不讲事情，只说“你回去问问你爸妈怎么教出你这种人的”", True),
        # someone else's words reported by the caller
        ("来电人称邻居说“你这种人听不懂人话”", False),
        ("被网格员骂了一通，对方说“你们这些外地人就是不是人”", False),
    ],
)
def test_the_callers_own_quotation_can_insult_the_listener(content, directed):
    assert harassment.is_directed(content) is directed


def test_a_follow_up_of_a_report_is_not_flagged_for_nights_and_days(rules_only):
    # one call a night on five nights: a caller chasing an earlier report is no nuisance for
    # it; the same nights about a matter with no earlier report, or saying nothing new, are
    def nights(phone, content):
        return [call(phone, content.format(n=day + 2), 90, minutes=24 * 60 * day + 13 * 60) for day in range(5)]

    follow_up = nights("13800001009", "来电人第{n}次反映小区路灯不亮，至今没人修，要求尽快处理")
    # a matter in words no list holds: the cue (第N次反映, 还是没人管) names the earlier report
    unlisted = nights("13800001012", "兰炭厂冒黑烟，已经第{n}次反映了，还是没人管")
    # the call-taker notes that the matter is still unsolved
    unsolved = nights("13800001013", "兰炭厂冒黑烟扰民，反复来电，问题未解决（{n}）")
    matter = nights("13800001010", "来电人反映小区{n}号楼路灯不亮，要求尽快处理")
    same = nights("13800001011", "诉求同前，小区{n}号楼路灯不亮，已多次解释")
    with rules_only.app_context():
        harassment.filter_orders(start=T0 - dt.timedelta(days=1), end=T0 + dt.timedelta(days=6), now=NOW)
    assert [flag_of(o) for o in follow_up] == [None] * 5
    assert [flag_of(o) for o in unlisted] == [None] * 5
    assert [flag_of(o) for o in unsolved] == [None] * 5
    assert all({"night", "daily"} <= set(flag_of(o).rules) for o in matter[3:])
    assert all({"night", "daily"} <= set(flag_of(o).rules) for o in same[3:])


def test_a_single_silent_call_the_call_taker_noted_goes_to_review(app):
    # one silent call each: noted by the call-taker, it is a note of an invalid call; left
    # empty, it may be a line that dropped or a call nobody wrote up; noted and followed by the
    # caller's call about a matter, it was a dropped line
    app.config["HARASSMENT_TEXT_MODEL"] = False
    noted = call("13800001012", "来电无声，接通后对方挂断", 25)
    empty = call("13800001013", "", 25)
    dropped = call("13800001014", "来电无声", 25)
    call("13800001014", "来电人反映小区门口路灯不亮，请尽快维修", 120, minutes=5)
    misdial = call("13800001015", "打错电话 已挂断", 6)
    run(app)
    assert flag_of(noted).rules == ["silent", "note"] and flag_of(noted).status == "待审核"
    assert flag_of(empty) is None
    assert flag_of(dropped) is None
    assert flag_of(misdial) is None


@pytest.mark.parametrize(
    "content, note",
    [
        ("来电人扬言要炸了你们办公楼，后挂断", True),
        ("要求县里给其安排工作，已答复多次，来电人不听解释，纠缠约6分钟", True),
        ("来电人称西沙河里漂着一具尸体（该号码此前有过不实来电）", True),
        ("来电人称试试半夜有没有人接，没事", True),
        ("来电人问话务员是真人还是机器人，确认后挂断", True),
        ("群众喝酒了，说话含糊不清，只听清“再来一瓶”", True),
        ("听声音像是喝多了，说了一堆听不清的话，挂机", True),
        ("市民询问你们单位需不需要打印机租赁", True),
        ("心里不痛快，打电话骂骂你们出出气", True),
        ("来电人称清江大桥要垮了，经核实大桥无异常", True),
        ("群众报称羊排村起火，询问具体位置后称“骗你的”挂断", True),
        ("来电人问话务员工号后辱骂，称要投诉话务员，问其投诉何事说不出来", True),
        ("群众讥讽你们效率高得很，问其诉求说没得诉求", True),
        ("来电人说没得哪样事，就是想找个人讲话，聊了很久", True),
        ("来电群众称新买的手机，试一下能不能打电话", True),
        # a caller pestered by someone else; a dropped call tagged invalid
        ("来电人反映前夫一直纠缠她，请妇联帮助", False),
        ("无效来电（信号差，通话中断）", False),
        # a complaint written up with 想让 (the caller wants it done), a consultation's close
        ("樊女士说有个陌生号码老是打来骂人骚扰她，想让查处", False),
        ("朱先生打来问退役军人优待证怎么办，告诉她到服务站申请，还问了两句别的没啥事", False),
        ("来电人称没啥事，随便打打", True),
    ],
)
def test_still_more_notes_of_a_nuisance(app, content, note):
    assert harassment.is_nuisance_note(harassment.normalize(content), settings_of(app)) is note


@pytest.mark.parametrize(
    "content, empty",
    [
        ("来电不讲话。", True),
        ("无声，线路正常", True),
        ("来电为传真音", True),
        ("话务员问好三次无应答，挂机", True),
        ("来电静默。", True),
        ("该号码再次来电，无声", True),
        ("来电有回声，听不到讲话。", True),
        ("接通后无声，疑似误拨。", True),  # the call-taker's guess, not the caller's word
        ("来电人辱骂话务员后挂断", False),  # something happened on the line
        ("打错电话 已挂断", False),
    ],
)
def test_more_notes_that_nobody_spoke(content, empty):
    assert (harassment.normalize(content) == "") is empty


@pytest.mark.parametrize(
    "content, directed",
    [("该市民说“信不信我弄死你”，后挂断", True), ("来电人称养你们还不如养条狗", True), ("来电人说“滚一边儿去”", True)],
)
def test_threats_and_contempt_insult_the_listener(content, directed):
    assert harassment.is_directed(content) is directed


def test_the_call_takers_tag_in_brackets_is_a_note(rules_only):
    tagged = call("13800001016", "（骚扰电话）来电者称要投诉自家媳妇不给做饭，要求政府管管", 80)
    invalid = call("13800001017", "【无效】来电人称是银行的，推荐办理绿植租摆", 20)
    misdial = call("13800001018", "（无效来电）来电人称打错了", 8)
    plain = call("13800001019", "来电人反映经常接到骚扰电话，请相关部门处理", 90)
    # the tag on a call for another line, or on a bad line, is no nuisance note
    other_line = call("13800001020", "【无效】来电者想打120，已告知直接拨打120。", 25)
    bank = call("13800001021", "【无效】要找银行客服", 38)
    bad_line = call("13800001022", "【无效】听不清，来电人说再打", 35)
    run(rules_only)
    assert "note" in flag_of(tagged).rules
    assert "note" in flag_of(invalid).rules
    assert flag_of(misdial) is None
    assert flag_of(plain) is None
    assert flag_of(other_line) is None and flag_of(bank) is None and flag_of(bad_line) is None


def test_a_matter_answered_again_and_again_does_not_raise_the_frequent_threshold(rules_only):
    # six calls in a day: about a concrete matter frequent takes ten; the same matter noted as
    # answered many times, with the caller not hearing it, takes six
    answered = [
        call(
            "13800001020",
            f"来电人要求政府赔偿其家鸡被狗咬死的损失{i + 1}万元，已答复多次，不听解释",
            120,
            minutes=90 * i,
        )
        for i in range(6)
    ]
    matter = [call("13800001021", f"来电人反映{i + 1}号楼停水，请尽快处理", 120, minutes=90 * i) for i in range(6)]
    run(rules_only)
    assert all("frequent" in flag_of(o).rules for o in answered)
    assert all(flag_of(o) is None or "frequent" not in flag_of(o).rules for o in matter)


def test_a_no_speech_note_on_a_long_call_is_a_note_too(rules_only):
    # three minutes on the line with nobody speaking, noted by the call-taker: no silent call
    # (longer than HARASSMENT_SILENT_SECONDS), but the note of an invalid call
    long = call("13800001022", "无声来电（有炒菜声）", 198)
    run(rules_only)
    assert flag_of(long).rules == ["note"]


@pytest.mark.parametrize(
    "content, note",
    [
        ("来电人说“什么为人民服务”，问其反映什么问题，来电人说“没问题，就是骂你们”", True),
        ("市民举报村支书贪污了500万（回拨后来电人承认是瞎说的）", True),
        ("来电群众询问其反映什么问题，来电人称小区停水两天", False),
    ],
)
def test_the_question_for_the_matter_is_no_report(app, content, note):
    assert harassment.is_nuisance_note(harassment.normalize(content), settings_of(app)) is note


def test_a_child_dialling_is_no_question():
    # 拨打 + 听到 run together in the normalized text: no 打听
    assert not harassment.is_question(harassment.normalize("疑似儿童玩手机拨打，听到动画片声音"))


@pytest.mark.parametrize(
    "content",
    [
        # a caller in distress wanting someone to talk to is a call for help
        "来电人称近期失业，心情很差，想找人说说话，话务员安抚并告知心理援助热线",
        # someone else drinking, the caller harmed
        "来电人开始不出声，后小声称其丈夫酒后经常打她，不敢报警",
    ],
)
def test_a_call_for_help_is_no_nuisance_note(app, content):
    assert not harassment.is_nuisance_note(harassment.normalize(content), settings_of(app))


def test_a_scam_reported_is_no_chatting_up():
    assert not harassment.is_personal(
        harassment.normalize("来电人反映接到录音电话讲快递丢失要理赔，还要加QQ，怀疑诈骗")
    )


def test_a_follow_up_by_order_number_is_not_frequent(rules_only):
    # eight calls in a day chasing an order by its number: a follow-up, not a nuisance
    chasing = [call("13800001024", f"催办202506050765（第{i + 1}次）", 60, minutes=60 * i) for i in range(8)]
    run(rules_only)
    assert [flag_of(o) for o in chasing] == [None] * 8


@pytest.mark.parametrize(
    "content, note",
    [
        ("群众称在后山看到飞碟降落，要政府派人去抓外星人，后大笑挂机", True),
        ("来电市民称山塘坝子裂了，要垮了（该号码多次虚假举报）", True),
        ("来电人自称某广告公司业务员，推销桶装水，询问热线中心是否需要", True),
        ("来电人问中心要不要办公桌椅，已拒绝", True),
        ("群众要求县长亲自回电话，问其何事，称“你莫管，喊县长打过来”", True),
        ("来电市民称打来玩的", True),
        # a genuine report of a sales call is a matter
        ("来电人反映经常接到推销电话，请相关部门处理", False),
    ],
)
def test_notes_of_pranks_sales_and_games(app, content, note):
    assert harassment.is_nuisance_note(harassment.normalize(content), settings_of(app)) is note
