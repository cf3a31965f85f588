from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import CspReportView

report_urls = (
    [
        path("", CspReportView.as_view(), name="index"),
        path("results/", CspReportView.as_view(results_only=True), name="results"),
    ],
    "csp_reports",
)


@hooks.register("register_admin_urls")
def register_csp_report_urls():
    return [path("reports/csp/", include(report_urls))]


class SuperusersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_reports_menu_item")
def register_csp_report_menu_item():
    return SuperusersMenuItem(
        _("CSP violation reports"),
        reverse("csp_reports:index"),
        name="csp-reports",
        icon_name="warning",
        order=1400,
    )
