"""`portal worker` as `make demo` and a server run it: a real process that
publishes a page whose time has come, says so in one line, and stops cleanly on
SIGTERM."""

import signal
import sqlite3
import subprocess

from .processes import PORTAL, read_until, run_shell
from .scripts import SCHEDULED_TITLE


def test_worker_process_publishes_scheduled_pages_and_stops_on_sigterm(environment, database):
    run_shell("from portal.worker.tests import scripts; scripts.schedule_page()", environment)
    worker = subprocess.Popen(
        [PORTAL, "worker", "--no-reload", "--no-startup-delay", "--interval", "0.05"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines = read_until(worker, lambda line: SCHEDULED_TITLE in line)
        worker.send_signal(signal.SIGTERM)
        rest, _ = worker.communicate(timeout=60)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == 0, rest
    assert lines[-1].startswith(f'Scheduled publishing: published "{SCHEDULED_TITLE}"'), lines
    output = lines + rest.splitlines()
    assert not [line for line in output if line.startswith("Task id=")], output
    assert len(output) <= 4, output  # started, published, stopping (and nothing per task)
    with sqlite3.connect(database) as db:
        assert db.execute(
            "select live from wagtailcore_page where title = ?", [SCHEDULED_TITLE]
        ).fetchone() == (1,)
