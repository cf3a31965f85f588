"""The home page of each language tree."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from portal.core.models import BasePage
from portal.events.models import EventPage
from portal.figures.models import HOME_FIGURES_MAX, KeyFigure
from portal.news.models import ArticlePage
from portal.newsletters.models import NewsletterIssuePage
from portal.projects.models import mission_at_a_glance

LATEST_NEWS_COUNT = 6
UPCOMING_EVENTS_COUNT = 3


class HomePage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel(
            "featured_figures",
            label=_("Key figures"),
            max_num=6,
            help_text=_(
                "Figures shown first. A figure can also be shown from its own form: "
                "Snippets → Key figures → “Show on the home page”."
            ),
        ),
    ]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = list(
            ArticlePage.objects.live()
            .public()
            .filter(locale=self.locale)
            .for_listing()
            .newest_first()[:LATEST_NEWS_COUNT]
        )
        context["upcoming_events"] = list(
            EventPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .upcoming()[:UPCOMING_EVENTS_COUNT]
        )
        context["latest_issue"] = (
            NewsletterIssuePage.objects.live()
            .public()
            .filter(locale=self.locale)
            .newest_first()
            .first()
        )
        context["glance"] = mission_at_a_glance(request)
        context["figures"] = self.key_figures()
        return context

    def key_figures(self) -> list:
        """The figures chosen on this page, then those flagged "show on the home page"
        (in this page's language), at most HOME_FIGURES_MAX in all."""
        chosen = [item.figure.localized for item in self.featured_figures.select_related("figure")]
        flagged = KeyFigure.objects.for_home_page(
            self.locale, exclude_keys=[figure.translation_key for figure in chosen]
        )
        return (chosen + flagged)[:HOME_FIGURES_MAX]


class HomePageFigure(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_figures")
    figure = models.ForeignKey("figures.KeyFigure", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("figure")]
