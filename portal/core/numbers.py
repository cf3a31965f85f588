"""Numbers written the way each language writes them, after CLDR (through Babel):
"520,000" and "32.8" in English, "520 000" and "32,8" in Russian and Tajik (with a
no-break space, so that a number never breaks across lines).

Counts come as integers; key figures come as text typed by an editor ("520,000",
"32.8", "More than 30"), whose numbers are read and written again in the language.
"""

import re
from decimal import Decimal, InvalidOperation

from babel.numbers import format_decimal
from django.utils import translation

_SPACES = "\u00a0\u202f\u2009 "
# One number as an editor may type it: digits grouped by thousands with commas
# ("520,000.5") or spaces ("520 000,5"), or plain digits with a decimal mark.
_NUMBER = re.compile(
    rf"(?<![\d.,])(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
    rf"|\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:,\d+)?"
    rf"|\d+[.,]\d+|\d{{5,}})(?![\d])"
)


def _language(language: str | None) -> str:
    return (language or translation.get_language() or "en").split("-")[0]


def format_number(value, language: str | None = None) -> str:
    """An integer or decimal in the reader's language (default: the active one)."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return format_decimal(number, locale=_language(language), decimal_quantization=False)


def _read(token: str) -> Decimal | None:
    """The value of one typed number; a comma before exactly three digits groups
    thousands, any other comma is a decimal mark ("32,8")."""
    compact = re.sub(f"[{_SPACES}]", "", token)
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", compact):
        compact = compact.replace(",", "")
    else:
        compact = compact.replace(",", ".")
    try:
        return Decimal(compact)
    except InvalidOperation:
        return None


def localize_numbers(text: str, language: str | None = None) -> str:
    """`text` with every grouped, decimal or long number written for `language`.
    Short plain integers (a year, "45") are left as typed."""
    if not text:
        return text or ""
    language = _language(language)

    def replace(match):
        value = _read(match.group())
        return match.group() if value is None else format_number(value, language)

    return _NUMBER.sub(replace, str(text))
