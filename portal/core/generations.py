"""Values derived from published content, kept until the content changes.

Every entry records the cache *generation* it was made in; when published content
changes a new generation starts, so one write invalidates every derived value (and
every cached page, see `portal.caching`) at once, on Redis and local memory alike.
This sits in `core` so that listings, template tags and the page cache share it
without depending on each other.
"""

import hashlib
import json
import uuid

from django.conf import settings
from django.core.cache import caches

GENERATION_KEY = "portal:pagecache:generation"


def content_cache():
    """The cache that holds pages and derived values (`PORTAL_PAGE_CACHE_ALIAS`)."""
    return caches[getattr(settings, "PORTAL_PAGE_CACHE_ALIAS", "default")]


def current_generation(cache=None) -> str:
    cache = cache or content_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def new_generation() -> None:
    """Invalidate every cached page and remembered value."""
    content_cache().set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def remember(key: str, compute, seconds: int = 3600):
    """`compute()`, kept until published content changes (one cache round trip on a
    hit). Independent of whether whole pages are cached."""
    cache = content_cache()
    found = cache.get_many([GENERATION_KEY, key])
    generation, entry = found.get(GENERATION_KEY), found.get(key)
    if generation is not None and entry is not None and entry[0] == generation:
        return entry[1]
    value = compute()
    cache.set(key, (generation or current_generation(cache), value), seconds)
    return value


def remember_key(name: str, *parts) -> str:
    """An unambiguous cache key for a remembered value: its parts (strings, numbers,
    lists of pairs such as a listing's filters) encoded as JSON and hashed, so that
    no value can pass for another ("a=1&b=2" as one filter value is not two)."""
    encoded = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
    return f"portal:{name}:{hashlib.sha256(encoded.encode()).hexdigest()}"
