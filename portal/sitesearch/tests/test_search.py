"""Site search: per-language stemming on whichever database runs the suite (SQLite by
default, PostgreSQL with TEST_DATABASE_URL), indexing on publish, the results page."""

import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from portal.news.models import ArticleKind, PrivacyMarker
from portal.news.tests.factories import ArticlePageFactory
from portal.sitesearch import text
from portal.sitesearch.models import SearchEntry
from portal.sitesearch.query import excerpt, kind_counts, search

pytestmark = pytest.mark.django_db


def published(page):
    """Publish through a revision, as editors do, so Wagtail sends page_published."""
    page.save_revision().publish()
    return page


def article(parent, **kwargs):
    return published(ArticlePageFactory(parent=parent, locale=parent.locale, **kwargs))


def paragraph_body(html):
    return json.dumps([{"type": "paragraph", "value": html}])


@pytest.fixture
def ru_news(site_tree):
    return site_tree.sections["news"]["ru"]


@pytest.fixture
def tg_news(site_tree):
    return site_tree.sections["news"]["tg"]


def titles(entries):
    return [entry.title for entry in entries]


def test_russian_inflected_query_finds_page(client, ru_news):
    article(
        ru_news,
        title="Консультации в Душанбе",
        lead="Мигранты получили бесплатные консультации юристов.",
    )
    article(ru_news, title="Погода", lead="В горах выпал снег.")

    assert titles(search("мигрантов", "ru")) == ["Консультации в Душанбе"]
    html = client.get("/ru/search/", {"q": "мигрантов"}).content.decode()
    assert "Консультации в Душанбе" in html and "Погода" not in html
    # The excerpt marks the word as the page spells it.
    assert "<mark>Мигранты</mark>" in html


def test_english_plural_query_finds_singular(client, news_index):
    article(
        news_index, title="Border officers complete course", lead="A week of training in Khujand."
    )
    article(news_index, title="Unrelated", lead="Remittances grew last year.")

    assert titles(search("trainings", "en")) == ["Border officers complete course"]
    html = client.get("/en/search/", {"q": "trainings"}).content.decode()
    assert "Border officers complete course" in html and "Unrelated" not in html
    assert "<mark>training</mark>" in html


def test_streamfield_body_is_indexed_as_plain_text(news_index):
    page = article(
        news_index,
        title="Seasonal work",
        lead="A new guide.",
        body=paragraph_body("<p>Advice for <b>seasonal</b> workers &amp; their families.</p>"),
    )
    entry = SearchEntry.objects.get(page=page)
    assert "Advice for seasonal workers & their families." in entry.body
    assert "<b>" not in entry.body
    assert titles(search("worker families", "en")) == ["Seasonal work"]


def test_languages_do_not_leak(client, news_index, ru_news):
    article(news_index, title="Training in English", lead="Training for officers.")
    article(
        ru_news, title="Тренинг для мигрантов", lead="Training по-русски: тренинг для мигрантов."
    )

    assert titles(search("training", "ru")) == ["Тренинг для мигрантов"]
    assert titles(search("training", "en")) == ["Training in English"]
    assert search("мигрантов", "en").count() == 0
    html = client.get("/ru/search/", {"q": "training"}).content.decode()
    assert "Тренинг для мигрантов" in html and "Training in English" not in html
    html = client.get("/en/search/", {"q": "мигрантов"}).content.decode()
    assert "Тренинг" not in html


def test_tajik_matches_with_or_without_tajik_letters(tg_news):
    article(tg_news, title="Ҳуқуқи муҳоҷирон", lead="Маслиҳат дар бораи ҳуқуқҳо.")

    assert titles(search("ҳуқуқи", "tg")) == ["Ҳуқуқи муҳоҷирон"]
    # Typed on a Russian keyboard: х for ҳ, к for қ, ч for ҷ.
    assert titles(search("хукуки мухочирон", "tg")) == ["Ҳуқуқи муҳоҷирон"]
    assert search("ҳуқуқи", "ru").count() == 0
    # No Tajik stemmer: a query word also finds the words it begins, endings added.
    assert titles(search("муҳоҷир", "tg")) == ["Ҳуқуқи муҳоҷирон"]
    entry = search("муҳоҷир", "tg").get()
    assert "<mark>Ҳуқуқи</mark>" in str(text.highlight(entry.title, "хукук", "tg"))
    assert str(text.highlight(entry.title, "муҳоҷир", "tg")) == "Ҳуқуқи <mark>муҳоҷирон</mark>"


def test_unpublish_and_delete_remove_results(news_index):
    first = article(news_index, title="Hotline opens", lead="A hotline for migrants.")
    second = article(news_index, title="Second hotline", lead="Another hotline for migrants.")
    assert search("hotline", "en").count() == 2

    first.unpublish()
    assert titles(search("hotline", "en")) == ["Second hotline"]
    second.delete()
    assert search("hotline", "en").count() == 0
    assert not SearchEntry.objects.filter(title__contains="hotline").exists()


def test_drafts_are_not_searchable_until_published(news_index):
    page = article(news_index, title="Clinic", lead="A clinic opens in Kulob.")
    page.lead = "A clinic opens in Khorog."
    page.save_revision()  # a draft: readers still see Kulob
    assert search("Khorog", "en").count() == 0
    assert search("Kulob", "en").count() == 1
    page.get_latest_revision().publish()
    assert search("Khorog", "en").count() == 1
    assert search("Kulob", "en").count() == 0


def test_private_pages_are_not_found(news_index):
    page = article(news_index, title="Internal memo", lead="Staff rota for the hotline.")
    assert search("rota", "en").count() == 1
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert search("rota", "en").count() == 0


def test_title_matches_rank_first(news_index):
    article(news_index, title="Labour markets", lead="A study mentions remittances once.")
    article(news_index, title="Remittances in 2020", lead="Remittances fell and then recovered.")
    assert titles(search("remittances", "en"))[0] == "Remittances in 2020"


def test_kind_filter(client, news_index):
    article(news_index, title="Festival news", lead="The film festival opened.")
    article(
        news_index,
        title="Festival call",
        lead="Send films to the festival.",
        kind=ArticleKind.CALL,
        call_closes_on="2030-01-01",
    )
    assert titles(search("festival", "en", kind=ArticleKind.CALL)) == ["Festival call"]
    counts = {item.kind: item.count for item in kind_counts("festival", "en")}
    assert counts == {"news": 1, "call": 1}

    response = client.get("/en/search/", {"q": "festival", "kind": "call"})
    assert [r.entry.title for r in response.context["results"]] == ["Festival call"]
    html = response.content.decode()
    assert "<mark>Festival</mark> call</a>" in html and "Festival</mark> news" not in html
    assert 'href="?q=festival&amp;kind=news"' in html
    assert 'href="?q=festival&amp;kind=call" aria-current="true"' in html
    assert 'href="?q=festival">' in html  # "All" clears the filter


def test_section_pages_are_indexed_with_their_type(site_tree):
    entry = SearchEntry.objects.get(page=site_tree.sections["news"]["en"])
    assert entry.kind == "newsindexpage" and entry.language == "en"
    # Home pages only repeat their sections: not indexed.
    assert not SearchEntry.objects.filter(page=site_tree.homes["en"]).exists()


def test_highlighting_by_stem_and_escaping(news_index):
    page = article(
        news_index,
        title="Safety <first>",
        lead="Migrants & families: trained staff answer. "
        + "Filler words here. " * 40
        + "Training ends.",
    )
    entry = SearchEntry.objects.get(page=page)
    html = str(excerpt(entry, "trainings", "en"))
    assert "<mark>trained</mark>" in html
    assert "&amp; families" in html and "<first>" not in html
    assert html.endswith(" …")  # long text is cut at a word boundary

    ru = text.excerpt("Здесь мигранты и их семьи.", "мигрантов", "ru")
    assert str(ru) == "Здесь <mark>мигранты</mark> и их семьи."
    # A match deep in the text brings the excerpt to it.
    deep = str(text.excerpt("Начало. " * 80 + "Консультации для мигрантов.", "мигранты", "ru"))
    assert deep.startswith("… ") and "<mark>мигрантов</mark>" in deep


def test_results_are_paginated(client, news_index):
    for n in range(13):
        article(news_index, title=f"Roundtable {n:02d}", lead="A roundtable on migration data.")
    first = client.get("/en/search/", {"q": "roundtable"})
    assert first.context["page_obj"].paginator.count == 13
    assert len(first.context["results"]) == 10
    html = first.content.decode()
    assert 'href="?q=roundtable&amp;page=2"' in html
    second = client.get("/en/search/", {"q": "roundtable", "page": 2})
    assert len(second.context["results"]) == 3
    seen = {r.entry.pk for r in first.context["results"]} | {
        r.entry.pk for r in second.context["results"]
    }
    assert len(seen) == 13
    # Out-of-range and nonsense page numbers fall back to a real page.
    assert (
        client.get("/en/search/", {"q": "roundtable", "page": 99}).context["page_obj"].number == 2
    )
    assert (
        client.get("/en/search/", {"q": "roundtable", "page": "x"}).context["page_obj"].number == 1
    )


def test_query_count_does_not_grow_with_results(client, news_index):
    article(news_index, title="Border post one", lead="Border management.")

    def queries_for_search():
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/en/search/", {"q": "border"})
        return len(ctx.captured_queries), len(response.context["results"])

    client.get("/en/search/", {"q": "border"})  # warm per-process caches (site root paths)
    few, shown = queries_for_search()
    assert shown == 1
    for n in range(6):
        article(news_index, title=f"Border post {n}", lead="Border management.")
    client.get("/en/search/", {"q": "border"})  # publishing started a new cache generation
    many, shown = queries_for_search()
    assert shown == 7
    assert many == few


def test_empty_query_shows_form(client, site_tree):
    response = client.get("/en/search/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="q"' in html and "What are you looking for?" in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "!!!",
        "OR",
        "AND NOT",
        "NEAR(a b",
        "a:b",
        "-",
        "'; DROP TABLE x; --",
        "\x00null",
        "   ",
        "&<>",
    ],
)
def test_nonsense_queries_never_fail(client, news_index, query):
    article(news_index, title="Something", lead="Something to find.")
    response = client.get("/en/search/", {"q": query, "kind": "nope", "page": "-1"})
    assert response.status_code == 200


def test_long_query_is_truncated(client, news_index):
    article(news_index, title="Migration data", lead="Figures on migration.")
    response = client.get("/en/search/", {"q": "migration " + "x" * 5000})
    assert response.status_code == 200
    assert len(response.context["search_query"]) == text.MAX_QUERY_LENGTH
    # The search box in the header keeps the query.
    response = client.get("/en/search/", {"q": "migration"})
    assert 'value="migration"' in response.content.decode()
    assert response.context["results"][0].entry.title == "Migration data"


def test_story_privacy_does_not_block_indexing(news_index):
    article(
        news_index,
        title="Return home",
        lead="How a family rebuilt their life.",
        kind=ArticleKind.STORY,
        privacy_marker=PrivacyMarker.NAME_CHANGED,
    )
    assert titles(search("families", "en")) == ["Return home"]


def test_rebuild_command_reindexes_everything(news_index, ru_news):
    article(news_index, title="Water project", lead="Clean water for Rasht Valley.")
    article(ru_news, title="Проект водоснабжения", lead="Чистая вода для мигрантов.")
    SearchEntry.objects.all().delete()
    assert search("water", "en").count() == 0

    from io import StringIO

    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    expected = SearchEntry.objects.count()
    assert f"Indexed {expected} pages" in out.getvalue()
    assert titles(search("waters", "en")) == ["Water project"]
    assert titles(search("мигранты", "ru")) == ["Проект водоснабжения"]
    # Running it again leaves the same index.
    call_command("rebuild_search_index", stdout=StringIO())
    assert SearchEntry.objects.count() == expected


def test_only_the_newest_matches_are_ranked_and_counted(client, news_index, monkeypatch):
    """A common word on a large site: the newest MAX_CANDIDATES matches, said so."""
    import datetime

    from portal.sitesearch import query

    monkeypatch.setattr(query, "MAX_CANDIDATES", 3)
    for day in range(1, 6):
        article(
            news_index,
            title=f"Remittances report {day}",
            date=datetime.date(2024, 1, day),
            lead="Remittances grew.",
        )
    assert sorted(titles(search("remittances", "en"))) == [
        "Remittances report 3",
        "Remittances report 4",
        "Remittances report 5",
    ]
    assert sum(item.count for item in kind_counts("remittances", "en")) == 3
    html = client.get("/en/search/", {"q": "remittances"}).content.decode()
    assert "The newest 3 of many results for" in html
    assert "Remittances report 1" not in html
