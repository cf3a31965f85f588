"""Where each URL of the site lives in the mirror, and how pages link to each other.

Every link in the mirror is relative and names its file (…/index.html), so the same
folder works behind a plain file server and opened straight from disk.

A URL whose file would not lie inside the mirror's folder (a dot segment, spelled
%2e%2e in the link, a backslash, a control character, a name too long for the file
system) has no file: file_for refuses it.
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
# Bytes in one file name: 255 on Linux and macOS, less room for the temporary name
# each file is written under (see output.MirrorFolder.write).
_NAME_MAX = 240
_REFUSED_CHARACTERS = re.compile(r"[\\\x00-\x1f\x7f]")
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


class UnsafePath(ValueError):
    """A URL whose file would not lie inside the mirror's folder."""


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
    Raises UnsafePath when that file would not lie inside the mirror's folder.
    """
    return confined(_file_for(key, content_type))


def _file_for(key: str, content_type: str) -> str:
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


def confined(relative: str) -> str:
    """`relative` ('/'-separated) if it names a file inside the folder it is
    relative to; else UnsafePath. Backslashes are refused too: some systems and
    servers read them as separators."""
    if not relative or relative.startswith("/"):
        raise UnsafePath(f"not a relative file name: {relative!r}")
    for name in relative.split("/"):
        if name in (".", ".."):
            raise UnsafePath(f"a dot segment: {relative!r}")
        if _REFUSED_CHARACTERS.search(name):
            raise UnsafePath(f"a backslash or control character: {relative!r}")
        if len(name.encode()) > _NAME_MAX:
            raise UnsafePath(f"a file name longer than {_NAME_MAX} bytes: {relative!r}")
    return relative


def is_confined(key: str) -> bool:
    """Whether the URL key has a file inside the mirror's folder."""
    try:
        file_for(key)
    except UnsafePath:
        return False
    return True


def relative_href(from_file: str, to_file: str, fragment: str = "") -> str:
    """A percent-encoded link from one output file to another."""
    href = _relative(posixpath.dirname(from_file) or ".", to_file)
    return f"{href}#{fragment}" if fragment else href


@functools.lru_cache(maxsize=65536)
def _relative(from_folder: str, to_file: str) -> str:
    return quote(posixpath.relpath(to_file, from_folder), safe="/=&-._~!$'()*+,;:@")
