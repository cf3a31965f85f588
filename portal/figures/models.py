"""Key figures: a number is never shown without its year and source."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet


@register_snippet
class KeyFigure(TranslatableMixin, index.Indexed, models.Model):
    value = models.CharField(_("value"), max_length=50, help_text=_("For example 32.8 or 500,000."))
    unit = models.CharField(_("unit"), max_length=50, blank=True, help_text=_("million, %, US$..."))
    label = models.CharField(_("label"), max_length=255)
    year = models.PositiveIntegerField(_("year"), null=True, blank=True)
    source_name = models.CharField(_("source"), max_length=255)
    source_url = models.URLField(_("source URL"), blank=True)

    panels = [
        FieldPanel("value"),
        FieldPanel("unit"),
        FieldPanel("label"),
        FieldPanel("year"),
        MultiFieldPanel([FieldPanel("source_name"), FieldPanel("source_url")], heading=_("Source")),
    ]
    search_fields = [index.SearchField("label"), index.AutocompleteField("label")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")
        ordering = ["-year", "label"]

    def __str__(self):
        year = f" ({self.year})" if self.year else ""
        return f"{self.value} {self.unit} {self.label}{year}".replace("  ", " ")
