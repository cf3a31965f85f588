"""The help directory in the offline mirror: the same phone reader (360 px, Tajik,
JavaScript off) finds an open legal-aid service in Khatlon in the baked files."""

import pytest

OPEN_NOW_TG = "Ҳоло кушода"
LEGAL_AID_TG = "Ёрии ҳуқуқӣ"


@pytest.fixture
def mirror(site_tree, tmp_path):
    """Only the site tree and one Tajik service: a bake of minutes for the whole demo
    would buy nothing here. Open round the clock on every day, so that "open now",
    frozen into the files at bake time, never depends on when the test runs."""
    from portal.help.tests.factories import ServicePageFactory, add_channel, add_hours
    from portal.mirror.bake import bake

    service = ServicePageFactory(
        parent=site_tree.sections["help"]["tg"],
        title="Ёрии ҳуқуқии Бохтар",
        slug="bokhtar-legal-aid",
        area="khatlon",
        needs=["legal-aid"],
    )
    add_hours(service, *((weekday, "00:00", "00:00") for weekday in range(7)))
    add_channel(service, "phone", "+992 00 000 0101")
    service.save_revision().publish()
    output = tmp_path / "mirror"
    bake(output, search=False, jobs=1)
    return output


def test_a_phone_reader_finds_an_open_legal_aid_service_in_khatlon_offline(chromium, mirror):
    from playwright.sync_api import expect

    phone = chromium.new_context(
        java_script_enabled=False, viewport={"width": 360, "height": 740}, locale="tg-TJ"
    )
    page = phone.new_page()
    page.set_default_timeout(20000)
    # file:// as a reader opening the unpacked mirror would: no server at all.
    page.goto((mirror / "tg" / "help" / "index.html").as_uri())
    for link in ("Вилояти Хатлон", LEGAL_AID_TG):
        page.get_by_role("link", name=link, exact=True).first.click()
        assert page.url.startswith("file://"), page.url
        cards = (
            page.locator("li.service-card")
            .filter(has_text=OPEN_NOW_TG)
            .filter(has_text=LEGAL_AID_TG)
            .filter(has_text="Бохтар")
        )
        expect(cards).to_have_count(1)
        call = cards.first.locator('a[href^="tel:"]').first
        expect(call).to_be_visible()
        assert call.get_attribute("href") == "tel:+992000000101"
        page.go_back()
    page.get_by_role("link", name="Вилояти Хатлон", exact=True).first.click()
    page.locator("li.service-card").first.get_by_role("link").first.click()
    assert page.url.endswith("/tg/help/bokhtar-legal-aid/index.html"), page.url
    expect(page.locator('a[href="tel:+992000000101"]').first).to_be_visible()
    phone.close()
