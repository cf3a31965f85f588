from django.conf import settings
from django.http import Http404

from .views import page_not_found


class SecurityHeadersMiddleware:
    """Content-Security-Policy and related headers on the public site.

    The Wagtail admin is left out: it relies on inline scripts we do not control.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(("/admin/", "/django-admin/")):
            response.headers.setdefault("Content-Security-Policy", settings.PORTAL_CSP)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


class ReaderNotFoundMiddleware:
    """Development only (portal.settings.dev): readers get the site's real 404 page.

    With DEBUG on, Django answers a missing page with its technical page, wider than
    a phone and meaningless to a reader, so `make demo` would never show the page
    production serves. Turning DEBUG off for the demo would also stop the development
    server from serving static and media files; instead this hands page-not-found to
    the site's own handler for everyone but staff, who keep Django's debugging page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, Http404):
            return None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            return None
        return page_not_found(request, exception)
