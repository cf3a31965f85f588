from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core.panels import PAGE_ACTIONS_HOOK
from portal.newsletters.models import NewsletterIssuePage

from . import admin_views
from .models import NewsletterSend, Subscriber

admin_urls = (
    [
        path("issue/<int:page_id>/", admin_views.issue_sending, name="issue"),
        path("issue/<int:page_id>/test/", admin_views.send_test, name="send_test"),
        path("issue/<int:page_id>/send/", admin_views.send_to_subscribers, name="send"),
        path("send/<int:send_id>/pause/", admin_views.pause, name="pause"),
        path("send/<int:send_id>/resume/", admin_views.resume, name="resume"),
    ],
    "mailing_admin",
)


@hooks.register("register_admin_urls")
def register_mailing_urls():
    return [path("mailing/", include(admin_urls))]


@hooks.register("register_page_header_buttons")
def newsletter_send_button(page, user, view_name=None, next_url=None):
    if (
        isinstance(page.specific_deferred, NewsletterIssuePage)
        and page.permissions_for_user(user).can_edit()
    ):
        yield HeaderButton(
            label=_("Send by e-mail"),
            url=reverse("mailing_admin:issue", args=[page.pk]),
            icon_name="mail",
            priority=5,
        )


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Subscribers")
    add_to_admin_menu = False
    list_display = ["email", "status", "language", "confirmed_at", "consent_source"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    inspect_view_enabled = True


register_snippet(SubscriberViewSet)


@hooks.register(PAGE_ACTIONS_HOOK)
def send_by_email(page, request):
    """ "Send by e-mail" at the top of a newsletter issue's edit form: in plain sight,
    not only in the header's "…" menu."""
    if not isinstance(page, NewsletterIssuePage):
        return None
    context = {
        "sending_url": reverse("mailing_admin:issue", args=[page.pk]),
        "confirmed_count": Subscriber.objects.confirmed().count(),
        "last_send": NewsletterSend.objects.filter(issue_id=page.pk, test_to="")
        .order_by("-created_at")
        .first(),
    }
    return _("Send by e-mail"), render_to_string("mailing/admin/send_panel.html", context, request)
