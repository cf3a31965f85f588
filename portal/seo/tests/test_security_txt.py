"""/.well-known/security.txt follows RFC 9116 and comes from the mission settings."""

import datetime as dt

import pytest
import time_machine
from wagtail.models import Site

from portal.core.models import MissionSettings

NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


def _parse(text: str) -> dict[str, list[str]]:
    """Fields as RFC 9116 section 4 defines them: "Name: value" lines, comments with #."""
    fields: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, separator, value = line.partition(": ")
        assert separator, f"not a field line: {line!r}"
        fields.setdefault(name.lower(), []).append(value)
    return fields


@pytest.fixture
def mission(site_tree):
    mission = MissionSettings.for_site(Site.objects.get(is_default_site=True))
    mission.security_email = "security@mission.example.org"
    mission.security_policy_url = "https://mission.example.org/disclosure/"
    mission.save()
    return mission


@pytest.mark.django_db
def test_security_txt_has_the_fields_rfc_9116_wants(client, mission):
    with time_machine.travel(NOW, tick=False):
        response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = _parse(response.content.decode())
    assert fields["contact"] == ["mailto:security@mission.example.org"]
    assert fields["policy"] == ["https://mission.example.org/disclosure/"]
    assert fields["preferred-languages"] == ["en, ru, tg"]
    assert fields["canonical"] == ["http://testserver/.well-known/security.txt"]
    # Expires: exactly once, an RFC 3339 time, in the future and less than a year and a day away.
    (expires,) = fields["expires"]
    when = dt.datetime.strptime(expires, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    assert NOW < when <= NOW + dt.timedelta(days=366)
    for once in ("expires", "canonical", "preferred-languages", "policy"):
        assert len(fields[once]) == 1


@pytest.mark.django_db
def test_a_contact_page_is_a_second_contact(client, mission):
    mission.security_url = "https://mission.example.org/report/"
    mission.save()
    fields = _parse(client.get("/.well-known/security.txt").content.decode())
    assert fields["contact"] == [
        "mailto:security@mission.example.org",
        "https://mission.example.org/report/",
    ]


@pytest.mark.django_db
def test_no_file_without_a_contact(client, site_tree):
    assert client.get("/.well-known/security.txt").status_code == 404


@pytest.mark.django_db
def test_head_is_answered(client, mission):
    assert client.head("/.well-known/security.txt").status_code == 200
