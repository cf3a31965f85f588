"""Editors' screens: the "needs checking" report, and importing and exporting the
directory as CSV or XLSX with a dry run first."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, Q
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .models import ReportStatus, ServicePage
from .transfer import FORMATS, export_services, import_services, read_dataset

# Who may import: whoever may publish pages (an import publishes services).
IMPORT_ACTIONS = ["publish"]
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class NeedsCheckingReportView(ReportView):
    """Services in the order they should be called: never checked first, then the
    longest unchecked; with the readers' open problem reports."""

    page_title = _("Help services: needs checking")
    header_icon = "warning"
    index_url_name = "help_needs_checking:index"
    index_results_url_name = "help_needs_checking:results"
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50
    list_export = ["title", "language", "area", "checked_on", "checked_by", "open_reports"]

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Service"), url_name="wagtailadmin_pages:edit"),
            Column("language", label=_("Language"), accessor="locale.language_code"),
            Column("area", label=_("Region or country"), accessor="area_label"),
            DateColumn("checked_on", label=_("Checked on")),
            Column("checked_by", label=_("Checked by")),
            Column("open_reports", label=_("Open reports")),
        ]

    def get_base_queryset(self):
        return (
            ServicePage.objects.not_closed()
            .select_related("locale")
            .annotate(open_reports=Count("reports", filter=Q(reports__status=ReportStatus.OPEN)))
        )

    def order_queryset(self, queryset):
        return queryset.order_by(F("checked_on").asc(nulls_first=True), "-open_reports", "pk")

    def get_filename(self):
        return f"help-needs-checking-{datetime.date.today():%Y-%m-%d}"


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File"))
    file_format = forms.ChoiceField(
        label=_("Format"), choices=[(f, f.upper()) for f in FORMATS], initial="csv"
    )
    dry_run = forms.BooleanField(
        label=_("Dry run: only check the file and show what would change"),
        required=False,
        initial=True,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


def _require_publisher(request):
    policy = policy_registry.get_by_type(Page)
    if not policy.user_has_any_permission(request.user, IMPORT_ACTIONS):
        raise PermissionDenied


def import_view(request):
    _require_publisher(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    context = {"form": form, "formats": FORMATS}
    if request.method == "POST" and form.is_valid():
        try:
            dataset = read_dataset(form.cleaned_data["file"], form.cleaned_data["file_format"])
        except ValueError as error:
            form.add_error("file", str(error))
        else:
            dry_run = form.cleaned_data["dry_run"]
            result = import_services(dataset, dry_run=dry_run)
            failed = result.has_errors() or result.has_validation_errors()
            context.update(
                result=result,
                rows=_row_reports(result),
                failed=failed,
                dry_run=dry_run,
                totals=result.totals,
            )
            status = 400 if failed else 200
            return render(request, "help/admin/import.html", context, status=status)
    return render(request, "help/admin/import.html", context)


def _row_reports(result) -> list[dict]:
    """One line per row: its number in the file, what became of it, its errors."""
    reports = []
    for number, row in enumerate(result.rows, start=2):  # line 1 holds the headings
        messages = []
        if row.validation_error is not None:
            for field, errors in row.validation_error.message_dict.items():
                messages.extend(f"{field}: {error}" for error in errors)
        messages.extend(str(error.error) for error in row.errors)
        reports.append(
            {"line": number, "type": row.import_type, "title": row.object_repr, "errors": messages}
        )
    for line, error_list in result.row_errors():
        if not any(report["line"] == line + 1 for report in reports):
            reports.append(
                {
                    "line": line + 1,
                    "type": "error",
                    "title": "",
                    "errors": [str(e.error) for e in error_list],
                }
            )
    return reports


def export_view(request, file_format):
    _require_publisher(request)
    if file_format not in FORMATS:
        raise PermissionDenied
    content_types = {
        "csv": "text/csv; charset=utf-8",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
    response = HttpResponse(export_services(file_format), content_type=content_types[file_format])
    name = f"help-services-{datetime.date.today():%Y-%m-%d}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
