"""Filtering the news river through plain query strings (?kind=story&theme=...&year=2021)."""

from dataclasses import dataclass

import django_filters
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from portal.taxonomy.models import Organization, Place, ThematicArea

from .models import ArticleKind


@dataclass
class FacetOption:
    value: str
    label: str
    url: str
    active: bool


@dataclass
class Facet:
    param: str
    title: str
    options: list[FacetOption]
    clear_url: str


class ArticleFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=ArticleKind.choices)
    theme = django_filters.CharFilter(method="filter_theme")
    place = django_filters.CharFilter(method="filter_place")
    partner = django_filters.CharFilter(method="filter_partner")
    year = django_filters.NumberFilter(field_name="date", lookup_expr="year")

    PARAMS = ("kind", "theme", "place", "partner", "year")

    def __init__(self, data=None, *args, locale=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.locale = locale
        self.unfiltered = kwargs.get("queryset")

    def filter_theme(self, queryset, name, value):
        return queryset.in_theme(value)

    def filter_place(self, queryset, name, value):
        return queryset.at_place(value)

    def filter_partner(self, queryset, name, value):
        return queryset.with_partner(value)

    @property
    def qs(self):
        # Invalid values (a misspelt kind, a year that is not a number) are ignored
        # rather than answered with an error page: the reader sees the whole river.
        if not self.is_valid():
            return self.queryset.distinct()
        return super().qs.distinct()

    @property
    def active(self) -> dict[str, str]:
        if not self.is_bound:
            return {}
        cleaned = self.form.cleaned_data if self.is_valid() else {}
        return {p: str(self.data[p]) for p in self.PARAMS if cleaned.get(p) not in (None, "")}

    def url_with(self, param: str, value: str | None) -> str:
        query = QueryDict(mutable=True)
        for key, current in self.active.items():
            if key != param:
                query[key] = current
        if value is not None:
            query[param] = value
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"

    def _facet(self, param, title, pairs):
        selected = self.active.get(param)
        options = [
            FacetOption(value, label, self.url_with(param, value), value == selected)
            for value, label in pairs
        ]
        return Facet(param, title, options, self.url_with(param, None))

    def _slugs_in_use(self, model, relation):
        """Slugs of taxonomy entries that articles in this river actually use."""
        return set(
            model.objects.filter(**{f"{relation}__in": self.unfiltered}).values_list(
                "slug", flat=True
            )
        )

    def _localized_pairs(self, model, relation):
        used = self._slugs_in_use(model, relation)
        if not used:
            return []
        names = {}
        # Prefer the reader's language; fall back to whichever translation exists.
        for entry in model.objects.filter(slug__in=used).select_related("locale"):
            if entry.slug not in names or (self.locale and entry.locale_id == self.locale.pk):
                names[entry.slug] = entry.name
        return sorted(names.items(), key=lambda pair: pair[1].lower())

    def facets(self) -> list[Facet]:
        kinds_used = set(self.unfiltered.values_list("kind", flat=True).distinct())
        return [
            self._facet(
                "kind",
                _("Kind"),
                [(k, label) for k, label in ArticleKind.choices if k in kinds_used],
            ),
            self._facet(
                "theme", _("Thematic area"), self._localized_pairs(ThematicArea, "articles")
            ),
            self._facet("place", _("Place"), self._localized_pairs(Place, "articles")),
            self._facet("partner", _("Partner"), self._localized_pairs(Organization, "articles")),
        ]

    def years(self) -> list[FacetOption]:
        """The year archive: every year with articles, newest first, with counts."""
        rows = (
            self.unfiltered.exclude(date=None)
            .annotate(y=ExtractYear("date"))
            .values("y")
            .annotate(n=Count("pk"))
            .order_by("-y")
        )
        selected = self.active.get("year")
        return [
            FacetOption(
                str(r["y"]),
                f"{r['y']} ({r['n']})",
                self.url_with("year", str(r["y"])),
                str(r["y"]) == selected,
            )
            for r in rows
        ]
