"""The help directory's demo content: enough services everywhere, example numbers only,
every text in three languages."""

import re

from portal.help.choices import AREAS, Audience, Need
from portal.help.hours import parse_hours
from portal.taxonomy.gazetteer import gazetteer
from tools.demo.data import content

HELP = content("help")
GUIDES = content("help_guides")
LANGUAGES = {"en", "ru", "tg"}
TAJIK_LETTERS = set("ӣӯҳқғҷ")
# Numbers that cannot be dialled: no operator or area code starts with 0 in these plans.
EXAMPLE_NUMBER = re.compile(r"^\+(992 00|7 000|7 700 000|90 000)[ \d]*$")
CHANNELS = ("phone", "whatsapp", "viber", "imo", "signal")


def test_at_least_forty_services_in_every_region_and_three_countries_abroad():
    services = HELP["services"]
    assert len(services) >= 40
    assert {s["area"] for s in services} == {area.slug for area in AREAS}
    assert len({area.slug for area in AREAS if area.abroad}) >= 3


def test_references_hours_and_vocabularies_are_known():
    extra = {place["slug"] for place in HELP["extra_places"]}
    gazetteer_places = {place.slug for place in gazetteer().places}
    providers = {p["slug"] for p in HELP["providers"]}
    organizations = {o.slug for o in gazetteer().organizations}
    for service in HELP["services"]:
        assert service["place"] in extra | gazetteer_places, service["slug"]
        assert service["provider"] in providers | organizations, service["slug"]
        assert service["kind"] in HELP["kinds"]
        assert parse_hours(service["hours"]), service["slug"]
    for kind in HELP["kinds"].values():
        assert set(kind["needs"]) <= set(Need.values)
        assert set(kind["audiences"]) <= set(Audience.values)
    slugs = {s["slug"] for s in HELP["services"]}
    assert len(slugs) == len(HELP["services"])
    for guide in GUIDES["guides"]:
        assert set(guide["services"]) <= slugs


def test_every_phone_number_is_an_example():
    numbers = [s[c] for s in HELP["services"] for c in CHANNELS if c in s]
    numbers += [hotline["number"] for hotline in GUIDES["hotlines"]]
    assert numbers and all(EXAMPLE_NUMBER.match(number) for number in numbers), [
        n for n in numbers if not EXAMPLE_NUMBER.match(n)
    ]


def test_six_guides_and_every_text_in_three_languages():
    assert len(GUIDES["guides"]) == 6
    texts = [HELP["intro"]]
    texts += [s["address"] for s in HELP["services"]]
    texts += [s["name"] for s in HELP["services"] if "name" in s]
    texts += [kind[field] for kind in HELP["kinds"].values() for field in ("name", "summary")]
    texts += [g[field] for g in GUIDES["guides"] for field in ("title", "intro")]
    texts += [qa[part] for g in GUIDES["guides"] for qa in g["questions"] for part in "qa"]
    texts += [h[field] for h in GUIDES["hotlines"] for field in ("name", "purpose")]
    assert all(set(text) == LANGUAGES and all(text.values()) for text in texts)
    long_tajik = [text["tg"] for text in texts if len(text["tg"]) > 40]
    without = [text for text in long_tajik if not TAJIK_LETTERS & set(text.lower())]
    assert len(without) * 10 <= len(long_tajik), without
