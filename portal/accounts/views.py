"""The two-factor screens of the admin: the code asked after the password, setting up
an authenticator, backup codes, and the account's two-factor page."""

import logging

import django_otp
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.core.network import client_ip

from . import devices
from .forms import CodeForm, EnrolForm
from .policy import is_enrolled, two_factor_required

logger = logging.getLogger("portal.accounts")
NEW_CODES_KEY = "portal_new_backup_codes"


def _next_url(request) -> str:
    """Where to go after the code: the `next` parameter when it stays on this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


class VerifyView(FormView):
    """The second step of logging in, in the look of Wagtail's login page."""

    template_name = "accounts/verify.html"
    form_class = CodeForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_verified() or not is_enrolled(request.user):
            return redirect(_next_url(request))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=_next_url(self.request), **kwargs)

    def form_valid(self, form):
        user = self.request.user
        if devices.throttled(user):
            form.add_error(None, _("Too many wrong codes. Wait a minute, then try again."))
            return self.form_invalid(form)
        device = devices.verify_code(user, form.cleaned_data["code"])
        if device is None:
            logger.warning(
                "Two-factor code refused for user %s from %s",
                user.get_username(),
                client_ip(self.request),
            )
            form.add_error("code", _("That code is not right. Try the current one."))
            return self.form_invalid(form)
        django_otp.login(self.request, device)
        self.request.session.cycle_key()  # a new session id once fully logged in
        return redirect(_next_url(self.request))


class EnrolView(WagtailAdminTemplateMixin, FormView):
    """Set up an authenticator app: scan (or type) the secret, confirm with a code."""

    template_name = "accounts/enrol.html"
    form_class = EnrolForm
    page_title = gettext_lazy("Set up two-factor login")
    header_icon = "key"

    def get_context_data(self, **kwargs):
        device = devices.pending_authenticator(self.request.user)
        return super().get_context_data(
            secret=devices.secret_for_people(device),
            qr_code=devices.qr_code_svg(device, _("QR code for your authenticator app")),
            required=two_factor_required(self.request.user),
            next=_next_url(self.request),
            **kwargs,
        )

    def form_valid(self, form):
        device = devices.pending_authenticator(self.request.user)
        if not device.verify_token(form.cleaned_data["code"]):
            form.add_error(
                "code",
                _("That code does not match. Check the app's clock and type the current code."),
            )
            return self.form_invalid(form)
        self.request.session[NEW_CODES_KEY] = devices.confirm_authenticator(device)
        django_otp.login(self.request, device)
        self.request.session.cycle_key()
        messages.success(self.request, _("Two-factor login is set up."))
        next_url = urlencode({"next": _next_url(self.request)})
        return redirect(f"{reverse('two_factor_backup_codes')}?{next_url}")


class BackupCodesView(WagtailAdminTemplateMixin, TemplateView):
    """New backup codes, shown once; a POST replaces them."""

    template_name = "accounts/backup_codes.html"
    page_title = gettext_lazy("Backup codes")
    header_icon = "key"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            codes=self.request.session.pop(NEW_CODES_KEY, None),
            codes_left=devices.backup_codes_left(self.request.user),
            next=_next_url(self.request),
            **kwargs,
        )

    def post(self, request):
        if not is_enrolled(request.user):
            return redirect("two_factor_enrol")
        request.session[NEW_CODES_KEY] = devices.new_backup_codes(request.user)
        return redirect("two_factor_backup_codes")


class StatusView(WagtailAdminTemplateMixin, TemplateView):
    """Account → Two-factor login: whether it is on, what is left, what to do."""

    template_name = "accounts/status.html"
    page_title = gettext_lazy("Two-factor login")
    header_icon = "key"

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            enrolled=is_enrolled(user),
            required=two_factor_required(user),
            codes_left=devices.backup_codes_left(user),
            **kwargs,
        )

    def post(self, request):
        """Turn two-factor login off (only for those who are not required to have it)."""
        if two_factor_required(request.user):
            messages.error(request, _("Your account must keep two-factor login."))
        elif request.POST.get("action") == "remove":
            devices.remove_second_factor(request.user)
            messages.success(request, _("Two-factor login is off for your account."))
        return redirect("two_factor_status")
