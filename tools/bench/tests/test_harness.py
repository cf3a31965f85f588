"""The harness's own logic: reading wrk, choosing URLs, writing nginx's config and
the report."""

from pathlib import Path

import pytest

from tools.bench import harness, report
from tools.bench.harness import MODES, Settings, mirror_url, pages_for
from tools.bench.programs import HarnessError, Load, nginx_config

WRK_OUTPUT = """Running 10s test @ http://127.0.0.1:8201/en/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    40.12ms   12.01ms 210.00ms   80.00%
    Req/Sec   200.00     20.00   250.00     70.00%
  Latency Distribution
     50%   38.50ms
     75%   45.00ms
     90%   60.00ms
     99%    1.20s
  4000 requests in 10.00s, 60.00MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 5
Requests/sec:    399.87
Transfer/sec:      6.00MB
"""


def test_wrk_report_is_read_with_units_and_errors():
    load = Load.parse(WRK_OUTPUT)
    assert load.rps == pytest.approx(399.87)
    assert load.p50_ms == pytest.approx(38.5)
    assert load.p99_ms == pytest.approx(1200.0)
    assert load.requests == 4000
    assert load.errors == 8  # 2 read + 1 timeout + 5 non-2xx


def test_microsecond_latencies_are_converted():
    output = WRK_OUTPUT.replace("38.50ms", "61.00us").replace("1.20s", "900.00us")
    load = Load.parse(output)
    assert load.p50_ms == pytest.approx(0.061)
    assert load.p99_ms == pytest.approx(0.9)


def test_an_unreadable_wrk_report_is_an_error():
    with pytest.raises(HarnessError):
        Load.parse("unable to connect to 127.0.0.1:8201 Connection refused")


def test_measured_pages_follow_the_corpus_size():
    pages = pages_for(100_000)
    assert pages["river p50"] == "/en/news/?page=50"
    assert pages["article"] == "/en/news/bench-50000/"
    small = pages_for(25)  # three pages of ten: the deepest page is the last one
    assert "river p3" in small and small["river p3"] == "/en/news/?page=3"


def test_mirror_urls_are_the_files_the_bake_writes():
    assert mirror_url("/en/") == "/en/index.html"
    assert mirror_url("/en/news/?page=50") == "/en/news/index--page=50.html"
    assert mirror_url("/en/news/?page=1") == "/en/news/index.html"


def test_servers_listen_on_ports_the_operating_system_chose(monkeypatch):
    """No fixed port numbers: a port something else listens on must not break a run."""
    chosen = iter([40001, 40002, 40003, 40004])
    monkeypatch.setattr(harness, "free_port", lambda: next(chosen))
    settings = Settings(sizes=[10])
    assert [settings.port(mode) for mode in MODES] == [40001, 40002, 40003, 40004]
    fixed = Settings(sizes=[10], port_base=9100)  # `--port-base`, when asked for
    assert [fixed.port(mode) for mode in MODES] == [9100, 9101, 9102, 9103]


def test_nginx_config_serves_only_the_mirror_on_loopback(tmp_path: Path):
    config = nginx_config(tmp_path / "mirror", 8999, tmp_path)
    assert "listen 127.0.0.1:8999;" in config
    assert f"root {tmp_path / 'mirror'};" in config
    assert f"pid {tmp_path}/nginx.pid;" in config


def _load(rps, p50=1.0):
    return {"rps": rps, "p50_ms": p50, "p99_ms": p50 * 3, "requests": 10, "errors": 0}


def test_report_gives_ratios_to_nginx_and_to_the_peer():
    cost = {
        "queries": 22,
        "render_ms": 12.0,
        "transferred": 10 * 1024,
        "js_bytes": 0,
    }
    run = {
        "machine": {"date": "2026-11-25", "cpu": "x", "cpus": 2, "memory_gb": 24, "python": "3.11"},
        "settings": {
            "connections": "16",
            "duration": "10",
            "workers": "5",
            "database_url": "postgres://x/y",
        },
        "peer": {
            "pages": {"blog index": "/blog/", "blog post": "/blog/a/"},
            "load": {"blog index": _load(20), "blog post": _load(50)},
            "queries": {"blog post": {"queries": 22}},
        },
        "sizes": [
            {
                "articles": 1000,
                "pages": 3300,
                "corpus_seconds": 3.0,
                "costs": {"article": cost, "river p50": cost},
                "load": {
                    "uncached": {"article": _load(100), "river p50": _load(60)},
                    "cached": {"article": _load(4000), "river p50": _load(3000)},
                    "nginx": {"article": _load(40000), "river p50": _load(30000)},
                },
                "search": {"queries": 40, "p50_ms": 5.0, "p95_ms": 9.0},
                "bake": {"pages": 100, "files": 120, "seconds": 1.0, "pages_per_second": 100.0},
            }
        ],
    }
    text = report.markdown(run, "portal bench")
    article = next(line for line in text.splitlines() if line.startswith("| article"))
    assert "0.10×" in article  # cached ÷ nginx
    assert "2.00×" in article  # uncached ÷ peer blog post
    river = next(line for line in text.splitlines() if line.startswith("| river p50"))
    assert "3.00×" in river  # compared with the blog index
    assert "p95 9.0 ms" in text and "100.0 pages/s" in text
