"""The architecture holds: apps in layers (core at the bottom), no import cycles.

The contracts are in pyproject.toml ([tool.importlinter]); `lint-imports` checks them.
These tests run it on the code as it is, and on a copy with a cycle put in on purpose,
which it must refuse.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[3]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(
    not LINT_IMPORTS.exists(), reason="import-linter is not installed (make test installs it)"
)


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    # PYTHONPATH first: the copy's `portal`, not the installed one, is analysed.
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=root, env=env, capture_output=True, text=True
    )


def copy_of_the_code(tmp_path: Path) -> Path:
    for package in ("portal", "tools"):
        shutil.copytree(
            REPOSITORY / package,
            tmp_path / package,
            ignore=shutil.ignore_patterns("__pycache__", "locale", "static", "templates", "*.yaml"),
        )
    shutil.copy(REPOSITORY / "pyproject.toml", tmp_path)
    return tmp_path


def append(path: Path, line: str) -> None:
    path.write_text(path.read_text() + f"\n{line}\n")


def test_the_code_keeps_its_contracts():
    result = lint_imports(REPOSITORY)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_importing_a_domain_app_is_refused(tmp_path):
    root = copy_of_the_code(tmp_path)
    append(root / "portal/core/dates.py", "import portal.news.kinds  # noqa")
    result = lint_imports(root)
    assert result.returncode != 0
    assert "portal.core.dates -> portal.news.kinds" in result.stdout


def test_a_cycle_inside_an_app_is_refused(tmp_path):
    root = copy_of_the_code(tmp_path)
    # news.feeds already imports taxonomy only; make feeds and filters import each other.
    append(root / "portal/news/feeds.py", "from portal.news import filters  # noqa")
    append(root / "portal/news/filters.py", "from portal.news import feeds  # noqa")
    result = lint_imports(root)
    assert result.returncode != 0
    assert "No cycles are allowed in portal.news" in result.stdout
