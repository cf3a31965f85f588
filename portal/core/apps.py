from django.apps import AppConfig
from django.conf import settings

from . import checks  # noqa: F401 (registers the deployment checks)


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"

    def ready(self):
        # Here, not at the top: these modules import models, which Django allows only
        # once the app registry is ready.
        from . import content, locales, network

        # A wrong proxy list fails at start-up, not on the first form post.
        network.parse_trusted_proxies(settings.TRUSTED_PROXIES)
        locales.install()
        content.connect()
