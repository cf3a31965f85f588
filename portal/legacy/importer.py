"""Write extracted items into the portal: articles, newsletter issues, key figures,
the contact block. One transaction per file; a stable source key per item so that
importing the same files again updates instead of duplicating.
"""

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Site
from wagtail.rich_text import RichText

from .extract import ARTICLE_KINDS, CALL, CONTACT, FIGURE, NEWSLETTER_ISSUE, Item, Page, record
from .models import ImportedItem

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _normalize(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def source_keys(page: Page) -> list[str]:
    """A stable key per item: the file's name, the kind of thing and its title (or
    label, or first line). Article kinds share one family so that a better guess of
    the kind on a later import still updates the same page."""
    seen: dict[str, int] = {}
    keys = []
    for item in page.items:
        family = "article" if item.kind in ARTICLE_KINDS else item.kind
        if item.kind == FIGURE:
            ident = item.data["label"]
        elif item.kind == CONTACT:
            ident = ""
        else:
            ident = item.title or (item.lines[0].text if item.lines else "")
        base = f"{_normalize(page.file)}\x1f{family}\x1f{_normalize(ident)}"
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            base += f"\x1f{seen[base]}"
        keys.append(hashlib.sha1(base.encode()).hexdigest())
    return keys


@dataclass
class Outcome:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)


class Importer:
    """Imports pages into the database; create one per run (it caches lookups)."""

    def __init__(self, publish: bool = False):
        from portal.core.tree import ensure_site_tree

        self.publish = publish
        self.homes, self.sections = ensure_site_tree()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self._taxonomy_cache: dict = {}
        self._series_cache: dict = {}

    def import_page(self, page: Page) -> Outcome:
        outcome = Outcome()
        keys = source_keys(page)
        # Articles first, so that an issue's table of contents can link to them.
        order = sorted(range(len(page.items)), key=lambda n: page.items[n].kind == NEWSLETTER_ISSUE)
        saved_articles: dict[int, object] = {}
        known = {i.source_key: i for i in ImportedItem.objects.filter(source_key__in=keys)}
        with transaction.atomic():
            for n in order:
                item = page.items[n]
                rec = record(item, page.file, page.locale)
                content_hash = hashlib.sha1(
                    json.dumps(
                        {k: v for k, v in rec.items() if k != "source"}, sort_keys=True, default=str
                    ).encode()
                ).hexdigest()
                existing = known.get(keys[n])
                if (
                    existing
                    and existing.content_hash == content_hash
                    and not (
                        self.publish
                        and item.kind in ARTICLE_KINDS | {NEWSLETTER_ISSUE}
                        and self._has_draft(existing)
                    )
                ):
                    outcome.unchanged += 1
                    if item.kind in ARTICLE_KINDS:
                        saved_articles[id(item)] = existing  # resolved only if an issue links it
                    continue
                target = existing.target if existing else None
                saver = {
                    FIGURE: self._figure,
                    CONTACT: self._contact,
                    NEWSLETTER_ISSUE: self._issue,
                }.get(item.kind, self._article)
                obj = saver(item, rec, page, target, keys[n], outcome, saved_articles)
                if item.kind in ARTICLE_KINDS:
                    saved_articles[id(item)] = obj
                first, last = rec["source"]["lines"]
                values = {
                    "file": page.file,
                    "first_line": first,
                    "last_line": last,
                    "kind": item.kind,
                    "locale": page.locale,
                    "content_type": ContentType.objects.get_for_model(obj.__class__),
                    "object_id": obj.pk,
                    "content_hash": content_hash,
                    "data": {"languages": rec.get("languages", [])}
                    if item.kind == NEWSLETTER_ISSUE
                    else {},
                }
                ImportedItem.objects.update_or_create(source_key=keys[n], defaults=values)
                if existing and target is not None:
                    outcome.updated += 1
                else:
                    outcome.created += 1
        return outcome

    @staticmethod
    def _has_draft(imported) -> bool:
        from wagtail.models import Page

        return Page.objects.filter(pk=imported.object_id, has_unpublished_changes=True).exists()

    # --- taxonomy -------------------------------------------------------------------

    def _snippet(self, model, known, locale):
        cache_key = (model.__name__, known.slug, locale.pk)
        if cache_key in self._taxonomy_cache:
            return self._taxonomy_cache[cache_key]
        obj = model.objects.filter(locale=locale, slug=known.slug).first()
        if obj is None:
            name = known.name(locale.language_code)
            obj = model.objects.filter(locale=locale, name__iexact=name).first()
        if obj is None:
            # Unknown to the portal: created for editors to review, linked to the
            # same entry in other languages when there is one.
            sibling = model.objects.filter(slug=known.slug).first()
            fields = {
                "name": known.name(locale.language_code)[:200],
                "slug": known.slug[:200],
                "locale": locale,
            }
            if sibling is not None:
                fields["translation_key"] = sibling.translation_key
            if model.__name__ == "Place":
                fields["region"] = known.region
            else:
                fields["acronym"] = known.acronym
                fields["organization_type"] = known.kind
            obj = model.objects.create(**fields)
        self._taxonomy_cache[cache_key] = obj
        return obj

    # --- savers ---------------------------------------------------------------------

    def _locale(self, page: Page):
        return self.locales[page.locale]

    def _save_page(self, page_obj, parent, existing, outcome, problems):
        """Create or update a page as a draft (published with --publish, unless the
        item needs an editor's attention first)."""
        clean = not problems
        saved = True  # and cleaned: the revision need not validate the page again
        if existing is None:
            page_obj.slug = find_available_slug(
                parent, slugify(page_obj.title, allow_unicode=True)[:80] or "item"
            )
            page_obj.live = False
            if not clean:
                # Saved for review although the model would refuse it as it is
                # (a call without a deadline); the editor completes it.
                original_save = page_obj.save
                page_obj.save = lambda *a, **kw: original_save(*a, clean=False, **kw)
            parent.add_child(instance=page_obj)
            if not clean:
                del page_obj.save
        elif not page_obj.live:
            page_obj.save(clean=clean)
        else:
            saved = False
        revision = page_obj.save_revision(clean=clean and not saved)
        if self.publish and clean:
            revision.publish()
        if problems:
            outcome.notes.append(f"{page_obj.title!r} left as a draft: " + "; ".join(problems))
        return page_obj

    def _article(self, item: Item, rec, page: Page, existing, key, outcome, _saved):
        from portal.news.models import ArticlePage
        from portal.taxonomy.models import Organization, Place

        locale = self._locale(page)
        parent = self.sections["news"][page.locale]
        if existing is None:
            existing = ArticlePage.objects.filter(source_key=key).first()
        article = (
            existing.specific
            if existing is not None
            else ArticlePage(locale=locale, source_key=key)
        )
        article.title = rec["title"][:255]
        article.kind = rec["kind"]
        article.lead = rec["lead"] or rec["title"]
        article.date = item.dateline.date if rec["date"] else None
        article.date_end = item.dateline.date_end if rec["date_end"] else None
        article.date_precision = rec["date_precision"] or "day"
        article.body = [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in rec["body"]]
        article.privacy_marker = item.data.get("privacy_marker", "")
        article.call_opens_on = item.data.get("call_opens")
        article.call_closes_on = item.data.get("call_closes")
        places = [self._snippet(Place, known, locale) for known in item.data["places"]]
        article.dateline_place = places[0] if item.dateline.place and places else None
        article.places = places
        article.organizations = [
            self._snippet(Organization, known, locale) for known in item.data["organizations"]
        ]
        problems = []
        if article.kind == CALL and not article.call_closes_on:
            problems.append("a call for entries without a deadline")
        return self._save_page(article, parent, existing, outcome, problems)

    def _issue(self, item: Item, rec, page: Page, existing, key, outcome, saved_articles):
        from portal.news.models import ArticlePage
        from portal.newsletters.models import (
            NewsletterIssuePage,
            NewsletterSeries,
            NewsletterTocEntry,
        )

        locale = self._locale(page)
        parent = self.sections["newsletters"][page.locale]
        issue = existing.specific if existing is not None else NewsletterIssuePage(locale=locale)
        issue.title = rec["title"][:255]
        issue.intro = rec.get("intro", "")
        series_name = rec.get("series") or ""
        if series_name:
            slug = slugify(series_name)[:100] or "newsletter"
            series = NewsletterSeries.objects.filter(locale=locale, slug=slug).first()
            if series is None:
                sibling = NewsletterSeries.objects.filter(slug=slug).first()
                extra = {"translation_key": sibling.translation_key} if sibling else {}
                series = NewsletterSeries.objects.create(
                    name=series_name, slug=slug, locale=locale, **extra
                )
            issue.series = series
        entries = []
        if "toc_items" in item.data:  # the stories are in this file
            for story in item.data["toc_items"]:
                article = saved_articles.get(id(story))
                if isinstance(article, ImportedItem):
                    article = article.target
                entries.append(
                    NewsletterTocEntry(locale=locale, title=story.title[:255], article=article)
                )
        else:  # the archive lists titles; link those already on the site
            for title in rec["toc"]:
                article = ArticlePage.objects.filter(
                    locale=locale, title__iexact=title[:255]
                ).first()
                entries.append(
                    NewsletterTocEntry(locale=locale, title=title[:255], article=article)
                )
        # Programmatic children get no sort_order from a form: number them, or the
        # table of contents comes back in whatever order the database likes.
        for position, entry in enumerate(entries):
            entry.sort_order = position
        issue.toc_entries = entries
        issue.sections = [
            ("section", {"heading": heading, "items": []}) for heading in rec["sections"]
        ]
        return self._save_page(issue, parent, existing, outcome, [])

    def _figure(self, item: Item, rec, page: Page, existing, key, outcome, _saved):
        from portal.core.models import MissionSettings
        from portal.figures.models import KeyFigure

        locale = self._locale(page)
        figure = (
            existing
            or KeyFigure.objects.filter(
                locale=locale, label=rec["label"][:255], year=rec["year"]
            ).first()
        )
        figure = figure or KeyFigure(locale=locale)
        figure.value = " ".join(
            filter(
                None,
                [
                    rec["qualifier"].capitalize() if rec["qualifier"] != "since" else "",
                    rec["value"],
                ],
            )
        )[:50]
        figure.unit = rec["unit"][:50]
        figure.label = rec["label"][:255]
        figure.year = rec["year"] or self._page_year(page)
        if not figure.year:
            figure.year = timezone.localdate().year
            outcome.notes.append(
                f"figure {figure.label!r}: no year in the file, {figure.year} assumed: check it"
            )
        figure.source_name = figure.source_name or f"Old website ({page.file})"[:255]
        figure.save()
        if item.data.get("role") == "member_since":
            mission = MissionSettings.for_site(self._site())
            mission.member_since = rec["year"]
            mission.save()
        return figure

    @staticmethod
    def _page_year(page: Page) -> int | None:
        """For a figure the old page gave without a year: the page is as old as the
        year in its file name, else as the newest year named in it (outside the
        figures themselves, such as "member since 1994"); None when it names none."""
        this_year = timezone.localdate().year
        own_lines = {id(line) for item in page.items if item.kind == FIGURE for line in item.lines}
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

    def _contact(self, item: Item, rec, page: Page, existing, key, outcome, _saved):
        from portal.core.models import MissionSettings

        mission = MissionSettings.for_site(self._site())
        # The settings hold one address; the default language's page wins, other
        # languages fill it only while it is empty.
        if page.locale == settings.LANGUAGE_CODE or not mission.address:
            mission.address = rec["address"]
            mission.phones = rec["phones"][:200]
            mission.fax = rec["fax"][:100]
            mission.save()
        else:
            outcome.notes.append(
                f"contact block in {page.locale} not applied: the settings keep the {settings.LANGUAGE_CODE} address"
            )
        return mission

    def _site(self):
        return Site.objects.get(is_default_site=True)
