"""The "Send by e-mail" box at the top of a newsletter issue's edit form: the
action in plain sight, not in the header's "…" menu."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class SendByEmailPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Send by e-mail"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "mailing/admin/send_panel.html"

        def is_shown(self):
            # Only an issue that exists can be sent (not on the "add" form).
            return bool(getattr(self.instance, "pk", None))

        def get_context_data(self, parent_context=None):
            from .models import NewsletterSend, Subscriber

            context = super().get_context_data(parent_context)
            context["sending_url"] = reverse("mailing_admin:issue", args=[self.instance.pk])
            context["confirmed_count"] = Subscriber.objects.confirmed().count()
            context["last_send"] = (
                NewsletterSend.objects.filter(issue_id=self.instance.pk, test_to="")
                .order_by("-created_at")
                .first()
            )
            return context
