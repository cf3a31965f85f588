"""The gazetteer file: readable, consistent, and strict about mistakes."""

import re

import pytest

from portal.taxonomy.gazetteer import GazetteerError, gazetteer, parse
from portal.taxonomy.models import OrganizationType

VALID = """
regions:
  sughd:
    name: {en: Sughd, ru: Согдийская область, tg: вилояти Суғд}
places:
  - slug: khujand
    name: {en: Khujand, ru: Худжанд, tg: Хуҷанд}
    region: sughd
    old_names: [Leninabad]
organizations:
  - slug: iom
    name: {en: International Organization for Migration}
    acronym: IOM
    type: un_agency
"""


def _ways_of_writing(entries):
    """name or spelling -> slugs of the entries written that way."""
    found = {}
    for entry in entries:
        for text in {*entry.names.values(), *entry.aliases}:
            found.setdefault(text, set()).add(entry.slug)
    return found


@pytest.mark.parametrize("kind", ["places", "organizations"])
def test_every_name_and_spelling_points_to_one_entry(kind):
    entries = getattr(gazetteer(), kind)
    assert len(entries) >= 15
    shared = {text: slugs for text, slugs in _ways_of_writing(entries).items() if len(slugs) > 1}
    assert shared == {}


def test_places_have_their_region_in_every_language():
    places = gazetteer()
    assert places.region_name("sughd", "ru") == "Согдийская область"
    assert places.region_name("sughd", "tg") == "вилояти Суғд"
    assert places.region_name("", "ru") == ""
    bokhtar = places.place("bokhtar")
    assert bokhtar.region == "khatlon" and "Kurgan-Tyube" in bokhtar.old_names
    assert {o.type for o in places.organizations} <= set(OrganizationType.values)


def test_missing_names_fall_back_tajik_to_russian_and_russian_to_english():
    asht = gazetteer().place("asht")
    assert (asht.name("en"), asht.name("ru"), asht.name("tg")) == ("Asht", "Ашт", "Ашт")
    afew = gazetteer().organization("afew-international")
    assert afew.name("ru") == afew.name("tg") == "AFEW International"


def test_a_valid_file_reads_into_entries():
    read = parse(VALID)
    khujand = read.place("khujand")
    assert khujand.aliases == ("Leninabad",) and khujand.name("tg") == "Хуҷанд"
    assert read.organization("iom").acronym == "IOM"


@pytest.mark.parametrize(
    "old, new, message",
    [
        ("region: sughd", "region: sogd", "place 'khujand': unknown region 'sogd'"),
        ("old_names:", "old_name:", "places 'khujand': unknown fields ['old_name']"),
        ("{en: Khujand, ", "{", "places 'khujand': `name` needs at least an English name"),
        ("type: un_agency", "type: agency", "organization 'iom': type must be one of"),
        ("[Leninabad]", "Leninabad", "places 'khujand': `old_names` must be a list of texts"),
        (
            "  - slug: khujand\n",
            "  - slug: khujand\n    name: {en: K}\n  - slug: khujand\n",
            "places: slugs given twice: ['khujand']",
        ),
    ],
)
def test_mistakes_are_errors_that_name_the_entry(old, new, message):
    with pytest.raises(GazetteerError, match=re.escape(message)):
        parse(VALID.replace(old, new, 1))
