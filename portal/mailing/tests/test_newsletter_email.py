"""The newsletter e-mail as subscribers get it (through a real SMTP server): a
branded HTML part whose styles are inlined by css-inline, the mission's name, logo
and postal address, the unsubscribe and preferences links, in the subscriber's
language; and the plain-text part."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from portal.core.models import MissionSettings
from portal.mailing.models import Subscriber
from portal.mailing.sending import queue_send
from portal.mailing.tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mission(site_tree):
    mission = MissionSettings.for_site(Site.objects.get(is_default_site=True))
    mission.mission_name = "Mission in Tajikistan"
    mission.mission_name_ru = "Миссия в Таджикистане"
    mission.address = "14A Lohuti Street\nDushanbe 734013"
    mission.address_ru = "ул. Лохути, 14А\nДушанбе 734013"
    mission.save()
    return mission


def parts(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, BeautifulSoup(html, "html.parser")


def style(tag) -> str:
    return " ".join((tag.get("style") or "").split())


def test_russian_subscriber_gets_the_branded_issue_with_styles_inlined(smtp, issue, mission):
    SubscriberFactory(email="ru@example.org", language="ru")
    queue_send(issue)
    [message] = smtp.messages_to("ru@example.org")
    text, html = parts(message)
    subscriber = Subscriber.objects.get()

    # Styles from the stylesheet are on the elements; no <style> left but media queries.
    assert "background-color: #0b3d91" in style(html.select_one(".masthead"))
    assert "color: #0b3d91" in style(html.find("h1"))
    assert "font-family: Arial" in style(html.find("body"))
    for sheet in html.find_all("style"):
        assert ".masthead" not in sheet.get_text() and "@media" in sheet.get_text()

    logo = html.select_one(".masthead img")
    assert logo["src"] == "http://testserver/static/img/email-logo.png"
    assert logo["alt"] == "Миссия в Таджикистане"
    assert html.find("html")["lang"] == "ru"
    assert html.find("h1").get_text() == "Сегодня, выпуск 12"

    footer = html.select_one(".footer")
    assert "Миссия в Таджикистане" in footer.get_text()
    assert "ул. Лохути, 14А" in footer.select_one("address").get_text()
    links = {a.get_text(strip=True): a["href"] for a in footer.find_all("a")}
    token = subscriber.token
    assert links["Отписаться"] == f"http://testserver/ru/newsletter/unsubscribe/{token}/"
    assert f"http://testserver/ru/newsletter/preferences/{token}/" in links.values()

    # The plain-text part stays, with the same address and links.
    assert "ул. Лохути, 14А" in text and "Миссия в Таджикистане" in text
    assert f"http://testserver/ru/newsletter/unsubscribe/{token}/" in text
    assert "Новая линия для мигрантов." in text


def test_english_subscriber_gets_the_english_address(smtp, issue, mission):
    SubscriberFactory(email="en@example.org", language="en")
    queue_send(issue)
    [message] = smtp.messages_to("en@example.org")
    _text, html = parts(message)
    assert "14A Lohuti Street" in html.select_one(".footer address").get_text()
    assert html.select_one(".masthead img")["alt"] == "Mission in Tajikistan"
