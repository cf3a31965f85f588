"""Run inside `portal shell` against the worker test database (see test_worker.py)."""


def setup(subscribers: int) -> int:
    from portal.home.tree import ensure_site_tree
    from portal.mailing.sending import queue_send
    from portal.mailing.tests.factories import SubscriberFactory
    from portal.newsletters.tests.factories import NewsletterIssuePageFactory

    _homes, sections = ensure_site_tree()
    issue = NewsletterIssuePageFactory(parent=sections["newsletters"]["en"], slug="worker-test")
    for n in range(subscribers):
        SubscriberFactory(email=f"w{n}@example.org")
    return queue_send(issue).pk
