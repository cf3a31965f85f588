from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    name = "portal.caching"
    label = "caching"
    verbose_name = _("Page cache and serving")

    def ready(self):
        # Here, not at the top: the handlers' module imports models, which Django
        # allows only once the app registry is ready.
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
