from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translation-completeness report: Latin-script text in ru/tg content."""

    name = "portal.translations"
    label = "translations"
    verbose_name = _("Translation report")
