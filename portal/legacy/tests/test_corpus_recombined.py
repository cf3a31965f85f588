"""The corpus's teasers recombined into rivers the corpus does not hold: any order, any
mix, with or without blank lines or "Read More" between them. Whatever the layout,
each teaser is one item, with its own date and place, never a neighbour's."""

from dataclasses import dataclass

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from portal.legacy.chrome import chrome_reason
from portal.legacy.datelines import parse_dateline
from portal.legacy.detect import is_heading_like, opens_with_privacy_marker
from portal.legacy.extract import extract
from portal.legacy.items import Article
from portal.legacy.segment import opens_an_item
from portal.legacy.text import text_lines

from .test_corpus import PAGES, assert_dates_are_their_own, expected


@dataclass(frozen=True)
class Unit:
    """One teaser of the corpus: its lines and what the corpus expects of it."""

    lines: tuple[str, ...]
    date: str | None
    inferred: bool
    place: str | None
    locale: str


def _opens_with_a_signal(lines: tuple[str, ...]) -> bool:
    """Whether the teaser would start an item wherever it stood: a title, a dateline
    or a privacy marker on its first line."""
    first = lines[0]
    return (
        is_heading_like(first)
        or opens_an_item(parse_dateline(first))
        or opens_with_privacy_marker(first)
    )


def _cut(text: str, items: list[dict]) -> list[tuple[str, ...]]:
    """The page's lines per expected item, found by its title in the text, not by
    the segmentation under test: an item runs from the line that holds its title
    (or the start of its lead) to the next item's."""
    lines = [line.strip() for line in text.splitlines()]
    starts, at = [], 0
    for item in items:
        at = next(n for n in range(at, len(lines)) if item["title"] in lines[n])
        starts.append(at)
        at += 1
    ends = [*starts[1:], len(lines)]
    return [
        tuple(line for line in lines[a:b] if line and not chrome_reason(line))
        for a, b in zip(starts, ends, strict=True)
    ]


def _units() -> list[Unit]:
    units = []
    for path in PAGES:
        want = expected(path)
        if path.suffix != ".txt" or want["shape"] not in ("news_river", "home"):
            continue
        text = path.read_text(encoding="utf-8")
        for lines, item in zip(_cut(text, want["items"]), want["items"], strict=True):
            if len(lines) < 2 and is_heading_like(lines[0]) or not _opens_with_a_signal(lines):
                continue  # a title alone would be the next title's kicker
            units.append(
                Unit(
                    lines,
                    item.get("date"),
                    item.get("inferred", False),
                    item.get("place"),
                    want.get("locale", "en"),
                )
            )
    return units


UNITS = _units()
SEPARATORS = ["\n", "\n\n", "\n\n\n", "\nRead More\n", "\n\nПодробнее\n\n"]


def test_the_corpus_gives_enough_teasers():
    assert len(UNITS) >= 30
    assert {unit.locale for unit in UNITS} == {"en", "ru", "tg"}


@st.composite
def rivers(draw):
    locale = draw(st.sampled_from(["en", "ru", "tg"]))
    pool = [unit for unit in UNITS if unit.locale == locale]
    units = draw(st.lists(st.sampled_from(pool), min_size=2, max_size=8))
    parts = []
    for n, unit in enumerate(units):
        if n:
            parts.append(draw(st.sampled_from(SEPARATORS)))
        parts.append(draw(st.sampled_from(["\n", "\n\n"])).join(unit.lines))
    return units, "".join(parts) + "\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rivers())
def test_each_teaser_is_one_item_with_its_own_date(river):
    units, text = river
    # With fewer than two datelines, headings are an article's subheadings.
    assume(sum(1 for unit in units if unit.date or unit.place) >= 2)
    assume(any(unit.date and not unit.inferred for unit in units))  # a year to infer from
    page = extract(text_lines(text), "generated.txt")
    articles = [item for item in page.items if isinstance(item, Article)]
    assert len(articles) == len(units), [a.title for a in articles]
    for article, unit in zip(articles, units, strict=True):
        record = article.record(page.file, page.locale)
        if unit.inferred:  # the year comes from the new neighbours, flagged
            assert record["date_inferred"] and record["date"][4:] == unit.date[4:]
        else:
            assert (record["date"], record["date_inferred"]) == (unit.date, False)
        if unit.place:
            assert record["place"] == unit.place
    assert_dates_are_their_own(page)
