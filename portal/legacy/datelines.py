"""Datelines of the old site, in English and Russian (and Tajik month names).

Shapes seen: "Dushanbe, 29 January 2021.", "On 3 March 2021, ...", "18 December 2020 -
...", "Bishkek – September 2-3, 2013.", "From June 19th-21st, 2013", "In December 2019,
...", "On 31 March, ..." (no year), "15 August 2013, in ...", "Geneva - ..." (place
only), "Gharm, Rasht Valley, 27 January 2021." (place and region), "Душанбе, 29 января
2021 г.", "3 марта 2021 года", "в декабре 2019 г."; and a Joomla template's date line,
"Friday, 29 January 2021 10:15".

A date keeps the precision it was written with and is never invented: without a year
the parser says so (`year_missing`) and the caller may complete it from the
surrounding items, flagging it as inferred.
"""

import datetime
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .dates import (
    DAY,
    MONTH_PATTERN,
    YEAR_ONLY,
    DateValue,
    match_date,
    month_number,
    year_of,
)
from .dates import MONTH as MONTH  # where callers have always found them
from .dates import YEAR as YEAR
from .dates import find_dates as find_dates
from .dates import iso as iso

_PREFIX = re.compile(r"(?:On|From|In|Since|Between|As of|С|с|В|в|Во|во|От|от|Аз|аз|Дар|дар)\s+")
_WEEKDAYS = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Понедельник",
    "Вторник",
    "Среда",
    "Четверг",
    "Пятница",
    "Суббота",
    "Воскресенье",
]
# What a Joomla template puts before the date of an article: "Published on Friday, ".
# (Tajik weekdays are left out: "Душанбе" is Monday, and the capital.)
_LEAD_IN = re.compile(
    r"(?:(?:Published|Created|Written)(?: on)?:?\s+|(?:Опубликовано|Создано|Дата)(?::|\s)\s*)?"
    rf"(?:(?:{'|'.join(_WEEKDAYS)}),?\s+)?",
    re.I,
)
_TIME = re.compile(r"\s+(?:at\s+|в\s+)?\d{1,2}:\d{2}(?::\d{2})?")
_PLACE = r"[A-ZА-ЯЁӢӮҲҚҶҒ][\w’'.\-]*(?:(?:\s+|\s*/\s*)[A-ZА-ЯЁӢӮҲҚҶҒ][\w’'.\-]*){0,3}"
_PLACE_RE = re.compile(rf"(?P<place>{_PLACE})")
# "Gharm, Rasht Valley, 27 January 2021.": a region between the place and the date
# (its later words may be lower case: "Раштская долина").
_REGION_RE = re.compile(
    rf"(?P<region>[A-ZА-ЯЁӢӮҲҚҶҒ][\w’'.\-]*(?:\s+[^\W\d][\w’'.\-]*){{0,3}})"
    rf"(?=\s*(?:,|[-–—])\s*(?:\d|{MONTH_PATTERN}))"
)
_DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")
_SEP = re.compile(r"\s*(?:,|[-–—])\s*")
# What follows a detached dateline: a full stop, a dash or a colon, then the text.
_DETACHED_END = re.compile(r"\s*(?:\.|:|\s[-–—]|[–—])\s*")
_AFTER = re.compile(r"\s*(?:[.:,]|[-–—])?\s*")
_IN_PLACE = re.compile(rf",?\s+(?:in|в|во|дар)\s+(?P<place>{_PLACE})")
_NOT_PLACES = {
    "On",
    "In",
    "From",
    "The",
    "A",
    "An",
    "This",
    "That",
    "Today",
    "Yesterday",
    "Since",
    "When",
    "As",
    "At",
    "After",
    "Before",
    "During",
    "With",
    "We",
    "It",
    "He",
    "She",
    "They",
    "Сегодня",
    "В",
    "На",
    "С",
    "По",
    "Это",
    "Мы",
    "Как",
    *_WEEKDAYS,
}


@dataclass(frozen=True)
class Dateline:
    place: str | None = None
    region: str | None = None  # "Gharm, Rasht Valley, ...": the region named with the place
    date: datetime.date | None = None
    date_end: datetime.date | None = None
    precision: str | None = None
    inferred: bool = False
    year_missing: bool = False
    rest: str = ""  # the paragraph without the dateline, when it stood apart
    detached: bool = False  # the dateline stood apart from the sentence ("Geneva - ...")
    text: str = ""  # the dateline as written
    month: int | None = None
    day: int | None = None
    end_month: int | None = None
    end_day: int | None = None

    @property
    def found(self) -> bool:
        return bool(self.place or self.date or self.year_missing)

    def complete(self, year: int) -> "Dateline":
        value = DateValue(
            None, None, DAY, True, self.month, self.day, self.end_month, self.end_day
        ).with_year(year)
        if value.date is None:
            return self
        return replace(
            self, date=value.date, date_end=value.date_end, year_missing=False, inferred=True
        )


_REPEATED = re.compile(r"(.{6,60}?)\s+\1")


def _dedupe_prefix(text: str) -> str:
    """'From June 19th-21st From June 19th-21st, 2013 ...': a phrase pasted twice."""
    match = _REPEATED.match(text)
    return text[match.end(1) :].lstrip() if match else text


def _dateline(
    place, value: DateValue | None, text, end, detached, written, region=None
) -> Dateline:
    rest = text[end:].lstrip() if detached else text
    if value is None:
        return Dateline(place=place, rest=rest, detached=detached, text=written)
    return Dateline(
        place=place,
        region=region,
        date=value.date,
        date_end=value.date_end,
        precision=value.precision if (value.date or value.year_missing) else None,
        year_missing=value.year_missing,
        rest=rest,
        detached=detached,
        text=written,
        month=value.month,
        day=value.day,
        end_month=value.end_month,
        end_day=value.end_day,
    )


@lru_cache(maxsize=4096)  # a line is parsed when classified and again when segmented
def parse_dateline(text: str) -> Dateline:
    """The dateline at the start of a paragraph (place, date, precision), if any.

    `rest` is the paragraph without the dateline when the dateline stood apart
    ("Geneva - As the world ..." gives "As the world ..."); a dateline that is part of
    the sentence ("On 3 March 2021, the ministry ...") stays in it.
    """
    stripped = text.strip()
    if not stripped:
        return Dateline(rest=text)
    probe = _dedupe_prefix(stripped)
    return _place_first(probe) or _date_first(probe, stripped) or Dateline(rest=text)


def _place_first(probe: str) -> Dateline | None:
    """Place, then date: "Dushanbe, 29 January 2021." / "Bishkek – September 2-3,
    2013."; or a place alone before a dash: "Geneva - As the world ..."."""
    place_match = _PLACE_RE.match(probe)
    first_word = place_match.group("place").split()[0] if place_match else ""
    if not place_match or first_word in _NOT_PLACES or month_number(first_word):
        return None
    place = place_match.group("place").rstrip(".")
    sep = _SEP.match(probe, place_match.end())
    hit = match_date(probe, sep.end()) if sep else None
    region = None
    if not hit and sep and "," in sep.group():
        region_match = _REGION_RE.match(probe, sep.end())
        after_region = _SEP.match(probe, region_match.end()) if region_match else None
        hit = match_date(probe, after_region.end()) if after_region else None
        region = region_match.group("region") if hit else None
    if hit:
        value, end = hit
        stop = _AFTER.match(probe, end).end()
        return _dateline(place, value, probe, stop, True, probe[:end].strip(), region)
    dash = _DASH.match(probe, place_match.end())
    if not dash:
        return None
    sentence = probe[dash.end() :]
    dated = _date_first(sentence, sentence)
    if dated and (dated.date or dated.year_missing):  # "Dushanbe – On 3 March 2021, ..."
        written = probe[: dash.end() + len(dated.text)].strip()
        return replace(dated, place=place, detached=True, rest=sentence, text=written)
    return _dateline(place, None, probe, dash.end(), True, place)


def _date_first(probe: str, text: str) -> Dateline | None:
    """A date first, maybe after "On", "In", "From", "В", "С"..., maybe followed by
    "in Place"."""
    lead_in = _LEAD_IN.match(probe)
    prefix = _PREFIX.match(probe, lead_in.end())
    pos = prefix.end() if prefix else lead_in.end()
    hit = match_date(probe, pos)
    if not hit and prefix:
        year = YEAR_ONLY.match(probe, pos)
        if year and probe[year.end() : year.end() + 1] == ",":  # "In 2019, ..."
            hit = DateValue(datetime.date(year_of(year.group("y")), 1, 1), None, YEAR), year.end()
    if not hit:
        return None
    value, end = hit
    time = _TIME.match(probe, end)
    end = time.end() if time else end
    written = probe[:end].strip()
    in_place = _IN_PLACE.match(probe, end)
    place = re.sub(r"[’']s$", "", in_place.group("place").split()[0]) if in_place else None
    tail = _DETACHED_END.match(probe, end)
    if tail and not prefix:
        return _dateline(place, value, probe, tail.end(), True, written)
    return _dateline(place, value, text, end, False, written)


def dateline_alone(text: str) -> Dateline | None:
    """The dateline when it is the whole line ("Dushanbe, 27 January 2021.", "Friday,
    29 January 2021 10:15"), with a date; None otherwise."""
    dateline = parse_dateline(text)
    if not (dateline.date or dateline.year_missing) or not dateline.text:
        return None
    probe = _dedupe_prefix(text.strip())
    if not probe.startswith(dateline.text):
        return None
    return dateline if not probe[len(dateline.text) :].strip(" .,:;–—-") else None
