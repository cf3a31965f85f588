from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .views import PAGE_ACTIONS, TranslationReportView

report_urls = (
    [
        path("", TranslationReportView.as_view(), name="index"),
        path("results/", TranslationReportView.as_view(results_only=True), name="results"),
    ],
    "translation_report",
)


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [path("reports/translations/", include(report_urls))]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(request.user, PAGE_ACTIONS)


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Translation report"),
        reverse("translation_report:index"),
        name="translation-report",
        icon_name="globe",
        order=1300,
    )
