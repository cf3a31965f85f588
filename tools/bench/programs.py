"""The programs the benchmark harness drives: wrk (and reading its report), servers
started and stopped as process groups, and a loopback nginx for the baked mirror."""

import os
import re
import signal
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen


class HarnessError(Exception):
    pass


# -- wrk --------------------------------------------------------------------------

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value.strip()).groups()
    return float(number) * _UNITS[unit]


@dataclass
class Load:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int  # socket errors and non-2xx/3xx answers

    @classmethod
    def parse(cls, output: str) -> "Load":
        """Read wrk's --latency report."""
        rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
        p50 = re.search(r"^\s+50%\s+(\S+)", output, re.M)
        p99 = re.search(r"^\s+99%\s+(\S+)", output, re.M)
        total = re.search(r"(\d+) requests in", output)
        if not (rps and p50 and p99 and total):
            raise HarnessError(f"could not read wrk's report:\n{output}")
        errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
        non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
        errors += int(non_2xx.group(1)) if non_2xx else 0
        return cls(
            rps=float(rps.group(1)),
            p50_ms=round(_ms(p50.group(1)), 3),
            p99_ms=round(_ms(p99.group(1)), 3),
            requests=int(total.group(1)),
            errors=errors,
        )


def wrk(url: str, duration: int, connections: int, threads: int = 2) -> Load:
    command = [
        "wrk",
        f"-t{min(threads, connections)}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        "10s",
        "--latency",
        url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60)
    if done.returncode:
        raise HarnessError(f"wrk failed on {url}: {done.stderr.strip()}")
    return Load.parse(done.stdout)


# -- processes --------------------------------------------------------------------


def wait_for(url: str, process: subprocess.Popen, timeout: float = 60.0):
    """Return when `url` answers; fail if the process died or time ran out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise HarnessError(f"{process.args[0]} exited with {process.returncode} ({url})")
        try:
            with urlopen(url, timeout=30) as response:
                response.read()
            return
        except HTTPError as error:  # it answers, wrongly: no point in waiting
            raise HarnessError(f"{url} answered {error.code} {error.reason}") from error
        except OSError:
            time.sleep(0.1)  # polling a server that is starting, not timing anything
    raise HarnessError(f"{url} did not answer within {timeout:.0f} s")


@contextmanager
def running(command, env, ready_url, log: Path, cwd=None):
    with open(log, "ab") as out:
        process = subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=cwd, start_new_session=True
        )
        try:
            wait_for(ready_url, process)
            yield process
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()


def nginx_config(root: Path, port: int, prefix: Path) -> str:
    """A minimal loopback nginx serving the mirror the way docs/deployment.md does."""
    # Started by root, nginx's workers would run as nobody and could not read a
    # private work folder (pytest's, say); on loopback they may keep our user.
    user = "user root;" if os.geteuid() == 0 else ""
    return f"""
{user}
worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    gzip on;
    gzip_types text/css application/javascript application/xml;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        index index.html;
        location / {{ try_files $uri $uri/ =404; }}
    }}
}}
"""
