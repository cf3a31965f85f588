from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MirrorConfig(AppConfig):
    name = "portal.mirror"
    label = "mirror"
    verbose_name = _("Static mirror")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
