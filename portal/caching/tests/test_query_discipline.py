"""Each public page runs a constant number of SQL queries whatever the number of
items: measured at 10 and at 200 items, with the page cache off."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from portal.events.tests.factories import EventPageFactory
from portal.news.tests.factories import ArticlePageFactory
from portal.newsletters.tests.factories import (
    NewsletterIssuePageFactory,
    NewsletterSeriesFactory,
    NewsletterTocEntryFactory,
)
from portal.projects.tests.factories import ProjectPageFactory
from portal.sitesearch.indexing import index_page
from portal.taxonomy.tests.factories import PlaceFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db

SIZES = (10, 200)


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0


class Corpus:
    """Articles (with image, theme, place), events, projects and one newsletter issue
    whose table of contents lists every article; grown in place."""

    def __init__(self, site_tree):
        sections = site_tree.sections
        self.news = sections["news"]["en"]
        self.events = sections["events"]["en"]
        self.projects = sections["projects"]["en"]
        self.theme = ThematicAreaFactory(name="Labour migration", slug="labour-migration")
        self.place = PlaceFactory(name="Khujand", slug="khujand")
        self.image = ImageFactory()
        series = NewsletterSeriesFactory(name="Today", slug="today")
        self.issue = NewsletterIssuePageFactory(
            parent=sections["newsletters"]["en"], series=series, slug="today-1"
        )
        self.size = 0

    def grow(self, size):
        for n in range(self.size, size):
            article = ArticlePageFactory(
                parent=self.news,
                title=f"Migration news {n}",
                lead=f"Labour migrants met in Khujand, item {n}.",
                dateline_place=self.place,
                listing_image=self.image,
            )
            article.thematic_areas.add(self.theme)
            article.save()
            index_page(article)
            NewsletterTocEntryFactory(page=self.issue, article=article, sort_order=n)
            EventPageFactory(parent=self.events)
            project = ProjectPageFactory(parent=self.projects)
            project.save()
        self.size = size
        return self


@pytest.fixture
def corpus(site_tree):
    return Corpus(site_tree)


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


URLS = {
    "home": "/en/",
    "news river": "/en/news/",
    "news river, last page": "/en/news/?page={last_page}",
    "filtered river": "/en/news/?theme=labour-migration&place=khujand&kind=news",
    "article": "{article}",
    "newsletter issue": "/en/newsletters/today-1/",
    "search results": "/en/search/?q=migrants",
}
# Measured (2026-11-25, SQLite) plus a little headroom. Each river page and the home page
# include one Locale query per teaser (dateline_place.localized), bounded by the
# page size; growth with the number of items is caught by the equality check.
BUDGETS = {
    "home": 40,
    "news river": 38,
    "news river, last page": 38,
    "filtered river": 38,
    "article": 28,
    "newsletter issue": 30,
    "search results": 14,
}


def test_pages_run_a_constant_number_of_queries(client, corpus, django_assert_max_num_queries):
    """One corpus, grown from 10 to 200 items, measured on every page at both sizes
    (building 200 items is the slow part, so it is done once)."""
    counts = {name: [] for name in URLS}
    for size in SIZES:
        corpus.grow(size)
        article = corpus.news.get_children().live().last().url
        for name, pattern in URLS.items():
            url = pattern.format(last_page=size // 10, article=article)
            client.get(url)  # warm per-process caches (content types, sites, renditions)
            with django_assert_max_num_queries(BUDGETS[name], info=f"{name} at {size} items"):
                counts[name].append(queries_for(client, url))
    growing = {name: found for name, found in counts.items() if found[0] != found[1]}
    assert growing == {}, f"queries at 10 and 200 items: {growing}"
