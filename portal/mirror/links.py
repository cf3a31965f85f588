"""The site the mirror copies: its languages, its live pages, and which of its URLs
(as a URL key, see paths.url_key) a link found in a page points at."""

import re
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from portal.core.models import MissionSettings

from .paths import is_confined, normal_path, split_key, url_key

SKIP_PREFIXES = ("/admin/", "/django-admin/")
_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://")  # an absolute URL


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_of(key: str) -> str:
    first = split_key(key)[0].strip("/").split("/")[0]
    return first if first in languages() else settings.LANGUAGE_CODE


def url_request():
    """A request for Wagtail's get_url, which caches the site root paths on it."""
    origin = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return RequestFactory().get(
        "/", HTTP_HOST=origin.netloc or "localhost", secure=origin.scheme == "https"
    )


def page_key(page, request) -> str | None:
    """The URL key of a page on this site (None when it has none here)."""
    url = page.get_url(request=request)
    return normal_path(url) if url and "://" not in url else None


def _live_page_paths() -> dict[str, int]:
    request = url_request()
    paths = {}
    for page in Page.objects.live().public().filter(depth__gt=1).only("pk", "url_path", "path"):
        key = page_key(page, request)
        if key:
            paths[key] = page.pk
    return paths


def _live_site_url() -> str:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return ""
    return (MissionSettings.for_site(site).live_site_url or "").rstrip("/")


class SiteLinks:
    """What the bake knows of the site: its origin, live pages, search pages and
    the live site's address; and the URL key of any link."""

    def __init__(self):
        origin = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        self.secure = origin.scheme == "https"
        self.host = origin.netloc or "localhost"
        self.netlocs = {self.host}
        self.scheme = origin.scheme or "http"
        self.search_paths = {}
        for code in languages():
            with translation.override(code):
                self.search_paths[normal_path(reverse("search"))] = code
        self._pagefind = re.compile(rf"^/({'|'.join(map(re.escape, languages()))})/pagefind/")
        self.live_site_url = _live_site_url()
        self.page_paths = _live_page_paths()
        self._keys: dict[tuple[str, str], tuple[str | None, str]] = {}

    def seed_keys(self) -> list[str]:
        """Where a full bake starts: every live page, search page and SEO file."""
        return ["/", "/robots.txt", "/sitemap.xml", *self.search_paths, *sorted(self.page_paths)]

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
        path = normal_path(parts.path or "/")
        if path.startswith(SKIP_PREFIXES):
            return None, ""
        query = parts.query
        if path.startswith((settings.STATIC_URL, settings.MEDIA_URL)) or path in self.search_paths:
            query = ""
        return url_key(path, query), parts.fragment

    def is_pagefind(self, key: str) -> bool:
        """Whether the key is in a search bundle, which Pagefind writes after the crawl."""
        return bool(self._pagefind.match(key)) and is_confined(key)

    def page_for(self, key: str) -> int | None:
        """The live page a URL belongs to: the one with the longest matching path."""
        path = split_key(key)[0]
        while path:
            if path in self.page_paths:
                return self.page_paths[path]
            path = path[: path.rstrip("/").rfind("/") + 1] if path != "/" else ""
        return None

    def live_url(self, key: str) -> str | None:
        return f"{self.live_site_url}{key}" if self.live_site_url else None
