"""Flooding the page cache cannot reset the rate limits (issue 11, fault 3): pages are
cached only for the query parameters they read, and rate-limit counters live in a
cache of their own."""

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches

from portal.contact.models import ContactPage
from portal.core.generations import content_cache
from portal.news.tests.factories import ArticlePageFactory
from portal.settings.base import next_redis_database

pytestmark = pytest.mark.django_db

HEADER = "X-Portal-Cache"
MESSAGE = {
    "name": "Dilnoza",
    "email": "dilnoza@example.net",
    "subject": "Film festival",
    "message": "How do I send my film?",
    "website": "",
}


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 600


@pytest.fixture
def article(news_index):
    return ArticlePageFactory(parent=news_index, title="Border training", slug="border-training")


def contact_url(site_tree):
    return ContactPage.objects.live().get(locale__language_code="en").url


def test_a_flood_of_query_strings_does_not_reopen_the_contact_form(client, site_tree, article):
    url = contact_url(site_tree)
    for _ in range(5):
        assert client.post(url, MESSAGE).status_code == 302
    assert client.post(url, MESSAGE).status_code == 429
    for n in range(450):
        client.get(f"/en/news/border-training/?utm_source={n}")
    assert client.post(url, MESSAGE).status_code == 429


def test_filling_the_page_cache_leaves_the_rate_limits_alone(client, site_tree):
    """Even values every page reads (search words, page numbers) can be many: the
    counters are kept elsewhere."""
    url = contact_url(site_tree)
    for _ in range(6):
        client.post(url, MESSAGE)
    cache = content_cache()
    for n in range(2000):
        cache.set(f"portal:pagecache:page:{n}", ("generation", [], b"page"))
    cache.clear()
    assert client.post(url, MESSAGE).status_code == 429


def test_rate_limits_have_a_cache_of_their_own():
    alias = django_settings.RATELIMIT_USE_CACHE
    assert alias != getattr(django_settings, "PORTAL_PAGE_CACHE_ALIAS", "default")
    assert caches[alias] is not content_cache()
    assert django_settings.CACHES[alias].get("LOCATION") != django_settings.CACHES["default"].get(
        "LOCATION"
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/1"),
        ("redis://127.0.0.1:6379", "redis://127.0.0.1:6379/1"),
        ("rediss://:secret@redis.example.org:6380/4", "rediss://:secret@redis.example.org:6380/5"),
        ("unix:///run/redis.sock?db=2", "unix:///run/redis.sock?db=3"),
        ("unix:///run/redis.sock", "unix:///run/redis.sock?db=1"),
    ],
)
def test_rate_limits_take_the_next_redis_database(url, expected):
    assert next_redis_database(url) == expected


def test_a_stray_parameter_is_served_the_cached_page(client, article):
    first = client.get("/en/news/border-training/")
    assert first[HEADER] == "miss"
    for query in ("utm_source=x", "utm_source=y&fbclid=z", "page=2"):
        response = client.get(f"/en/news/border-training/?{query}")
        assert response[HEADER] == "hit", query
        assert response.content == first.content


def test_a_listing_is_cached_by_the_parameters_it_reads(client, article):
    client.get("/en/news/?kind=news")
    assert client.get("/en/news/?kind=news&utm_source=x")[HEADER] == "hit"
    assert client.get("/en/news/?utm_source=x&kind=news")[HEADER] == "hit"
    assert client.get("/en/news/?kind=news&page=1")[HEADER] == "miss"  # `page` is read


def test_a_page_first_asked_with_a_stray_parameter_is_stored_without_it(client, article):
    assert client.get("/en/search/?q=border&utm_source=evil")[HEADER] == "miss"
    response = client.get("/en/search/?q=border")
    assert response[HEADER] == "hit"
    # Nothing of the first reader's address in what everyone is served.
    assert "evil" not in response.content.decode()
    assert 'href="/ru/search/?q=border"' in response.content.decode()


def test_refused_values_are_never_stored(client, article):
    for url in ("/en/news/?theme=no-such-theme", "/en/news/?page=abc", "/en/search/?q=a&kind=x"):
        for _ in range(2):
            assert HEADER not in client.get(url), url
