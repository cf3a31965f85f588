"""The subscribe form cannot be turned against an address, and subscribers' links
cannot be replayed or leak (issue 11, faults 8 and 9)."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail, signing
from django.core.cache import caches
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import given
from hypothesis import strategies as st

from portal.mailing.models import CONFIRM_SALT, Subscriber
from portal.mailing.subscriptions import cooldown_seconds
from portal.mailing.tests.factories import SubscriberFactory
from portal.mailing.views import is_cross_site

pytestmark = pytest.mark.django_db


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"mailing:{name}", args=args)


def post_subscribe(client, email="reader@example.org", language="en", ip="198.51.100.1", **extra):
    data = {"email": email, "language": language, **extra.pop("data", {})}
    return client.post(url("subscribe", language=language), data, REMOTE_ADDR=ip, **extra)


def confirm_path(message):
    return re.search(r"https?://testserver(/\S*/confirm/\S*/)", message.body).group(1)


# Fault 8: mail-bombing, cross-site posts, the consent source, pending subscribers.


def test_one_mail_per_address_per_cooldown_from_any_number_of_browsers(client, site_tree):
    for n in range(4):  # four visitors of a hostile page, each their own address
        assert (
            post_subscribe(client, email="Victim@Example.org", ip=f"203.0.113.{n}").status_code
            == 302
        )
    assert len(mail.outbox) == 1
    SubscriberFactory(email="confirmed@example.org")
    post_subscribe(client, email="confirmed@example.org", ip="203.0.113.10")
    post_subscribe(client, email="confirmed@example.org", ip="203.0.113.11")
    assert [m.to for m in mail.outbox].count(["confirmed@example.org"]) == 1
    # The cache holds no address, not even in plain hashed form.
    keys = " ".join(map(str, caches["ratelimit"]._cache))
    assert "victim" not in keys.lower() and "confirmed" not in keys

    with time_machine.travel(timezone.now() + timedelta(seconds=cooldown_seconds() + 1)):
        post_subscribe(client, email="victim@example.org", ip="203.0.113.20")
    assert [m.to for m in mail.outbox].count(["victim@example.org"]) == 2


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://evil.example"},
    ],
)
def test_cross_site_posts_are_refused_in_the_readers_language(client, site_tree, headers):
    response = post_subscribe(client, language="ru", **headers)
    assert response.status_code == 403
    html = response.content.decode()
    assert 'lang="ru"' in html and "Подпишитесь на нашем сайте" in html
    assert not Subscriber.objects.exists() and not mail.outbox


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "same-origin", "HTTP_ORIGIN": "http://testserver"},
        {"HTTP_SEC_FETCH_SITE": "none"},
        {"HTTP_ORIGIN": "http://testserver"},
        {},  # an old browser or a script: left to the rate limit and the cooldown
    ],
)
def test_posts_from_our_own_pages_are_accepted(client, site_tree, headers):
    assert post_subscribe(client, **headers).status_code == 302
    assert Subscriber.objects.filter(email="reader@example.org").exists()


def test_the_consent_source_is_not_taken_from_the_client(client, site_tree):
    post_subscribe(client, language="tg", data={"source": "https://evil.example/fake"})
    assert Subscriber.objects.get().consent_source == "/tg/newsletter/subscribe/"
    html = client.get("/en/").content.decode()
    assert 'name="source"' not in html


def test_a_stranger_cannot_change_a_pending_subscription(client, site_tree, taxonomy):
    pending = SubscriberFactory(
        email="pending@example.org",
        language="ru",
        topics=["migration-health"],
        status=Subscriber.Status.PENDING,
        confirmed_at=None,
    )
    consent = (pending.consent_at, pending.consent_source, pending.consent_policy_version)
    post_subscribe(
        client, email="pending@example.org", language="tg", data={"topics": ["labour-migration"]}
    )
    pending.refresh_from_db()
    assert pending.language == "ru" and pending.topics == ["migration-health"]
    assert (pending.consent_at, pending.consent_source, pending.consent_policy_version) == consent
    # Its confirmation link is sent again, in its own language.
    [message] = mail.outbox
    assert "/ru/newsletter/confirm/" in message.body


# Fault 9: confirmation links bound to the subscriber's state; personal pages.


def test_an_old_confirmation_link_does_not_resubscribe_after_unsubscribing(client, site_tree):
    post_subscribe(client)
    old_link = confirm_path(mail.outbox[0])
    assert client.post(old_link).status_code == 302
    subscriber = Subscriber.objects.get()
    assert subscriber.is_confirmed
    client.post(url("unsubscribe", subscriber.token))
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED

    for response in (client.get(old_link), client.post(old_link)):
        assert response.status_code == 400
        assert "This link no longer works" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED

    # Subscribing again sends a new link, which works, and renews the consent.
    unsubscribed_at = subscriber.unsubscribed_at
    caches["ratelimit"].clear()  # past the cooldown
    post_subscribe(client, ip="198.51.100.2")
    new_link = confirm_path(mail.outbox[-1])
    assert new_link != old_link
    assert client.post(new_link).status_code == 302
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed and subscriber.consent_at > unsubscribed_at


def test_the_confirmation_link_does_not_carry_the_permanent_token(client, site_tree):
    post_subscribe(client)
    subscriber = Subscriber.objects.get()
    [message] = mail.outbox
    assert subscriber.token not in message.body
    assert subscriber.token not in message.alternatives[0][0]
    key = confirm_path(message).rstrip("/").rsplit("/", 1)[-1]
    assert signing.loads(key, salt=CONFIRM_SALT) == [subscriber.pk, subscriber.state_version]


def test_pages_showing_an_address_are_not_stored_or_indexed(client, site_tree, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    subscriber = SubscriberFactory(email="private@example.org")
    pending = SubscriberFactory(status=Subscriber.Status.PENDING, confirmed_at=None)
    pages = [
        url("confirm", pending.confirmation_key()),
        url("unsubscribe", subscriber.token),
        url("preferences", subscriber.token),
        url("erase", subscriber.token),
        url("preferences", "no-such-token"),
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert response["Cache-Control"] == "no-store", path
        assert "noindex" in response["X-Robots-Tag"], path
        assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
    assert "private@example.org" in client.get(pages[1]).content.decode()


ORIGINS = ["http://testserver", "HTTP://TestServer ", "https://testserver", "http://[", "null", ""]
FETCH_SITES = ["same-origin", "none", "same-site", "cross-site", "Same-Origin"]


@given(
    origin=st.sampled_from(ORIGINS) | st.text(max_size=40),
    fetch_site=st.none() | st.sampled_from(FETCH_SITES) | st.text(max_size=20),
)
def test_only_our_own_origin_passes_whatever_the_headers_say(origin, fetch_site):
    headers = {"HTTP_ORIGIN": origin}
    if fetch_site is not None:
        headers["HTTP_SEC_FETCH_SITE"] = fetch_site
    request = RequestFactory().post("/en/newsletter/subscribe/", **headers)
    own = origin.strip().lower() in ("http://testserver", "http://testserver/")
    allowed_site = fetch_site is None or fetch_site.strip().lower() in ("same-origin", "none")
    assert is_cross_site(request) == (not (own and allowed_site))
