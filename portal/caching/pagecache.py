"""A whole-page cache for anonymous readers, on Django's cache framework.

wagtail-cache would do, but its last release (3.0.0) requires wagtail<8.

Entries are keyed by scheme, host and full path (URLs carry their language, so
the cache is per language by construction). Every entry records the cache
generation it was made in; clearing the cache starts a new generation, so
one write invalidates every page at once, on Redis and local memory alike.
"""

import hashlib

from django.conf import settings
from django.utils.cache import cc_delim_re, set_response_etag
from django.utils.http import http_date

from portal.core.generations import (
    GENERATION_KEY,
    content_cache,
    current_generation,
    new_generation,
)

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
    """Only complete, public, cookie-free 200 answers to GET.

    A page that renders a form calls for a CSRF token and so sets the CSRF
    cookie: it is never stored, and no cached page holds anyone's token.
    """
    if request.method != "GET" or response.status_code != 200 or response.streaming:
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


def page_key(request) -> str:
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return "portal:pagecache:page:" + hashlib.sha256(url.encode()).hexdigest()


def lookup(request):
    """(headers, content) of the cached page, or None. One round trip."""
    key = page_key(request)
    found = content_cache().get_many([GENERATION_KEY, key])
    generation, entry = found.get(GENERATION_KEY), found.get(key)
    if generation is None or entry is None or entry[0] != generation:
        return None
    return entry[1], entry[2]


def store(request, response) -> None:
    cache = content_cache()
    generation = current_generation(cache)
    # Validators for conditional GETs (ConditionalGetMiddleware answers 304):
    # computed once here rather than on every hit.
    if not response.has_header("ETag"):
        set_response_etag(response)
    response.headers.setdefault("Last-Modified", http_date())
    headers = list(response.headers.items())
    cache.set(page_key(request), (generation, headers, response.content), timeout())


def clear() -> None:
    """Invalidate every cached page (and remembered value) by starting a new generation."""
    new_generation()
