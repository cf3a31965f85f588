"""How much one file may hold: a page of the old site has tens of items, a newsletter
archive a few hundred. More is a file that is not a page (a log, a data dump), and
would become that many pages in one transaction."""

from .items import Page

MAX_ITEMS = 1000


def too_many_items(page: Page, max_items: int = MAX_ITEMS) -> str | None:
    """Why the page is refused, if it holds more items than `max_items`."""
    count = len(page.items)
    if count <= max_items:
        return None
    return f"{count} items, more than the limit of {max_items} per file (raise it with --max-items)"
