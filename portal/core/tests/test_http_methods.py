"""HTTP methods (issue 11, fault 12): HEAD answered wherever GET is, with the same
headers and no body; TRACE refused on every URL; OPTIONS answered with `Allow` and
no page; methods a page does not take refused."""

import pytest
from django.test import Client

from portal.contact.models import ContactPage
from portal.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

READER = "GET, HEAD, OPTIONS"


@pytest.fixture
def urls(site_tree, news_index):
    ArticlePageFactory(parent=news_index, slug="border-training")
    contact = ContactPage.objects.live().get(locale__language_code="en").url
    return {
        "/robots.txt": READER,
        "/sitemap.xml": READER,
        "/en/": READER,
        "/ru/news/": READER,
        "/en/news/border-training/": READER,
        "/en/news/feed/": READER,
        "/tg/search/?q=x": READER,
        contact: "GET, HEAD, OPTIONS, POST",
    }


def methods(allow: str) -> set[str]:
    return {method.strip() for method in allow.split(",")}


@pytest.mark.parametrize("url", ["/robots.txt", "/sitemap.xml", "/en/", "/en/search/?q=x"])
def test_head_is_answered_like_get_without_a_body(client, site_tree, url):
    get, head = client.get(url), client.head(url)
    assert get.status_code == head.status_code == 200
    assert head.content == b""
    for header in ("Content-Type", "Content-Security-Policy", "X-Content-Type-Options"):
        assert head[header] == get[header]


def test_trace_is_refused_on_every_url(urls):
    client = Client()
    others = ["/", "/en/no-such-page/", "/admin/login/", "/static/css/portal.css", "/media/x"]
    for url in [*urls, *others, "/en/newsletter/subscribe/"]:
        response = client.generic("TRACE", url)
        assert response.status_code == 405, url
        assert response.content == b"", url
        assert "TRACE" not in response["Allow"] and "GET" in methods(response["Allow"]), url
    for method in ("TRACK", "CONNECT"):
        assert client.generic(method, "/en/").status_code == 405


def test_options_names_the_methods_and_sends_no_page(urls):
    client = Client()
    for url, allow in urls.items():
        response = client.options(url)
        assert response.status_code == 200, url
        assert methods(response["Allow"]) == methods(allow), url
        assert response.content == b"" and response["Content-Length"] == "0", url


def test_a_view_that_lists_its_methods_answers_options_with_them(client, site_tree):
    response = client.options("/en/newsletter/subscribe/")
    assert response.status_code == 200 and response.content == b""
    assert {"GET", "HEAD", "POST", "OPTIONS"} <= methods(response["Allow"])


def test_pages_refuse_methods_readers_never_use(client, urls):
    for method in ("PUT", "PATCH", "DELETE"):
        response = client.generic(method, "/en/news/border-training/")
        assert response.status_code == 405 and methods(response["Allow"]) == methods(READER)
