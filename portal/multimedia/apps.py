from django.apps import AppConfig


class MultimediaConfig(AppConfig):
    name = "portal.multimedia"
    label = "multimedia"
