"""The security headers of everything the portal serves, decided in one place.

The live site's middleware (`SecurityHeadersMiddleware`), the static mirror (`portal
bake` writes them into `_headers` and `_headers.nginx`, and a `<meta>` policy into its
pages) and the nginx configuration `portal nginx_config` prints all take their
headers from `security_headers()`, so no way of serving a page or a file leaves one
out. Values come from Django's own settings (SECURE_HSTS_*, SECURE_REFERRER_POLICY,
SECURE_CROSS_ORIGIN_OPENER_POLICY, X_FRAME_OPTIONS) and PORTAL_CSP, so Django's
SecurityMiddleware and this module never disagree.
"""

from django.conf import settings

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()"
# Documents (uploads served by Wagtail's document view): downloaded, never rendered
# as a page of the site, whatever their content.
DOCUMENT_CSP = "default-src 'none'"
# Directives a <meta> policy may not carry (browsers ignore them there, with a warning).
_NOT_IN_META = ("frame-ancestors", "report-uri", "report-to", "sandbox")


def content_security_policy(*, mirror: bool = False) -> str:
    """PORTAL_CSP; for the mirror, scripts may also compile WebAssembly, which
    Pagefind (its search) needs, and which the live site has no use for."""
    policy = settings.PORTAL_CSP
    if mirror:
        directives = [d.strip() for d in policy.split(";") if d.strip()]
        policy = "; ".join(
            f"{d} 'wasm-unsafe-eval'" if d.split()[0] == "script-src" else d for d in directives
        )
    return policy


def hsts_value() -> str | None:
    """The Strict-Transport-Security value, None when HSTS is off (as Django builds it)."""
    if not settings.SECURE_HSTS_SECONDS:
        return None
    value = f"max-age={settings.SECURE_HSTS_SECONDS}"
    if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
        value += "; includeSubDomains"
    if settings.SECURE_HSTS_PRELOAD:
        value += "; preload"
    return value


def security_headers(*, https: bool = True, mirror: bool = False) -> dict[str, str]:
    """Every security header of a page or a file, by name. `https`: the answer goes
    over HTTPS (HSTS is only sent there); `mirror`: for the static mirror."""
    referrer = settings.SECURE_REFERRER_POLICY
    if not isinstance(referrer, str):
        referrer = ",".join(referrer)
    headers = {
        "Content-Security-Policy": content_security_policy(mirror=mirror),
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": settings.X_FRAME_OPTIONS,
        "Referrer-Policy": referrer,
        "Permissions-Policy": PERMISSIONS_POLICY,
        "Cross-Origin-Opener-Policy": settings.SECURE_CROSS_ORIGIN_OPENER_POLICY,
    }
    hsts = hsts_value() if https else None
    if hsts:
        headers["Strict-Transport-Security"] = hsts
    return headers


def document_headers(*, https: bool = True) -> dict[str, str]:
    """The headers of a document served as a file (the mirror's copies): those of
    Wagtail's document view, which the live site uses."""
    return {
        **security_headers(https=https),
        "Content-Security-Policy": DOCUMENT_CSP,
        "Content-Disposition": "attachment",
    }


def meta_policy(*, mirror: bool = True) -> str:
    """The Content-Security-Policy as a <meta> element may carry it (for pages opened
    from disk or from a server that sends no headers)."""
    directives = [d.strip() for d in content_security_policy(mirror=mirror).split(";")]
    return "; ".join(d for d in directives if d and d.split()[0] not in _NOT_IN_META)


def nginx_add_headers(headers: dict[str, str], indent: str = " " * 8) -> str:
    """nginx `add_header` directives for `headers` (`always`: on error answers too)."""
    lines = []
    for name, value in headers.items():
        if any(c in value for c in '"\\$\n'):
            raise ValueError(f"{name} holds a character nginx would misread: {value!r}")
        lines.append(f'{indent}add_header {name} "{value}" always;')
    return "\n".join(lines)
