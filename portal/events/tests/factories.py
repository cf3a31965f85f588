import datetime

import factory
import wagtail_factories
from django.utils import timezone

from portal.events.models import EventFormat, EventPage


class EventPageFactory(wagtail_factories.PageFactory):
    """Build with `parent=event_index`; the page is published (live).

    By default each event starts a day later than the previous one, from a week ahead.
    """

    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    start = factory.Sequence(
        lambda n: timezone.now().replace(microsecond=0) + datetime.timedelta(days=7 + n)
    )
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3))
    format = EventFormat.IN_PERSON
    summary = factory.Sequence(lambda n: f"Summary of event {n}.")
    live = True

    class Meta:
        model = EventPage
