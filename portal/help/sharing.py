"""A service in a few words that fit one text message: name, phone, hours, place.

Readers forward services to relatives by SMS or a messenger; the service page shows
this text to copy and an `sms:` link that opens the phone's messaging app with it.
"""

from urllib.parse import quote

from . import hours

SMS_LENGTH = 160


def short_text(service, url: str = "") -> str:
    """At most SMS_LENGTH characters: the parts that do not fit are left out, least
    needed first (the address, the link, the hours), never the phone (a long name is shortened)."""
    name = service.title
    phone = service.first_phone
    essential = [name, phone] if phone else [name]
    optional = [
        hours.format_hours(service.intervals),
        service.place.name if service.place else "",
        url,
    ]
    parts = essential + [part for part in optional if part]
    while len(" · ".join(parts)) > SMS_LENGTH and len(parts) > len(essential):
        parts.pop()  # the last optional part: the link first, then the place, the hours
    text = " · ".join(parts)
    if len(text) > SMS_LENGTH:  # the name alone is too long: shorten it, keep the phone
        rest = " · ".join(parts[1:])
        room = SMS_LENGTH - len(rest) - len(" · ") - 1 if rest else SMS_LENGTH - 1
        text = " · ".join([name[:room].rstrip() + "…", *parts[1:]])
    return text


def sms_href(text: str) -> str:
    """An `sms:` link with the text as its body (the recipient left for the reader)."""
    return "sms:?&body=" + quote(text)
