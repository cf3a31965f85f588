"""The mission's archive (legacy_corpus/), brought in through the legacy importer,
published, as an editor would with `portal import_legacy --publish`."""

from portal.legacy.extract import extract
from portal.legacy.importer import Importer
from portal.legacy.text import iter_files, load_lines

from ..data import LEGACY_CORPUS

STATS = {"created": "created", "updated": "updated", "unchanged": "already there"}


def load_legacy_archive(demo):
    """Import the archive pages, published. The importer's source keys make a
    second run find every item unchanged."""
    importer = Importer(publish=True)
    for path, name in iter_files([LEGACY_CORPUS]):
        outcome = importer.import_page(extract(load_lines(path), name))
        for state, label in STATS.items():
            if getattr(outcome, state):
                demo.stats["archive items (legacy import)"][label] += getattr(outcome, state)
        if outcome.notes:  # the corpus is written to import cleanly
            raise RuntimeError(f"{name}: " + "; ".join(outcome.notes))
    importer.finish()  # Wagtail's reference and admin search indexes
