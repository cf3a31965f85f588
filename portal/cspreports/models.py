from django.db import models
from django.utils.translation import gettext_lazy as _


class CspReport(models.Model):
    """One Content-Security-Policy violation a reader's browser reported. Every text is
    cut to its field's length: the sender is whoever wants to be."""

    received_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    document_uri = models.CharField(_("page"), max_length=500, blank=True)
    blocked_uri = models.CharField(_("blocked"), max_length=500, blank=True)
    effective_directive = models.CharField(_("directive"), max_length=100, blank=True)
    source_file = models.CharField(_("source file"), max_length=500, blank=True)
    line_number = models.PositiveIntegerField(_("line"), null=True, blank=True)
    column_number = models.PositiveIntegerField(_("column"), null=True, blank=True)
    disposition = models.CharField(_("disposition"), max_length=20, blank=True)
    sample = models.CharField(_("sample"), max_length=200, blank=True)
    user_agent = models.CharField(_("browser"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("CSP violation report")
        verbose_name_plural = _("CSP violation reports")
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return f"{self.effective_directive} {self.blocked_uri} on {self.document_uri}"
