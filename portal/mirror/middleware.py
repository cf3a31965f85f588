"""The middleware stack the mirror renders pages through.

The site's own stack, less what only matters to a live reader's browser or to the
server (conditional GET, the page cache, CSRF cookies, flash messages, security
headers): none of it changes the body of a page an anonymous reader gets, and the
page cache could even hand the bake a page older than the database.
"""

from django.conf import settings
from django.test.client import ClientHandler
from django.test.utils import override_settings
from wagtail.models import Site

# Checked with the demo content: every page's HTML is the same with and without them.
SKIPPED = frozenset(
    {
        "django.middleware.http.ConditionalGetMiddleware",
        "portal.caching.middleware.PageCacheMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
        "portal.core.middleware.SecurityHeadersMiddleware",
    }
)


def bake_middleware() -> list[str]:
    return ["portal.mirror.middleware.SameSiteMiddleware"] + [
        path for path in settings.MIDDLEWARE if path not in SKIPPED
    ]


class SameSiteMiddleware:
    """Every request of a bake has the same host, hence the same Wagtail site: look
    it up once (Wagtail keeps it on the request as `_wagtail_site`). Each request
    still gets its own Site instance, so that no page object cached on it (its root
    page) is shared between requests."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.fields = None
        self.host = None

    def __call__(self, request):
        host = (request.META.get("HTTP_HOST"), request.META.get("SERVER_PORT"))
        if self.fields is not None and host == self.host:
            site = Site(**self.fields)
            site._state.adding = False
            site._state.db = self.db
            request._wagtail_site = site
        else:
            site = Site.find_for_request(request)
            if site is not None:
                self.host, self.db = host, site._state.db
                self.fields = {
                    f.attname: getattr(site, f.attname) for f in Site._meta.concrete_fields
                }
        return self.get_response(request)


class BakeClientHandler(ClientHandler):
    """The test client's handler with the mirror's middleware stack."""

    def load_middleware(self, is_async=False):
        with override_settings(MIDDLEWARE=bake_middleware()):
            super().load_middleware(is_async)
