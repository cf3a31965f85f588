from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from portal.mailing.sending import queue_send
from portal.newsletters.models import NewsletterIssuePage


class Command(BaseCommand):
    help = (
        "Queue a newsletter issue for sending to all confirmed subscribers (or a test to "
        "one address). The worker (`portal worker`) delivers it."
    )

    def add_arguments(self, parser):
        parser.add_argument("issue", help="The issue's page id or slug.")
        parser.add_argument("--test-to", default="", help="Send only a test to this address.")

    def handle(self, issue, test_to, **options):
        pages = NewsletterIssuePage.objects.all()
        found = pages.filter(pk=int(issue)) if issue.isdigit() else pages.filter(slug=issue)
        # A slug is shared by the translations: prefer the English original.
        page = found.filter(locale=Locale.get_default()).first() or found.order_by("pk").first()
        if page is None:
            raise CommandError(f"No newsletter issue with id or slug {issue!r}.")
        send = queue_send(page, test_to=test_to)
        recipients = test_to or f"{send.deliveries.count()} confirmed subscribers"
        self.stdout.write(f"Queued send {send.pk} of {page.title!r} to {recipients}.")
