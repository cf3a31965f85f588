"""News: articles of every kind (news, press releases, statements, stories, event
reports, calls for entries) and the news index that lists and filters them."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from portal.core.blocks import article_body_blocks
from portal.core.dates import format_date_range
from portal.core.generations import remember, remember_key
from portal.core.models import BasePage, PartialDateMixin, SectionIndexPage, page_of
from portal.core.page_forms import has_text
from portal.core.sections import Section

from .feeds import ArticleFeed
from .filters import ArticleFilter
from .kinds import ArticleKind, PrivacyMarker

ARTICLES_PER_PAGE = 10


class ArticlePageQuerySet(PageQuerySet):
    def newest_first(self):
        # Only this table's columns, so that the index news_article_newest_first drives
        # the query and a page of a long river reads a few rows instead of sorting all
        # of them. Tie-break: the page id (one day's articles in the order created).
        return self.order_by(models.F("date").desc(nulls_last=True), "-pk")

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def in_theme(self, slug):
        return self.filter(thematic_areas__slug=slug)

    def at_place(self, slug):
        return self.filter(models.Q(places__slug=slug) | models.Q(dateline_place__slug=slug))

    def with_partner(self, slug):
        return self.filter(organizations__slug=slug)

    def about_project(self, project):
        """Articles linked to `project` or to any of its translations (a translated
        article may still point at the project in the language it came from)."""
        return self.filter(related_project__translation_key=project.translation_key)

    def for_listing(self):
        """What a teaser needs, in a constant number of queries, without the body."""
        return (
            self.defer_streamfields()
            .select_related("dateline_place", "listing_image", "hero_image", "locale")
            .prefetch_related("thematic_areas")
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class ArticlePage(PartialDateMixin, BasePage):
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=ArticleKind.choices,
        default=ArticleKind.NEWS,
        db_index=True,
    )
    dateline_place = models.ForeignKey(
        "taxonomy.Place",
        verbose_name=_("dateline place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    date_end = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("For datelines such as 2–3 September.")
    )
    lead = models.TextField(_("lead"), help_text=_("One or two sentences: what happened, where."))
    body = StreamField(article_body_blocks(), blank=True, verbose_name=_("body"))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt_text = models.CharField(_("hero image alternative text"), max_length=255, blank=True)
    hero_caption = models.CharField(_("hero image caption"), max_length=255, blank=True)
    hero_credit = models.CharField(_("hero image credit"), max_length=255, blank=True)
    thematic_areas = ParentalManyToManyField(
        "taxonomy.ThematicArea",
        blank=True,
        related_name="articles",
        verbose_name=_("thematic areas"),
    )
    organizations = ParentalManyToManyField(
        "taxonomy.Organization", blank=True, related_name="articles", verbose_name=_("partners")
    )
    places = ParentalManyToManyField(
        "taxonomy.Place", blank=True, related_name="articles", verbose_name=_("places")
    )
    privacy_marker = models.CharField(
        _("privacy marker"),
        max_length=40,
        choices=PrivacyMarker.choices,
        blank=True,
        help_text=_(
            "Stories only (required for them): readers are told what was changed to protect "
            "people. Ignored for other kinds."
        ),
    )
    call_opens_on = models.DateField(
        _("submissions open"),
        null=True,
        blank=True,
        help_text=_("Calls for entries only; ignored for other kinds."),
    )
    call_closes_on = models.DateField(
        _("deadline"),
        null=True,
        blank=True,
        help_text=_("Calls for entries only (required for them); the call closes after it."),
    )
    how_to_apply = RichTextField(
        _("how to apply"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "Calls for entries only (required before a call is published): where and how "
            "to send an entry: a link to the form, an e-mail address, or the steps to follow."
        ),
    )
    related_project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("related project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The project this article reports on; the project's page lists it."),
    )
    # Stable identity of an item brought over from the old site (legacy import).
    source_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    objects = ArticlePageManager()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldPanel("dateline_place"),
                FieldRowPanel(
                    [FieldPanel("date"), FieldPanel("date_precision"), FieldPanel("date_end")]
                ),
            ],
            heading=_("Dateline"),
        ),
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_alt_text"),
                FieldRowPanel([FieldPanel("hero_caption"), FieldPanel("hero_credit")]),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        # data-portal-kinds: the kinds a panel applies to; the editor's script
        # (static/js/admin-article-kind.js) hides it for the others.
        FieldPanel("privacy_marker", attrs={"data-portal-kinds": ArticleKind.STORY}),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("call_opens_on"), FieldPanel("call_closes_on")]),
                FieldPanel("how_to_apply"),
            ],
            heading=_("Call for entries"),
            attrs={"data-portal-kinds": ArticleKind.CALL},
        ),
        MultiFieldPanel(
            [
                FieldPanel("thematic_areas"),
                FieldPanel("organizations"),
                FieldPanel("places"),
                FieldPanel("related_project", widget=forms.Select),
            ],
            heading=_("Classification"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def content_kind(self) -> str:
        return self.kind or super().content_kind()

    @classmethod
    def content_kind_labels(cls) -> dict:
        return {**super().content_kind_labels(), **dict(ArticleKind.choices)}

    def clean(self):
        super().clean()
        # Fields of another kind are cleared: a news item that was drafted as a story
        # must not carry a privacy marker, nor a story a deadline.
        if self.kind != ArticleKind.STORY:
            self.privacy_marker = ""
        if self.kind != ArticleKind.CALL:
            self.call_opens_on = self.call_closes_on = None
            self.how_to_apply = ""
        errors = {}
        if self.kind == ArticleKind.STORY and not self.privacy_marker:
            errors["privacy_marker"] = _(
                "Stories must say what was done to protect the people in them."
            )
        if self.kind == ArticleKind.CALL and not self.call_closes_on:
            errors["call_closes_on"] = _("A call for entries needs a deadline.")
        if self.call_opens_on and self.call_closes_on and self.call_opens_on > self.call_closes_on:
            errors["call_closes_on"] = _("The deadline must not be before the opening date.")
        if self.hero_image and not self.hero_alt_text:
            errors["hero_alt_text"] = _("Describe the hero image for readers who cannot see it.")
        if self.date and self.date_end and self.date_end < self.date:
            errors["date_end"] = _("The end date must not be before the date.")
        if errors:
            raise ValidationError(errors)

    def publication_errors(self) -> dict:
        """What the article still needs before it is published (drafts may lack it)."""
        if self.kind == ArticleKind.CALL and not has_text(self.how_to_apply):
            return {
                "how_to_apply": _(
                    "Tell readers how to apply (a link, an e-mail address or the steps) "
                    "before publishing the call."
                )
            }
        return {}

    def get_summary(self) -> str:
        return self.listing_summary or self.lead

    def get_share_image(self):
        return self.listing_image or self.hero_image

    @property
    def is_call(self) -> bool:
        return self.kind == ArticleKind.CALL

    def is_closed(self, today: datetime.date | None = None) -> bool:
        """A call for entries closes by itself once its deadline has passed."""
        if not self.is_call or not self.call_closes_on:
            return False
        today = today or timezone.localdate()
        return self.call_closes_on < today

    @property
    def call_closed(self) -> bool:
        return self.is_closed()

    @property
    def show_privacy_marker(self) -> bool:
        return self.kind == ArticleKind.STORY and self.privacy_marker not in (
            "",
            PrivacyMarker.NONE_NEEDED,
        )

    @property
    def date_range_display(self) -> str:
        """ "2–3 September 2013" style when the article covers several days."""
        return format_date_range(self.date, self.date_end, self.date_precision)

    @cached_property
    def news_index(self):
        return self.get_parent().specific


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    section = Section("news", _("News"), 10, feed="feed/")
    subpage_types = ["news.ArticlePage"]
    query_params = (*ArticleFilter.PARAMS, "page")

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        return ArticlePage.objects.live().public().child_of(self)

    @path("")
    def river(self, request):
        scope = f"river:{self.pk}"
        article_filter = ArticleFilter(
            request.GET,
            queryset=self.articles(),
            request=request,
            locale=self.locale,
            cache_scope=scope,
        )
        articles = article_filter.qs.for_listing().newest_first()
        # Counting a long river is a scan of it: kept until the next publish. Only
        # values the river knows are active (the others were refused), so no crafted
        # value ever names a cache entry.
        count = remember(
            remember_key("count", scope, sorted(article_filter.active.items())),
            article_filter.qs.count,
        )
        page_obj = page_of(request, articles, ARTICLES_PER_PAGE, count=count)
        return self.render(
            request,
            context_overrides={
                "filter": article_filter,
                "page_obj": page_obj,
                "articles": page_obj.object_list,
                "facets": article_filter.facets(),
                "years": article_filter.years(),
            },
        )

    @path("feed/")
    def feed(self, request):
        return ArticleFeed(self)(request)

    @path("feed/<slug:theme>/")
    def theme_feed(self, request, theme):
        return ArticleFeed(self, theme=theme)(request)


def _absolute(request, url):
    return request.build_absolute_uri(url) if request else url


def article_json_ld(article, request) -> dict:
    """schema.org NewsArticle describing `article`."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.get_summary(),
        "inLanguage": article.locale.language_code,
        "mainEntityOfPage": article.get_full_url(request),
        "publisher": {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
    }
    if article.date:
        data["datePublished"] = article.date_iso
    elif article.first_published_at:
        data["datePublished"] = article.first_published_at.date().isoformat()
    if article.last_published_at:
        data["dateModified"] = article.last_published_at.isoformat()
    if article.dateline_place:
        data["contentLocation"] = {"@type": "Place", "name": article.dateline_place.localized.name}
    image = article.get_share_image()
    if image:
        rendition = image.get_rendition("fill-1200x630|format-jpeg")
        data["image"] = [_absolute(request, rendition.url)]
    return data


ArticlePage.json_ld = article_json_ld
