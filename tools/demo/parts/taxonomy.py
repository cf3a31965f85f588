"""Thematic areas, places and organizations (from the portal's gazetteer, or the
demo's own), and key figures, each in English, Russian and Tajik."""

from portal.figures.models import KeyFigure
from portal.taxonomy.gazetteer import gazetteer
from portal.taxonomy.models import Organization, Place, ThematicArea

from ..data import LANGUAGES, content


def load_taxonomy(demo) -> tuple[dict, dict, dict]:
    """(themes, places, organizations): slug -> the English snippet."""
    data = content("taxonomy")
    themes = {
        slug: demo.translated_snippet(
            ThematicArea,
            slug,
            theme["name"],
            per_language={
                code: {"description": text} for code, text in theme["description"].items()
            },
        )
        for slug, theme in data["themes"].items()
    }
    places = {}
    for slug in data["places"]:
        place = gazetteer().place(slug)
        places[slug] = demo.translated_snippet(
            Place,
            slug,
            _names(place),
            per_language={
                code: {"region": gazetteer().region_name(place.region, code)} for code in LANGUAGES
            },
        )
    organizations = {}
    for item in data["organizations"]:
        # A slug: the gazetteer's entry; a mapping: the demo's own organization.
        entry = gazetteer().organization(item) if isinstance(item, str) else None
        slug = entry.slug if entry else item["slug"]
        shared = {
            "acronym": entry.acronym if entry else item.get("acronym", ""),
            "organization_type": entry.type if entry else item["type"],
            "website": entry.website if entry else item.get("website", ""),
        }
        names = _names(entry) if entry else item["name"]
        organizations[slug] = demo.translated_snippet(Organization, slug, names, shared)
    return themes, places, organizations


def _names(entry) -> dict:
    return {code: entry.name(code) for code in LANGUAGES}


def load_figures(demo) -> dict:
    """key -> the English key figure, with its translations."""
    figures = {}
    for key, data in content("figures")["figures"].items():
        original = None
        for code in LANGUAGES:
            locale = demo.locales[code]
            fields = {
                "value": data["value"],
                "unit": data["unit"][code],
                "label": data["label"][code],
                "year": data["year"],
                "source_name": data["source_name"][code],
                "source_url": data["source_url"],
            }
            if original is None:
                obj = KeyFigure.objects.filter(locale=locale, label=data["label"]["en"]).first()
            else:
                obj = original.get_translation_or_none(locale)
            created = obj is None
            if created:
                obj = (
                    KeyFigure(locale=locale)
                    if original is None
                    else original.copy_for_translation(locale)
                )
            if demo.update(obj, **fields) or created:
                obj.save()
            demo.count("key figures", created)
            if code == "en":
                original = obj
        figures[key] = original
    return figures
