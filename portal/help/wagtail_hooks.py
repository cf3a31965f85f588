from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import IMPORT_ACTIONS, NeedsCheckingReportView, export_view, import_view
from .models import NumberReport

report_urls = (
    [
        path("", NeedsCheckingReportView.as_view(), name="index"),
        path("results/", NeedsCheckingReportView.as_view(results_only=True), name="results"),
    ],
    "help_needs_checking",
)
transfer_urls = (
    [
        path("", import_view, name="import"),
        path("export.<str:file_format>", export_view, name="export"),
    ],
    "help_transfer",
)


@hooks.register("register_admin_urls")
def register_help_admin_urls():
    return [
        path("reports/help-needs-checking/", include(report_urls)),
        path("help/transfer/", include(transfer_urls)),
    ]


class PublisherMenuItem(MenuItem):
    def is_shown(self, request):
        policy = policy_registry.get_by_type(Page)
        return policy.user_has_any_permission(request.user, IMPORT_ACTIONS)


@hooks.register("register_reports_menu_item")
def register_needs_checking_menu_item():
    return PublisherMenuItem(
        _("Help services: needs checking"),
        reverse("help_needs_checking:index"),
        name="help-needs-checking",
        icon_name="warning",
        order=1400,
    )


@hooks.register("register_settings_menu_item")
def register_transfer_menu_item():
    return PublisherMenuItem(
        _("Import and export help services"),
        reverse("help_transfer:import"),
        name="help-transfer",
        icon_name="upload",
        order=900,
    )


class NumberReportViewSet(SnippetViewSet):
    """Readers' "this number does not work" reports: a queue editors work through."""

    model = NumberReport
    icon = "warning"
    menu_label = _("Problem reports")
    list_display = ["service", "problem", "comment", "status", "created_at"]
    list_filter = ["status", "problem"]
    ordering = ["status", "-created_at"]


register_snippet(NumberReportViewSet)
