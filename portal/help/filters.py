"""The help directory's choices as plain links: ?region=khatlon&need=legal-aid."""

import django_filters
from django.utils.translation import gettext_lazy as _

from portal.core.filters import Facet, FacetedFilterSet

from .choices import AREAS, AREAS_BY_SLUG, Need


class ServiceFilter(FacetedFilterSet):
    region = django_filters.CharFilter(method="filter_region")
    need = django_filters.CharFilter(method="filter_need")

    PARAMS = ("region", "need")
    MANY_VALUED = ()  # both are columns of the service itself

    def is_known(self, param, value):
        if param == "region":
            return value in AREAS_BY_SLUG
        if param == "need":
            return value in Need.values
        return super().is_known(param, value)

    def filter_region(self, queryset, name, value):
        return queryset.in_area(value)

    def filter_need(self, queryset, name, value):
        return queryset.for_need(value)

    @property
    def area(self):
        return AREAS_BY_SLUG.get(self.active.get("region", ""))

    def facets(self) -> list[Facet]:
        return [
            self.facet(
                "region",
                _("Region or country"),
                [(area.slug, str(area.label)) for area in AREAS],
            ),
            self.facet("need", _("What do you need?"), [(n.value, str(n.label)) for n in Need]),
        ]
