"""The `portal` console script: Django's manage.py for Mission Portal.

On a server, `portal` reads the environment file that systemd's units use
(`/etc/portal.env`, or the file PORTAL_ENV_FILE names), so that a cron line or an
operator's shell runs with the production settings and secrets, never with the
development defaults (DEBUG on, a known key). Variables already in the environment
win over the file. Without an environment file, `portal` runs the development settings.
"""

import io
import os
import sys
from pathlib import Path

import environ
from django.core.management import execute_from_command_line

DEFAULT_ENV_FILE = Path("/etc/portal.env")


def read_env_file() -> Path | None:
    """Load PORTAL_ENV_FILE (empty: none), else /etc/portal.env when it exists, into
    os.environ; the file read. A named file that cannot be read stops the command,
    rather than letting it run on development settings."""
    named = os.environ.get("PORTAL_ENV_FILE")
    if named == "":
        return None
    path = Path(named) if named else DEFAULT_ENV_FILE
    if not named and not path.exists():
        return None
    try:
        content = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        sys.exit(f"portal: cannot read the environment file {path}: {error}")
    environ.Env.read_env(io.StringIO(content))
    return path


def main() -> None:
    env_file = read_env_file()
    # An environment file means a server: production settings unless it says otherwise.
    default = "portal.settings.production" if env_file else "portal.settings.dev"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", default)
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
