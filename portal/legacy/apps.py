from django.apps import AppConfig


class LegacyConfig(AppConfig):
    name = "portal.legacy"
    label = "legacy"
    verbose_name = "Legacy import"
