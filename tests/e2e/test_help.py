"""The help directory on a cheap phone: 360 px wide, in Tajik, JavaScript off."""

from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
OPEN_NOW_TG = "Ҳоло кушода"
LEGAL_AID_TG = "Ёрии ҳуқуқӣ"


def serious_violations(page) -> list:
    results = Axe().run(page)
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_a_phone_reader_finds_an_open_legal_aid_service_in_khatlon(chromium, demo_site):
    from portal.help.models import GuidePage

    phone = chromium.new_context(
        java_script_enabled=False, viewport={"width": 360, "height": 740}, locale="tg-TJ"
    )
    page = phone.new_page()
    page.set_default_timeout(20000)
    page.goto(f"{demo_site.url}/tg/help/")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "help-tg-phone.png", full_page=True)
    page.get_by_role("link", name="Вилояти Хатлон").first.click()
    cards = (
        page.locator("li.service-card").filter(has_text=OPEN_NOW_TG).filter(has_text=LEGAL_AID_TG)
    )
    expect(cards.first).to_be_visible()
    call = cards.first.locator('a[href^="tel:"]').first
    expect(call).to_be_visible()
    assert call.get_attribute("href").startswith("tel:+992")
    box = call.bounding_box()
    assert box["height"] >= 40  # a finger-sized target
    page.screenshot(path=SCREENSHOTS / "help-khatlon-tg-phone.png", full_page=True)
    cards.first.get_by_role("link").first.click()
    expect(page.locator("h1")).to_be_visible()
    page.screenshot(path=SCREENSHOTS / "help-service-tg-phone.png", full_page=True)
    phone.close()

    desktop = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = desktop.new_page()
    page.set_default_timeout(20000)
    guide = GuidePage.objects.live().filter(locale__language_code="en").first()
    for path in ("/en/help/", "/tg/help/?region=khatlon", page_url(demo_site, guide)):
        page.goto(path if path.startswith("http") else f"{demo_site.url}{path}")
        assert serious_violations(page) == [], path
    page.screenshot(path=SCREENSHOTS / "help-guide-en-desktop.png", full_page=True)
    desktop.close()


def page_url(demo_site, page) -> str:
    return f"{demo_site.url}{page.url}"
