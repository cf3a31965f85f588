from django.core.management.base import BaseCommand

from portal.sitesearch.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the per-language site search index from every live page."

    def handle(self, *args, **options):
        count = rebuild()
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} pages for site search."))
