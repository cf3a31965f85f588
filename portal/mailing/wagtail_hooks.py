from functools import wraps

from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
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


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Model permissions (given to the Newsletter managers, setup_editorial), except
    that nobody adds a subscriber in the admin: they come only through the double
    opt-in, which is what their consent record attests."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])


subscriber_policy = SubscriberPermissionPolicy(Subscriber)
register_permission_policy(Subscriber, subscriber_policy)


def _managers_only(view):
    """Wagtail's snippet choosers list any snippet to any admin user; these list
    addresses, so they are for those who may see subscribers."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not subscriber_policy.user_has_any_permission(
            request.user, ["view", "change", "delete"]
        ):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


class SubscriberChooserViewSet(SnippetChooserViewSet):
    @property
    def choose_view(self):
        return _managers_only(super().choose_view)

    @property
    def choose_results_view(self):
        return _managers_only(super().choose_results_view)

    @property
    def chosen_view(self):
        return _managers_only(super().chosen_view)

    @property
    def chosen_multiple_view(self):
        return _managers_only(super().chosen_multiple_view)

    @property
    def create_view(self):
        return _managers_only(super().create_view)


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Subscribers")
    add_to_admin_menu = False
    list_display = ["email", "status", "language", "confirmed_at", "consent_source"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    inspect_view_enabled = True
    chooser_viewset_class = SubscriberChooserViewSet
    # The address, its status and the consent record are what the subscriber did;
    # nobody edits them (a changed address or status would be a subscription nobody
    # confirmed). Managers correct the language and topics, or delete on request.
    panels = [
        FieldPanel("email", read_only=True),
        FieldPanel("status", read_only=True),
        FieldPanel("language"),
        FieldPanel("topics"),
        FieldPanel("consent_at", read_only=True),
        FieldPanel("consent_source", read_only=True),
        FieldPanel("consent_policy_version", read_only=True),
        FieldPanel("confirmed_at", read_only=True),
        FieldPanel("unsubscribed_at", read_only=True),
    ]


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
