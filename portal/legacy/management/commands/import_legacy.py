"""portal import_legacy PATH... [--locale en|ru|tg] [--dry-run] [--format jsonl|report] [--publish]"""

import json
import os
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.legacy.extract import extract, record
from portal.legacy.text import LegacyFileError, iter_files, load_lines

PROGRESS_MIN_FILES = 20
PARALLEL_MIN_FILES = 200  # below this, starting worker processes costs more than it saves


def parse_file(args):
    """(page, output, item count, error); runs in a worker process for big runs.

    A dry run needs only the printed output, so the worker renders it and the page
    itself stays there: unpickling pages in the parent cost more than parsing them.
    """
    path, name, locale, output_format, keep_page = args
    if not path.exists():
        return None, "", 0, "no such file"
    try:
        page = extract(load_lines(path), name, locale)
    except LegacyFileError as error:
        return None, "", 0, str(error)
    except Exception as error:  # a parser bug must not stop the other files
        return None, "", 0, f"could not parse ({type(error).__name__}: {error})"
    return (page if keep_page else None), render(page, output_format), len(page.items), None


def parsed(files, locale, output_format, keep_pages):
    """Parsed files in file order, on every CPU when there are many files and nothing
    is written (writing to the database is slower than parsing by far)."""
    jobs = [(path, name, locale, output_format, keep_pages) for path, name in files]
    workers = os.cpu_count() or 1
    if len(jobs) < PARALLEL_MIN_FILES or workers < 2 or keep_pages:
        yield from map(parse_file, jobs)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(parse_file, jobs, chunksize=32)


def _json_default(value):
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


class Command(BaseCommand):
    help = "Import pages saved from the old site (.txt, .html, .htm files or folders)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--locale", choices=[code for code, _name in settings.LANGUAGES])
        parser.add_argument("--dry-run", action="store_true", help="Parse only; write nothing.")
        parser.add_argument("--format", choices=["jsonl", "report"], dest="output_format")
        parser.add_argument(
            "--publish", action="store_true", help="Publish instead of leaving drafts."
        )

    def handle(
        self, *args, paths, locale=None, dry_run=False, output_format=None, publish=False, **options
    ):
        from tqdm import tqdm

        files = list(iter_files(paths))
        importer = None
        if not dry_run:
            from portal.legacy.importer import Importer

            importer = Importer(publish=publish)
        failed = 0
        totals = {"files": 0, "items": 0, "created": 0, "updated": 0, "unchanged": 0}
        show_progress = len(files) >= PROGRESS_MIN_FILES and sys.stderr.isatty()
        results = zip(files, parsed(files, locale, output_format, not dry_run), strict=True)
        for (path, _name), (page, output, item_count, error) in tqdm(
            results,
            total=len(files),
            disable=not show_progress,
            file=sys.stderr,
            unit="file",
            desc="import",
        ):
            if error:
                self.stderr.write(f"{path}: error: {error}")
                failed += 1
                continue
            totals["files"] += 1
            totals["items"] += item_count
            if output:
                self.stdout.write(output, ending="")
            if importer is not None:
                try:
                    outcome = importer.import_page(page)
                except Exception as error:  # the file's transaction is rolled back
                    message = " ".join(str(error).split())
                    self.stderr.write(
                        f"{path}: error: import failed, file rolled back ({type(error).__name__}: {message})"
                    )
                    failed += 1
                    continue
                for note in outcome.notes:
                    self.stderr.write(f"{path}: note: {note}")
                for key in ("created", "updated", "unchanged"):
                    totals[key] += getattr(outcome, key)
        if output_format != "jsonl":
            summary = f"{totals['files']} file(s), {totals['items']} item(s)"
            if importer is not None:
                summary += f": {totals['created']} created, {totals['updated']} updated, {totals['unchanged']} unchanged"
            if dry_run:
                summary += " (dry run: nothing written)"
            self.stdout.write(summary)
        if failed:
            raise CommandError(f"{failed} file(s) failed")


def render(page, output_format) -> str:
    """What the command prints for `page`: JSON lines, the line-by-line report, or
    nothing."""
    out = []
    if output_format == "jsonl":
        for item in page.items:
            out.append(
                json.dumps(
                    record(item, page.file, page.locale),
                    ensure_ascii=False,
                    default=_json_default,
                )
            )
    elif output_format == "report":
        out.append(f"== {page.file} ({page.shape}, {page.locale}, {len(page.items)} items)")
        for d in page.dispositions:
            if d.status == "item":
                item = page.items[d.item]
                what = f"item {d.item + 1} {item.kind}: {d.role}"
            else:
                what = f"{d.status}: {d.role}"
            out.append(f"{d.line.no:>6}  {what:<40}  {d.line.text[:70]}")
    return "".join(line + "\n" for line in out)
