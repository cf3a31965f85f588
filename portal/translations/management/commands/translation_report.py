"""`portal translation_report`: Russian and Tajik content still in Latin script.

Exits with status 1 when something is found, so that it can guard a content check in CI.
"""

import json
from itertools import groupby

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.admin.admin_url_finder import AdminURLFinder

from portal.translations.detect import MIN_RUN, MIN_TITLE
from portal.translations.walker import checked_languages, find_latin_text


class Command(BaseCommand):
    help = (
        "List Russian and Tajik pages and snippets with text still in Latin script beyond "
        "names and acronyms. Exit status 1 when any is found."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--locale",
            action="append",
            choices=checked_languages(),
            help="Language to check (repeatable); default: every language but English.",
        )
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument(
            "--min-run",
            type=int,
            default=MIN_RUN,
            help=f"Latin words in a row, one of them not a name, that make a finding "
            f"inside Cyrillic text (default {MIN_RUN}).",
        )
        parser.add_argument(
            "--min-title",
            type=int,
            default=MIN_TITLE,
            help=f"Capitalised Latin words in a row that make a finding (default {MIN_TITLE}).",
        )

    def handle(self, *args, **options):
        if options["min_run"] < 1 or options["min_title"] < 1:
            raise CommandError("--min-run and --min-title must be at least 1.")
        languages = options["locale"] or checked_languages()
        findings = list(
            find_latin_text(languages, min_run=options["min_run"], min_title=options["min_title"])
        )
        finder = AdminURLFinder()
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")

        def edit_url(obj):
            path = finder.get_edit_url(obj)
            return base + path if path else ""

        if options["format"] == "json":
            rows = [
                {
                    "language": f.language,
                    "type": f.kind,
                    "id": f.obj.pk,
                    "title": f.title,
                    "live": f.live,
                    "field": f.field,
                    "path": f.path,
                    "excerpt": f.excerpt,
                    "rule": f.rule,
                    "edit_url": edit_url(f.obj),
                }
                for f in findings
            ]
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            key = lambda f: (f.language, f.obj._meta.label, f.obj.pk)  # noqa: E731
            for (_language, _model, _pk), group in groupby(findings, key):
                group = list(group)
                first = group[0]
                status = "" if first.live else " (not published)"
                self.stdout.write(f"[{first.language}] {first.kind} “{first.title}”{status}")
                self.stdout.write(f"    {edit_url(first.obj)}")
                for finding in group:
                    self.stdout.write(f"    {finding.field}: {finding.excerpt}")
        where = ", ".join(languages)
        if findings:
            raise CommandError(
                f"{len(findings)} text(s) in Latin script beyond names and acronyms in {where}.",
                returncode=1,
            )
        if options["format"] == "text":
            self.stdout.write(f"No text in Latin script beyond names and acronyms in {where}.")
