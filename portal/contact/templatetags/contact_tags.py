"""Show an e-mail address to people, not to harvesters.

The address is XOR-ed with a key made fresh on every render and both are base64
encoded, so the page source holds neither the address, an "@", nor "mailto:".
static/js/contact-reveal.js decodes it when the reader asks for it.
"""

import base64
import secrets

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


def encode_email(address: str, key: bytes | None = None) -> tuple[str, str]:
    """(key, value), both base64; XOR-ing the decoded value with the key gives the address."""
    data = address.encode("utf-8")
    key = key or secrets.token_bytes(16)
    mixed = bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
    return base64.b64encode(key).decode("ascii"), base64.b64encode(mixed).decode("ascii")


def decode_email(key: str, value: str) -> str:
    """What the JavaScript does; used by the tests."""
    raw_key, mixed = base64.b64decode(key), base64.b64decode(value)
    return bytes(b ^ raw_key[i % len(raw_key)] for i, b in enumerate(mixed)).decode("utf-8")


@register.simple_tag
def obfuscated_email(address, label=None):
    """A hidden button that contact-reveal.js unhides and turns into a mailto link."""
    if not address:
        return ""
    key, value = encode_email(str(address))
    return format_html(
        '<button type="button" class="button reveal-email" hidden data-k="{}" data-v="{}">'
        "{}</button>",
        key,
        value,
        label or _("Show e-mail address"),
    )
