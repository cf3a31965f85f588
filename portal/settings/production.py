"""Production: fails closed. What a public site needs to be safe is required from the
environment (docs/deployment.md); nothing falls back to a development default."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env


def required(name: str, example: str) -> str:
    """An environment variable production cannot do without (set, and not empty)."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"{name} must be set in production, e.g. {name}={example} "
            "(in the environment file, see docs/deployment.md)."
        )
    return value


if env("DEBUG"):
    raise ImproperlyConfigured(
        "DEBUG must be off in production: use portal.settings.dev to debug, never on a public site."
    )
DEBUG = False
# base.py has read them; here they must have been given.
required("SECRET_KEY", "<a long random string>")
required("ALLOWED_HOSTS", "mission.example.org")
_site = urlsplit(required("SITE_URL", "https://mission.example.org"))
if _site.scheme not in ("http", "https") or not _site.hostname:
    raise ImproperlyConfigured(
        "SITE_URL must be the site's public address with its scheme, "
        "e.g. SITE_URL=https://mission.example.org"
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS")
SECURE_HSTS_INCLUDE_SUBDOMAINS = env("SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env("SECURE_HSTS_PRELOAD")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_TRUSTED_ORIGINS = [WAGTAILADMIN_BASE_URL]  # noqa: F405
SILENCED_SYSTEM_CHECKS = [
    # X_FRAME_OPTIONS is SAMEORIGIN on purpose (Wagtail's preview, see base.py).
    "security.W019",
    # HSTS for subdomains and preloading are opt-in (SECURE_HSTS_INCLUDE_SUBDOMAINS,
    # SECURE_HSTS_PRELOAD): they bind every host of the parent domain, which the
    # mission may not own alone.
    "security.W005",
    "security.W021",
]
