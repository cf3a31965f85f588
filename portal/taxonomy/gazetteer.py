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

PATH = Path(__file__).with_name("gazetteer.yaml")
LANGUAGES = ("en", "ru", "tg")


class GazetteerError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    """A place or an organization."""

    slug: str
    names: dict  # language -> name; "en" always
    old_names: tuple = ()
    spellings: tuple = ()
    ru_forms: tuple = ()
    region: str = ""  # places: a key of the regions
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
class Gazetteer:
    regions: dict  # key -> {language: name}
    places: tuple
    organizations: tuple

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
_PLACE_FIELDS = {"slug", "name", "region", *_LISTS}
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
    for name in {"region", "acronym", "type", "website"} & allowed:
        values[name] = str(data.get(name) or "")
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
    regions = {
        str(key): _names((value or {}).get("name"), f"region {key!r}")
        for key, value in (data["regions"] or {}).items()
    }
    places = _entries(data["places"], _PLACE_FIELDS, "places")
    for place in places:
        if place.region and place.region not in regions:
            raise GazetteerError(f"place {place.slug!r}: unknown region {place.region!r}")
    organizations = _entries(data["organizations"], _ORGANIZATION_FIELDS, "organizations")
    for organization in organizations:
        if organization.type not in OrganizationType.values:
            raise GazetteerError(
                f"organization {organization.slug!r}: type must be one of"
                f" {', '.join(OrganizationType.values)}"
            )
    return Gazetteer(regions, places, organizations)


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer of the portal, read once per process."""
    return parse(PATH.read_text(encoding="utf-8"))
