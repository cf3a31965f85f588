"""Filtering the projects index through plain query strings (?status=active&theme=...)."""

import django_filters
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from portal.news.filters import Facet, FacetOption
from portal.taxonomy.models import ThematicArea

from .models import ProjectStatus


class ProjectFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=ProjectStatus.choices)
    theme = django_filters.CharFilter(method="filter_theme")

    PARAMS = ("status", "theme")

    def __init__(self, data=None, *args, locale=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.locale = locale
        self.unfiltered = kwargs.get("queryset")

    def filter_theme(self, queryset, name, value):
        return queryset.in_theme(value)

    @property
    def qs(self):
        # A misspelt status is ignored, not answered with an error page.
        if not self.is_valid():
            return self.queryset
        return super().qs

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

    def _theme_pairs(self):
        """Thematic areas the listed projects cover, named in the reader's language."""
        used = set(
            self.unfiltered.exclude(thematic_area=None)
            .order_by()
            .values_list("thematic_area__slug", flat=True)
            .distinct()
        )
        names = {}
        for area in ThematicArea.objects.filter(slug__in=used):
            if area.slug not in names or (self.locale and area.locale_id == self.locale.pk):
                names[area.slug] = area.name
        return sorted(names.items(), key=lambda pair: pair[1].lower())

    def facets(self) -> list[Facet]:
        used = set(self.unfiltered.order_by().values_list("status", flat=True).distinct())
        return [
            self._facet(
                "status",
                _("Status"),
                [(s, label) for s, label in ProjectStatus.choices if s in used],
            ),
            self._facet("theme", _("Thematic area"), self._theme_pairs()),
        ]
