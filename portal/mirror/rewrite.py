"""Rewriting the links of fetched files, once the file each URL landed in is known:
every link inside the mirror becomes relative to the file it sits in; forms that
need the server and links the mirror does not hold point to the live site."""

from urllib.parse import parse_qsl, unquote

from django.template.loader import render_to_string
from django.utils import translation

from . import html as markup
from .headers import with_head_meta
from .links import SiteLinks, language_of
from .manifest import Entry, Inventory, searchable
from .output import MirrorFolder
from .paths import relative_href, split_key, url_key
from .workers import workers

REWRITTEN = ("redirect", "html", "search", "css")
MIN_PARALLEL_REWRITES = 200  # see crawl.MIN_PARALLEL_FETCHES


class Rewriter:
    def __init__(
        self,
        links: SiteLinks,
        folder: MirrorFolder,
        inventory: Inventory,
        previous: MirrorFolder | None = None,
    ):
        self.links = links
        self.folder = folder
        self.inventory = inventory
        # The mirror this bake replaces (incremental): to tell which search
        # indexes the rewritten pages change.
        self.previous = previous

    def rewrite(self, jobs: int = 1):
        """Rewrite the links of everything fetched in this bake (in worker processes,
        forked now that every entry is known)."""
        entries = self.inventory.entries
        keys = [key for key in self.inventory.fetched if entries[key].kind in REWRITTEN]
        with workers(self, jobs if len(keys) >= MIN_PARALLEL_REWRITES else 1) as pool:
            changed = pool.imap_unordered(Rewriter.rewrite_one, keys, chunksize=8)
            self.inventory.reindex.update(language for language in changed if language)

    def rewrite_one(self, key: str) -> str | None:
        """Rewrite one file; the language whose search index it changes, if any."""
        entry = self.inventory.entries[key]
        if entry.file is None:
            return None
        if entry.kind == "redirect":
            self._write_redirect(entry)
        elif entry.kind in ("html", "search"):
            return self._rewrite_html(key, entry)
        elif entry.kind == "css":
            text = self.folder.read_text(entry.file)
            resolve = self.resolver(key, entry.file)
            self.folder.write(entry.file, markup.rewrite_css_links(text, resolve).encode())
        return None

    def final_entry(self, key: str) -> Entry | None:
        """The entry a key leads to, following redirects inside the site."""
        for _hop in range(10):
            entry = self.inventory.entries.get(key)
            if entry is None or entry.kind != "redirect":
                return entry
            if not entry.target or "://" in entry.target:
                return entry
            key = entry.target
        return None

    def resolver(self, key: str, own_file: str):
        """What a link in the file of `key` becomes (None: left as it is)."""

        def resolve(raw: str) -> str | None:
            if "://" in raw or raw.startswith("//"):
                return None  # absolute URLs (canonical, hreflang) name the live site
            target, fragment = self.links.to_key(raw, key)
            if target is None:
                return None
            if self.links.is_pagefind(target):
                return relative_href(own_file, unquote(split_key(target)[0]).lstrip("/"))
            entry = self.final_entry(target)
            if entry is None and "?" in target:
                entry = self.final_entry(self._nearest_baked(target, key))
            if entry is None or entry.file is None:
                return self.links.live_url(target)
            if entry.kind == "redirect":  # leads off the site
                return entry.target if "://" in (entry.target or "") else None
            return relative_href(own_file, entry.file, fragment)

        return resolve

    def _nearest_baked(self, target: str, current: str) -> str:
        """For a filter combination left out of the mirror (--max-filters), the
        listing filtered by the option the link adds alone; else the whole listing."""
        path, query = split_key(target)
        here = dict(parse_qsl(split_key(current)[1]))
        for param, value in parse_qsl(query):
            if param != "page" and here.get(param) != value:
                candidate = url_key(path, f"{param}={value}")
                if candidate in self.inventory.entries:
                    return candidate
        return path

    def _rewrite_html(self, key: str, entry: Entry) -> str | None:
        text = self.folder.read_text(entry.file)
        language = language_of(key)
        with translation.override(language):
            if entry.kind != "search":
                text = markup.replace_post_forms(text, self._offline_form)
                if "?" not in key:  # filtered and later listing pages would only repeat
                    text = markup.mark_searchable(text)
        text = markup.rewrite_html_links(text, self.resolver(key, entry.file))
        data = with_head_meta(text).encode()
        self.folder.write(entry.file, data)
        if searchable(key, entry) and not self._unchanged(entry.file, data):
            return language
        return None

    def _unchanged(self, relative: str, data: bytes) -> bool:
        """Whether the mirror being replaced holds the same file."""
        return self.previous is not None and self.previous.holds(relative, data)

    def _offline_form(self, form: str) -> str:
        action = markup.form_action(form) or "/"
        live = self.links.live_url(split_key(self.links.to_key(action)[0] or "/")[0])
        return render_to_string("mirror/offline_form.html", {"live_url": live})

    def _write_redirect(self, entry: Entry):
        target = self.final_entry(entry.target) if entry.target else None
        if target is not None and target.file:
            href = relative_href(entry.file, target.file)
        elif entry.target and "://" in entry.target:
            href = entry.target
        else:
            href = self.links.live_url(entry.target or "/") or "index.html"
        page = render_to_string("mirror/redirect.html", {"href": href})
        self.folder.write(entry.file, with_head_meta(page).encode())
