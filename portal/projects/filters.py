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

    def filter_theme(self, queryset, name, value):
        return queryset.in_theme(value)

    def _theme_pairs(self):
        """Thematic areas the listed projects cover, named in the reader's language."""
        used = set(
            self.unfiltered.exclude(thematic_area=None)
            .order_by()
            .values_list("thematic_area__slug", flat=True)
            .distinct()
        )
        return self.localized_names(ThematicArea, used)

    def facets(self) -> list[Facet]:
        used = set(self.unfiltered.order_by().values_list("status", flat=True).distinct())
        return [
            self.facet(
                "status",
                _("Status"),
                [(s, label) for s, label in ProjectStatus.choices if s in used],
            ),
            self.facet("theme", _("Thematic area"), self._theme_pairs()),
        ]
