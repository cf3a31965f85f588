"""Projects: what the mission runs, with whom and for whom; and "Mission at a glance",
which is computed from them rather than typed by an editor."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from portal.core.blocks import article_body_blocks
from portal.core.dates import DatePrecision, format_partial_date
from portal.core.models import BasePage, SectionIndexPage, page_of
from portal.core.sections import Section
from portal.news.models import ArticlePage, NewsIndexPage

from .filters import ProjectFilter
from .status import ProjectStatus

PROJECTS_PER_PAGE = 12
RELATED_NEWS_COUNT = 5


class ProjectPageQuerySet(PageQuerySet):
    def with_status(self, status):
        return self.filter(status=status)

    def active(self):
        return self.with_status(ProjectStatus.ACTIVE)

    def in_theme(self, slug):
        return self.filter(thematic_area__slug=slug)

    def by_status_then_newest(self):
        """Active projects first, then those in the pipeline, then completed ones."""
        rank = models.Case(
            models.When(status=ProjectStatus.ACTIVE, then=0),
            models.When(status=ProjectStatus.PIPELINE, then=1),
            default=2,
        )
        return self.order_by(rank, models.F("start_date").desc(nulls_last=True), "title", "pk")

    def for_listing(self):
        return (
            self.defer_streamfields()
            .select_related("thematic_area", "locale", "listing_image")
            .prefetch_related("donors")
        )


ProjectPageManager = PageManager.from_queryset(ProjectPageQuerySet)


class ProjectPage(BasePage):
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ProjectStatus.choices,
        default=ProjectStatus.ACTIVE,
        db_index=True,
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    donors = ParentalManyToManyField(
        "taxonomy.Organization",
        blank=True,
        related_name="funded_projects",
        verbose_name=_("donors"),
    )
    partners = ParentalManyToManyField(
        "taxonomy.Organization",
        blank=True,
        related_name="partner_projects",
        verbose_name=_("partners"),
    )
    thematic_area = models.ForeignKey(
        "taxonomy.ThematicArea",
        verbose_name=_("thematic area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
        help_text=_('The project\'s main area; it is counted in "Mission at a glance".'),
    )
    regions = ParentalManyToManyField(
        "taxonomy.Place", blank=True, related_name="projects", verbose_name=_("regions")
    )
    summary = models.TextField(
        _("summary"), help_text=_("What the project does, for whom, in a few sentences.")
    )
    body = StreamField(article_body_blocks(), blank=True, verbose_name=_("body"))
    brief = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("project brief"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The project brief as a PDF."),
    )

    objects = ProjectPageManager()

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Status and dates"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("brief"),
        MultiFieldPanel(
            [
                FieldPanel("thematic_area"),
                FieldPanel("donors"),
                FieldPanel("partners"),
                FieldPanel("regions"),
            ],
            heading=_("Classification"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A project cannot end before it starts.")})

    def get_summary(self) -> str:
        return self.listing_summary or self.summary

    @property
    def period_display(self) -> str:
        """ "March 2021 – February 2024": project periods read in months, not days."""
        start = format_partial_date(self.start_date, DatePrecision.MONTH)
        end = format_partial_date(self.end_date, DatePrecision.MONTH)
        if start and end:
            return start if start == end else f"{start} – {end}"
        if start:
            return _("from %(date)s") % {"date": start}
        if end:
            return _("until %(date)s") % {"date": end}
        return ""

    @cached_property
    def project_index(self):
        return self.get_parent().specific

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.related_news())
        return context

    def related_news(self) -> dict:
        """The newest articles that editors linked to this project ("related project"
        on the article), in this page's language, and the news river filtered to them.

        An explicit link rather than shared themes or places: a thematic area spans
        many projects, and only the editor knows which project an article reports on.
        """
        articles = (
            ArticlePage.objects.live()
            .public()
            .filter(locale=self.locale)
            .about_project(self)
            .for_listing()
            .newest_first()
        )
        news = list(articles[:RELATED_NEWS_COUNT])
        river = NewsIndexPage.objects.live().filter(locale=self.locale).first() if news else None
        return {
            "related_news": news,
            "related_news_url": f"{river.url}?project={self.slug}" if river else "",
        }


class ProjectIndexPage(SectionIndexPage):
    section = Section("projects", _("Projects"), 30)
    subpage_types = ["projects.ProjectPage"]
    query_params = (*ProjectFilter.PARAMS, "page")

    class Meta:
        verbose_name = _("projects index")

    def projects(self):
        return ProjectPage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        project_filter = ProjectFilter(
            request.GET, queryset=self.projects(), request=request, locale=self.locale
        )
        projects = project_filter.qs.for_listing().by_status_then_newest()
        page_obj = page_of(request, projects, PROJECTS_PER_PAGE)
        context.update(
            filter=project_filter,
            facets=project_filter.facets(),
            page_obj=page_obj,
            projects=page_obj.object_list,
            glance=mission_at_a_glance(request),
        )
        return context


def mission_at_a_glance(request=None) -> dict:
    """The project figures of "Mission at a glance", counted live from published projects.

    A project and its translations are one project (one translation key), and a
    thematic area is one area in every language (one slug). `request` is accepted so
    callers can pass it; the figures are the same for every reader and language.
    """
    # order_by(): no ordering columns may sneak into the DISTINCT.
    active = ProjectPage.objects.live().public().active().order_by()
    return {
        "active_projects": active.values("translation_key").distinct().count(),
        "thematic_areas": active.exclude(thematic_area=None)
        .values("thematic_area__slug")
        .distinct()
        .count(),
    }
