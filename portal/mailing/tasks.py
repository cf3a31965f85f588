"""Background work, run by `portal worker` (the django-tasks database backend)."""

from django_tasks import task

from . import emails
from .models import Subscriber

# The delivery task lives beside the delivery code; tasks queued under this module's
# name by earlier versions still find it here.
from .sending import process_send  # noqa: F401


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
