import datetime

import factory
import wagtail_factories

from portal.newsletters.models import (
    NewsletterIssuePage,
    NewsletterSeries,
    NewsletterTocEntry,
)
from portal.taxonomy.tests.factories import default_locale


class NewsletterSeriesFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Series {n}")
    slug = factory.Sequence(lambda n: f"series-{n}")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = NewsletterSeries


class NewsletterIssuePageFactory(wagtail_factories.PageFactory):
    """Build with `parent=newsletter_index`; the page is published (live)."""

    title = factory.Sequence(lambda n: f"Issue {n}")
    slug = factory.Sequence(lambda n: f"issue-{n}")
    number = factory.Sequence(lambda n: n + 1)
    date = factory.Sequence(lambda n: datetime.date(2021, 1, 1) + datetime.timedelta(days=30 * n))
    live = True

    class Meta:
        model = NewsletterIssuePage


class NewsletterTocEntryFactory(factory.django.DjangoModelFactory):
    """Pass `page=issue` and either `article=` or `title=`."""

    title = ""
    summary = ""
    locale = factory.SelfAttribute("page.locale")

    class Meta:
        model = NewsletterTocEntry
