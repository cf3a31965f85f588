"""Who must log in with a second factor, and whether this session has given it."""

from django.conf import settings
from django_otp import user_has_device

from portal.core.editorial import MODERATORS

# The group that manages newsletter subscribers (issue 11, fault 5); named here so that
# its members need two factors from the moment the group exists.
NEWSLETTER_MANAGERS = "Newsletter managers"
REQUIRED_GROUPS = (MODERATORS, NEWSLETTER_MANAGERS)


def two_factor_required(user) -> bool:
    """True when the user may not use the admin on a password alone."""
    if not settings.PORTAL_2FA_ENFORCED:
        return False
    if settings.PORTAL_REQUIRE_2FA or user.is_superuser:
        return True
    return user.groups.filter(name__in=REQUIRED_GROUPS).exists()


def is_enrolled(user) -> bool:
    """True when the user has a confirmed authenticator (TOTP device)."""
    return user_has_device(user, confirmed=True)


def needs_code(user) -> bool:
    """True when this logged-in session still owes a code: the user has enrolled (then a
    code is always asked for) or must enrol. False for verified sessions."""
    if not user.is_authenticated or user.is_verified():
        return False
    return is_enrolled(user) or two_factor_required(user)
