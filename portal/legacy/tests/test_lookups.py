"""Places and organizations an import refers to, taken from the gazetteer when the
portal does not have them yet."""

import pytest
from wagtail.models import Locale

from portal.legacy.lookups import Lookups
from portal.legacy.names import known_place, organizations_in

pytestmark = pytest.mark.django_db


def test_a_new_place_gets_its_name_and_region_in_the_language_of_the_page(site_tree):
    ru = Locale.objects.get(language_code="ru")
    place = Lookups().place(known_place("Истаравшан"), ru)
    assert (place.slug, place.name, place.region) == (
        "istaravshan",
        "Истаравшан",
        "Согдийская область",
    )
    english = Lookups().place(known_place("Istaravshan"), Locale.objects.get(language_code="en"))
    assert (english.name, english.region) == ("Istaravshan", "Sughd")
    assert english.translation_key == place.translation_key


def test_old_names_and_declined_forms_lead_to_the_gazetteer_entry():
    assert known_place("Kurgan-Tyube").slug == "bokhtar"
    assert known_place("Худжанде").slug == "khujand"  # "в Худжанде": derived, not listed
    found = organizations_in("При поддержке Миграционной службы и Евросоюза")
    assert [o.slug for o in found] == ["migration-service", "european-union"]
