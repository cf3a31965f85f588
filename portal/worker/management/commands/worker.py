"""`portal worker`: the background task worker and the publishing scheduler in one
process, what `make demo` and a production server run.

It is django-tasks' `db_worker` (same options, same clean stop on Ctrl+C or
SIGTERM: the task in hand finishes, and so does a scheduled-publishing run in
progress) plus a thread that publishes and unpublishes scheduled pages at once and
then every `--schedule-interval` seconds. With `--batch` it runs scheduled
publishing once, then every outstanding task, and exits.

It prints one line per event that matters (worker started or stopping, a page
published or unpublished on schedule, a newsletter send started or finished, a
task that failed); `-v 2` adds a line for every task run.
"""

import logging
import os
from argparse import ArgumentTypeError

from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.compat import TASKS_LOGGER
from django_tasks_db.management.commands import db_worker

from portal.worker.scheduling import INTERVAL, Scheduler

logger = logging.getLogger("portal.worker")

# Loggers whose INFO lines are one per task, page save or poll: quiet unless -v 2.
CHATTY = [TASKS_LOGGER, "django_tasks_db", "wagtail"]
EVENTS = ["portal"]  # the portal's own loggers: one line per meaningful event


class SchedulingWorker(db_worker.Worker):
    def __init__(self, *, schedule_interval: float, **kwargs):
        super().__init__(**kwargs)
        self.scheduler = Scheduler(schedule_interval)

    def run(self) -> None:
        logger.info(
            "Worker started: background tasks, and scheduled publishing %s",
            "once (batch)" if self.batch else f"every {self.scheduler.interval:g} s",
        )
        if self.batch:
            self.scheduler.tick()
            return super().run()
        self.scheduler.start()
        try:
            return super().run()
        finally:
            self.scheduler.stop()

    def shutdown(self, signum, frame) -> None:
        # A second Ctrl+C stops at once, as db_worker does; the first lets a
        # scheduled-publishing run in progress finish.
        self.scheduler.stop(wait=self.running)
        super().shutdown(signum, frame)


def valid_schedule_interval(value: str) -> float:
    interval = db_worker.valid_interval(value)
    if not 0 < interval <= INTERVAL:
        raise ArgumentTypeError(f"Must be more than 0 and at most {INTERVAL}")
    return interval


class Command(db_worker.Command):
    help = (
        "Run the background worker (newsletter sending, index updates, mirror rebakes) "
        "and publish or unpublish scheduled pages every minute."
    )

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--schedule-interval",
            type=valid_schedule_interval,
            default=INTERVAL,
            help="Seconds between two runs of scheduled publishing (default: %(default)r)",
        )

    def configure_logging(self, verbosity: int) -> None:
        super().configure_logging(verbosity)
        chatty = {0: logging.CRITICAL, 1: logging.WARNING, 2: logging.INFO}.get(
            verbosity, logging.DEBUG
        )
        for name in CHATTY:
            logging.getLogger(name).setLevel(chatty)
        for name in EVENTS:
            events = logging.getLogger(name)
            events.setLevel(logging.CRITICAL if verbosity == 0 else logging.INFO)
            if not events.hasHandlers():
                events.addHandler(logging.StreamHandler(self.stdout))

    def handle(
        self,
        *,
        verbosity: int,
        queue_name: str,
        interval: float,
        batch: bool,
        backend_name: str,
        startup_delay: bool,
        reload: bool,
        max_tasks: int | None,
        worker_id: str,
        exclude_queues: str,
        schedule_interval: float,
        **options,
    ) -> None:
        # db_worker's own handle(), with the scheduling worker in place of its Worker.
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = SchedulingWorker(
            schedule_interval=schedule_interval,
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded,
        )
        if reload and not batch:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()  # only the reloaded child handles signals
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
