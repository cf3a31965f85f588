"""`portal bench`: the portal against a stock Wagtail site and against nginx.

For each corpus size N the harness grows the synthetic corpus (corpus.py) in its
own database, then, on loopback, measures with wrk from a second process:
(a) the portal uncached through gunicorn (`portal serve`), (b) the same with the page
cache, (c) the baked mirror through Debian's nginx — the static-file limit — and, when
configured, (d) the peer: bakerydemo's blog index and a blog post under the same
gunicorn settings and database engine. It also records SQL queries, render time and
gzipped weight per page, search latency p50/p95 and bake throughput.

Everything runs in subprocesses with explicit environments, so the harness never
touches the database the `portal` command itself is configured with.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlsplit
from urllib.request import urlopen

from portal.mirror.paths import file_for, url_key

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/portal_bench"
PEER_DATABASE = "postgres://postgres@127.0.0.1:5432/bakerydemo"
SEARCH_QUERY = "migrants training"
MODES = ("uncached", "cached", "nginx", "peer")  # each on its own port from --port-base


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


# -- the run ----------------------------------------------------------------------


@dataclass
class Settings:
    sizes: list[int]
    duration: int = 10
    connections: int = 16
    workers: int = 5
    database_url: str = DEFAULT_DATABASE
    redis_url: str = ""
    work: Path = Path(".bench/work")
    bake_max: int = 1000  # larger corpora reuse the mirror baked at the largest N ≤ this
    peer_dir: Path | None = None
    peer_database_url: str = PEER_DATABASE
    fresh: bool = False
    port_base: int = 8201
    log: callable = print

    def port(self, mode: str) -> int:
        return self.port_base + MODES.index(mode)


@dataclass
class SizeResult:
    articles: int
    pages: int = 0
    corpus_seconds: float = 0.0
    load: dict = field(default_factory=dict)  # mode -> page -> Load
    costs: dict = field(default_factory=dict)  # page -> PageCost dict
    search: dict = field(default_factory=dict)
    bake: dict = field(default_factory=dict)


@dataclass
class RunResult:
    settings: dict
    machine: dict
    sizes: list[SizeResult] = field(default_factory=list)
    peer: dict = field(default_factory=dict)  # page -> Load, plus "queries"

    def as_json(self) -> str:
        return json.dumps(asdict(self), indent=2, default=str)


def machine() -> dict:
    info = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            model = re.search(r"model name\s*:\s*(.+)", cpuinfo.read())
        info["cpu"] = model.group(1).strip() if model else "unknown"
        with open("/proc/meminfo") as meminfo:
            total = re.search(r"MemTotal:\s+(\d+)", meminfo.read())
        info["memory_gb"] = round(int(total.group(1)) / 1024 / 1024, 1) if total else None
    except OSError:
        pass
    for tool in ("wrk", "nginx"):
        info[tool] = shutil.which(tool) or "missing"
    info["date"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    return info


def pages_for(articles: int) -> dict[str, str]:
    """The measured URLs at corpus size N (river page 50 exists from N = 500)."""
    from portal.news.models import ARTICLES_PER_PAGE

    last_page = max(1, -(-articles // ARTICLES_PER_PAGE))
    deep = min(50, last_page)
    return {
        "home": "/en/",
        "river": "/en/news/",
        f"river p{deep}": f"/en/news/?page={deep}",
        "article": f"/en/news/bench-{articles // 2}/",
        "search": "/en/search/?q=" + SEARCH_QUERY.replace(" ", "+"),
    }


def mirror_url(url: str) -> str:
    """Where the mirror holds `url` (search in the mirror is Pagefind, in the browser)."""
    parts = urlsplit(url)
    return "/" + file_for(url_key(parts.path, parts.query))


class Harness:
    def __init__(self, settings: Settings):
        self.s = settings
        self.work = settings.work.resolve()
        self.log = settings.log
        self.portal = str(Path(sys.executable).with_name("portal"))

    # environments ------------------------------------------------------------------
    def env(self, cache: bool) -> dict:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "DATABASE_URL": self.s.database_url,
            "SECRET_KEY": "benchmark-only-not-secret-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "SITE_URL": f"http://127.0.0.1:{self.s.port('uncached')}",
            "STATIC_ROOT": str(self.work / "static"),
            "MEDIA_ROOT": str(self.work / "media"),
            "PORTAL_PAGE_CACHE_SECONDS": "600" if cache else "0",
            "MIRROR_ROOT": "",
            # Both runs share Redis as production does; "uncached" only turns whole
            # pages off (facet lists, counts and the menu are still kept per generation).
            "REDIS_URL": self.s.redis_url,
            "PYTHONUNBUFFERED": "1",
        }
        return env

    def manage(self, *args, cache=False, capture=False) -> str:
        done = subprocess.run(
            [self.portal, *args],
            env=self.env(cache),
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise HarnessError(f"portal {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    # database ----------------------------------------------------------------------
    def prepare_database(self):
        url = urlsplit(self.s.database_url)
        if url.scheme.startswith("postgres") and self.s.fresh:
            import psycopg

            name = url.path.lstrip("/")
            admin = self.s.database_url.rsplit("/", 1)[0] + "/postgres"
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{name}"')
        elif url.scheme == "sqlite" and self.s.fresh:
            Path(url.path).unlink(missing_ok=True)
        if self.s.fresh:
            shutil.rmtree(self.work / "media", ignore_errors=True)
        self.log("migrate, demo content, static files")
        self.manage("migrate", "--noinput")
        self.manage("load_demo")
        self.manage("collectstatic", "--noinput")

    # measurements ------------------------------------------------------------------
    def measure(self, base: str, pages: dict[str, str], connections=None) -> dict[str, Load]:
        results = {}
        connections = connections or self.s.connections
        for name, path in pages.items():
            url = base + path
            with urlopen(url, timeout=60) as response:  # warm up, and fail early on errors
                response.read()
            results[name] = wrk(url, self.s.duration, connections)
            self.log(
                f"  {name:12} {results[name].rps:9.1f} req/s  p50 {results[name].p50_ms:8.2f} ms"
                f"  p99 {results[name].p99_ms:8.2f} ms  ({connections} connections)"
            )
        return results

    def serve(self, mode: str):
        cache = mode == "cached"
        port = self.s.port(mode)
        command = [
            self.portal,
            "serve",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(self.s.workers),
        ]
        env = self.env(cache)
        return running(command, env, f"http://127.0.0.1:{port}/en/", self.work / f"{mode}.log")

    def bake(self, articles: int) -> dict:
        out = self.work / "mirror"
        done = self.manage("bake", str(out), "--no-progress")
        match = re.search(r"Baked (\d+) pages \((\d+) files\).* in ([\d.]+) s", done)
        if not match:
            raise HarnessError(f"could not read the bake report: {done}")
        pages, files, seconds = int(match[1]), int(match[2]), float(match[3])
        return {
            "articles": articles,
            "pages": pages,
            "files": files,
            "seconds": seconds,
            "pages_per_second": round(pages / seconds, 1),
        }

    def nginx(self):
        prefix = self.work / "nginx"
        prefix.mkdir(parents=True, exist_ok=True)
        conf = prefix / "nginx.conf"
        conf.write_text(nginx_config(self.work / "mirror", self.s.port("nginx"), prefix))
        command = ["nginx", "-c", str(conf), "-p", str(prefix), "-g", "daemon off;"]
        return running(
            command,
            os.environ,
            f"http://127.0.0.1:{self.s.port('nginx')}/en/index.html",
            prefix / "run.log",
        )

    def run_size(self, articles: int, last_bake: dict | None) -> SizeResult:
        result = SizeResult(articles)
        started = time.perf_counter()
        self.log(f"== N = {articles:,} articles per language: corpus")
        report = self.manage("bench_corpus", "--articles", str(articles), "--no-progress")
        result.corpus_seconds = round(time.perf_counter() - started, 1)
        result.pages = int(re.search(r"(\d+) live pages", report).group(1))
        pages = pages_for(articles)
        probe = json.loads(
            self.manage("bench_probe", *pages.values(), "--search-path", "/en/search/")
        )
        result.costs = {name: cost for name, cost in zip(pages, probe["pages"], strict=True)}
        result.search = probe["search"]
        for mode in ("uncached", "cached"):
            self.log(f"-- {mode} through gunicorn ({self.s.workers} workers)")
            with self.serve(mode):
                base = f"http://127.0.0.1:{self.s.port(mode)}"
                result.load[mode] = self.measure(base, pages)
                if mode == "uncached":
                    # Without queueing: what one reader waits for on an idle server.
                    result.load["uncached, 1 connection"] = self.measure(base, pages, 1)
        if articles <= self.s.bake_max or last_bake is None:
            self.log("-- bake")
            result.bake = self.bake(articles)
        else:
            result.bake = {**last_bake, "reused": True}
        self.log(f"-- mirror through nginx (baked at N = {result.bake['articles']:,})")
        # A reused mirror holds the pages of its own corpus size; nginx's throughput
        # does not depend on which article it sends.
        baked_pages = pages_for(result.bake["articles"])
        static = {name: mirror_url(path) for name, path in baked_pages.items() if name != "search"}
        with self.nginx():
            result.load["nginx"] = self.measure(f"http://127.0.0.1:{self.s.port('nginx')}", static)
        return result

    # the peer ----------------------------------------------------------------------
    def peer_env(self) -> dict:
        return {
            "PATH": os.environ.get("PATH", ""),
            "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
            "DJANGO_SECRET_KEY": "benchmark-only-not-secret",
            "DATABASE_URL": self.s.peer_database_url,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "PYTHONUNBUFFERED": "1",
        }

    def run_peer(self) -> dict:
        peer = self.s.peer_dir.resolve()
        gunicorn = peer / ".venv" / "bin" / "gunicorn"
        if not gunicorn.exists():
            raise HarnessError(f"no gunicorn in {peer}/.venv: see BENCHMARKS.md for the peer")
        port = self.s.port("peer")
        base = f"http://127.0.0.1:{port}"
        command = [
            str(gunicorn),
            "bakerydemo.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(self.s.workers),
            "--access-logfile",
            "-",
            "--error-logfile",
            "-",
        ]
        self.log(f"== peer: bakerydemo in {peer}")
        with running(command, self.peer_env(), base + "/blog/", self.work / "peer.log", cwd=peer):
            with urlopen(base + "/blog/", timeout=60) as response:
                index = response.read().decode()
            posts = sorted(set(re.findall(r'href="(/blog/[\w-]+/)"', index)))
            if not posts:
                raise HarnessError("the peer's blog index links to no blog post")
            pages = {"blog index": "/blog/", "blog post": posts[0]}
            result = {"pages": pages, "load": self.measure(base, pages)}
        result["queries"] = self.peer_queries(peer, pages)
        return result

    def peer_queries(self, peer: Path, pages: dict[str, str]) -> dict:
        script = (
            "import django, json, sys; django.setup()\n"
            "from django.db import connection\n"
            "from django.test import Client\n"
            "from django.test.utils import CaptureQueriesContext\n"
            "client = Client(HTTP_HOST='127.0.0.1'); out = {}\n"
            "for name, url in json.loads(sys.argv[1]).items():\n"
            "    client.get(url)\n"
            "    with CaptureQueriesContext(connection) as q:\n"
            "        response = client.get(url)\n"
            "    out[name] = {'queries': len(q), 'status': response.status_code}\n"
            "print(json.dumps(out))\n"
        )
        done = subprocess.run(
            [str(peer / ".venv" / "bin" / "python"), "-c", script, json.dumps(pages)],
            env=self.peer_env(),
            cwd=peer,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            self.log(f"peer query count failed: {done.stderr.strip()[-400:]}")
            return {}
        return json.loads(done.stdout.strip().splitlines()[-1])

    def run(self) -> RunResult:
        for tool in ("wrk", "nginx"):
            if not shutil.which(tool):
                raise HarnessError(f"{tool} is not installed (make bench installs it as root)")
        self.work.mkdir(parents=True, exist_ok=True)
        settings = {k: str(v) for k, v in asdict(self.s).items() if k != "log"}
        run = RunResult(settings=settings, machine=machine())
        self.prepare_database()
        if self.s.peer_dir:
            run.peer = self.run_peer()
        last_bake = None
        for articles in sorted(self.s.sizes):
            size = self.run_size(articles, last_bake)
            last_bake = size.bake if not size.bake.get("reused") else last_bake
            run.sizes.append(size)
        return run
