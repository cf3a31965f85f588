import logging

from django.core.management.base import BaseCommand

from portal.core.generations import new_generation
from tools.demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the demo content (idempotent: running it again changes nothing)."

    def handle(self, *args, **options):
        # Wagtail logs every page created and published; the summary below says enough.
        wagtail_log = logging.getLogger("wagtail")
        level = wagtail_log.level
        if options["verbosity"] < 2:
            wagtail_log.setLevel(logging.WARNING)
        try:
            stats = load_demo()
        finally:
            wagtail_log.setLevel(level)
        # The file cache outlives the database: pages cached from an earlier demo
        # database must not be served for this one.
        new_generation()
        self.stdout.write("Demo content:")
        for what in sorted(stats):
            counts = ", ".join(f"{n} {state}" for state, n in sorted(stats[what].items()))
            self.stdout.write(f"  {what}: {counts}")
        if not any(c["created"] or c["updated"] for c in stats.values()):
            self.stdout.write("Nothing changed: the demo content was already in place.")
