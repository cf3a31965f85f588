"""Shared vocabularies: places, organizations and thematic areas.

They are translatable snippets: each locale has its own copy of an entry, linked by
Wagtail's translation key, and all copies share one slug so filter links
(`?theme=labour-migration`) read the same in every language.
"""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from portal.core.content import public_content


class TaxonomyBase(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, allow_unicode=False)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


@public_content
@register_snippet
class ThematicArea(TaxonomyBase):
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


@public_content
@register_snippet
class Place(TaxonomyBase):
    region = models.CharField(
        _("region"), max_length=200, blank=True, help_text=_("For example: Khatlon, Sughd.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("region")]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    @property
    def name_with_region(self) -> str:
        """ "Khujand (Sughd)"; a place that is its own region, such as Dushanbe or
        "Sughd region" in Sughd, is named once."""
        region = self.region.strip()
        if not region or _within(region, self.name) or _within(self.name, region):
            return self.name
        return f"{self.name} ({region})"


def _within(words: str, text: str) -> bool:
    """Whether `words` occur in `text` as whole words, whatever the case."""
    pattern = rf"(?<!\w){re.escape(words.strip().casefold())}(?!\w)"
    return bool(re.search(pattern, text.casefold()))


class OrganizationType(models.TextChoices):
    DONOR = "donor", _("Donor")
    UN_AGENCY = "un_agency", _("UN agency")
    GOVERNMENT = "government", _("Government")
    NGO = "ngo", _("NGO")
    OTHER = "other", _("Other")


@public_content
@register_snippet
class Organization(TaxonomyBase):
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    organization_type = models.CharField(
        _("type"), max_length=20, choices=OrganizationType.choices, default=OrganizationType.OTHER
    )
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("acronym"),
        FieldPanel("organization_type"),
        FieldPanel("website"),
    ]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
