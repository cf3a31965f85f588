"""Opening hours: is a service open at a given moment, and when does that change.

Pure functions over plain values, so they are tested without a database. A service's
hours are intervals of wall-clock time on weekdays in the service's own time zone:
two intervals on one day make a lunch break (09:00–13:00, 14:00–18:00); an interval
that closes at or before it opens runs past midnight (22:00–02:00); 00:00–00:00 is
the whole day. The text form ("Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-14:00") is
what the CSV import and export use.

Hand-written: the opening-hours libraries found (e.g. humanized_opening_hours) parse
OpenStreetMap's syntax, which editors would have to learn, and none handles zones.
"""

import datetime
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAY_CODES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MIDNIGHT = datetime.time(0, 0)
WEEK = 7


@dataclass(frozen=True, order=True)
class Interval:
    weekday: int  # 0 = Monday, as datetime.weekday()
    opens: datetime.time
    closes: datetime.time

    @property
    def overnight(self) -> bool:
        return self.closes <= self.opens

    def windows_near(self, day: datetime.date):
        """The concrete (start, end) wall-clock windows of this interval that start
        on the day before `day`, on `day` or on the next six days."""
        for offset in range(-1, WEEK):
            date = day + datetime.timedelta(days=offset)
            if date.weekday() != self.weekday:
                continue
            start = datetime.datetime.combine(date, self.opens)
            end_date = date + datetime.timedelta(days=1) if self.overnight else date
            yield start, datetime.datetime.combine(end_date, self.closes)


@dataclass(frozen=True)
class OpenState:
    open: bool
    # When the state changes next, in the service's zone (None: it never does, or
    # there are no hours at all).
    changes_at: datetime.datetime | None


def zone(name: str) -> ZoneInfo:
    """The time zone `name`; ValueError when there is no such zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"Unknown time zone: {name!r}") from error


def local_time(moment: datetime.datetime, zone_name: str) -> datetime.datetime:
    """`moment` (aware) as naive wall-clock time in the zone."""
    if moment.tzinfo is None:
        raise ValueError("An aware datetime is needed")
    return moment.astimezone(zone(zone_name)).replace(tzinfo=None)


def _windows(intervals, local: datetime.datetime):
    day = local.date()
    return sorted(window for interval in intervals for window in interval.windows_near(day))


def _merged(windows):
    """Touching or overlapping windows joined: 22:00–24:00 then 00:00–02:00 is one."""
    merged = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def open_state(intervals, zone_name: str, moment: datetime.datetime) -> OpenState:
    """Whether a service with these hours is open at `moment`, and until when."""
    local = local_time(moment, zone_name)
    windows = _merged(_windows(list(intervals), local))
    for start, end in windows:
        if start <= local < end:
            return OpenState(True, None if end - start > datetime.timedelta(days=WEEK) else end)
        if local < start:
            return OpenState(False, start)
    return OpenState(False, None)


def is_open(intervals, zone_name: str, moment: datetime.datetime) -> bool:
    return open_state(intervals, zone_name, moment).open


# -- the text form ------------------------------------------------------------------

_DAY = "|".join(DAY_CODES)
_TIME = r"\d{1,2}:\d{2}"
_GROUP = re.compile(
    rf"^\s*(?P<days>({_DAY})(\s*-\s*({_DAY}))?(\s*,\s*({_DAY})(\s*-\s*({_DAY}))?)*)\s+"
    rf"(?P<times>{_TIME}\s*-\s*{_TIME}(\s*,\s*{_TIME}\s*-\s*{_TIME})*)\s*$",
    re.IGNORECASE,
)


def _parse_time(text: str) -> datetime.time:
    hours, minutes = (int(part) for part in text.split(":"))
    if hours == 24 and minutes == 0:
        return MIDNIGHT
    return datetime.time(hours, minutes)  # ValueError when out of range


def _day_index(code: str) -> int:
    return [day.lower() for day in DAY_CODES].index(code.strip().lower())


def _days(text: str) -> list[int]:
    days = []
    for part in text.split(","):
        first, _dash, last = part.partition("-")
        start = _day_index(first)
        end = _day_index(last) if last.strip() else start
        days.extend((start + offset) % WEEK for offset in range((end - start) % WEEK + 1))
    return days


def parse_hours(text: str) -> list[Interval]:
    """ "Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-14:00" -> intervals, sorted.
    "" -> none. ValueError, naming the bad part, for anything else."""
    intervals = set()
    for group in (text or "").split(";"):
        if not group.strip():
            continue
        match = _GROUP.match(group)
        if match is None:
            raise ValueError(f"Cannot read opening hours: {group.strip()!r}")
        try:
            times = [
                (_parse_time(a), _parse_time(b))
                for a, b in (pair.split("-") for pair in match["times"].split(","))
            ]
        except ValueError as error:
            raise ValueError(f"Not a time of day in {group.strip()!r}") from error
        for day in _days(match["days"]):
            intervals.update(Interval(day, opens, closes) for opens, closes in times)
    return sorted(intervals)


def format_hours(intervals) -> str:
    """The text form of `intervals`: days with the same times grouped into ranges."""
    by_day: dict[int, tuple] = {}
    for interval in sorted(intervals):
        by_day.setdefault(interval.weekday, ())
        by_day[interval.weekday] += ((interval.opens, interval.closes),)
    groups = []
    day = 0
    while day < WEEK:
        if day not in by_day:
            day += 1
            continue
        last = day
        while last + 1 < WEEK and by_day.get(last + 1) == by_day[day]:
            last += 1
        days = DAY_CODES[day] if last == day else f"{DAY_CODES[day]}-{DAY_CODES[last]}"
        times = ",".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in by_day[day])
        groups.append(f"{days} {times}")
        day = last + 1
    return "; ".join(groups)
