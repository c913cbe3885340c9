"""Keys of the intake API: one per channel's system, shown once, stored as SHA-256.

A key is 32 random bytes (secrets.token_urlsafe): guessing one is out of reach, so a fast
hash is enough and every call can check its key without argon2's deliberate slowness
(docs/DECISIONS.md § Intake API keys). The lookup is by the hash, through its unique index.
"""

import hashlib
import secrets

import click

from models import API_CHANNELS, ApiKey, db, local_now

KEY_PREFIX = "hk_"
PREFIX_LENGTH = 10  # what staff see of a key ("hk_" and 7 characters)


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def create_key(name: str, channel: str) -> tuple[ApiKey, str]:
    """(the stored key, the key itself): the key is not kept and cannot be shown again."""
    if channel not in API_CHANNELS:
        raise ValueError(f"渠道只能是 {' / '.join(API_CHANNELS)}")
    name = (name or "").strip()
    if not name:
        raise ValueError("密钥名称不能为空")
    if ApiKey.select().where(ApiKey.name == name).exists():
        raise ValueError(f"已有名为「{name}」的密钥")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey.create(name=name, channel=channel, prefix=key[:PREFIX_LENGTH], key_hash=key_hash(key))
    return row, key


def find_key(presented: str) -> ApiKey | None:
    """The stored key for a presented one (revoked ones included), or None."""
    if not presented or len(presented) > 200:
        return None
    return ApiKey.get_or_none(ApiKey.key_hash == key_hash(presented))


def revoke(row: ApiKey, by: str) -> bool:
    """Revoke a key (once; a revoked key stays revoked). True when it was active."""
    changed = (
        ApiKey.update(revoked_at=local_now(), revoked_by=by)
        .where((ApiKey.id == row.id) & ApiKey.revoked_at.is_null())
        .execute()
    )
    return bool(changed)


@click.command("create-api-key")
@click.argument("name")
@click.option("--channel", required=True, type=click.Choice(list(API_CHANNELS)), help="网络 / 微信 / 其他")
def create_api_key_command(name, channel):
    """为一个渠道的系统创建接口密钥（只显示这一次）。"""
    with db.connection_context():
        try:
            row, key = create_key(name, channel)
        except ValueError as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"已创建接口密钥「{row.name}」（渠道：{row.channel}，前缀 {row.prefix}）")
    click.echo(f"密钥（只显示这一次，请妥善交给对方系统）：{key}")
