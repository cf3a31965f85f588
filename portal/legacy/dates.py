"""Dates as the old site wrote them, in English, Russian and Tajik: "29 January 2021",
"September 2-3, 2013", "29 июня – 2 июля 2021 г.", "с 19 по 21 июня 2013 г.", "декабре
2019 г.", "29 январи соли 2021", "27.01.2021", and "31 March" without a year. Each keeps
the precision it was written with (day, month or year); a date without a year says so
(`year_missing`) instead of guessing one. `datelines` finds them where a dateline stands.
"""

import datetime
import re
from dataclasses import dataclass, replace

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
MONTH_PATTERN = _M  # a month's name, for patterns elsewhere
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
YEAR_ONLY = re.compile(rf"(?P<y>{_Y})")
# 27.01.2021, 27.01.2021 г.: day, month and year in figures, as Russian texts write them.
_NUMERIC = re.compile(
    r"(?P<d>[12]\d|3[01]|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>1[89]\d\d|20\d\d)(?!\d)"
    r"(?:\s*(?:г\.|года|г(?![\w])))?"
)


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


def _safe_date(year, month, day):
    try:
        return datetime.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _day(text):
    return int(re.match(r"\d+", text).group())


def year_of(text) -> int:
    return int(re.search(r"\d{4}", text).group())


def month_number(text) -> int | None:
    return MONTHS.get(text.rstrip("."))


def _value(match) -> DateValue | None:
    groups = match.groupdict()
    m1 = month_number(groups["m1"]) if groups.get("m1") else None
    m2 = month_number(groups["m2"]) if groups.get("m2") else None
    d1 = _day(groups["d1"]) if groups.get("d1") else None
    d2 = _day(groups["d2"]) if groups.get("d2") else None
    year = year_of(groups["y"]) if groups.get("y") else None
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
    numeric = _NUMERIC.match(text, pos)
    if numeric:
        day, month = int(numeric.group("d")), int(numeric.group("m"))
        start = _safe_date(numeric.group("y"), month, day)
        if start:
            return DateValue(start, None, DAY, month=month, day=day), numeric.end()
    for regex in _DATE_RES:
        match = regex.match(text, pos)
        if match:
            value = _value(match)
            if value is not None:
                return value, match.end()
    if allow_year_only:
        match = YEAR_ONLY.match(text, pos)
        if match:
            return DateValue(
                datetime.date(year_of(match.group("y")), 1, 1), None, YEAR
            ), match.end()
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


def iso(value: datetime.date | None, precision: str | None) -> str | None:
    if value is None:
        return None
    if precision == YEAR:
        return f"{value.year:04d}"
    if precision == MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
