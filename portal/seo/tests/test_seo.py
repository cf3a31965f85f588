import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from portal.news.tests.factories import ArticlePageFactory
from portal.seo import sitemap as sitemap_module

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
BASE = "http://testserver"


def parse_sitemap(response):
    """{location: {"lastmod": str, "alternates": {hreflang: href}}}"""
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", NS):
        location = url.find("sm:loc", NS).text
        assert location not in entries, f"{location} listed twice"
        lastmod = url.find("sm:lastmod", NS)
        entries[location] = {
            "lastmod": lastmod.text if lastmod is not None else None,
            "alternates": {
                link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
            },
        }
    return entries


@pytest.fixture
def translated_article(site_tree, news_index):
    article = ArticlePageFactory(parent=news_index, title="Border training", slug="border-training")
    article.save_revision().publish()
    for code in ("ru", "tg"):
        copy = article.copy_for_translation(site_tree.homes[code].locale, copy_parents=False)
        copy.save_revision().publish()
    return article


def test_sitemap_lists_every_locale_with_hreflang_alternates(client, translated_article):
    entries = parse_sitemap(client.get("/sitemap.xml"))
    expected = {
        "en": f"{BASE}/en/news/border-training/",
        "ru": f"{BASE}/ru/news/border-training/",
        "tg": f"{BASE}/tg/news/border-training/",
        "x-default": f"{BASE}/en/news/border-training/",
    }
    for code in ("en", "ru", "tg"):
        entry = entries[expected[code]]
        assert entry["alternates"] == expected  # every translation, itself included, plus x-default
        lastmod = datetime.datetime.fromisoformat(entry["lastmod"])
        assert lastmod.tzinfo is not None and lastmod.date() >= datetime.date(2024, 1, 1)
    # The homes and section pages of every language are there too.
    for code in ("en", "ru", "tg"):
        assert f"{BASE}/{code}/" in entries
        assert f"{BASE}/{code}/news/" in entries
        assert entries[f"{BASE}/{code}/news/"]["alternates"]["x-default"] == f"{BASE}/en/news/"


def test_untranslated_page_has_only_its_own_alternate(client, news_index):
    ArticlePageFactory(parent=news_index, slug="english-only")
    entries = parse_sitemap(client.get("/sitemap.xml"))
    url = f"{BASE}/en/news/english-only/"
    assert entries[url]["alternates"] == {"en": url, "x-default": url}
    assert f"{BASE}/ru/news/english-only/" not in entries


def test_russian_only_page_has_no_x_default(client, site_tree):
    ArticlePageFactory(parent=site_tree.sections["news"]["ru"], slug="tolko-ru")
    url = f"{BASE}/ru/news/tolko-ru/"
    assert parse_sitemap(client.get("/sitemap.xml"))[url]["alternates"] == {"ru": url}


def test_drafts_private_pages_and_unpublished_translations_are_left_out(
    client, site_tree, news_index
):
    ArticlePageFactory(parent=news_index, slug="draft", live=False)
    private = ArticlePageFactory(parent=news_index, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    published = ArticlePageFactory(parent=news_index, slug="published")
    # A Russian translation saved but not yet published.
    published.copy_for_translation(site_tree.homes["ru"].locale)
    entries = parse_sitemap(client.get("/sitemap.xml"))
    assert f"{BASE}/en/news/published/" in entries
    assert f"{BASE}/en/news/draft/" not in entries
    assert f"{BASE}/en/news/private/" not in entries
    assert not any("/ru/news/published/" in loc for loc in entries)
    assert "ru" not in entries[f"{BASE}/en/news/published/"]["alternates"]


def test_sitemap_queries_do_not_grow_with_pages(
    client, site_tree, news_index, django_assert_max_num_queries
):
    for n in range(30):
        article = ArticlePageFactory(parent=news_index, slug=f"bulk-{n}")
        if n % 3 == 0:
            article.copy_for_translation(site_tree.homes["ru"].locale).save_revision().publish()
    client.get("/sitemap.xml")  # warm the site root paths cache
    with django_assert_max_num_queries(8):
        entries = parse_sitemap(client.get("/sitemap.xml"))
    assert len([loc for loc in entries if "/news/bulk-" in loc]) == 40


def test_large_sitemap_becomes_an_index_of_sections(client, site_tree, news_index, monkeypatch):
    ArticlePageFactory(parent=news_index, slug="extra")
    monkeypatch.setattr(sitemap_module, "URLS_PER_SITEMAP", 10)
    monkeypatch.setattr("portal.seo.views.URLS_PER_SITEMAP", 10)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    sections = [loc.text for loc in root.findall("sm:sitemap/sm:loc", NS)]
    assert sections[0] == f"{BASE}/sitemap-1.xml" and len(sections) >= 2
    listed = {}
    for section in sections:
        listed.update(parse_sitemap(client.get(section.removeprefix(BASE))))
    assert f"{BASE}/en/news/extra/" in listed
    # Alternates are complete even when translations fall in different sections.
    assert listed[f"{BASE}/ru/news/"]["alternates"]["en"] == f"{BASE}/en/news/"
    assert client.get(f"/sitemap-{len(sections) + 1}.xml").status_code == 404


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:3] == ["User-agent: *", "Allow: /", "Disallow: /admin/"]
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
