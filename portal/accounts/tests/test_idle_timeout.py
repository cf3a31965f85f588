"""Admin sessions end after a period of inactivity, even with "Remember me"."""

import datetime as dt

import pytest
import time_machine

PASSWORD = "a long enough passphrase"
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def remembered(client, django_user_model, settings):
    settings.PORTAL_ADMIN_IDLE_SECONDS = 30 * 60
    django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
    with time_machine.travel(START, tick=False):
        response = client.post(
            "/admin/login/",
            {"username": "chief", "password": PASSWORD, "remember": "on", "next": "/admin/"},
        )
        assert response.status_code == 302
        assert client.get("/admin/").status_code == 200
    return client


@pytest.mark.django_db
def test_an_active_editor_stays_logged_in(remembered):
    for minutes in (20, 40, 60, 80):  # a request every 20 minutes
        with time_machine.travel(START + dt.timedelta(minutes=minutes), tick=False):
            assert remembered.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_an_idle_session_ends_even_when_remembered(remembered):
    with time_machine.travel(START + dt.timedelta(minutes=31), tick=False):
        response = remembered.get("/admin/pages/")
        assert response.status_code == 302
        assert response["Location"] == "/admin/login/?next=%2Fadmin%2Fpages%2F"
        assert "_auth_user_id" not in remembered.session
        page = remembered.get(response["Location"])
        assert b"period of inactivity" in page.content


@pytest.mark.django_db
def test_background_pings_do_not_keep_a_session_alive(remembered):
    for minutes in (10, 20, 29):
        with time_machine.travel(START + dt.timedelta(minutes=minutes), tick=False):
            remembered.post("/admin/editing-sessions/ping/pages/1/")
    with time_machine.travel(START + dt.timedelta(minutes=31), tick=False):
        assert remembered.get("/admin/").status_code == 302


def test_remember_me_keeps_a_cookie_half_a_day_not_two_weeks(settings):
    assert settings.SESSION_COOKIE_AGE <= 24 * 3600
