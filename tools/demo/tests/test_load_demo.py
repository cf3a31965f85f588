"""`portal load_demo` on a fresh site tree: everything is created once, a second
run creates nothing, and the public pages show the content.

One test on purpose: loading the demo takes several seconds.
"""

import io

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from portal.figures.models import KeyFigure
from portal.legacy.models import ImportedItem
from portal.multimedia.models import GalleryPage, VideoPage
from portal.news.models import ArticlePage
from portal.newsletters.models import NewsletterIssuePage
from portal.taxonomy.models import Organization, Place, ThematicArea
from portal.translations.walker import find_latin_text
from tools.demo.data import article_translations, content

pytestmark = pytest.mark.django_db

ARTICLES, ARTICLES_RU = content("articles"), article_translations("ru")
VIDEOS, GALLERIES = content("multimedia")["videos"], content("multimedia")["galleries"]


def _snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "snippets": sum(m.objects.count() for m in (ThematicArea, Place, Organization, KeyFigure)),
        "imported": ImportedItem.objects.count(),
    }


@pytest.fixture
def deferred_tasks(settings):
    """Queue Wagtail's background work (admin search and reference index updates)
    instead of running it inline: the demo does not need it, and it halves the time.
    The portal's own search index is updated on publish regardless."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def test_load_demo_creates_everything_once_and_the_site_shows_it(
    deferred_tasks, site_tree, client, capsys
):
    call_command("load_demo")
    first_run = capsys.readouterr().out
    assert "articles: 31 created" in first_run

    # The demo's own articles; the archive's (below) carry the importer's source key.
    english = ArticlePage.objects.filter(locale__language_code="en", source_key="")
    assert english.count() == len(ARTICLES) >= 30
    assert english.live().count() == english.count()
    for code in ("ru", "tg"):
        translated = ArticlePage.objects.live().filter(locale__language_code=code, source_key="")
        assert translated.count() * 3 >= english.count()
        assert translated.filter(translation_key__in=english.values("translation_key")).count() == (
            translated.count()
        )
    # Translations point at the translated snippets.
    ru_article = ArticlePage.objects.get(locale__language_code="ru", slug="farrukh-bakery-vahdat")
    assert ru_article.title == ARTICLES_RU["farrukh-bakery-vahdat"]["title"]
    assert {t.locale.language_code for t in ru_article.thematic_areas.all()} == {"ru"}
    assert ru_article.dateline_place.name == "Вахдат"
    assert ThematicArea.objects.filter(slug="labour-migration").count() == 3
    assert get_image_model().objects.get(title="Demo illustration: ridges at dawn").width == 1600

    # The archive came in through the legacy importer, published, with its datelines.
    assert "archive items (legacy import): 28 created" in first_run
    archive = ArticlePage.objects.live().exclude(source_key="")
    assert archive.filter(locale__language_code="en").count() == 15
    exercise = archive.get(title__startswith="Border Officers Practise Interviewing Skills")
    assert (str(exercise.date), str(exercise.date_end)) == ("2014-09-23", "2014-09-25")
    assert exercise.dateline_place.name == "Panjakent"
    call = archive.get(title="Call for Entries: Short Story Contest on Migration")
    assert (call.kind, str(call.call_closes_on)) == ("call", "2016-10-31")
    ru_archive = archive.get(title__startswith="В Душанбе прошёл семинар")
    assert ru_archive.locale.language_code == "ru"
    assert ru_archive.get_parent().pk == site_tree.sections["news"]["ru"].pk
    assert (str(ru_archive.date), ru_archive.dateline_place.name) == ("2019-01-29", "Душанбе")
    issue = NewsletterIssuePage.objects.live().get(title="Mission Tajikistan Newsletter")
    assert [e.title for e in issue.toc_entries.all()][0].startswith("Employers and Job Seekers")
    assert all(e.article_id for e in issue.toc_entries.all())

    # Russian and Tajik pages and snippets carry no English beyond names and acronyms,
    # as the translation report (admin and command) sees them.
    assert [(f.language, f.title, f.field, f.excerpt) for f in find_latin_text()] == []
    report = io.StringIO()
    call_command("translation_report", stdout=report)
    assert "No text in Latin script" in report.getvalue()

    # Videos and galleries in every language, translated through and through.
    for code in ("ru", "tg"):
        assert VideoPage.objects.live().filter(locale__language_code=code).count() == len(VIDEOS)
        assert GalleryPage.objects.live().filter(locale__language_code=code).count() == len(
            GALLERIES
        )
    video = VideoPage.objects.get(locale__language_code="tg", slug=VIDEOS[0]["slug"])
    assert video.transcript == VIDEOS[0]["transcript"]["tg"]
    assert {t.locale.language_code for t in video.thematic_areas.all()} == {"tg"}
    gallery = GalleryPage.objects.get(locale__language_code="ru", slug=GALLERIES[0]["slug"])
    assert [i.caption for i in gallery.images.all()] == [
        image["caption"]["ru"] for image in GALLERIES[0]["images"]
    ]
    english = GalleryPage.objects.get(locale__language_code="en", slug=GALLERIES[0]["slug"])
    assert english.images.first().caption == GALLERIES[0]["images"][0]["caption"]["en"]

    before = _snapshot()
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "Nothing changed" in out and " created" not in out
    assert _snapshot() == before

    home = client.get("/en/")
    assert home.status_code == 200
    html = home.content.decode()
    assert "Mission Portal — Tajikistan" in html
    assert "Ministry and partners present the 2025 labour migration report" in html

    news = client.get("/ru/news/")
    assert news.status_code == 200
    html = news.content.decode()
    assert "В Кулябе открылся Ресурсный центр для мигрантов" in html

    article = client.get("/tg/news/farrukh-bakery-vahdat/")
    assert article.status_code == 200
    assert "нонвойхонаи Фаррух" in article.content.decode()

    videos = client.get("/tg/videos/").content.decode()
    assert VIDEOS[0]["title"]["tg"] in videos
    gallery = client.get(f"/ru/galleries/{GALLERIES[0]['slug']}/").content.decode()
    assert GALLERIES[0]["images"][0]["caption"]["ru"] in gallery
    assert "Демонстрационная иллюстрация" in gallery
