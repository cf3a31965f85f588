"""Scheduled publishing, run by `portal worker` every minute: no cron needed.

The same work as Wagtail's `publish_scheduled` command (unpublish what has expired,
then publish revisions whose go-live time has come), done one object at a time,
each in its own transaction that first locks the object's row and checks again
that the work is still due. Two workers running this at once therefore never
publish the same revision twice: the second waits for the first's lock (a row
lock on PostgreSQL; on SQLite every write transaction takes the database's write
lock as it begins, see SQLITE_OPTIONS in the settings), then finds the revision's
go-live time cleared by the publish and does nothing.
"""

import logging
import threading
import time

from django.apps import apps
from django.db import connections, transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

logger = logging.getLogger(__name__)

INTERVAL = 60  # seconds between two runs of the scheduler


def scheduled_models() -> list:
    """Pages, then every other model with drafts and publishing schedules (snippets)."""
    others = [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]
    return [Page, *others]


def _describe(obj) -> str:
    return f'"{obj}" ({obj._meta.verbose_name} {obj.pk})'


def unpublish_expired(model, pk, now) -> bool:
    """Unpublish one object if it is still live and expired; False if not (any more)."""
    with transaction.atomic():
        obj = model.objects.select_for_update().filter(pk=pk, live=True, expire_at__lt=now).first()
        if obj is None:
            return False
        obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
    logger.info("Scheduled publishing: unpublished %s, expired", _describe(obj))
    return True


def publish_due(revision_pk, now) -> bool:
    """Publish one revision if its go-live time has passed and nobody has published
    it yet (publishing clears the time); False otherwise."""
    with transaction.atomic():
        revision = (
            Revision.objects.select_for_update()
            .filter(pk=revision_pk, approved_go_live_at__lt=now)
            .first()
        )
        if revision is None:
            return False
        revision.publish(log_action="wagtail.publish.scheduled")
    logger.info("Scheduled publishing: published %s", _describe(revision.content_object))
    return True


def run_scheduled_publishing(now=None) -> tuple[int, int]:
    """One run of the scheduler: (unpublished, published) counts. An object that
    fails is logged and skipped; the others go on."""
    now = now or timezone.now()
    unpublished = published = 0
    for model in scheduled_models():
        due = model.objects.filter(live=True, expire_at__lt=now).order_by("expire_at")
        for pk in list(due.values_list("pk", flat=True)):
            try:
                unpublished += unpublish_expired(model, pk, now)
            except Exception:
                logger.exception("Scheduled publishing: could not unpublish %s %s", model, pk)
    due = Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
    for pk in list(due.values_list("pk", flat=True)):
        try:
            published += publish_due(pk, now)
        except Exception:
            logger.exception("Scheduled publishing: could not publish revision %s", pk)
    return unpublished, published


class Scheduler:
    """Runs scheduled publishing in a thread: at once, then every `interval` seconds,
    until stopped. `stop()` lets a run in progress finish."""

    def __init__(self, interval: float = INTERVAL, run=run_scheduled_publishing):
        self.interval = interval
        self.run = run
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="scheduler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def tick(self) -> None:
        try:
            self.run()
        except Exception:
            logger.exception("Scheduled publishing failed; trying again in %s s", self.interval)

    def _loop(self) -> None:
        while not self._stopping.is_set():
            started = time.monotonic()
            try:
                self.tick()
            finally:
                # This thread's own connections: a new one for each run, like a request.
                connections.close_all()
            if self._stopping.wait(max(0.0, self.interval - (time.monotonic() - started))):
                return

    def stop(self, wait: bool = True) -> None:
        self._stopping.set()
        if wait and self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join()
