"""Filtering the projects index through plain query strings (?status=active&theme=...)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from portal.core.filters import Facet, FacetedFilterSet
from portal.taxonomy.models import ThematicArea

from .status import ProjectStatus


class ProjectFilter(FacetedFilterSet):
    status = django_filters.ChoiceFilter(choices=ProjectStatus.choices)
    theme = django_filters.CharFilter(method="filter_theme")

    PARAMS = ("status", "theme")
    MANY_VALUED = ()  # the thematic area is a single foreign key

    def is_known(self, param, value):
        """Statuses and thematic areas the listed projects have (the options offered)."""
        if param == "status":
            return value in self._statuses_used()
        if param == "theme":
            return value in dict(self._theme_pairs())
        return super().is_known(param, value)

    def filter_theme(self, queryset, name, value):
        return queryset.in_theme(value)

    def _statuses_used(self) -> set[str]:
        return self.remember(
            "statuses",
            lambda: set(self.unfiltered.order_by().values_list("status", flat=True).distinct()),
        )

    def _theme_pairs(self):
        """Thematic areas the listed projects cover, named in the reader's language."""

        def compute():
            used = set(
                self.unfiltered.exclude(thematic_area=None)
                .order_by()
                .values_list("thematic_area__slug", flat=True)
                .distinct()
            )
            return self.localized_names(ThematicArea, used)

        return self.remember("themes", compute)

    def facets(self) -> list[Facet]:
        used = self._statuses_used()
        return [
            self.facet(
                "status",
                _("Status"),
                [(s, label) for s, label in ProjectStatus.choices if s in used],
            ),
            self.facet("theme", _("Thematic area"), self._theme_pairs()),
        ]
