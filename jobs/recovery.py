"""Jobs whose worker died (kill -9, out of memory, a power cut) — docs/JOBS.md § A worker dies.

RQ keeps each running job in the queue's StartedJobRegistry with an expiry that the worker's
heartbeat pushes forward; once it expires, RQ's cleanup treats the job as abandoned: it calls
the job's failure callback, retries it while it has retries left, else moves it to the failed
registry. That takes a heartbeat (90 s) plus the next maintenance pass (10 min by default).

`reap_dead_workers` shortens this for workers of this machine: a job whose worker's process
is gone is expired at once and handed to the same RQ cleanup. `RecoveringWorker` (used by
`flask --app app worker`) runs it when it starts and on every maintenance pass, which it
runs every MAINTENANCE_SECONDS.
"""

import logging
import os
import socket

from rq import Worker
from rq.registry import StartedJobRegistry

log = logging.getLogger(__name__)

MAINTENANCE_SECONDS = 60


def _process_gone(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, someone else's
        return False
    return False


def _worker_dead(connection, name):
    """True when the worker is known to be gone: unregistered, or a dead process on this host."""
    if not name:
        return False
    worker = Worker.find_by_key(Worker.redis_worker_namespace_prefix + name, connection=connection)
    if worker is None:
        return True
    return worker.hostname == socket.gethostname() and bool(worker.pid) and _process_gone(worker.pid)


def reap_dead_workers(queue, exception_handlers=None):
    """Hand every started job of `queue` whose worker is dead to RQ's abandoned-job cleanup.

    Returns the ids of the jobs handed over.
    """
    registry = StartedJobRegistry(queue=queue)
    connection = queue.connection
    reaped = []
    for member in connection.zrange(registry.key, 0, -1):
        job_id = registry.parse_job_id(member)
        job = queue.fetch_job(job_id)
        if job is None or _worker_dead(connection, job.worker_name):
            connection.zadd(registry.key, {member: 0})  # expired now: the cleanup below takes it
            reaped.append(job_id)
    if reaped:
        log.warning("任务进程已停止，接手其未完成的任务：%s", "、".join(reaped))
        registry.cleanup(exception_handlers=exception_handlers)
    return reaped


def _horse_killed(job, retpid, ret_val, rusage):
    """The work horse alone died (kill -9, the kernel's out-of-memory killer): RQ fails or
    retries the job itself; its failure callback hears of it as an abandoned job, like a
    whole worker dying, so the job's own records follow."""
    from rq.exceptions import AbandonedJobError

    job.execute_failure_callback(Worker.death_penalty_class, AbandonedJobError, AbandonedJobError(), None)


class RecoveringWorker(Worker):
    """An RQ worker that takes over the jobs of dead workers when it starts and every minute,
    and tells a job's failure callback when its work horse was killed."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("maintenance_interval", MAINTENANCE_SECONDS)
        kwargs.setdefault("work_horse_killed_handler", _horse_killed)
        super().__init__(*args, **kwargs)

    def run_maintenance_tasks(self):
        for queue in self.queues:
            try:
                reap_dead_workers(queue, self._exc_handlers)
            except Exception:  # maintenance must never stop the worker
                log.exception("检查已停止的任务进程时出错")
        super().run_maintenance_tasks()
