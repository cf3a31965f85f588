"""A newsletter issue: a page per language, its table of contents and sections.

An issue is a page: each language's translation of it is that language's version,
with its own PDF. The table of contents resolves to plain items (title, summary,
url) so that the same data renders into the page and into an e-mail.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager, PageQuerySet, TranslatableMixin
from wagtail.search import index

from portal.core.models import BasePage, PartialDateMixin
from portal.core.panels import PageActionsPanel
from portal.news.models import ArticlePage

from ..blocks import SectionBlock
from ..presentation import NewsletterItem, NewsletterSection, language_versions, page_url
from .series import NewsletterSeries


class NewsletterIssuePageQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by(
            models.F("date").desc(nulls_last=True),
            models.F("number").desc(nulls_last=True),
            "-first_published_at",
            "-pk",
        )

    def in_series(self, slug):
        return self.filter(series__slug=slug)


NewsletterIssuePageManager = PageManager.from_queryset(NewsletterIssuePageQuerySet)


class NewsletterIssuePage(PartialDateMixin, BasePage):
    series = models.ForeignKey(
        NewsletterSeries,
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="issues",
    )
    number = models.PositiveIntegerField(_("issue number"), null=True, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    sections = StreamField(
        [("section", SectionBlock())],
        blank=True,
        verbose_name=_("extra sections"),
        help_text=_("Sections after the stories, such as Project Briefs."),
    )
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The printed issue in this language; each translation has its own."),
    )

    objects = NewsletterIssuePageManager()

    content_panels = [
        *BasePage.content_panels,
        PageActionsPanel(),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("series"), FieldPanel("number")]),
                FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]),
            ],
            heading=_("Issue"),
        ),
        FieldPanel("intro"),
        InlinePanel("toc_entries", heading=_("Table of contents"), label=_("story")),
        FieldPanel("sections"),
        FieldPanel("pdf"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.FilterField("date"),
    ]

    parent_page_types = ["newsletters.NewsletterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")

    def get_summary(self) -> str:
        return self.listing_summary or self.intro or self.search_description or ""

    def resolved_toc(self, request=None, full_urls=False) -> list[NewsletterItem]:
        """The table of contents in order, each story linked to the article in this
        issue's language when it has been translated (else the linked article itself).

        `full_urls` gives absolute links, as an e-mail needs.
        """
        entries = list(self.toc_entries.select_related("article"))
        keys = {e.article.translation_key for e in entries if e.article_id}
        translated = {}
        if keys:
            translated = {
                a.translation_key: a
                for a in ArticlePage.objects.live().filter(
                    translation_key__in=keys, locale_id=self.locale_id
                )
            }
        items = []
        for entry in entries:
            article = None
            if entry.article_id:
                article = translated.get(entry.article.translation_key)
                if article is None and entry.article.live:
                    article = entry.article
            items.append(entry.as_item(article, request, full_urls))
        return items

    def resolved_sections(self, request=None, full_urls=False) -> list[NewsletterSection]:
        sections = []
        for block in self.sections:
            items = []
            for value in block.value["items"]:
                page, document = value.get("page"), value.get("document")
                if page is not None and page.live:
                    if page.locale_id != self.locale_id:
                        translated = page.get_translation_or_none(self.locale)
                        page = translated if translated is not None and translated.live else page
                    url = page_url(page, request, full_urls)
                elif document is not None:
                    url = document.url
                    if full_urls and request is not None:
                        url = request.build_absolute_uri(url)
                else:
                    url = None
                title = value.get("title") or (page.title if page is not None else "")
                items.append(NewsletterItem(title, value.get("summary") or "", url))
            sections.append(NewsletterSection(block.value["heading"], items))
        return sections

    @property
    def pdf_size(self) -> int | None:
        if self.pdf is None:
            return None
        try:
            return self.pdf.get_file_size()
        except OSError:  # the file went missing from storage
            return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = self.resolved_toc(request)
        context["extra_sections"] = self.resolved_sections(request)
        context["language_versions"] = language_versions([self], request, current=self).get(
            self.translation_key, []
        )
        return context


class NewsletterTocEntry(TranslatableMixin, Orderable):
    """A story in an issue: a link to an article, or a title alone for a story that
    is not on the site. Translatable so that titles and summaries are translated
    with the issue (wagtail-localize would otherwise copy them over from English)."""

    page = ParentalKey(NewsletterIssuePage, on_delete=models.CASCADE, related_name="toc_entries")
    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(
        _("title"),
        max_length=255,
        blank=True,
        help_text=_("Required when no article is chosen; otherwise replaces its title."),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("A sentence or two; the article's lead is used if empty."),
    )

    panels = [FieldPanel("article"), FieldPanel("title"), FieldPanel("summary")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("table of contents entry")
        verbose_name_plural = _("table of contents")

    def __str__(self):
        return self.title or (self.article.title if self.article_id else "")

    def clean(self):
        super().clean()
        if not self.article_id and not self.title.strip():
            raise ValidationError({"title": _("Choose an article or give the story's title.")})

    def as_item(self, article=None, request=None, full_urls=False) -> NewsletterItem:
        """`article`: the linked article as it should be shown (translated, live), or None."""
        if article is None:
            fallback = self.article.title if self.article_id else ""
            return NewsletterItem(self.title or fallback, self.summary, None)
        return NewsletterItem(
            self.title or article.title,
            self.summary or article.get_summary(),
            page_url(article, request, full_urls),
        )
