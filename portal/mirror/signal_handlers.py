"""Keep the static mirror current: every change of what readers see
(`portal.core.content`) queues an incremental rebake of what it touches, when
settings.MIRROR_ROOT names the mirror's folder (off by default: a site without a
mirror does no extra work).

- a page published or unpublished: the page, its translations, its listings;
- a page deleted: its files go, its listings are rebaked;
- a page moved: its files at the old address go, it and its descendants are baked
  at the new one, both parents' listings are rebaked;
- a snippet, image or document edited: the pages that show it, and their listings;
- site settings edited (name, address, phones on every page): the whole mirror.

Changes made in one transaction (deleting a section deletes each of its pages) are
gathered and queued as one rebake when the transaction commits.
"""

import threading

from django.conf import settings
from django.db import transaction

from portal.core.content import EDITED, MOVED, content_changed
from portal.core.references import pages_referring_to

from .tasks import rebake_pages

_pending = threading.local()


def _what_to_rebake(change) -> tuple[set[int], set[int], bool]:
    """(pages, moved pages, whole mirror) for one change."""
    if change.action == EDITED:
        if change.everywhere:
            return set(), set(), True
        pages = set()
        for obj in change.objects:
            if not change.details.get("deleted"):
                pages |= pages_referring_to(obj)
        return pages, set(), False
    pages = set(change.pages) | set(change.parents)
    # Deleted pages stay in the list: the rebake drops the files of pages that are gone.
    moved = set(change.pages) if change.action == MOVED else set()
    return pages, moved, False


def _flush():
    batch = getattr(_pending, "batch", None)
    _pending.batch = None
    if batch and (batch["pages"] or batch["full"]):
        rebake_pages.enqueue(
            sorted(batch["pages"]), moved_ids=sorted(batch["moved"]), full=batch["full"]
        )


def queue_rebake(sender=None, change=None, **kwargs):
    if not getattr(settings, "MIRROR_ROOT", ""):
        return
    pages, moved, full = _what_to_rebake(change)
    if not (pages or full):
        return
    batch = getattr(_pending, "batch", None)
    if batch is None:
        batch = _pending.batch = {"pages": set(), "moved": set(), "full": False}
    # After commit: the worker must see the new state. Registered for every change:
    # the first to run sends the whole batch, the others find it empty. (A rolled
    # back transaction drops its callbacks; its changes then ride with the next one.)
    transaction.on_commit(_flush)
    batch["pages"] |= pages
    batch["moved"] |= moved
    batch["full"] |= full


def register_signal_handlers():
    content_changed.connect(queue_rebake, dispatch_uid="mirror_content_changed")
