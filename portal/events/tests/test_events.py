import datetime
import json
import re

import pytest
from django.utils import timezone

from portal.events.models import EventFormat, EventPage
from portal.events.tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

NOW = timezone.now().replace(microsecond=0)


def days(n):
    return datetime.timedelta(days=n)


@pytest.fixture
def event_index(site_tree):
    return site_tree.sections["events"]["en"]


def test_upcoming_and_past_are_split_and_ordered(event_index):
    later = EventPageFactory(parent=event_index, title="Later", start=NOW + days(10))
    soon = EventPageFactory(parent=event_index, title="Soon", start=NOW + days(2))
    # Started yesterday, ends tomorrow: still on, so upcoming.
    ongoing = EventPageFactory(
        parent=event_index, title="Ongoing", start=NOW - days(1), end=NOW + days(1)
    )
    recent = EventPageFactory(parent=event_index, title="Recent", start=NOW - days(3), end=None)
    old = EventPageFactory(
        parent=event_index, title="Old", start=NOW - days(30), end=NOW - days(29)
    )

    events = EventPage.objects.live()
    assert list(events.upcoming(NOW)) == [ongoing, soon, later]
    assert list(events.past(NOW)) == [recent, old]


def test_end_before_start_is_rejected():
    event = EventPage(title="x", summary="x", start=NOW, end=NOW - days(1))
    with pytest.raises(Exception) as excinfo:
        event.clean()
    assert "end" in str(excinfo.value)


def test_end_date_is_in_site_time_zone():
    # 20:00 UTC is already the next day in Dushanbe (UTC+5).
    end = datetime.datetime(2025, 3, 1, 20, 0, tzinfo=datetime.UTC)
    event = EventPage(start=end - datetime.timedelta(hours=2), end=end)
    assert event.end_date == datetime.date(2025, 3, 2)
    assert EventPage(start=end).end_date is None
    assert event.utc_offset_display == "UTC+05:00"


def test_event_page_renders_format_place_and_organizers(client, event_index, taxonomy):
    event = EventPageFactory(
        parent=event_index,
        title="Roundtable on safe migration",
        slug="roundtable",
        start=datetime.datetime(2030, 6, 2, 10, 0, tzinfo=timezone.get_current_timezone()),
        end=datetime.datetime(2030, 6, 3, 17, 0, tzinfo=timezone.get_current_timezone()),
        format=EventFormat.HYBRID,
        place=taxonomy.khujand,
        venue="City Hall",
        link="https://example.org/register",
        summary="Officials and NGOs discuss pre-departure orientation.",
    )
    event.organizers.add(taxonomy.eu)
    event.thematic_areas.add(taxonomy.labour)
    event.save_revision().publish()

    response = client.get("/en/events/roundtable/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Roundtable on safe migration" in html
    assert "Hybrid" in html
    assert "City Hall, Khujand" in html
    assert "European Union" in html
    assert "2–3 June 2030" in html and "10:00" in html and "17:00" in html
    assert 'href="https://example.org/register"' in html
    assert "Labour migration" in html
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Event"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["organizer"] == [{"@type": "Organization", "name": "European Union"}]


def test_online_event_shows_no_venue(client, event_index, taxonomy):
    EventPageFactory(
        parent=event_index,
        slug="webinar",
        title="Webinar",
        format=EventFormat.ONLINE,
        place=taxonomy.dushanbe,
    )
    html = client.get("/en/events/webinar/").content.decode()
    assert "Online" in html
    assert "Where" not in html


def test_index_lists_upcoming_and_past(client, event_index, taxonomy):
    EventPageFactory(
        parent=event_index, title="Coming webinar", start=NOW + days(5), place=taxonomy.dushanbe
    )
    EventPageFactory(
        parent=event_index, title="Finished training", start=NOW - days(5), end=NOW - days(4)
    )
    html = client.get("/en/events/").content.decode()
    upcoming, past = html.split('id="past-heading"')
    assert "Coming webinar" in upcoming and "Dushanbe" in upcoming
    assert "Finished training" in past and "Coming webinar" not in past


def test_past_events_are_paginated(client, event_index):
    EventPageFactory(parent=event_index, title="Next campaign day", start=NOW + days(3))
    for n in range(12):
        EventPageFactory(
            parent=event_index, title=f"Past {n:02d}", start=NOW - days(n + 1), end=None
        )
    first = client.get("/en/events/").content.decode()
    assert "Past 00" in first and "Past 09" in first and "Past 10" not in first
    assert 'href="?page=2"' in first
    assert "Next campaign day" in first
    second = client.get("/en/events/?page=2").content.decode()
    assert "Past 10" in second and "Past 11" in second and "Past 00" not in second
    # Upcoming events are shown once, on the first page.
    assert "Next campaign day" not in second
    assert client.get("/en/events/?page=abc").status_code == 200
    assert "Past 11" in client.get("/en/events/?page=99").content.decode()


def test_drafts_are_not_listed(client, event_index):
    EventPageFactory(parent=event_index, title="Secret draft", live=False)
    assert "Secret draft" not in client.get("/en/events/").content.decode()


def test_home_page_lists_upcoming_events(client, event_index):
    EventPageFactory(parent=event_index, title="Campaign day in Kulob", start=NOW + days(4))
    EventPageFactory(parent=event_index, title="Long gone", start=NOW - days(40))
    html = client.get("/en/").content.decode()
    assert "Campaign day in Kulob" in html and "Long gone" not in html
