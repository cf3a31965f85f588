"""A whole-page cache for anonymous readers, on Django's cache framework.

wagtail-cache would do, but its last release (3.0.0) requires wagtail<8.

Entries are keyed by scheme, host, path (URLs carry their language, so the cache
is per language by construction) and the query parameters the page understands,
which each page declares (`portal.core.params`): any other parameter is ignored, so
`?utm_source=1`, `?utm_source=2`... are one entry, not one each. The parameters a
path's page understands are learnt when it is stored (an entry of their own), and a
request for that path with a query string looks them up in the same round trip as
the page when its query is already canonical. A view that declares nothing is
stored only for a request without a query string; an answer in which the view
refused a value (an unknown filter, a page number that is not one) is not stored.

Every entry records the cache generation it was made in; clearing the cache starts
a new generation, so one write invalidates every page at once, on Redis and local
memory alike.
"""

import hashlib

from django.conf import settings
from django.utils.cache import cc_delim_re, set_response_etag
from django.utils.encoding import escape_uri_path
from django.utils.http import http_date

from portal.core.generations import (
    GENERATION_KEY,
    content_cache,
    current_generation,
    new_generation,
)
from portal.core.params import canonical_query, declared, has_refusals

DEFAULT_SECONDS = 600

# Never looked up nor stored: the admin, Django's admin, files.
SKIPPED_PATH_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/static/", "/media/")
# Never stored: per-subscriber pages reached through a personal link.
SKIPPED_NAMESPACES = {"mailing"}
# A reader with one of these cookies may see something personal: a logged-in
# editor, a password-protected page they unlocked, a flash message.
PERSONAL_COOKIES = ("sessionid", "messages")
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store", "max-age=0"}


def timeout() -> int:
    """Seconds a page is kept; 0 turns the page cache off. Bounded even though
    publishing clears it, because some pages change with the date (calls close,
    events become past)."""
    return getattr(settings, "PORTAL_PAGE_CACHE_SECONDS", DEFAULT_SECONDS)


def personal_cookie_names() -> tuple[str, ...]:
    return (settings.SESSION_COOKIE_NAME, *PERSONAL_COOKIES)


def request_is_cacheable(request) -> bool:
    if request.method not in ("GET", "HEAD") or not timeout():
        return False
    if request.path.startswith(SKIPPED_PATH_PREFIXES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():
        return False  # SecurityMiddleware, further in, redirects it to https
    return not any(name in request.COOKIES for name in personal_cookie_names())


def response_is_cacheable(request, response) -> bool:
    """Only complete, public, cookie-free 200 answers to GET, from a view that said
    which query parameters it reads (when there are any) and refused none.

    A page that renders a form calls for a CSRF token and so sets the CSRF
    cookie: it is never stored, and no cached page holds anyone's token.
    """
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if has_refusals(request) or (request.GET and declared(response) is None):
        return False
    if response.cookies:
        return False
    directives = {d.strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))}
    if directives & UNCACHEABLE_DIRECTIVES:
        return False
    # Cookie is safe to ignore (personal cookies bypass the cache); any other
    # Vary means the page depends on a header the key does not hold.
    vary = {h.strip().lower() for h in cc_delim_re.split(response.get("Vary", "")) if h.strip()}
    if vary - {"cookie"}:
        return False
    match = getattr(request, "resolver_match", None)
    return not (match and SKIPPED_NAMESPACES & set(match.namespaces))


def _address(request) -> str:
    """Scheme, host and path of the request: what names a page, without the query."""
    return f"{request.scheme}://{request.get_host()}{escape_uri_path(request.path)}"


def _hashed(kind: str, text: str) -> str:
    return f"portal:pagecache:{kind}:" + hashlib.sha256(text.encode()).hexdigest()


def page_key(request, params=None) -> str:
    """The entry of the request's page: its address and the values of `params` (the
    query parameters its page understands; None: all of the request's)."""
    query = canonical_query(request.GET, request.GET.keys() if params is None else params)
    return _hashed("page", f"{_address(request)}?{query}" if query else _address(request))


def params_key(request) -> str:
    """The entry recording which query parameters the page at this address reads."""
    return _hashed("params", _address(request))


def _current(entry, generation):
    return (
        entry if entry is not None and generation is not None and entry[0] == generation else None
    )


def lookup(request):
    """(headers, content) of the cached page, or None. One round trip, two when the
    query string holds a parameter the page does not read."""
    cache = content_cache()
    key = page_key(request)  # right whenever every parameter given is understood
    if not request.GET:
        found = cache.get_many([GENERATION_KEY, key])
        entry = _current(found.get(key), found.get(GENERATION_KEY))
    else:
        found = cache.get_many([GENERATION_KEY, params_key(request), key])
        generation = found.get(GENERATION_KEY)
        understood = _current(found.get(params_key(request)), generation)
        if understood is None:
            return None  # not stored yet in this generation
        canonical = page_key(request, understood[1])
        entry = found.get(key) if canonical == key else cache.get(canonical)
        entry = _current(entry, generation)
    return (entry[1], entry[2]) if entry is not None else None


def store(request, response) -> None:
    cache = content_cache()
    generation = current_generation(cache)
    # Validators for conditional GETs (ConditionalGetMiddleware answers 304):
    # computed once here rather than on every hit.
    if not response.has_header("ETag"):
        set_response_etag(response)
    response.headers.setdefault("Last-Modified", http_date())
    headers = list(response.headers.items())
    params = declared(response)
    entries = {page_key(request, params or ()): (generation, headers, response.content)}
    if params is not None:
        entries[params_key(request)] = (generation, params)
    cache.set_many(entries, timeout())


def clear() -> None:
    """Invalidate every cached page (and remembered value) by starting a new generation."""
    new_generation()
