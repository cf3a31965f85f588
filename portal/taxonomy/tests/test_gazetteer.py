"""The gazetteer file: readable, consistent, and strict about mistakes."""

import re

import pytest

from portal.taxonomy.gazetteer import GazetteerError, gazetteer, parse
from portal.taxonomy.models import OrganizationType

VALID = """
regions:
  sughd:
    name: {en: Sughd, ru: Согдийская область, tg: вилояти Суғд}
    iso: TJ-SU
    centre: khujand
places:
  - slug: khujand
    name: {en: Khujand, ru: Худжанд, tg: Хуҷанд}
    kind: city
    region: sughd
    old_names: [Leninabad]
  - slug: isfara
    name: {en: Isfara, ru: Исфара}
    kind: city
    region: sughd
  - slug: moscow
    name: {en: Moscow, ru: Москва}
    kind: abroad
    country: RU
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
    assert read.place("isfara").ru_forms == ("Исфары", "Исфаре", "Исфару", "Исфарой")
    assert read.region_info["sughd"].iso == "TJ-SU"
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
        (
            "kind: city\n    region: sughd\n    old",
            "kind: town\n    region: sughd\n    old",
            "place 'khujand': kind must be one of",
        ),
        (
            "country: RU",
            "region: sughd",
            "place 'moscow': a place abroad has a country and no region",
        ),
        (
            "    kind: city\n    region: sughd\n  - slug: moscow",
            "    kind: city\n  - slug: moscow",
            "place 'isfara': unknown region ''",
        ),
        ("centre: khujand", "centre: moscow", "region 'sughd': its centre 'moscow' is not a city"),
        (
            "{en: Isfara, ",
            "{en: Leninabad, ",
            "places: 'Leninabad' is written for both 'khujand' and 'isfara'",
        ),
    ],
)
def test_mistakes_are_errors_that_name_the_entry(old, new, message):
    with pytest.raises(GazetteerError, match=re.escape(message)):
        parse(VALID.replace(old, new, 1))


TAJIKISTAN = {"dushanbe", "sughd", "khatlon", "gbao", "drs"}


def test_every_region_of_tajikistan_with_its_iso_code_centre_and_places():
    read = gazetteer()
    assert set(read.regions) == TAJIKISTAN
    assert {region.iso for region in read.region_info.values()} == {
        "TJ-DU",
        "TJ-SU",
        "TJ-KT",
        "TJ-GB",
        "TJ-RA",
    }
    for key in TAJIKISTAN:
        kinds = [place.kind for place in read.places_in_region(key)]
        assert "district" in kinds or "city-district" in kinds, key
    # Khatlon: four cities and twenty-one districts; Sughd: eight cities.
    khatlon = [p.kind for p in read.places_in_region("khatlon")]
    assert (khatlon.count("city"), khatlon.count("district")) == (4, 21)
    assert [p.kind for p in read.places_in_region("sughd")].count("city") == 8


def test_every_district_and_city_has_a_region_and_every_place_abroad_a_country():
    for place in gazetteer().places:
        if place.kind == "abroad":
            assert not place.region and len(place.country) == 2, place.slug
        else:
            assert place.region in TAJIKISTAN, place.slug
    abroad = {p.slug for p in gazetteer().places if p.kind == "abroad"}
    assert {"moscow", "saint-petersburg", "yekaterinburg", "novosibirsk", "krasnoyarsk"} <= abroad
    assert {"almaty", "astana"} <= abroad


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_no_two_places_share_a_name_in_a_language(language):
    names = [place.names[language] for place in gazetteer().places if language in place.names]
    assert len(names) > 80
    assert sorted(name for name in set(names) if names.count(name) > 1) == []


def _written(text):
    """The place a text names exactly, by any of its names, spellings and forms."""
    found = {p.slug for p in gazetteer().places if text in {*p.names.values(), *p.aliases}}
    return found.pop() if len(found) == 1 else found


@pytest.mark.parametrize(
    "old, today",
    [
        ("Qurghonteppa", "bokhtar"),
        ("Kurgan-Tyube", "bokhtar"),
        ("Leninabad", "khujand"),
        ("Ленинабад", "khujand"),
        ("Kofarnihon", "vahdat"),
        ("Ordzhonikidzeabad", "vahdat"),
        ("Kalininabad", "levakant"),
        ("Sarband", "levakant"),
        ("Chkalovsk", "buston"),
        ("Kayrakkum", "guliston"),
        ("Ura-Tyube", "istaravshan"),
        ("Taboshar", "istiqlol"),
        ("Leninsky district", "rudaki"),
        ("Moskovsky district", "hamadoni"),
        ("Sovetsky district", "temurmalik"),
        ("Komsomolabad", "nurobod"),
        ("Darband", "nurobod"),
        ("Garm", "rasht"),
        ("Гарм", "rasht"),
        ("Kuybyshevsk", "abdurahmoni-jomi"),
        ("Jirgatol", "lakhsh"),
        ("Tavildara", "sangvor"),
        ("Qumsangir", "jayhun"),
        ("Jilikul", "dusti"),
        ("Shuroobod", "shamsiddin-shohin"),
        ("Kolkhozobod", "jaloliddini-balkhi"),
        ("Ghonchi", "devashtich"),
        ("Stalinabad", "dushanbe"),
        ("Nur-Sultan", "astana"),
        ("Alma-Ata", "almaty"),
    ],
)
def test_old_names_lead_to_the_place_today(old, today):
    assert _written(old) == today


@pytest.mark.parametrize(
    "form, slug",
    [
        ("Хатлонской области", "khatlon"),
        ("Согдийской области", "sughd"),
        ("Раштской долине", "rasht-valley"),
        ("Рудакинском районе", "rudaki"),
        ("районе Рудаки", "rudaki"),
        ("Исфаре", "isfara"),
        ("Москве", "moscow"),
        ("Самаре", "samara"),
        ("Горном Бадахшане", "gbao"),
        ("Казани", "kazan"),
    ],
)
def test_russian_case_forms_are_forms_of_their_place(form, slug):
    assert _written(form) == slug
