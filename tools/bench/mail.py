"""Sending throughput: an issue to N subscribers through a local aiosmtpd server.

    .venv/bin/python -m tools.bench.mail 10000

Uses a throw-away SQLite database (tools/testing/mail_settings.py) and the same
delivery code the worker runs (claim, send, mark sent per message, in batches).
"""

import os
import sys
import tempfile

import django

from tools.testing.smtp import SMTPServer

SETTINGS = "tools.testing.mail_settings"
BATCH_SIZE = 50  # as in production


def main(count: int = 10_000) -> float:
    tmp = tempfile.mkdtemp()
    os.environ["MAILING_TEST_DB"] = os.path.join(tmp, "bench.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    with SMTPServer(keep=False) as server:
        os.environ["MAILING_TEST_SMTP_PORT"] = str(server.port)
        django.setup()
        # Django's models can only be imported once the settings above are configured.
        from tools.bench.mail_run import send_to_subscribers

        elapsed = send_to_subscribers(count, BATCH_SIZE)
    assert server.handler.count == count, server.handler.count
    rate = count / elapsed
    print(f"{count} messages in {elapsed:.1f} s: {rate:.0f} messages/second")
    return rate


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
