"""Exactly-once with a real `portal worker` stopped in the middle of a send.

The guaranteed scenario is SIGTERM (what `make demo`'s Ctrl+C, systemd and
container runtimes send): the worker lets the running task finish, the task holds
one small batch, so every claimed delivery is marked sent before the process
exits and the next run continues with the rest. (After SIGKILL the single
in-flight message is sent again once its lease expires: see sending.py.)
"""

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

from tools.testing.smtp import SMTPServer

SUBSCRIBERS = 30
PORTAL = str(Path(sys.executable).parent / "portal")


def run(args, env, **kwargs):
    return subprocess.run([PORTAL, *args], env=env, check=True, capture_output=True, **kwargs)


def worker(env, *args):
    return subprocess.Popen(
        [PORTAL, "worker", "--no-startup-delay", "--interval", "0.05", "--no-reload", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def test_worker_stopped_mid_send_and_restarted_delivers_each_exactly_once(tmp_path):
    database = tmp_path / "worker.sqlite3"
    with SMTPServer() as server:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tools.testing.mail_settings",
            "MAILING_TEST_DB": str(database),
            "MAILING_TEST_SMTP_PORT": str(server.port),
        }
        run(["migrate", "-v0"], env)
        run(
            [
                "shell",
                "-c",
                f"from portal.mailing.tests.worker_setup import setup; setup({SUBSCRIBERS})",
            ],
            env,
        )
        release = threading.Event()
        server.handler.block_after = (7, release)  # the 7th message: inside the 2nd batch

        first = worker(env)
        try:
            assert server.handler.wait_for(7), first.stdout.read1().decode()
            first.send_signal(signal.SIGTERM)  # while the 7th message is being sent
        finally:
            release.set()
        assert first.wait(timeout=60) == 0
        stopped_at = server.handler.count
        assert 7 <= stopped_at < SUBSCRIBERS  # stopped in the middle

        with sqlite3.connect(database) as db:
            statuses = dict(
                db.execute("select status, count(*) from mailing_delivery group by status")
            )
        assert statuses.get("sending", 0) == 0  # nothing left half-done
        assert statuses["sent"] == stopped_at

        second = worker(env, "--batch")
        assert second.wait(timeout=120) == 0, second.stdout.read().decode()

    received = Counter(r for rcpt, _m in server.handler.messages() for r in rcpt)
    assert received == Counter({f"w{n}@example.org": 1 for n in range(SUBSCRIBERS)})
    with sqlite3.connect(database) as db:
        assert dict(
            db.execute("select status, count(*) from mailing_delivery group by status")
        ) == {"sent": SUBSCRIBERS}
        assert db.execute("select status from mailing_newslettersend").fetchone() == ("done",)


def test_benchmark_smoke():
    result = subprocess.run(
        [sys.executable, "-m", "tools.bench.mail", "20"],
        capture_output=True,
        text=True,
        timeout=600,  # a safety net for a stuck run, not a timing
    )
    assert result.returncode == 0, result.stderr
    assert "20 messages in" in result.stdout
