"""Translating a page never changes another object's existing translation.

An editor submits an English page for translation with wagtail-localize. Snippets the
page refers to (places, organizations, thematic areas, key figures, newsletter series,
and any translatable snippet added later) that already exist in the target language
are used as they are; only missing ones are created, flagged for translation.
"""

import pytest
from django.contrib.messages import get_messages
from django.urls import resolve
from modelcluster.fields import ParentalKey
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin, get_page_models
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

from portal.figures.models import KeyFigure
from portal.news.tests.factories import ArticlePageFactory
from portal.newsletters.tests.factories import NewsletterIssuePageFactory, NewsletterSeriesFactory
from portal.taxonomy.tests.factories import OrganizationFactory, PlaceFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db

RUSSIAN_FIELDS = {
    "taxonomy.place": {"name": "Душанбе", "region": "Душанбе"},
    "taxonomy.thematicarea": {"name": "Трудовая миграция", "description": "О трудовой миграции."},
    "taxonomy.organization": {"name": "Европейский союз", "acronym": "ЕС"},
    "figures.keyfigure": {"label": "мигрантов за рубежом", "source_name": "Министерство труда"},
    "newsletters.newsletterseries": {"name": "Информационный бюллетень"},
}


def _label(obj):
    return obj._meta.label_lower


def translatable_snippet_models():
    """Translatable snippet types some page can refer to: by a foreign key or a
    many-to-many (on the page or on its inline rows) or by a StreamField chooser.
    Snippets no page points at (a directory's hotlines, listed by locale) cannot be
    rewritten by translating a page."""
    translatable = {model for model in get_snippet_models() if issubclass(model, TranslatableMixin)}
    referred = set()

    def walk(block):
        if isinstance(block, SnippetChooserBlock):
            referred.add(block.target_model)
        for child in getattr(block, "child_blocks", {}).values():
            walk(child)
        if getattr(block, "child_block", None) is not None:
            walk(block.child_block)

    for page_model in get_page_models():
        inline_rows = [
            relation.related_model
            for relation in page_model._meta.related_objects
            if isinstance(relation.field, ParentalKey)
        ]
        for model in [page_model, *inline_rows]:
            for field in model._meta.get_fields():
                if isinstance(field, StreamField):
                    walk(field.stream_block)
                elif field.is_relation and not field.auto_created:
                    referred.add(field.related_model)
    return {model._meta.label_lower for model in translatable & referred}


def _in_russian(obj, russian):
    translated = obj.copy_for_translation(russian)
    for field, value in RUSSIAN_FIELDS[_label(obj)].items():
        setattr(translated, field, value)
    translated.save()
    return translated


def _snapshot(obj):
    obj.refresh_from_db()
    return {field.attname: getattr(obj, field.attname) for field in obj._meta.concrete_fields}


@pytest.fixture
def english_pages(site_tree):
    """English pages that refer to every translatable snippet type, in every way a
    page can refer to one (foreign key, many-to-many, StreamField block)."""
    sections = site_tree.sections
    snippets = {
        "dateline_place": PlaceFactory(name="Dushanbe", slug="dushanbe", region="Dushanbe"),
        "other_place": PlaceFactory(name="Khorog", slug="khorog", region="GBAO"),
        "theme": ThematicAreaFactory(name="Labour migration", slug="labour-migration"),
        "partner": OrganizationFactory(name="European Union", slug="eu", acronym="EU"),
        "figure": KeyFigure.objects.create(
            value="520,000",
            label="migrants abroad",
            year=2021,
            source_name="Ministry of Labour",
            locale=Locale.objects.get(language_code="en"),
        ),
        "series": NewsletterSeriesFactory(name="Newsletter", slug="newsletter"),
    }
    article = ArticlePageFactory(
        parent=sections["news"]["en"],
        title="Migrant resource centre opens",
        dateline_place=snippets["dateline_place"],
        body=[("key_figure", {"figure": snippets["figure"]})],
    )
    article.thematic_areas.set([snippets["theme"]])
    article.organizations.set([snippets["partner"]])
    article.places.set([snippets["dateline_place"], snippets["other_place"]])
    article.save_revision().publish()
    issue = NewsletterIssuePageFactory(
        parent=sections["newsletters"]["en"], title="Newsletter No. 1", series=snippets["series"]
    )
    issue.save_revision().publish()
    covered = {_label(obj) for obj in snippets.values()}
    assert covered == translatable_snippet_models(), (
        "A translatable snippet type is not referred to by these test pages: "
        "add it so that translating a page is proven not to overwrite it."
    )
    return [article, issue], snippets


@pytest.fixture
def editor_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(admin)
    return client


def _submit(client, page, *locales):
    url = f"/admin/localize/submit/page/{page.pk}/"
    response = client.post(url, {"locales": [locale.pk for locale in locales]})
    assert response.status_code == 302, response.content[:2000]
    return [str(message) for message in get_messages(response.wsgi_request)]


def _publish_translation(page, locale):
    source = TranslationSource.objects.get_for_instance(page)
    Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)
    return page.get_translation(locale).specific


def test_existing_translations_of_referred_snippets_are_left_as_they_are(
    english_pages, editor_client
):
    pages, snippets = english_pages
    russian = Locale.objects.get(language_code="ru")
    existing = {
        key: _in_russian(obj, russian) for key, obj in snippets.items() if key != "other_place"
    }
    before = {key: _snapshot(obj) for key, obj in existing.items()}

    for page in pages:
        _submit(editor_client, page, russian)
        _publish_translation(page, russian)

    for key, obj in existing.items():
        assert _snapshot(obj) == before[key], f"the Russian {key} was changed"
        # Not put up for translation again: nothing to flag, nothing to overwrite later.
        assert not Translation.objects.filter(
            source__object_id=obj.translation_key, target_locale=russian
        ).exists()

    article, issue = (page.get_translation(russian).specific for page in pages)
    assert article.dateline_place == existing["dateline_place"]
    assert issue.series == existing["series"]
    assert set(article.thematic_areas.all()) == {existing["theme"]}
    assert set(article.organizations.all()) == {existing["partner"]}
    assert article.body[0].value["figure"] == existing["figure"]
    # The place that had no Russian version got one, flagged for translation.
    khorog = snippets["other_place"].get_translation(russian)
    assert set(article.places.all()) == {existing["dateline_place"], khorog}


def test_missing_translations_are_created_and_flagged(english_pages, editor_client):
    pages, snippets = english_pages
    tajik = Locale.objects.get(language_code="tg")

    said = []
    for page in pages:
        said += _submit(editor_client, page, tajik)
        _publish_translation(page, tajik)
    # The editor is told what was created and still needs a translator.
    assert any("Khorog" in message and "Тоҷикӣ" in message for message in said), said

    for key, obj in snippets.items():
        created = obj.get_translation_or_none(tajik)
        assert created is not None, f"no Tajik {key} was created"
        translation = Translation.objects.get(
            source__object_id=obj.translation_key, target_locale=tajik
        )
        assert translation.enabled, f"the Tajik {key} is not flagged for translation"


def test_a_snippet_translated_by_hand_survives_the_next_page_submitted(
    english_pages, editor_client, site_tree
):
    """The first article submitted creates the Russian place (English text, flagged);
    a translator then names it in Russian. Submitting a second article that refers
    to the same place must not reset it to English."""
    pages, snippets = english_pages
    russian = Locale.objects.get(language_code="ru")
    _submit(editor_client, pages[0], russian)
    place = snippets["dateline_place"].get_translation(russian)
    assert place.name == "Dushanbe"  # created from the English, for a translator
    place.name, place.region = "Душанбе", "Душанбе"
    place.save()

    second = ArticlePageFactory(
        parent=site_tree.sections["news"]["en"], dateline_place=snippets["dateline_place"]
    )
    _submit(editor_client, second, russian)
    _publish_translation(second, russian)
    source = TranslationSource.objects.get_for_instance(pages[0])
    response = editor_client.post(
        f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
    )
    assert response.status_code == 302

    place.refresh_from_db()
    assert (place.name, place.region) == ("Душанбе", "Душанбе")
    assert second.get_translation(russian).specific.dateline_place == place


def test_a_place_added_later_is_created_when_translations_are_synced(english_pages, editor_client):
    pages, snippets = english_pages
    russian = Locale.objects.get(language_code="ru")
    article = pages[0]
    _submit(editor_client, article, russian)
    _publish_translation(article, russian)

    kulob = PlaceFactory(name="Kulob", slug="kulob", region="Khatlon")
    article = Page.objects.get(pk=article.pk).specific
    article.dateline_place = kulob
    article.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(article)
    response = editor_client.post(
        f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
    )
    assert response.status_code == 302

    translated = article.get_translation(russian).specific
    assert translated.dateline_place == kulob.get_translation(russian)


def test_wagtail_localize_links_lead_to_the_portal_views():
    from django.urls import reverse

    from portal.core import translation_views

    for name, args, view in [
        ("submit_page_translation", [1], translation_views.PortalSubmitPageTranslationView),
        (
            "submit_snippet_translation",
            ["taxonomy", "place", "1"],
            translation_views.PortalSubmitSnippetTranslationView,
        ),
        ("update_translations", [1], translation_views.PortalUpdateTranslationsView),
    ]:
        match = resolve(reverse(f"wagtail_localize:{name}", args=args))
        assert match.func.view_class is view
