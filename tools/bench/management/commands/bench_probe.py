import json

from django.core.management.base import BaseCommand

from tools.bench.probe import probe


class Command(BaseCommand):
    help = (
        "Print, as JSON, the SQL queries, render time and gzipped weight of the given "
        "URLs, and search latency p50/p95 (used by `portal bench`; run with the page cache off)."
    )

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="+")
        parser.add_argument("--search-path", default="/en/search/")
        parser.add_argument("--language", default="en")
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, urls, search_path, language, host, **options):
        result = probe(urls, search_path, language, host)
        self.stdout.write(json.dumps(result))
