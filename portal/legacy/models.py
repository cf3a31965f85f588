"""What the legacy importer brought over, so that importing again updates instead
of duplicating."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedItem(models.Model):
    source_key = models.CharField(_("source key"), max_length=64, unique=True)
    file = models.CharField(_("file"), max_length=500)
    first_line = models.PositiveIntegerField(_("first line"), null=True)
    last_line = models.PositiveIntegerField(_("last line"), null=True)
    kind = models.CharField(_("kind"), max_length=30)
    locale = models.CharField(_("locale"), max_length=10)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    # Hash of what was imported: an unchanged item is not written again.
    content_hash = models.CharField(max_length=40)
    data = models.JSONField(_("extra data"), default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported item")
        verbose_name_plural = _("imported items")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.file}:{self.first_line}-{self.last_line} ({self.kind})"
