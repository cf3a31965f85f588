import datetime

from portal.core.dates import format_date_range, format_partial_date, iso_partial_date

DAY = datetime.date(2021, 1, 29)


def test_day_precision_per_language():
    assert format_partial_date(DAY, "day", "en") == "29 January 2021"
    assert format_partial_date(DAY, "day", "ru") == "29 января 2021"


def test_month_and_year_precision():
    assert format_partial_date(DAY, "month", "en") == "January 2021"
    assert format_partial_date(DAY, "month", "ru") == "январь 2021"
    assert format_partial_date(DAY, "day", "tg") == "29 январ 2021"
    assert format_partial_date(DAY, "year", "ru") == "2021"
    assert iso_partial_date(DAY, "month") == "2021-01"
    assert iso_partial_date(None) == ""


def test_ranges():
    start, end = datetime.date(2013, 9, 2), datetime.date(2013, 9, 3)
    assert format_date_range(start, end, "day", "en") == "2–3 September 2013"
    assert format_date_range(
        datetime.date(2021, 6, 29), datetime.date(2021, 7, 2), "day", "en"
    ) == ("29 June – 2 July 2021")
