"""Filter values a listing does not know are refused before anything is looked up or
cached: the reader gets the listing without that filter and a notice, and no cache
entry is ever named after the value (issue 11, faults 2 and 7)."""

import pytest
from django.core.cache import caches

from portal.core.tests.public_site import build_public_site

pytestmark = pytest.mark.django_db

NOTICE = "This address asks for a filter that this list does not have"

UNKNOWN = {
    "/en/news/": [
        "theme=no-such-theme",
        # One value holding what looks like two filters (the count once keyed on "&").
        "theme=labour-migration%26year%3D2021",
        "theme=labour-migration&theme=no-such-theme",
        "place=nowhere",
        "partner=nobody",
        "kind=nonsense",
        "kind=call",  # a kind, but not one this river has
        "year=0",
        "year=-1",
        "year=10000",
        "year=99999999999999999999",
        "year=2021.0",
        "year=abc",
        "project=no-such-project",
        "project=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "project=%00",
        "theme=" + "x" * 300,
    ],
    "/en/projects/": ["status=nonsense", "theme=no-such-theme", "status=active&status=completed"],
    "/en/newsletters/": ["series=no-such-series", "series=%00", "series=a%26b"],
    "/en/search/?q=border&": ["kind=nonsense", "kind=news&kind=nonsense"],
}
LISTED = {
    "/en/news/": "Border training in Khujand",
    "/en/projects/": "Safe migration",
    "/en/newsletters/": "today-1",
    "/en/search/?q=border&": "training in Khujand",  # "border" is highlighted
}


@pytest.fixture
def public_site(site_tree):
    return build_public_site(site_tree)


def content_keys() -> set:
    return set(caches["default"]._cache)  # the local-memory store of pages and remembered values


@pytest.mark.parametrize("listing", UNKNOWN)
def test_an_unknown_filter_value_is_refused_before_any_cache(client, public_site, listing):
    client.get(listing.rstrip("&"))  # the listing's own remembered values, warmed
    before = content_keys()
    for query in UNKNOWN[listing]:
        url = f"{listing}{'' if listing.endswith('&') else '?'}{query}"
        response = client.get(url)
        assert response.status_code == 200, url
        assert content_keys() == before, f"a cache entry was made for {url}"
        html = response.content.decode()
        assert NOTICE in html, url
        assert LISTED[listing] in html, url  # the listing, without the refused filter


def test_the_refused_value_is_not_shown_back(client, public_site):
    """A crafted value is never written into the page (no text for phishers to plant)."""
    html = client.get("/en/news/?theme=Call-992-00-000-00-00-to-claim-your-visa").content.decode()
    assert NOTICE in html and "claim-your-visa" not in html


def test_known_values_filter_and_show_no_notice(client, public_site):
    for url in (
        "/en/news/?theme=labour-migration&year=2021&place=khujand&partner=eu&kind=news",
        "/en/news/?project=safe-migration",
        "/en/projects/?status=active&theme=labour-migration",
        "/en/newsletters/?series=today",
        "/en/search/?q=border&kind=news",
    ):
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200 and NOTICE not in html, url
    river = client.get("/en/news/?theme=labour-migration&year=2021").content.decode()
    assert "1 article matches these filters." in river


def test_a_known_value_with_a_refused_one_keeps_the_known_one(client, public_site):
    html = client.get("/en/news/?kind=news&theme=no-such-theme").content.decode()
    assert NOTICE in html
    assert "1 article matches these filters." in html  # the kind filter still applies


def test_an_out_of_range_page_number_is_no_error_and_no_notice(client, public_site):
    for page in ("0", "-1", "99999999999999999999", "abc", "1e3", "%00"):
        response = client.get(f"/en/news/?page={page}")
        assert response.status_code == 200 and NOTICE not in response.content.decode()
