"""Hotlines: numbers to call for a purpose, in a country, in given languages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from portal.core.content import public_content

from ..channels import channel_href
from ..choices import Channel


class Country(models.TextChoices):
    TAJIKISTAN = "TJ", _("Tajikistan")
    RUSSIA = "RU", _("Russia")
    KAZAKHSTAN = "KZ", _("Kazakhstan")
    TURKIYE = "TR", _("Türkiye")


@public_content
@register_snippet
class Hotline(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=200)
    number = models.CharField(_("number"), max_length=50)
    purpose = models.TextField(_("purpose"))
    hours = models.CharField(_("hours"), max_length=200, blank=True)
    free = models.BooleanField(_("free call"), default=True)
    country = models.CharField(_("works in"), max_length=2, choices=Country.choices)
    languages = models.CharField(_("languages"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("number"), FieldPanel("free")]),
        FieldPanel("purpose"),
        FieldPanel("hours"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("languages")]),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = [SynchronizedField("number")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("hotline")
        verbose_name_plural = _("hotlines")

    def __str__(self):
        return f"{self.name} ({self.number})"

    @property
    def href(self) -> str:
        return channel_href(Channel.PHONE, self.number)
