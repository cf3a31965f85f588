"""Places, organizations and thematic areas: one slug across languages, names in the
reader's language, a place named once when it is its own region."""

import pytest
from django.db import IntegrityError, transaction
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Locale

from portal.taxonomy.models import Place
from portal.taxonomy.tests.factories import PlaceFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db

NAMES = st.text(alphabet=st.characters(categories=("L",)), min_size=1, max_size=20)


@pytest.mark.parametrize(
    ("name", "region", "shown"),
    [
        ("Khujand", "Sughd", "Khujand (Sughd)"),
        ("Dushanbe", "Dushanbe", "Dushanbe"),
        ("Sughd region", "Sughd", "Sughd region"),
        ("Согдийская область", "Согдийская область", "Согдийская область"),
        ("Kulob", "", "Kulob"),
        ("Khorog", "GBAO", "Khorog (GBAO)"),
        # A region name inside another word is not the place's own region.
        ("Sughdiyon", "Sughd", "Sughdiyon (Sughd)"),
    ],
)
def test_a_place_that_is_its_own_region_is_named_once(name, region, shown):
    assert Place(name=name, region=region).name_with_region == shown


@given(name=NAMES, region=NAMES)
def test_name_with_region_always_names_the_place(name, region):
    shown = Place(name=name, region=region).name_with_region
    assert shown.startswith(name)
    assert shown in (name, f"{name} ({region})")


def test_one_slug_per_language(site_tree):
    russian = Locale.objects.get(language_code="ru")
    english = ThematicAreaFactory(name="Labour migration", slug="labour-migration")
    translated = english.copy_for_translation(russian)
    translated.name = "Трудовая миграция"
    translated.save()  # the same slug in another language: allowed
    with pytest.raises(IntegrityError), transaction.atomic():
        ThematicAreaFactory(name="Labour mobility", slug="labour-migration")


def test_snippets_are_named_in_the_readers_language(client, site_tree, news_index):
    from portal.news.tests.factories import ArticlePageFactory

    russian = Locale.objects.get(language_code="ru")
    place = PlaceFactory(name="Khujand", slug="khujand", region="Sughd")
    in_russian = place.copy_for_translation(russian)
    in_russian.name, in_russian.region = "Худжанд", "Согдийская область"
    in_russian.save()
    article = ArticlePageFactory(parent=site_tree.sections["news"]["ru"], dateline_place=place)
    html = client.get(article.url).content.decode()
    assert "Худжанд" in html and "Khujand" not in html
    # The Russian river's place filter names it in Russian too, with the shared slug.
    river = client.get(site_tree.sections["news"]["ru"].url).content.decode()
    assert "?place=khujand" in river and "Худжанд" in river
