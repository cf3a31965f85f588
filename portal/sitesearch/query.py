"""Searching the index: one entry point whatever the database."""

from dataclasses import dataclass

from django.db.models import Count, F
from wagtail.models import get_page_models

from . import fulltext, text
from .models import SearchEntry


def matching(query: str, language: str):
    """Visible entries in `language` that match `query`, unordered; none for an empty query."""
    expressions = fulltext.match_and_rank(query, language)
    if expressions is None:
        return SearchEntry.objects.none()
    condition, _rank = expressions
    return SearchEntry.objects.in_language(language).visible().filter(condition)


# Ranking reads the text of every match, and on a large site a common word matches
# most pages: only the newest MAX_CANDIDATES matches are ranked and counted, which
# keeps every search to a few tens of milliseconds whatever the size of the site.
MAX_CANDIDATES = 1000


def candidate_ids(query: str, language: str) -> list[int]:
    """The newest MAX_CANDIDATES visible entries matching `query`.

    Fetched rather than nested as a subquery: the full-text expressions name the
    entry table itself, which a subquery would alias."""
    return list(
        matching(query, language)
        .order_by(F("date").desc(nulls_last=True), "-pk")
        .values_list("pk", flat=True)[:MAX_CANDIDATES]
    )


def search(query: str, language: str, kind: str | None = None, ids: list[int] | None = None):
    """Entries matching `query` in `language` (and `kind`) among the candidates (`ids`
    when already fetched), best first, with `rank`."""
    expressions = fulltext.match_and_rank(query, language)
    if expressions is None:
        return SearchEntry.objects.none()
    _condition, rank = expressions
    ids = candidate_ids(query, language) if ids is None else ids
    entries = SearchEntry.objects.filter(pk__in=ids)
    if kind:
        entries = entries.of_kind(kind)
    return (
        entries.annotate(rank=rank)
        .select_related("page")
        .order_by(F("rank").desc(), F("date").desc(nulls_last=True), "-pk")
    )


def excerpt(entry, query: str, language: str | None = None):
    """Safe HTML from the entry's text with the query's words (any inflection) marked."""
    return text.excerpt(entry.body, query, language or entry.language)


def kind_labels() -> dict[str, str]:
    """Reader-facing name of every kind an entry can have."""
    labels = {}
    for model in get_page_models():
        declared = getattr(model, "content_kind_labels", None)
        labels.update(
            declared() if callable(declared) else {model._meta.model_name: model._meta.verbose_name}
        )
    return labels


@dataclass
class KindCount:
    kind: str
    label: str
    count: int


def kind_counts(query: str, language: str, ids: list[int] | None = None) -> list[KindCount]:
    """How many candidates each kind has, for the kind filter."""
    labels = kind_labels()
    ids = candidate_ids(query, language) if ids is None else ids
    rows = (
        SearchEntry.objects.filter(pk__in=ids).order_by().values("kind").annotate(count=Count("pk"))
    )
    counts = [
        KindCount(row["kind"], labels.get(row["kind"], row["kind"]), row["count"]) for row in rows
    ]
    return sorted(counts, key=lambda item: (-item.count, str(item.label)))
