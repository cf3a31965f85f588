"""Events: roundtables, webinars, trainings, campaign days; upcoming and past lists."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from portal.core.blocks import article_body_blocks
from portal.core.dates import format_date_range
from portal.core.models import BasePage, SectionIndexPage, page_of
from portal.core.sections import Section

PAST_EVENTS_PER_PAGE = 10


class EventFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid")


def _still_on(now):
    """An event is still on until its end, or its start when it has no end."""
    return models.Q(start__gte=now) | models.Q(end__gte=now)


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now: datetime.datetime | None = None):
        """Events not over yet (including those under way), soonest first."""
        now = now or timezone.now()
        return self.filter(_still_on(now)).order_by("start", "pk")

    def past(self, now: datetime.datetime | None = None):
        """Events that are over, most recent first."""
        now = now or timezone.now()
        return (
            self.filter(start__lt=now)
            .filter(models.Q(end__isnull=True) | models.Q(end__lt=now))
            .order_by("-start", "-pk")
        )

    def for_listing(self):
        return (
            self.defer_streamfields()
            .select_related("place", "locale", "listing_image")
            .prefetch_related("organizers")
        )


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


class EventPage(BasePage):
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    format = models.CharField(
        _("format"), max_length=20, choices=EventFormat.choices, default=EventFormat.IN_PERSON
    )
    place = models.ForeignKey(
        "taxonomy.Place",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    venue = models.CharField(
        _("venue"), max_length=255, blank=True, help_text=_("Building, hall or street address.")
    )
    organizers = ParentalManyToManyField(
        "taxonomy.Organization", blank=True, related_name="events", verbose_name=_("organizers")
    )
    link = models.URLField(_("link"), blank=True, help_text=_("Registration page or live stream."))
    summary = models.TextField(_("summary"), help_text=_("One or two sentences: what, for whom."))
    body = StreamField(article_body_blocks(), blank=True, verbose_name=_("body"))
    thematic_areas = ParentalManyToManyField(
        "taxonomy.ThematicArea", blank=True, related_name="events", verbose_name=_("thematic areas")
    )

    objects = EventPageManager()

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("format"),
                FieldRowPanel([FieldPanel("place"), FieldPanel("venue")]),
                FieldPanel("link"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("organizers"), FieldPanel("thematic_areas")],
            heading=_("Classification"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("format"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})

    def get_summary(self) -> str:
        return self.listing_summary or self.summary

    # Dates in the site's time zone (Dushanbe), not UTC: an evening event in
    # Dushanbe must not show up dated the day before.
    def reader_date(self):
        return self.start_date, "day"

    @property
    def start_date(self) -> datetime.date | None:
        return timezone.localdate(self.start) if self.start else None

    @property
    def end_date(self) -> datetime.date | None:
        return timezone.localdate(self.end) if self.end else None

    @property
    def date_range_display(self) -> str:
        return format_date_range(self.start_date, self.end_date)

    @property
    def utc_offset_display(self) -> str:
        """ "UTC+05:00": readers joining online from abroad need to know whose clock."""
        offset = timezone.localtime(self.start).strftime("%z")
        return f"UTC{offset[:3]}:{offset[3:]}"

    @property
    def is_online(self) -> bool:
        return self.format in (EventFormat.ONLINE, EventFormat.HYBRID)

    @property
    def has_venue(self) -> bool:
        return self.format in (EventFormat.IN_PERSON, EventFormat.HYBRID) and bool(
            self.place_id or self.venue
        )

    def is_past(self, now: datetime.datetime | None = None) -> bool:
        now = now or timezone.now()
        return (self.end or self.start) < now

    @property
    def is_over(self) -> bool:
        return self.is_past()

    @cached_property
    def event_index(self):
        return self.get_parent().specific

    def json_ld(self, request) -> dict:
        """schema.org Event for search engines."""
        mode = {
            EventFormat.ONLINE: "OnlineEventAttendanceMode",
            EventFormat.IN_PERSON: "OfflineEventAttendanceMode",
            EventFormat.HYBRID: "MixedEventAttendanceMode",
        }[self.format]
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.get_summary(),
            "startDate": timezone.localtime(self.start).isoformat(),
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
        }
        if self.end:
            data["endDate"] = timezone.localtime(self.end).isoformat()
        locations = []
        if self.format != EventFormat.ONLINE and (self.place or self.venue):
            name = self.venue or self.place.localized.name
            location = {"@type": "Place", "name": name}
            if self.place:
                location["address"] = self.place.localized.name
            locations.append(location)
        if self.format != EventFormat.IN_PERSON and self.link:
            locations.append({"@type": "VirtualLocation", "url": self.link})
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        organizers = [
            {"@type": "Organization", "name": org.localized.name} for org in self.organizers.all()
        ]
        if organizers:
            data["organizer"] = organizers
        return data


class EventIndexPage(SectionIndexPage):
    section = Section("events", _("Events"), 20)
    subpage_types = ["events.EventPage"]
    query_params = ("page",)

    class Meta:
        verbose_name = _("events index")

    def events(self):
        return EventPage.objects.live().public().child_of(self).for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        page_obj = page_of(request, self.events().past(now), PAST_EVENTS_PER_PAGE)
        context.update(
            # Upcoming events are few; they are all shown on the first page only.
            upcoming_events=list(self.events().upcoming(now)) if page_obj.number == 1 else [],
            page_obj=page_obj,
            past_events=page_obj.object_list,
            base_query="?",
        )
        return context
