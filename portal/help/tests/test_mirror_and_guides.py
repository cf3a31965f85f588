"""The directory offline (static mirror) and the guides' FAQPage data."""

import json
import re
from decimal import Decimal

import pytest

from portal.mirror.bake import bake

from .factories import GuidePageFactory, ServicePageFactory, add_channel, add_hours

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal_aid(help_index):
    service = ServicePageFactory(
        parent=help_index, title="Bokhtar Legal Aid", slug="bokhtar-legal-aid", area="khatlon"
    )
    add_hours(service, (0, "00:00", "00:00"))
    add_channel(service, "phone", "+992 00 000 0101")
    return service


def test_the_mirror_holds_the_region_list_and_the_service_with_tap_to_call(legal_aid, tmp_path):
    output = tmp_path / "mirror"
    bake(output, search=False)
    region = (output / "en/help/index--region=khatlon.html").read_text()
    assert "Bokhtar Legal Aid" in region and 'href="tel:+992000000101"' in region
    service = (output / "en/help/bokhtar-legal-aid/index.html").read_text()
    assert 'href="tel:+992000000101"' in service
    assert 'method="post"' not in service  # the report form needs the live site


def test_guides_carry_faq_json_ld_and_link_their_services(client, help_index, legal_aid):
    guide = GuidePageFactory(
        parent=help_index,
        title="Your rights at work",
        body=[
            (
                "question",
                {"question": "Is legal help free?", "answer": "<p>Yes, <b>always</b>.</p>"},
            )
        ],
    )
    guide.services.add(legal_aid)
    guide.save_revision().publish()
    html = client.get(guide.url).content.decode()
    data = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["@type"] == "FAQPage"
    assert data["mainEntity"] == [
        {
            "@type": "Question",
            "name": "Is legal help free?",
            "acceptedAnswer": {"@type": "Answer", "text": "Yes, always."},
        }
    ]
    assert "Bokhtar Legal Aid" in html and 'href="tel:+992000000101"' in html


def test_region_list_has_a_server_drawn_map_with_numbered_markers(client, help_index, legal_aid):
    legal_aid.latitude, legal_aid.longitude = Decimal("37.836"), Decimal("68.78")
    legal_aid.save_revision().publish()
    ServicePageFactory(parent=help_index, title="Aaa first, no map point", area="khatlon")
    html = client.get("/en/help/?region=khatlon").content.decode()
    svg = html.split('<figure class="help-map">')[1].split("</figure>")[0]
    assert svg.startswith("<svg") and "<polygon" in svg and "<script" not in svg
    # The service is second in the list, so its marker is numbered 2.
    assert "<title>2. Bokhtar Legal Aid</title>" in svg and svg.count('class="marker"') == 1
    assert "help-map" not in client.get("/en/help/?region=russia").content.decode()


def test_the_map_outlines_every_region_and_highlights_the_chosen_one(client, help_index, legal_aid):
    legal_aid.latitude, legal_aid.longitude = Decimal("37.836"), Decimal("68.78")
    legal_aid.save_revision().publish()
    html = client.get("/en/help/?region=khatlon").content.decode()
    svg = html.split('<figure class="help-map">')[1].split("</figure>")[0]
    regions = set(re.findall(r'data-region="([a-z]+)"', svg))
    assert regions == {"dushanbe", "sughd", "khatlon", "gbao", "drs"}
    current = set(re.findall(r'class="region region--current" data-region="([a-z]+)"', svg))
    assert current == {"khatlon"}
    # The whole region is in view, not only the one marker: Khatlon spans ~2.7° of
    # longitude, more than the 1.5° drawn around a lone marker, and all of it shows.
    khatlon = [
        [float(n) for n in point.split(",")]
        for points in re.findall(r'region--current" data-region="khatlon" points="([^"]+)"', svg)
        for point in points.split()
    ]
    width = float(re.search(r'viewBox="0 0 ([\d.]+)', svg).group(1))
    xs = [x for x, _y in khatlon]
    assert min(xs) >= -1 and max(xs) <= width + 1 and max(xs) - min(xs) > width * 0.6
