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
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import urlopen

import psycopg

from portal.mirror.paths import file_for, url_key
from portal.news.models import ARTICLES_PER_PAGE
from tools.ports import free_port

from .programs import HarnessError, Load, nginx_config, running, wrk

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/portal_bench"
PEER_DATABASE = "postgres://postgres@127.0.0.1:5432/bakerydemo"
SEARCH_QUERY = "migrants training"
MODES = ("uncached", "cached", "nginx", "peer")  # each on its own port
# The servers run with the production settings; the tools' own commands (load_demo,
# bench_corpus, bench_probe) with the same plus the tools' apps.
PRODUCTION_SETTINGS = "portal.settings.production"
TOOLS_SETTINGS = "tools.bench.settings"


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
    port_base: int = 0  # 0: a free port for each mode, chosen by the operating system
    log: callable = print
    ports: dict = field(default_factory=dict)

    def __post_init__(self):
        for n, mode in enumerate(MODES):
            self.ports.setdefault(mode, self.port_base + n if self.port_base else free_port())

    def port(self, mode: str) -> int:
        return self.ports[mode]


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
    def env(self, cache: bool, tools: bool = False) -> dict:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": TOOLS_SETTINGS if tools else PRODUCTION_SETTINGS,
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

    def manage(self, *args, cache=False, tools=False) -> str:
        done = subprocess.run(
            [self.portal, *args],
            env=self.env(cache, tools),
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
        self.manage("load_demo", tools=True)
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
        report = self.manage(
            "bench_corpus", "--articles", str(articles), "--no-progress", tools=True
        )
        result.corpus_seconds = round(time.perf_counter() - started, 1)
        result.pages = int(re.search(r"(\d+) live pages", report).group(1))
        pages = pages_for(articles)
        probe = json.loads(
            self.manage("bench_probe", *pages.values(), "--search-path", "/en/search/", tools=True)
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
