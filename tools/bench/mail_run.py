"""The measured part of the sending benchmark (tools/bench/mail.py), run once Django
is configured: a migrated database, N confirmed subscribers, one issue, delivered."""

import time

from django.conf import settings
from django.core.management import call_command

from portal.home.tree import ensure_site_tree
from portal.mailing.models import Subscriber
from portal.mailing.sending import deliver_batch, queue_send
from portal.newsletters.models import NewsletterIssuePage


def send_to_subscribers(count: int, batch_size: int) -> float:
    """Seconds it takes to deliver an issue to `count` subscribers."""
    settings.MAILING_BATCH_SIZE = batch_size
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    call_command("migrate", verbosity=0)
    _homes, sections = ensure_site_tree()
    issue = NewsletterIssuePage(title="Benchmark issue", slug="bench", intro="Benchmark.")
    sections["newsletters"]["en"].add_child(instance=issue)
    issue.save_revision().publish()
    Subscriber.objects.bulk_create(
        Subscriber(email=f"b{n}@example.org", status="confirmed", token=f"t{n}")
        for n in range(count)
    )
    send = queue_send(issue)
    started = time.perf_counter()
    while deliver_batch(send.pk) is not None:
        pass
    return time.perf_counter() - started
