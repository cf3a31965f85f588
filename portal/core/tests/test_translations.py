"""The Russian and Tajik catalogues are complete: every string the portal shows is
translated, and none is left fuzzy."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

PORTAL_DIR = Path(__file__).resolve().parents[2]
LANGUAGES = ["ru", "tg"]


def _problems(po_path: Path) -> list[str]:
    catalogue = polib.pofile(str(po_path))
    problems = [f"untranslated: {e.msgid!r}" for e in catalogue.untranslated_entries()]
    problems += [f"fuzzy: {e.msgid!r}" for e in catalogue.fuzzy_entries()]
    for entry in catalogue.translated_entries():
        if entry.msgid_plural and not all(entry.msgstr_plural.values()):
            problems.append(f"missing plural form: {entry.msgid!r}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_catalogue_is_complete(language):
    po_path = PORTAL_DIR / "locale" / language / "LC_MESSAGES" / "django.po"
    assert po_path.exists(), f"{po_path} is missing"
    assert _problems(po_path) == []
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime - 1, (
        "the .mo file is older than the .po file: run `make messages`"
    )


@pytest.mark.skipif(not shutil.which("xgettext"), reason="GNU gettext (xgettext) is not installed")
def test_every_string_in_the_source_is_in_the_catalogues(tmp_path):
    """Re-extract strings from a copy of the source: nothing new may lack a translation."""
    copy = tmp_path / "portal"
    shutil.copytree(PORTAL_DIR, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "django",
            "makemessages",
            "-l",
            "ru",
            "-l",
            "tg",
            "--no-obsolete",
            "--ignore",
            "settings/*",
            "--ignore",
            "*/tests/*",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "PYTHONPATH": str(PORTAL_DIR.parent),
        },
    )
    for language in LANGUAGES:
        problems = _problems(copy / "locale" / language / "LC_MESSAGES" / "django.po")
        assert problems == [], f"{language}: run `make messages` and translate: {problems[:20]}"
