"""What an issue resolves to for readers and e-mails: plain items (title, summary,
url), sections of them, and the languages an issue exists in."""

from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Page


@dataclass(frozen=True)
class NewsletterItem:
    """One resolved story or section entry; what both the page and an e-mail show."""

    title: str
    summary: str = ""
    url: str | None = None


@dataclass(frozen=True)
class NewsletterSection:
    heading: str
    items: list[NewsletterItem] = field(default_factory=list)


def page_url(page, request, full_urls):
    return page.get_full_url(request) if full_urls else page.get_url(request)


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool


def language_versions(pages, request=None, current=None) -> dict:
    """For each page's translation_key, its live translations in site language order,
    found in one query for all pages together."""
    keys = {p.translation_key for p in pages}
    if not keys:
        return {}
    order = {code: n for n, (code, _name) in enumerate(settings.LANGUAGES)}
    names = dict(settings.LANGUAGES)
    found = {}
    for translation in (
        Page.objects.live().public().filter(translation_key__in=keys).select_related("locale")
    ):
        code = translation.locale.language_code
        url = translation.get_url(request)
        if code in names and url:
            is_current = current is not None and translation.pk == current.pk
            found.setdefault(translation.translation_key, []).append(
                LanguageVersion(code, names[code], url, is_current)
            )
    return {key: sorted(versions, key=lambda v: order[v.code]) for key, versions in found.items()}
