"""Pages in shapes the three samples do not show, written for these tests (corpus/):
one-line-teaser rivers, mixed rivers, Russian and Tajik pages, long articles naming
many places, Joomla 1.5 and 2.5 templates, web-archive captures. Each page has its
expected items in a YAML file of the same name:

    shape: news_river          # what the page is
    locale: ru                 # when not English
    items:                     # the articles, in order
      - title: Farmers and     # how the title begins (derived from the lead when
                               # the page gives none)
        date: "2021-05"        # as the JSON output writes it: its length is the
                               # precision (day, month, year); null for none
        date_end: ...          # a range
        inferred: true         # a year taken from the neighbours ("On 31 March,")
        place: Nurobod         # the dateline's place
        places: [Nurobod]      # places the item names (more may be found)
        kind: story
        lead: ...              # how the lead begins
        paragraphs: 3          # lines of text the item holds
    chrome: [masthead]         # reasons of chrome lines the page must show
    issue: {toc: 3}            # a newsletter issue and its table of contents

Places are compared by their gazetteer entry, so any of its spellings will do; a
place the gazetteer does not know yet is listed by the last test instead.
"""

from pathlib import Path

import pytest
import yaml

from portal.legacy.extract import extract
from portal.legacy.items import Article, Issue
from portal.legacy.names import known_place
from portal.legacy.text import load_lines

CORPUS = Path(__file__).with_name("corpus")
PAGES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html"))
PRECISION = {10: "day", 7: "month", 4: "year"}


def expected(path: Path) -> dict:
    return yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))


def read(path: Path):
    return extract(load_lines(path), path.name)


def _slug(name: str) -> str | None:
    known = known_place(name)
    return known.slug if known else None


def _summary(articles) -> list:
    return [(a.title, a.dateline.text, len(a.paragraphs)) for a in articles]


def test_the_corpus_is_large_and_complete():
    assert len(PAGES) >= 30
    assert all(page.with_suffix(".yaml").exists() for page in PAGES)
    assert {p.suffix for p in PAGES} == {".txt", ".html"}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page(path):
    want = expected(path)
    page = read(path)
    assert (page.shape, page.locale) == (want["shape"], want.get("locale", "en"))
    articles = [item for item in page.items if isinstance(item, Article)]
    assert len(articles) == len(want["items"]), _summary(articles)
    for article, item in zip(articles, want["items"], strict=True):
        record = article.record(page.file, page.locale)
        assert record["title"].startswith(item["title"]), (record["title"], item)
        date = item.get("date")
        assert (record["date"], record["date_precision"]) == (
            date,
            PRECISION[len(date)] if date else None,
        ), record["title"]
        assert record["date_end"] == item.get("date_end"), record["title"]
        assert record["date_inferred"] == item.get("inferred", False), record["title"]
        if "place" in item:
            assert record["place"] == item["place"], record["title"]
        if "kind" in item:
            assert record["kind"] == item["kind"], record["title"]
        if "lead" in item:
            assert record["lead"].startswith(item["lead"]), record["lead"]
        if "paragraphs" in item:
            assert len(article.paragraphs) == item["paragraphs"], article.paragraphs
        found = {place.slug for place in article.places}
        known = {_slug(name) for name in item.get("places", [])} - {None}
        assert known <= found, (record["title"], record["places"])
    chrome = {d.role for d in page.dispositions if d.status == "chrome"}
    assert set(want.get("chrome", [])) <= chrome, chrome
    if "issue" in want:
        issue = next(item for item in page.items if isinstance(item, Issue))
        assert len(issue.toc) == want["issue"]["toc"], issue.toc
    assert_every_line_accounted_for(page)
    assert_dates_are_their_own(page)


def assert_every_line_accounted_for(page):
    """Each line is in one item, chrome, or skipped as blank; an item's lines are its own."""
    assert len(page.dispositions) == len(page.lines)
    for disposition in page.dispositions:
        if disposition.status == "item":
            assert disposition.line in page.items[disposition.item].lines
        elif disposition.status == "skip":
            assert (disposition.role, disposition.line.blank) == ("blank line", True)
    owned = [id(line) for item in page.items for line in item.lines]
    assert len(owned) == len(set(owned))


def assert_dates_are_their_own(page):
    """A date is written on one of the item's own lines, never a neighbour's."""
    for item in page.items:
        if isinstance(item, Article) and item.dateline.text:
            own = " ".join(" ".join(line.text.split()) for line in item.lines)
            assert item.dateline.text in own, (item.title, item.dateline.text)


def test_every_place_the_corpus_names_is_in_the_gazetteer():
    """test_page asserts places through the gazetteer: a name it lacks would be
    skipped silently, so every name the corpus expects must resolve."""
    unknown = sorted(
        {
            name
            for path in PAGES
            for item in expected(path)["items"]
            for name in item.get("places", [])
            if _slug(name) is None
        }
    )
    assert not unknown, "not in portal/taxonomy/gazetteer.yaml: " + ", ".join(unknown)
