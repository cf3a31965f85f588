from django.apps import AppConfig

from . import checks  # noqa: F401 (registers the deployment checks)


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"

    def ready(self):
        # Here, not at the top: these modules import models, which Django allows only
        # once the app registry is ready.
        from . import content, locales

        locales.install()
        content.connect()
