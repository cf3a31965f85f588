"""Filtering the news river through plain query strings (?kind=story&theme=...&year=2021)."""

import django_filters
from django.core.exceptions import ValidationError
from django.core.validators import validate_unicode_slug
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from portal.core.filters import Facet, FacetedFilterSet, FacetOption
from portal.core.numbers import format_number
from portal.taxonomy.models import Organization, Place, ThematicArea

from .kinds import ArticleKind


class ArticleFilter(FacetedFilterSet):
    kind = django_filters.ChoiceFilter(choices=ArticleKind.choices)
    theme = django_filters.CharFilter(method="filter_theme")
    place = django_filters.CharFilter(method="filter_place")
    partner = django_filters.CharFilter(method="filter_partner")
    year = django_filters.NumberFilter(field_name="date", lookup_expr="year")
    # Linked from a project's page ("related project" on the article); no facet.
    project = django_filters.CharFilter(method="filter_project")

    PARAMS = ("kind", "theme", "place", "partner", "year", "project")
    MANY_VALUED = ("theme", "place", "partner")
    TAXONOMY = {"theme": ThematicArea, "place": Place, "partner": Organization}

    def is_known(self, param, value):
        """Values the river offers as links (kinds, areas, places, partners and years
        its articles have), and projects that exist; nothing else is ever looked up."""
        if param == "project":
            return self._project(value) is not None
        if param == "kind":
            return value in self.remember("kinds", self._kinds_used)
        if param == "year":
            return value in {str(row["y"]) for row in self._year_rows()}
        if param in self.TAXONOMY:
            model = self.TAXONOMY[param]
            return value in dict(self._localized_pairs(model, "articles"))
        return super().is_known(param, value)

    def filter_theme(self, queryset, name, value):
        return queryset.in_theme(value)

    def filter_place(self, queryset, name, value):
        return queryset.at_place(value)

    def filter_partner(self, queryset, name, value):
        return queryset.with_partner(value)

    def filter_project(self, queryset, name, value):
        project = self.project_page()
        return queryset.about_project(project) if project else queryset.none()

    def project_page(self):
        """The project the river is filtered by, in the river's language."""
        slug = self.active.get("project")
        return self._project(slug) if slug else None

    def _project(self, slug):
        """The live project with this slug, in the river's language if translated."""
        found = self.__dict__.setdefault("_projects", {})
        if slug not in found:
            try:
                validate_unicode_slug(slug)  # no query for what cannot be a slug
            except ValidationError:
                return None
            # The project model through the article's link to it: projects sit above
            # news (their pages list news), so news does not import them.
            model = self.queryset.model._meta.get_field("related_project").related_model
            projects = model.objects.live().public().filter(slug=slug)
            found[slug] = projects.filter(locale=self.locale).first() or projects.first()
        return found[slug]

    def _slugs_in_use(self, model, relation):
        """Slugs of taxonomy entries that articles in this river actually use."""
        return set(
            model.objects.filter(**{f"{relation}__in": self.unfiltered})
            .order_by()
            .values_list("slug", flat=True)
            .distinct()
        )

    def _localized_pairs(self, model, relation):
        def compute():
            used = self._slugs_in_use(model, relation)
            if model is Place:  # the place filter also finds articles by their dateline
                used |= set(
                    self.unfiltered.exclude(dateline_place=None)
                    .order_by()
                    .values_list("dateline_place__slug", flat=True)
                    .distinct()
                )
            return self.localized_names(model, used) if used else []

        return self.remember(model._meta.model_name, compute)

    def _kinds_used(self):
        return set(self.unfiltered.order_by().values_list("kind", flat=True).distinct())

    def facets(self) -> list[Facet]:
        kinds_used = self.remember("kinds", self._kinds_used)
        return [
            self.facet(
                "kind",
                _("Kind"),
                [(k, label) for k, label in ArticleKind.choices if k in kinds_used],
            ),
            self.facet(
                "theme", _("Thematic area"), self._localized_pairs(ThematicArea, "articles")
            ),
            self.facet("place", _("Place"), self._localized_pairs(Place, "articles")),
            self.facet("partner", _("Partner"), self._localized_pairs(Organization, "articles")),
        ]

    def _year_rows(self) -> list[dict]:
        return self.remember(
            "years",
            lambda: list(
                self.unfiltered.exclude(date=None)
                .annotate(y=ExtractYear("date"))
                .values("y")
                .annotate(n=Count("pk"))
                .order_by("-y")
            ),
        )

    def years(self) -> list[FacetOption]:
        """The year archive: every year with articles, newest first, with counts."""
        rows = self._year_rows()
        selected = self.active.get("year")
        return [
            FacetOption(
                str(r["y"]),
                f"{r['y']} ({format_number(r['n'])})",
                self.url_with("year", str(r["y"])),
                str(r["y"]) == selected,
                short=str(r["y"]),
            )
            for r in rows
        ]
