from django.apps import AppConfig


class NewslettersConfig(AppConfig):
    name = "portal.newsletters"
    label = "newsletters"
