"""接口密钥 and 接口调用记录: the intake API's keys (made with `flask create-api-key`, revoked
here by a supervisor) and the log of every call (api/v1.py)."""

from flask import flash
from flask_admin.actions import action
from flask_login import current_user

from admin.base import SecureModelView, audit
from api.keys import revoke
from models import ApiCall, ApiKey


class ApiKeyView(SecureModelView):
    read_roles = ("supervisor",)
    write_roles = ("supervisor",)
    # Keys are made on the command line (the key is printed once) and never edited or deleted:
    # a revoked key stays listed with who revoked it and when, as its calls stay in the log.
    can_create = False
    can_edit = False
    can_delete = False
    column_list = ("name", "channel", "prefix", "created_at", "revoked_at", "revoked_by")
    column_labels = {
        "name": "名称",
        "channel": "渠道",
        "prefix": "密钥前缀",
        "created_at": "创建时间",
        "revoked_at": "吊销时间",
        "revoked_by": "吊销人",
    }
    column_default_sort = ("created_at", True)
    column_searchable_list = ("name",)
    column_formatters = {"revoked_at": lambda v, c, m, n: m.revoked_at or "（有效）"}

    @action("revoke", "吊销密钥", "确定吊销所选接口密钥吗？吊销后对方系统立即无法调用，且不能恢复。")
    def action_revoke(self, ids):
        done = 0
        for key in ApiKey.select().where(ApiKey.id.in_([int(i) for i in ids if str(i).isdigit()])):
            if revoke(key, str(current_user)):
                audit(key, "吊销", {"revoked_by": str(current_user)})
                done += 1
        flash(f"已吊销 {done} 个接口密钥" if done else "所选密钥此前已吊销", "success" if done else "warning")


class ApiCallView(SecureModelView):
    read_roles = ("supervisor",)
    write_roles = ()  # no one: SecureModelView then offers no create, edit or delete
    column_list = ("at", "key", "method", "endpoint", "status", "address")
    column_labels = {
        "at": "时间",
        "key": "密钥",
        "method": "方法",
        "endpoint": "地址",
        "status": "结果",
        "address": "来源地址",
    }
    column_default_sort = ("at", True)
    column_filters = ("status", "endpoint")


def register(admin):
    admin.add_view(ApiKeyView(ApiKey, name="接口密钥", endpoint="api_keys", category="系统"))
    admin.add_view(ApiCallView(ApiCall, name="接口调用记录", endpoint="api_calls", category="系统"))
