from django.shortcuts import render
from django.utils.translation import gettext as _


def rate_limited(request, exception=None):
    """Shown when a reader sends a form too often (django-ratelimit)."""
    return render(
        request,
        "core/rate_limited.html",
        {"message": _("Too many requests. Please wait a few minutes and try again.")},
        status=429,
    )
