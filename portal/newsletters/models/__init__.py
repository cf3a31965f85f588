"""Newsletter issues ("Newsletter", "Today") and the archive that lists them."""

from ..blocks import SectionBlock, SectionItemBlock
from ..presentation import LanguageVersion, NewsletterItem, NewsletterSection, language_versions
from .index import NewsletterIndexPage
from .issue import NewsletterIssuePage, NewsletterIssuePageQuerySet, NewsletterTocEntry
from .series import NewsletterSeries

__all__ = [
    "LanguageVersion",
    "NewsletterIndexPage",
    "NewsletterIssuePage",
    "NewsletterIssuePageQuerySet",
    "NewsletterItem",
    "NewsletterSection",
    "NewsletterSeries",
    "NewsletterTocEntry",
    "SectionBlock",
    "SectionItemBlock",
    "language_versions",
]
