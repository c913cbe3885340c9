"""The command line (docs/RULES.md § Command line; a stable contract: scripts and cron jobs call it).

Each command is thin: it parses arguments and calls a domain module. On failure it prints
one Chinese line on stderr and exits non-zero.
"""

import datetime as dt
import json
import sys
import unicodedata
from pathlib import Path

import click
from flask.cli import with_appcontext

from models import ROLES, Department, User, db


def fail(message, code=1):
    click.echo(message, err=True)
    sys.exit(code)


@click.command("init-db")
def init_db_command():
    """创建或升级数据库结构（可重复执行）。"""
    from schema import create_or_upgrade

    with db.connection_context():
        changes = create_or_upgrade()
    if changes:
        for change in changes:
            click.echo(change)
        click.echo(f"数据库已更新：{len(changes)} 项变更")
    else:
        click.echo("数据库结构已是最新，无变更")


@click.command("create-user")
@click.argument("username")
@click.option(
    "--role", required=True, type=click.Choice(list(ROLES)), help="operator / department / supervisor / leader"
)
@click.option("--department", "department_name", default=None, help="成员单位名称（department 角色必填）")
@click.option("--password", default=None, help="不填则随机生成并打印一次")
@click.option("--name", "display_name", default="", help="显示姓名")
def create_user_command(username, role, department_name, password, display_name):
    """创建登录账号。"""
    import secrets

    with db.connection_context():
        if User.select().where(User.username == username).exists():
            fail(f"用户名 {username} 已存在")
        department = None
        if role == "department":
            if not department_name:
                fail("成员单位账号必须用 --department 指定所属单位")
            department = Department.get_or_none(Department.name == department_name)
            if department is None:
                fail(f"没有名为「{department_name}」的成员单位")
        elif department_name:
            fail("只有成员单位账号（department）可以指定所属单位")
        shown = password is None
        password = password or secrets.token_urlsafe(9)
        if len(password) < 8:
            fail("密码至少 8 位")
        user = User(username=username, role=role, department=department, display_name=display_name or username)
        user.set_password(password)
        user.save()
    click.echo(f"已创建用户 {username}（{ROLES[role]}）")
    if shown:
        click.echo(f"初始密码：{password}")


COMMANDS = [init_db_command, create_user_command]

from jobs.commands import JOB_COMMANDS  # noqa: E402  (worker, cron, remind, filter-harassment)

COMMANDS += JOB_COMMANDS


@click.command("import-orders")
@with_appcontext  # the import's bounds are settings of the app (interchange/bounds.py)
@click.argument("path")
@click.option("--dry-run", is_flag=True, help="只校验并报告行数，不写入数据库")
@click.option("--ignore-unknown", is_flag=True, help="忽略无法识别的列（默认报错）")
@click.option("--overwrite", is_flag=True, help="以文件为准：也写入会使工单倒退或删除回访的行（默认跳过并列出）")
def import_orders_command(path, dry_run, ignore_unknown, overwrite):
    """导入工单（CSV 或 XLSX，交换格式见 docs/RULES.md「Import format」）：全部校验通过才写入，一个事务。"""
    import os

    from interchange.importer import ImportRefused, import_orders

    if not os.path.isfile(path):
        fail(f"导入失败：找不到文件 {path}")
    bar = {}
    terminal = sys.stdout.isatty()  # counters and bars only on a terminal, never in cron logs

    def checked(rows):
        if terminal:
            bar["counting"] = True
            click.echo(f"\r已校验 {rows} 行…", nl=False)

    def end_count():
        if bar.pop("counting", False):
            click.echo()

    def start_bar(rows):
        end_count()
        if terminal and rows >= 2000:
            bar["bar"] = click.progressbar(length=rows, label="写入工单").__enter__()

    def advance(rows):
        if "bar" in bar:
            bar["bar"].update(rows)

    try:
        with db.connection_context():
            result = import_orders(
                path,
                dry_run,
                ignore_unknown,
                progress=advance,
                on_validated=start_bar,
                on_checked=checked,
                overwrite=overwrite,
            )
    except ImportRefused as refused:
        end_count()
        click.echo(refused.summary, err=True)
        for line in refused.lines():  # at most IMPORT_MAX_ERRORS, then 「另有 N 行错误未列出」
            click.echo(line, err=True)
        sys.exit(1)
    finally:
        if "bar" in bar:
            bar["bar"].__exit__(None, None, None)
    end_count()
    click.echo(result.summary)
    for conflict in result.conflicts:
        click.echo(f"冲突，{'将' if dry_run else '已'}跳过：{conflict}")


@click.command("export-orders")
@click.argument("period")
@click.option("--output", required=True, type=click.Path(dir_okay=False, writable=True), help="输出的 CSV 文件")
def export_orders_command(period, output):
    """导出某期间（2020Q1 / 2020-01 / 2020）受理的工单为 CSV（UTF-8 带 BOM，中文表头，可再导入）。"""
    from interchange.exporter import export_orders
    from periods import parse_period

    try:
        span = parse_period(period)
    except ValueError as exc:
        fail(str(exc))
    try:
        with db.connection_context():
            count = export_orders(output, span.start, span.end)
    except OSError as exc:
        fail(f"无法写入文件 {output}：{exc.strerror or exc}")
    click.echo(f"已导出 {span.label} 受理的工单 {count} 条到 {output}")


COMMANDS += [import_orders_command, export_orders_command]


@click.group("holidays")
def holidays_group():
    """法定节假日：导入国务院办公厅的年度节假日安排通知，列出某年与周一至周五不同的日子。"""


@holidays_group.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--dry-run", is_flag=True, help="只显示将放假和调休上班的日子，不写入")
def holidays_import_command(path, dry_run):
    """导入《国务院办公厅关于YYYY年部分节假日安排的通知》全文（文本文件，UTF-8 或 GB18030）。"""
    from holiday_notice import NoticeError, parse_notice, plan_notice, store_notice

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        fail(f"无法读取文件 {path}：{exc.strerror or exc}")
    text = _decode_text(raw)
    if text is None:
        fail(f"无法识别文件 {path} 的编码：请保存为 UTF-8 文本")
    try:
        notice = parse_notice(text)
    except NoticeError as error:
        click.echo(f"无法读取通知：{len(error.problems)} 处问题，未写入", err=True)
        for problem in error.problems:
            click.echo(problem, err=True)
        sys.exit(1)
    with db.connection_context():
        plan = plan_notice(notice) if dry_run else store_notice(notice)
    for day in notice.days:
        click.echo(f"{day.date:%Y-%m-%d}  周{'一二三四五六日'[day.date.weekday()]}  {day.label}  {day.festival}")
    prefix = "试运行，未写入。" if dry_run else "已保存。"
    click.echo(prefix + plan.summary)


@holidays_group.command("list")
@click.argument("year", type=int)
def holidays_list_command(year):
    """列出某年每个与周一至周五不同的日子：日期、放假/上班、来源。"""
    from holiday_notice import differing_days

    if not 1900 <= year <= 2999:
        fail("年份应在 1900 到 2999 之间")
    with db.connection_context():
        rows = differing_days(year)
    for day, label, source in rows:
        click.echo(f"{day:%Y-%m-%d}  周{'一二三四五六日'[day.weekday()]}  {label}  {source}")
    off = sum(1 for _, label, _ in rows if label == "放假")
    click.echo(f"{year}年：工作日放假 {off} 天，周末上班 {len(rows) - off} 天")


def _decode_text(raw):
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


COMMANDS += [holidays_group]


@click.command("brief")
@click.argument("period")
@click.option(
    "--output", default=None, type=click.Path(dir_okay=False), help="输出文件：.pdf（默认 <期间>.pdf）、.docx 或 .html"
)
def brief_command(period, output):
    """生成某期间（2020Q1 / 2020-01 / 2020）的工作专报；已签发的专报按签发时冻结的内容输出。"""
    from brief.content import draft_for
    from brief.files import write_brief_file

    try:
        with db.connection_context():
            brief = draft_for(period)
            output = output or f"{brief.period}.pdf"
            context = write_brief_file(brief, output)
    except ValueError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"无法写入文件 {output}：{exc.strerror or exc}")
    state = "已签发版" if context["frozen"] else "草稿，按当前数据"
    click.echo(f"已生成 {context['title']}（{state}）：{output}")


@click.command("proposals")
@click.argument("period")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出")
@click.option("--problems", "problems", default=4, show_default=True, type=click.IntRange(min=0), help="提议的问题数")
def proposals_command(period, as_json, problems):
    """显示某期间工作专报的提议：群众反映频率较高的问题（三）和工单办理案例（二）。"""
    from brief.proposals import propose

    try:
        with db.connection_context():
            proposal = propose(period, problems=problems)
    except ValueError as exc:
        fail(str(exc))
    data = proposal.as_json()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(render_proposal(data))


def render_proposal(data):
    lines = [f"{data['period']} 工作专报提议", "", "三、群众反映频率较高的问题"]
    for i, p in enumerate(data["problems"], 1):
        lines.append(f"  （{i}）{p['heading']}")
        lines.append(f"      小类：{p['sub_category']}；本期 {p['size']} 个，上期 {p['previous_size']} 个")
        lines.append(f"      示例工单：{'、'.join(p['examples'])}")
    if not data["problems"]:
        lines.append("  （本期没有可提议的问题）")
    lines += ["", "二、工单办理案例摘选"]
    for c in data["cases"]:
        lines.append(f"  {c['order_no']}（{c['category']}，{c['unit']}）")
        lines.append(f"      {c['text']}")
    if not data["cases"]:
        lines.append("  （本期没有可提议的案例）")
    return "\n".join(lines)


COMMANDS += [brief_command, proposals_command]


from peewee import DatabaseError  # noqa: E402


@click.command("figures")
@click.argument("period")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出（日期为 ISO 格式）")
@click.option("--topic", default="疫情", show_default=True, help="专题名称")
def figures_command(period, as_json, topic):
    """显示某期间（2020Q1 / 2020-01 / 2020）工作专报的全部数据。"""
    from figures import figures_for

    try:
        with db.connection_context():
            figures = figures_for(period, topic=topic)
    except ValueError as exc:
        fail(str(exc))
    except DatabaseError as exc:
        fail(f"无法读取数据库（请先运行 flask --app app init-db）：{str(exc).splitlines()[0]}")
    click.echo(render_json(figures) if as_json else render_text(figures))


@click.command("demo")
def demo_command():
    """载入龙山县 2020 年第一季度演示数据（可重复执行，不会重复写入）。"""
    from demo.loader import load_demo

    try:
        with db.connection_context():
            result = load_demo()
    except DatabaseError as exc:
        fail(f"演示数据未载入，数据库出错：{str(exc).splitlines()[0]}")
    click.echo(f"演示数据已载入：新增工单 {result['orders']} 个，已存在 {result['skipped']} 个")
    for username, password in result["passwords"].items():
        click.echo(f"已创建用户 {username}，初始密码：{password}（仅显示这一次）")


COMMANDS += [figures_command, demo_command]


# --- `flask figures` output: the figures as a readable Chinese table, or as JSON -------------
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
    lines = [
        f"{period['label']}12345政府服务热线主要数据（{period['start']:%Y-%m-%d} 至 {end:%Y-%m-%d}，共{period['days']}天）",
        "",
    ]
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


@click.command("scorecard")
@click.argument("period")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出（键名稳定，见 docs/RULES.md § 考核）")
def scorecard_command(period, as_json):
    """显示某期间（2020Q1 / 2020-05 / 2020）成员单位考核表。"""
    from scorecard import scorecard

    try:
        with db.connection_context():
            card = scorecard(period)
    except ValueError as exc:
        fail(str(exc))
    except DatabaseError as exc:
        fail(f"无法读取数据库（请先运行 flask --app app init-db）：{str(exc).splitlines()[0]}")
    click.echo(render_json(card) if as_json else render_scorecard(card))


def render_scorecard(card):
    from scorecard import COLUMNS

    lines = [f"{card['period']['label']}成员单位考核（最少 {card['min_orders']} 件参与排名）"]
    weights = "，".join(f"{k} {v}" for k, v in card["weights"].items())
    lines.append(f"权重：{weights}")
    header = ["名次", "单位"] + [label for _key, label, _f in COLUMNS]
    rows = [header]
    for r in card["units"]:
        rows.append(
            [str(r["rank"]) if r["rank"] else "不排名", r["unit"]]
            + [str(r[k] if r[k] is not None else "—") for k, _l, _f in COLUMNS]
        )
    if len(rows) == 1:
        lines.append("  （本期没有转办工单）")
    else:
        lines += _table(rows)
    return "\n".join(lines)


COMMANDS += [scorecard_command]


def init_app(app):
    for command in COMMANDS:
        app.cli.add_command(command)


# --- 知识库 (kb/, docs/RULES.md § Knowledge base) ---------------------------------------------


@click.group("kb")
def kb_group():
    """知识库：导入、导出、检索。"""


@kb_group.command("import")
@with_appcontext  # the file bounds are settings of the app (interchange/bounds.py)
@click.argument("path", type=click.Path(dir_okay=False))
def kb_import_command(path):
    """导入知识（CSV 或 XLSX，表头：标题、问法、答案、分类、专题、责任单位、有效期至、来源）：全部校验通过才写入，导入的知识为已发布。"""
    import os

    from kb.io import KbImportRefused, import_articles

    if not os.path.isfile(path):
        fail(f"导入失败：找不到文件 {path}")
    try:
        with db.connection_context():
            result = import_articles(path)
    except KbImportRefused as refused:
        click.echo("导入失败，未写入任何知识：", err=True)
        for line in refused.lines():
            click.echo(line, err=True)
        sys.exit(1)
    click.echo(f"已导入知识：新增 {result['created']} 条，更新 {result['updated']} 条（均为已发布）")


@kb_group.command("export")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--drafts", is_flag=True, help="也导出草稿（默认只导出已发布和已过期的知识）")
def kb_export_command(path, drafts):
    """导出知识为 CSV（UTF-8 带 BOM）或 XLSX（按文件扩展名），格式与导入相同。"""
    from kb.io import export_articles

    try:
        with db.connection_context():
            count = export_articles(path, include_drafts=drafts)
    except OSError as exc:
        fail(f"无法写入文件 {path}：{exc.strerror or exc}")
    click.echo(f"已导出知识 {count} 条到 {path}")


@kb_group.command("search")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出（按得分从高到低）")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(min=1, max=100), help="最多显示几条")
def kb_search_command(text, as_json, limit):
    """检索知识（只检索已发布且在有效期内的知识）；没有足够匹配的知识时输出空列表。"""
    from kb.search import hit_json, search

    with db.connection_context():
        hits = [hit_json(h) for h in search(text, limit=limit)]
    if as_json:
        click.echo(json.dumps(hits, ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo("没有匹配的知识")
    for rank, hit in enumerate(hits, 1):
        click.echo(f"{rank}. [{hit['id']}] {hit['title']}（得分 {hit['score']}）")
        click.echo(f"   {hit['answer']}")


@kb_group.command("reindex")
def kb_reindex_command():
    """重建知识库检索索引（修改同义词表 data/kb_synonyms.txt 后执行）。"""
    from kb.search import reindex_all

    with db.connection_context():
        count = reindex_all()
    click.echo(f"已重建 {count} 条知识的索引")


COMMANDS += [kb_group]
