from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CspReportsConfig(AppConfig):
    """Content-Security-Policy violation reports sent by readers' browsers."""

    name = "portal.cspreports"
    label = "cspreports"
    verbose_name = _("CSP violation reports")
