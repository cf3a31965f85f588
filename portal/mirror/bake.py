"""Bake the public site into static files: `portal bake OUTPUT_DIR [--incremental]`.

The site is crawled through Django's test client (crawl, fetch), starting from every
live page, each language's search page, the sitemap and robots.txt. Pages are
written first as rendered, then every link is rewritten relative to the file it sits
in, once the file each URL landed in is known (rewrite); both steps run in several
processes (workers). Pagefind indexes each language (search_index), and the manifest
keeps what the mirror holds for the next, incremental, bake (manifest, incremental).

Readers never see a half-baked mirror: the bake happens in a folder next to the
output, which is swapped in only when everything has been written (output).
"""

import time
from pathlib import Path

from .crawl import DEFAULT_MAX_FILTERS, Crawler
from .fetch import Fetcher
from .headers import write_header_files
from .incremental import (
    affected_pages,
    drop_dead_pages,
    drop_pages,
    languages_to_index,
    seeds_to_rebake,
)
from .links import SiteLinks
from .manifest import Entry, Inventory, entries_of, read_manifest, save_manifest
from .output import MirrorFolder, staging_folder
from .report import BakeReport, Phases
from .rewrite import Rewriter
from .search_index import build_search_index
from .workers import usable_jobs


class _Bake:
    """The parts of one bake into `staging` (`previous`: the mirror it replaces)."""

    def __init__(
        self,
        staging: Path,
        entries: dict[str, Entry] | None = None,
        progress=False,
        max_filters=DEFAULT_MAX_FILTERS,
        jobs: int | None = None,
        previous: Path | None = None,
    ):
        self.jobs = usable_jobs(jobs)
        self.max_filters = max_filters
        self.folder = MirrorFolder(staging)
        self.links = SiteLinks()
        self.inventory = Inventory(entries)
        self.full = previous is None
        fetcher = Fetcher(self.links, self.folder)
        self.crawler = Crawler(
            self.links, fetcher, self.inventory, max_filters, self.jobs, progress=progress
        )
        old = MirrorFolder(previous) if previous is not None else None
        self.rewriter = Rewriter(self.links, self.folder, self.inventory, previous=old)

    def complete(self, clock: Phases, search: bool) -> list[str]:
        """The steps after the crawl, full or incremental: links, search, manifest."""
        with clock("rewrite"):
            self.rewriter.rewrite(self.jobs)
        with clock("search"):
            languages = languages_to_index(self.inventory, self.folder, self.full)
            indexed = build_search_index(self.folder.root, languages) if search else []
        with clock("manifest"):
            save_manifest(self.folder.root, self.inventory.entries, self.max_filters)
            write_header_files(self.folder)
        return indexed

    def report(self, started: float, clock: Phases, indexed: list[str]) -> BakeReport:
        return BakeReport(
            pages=self.inventory.html_count(),
            files=len(self.inventory.fetched),
            seconds=time.perf_counter() - started,
            missing=self.inventory.missing,
            refused=self.inventory.refused,
            languages_indexed=indexed,
            jobs=self.jobs,
            phases=clock.phases(),
        )


def bake(
    output, progress=False, search=True, max_filters=DEFAULT_MAX_FILTERS, jobs=None
) -> BakeReport:
    """Bake the whole site into `output` (with `jobs` processes; None: one per CPU)."""
    output = Path(output).resolve()
    started = time.perf_counter()
    clock = Phases()
    with clock("swap"), staging_folder(output, copy_existing=False) as staging:
        with clock("setup"):
            run = _Bake(staging, progress=progress, max_filters=max_filters, jobs=jobs)
        with clock("crawl"):
            run.crawler.crawl(run.links.seed_keys())
        indexed = run.complete(clock, search)
    return run.report(started, clock, indexed)


def bake_incremental(
    output, page_ids, moved_ids=(), progress=False, search=True, jobs=None
) -> BakeReport:
    """Rebake what changing `page_ids` changed (published, unpublished, deleted, or
    moved: `moved_ids`, whose files at their old address are dropped); a full bake
    when the output has no manifest yet. Only the search indexes of the languages
    whose indexed pages changed are rebuilt."""
    output = Path(output).resolve()
    started = time.perf_counter()
    manifest = read_manifest(output)
    if manifest is None:
        return bake(output, progress=progress, search=search, jobs=jobs)
    clock = Phases()
    with clock("prepare"):
        entries = entries_of(manifest)
        max_filters = manifest.get("max_filters", DEFAULT_MAX_FILTERS)
        affected, live_changed = affected_pages(page_ids)
    with clock("swap"), staging_folder(output, copy_existing=True) as staging:
        with clock("setup"):
            run = _Bake(
                staging,
                entries=entries,
                progress=progress,
                max_filters=max_filters,
                jobs=jobs,
                previous=output,
            )
            drop_dead_pages(run.inventory, run.folder)
            drop_pages(run.inventory, run.folder, moved_ids)
            seeds = seeds_to_rebake(run.inventory, affected, live_changed)
        with clock("crawl"):
            run.crawler.crawl(seeds, force=True)
        indexed = run.complete(clock, search)
    return run.report(started, clock, indexed)
