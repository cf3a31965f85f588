"""Whatever the query string, every listing answers without a server error
(issue 11, fault 7): arbitrary text, huge and negative numbers, unicode, NUL,
malformed percent-escapes and repeated parameters, in each parameter the listing
declares (`page` included) and in a few it does not, in every language."""

from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.core.tests.public_site import LANGUAGES, LISTINGS, build_public_site, listings

pytestmark = pytest.mark.django_db

STRAY = ("utm_source", "fbclid", "q", "page[]", "")
VALUES = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),  # encodable
    st.sampled_from(["0", "-1", "10000", "99999999999999999999", "1e309", "NaN", "\x00", ""]),
    st.text(alphabet="0123456789", min_size=300, max_size=2000),
)
# Written raw into the query string: some decode to invalid UTF-8 or to NUL.
RAW = st.lists(st.sampled_from(["%ff", "%00", "%", "%2", "%C3%28", "&", "=", ";", "+"]), max_size=8)
# The values of the bug report, in every parameter of every listing (in English: the
# property test below draws the language).
REPORTED = ("0", "-1", "10000", "99999999999999999999", "%00")


@pytest.fixture
def site(site_tree):
    build_public_site(site_tree)
    return listings(site_tree)


def encode(pairs, raw) -> str:
    encoded = "&".join(f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in pairs)
    return f"{encoded}&x={''.join(raw)}" if raw else encoded


def assert_no_server_error(url):
    response = Client().get(url)
    assert response.status_code < 500, url


@pytest.mark.parametrize("listing", LISTINGS)
def test_the_reported_values_give_no_server_error(site, listing):
    url, params = site[listing, "en"]
    for param in params:
        for value in REPORTED:
            assert_no_server_error(f"{url}?{param}={value}")


@pytest.mark.parametrize("listing", LISTINGS)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_query_string_makes_a_listing_fail(site, listing, data):
    language = data.draw(st.sampled_from(LANGUAGES), label="language")
    url, params = site[listing, language]
    names = st.sampled_from([*params, *STRAY])
    pairs = data.draw(st.lists(st.tuples(names, VALUES), min_size=1, max_size=6), label="pairs")
    raw = data.draw(RAW, label="raw")
    assert_no_server_error(f"{url}?{encode(pairs, raw)}")
