"""`portal nginx_config`: the nginx server block docs/deployment.md describes, with the
security headers of `core.security_headers` (the same the app and the mirror send)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template.loader import render_to_string

from portal.core.security_headers import nginx_add_headers, security_headers

INDENT = " " * 8
PROXY = [
    "proxy_pass http://portal;",
    "proxy_http_version 1.1;",
    'proxy_set_header Connection "";',
    "proxy_set_header Host $host;",
    # The app trusts these only from the proxies in FORWARDED_ALLOW_IPS.
    "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
    "proxy_set_header X-Forwarded-Proto $scheme;",
]


def add_header_lines(headers: dict[str, str]) -> str:
    try:
        return nginx_add_headers(headers, INDENT)
    except ValueError as error:
        raise CommandError(str(error)) from error


def nginx_config(
    *,
    server_name: str,
    upstreams: list[str],
    static_root: str,
    media_root: str,
    mirror_root: str = "",
    listen: str = "443",
    http_listen: str = "80",
    certificate: str = "",
    certificate_key: str = "",
) -> str:
    certificates = f"/etc/letsencrypt/live/{server_name}"
    context = {
        "server_name": server_name,
        "upstreams": upstreams,
        "static_root": static_root.rstrip("/"),
        "media_root": media_root.rstrip("/"),
        "mirror_root": mirror_root.rstrip("/"),
        "listen": listen,
        "http_listen": http_listen,
        "certificate": certificate or f"{certificates}/fullchain.pem",
        "certificate_key": certificate_key or f"{certificates}/privkey.pem",
        "file_headers": add_header_lines(security_headers(https=True)),
        "mirror_headers": add_header_lines(security_headers(https=True, mirror=True)),
        "proxy": "\n".join(INDENT + line for line in PROXY),
    }
    return render_to_string("core/nginx.conf", context).strip() + "\n"


class Command(BaseCommand):
    help = (
        "Print the nginx configuration of the site (TLS, static and media files, the "
        "app servers, optionally the static mirror) with the portal's security headers."
    )

    def add_arguments(self, parser):
        parser.add_argument("--server-name", help="Host name (default: the host of SITE_URL).")
        parser.add_argument(
            "--upstream",
            action="append",
            help="An app server, HOST:PORT; repeat for several (default 127.0.0.1:8000).",
        )
        parser.add_argument("--static-root", help="Default: STATIC_ROOT.")
        parser.add_argument("--media-root", help="Default: MEDIA_ROOT.")
        parser.add_argument(
            "--mirror-root",
            help="Serve anonymous readers from this static mirror (default: MIRROR_ROOT).",
        )
        parser.add_argument("--listen", default="443", help="HTTPS address (default 443).")
        parser.add_argument(
            "--http-listen",
            default="80",
            help="Plain-HTTP address that redirects to HTTPS (default 80; empty: none).",
        )
        parser.add_argument("--certificate", help="Default: Let's Encrypt's fullchain.pem.")
        parser.add_argument("--certificate-key", help="Default: Let's Encrypt's privkey.pem.")

    def handle(self, *args, **options):
        server_name = options["server_name"] or urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname
        mirror_root = options["mirror_root"]
        self.stdout.write(
            nginx_config(
                server_name=server_name,
                upstreams=options["upstream"] or ["127.0.0.1:8000"],
                static_root=options["static_root"] or str(settings.STATIC_ROOT),
                media_root=options["media_root"] or str(settings.MEDIA_ROOT),
                mirror_root=settings.MIRROR_ROOT if mirror_root is None else mirror_root,
                listen=options["listen"],
                http_listen=options["http_listen"],
                certificate=options["certificate"] or "",
                certificate_key=options["certificate_key"] or "",
            ),
            ending="",
        )
