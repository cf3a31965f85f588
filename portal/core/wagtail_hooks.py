"""Admin hooks of the core app."""

from django.urls import include, path
from wagtail import hooks

from .translation_views import (
    PortalSubmitPageTranslationView,
    PortalSubmitSnippetTranslationView,
    PortalUpdateTranslationsView,
)


@hooks.register("register_admin_urls")
def translation_urls():
    # The same paths as wagtail-localize's views; the portal's apps come before
    # wagtail_localize in INSTALLED_APPS, so these are matched first (tested).
    urls = [
        path(
            "submit/page/<int:page_id>/",
            PortalSubmitPageTranslationView.as_view(),
            name="submit_page_translation",
        ),
        path(
            "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            PortalSubmitSnippetTranslationView.as_view(),
            name="submit_snippet_translation",
        ),
        path(
            "update/<int:translation_source_id>/",
            PortalUpdateTranslationsView.as_view(),
            name="update_translations",
        ),
    ]
    return [path("localize/", include((urls, "portal_localize"), namespace="portal_localize"))]
