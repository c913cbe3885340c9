"""Our own error pages (400, 403, 404, 405, 413, 429, 500), in Chinese, inside the back office's
frame with its navigation, so staff who hit one can go on working. Registered by app.py.

The page is rendered through the home view (which gives Flask-Admin's menu, filtered by the
user's role); if that fails — the database is down, say — a plain page without the menu.
"""

import logging

from flask import current_app, render_template
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

log = logging.getLogger(__name__)

PAGES = {
    400: ("请求无效", "提交的内容无法处理，请返回上一页检查后重试。"),
    401: ("需要登录", "请先登录。"),
    403: ("无权访问", "您的账号不能打开此页面或办理此操作。如确需办理，请联系管理员。"),
    404: ("页面不存在", "您要找的页面或记录不存在：可能地址有误、记录已被删除，或不属于您的单位。"),
    405: ("请求方式不正确", "此地址不能这样打开，请从页面上的按钮或链接进入。"),
    413: ("文件过大", "上传的文件超过了允许的大小，请拆分后再上传。"),
    429: ("操作过于频繁", "请稍等片刻再试。"),
    500: ("系统出错", "操作没有完成，错误已记录。请稍后重试；如一再出现，请联系系统管理员。"),
}
CSRF_TEXT = "页面已过期或缺少安全校验（CSRF），所填内容未提交。请返回上一页，刷新后重新提交。"


def _texts(error):
    code = error.code if isinstance(error, HTTPException) and error.code else 500
    title, text = PAGES.get(code, ("出错了", "请求没有完成，请返回上一页重试。"))
    if isinstance(error, CSRFError):
        text = CSRF_TEXT
    elif code == 403 and current_user.is_authenticated:
        text = f"您的账号（{current_user.role_label}）不能打开此页面或办理此操作。如确需办理，请联系管理员。"
    return code, title, text


def error_page(error):
    """The response for an HTTP error (or an unexpected exception, as 500)."""
    if not isinstance(error, HTTPException):  # Flask hands unexpected errors over as 500
        error = InternalServerError(original_exception=error)
    code, title, text = _texts(error)
    context = {"code": code, "title": title, "text": text}
    try:
        admin = current_app.extensions["admin"][0]
        body = admin.index_view.render("errors/error.html", **context)
    except Exception:  # the frame needs the database (the user, the menu): fall back to plain
        log.exception("错误页面无法使用后台框架显示")
        body = render_template("errors/plain.html", **context)
    response = current_app.make_response((body, code))
    if isinstance(error, HTTPException):
        for key, value in error.get_headers():
            if key.lower() != "content-type":
                response.headers[key] = value
    return response
