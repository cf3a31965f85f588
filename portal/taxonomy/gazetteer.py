"""The gazetteer (gazetteer.yaml): places and organizations the portal knows by name,
with their names in each language, their regions and the other spellings old texts use.

The legacy importer recognises them in texts (portal/legacy/names.py); the demo
creates its places and organizations from them. Reading the file checks it: a
mistake (an unknown field or region, a repeated slug, a missing English name) is an
error that names the entry, not a wrong import later.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .models import OrganizationType
from .russian import russian_forms

PATH = Path(__file__).with_name("gazetteer.yaml")
LANGUAGES = ("en", "ru", "tg")
PLACE_KINDS = ("region", "city", "district", "city-district", "area", "abroad")


class GazetteerError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    """A place or an organization."""

    slug: str
    names: dict  # language -> name; "en" always
    old_names: tuple = ()
    spellings: tuple = ()
    ru_forms: tuple = ()  # listed and derived (`russian.russian_forms`)
    region: str = ""  # places: a key of the regions
    kind: str = ""  # places: one of PLACE_KINDS
    country: str = ""  # places abroad: ISO 3166-1 alpha-2
    centre: dict | None = None  # districts: the administrative centre, per language
    acronym: str = ""  # organizations
    type: str = ""  # organizations: Organization.organization_type
    website: str = ""

    @property
    def aliases(self) -> tuple:
        """Every way texts write it besides its names."""
        return (*self.old_names, *self.spellings, *self.ru_forms)

    def name(self, language: str) -> str:
        """The name in `language`; Tajik falls back to Russian, Russian to English."""
        return name_in(self.names, language)


def name_in(names: dict, language: str) -> str:
    return names.get(language) or names.get("ru" if language == "tg" else "en") or names["en"]


@dataclass(frozen=True)
class Region:
    key: str
    names: dict
    iso: str  # ISO 3166-2 (TJ-SU)
    centre: str  # the slug of a place


@dataclass(frozen=True)
class Gazetteer:
    regions: dict  # key -> {language: name}
    places: tuple
    organizations: tuple
    region_info: dict = None  # key -> Region

    def places_in_region(self, key: str) -> list[Entry]:
        return [place for place in self.places if place.region == key]

    def region_name(self, key: str, language: str) -> str:
        """The region `key` in `language` ("" for none)."""
        return name_in(self.regions[key], language) if key else ""

    def place(self, slug: str) -> Entry:
        return _by_slug(self.places, slug)

    def organization(self, slug: str) -> Entry:
        return _by_slug(self.organizations, slug)


def _by_slug(entries, slug: str) -> Entry:
    for entry in entries:
        if entry.slug == slug:
            return entry
    raise KeyError(slug)


_LISTS = ("old_names", "spellings", "ru_forms")
_PLACE_FIELDS = {"slug", "name", "region", "kind", "country", "centre", *_LISTS}
_ORGANIZATION_FIELDS = {"slug", "name", "acronym", "type", "website", *_LISTS}


def _names(value, where: str) -> dict:
    if not isinstance(value, dict) or not value.get("en"):
        raise GazetteerError(f"{where}: `name` needs at least an English name (en)")
    unknown = set(value) - set(LANGUAGES)
    if unknown:
        raise GazetteerError(f"{where}: names in unknown languages {sorted(unknown)}")
    if not all(isinstance(name, str) and name.strip() for name in value.values()):
        raise GazetteerError(f"{where}: empty name")
    return dict(value)


def _entry(data, allowed: set, where: str) -> Entry:
    if not isinstance(data, dict) or not data.get("slug"):
        raise GazetteerError(f"{where}: each entry needs a slug")
    where = f"{where} {data['slug']!r}"
    unknown = set(data) - allowed
    if unknown:
        raise GazetteerError(f"{where}: unknown fields {sorted(unknown)}")
    values = {"slug": str(data["slug"]), "names": _names(data.get("name"), where)}
    for name in _LISTS:
        items = data.get(name) or []
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise GazetteerError(f"{where}: `{name}` must be a list of texts")
        values[name] = tuple(items)
    for name in {"region", "acronym", "type", "website", "kind", "country"} & allowed:
        values[name] = str(data.get(name) or "")
    if data.get("centre") is not None:
        values["centre"] = _names(data["centre"], f"{where} centre")
    derived = [form for name in values["names"].values() for form in russian_forms(name)]
    derived += [form for name in values["spellings"] for form in russian_forms(name)]
    values["ru_forms"] = tuple(dict.fromkeys([*values["ru_forms"], *derived]))
    return Entry(**values)


def _entries(items, allowed: set, where: str) -> tuple:
    if not isinstance(items, list):
        raise GazetteerError(f"`{where}` must be a list")
    entries = tuple(_entry(item, allowed, where) for item in items)
    slugs = [entry.slug for entry in entries]
    repeated = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if repeated:
        raise GazetteerError(f"{where}: slugs given twice: {repeated}")
    return entries


def parse(text: str) -> Gazetteer:
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict) or set(data) != {"regions", "places", "organizations"}:
        raise GazetteerError("the gazetteer has regions, places and organizations")
    region_info = {
        str(key): Region(
            str(key),
            _names((value or {}).get("name"), f"region {key!r}"),
            str((value or {}).get("iso") or ""),
            str((value or {}).get("centre") or ""),
        )
        for key, value in (data["regions"] or {}).items()
    }
    regions = {key: region.names for key, region in region_info.items()}
    places = _entries(data["places"], _PLACE_FIELDS, "places")
    for place in places:
        _check_place(place, regions)
    slugs = {place.slug: place for place in places}
    for region in region_info.values():
        # The districts of republican subordination are governed from Dushanbe.
        centre = slugs.get(region.centre)
        if centre is None or centre.kind != "city":
            raise GazetteerError(
                f"region {region.key!r}: its centre {region.centre!r} is not a city of the gazetteer"
            )
    organizations = _entries(data["organizations"], _ORGANIZATION_FIELDS, "organizations")
    for organization in organizations:
        if organization.type not in OrganizationType.values:
            raise GazetteerError(
                f"organization {organization.slug!r}: type must be one of"
                f" {', '.join(OrganizationType.values)}"
            )
    for kind, entries in (("places", places), ("organizations", organizations)):
        _check_one_entry_per_name(entries, kind)
    return Gazetteer(regions, places, organizations, region_info)


def _check_place(place: Entry, regions: dict):
    where = f"place {place.slug!r}"
    if place.kind not in PLACE_KINDS:
        raise GazetteerError(f"{where}: kind must be one of {', '.join(PLACE_KINDS)}")
    if place.kind == "abroad":
        if place.region or len(place.country) != 2:
            raise GazetteerError(f"{where}: a place abroad has a country and no region")
    elif place.region not in regions:
        raise GazetteerError(f"{where}: unknown region {place.region!r}")


def _check_one_entry_per_name(entries, kind: str):
    """A name, spelling or form that two entries share would send texts to whichever
    comes first: refuse it."""
    owner = {}
    for entry in entries:
        for text in {*entry.names.values(), *entry.aliases}:
            other = owner.setdefault(text, entry.slug)
            if other != entry.slug:
                raise GazetteerError(
                    f"{kind}: {text!r} is written for both {other!r} and {entry.slug!r}"
                )


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer of the portal, read once per process."""
    return parse(PATH.read_text(encoding="utf-8"))
