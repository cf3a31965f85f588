import json

from django.conf import settings
from django.http import Http404, HttpResponse

from .security_headers import security_headers
from .views import page_not_found

# Never answered: TRACE echoes the request (cross-site tracing), the others are not
# HTTP methods a web page has any use for.
REFUSED_METHODS = frozenset({"TRACE", "TRACK", "CONNECT"})
DEFAULT_ALLOW = "GET, HEAD, OPTIONS"


class HttpMethodsMiddleware:
    """TRACE is refused (405) on every URL; OPTIONS is answered with the methods the
    URL accepts (`Allow`) and no body.

    The methods come from the view: a page type's `allowed_http_methods` (Wagtail
    answers OPTIONS and refuses the rest), `require_http_methods` on a view (whose
    405 names them). A refused method is asked as OPTIONS to learn them, so the 405
    carries the URL's own `Allow`, as RFC 9110 wants. First in the middleware list,
    before the page cache, so a refused request reaches nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in REFUSED_METHODS:
            request.method = "OPTIONS"
            allow = self.options(self.get_response(request)).get("Allow", DEFAULT_ALLOW)
            return HttpResponse(status=405, headers={"Allow": allow})
        response = self.get_response(request)
        if request.method == "OPTIONS":
            return self.options(response)
        return response

    @staticmethod
    def options(response):
        """An answer to OPTIONS: no body; 200 with `Allow` where the URL exists (a 405
        from a view that names its methods counts: OPTIONS itself is answered here)."""
        if response.streaming:
            response = HttpResponse(status=response.status_code, headers=response.headers)
        response.content = b""
        response["Content-Length"] = "0"
        if response.status_code == 405 or 200 <= response.status_code < 300:
            methods = [m.strip() for m in response.get("Allow", DEFAULT_ALLOW).split(",")]
            if "OPTIONS" not in methods:
                methods.append("OPTIONS")
            response.status_code = 200
            response["Allow"] = ", ".join(m for m in methods if m)
        return response


class SecurityHeadersMiddleware:
    """The security headers of `core.security_headers` on every response (those a view
    set itself win: the document view's stricter policy, for one).

    The Wagtail admin gets no Content-Security-Policy: it relies on inline scripts we
    do not control.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        headers = security_headers(https=request.is_secure())
        if request.path.startswith(("/admin/", "/django-admin/")):
            del headers["Content-Security-Policy"]
        else:
            add_reporting_endpoints(response)
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        return response


def add_reporting_endpoints(response):
    """Where the policy's `report-to csp` sends reports: Reporting-Endpoints, and
    Report-To for browsers that know only the older header."""
    url = settings.PORTAL_CSP_REPORT_URL
    response.headers.setdefault("Reporting-Endpoints", f'csp="{url}"')
    response.headers.setdefault(
        "Report-To", json.dumps({"group": "csp", "max_age": 10886400, "endpoints": [{"url": url}]})
    )


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
