"""What someone locked out by django-axes sees: Wagtail's login page, saying so."""

from axes.helpers import get_cool_off
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.views.account import get_user_login_form

LOCKED_OUT_STATUS = 429


def lockout_message(request) -> str:
    cool_off = get_cool_off(request)
    if not cool_off:
        return _(
            "Too many failed login attempts: this account is locked for your connection. "
            "Ask an administrator to unlock it."
        )
    minutes = max(1, int(cool_off.total_seconds() // 60))
    return ngettext(
        "Too many failed login attempts: try again in %(minutes)d minute, "
        "or ask an administrator to unlock the account.",
        "Too many failed login attempts: try again in %(minutes)d minutes, "
        "or ask an administrator to unlock the account.",
        minutes,
    ) % {"minutes": minutes}


def locked_out_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the login page (429) with the lockout stated above the form."""
    username = (credentials or {}).get("username", "")
    form = get_user_login_form()(request, initial={"username": username})
    return render(
        request,
        "accounts/locked_out.html",
        {
            "form": form,
            "lockout_message": lockout_message(request),
            "next": request.POST.get("next", ""),
        },
        status=LOCKED_OUT_STATUS,
    )
