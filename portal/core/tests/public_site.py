"""A small public site for tests that visit every page type and every listing.

One live page of each page type (with the taxonomy, project, series and document
they refer to), on top of the site tree that gives every language its home and
section pages; `listings()` names each listing with the query parameters it declares.
"""

import datetime
from types import SimpleNamespace

from django.core.files.base import ContentFile
from wagtail.models import Page, get_page_models
from wagtail_factories import DocumentFactory

from portal.events.tests.factories import EventPageFactory
from portal.help.tests.factories import GuidePageFactory, ServicePageFactory, add_hours
from portal.multimedia.tests.factories import (
    GalleryImageFactory,
    GalleryPageFactory,
    VideoPageFactory,
)
from portal.news.tests.factories import ArticlePageFactory
from portal.newsletters.tests.factories import (
    NewsletterIssuePageFactory,
    NewsletterSeriesFactory,
    NewsletterTocEntryFactory,
)
from portal.projects.tests.factories import ProjectPageFactory
from portal.sitesearch.indexing import index_page
from portal.sitesearch.views import search
from portal.taxonomy.tests.factories import OrganizationFactory, PlaceFactory, ThematicAreaFactory

LANGUAGES = ("en", "ru", "tg")
# Section slug -> the listing's page type declares what it reads (`query_params`).
LISTING_SECTIONS = ("news", "projects", "events", "newsletters", "videos", "galleries", "help")


def build_public_site(site_tree) -> SimpleNamespace:
    sections = {slug: pages["en"] for slug, pages in site_tree.sections.items()}
    theme = ThematicAreaFactory(name="Labour migration", slug="labour-migration")
    place = PlaceFactory(name="Khujand", slug="khujand")
    partner = OrganizationFactory(name="European Union", slug="eu", organization_type="donor")
    project = ProjectPageFactory(
        parent=sections["projects"], title="Safe migration", slug="safe-migration"
    )
    project.thematic_area = theme
    project.save()
    article = ArticlePageFactory(
        parent=sections["news"],
        title="Border training in Khujand",
        slug="border-training",
        lead="Border guards trained on migrants' rights.",
        date=datetime.date(2021, 5, 1),
        dateline_place=place,
        related_project=project,
    )
    article.thematic_areas.add(theme)
    article.places.add(place)
    article.organizations.add(partner)
    article.save()
    index_page(article)
    series = NewsletterSeriesFactory(name="Today", slug="today")
    issue = NewsletterIssuePageFactory(
        parent=sections["newsletters"], series=series, slug="today-1"
    )
    NewsletterTocEntryFactory(page=issue, article=article, sort_order=0)
    EventPageFactory(parent=sections["events"], slug="roundtable")
    VideoPageFactory(parent=sections["videos"], slug="safe-migration-explained")
    gallery = GalleryPageFactory(parent=sections["galleries"], slug="campaign-day")
    GalleryImageFactory(page=gallery)
    service = ServicePageFactory(parent=sections["help"], slug="legal-aid-bokhtar", place=place)
    add_hours(service, (0, "09:00", "18:00"))
    guide = GuidePageFactory(parent=sections["help"], slug="before-you-go")
    guide.services.add(service)
    guide.save()
    document = DocumentFactory(title="Brief", file=ContentFile(b"%PDF brief", name="brief.pdf"))
    pages = [page.specific for page in Page.objects.live().filter(depth__gt=1)]
    return SimpleNamespace(
        pages=pages, article=article, project=project, series=series, document=document
    )


def portal_page_types() -> set[type]:
    return {model for model in get_page_models() if model.__module__.startswith("portal.")}


LISTINGS = (*LISTING_SECTIONS, "search")


def listings(site_tree) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """(listing, language) -> the listing's URL and the query parameters it declares,
    for every listing (search included) in every language."""
    found = {}
    for language in LANGUAGES:
        for slug in LISTING_SECTIONS:
            page = site_tree.sections[slug][language].specific
            found[slug, language] = (page.url, page.query_params)
        found["search", language] = (f"/{language}/search/", search.understood_params)
    return found
