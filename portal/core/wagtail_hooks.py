"""Wagtail hooks of the core app: admin URLs, and what a served page declares."""

from django.http import JsonResponse
from django.urls import include, path
from django.utils.translation import gettext as _
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


# What the editor's footer buttons post; an autosave never carries one of them.
FORM_ACTIONS = (
    "action-publish",
    "action-submit",
    "action-workflow-action",
    "action-restart-workflow",
    "action-cancel-workflow",
)


@hooks.register("before_edit_page")
def refuse_autosaves_that_act(request, page):
    """Wagtail 8's autosave posts the whole form, and a workflow button ("Approve and
    Publish") adds its hidden inputs to the form just before submitting it: an autosave
    pending at that moment ran the action a second time, beside the submission, and
    on SQLite could save the page back as a draft (approved, yet not published)."""
    is_autosave = request.method == "POST" and not request.accepts("text/html")
    if is_autosave and any(name in request.POST for name in FORM_ACTIONS):
        return JsonResponse(
            {
                "success": False,
                "error_code": "blocked_by_hook",
                "error_message": _("Not autosaved: the page is being submitted."),
            },
            status=400,
        )
    return None
