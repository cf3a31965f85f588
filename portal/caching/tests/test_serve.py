import io

import pytest
from django.core.management import call_command

from portal.caching.management.commands import serve


def run_dry(monkeypatch, **env):
    for name in ("DJANGO_SETTINGS_MODULE", "PORT", "FORWARDED_ALLOW_IPS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = io.StringIO()
    call_command("serve", "--dry-run", "--bind", "127.0.0.1:9000", "--workers", "3", stdout=out)
    return out.getvalue()


def test_workers_follow_the_cpu_count_with_a_cap():
    assert serve.default_workers(1) == 3
    assert serve.default_workers(4) == 9
    assert serve.default_workers(64) == serve.MAX_WORKERS


def test_serves_production_settings_unless_told_otherwise(monkeypatch):
    output = run_dry(monkeypatch, DJANGO_SETTINGS_MODULE="portal.settings.dev")
    assert "DJANGO_SETTINGS_MODULE=portal.settings.production" in output
    output = run_dry(monkeypatch, DJANGO_SETTINGS_MODULE="portal.settings.staging")
    assert "DJANGO_SETTINGS_MODULE=portal.settings.staging" in output


def test_gunicorn_command_line(monkeypatch):
    output = run_dry(monkeypatch, FORWARDED_ALLOW_IPS="10.0.0.5")
    line = output.strip().splitlines()[-1]
    assert "-m gunicorn portal.wsgi:application --bind 127.0.0.1:9000 --workers 3" in line
    assert "--access-logfile -" in line and "--forwarded-allow-ips 10.0.0.5" in line


@pytest.mark.parametrize("collected", [True, False])
def test_collects_static_files_only_when_missing(monkeypatch, settings, tmp_path, collected):
    settings.STATIC_ROOT = str(tmp_path)
    if collected:
        (tmp_path / serve.MANIFEST).write_text("{}")
    output = run_dry(monkeypatch)
    assert ("collectstatic --noinput" in output) is not collected


def test_collects_again_when_a_static_file_changed_since(monkeypatch, settings, tmp_path):
    import os
    import time

    settings.STATIC_ROOT = str(tmp_path / "collected")
    (tmp_path / "collected").mkdir()
    manifest = tmp_path / "collected" / serve.MANIFEST
    manifest.write_text("{}")
    source = tmp_path / "source"
    source.mkdir()
    (source / "new.css").write_text("body {}")
    later = time.time() + 60
    os.utime(source / "new.css", (later, later))
    settings.STATICFILES_DIRS = [str(source)]
    assert "collectstatic --noinput" in run_dry(monkeypatch)
