"""The mirror follows every kind of change of published content (`content_changed`):
a delete, a move and a snippet rename rebake what they touch, once committed."""

import pytest

from portal.mirror import signal_handlers
from portal.mirror.bake import bake

from .test_bake import _RebakeQueue, broken_links


@pytest.fixture
def mirror(articles, tmp_path, settings):
    output = tmp_path / "mirror"
    bake(output, search=False, jobs=1)
    settings.MIRROR_ROOT = str(output)
    return output


def test_deleting_a_page_removes_it_from_the_mirror(
    mirror, articles, django_capture_on_commit_callbacks
):
    gone = articles[0]
    page = mirror / "en/news" / gone.slug / "index.html"
    assert page.is_file()
    with django_capture_on_commit_callbacks(execute=True):
        gone.delete()
    assert not page.exists()
    assert gone.title not in (mirror / "en/news/index.html").read_text()
    assert broken_links(mirror) == []


def test_moving_a_page_bakes_it_at_its_new_address(
    mirror, articles, site_tree, django_capture_on_commit_callbacks
):
    moved = articles[1]
    old = mirror / "en/news" / moved.slug / "index.html"
    assert old.is_file()
    events = site_tree.sections["events"]["en"]
    with django_capture_on_commit_callbacks(execute=True):
        # Straight through the API: the admin would refuse this parent; the mirror
        # only needs a page whose address changes.
        moved.move(events, pos="last-child")
    assert not old.exists()
    assert moved.title in (mirror / "en/events" / moved.slug / "index.html").read_text()
    assert moved.title not in (mirror / "en/news/index.html").read_text()


def test_renaming_a_thematic_area_rebakes_the_pages_that_show_it(
    mirror, articles, taxonomy, django_capture_on_commit_callbacks
):
    story = articles[-1]
    page = mirror / "en/news" / story.slug / "index.html"
    assert "Labour migration" in page.read_text()
    with django_capture_on_commit_callbacks(execute=True):
        taxonomy.labour.name = "Labour mobility"
        taxonomy.labour.save()
    assert "Labour mobility" in page.read_text()
    assert "Labour mobility" in (mirror / "en/news/index.html").read_text()  # its filter


def test_changes_in_one_transaction_queue_one_rebake(
    settings, articles, monkeypatch, django_capture_on_commit_callbacks, tmp_path
):
    settings.MIRROR_ROOT = str(tmp_path / "mirror")
    queue = _RebakeQueue()
    monkeypatch.setattr(signal_handlers, "rebake_pages", queue)
    with django_capture_on_commit_callbacks(execute=True):
        for article in articles[:3]:
            article.delete()
    assert len(queue.enqueued) == 1
    assert {a.pk for a in articles[:3]} <= set(queue.enqueued[0])


def test_editing_site_settings_rebakes_the_whole_mirror(
    settings, site_tree, monkeypatch, django_capture_on_commit_callbacks, tmp_path
):
    from wagtail.models import Site

    from portal.core.models import MissionSettings

    settings.MIRROR_ROOT = str(tmp_path / "mirror")
    queue = _RebakeQueue()
    monkeypatch.setattr(signal_handlers, "rebake_pages", queue)
    mission = MissionSettings.for_site(Site.objects.get(is_default_site=True))
    with django_capture_on_commit_callbacks(execute=True):
        mission.phones = "+992 00 000 00 00"
        mission.save()
    assert queue.options == [{"moved_ids": [], "full": True}]
