import time

from django.core.management.base import BaseCommand
from tqdm import tqdm

from tools.bench.corpus import count_articles, ensure_corpus


class Command(BaseCommand):
    help = (
        "Grow the benchmark's synthetic corpus to N articles in each language, with "
        "projects and newsletter issues, on top of the demo content (run load_demo first)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, required=True, help="articles per language")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options):
        wanted = options["articles"]
        missing = max(0, wanted - count_articles())
        started = time.perf_counter()
        with tqdm(
            total=missing, unit="article", desc="Corpus", disable=options["no_progress"]
        ) as bar:
            stats = ensure_corpus(wanted, progress=bar.update)
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"Corpus: {stats['articles']} articles per language, {stats['projects']} projects,"
            f" {stats['issues']} newsletter issues; {stats['pages']} live pages"
            f" ({missing} articles added in {seconds:.1f} s)."
        )
