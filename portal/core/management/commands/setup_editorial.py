from django.core.management.base import BaseCommand

from portal.core.editorial import setup_editorial


class Command(BaseCommand):
    help = (
        "Create or correct the Editors, Moderators and Translators groups "
        "and the moderation workflow."
    )

    def handle(self, *args, **options):
        changes = setup_editorial()
        if changes:
            self.stdout.write(f"Editorial groups and workflow: {changes} change(s) made.")
        else:
            self.stdout.write("Editorial groups and workflow already in place.")
