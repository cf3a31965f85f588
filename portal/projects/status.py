"""Where a project stands."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    PIPELINE = "pipeline", _("Pipeline")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
