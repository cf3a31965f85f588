"""What the mirror holds for each URL of the site (its entry), and the manifest that
keeps it in the mirror (.mirror/manifest.json) for the next, incremental, bake."""

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .links import language_of

MANIFEST = ".mirror/manifest.json"


@dataclass
class Entry:
    """One URL of the site and what the mirror holds for it."""

    file: str | None  # relative to the output; None when the URL is missing or refused
    kind: str  # html, css, file, redirect, search, missing, refused (no file inside)
    page: int | None = None  # the page the URL belongs to (its listings, feeds)
    target: str | None = None  # where a redirect leads: a URL key or an absolute URL

    def as_list(self):
        return [self.file, self.kind, self.page, self.target]


def searchable(key: str, entry: Entry) -> bool:
    """Whether Pagefind indexes the file (see rewrite.Rewriter._rewrite_html)."""
    return entry.kind == "html" and entry.file is not None and "?" not in key


class Inventory:
    """The entry of every URL in the mirror, and what this bake did: the URLs it
    fetched (in order), found missing or refused (their file would lie outside the
    mirror), and the languages whose search index changed."""

    def __init__(self, entries: dict[str, Entry] | None = None):
        self.entries: dict[str, Entry] = dict(entries or {})
        self.fetched: list[str] = []
        self.missing: list[str] = []
        self.refused: list[str] = []
        self.reindex: set[str] = set()

    def record(self, key: str, entry: Entry):
        old = self.entries.get(key)
        if (
            old is not None
            and searchable(key, old)
            and (not searchable(key, entry) or old.file != entry.file)
        ):
            self.reindex.add(language_of(key))  # gone from the index
        self.fetched.append(key)
        self.entries[key] = entry
        if entry.kind == "missing":
            self.missing.append(key)
        elif entry.kind == "refused":
            self.refused.append(key)

    def html_count(self) -> int:
        """How many pages this bake fetched."""
        return sum(1 for k in self.fetched if self.entries.get(k, Entry(None, "")).kind == "html")


def read_manifest(output: Path) -> dict | None:
    path = Path(output) / MANIFEST
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def entries_of(manifest: dict) -> dict[str, Entry]:
    return {key: Entry(*row) for key, row in manifest["entries"].items()}


def load_manifest(output: Path) -> dict[str, Entry] | None:
    data = read_manifest(output)
    return entries_of(data) if data else None


def save_manifest(root: Path, entries: dict[str, Entry], max_filters: int | None):
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
