"""Every way published content changes is announced once, as one `ContentChange`."""

import pytest
from wagtail.models import Site

from portal.core.content import (
    DELETED,
    EDITED,
    MOVED,
    PUBLISHED,
    UNPUBLISHED,
    ContentChange,
    content_changed,
    is_public_content,
)
from portal.core.models import MissionSettings
from portal.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard():
    changes = []

    def listen(sender, change, **kwargs):
        changes.append(change)

    content_changed.connect(listen, dispatch_uid="test-listener")
    yield changes
    content_changed.disconnect(dispatch_uid="test-listener")


def test_publish_and_unpublish(news_index, heard):
    article = ArticlePageFactory(parent=news_index, live=False)
    article.save_revision().publish()
    article.refresh_from_db()
    article.unpublish()
    assert heard == [
        ContentChange(PUBLISHED, pages=(article.pk,)),
        ContentChange(UNPUBLISHED, pages=(article.pk,)),
    ]


def test_delete_names_the_page_and_its_parent(news_index, heard):
    article = ArticlePageFactory(parent=news_index)
    pk = article.pk
    article.delete()
    # Wagtail unpublishes a live page before deleting it.
    assert heard == [
        ContentChange(UNPUBLISHED, pages=(pk,)),
        ContentChange(DELETED, pages=(pk,), parents=(news_index.pk,)),
    ]


def test_move_names_the_page_its_descendants_and_both_parents(site_tree, news_index, heard):
    article = ArticlePageFactory(parent=news_index)
    events = site_tree.sections["events"]["en"]
    article.move(events, pos="last-child")
    assert [(c.action, c.pages, c.parents) for c in heard] == [
        (MOVED, (article.pk,), (news_index.pk, events.pk))
    ]


def test_snippet_and_settings_edits(taxonomy, site_tree, heard):
    mission = MissionSettings.for_site(Site.objects.get(is_default_site=True))
    heard.clear()
    taxonomy.labour.name = "Labour mobility"
    taxonomy.labour.save()
    mission.phones = "+992 00 000 00 00"
    mission.save()
    assert [(c.action, c.objects, c.everywhere) for c in heard] == [
        (EDITED, (taxonomy.labour,), False),
        (EDITED, (mission,), True),
    ]


def test_models_declare_whether_they_show_on_pages():
    from django.contrib.auth.models import User
    from wagtail.images import get_image_model

    from portal.figures.models import KeyFigure
    from portal.taxonomy.models import Place

    assert is_public_content(Place) and is_public_content(KeyFigure)
    assert is_public_content(get_image_model()) and is_public_content(MissionSettings)
    assert not is_public_content(User)
