"""Admin views for sending an issue: a test to an address, sending to subscribers
after a confirmation step, progress, pause/resume."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST

from portal.newsletters.models import NewsletterIssuePage

from .emails import issue_in_language
from .models import NewsletterSend, Subscriber
from .sending import pause_send, queue_send, resume_send

# In the admin's language (Django's own names lack a Tajik "Tajik").
LANGUAGE_NAMES = {
    "en": gettext_lazy("English"),
    "ru": gettext_lazy("Russian"),
    "tg": gettext_lazy("Tajik"),
}


def language_name(code: str) -> str:
    return str(LANGUAGE_NAMES.get(code) or dict(settings.LANGUAGES).get(code, code))


class SendTestForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Send the test to"),
        help_text=gettext_lazy("One e-mail address. The test is marked [Test] in its subject."),
    )


def _issue(request, page_id, publish=False):
    issue = get_object_or_404(NewsletterIssuePage, pk=page_id)
    permissions = issue.permissions_for_user(request.user)
    if not (permissions.can_publish() if publish else permissions.can_edit()):
        raise PermissionDenied
    return issue


def _active(sends) -> bool:
    return any(s.status != NewsletterSend.Status.DONE for s in sends if not s.is_test)


def _sending_page(request, issue, test_form=None, status=200):
    sends = list(issue.sends.select_related("created_by")[:20])
    for send in sends:
        send.counts = send.progress()
    return TemplateResponse(
        request,
        "mailing/admin/issue_sending.html",
        {
            "issue": issue,
            "sends": sends,
            "test_form": test_form or SendTestForm(initial={"email": request.user.email}),
            "confirmed_count": Subscriber.objects.confirmed().count(),
            "can_send": issue.permissions_for_user(request.user).can_publish(),
            "active": _active(sends),
        },
        status=status,
    )


def issue_sending(request, page_id):
    return _sending_page(request, _issue(request, page_id))


@require_POST
def send_test(request, page_id):
    issue = _issue(request, page_id)
    form = SendTestForm(request.POST)
    if not form.is_valid():
        return _sending_page(request, issue, test_form=form)
    email = form.cleaned_data["email"]
    queue_send(issue, test_to=email, user=request.user)
    messages.success(request, _("A test is on its way to %(email)s.") % {"email": email})
    return redirect("mailing_admin:issue", page_id)


def audience(issue) -> list[dict]:
    """Confirmed subscribers per language, most first, with the version each
    language receives (English when the issue has no live translation)."""
    rows = (
        Subscriber.objects.confirmed()
        .values("language")
        .annotate(count=Count("pk"))
        .order_by("-count", "language")
    )
    groups = []
    for row in rows:
        version = issue_in_language(issue, row["language"]).locale.language_code
        groups.append(
            {
                "language": row["language"],
                "count": row["count"],
                "text": ngettext(
                    "%(language)s: %(count)s subscriber",
                    "%(language)s: %(count)s subscribers",
                    row["count"],
                )
                % {"language": language_name(row["language"]), "count": row["count"]},
                "other_version": language_name(version) if version != row["language"] else "",
            }
        )
    return groups


@require_http_methods(["GET", "POST"])
def send_to_subscribers(request, page_id):
    """GET: what will be sent to whom, and a button to confirm. POST (that button):
    queue the send."""
    issue = _issue(request, page_id, publish=True)
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        if not issue.live:
            messages.error(request, _("Publish the issue before sending it."))
            return redirect("mailing_admin:issue", page_id)
        send = queue_send(issue, user=request.user)
        count = send.deliveries.count()
        messages.success(
            request,
            ngettext(
                "Sending to %(count)s subscriber has started.",
                "Sending to %(count)s subscribers has started.",
                count,
            )
            % {"count": count},
        )
        return redirect("mailing_admin:issue", page_id)
    groups = audience(issue)
    total = sum(group["count"] for group in groups)
    return TemplateResponse(
        request,
        "mailing/admin/confirm_send.html",
        {
            "issue": issue,
            "groups": groups,
            "total": total,
            "summary": ngettext(
                "%(count)s confirmed subscriber will receive “%(title)s”, in their language:",
                "%(count)s confirmed subscribers will receive “%(title)s”, each in their language:",
                total,
            )
            % {"count": total, "title": issue.title},
            "active": _active(issue.sends.all()),
        },
    )


@require_POST
def pause(request, send_id):
    send = get_object_or_404(NewsletterSend, pk=send_id)
    _issue(request, send.issue_id, publish=True)
    if pause_send(send):
        messages.success(request, _("Sending paused."))
    return redirect("mailing_admin:issue", send.issue_id)


@require_POST
def resume(request, send_id):
    send = get_object_or_404(NewsletterSend, pk=send_id)
    _issue(request, send.issue_id, publish=True)
    # "Restart" also revives a send whose worker was killed (its task is lost).
    if resume_send(send, restart=request.POST.get("restart") == "1"):
        messages.success(request, _("Sending resumed."))
    return redirect("mailing_admin:issue", send.issue_id)
