import datetime

import factory
import wagtail_factories

from portal.help.models import GuidePage, Hotline, ServiceChannel, ServiceHours, ServicePage


class ServicePageFactory(wagtail_factories.PageFactory):
    """Build with `parent=help_index`; the page is published (live)."""

    title = factory.Sequence(lambda n: f"Service {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    summary = "Free advice for migrants."
    needs = ["legal-aid"]
    area = "khatlon"
    checked_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=10))
    live = True

    class Meta:
        model = ServicePage


def add_hours(service, *rows):
    """rows: (weekday, "09:00", "18:00")."""
    for weekday, opens, closes in rows:
        ServiceHours.objects.create(
            page=service,
            weekday=weekday,
            opens=datetime.time.fromisoformat(opens),
            closes=datetime.time.fromisoformat(closes),
        )


def add_channel(service, kind, value, note=""):
    return ServiceChannel.objects.create(page=service, kind=kind, value=value, note=note)


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guide {n}")
    slug = factory.Sequence(lambda n: f"guide-{n}")
    live = True

    class Meta:
        model = GuidePage


class HotlineFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Hotline {n}")
    number = "+992 00 000 0000"
    purpose = "Advice for migrants."
    country = "TJ"

    class Meta:
        model = Hotline
