"""Turns the demo content (content/*.yaml) into pages, snippets and images.

Idempotent: every object is found by a stable key (slug, image title, the English
label of a key figure) and created only when missing. Existing pages are left alone,
so a second run creates no page, snippet, image or revision; small settings (home
introduction, mission settings, section introductions) and snippets' names are
updated only when they differ from the content.

This module holds what every part needs (counting, translating, body blocks); each
kind of content is loaded by its own module in parts/, in the order of `run`.
"""

import datetime
from collections import Counter, defaultdict

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale

from portal.core.editorial import setup_editorial
from portal.home.tree import ensure_site_tree

from .data import block_kind, content
from .parts import (
    archive,
    articles,
    events,
    help_directory,
    multimedia,
    newsletters,
    projects,
    site,
    taxonomy,
)


class DemoLoader:
    def __init__(self, today: datetime.date | None = None):
        self.today = today or timezone.localdate()
        # what -> Counter of "created" / "already there" / "updated"
        self.stats: dict[str, Counter] = defaultdict(Counter)
        self.image_credit = content("site")["image_credit"]

    # -- counting --------------------------------------------------------------

    def count(self, what: str, created: bool):
        self.stats[what]["created" if created else "already there"] += 1

    def updated(self, what: str, n: int = 1):
        self.stats[what]["updated"] += n

    @staticmethod
    def update(obj, **fields) -> bool:
        """Set `fields` on `obj`; True when something changed."""
        changed = False
        for name, value in fields.items():
            if getattr(obj, name) != value:
                setattr(obj, name, value)
                changed = True
        return changed

    # -- languages -------------------------------------------------------------

    def localized(self, obj, code):
        """`obj`'s translation in language `code` (the object itself if missing)."""
        if obj is None:
            return None
        return obj.get_translation_or_none(self.locales[code]) or obj

    def snippets(self, mapping, keys, code="en"):
        return [self.localized(mapping[key], code) for key in keys]

    def translated_snippet(self, model, slug, names, shared=None, per_language=None):
        """The English entry `slug` and its ru/tg copies, created or corrected."""
        label = str(model._meta.verbose_name_plural)
        original = None
        for code in ("en", "ru", "tg"):
            fields = {"name": names[code], **(shared or {}), **(per_language or {}).get(code, {})}
            locale = self.locales[code]
            obj = model.objects.filter(locale=locale, slug=slug).first()
            if obj is None and original is not None:
                obj = original.get_translation_or_none(locale)
            created = obj is None
            if created:
                if original is None:
                    obj = model(locale=locale, slug=slug)
                else:
                    obj = original.copy_for_translation(locale)
            if self.update(obj, **fields) or created:
                obj.save()
                if not created:
                    self.updated(label)
            self.count(label, created)
            if code == "en":
                original = obj
        return original

    # -- pages -----------------------------------------------------------------

    @staticmethod
    def fresh(page):
        """`page` as it is now in the database. Saving a page object fetched before
        children were added under it would write back a stale `numchild` and hide them."""
        return type(page).objects.get(pk=page.pk).specific

    def body(self, blocks, code="en"):
        """Raw StreamField data from the content's blocks (see content/articles.yaml)."""
        data = []
        for block in blocks:
            kind = block_kind(block)
            if kind == "paragraph":
                value = f"<p>{escape(block[kind])}</p>"
            elif kind == "heading":
                value = block[kind]
            elif kind == "quote":
                value = {"quote": block[kind], "attribution": block["attribution"]}
            elif kind == "key_figure":
                value = {"figure": self.localized(self.figures[block[kind]], code).pk}
            else:  # image
                value = {
                    "image": self.images[block[kind]].pk,
                    "alt_text": block["alt"],
                    "caption": block["caption"],
                    "credit": self.image_credit[code],
                }
            data.append({"type": kind, "value": value})
        return data

    def add_page(self, parent, page, m2m=None):
        """Create `page` under `parent` and publish it (one revision)."""
        for name, values in (m2m or {}).items():
            getattr(page, name).set(values)
        page.locale = parent.locale
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def translate_page(self, page, code, fields, m2m=None, children=None):
        """Create and publish `page`'s translation in `code`, unless it exists.

        `children`: relation name -> one dict of fields per child object, in order
        (the copied children keep what is not given)."""
        locale = self.locales[code]
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific, False
        copy = page.copy_for_translation(locale).specific
        for name, value in fields.items():
            setattr(copy, name, value)
        for name, values in (m2m or {}).items():
            getattr(copy, name).set(values)
        for relation, values in (children or {}).items():
            items = list(getattr(copy, relation).all())
            for item, item_fields in zip(items, values, strict=True):
                self.update(item, **item_fields)
            setattr(copy, relation, items)
        copy.save_revision().publish()
        return copy, True

    # -- all together ----------------------------------------------------------

    @transaction.atomic
    def run(self) -> dict[str, Counter]:
        changes = setup_editorial()
        if changes:
            self.updated("editorial groups and workflow", changes)
        self.homes, self.sections = ensure_site_tree()
        self.locales = {
            code: Locale.objects.get(language_code=code) for code, _n in settings.LANGUAGES
        }
        self.images = site.load_images(self)
        self.themes, self.places, self.organizations = taxonomy.load_taxonomy(self)
        self.figures = taxonomy.load_figures(self)
        site.load_settings(self)
        site.load_home(self)
        site.load_section_intros(self)
        self.articles = articles.load_articles(self)
        events.load_events(self)
        self.projects = projects.load_projects(self)
        articles.link_project_news(self)
        newsletters.load_newsletters(self)
        multimedia.load_videos(self)
        multimedia.load_galleries(self)
        help_directory.load_help(self)
        # Last, so that the archive's newsletters join the series created above.
        archive.load_legacy_archive(self)
        return self.stats


def load_demo(today: datetime.date | None = None) -> dict[str, Counter]:
    return DemoLoader(today).run()
