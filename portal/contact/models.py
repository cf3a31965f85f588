"""The contact page: the mission's address and a form that works without JavaScript.

Messages are kept in the database (so none is lost when mail fails) and e-mailed
to the mission's contact address.
"""

import logging
from http import HTTPMethod

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from wagtail.admin.panels import FieldPanel

from portal.core.models import BasePage, MissionSettings
from portal.core.sections import Section

from .forms import ContactForm

logger = logging.getLogger(__name__)

CONTACT_RATE = "5/h"


class ContactPage(BasePage):
    section = Section("contact", _("Contact"), 70)
    intro = models.TextField(_("introduction"), blank=True)
    thank_you = models.TextField(
        _("thank-you message"),
        blank=True,
        help_text=_("Shown after a message is sent; a standard message is used if empty."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("thank_you")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]
    query_params = ("sent",)

    class Meta:
        verbose_name = _("contact page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["mission"] = MissionSettings.for_request(request)
        context.setdefault("form", ContactForm())
        context["sent"] = request.GET.get("sent") == "1"
        return context

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        # Counted on every POST, bots included, so flooding the form is throttled.
        if is_ratelimited(request, group="contact", key="ip", rate=CONTACT_RATE, increment=True):
            return self.render_form(
                request, ContactForm(request.POST), rate_limited=True, status=429
            )
        form = ContactForm(request.POST)
        if form.is_spam:
            # Bots are told it worked so they do not adapt; nothing is kept.
            return self.sent_redirect(request)
        if not form.is_valid():
            return self.render_form(request, form)
        message = ContactMessage.objects.create(
            page=self,
            language=get_language() or "",
            **{name: form.cleaned_data[name] for name in ("name", "email", "subject", "message")},
        )
        message.notify(
            MissionSettings.for_request(request).contact_email or settings.DEFAULT_FROM_EMAIL
        )
        return self.sent_redirect(request)

    def render_form(self, request, form, status=200, **extra):
        request.is_preview = False
        context = self.get_context(request)
        context.update(form=form, **extra)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def sent_redirect(self, request):
        return HttpResponseRedirect(f"{self.get_url(request)}?sent=1")


class ContactMessage(models.Model):
    """A message sent through the contact form; editors read them in the admin."""

    page = models.ForeignKey(
        ContactPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="messages",
        editable=False,
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"))
    language = models.CharField(_("language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    mailed = models.BooleanField(_("e-mailed to the mission"), default=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return f"{self.subject} — {self.name}"

    def notify(self, recipient: str) -> bool:
        """E-mail the message to the mission; replying answers the sender.

        A mail failure is logged, not shown: the message is safe in the database.
        """
        body = gettext("From: %(name)s <%(email)s>\nLanguage: %(language)s\n\n%(message)s") % {
            "name": self.name,
            "email": self.email,
            "language": self.language,
            "message": self.message,
        }
        mail = EmailMessage(
            subject=gettext("[Contact form] %(subject)s") % {"subject": self.subject},
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[recipient],
            reply_to=[self.email],
        )
        try:
            mail.send()
        except Exception:
            logger.exception("Could not e-mail contact message %s", self.pk)
            return False
        self.mailed = True
        self.save(update_fields=["mailed"])
        return True
