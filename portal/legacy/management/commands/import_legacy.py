"""portal import_legacy PATH... [--locale en|ru|tg] [--dry-run]
[--format jsonl|report|html] [--publish] [--max-items N] [--one-by-one]"""

import argparse
import multiprocessing
import os
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from portal.legacy import report_html
from portal.legacy.errors import LegacyFileError
from portal.legacy.extract import extract
from portal.legacy.importer import BulkWriteError, Importer
from portal.legacy.limits import MAX_ITEMS, too_many_items
from portal.legacy.output import FORMATS, HTML, JSONL, render
from portal.legacy.text import iter_files, load_lines

PROGRESS_MIN_FILES = 20
PARALLEL_MIN_FILES = 200  # below this, starting worker processes costs more than it saves


def parse_file(args):
    """(page, output, item count, error); runs in a worker process for big runs.

    A dry run needs only the printed output, so the worker renders it and the page
    itself stays there: unpickling pages in the parent cost more than parsing them.
    """
    path, name, locale, output_format, keep_page, max_items = args
    if not path.exists():
        return None, "", 0, "no such file"
    try:
        page = extract(load_lines(path), name, locale)
    except LegacyFileError as error:
        return None, "", 0, str(error)
    except Exception as error:  # a parser bug must not stop the other files
        return None, "", 0, f"could not parse ({type(error).__name__}: {error})"
    refused = too_many_items(page, max_items)
    if refused:
        return None, "", 0, refused
    return (page if keep_page else None), render(page, output_format), len(page.items), None


def parsed(files, locale, output_format, keep_pages, max_items):
    """Parsed files in file order, on every CPU when there are many files and nothing
    is written (writing to the database is slower than parsing by far)."""
    jobs = [(path, name, locale, output_format, keep_pages, max_items) for path, name in files]
    workers = os.cpu_count() or 1
    if len(jobs) < PARALLEL_MIN_FILES or workers < 2 or keep_pages:
        yield from map(parse_file, jobs)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(parse_file, jobs, chunksize=32)


def positive_number(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {value!r}")
    return number


class Command(BaseCommand):
    help = "Import pages saved from the old site (.txt, .html, .htm files or folders)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--locale", choices=[code for code, _name in settings.LANGUAGES])
        parser.add_argument("--dry-run", action="store_true", help="Parse only; write nothing.")
        parser.add_argument(
            "--format",
            choices=FORMATS,
            dest="output_format",
            help="jsonl: one JSON object per item; report: what became of each line; "
            "html: a report to read in a browser (items, dates, places, chrome, skipped lines).",
        )
        parser.add_argument(
            "--publish", action="store_true", help="Publish instead of leaving drafts."
        )
        parser.add_argument(
            "--one-by-one",
            action="store_true",
            help="Save each new page the way Wagtail's admin does, instead of in bulk (slower).",
        )
        parser.add_argument(
            "--max-items",
            type=positive_number,
            default=MAX_ITEMS,
            help=f"Refuse a file that holds more items than this (default {MAX_ITEMS}).",
        )

    def handle(
        self,
        *args,
        paths,
        locale=None,
        dry_run=False,
        output_format=None,
        publish=False,
        max_items=MAX_ITEMS,
        one_by_one=False,
        **options,
    ):
        files = list(iter_files(paths, skipped=self._skipped))
        self.importer = (
            None if dry_run else Importer(publish=publish, max_items=max_items, bulk=not one_by_one)
        )
        self.failed = 0
        self.html = output_format == HTML
        self.totals = {"files": 0, "items": 0, "created": 0, "updated": 0, "unchanged": 0}
        results = zip(
            files, parsed(files, locale, output_format, not dry_run, max_items), strict=True
        )
        if self.html:
            self.stdout.write(report_html.document_start(), ending="")
        for (path, name), (page, output, item_count, error) in self._progress(results, files):
            if error:
                self._fail(path, error)
                if self.html:
                    self.stdout.write(report_html.error_section(name, error), ending="")
                continue
            self.totals["files"] += 1
            self.totals["items"] += item_count
            if output:
                self.stdout.write(output, ending="")
            if self.importer is not None:
                self._import(path, page)
        if self.importer is not None:
            try:
                self.importer.finish()
            except BulkWriteError as error:
                self._bulk_failed(error)
        if self.html:
            self.stdout.write(report_html.document_end(self._summary(dry_run), self.failed))
        elif output_format != JSONL:
            self.stdout.write(self._summary(dry_run))
        if self.failed:
            raise CommandError(f"{self.failed} file(s) failed")

    def _progress(self, results, files):
        show = len(files) >= PROGRESS_MIN_FILES and sys.stderr.isatty()
        return tqdm(
            results, total=len(files), disable=not show, file=sys.stderr, unit="file", desc="import"
        )

    def _skipped(self, path, reason: str):
        self.stderr.write(f"{path}: skipped: {reason}")

    def _fail(self, path, message: str):
        self.stderr.write(f"{path}: error: {message}")
        self.failed += 1

    def _bulk_failed(self, error: BulkWriteError):
        for name in error.files:
            self._fail(name, f"import failed, rolled back: {error}")

    def _import(self, path, page):
        try:
            outcome = self.importer.import_page(page)
        except BulkWriteError as error:  # pages of earlier files, written now
            self._bulk_failed(error)
            return
        except Exception as error:  # the file's transaction is rolled back
            message = " ".join(str(error).split())
            self._fail(path, f"import failed, file rolled back ({type(error).__name__}: {message})")
            return
        for note in outcome.notes:
            self.stderr.write(f"{path}: note: {note}")
        for key in ("created", "updated", "unchanged"):
            self.totals[key] += getattr(outcome, key)

    def _summary(self, dry_run: bool) -> str:
        totals = self.totals
        summary = f"{totals['files']} file(s), {totals['items']} item(s)"
        if self.importer is not None:
            summary += f": {totals['created']} created, {totals['updated']} updated, {totals['unchanged']} unchanged"
        if dry_run:
            summary += " (dry run: nothing written)"
        return summary
