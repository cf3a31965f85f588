"""The default SQLite database takes the web server and the worker writing at once.

Two real processes on one SQLite file: one publishes a page again and again (what
"Publish" does in the admin), the other is `db_worker` delivering a newsletter
(claiming tasks and deliveries, marking them sent). With SQLite's defaults the
publisher fails with "database is locked" as soon as its transaction, which reads
before it writes, meets the worker's write lock.
"""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from portal.settings.base import database_config

PORTAL = str(Path(sys.executable).parent / "portal")
SUBSCRIBERS = 300
PUBLISHES = 40


def shell(code: str, env, **kwargs):
    return subprocess.Popen(
        [PORTAL, "shell", "--no-imports", "-v0", "-c", code],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        **kwargs,
    )


def wait_until_ready(process) -> bool:
    """Reads the process's output up to its "ready" line (False if it exits first)."""
    return any(line.strip() == "ready" for line in iter(process.stdout.readline, ""))


@pytest.fixture
def environment(tmp_path):
    """The development settings on a file database, as `make demo` runs them."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        "EMAIL_URL": "memorymail://",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
    }


def test_publishing_while_the_worker_writes_never_hits_a_locked_database(environment, tmp_path):
    subprocess.run([PORTAL, "migrate", "-v0"], env=environment, check=True, capture_output=True)
    scripts = "from portal.worker.tests import concurrency_scripts as s; s."
    setup = shell(f"{scripts}setup({SUBSCRIBERS})", environment)
    out, _ = setup.communicate(timeout=300)
    assert setup.returncode == 0, out

    publisher = shell(f"{scripts}publish({PUBLISHES})", environment)
    worker = shell(f"{scripts}work()", environment)
    processes = [publisher, worker]
    try:
        for process in processes:  # both loaded and waiting: start them together
            assert wait_until_ready(process), f"exited with {process.wait()}"
        for process in processes:
            process.stdin.write("go\n")
            process.stdin.flush()
        outputs = [process.communicate(timeout=300)[0] for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()

    for process, output in zip(processes, outputs, strict=True):
        assert "database is locked" not in output, output
        assert process.returncode == 0, output
    assert f"published {PUBLISHES}" in outputs[0]
    with sqlite3.connect(tmp_path / "portal.sqlite3") as db:
        tasks = dict(
            db.execute(
                "select status, count(*) from django_tasks_database_dbtaskresult group by status"
            )
        )
        deliveries = dict(
            db.execute("select status, count(*) from mailing_delivery group by status")
        )
    assert set(tasks) == {"SUCCESSFUL"}, tasks
    assert deliveries == {"sent": SUBSCRIBERS}


def test_sqlite_gets_wal_busy_timeout_and_immediate_transactions_postgres_does_not():
    sqlite = database_config("sqlite:////srv/portal/db.sqlite3")
    assert sqlite["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert sqlite["OPTIONS"]["timeout"] >= 10
    assert "journal_mode=WAL" in sqlite["OPTIONS"]["init_command"]
    postgres = database_config("postgres://portal@db.internal:5432/portal")
    assert "transaction_mode" not in postgres.get("OPTIONS", {})
    assert "init_command" not in postgres.get("OPTIONS", {})
