"""Listings with filters: the filters come first, folded in a <details> "Filter", and
each active filter is a chip that removes it (news, projects, search)."""

import datetime
import re

import pytest

from portal.news.models import ArticleKind
from portal.news.tests.factories import ArticlePageFactory
from portal.projects.models import ProjectStatus
from portal.projects.tests.factories import ProjectPageFactory
from portal.taxonomy.tests.factories import PlaceFactory

pytestmark = pytest.mark.django_db


def chips(html):
    """(href, accessible name, visible text) of each chip."""
    block = re.search(r'<ul class="chips"[^>]*>(.*?)</ul>', html, re.S)
    if block is None:
        return []
    return [
        (href.replace("&amp;", "&"), name, re.sub(r"<[^>]+>|×", "", text).strip())
        for href, name, text in re.findall(
            r'<a href="([^"]*)" aria-label="([^"]*)">(.*?)</a>', block.group(1), re.S
        )
    ]


def test_news_filters_come_first_folded_and_active_ones_are_removable_chips(
    client, news_index, taxonomy
):
    khatlon = PlaceFactory(name="Khatlon", slug="khatlon", region="Khatlon")
    for n in range(3):
        article = ArticlePageFactory(
            parent=news_index, title=f"Kulob {n}", date=datetime.date(2021, 3, n + 1)
        )
        article.places.add(khatlon)
        article.save()
    ArticlePageFactory(parent=news_index, title="Elsewhere", date=datetime.date(2020, 1, 1))

    html = client.get("/en/news/").content.decode()
    panel = html.index('<details class="filters filter-panel">')
    assert "<summary>Filter</summary>" in html
    # Before the articles and the pagination, so that phones show it first; folded.
    assert panel < html.index('<article class="teaser')
    assert '<details class="filters filter-panel" open' not in html
    assert chips(html) == []  # nothing filtered, nothing to remove

    html = client.get("/en/news/?place=khatlon&kind=news&year=2021").content.decode()
    assert html.index('<ul class="chips"') < html.index('<article class="teaser')
    assert chips(html) == [
        ("?place=khatlon&year=2021", "Remove filter: News", "News"),
        ("?kind=news&year=2021", "Remove filter: Khatlon", "Khatlon"),
        ("?kind=news&place=khatlon", "Remove filter: 2021", "2021"),
    ]
    assert '<a href="?">Clear all filters</a>' in html

    # Following a chip's link removes that filter only.
    html = client.get("/en/news/?kind=news&year=2021").content.decode()
    assert [name for _href, name, _text in chips(html)] == [
        "Remove filter: News",
        "Remove filter: 2021",
    ]


def test_news_chips_are_named_in_the_readers_language(client, site_tree):
    ru_news = site_tree.sections["news"]["ru"]
    ArticlePageFactory(
        parent=ru_news, locale=ru_news.locale, kind=ArticleKind.STORY, privacy_marker="name_changed"
    )
    html = client.get("/ru/news/?kind=story").content.decode()
    assert "<summary>Фильтр</summary>" in html
    assert [name for _href, name, _text in chips(html)] == ["Убрать фильтр: История"]


def test_project_filters_come_first_with_chips(client, site_tree, taxonomy):
    projects = site_tree.sections["projects"]["en"]
    ProjectPageFactory(parent=projects, title="Health outreach", thematic_area=taxonomy.health)
    ProjectPageFactory(
        parent=projects,
        title="Old labour project",
        status=ProjectStatus.COMPLETED,
        thematic_area=taxonomy.labour,
    )
    html = client.get("/en/projects/?status=completed&theme=labour-migration").content.decode()
    assert html.index('<details class="filters filter-panel">') < html.index(
        '<article class="teaser'
    )
    assert chips(html) == [
        ("?theme=labour-migration", "Remove filter: Completed", "Completed"),
        ("?status=completed", "Remove filter: Labour migration", "Labour migration"),
    ]


def test_search_kind_filter_is_folded_with_a_chip_and_one_search_box(client, news_index):
    from portal.sitesearch.tests.test_search import article

    article(news_index, title="Festival news", lead="The film festival opened.")
    article(
        news_index,
        title="Festival call",
        lead="Send films to the festival.",
        kind=ArticleKind.CALL,
        call_closes_on="2030-01-01",
    )
    html = client.get("/en/search/", {"q": "festival", "kind": "call"}).content.decode()
    assert html.index('<details class="filters filter-panel">') < html.index("search-result")
    assert chips(html) == [("?q=festival", "Remove filter: Call for entries", "Call for entries")]
    # One search box on the search page: the page's own, not the header's as well.
    assert html.count('type="search"') == 1
