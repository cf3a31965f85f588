"""The site search index: one entry per live, public page, analysed in its own language.

The full-text side lives next to this table and is created by migration 0002 (see
fulltext.py): an FTS5 table over the stem columns on SQLite, a `search_vector` tsvector
column with a GIN index on PostgreSQL.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal.core.models import PartialDateMixin


class SearchEntryQuerySet(models.QuerySet):
    def in_language(self, language):
        return self.filter(language=language)

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def visible(self):
        """Entries of pages readers may see now; privacy can change without a publish."""
        return self.filter(page__live=True).exclude(page__in=Page.objects.private())


class SearchEntry(PartialDateMixin, models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="search_entry",
        verbose_name=_("page"),
    )
    language = models.CharField(_("language"), max_length=8)
    # The article kind (news, story, ...) or the page type (eventpage, projectpage, ...).
    kind = models.CharField(_("kind"), max_length=40)
    title = models.CharField(_("title"), max_length=255)
    body = models.TextField(_("text"), blank=True)
    # Snowball stems (or folded words for Tajik), separated by spaces; what FTS5 indexes.
    title_stems = models.TextField(blank=True, editable=False)
    body_stems = models.TextField(blank=True, editable=False)
    indexed_at = models.DateTimeField(_("indexed at"), auto_now=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["language", "kind"], name="sitesearch_language_kind")]

    def __str__(self):
        return f"{self.language}: {self.title}"
