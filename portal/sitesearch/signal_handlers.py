"""Keep the search index in step with what is published (`portal.core.content`).

Indexing runs inline: one page's upsert is a few small queries, cheaper than a task.
Entries hold a page's own text only, so edits of snippets, images or settings leave
them as they are.
"""

from wagtail.models import Page

from portal.core.content import DELETED, MOVED, PUBLISHED, UNPUBLISHED, content_changed

from .indexing import index_page, index_pages
from .models import SearchEntry


def on_content_changed(sender, change, **kwargs):
    if change.action in (PUBLISHED, MOVED):
        # A move can put a page under a restricted section: index_pages decides.
        # Many pages at once (a bulk import) are indexed in a few statements.
        pages = (
            change.details.get("instances") or Page.objects.filter(pk__in=change.pages).specific()
        )
        if len(change.pages) == 1:
            for page in pages:
                index_page(page)
        else:
            index_pages(pages)
    elif change.action in (UNPUBLISHED, DELETED):
        SearchEntry.objects.filter(page_id__in=change.pages).delete()


def register_signal_handlers():
    content_changed.connect(on_content_changed, dispatch_uid="sitesearch_content_changed")
