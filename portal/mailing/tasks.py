"""Background work, run by `portal worker` (the django-tasks database backend)."""

from django.utils import timezone
from django_tasks import task

from . import emails
from .models import Subscriber
from .sending import deliver_batch


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


@task()
def send_subscription_mail(subscriber_id: int, kind: str):
    """`kind`: "confirm" or "already_subscribed". Sent in the background so that the
    form answers equally fast whether or not the address was known."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return
    if kind == "confirm" and subscriber.status == Subscriber.Status.PENDING:
        emails.confirmation_message(subscriber).send()
    elif kind == "already_subscribed" and subscriber.is_confirmed:
        emails.already_subscribed_message(subscriber).send()
