"""Where each URL of the site lives in the mirror, and how pages link to each other.

Every link in the mirror is relative and names its file (…/index.html), so the same
folder works behind a plain file server and opened straight from disk.
"""

import functools
import hashlib
import posixpath
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode

# The listing renders its first page without ?page=; one file serves both.
_DEFAULT_PARAMS = {("page", "1")}
_UNSAFE = re.compile(r"[\\/?#%\x00-\x1f]")
_MAX_NAME = 180
# Characters left as they are in a URL key's path (see normal_path).
SAFE_PATH = "/:@!$&'()*+,;=-._~"

EXTENSIONS = {
    "text/html": ".html",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/plain": ".txt",
    "application/json": ".json",
}


def canonical_query(query: str) -> str:
    """The query string with blank and default parameters dropped, keys sorted, so
    that ?page=1&kind=story and ?kind=story point at the same file."""
    pairs = [(k, v) for k, v in parse_qsl(query) if v and (k, v) not in _DEFAULT_PARAMS]
    return urlencode(sorted(pairs))


def normal_path(path: str) -> str:
    """One spelling of a URL path: percent-encoded only where it must be."""
    return quote(unquote(path), safe=SAFE_PATH)


def url_key(path: str, query: str = "") -> str:
    query = canonical_query(query)
    return f"{path}?{query}" if query else path


def split_key(key: str) -> tuple[str, str]:
    path, _, query = key.partition("?")
    return path, query


def _query_suffix(query: str) -> str:
    name = "&".join(f"{k}={v}" for k, v in parse_qsl(query))
    name = _UNSAFE.sub("_", name)
    if len(name.encode()) > _MAX_NAME:
        name = "q-" + hashlib.sha1(query.encode()).hexdigest()[:16]
    return f"--{name}"


def file_for(key: str, content_type: str = "text/html") -> str:
    """The output file (relative, '/'-separated) for a URL key and its content type.

    /en/news/ → en/news/index.html; /en/news/?kind=story&page=2 →
    en/news/index--kind=story&page=2.html; /en/news/feed/ → en/news/feed/index.xml.
    """
    path, query = split_key(key)
    path = unquote(path)
    mime = content_type.split(";")[0].strip().lower()
    ext = EXTENSIONS.get(mime, "")
    suffix = _query_suffix(query) if query else ""
    if path.endswith("/"):
        return f"{path.lstrip('/')}index{suffix}{ext or '.html'}"
    stem, dot, extension = path.rpartition(".")
    if mime == "text/html" and not (dot and "/" not in extension):
        return f"{path.lstrip('/')}/index{suffix}.html"
    if suffix and dot and "/" not in extension:
        return f"{stem.lstrip('/')}{suffix}.{extension}"
    return path.lstrip("/") + suffix


def relative_href(from_file: str, to_file: str, fragment: str = "") -> str:
    """A percent-encoded link from one output file to another."""
    href = _relative(posixpath.dirname(from_file) or ".", to_file)
    return f"{href}#{fragment}" if fragment else href


@functools.lru_cache(maxsize=65536)
def _relative(from_folder: str, to_file: str) -> str:
    return quote(posixpath.relpath(to_file, from_folder), safe="/=&-._~!$'()*+,;:@")
