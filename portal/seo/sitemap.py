"""The sitemap: every live, public page of every site and language, each with the
hreflang alternates of its translations.

Wagtail's contrib sitemap lists only the current site's default-language tree and
has no alternates (wagtail#6583, #1196), hence this module.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db.models import Q
from wagtail.models import Page, Site

# The protocol allows 50,000 URLs per file; smaller files stay quick to fetch and
# parse. Above this, /sitemap.xml becomes an index of numbered sections.
URLS_PER_SITEMAP = 10_000


@dataclass
class Alternate:
    lang_code: str
    location: str


@dataclass
class SitemapEntry:
    location: str
    lastmod: datetime | None
    alternates: list[Alternate] = field(default_factory=list)


def sitemap_pages():
    """Live, public pages under any site root or a translation of one.

    Aliases are left out: they repeat another page's content at a second URL.
    """
    root_paths = {srp.root_path for srp in Site.get_site_root_paths()}
    if not root_paths:
        return Page.objects.none()
    under_a_root = Q()
    for root_path in root_paths:
        under_a_root |= Q(url_path__startswith=root_path)
    return (
        Page.objects.live()
        .public()
        .filter(under_a_root, alias_of__isnull=True)
        .select_related("locale")
        .only(
            "id",
            "path",
            "url_path",
            "translation_key",
            "locale__language_code",
            "last_published_at",
        )
        .order_by("path")
    )


def _absolute_url(page, request) -> str | None:
    url = page.get_url(request)
    if url and url.startswith("/"):
        return request.build_absolute_uri(url)  # a page of the site being asked
    return url  # another site's page comes back absolute, or None if not routable


def sitemap_entries(pages, request) -> list[SitemapEntry]:
    """Entries for `pages` (one sitemap section), with their translations fetched in
    one query whatever the number of pages."""
    pages = list(pages)
    translations = defaultdict(list)
    keys = {page.translation_key for page in pages}
    for translation in sitemap_pages().filter(translation_key__in=keys):
        translations[translation.translation_key].append(translation)

    default_language = settings.LANGUAGE_CODE
    urls = {}  # page id -> absolute URL, each computed once
    entries = []
    for page in pages:
        location = urls.setdefault(page.pk, _absolute_url(page, request))
        if not location:
            continue
        alternates = []
        for translation in sorted(
            translations[page.translation_key], key=lambda p: p.locale.language_code
        ):
            url = urls.setdefault(translation.pk, _absolute_url(translation, request))
            if url:
                alternates.append(Alternate(translation.locale.language_code, url))
        default = next((a for a in alternates if a.lang_code == default_language), None)
        if default:
            alternates.append(Alternate("x-default", default.location))
        entries.append(SitemapEntry(location, page.last_published_at, alternates))
    return entries
