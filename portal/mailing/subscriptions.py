"""What the subscribe form does, whatever state the address is in."""

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils.crypto import salted_hmac

from .models import Subscriber, normalize_email
from .tasks import send_subscription_mail

# At most one subscription mail per address in this many seconds, however many
# times (and from however many browsers) the form is sent for it.
DEFAULT_COOLDOWN = 15 * 60


def cooldown_seconds() -> int:
    return getattr(settings, "MAILING_CONFIRMATION_COOLDOWN", DEFAULT_COOLDOWN)


def mail_allowed(email: str) -> bool:
    """True at most once per cooldown for an address. The key is a keyed hash of the
    address, so the rate-limit cache holds no addresses (nor plain hashes of them)."""
    digest = salted_hmac("mailing.cooldown", normalize_email(email)).hexdigest()
    cache = caches[settings.RATELIMIT_USE_CACHE]
    return cache.add(f"mailing:cooldown:{digest}", 1, timeout=cooldown_seconds())


def subscribe(email: str, language: str, topics: list, source: str) -> Subscriber:
    """Never a second subscriber for an address, and the same outcome for the form
    either way. A new address gets a confirmation link; one waiting for confirmation
    or unsubscribed gets its link again; a confirmed one gets a note saying so. The
    choices of an existing address are not changed from the form: only its owner
    changes them (preferences page, reached from the mails). Mails are subject to
    the per-address cooldown."""
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=normalize_email(email), defaults={"language": language, "topics": list(topics)}
        )
        if created:
            subscriber.record_consent(source)
            subscriber.save()
        elif subscriber.status == Subscriber.Status.UNSUBSCRIBED:
            # Asked again; the consent counts from the confirmation (Subscriber.confirm).
            subscriber.status = Subscriber.Status.PENDING
            subscriber.consent_source = source[:255]
            subscriber.save(update_fields=["status", "consent_source"])
        kind = "already_subscribed" if subscriber.is_confirmed else "confirm"
        if mail_allowed(subscriber.email):
            send_subscription_mail.enqueue(subscriber.pk, kind)
    return subscriber
