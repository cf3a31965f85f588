import json
import os
import shlex
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tools.bench import report
from tools.bench.harness import DEFAULT_DATABASE, PEER_DATABASE, Harness, HarnessError, Settings


def _sizes(value: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in value.split(",") if part.strip()]
    except ValueError as error:
        raise CommandError(f"--sizes takes numbers separated by commas, not {value!r}") from error
    if not sizes or min(sizes) < 1:
        raise CommandError("--sizes needs at least one positive number")
    return sizes


class Command(BaseCommand):
    help = (
        "Benchmark the portal (uncached, cached, baked mirror through nginx) against a "
        "stock Wagtail peer at several corpus sizes; writes JSON, Markdown and a plot."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sizes", default="1000,10000,100000", help="articles per language")
        parser.add_argument("--duration", type=int, default=10, help="seconds of load per cell")
        parser.add_argument("--connections", type=int, default=16)
        parser.add_argument("--workers", type=int, default=5, help="gunicorn workers, both sites")
        parser.add_argument(
            "--database-url",
            default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE),
            help="the benchmark's own database (default $BENCH_DATABASE_URL or %(default)s)",
        )
        parser.add_argument(
            "--redis-url",
            default=os.environ.get("BENCH_REDIS_URL", ""),
            help="page cache in Redis for the cached run (default: local memory per worker)",
        )
        parser.add_argument("--fresh", action="store_true", help="drop and recreate the database")
        parser.add_argument("--bake-max", type=int, default=1000)
        parser.add_argument(
            "--peer-dir",
            default=os.environ.get("BENCH_PEER_DIR", ""),
            help="a bakerydemo checkout with its virtualenv in .venv (default $BENCH_PEER_DIR)",
        )
        parser.add_argument(
            "--peer-database-url", default=os.environ.get("BENCH_PEER_DATABASE_URL", PEER_DATABASE)
        )
        parser.add_argument(
            "--port-base", type=int, default=0, help="four ports from here (default: free ports)"
        )
        parser.add_argument("--work", default=".bench/work")
        parser.add_argument("--output", default=".bench/results", help="folder for the results")

    def handle(self, **options):
        settings = Settings(
            sizes=_sizes(options["sizes"]),
            duration=options["duration"],
            connections=options["connections"],
            workers=options["workers"],
            database_url=options["database_url"],
            redis_url=options["redis_url"],
            work=Path(options["work"]),
            bake_max=options["bake_max"],
            peer_dir=Path(options["peer_dir"]) if options["peer_dir"] else None,
            peer_database_url=options["peer_database_url"],
            fresh=options["fresh"],
            port_base=options["port_base"],
            log=lambda line: (self.stdout.write(line), self.stdout.flush()),
        )
        try:
            run = Harness(settings).run()
        except HarnessError as error:
            raise CommandError(str(error)) from error
        output = Path(options["output"])
        output.mkdir(parents=True, exist_ok=True)
        data = json.loads(run.as_json())
        (output / "bench.json").write_text(json.dumps(data, indent=2))
        command = "portal bench " + shlex.join(sys.argv[2:])
        (output / "bench.md").write_text(report.markdown(data, command))
        if len(data["sizes"]) > 1:
            report.plot(data, output / "latency.png")
        self.stdout.write(report.markdown(data, command))
        self.stdout.write(f"Results in {output}/ (bench.json, bench.md, latency.png).")
