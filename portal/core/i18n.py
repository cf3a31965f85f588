"""Where each language version of the current page lives."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.encoding import escape_uri_path
from django.utils.translation import get_language
from wagtail.models import Page

from .params import canonical_query, understood_by_view


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: the item is not translated, the link goes to that home


def language_links(request, page=None) -> list[LanguageLink]:
    """One link per site language: to the same item's translation when it exists,
    otherwise to that language's home page. Views that are not Wagtail pages
    (search) link to the same URL in the other language, with the query parameters
    the view reads and no other (the page is cached without them)."""
    current = get_language()
    translations: dict[str, str] = {}
    if isinstance(page, Page) and page.pk:
        for translation in (
            page.get_translations(inclusive=True)
            .live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        ):
            url = translation.get_url(request)
            if url:
                translations[translation.locale.language_code] = url
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url, exists = translations[code], True
        elif page is None:
            url, exists = translate_url(_view_address(request), code), True
        else:
            url, exists = f"/{code}/", False
        links.append(LanguageLink(code, name, url, code == current, exists))
    return links


def _view_address(request) -> str:
    query = canonical_query(request.GET, understood_by_view(request) or ())
    path = escape_uri_path(request.path)
    return f"{path}?{query}" if query else path
