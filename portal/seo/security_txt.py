"""/.well-known/security.txt (RFC 9116): how to report a vulnerability, from the
mission settings."""

import datetime as dt

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

from portal.core.models import MissionSettings
from portal.core.params import understands

PATH = "/.well-known/security.txt"
# RFC 9116 asks for an expiry under a year away; the file is made on each request (or
# page-cache generation), so it always runs a year ahead and never goes stale.
VALID_FOR = dt.timedelta(days=365)


def security_txt_lines(mission, now: dt.datetime) -> list[str]:
    contacts = []
    if mission.security_email:
        contacts.append(f"mailto:{mission.security_email}")
    if mission.security_url:
        contacts.append(mission.security_url)
    if not contacts:
        return []
    expires = (now + VALID_FOR).astimezone(dt.UTC).replace(microsecond=0)
    lines = [f"Contact: {contact}" for contact in contacts]
    lines.append(f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}")
    lines.append("Preferred-Languages: " + ", ".join(code for code, _ in settings.LANGUAGES))
    lines.append(f"Canonical: {settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{PATH}")
    if mission.security_policy_url:
        lines.append(f"Policy: {mission.security_policy_url}")
    return lines


@require_safe  # GET and HEAD
@understands()
def security_txt(request):
    """404 until a security contact is set: the file must name one (RFC 9116, 2.5.3)."""
    lines = security_txt_lines(MissionSettings.for_request(request), timezone.now())
    if not lines:
        raise Http404("No security contact in the mission settings.")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
