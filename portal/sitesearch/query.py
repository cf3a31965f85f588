"""Searching the index: one entry point whatever the database."""

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Count, F
from wagtail.models import get_page_models

from . import fulltext, text
from .indexing import KIND_FIELD_MODELS
from .models import SearchEntry


def matching(query: str, language: str):
    """Visible entries in `language` that match `query`, unordered; none for an empty query."""
    expressions = fulltext.match_and_rank(query, language)
    if expressions is None:
        return SearchEntry.objects.none()
    condition, _rank = expressions
    return SearchEntry.objects.in_language(language).visible().filter(condition)


def search(query: str, language: str, kind: str | None = None):
    """Entries matching `query` in `language` (and `kind`), best first, with `rank`."""
    expressions = fulltext.match_and_rank(query, language)
    if expressions is None:
        return SearchEntry.objects.none()
    condition, rank = expressions
    entries = SearchEntry.objects.in_language(language).visible().filter(condition)
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
    labels = {model._meta.model_name: model._meta.verbose_name for model in get_page_models()}
    for label in KIND_FIELD_MODELS:
        try:
            field = apps.get_model(label)._meta.get_field("kind")
        except LookupError:
            continue
        labels.update({value: name for value, name in field.flatchoices})
    return labels


@dataclass
class KindCount:
    kind: str
    label: str
    count: int


def kind_counts(query: str, language: str) -> list[KindCount]:
    """How many results each kind has, for the kind filter; one query."""
    labels = kind_labels()
    rows = matching(query, language).order_by().values("kind").annotate(count=Count("pk"))
    counts = [
        KindCount(row["kind"], labels.get(row["kind"], row["kind"]), row["count"]) for row in rows
    ]
    return sorted(counts, key=lambda item: (-item.count, str(item.label)))
