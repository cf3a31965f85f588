"""Without Redis, the page cache is shared by the processes of one machine.

`make demo` runs the web server and the worker (which publishes scheduled pages) as two
processes, and a production server without Redis runs several gunicorn workers: a
publish in one process must start a new cache generation that the others see, or they
serve the old page until it expires.
"""

import os
import subprocess
import sys

SCRIPT = """
import sys, django
django.setup()
from portal.core.generations import current_generation, new_generation
if sys.argv[1] == "publish":
    new_generation()
print(current_generation())
"""


def _in_another_process(action, cache_dir):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "CACHE_DIR": str(cache_dir),
    }
    env.pop("REDIS_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, action],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # a safety net, not a timing
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def test_a_publish_in_one_process_is_seen_by_another(tmp_path):
    before = _in_another_process("read", tmp_path)
    assert _in_another_process("read", tmp_path) == before
    published = _in_another_process("publish", tmp_path)
    assert published != before
    assert _in_another_process("read", tmp_path) == published
