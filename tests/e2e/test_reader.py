"""What a reader does, in a real browser, on the demo content."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect


def test_home_in_three_languages(page, demo_site):
    expectations = {"en": "News", "ru": "Новости", "tg": "Хабарҳо"}
    for language, news_label in expectations.items():
        page.goto(f"{demo_site.url}/{language}/")
        assert page.locator("html").get_attribute("lang") == language
        expect(page.get_by_role("navigation", name=re.compile(".+")).first).to_be_visible()
        expect(
            page.locator(".main-nav").get_by_role("link", name=news_label, exact=True)
        ).to_be_visible()
        assert page.locator("article.teaser").count() >= 3


def test_root_redirects_by_accept_language(chromium, demo_site):
    context = chromium.new_context(
        locale="ru-RU", extra_http_headers={"Accept-Language": "ru-RU,ru;q=0.9"}
    )
    page = context.new_page()
    page.goto(f"{demo_site.url}/")
    assert page.url.endswith("/ru/")
    context.close()


def test_switching_language_on_an_article(page, demo_site):
    from portal.news.models import ArticlePage

    russian = ArticlePage.objects.live().filter(locale__language_code="ru").first()
    english = ArticlePage.objects.get(
        translation_key=russian.translation_key, locale__language_code="en"
    )
    page.goto(f"{demo_site.url}{english.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(english.title)
    page.locator(".lang-switch").get_by_role("link", name="Русский").click()
    expect(page).to_have_url(re.compile(re.escape(russian.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(russian.title)
    assert page.locator("html").get_attribute("lang") == "ru"


def test_paging_and_filtering_the_news_river(page, demo_site):
    page.goto(f"{demo_site.url}/en/news/")
    first_titles = page.locator("article.teaser h2").all_inner_texts()
    assert len(first_titles) == 10
    page.locator(".pagination").get_by_role("link", name="2", exact=True).click()
    expect(page).to_have_url(re.compile(r"page=2"))
    second_titles = page.locator("article.teaser h2").all_inner_texts()
    assert second_titles and not set(first_titles) & set(second_titles)

    page.locator(".filters").get_by_role("link", name="Story", exact=True).click()
    expect(page).to_have_url(re.compile(r"kind=story"))
    badges = page.locator("article.teaser .badge").first
    expect(badges).to_have_text(re.compile("Story", re.I))
    for badge in page.locator("article.teaser .meta .badge:first-child").all_inner_texts():
        assert badge.lower() == "story"


@pytest.mark.parametrize(
    ("language", "query", "stem"),
    [("en", "trainings", "training"), ("ru", "мигрантов", "мигрант")],
)
def test_search(page, demo_site, language, query, stem):
    page.goto(f"{demo_site.url}/{language}/")
    page.locator("#site-search").fill(query)
    page.locator("#site-search").press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q="))
    results = page.locator(".search-result")
    expect(results.first).to_be_visible()
    marks = page.locator(".search-result mark").all_inner_texts()
    assert any(mark.lower().startswith(stem) for mark in marks), marks


def test_contact_page_without_javascript(page_without_js, demo_site):
    from portal.contact.models import ContactMessage
    from portal.core.models import MissionSettings

    page = page_without_js
    page.goto(f"{demo_site.url}/en/contact/")
    html = page.content()
    address = MissionSettings.objects.first().contact_email
    assert address and address not in html and "mailto:" not in html
    page.get_by_label("Your name").fill("Farrukh")
    page.get_by_label("Your e-mail").fill("farrukh@example.com")
    page.get_by_label("Subject").fill("Hotline hours")
    page.get_by_label("Message").fill("When is the hotline open on Saturdays?")
    page.get_by_role("button", name=re.compile("Send", re.I)).click()
    expect(page.locator("main")).to_contain_text(re.compile("Thank you", re.I))
    assert ContactMessage.objects.filter(email="farrukh@example.com").count() == 1


@pytest.mark.parametrize("path", ["/en/", "ARTICLE", "/en/news/", "/en/search/?q=migrants"])
def test_no_serious_accessibility_violations(page, demo_site, path):
    from portal.news.models import ArticlePage

    if path == "ARTICLE":
        path = (
            ArticlePage.objects.live()
            .filter(locale__language_code="en")
            .exclude(hero_image=None)
            .first()
            .url
        )
    page.goto(f"{demo_site.url}{path}")
    results = Axe().run(page)
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
