from django.apps import AppConfig


class WorkerConfig(AppConfig):
    name = "portal.worker"
    label = "worker"
    verbose_name = "Background worker and scheduler"
