"""One event for "what readers see has changed": `content_changed`.

Wagtail and Django announce changes in many ways (a page published, unpublished,
moved or deleted; a snippet, image, document or setting saved or deleted). This
module turns all of them into one signal carrying a `ContentChange`, to which the
infrastructure listens — the search index, the page cache, the static mirror — so
that each of them sees every kind of change, described the same way.

Which non-page models show on public pages is declared by the models themselves
(`@public_content`); images, documents and site settings always do.
"""

from dataclasses import dataclass, field

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

PUBLISHED = "published"
UNPUBLISHED = "unpublished"
DELETED = "deleted"
MOVED = "moved"
EDITED = "edited"

content_changed = Signal()  # sent with change=ContentChange

_public_models: set[type] = set()


def public_content(model):
    """Class decorator: edits of this (non-page) model show on public pages."""
    _public_models.add(model)
    return model


def is_public_content(model) -> bool:
    return (
        model in _public_models
        or issubclass(model, BaseSiteSetting)
        or model in (get_image_model(), get_document_model())
    )


@dataclass(frozen=True)
class ContentChange:
    action: str  # PUBLISHED, UNPUBLISHED, DELETED, MOVED or EDITED
    # Pages whose public version changed (for a move: the page and its descendants;
    # for a delete: the pages deleted, which no longer exist).
    pages: tuple[int, ...] = ()
    # Pages that list the changed ones and still exist: the parent of a deleted page,
    # the old and new parents of a moved one.
    parents: tuple[int, ...] = ()
    # Non-page objects edited or deleted (snippets, images, documents, settings).
    objects: tuple = ()
    # True when the change shows on every page (site settings: name, address...).
    everywhere: bool = False
    details: dict = field(default_factory=dict, compare=False)


def announce(change: ContentChange) -> None:
    content_changed.send(sender=ContentChange, change=change)


def _page_published(sender, instance, **kwargs):
    announce(ContentChange(PUBLISHED, pages=(instance.pk,)))


def _page_unpublished(sender, instance, **kwargs):
    announce(ContentChange(UNPUBLISHED, pages=(instance.pk,)))


def _page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    moved = (instance.pk, *instance.get_descendants().values_list("pk", flat=True))
    announce(
        ContentChange(
            MOVED,
            pages=moved,
            parents=(parent_page_before.pk, parent_page_after.pk),
            details={
                "url_path_before": kwargs.get("url_path_before"),
                "url_path_after": kwargs.get("url_path_after"),
            },
        )
    )


def _page_deleted(sender, instance, **kwargs):
    # Deleting a page deletes its descendants too: each sends this. The parent is
    # found by the tree path, which the deleted object still carries.
    parent_path = instance.path[: -Page.steplen]
    parents = tuple(Page.objects.filter(path=parent_path).values_list("pk", flat=True))
    announce(ContentChange(DELETED, pages=(instance.pk,), parents=parents))


def _object_changed(sender, instance, **kwargs):
    if isinstance(instance, Page) or not is_public_content(sender):
        return
    announce(
        ContentChange(
            EDITED,
            objects=(instance,),
            everywhere=isinstance(instance, BaseSiteSetting),
            details={"deleted": "created" not in kwargs},
        )
    )


def connect() -> None:
    """Translate Wagtail's and Django's signals into `content_changed` (once)."""
    page_published.connect(_page_published, dispatch_uid="content_page_published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="content_page_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="content_page_moved")
    # Deleting any specific page deletes its base Page row too, which sends this.
    post_delete.connect(_page_deleted, sender=Page, dispatch_uid="content_page_deleted")
    post_save.connect(_object_changed, dispatch_uid="content_object_saved")
    post_delete.connect(_object_changed, dispatch_uid="content_object_deleted")
