"""What a change of published content does to a mirror already baked: the files to
drop, the URLs to fetch again, the search indexes to rebuild."""

import logging

from wagtail.models import Page

from .links import language_of, languages, page_key, url_request
from .manifest import Inventory, searchable
from .output import MirrorFolder
from .paths import UnsafePath

logger = logging.getLogger(__name__)


def affected_pages(page_ids) -> tuple[set[int], list]:
    """The pages whose files a publish or unpublish of `page_ids` changes: the pages,
    their translations and their ancestors (listings, home); and the live pages among
    the changed ones with their translations (whose URLs may be new)."""
    affected = set(page_ids)
    changed = list(Page.objects.filter(pk__in=page_ids))
    for page in changed:
        affected.update(page.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True))
    # Translations only for their language switcher; their listings did not change.
    keys = {page.translation_key for page in changed}
    translations = list(Page.objects.filter(translation_key__in=keys))
    affected.update(page.pk for page in translations)
    return affected, [page for page in translations if page.live]


def drop_pages(inventory: Inventory, folder: MirrorFolder, page_ids) -> None:
    """Remove the files of these pages (gone, or moved to another address)."""
    page_ids = set(page_ids)
    for key in [k for k, e in inventory.entries.items() if e.page in page_ids]:
        entry = inventory.entries.pop(key)
        if entry.file:
            try:
                folder.remove(entry.file)
            except UnsafePath:  # a manifest of an older bake, or tampered with
                logger.warning("Not removed, outside the mirror: %s", entry.file)
                continue
            if searchable(key, entry):
                inventory.reindex.add(language_of(key))


def drop_dead_pages(inventory: Inventory, folder: MirrorFolder) -> set[int]:
    """Remove the files of pages that are no longer live; their ids."""
    known = {e.page for e in inventory.entries.values() if e.page is not None}
    live = set(Page.objects.live().public().filter(pk__in=known).values_list("pk", flat=True))
    dead = known - live
    drop_pages(inventory, folder, dead)
    return dead


def seeds_to_rebake(inventory: Inventory, affected: set[int], live_changed) -> list[str]:
    """The URLs to fetch again: those of the affected pages, the (maybe new) URLs of
    the changed live pages, the sitemaps and robots.txt."""
    seeds = [key for key, entry in inventory.entries.items() if entry.page in affected]
    request = url_request()
    for page in live_changed:
        key = page_key(page, request)
        if key:
            seeds.append(key)
    return seeds + [k for k in inventory.entries if k.startswith("/sitemap")] + ["/robots.txt"]


def languages_to_index(inventory: Inventory, folder: MirrorFolder, full: bool) -> list[str]:
    """The languages whose search index this bake changed (all of them in a full
    bake), and those that have none yet."""
    if full:
        return languages()
    missing = {
        code
        for code in languages()
        if folder.path(code).is_dir() and not folder.path(f"{code}/pagefind").is_dir()
    }
    return sorted(inventory.reindex | missing)
