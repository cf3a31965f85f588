from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.core import views as core_views
from portal.cspreports import urls as cspreports_urls
from portal.seo import urls as seo_urls
from portal.sitesearch import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include(seo_urls)),  # sitemap.xml, robots.txt, .well-known/security.txt
    path("", include(cspreports_urls)),  # csp-reports/: browsers' CSP violation reports
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public URL carries its language: /en/..., /ru/..., /tg/...; "/" redirects
# according to Accept-Language (LocaleMiddleware).
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("newsletter/", include("portal.mailing.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# The site's own error pages: styled and in the reader's language (the 500 page
# without touching the database).
handler404 = core_views.page_not_found
handler500 = core_views.server_error
