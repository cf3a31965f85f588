"""Wagtail hooks of the core app: admin URLs, and what a served page declares."""

from django.urls import include, path
from wagtail import hooks

from .params import declare
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


@hooks.register("on_serve_page")
def declare_query_params(serve_next):
    """Each page's answer says which query parameters it depends on (the page type's
    `query_params`), so that the page cache ignores every other one."""

    def serve(page, request, args, kwargs):
        response = serve_next(page, request, args, kwargs)
        return declare(response, getattr(page, "query_params", None))

    return serve
