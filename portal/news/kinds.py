"""What an article is (its kind) and what a story changed to protect people."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleKind(models.TextChoices):
    NEWS = "news", _("News")
    PRESS_RELEASE = "press_release", _("Press release")
    STATEMENT = "statement", _("Joint statement")
    STORY = "story", _("Story")
    EVENT_REPORT = "event_report", _("Event report")
    CALL = "call", _("Call for entries")


class PrivacyMarker(models.TextChoices):
    """What a story changed to protect the people in it; readers see it."""

    NOT_SET = "", _("— choose —")
    NONE_NEEDED = "none", _("No changes: shared with consent")
    NAME_CHANGED = "name_changed", _("Names have been changed")
    PHOTOS_WITHHELD = "photos_withheld", _("Identifying photos withheld")
    BOTH = "name_changed_photos_withheld", _("Names changed and identifying photos withheld")
