from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

from . import pagecache

CACHE_HEADER = "X-Portal-Cache"


class PageCacheMiddleware:
    """Serves anonymous readers' GETs from the page cache; stores what is safe to share.

    Placed first, so that a hit skips every other middleware and the view; what is
    stored is the response as the others finished it (security headers included),
    and conditional GETs are answered here with 304.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not pagecache.request_is_cacheable(request):
            return self.get_response(request)
        cached = pagecache.lookup(request)
        if cached is not None:
            headers, content = cached
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response[CACHE_HEADER] = "hit"
            return get_conditional_response(
                request,
                etag=response.get("ETag"),
                last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
                response=response,
            )
        response = self.get_response(request)
        if pagecache.response_is_cacheable(request, response):
            pagecache.store(request, response)
            response[CACHE_HEADER] = "miss"
        return response
