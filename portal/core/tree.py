"""Building blocks of the page tree: locales, Wagtail's roots, translated copies.

The site's own skeleton (a home page per language and its sections) is built by
`portal.home.tree` from these.
"""

from django.conf import settings
from django.utils import translation
from wagtail.models import Collection, Locale, Page


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def publish(page):
    page.save_revision().publish()
    return page


def translation_of(page, locale, title):
    """The page's translation in `locale`, created (and published) when missing."""
    existing = page.get_translation_or_none(locale)
    if existing:
        return existing.specific
    with translation.override(locale.language_code):
        copy = page.copy_for_translation(locale)
        copy.title = str(title)
        return publish(copy)


def ensure_roots(default_locale=None):
    """Wagtail's root page and root collection come from its migrations; a database
    flushed between transactional tests has neither, so recreate them."""
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        locale = default_locale or ensure_locales()[settings.LANGUAGE_CODE]
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root
