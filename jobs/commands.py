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
@click.option("--date", "day", default="", help="过滤哪一天受理的来电（YYYY-MM-DD，默认昨天）")
def filter_harassment_command(day):
    """立即对一天的电话工单执行骚扰来电过滤。"""
    import harassment
    from models import db

    with db.connection_context():
        result = harassment.filter_day(_parse_day(day))
    click.echo(result.summary())


JOB_COMMANDS = [worker_command, cron_command, remind_command, filter_harassment_command]
