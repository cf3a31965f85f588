"""What every public page shows around its content: the masthead, the menu, the
language links and the mission's contact facts in the footer.

`page_chrome()` reads them from the site (kept per cache generation by the template
tags); `static_chrome()` builds them without the database, for the server error page,
which must render when the database is what failed.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation

from .i18n import LanguageLink
from .sections import declared_sections, feed_path


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    current: str = ""  # "page" on the section itself, "true" inside it


@dataclass
class Chrome:
    site_name: str
    home_url: str
    menu: list[MenuItem]
    language_links: list[LanguageLink]
    address: str = ""
    phones: str = ""
    hotline: str = ""
    feed_url: str = ""
    error_page: bool = False


def home_links(current: str) -> list[LanguageLink]:
    """Each language's home page: where an error page's language links lead."""
    return [
        LanguageLink(code, name, f"/{code}/", code == current, False)
        for code, name in settings.LANGUAGES
    ]


def static_chrome(language: str | None = None) -> Chrome:
    """The chrome from settings and the fixed site tree alone: no database query."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        menu = [
            MenuItem(str(section.title), f"/{language}/{section.slug}/")
            for section, _model in declared_sections()
        ]
    return Chrome(
        site_name=settings.WAGTAIL_SITE_NAME,
        home_url=f"/{language}/",
        menu=menu,
        language_links=home_links(language),
        feed_url=feed_path(language),
        error_page=True,
    )


def menu_items(pages, request=None, current_page=None) -> list[MenuItem]:
    """The menu's pages, marked when the reader is on one of them or inside it."""
    items = []
    path = getattr(current_page, "path", "") or ""
    for item in pages:
        current = ""
        if path and path.startswith(item.path):
            current = "page" if current_page.pk == item.pk else "true"
        items.append(MenuItem(item.title, item.get_url(request) or "", current))
    return items
