from django.http import HttpResponse

from . import pagecache

CACHE_HEADER = "X-Portal-Cache"


class PageCacheMiddleware:
    """Serves anonymous readers' GETs from the page cache; stores what is safe to share.

    Placed early (after WhiteNoise, before sessions) so that a hit skips the
    session, locale, CSRF and auth middleware as well as the view.
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
            return response
        response = self.get_response(request)
        if pagecache.response_is_cacheable(request, response):
            pagecache.store(request, response)
            response[CACHE_HEADER] = "miss"
        return response
