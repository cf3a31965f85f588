"""The newsletters section: issues by series and year, and the undated ones."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_unicode_slug
from django.utils.translation import gettext_lazy as _

from portal.core.models import SectionIndexPage
from portal.core.params import refuse, single_value
from portal.core.sections import Section

from ..archive import group_issues, undated_issues
from ..presentation import language_versions
from .issue import NewsletterIssuePage


class NewsletterIndexPage(SectionIndexPage):
    section = Section("newsletters", _("Newsletters"), 40)
    subpage_types = ["newsletters.NewsletterIssuePage"]
    query_params = ("series",)

    class Meta:
        verbose_name = _("newsletter index")

    def issues(self):
        return NewsletterIssuePage.objects.live().public().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        issues = self.issues()
        series_slug = self.series_asked(request)
        if series_slug:
            issues = issues.in_series(series_slug)
        issues = list(issues.select_related("series", "pdf").defer_streamfields().newest_first())
        versions = language_versions(issues, request)
        for issue in issues:
            issue.language_versions = versions.get(issue.translation_key, [])
        dated = [issue for issue in issues if issue.date]
        context["groups"] = group_issues(dated, self.locale)
        context["undated"] = undated_issues([i for i in issues if not i.date], self.locale)
        context["series_slug"] = series_slug
        return context

    def series_asked(self, request) -> str:
        """The series the archive is narrowed to (`?series=`): the slug of a series
        some issue here belongs to, else "" and the value is refused."""
        try:
            slug = single_value(request.GET, "series")
            if slug is None:
                return ""
            validate_unicode_slug(slug)  # no query for what cannot be a slug
        except (ValueError, ValidationError):
            slug = None
        if slug is None or not self.issues().in_series(slug).exists():
            refuse(request, "series")
            return ""
        return slug
