import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from portal.mailing.models import Delivery, NewsletterSend, Subscriber
from portal.mailing.sending import deliver_batch, pause_send, queue_send, resume_send
from portal.mailing.tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def alternatives(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def test_issue_reaches_confirmed_subscribers_in_their_language(smtp, issue):
    SubscriberFactory(email="en@example.org", language="en")
    SubscriberFactory(email="ru@example.org", language="ru")
    SubscriberFactory(email="tg@example.org", language="tg")  # no Tajik version: English
    SubscriberFactory(email="pending@example.org", status=Subscriber.Status.PENDING)
    SubscriberFactory(email="gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)

    send = queue_send(issue)

    send.refresh_from_db()
    assert send.status == NewsletterSend.Status.DONE
    assert send.progress() == {"total": 3, "sent": 3, "failed": 0, "skipped": 0, "remaining": 0}
    recipients = sorted(r for rcpt, _m in smtp.messages() for r in rcpt)
    assert recipients == ["en@example.org", "ru@example.org", "tg@example.org"]

    [en] = smtp.messages_to("en@example.org")
    assert en["Subject"] == "Today, issue 12"
    assert en["To"] == "en@example.org"
    assert en["From"] == "Mission Portal <noreply@mission.example.org>"
    assert en["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    subscriber = Subscriber.objects.get(email="en@example.org")
    unsubscribe = f"http://testserver/en/newsletter/unsubscribe/{subscriber.token}/"
    assert en["List-Unsubscribe"].strip() == f"<{unsubscribe}>"  # may be folded
    delivery = Delivery.objects.get(subscriber=subscriber)
    assert en["Message-ID"] == delivery.message_id
    text, html = alternatives(en)
    assert "http://testserver/en/news/hotline/" in text
    links = {a["href"]: a.get_text() for a in BeautifulSoup(html, "html.parser").find_all("a")}
    assert links["http://testserver/en/news/hotline/"] == "Hotline opens"
    assert "A new line for migrants." in text and "A new line for migrants." in html
    preferences = f"http://testserver/en/newsletter/preferences/{subscriber.token}/"
    assert preferences in text and preferences in html

    [ru] = smtp.messages_to("ru@example.org")
    assert ru["Subject"] == "Сегодня, выпуск 12"
    ru_text, ru_html = alternatives(ru)
    assert "Новая линия для мигрантов." in ru_text and "Новая линия для мигрантов." in ru_html
    assert "/ru/newsletter/unsubscribe/" in ru["List-Unsubscribe"]
    [tg] = smtp.messages_to("tg@example.org")
    assert tg["Subject"] == "Today, issue 12"

    # The links in the mail work.
    client = Client(enforce_csrf_checks=True)
    path = preferences.removeprefix("http://testserver")
    assert client.get(path).status_code == 200
    response = client.post(
        unsubscribe.removeprefix("http://testserver"), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_subscribe_confirm_through_real_smtp(smtp, client, site_tree):
    client.post(
        "/ru/newsletter/subscribe/", {"email": "new@example.org", "language": "ru", "source": "/"}
    )
    [message] = smtp.messages_to("new@example.org")
    text, html = alternatives(message)
    link = next(w for w in text.split() if "/newsletter/confirm/" in w)
    assert link.startswith("http://testserver/ru/newsletter/confirm/") and link in html
    assert client.post(link.removeprefix("http://testserver")).status_code == 302
    assert Subscriber.objects.get().is_confirmed


def test_refused_recipients_and_a_dropped_connection_lose_nothing(smtp, issue, settings):
    for n in range(6):
        SubscriberFactory(email=f"r{n}@example.org")
    smtp.refuse = {"r2@example.org"}
    smtp.drop_next = 1

    send = queue_send(issue)

    counts = send.progress()
    assert counts["sent"] == 5 and counts["failed"] == 1 and counts["remaining"] == 0
    refused = Delivery.objects.get(subscriber__email="r2@example.org")
    assert refused.status == Delivery.Status.FAILED and "550" in refused.last_error
    received = sorted(r for rcpt, _m in smtp.messages() for r in rcpt)
    assert received == [f"r{n}@example.org" for n in (0, 1, 3, 4, 5)]  # each exactly once
    retried = Delivery.objects.filter(attempts=2)
    assert retried.count() == 1 and retried.get().status == Delivery.Status.SENT


def test_temporary_failures_back_off_then_give_up(smtp, issue, settings):
    settings.MAILING_RETRY_BACKOFF = 3600
    SubscriberFactory(email="a@example.org")
    smtp.drop_next = 10
    send = queue_send(issue)
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.PENDING and delivery.attempts == 1
    assert delivery.next_attempt_at > send.created_at
    assert deliver_batch(send.pk) == delivery.next_attempt_at  # not due yet: nothing sent
    assert Delivery.objects.get().attempts == 1

    settings.MAILING_RETRY_BACKOFF = 0
    settings.MAILING_MAX_ATTEMPTS = 3
    Delivery.objects.update(next_attempt_at=timezone.now())  # the hour has passed
    assert resume_send(send, restart=True)
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.FAILED and delivery.attempts == 3
    assert smtp.messages() == []


def test_pause_and_resume(smtp, issue, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    for n in range(3):
        SubscriberFactory(email=f"p{n}@example.org")
    send = queue_send(issue)  # queued, no worker yet
    assert pause_send(send)
    assert deliver_batch(send.pk) is None  # a paused send delivers nothing
    assert smtp.messages() == []
    assert resume_send(send)
    assert deliver_batch(send.pk, batch_size=2) is not None  # more to do
    assert len(smtp.messages()) == 2
    assert deliver_batch(send.pk) is None
    send.refresh_from_db()
    assert send.status == NewsletterSend.Status.DONE
    assert len(smtp.messages()) == 3


def test_command_queues_a_send_and_a_test(smtp, issue, capsys):
    SubscriberFactory(email="a@example.org")
    call_command("send_newsletter", "today-12", "--test-to", "editor@example.org")
    [test] = smtp.messages_to("editor@example.org")
    assert test["Subject"] == "[Test] Today, issue 12"
    assert smtp.messages_to("a@example.org") == []
    call_command("send_newsletter", str(issue.pk))
    assert len(smtp.messages_to("a@example.org")) == 1


def test_admin_buttons_send_test_and_show_progress(smtp, issue, admin_client, admin_user):
    admin_user.email = "editor@example.org"
    admin_user.save()
    SubscriberFactory(email="a@example.org")
    edit = admin_client.get(f"/admin/pages/{issue.pk}/edit/")
    assert f"/admin/mailing/issue/{issue.pk}/" in edit.content.decode()
    response = admin_client.post(
        f"/admin/mailing/issue/{issue.pk}/test/", {"email": "editor@example.org"}
    )
    assert response.status_code == 302
    assert len(smtp.messages_to("editor@example.org")) == 1
    admin_client.post(f"/admin/mailing/issue/{issue.pk}/send/", {"confirm": "yes"})
    assert len(smtp.messages_to("a@example.org")) == 1
    page = admin_client.get(f"/admin/mailing/issue/{issue.pk}/")
    assert page.status_code == 200
    assert "Send to subscribers" in page.content.decode()
