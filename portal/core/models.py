"""What every public page shares, and the site-wide settings editors manage."""

import datetime
from http import HTTPMethod

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page
from wagtail.search import index

from .dates import DatePrecision, format_partial_date, iso_partial_date
from .page_forms import PortalPageForm
from .params import refuse
from .references import localize_references


class BasePage(Page):
    """Abstract base for the portal's pages: listing teaser and image, social sharing."""

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        help_text=_("Short text for listings and search results; the lead is used if empty."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in listings and when the page is shared."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Listings and sharing"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("listing_summary")]
    # Vocabularies (themes, places, partners...) offered in the page's own language.
    base_form_class = PortalPageForm
    # Readers read pages: anything else (TRACE, PUT, DELETE...) is answered 405, and
    # OPTIONS with this list. A page that takes a form adds POST.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]
    # The query parameters the page reads (a listing's filters and `page`); the page
    # cache ignores any other one (`portal.core.params`).
    query_params: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save_revision(self, *args, **kwargs):
        # A translated page refers to the snippets of its own language where they
        # exist (wagtail-localize copies the source page's many-to-many choices).
        localize_references(self)
        return super().save_revision(*args, **kwargs)

    def get_summary(self) -> str:
        return self.listing_summary or self.search_description or ""

    def get_share_image(self):
        return self.listing_image

    # What infrastructure (search, feeds) needs to know of a page, declared by the
    # page type itself rather than guessed by the infrastructure.
    def content_kind(self) -> str:
        """What the page is, for search filters: its page type unless it says more."""
        return self._meta.model_name

    @classmethod
    def content_kind_labels(cls) -> dict:
        """Readers' names of the kinds `content_kind` gives for this page type."""
        return {cls._meta.model_name: cls._meta.verbose_name}

    def reader_date(self) -> tuple[datetime.date | None, str]:
        """The date a reader would quote for the page, with its precision."""
        return None, DatePrecision.DAY


class SectionIndexPage(BasePage):
    """Abstract base of the one-per-language section pages (news, events, ...) that
    list their children under the home page."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


def page_of(request, items, per_page, count=None):
    """The requested page of a listing; a nonsense page number gives the first page,
    one past the end the last, never an error (such an answer is not cached: see
    `portal.core.params`). `count`, when known, spares a COUNT."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: this is its value
    requested = request.GET.getlist("page")
    page_obj = paginator.get_page(requested[-1] if requested else None)
    if requested and requested != [str(page_obj.number)]:
        refuse(request, "page", notify=False)
    return page_obj


class PartialDateMixin(models.Model):
    """A date stored with the precision it was known to (day, month or year)."""

    date = models.DateField(_("date"), null=True, blank=True, db_index=True)
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("Show only the month or year when the exact day is not known."),
    )

    class Meta:
        abstract = True

    def reader_date(self) -> tuple[datetime.date | None, str]:
        return self.date, self.date_precision or DatePrecision.DAY

    @property
    def date_display(self) -> str:
        return format_partial_date(self.date, self.date_precision)

    @property
    def date_iso(self) -> str:
        return iso_partial_date(self.date, self.date_precision)


@register_setting(icon="site")
class MissionSettings(BaseSiteSetting):
    """Facts about the mission shown across the site; typed once, here."""

    mission_name = models.CharField(_("mission name"), max_length=200, default="Mission Portal")
    mission_name_ru = models.CharField(_("mission name in Russian"), max_length=200, blank=True)
    mission_name_tg = models.CharField(_("mission name in Tajik"), max_length=200, blank=True)
    member_since = models.PositiveIntegerField(
        _("member since"), null=True, blank=True, help_text=_("Year the country joined.")
    )
    staff_count = models.PositiveIntegerField(_("staff count"), null=True, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    address_ru = models.TextField(_("postal address in Russian"), blank=True)
    address_tg = models.TextField(_("postal address in Tajik"), blank=True)
    phones = models.CharField(_("phones"), max_length=200, blank=True)
    hotline = models.CharField(
        _("hotline number"),
        max_length=50,
        blank=True,
        help_text=_("The helpline for migrants and their families, shown in every page's footer."),
    )
    fax = models.CharField(_("fax"), max_length=100, blank=True)
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Never printed in page source; readers use the contact form."),
    )
    live_site_url = models.URLField(
        _("live site URL"),
        blank=True,
        help_text=_("Where forms in the offline mirror send readers."),
    )
    # /.well-known/security.txt (RFC 9116), where researchers report vulnerabilities.
    security_email = models.EmailField(
        _("security contact e-mail"),
        blank=True,
        help_text=_("Where vulnerability reports go; published in /.well-known/security.txt."),
    )
    security_url = models.URLField(
        _("security contact page"),
        blank=True,
        help_text=_("A https:// page or form for vulnerability reports, if there is one."),
    )
    security_policy_url = models.URLField(
        _("vulnerability disclosure policy"),
        blank=True,
        help_text=_("The address of the policy on reporting vulnerabilities, if published."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("mission_name"),
                FieldPanel("mission_name_ru"),
                FieldPanel("mission_name_tg"),
            ],
            heading=_("Name"),
        ),
        MultiFieldPanel(
            [FieldPanel("member_since"), FieldPanel("staff_count")],
            heading=_("Mission at a glance"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_ru"),
                FieldPanel("address_tg"),
                FieldPanel("phones"),
                FieldPanel("hotline"),
                FieldPanel("fax"),
                FieldPanel("contact_email"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("live_site_url"),
        MultiFieldPanel(
            [
                FieldPanel("security_email"),
                FieldPanel("security_url"),
                FieldPanel("security_policy_url"),
            ],
            heading=_("Security contact"),
        ),
    ]

    class Meta:
        verbose_name = _("mission settings")

    def _in_language(self, field: str) -> str:
        """The Russian or Tajik version of a field when filled in, else the English one."""
        language = (get_language() or "en").split("-")[0]
        return getattr(self, f"{field}_{language}", "") or getattr(self, field)

    @property
    def name(self) -> str:
        return self._in_language("mission_name")

    @property
    def postal_address(self) -> str:
        return self._in_language("address")
