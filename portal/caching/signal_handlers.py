"""Clear the page cache when what readers see changes (`portal.core.content`).

The whole cache goes, not just the page's URL: home, listings, feeds and other
languages' switchers show many pages, and working out which is not worth it.
"""

from django.db import transaction

from portal.core.content import content_changed

from . import pagecache


def clear_page_cache(sender=None, change=None, **kwargs):
    pagecache.clear()
    # Again once the change is committed: a reader may have cached the old page
    # between the write and the commit.
    transaction.on_commit(pagecache.clear)


def register_signal_handlers():
    content_changed.connect(clear_page_cache, dispatch_uid="caching_content_changed")
