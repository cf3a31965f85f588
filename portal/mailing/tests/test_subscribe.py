import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone, translation

from portal.mailing.models import PRIVACY_POLICY_VERSION, Subscriber
from portal.mailing.tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"mailing:{name}", args=args)


def post_subscribe(client, email="Reader@Example.org", **data):
    return client.post(
        url("subscribe"),
        {"email": email, "language": "en", "source": "/en/newsletters/", **data},
    )


def link_in(message, path_part):
    return re.search(rf"https?://\S*{path_part}\S*/", message.body).group(0)


def test_subscribe_form_appears_and_works_without_js(client, site_tree):
    response = client.get(url("subscribe"))
    html = response.content.decode()
    assert '<label for="subscribe-email"' in html
    assert 'name="website"' in html and 'class="hp-field"' in html
    assert f'action="{url("subscribe")}"' in html


def test_double_opt_in_sends_only_a_confirmation_and_records_consent(client, site_tree, taxonomy):
    response = post_subscribe(client, topics=["labour-migration"])
    assert response.status_code == 302
    assert response["Location"] == url("subscribe_done")
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "reader@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.topics == ["labour-migration"]
    # Recorded by the server (the form's address), whatever "source" the client sent.
    assert subscriber.consent_source == "/en/newsletter/subscribe/"
    assert subscriber.consent_policy_version == PRIVACY_POLICY_VERSION
    assert subscriber.consent_at is not None
    [message] = mail.outbox
    assert message.to == ["reader@example.org"]
    confirm = link_in(message, "/en/newsletter/confirm/")
    assert confirm.startswith("http://testserver/")

    # GET only shows a button (link scanners do not subscribe anyone); POST confirms.
    path = confirm.removeprefix("http://testserver")
    assert client.get(path).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    response = client.post(path)
    assert response.status_code == 302
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None


def test_same_answer_whatever_the_address_and_no_second_subscriber(client, site_tree):
    SubscriberFactory(email="known@example.org", language="ru")
    known = post_subscribe(client, email="KNOWN@example.org", language="en")
    new = post_subscribe(client, email="new@example.org")
    again = post_subscribe(client, email="new@example.org")
    assert known.status_code == new.status_code == again.status_code == 302
    assert known["Location"] == new["Location"] == again["Location"]
    assert Subscriber.objects.filter(email="known@example.org").count() == 1
    assert Subscriber.objects.filter(email="new@example.org").count() == 1
    known_sub = Subscriber.objects.get(email="known@example.org")
    assert known_sub.language == "ru"  # a stranger cannot change a confirmed subscription
    # The confirmed address is told it is already subscribed, in its own language,
    # and gets no confirmation link; the new one gets one link (the second post falls
    # within the address's cooldown).
    to_known = [m for m in mail.outbox if m.to == ["known@example.org"]]
    assert len(to_known) == 1 and "/confirm/" not in to_known[0].body
    assert "/ru/newsletter/preferences/" in to_known[0].body
    to_new = [m for m in mail.outbox if m.to == ["new@example.org"]]
    assert len(to_new) == 1 and "/confirm/" in to_new[0].body


def test_expired_and_tampered_links_change_nothing(client, site_tree):
    subscriber = SubscriberFactory(status=Subscriber.Status.PENDING, confirmed_at=None)
    with time_machine.travel(timezone.now() - timedelta(days=8)):
        expired = subscriber.confirmation_key()
    key = subscriber.confirmation_key()

    response = client.post(url("confirm", expired))
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    response = client.post(url("confirm", key[:-2] + "xx"))
    assert response.status_code == 400
    # Signed, but not a key: e.g. the permanent token signed as keys once were.
    signed_token = signing.TimestampSigner(salt="mailing.confirm").sign(subscriber.token)
    assert client.post(url("confirm", signed_token)).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    assert client.post(url("confirm", key)).status_code == 302


def test_honeypot_keeps_nothing_and_sends_nothing(client, site_tree):
    response = post_subscribe(client, website="http://spam.example")
    assert response.status_code == 302
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_rate_limit_per_ip(client, site_tree):
    for n in range(5):
        assert post_subscribe(client, email=f"r{n}@example.org").status_code == 302
    response = post_subscribe(client, email="r6@example.org")
    assert response.status_code == 429
    assert not Subscriber.objects.filter(email="r6@example.org").exists()


def test_invalid_address_shows_the_form_again(client, site_tree):
    response = post_subscribe(client, email="not-an-address")
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert not Subscriber.objects.exists()


def test_preferences_change_language_and_topics(client, site_tree, taxonomy):
    subscriber = SubscriberFactory()
    response = client.post(
        url("preferences", subscriber.token),
        {"language": "tg", "topics": ["migration-health"]},
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.language == "tg" and subscriber.topics == ["migration-health"]
    assert client.get(url("preferences", "wrong-token")).status_code == 404


def test_unsubscribe_one_click_post_without_csrf(site_tree):
    from django.test import Client

    subscriber = SubscriberFactory()
    client = Client(enforce_csrf_checks=True)
    page = client.get(url("unsubscribe", subscriber.token))
    assert page.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed  # opening the link changes nothing
    response = client.post(url("unsubscribe", subscriber.token), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None


def test_unsubscribed_address_can_subscribe_again_with_confirmation(client, site_tree):
    SubscriberFactory(email="back@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    post_subscribe(client, email="back@example.org")
    subscriber = Subscriber.objects.get(email="back@example.org")
    assert subscriber.status == Subscriber.Status.PENDING
    assert "/confirm/" in mail.outbox[0].body


def test_erase_deletes_the_address(client, site_tree, issue, smtp):
    from portal.mailing.models import Delivery
    from portal.mailing.sending import queue_send

    subscriber = SubscriberFactory(email="gone@example.org")
    queue_send(issue)
    assert Delivery.objects.filter(subscriber=subscriber, status="sent").count() == 1
    assert client.get(url("erase", subscriber.token)).status_code == 200
    response = client.post(url("erase", subscriber.token))
    assert response.status_code == 200
    assert not Subscriber.objects.filter(email="gone@example.org").exists()
    delivery = Delivery.objects.get()
    assert delivery.subscriber is None and delivery.status == "sent"
    # The send's counts survive; the address is nowhere in the mailing tables.
    assert issue.sends.get().progress()["sent"] == 1
    assert client.get(url("preferences", subscriber.token)).status_code == 404


def test_subscribe_form_on_newsletter_and_home_pages(client, issue, site_tree):
    for path in (issue.url, site_tree.homes["en"].url, site_tree.sections["newsletters"]["en"].url):
        html = client.get(path).content.decode()
        assert 'id="subscribe-heading"' in html, path


def test_subscribe_form_needs_no_csrf_token_so_pages_can_be_cached(site_tree):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert "csrfmiddlewaretoken" not in strict.get("/en/").content.decode()
    response = post_subscribe(strict, email="cached-page@example.org")
    assert response.status_code == 302
    assert Subscriber.objects.filter(email="cached-page@example.org", status="pending").exists()
    assert len(mail.outbox) == 1
