"""Contact channels as links a phone opens: tel:, WhatsApp, Telegram, Viber, Signal.

Links to the messengers' own addresses (wa.me, t.me, signal.me) and app schemes
(viber://) are plain links: nothing is loaded from those hosts unless the reader taps.
"""

import re
from urllib.parse import quote

from portal.core.phones import tel_digits

from .choices import Channel

_USERNAME = re.compile(r"^@?([A-Za-z][A-Za-z0-9_]{3,31})$")


def international(number: str) -> str:
    """Digits of a number in international form, without "+" ("+992 37…" -> "99237…")."""
    return tel_digits(number).lstrip("+")


def channel_href(kind: str, value: str) -> str:
    """Where tapping the channel leads; "" when it has no link (IMO has no public one)."""
    value = (value or "").strip()
    if not value:
        return ""
    if kind == Channel.PHONE:
        return "tel:" + tel_digits(value)
    if kind == Channel.WHATSAPP:
        return f"https://wa.me/{international(value)}"
    if kind == Channel.TELEGRAM:
        username = _USERNAME.match(value)
        if username:
            return f"https://t.me/{username.group(1)}"
        return f"https://t.me/+{international(value)}"
    if kind == Channel.VIBER:
        return "viber://chat?number=" + quote("+" + international(value))
    if kind == Channel.SIGNAL:
        return f"https://signal.me/#p/+{international(value)}"
    if kind == Channel.WEBSITE:
        return value if value.startswith(("https://", "http://")) else ""
    return ""
