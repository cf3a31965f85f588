"""E-mail subscribers and the sending of newsletter issues to them.

A send has one Delivery row per recipient: the row is the unit of work, claimed
before the message goes out and marked sent right after, each step in its own
transaction, which is what makes a send resumable after the worker dies.
"""

import secrets

from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core.editorial import NEWSLETTER_MANAGERS

# Recorded with every consent; change it when the privacy policy changes.
PRIVACY_POLICY_VERSION = "2026-11"
CONFIRMATION_MAX_AGE = 7 * 24 * 3600  # seconds: a confirmation link is valid for 7 days
# v2: the key became a signed [subscriber id, state version]; keys of the first form
# (the permanent token, signed) fail as bad signatures instead of being decoded.
CONFIRM_SALT = "mailing.confirm.v2"


def new_token() -> str:
    return secrets.token_urlsafe(24)


class StaleConfirmation(Exception):
    """A genuine confirmation link, but the subscriber unsubscribed after it was sent."""

    def __init__(self, subscriber):
        super().__init__(subscriber.pk)
        self.subscriber = subscriber


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)


def normalize_email(email: str) -> str:
    return email.strip().lower()


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        UNSUBSCRIBED = "unsubscribed", _("unsubscribed")

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    # Thematic area slugs: the same in every language, so no foreign keys per locale.
    topics = models.JSONField(_("thematic areas"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    # Secret in every mail's unsubscribe and preferences links; rotated on erasure.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    consent_source = models.CharField(_("consent given on"), max_length=255, blank=True)
    consent_policy_version = models.CharField(_("privacy policy version"), max_length=32)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # Part of every confirmation link; moved on by an unsubscribe, which so voids the
    # links sent before it.
    state_version = models.PositiveIntegerField(default=0, editable=False)

    objects = SubscriberQuerySet.as_manager()
    # Personal data: only this group (and superusers) sees subscribers in the admin.
    editorial_group = NEWSLETTER_MANAGERS

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalize_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_confirmed(self) -> bool:
        return self.status == self.Status.CONFIRMED

    def record_consent(self, source: str):
        self.consent_at = timezone.now()
        self.consent_source = source[:255]
        self.consent_policy_version = PRIVACY_POLICY_VERSION

    def confirmation_key(self) -> str:
        """The key in a confirmation link: this subscriber in its present state, signed
        and dated. It holds no secret (not the permanent token), and an unsubscribe
        (which moves `state_version` on) makes every key signed before it stale."""
        return signing.dumps([self.pk, self.state_version], salt=CONFIRM_SALT)

    @classmethod
    def from_confirmation_key(cls, key: str):
        """The subscriber for a confirmation link, or raises signing.BadSignature
        (SignatureExpired after 7 days), cls.DoesNotExist or StaleConfirmation."""
        payload = signing.loads(key, salt=CONFIRM_SALT, max_age=CONFIRMATION_MAX_AGE)
        try:
            pk, state_version = payload
            subscriber = cls.objects.get(pk=int(pk))
        except (TypeError, ValueError):
            raise signing.BadSignature("unexpected payload") from None
        if subscriber.state_version != state_version:
            raise StaleConfirmation(subscriber)
        return subscriber

    def confirm(self):
        if self.status != self.Status.CONFIRMED:
            now = timezone.now()
            if self.unsubscribed_at and (
                not self.consent_at or self.consent_at <= self.unsubscribed_at
            ):
                # Coming back after unsubscribing: this confirmation is the new consent.
                self.consent_at = now
                self.consent_policy_version = PRIVACY_POLICY_VERSION
            self.status = self.Status.CONFIRMED
            self.confirmed_at = now
            self.unsubscribed_at = None
            self.save()

    def unsubscribe(self):
        if self.status != self.Status.UNSUBSCRIBED:
            self.status = self.Status.UNSUBSCRIBED
            self.unsubscribed_at = timezone.now()
            self.state_version += 1  # confirmation links sent before no longer work
            self.save(update_fields=["status", "unsubscribed_at", "state_version"])
        # Anything still queued for this address is not sent.
        self.deliveries.filter(status=Delivery.Status.PENDING).update(
            status=Delivery.Status.SKIPPED, last_error="unsubscribed"
        )

    def erase(self):
        """Delete the subscriber. Past deliveries stay (they are the send's counts)
        but no longer point to anyone; queued ones are dropped."""
        self.deliveries.filter(status=Delivery.Status.PENDING).delete()
        self.deliveries.update(subscriber=None, last_error="")
        self.delete()


class NewsletterSend(models.Model):
    """One sending of an issue: to all confirmed subscribers, or a test to one address."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        SENDING = "sending", _("sending")
        PAUSED = "paused", _("paused")
        DONE = "done", _("done")

    issue = models.ForeignKey(
        "newsletters.NewsletterIssuePage",
        verbose_name=_("issue"),
        on_delete=models.CASCADE,
        related_name="sends",
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    test_to = models.EmailField(_("test recipient"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("newsletter send")
        verbose_name_plural = _("newsletter sends")

    def __str__(self):
        return f"{self.issue} ({self.get_status_display()})"

    @property
    def is_test(self) -> bool:
        return bool(self.test_to)

    def progress(self) -> dict:
        """Counts of deliveries: sent, failed, skipped, remaining (pending or in flight)."""
        S = Delivery.Status
        counts = self.deliveries.aggregate(
            total=Count("pk"),
            sent=Count("pk", filter=Q(status=S.SENT)),
            failed=Count("pk", filter=Q(status=S.FAILED)),
            skipped=Count("pk", filter=Q(status=S.SKIPPED)),
            remaining=Count("pk", filter=Q(status__in=[S.PENDING, S.SENDING])),
        )
        return counts


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        SKIPPED = "skipped", _("skipped")

    send = models.ForeignKey(NewsletterSend, on_delete=models.CASCADE, related_name="deliveries")
    # Null for a test send, and after the subscriber erased their data.
    subscriber = models.ForeignKey(
        Subscriber, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    lease_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["send", "subscriber"], name="mailing_one_delivery_per_subscriber"
            )
        ]
        indexes = [models.Index(fields=["send", "status", "next_attempt_at"])]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")

    def __str__(self):
        return f"{self.send_id}/{self.pk} {self.status}"

    @property
    def message_id(self) -> str:
        """The same for every attempt, so a receiving system can recognise a repeat."""
        domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip("> ") or "localhost"
        return f"<newsletter.{self.send_id}.{self.pk}@{domain}>"
