"""Write extracted items into the portal: articles, newsletter issues, key figures,
the contact block. One transaction per file; a stable source key per item so that
importing the same files again updates instead of duplicating.

The importer reads the typed items of `items.py` and nothing else; the JSON form of an
item (`Item.record`) serves only as its fingerprint, so an item that did not change
is not written again.

New pages are written in bulk (`portal.core.bulk_pages`: one flush per file, Wagtail's
reference index once at the end, `finish()`); `bulk=False` saves each page the way
Wagtail's admin does (`add_child`, `save_revision`, `publish`), ≈20 times slower and
kept to check the bulk path against. Pages that exist already are updated that way.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale
from wagtail.models import Page as WagtailPage
from wagtail.rich_text import RichText

from portal.core.bulk_pages import BulkPages
from portal.figures.models import KeyFigure
from portal.home.tree import ensure_site_tree
from portal.news.models import ArticlePage
from portal.newsletters.models import NewsletterIssuePage, NewsletterTocEntry

from .errors import LegacyFileError
from .items import (
    CALL,
    ArchiveIssue,
    Article,
    Contact,
    Figure,
    Issue,
    Item,
    NewsletterIssue,
    Page,
)
from .keys import fingerprint, source_keys
from .limits import MAX_ITEMS, too_many_items
from .lookups import Lookups
from .models import ImportedItem

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
FLUSH_PAGES = 1000  # pages queued before they are written in one transaction


class BulkWriteError(Exception):
    """Writing queued pages failed: the files they came from were not imported."""

    def __init__(self, files: list[str], error: Exception):
        self.files = files
        message = " ".join(str(error).split())
        super().__init__(
            f"pages of {len(files)} file(s) not written ({type(error).__name__}: {message})"
        )


@dataclass
class Outcome:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class _Batch:
    """One file being imported: its outcome, and the page (or the record of an
    unchanged one) of each article so that an issue's contents can link to it."""

    outcome: Outcome
    articles: dict[int, object] = field(default_factory=dict)  # id(Article) → page
    by_source_key: dict = field(default_factory=dict)  # article pages of the file's keys
    drafts: set = field(default_factory=set)  # pks of the file's known pages in draft


class Importer:
    """Imports pages into the database; create one per run (it caches lookups)."""

    def __init__(self, publish: bool = False, max_items: int = MAX_ITEMS, bulk: bool = True):
        self.publish = publish
        self.bulk = BulkPages() if bulk else None
        self._unsaved: list[tuple] = []  # records of the pages queued in bulk
        self.max_items = max_items
        self.homes, self.sections = ensure_site_tree()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.lookups = Lookups()

    def import_page(self, page: Page) -> Outcome:
        refused = too_many_items(page, self.max_items)
        if refused:
            raise LegacyFileError(f"{page.file}: {refused}")
        batch = _Batch(Outcome())
        keys = source_keys(page)
        known = {i.source_key: i for i in ImportedItem.objects.filter(source_key__in=keys)}
        for article in ArticlePage.objects.filter(source_key__in=keys).order_by("-pk"):
            batch.by_source_key[article.source_key] = article  # the first one wins
        if self.publish and known:
            batch.drafts = set(
                WagtailPage.objects.filter(
                    pk__in=[i.object_id for i in known.values()], has_unpublished_changes=True
                ).values_list("pk", flat=True)
            )
        # An archive's contents link the articles already on the site by title, and an
        # issue updated the ordinary way needs its stories saved: queued pages are
        # written first (those of earlier files outside this file's transaction).
        archive = any(
            isinstance(item, ArchiveIssue) or (isinstance(item, Issue) and key in known)
            for item, key in zip(page.items, keys, strict=True)
        )
        if archive:
            self.flush()
        # Articles first, so that an issue's table of contents can link to them.
        order = sorted(range(len(page.items)), key=lambda n: isinstance(page.items[n], Issue))
        with transaction.atomic():
            for n in order:
                if archive and isinstance(page.items[n], Issue):
                    self.flush()  # this file's own articles, for its issue
                self._import_item(page, page.items[n], keys[n], known.get(keys[n]), batch)
        if self.bulk is not None and len(self.bulk) >= FLUSH_PAGES:
            self.flush()
        return batch.outcome

    def finish(self) -> int:
        """After the last file: the pages still queued, then Wagtail's indexes for the
        pages written in bulk."""
        if self.bulk is None:
            return 0
        self.flush()
        with transaction.atomic():
            return self.bulk.finish()

    def flush(self):
        """Write the pages queued in bulk, with their import records, in one
        transaction; if that fails, every file that had pages queued is named."""
        if self.bulk is None or not self._unsaved:
            return
        unsaved, self._unsaved = self._unsaved, []
        try:
            with transaction.atomic():
                self.bulk.flush()
                ImportedItem.objects.bulk_create(
                    [self._record(*args) for args in unsaved if args[-1] is None]
                )
                for item, page, key, obj, digest, existing in unsaved:
                    if existing is not None:  # its page was deleted: the record points anew
                        self._remember(item, page, key, obj, digest)
        except Exception as error:
            self.bulk.discard()
            files = sorted({args[1].file for args in unsaved})
            raise BulkWriteError(files, error) from error

    def _import_item(self, page: Page, item: Item, key: str, existing, batch: _Batch):
        digest = fingerprint(item, page)
        if (
            existing
            and existing.content_hash == digest
            and not self._to_publish(item, existing, batch)
        ):
            batch.outcome.unchanged += 1
            if isinstance(item, Article):
                batch.articles[id(item)] = existing  # resolved only if an issue links it
            return
        target = existing.target if existing else None
        obj = self._writer(item)(item, target, page, key, batch)
        if isinstance(item, Article):
            batch.articles[id(item)] = obj
        if obj.pk is None:  # queued in bulk: recorded once written
            self._unsaved.append((item, page, key, obj, digest, existing))
        else:
            self._remember(item, page, key, obj, digest)
        if existing and target is not None:
            batch.outcome.updated += 1
        else:
            batch.outcome.created += 1

    def _to_publish(self, item: Item, imported: ImportedItem, batch: _Batch) -> bool:
        """An unchanged page still needs writing when --publish finds it a draft, unless
        it stays one for the editor (writing it again would change nothing)."""
        return (
            self.publish
            and isinstance(item, (Article, Issue))
            and imported.object_id in batch.drafts
            and not _problems(item)
        )

    def _writer(self, item: Item):
        if isinstance(item, Issue):
            return self._issue
        if isinstance(item, Figure):
            return self._figure
        if isinstance(item, Contact):
            return self._contact
        return self._article

    def _remember(self, item: Item, page: Page, key: str, obj, digest: str):
        ImportedItem.objects.update_or_create(
            source_key=key, defaults=self._record_fields(item, page, obj, digest)
        )

    def _record(self, item: Item, page: Page, key: str, obj, digest: str, existing=None):
        return ImportedItem(source_key=key, **self._record_fields(item, page, obj, digest))

    @staticmethod
    def _record_fields(item: Item, page: Page, obj, digest: str) -> dict:
        first, last = item.source_lines
        return {
            "file": page.file,
            "first_line": first,
            "last_line": last,
            "kind": item.kind,
            "locale": page.locale,
            "content_type": ContentType.objects.get_for_model(obj.__class__),
            "object_id": obj.pk,
            "content_hash": digest,
            "data": {"languages": item.languages} if isinstance(item, Issue) else {},
        }

    # --- writers: one per kind of item ------------------------------------------------

    def _save_page(self, page_obj, parent, existing, outcome: Outcome, problems: list[str]):
        """Create or update a page as a draft (published with --publish, unless the
        item needs an editor's attention first)."""
        clean = not problems
        saved = True  # and its revision need not be validated again
        wanted = slugify(page_obj.title, allow_unicode=True)[:80] or "item"
        if existing is None and self.bulk is not None:
            page_obj.slug = wanted  # made unique among its siblings when written
            self.bulk.add(page_obj, parent, publish=self.publish and clean)
            self._note(page_obj, problems, outcome)
            return page_obj
        if existing is None:
            page_obj.slug = find_available_slug(parent, wanted)
            # A draft: Wagtail checks only its title and slug on save, so an item
            # that needs an editor (a call without a deadline) is saved as it is.
            page_obj.live = False
            parent.add_child(instance=page_obj)
        elif not page_obj.live:
            page_obj.save(clean=clean)
        else:
            saved = False
        revision = page_obj.save_revision(clean=clean and not saved)
        if self.publish and clean:
            revision.publish()
        self._note(page_obj, problems, outcome)
        return page_obj

    @staticmethod
    def _note(page_obj, problems: list[str], outcome: Outcome):
        if problems:
            outcome.notes.append(f"{page_obj.title!r} left as a draft: " + "; ".join(problems))

    def _article(self, item: Article, target, page: Page, key: str, batch: _Batch):
        locale = self.locales[page.locale]
        if target is None:
            target = batch.by_source_key.get(key)
        article = (
            target.specific if target is not None else ArticlePage(locale=locale, source_key=key)
        )
        article.title = item.title[:255]
        article.kind = item.kind
        article.lead = item.lead or item.title
        article.date = item.date
        article.date_end = item.date_end
        article.date_precision = item.date_precision or "day"
        article.body = [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in item.body]
        article.privacy_marker = item.privacy_marker
        article.call_opens_on = item.call_opens
        article.call_closes_on = item.call_closes
        places = [self.lookups.place(known, locale) for known in item.places]
        article.dateline_place = places[0] if item.dateline_place else None
        article.places = places
        article.organizations = [
            self.lookups.organization(known, locale) for known in item.organizations
        ]
        problems = _problems(item)
        parent = self.sections["news"][page.locale]
        return self._save_page(article, parent, target, batch.outcome, problems)

    def _issue(self, item: Issue, target, page: Page, key: str, batch: _Batch):
        locale = self.locales[page.locale]
        issue = target.specific if target is not None else NewsletterIssuePage(locale=locale)
        issue.title = item.title[:255]
        issue.intro = item.intro
        if item.series:
            issue.series = self.lookups.series(item.series, locale)
        entries = self._toc_entries(item, locale, batch)
        # Programmatic children get no sort_order from a form: number them, or the
        # table of contents comes back in whatever order the database likes.
        for position, entry in enumerate(entries):
            entry.sort_order = position
        issue.toc_entries = entries
        issue.sections = [
            ("section", {"heading": heading, "items": []}) for heading in item.sections
        ]
        parent = self.sections["newsletters"][page.locale]
        return self._save_page(issue, parent, target, batch.outcome, [])

    @staticmethod
    def _toc_entries(item: Issue, locale, batch: _Batch) -> list[NewsletterTocEntry]:
        entries = []
        if isinstance(item, NewsletterIssue):  # the stories are in this file
            for story in item.stories:
                article = batch.articles.get(id(story))
                if isinstance(article, ImportedItem):
                    article = article.target
                entries.append(
                    NewsletterTocEntry(locale=locale, title=story.title[:255], article=article)
                )
        else:  # the archive lists titles; link those already on the site
            for title in item.toc:
                article = ArticlePage.objects.filter(
                    locale=locale, title__iexact=title[:255]
                ).first()
                entries.append(
                    NewsletterTocEntry(locale=locale, title=title[:255], article=article)
                )
        return entries

    def _figure(self, item: Figure, target, page: Page, key: str, batch: _Batch):
        locale = self.locales[page.locale]
        figure = (
            target
            or KeyFigure.objects.filter(
                locale=locale, label=item.label[:255], year=item.year
            ).first()
            or KeyFigure(locale=locale)
        )
        qualifier = item.qualifier.capitalize() if item.qualifier != "since" else ""
        figure.value = " ".join(filter(None, [qualifier, item.value]))[:50]
        figure.unit = item.unit[:50]
        figure.label = item.label[:255]
        figure.year = item.year or self._page_year(page)
        if not figure.year:
            figure.year = timezone.localdate().year
            batch.outcome.notes.append(
                f"figure {figure.label!r}: no year in the file, {figure.year} assumed: check it"
            )
        figure.source_name = figure.source_name or f"Old website ({page.file})"[:255]
        figure.save()
        if item.member_since:
            mission = self.lookups.mission()
            mission.member_since = item.year
            mission.save()
        return figure

    @staticmethod
    def _page_year(page: Page) -> int | None:
        """For a figure the old page gave without a year: the page is as old as the
        year in its file name, else as the newest year named in it (outside the
        figures themselves, such as "member since 1994"); None when it names none."""
        this_year = timezone.localdate().year
        own_lines = {
            id(line) for item in page.items if isinstance(item, Figure) for line in item.lines
        }
        texts = [page.file] + [line.text for line in page.lines if id(line) not in own_lines]
        for text_group in (texts[:1], texts[1:]):
            years = [
                int(year)
                for text in text_group
                for year in _YEAR.findall(text)
                if int(year) <= this_year
            ]
            if years:
                return max(years)
        return None

    def _contact(self, item: Contact, target, page: Page, key: str, batch: _Batch):
        mission = self.lookups.mission()
        # The settings hold one address; the default language's page wins, other
        # languages fill it only while it is empty.
        if page.locale == settings.LANGUAGE_CODE or not mission.address:
            mission.address = item.address
            mission.phones = item.phones[:200]
            mission.fax = item.fax[:100]
            mission.save()
        else:
            batch.outcome.notes.append(
                f"contact block in {page.locale} not applied: the settings keep the {settings.LANGUAGE_CODE} address"
            )
        return mission


def _problems(item: Item) -> list[str]:
    """Why an item is left as a draft for an editor, even with --publish."""
    if isinstance(item, Article) and item.kind == CALL and not item.call_closes:
        return ["a call for entries without a deadline"]
    return []
