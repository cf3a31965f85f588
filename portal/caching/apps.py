from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    name = "portal.caching"
    label = "caching"
    verbose_name = _("Page cache and serving")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
