"""Editors' accounts in a real browser: two-factor enrolment and login, backup codes,
a wrong code refused, and the lockout after repeated wrong passwords."""

import re
import time

import pyotp
from playwright.sync_api import expect

PASSWORD = "correct-horse-battery-staple"


def _password_step(page, base_url, password=PASSWORD):
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label(re.compile("username", re.I)).fill("chief")
    page.get_by_label(re.compile("password", re.I)).fill(password)
    page.get_by_role("button", name="Sign in").click()


def _log_out(page, base_url):
    """Wagtail logs out by POST (the account menu's form); the same POST from the page."""
    page.goto(f"{base_url}/admin/account/")
    page.evaluate(
        """() => {
            const form = document.createElement('form');
            form.method = 'post';
            form.action = '/admin/logout/';
            form.appendChild(document.querySelector('[name=csrfmiddlewaretoken]').cloneNode());
            document.body.appendChild(form);
            form.submit();
        }"""
    )
    expect(page).to_have_url(re.compile(r"/admin/login/"))


def _code_step(page, code):
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/"))
    page.get_by_label(re.compile("Code")).fill(code)
    page.get_by_role("button", name="Verify").click()


def test_enrol_then_log_in_with_a_code_a_backup_code_and_not_a_wrong_code(
    page, demo_site, django_user_model, settings
):
    from django_otp.plugins.otp_static.models import StaticToken

    settings.PORTAL_2FA_ENFORCED = True
    django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
    base = demo_site.url

    # A superuser without a second factor is sent to set one up.
    _password_step(page, base)
    expect(page).to_have_url(re.compile(r"/admin/two-factor/set-up/"))
    expect(page.locator(".two-factor-qr svg")).to_be_visible()
    secret = page.locator("#two-factor-secret").inner_text().replace(" ", "")
    authenticator = pyotp.TOTP(secret)
    page.get_by_label("Code from the app").fill(authenticator.now())
    page.get_by_role("button", name="Confirm").click()

    # The backup codes, once.
    expect(page.locator("#backup-codes code")).to_have_count(10)
    codes = page.locator("#backup-codes code").all_inner_texts()
    assert len(codes) == 10
    page.get_by_role("link", name=re.compile("continue")).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto(f"{base}/admin/two-factor/backup-codes/")
    expect(page.locator("#backup-codes")).to_have_count(0)

    # Password, then the app's code (the next one: the current one was used to enrol).
    _log_out(page, base)
    _password_step(page, base)
    _code_step(page, authenticator.at(time.time() + 30))
    expect(page).to_have_url(re.compile(r"/admin/$"))

    # Password, then a backup code, which is then used up.
    _log_out(page, base)
    _password_step(page, base)
    _code_step(page, codes[0])
    expect(page).to_have_url(re.compile(r"/admin/$"))
    assert not StaticToken.objects.filter(token=codes[0]).exists()

    # A wrong code (and the used backup code) keep the admin closed.
    _log_out(page, base)
    _password_step(page, base)
    _code_step(page, "000000")
    expect(page.locator(".error-message")).to_contain_text("not right")
    page.goto(f"{base}/admin/pages/")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/"))


def test_locked_out_after_repeated_wrong_passwords(page, demo_site, django_user_model, settings):
    settings.AXES_FAILURE_LIMIT = 3
    django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
    for _ in range(3):
        _password_step(page, demo_site.url, password="not the password")
    expect(page.get_by_role("alert")).to_contain_text("Too many failed login attempts")
    _password_step(page, demo_site.url)  # the right password, too late
    expect(page.get_by_role("alert")).to_contain_text("Too many failed login attempts")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
