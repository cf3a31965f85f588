"""Contact messages in the admin: editors read and delete them, nobody edits them."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import ContactMessage


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """What readers wrote stays as they wrote it."""

    FORBIDDEN = {"add", "change"}

    def user_has_permission(self, user, action):
        return action not in self.FORBIDDEN and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in self.FORBIDDEN])


register_permission_policy(ContactMessage, ReadOnlyPermissionPolicy(ContactMessage))


class ContactMessageViewSet(ModelViewSet):
    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    add_to_admin_menu = True
    menu_order = 600
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["subject", "name", "email", "language", "created_at"]
    list_filter = ["language"]
    search_fields = ["name", "email", "subject", "message"]
    inspect_view_fields = [
        "name",
        "email",
        "subject",
        "message",
        "language",
        "created_at",
        "mailed",
    ]
    form_fields = ["name", "email", "subject", "message"]


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return ContactMessageViewSet("contact_messages")
