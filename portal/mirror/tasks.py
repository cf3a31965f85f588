"""Background rebakes of the static mirror, run by `portal worker`."""

from django.conf import settings
from django_tasks import task

from .bake import bake, bake_incremental


@task()
def rebake_pages(page_ids: list[int], moved_ids: list[int] | None = None, full: bool = False):
    """Rebake what changing these pages changed in MIRROR_ROOT (`moved_ids`: pages
    whose address changed; `full`: everything, e.g. after a settings edit)."""
    root = getattr(settings, "MIRROR_ROOT", "")
    if not root:
        return
    if full:
        bake(root)
    else:
        bake_incremental(root, page_ids, moved_ids=moved_ids or ())
