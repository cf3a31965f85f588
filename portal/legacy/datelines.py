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

DAY, MONTH, YEAR = "day", "month", "year"

_MONTH_FORMS = {
    1: ["January", "Jan", "январь", "января", "январе", "январи"],
    2: ["February", "Feb", "февраль", "февраля", "феврале", "феврали"],
    3: ["March", "Mar", "март", "марта", "марте", "марти"],
    4: ["April", "Apr", "апрель", "апреля", "апреле", "апрели"],
    5: ["May", "май", "мая", "мае", "майи"],
    6: ["June", "Jun", "июнь", "июня", "июне", "июни"],
    7: ["July", "Jul", "июль", "июля", "июле", "июли"],
    8: ["August", "Aug", "август", "августа", "августе", "августи"],
    9: ["September", "Sept", "Sep", "сентябрь", "сентября", "сентябре", "сентябри"],
    10: ["October", "Oct", "октябрь", "октября", "октябре", "октябри"],
    11: ["November", "Nov", "ноябрь", "ноября", "ноябре", "ноябри"],
    12: ["December", "Dec", "декабрь", "декабря", "декабре", "декабри"],
}
MONTHS: dict[str, int] = {}
for _number, _forms in _MONTH_FORMS.items():
    for _form in _forms:
        MONTHS[_form] = _number
        MONTHS[_form.capitalize()] = _number
        if not _form.isascii():
            MONTHS[_form.upper()] = _number
# English month names are matched capitalized only ("may" is a verb); the
# abbreviations may carry a full stop.
_M = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")(?![\w])\.?"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|-?(?:го|е|ое))?(?!\d)"
_Y = r"(?:соли\s+)?(?:1[89]\d\d|20\d\d)(?!\d)(?:\s*(?:г\.|гг\.|года|году|год|г(?![\w])|с\.))?"
_RS = r"\s*(?:[-–—]|to|until|till|по|до|and|и)\s*"

_DATE_PATTERNS = [
    # 29 June – 2 July 2021, 29 июня – 2 июля 2021 г.
    rf"(?P<d1>{_D})\s+(?P<m1>{_M}){_RS}(?P<d2>{_D})\s+(?P<m2>{_M})(?:,?\s+(?P<y>{_Y}))?",
    # с 19 по 21 июня 2013 г.
    rf"(?:[сС]\s+)(?P<d1>{_D}){_RS}(?P<d2>{_D})\s+(?P<m1>{_M})(?:,?\s+(?P<y>{_Y}))?",
    # 29 January 2021, 2-3 September 2013, 31 March
    rf"(?P<d1>{_D})(?:{_RS}(?P<d2>{_D}))?\s+(?P<m1>{_M})(?:,?\s+(?P<y>{_Y}))?",
    # June 29 – July 2, 2021
    rf"(?P<m1>{_M})\s+(?P<d1>{_D}){_RS}(?P<m2>{_M})\s+(?P<d2>{_D})(?:,?\s+(?P<y>{_Y}))?",
    # September 2-3, 2013; June 19th-21st, 2013; March 31
    rf"(?P<m1>{_M})\s+(?P<d1>{_D})(?:{_RS}(?P<d2>{_D}))?(?:,?\s+(?P<y>{_Y}))?",
    # December 2019, декабре 2019 г.
    rf"(?P<m1>{_M}),?\s+(?P<y>{_Y})",
]
_DATE_RES = [re.compile(p) for p in _DATE_PATTERNS]
_DATE_START = re.compile(rf"\d|{_M}|[сС]\s+\d")
_YEAR_ONLY = re.compile(rf"(?P<y>{_Y})")

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
    rf"(?=\s*(?:,|[-–—])\s*(?:\d|{_M}))"
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
class DateValue:
    date: datetime.date | None
    date_end: datetime.date | None
    precision: str | None
    year_missing: bool = False
    month: int | None = None  # kept when the year is missing, for inference
    day: int | None = None
    end_month: int | None = None
    end_day: int | None = None

    def with_year(self, year: int) -> "DateValue":
        """The date completed with `year` (for a date written without one)."""
        start = _safe_date(year, self.month, self.day or 1)
        end = _safe_date(year, self.end_month, self.end_day) if self.end_day else None
        if start and end and end < start:
            start = _safe_date(year - 1, self.month, self.day or 1)
        if start is None:
            return self
        return replace(self, date=start, date_end=end, year_missing=False)


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


def _safe_date(year, month, day):
    try:
        return datetime.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _day(text):
    return int(re.match(r"\d+", text).group())


def _year(text):
    return int(re.search(r"\d{4}", text).group())


def _month(text):
    return MONTHS.get(text.rstrip("."))


def _value(match) -> DateValue | None:
    groups = match.groupdict()
    m1 = _month(groups["m1"]) if groups.get("m1") else None
    m2 = _month(groups["m2"]) if groups.get("m2") else None
    d1 = _day(groups["d1"]) if groups.get("d1") else None
    d2 = _day(groups["d2"]) if groups.get("d2") else None
    year = _year(groups["y"]) if groups.get("y") else None
    if m1 is None:
        return None
    end_month = m2 or (m1 if d2 else None)
    if d2 is not None and d1 is not None and end_month == m1 and d2 <= d1:
        return None  # "2-1 March" is no range
    if year is None:
        if d1 is None:
            return None  # a bare month name is not a date
        if _safe_date(2000, m1, d1) is None or (d2 and _safe_date(2000, end_month, d2) is None):
            return None
        return DateValue(None, None, DAY, True, m1, d1, end_month, d2)
    if d1 is None:
        return DateValue(datetime.date(year, m1, 1), None, MONTH, month=m1)
    start = _safe_date(year, m1, d1)
    end = _safe_date(year, end_month, d2) if d2 else None
    if start is None or (d2 and end is None):
        return None
    if end and end < start:  # 29 December – 2 January 2021
        start = _safe_date(year - 1, m1, d1)
    return DateValue(start, end, DAY, month=m1, day=d1, end_month=end_month, end_day=d2)


def match_date(text: str, pos: int = 0, allow_year_only: bool = False):
    """(DateValue, end position) for a date written at `pos`, else None."""
    if not allow_year_only and not _DATE_START.match(text, pos):
        return None  # most text does not start with a date: one cheap test first
    for regex in _DATE_RES:
        match = regex.match(text, pos)
        if match:
            value = _value(match)
            if value is not None:
                return value, match.end()
    if allow_year_only:
        match = _YEAR_ONLY.match(text, pos)
        if match:
            return DateValue(datetime.date(_year(match.group("y")), 1, 1), None, YEAR), match.end()
    return None


def find_dates(text: str):
    """Every date written anywhere in `text`, as (DateValue, start, end)."""
    found = []
    pos = 0
    starts = re.compile(rf"(?<![\w])(?:{_D}|{_M}|[сС]\s+\d)")
    while True:
        match = starts.search(text, pos)
        if not match:
            return found
        hit = match_date(text, match.start())
        if hit:
            found.append((hit[0], match.start(), hit[1]))
            pos = hit[1]
        else:
            pos = match.end()


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
    if not place_match or first_word in _NOT_PLACES or _month(first_word):
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
    if dash:
        return _dateline(place, None, probe, dash.end(), True, place)
    return None


def _date_first(probe: str, text: str) -> Dateline | None:
    """A date first, maybe after "On", "In", "From", "В", "С"..., maybe followed by
    "in Place"."""
    lead_in = _LEAD_IN.match(probe)
    prefix = _PREFIX.match(probe, lead_in.end())
    pos = prefix.end() if prefix else lead_in.end()
    hit = match_date(probe, pos)
    if not hit and prefix:
        year = _YEAR_ONLY.match(probe, pos)
        if year and probe[year.end() : year.end() + 1] == ",":  # "In 2019, ..."
            hit = DateValue(datetime.date(_year(year.group("y")), 1, 1), None, YEAR), year.end()
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


def iso(value: datetime.date | None, precision: str | None) -> str | None:
    if value is None:
        return None
    if precision == YEAR:
        return f"{value.year:04d}"
    if precision == MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
