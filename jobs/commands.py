"""CLI: `worker`, `cron` (the long-running processes), `remind`, `filter-harassment`."""

import datetime as dt

import click
from flask import current_app
from flask.cli import with_appcontext


def _fail(message):
    from cli import fail

    fail(message)


def _connection():
    from redis.exceptions import RedisError

    from jobs.queue import get_redis

    conn = get_redis()
    try:
        conn.ping()
    except RedisError as exc:
        _fail(f"无法连接 Redis（{current_app.config['REDIS_URL']}）：{exc}")
    return conn


@click.command("worker")
@with_appcontext
@click.option("--queues", "-q", default="", help="逗号分隔的队列名，默认 default,reminders,briefs")
@click.option("--burst", is_flag=True, help="处理完队列中的任务后退出")
def worker_command(queues, burst):
    """启动 RQ worker（含重试调度）。"""
    from jobs.queue import QUEUE_NAMES, get_queue
    from jobs.recovery import RecoveringWorker

    names = [n.strip() for n in queues.split(",") if n.strip()] or list(QUEUE_NAMES)
    unknown = [n for n in names if n not in QUEUE_NAMES]
    if unknown:
        _fail(f"未知队列：{'、'.join(unknown)}（可用：{'、'.join(QUEUE_NAMES)}）")
    connection = _connection()
    if "briefs" in names:
        from brief.proposals import load_segmenter
        from brief.render import preload

        preload(current_app.config)  # WeasyPrint and the fonts once, not per job
        load_segmenter()  # and the segmenter's dictionary (proposals of a brief without a selection)
    # RecoveringWorker: also takes over the jobs of workers that died (jobs/recovery.py).
    worker = RecoveringWorker([get_queue(n) for n in names], connection=connection)
    # with_scheduler: the worker also moves retries (and enqueue_at jobs) back when due.
    worker.work(burst=burst, with_scheduler=True)


@click.command("cron")
@with_appcontext
def cron_command():
    """启动定时任务进程（RQ cron，计划见 jobs/schedule.py）。"""
    from jobs.schedule import build_scheduler

    scheduler = build_scheduler(_connection(), current_app.config["TIMEZONE"])
    scheduler.start()


def _parse_day(value):
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"日期格式错误：{value}（应为 YYYY-MM-DD）")


@click.command("remind")
@with_appcontext
@click.option("--date", "day", default="", help="按哪一天计算（YYYY-MM-DD，默认今天）")
def remind_command(day):
    """立即执行临期/超期/督办提醒。"""
    import reminders
    from models import db

    today = _parse_day(day)
    with db.connection_context():
        result = reminders.remind(today=today)
    click.echo(result.summary())
    if result.undelivered:
        _fail(f"有 {result.undelivered} 条提醒未能送达，已记录，将自动重试")


@click.command("filter-harassment")
@with_appcontext
@click.argument("period", required=False, default="")
@click.option("--date", "day", default="", help="只过滤这一天受理的来电（YYYY-MM-DD）")
def filter_harassment_command(period, day):
    """骚扰来电过滤：给出期间（2020Q2、2020-05、2020）时过滤该期间受理的全部电话工单，
    不给时过滤所有尚未过滤的电话工单。"""
    import harassment
    from models import db
    from periods import parse_period

    if period and day:
        _fail("期间和 --date 只能给出一个")
    start = end = None
    if period:
        try:
            chosen = parse_period(period)
        except ValueError as error:
            _fail(str(error))
        start, end = chosen.start, chosen.end
    with db.connection_context():
        if day:
            result = harassment.filter_day(_parse_day(day))
            start = dt.datetime.combine(_parse_day(day), dt.time.min)
            end = start + dt.timedelta(days=1)
        elif period:
            result = harassment.filter_orders(start=start, end=end)
        else:
            result = harassment.filter_pending()
        counts = harassment.coverage(start, end)
    click.echo(result.summary())
    click.echo(("本期间" if start else "全部") + counts.summary())


JOB_COMMANDS = [worker_command, cron_command, remind_command, filter_harassment_command]
