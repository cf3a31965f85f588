"""Newsletter titles ("Newsletter", "Today") under which issues appear."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet

from portal.core.content import public_content


@public_content
@register_snippet
class NewsletterSeries(TranslatableMixin, models.Model):
    """A newsletter title under which issues appear, such as "Today"."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("The same in every language."))

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("newsletter series")
        verbose_name_plural = _("newsletter series")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name
