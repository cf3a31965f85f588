"""Which URLs the mirror holds: from the seeds, every same-origin link the pages show
(pagination, filters, feeds, images, CSS), breadth first, a level at a time; each
level fetched here or by worker processes."""

import sys
from collections import deque
from urllib.parse import parse_qsl

from tqdm import tqdm

from .fetch import Fetcher
from .links import SiteLinks
from .manifest import Entry, Inventory
from .paths import split_key
from .workers import workers

# Filter links combine (kind × theme × place × partner × year): baking every
# combination grows as their product. By default the mirror holds each filter alone
# (with all its pages); links to combinations lead to the filter they add.
DEFAULT_MAX_FILTERS = 1
# Below these many URLs forking costs more than it saves: each worker prepares
# again what this process already has (compiled templates, the cache of listing
# facets when the cache is in memory). Measured with the demo content: a rebake
# after one publish (77 URLs) is faster in one process, a full bake (415) in two.
MIN_PARALLEL_FETCHES = 100


class Crawler:
    def __init__(
        self,
        links: SiteLinks,
        fetcher: Fetcher,
        inventory: Inventory,
        max_filters: int | None = DEFAULT_MAX_FILTERS,
        jobs: int = 1,
        progress: bool = False,
    ):
        self.links = links
        self.fetcher = fetcher
        self.inventory = inventory
        self.max_filters = max_filters
        self.jobs = jobs
        self.queue: deque[str] = deque()
        self.seen: set[str] = set()
        self.progress = tqdm(
            total=0, unit="url", desc="Baking", disable=not progress, file=sys.stderr
        )

    def crawl(self, seeds, force=False):
        """Fetch the seeds and what they link to (`force`: the seeds even if the
        mirror holds them already). Breadth first, a level at a time: the same order
        as one URL at a time, whether the level is fetched here or by workers."""
        for key in seeds:
            self._enqueue(key, force=force)
        self.progress.refresh()
        jobs = self.jobs if len(self.queue) >= MIN_PARALLEL_FETCHES else 1
        if jobs > 1:
            self._warm_up()
        with workers(self.fetcher, jobs) as pool:
            while self.queue:
                level = list(self.queue)
                self.queue.clear()
                results = pool.imap(Fetcher.fetch, level)
                for key, result in zip(level, results, strict=True):
                    self._take(key, result)
        self.progress.close()

    def _over_filter_limit(self, key: str) -> bool:
        if self.max_filters is None:
            return False
        params = [k for k, _v in parse_qsl(split_key(key)[1]) if k != "page"]
        return len(params) > self.max_filters

    def _enqueue(self, key: str | None, force: bool = False):
        if key is None or key in self.seen or self.links.is_pagefind(key):
            return
        if not force and (key in self.inventory.entries or self._over_filter_limit(key)):
            return
        self.seen.add(key)
        self.queue.append(key)
        self.progress.total += 1

    def _warm_up(self):
        """Fetch the first URLs here, up to the first page, before forking: the
        workers inherit what rendering it prepared (compiled templates, URL
        resolvers, translation catalogues) instead of each preparing it again."""
        while self.queue:
            key = self.queue.popleft()
            self._take(key, self.fetcher.fetch(key))
            if self.inventory.entries[key].kind in ("html", "search"):
                return

    def _take(self, key: str, result: tuple[Entry, list[str]]):
        entry, links = result
        self.inventory.record(key, entry)
        for link in links:
            self._enqueue(link)
        self.progress.update(1)
