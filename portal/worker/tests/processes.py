"""Helpers for tests that run `portal` commands in their own processes."""

import os
import subprocess
import sys
from pathlib import Path

PORTAL = str(Path(sys.executable).parent / "portal")


def portal_env(database: Path, tmp_path: Path) -> dict:
    """The development settings on a file database, as `make demo` runs them."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{database}",
        "EMAIL_URL": "memorymail://",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
    }


def shell(code: str, env, **kwargs):
    """`portal shell -c CODE` with pipes for its input and output."""
    return subprocess.Popen(
        [PORTAL, "shell", "--no-imports", "-v0", "-c", code],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        **kwargs,
    )


def run_shell(code: str, env) -> str:
    process = shell(code, env)
    out, _ = process.communicate(timeout=300)
    assert process.returncode == 0, out
    return out


def read_until(process, predicate) -> list[str]:
    """The process's output lines up to the first that satisfies `predicate`
    (all of them, if it exits first)."""
    lines = []
    for line in iter(process.stdout.readline, ""):
        lines.append(line.rstrip("\n"))
        if predicate(line.strip()):
            break
    return lines
