"""A translator translates an article into Russian through wagtail-localize's screens;
the Russian and Tajik places, organizations and thematic areas stay as they were."""

import re

from playwright.sync_api import expect

from .test_editor import _log_in


def _taxonomy_snapshot():
    from portal.taxonomy.models import Organization, Place, ThematicArea

    return {
        model.__name__: sorted(
            model.objects.exclude(locale__language_code="en").values_list(
                "locale__language_code",
                "slug",
                *[f for f in ("name", "region") if hasattr(model, f)],
            )
        )
        for model in (Place, Organization, ThematicArea)
    }


def _article_to_translate():
    """An English article, not yet in Russian, whose dateline place is."""
    from portal.news.models import ArticlePage

    for article in ArticlePage.objects.live().filter(locale__language_code="en"):
        place = article.dateline_place
        if (
            place
            and article.get_translation_or_none(_russian()) is None
            and place.get_translation_or_none(_russian()) is not None
        ):
            return article
    raise AssertionError("the demo has no English-only article with a Russian place")


def _russian():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="ru")


def test_translating_an_article_leaves_other_languages_alone(page, demo_site, django_user_model):
    django_user_model.objects.create_superuser(
        "translator", "translator@example.org", "correct-horse-battery"
    )
    article = _article_to_translate()
    russian_place = article.dateline_place.get_translation(_russian())
    before = _taxonomy_snapshot()
    _log_in(page, demo_site.url, "translator", "correct-horse-battery")

    # From the article's editor: the "Translate" action, then Russian.
    page.goto(f"{demo_site.url}/admin/pages/{article.pk}/edit/")
    translate = page.locator(f"a[href*='/admin/localize/submit/page/{article.pk}/']").first
    if not translate.is_visible():
        page.locator("header [data-w-dropdown-target='toggle']").first.click()
    translate.click()
    page.get_by_label(re.compile("Русский|Russian")).check()
    page.get_by_role("button", name=re.compile("Submit")).click()
    expect(page.locator(".messages")).to_contain_text(re.compile("submitted for translation"))

    # The translation editor: publish the Russian article.
    page.get_by_role("button", name=re.compile("Publish in")).click()
    expect(page.locator(".messages")).to_contain_text(re.compile("Published"))

    translated = article.get_translation(_russian()).specific
    assert translated.live
    assert translated.dateline_place == russian_place
    assert _taxonomy_snapshot() == before

    page.goto(f"{demo_site.url}{translated.url}")
    expect(page.locator("main")).to_contain_text(russian_place.name)
