"""The fixed skeleton of the site: one home page per language and its sections.

URLs such as /ru/news/ are promised to readers and documented, so the section slugs
live here, once, and both the demo loader and the tests build the tree from this.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

# (slug, model, title) in menu order.
SECTIONS = [
    ("news", "news.NewsIndexPage", _("News")),
    ("events", "events.EventIndexPage", _("Events")),
    ("projects", "projects.ProjectIndexPage", _("Projects")),
    ("newsletters", "newsletters.NewsletterIndexPage", _("Newsletters")),
    ("videos", "multimedia.VideoIndexPage", _("Videos")),
    ("galleries", "multimedia.GalleryIndexPage", _("Photo galleries")),
    ("contact", "contact.ContactPage", _("Contact")),
]


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def _publish(page):
    page.save_revision().publish()
    return page


def _translate(page, locale, title):
    """The page's translation in `locale`, created (and published) when missing."""
    existing = page.get_translation_or_none(locale)
    if existing:
        return existing.specific
    with translation.override(locale.language_code):
        copy = page.copy_for_translation(locale)
        copy.title = str(title)
        return _publish(copy)


def ensure_roots(default_locale=None):
    """Wagtail's root page and root collection come from its migrations; a database
    flushed between transactional tests has neither, so recreate them."""
    from wagtail.models import Collection

    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        locale = default_locale or ensure_locales()[settings.LANGUAGE_CODE]
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def _ensure_default_site(home):
    """The default Site serves the English home; its host and port follow SITE_URL
    while they are still Wagtail's placeholder (localhost:80), so that absolute URLs
    in sitemaps and feeds point where the site is actually served."""
    from urllib.parse import urlsplit

    origin = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    hostname = origin.hostname or "localhost"
    port = origin.port or (443 if origin.scheme == "https" else 80)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(
            is_default_site=True, site_name=settings.WAGTAIL_SITE_NAME, hostname=hostname, port=port
        )
    elif (site.hostname, site.port) == ("localhost", 80):
        site.hostname, site.port = hostname, port
    elif site.root_page_id == home.pk:
        return  # already in place: change nothing
    site.root_page = home
    site.save()


HOME_TITLE = _("Working together for safe migration")


@transaction.atomic
def ensure_site_tree(home_title=HOME_TITLE):
    """Create (or complete) the home pages and section pages in every language.

    Idempotent: running it on a complete tree changes nothing.
    """
    from portal.home.models import HomePage

    locales = ensure_locales()
    default = locales[settings.LANGUAGE_CODE]
    root = ensure_roots(default)
    home = HomePage.objects.filter(locale=default).first()
    if home is None:
        # Wagtail's installer leaves a placeholder "Welcome" page at the site root.
        for placeholder in root.get_children().exclude(content_type__model="homepage"):
            placeholder.delete()
        with translation.override(default.language_code):
            home = root.add_child(
                instance=HomePage(title=str(home_title), slug="home", locale=default)
            )
        _publish(home)
    _ensure_default_site(home)

    homes = {default.language_code: home}
    for code, locale in locales.items():
        if code != default.language_code:
            with translation.override(code):
                homes[code] = _translate(home, locale, home_title)

    sections = {}
    for slug, model_path, title in SECTIONS:
        try:
            model = apps.get_model(model_path)
        except LookupError:  # a section whose app is not built yet; see test_tree
            continue
        page = model.objects.filter(locale=default, slug=slug).first()
        if page is None:
            with translation.override(default.language_code):
                page = home.add_child(
                    instance=model(title=str(title), slug=slug, show_in_menus=True, locale=default)
                )
            _publish(page)
        sections[slug] = {default.language_code: page}
        for code, locale in locales.items():
            if code != default.language_code:
                with translation.override(code):
                    sections[slug][code] = _translate(page, locale, title)
    # Re-read the homes: the objects above predate their new children, and saving a
    # stale copy would overwrite the tree bookkeeping (numchild) and hide the sections.
    homes = {code: HomePage.objects.get(pk=page.pk) for code, page in homes.items()}
    return homes, sections
