"""A service in the help directory: who helps, with what, where, when, and how to reach
them; and when someone last confirmed that it works."""

import datetime
from http import HTTPMethod

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, PageManager, PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.core.models import BasePage

from .. import hours
from ..channels import channel_href
from ..choices import (
    AREA_CHOICES,
    AREAS_BY_SLUG,
    TIME_ZONE_CHOICES,
    Audience,
    Channel,
    Need,
    ServiceStatus,
    Weekday,
)
from .fields import ChoiceListField
from .reports import ReportForm, receive_report

# Entries not confirmed for this long carry a warning.
STALE_AFTER = datetime.timedelta(days=183)


class ServicePageQuerySet(PageQuerySet):
    def in_area(self, slug):
        return self.filter(area=slug)

    def for_need(self, slug):
        return self.filter(needs__contains=f",{slug},")

    def not_closed(self):
        return self.exclude(status=ServiceStatus.CLOSED)

    def for_listing(self):
        return (
            self.select_related("provider", "place", "locale")
            .prefetch_related("hours", "channels")
            .order_by("area", "title", "pk")
        )


ServicePageManager = PageManager.from_queryset(ServicePageQuerySet)


class ServicePage(BasePage):
    provider = models.ForeignKey(
        "taxonomy.Organization",
        verbose_name=_("provider"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="help_services",
    )
    summary = models.TextField(_("what they do"), blank=True)
    needs = ChoiceListField(_("needs"), choice_list=Need.choices, blank=False)
    audiences = ChoiceListField(_("who it serves"), choice_list=Audience.choices)
    area = models.CharField(
        _("region or country"), max_length=20, choices=AREA_CHOICES, db_index=True
    )
    place = models.ForeignKey(
        "taxonomy.Place",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="help_services",
    )
    address = models.TextField(_("address"), blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    directions = models.TextField(_("how to get there"), blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=40, choices=TIME_ZONE_CHOICES, default="Asia/Dushanbe"
    )
    hours_note = models.CharField(
        _("note on hours"),
        max_length=200,
        blank=True,
        help_text=_("For example: closed on public holidays."),
    )
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("Never printed in page source; shown on request.")
    )
    languages = models.CharField(_("languages spoken"), max_length=200, blank=True)
    free = models.BooleanField(_("free of charge"), default=True)
    fees = models.CharField(_("fees"), max_length=200, blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ServiceStatus.choices,
        default=ServiceStatus.ACTIVE,
        db_index=True,
    )
    checked_on = models.DateField(
        _("checked on"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("The day someone last called and confirmed the details."),
    )
    checked_by = models.CharField(_("checked by"), max_length=100, blank=True)

    objects = ServicePageManager()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("provider"), FieldPanel("needs"), FieldPanel("audiences")],
            heading=_("What and for whom"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("area"),
                FieldPanel("place"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("directions"),
                FieldPanel("accessibility"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                InlinePanel("hours", label=_("Opening hours")),
                FieldPanel("hours_note"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                InlinePanel("channels", label=_("Contact channels")),
                FieldPanel("email"),
                FieldPanel("languages"),
            ],
            heading=_("How to reach them"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("free"), FieldPanel("fees")]),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("checked_on"), FieldPanel("checked_by")]),
            ],
            heading=_("Cost, status and checking"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("address"),
        index.RelatedFields("provider", [index.SearchField("name")]),
        index.RelatedFields("place", [index.SearchField("name")]),
        index.FilterField("area"),
    ]
    override_translatable_fields = [
        SynchronizedField("needs"),
        SynchronizedField("audiences"),
        SynchronizedField("checked_by"),
    ]
    parent_page_types = ["help.HelpIndexPage"]
    subpage_types = []
    allowed_http_methods = [*BasePage.allowed_http_methods, HTTPMethod.POST]
    query_params = ("reported",)

    class Meta:
        verbose_name = _("help service")
        verbose_name_plural = _("help services")

    def get_summary(self) -> str:
        return self.listing_summary or self.summary

    # -- what readers see --------------------------------------------------------

    @property
    def area_label(self) -> str:
        area = AREAS_BY_SLUG.get(self.area)
        return str(area.label) if area else self.area

    def need_labels(self) -> list[str]:
        return self._meta.get_field("needs").labels(self.needs)

    def audience_labels(self) -> list[str]:
        return self._meta.get_field("audiences").labels(self.audiences)

    @cached_property
    def intervals(self) -> list[hours.Interval]:
        return [row.interval for row in self.hours.all()]

    def open_state(self, moment=None) -> hours.OpenState | None:
        """Open or closed at `moment` (now); None when no hours are given."""
        if not self.intervals:
            return None
        return hours.open_state(self.intervals, self.time_zone, moment or timezone.now())

    def is_stale(self, today=None) -> bool:
        """Not confirmed for six months (or never)."""
        today = today or timezone.localdate()
        return self.checked_on is None or today - self.checked_on > STALE_AFTER

    def contact_channels(self) -> list["ServiceChannel"]:
        return list(self.channels.all())

    @property
    def first_phone(self) -> str:
        phones = [c.value for c in self.contact_channels() if c.kind == Channel.PHONE]
        return phones[0] if phones else ""

    def hours_by_day(self) -> list[tuple[str, list[hours.Interval]]]:
        days = []
        for day, label in Weekday.choices:
            days.append((label, [i for i in sorted(self.intervals) if i.weekday == day]))
        return days

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("report_form", ReportForm())
        context.update(now=timezone.now(), reported=request.GET.get("reported") == "1")
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return receive_report(self, request)
        return super().serve(request, *args, **kwargs)


class ServiceHours(Orderable):
    """One opening interval: two on one day make a break; closing at or before the
    opening time runs past midnight; 00:00–00:00 is the whole day."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="hours")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")

    @property
    def interval(self) -> hours.Interval:
        return hours.Interval(self.weekday, self.opens, self.closes)


class ServiceChannel(Orderable):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="channels")
    kind = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    value = models.CharField(
        _("number, user name or address"),
        max_length=200,
        help_text=_("Phone numbers in international form: +992 …"),
    )
    note = models.CharField(_("note"), max_length=100, blank=True)

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("value"), FieldPanel("note")])]

    class Meta(Orderable.Meta):
        verbose_name = _("contact channel")

    @property
    def href(self) -> str:
        return channel_href(self.kind, self.value)
