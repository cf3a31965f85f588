"""Login throttling (django-axes): locked after repeated failures, with a clear message on
Wagtail's login page; failures logged; `portal axes_reset` unlocks."""

import logging

import pytest
from django.core.management import call_command

PASSWORD = "a long enough passphrase"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)


def _attempt(client, password, address="203.0.113.9"):
    return client.post(
        "/admin/login/",
        {"username": "chief", "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


@pytest.mark.django_db
def test_locked_out_after_the_failure_limit_with_a_clear_message(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        response = _attempt(client, "wrong password!")
        assert response.status_code == 200  # Wagtail's "invalid credentials"
    locked = _attempt(client, "wrong password!")
    assert locked.status_code == 429
    assert b'id="lockout-message"' in locked.content
    assert b"Too many failed login attempts" in locked.content
    assert b'name="password"' in locked.content  # still Wagtail's login page
    # Even the right password is refused now, from this address ...
    assert _attempt(client, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session
    # ... but not from another: nobody can lock an editor out from elsewhere.
    assert _attempt(client, PASSWORD, address="198.51.100.7").status_code == 302


@pytest.mark.django_db
def test_failed_logins_are_logged(client, editor, caplog):
    with caplog.at_level(logging.WARNING):
        _attempt(client, "wrong password!")
    failures = [
        r.getMessage() for r in caplog.records if "AXES: New login failure" in r.getMessage()
    ]
    assert failures and "chief" in failures[0] and "203.0.113.9" in failures[0]


@pytest.mark.django_db
def test_axes_reset_unlocks(client, editor, settings):
    settings.AXES_FAILURE_LIMIT = 2
    _attempt(client, "wrong password!")
    assert _attempt(client, "wrong password!").status_code == 429
    call_command("axes_reset", verbosity=0)
    assert _attempt(client, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_the_client_address_comes_from_the_portal_s_one_function(rf, settings):
    from axes.helpers import get_client_ip_address

    assert settings.AXES_CLIENT_IP_CALLABLE == "portal.core.network.client_ip"
    request = rf.get("/", REMOTE_ADDR="192.0.2.1")
    assert get_client_ip_address(request) == "192.0.2.1"


@pytest.mark.django_db
def test_two_editors_behind_the_proxy_are_locked_out_separately(client, editor, settings):
    """Behind the documented nginx every request comes from the proxy's address: the
    lockout counts the client nginx saw (X-Forwarded-For from a trusted proxy)."""
    settings.AXES_FAILURE_LIMIT = 2

    def via_proxy(password, client_address):
        return client.post(
            "/admin/login/",
            {"username": "chief", "password": password, "next": "/admin/"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=client_address,
        )

    via_proxy("wrong password!", "203.0.113.9")
    assert via_proxy("wrong password!", "203.0.113.9").status_code == 429
    assert via_proxy(PASSWORD, "198.51.100.7").status_code == 302
