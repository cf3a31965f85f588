"""The reader's directory: region and need as plain links, results one can call."""

import datetime

import pytest
import time_machine
from django.test import Client

from portal.help.models import NumberReport
from portal.help.sharing import SMS_LENGTH, short_text

from .factories import ServicePageFactory, add_channel, add_hours

pytestmark = pytest.mark.django_db

# Monday 7 December 2026, 10:00 in Dushanbe (05:00 UTC).
MONDAY_MORNING = datetime.datetime(2026, 12, 7, 5, 0, tzinfo=datetime.UTC)


@pytest.fixture
def services(help_index):
    legal = ServicePageFactory(
        parent=help_index, title="Bokhtar Legal Aid", area="khatlon", needs=["legal-aid"]
    )
    add_hours(legal, *[(day, "09:00", "18:00") for day in range(5)])
    add_channel(legal, "phone", "+992 00 000 0101")
    add_channel(legal, "whatsapp", "+992 00 000 0102")
    add_channel(legal, "telegram", "@bokhtar_legal_aid")
    add_channel(legal, "viber", "+992 00 000 0103")
    tb = ServicePageFactory(
        parent=help_index, title="Khujand TB Centre", area="sughd", needs=["health-tb"]
    )
    add_hours(tb, (5, "09:00", "12:00"))  # Saturdays only: closed on Monday
    stale = ServicePageFactory(
        parent=help_index,
        title="Kulob Shelter",
        area="khatlon",
        needs=["shelter"],
        checked_on=datetime.date(2025, 1, 10),
    )
    return legal, tb, stale


@time_machine.travel(MONDAY_MORNING, tick=False)
def test_region_and_need_filter_the_list_with_call_and_messenger_links(client, services):
    html = client.get("/en/help/?region=khatlon&need=legal-aid").content.decode()
    assert "Bokhtar Legal Aid" in html
    assert "Kulob Shelter" not in html and "Khujand TB Centre" not in html
    assert 'href="tel:+99200000010' in html
    assert 'href="https://wa.me/992000000102"' in html
    assert 'href="https://t.me/bokhtar_legal_aid"' in html
    assert 'href="viber://chat?number=%2B992000000103"' in html
    assert "Open now" in html


@time_machine.travel(MONDAY_MORNING, tick=False)
def test_closed_now_from_the_hours(client, services):
    html = client.get("/en/help/?region=sughd").content.decode()
    assert "Khujand TB Centre" in html and "Closed now" in html and "Open now" not in html


@time_machine.travel(MONDAY_MORNING, tick=False)
def test_entries_not_checked_for_six_months_carry_a_warning(client, services):
    html = client.get("/en/help/?region=khatlon").content.decode()
    card = html.split("Kulob Shelter")[1]
    assert "Not checked since 10 January 2025" in card
    assert html.count('class="warning stale"') == 1  # the fresh entry has none
    legal, _tb, stale = services
    assert stale.is_stale(datetime.date(2026, 12, 7))
    assert not legal.is_stale(legal.checked_on + datetime.timedelta(days=180))
    assert legal.is_stale(legal.checked_on + datetime.timedelta(days=200))


def test_unknown_region_or_need_is_refused_and_named(client, services):
    response = client.get("/en/help/?region=atlantis&need=legal-aid")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bokhtar Legal Aid" in html  # the listing without the refused filter
    assert "region" in html.split('class="notice')[1][:400]


def test_start_page_offers_regions_needs_and_countries_as_links(client, services):
    html = client.get("/tg/help/").content.decode()
    assert 'href="?region=khatlon"' in html and 'href="?region=russia"' in html
    assert 'href="?need=legal-aid"' in html


@time_machine.travel(MONDAY_MORNING, tick=False)
def test_service_page_shows_hours_share_text_and_report_form(client, services):
    legal = services[0]
    html = client.get(legal.url).content.decode()
    assert "Open now" in html and "Monday" in html
    assert 'href="sms:?&amp;body=Bokhtar%20Legal%20Aid' in html
    assert 'name="csrfmiddlewaretoken"' in html and 'name="problem"' in html


def test_short_text_fits_one_sms(services):
    legal = services[0]
    assert short_text(legal, "http://t.example/s").startswith(
        "Bokhtar Legal Aid · +992 00 000 0101 · Mon-Fri 09:00-18:00"
    )
    legal.title = "A very long name of a legal aid service " * 6
    text = short_text(legal, "http://example.org/en/help/" + "x" * 80)
    assert len(text) <= SMS_LENGTH
    assert text.endswith("… · +992 00 000 0101")  # the name shortened, the phone kept


def test_report_button_lands_in_the_queue_and_counts_per_service(client, services):
    legal = services[0]
    response = client.post(legal.url, {"problem": "no-answer", "comment": "Rang 3 times"})
    assert response.status_code == 302 and response["Location"].endswith("?reported=1#report")
    client.post(legal.url, {"problem": "wrong-number"})
    assert legal.reports.filter(status="open").count() == 2
    assert client.get(legal.url + "?reported=1").content.decode().count("We will check") == 1


def test_report_with_a_bad_choice_changes_nothing(client, services):
    response = client.post(services[0].url, {"problem": "<script>"})
    assert response.status_code == 400
    assert NumberReport.objects.count() == 0


def test_report_needs_the_csrf_token(services):
    response = Client(enforce_csrf_checks=True).post(services[0].url, {"problem": "other"})
    assert response.status_code == 403
    assert NumberReport.objects.count() == 0


def test_reports_are_rate_limited_per_address(client, services):
    for _ in range(10):
        client.post(services[0].url, {"problem": "other"})
    response = client.post(services[0].url, {"problem": "other"})
    assert response.status_code == 429
    assert NumberReport.objects.count() == 10
