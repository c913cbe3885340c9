"""Chart geometry for server-drawn SVG (no JS chart library; county intranets are offline).

Python computes the numbers — positions and sizes in SVG user units — and the Jinja macros
in templates/admin/charts.html draw them.
"""

import math


def _nice_step(value):
    """The smallest 1, 2 or 5 × 10^n (at least 1) not below `value`."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def bar_chart(items, width=560, bar_height=20, gap=6, label_width=150, value_width=90):
    """Horizontal bars for a ranking. items: [(label, value, note)] → geometry dict."""
    top = max((value for _, value, _ in items), default=0)
    span = width - label_width - value_width
    rows = []
    for index, (label, value, note) in enumerate(items):
        length = 0 if not top else max(1, round(span * value / top)) if value else 0
        rows.append(
            {
                "label": label,
                "value": value,
                "note": note,
                "y": index * (bar_height + gap),
                "w": length,
                "h": bar_height,
            }
        )
    return {
        "width": width,
        "height": max(bar_height, len(rows) * (bar_height + gap)),
        "label_width": label_width,
        "rows": rows,
    }


def column_chart(points, width=720, height=200, left=36, bottom=22):
    """Columns over time. points: [(date, value)] → geometry with 4 gridlines and date ticks."""
    top = 4 * _nice_step(max((v for _, v in points), default=0) / 4)  # 4 gridlines, round numbers
    plot_w, plot_h = width - left - 6, height - bottom - 8
    step = plot_w / max(1, len(points))
    bar_w = max(1.0, step * 0.8)
    columns = []
    label_every = max(1, math.ceil(len(points) / 12))
    for index, (day, value) in enumerate(points):
        h = plot_h * value / top
        columns.append(
            {
                "x": round(left + index * step, 2),
                "y": round(8 + plot_h - h, 2),
                "w": round(bar_w, 2),
                "h": round(h, 2),
                "value": value,
                "title": f"{day:%m-%d}：{value}",
                "label": f"{day:%m-%d}" if index % label_every == 0 else "",
            }
        )
    grid = [{"y": round(8 + plot_h - plot_h * i / 4, 2), "value": round(top * i / 4)} for i in range(5)]
    return {
        "width": width,
        "height": height,
        "left": left,
        "baseline": 8 + plot_h,
        "columns": columns,
        "grid": grid,
    }
