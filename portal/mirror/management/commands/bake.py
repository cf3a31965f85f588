from django.core.management.base import BaseCommand, CommandError

from portal.mirror.bake import bake, bake_incremental
from portal.mirror.crawl import DEFAULT_MAX_FILTERS
from portal.mirror.report import BakeError


class Command(BaseCommand):
    help = (
        "Write the public site as static files into OUTPUT_DIR (every page in every "
        "language, listings, feeds, sitemap, assets, a Pagefind search per language)."
    )

    def add_arguments(self, parser):
        parser.add_argument("output_dir")
        parser.add_argument(
            "--incremental",
            action="store_true",
            help="Rebake only what publishing PAGE_IDS changed (all pages with no ids).",
        )
        parser.add_argument("--page", type=int, action="append", dest="page_ids", default=[])
        parser.add_argument("--no-search", action="store_true", help="Skip the Pagefind index.")
        parser.add_argument(
            "--max-filters",
            type=int,
            default=DEFAULT_MAX_FILTERS,
            help="Bake listing links combining at most this many filters "
            f"(default {DEFAULT_MAX_FILTERS}; -1: every combination).",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=0,
            help="Processes rendering pages (default 0: one per CPU).",
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, output_dir, incremental, page_ids, no_search, max_filters, **options):
        progress = not options["no_progress"]
        jobs = options["jobs"] or None
        max_filters = None if max_filters is not None and max_filters < 0 else max_filters
        try:
            if incremental and page_ids:
                report = bake_incremental(
                    output_dir, page_ids, progress=progress, search=not no_search, jobs=jobs
                )
            else:
                report = bake(
                    output_dir,
                    progress=progress,
                    search=not no_search,
                    max_filters=max_filters,
                    jobs=jobs,
                )
        except BakeError as error:
            raise CommandError(f"{error}; {output_dir} was left as it was.") from error
        for key in report.missing:
            self.stderr.write(f"missing (404): {key}")
        for key in report.refused:
            self.stderr.write(f"refused (its file would lie outside the mirror): {key}")
        if options["verbosity"] >= 2:
            steps = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in report.phases.items())
            self.stdout.write(f"{report.jobs} process(es); {steps}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Baked {report.pages} pages ({report.files} files) into {output_dir} in "
                f"{report.seconds:.2f} s: {report.pages_per_second:.0f} pages/s; "
                f"search index: {', '.join(report.languages_indexed) or 'none'}."
            )
        )
