"""Queueing a send and delivering it in small batches.

Exactly-once rests on three steps per delivery, each committed on its own:
claim (pending → sending, with a lease), hand the message to SMTP, mark sent.
A worker stopped with SIGTERM finishes its current batch (db_worker lets the
running task complete), so nothing is left in between. A worker killed with
SIGKILL can leave at most the one message it was sending in "sending": whether
the SMTP server had accepted it cannot be known, so once its lease has expired
it is sent again (at least once for that single message, with the same
Message-ID so that mail clients can recognise the repeat).
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Min, Q
from django.utils import timezone
from django_tasks import task

from .emails import IssueRenderer
from .models import Delivery, NewsletterSend, Subscriber

logger = logging.getLogger(__name__)

BATCH_SIZE = 50  # messages per task run; a stopping worker finishes at most this many
LEASE = timedelta(minutes=10)  # longer than any single SMTP transaction


def max_attempts() -> int:
    return getattr(settings, "MAILING_MAX_ATTEMPTS", 5)


def retry_backoff(attempts: int) -> timedelta:
    """1, 2, 4, 8... minutes after the first, second, third... failed attempt."""
    base = getattr(settings, "MAILING_RETRY_BACKOFF", 60)
    return timedelta(seconds=base * 2 ** max(attempts - 1, 0))


def queue_send(issue, *, test_to: str = "", user=None) -> NewsletterSend:
    """Create the send with one delivery per confirmed subscriber (or one for the
    test address) and start the background task, in one transaction."""
    with transaction.atomic():
        send = NewsletterSend.objects.create(issue=issue, test_to=test_to, created_by=user)
        if test_to:
            Delivery.objects.create(send=send)
        else:
            ids = Subscriber.objects.confirmed().values_list("pk", flat=True).iterator()
            Delivery.objects.bulk_create(
                (Delivery(send=send, subscriber_id=pk) for pk in ids), batch_size=1000
            )
        process_send.enqueue(send.pk)
    return send


def pause_send(send: NewsletterSend) -> bool:
    return bool(
        NewsletterSend.objects.filter(
            pk=send.pk, status__in=[NewsletterSend.Status.QUEUED, NewsletterSend.Status.SENDING]
        ).update(status=NewsletterSend.Status.PAUSED)
    )


def resume_send(send: NewsletterSend, *, restart: bool = False) -> bool:
    """Continue a paused send. `restart` also starts a new task for a send that is
    still marked as sending, for when its worker was killed and the task lost."""
    statuses = [NewsletterSend.Status.PAUSED]
    if restart:
        statuses += [NewsletterSend.Status.QUEUED, NewsletterSend.Status.SENDING]
    with transaction.atomic():
        resumed = NewsletterSend.objects.filter(pk=send.pk, status__in=statuses).update(
            status=NewsletterSend.Status.SENDING
        )
        if resumed:
            process_send.enqueue(send.pk)
    return bool(resumed)


def release_expired_leases(send_id: int) -> int:
    """Deliveries whose worker died while sending: send them again (see above)."""
    return Delivery.objects.filter(
        send_id=send_id, status=Delivery.Status.SENDING, lease_until__lt=timezone.now()
    ).update(
        status=Delivery.Status.PENDING,
        lease_until=None,
        last_error="The worker stopped while sending; outcome unknown, sending again.",
    )


def claim_next(send_id: int) -> Delivery | None:
    """Take the next due delivery for this worker (its own transaction). The
    conditional update is what stops two workers taking the same one."""
    while True:
        now = timezone.now()
        due = Delivery.objects.filter(
            send_id=send_id, status=Delivery.Status.PENDING, next_attempt_at__lte=now
        )
        pk = due.order_by("pk").values_list("pk", flat=True).first()
        if pk is None:
            return None
        with transaction.atomic():
            claimed = Delivery.objects.filter(pk=pk, status=Delivery.Status.PENDING).update(
                status=Delivery.Status.SENDING,
                lease_until=now + LEASE,
                attempts=F("attempts") + 1,
            )
        if claimed:
            return Delivery.objects.select_related("send", "subscriber").get(pk=pk)


def _finish(delivery: Delivery, status: str, error: str = "", **fields) -> None:
    Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.SENDING).update(
        status=status, lease_until=None, last_error=error[:2000], **fields
    )


def _is_permanent(exc: Exception) -> bool:
    """5xx answers are permanent; 4xx answers and lost connections are temporary."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in exc.recipients.values()]
        return bool(codes) and all(code >= 500 for code in codes)
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code >= 500
    return False


class Sender:
    """Delivers claimed deliveries over one reused SMTP connection."""

    def __init__(self, send: NewsletterSend):
        self.send = send
        self.renderer = IssueRenderer(send.issue.specific)
        self.connection = get_connection(fail_silently=False)

    def close(self):
        try:
            self.connection.close()
        except Exception:  # noqa: BLE001 - a broken connection is dropped either way
            logger.debug("Closing the SMTP connection failed", exc_info=True)

    def deliver(self, delivery: Delivery) -> str:
        subscriber = delivery.subscriber
        if self.send.is_test:
            to = self.send.test_to
        elif subscriber is None or not subscriber.is_confirmed:
            # Unsubscribed or erased after the send was queued: nothing goes out.
            _finish(delivery, Delivery.Status.SKIPPED, "no longer subscribed")
            return Delivery.Status.SKIPPED
        else:
            to = subscriber.email
        message = self.renderer.message(delivery, to, subscriber)
        try:
            self.connection.send_messages([message])
        except (smtplib.SMTPException, OSError) as exc:
            self.close()  # start a fresh connection for the next message
            error = f"{type(exc).__name__}: {exc}"
            if _is_permanent(exc) or delivery.attempts >= max_attempts():
                _finish(delivery, Delivery.Status.FAILED, error)
                return Delivery.Status.FAILED
            _finish(
                delivery,
                Delivery.Status.PENDING,
                error,
                next_attempt_at=timezone.now() + retry_backoff(delivery.attempts),
            )
            return Delivery.Status.PENDING
        _finish(delivery, Delivery.Status.SENT, sent_at=timezone.now())
        return Delivery.Status.SENT


def deliver_batch(send_id: int, batch_size: int | None = None):
    """Send up to `batch_size` due deliveries. Returns None when the send is done or
    paused, else the time when more work is due (now, or the next retry)."""
    send = NewsletterSend.objects.select_related("issue").get(pk=send_id)
    if send.status in (NewsletterSend.Status.PAUSED, NewsletterSend.Status.DONE):
        return None
    if send.status == NewsletterSend.Status.QUEUED and NewsletterSend.objects.filter(
        pk=send_id, status=NewsletterSend.Status.QUEUED
    ).update(status=NewsletterSend.Status.SENDING, started_at=timezone.now()):
        logger.info(
            'Newsletter send %s started: "%s" to %s',
            send_id,
            send.issue.title,
            send.test_to or f"{send.deliveries.count()} subscribers",
        )
    release_expired_leases(send_id)
    batch_size = batch_size or getattr(settings, "MAILING_BATCH_SIZE", BATCH_SIZE)
    sender = Sender(send)
    try:
        for _n in range(batch_size):
            if _is_paused(send_id):
                return None
            delivery = claim_next(send_id)
            if delivery is None:
                break
            sender.deliver(delivery)
    finally:
        sender.close()
    return next_due(send_id)


def _is_paused(send_id: int) -> bool:
    return NewsletterSend.objects.filter(pk=send_id, status=NewsletterSend.Status.PAUSED).exists()


def next_due(send_id: int):
    """None (and the send marked done) when nothing is left, else when to look again."""
    S = Delivery.Status
    open_ = Delivery.objects.filter(send_id=send_id, status__in=[S.PENDING, S.SENDING])
    times = open_.aggregate(
        pending=Min("next_attempt_at", filter=Q(status=S.PENDING)),
        lease=Min("lease_until", filter=Q(status=S.SENDING)),
    )
    if times["pending"] is None and times["lease"] is None:
        finished = (
            NewsletterSend.objects.filter(pk=send_id)
            .exclude(status=NewsletterSend.Status.DONE)
            .update(status=NewsletterSend.Status.DONE, finished_at=timezone.now())
        )
        if finished:
            counts = NewsletterSend(pk=send_id).progress()
            logger.info(
                "Newsletter send %s finished: %s sent, %s failed, %s skipped",
                send_id,
                counts["sent"],
                counts["failed"],
                counts["skipped"],
            )
        return None
    return min(t for t in times.values() if t is not None)


@task()
def process_send(send_id: int):
    """Deliver one batch, then queue the next run: a task never holds more than one
    batch of work, so a stopped worker resumes from the delivery records."""
    backend = process_send.get_backend()
    while True:
        due = deliver_batch(send_id)
        if due is None:
            return
        if backend.supports_defer:
            process_send.using(run_after=due if due > timezone.now() else None).enqueue(send_id)
            return
        # A backend that runs tasks at once (tests): carry on here instead of recursing;
        # retries not yet due wait for the next resume.
        if due > timezone.now():
            return
