import os
import stat

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def base_dir(settings, tmp_path, monkeypatch):
    settings.BASE_DIR = tmp_path
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    monkeypatch.setenv("PORT", "8123")
    return tmp_path


def test_creates_admin_and_saves_password(base_dir, capsys):
    call_command("ensure_admin")
    out = capsys.readouterr().out
    path = base_dir / ".demo-admin-password"
    password = path.read_text().strip()
    assert f"Log in at http://127.0.0.1:8123/admin/ as admin with password {password}" in out
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)

    call_command("ensure_admin")  # again: same password, no second user
    assert password in capsys.readouterr().out
    assert get_user_model().objects.filter(username="admin").count() == 1


def test_password_from_environment(base_dir, monkeypatch, capsys):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "correct-horse-battery")
    call_command("ensure_admin")
    assert "with password correct-horse-battery" in capsys.readouterr().out
    assert get_user_model().objects.get(username="admin").check_password("correct-horse-battery")


def test_existing_admin_without_file(base_dir, capsys):
    get_user_model().objects.create_superuser("admin", "", "secret-set-earlier")
    call_command("ensure_admin")
    out = capsys.readouterr().out
    assert "portal changepassword admin" in out
    assert "secret-set-earlier" not in out
    assert not (base_dir / ".demo-admin-password").exists()


def test_admin_has_an_email_address_for_test_sendings(base_dir, monkeypatch):
    monkeypatch.delenv("DEMO_ADMIN_EMAIL", raising=False)
    call_command("ensure_admin")
    assert get_user_model().objects.get(username="admin").email == "admin@example.org"


def test_email_address_from_environment_and_given_to_an_older_admin(base_dir, monkeypatch):
    get_user_model().objects.create_superuser("admin", "", "secret-set-earlier")
    monkeypatch.setenv("DEMO_ADMIN_EMAIL", "editor@mission.example.org")
    call_command("ensure_admin")
    assert get_user_model().objects.get(username="admin").email == "editor@mission.example.org"


@pytest.mark.parametrize("weak", ["short-pass1", "12345678901234", "password1234"])
def test_a_weak_demo_password_is_refused_with_a_clear_error(base_dir, monkeypatch, weak):
    from django.core.management.base import CommandError

    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", weak)
    with pytest.raises(CommandError, match="DEMO_ADMIN_PASSWORD is refused"):
        call_command("ensure_admin")
    assert not get_user_model().objects.filter(username="admin").exists()
    assert not (base_dir / ".demo-admin-password").exists()


def test_passwords_need_twelve_characters():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="at least 12 characters"):
        validate_password("Xq7!vb9#kL2")  # 11 characters, otherwise strong
    validate_password("Xq7!vb9#kL2m")


def test_the_demo_says_how_two_factor_login_stands(base_dir, settings, capsys):
    settings.PORTAL_2FA_ENFORCED = False
    call_command("ensure_admin")
    assert "do not require two-factor login" in capsys.readouterr().out
