"""The anonymous page cache: what is served from it, what never is, and what clears it."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from portal.news.tests.factories import ArticlePageFactory
from portal.taxonomy.tests.factories import ThematicAreaFactory

pytestmark = pytest.mark.django_db

HEADER = "X-Portal-Cache"


@pytest.fixture(autouse=True)
def empty_cache(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(news_index):
    return ArticlePageFactory(parent=news_index, title="Border training", slug="border-training")


def published(page):
    """Publish through a revision, as editors do, so Wagtail sends page_published."""
    page.save_revision().publish()
    return page


def test_second_anonymous_get_is_served_from_cache_without_sql(
    client, article, django_assert_num_queries
):
    first = client.get("/en/news/border-training/")
    assert first.status_code == 200 and first[HEADER] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/en/news/border-training/")
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    # Headers of the middleware further in (security, ETag) are stored with the page.
    for header in ("X-Content-Type-Options", "Referrer-Policy", "ETag"):
        assert second[header] == first[header]


def test_http_is_redirected_to_https_rather_than_served_from_cache(settings, article):
    settings.SECURE_SSL_REDIRECT = True  # read when the middleware is built
    client = Client()
    assert client.get("/en/news/border-training/", secure=True)[HEADER] == "miss"
    response = client.get("/en/news/border-training/")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")
    assert client.get("/en/news/border-training/", secure=True)[HEADER] == "hit"


def test_cache_is_per_language_and_per_query_string(client, site_tree, news_index):
    ArticlePageFactory(parent=news_index, title="English item")
    ArticlePageFactory(parent=news_index, title="A story", kind="story", privacy_marker="none")
    client.get("/en/news/")
    ru = client.get("/ru/news/")
    assert ru[HEADER] == "miss" and "English item" not in ru.content.decode()
    filtered = client.get("/en/news/?kind=story")
    assert filtered[HEADER] == "miss" and "English item" not in filtered.content.decode()
    assert client.get("/en/news/")[HEADER] == "hit"
    assert client.get("/en/news/?kind=story")[HEADER] == "hit"


def test_logged_in_editor_is_never_served_nor_stored(client, article, admin_user):
    client.force_login(admin_user)
    for _ in range(2):
        response = client.get("/en/news/border-training/")
        assert response.status_code == 200 and HEADER not in response
    client.logout()
    assert client.get("/en/news/border-training/")[HEADER] == "miss"


def test_cached_page_is_not_shown_to_a_reader_with_a_session(client, article, admin_user):
    assert client.get("/en/news/border-training/")[HEADER] == "miss"
    client.force_login(admin_user)
    response = client.get("/en/news/border-training/")
    assert HEADER not in response  # rendered for them: the userbar, their session


def test_admin_and_previews_are_never_cached(client, article, admin_user):
    client.get("/admin/login/")
    assert HEADER not in client.get("/admin/login/")
    client.force_login(admin_user)
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[article.pk]))
    assert preview.status_code == 200 and HEADER not in preview


def test_post_is_never_cached(client, article):
    client.get("/en/search/?q=border")
    response = client.post("/en/search/?q=border")
    assert HEADER not in response


def test_pages_with_a_form_are_not_cached_and_the_contact_form_works(client, article):
    """A page that renders a CSRF token sets the CSRF cookie, so it is never stored:
    no cached page carries anyone's token, and each reader's form validates."""
    assert client.get("/en/news/border-training/")[HEADER] == "miss"
    for _ in range(2):
        response = client.get("/en/contact/")
        assert HEADER not in response and "csrftoken" in response.cookies
    stored = list(cache._cache.values())  # pickled entries of the local-memory cache
    assert any(b"Border training" in value for value in stored)
    assert not any(b"csrfmiddlewaretoken" in value for value in stored)

    client = type(client)(enforce_csrf_checks=True)
    html = client.get("/en/contact/").content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    data = {
        "csrfmiddlewaretoken": token,
        "name": "Dilnoza",
        "email": "dilnoza@example.net",
        "subject": "Film festival",
        "message": "How do I send my film?",
        "website": "",
    }
    response = client.post("/en/contact/", data)
    assert response.status_code == 302 and response["Location"] == "/en/contact/?sent=1"


def test_personal_newsletter_links_are_never_cached(client, site_tree):
    for _ in range(2):
        response = client.get("/en/newsletter/unsubscribe/no-such-token/")
        assert HEADER not in response


def test_publishing_clears_the_cache(client, news_index, article):
    client.get("/en/news/")
    assert client.get("/en/news/")[HEADER] == "hit"
    published(ArticlePageFactory(parent=news_index, title="Fresh news", live=False))
    river = client.get("/en/news/")
    assert river[HEADER] == "miss" and "Fresh news" in river.content.decode()


def test_unpublishing_clears_the_cache(client, article):
    client.get("/en/news/border-training/")
    article.unpublish()
    assert client.get("/en/news/border-training/").status_code == 404


def test_moving_clears_the_cache(client, site_tree, article):
    client.get("/en/news/border-training/")
    ru_news = site_tree.sections["news"]["ru"]
    article.move(ru_news, pos="last-child")
    response = client.get("/en/news/border-training/")
    assert response.status_code == 301 and response["Location"] == "/ru/news/border-training/"


def test_deleting_clears_the_cache(client, article):
    client.get("/en/news/border-training/")
    article.delete()
    assert client.get("/en/news/border-training/").status_code == 404


def test_editing_a_thematic_area_clears_the_cache(client, news_index):
    theme = ThematicAreaFactory(name="Labour migration", slug="labour-migration")
    client.get("/en/news/")
    assert client.get("/en/news/")[HEADER] == "hit"
    theme.name = "Labour mobility"
    theme.save()
    assert client.get("/en/news/")[HEADER] == "miss"


def test_etag_gives_304_on_hits_and_misses(client, article):
    first = client.get("/en/news/border-training/")
    etag = first["ETag"]
    assert first["Last-Modified"]
    not_modified = client.get("/en/news/border-training/", HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304 and not_modified.content == b""
    assert client.get("/en/news/border-training/", HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_cache_can_be_turned_off(client, settings, article):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    client.get("/en/news/border-training/")
    assert HEADER not in client.get("/en/news/border-training/")


def test_home_is_cached(client, site_tree):
    client.get("/en/")
    assert client.get("/en/")[HEADER] == "hit"
