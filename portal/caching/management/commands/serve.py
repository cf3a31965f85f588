"""`portal serve`: the production app server (gunicorn) with the portal's settings."""

import os
import shlex
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management.base import BaseCommand, CommandError

DEV_SETTINGS = "portal.settings.dev"  # what the `portal` script defaults to
PRODUCTION_SETTINGS = "portal.settings.production"
MAX_WORKERS = 12
MANIFEST = "staticfiles.json"  # written by collectstatic with the manifest storage


def default_workers(cpus: int | None = None) -> int:
    """Gunicorn's rule of thumb, 2 × CPUs + 1, capped: more workers than that only
    add memory and database connections."""
    cpus = cpus or os.cpu_count() or 1
    return min(2 * cpus + 1, MAX_WORKERS)


def target_settings() -> str:
    """DJANGO_SETTINGS_MODULE when the operator set it, else production settings
    (the `portal` script's development default does not count)."""
    current = os.environ.get("DJANGO_SETTINGS_MODULE", "")
    return current if current and current != DEV_SETTINGS else PRODUCTION_SETTINGS


def gunicorn_command(bind: str, workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "portal.wsgi:application",
        "--bind",
        bind,
        "--workers",
        str(workers),
        "--access-logfile",
        "-",
        "--error-logfile",
        "-",
        # Only the proxy in front may set X-Forwarded-For / -Proto (docs/deployment.md).
        "--forwarded-allow-ips",
        os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1"),
        # Recycle workers now and then so a slow leak cannot grow without bound.
        "--max-requests",
        "2000",
        "--max-requests-jitter",
        "200",
    ]


def static_files_collected() -> bool:
    """Collected, and no source static file added or changed since (a stale manifest
    makes every page that names a new file fail)."""
    manifest = Path(settings.STATIC_ROOT or "") / MANIFEST
    if not settings.STATIC_ROOT or not manifest.is_file():
        return False
    collected_at = manifest.stat().st_mtime
    return not any(
        storage.get_modified_time(path).timestamp() > collected_at
        for finder in finders.get_finders()
        for path, storage in finder.list(["CVS", ".*", "*~"])
    )


class Command(BaseCommand):
    help = "Run the site under gunicorn with the production settings (collecting static files first if needed)."

    def add_arguments(self, parser):
        port = os.environ.get("PORT", "8000")
        parser.add_argument(
            "--bind",
            default=f"0.0.0.0:{port}",
            help="Address to listen on (default 0.0.0.0:$PORT or 8000).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=default_workers(),
            help="Worker processes (default 2 × CPUs + 1, at most 12).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Print what would run and exit.")

    def handle(self, *args, bind, workers, dry_run, **options):
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": target_settings()}
        command = gunicorn_command(bind, workers)
        collect = [sys.executable, "-m", "django", "collectstatic", "--noinput"]
        needs_collect = not static_files_collected()
        if dry_run:
            self.stdout.write(f"DJANGO_SETTINGS_MODULE={env['DJANGO_SETTINGS_MODULE']}")
            if needs_collect:
                self.stdout.write(shlex.join(collect))
            self.stdout.write(shlex.join(command))
            return
        if needs_collect:
            self.stdout.write(
                f"Static files in {settings.STATIC_ROOT} missing or out of date: collecting."
            )
            if subprocess.run(collect, env=env).returncode:
                raise CommandError("collectstatic failed; not starting the server.")
        sys.stdout.flush()
        os.execvpe(command[0], command, env)  # gunicorn replaces this process
