import datetime

import pytest

from portal.figures.models import KeyFigure
from portal.home.models import HomePageFigure
from portal.news.tests.factories import ArticlePageFactory
from portal.projects.models import ProjectStatus
from portal.projects.tests.factories import ProjectPageFactory

pytestmark = pytest.mark.django_db


def test_home_shows_latest_news_glance_and_figures_with_sources(client, site_tree, taxonomy):
    news = site_tree.sections["news"]["en"]
    for n in range(8):
        ArticlePageFactory(
            parent=news, title=f"Story number {n}", date=datetime.date(2024, 1, n + 1)
        )
    projects = site_tree.sections["projects"]["en"]
    ProjectPageFactory(parent=projects, status=ProjectStatus.ACTIVE, thematic_area=taxonomy.labour)
    ProjectPageFactory(parent=projects, status=ProjectStatus.ACTIVE, thematic_area=taxonomy.health)
    ProjectPageFactory(
        parent=projects, status=ProjectStatus.COMPLETED, thematic_area=taxonomy.health
    )
    home = site_tree.homes["en"]
    figure = KeyFigure.objects.create(
        value="500,000",
        label="citizens working abroad",
        year=2023,
        source_name="Migration Service",
        locale=home.locale,
    )
    HomePageFigure.objects.create(page=home, figure=figure)

    html = client.get("/en/").content.decode()
    # The six newest articles, newest first.
    assert html.index("Story number 7") < html.index("Story number 2")
    assert "Story number 1" not in html
    # Mission at a glance is computed from live projects, not typed.
    assert "<strong>2</strong> active projects" in html
    assert "<strong>2</strong> thematic areas covered" in html
    # A key figure never appears without its year and source.
    assert "500,000" in html and "(2023)" in html and "Migration Service" in html


def test_home_query_count_does_not_grow_with_content(
    client, site_tree, django_assert_max_num_queries
):
    news = site_tree.sections["news"]["en"]
    for n in range(12):
        ArticlePageFactory(parent=news, date=datetime.date(2024, 2, n + 1))
    client.get("/en/")  # warm caches (site root, settings)
    with django_assert_max_num_queries(40):
        assert client.get("/en/").status_code == 200
