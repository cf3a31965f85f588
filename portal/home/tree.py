"""The fixed skeleton of the site: one home page per language and its sections.

URLs such as /ru/news/ are promised to readers and documented; each section page
model declares its slug (`portal.core.sections`), and the demo loader, the importer
and the tests build the tree from here.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from portal.core.sections import declared_sections
from portal.core.tree import ensure_locales, ensure_roots, publish, translation_of

from .models import HomePage


def _ensure_default_site(home):
    """The default Site serves the English home; its host and port follow SITE_URL
    while they are still Wagtail's placeholder (localhost:80), so that absolute URLs
    in sitemaps and feeds point where the site is actually served."""
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
        publish(home)
    _ensure_default_site(home)

    homes = {default.language_code: home}
    for code, locale in locales.items():
        if code != default.language_code:
            with translation.override(code):
                homes[code] = translation_of(home, locale, home_title)

    sections = {}
    for section, model in declared_sections():
        slug, title = section.slug, section.title
        page = model.objects.filter(locale=default, slug=slug).first()
        if page is None:
            with translation.override(default.language_code):
                page = home.add_child(
                    instance=model(title=str(title), slug=slug, show_in_menus=True, locale=default)
                )
            publish(page)
        sections[slug] = {default.language_code: page}
        for code, locale in locales.items():
            if code != default.language_code:
                with translation.override(code):
                    sections[slug][code] = translation_of(page, locale, title)
    # Re-read the homes: the objects above predate their new children, and saving a
    # stale copy would overwrite the tree bookkeeping (numchild) and hide the sections.
    homes = {code: HomePage.objects.get(pk=page.pk) for code, page in homes.items()}
    return homes, sections
