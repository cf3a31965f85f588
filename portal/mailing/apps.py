from django.apps import AppConfig


class MailingConfig(AppConfig):
    name = "portal.mailing"
    label = "mailing"
    verbose_name = "Newsletter mailing"
