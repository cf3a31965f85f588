from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from portal.core.params import understands

from .sitemap import URLS_PER_SITEMAP, sitemap_entries, sitemap_pages

XML = "application/xml; charset=utf-8"


def _paginator():
    return Paginator(sitemap_pages(), URLS_PER_SITEMAP)


def _urlset(request, page_obj):
    entries = sitemap_entries(page_obj.object_list, request)
    return render(request, "seo/sitemap.xml", {"entries": entries}, content_type=XML)


@require_safe  # GET and HEAD
@understands()
def sitemap(request):
    """The whole sitemap, or an index of its sections once it outgrows one file."""
    paginator = _paginator()
    if paginator.num_pages <= 1:
        return _urlset(request, paginator.page(1))
    sections = [
        request.build_absolute_uri(reverse("sitemap_section", args=[number]))
        for number in paginator.page_range
    ]
    return render(request, "seo/sitemap_index.xml", {"sections": sections}, content_type=XML)


@require_safe  # GET and HEAD
@understands()
def sitemap_section(request, number):
    try:
        page_obj = _paginator().page(number)
    except EmptyPage:
        raise Http404("No such sitemap section") from None
    return _urlset(request, page_obj)


@require_safe  # GET and HEAD
@understands()
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
