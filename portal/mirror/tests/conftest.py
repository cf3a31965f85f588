"""Fixtures of the mirror tests."""

import pytest


@pytest.fixture
def articles(news_index, taxonomy):
    from portal.news.models import ArticleKind
    from portal.news.tests.factories import ArticlePageFactory

    made = [ArticlePageFactory(parent=news_index) for _ in range(12)]
    story = ArticlePageFactory(
        parent=news_index, kind=ArticleKind.STORY, privacy_marker="name_changed"
    )
    story.thematic_areas.add(taxonomy.labour)
    story.save_revision().publish()
    return [*made, story]
