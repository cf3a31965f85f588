"""Scheduled publishing through the worker: a page scheduled for T is live after T
without cron, because `portal worker` runs the scheduler (at start, then every
minute). The clock is moved with time-machine."""

import datetime
import logging

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from wagtail.models import PageLogEntry

from portal.news.models import ArticlePage
from portal.news.tests.factories import ArticlePageFactory
from portal.worker.scheduling import publish_due, run_scheduled_publishing

pytestmark = pytest.mark.django_db

T = datetime.datetime(2031, 3, 1, 9, 0, tzinfo=datetime.UTC)
MINUTE = datetime.timedelta(minutes=1)


@pytest.fixture
def scheduled(news_index):
    """An article an editor scheduled (before T) to go live at T."""
    with time_machine.travel(T - datetime.timedelta(days=1), tick=False):
        article = ArticlePageFactory(
            parent=news_index, title="Embargoed", slug="embargoed", live=False
        )
        article.go_live_at = T
        article.save_revision().publish()  # in the future: scheduled, not live
    article.refresh_from_db()
    assert not article.live
    return article


@pytest.fixture
def database_tasks(settings, monkeypatch):
    """The worker's task backend instead of the tests' immediate one. The worker
    drops connections that are inside a transaction between polls, which would be
    the test's own on PostgreSQL: here it keeps them (test_worker_process.py runs the
    real thing)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


@pytest.fixture
def restore_log_levels():
    """The worker command sets logger levels; put them back for the other tests."""
    names = ["django_tasks", "django_tasks_db", "wagtail", "portal"]
    levels = {name: logging.getLogger(name).level for name in names}
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def scheduled_publications(page):
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled").count()


def test_the_scheduler_publishes_a_page_after_its_time_and_not_before(scheduled):
    with time_machine.travel(T - MINUTE, tick=False):
        assert run_scheduled_publishing() == (0, 0)
    scheduled.refresh_from_db()
    assert not scheduled.live

    with time_machine.travel(T + MINUTE, tick=False):
        assert run_scheduled_publishing() == (0, 1)
    scheduled.refresh_from_db()
    assert scheduled.live
    assert scheduled_publications(scheduled) == 1


def test_the_scheduler_unpublishes_an_expired_page(news_index):
    article = ArticlePageFactory(parent=news_index, slug="call")
    article.expire_at = T
    article.save_revision().publish()
    with time_machine.travel(T + MINUTE, tick=False):
        assert run_scheduled_publishing() == (1, 0)
    article.refresh_from_db()
    assert not article.live and article.expired


def test_a_revision_is_published_once_when_two_workers_reach_it(scheduled):
    revision = scheduled.latest_revision
    with time_machine.travel(T + MINUTE, tick=False):
        # Both workers listed the revision as due; each then locks it and checks again.
        assert publish_due(revision.pk, timezone.now())
        assert not publish_due(revision.pk, timezone.now())
        assert run_scheduled_publishing() == (0, 0)
    assert scheduled_publications(scheduled) == 1


def test_the_worker_command_publishes_on_its_first_tick(
    scheduled, database_tasks, restore_log_levels, capsys
):
    with time_machine.travel(T + MINUTE, tick=False):
        call_command("worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0")
    scheduled.refresh_from_db()
    assert scheduled.live
    assert scheduled_publications(scheduled) == 1
    assert ArticlePage.objects.live().filter(slug="embargoed").exists()


def test_worker_logs_events_not_tasks(news_index, database_tasks, restore_log_levels, caplog):
    """`make demo`'s terminal: one line per event that matters, whatever the number
    of tasks run or polls made."""
    from portal.mailing.tasks import send_subscription_mail

    def lines_for(tasks: int) -> list[str]:
        for n in range(tasks):
            send_subscription_mail.enqueue(10_000 + n, "confirm")  # nobody: nothing to do
        caplog.clear()
        call_command("worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0")
        return [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]

    few, many = lines_for(2), lines_for(60)
    assert len(many) == len(few) <= 2, many
    assert not any(line.startswith("Task id=") for line in many)


def test_worker_logs_one_line_per_scheduled_publication(
    scheduled, database_tasks, restore_log_levels, caplog
):
    with time_machine.travel(T + MINUTE, tick=False):
        call_command("worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0")
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    published = [line for line in lines if "Embargoed" in line]
    assert published == [f'Scheduled publishing: published "Embargoed" (article {scheduled.pk})']


def test_verbose_worker_shows_every_task(news_index, database_tasks, restore_log_levels, caplog):
    from portal.mailing.tasks import send_subscription_mail

    send_subscription_mail.enqueue(10_000, "confirm")
    call_command(
        "worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0", "-v", "2"
    )
    assert any(r.getMessage().startswith("Task id=") for r in caplog.records)
