"""The default SQLite database takes the web server and the worker writing at once.

Two real processes on one SQLite file: one publishes a page again and again (what
"Publish" does in the admin), the other is `db_worker` delivering a newsletter
(claiming tasks and deliveries, marking them sent). With SQLite's defaults the
publisher fails with "database is locked" as soon as its transaction, which reads
before it writes, meets the worker's write lock.
"""

import sqlite3

from portal.settings.base import database_config

from .processes import read_until, run_shell, shell

SUBSCRIBERS = 300
PUBLISHES = 40
SCRIPTS = "from portal.worker.tests import scripts; scripts."


def test_publishing_while_the_worker_writes_never_hits_a_locked_database(environment, database):
    run_shell(f"{SCRIPTS}setup({SUBSCRIBERS})", environment)

    publisher = shell(f"{SCRIPTS}publish({PUBLISHES})", environment)
    worker = shell(f"{SCRIPTS}work()", environment)
    processes = [publisher, worker]
    try:
        for process in processes:  # both loaded and waiting: start them together
            lines = read_until(process, lambda line: line == "ready")
            assert lines[-1:] == ["ready"], lines
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
    with sqlite3.connect(database) as db:
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
