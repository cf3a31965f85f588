"""Key figures: a number is never shown without its year and source."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from portal.core.content import public_content

# The home page shows its own list of figures, then the figures flagged here, up to:
HOME_FIGURES_MAX = 8


class KeyFigureQuerySet(models.QuerySet):
    def for_home_page(self, locale, exclude_keys=()):
        """Figures flagged "show on the home page", in `locale`, in their order.

        The flag counts in every language: a figure flagged in English is shown on
        the Russian home page too, as soon as it has a Russian translation.
        """
        flagged = self.filter(on_home_page=True)
        keys = flagged.values("translation_key")
        order = {}
        for key, position in flagged.order_by("home_order", "-year", "pk").values_list(
            "translation_key", "home_order"
        ):
            order.setdefault(key, position)
        figures = self.filter(locale=locale, translation_key__in=keys).exclude(
            translation_key__in=exclude_keys
        )
        return sorted(figures, key=lambda f: (order[f.translation_key], -f.year, f.pk))


@public_content
@register_snippet
class KeyFigure(TranslatableMixin, index.Indexed, models.Model):
    value = models.CharField(_("value"), max_length=50, help_text=_("For example 32.8 or 500,000."))
    unit = models.CharField(_("unit"), max_length=50, blank=True, help_text=_("million, %, US$..."))
    label = models.CharField(_("label"), max_length=255)
    year = models.PositiveIntegerField(
        _("year"),
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("The year the figure describes; readers always see it."),
    )
    source_name = models.CharField(_("source"), max_length=255)
    source_url = models.URLField(_("source URL"), blank=True)
    on_home_page = models.BooleanField(
        _("show on the home page"),
        default=False,
        help_text=format_lazy(
            _(
                "Shown on the home page of every language this figure is translated into, "
                "after the figures chosen on the home page itself (at most {count} in all)."
            ),
            count=HOME_FIGURES_MAX,
        ),
    )
    home_order = models.PositiveSmallIntegerField(
        _("order on the home page"),
        default=0,
        help_text=_("Among the figures shown this way, lower numbers come first."),
    )

    objects = KeyFigureQuerySet.as_manager()

    panels = [
        FieldPanel("value"),
        FieldPanel("unit"),
        FieldPanel("label"),
        FieldPanel("year"),
        MultiFieldPanel([FieldPanel("source_name"), FieldPanel("source_url")], heading=_("Source")),
        FieldRowPanel(
            [FieldPanel("on_home_page"), FieldPanel("home_order")], heading=_("Home page")
        ),
    ]
    search_fields = [index.SearchField("label"), index.AutocompleteField("label")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")
        ordering = ["-year", "label"]

    def __str__(self):
        return f"{self.value} {self.unit} {self.label} ({self.year})".replace("  ", " ")
