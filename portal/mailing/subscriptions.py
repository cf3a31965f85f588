"""What the subscribe form does, whatever state the address is in."""

from django.db import transaction

from .models import Subscriber, normalize_email
from .tasks import send_subscription_mail


def subscribe(email: str, language: str, topics: list, source: str) -> Subscriber:
    """Never a second subscriber for an address, and the same outcome for the form
    either way: a new or unconfirmed address gets a confirmation link; a confirmed
    one gets a note saying so (its preferences are not changed by a stranger)."""
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=normalize_email(email), defaults={"language": language}
        )
        if subscriber.is_confirmed:
            kind = "already_subscribed"
        else:
            subscriber.language = language
            subscriber.topics = list(topics)
            subscriber.status = Subscriber.Status.PENDING
            subscriber.record_consent(source)
            subscriber.save()
            kind = "confirm"
        send_subscription_mail.enqueue(subscriber.pk, kind)
    return subscriber
