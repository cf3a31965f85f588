from django.conf import settings
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _

from .chrome import static_chrome


def rate_limited(request, exception=None):
    """Shown when a reader sends a form too often (django-ratelimit)."""
    return render(
        request,
        "core/rate_limited.html",
        {"message": _("Too many requests. Please wait a few minutes and try again.")},
        status=429,
    )


def _words_of(path: str) -> str:
    """A search suggestion from a missing page's address: "/en/news/hotline-hours/"
    gives "hotline hours"."""
    parts = [p for p in path.strip("/").split("/") if p]
    if parts and parts[0] in dict(settings.LANGUAGES):
        parts = parts[1:]
    last = parts[-1] if parts else ""
    if "." in last:  # a file name: drop its extension
        last = last.rsplit(".", 1)[0]
    return " ".join(word for word in last.replace("_", "-").split("-") if word)[:100]


def page_not_found(request, exception=None):
    """The site's own 404 page, in the language of the address, with the menu,
    search and language links (handler404)."""
    return render(
        request,
        "404.html",
        {"error_page": True, "suggested_query": _words_of(request.path)},
        status=404,
    )


def server_error(request, *args, **kwargs):
    """The site's own 500 page (handler500). It renders without the database: the
    failure may be the database itself, so the menu and names come from settings and
    the fixed site tree (`static_chrome`), and the template touches no model."""
    language = get_language_from_path(request.path) or settings.LANGUAGE_CODE
    with translation.override(language):
        template = loader.get_template("500.html")
        # No request: context processors (site settings, the user) would query.
        body = template.render({"static_chrome": static_chrome(language), "error_page": True})
    return HttpResponseServerError(body)
