"""Script and SQL payloads in every public URL (issue 11, "done when"): each URL
pattern of the resolver outside the admin, and a live page of every page type in
every language it exists in, with the payloads in each query parameter the page
reads, in a few it does not, and in its path where the pattern takes free text.
Nothing answers with a server error, and no payload comes back unescaped."""

import re
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern, RegexPattern
from django.utils import translation

from portal.core.tests.public_site import LANGUAGES, build_public_site, portal_page_types

pytestmark = pytest.mark.django_db

PAYLOADS = (
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "' OR 1=1--",
    '1" OR "1"="1',
    "1; DROP TABLE wagtailcore_page;--",
    "%00",
    "\x00",
    "javascript:alert(1)",
    "{{ 7|add:7 }}${7*7}",
    "99999999999999999999",
    "A" * 5000,
)
# What must never appear in an answer as it was sent.
UNESCAPED = ("<script>alert(1)</script>", "<svg onload=alert(1)>")
SCRIPT_LINK = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)
STRAY = ("utm_source", "next", "callback")
ADMIN = ("admin/",)


def public_patterns(patterns=None, prefix="", namespace=None, i18n=False):
    """(route, qualified name, pattern, under a language prefix) of every URL pattern
    outside the admin."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(entry.pattern)
        if route.startswith(ADMIN):
            continue
        if isinstance(entry, URLResolver):
            inner = ":".join(filter(None, [namespace, entry.namespace])) or None
            localized = i18n or isinstance(entry.pattern, LocalePrefixPattern)
            yield from public_patterns(entry.url_patterns, route, inner, localized)
        elif isinstance(entry, URLPattern):
            name = ":".join(filter(None, [namespace, entry.name])) if entry.name else None
            yield route, name, entry, i18n


def sample_for(converter) -> list[str]:
    """Values for a path argument: the payloads its converter lets through, or one
    plain value when it takes none of them."""
    allowed = [p for p in PAYLOADS if re.fullmatch(converter.regex, p)][:3]
    return allowed or ["1" if converter.regex == "[0-9]+" else "x"]


def pattern_urls(site, route, name, entry) -> list[str] | None:
    """URLs of one pattern; None for the page-serving pattern (pages come from the site)."""
    if name == "wagtail_serve":
        return None
    if isinstance(entry.pattern, RegexPattern):  # no converters to fill: named here
        regex_args = {"wagtaildocs_serve": [site.document.pk, site.document.filename]}
        assert name in regex_args, f"{route}: say how to build this URL"
        return [reverse(name, args=regex_args[name])]
    converters = entry.pattern.converters
    urls = []
    for n in range(max([1, *(len(sample_for(c)) for c in converters.values())])):
        kwargs = {k: sample_for(c)[n % len(sample_for(c))] for k, c in converters.items()}
        urls.append(reverse(name, kwargs=kwargs))
    return urls


def targets(site):
    """(URL, the query parameters it reads) for every public pattern and page."""
    for route, name, entry, i18n in public_patterns():
        assert name, f"{route}: name the pattern so that it can be tested"
        params = getattr(entry.callback, "understood_params", None) or ()
        for language in LANGUAGES if i18n else ("en",):
            with translation.override(language):
                urls = pattern_urls(site, route, name, entry)
            for url in urls or []:
                yield url, params
    for page in site.pages:
        yield page.url, page.query_params


def assert_safe(client, url):
    response = client.get(url)
    assert response.status_code < 500, url
    body = response.content.decode("utf-8", "replace")
    for raw in UNESCAPED:
        assert raw not in body, f"{raw} reflected by {url}"
    assert not SCRIPT_LINK.search(body), f"a javascript: link in {url}"


@pytest.fixture
def site(site_tree):
    return build_public_site(site_tree)


def test_every_page_type_is_visited(site):
    assert {type(page) for page in site.pages} >= portal_page_types()


def test_payloads_are_neither_errors_nor_reflected(site):
    client = Client()
    seen = set()
    for url, params in targets(site):
        seen.add(url.split("?")[0])
        for payload in PAYLOADS:
            value = quote(payload, safe="")
            names = [*params, *STRAY]
            # Every parameter at once, then (in English) each the page reads alone, so
            # that a refused one cannot hide what another does.
            assert_safe(client, f"{url}?" + "&".join(f"{name}={value}" for name in names))
            if url.startswith(("/en/", "/robots", "/sitemap", "/documents/")):
                for name in params:
                    assert_safe(client, f"{url}?{name}={value}")
    assert {"/robots.txt", "/sitemap.xml", "/en/search/", "/tg/newsletter/subscribe/"} <= seen
