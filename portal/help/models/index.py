"""/<lang>/help/: where to get help, by region or country and by need."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core.models import SectionIndexPage
from portal.core.sections import Section

from ..choices import AREAS
from ..filters import ServiceFilter
from ..maps import region_map
from .guides import GuidePage
from .hotlines import Hotline
from .services import ServicePage


class HelpIndexPage(SectionIndexPage):
    section = Section("help", _("Get help"), 15)
    subpage_types = ["help.ServicePage", "help.GuidePage"]
    query_params = ServiceFilter.PARAMS

    class Meta:
        verbose_name = _("help directory")

    def services(self):
        return ServicePage.objects.live().public().child_of(self).not_closed()

    def guides(self):
        return GuidePage.objects.live().public().child_of(self).order_by("path")

    def hotlines(self):
        return Hotline.objects.filter(locale=self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        service_filter = ServiceFilter(
            request.GET, queryset=self.services(), request=request, locale=self.locale
        )
        context.update(filter=service_filter, facets=service_filter.facets(), now=timezone.now())
        if service_filter.active:
            results = list(service_filter.qs.for_listing())
            area = service_filter.area
            context.update(results=results, area=area)
            if area is not None and not area.abroad:
                context["help_map"] = region_map(results, str(area.label), area.slug)
        else:
            counts = {}
            for area in self.services().values_list("area", flat=True):
                counts[area] = counts.get(area, 0) + 1
            context.update(
                areas_home=[(a, counts.get(a.slug, 0)) for a in AREAS if not a.abroad],
                areas_abroad=[(a, counts.get(a.slug, 0)) for a in AREAS if a.abroad],
                guides=list(self.guides()),
                hotlines=list(self.hotlines()),
            )
        return context
