"""Guides: "before you go" pages of questions and answers, each reviewed on a date and
linking the services it mentions."""

from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.core.models import BasePage


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=300)
    answer = blocks.RichTextBlock(
        label=_("answer"), features=["bold", "italic", "link", "ol", "ul"]
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "help/blocks/question.html"


class GuidePage(BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField([("question", QuestionBlock())], verbose_name=_("questions and answers"))
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("The day someone last checked that the answers are still true."),
    )
    services = ParentalManyToManyField(
        "help.ServicePage", blank=True, related_name="guides", verbose_name=_("services")
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("last_reviewed"),
        FieldPanel("body"),
        FieldPanel("services"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["help.HelpIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def get_summary(self) -> str:
        return self.listing_summary or self.intro

    def reader_date(self):
        return self.last_reviewed, "day"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["now"] = timezone.now()
        return context

    def linked_services(self) -> list:
        """The services this guide names, in the guide's language where translated
        (a translated guide keeps the source's choices), live ones only."""
        found = []
        for service in self.services.live().specific():
            service = service.get_translation_or_none(self.locale) or service
            if service.live and service not in found:
                found.append(service.specific)
        return found

    def json_ld(self, request) -> dict:
        """schema.org FAQPage: each question with its answer as plain text."""
        return {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "name": self.title,
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            **({"dateModified": self.last_reviewed.isoformat()} if self.last_reviewed else {}),
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": block.value["question"],
                    "acceptedAnswer": {
                        "@type": "Answer",
                        "text": strip_tags(block.value["answer"].source).strip(),
                    },
                }
                for block in self.body
                if block.block_type == "question"
            ],
        }
