"""Keeping the search index in step with published pages."""

import datetime

from django.db import transaction
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search import index

from . import fulltext, text
from .models import SearchEntry


def is_searchable(page) -> bool:
    """Live, public content pages; not the tree root nor the per-language home pages,
    which only repeat what their sections hold."""
    return page.depth > 2 and page.live and not page.get_view_restrictions().exists()


def page_kind(page) -> str:
    """What the page is, as the page type declares it (`BasePage.content_kind`)."""
    declared = getattr(page, "content_kind", None)
    return declared() if callable(declared) else page._meta.model_name


def page_date(page) -> tuple[datetime.date | None, str]:
    """The date a reader would quote for the page (`BasePage.reader_date`)."""
    declared = getattr(page, "reader_date", None)
    return declared() if callable(declared) else (None, "day")


def _flatten(value):
    if value is None:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from _flatten(item)
    elif hasattr(value, "all") and callable(value.all):  # related managers
        for item in value.all():
            yield str(item)
    else:
        yield str(value)


def _field_texts(page, fields):
    for field in fields:
        if isinstance(field, index.SearchField):
            yield from _flatten(field.get_value(page))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(page)
            items = related.all() if hasattr(related, "all") else [related] if related else []
            for item in items:
                yield from _field_texts(item, field.fields)


def page_text(page) -> str:
    """The plain text of the page's content, the summary first (it makes the best excerpt)."""
    if callable(getattr(page, "search_text", None)):
        return text.plain_text(page.search_text())
    parts = []
    summary = page.get_summary() if callable(getattr(page, "get_summary", None)) else ""
    candidates = [summary, *_field_texts(page, page.get_search_fields())]
    for part in candidates:
        part = text.plain_text(part)
        if part and part != page.title and part not in parts:
            parts.append(part)
    return "\n".join(parts)


def entry_values(page) -> dict:
    """The fields of a page's search entry (also written in bulk by the benchmark
    corpus); the full-text structures follow with `fulltext.after_save`."""
    language = page.locale.language_code
    body = page_text(page)
    date, precision = page_date(page)
    return {
        "language": language,
        "kind": page_kind(page),
        "title": page.title[:255],
        "body": body,
        "title_stems": text.stem_string(page.title, language),
        "body_stems": text.stem_string(body, language),
        "date": date,
        "date_precision": precision,
    }


def index_page(page) -> SearchEntry | None:
    """Create or refresh the page's entry; remove it if the page should not be found."""
    page = page.specific
    if not is_searchable(page):
        unindex_page(page)
        return None
    with transaction.atomic():
        entry, _created = SearchEntry.objects.update_or_create(
            page_id=page.pk, defaults=entry_values(page)
        )
        fulltext.after_save(entry)
    return entry


def index_pages(pages) -> int:
    """`index_page` for many pages in a few statements (a bulk import publishes
    thousands); returns how many are indexed."""
    pages = list(pages)
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    for page in pages:
        page.locale = locales[page.locale_id]  # read once, not once per page
    restricted = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    searchable = [
        page
        for page in pages
        if page.depth > 2 and page.live and not page.path.startswith(restricted)
    ]
    with transaction.atomic():
        SearchEntry.objects.filter(page_id__in=[page.pk for page in pages]).delete()
        entries = SearchEntry.objects.bulk_create(
            [SearchEntry(page_id=page.pk, **entry_values(page)) for page in searchable],
            batch_size=500,
        )
        fulltext.after_bulk_save(entries)
    return len(entries)


def unindex_page(page):
    SearchEntry.objects.filter(page_id=page.pk).delete()


def rebuild() -> int:
    """Restore the full-text structures and index every live page again."""
    SearchEntry.objects.all().delete()
    fulltext.install()
    count = 0
    pages = Page.objects.live().filter(depth__gt=2).specific().select_related("locale")
    for page in pages.iterator(chunk_size=200):
        if index_page(page):
            count += 1
    return count
