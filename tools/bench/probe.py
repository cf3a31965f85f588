"""What one page costs, measured inside the app: SQL queries, render time, and the
bytes a reader downloads for it (HTML, CSS and JavaScript gzipped; images excluded).

Run by the harness in a process with the benchmark's database and settings, the page
cache off, through Django's test client (the whole middleware stack).
"""

import gzip
import statistics
import time
from dataclasses import asdict, dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from .corpus import WORDS


@dataclass
class PageCost:
    url: str
    status: int
    queries: int
    render_ms: float
    html_bytes: int
    html_gzip: int
    css_gzip: int
    js_bytes: int
    js_gzip: int

    @property
    def transferred(self) -> int:
        return self.html_gzip + self.css_gzip + self.js_gzip

    def as_dict(self):
        return {**asdict(self), "transferred": self.transferred}


class _Assets(HTMLParser):
    """Stylesheets and scripts a page loads."""

    def __init__(self):
        super().__init__()
        self.css, self.js = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split() and attrs.get("href"):
            self.css.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.js.append(attrs["src"])


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def _static_bytes(url: str) -> bytes:
    path = urlsplit(url).path
    if not path.startswith(settings.STATIC_URL):
        raise ValueError(f"{url} is not one of the site's static files")
    name = path[len(settings.STATIC_URL) :]
    with staticfiles_storage.open(name) as handle:
        return handle.read()


def page_cost(client: Client, url: str) -> PageCost:
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
    html = response.content
    assets = _Assets()
    assets.feed(html.decode(response.charset or "utf-8", "replace"))
    css = [_static_bytes(href) for href in dict.fromkeys(assets.css)]
    js = [_static_bytes(src) for src in dict.fromkeys(assets.js)]
    return PageCost(
        url=url,
        status=response.status_code,
        queries=len(queries),
        render_ms=round(elapsed * 1000, 1),
        html_bytes=len(html),
        html_gzip=gzip_size(html),
        css_gzip=sum(gzip_size(data) for data in css),
        js_bytes=sum(len(data) for data in js),
        js_gzip=sum(gzip_size(data) for data in js),
    )


def search_queries(language: str, count: int) -> list[str]:
    """Distinct one- and two-word queries from the corpus vocabulary."""
    words = WORDS[language]
    queries = []
    for i in range(count):
        first = words[i % len(words)]
        queries.append(first if i % 2 else f"{first} {words[(i * 7 + 3) % len(words)]}")
    return queries


def search_latency(client: Client, path: str, language: str, count: int = 40) -> dict:
    """Server-side time of `count` different searches (not cached): p50 and p95 in ms."""
    timings = []
    for query in search_queries(language, count):
        started = time.perf_counter()
        response = client.get(path, {"q": query})
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"search for {query!r} answered {response.status_code}")
    timings.sort()
    return {
        "queries": count,
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[max(0, round(0.95 * count) - 1)], 1),
    }


def probe(urls: list[str], search_path: str, language: str, host: str) -> dict:
    client = Client(HTTP_HOST=host)
    for url in urls:  # first requests fill Django's and Wagtail's in-process caches
        client.get(url)
    return {
        "pages": [page_cost(client, url).as_dict() for url in urls],
        "search": search_latency(client, search_path, language),
    }
