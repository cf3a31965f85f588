"""Background rebakes of the static mirror, run by `portal db_worker`."""

from django.conf import settings
from django_tasks import task

from .bake import bake_incremental


@task()
def rebake_pages(page_ids: list[int]):
    """Rebake what publishing or unpublishing these pages changed in MIRROR_ROOT."""
    root = getattr(settings, "MIRROR_ROOT", "")
    if root:
        bake_incremental(root, page_ids)
