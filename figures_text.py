"""`flask figures PERIOD` output: the figures of figures_for as a readable Chinese table,
or as JSON (dates as ISO strings)."""
import datetime as dt
import json
import unicodedata

LABELS = {
    "received": "受理工单数（来电来信）",
    "harassment": "骚扰来电",
    "urban": "城镇居民来电",
    "rural": "乡镇村民来电",
    "answer_rate": "接通率",
    "daily_average": "日均",
    "online": "在线办结",
    "online_rate": "在线办结率",
    "dispatched": "转办工单数",
    "resolved": "办结工单数",
    "resolved_rate": "办结率",
    "rejected": "不予立案",
    "need_callback": "需回访",
    "callbacks_done": "已回访",
    "callback_rate": "回访率",
    "satisfied": "满意工单",
    "satisfaction": "回访满意度",
}
ORDER_KEYS = ("received", "harassment", "urban", "rural", "answer_rate", "daily_average",
              "online", "online_rate", "dispatched", "resolved", "resolved_rate", "rejected")  # fmt: skip
CALLBACK_KEYS = ("need_callback", "callbacks_done", "callback_rate", "satisfied", "satisfaction")
TOPIC_KEYS = ("received", "online", "online_rate", "dispatched", "resolved", "resolved_rate",
              "need_callback", "callbacks_done", "callback_rate", "satisfied", "satisfaction")  # fmt: skip


def _width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(text))


def _pad(text, width):
    return str(text) + " " * max(0, width - _width(text))


def _table(rows):
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  " + "  ".join(_pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]


def _comparison(figures, kind, key):
    found = (figures["comparisons"][kind] or {}).get(key)
    return found["change"] if found else "—"


def _compared(figures, keys):
    rows = [("项目", "数值", "同比", "环比")]
    rows += [(LABELS[k], figures[k], _comparison(figures, "yoy", k), _comparison(figures, "mom", k)) for k in keys]
    return _table(rows)


def render_text(figures):
    period = figures["period"]
    end = period["end"] - dt.timedelta(seconds=1)
    lines = [f"{period['label']}12345政府服务热线主要数据（{period['start']:%Y-%m-%d} 至 {end:%Y-%m-%d}，共{period['days']}天）", ""]
    lines += ["一、热线运行情况", "（1）工单办理情况", *_compared(figures, ORDER_KEYS)]
    lines.append(f"  接通 {figures['answered_calls']} 个，未接 {figures['missed_calls']} 个")
    lines += ["", "（2）工单分类情况", "  1. 诉求居前四位的类别"]
    rows = [("类别", "工单数", "其中最多的小类")]
    for item in figures["categories"][:4]:
        subs = "、".join(f"{s['name']} {s['count']}" for s in item["subcategories"][:2]) or "—"
        rows.append((item["name"], item["count"], subs))
    lines += _table(rows) if len(rows) > 1 else ["  （无）"]
    lines.append("  2. 办理工单数前五位的成员单位")
    rows = [("单位", "工单数")] + [(u["name"], u["count"]) for u in figures["units"][:5]]
    lines += _table(rows) if len(rows) > 1 else ["  （无）"]
    lines += ["", "（3）回访满意度情况", *_compared(figures, CALLBACK_KEYS)]
    topic = figures["topic"]
    if topic:
        lines += ["", f"（4）{topic['name']}类工单办理情况"]
        lines += _table([("项目", "数值")] + [(LABELS[k], topic[k]) for k in TOPIC_KEYS])
    lines += ["", "（5）电话摸排工作开展情况"]
    for c in figures["campaigns"]:
        lines.append(f"  {c['name']}：{c['start_date']:%Y-%m-%d} 至 {c['end_date']:%Y-%m-%d}，摸排 {c['reached']} 人")
    if not figures["campaigns"]:
        lines.append("  （本期无电话摸排记录）")
    if figures["pending"]:
        lines += ["", f"注意：本期仍有 {figures['pending']} 个工单处于「受理」状态未处理，数据可能变化。"]
    return "\n".join(lines)


def _iso(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"无法转换为 JSON：{value!r}")


def render_json(figures):
    return json.dumps(figures, ensure_ascii=False, indent=2, default=_iso)
