from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Editors' accounts: two-factor login, lockout page, idle sessions."""

    name = "portal.accounts"
    label = "accounts"
    verbose_name = _("Editors' accounts")
