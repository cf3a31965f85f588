"""The portal's own deployment checks (`portal check --deploy`), beside Django's."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def check_allowed_hosts(app_configs, **kwargs):
    """A wildcard host lets any Host header through: links in e-mails, feeds and
    password resets could then name an attacker's domain."""
    messages = []
    for host in settings.ALLOWED_HOSTS:
        if "*" in host:
            messages.append(
                Error(
                    f"ALLOWED_HOSTS holds the wildcard {host!r}.",
                    hint="List the site's host names, e.g. ALLOWED_HOSTS=mission.example.org",
                    id="portal.E001",
                )
            )
        elif host.startswith("."):
            messages.append(
                Warning(
                    f"ALLOWED_HOSTS holds {host!r}, which accepts every subdomain.",
                    hint="List the host names the site answers to.",
                    id="portal.W001",
                )
            )
    return messages


@register(Tags.security, deploy=True)
def check_site_url(app_configs, **kwargs):
    if urlsplit(settings.WAGTAILADMIN_BASE_URL).scheme != "https":
        return [
            Warning(
                f"SITE_URL ({settings.WAGTAILADMIN_BASE_URL}) is not an https:// address: "
                "links in e-mails and feeds would send readers over plain HTTP.",
                id="portal.W002",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_forwarded_allow_ips(app_configs, **kwargs):
    if any("*" in address for address in settings.FORWARDED_ALLOW_IPS):
        return [
            Warning(
                "FORWARDED_ALLOW_IPS trusts every peer: anyone reaching the app server "
                "could claim any client address or HTTPS.",
                hint="Name the proxy in front of the app servers, e.g. FORWARDED_ALLOW_IPS=10.0.0.5",
                id="portal.W003",
            )
        ]
    return []
