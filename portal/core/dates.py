"""Dates that know their precision: a day, a month, or only a year.

The old site dated items as "29 January 2021", "In December 2019" or just "2013";
the portal keeps that precision instead of inventing a day.
"""

import datetime

from django.db import models
from django.utils import dateformat, translation
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


# Russian and Tajik decline the month after a day number ("29 января"), hence "E".
_DAY_FORMATS = {"en": "j F Y", "ru": "j E Y", "tg": "j E Y"}
_MONTH_FORMAT = "F Y"
_YEAR_FORMAT = "Y"


def format_partial_date(
    value: datetime.date | None, precision: str = DatePrecision.DAY, language: str | None = None
) -> str:
    """Format `value` no more precisely than `precision`, in `language` (default: active)."""
    if value is None:
        return ""
    language = language or translation.get_language() or "en"
    with translation.override(language):
        if precision == DatePrecision.YEAR:
            return dateformat.format(value, _YEAR_FORMAT)
        if precision == DatePrecision.MONTH:
            text = dateformat.format(value, _MONTH_FORMAT)
            # Russian and Tajik write month names in lower case ("январь 2021").
            return text if language.startswith("en") else text[:1].lower() + text[1:]
        fmt = _DAY_FORMATS.get(language.split("-")[0], _DAY_FORMATS["en"])
        return dateformat.format(value, fmt)


def iso_partial_date(value: datetime.date | None, precision: str = DatePrecision.DAY) -> str:
    """ISO 8601 truncated to the precision: "2021", "2021-01" or "2021-01-29"."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def format_date_range(
    start: datetime.date | None,
    end: datetime.date | None,
    precision: str = DatePrecision.DAY,
    language: str | None = None,
) -> str:
    """A dateline for one day or several: "2–3 September 2013", "29 June – 2 July 2021"."""
    if start is None:
        return ""
    if end is None or end == start or precision != DatePrecision.DAY:
        return format_partial_date(start, precision, language)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_partial_date(end, precision, language)}"
    first = format_partial_date(start, precision, language)
    if start.year == end.year:
        first = first.rsplit(" ", 1)[0]
    return f"{first} – {format_partial_date(end, precision, language)}"
