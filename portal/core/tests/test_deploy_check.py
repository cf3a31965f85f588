"""Production settings pass Django's deployment checklist and the portal's own checks,
require what a public site needs, and the `portal` script reads the environment file."""

import json
import os
import subprocess
import sys

import pytest

PRODUCTION = "portal.settings.production"
GOOD_KEY = "x" * 60 + "-a-long-random-production-secret"
OLD_KEYS = ["o" * 60 + "-the-previous-secret", "p" * 60 + "-the-one-before"]


def clean_environment() -> dict:
    """This process's environment without what pytest or the browser tests set."""
    dropped = {"DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE", "PORTAL_ENV_FILE"}
    return {k: v for k, v in os.environ.items() if k not in dropped}


def good_env(tmp_path, **changes) -> dict:
    env = {
        **clean_environment(),
        "DJANGO_SETTINGS_MODULE": PRODUCTION,
        "SECRET_KEY": GOOD_KEY,
        "ALLOWED_HOSTS": "mission.example.org",
        "SITE_URL": "https://mission.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "PORTAL_ENV_FILE": "",  # never the machine's /etc/portal.env
    }
    env.update(changes)
    return {k: v for k, v in env.items() if v is not None}


def portal(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "portal.manage", *args], env=env, capture_output=True, text=True
    )


def check_deploy(env: dict) -> subprocess.CompletedProcess:
    return portal(env, "check", "--deploy", "--fail-level", "WARNING")


def test_check_deploy_is_clean_with_production_settings(tmp_path):
    result = check_deploy(good_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"ALLOWED_HOSTS": "mission.example.org,*"}, ["portal.E001"]),
        ({"SECRET_KEY": "short-key"}, ["security.W009"]),
        (
            {
                "ALLOWED_HOSTS": ".example.org",
                "SITE_URL": "http://mission.example.org",
                "FORWARDED_ALLOW_IPS": "*",
                "SECRET_KEY_FALLBACKS": "old",
                "SECURE_SSL_REDIRECT": "false",
                "SECURE_HSTS_SECONDS": "0",
            },
            ["portal.W001", "portal.W002", "portal.W003", "security.W025", "security.W008"]
            + ["security.W004"],
        ),
    ],
)
def test_check_deploy_fails_on_a_weak_configuration(tmp_path, changes, expected):
    result = check_deploy(good_env(tmp_path, **changes))
    assert result.returncode != 0
    for check_id in expected:
        assert check_id in result.stderr


def test_development_settings_fail_the_deployment_check(tmp_path):
    # What a cron line running `portal` got before it read the environment file.
    result = check_deploy(good_env(tmp_path, DJANGO_SETTINGS_MODULE="portal.settings.dev"))
    assert result.returncode != 0
    assert "security.W018" in result.stderr  # DEBUG on


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"SECRET_KEY": ""}, "SECRET_KEY must be set in production"),
        ({"ALLOWED_HOSTS": None}, "ALLOWED_HOSTS must be set in production"),
        ({"SITE_URL": None}, "SITE_URL must be set in production"),
        ({"SITE_URL": "mission.example.org"}, "SITE_URL must be the site's public address"),
        ({"DEBUG": "true"}, "DEBUG must be off in production"),
    ],
)
def test_production_refuses_to_start_without_what_it_needs(tmp_path, changes, message):
    result = portal(good_env(tmp_path, **changes), "check")
    assert result.returncode != 0
    assert f"ImproperlyConfigured: {message}" in result.stderr


SHOW_SETTINGS = [
    "shell",
    "-c",
    "import json; from django.conf import settings as s; "
    "from portal.core.security_headers import hsts_value; "
    "print(json.dumps({'module': s.SETTINGS_MODULE, 'debug': s.DEBUG, 'key': s.SECRET_KEY, "
    "'fallbacks': s.SECRET_KEY_FALLBACKS, 'hsts': hsts_value()}))",
]


def show_settings(env: dict) -> dict:
    result = portal(env, *SHOW_SETTINGS)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_portal_command_reads_the_environment_file(tmp_path):
    env_file = tmp_path / "portal.env"
    env_file.write_text(
        "# as systemd's EnvironmentFile reads it\n"
        f"SECRET_KEY={GOOD_KEY}\n"
        f"SECRET_KEY_FALLBACKS={OLD_KEYS[0]},{OLD_KEYS[1]}\n"
        "ALLOWED_HOSTS=mission.example.org\n"
        "SITE_URL=https://mission.example.org\n"
        f"DATABASE_URL=sqlite:///{tmp_path / 'db.sqlite3'}\n"
    )
    env = {**clean_environment(), "PORTAL_ENV_FILE": str(env_file)}
    for name in ("SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "DATABASE_URL", "DEBUG"):
        env.pop(name, None)
    shown = show_settings(env)
    # A cron line without DJANGO_SETTINGS_MODULE: production, not the development default.
    assert shown["module"] == PRODUCTION
    assert shown["debug"] is False
    assert shown["key"] == GOOD_KEY
    assert shown["fallbacks"] == OLD_KEYS
    assert check_deploy(env).returncode == 0
    # The environment wins over the file.
    assert show_settings({**env, "SECRET_KEY": "y" * 64})["key"] == "y" * 64


def test_a_named_environment_file_that_cannot_be_read_stops_the_command(tmp_path):
    env = {**clean_environment(), "PORTAL_ENV_FILE": str(tmp_path / "missing.env")}
    result = portal(env, "check")
    assert result.returncode != 0
    assert "cannot read the environment file" in result.stderr


def test_hsts_subdomains_and_preload_are_opt_in(tmp_path):
    assert show_settings(good_env(tmp_path))["hsts"] == "max-age=63072000"
    opted_in = good_env(tmp_path, SECURE_HSTS_INCLUDE_SUBDOMAINS="true", SECURE_HSTS_PRELOAD="true")
    assert show_settings(opted_in)["hsts"] == "max-age=63072000; includeSubDomains; preload"
