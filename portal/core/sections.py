"""The sections every language's site has (/ru/news/, /tg/contact/ ...).

Their slugs are promised to readers and documented, so each section page model
declares its own once (`section = Section(...)`) and everything that needs the list
— the site tree, the menu of the server error page, the news feed link — reads it
from here, without knowing the domain apps.
"""

from dataclasses import dataclass

from django.apps import apps
from django.utils.functional import Promise


@dataclass(frozen=True)
class Section:
    slug: str
    title: str | Promise  # in the default language, translated when the page is created
    order: int  # position in the menu
    feed: str = ""  # path of the section's feed below the section, if it has one


def declared_sections() -> list[tuple[Section, type]]:
    """(section, page model) of every model that declares a section, in menu order."""
    found = [
        (model.__dict__["section"], model)
        for model in apps.get_models()
        if isinstance(model.__dict__.get("section"), Section)
    ]
    return sorted(found, key=lambda pair: pair[0].order)


def feed_path(language: str) -> str:
    """The site's main feed in `language` (the first section that has one)."""
    for section, _model in declared_sections():
        if section.feed:
            return f"/{language}/{section.slug}/{section.feed}"
    return ""
