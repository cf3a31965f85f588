"""A tiny run of the whole harness: corpus, probe, gunicorn uncached and cached,
bake, nginx and wrk, on a throwaway SQLite database. `make bench` is the real run."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.bench


@pytest.mark.skipif(
    not (shutil.which("wrk") and shutil.which("nginx")),
    reason="wrk and nginx are needed (make test installs them as root)",
)
def test_the_harness_measures_every_mode(tmp_path: Path):
    portal = Path(sys.executable).with_name("portal")
    command = [
        str(portal),
        "bench",
        "--sizes=20",
        "--duration=1",
        "--connections=2",
        "--workers=1",
        f"--database-url=sqlite:///{tmp_path / 'bench.sqlite3'}",
        f"--work={tmp_path / 'work'}",
        f"--output={tmp_path / 'results'}",
        "--fresh",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    run = json.loads((tmp_path / "results" / "bench.json").read_text())
    (size,) = run["sizes"]
    assert size["articles"] == 20 and size["pages"] > 60
    for mode in ("uncached", "cached", "nginx"):
        for page, load in size["load"][mode].items():
            assert load["requests"] > 0 and load["errors"] == 0, (mode, page, load)
    assert set(size["load"]["nginx"]) == set(size["costs"]) - {"search"}
    for page, cost in size["costs"].items():
        assert cost["status"] == 200 and cost["queries"] > 0, page
        assert 0 < cost["html_gzip"] < cost["html_bytes"]
        assert cost["css_gzip"] > 0
    assert size["search"]["p95_ms"] >= size["search"]["p50_ms"] > 0
    assert size["bake"]["pages"] > size["pages"] / 2
    markdown = (tmp_path / "results" / "bench.md").read_text()
    assert "#### N = 20 articles per language" in markdown
