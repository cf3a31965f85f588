import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from .processes import PORTAL, portal_env


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory):
    """A migrated SQLite file, made once; tests work on copies."""
    folder = tmp_path_factory.mktemp("migrated")
    database = folder / "portal.sqlite3"
    subprocess.run(
        [PORTAL, "migrate", "-v0"],
        env=portal_env(database, folder),
        check=True,
        capture_output=True,
    )
    with sqlite3.connect(database) as db:  # all in the one file, so that a copy is whole
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return database


@pytest.fixture
def database(migrated_database, tmp_path) -> Path:
    copy = tmp_path / "portal.sqlite3"
    shutil.copyfile(migrated_database, copy)
    return copy


@pytest.fixture
def environment(database, tmp_path) -> dict:
    return portal_env(database, tmp_path)
