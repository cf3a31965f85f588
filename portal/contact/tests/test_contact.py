import re

import pytest
from django.core import mail
from django.core.cache import cache
from wagtail.models import Site

from portal.contact.models import ContactMessage
from portal.contact.templatetags.contact_tags import decode_email, obfuscated_email
from portal.core.models import MissionSettings

pytestmark = pytest.mark.django_db

ADDRESS = "press.office@mission.example.org"
URL = "/en/contact/"
VALID = {
    "name": "Dilnoza",
    "email": "dilnoza@example.net",
    "subject": "Film festival",
    "message": "How do I send my film?",
    "website": "",
}


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()  # the rate limit counts in the cache, which outlives a test
    yield
    cache.clear()


@pytest.fixture
def mission(site_tree):
    settings_ = MissionSettings.for_site(Site.objects.get(is_default_site=True))
    settings_.address = "Mission Building\n12 Ayni Street\nDushanbe 734025"
    settings_.phones = "+992 44 600 00 01"
    settings_.fax = "+992 44 600 00 02"
    settings_.contact_email = ADDRESS
    settings_.save()
    return settings_


def test_contact_page_shows_address_phones_and_fax(client, mission):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mission Building<br>12 Ayni Street" in html
    assert "+992 44 600 00 01" in html and "+992 44 600 00 02" in html
    assert '<script src="/static/js/contact-reveal.js" defer></script>' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_email_address_never_appears_in_the_html(client, mission):
    html = client.get(URL).content.decode()
    for harvestable in (ADDRESS, "press.office", "mailto", "&#64;", "&#x40;", "%40"):
        assert harvestable not in html
    button = re.search(r"<button[^>]*reveal-email[^>]*>", html).group(0)
    assert " hidden" in button  # shown only by the script
    key, value = re.search(r'data-k="([^"]+)" data-v="([^"]+)"', button).groups()
    assert decode_email(key, value) == ADDRESS  # what contact-reveal.js computes


def test_obfuscated_email_changes_every_render_and_has_no_at_sign():
    first, second = str(obfuscated_email(ADDRESS)), str(obfuscated_email(ADDRESS))
    assert first != second
    for output in (first, second):
        assert "@" not in output and "mailto" not in output and "example.org" not in output
    assert obfuscated_email("") == ""


def test_valid_message_is_stored_mailed_and_redirected(client, mission):
    response = client.post(URL, VALID)
    assert response.status_code == 302
    assert response["Location"] == "/en/contact/?sent=1"
    message = ContactMessage.objects.get()
    assert (message.name, message.email, message.subject, message.language) == (
        "Dilnoza",
        "dilnoza@example.net",
        "Film festival",
        "en",
    )
    assert message.mailed
    [sent] = mail.outbox
    assert sent.to == [ADDRESS] and sent.reply_to == ["dilnoza@example.net"]
    assert "Film festival" in sent.subject and "How do I send my film?" in sent.body
    html = client.get(response["Location"]).content.decode()
    assert "Thank you. Your message has been sent" in html


def test_mail_goes_to_default_from_email_when_no_contact_address(client, site_tree, settings):
    client.post(URL, VALID)
    assert mail.outbox[0].to == [settings.DEFAULT_FROM_EMAIL]


def test_subject_line_breaks_cannot_inject_headers(client, mission):
    client.post(URL, {**VALID, "subject": "Hello\r\nBcc: victim@example.com"})
    assert ContactMessage.objects.get().subject == "Hello Bcc: victim@example.com"
    assert "\n" not in mail.outbox[0].subject


def test_honeypot_pretends_success_and_stores_nothing(client, mission):
    html = client.get(URL).content.decode()
    assert re.search(r'<div class="hp-field">\s*<label for="id_website">Leave this empty', html)
    assert re.search(
        r'<input[^>]*name="website"[^>]*tabindex="-1"|<input[^>]*tabindex="-1"[^>]*name="website"',
        html,
    )
    response = client.post(URL, {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    assert not ContactMessage.objects.exists()
    assert not mail.outbox


def test_invalid_input_shows_errors_and_stores_nothing(client, mission):
    response = client.post(URL, {**VALID, "email": "not-an-address", "message": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter a valid email address." in html and "This field is required." in html
    assert 'value="Dilnoza"' in html  # what the reader typed is kept
    assert not ContactMessage.objects.exists() and not mail.outbox


def test_rate_limit_after_five_posts_returns_429_and_stores_nothing(client, mission):
    for _n in range(5):
        assert client.post(URL, VALID).status_code == 302
    response = client.post(URL, {**VALID, "subject": "Sixth"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Your message was not sent" in html
    assert '<form class="form" method="post"' in html and 'value="Sixth"' in html
    assert (
        ContactMessage.objects.count() == 5
        and not ContactMessage.objects.filter(subject="Sixth").exists()
    )
    assert len(mail.outbox) == 5
    # Another address is not affected.
    assert client.post(URL, VALID, REMOTE_ADDR="10.1.2.3").status_code == 302


def test_messages_are_read_only_in_the_admin(admin_client, mission):
    client_message = ContactMessage.objects.create(
        name="A", email="a@example.net", subject="S", message="M"
    )
    assert admin_client.get("/admin/contact_messages/").status_code == 200
    assert (
        admin_client.get(f"/admin/contact_messages/inspect/{client_message.pk}/").status_code == 200
    )
    assert admin_client.get(f"/admin/contact_messages/edit/{client_message.pk}/").status_code in (
        302,
        403,
    )
    assert admin_client.get("/admin/contact_messages/new/").status_code in (302, 403)
