"""A project's page lists the news that editors linked to it ("related project" on
the article), in the project's language, with a link to the river filtered to them."""

import datetime

import pytest
from bs4 import BeautifulSoup

from portal.news.tests.factories import ArticlePageFactory
from portal.projects.models import RELATED_NEWS_COUNT
from portal.projects.tests.factories import ProjectPageFactory

from .test_projects import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def project(site_tree):
    english = ProjectPageFactory(
        parent=site_tree.sections["projects"]["en"], title="Safe Migration", slug="safe-migration"
    )
    return english


def _titles(html, selector):
    soup = BeautifulSoup(html, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(selector)]


def test_project_page_lists_its_newest_news_and_links_to_the_filtered_river(
    client, site_tree, project
):
    news = site_tree.sections["news"]["en"]
    for n in range(RELATED_NEWS_COUNT + 1):
        ArticlePageFactory(
            parent=news,
            title=f"Project news {n}",
            related_project=project,
            date=datetime.date(2024, 1, n + 1),
        )
    # Older than the project's news: the factory's default dates grow with every
    # article the session has made.
    older = datetime.date(2023, 12, 31)
    ArticlePageFactory(parent=news, title="Unrelated news", date=older)
    ArticlePageFactory(
        parent=news, title="Draft news", related_project=project, live=False, date=older
    )

    html = client.get("/en/projects/safe-migration/").content.decode()
    listed = _titles(html, ".related-news .teaser h3 a")
    assert listed == [f"Project news {n}" for n in range(RELATED_NEWS_COUNT, 0, -1)]
    soup = BeautifulSoup(html, "html.parser")
    river_link = soup.select(".related-news a")[-1]["href"]
    assert river_link == "/en/news/?project=safe-migration"

    river = client.get(river_link).content.decode()
    assert "Project news 0" in river and "Unrelated news" not in river
    assert "News about the project" in river and "Safe Migration" in river
    # And each article links back to its project.
    article = client.get("/en/news/").content.decode()
    first = BeautifulSoup(article, "html.parser").select_one(".teaser h2 a")["href"]
    assert 'href="/en/projects/safe-migration/"' in client.get(first).content.decode()


def test_translated_project_lists_the_news_in_its_own_language(client, site_tree, project):
    russian_project = translate(project, "ru", title="Безопасная миграция")
    english_article = ArticlePageFactory(
        parent=site_tree.sections["news"]["en"], title="English news", related_project=project
    )
    # A translation made with wagtail-localize keeps pointing at the English project.
    russian_article = english_article.copy_for_translation(russian_project.locale)
    russian_article.title = "Новость по-русски"
    russian_article.save_revision().publish()

    html = client.get(russian_project.url).content.decode()
    assert _titles(html, ".related-news .teaser h3 a") == ["Новость по-русски"]
    assert "English news" not in html
    river = client.get("/ru/news/?project=safe-migration").content.decode()
    assert "Новость по-русски" in river and "English news" not in river


def test_project_without_news_shows_no_news_section(client, project):
    html = client.get("/en/projects/safe-migration/").content.decode()
    assert "related-news" not in html


def test_river_with_an_unknown_project_is_empty_not_an_error(client, site_tree):
    response = client.get("/en/news/?project=no-such-project")
    assert response.status_code == 200
