"""Rate limits count per reader, also behind the documented nginx (issue 11, fault 4)."""

import ipaddress

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory
from hypothesis import given
from hypothesis import strategies as st

from portal.core.network import client_ip, parse_trusted_proxies

PROXY = "127.0.0.1"
CONTACT = "/en/contact/"
MESSAGE = {"name": "Dilnoza", "email": "d@example.net", "subject": "Hi", "message": "Hello"}


def request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_a_direct_client_is_its_own_address_whatever_it_claims():
    assert client_ip(request("198.51.100.7", "203.0.113.1")) == "198.51.100.7"


def test_behind_a_trusted_proxy_the_right_most_untrusted_hop_is_the_client():
    # The client wrote "1.2.3.4" itself; nginx appended the address it saw.
    assert client_ip(request(PROXY, "1.2.3.4, 203.0.113.5")) == "203.0.113.5"
    assert client_ip(request("::1", "203.0.113.5, 127.0.0.1")) == "203.0.113.5"
    assert client_ip(request(PROXY)) == PROXY  # no header: the proxy itself


def test_trusted_networks_come_from_the_setting(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_ip(request("10.1.2.3", "203.0.113.9, 10.0.0.4")) == "203.0.113.9"
    assert client_ip(request(PROXY, "203.0.113.9")) == PROXY  # no longer trusted


def test_garbage_in_the_header_is_not_believed():
    assert client_ip(request(PROXY, "203.0.113.5, not-an-address")) == PROXY
    assert client_ip(request("", "")) == "0.0.0.0"  # a Unix socket and no header


def test_a_wildcard_or_a_typo_in_the_proxy_list_is_refused():
    for value in ("*", "127.0.0.1,proxy.example.org"):
        with pytest.raises(ImproperlyConfigured):
            parse_trusted_proxies(value)
    assert len(parse_trusted_proxies("127.0.0.1, ::1,10.0.0.0/8,")) == 3


hops = st.one_of(
    st.ip_addresses().map(str),
    st.text(alphabet="0123456789abcdef.:[], %", max_size=20),
)


@given(remote=hops, forwarded=st.lists(hops, max_size=5).map(",".join))
def test_always_an_address_never_an_error(remote, forwarded):
    ipaddress.ip_address(client_ip(request(remote, forwarded)))


@pytest.mark.django_db
def test_two_readers_behind_the_proxy_have_their_own_contact_limit(client, site_tree):
    first, second = "203.0.113.5", "203.0.113.6"
    for _n in range(5):
        response = client.post(
            CONTACT, MESSAGE, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"10.9.9.9, {first}"
        )
        assert response.status_code == 302
    assert (
        client.post(CONTACT, MESSAGE, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=first).status_code
        == 429
    )
    # The second reader is not blocked by the first one's posts.
    response = client.post(CONTACT, MESSAGE, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=second)
    assert response.status_code == 302


@pytest.mark.django_db
def test_two_readers_behind_the_proxy_have_their_own_subscribe_limit(client, site_tree):
    def subscribe(n, reader):
        return client.post(
            "/en/newsletter/subscribe/",
            {"email": f"reader{n}@example.org", "language": "en"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=reader,
            HTTP_SEC_FETCH_SITE="same-origin",
        )

    for n in range(5):
        assert subscribe(n, "203.0.113.5").status_code == 302
    assert subscribe(5, "203.0.113.5").status_code == 429
    assert subscribe(6, "203.0.113.6").status_code == 302


@pytest.mark.django_db
def test_a_forged_header_from_an_untrusted_peer_does_not_reset_the_limit(client, site_tree):
    for n in range(5):
        response = client.post(
            CONTACT, MESSAGE, REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}"
        )
        assert response.status_code == 302
    response = client.post(
        CONTACT, MESSAGE, REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="203.0.113.99"
    )
    assert response.status_code == 429
