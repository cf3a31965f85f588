"""The two-factor screens in the admin, and their entry in the account menu."""

from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from .views import BackupCodesView, EnrolView, StatusView, VerifyView


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", StatusView.as_view(), name="two_factor_status"),
        path("two-factor/verify/", VerifyView.as_view(), name="two_factor_verify"),
        path("two-factor/set-up/", EnrolView.as_view(), name="two_factor_enrol"),
        path("two-factor/backup-codes/", BackupCodesView.as_view(), name="two_factor_backup_codes"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_status"),
        "label": _("Two-factor login"),
        "help_text": _("Set up an authenticator app and backup codes for logging in."),
    }
