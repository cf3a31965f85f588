import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portal.legacy.datelines import DAY, MONTH, YEAR, dateline_alone, find_dates, parse_dateline

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
RU_GENITIVE = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
RU_PREPOSITIONAL = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]


@pytest.mark.parametrize(
    "text, place, start, end, precision, rest",
    [
        (
            "Dushanbe, 29 January 2021. The ministry met.",
            "Dushanbe",
            "2021-01-29",
            None,
            DAY,
            "The ministry met.",
        ),
        (
            "On 3 March 2021, the ministry met.",
            None,
            "2021-03-03",
            None,
            DAY,
            "On 3 March 2021, the ministry met.",
        ),
        (
            "18 December 2020 - The roundtable opened.",
            None,
            "2020-12-18",
            None,
            DAY,
            "The roundtable opened.",
        ),
        (
            "Bishkek – September 2-3, 2013. Approximately 50 NGOs",
            "Bishkek",
            "2013-09-02",
            "2013-09-03",
            DAY,
            "Approximately 50 NGOs",
        ),
        (
            "From June 19th-21st, 2013 within the framework",
            None,
            "2013-06-19",
            "2013-06-21",
            DAY,
            None,
        ),
        ("In December 2019, IOM opened a centre.", None, "2019-12-01", None, MONTH, None),
        ("In 2019, IOM opened a centre.", None, "2019-01-01", None, YEAR, None),
        (
            "15 August 2013, in Tursunzoda's Jura Rahmonov Jamoat, the",
            "Tursunzoda",
            "2013-08-15",
            None,
            DAY,
            None,
        ),
        ("29 December – 2 January 2021. Text", None, "2020-12-29", "2021-01-02", DAY, "Text"),
        (
            "Душанбе, 29 января 2021 г. Министерство провело",
            "Душанбе",
            "2021-01-29",
            None,
            DAY,
            "Министерство провело",
        ),
        ("3 марта 2021 года МОМ провела встречу", None, "2021-03-03", None, DAY, None),
        ("В декабре 2019 г. МОМ открыла центр", None, "2019-12-01", None, MONTH, None),
        ("С 19 по 21 июня 2013 г. прошли семинары", None, "2013-06-19", "2013-06-21", DAY, None),
        ("Душанбе, 29 январи соли 2021. Вазорат", "Душанбе", "2021-01-29", None, DAY, "Вазорат"),
    ],
)
def test_shapes(text, place, start, end, precision, rest):
    dateline = parse_dateline(text)
    assert dateline.place == place
    assert dateline.date == datetime.date.fromisoformat(start)
    assert dateline.date_end == (datetime.date.fromisoformat(end) if end else None)
    assert dateline.precision == precision
    assert dateline.rest == (rest if rest is not None else text)


def test_place_only():
    dateline = parse_dateline("Geneva - As the world faces the crisis")
    assert (dateline.place, dateline.date, dateline.rest) == (
        "Geneva",
        None,
        "As the world faces the crisis",
    )
    assert parse_dateline("Женева – В условиях пандемии").place == "Женева"
    assert parse_dateline("Moscow/Nur Sultan – The pandemic").place == "Moscow/Nur Sultan"


def test_no_year_is_not_invented():
    dateline = parse_dateline("On 31 March, the centre opened.")
    assert dateline.date is None and dateline.year_missing
    completed = dateline.complete(2020)
    assert completed.date == datetime.date(2020, 3, 31) and completed.inferred


@pytest.mark.parametrize(
    "text",
    [
        "“In May 2013, when we began outreach work",  # a quotation, not a dateline
        "Tajikistan is a country marked by labour migration.",
        "Today, the International Organization for Migration joins",
        "South-Eastern Europe, Eastern Europe and Central Asia is home",
        "All submissions may be offered for review",
        "On 31 February 2020, nothing happened.",  # no such day
    ],
)
def test_not_datelines(text):
    assert parse_dateline(text).date is None


def test_duplicated_prefix_from_the_old_site():
    dateline = parse_dateline("From June 19th-21st From June 19th-21st, 2013 within the framework")
    assert (dateline.date, dateline.date_end) == (
        datetime.date(2013, 6, 19),
        datetime.date(2013, 6, 21),
    )


def test_find_dates_in_running_text():
    found = find_dates("review starting next month (6 April) and no later than 21 June 2020.")
    assert [(v.date, v.year_missing, v.month, v.day) for v, _s, _e in found] == [
        (None, True, 4, 6),
        (datetime.date(2020, 6, 21), False, 6, 21),
    ]


# --- properties -------------------------------------------------------------------

dates = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2039, 12, 31))
places = st.sampled_from(["Dushanbe", "Khujand", "Kulob", "Geneva", "Душанбе", "Худжанд"])


def _day_shapes(d, place):
    en, ru = EN_MONTHS[d.month - 1], RU_GENITIVE[d.month - 1]
    return [
        f"{place}, {d.day} {en} {d.year}. Text follows.",
        f"On {d.day} {en} {d.year}, text follows.",
        f"{d.day} {en} {d.year} - Text follows.",
        f"{place} – {en} {d.day}, {d.year}. Text follows.",
        f"{d.day} {en} {d.year}, in {place}, text follows.",
        f"{place}, {d.day} {ru} {d.year} г. Текст.",
        f"{d.day} {ru} {d.year} года МОМ провела встречу.",
        f"{place}, Rasht Valley, {d.day} {en} {d.year}. Text follows.",
        f"{place}, Хатлонская область, {d.day} {ru} {d.year} г. Текст.",
    ]


@settings(max_examples=200, deadline=None)
@given(dates, places, st.integers(min_value=0, max_value=8))
def test_day_shapes_round_trip(d, place, shape):
    dateline = parse_dateline(_day_shapes(d, place)[shape])
    assert (dateline.date, dateline.precision, dateline.inferred) == (d, DAY, False)
    if shape >= 7:  # "Place, Region, date.": the place is kept, the region beside it
        assert dateline.place == place and dateline.region and dateline.rest[:4] in ("Text", "Текс")


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=100, deadline=None)
@given(dates, st.integers(min_value=0, max_value=59), st.sampled_from(["", "Published on "]))
def test_joomla_date_lines_are_datelines_alone(d, minute, lead_in):
    line = f"{lead_in}{WEEKDAYS[d.weekday()]}, {d.day:02d} {EN_MONTHS[d.month - 1]} {d.year} 10:{minute:02d}"
    dateline = dateline_alone(line)
    assert dateline is not None and (dateline.date, dateline.place) == (d, None)
    assert dateline_alone(line + " The minister opened the centre.") is None


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_a_dateline_alone_is_a_dateline(text):
    alone = dateline_alone(text)
    if alone is not None:
        assert alone.date or alone.year_missing
        assert alone == parse_dateline(text)


@settings(max_examples=100, deadline=None)
@given(dates, st.integers(min_value=0, max_value=2))
def test_month_shapes_round_trip(d, shape):
    text = [
        f"In {EN_MONTHS[d.month - 1]} {d.year}, the project began.",
        f"В {RU_PREPOSITIONAL[d.month - 1]} {d.year} г. проект начался.",
        f"в {RU_PREPOSITIONAL[d.month - 1]} {d.year} года проект начался.",
    ][shape]
    dateline = parse_dateline(text)
    assert (dateline.date, dateline.precision) == (d.replace(day=1), MONTH)


@settings(max_examples=100, deadline=None)
@given(dates, st.integers(min_value=1, max_value=5))
def test_ranges_round_trip(d, length):
    end = d + datetime.timedelta(days=length)
    if end.year != d.year:
        return
    if end.month == d.month:
        text = f"Bishkek – {EN_MONTHS[d.month - 1]} {d.day}-{end.day}, {d.year}. Text."
    else:
        text = f"{d.day} {EN_MONTHS[d.month - 1]} – {end.day} {EN_MONTHS[end.month - 1]} {d.year}, text."
    dateline = parse_dateline(text)
    assert (dateline.date, dateline.date_end, dateline.precision) == (d, end, DAY)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_random_text_never_raises_nor_invents(text):
    dateline = parse_dateline(text)
    if dateline.date is not None:
        assert any(ch.isdigit() for ch in dateline.text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Nd",))))
def test_text_without_digits_has_no_date(text):
    dateline = parse_dateline(text)
    assert dateline.date is None
