"""Clear the page cache when published content changes.

The whole cache goes, not just the page's URL: home, listings, feeds and other
languages' switchers show many pages, and working out which is not worth it.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import pagecache

# Non-page models whose changes show on public pages (labels, figures, names).
CONTENT_MODELS = {
    "taxonomy.thematicarea",
    "taxonomy.place",
    "taxonomy.organization",
    "figures.keyfigure",
    "newsletters.newsletterseries",
    "wagtailimages.image",
    "wagtaildocs.document",
}


def clear_page_cache(**kwargs):
    pagecache.clear()
    # Again once the change is committed: a reader may have cached the old page
    # between the write and the commit.
    transaction.on_commit(pagecache.clear)


def on_content_saved(sender, instance, **kwargs):
    if sender._meta.label_lower in CONTENT_MODELS or isinstance(instance, BaseSiteSetting):
        clear_page_cache()


def register_signal_handlers():
    page_published.connect(clear_page_cache, dispatch_uid="caching_page_published")
    page_unpublished.connect(clear_page_cache, dispatch_uid="caching_page_unpublished")
    post_page_move.connect(clear_page_cache, dispatch_uid="caching_post_page_move")
    # Deleting any specific page deletes its base Page row too, which sends this.
    post_delete.connect(clear_page_cache, sender=Page, dispatch_uid="caching_page_deleted")
    post_save.connect(on_content_saved, dispatch_uid="caching_content_saved")
    post_delete.connect(on_content_saved, dispatch_uid="caching_content_deleted")
