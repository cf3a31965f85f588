"""The admin asks for the second factor, and forgets sessions left idle."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .policy import is_enrolled, needs_code

ADMIN_PREFIX = "/admin/"
LAST_SEEN_KEY = "portal_admin_last_seen"
# Requests the admin's pages make by themselves (the editor's "who else is editing"
# ping every few seconds): they do not count as the editor being there.
BACKGROUND_PREFIXES = ("/admin/editing-sessions/",)
# What a session that still owes its code may open in the admin.
OPEN_BEFORE_CODE = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",  # the icons, fetched by every admin page
        "two_factor_verify",
    }
)
OPEN_BEFORE_ENROLMENT = OPEN_BEFORE_CODE | {"two_factor_enrol"}


class AdminIdleTimeoutMiddleware:
    """Ends an admin session after PORTAL_ADMIN_IDLE_SECONDS without a request to the
    admin, whatever the cookie's lifetime ("Remember me" keeps the cookie, not the
    editor's presence)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX) and request.user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN_KEY)
            if last_seen is not None and now - last_seen > settings.PORTAL_ADMIN_IDLE_SECONDS:
                logout(request)
                messages.info(
                    request, _("Your session ended after a period of inactivity. Log in again.")
                )
                login = reverse("wagtailadmin_login")
                return redirect(f"{login}?{urlencode({'next': request.get_full_path()})}")
            if last_seen is None or not request.path.startswith(BACKGROUND_PREFIXES):
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)


class TwoFactorMiddleware:
    """After the password, the code: a session that owes one sees only the code page
    (or, for someone who must enrol and has not, the enrolment pages) in the admin, and
    is anonymous everywhere else (private documents, restricted pages, previews)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or not needs_code(user):
            return None
        if not request.path.startswith(ADMIN_PREFIX):
            request.user = AnonymousUser()
            return None
        url_name = request.resolver_match.url_name if request.resolver_match else None
        if is_enrolled(user):
            if url_name in OPEN_BEFORE_CODE:
                return None
            target = "two_factor_verify"
        else:
            if url_name in OPEN_BEFORE_ENROLMENT:
                return None
            target = "two_factor_enrol"
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
