"""The translation report in the admin (Reports → Translation report)."""

import datetime

import django_filters
from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry

from .walker import checked_languages, find_latin_text

# Who sees the report: whoever writes, translates or publishes pages.
PAGE_ACTIONS = ["add", "change", "publish"]


def language_choices():
    names = dict(settings.LANGUAGES)
    return [(code, names.get(code, code)) for code in checked_languages()]


class TranslationReportFilterSet(django_filters.FilterSet):
    """Filters the findings (a list, not a queryset) by their content language."""

    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=language_choices, empty_label=_("All")
    )

    class Meta:
        model = Locale  # required by django-filter; the report filters a list
        fields = []

    @property
    def language_code(self) -> str:
        return self.form.cleaned_data.get("language") if self.is_valid() else ""

    def filter_queryset(self, findings):
        language = self.language_code
        return [f for f in findings if f.language == language] if language else findings


class TranslationReportView(ReportView):
    page_title = _("Translation report")
    results_template_name = "translations/admin/report_results.html"
    header_icon = "globe"
    index_url_name = "translation_report:index"
    index_results_url_name = "translation_report:results"
    filterset_class = TranslationReportFilterSet
    any_permission_required = PAGE_ACTIONS
    paginate_by = 50
    list_export = ["language", "kind", "title", "field", "excerpt", "edit_url"]
    export_headings = {
        "language": _("Language"),
        "kind": _("Type"),
        "title": _("Page or snippet"),
        "field": _("Field"),
        "excerpt": _("Text in Latin script"),
        "edit_url": _("Edit"),
    }

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)

    @cached_property
    def url_finder(self):
        return AdminURLFinder(self.request.user)

    @property
    def no_results_message(self):
        return _(
            "No Russian or Tajik page or snippet has text in Latin script beyond names "
            "and acronyms."
        )

    def get_filename(self):
        return f"translation-report-{datetime.date.today():%Y-%m-%d}"

    @cached_property
    def columns(self):
        names = dict(settings.LANGUAGES)
        return [
            TitleColumn(
                "title",
                label=_("Page or snippet"),
                get_url=lambda finding: finding.edit_url,
                id_accessor="obj.pk",
            ),
            Column("kind", label=_("Type")),
            Column("language", label=_("Language"), accessor=lambda f: names.get(f.language, "")),
            Column("field", label=_("Field")),
            Column("excerpt", label=_("Text in Latin script")),
        ]

    def get_base_queryset(self):
        language = self.filters.language_code
        findings = list(find_latin_text([language] if language else None))
        for finding in findings:
            # The user's own edit link: None where they may not edit.
            finding.edit_url = self.url_finder.get_edit_url(finding.obj)
        return findings

    def order_queryset(self, queryset):
        return queryset  # already in tree and snippet order
