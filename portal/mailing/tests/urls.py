"""The project's URLs plus the newsletter URLs, for as long as portal/urls.py does
not include them yet (see conftest.py)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [
    *i18n_patterns(
        path("newsletter/", include("portal.mailing.urls")), prefix_default_language=True
    ),
    *portal_urlpatterns,
]
