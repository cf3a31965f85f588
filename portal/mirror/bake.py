"""Bake the public site into static files: `portal bake OUTPUT_DIR [--incremental]`.

The site is crawled through Django's test client, starting from every live page,
each language's search page, the sitemap and robots.txt, and following every
same-origin link the templates show (pagination, filters, feeds, images, CSS).
Pages are written first as rendered, then every link is rewritten relative to
the file it sits in, once the file each URL landed in is known.

Pages are independent of each other: the crawl goes level by level, and each level
is rendered by several processes forked from this one (one per CPU), each with its
own test client and database connection; so is the rewriting.

Readers never see a half-baked mirror: the bake happens in a folder next to the
output, which is swapped in only when everything has been written.
"""

import ctypes
import fcntl
import gc
import html as html_lib
import json
import logging
import multiprocessing
import multiprocessing.util
import os
import pickle
import re
import shutil
import signal
import sys
import tempfile
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.db import connections
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import translation
from tqdm import tqdm

from . import html as markup
from .middleware import BakeClientHandler
from .paths import file_for, relative_href, split_key, url_key

logger = logging.getLogger(__name__)

MANIFEST = ".mirror/manifest.json"
# Filter links combine (kind × theme × place × partner × year): baking every
# combination grows as their product. By default the mirror holds each filter alone
# (with all its pages); links to combinations lead to the filter they add.
DEFAULT_MAX_FILTERS = 1
SKIP_PREFIXES = ("/admin/", "/django-admin/")
SAFE_PATH = "/:@!$&'()*+,;=-._~"
_MAIN = re.compile(r"(<main\b[^>]*>).*?(</main>)", re.S | re.I)
_XML_LINKS = re.compile(r"<(?:loc|link)>\s*([^<\s]+)\s*</(?:loc|link)>")
_ROBOTS_SITEMAP = re.compile(r"^Sitemap:\s*(\S+)", re.M | re.I)
_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://")  # an absolute URL


class BakeError(Exception):
    """The site answered something the mirror cannot carry (a server error)."""


@dataclass
class Entry:
    """One URL of the site and what the mirror holds for it."""

    file: str | None  # relative to the output; None when the URL is missing
    kind: str  # html, css, file, redirect, search, missing
    page: int | None = None  # the page the URL belongs to (its listings, feeds)
    target: str | None = None  # where a redirect leads: a URL key or an absolute URL

    def as_list(self):
        return [self.file, self.kind, self.page, self.target]


@dataclass
class BakeReport:
    pages: int = 0
    files: int = 0
    seconds: float = 0.0
    missing: list[str] = field(default_factory=list)
    languages_indexed: list[str] = field(default_factory=list)
    jobs: int = 1
    phases: dict[str, float] = field(default_factory=dict)  # seconds spent in each step

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


class _Phases:
    """Wall-clock seconds per step of a bake; "swap" (the staging folder: copying
    the old mirror in, swapping, removing the old one) is what the others leave."""

    def __init__(self):
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, name: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

    def phases(self) -> dict[str, float]:
        phases = dict(self.seconds)
        if "swap" in phases:  # it encloses the steps inside the staging folder
            inner = ("setup", "crawl", "rewrite", "search", "manifest")
            phases["swap"] -= sum(phases.get(name, 0.0) for name in inner)
        return phases


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _normal_path(path: str) -> str:
    return quote(unquote(path), safe=SAFE_PATH)


def usable_jobs(jobs: int | None = None) -> int:
    """How many processes render pages: `jobs`, or one per CPU; but one where
    fork() is missing or the database holds uncommitted work (a forked worker, with
    its own connection, would not see it: inside a transaction, as in tests)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if any(conn.in_atomic_block for conn in connections.all(initialized_only=True)):
        return 1
    if jobs:
        return max(1, jobs)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


class Baker:
    def __init__(
        self,
        root: Path,
        entries=None,
        progress=False,
        max_filters=DEFAULT_MAX_FILTERS,
        jobs: int | None = None,
        previous: Path | None = None,
    ):
        self.root = Path(root)
        self.entries: dict[str, Entry] = dict(entries or {})
        self.max_filters = max_filters
        self.jobs = usable_jobs(jobs)
        # The mirror this bake replaces (incremental): to tell which search
        # indexes the rebaked pages change.
        self.previous = Path(previous) if previous else None
        self.reindex: set[str] = set()
        origin = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        self.secure = origin.scheme == "https"
        self.host = origin.netloc or "localhost"
        self.client = Client(HTTP_HOST=self.host)
        self.client.handler = BakeClientHandler(enforce_csrf_checks=False)
        self.netlocs = {self.host}
        self.scheme = origin.scheme or "http"
        self.search_paths = {}
        for code in _languages():
            with translation.override(code):
                self.search_paths[_normal_path(reverse("search"))] = code
        self.pagefind = re.compile(rf"^/({'|'.join(map(re.escape, _languages()))})/pagefind/")
        self.live_site_url = _live_site_url()
        self.page_paths = _live_page_paths()
        self.queue: deque[str] = deque()
        self.seen: set[str] = set()
        self.fetched: list[str] = []
        self.missing: list[str] = []
        self._keys: dict[tuple[str, str], tuple[str | None, str]] = {}
        self.progress = tqdm(
            total=0, unit="url", desc="Baking", disable=not progress, file=sys.stderr
        )

    # -- URLs ---------------------------------------------------------------------
    def to_key(self, raw: str, base_key: str = "/") -> tuple[str | None, str]:
        """The URL key a link in `base_key` points at (None when it leaves the site),
        and its fragment."""
        raw = (raw or "").strip()
        # Pages repeat the same links (menus, filters): remember the answer, which
        # does not depend on the base for an absolute link, and only on its path
        # for a query ("?page=2").
        if raw.startswith("/") or _SCHEME.match(raw):
            memo = (raw, "")
        elif raw.startswith("?"):
            memo = (raw, split_key(base_key)[0])
        else:
            memo = (raw, base_key)
        found = self._keys.get(memo)
        if found is None:
            found = self._keys[memo] = self._to_key(raw, base_key)
        return found

    def _to_key(self, raw: str, base_key: str) -> tuple[str | None, str]:
        if not raw or raw.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
            return None, ""
        if raw.startswith("?"):  # urljoin would keep the base's query for a bare "?"
            raw = split_key(base_key)[0] + raw
        parts = urlsplit(urljoin(f"{self.scheme}://{self.host}{base_key}", raw))
        if parts.scheme not in ("http", "https") or parts.netloc not in self.netlocs:
            return None, ""
        path = _normal_path(parts.path or "/")
        if path.startswith(SKIP_PREFIXES):
            return None, ""
        query = parts.query
        if path.startswith((settings.STATIC_URL, settings.MEDIA_URL)) or path in self.search_paths:
            query = ""
        return url_key(path, query), parts.fragment

    def page_for(self, key: str) -> int | None:
        """The live page a URL belongs to: the one with the longest matching path."""
        path = split_key(key)[0]
        while path:
            if path in self.page_paths:
                return self.page_paths[path]
            path = path[: path.rstrip("/").rfind("/") + 1] if path != "/" else ""
        return None

    def _over_filter_limit(self, key: str) -> bool:
        if self.max_filters is None:
            return False
        from urllib.parse import parse_qsl

        params = [k for k, _v in parse_qsl(split_key(key)[1]) if k != "page"]
        return len(params) > self.max_filters

    def enqueue(self, key: str | None, force: bool = False):
        if key is None or key in self.seen or self.pagefind.match(key):
            return
        if not force and (key in self.entries or self._over_filter_limit(key)):
            return
        self.seen.add(key)
        self.queue.append(key)
        self.progress.total += 1

    # -- crawling -----------------------------------------------------------------
    def crawl(self, seeds, force=False):
        """Breadth first, a level at a time: the same order as one URL at a time,
        whether the level is fetched here or by worker processes."""
        for key in seeds:
            self.enqueue(key, force=force)
        self.progress.refresh()
        jobs = self.jobs if len(self.queue) >= MIN_PARALLEL_FETCHES else 1
        if jobs > 1:
            self._warm_up()
        with _workers(self, jobs) as pool:
            while self.queue:
                level = list(self.queue)
                self.queue.clear()
                if pool is None:
                    results = map(self._fetch_one, level)
                else:
                    results = pool.imap(_worker_fetch, level)
                for key, result in zip(level, results, strict=True):
                    self._take(key, result)

    def _warm_up(self):
        """Fetch the first URLs here, up to the first page, before forking: the
        workers inherit what rendering it prepared (compiled templates, URL
        resolvers, translation catalogues) instead of each preparing it again."""
        while self.queue:
            key = self.queue.popleft()
            self._take(key, self._fetch_one(key))
            if self.entries[key].kind in ("html", "search"):
                return

    def _take(self, key: str, result: "tuple[Entry, list[str]]"):
        entry, links = result
        self._record(key, entry)
        for link in links:
            self.enqueue(link)
        self.progress.update(1)

    def fetch(self, key: str) -> list[str]:
        """Fetch one URL into the output; returns the URL keys it links to."""
        entry, links = self._fetch_one(key)
        self._record(key, entry)
        return links

    def _record(self, key: str, entry: "Entry"):
        old = self.entries.get(key)
        if (
            old is not None
            and self._searchable(key, old)
            and (not self._searchable(key, entry) or old.file != entry.file)
        ):
            self.reindex.add(self._language_of(key))  # gone from the index
        self.fetched.append(key)
        self.entries[key] = entry
        if entry.kind == "missing":
            self.missing.append(key)

    def _fetch_one(self, key: str) -> "tuple[Entry, list[str]]":
        """Fetch one URL into the output (its file written, nothing recorded); its
        entry and the URL keys it links to."""
        entry, links = self._fetch(key)
        return entry, [self.to_key(link, key)[0] for link in links]

    @staticmethod
    def _searchable(key: str, entry: "Entry") -> bool:
        """Whether Pagefind indexes the file (see _rewrite_html)."""
        return entry.kind == "html" and entry.file is not None and "?" not in key

    def _write(self, relative: str, data: bytes):
        # Always a new file: files of an incremental bake are hard links shared
        # with the mirror being served, which must not change under readers.
        target = self.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.part")
        temporary.write_bytes(data)
        os.replace(temporary, target)

    def _get(self, key: str):
        response = self.client.get(key, secure=self.secure)
        if getattr(response, "streaming", False):
            body = b"".join(response.streaming_content)
        else:
            body = response.content
        # No response.close() here: the test client has already closed it, and a second
        # close fires request_finished, which closes the database connection.
        return response, body

    def _fetch(self, key: str) -> "tuple[Entry, list[str]]":
        path = split_key(key)[0]
        page = self.page_for(key)
        if path.startswith(settings.MEDIA_URL):
            return self._copy_media(key, path)
        response, body = self._get(key)
        status = response.status_code
        if 300 <= status < 400:
            target_key = self.to_key(response["Location"], key)[0]
            entry = Entry(file_for(key), "redirect", page, target_key or response["Location"])
            return entry, [response["Location"]]
        if status == 404 and path.startswith(settings.STATIC_URL):
            return self._copy_static(key, path)
        if status in (403, 404, 410):
            return Entry(None, "missing", page), []
        if status != 200:
            raise BakeError(f"{key} answered {status}")
        content_type = response.get("Content-Type", "application/octet-stream")
        mime = content_type.split(";")[0].strip().lower()
        relative = file_for(key, content_type)
        kind = "file"
        if path in self.search_paths:
            kind = "search"
        elif mime == "text/html":
            kind = "html"
        elif mime == "text/css":
            kind = "css"
        if kind == "search":
            body = self._static_search_page(key, body)
        entry = Entry(relative, kind, page)
        self._write(relative, body)
        text = body.decode("utf-8", "replace") if kind != "file" or "xml" in mime else ""
        if kind in ("html", "search"):
            return entry, markup.find_html_links(text)
        if kind == "css":
            return entry, markup.find_css_links(text)
        if "xml" in mime:
            return entry, [html_lib.unescape(url) for url in _XML_LINKS.findall(text)]
        if mime == "text/plain":
            return entry, _ROBOTS_SITEMAP.findall(text)
        return entry, []

    def _copy_media(self, key: str, path: str) -> "tuple[Entry, list[str]]":
        name = unquote(path[len(settings.MEDIA_URL) :])
        if not default_storage.exists(name):
            return Entry(None, "missing"), []
        with default_storage.open(name) as source:
            self._write(file_for(key, ""), source.read())
        return Entry(file_for(key, ""), "file"), []

    def _copy_static(self, key: str, path: str) -> "tuple[Entry, list[str]]":
        found = finders.find(unquote(path[len(settings.STATIC_URL) :]))
        if not found:
            return Entry(None, "missing"), []
        relative = file_for(key, "")
        self._write(relative, Path(found).read_bytes())
        is_css = path.endswith(".css")
        links = markup.find_css_links(Path(found).read_text("utf-8")) if is_css else []
        return Entry(relative, "css" if is_css else "file"), links

    # -- rewriting ----------------------------------------------------------------
    def final_entry(self, key: str) -> Entry | None:
        """The entry a key leads to, following redirects inside the site."""
        for _hop in range(10):
            entry = self.entries.get(key)
            if entry is None or entry.kind != "redirect":
                return entry
            if not entry.target or "://" in entry.target:
                return entry
            key = entry.target
        return None

    def resolver(self, key: str, own_file: str):
        def resolve(raw: str) -> str | None:
            if "://" in raw or raw.startswith("//"):
                return None  # absolute URLs (canonical, hreflang) name the live site
            target, fragment = self.to_key(raw, key)
            if target is None:
                return None
            if self.pagefind.match(target):
                return relative_href(own_file, unquote(split_key(target)[0]).lstrip("/"))
            entry = self.final_entry(target)
            if entry is None and "?" in target:
                entry = self.final_entry(self.nearest_baked(target, key))
            if entry is None or entry.file is None:
                return self.live_url(target)
            if entry.kind == "redirect":  # leads off the site
                return entry.target if "://" in (entry.target or "") else None
            return relative_href(own_file, entry.file, fragment)

        return resolve

    def nearest_baked(self, target: str, current: str) -> str:
        """For a filter combination left out of the mirror (--max-filters), the
        listing filtered by the option the link adds alone; else the whole listing."""
        from urllib.parse import parse_qsl

        path, query = split_key(target)
        here = dict(parse_qsl(split_key(current)[1]))
        for param, value in parse_qsl(query):
            if param != "page" and here.get(param) != value:
                candidate = url_key(path, f"{param}={value}")
                if candidate in self.entries:
                    return candidate
        return path

    def live_url(self, key: str) -> str | None:
        return f"{self.live_site_url}{key}" if self.live_site_url else None

    def finish(self):
        """Rewrite the links of everything fetched in this run (in worker processes,
        forked now that every entry is known)."""
        keys = [key for key in self.fetched if self.entries[key].kind in REWRITTEN]
        with _workers(self, self.jobs if len(keys) >= MIN_PARALLEL_REWRITES else 1) as pool:
            if pool is None:
                changed = map(self._finish_one, keys)
            else:
                changed = pool.imap_unordered(_worker_finish, keys, chunksize=8)
            self.reindex.update(language for language in changed if language)
        self.progress.close()

    def _finish_one(self, key: str) -> str | None:
        """Rewrite one file; the language whose search index it changes, if any."""
        entry = self.entries[key]
        if entry.file is None:
            return None
        if entry.kind == "redirect":
            self._write_redirect(key, entry)
        elif entry.kind in ("html", "search"):
            return self._rewrite_html(key, entry)
        elif entry.kind == "css":
            text = (self.root / entry.file).read_text("utf-8")
            resolve = self.resolver(key, entry.file)
            self._write(entry.file, markup.rewrite_css_links(text, resolve).encode())
        return None

    def _rewrite_html(self, key: str, entry: Entry) -> str | None:
        text = (self.root / entry.file).read_text("utf-8")
        language = self._language_of(key)
        with translation.override(language):
            if entry.kind != "search":
                text = markup.replace_post_forms(text, self._offline_form)
                if "?" not in key:  # filtered and later listing pages would only repeat
                    text = markup.mark_searchable(text)
        text = markup.rewrite_html_links(text, self.resolver(key, entry.file))
        data = text.encode()
        self._write(entry.file, data)
        if self._searchable(key, entry) and not self._unchanged(entry.file, data):
            return language
        return None

    def _unchanged(self, relative: str, data: bytes) -> bool:
        """Whether the mirror being replaced holds the same file."""
        if self.previous is None:
            return False
        try:
            return (self.previous / relative).read_bytes() == data
        except OSError:
            return False

    def _static_search_page(self, key: str, body: bytes) -> bytes:
        """The live search page with its results replaced by Pagefind's."""
        language = self._language_of(key)
        with translation.override(language):
            markup_ = _search_markup(language)
        text = _MAIN.sub(lambda m: m.group(1) + markup_ + m.group(2), body.decode(), count=1)
        return text.encode()

    def _language_of(self, key: str) -> str:
        first = split_key(key)[0].strip("/").split("/")[0]
        return first if first in _languages() else settings.LANGUAGE_CODE

    def _offline_form(self, form: str) -> str:
        action = markup.form_action(form) or "/"
        live = self.live_url(split_key(self.to_key(action)[0] or "/")[0])
        return render_to_string("mirror/offline_form.html", {"live_url": live})

    def _write_redirect(self, key: str, entry: Entry):
        target = self.final_entry(entry.target) if entry.target else None
        if target is not None and target.file:
            href = relative_href(entry.file, target.file)
        elif entry.target and "://" in entry.target:
            href = entry.target
        else:
            href = self.live_url(entry.target or "/") or "index.html"
        page = render_to_string("mirror/redirect.html", {"href": href})
        self._write(entry.file, page.encode())

    # -- incremental --------------------------------------------------------------
    def drop(self, key: str):
        entry = self.entries.pop(key, None)
        if entry and entry.file:
            (self.root / entry.file).unlink(missing_ok=True)
            if self._searchable(key, entry):
                self.reindex.add(self._language_of(key))

    def languages_to_index(self) -> list[str]:
        """The languages whose search index this bake changed (all of them in a
        full bake), and those that have none yet."""
        if self.previous is None:
            return _languages()
        missing = {
            code
            for code in _languages()
            if (self.root / code).is_dir() and not (self.root / code / "pagefind").is_dir()
        }
        return sorted(self.reindex | missing)

    def drop_dead_pages(self) -> set[int]:
        """Remove the files of pages that are no longer live; their ids."""
        from wagtail.models import Page

        known = {e.page for e in self.entries.values() if e.page is not None}
        live = set(Page.objects.live().public().filter(pk__in=known).values_list("pk", flat=True))
        dead = known - live
        for key in [k for k, e in self.entries.items() if e.page in dead]:
            self.drop(key)
        return dead

    def html_count(self) -> int:
        return sum(1 for k in self.fetched if self.entries.get(k, Entry(None, "")).kind == "html")


REWRITTEN = ("redirect", "html", "search", "css")
# Below these many URLs forking costs more than it saves: each worker prepares
# again what this process already has (compiled templates, the cache of listing
# facets when the cache is in memory). Measured with the demo content: a rebake
# after one publish (77 URLs) is faster in one process, a full bake (415) in two.
MIN_PARALLEL_FETCHES = 100
MIN_PARALLEL_REWRITES = 200

# The Baker a forked worker process works for (set in the parent just before forking).
_BAKER: Baker | None = None


@contextmanager
def _workers(baker: Baker, jobs: int):
    """A pool of `jobs` processes forked from this one, or None for one process."""
    global _BAKER
    if jobs <= 1:
        yield None
        return
    # Each worker opens its own connection: none may be shared across fork().
    connections.close_all()
    _BAKER = baker
    # Objects made so far go to the permanent generation: the workers' garbage
    # collections neither scan them nor copy the memory pages they sit in.
    gc.collect()
    gc.freeze()
    pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_start)
    try:
        yield pool
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
        gc.unfreeze()
        _BAKER = None


def _worker_start():
    # The parent coordinates: Ctrl-C reaches it, and it ends the workers with
    # SIGTERM, whatever handlers it has itself (those of `portal db_worker`).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Rendering makes many short-lived objects; a worker lives for one bake.
    gc.set_threshold(10_000, 20, 20)
    multiprocessing.util.Finalize(None, connections.close_all, exitpriority=10)


def _in_worker(method, key):
    try:
        return method(_BAKER, key)
    except Exception as error:
        error.add_note(f"(baking {key})")
        try:
            pickle.loads(pickle.dumps(error))  # it goes back to the parent
        except Exception:
            raise BakeError(f"{key}: {error!r}") from None
        raise


def _worker_fetch(key: str):
    return _in_worker(Baker._fetch_one, key)


def _worker_finish(key: str):
    return _in_worker(Baker._finish_one, key)


def _live_site_url() -> str:
    from wagtail.models import Site

    from portal.core.models import MissionSettings

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return ""
    return (MissionSettings.for_site(site).live_site_url or "").rstrip("/")


def _url_request():
    """A request for Wagtail's get_url, which caches the site root paths on it."""
    from django.test import RequestFactory

    origin = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return RequestFactory().get(
        "/", HTTP_HOST=origin.netloc or "localhost", secure=origin.scheme == "https"
    )


def _live_page_paths() -> dict[str, int]:
    from wagtail.models import Page

    request = _url_request()
    paths = {}
    for page in Page.objects.live().public().filter(depth__gt=1).only("pk", "url_path", "path"):
        url = page.get_url(request=request)
        if url and "://" not in url:
            paths[_normal_path(url)] = page.pk
    return paths


def _search_markup(language: str) -> str:
    return render_to_string(
        "mirror/search_main.html", {"bundle": f"/{language}/pagefind/", "language": language}
    )


def seed_keys(baker: Baker) -> list[str]:
    return ["/", "/robots.txt", "/sitemap.xml", *baker.search_paths, *sorted(baker.page_paths)]


# -- the output folder ----------------------------------------------------------------
def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one step (Linux renameat2 RENAME_EXCHANGE)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def swap_into_place(staging: Path, output: Path):
    if not output.exists():
        os.rename(staging, output)
        return
    if _exchange(staging, output):
        shutil.rmtree(staging)
        return
    # Elsewhere: two renames, the output is missing only between them.
    old = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
    os.rename(output, old / "site")
    os.rename(staging, output)
    shutil.rmtree(old)


@contextmanager
def staging_folder(output: Path, copy_existing: bool):
    """A folder next to the output to bake into; swapped in only if the bake succeeds."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with open(output.parent / f".{output.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one bake at a time per output
        for stale in output.parent.glob(f".{output.name}.baking-*"):
            shutil.rmtree(stale)  # left by a bake that was killed; we hold the lock
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.baking-", dir=output.parent))
        try:
            if copy_existing:
                # Hard links: cheap, and the files we rewrite get new inodes.
                shutil.copytree(output, staging, copy_function=os.link, dirs_exist_ok=True)
            yield staging
            staging.chmod(0o755)
            swap_into_place(staging, output)
        finally:
            if staging.exists():
                shutil.rmtree(staging)


def load_manifest(output: Path) -> dict[str, Entry] | None:
    data = _read_manifest(output)
    return {key: Entry(*row) for key, row in data["entries"].items()} if data else None


def _read_manifest(output: Path) -> dict | None:
    path = Path(output) / MANIFEST
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def save_manifest(root: Path, entries: dict[str, Entry], max_filters=DEFAULT_MAX_FILTERS):
    pages: dict[int, list[str]] = {}
    for entry in entries.values():
        if entry.page is not None and entry.file:
            pages.setdefault(entry.page, []).append(entry.file)
    data = {
        "version": 1,
        "max_filters": max_filters,
        "baked_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "entries": {key: entry.as_list() for key, entry in sorted(entries.items())},
        "pages": {str(pk): sorted(files) for pk, files in sorted(pages.items())},
    }
    target = root / MANIFEST
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".part")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=0))
    os.replace(temporary, target)


# -- entry points -----------------------------------------------------------------------
def bake(
    output, progress=False, search=True, max_filters=DEFAULT_MAX_FILTERS, jobs=None
) -> BakeReport:
    """Bake the whole site into `output` (with `jobs` processes; None: one per CPU)."""
    output = Path(output).resolve()
    started = time.perf_counter()
    clock = _Phases()
    with clock("swap"), staging_folder(output, copy_existing=False) as staging:
        with clock("setup"):
            baker = Baker(staging, progress=progress, max_filters=max_filters, jobs=jobs)
        with clock("crawl"):
            baker.crawl(seed_keys(baker))
        indexed = _complete(baker, staging, clock, search, max_filters)
    return _report(baker, started, clock, indexed)


def _complete(baker, staging, clock, search, max_filters) -> list[str]:
    """The steps after the crawl, full or incremental: links, search, manifest."""
    from .search_index import build_search_index  # imports Pagefind's wrapper lazily

    with clock("rewrite"):
        baker.finish()
    with clock("search"):
        indexed = build_search_index(staging, baker.languages_to_index()) if search else []
    with clock("manifest"):
        save_manifest(staging, baker.entries, max_filters)
    return indexed


def _report(baker, started, clock, indexed) -> BakeReport:
    return BakeReport(
        pages=baker.html_count(),
        files=len(baker.fetched),
        seconds=time.perf_counter() - started,
        missing=baker.missing,
        languages_indexed=indexed,
        jobs=baker.jobs,
        phases=clock.phases(),
    )


def affected_pages(page_ids) -> tuple[set[int], list]:
    """The pages whose files a publish or unpublish of `page_ids` changes: the pages,
    their translations and their ancestors (listings, home); and the live pages among
    the changed ones with their translations (whose URLs may be new)."""
    from wagtail.models import Page

    affected = set(page_ids)
    changed = list(Page.objects.filter(pk__in=page_ids))
    for page in changed:
        affected.update(page.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True))
    # Translations only for their language switcher; their listings did not change.
    keys = {page.translation_key for page in changed}
    translations = list(Page.objects.filter(translation_key__in=keys))
    affected.update(page.pk for page in translations)
    return affected, [page for page in translations if page.live]


def bake_incremental(output, page_ids, progress=False, search=True, jobs=None) -> BakeReport:
    """Rebake what publishing or unpublishing `page_ids` changed; a full bake when
    the output has no manifest yet. Only the search indexes of the languages whose
    indexed pages changed are rebuilt."""
    output = Path(output).resolve()
    started = time.perf_counter()
    manifest = _read_manifest(output)
    if manifest is None:
        return bake(output, progress=progress, search=search, jobs=jobs)
    clock = _Phases()
    with clock("prepare"):
        entries = {key: Entry(*row) for key, row in manifest["entries"].items()}
        max_filters = manifest.get("max_filters", DEFAULT_MAX_FILTERS)
        affected, live_changed = affected_pages(page_ids)
    with clock("swap"), staging_folder(output, copy_existing=True) as staging:
        with clock("setup"):
            baker = Baker(
                staging,
                entries=entries,
                progress=progress,
                max_filters=max_filters,
                jobs=jobs,
                previous=output,
            )
            baker.drop_dead_pages()
            seeds = [key for key, entry in baker.entries.items() if entry.page in affected]
            request = _url_request()
            for page in live_changed:
                url = page.get_url(request=request)
                if url and "://" not in url:
                    seeds.append(_normal_path(url))
            seeds += [k for k in baker.entries if k.startswith("/sitemap")] + ["/robots.txt"]
        with clock("crawl"):
            baker.crawl(seeds, force=True)
        indexed = _complete(baker, staging, clock, search, max_filters)
    return _report(baker, started, clock, indexed)
