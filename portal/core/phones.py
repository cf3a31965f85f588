"""Phone numbers as readers can tap them: `tel:` links that never break mid-number.

Editors type phones as they would print them ("+992 37 221 00 00, +992 37 221 00 01",
"+992 44 600 00 00 (hotline)"); each number found in such a text becomes a link whose
href keeps only the digits and a leading "+".
"""

import re
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join

# A number: an optional "+", then digits with spaces, dots, dashes or brackets between
# them; at least six digits, so that "3rd floor" or "ext. 12" stay text.
_NUMBER = re.compile(r"\+?\(?\d(?:[\d\s().\-\u00a0\u202f]*\d)?")
_SEPARATORS = re.compile(r"\s*[,;]\s*|\s*\n\s*")


@dataclass(frozen=True)
class Phone:
    number: str  # as the editor typed it
    before: str = ""  # words around the number, such as "(hotline)"
    after: str = ""

    @property
    def href(self) -> str:
        return "tel:" + tel_digits(self.number)


def tel_digits(number: str) -> str:
    """ "+992 (37) 221-00-00" -> "+992372210000"."""
    digits = re.sub(r"\D", "", number)
    return f"+{digits}" if number.strip().startswith("+") else digits


def parse_phones(text: str) -> list[Phone]:
    """The numbers in an editor's phone field, in order, with the words around each."""
    phones = []
    for part in _SEPARATORS.split(text or ""):
        part = part.strip()
        if not part:
            continue
        match = next(
            (m for m in _NUMBER.finditer(part) if len(re.sub(r"\D", "", m.group())) >= 6), None
        )
        if match is None:
            if phones:  # words that belong to the number before ("ext. 12")
                last = phones[-1]
                phones[-1] = Phone(last.number, last.before, f"{last.after}, {part}".lstrip(", "))
            continue
        phones.append(
            Phone(match.group().strip(), part[: match.start()].strip(), part[match.end() :].strip())
        )
    return phones


def phone_links(text: str):
    """HTML: each number a `tel:` link that does not wrap, separated by commas."""

    def one(phone: Phone):
        link = format_html('<a class="tel" href="{}">{}</a>', phone.href, phone.number)
        before = format_html("{} ", phone.before) if phone.before else ""
        after = format_html(" {}", phone.after) if phone.after else ""
        return format_html("{}{}{}", before, link, after)

    return format_html_join(", ", "{}", ((one(phone),) for phone in parse_phones(text)))
