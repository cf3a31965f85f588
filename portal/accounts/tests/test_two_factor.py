"""Two-factor login in the admin: who must have it, the code step, enrolment, backup codes."""

import re
import time
from base64 import b32encode

import pyotp
import pytest
from django.contrib.auth.models import Group, Permission
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts import devices
from portal.core.editorial import EDITORS, MODERATORS, setup_editorial

PASSWORD = "a long enough passphrase"


@pytest.fixture
def enforced(settings):
    settings.PORTAL_2FA_ENFORCED = True
    return settings


def _user(django_user_model, name="editor", superuser=False, groups=()):
    make = (
        django_user_model.objects.create_superuser
        if superuser
        else django_user_model.objects.create_user
    )
    user = make(name, f"{name}@example.org", PASSWORD)
    for group in groups:
        user.groups.add(Group.objects.get(name=group))
    return user


def _log_in_with_password(client, username):
    return client.post(
        "/admin/login/", {"username": username, "password": PASSWORD, "next": "/admin/"}
    )


def _totp(device: TOTPDevice, offset=0) -> str:
    return pyotp.TOTP(b32encode(device.bin_key).decode()).at(int(time.time()) + offset)


def _enrolled(user):
    device = devices.pending_authenticator(user)
    codes = devices.confirm_authenticator(device)
    return device, codes


@pytest.mark.django_db
def test_superuser_must_enrol_before_using_the_admin(client, django_user_model, enforced):
    _user(django_user_model, "chief", superuser=True)
    _log_in_with_password(client, "chief")
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/set-up/")
    # What the enrolment page itself loads (icons, translations) stays open.
    assert client.get("/admin/sprite/").status_code == 200
    assert client.get("/admin/jsi18n/").status_code == 200


@pytest.mark.django_db
def test_moderators_must_enrol_editors_need_not(client, django_user_model, enforced):
    setup_editorial()
    _user(django_user_model, "moderator", groups=[MODERATORS])
    _user(django_user_model, "writer", groups=[EDITORS])
    _log_in_with_password(client, "moderator")
    assert client.get("/admin/").status_code == 302
    client.logout()
    _log_in_with_password(client, "writer")
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_newsletter_managers_must_enrol(client, django_user_model, enforced):
    Group.objects.get_or_create(name="Newsletter managers")  # the data migration made it
    user = _user(django_user_model, "lists", groups=["Newsletter managers"])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    _log_in_with_password(client, "lists")
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_everyone_must_enrol_when_the_setting_says_so(client, django_user_model, enforced):
    setup_editorial()
    enforced.PORTAL_REQUIRE_2FA = True
    _user(django_user_model, "writer", groups=[EDITORS])
    _log_in_with_password(client, "writer")
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_enrolment_confirms_with_a_code_and_shows_backup_codes_once(
    client, django_user_model, enforced
):
    user = _user(django_user_model, "chief", superuser=True)
    _log_in_with_password(client, "chief")
    page = client.get("/admin/two-factor/set-up/")
    assert page.status_code == 200
    assert b"<svg" in page.content  # the QR code, inline
    secret = re.search(r'id="two-factor-secret">([A-Z2-7 ]+)<', page.content.decode()).group(1)
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert secret.replace(" ", "") == b32encode(device.bin_key).decode()

    wrong = client.post("/admin/two-factor/set-up/", {"code": "000000"})
    assert wrong.status_code == 200 and b"does not match" in wrong.content
    assert not TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    device.refresh_from_db()
    device.throttle_reset()  # the wrong code made the next try wait a second

    done = client.post("/admin/two-factor/set-up/", {"code": _totp(device)})
    assert done.status_code == 302
    shown = client.get(done["Location"])
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", shown.content.decode())
    assert len(codes) == devices.BACKUP_CODE_COUNT
    assert sorted(codes) == sorted(StaticToken.objects.values_list("token", flat=True))
    again = client.get("/admin/two-factor/backup-codes/")
    assert not re.findall(r"<li><code>", again.content.decode())  # shown once
    assert client.get("/admin/pages/").status_code == 200  # this session is verified


@pytest.mark.django_db
def test_login_asks_for_the_code_after_the_password(client, django_user_model, enforced):
    user = _user(django_user_model, "chief", superuser=True)
    device, _ = _enrolled(user)
    response = _log_in_with_password(client, "chief")
    assert client.get("/admin/pages/")["Location"].startswith("/admin/two-factor/verify/")
    form = client.get("/admin/two-factor/verify/?next=/admin/pages/")
    assert form.status_code == 200 and b'name="code"' in form.content
    wrong = client.post("/admin/two-factor/verify/", {"code": "123456", "next": "/admin/pages/"})
    assert wrong.status_code == 200 and b"not right" in wrong.content
    assert client.get("/admin/pages/").status_code == 302
    device.refresh_from_db()
    device.throttle_reset()  # the wrong code made the next try wait a second
    ok = client.post("/admin/two-factor/verify/", {"code": _totp(device), "next": "/admin/pages/"})
    assert ok.status_code == 302 and ok["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    assert response.status_code == 302


@pytest.mark.django_db
def test_a_backup_code_works_once(client, django_user_model, enforced):
    user = _user(django_user_model, "chief", superuser=True)
    _, codes = _enrolled(user)
    _log_in_with_password(client, "chief")
    ok = client.post("/admin/two-factor/verify/", {"code": codes[0].upper()})
    assert ok.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert not StaticToken.objects.filter(token=codes[0]).exists()
    client.logout()
    _log_in_with_password(client, "chief")
    again = client.post("/admin/two-factor/verify/", {"code": codes[0]})
    assert again.status_code == 200
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_an_enrolled_user_is_asked_even_when_not_required(client, django_user_model, settings):
    settings.PORTAL_2FA_ENFORCED = False
    user = _user(django_user_model, "chief", superuser=True)
    _enrolled(user)
    _log_in_with_password(client, "chief")
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/verify/")


@pytest.mark.django_db
def test_an_unverified_session_is_anonymous_outside_the_admin(
    client, django_user_model, enforced, rf
):
    from portal.accounts.middleware import TwoFactorMiddleware

    user = _user(django_user_model, "chief", superuser=True)
    _enrolled(user)
    _log_in_with_password(client, "chief")
    request = rf.get("/documents/1/secret.pdf")
    request.user = user
    user.is_verified = lambda: False
    TwoFactorMiddleware(lambda r: None).process_view(request, None, (), {})
    assert not request.user.is_authenticated


@pytest.mark.django_db
def test_next_never_leaves_the_site(client, django_user_model, enforced):
    user = _user(django_user_model, "chief", superuser=True)
    device, _ = _enrolled(user)
    _log_in_with_password(client, "chief")
    ok = client.post(
        "/admin/two-factor/verify/", {"code": _totp(device), "next": "https://evil.example/"}
    )
    assert ok["Location"] == "/admin/"


@pytest.mark.django_db
def test_account_menu_links_to_two_factor(client, django_user_model):
    user = _user(django_user_model, "chief", superuser=True)
    client.force_login(user)
    assert b"/admin/two-factor/" in client.get("/admin/account/").content
    assert b"Set up two-factor login" in client.get("/admin/two-factor/").content


@pytest.mark.django_db
def test_only_those_not_required_may_turn_it_off(client, django_user_model, enforced):
    setup_editorial()
    chief = _user(django_user_model, "chief", superuser=True)
    _enrolled(chief)
    client.force_login(chief)
    session = client.session
    session["otp_device_id"] = TOTPDevice.objects.get(user=chief).persistent_id
    session.save()
    client.post("/admin/two-factor/", {"action": "remove"})
    assert TOTPDevice.objects.filter(user=chief).exists()

    writer = _user(django_user_model, "writer", groups=[EDITORS])
    _enrolled(writer)
    client.force_login(writer)
    session = client.session
    session["otp_device_id"] = TOTPDevice.objects.get(user=writer).persistent_id
    session.save()
    client.post("/admin/two-factor/", {"action": "remove"})
    assert not TOTPDevice.objects.filter(user=writer).exists()
    assert not StaticToken.objects.filter(device__user=writer).exists()
