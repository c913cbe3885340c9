"""The command line of SPEC.md (a stable contract: scripts and cron jobs call it).

Each command is thin: it parses arguments and calls a domain module. On failure it prints
one Chinese line on stderr and exits non-zero.
"""
import sys

import click
from flask import current_app

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
@click.option("--role", required=True, type=click.Choice(list(ROLES)), help="operator / department / supervisor / leader")
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


def init_app(app):
    for command in COMMANDS:
        app.cli.add_command(command)
