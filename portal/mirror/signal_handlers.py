"""Keep the static mirror current: publishing or unpublishing a page queues an
incremental rebake, when settings.MIRROR_ROOT names the mirror's folder (off by
default: a site without a mirror does no extra work)."""

from django.conf import settings
from django.db import transaction
from wagtail.signals import page_published, page_unpublished

from .tasks import rebake_pages


def queue_rebake(sender, instance, **kwargs):
    if not getattr(settings, "MIRROR_ROOT", ""):
        return
    # After commit: the worker must see the new revision.
    transaction.on_commit(lambda: rebake_pages.enqueue([instance.pk]))


def register_signal_handlers():
    page_published.connect(queue_rebake, dispatch_uid="mirror_page_published")
    page_unpublished.connect(queue_rebake, dispatch_uid="mirror_page_unpublished")
