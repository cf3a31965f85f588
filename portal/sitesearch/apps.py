from django.apps import AppConfig


class SitesearchConfig(AppConfig):
    name = "portal.sitesearch"
    label = "sitesearch"
