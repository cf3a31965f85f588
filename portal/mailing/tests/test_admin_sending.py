"""The editor's side of sending: the action in plain sight on the issue, a test to
any address (the demo admin had none), and a confirmation step before sending to
subscribers that says how many, in which languages, with correct plurals."""

import pytest
from bs4 import BeautifulSoup
from wagtail.users.models import UserProfile

from portal.mailing.models import NewsletterSend
from portal.mailing.tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def in_dropdown(tag) -> bool:
    return any("w-dropdown" in (p.get("data-controller") or "") for p in tag.parents)


def subscribers(en=0, ru=0, tg=0):
    for language, count in (("en", en), ("ru", ru), ("tg", tg)):
        for n in range(count):
            SubscriberFactory(email=f"{language}{n}@example.org", language=language)


def test_send_by_email_is_visible_on_the_issue_without_opening_a_menu(issue, admin_client):
    page = soup(admin_client.get(f"/admin/pages/{issue.pk}/edit/"))
    links = page.find_all("a", href=f"/admin/mailing/issue/{issue.pk}/")
    visible = [link for link in links if not in_dropdown(link)]
    assert visible, links
    assert "Send by e-mail" in visible[0].get_text()


def test_send_by_email_is_not_offered_before_the_issue_exists(newsletters, admin_client):
    response = admin_client.get(
        f"/admin/pages/add/newsletters/newsletterissuepage/{newsletters['en'].pk}/"
    )
    assert response.status_code == 200
    assert "/admin/mailing/issue/" not in response.content.decode()


def test_an_editor_without_an_address_is_told_and_types_one(smtp, issue, admin_client, admin_user):
    admin_user.email = ""
    admin_user.save()
    url = f"/admin/mailing/issue/{issue.pk}/"
    page = admin_client.get(url)
    text = page.content.decode()
    assert "Your account has no e-mail address" in text
    assert ", ," not in text
    field = soup(page).find("input", attrs={"name": "email"})
    assert field is not None and not field.get("value")

    for bad in ("", "not an address"):
        response = admin_client.post(f"{url}test/", {"email": bad})
        assert response.status_code == 200
        assert soup(response).find(class_="error-message") or "valid email" in response.text
    assert not NewsletterSend.objects.exists()

    response = admin_client.post(f"{url}test/", {"email": "colleague@example.org"})
    assert response.status_code == 302
    [message] = smtp.messages_to("colleague@example.org")
    assert message["Subject"] == "[Test] Today, issue 12"


def test_the_editors_own_address_is_filled_in(issue, admin_client, admin_user):
    admin_user.email = "editor@example.org"
    admin_user.save()
    page = soup(admin_client.get(f"/admin/mailing/issue/{issue.pk}/"))
    assert page.find("input", attrs={"name": "email"})["value"] == "editor@example.org"


def test_sending_to_subscribers_asks_for_confirmation_first(smtp, issue, admin_client):
    subscribers(en=2, ru=1, tg=3)  # the issue has a Russian version, no Tajik one
    url = f"/admin/mailing/issue/{issue.pk}/send/"
    sending = soup(admin_client.get(f"/admin/mailing/issue/{issue.pk}/"))
    assert sending.find("a", href=url)  # a link to the confirmation, not a sending form

    confirm = admin_client.get(url)
    assert confirm.status_code == 200
    items = [li.get_text(" ", strip=True) for li in soup(confirm).select(".mailing-audience li")]
    assert items[0].startswith("Tajik: 3 subscribers — they receive the English version")
    assert items[1:] == ["English: 2 subscribers", "Russian: 1 subscriber"]
    assert "6 confirmed subscribers will receive “Today, issue 12”" in confirm.text
    assert not NewsletterSend.objects.exists() and smtp.messages() == []

    admin_client.post(url)  # not the confirmation form's button: nothing happens
    assert not NewsletterSend.objects.exists()

    response = admin_client.post(url, {"confirm": "yes"})
    assert response.status_code == 302
    assert len(smtp.messages()) == 6


def test_one_subscriber_is_singular(issue, admin_client):
    subscribers(en=1)
    confirm = admin_client.get(f"/admin/mailing/issue/{issue.pk}/send/")
    assert "1 confirmed subscriber will receive" in confirm.text
    assert "English: 1 subscriber" in confirm.text


@pytest.mark.parametrize(
    "language, expected",
    [
        (
            "ru",
            [
                "Таджикский: 5 подписчиков",
                "Английский: 2 подписчика",
                "Русский: 1 подписчик",
                "8 подтверждённых подписчиков получат",
            ],
        ),
        (
            "tg",
            ["Тоҷикӣ: 5 обуначӣ", "Англисӣ: 2 обуначӣ", "Русӣ: 1 обуначӣ", "8 обуначии тасдиқшуда"],
        ),
    ],
)
def test_counts_use_the_plurals_of_the_editors_language(
    issue, admin_client, admin_user, language, expected
):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    subscribers(en=2, ru=1, tg=5)
    text = admin_client.get(f"/admin/mailing/issue/{issue.pk}/send/").text
    for phrase in expected:
        assert phrase in text


def test_an_unpublished_issue_cannot_be_sent(issue, admin_client):
    subscribers(en=1)
    issue.unpublish()
    confirm = admin_client.get(f"/admin/mailing/issue/{issue.pk}/send/")
    assert "Publish the issue before sending it." in confirm.text
    assert not soup(confirm).find("input", attrs={"name": "confirm"})
    admin_client.post(f"/admin/mailing/issue/{issue.pk}/send/", {"confirm": "yes"})
    assert not NewsletterSend.objects.exists()
