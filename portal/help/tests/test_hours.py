"""Opening hours: breaks, days, nights past midnight, time zones; the text form."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal.help.hours import Interval, format_hours, is_open, open_state, parse_hours

T = datetime.time
DUSHANBE = "Asia/Dushanbe"  # UTC+5, no summer time
UTC = datetime.UTC


def at(year, month, day, hour, minute=0, zone=DUSHANBE):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


# 2026-12-07 is a Monday.
WEEKDAYS_WITH_LUNCH = parse_hours("Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-14:00")


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(2026, 12, 7, 8, 59), False),  # before opening
        (at(2026, 12, 7, 9, 0), True),  # opening minute
        (at(2026, 12, 7, 12, 59), True),
        (at(2026, 12, 7, 13, 30), False),  # lunch break
        (at(2026, 12, 7, 14, 0), True),
        (at(2026, 12, 7, 18, 0), False),  # closing minute: closed
        (at(2026, 12, 12, 11, 0), True),  # Saturday's shorter hours
        (at(2026, 12, 12, 15, 0), False),
        (at(2026, 12, 13, 11, 0), False),  # Sunday
    ],
)
def test_breaks_and_days(moment, expected):
    assert is_open(WEEKDAYS_WITH_LUNCH, DUSHANBE, moment) is expected


def test_the_next_change_is_the_end_of_the_break_or_the_next_working_day():
    assert open_state(WEEKDAYS_WITH_LUNCH, DUSHANBE, at(2026, 12, 7, 13, 30)).changes_at == (
        datetime.datetime(2026, 12, 7, 14, 0)
    )
    assert open_state(WEEKDAYS_WITH_LUNCH, DUSHANBE, at(2026, 12, 7, 10)).changes_at == (
        datetime.datetime(2026, 12, 7, 13, 0)
    )
    # Saturday afternoon: next opening is Monday 09:00.
    assert open_state(WEEKDAYS_WITH_LUNCH, DUSHANBE, at(2026, 12, 12, 15)).changes_at == (
        datetime.datetime(2026, 12, 14, 9, 0)
    )


def test_a_night_shift_runs_past_midnight_into_the_next_day():
    night = [Interval(4, T(22, 0), T(6, 0))]  # Friday 22:00 to Saturday 06:00
    assert is_open(night, DUSHANBE, at(2026, 12, 11, 23))
    assert is_open(night, DUSHANBE, at(2026, 12, 12, 5, 59))  # Saturday morning
    assert not is_open(night, DUSHANBE, at(2026, 12, 12, 6, 0))
    assert not is_open(night, DUSHANBE, at(2026, 12, 11, 21, 59))
    assert not is_open(night, DUSHANBE, at(2026, 12, 10, 23))  # Thursday night


def test_whole_days_and_every_day():
    always = parse_hours("Mon-Sun 00:00-24:00")
    state = open_state(always, DUSHANBE, at(2026, 12, 9, 3))
    assert state.open and state.changes_at is None  # a 24/7 hotline never closes
    assert is_open(parse_hours("Wed 00:00-00:00"), DUSHANBE, at(2026, 12, 9, 23, 59))


def test_hours_are_read_in_the_services_own_time_zone():
    moscow_office = parse_hours("Mon-Fri 09:00-18:00")
    # 07:30 in Dushanbe is 05:30 in Moscow: the Moscow office is still closed,
    # an office with the same hours in Dushanbe is closed too; at 12:00 Dushanbe
    # (10:00 Moscow) both are open; at 19:30 Dushanbe (17:30 Moscow) only Moscow's.
    evening = at(2026, 12, 7, 19, 30)
    assert is_open(moscow_office, "Europe/Moscow", evening)
    assert not is_open(moscow_office, DUSHANBE, evening)
    assert not is_open(moscow_office, "Europe/Moscow", at(2026, 12, 7, 7, 30))
    # Monday 01:00 in Dushanbe is still Sunday 23:00 in Istanbul: closed there.
    assert not is_open(moscow_office, "Europe/Istanbul", at(2026, 12, 8, 1, 0))


def test_a_naive_moment_or_an_unknown_zone_is_refused():
    with pytest.raises(ValueError):
        is_open(WEEKDAYS_WITH_LUNCH, DUSHANBE, datetime.datetime(2026, 12, 7, 10))
    with pytest.raises(ValueError):
        is_open(WEEKDAYS_WITH_LUNCH, "Mars/Olympus", at(2026, 12, 7, 10))


def test_no_hours_means_never_open():
    assert open_state([], DUSHANBE, at(2026, 12, 7, 10)).open is False


@pytest.mark.parametrize(
    "bad", ["Mon 9-18", "Someday 09:00-18:00", "Mon 25:00-26:00", "Mon-Fri", "09:00-18:00"]
)
def test_unreadable_hours_are_refused(bad):
    with pytest.raises(ValueError):
        parse_hours(bad)


def test_text_form_groups_days():
    assert format_hours(WEEKDAYS_WITH_LUNCH) == "Mon-Fri 09:00-13:00,14:00-18:00; Sat 10:00-14:00"
    assert parse_hours("mon, wed-thu 10:00-12:00") == [
        Interval(0, T(10), T(12)),
        Interval(2, T(10), T(12)),
        Interval(3, T(10), T(12)),
    ]
    assert parse_hours("Sat-Mon 10:00-12:00") == [  # a range across the week's end
        Interval(0, T(10), T(12)),
        Interval(5, T(10), T(12)),
        Interval(6, T(10), T(12)),
    ]


times = st.builds(T, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
intervals = st.lists(st.builds(Interval, st.integers(0, 6), times, times), max_size=8)
moments = st.datetimes(
    min_value=datetime.datetime(2020, 1, 1), max_value=datetime.datetime(2030, 1, 1)
).map(lambda moment: moment.replace(tzinfo=UTC))
zones = st.sampled_from([DUSHANBE, "Europe/Moscow", "Asia/Almaty", "Europe/Istanbul", "UTC"])


def brute_force_open(intervals, zone, moment) -> bool:
    """Open if some interval's window (started today or yesterday) holds the moment."""
    local = moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    for interval in intervals:
        for start_day in (local.date(), local.date() - datetime.timedelta(days=1)):
            if start_day.weekday() != interval.weekday:
                continue
            start = datetime.datetime.combine(start_day, interval.opens)
            end_day = start_day + datetime.timedelta(days=1 if interval.overnight else 0)
            if start <= local < datetime.datetime.combine(end_day, interval.closes):
                return True
    return False


@given(intervals, zones, moments)
def test_open_state_agrees_with_a_brute_force_reading(intervals, zone, moment):
    assert is_open(intervals, zone, moment) == brute_force_open(intervals, zone, moment)


@given(intervals, zones, moments)
def test_the_state_holds_until_the_announced_change(intervals, zone, moment):
    state = open_state(intervals, zone, moment)
    if state.changes_at is None:
        return
    local = moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    assert state.changes_at > local
    just_before = state.changes_at - datetime.timedelta(minutes=1)
    if just_before >= local:
        naive_to_aware = just_before.replace(tzinfo=ZoneInfo(zone))
        assert is_open(intervals, zone, naive_to_aware) == state.open


@given(intervals)
def test_text_form_round_trips(intervals):
    assert parse_hours(format_hours(intervals)) == sorted(set(intervals))


@given(st.text(max_size=60))
def test_any_text_is_read_or_refused_with_a_value_error(text):
    try:
        intervals = parse_hours(text)
    except ValueError:
        return
    assert intervals == sorted(set(intervals))
