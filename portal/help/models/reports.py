""" "This number does not work": readers' reports on a service, a queue for editors.

A plain form on the service page (no JavaScript), protected by CSRF and a per-IP rate
limit; reports wait in the admin (Help directory → Reports) until an editor checks the
service, and the "needs checking" report counts the open ones per service.
"""

from django import forms
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

REPORT_RATE = "10/h"


class ReportStatus(models.TextChoices):
    OPEN = "open", _("Open")
    FIXED = "fixed", _("Checked and corrected")
    DISMISSED = "dismissed", _("Dismissed")


class Problem(models.TextChoices):
    NO_ANSWER = "no-answer", _("Nobody answers")
    WRONG_NUMBER = "wrong-number", _("Wrong or disconnected number")
    CLOSED = "closed", _("The service has closed or moved")
    OTHER = "other", _("Something else is wrong")


class NumberReport(models.Model):
    service = models.ForeignKey(
        "help.ServicePage",
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    problem = models.CharField(_("problem"), max_length=20, choices=Problem.choices)
    comment = models.CharField(_("comment"), max_length=300, blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True, editable=False)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True, db_index=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("problem report")
        verbose_name_plural = _("problem reports")

    def __str__(self):
        return f"{self.service.title}: {self.get_problem_display()}"


class ReportForm(forms.Form):
    problem = forms.ChoiceField(
        label=_("What is wrong?"), choices=Problem.choices, widget=forms.RadioSelect
    )
    comment = forms.CharField(label=_("Details (optional)"), max_length=300, required=False)


def receive_report(service, request):
    """Keep a reader's report and send them back to the service page, or show the form
    again with what was wrong; too many reports from one address are refused (429)."""
    form = ReportForm(request.POST)
    if is_ratelimited(request, group="help-report", key="ip", rate=REPORT_RATE, increment=True):
        return _render(service, request, form, status=429, rate_limited=True)
    if not form.is_valid():
        return _render(service, request, form, status=400)
    NumberReport.objects.create(
        service_id=service.pk, language=get_language() or "", **form.cleaned_data
    )
    return HttpResponseRedirect(f"{service.get_url(request)}?reported=1#report")


def _render(service, request, form, status, **extra):
    request.is_preview = False
    context = service.get_context(request)
    context.update(report_form=form, **extra)
    return TemplateResponse(request, service.get_template(request), context, status=status)
