"""The endpoint browsers send CSP violation reports to, and the superusers' report."""

import datetime

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .models import CspReport
from .parsing import CONTENT_TYPES as _CONTENT_TYPES
from .parsing import parse_reports

MAX_BODY = 64 * 1024  # bytes; a real report is well under 2 KB
RATE = "60/h"  # report deliveries per client address
KEEP = 10_000  # the newest reports kept; older ones are deleted


def _lengths() -> dict:
    return {f.name: f.max_length for f in CspReport._meta.fields if f.max_length}


def _status(code: int) -> HttpResponse:
    return HttpResponse(status=code)


@csrf_exempt  # browsers post reports without a token, from any page of the site
@require_POST
def receive(request):
    """Store the reports in a POST body; 204 when stored, 4xx (nothing stored) otherwise."""
    # Counted on every POST, whatever it holds, so a flood costs the sender its quota.
    if is_ratelimited(request, group="csp-reports", key="ip", rate=RATE, increment=True):
        return _status(429)
    try:
        declared = int(request.headers.get("Content-Length") or 0)
    except ValueError:
        return _status(400)
    if declared > MAX_BODY:
        return _status(413)
    body = request.read(MAX_BODY + 1)
    if len(body) > MAX_BODY:
        return _status(413)
    content_type = request.content_type.lower()
    try:
        reports = parse_reports(
            content_type, body, request.headers.get("User-Agent", ""), _lengths()
        )
    except ValueError:
        return _status(415 if content_type not in _CONTENT_TYPES else 400)
    CspReport.objects.bulk_create(CspReport(**report) for report in reports)
    _keep_newest()
    return _status(204)


def _keep_newest():
    """Keep the table bounded whoever sends reports, dropping the oldest."""
    cutoff = CspReport.objects.order_by("-received_at", "-pk").values_list("pk", flat=True)[
        KEEP : KEEP + 1
    ]
    if cutoff:
        CspReport.objects.filter(pk__lte=cutoff[0]).delete()


class CspReportView(ReportView):
    """Reports → CSP violations: read-only, for superusers."""

    page_title = _("CSP violation reports")
    header_icon = "warning"
    index_url_name = "csp_reports:index"
    index_results_url_name = "csp_reports:results"
    paginate_by = 50
    model = CspReport
    list_export = [
        "received_at",
        "document_uri",
        "effective_directive",
        "blocked_uri",
        "source_file",
        "line_number",
        "user_agent",
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def permission_policy(self):
        return None  # superusers only (dispatch)

    @property
    def no_results_message(self):
        return _("No browser has reported a Content-Security-Policy violation.")

    def get_filename(self):
        return f"csp-reports-{datetime.date.today():%Y-%m-%d}"

    @cached_property
    def columns(self):
        return [
            DateColumn("received_at", label=_("Received")),
            Column("document_uri", label=_("Page")),
            Column("effective_directive", label=_("Directive")),
            Column("blocked_uri", label=_("Blocked")),
            Column(
                "source",
                label=_("Source"),
                accessor=lambda r: f"{r.source_file}:{r.line_number}" if r.source_file else "",
            ),
            Column("user_agent", label=_("Browser")),
        ]

    def get_base_queryset(self):
        return CspReport.objects.all()
