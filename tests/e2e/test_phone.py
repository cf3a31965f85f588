"""A reader on a 360-px phone: every menu item in sight, thumb-sized language
buttons, one search box, filters first and folded, phone numbers that do not break."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

PHONE = {"width": 360, "height": 640}


@pytest.fixture
def phone(chromium, demo_site):
    context = chromium.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def in_viewport(box):
    return (
        box is not None
        and box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= PHONE["width"]
        and box["y"] + box["height"] <= PHONE["height"]
    )


def no_sideways_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_header_on_a_phone(phone, demo_site, language):
    home = Page.objects.get(depth=2, locale__language_code=language)
    sections = home.get_children().live().public().in_menu().count()
    assert sections >= 8  # news, projects, events, newsletters, videos, galleries, help, contact
    for path in (f"/{language}/", f"/{language}/no-such-page/"):
        phone.goto(f"{demo_site.url}{path}")
        links = phone.locator(".main-nav a")
        assert links.count() == sections
        for n in range(links.count()):
            box = links.nth(n).bounding_box()
            assert in_viewport(box), (path, links.nth(n).inner_text(), box)
        languages = phone.locator(".lang-switch a")
        assert languages.count() == 3
        for n in range(languages.count()):
            box = languages.nth(n).bounding_box()
            assert box["height"] >= 44 and box["width"] >= 44, (path, box)
            assert in_viewport(box)
        assert no_sideways_scroll(phone), path
    # The 404 page is the site's own, in the address's language, phone-wide.
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        {"en": "Page not found", "ru": "Страница не найдена", "tg": "Саҳифа ёфт нашуд"}[language]
    )


def test_one_search_box_filters_first_and_phone_numbers_whole(phone, demo_site):
    # The search page has one search box, not the header's and its own.
    phone.goto(f"{demo_site.url}/en/search/?q=migrants")
    assert phone.locator("input[type=search]:visible").count() == 1
    phone.goto(f"{demo_site.url}/ru/")
    assert phone.locator("input[type=search]:visible").count() == 1

    # The news river: "Filter" comes before the articles, folded.
    phone.goto(f"{demo_site.url}/en/news/")
    summary = phone.locator("summary", has_text="Filter")
    first_article = phone.locator("article.teaser").first
    assert summary.bounding_box()["y"] < first_article.bounding_box()["y"]
    assert in_viewport(summary.bounding_box())
    place = phone.locator(".filter-panel").get_by_role("link", name="Khatlon region", exact=True)
    expect(place).to_be_hidden()
    summary.click()
    expect(place).to_be_visible()
    place.click()
    expect(phone).to_have_url(re.compile(r"place=khatlon"))
    chip = phone.get_by_role("link", name="Remove filter: Khatlon region")
    expect(chip).to_be_visible()
    assert chip.bounding_box()["y"] < first_article.bounding_box()["y"]
    chip.click()
    expect(phone).not_to_have_url(re.compile(r"place="))
    expect(phone.get_by_role("link", name=re.compile("^Remove filter"))).to_have_count(0)

    # Phone numbers are tel: links that stay on one line.
    phone.goto(f"{demo_site.url}/tg/contact/")
    numbers = phone.locator("a.tel")
    assert numbers.count() >= 4  # hotline and two phones on the page, and in the footer
    for n in range(numbers.count()):
        assert re.fullmatch(r"tel:\+?\d+", numbers.nth(n).get_attribute("href"))
        lines = numbers.nth(n).evaluate("el => el.getClientRects().length")
        assert lines == 1, numbers.nth(n).inner_text()
    assert no_sideways_scroll(phone)
