"""Sending throughput: an issue to N subscribers through a local aiosmtpd server.

    .venv/bin/python -m portal.mailing.benchmark 10000

Uses a throw-away SQLite database and the same delivery code the worker runs
(claim, send, mark sent per message, batches as in production).
"""

import os
import sys
import tempfile
import time


def main(count: int = 10_000) -> float:
    tmp = tempfile.mkdtemp()
    os.environ["MAILING_TEST_DB"] = os.path.join(tmp, "bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.mailing.tests.worker_settings"
    from portal.mailing.smtp_testing import SMTPServer

    with SMTPServer(keep=False) as server:
        os.environ["MAILING_TEST_SMTP_PORT"] = str(server.port)
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        settings.MAILING_BATCH_SIZE = 50
        settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
        call_command("migrate", verbosity=0)
        from portal.home.tree import ensure_site_tree
        from portal.mailing.models import Subscriber
        from portal.mailing.sending import deliver_batch, queue_send
        from portal.newsletters.factories import NewsletterIssuePageFactory

        _homes, sections = ensure_site_tree()
        issue = NewsletterIssuePageFactory(parent=sections["newsletters"]["en"], slug="bench")
        Subscriber.objects.bulk_create(
            Subscriber(email=f"b{n}@example.org", status="confirmed", token=f"t{n}")
            for n in range(count)
        )
        send = queue_send(issue)
        started = time.perf_counter()
        while deliver_batch(send.pk) is not None:
            pass
        elapsed = time.perf_counter() - started
    assert server.handler.count == count, server.handler.count
    rate = count / elapsed
    print(f"{count} messages in {elapsed:.1f} s: {rate:.0f} messages/second")
    return rate


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
