"""Index pages as they are published, drop them as they are unpublished or deleted.

Indexing runs inline: one page's upsert is a few small queries, cheaper than a task.
"""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .indexing import index_page, unindex_page


def on_page_published(sender, instance, **kwargs):
    index_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    unindex_page(instance)


def on_page_deleted(sender, instance, **kwargs):
    # The entry usually went with the page (CASCADE); this covers deletes that skip it.
    unindex_page(instance)


def register_signal_handlers():
    page_published.connect(on_page_published, dispatch_uid="sitesearch_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="sitesearch_page_unpublished")
    # Deleting any specific page deletes its base Page row too, which sends this.
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="sitesearch_page_deleted")
