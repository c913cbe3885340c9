"""Helpers for the job tests: a real RQ SimpleWorker in burst mode, a real SMTP server."""

import email
import socket
from email import policy

from aiosmtpd.controller import Controller
from rq import SimpleWorker

from jobs.queue import QUEUE_NAMES, get_queue, get_redis


def run_worker(app, *names):
    """Work off the named queues (all by default) in this process, then return."""
    with app.app_context():
        queues = [get_queue(name) for name in names or QUEUE_NAMES]
        SimpleWorker(queues, connection=get_redis()).work(burst=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SmtpSink:
    """A real SMTP server (aiosmtpd) on a free local port that keeps what it receives."""

    def __init__(self, port=None):
        self.port = port or free_port()
        self.messages = []
        self.running = False
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"

    def start(self):
        self.controller.start()
        self.running = True
        return self

    def stop(self):
        if self.running:
            self.controller.stop()
            self.running = False
