"""The app factory: `flask --app app run`, `gunicorn 'app:create_app()'`."""

import os
import time

from flask import Flask, redirect, url_for
from werkzeug.middleware.proxy_fix import ProxyFix

import admin
import api
import auth
import cli
import jobs
import models
import security
from config import INSTANCE_DIR, load_config


def create_app(config=None):
    """Build the back office; `config` overrides settings read from the environment."""
    app = Flask(__name__, instance_path=str(INSTANCE_DIR))
    app.config.update(load_config(config))
    _use_local_time(app.config["TIMEZONE"])
    if app.config["PROXIES"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=app.config["PROXIES"], x_proto=app.config["PROXIES"])
    security.init_app(app)  # first: its bounded <int:> converter must be in place before any route
    models.init_app(app)
    auth.init_app(app)
    admin.init_app(app)
    api.init_app(app)  # the intake API and the public 工单查询 page
    cli.init_app(app)
    jobs.init_app(app)
    _error_pages(app)

    @app.route("/")
    def index():
        return redirect(url_for("admin.index"))

    return app


def _error_pages(app):
    # Chinese error pages with the back office's navigation, for every screen (admin/errors.py).
    # Every HTTP error, and (as 500, after Flask has logged it) any unexpected exception.
    from werkzeug.exceptions import HTTPException

    from admin.errors import error_page

    app.register_error_handler(HTTPException, error_page)


def _use_local_time(zone):
    # Records, RQ's cron and enqueue_at all use the process's local time: make it the office's.
    if os.environ.get("TZ") != zone:
        os.environ["TZ"] = zone
        time.tzset()
