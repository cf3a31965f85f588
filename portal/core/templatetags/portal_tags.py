from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale, Site

from portal.core.chrome import Chrome, home_links, menu_items
from portal.core.dates import format_date_range, format_partial_date
from portal.core.filters import Facet
from portal.core.generations import remember
from portal.core.i18n import language_links
from portal.core.models import MissionSettings
from portal.core.numbers import format_number, localize_numbers
from portal.core.params import refused_filters
from portal.core.phones import phone_links
from portal.core.sections import feed_path

register = template.Library()


@register.simple_tag(takes_context=True)
def get_language_links(context):
    request = context.get("request")
    if request is None:
        return []
    cache = request.__dict__.setdefault("_portal_language_links", {})
    page = context.get("page")
    key = getattr(page, "pk", None)
    if key not in cache:
        if key is None:  # views that are not pages link to their own URL's translations
            cache[key] = language_links(request, page)
        else:  # a page's translations change only when something is published
            cache[key] = remember(
                f"portal:language-links:{request.get_host()}:{get_language()}:{key}",
                lambda: language_links(request, page),
            )
    return cache[key]


@register.simple_tag(takes_context=True)
def get_refused_filters(context) -> list[str]:
    """Query parameters of this request whose value the page refused and left out."""
    return refused_filters(context.get("request"))


@register.simple_tag(takes_context=True)
def get_locale_home(context):
    """The home page of the reader's language, for the masthead and the menu."""
    request = context.get("request")
    cache = getattr(request, "_portal_locale_home", None) if request else None
    if cache is not None:
        return cache
    if request is not None:
        # The same for every page of a language until something is published.
        home = remember(
            f"portal:locale-home:{request.get_host()}:{get_language()}",
            lambda: _find_locale_home(request),
        )
        request._portal_locale_home = home
        return home
    return _find_locale_home(None)


def _find_locale_home(request):
    site = (
        Site.find_for_request(request)
        if request
        else Site.objects.filter(is_default_site=True).first()
    )
    home = None
    if site:
        root = site.root_page
        try:
            locale = Locale.objects.get_for_language(get_language())
            home = root.get_translation_or_none(locale) or root
        except Locale.DoesNotExist:
            home = root
        home = home.specific
    return home


@register.simple_tag(takes_context=True)
def get_menu_pages(context):
    home = get_locale_home(context)
    if home is None:
        return []
    request = context.get("request")
    if request is None:
        return list(home.get_children().live().public().in_menu())
    return remember(
        f"portal:menu:{home.pk}",
        lambda: list(home.get_children().live().public().in_menu()),
    )


@register.filter
def partial_date(value, precision="day"):
    return format_partial_date(value, precision)


@register.simple_tag
def date_range(start, end, precision="day"):
    return format_date_range(start, end, precision)


@register.filter
def startswith(value, prefix):
    """Whether a page path lies under a menu item's path (marks the current section)."""
    return bool(value) and bool(prefix) and str(value).startswith(str(prefix))


OG_LOCALES = {"en": "en_US", "ru": "ru_RU", "tg": "tg_TJ"}


@register.filter
def absolute(path):
    """An absolute URL on the canonical origin (SITE_URL), whatever Host the request used."""
    if not path or "://" in str(path):
        return path or ""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + str(path)


@register.filter
def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code)


@register.simple_tag(takes_context=True)
def site_chrome(context) -> Chrome:
    """Masthead, menu, language links and footer facts of the page being rendered.

    The server error page passes its own (`static_chrome`, built without the
    database); error pages lead each language link to that language's home.
    """
    static = context.get("static_chrome")
    if static is not None:
        return static
    request = context.get("request")
    language = get_language() or "en"
    mission = None
    if request is not None:
        mission = MissionSettings.for_request(request)
    home = get_locale_home(context)
    page = context.get("page")
    error_page = bool(context.get("error_page"))
    return Chrome(
        site_name=mission.name if mission else "",
        home_url=(home.get_url(request) if home else "") or f"/{language}/",
        menu=menu_items(get_menu_pages(context), request, page),
        language_links=home_links(language) if error_page else get_language_links(context),
        address=mission.postal_address if mission else "",
        phones=mission.phones if mission else "",
        hotline=mission.hotline if mission else "",
        feed_url=feed_path(language),
        error_page=error_page,
    )


@register.filter
def number(value):
    """A count or amount written the way the reader's language writes numbers."""
    return format_number(value)


@register.filter
def localized_numbers(text):
    """Numbers inside typed text (a key figure's value) in the reader's language."""
    return localize_numbers(text)


@register.filter
def phones(text):
    """Each phone number in `text` as a `tel:` link that never breaks."""
    return phone_links(text)


@register.simple_tag
def filter_chips(active_filter, facets, years=None):
    """The active filters of a listing as chips; `years`, when given, is the year
    archive's options (news)."""
    facets = list(facets or [])
    if years:
        facets.append(Facet("year", "", list(years), active_filter.url_with("year", None)))
    return active_filter.chips(facets)


@register.simple_tag
def main_feed_url(language):
    return feed_path(language)
