"""The synthetic corpus is a valid Wagtail tree that the site serves and searches."""

import pytest
from wagtail.models import Page

from portal.core.generations import remember
from portal.news.models import ArticlePage
from portal.sitesearch.models import SearchEntry
from tools.bench.corpus import count_articles, ensure_corpus
from tools.demo.loader import load_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(site_tree):
    load_demo()


def test_corpus_grows_to_n_articles_per_language_without_duplicates(demo, client):
    remember("portal:test:derived", lambda: "before")
    ensure_corpus(12)
    # Written without publish signals, yet no derived value of the old content survives.
    assert remember("portal:test:derived", lambda: "after") == "after"
    assert count_articles() == 12
    ensure_corpus(25)  # grows; never repeats what is there
    assert count_articles() == 25
    for code in ("en", "ru", "tg"):
        assert (
            ArticlePage.objects.filter(slug__startswith="bench-", locale__language_code=code)
            .live()
            .count()
            == 25
        )
    assert Page.find_problems() == ([], [], [], [], [])


def test_synthetic_articles_are_translations_of_each_other_and_are_served(demo, client):
    ensure_corpus(10)
    article = ArticlePage.objects.get(slug="bench-3", locale__language_code="en")
    assert {t.locale.language_code for t in article.get_translations()} == {"ru", "tg"}
    assert article.thematic_areas.exists() and article.hero_image_id
    response = client.get("/ru/news/bench-3/")
    assert response.status_code == 200
    assert (
        article.get_translation(
            article.get_translations().get(locale__language_code="ru").locale
        ).title.encode()
        in response.content
    )
    river = client.get("/en/news/?page=2")
    assert river.status_code == 200 and b"bench-" in river.content


def test_synthetic_pages_are_found_by_the_site_search(demo, client):
    ensure_corpus(10)
    assert SearchEntry.objects.filter(page__slug__startswith="bench-").count() >= 30
    # A synthetic article's own title finds it among the demo's pages (a common word
    # alone ranks the demo's many help pages first).
    article = ArticlePage.objects.filter(slug__startswith="bench-", locale__language_code="ru")[0]
    response = client.get("/ru/search/", {"q": article.title})
    assert response.status_code == 200
    assert f"/ru/news/{article.slug}/".encode() in response.content
