"""Masking of callers' personal data: department and leader accounts, their exports and
the brief see `138****5678` and `姜某某` (docs/RULES.md § Masking of personal data).

Plain functions with no Flask import, so screens, exports and the brief mask alike.
"""

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask_login import AnonymousUserMixin

    from models import User

# Roles that see callers' phone numbers and names in full.
FULL_VIEW_ROLES = ("operator", "supervisor")


def mask_phone(phone: str | None) -> str:
    """138****5678: keep the first three and last four digits of a number long enough.

    Short numbers keep only their last digit visible; empty stays empty.
    """
    phone = (phone or "").strip()
    if not phone:
        return ""
    if len(phone) >= 8:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    return "*" * (len(phone) - 1) + phone[-1]


def mask_name(name: str | None) -> str:
    """姜某某: the family name (first character) followed by 某 for every other character.

    A one-character name becomes 某; at least two 某 are used so the length isn't revealed
    for short names (姜某某 for 姜三 as for 姜小明).
    """
    name = (name or "").strip()
    if not name:
        return ""
    if len(name) == 1:
        return "某"
    return name[0] + "某" * max(2, len(name) - 1)


def sees_personal_data(user: "User | AnonymousUserMixin | None") -> bool:
    """True when this user may see callers' numbers and names unmasked."""
    return bool(user) and getattr(user, "role", None) in FULL_VIEW_ROLES


# --- personal data inside free text ---------------------------------------------------------
#
# docs/RULES.md § Masking of personal data. One function, mask_free_text, for every text a
# masked account reads: 诉求内容, 处理结果, notes of the history and of the callback, case texts
# of the brief, reasons on the 受限号码 register, notes of 未接来电.

_NOT_AFTER = r"(?![\d])"
_NOT_BEFORE = r"(?<![\dA-Za-z])"
# ID cards: 18 characters (the last may be X) or the old 15 digits.
_ID_CARD = r"\d{17}[\dXx]|\d{15}"
# Mobile numbers, optionally +86, in groups of 3-4-4 with a space or a hyphen between them.
_MOBILE = r"(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}"
# Landlines with the area code: 0743-4721234, 0743 4721234, （0743）4721234, 07434721234.
_LANDLINE = r"0\d{2,3}[)）]?[-\s]?\d{7,8}"
_NUMBER_RE = re.compile(rf"{_NOT_BEFORE}(?:{_ID_CARD}|{_MOBILE}|{_LANDLINE}){_NOT_AFTER}")
# Any other number of 5 or more digits written right after a word that names it as a number.
_NAMED_NUMBER_RE = re.compile(
    r"((?:电话|手机|号码|联系方式|座机|固话|微信|QQ|qq|身份证号?)(?:号码?)?[是为：:\s]*)(\d[\d\-\s]{3,}\d)"
)

# Common Chinese surnames (compound ones first, so 欧阳明月 is one name).
COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "宇文", "长孙",
    "夏侯", "轩辕", "端木", "西门", "南宫", "独孤", "万俟", "闻人", "申屠", "澹台", "呼延", "太史",
)  # fmt: skip
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
    "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂"
    "成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党"
    "宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_CJK = r"[\u4e00-\u9fff]"
_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + f"|[{SURNAMES}])"
# 我是姜小明 / 本人是… / 自称… / 姓名：彭建国 / 来电人彭建国: a surname and one or two more characters.
_FULL_NAME_RE = re.compile(
    rf"((?:我是|本人是|我名叫|自称是?|姓名[是为：:\s]*|联系人[是为：:\s]*|来电人[：:]?)){_SURNAME}{_CJK}{{1,2}}"
)
# 我叫小明 / 名叫小明 / 叫做小明: a name follows, with or without its surname.
_CALLED_RE = re.compile(rf"((?:我叫|名叫|叫做|名字是|名字叫)){_SURNAME}?(?![了过着来去到人])({_CJK}{{1,2}})")
# 我姓姜 / 本人姓姜: the surname alone (not 百姓, 贵姓, 姓名, 姓氏).
_SURNAME_RE = re.compile(rf"(?<![百贵同])姓(?![名氏]){_SURNAME}")


# Every word after which _mask_names may mask a name (the order search relies on this list).
NAME_TRIGGERS = ("我是", "本人是", "名叫", "自称", "姓", "联系人", "来电人", "我叫", "叫做", "名字")


def _mask_names(text: str) -> str:
    def full(match):
        return match.group(1) + mask_name(match.group(0)[len(match.group(1)) :])

    def called(match):
        return match.group(1) + mask_name(match.group(0)[len(match.group(1)) :])

    text = _FULL_NAME_RE.sub(full, text)
    text = _CALLED_RE.sub(called, text)
    return _SURNAME_RE.sub("姓某", text)


def mask_free_text(text: str | None, names: Iterable[str | None] = (), phones: Iterable[str | None] = ()) -> str:
    """A free text with the personal data in it masked, as a department or leader account reads it.

    names and phones are the order's own (the caller's name and number): replaced wherever
    they appear. Besides them: mobile numbers and landlines (with separators, +86, area code
    in brackets), ID-card numbers, numbers right after 电话/手机/号码…, and names after
    我是/我叫/姓名/名叫/来电人… and 我姓X. Masked forms are those of mask_phone and mask_name;
    masking a masked text again changes nothing.
    """
    text = text or ""
    if not text:
        return ""
    for name in sorted({(n or "").strip() for n in names}, key=len, reverse=True):
        if len(name) >= 2:
            text = text.replace(name, mask_name(name))
    for phone in sorted({(p or "").strip() for p in phones}, key=len, reverse=True):
        if len(phone) >= 5 and phone in text:
            text = text.replace(phone, mask_phone(phone))
    text = _NUMBER_RE.sub(lambda m: mask_phone(m.group(0)), text)
    text = _NAMED_NUMBER_RE.sub(lambda m: m.group(1) + mask_phone(m.group(2)), text)
    return _mask_names(text)


def mask_order_text(text: str | None, order: object) -> str:
    """mask_free_text with the order's own caller name and number (any object with
    caller_name and caller_phone: a WorkOrder, a row of a query)."""
    return mask_free_text(text, [getattr(order, "caller_name", None)], [getattr(order, "caller_phone", None)])


def shown_text(text: str | None, order: object, user: "User | AnonymousUserMixin | None") -> str:
    """The text as this user may read it: in full for FULL_VIEW_ROLES, else masked."""
    return (text or "") if sees_personal_data(user) else mask_order_text(text, order)
