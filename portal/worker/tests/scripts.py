"""Run inside `portal shell` processes by test_sqlite_concurrency.py: a web-like
process publishing page revisions and a worker delivering a newsletter, both
writing to one SQLite file at the same time. Each waits for "go" on stdin so that
the test starts them together."""

import sys

PAGE_SLUG = "concurrency-article"
ISSUE_SLUG = "concurrency-issue"


def setup(subscribers: int) -> None:
    from portal.home.tree import ensure_site_tree
    from portal.mailing.sending import queue_send
    from portal.mailing.tests.factories import SubscriberFactory
    from portal.news.tests.factories import ArticlePageFactory
    from portal.newsletters.tests.factories import NewsletterIssuePageFactory

    _homes, sections = ensure_site_tree()
    ArticlePageFactory(parent=sections["news"]["en"], slug=PAGE_SLUG)
    issue = NewsletterIssuePageFactory(parent=sections["newsletters"]["en"], slug=ISSUE_SLUG)
    for n in range(subscribers):
        SubscriberFactory(email=f"c{n}@example.org")
    queue_send(issue)  # the database task backend: queued for the worker


def _wait_for_go() -> None:
    print("ready", flush=True)
    sys.stdin.readline()


def publish(times: int) -> None:
    """What an editor's "Publish" does in the admin, again and again."""
    from portal.news.models import ArticlePage

    page = ArticlePage.objects.get(slug=PAGE_SLUG)
    _wait_for_go()
    for n in range(times):
        page.lead = f"Lead, version {n}"
        page.save_revision().publish()
    print(f"published {times}", flush=True)


def work() -> None:
    """`portal db_worker --batch`: runs every queued task, then stops."""
    from django.core.management import call_command

    _wait_for_go()
    call_command(
        "db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0", "-v", "0"
    )
    print("worked", flush=True)


SCHEDULED_TITLE = "Scheduled in a process"


def schedule_page() -> None:
    """An article an editor scheduled two hours ago to go live an hour ago."""
    import datetime

    import time_machine
    from django.utils import timezone

    from portal.home.tree import ensure_site_tree
    from portal.news.tests.factories import ArticlePageFactory

    now = timezone.now()
    with time_machine.travel(now - datetime.timedelta(hours=2), tick=False):
        _homes, sections = ensure_site_tree()
        article = ArticlePageFactory(
            parent=sections["news"]["en"], title=SCHEDULED_TITLE, slug="scheduled", live=False
        )
        article.go_live_at = now - datetime.timedelta(hours=1)
        article.save_revision().publish()  # in the future then: scheduled, not live
