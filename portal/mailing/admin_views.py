"""Admin views for sending an issue: test, send to subscribers, progress, pause/resume."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.newsletters.models import NewsletterIssuePage

from .models import NewsletterSend, Subscriber
from .sending import pause_send, queue_send, resume_send


def _issue(request, page_id, publish=False):
    issue = get_object_or_404(NewsletterIssuePage, pk=page_id)
    permissions = issue.permissions_for_user(request.user)
    if not (permissions.can_publish() if publish else permissions.can_edit()):
        raise PermissionDenied
    return issue


def issue_sending(request, page_id):
    issue = _issue(request, page_id)
    sends = list(issue.sends.select_related("created_by")[:20])
    for send in sends:
        send.counts = send.progress()
    return TemplateResponse(
        request,
        "mailing/admin/issue_sending.html",
        {
            "issue": issue,
            "sends": sends,
            "confirmed_count": Subscriber.objects.confirmed().count(),
            "can_send": issue.permissions_for_user(request.user).can_publish(),
            "active": any(s.status != NewsletterSend.Status.DONE for s in sends if not s.is_test),
        },
    )


@require_POST
def send_test(request, page_id):
    issue = _issue(request, page_id)
    if not request.user.email:
        messages.error(request, _("Your account has no e-mail address to send the test to."))
    else:
        queue_send(issue, test_to=request.user.email, user=request.user)
        messages.success(
            request, _("A test is on its way to %(email)s.") % {"email": request.user.email}
        )
    return redirect("mailing_admin:issue", page_id)


@require_POST
def send_to_subscribers(request, page_id):
    issue = _issue(request, page_id, publish=True)
    if not issue.live:
        messages.error(request, _("Publish the issue before sending it."))
    else:
        send = queue_send(issue, user=request.user)
        messages.success(
            request,
            _("Sending to %(count)d subscribers has started.") % {"count": send.deliveries.count()},
        )
    return redirect("mailing_admin:issue", page_id)


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
