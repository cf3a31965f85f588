"""The security headers of the mirror, from `core.security_headers` like the live
site's: written into every bake for the server that hosts it (`_headers` for Netlify
and Cloudflare Pages, `_headers.nginx` to include in an nginx location), and as
<meta> elements in its pages for a copy opened from disk or served without headers."""

from django.utils.html import format_html

from portal.core.security_headers import (
    document_headers,
    meta_policy,
    nginx_add_headers,
    security_headers,
)

from . import html as markup
from .output import MirrorFolder

HEADER_FILES = ("_headers", "_headers.nginx")


def netlify_headers() -> str:
    """`_headers`: every file, then documents (downloads that cannot run anything)."""
    rules = [("/*", security_headers(mirror=True)), ("/documents/*", document_headers())]
    return "".join(
        path + "\n" + "".join(f"  {name}: {value}\n" for name, value in headers.items())
        for path, headers in rules
    )


def write_header_files(folder: MirrorFolder):
    folder.write("_headers", netlify_headers().encode())
    folder.write(
        "_headers.nginx", (nginx_add_headers(security_headers(mirror=True), "") + "\n").encode()
    )


def head_meta() -> str:
    """The policies a page can carry itself."""
    return format_html(
        '<meta http-equiv="Content-Security-Policy" content="{}">'
        '<meta name="referrer" content="{}">',
        meta_policy(mirror=True),
        security_headers(mirror=True)["Referrer-Policy"],
    )


def with_head_meta(text: str) -> str:
    return markup.insert_in_head(text, head_meta())
