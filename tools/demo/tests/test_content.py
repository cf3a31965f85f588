"""The demo content as data: complete, consistent, and covering every case the
portal must show (no database needed)."""

import datetime

from portal.news.models import ArticleKind
from tools.demo.content.articles import ARTICLES
from tools.demo.content.events import EVENTS
from tools.demo.content.figures import FIGURES, HOME_FIGURES
from tools.demo.content.multimedia import GALLERIES, VIDEOS
from tools.demo.content.newsletters import ISSUE_TRANSLATIONS, ISSUES, SERIES
from tools.demo.content.projects import PROJECTS
from tools.demo.content.site import IMAGES
from tools.demo.content.taxonomy import ORGANIZATIONS, PLACES, THEMES
from tools.demo.content.translations_ru import ARTICLES_RU
from tools.demo.content.translations_tg import ARTICLES_TG
from tools.demo.images import HEIGHT, WIDTH, draw_illustration, illustration_jpeg
from tools.demo.loader import resolve_date, resolve_datetime

TODAY = datetime.date(2026, 11, 25)
SLUGS = {a["slug"]: a for a in ARTICLES}


def test_articles_cover_every_kind_and_dateline_shape():
    assert len(ARTICLES) >= 30 and len(SLUGS) == len(ARTICLES)
    assert {a["kind"] for a in ARTICLES} == set(ArticleKind.values)
    assert all(a["privacy"] for a in ARTICLES if a["kind"] == "story")
    assert {a.get("precision", "day") for a in ARTICLES} == {"day", "month", "year"}
    assert any(a.get("date_end") for a in ARTICLES)
    assert any(a["date"] is None for a in ARTICLES)
    calls = [a for a in ARTICLES if a["kind"] == "call"]
    closes = [resolve_date(a["call_closes_on"], TODAY) for a in calls]
    assert any(d > TODAY for d in closes) and any(d < TODAY for d in closes)
    for article in ARTICLES:
        paragraphs = [b for b in article["body"] if b[0] == "paragraph"]
        assert 3 <= len(article["body"]) <= 6 and len(paragraphs) >= 3, article["slug"]
    kinds = {b[0] for a in ARTICLES for b in a["body"]}
    assert {"paragraph", "heading", "quote", "key_figure", "image"} <= kinds
    assert sum(1 for a in ARTICLES if a.get("hero")) >= 5


def test_references_point_to_existing_entries():
    for article in ARTICLES:
        assert article["place"] is None or article["place"] in PLACES
        assert set(article["themes"]) <= set(THEMES)
        assert set(article["partners"]) <= set(ORGANIZATIONS)
        assert set(article["places"]) <= set(PLACES)
        for block in article["body"]:
            if block[0] == "key_figure":
                assert block[1] in FIGURES
            if block[0] == "image":
                assert block[1] in IMAGES
        if article.get("hero"):
            assert article["hero"][0] in IMAGES
    assert set(HOME_FIGURES) <= set(FIGURES)
    for project in PROJECTS:
        assert project["thematic_area"] in THEMES
        assert set(project["donors"] + project["partners"]) <= set(ORGANIZATIONS)
        assert set(project["regions"]) <= set(PLACES)
    for event in EVENTS:
        assert event["place"] is None or event["place"] in PLACES
        assert set(event["organizers"]) <= set(ORGANIZATIONS)
    project_slugs = {p["slug"] for p in PROJECTS}
    for issue in ISSUES:
        assert issue["series"] in SERIES
        assert {t for t in issue["toc"] if isinstance(t, str)} <= set(SLUGS)
        assert set(issue["briefs"]) <= project_slugs
        for code in issue["translations"]:
            assert ISSUE_TRANSLATIONS[issue["slug"]][code]
    for video in VIDEOS:
        assert video["poster"] in IMAGES and video["url"].startswith("https://")
    assert all(image["image"] in IMAGES for g in GALLERIES for image in g["images"])


def test_translations_cover_a_third_and_mirror_the_english_blocks():
    for translations in (ARTICLES_RU, ARTICLES_TG):
        assert len(translations) * 3 >= len(ARTICLES)
        for slug, data in translations.items():
            english = [b[0] for b in SLUGS[slug]["body"]]
            assert [b[0] for b in data["body"]] == english, slug
            assert data["title"] != SLUGS[slug]["title"]
    # Tajik is written with its own Cyrillic letters, not Russian spelling.
    tajik = " ".join(d["lead"] for d in ARTICLES_TG.values())
    assert any(letter in tajik for letter in "ҳқҷғӯӣ")


def test_projects_events_and_the_rest():
    assert len(PROJECTS) == 6
    statuses = [p["status"] for p in PROJECTS]
    assert statuses.count("active") > len(PROJECTS) / 2 and {"pipeline", "completed"} <= set(
        statuses
    )
    assert len(EVENTS) >= 5
    assert {e["format"] for e in EVENTS} == {"online", "in_person", "hybrid"}
    starts = [resolve_datetime(e["start"], TODAY).date() for e in EVENTS]
    assert any(d > TODAY for d in starts) and any(d < TODAY for d in starts)
    assert len(ISSUES) == 3 and {i["series"] for i in ISSUES} == {"newsletter", "today"}
    assert any(not isinstance(t, str) for i in ISSUES for t in i["toc"])  # a title-only entry
    assert len(VIDEOS) == 3 and len(GALLERIES) == 2
    assert len(FIGURES) >= 4 and all(f["source_name"] for f in FIGURES.values())


def test_relative_dates():
    assert resolve_date("+45", TODAY) == datetime.date(2027, 1, 9)
    assert resolve_date("-12", TODAY) == datetime.date(2026, 11, 13)
    assert resolve_date("2024-09-01", TODAY) == datetime.date(2024, 9, 1)
    assert resolve_date(None, TODAY) is None
    start = resolve_datetime("+3 11:00", TODAY)
    assert (start.date(), start.hour, str(start.tzinfo)) == (
        datetime.date(2026, 11, 28),
        11,
        "Asia/Dushanbe",
    )


def test_illustrations_are_deterministic_and_full_size():
    title, alt, palette, seed, style = IMAGES["dawn-ridges"]
    assert draw_illustration(palette, seed, style).size == (WIDTH, HEIGHT) == (1600, 900)
    assert illustration_jpeg(palette, seed, style) == illustration_jpeg(palette, seed, style)
    assert all(entry[1].startswith("Abstract illustration") for entry in IMAGES.values())


def test_legacy_corpus_imports_cleanly_in_every_shape():
    """The archive pages parse into the shapes they stand for, and every line is
    accounted for (nothing lost)."""
    from portal.legacy.extract import extract
    from portal.legacy.text import iter_files, load_lines
    from tools.demo.loader import LEGACY_CORPUS

    pages = {name: extract(load_lines(path), name) for path, name in iter_files([LEGACY_CORPUS])}
    assert {name: (p.shape, p.locale) for name, p in pages.items()} == {
        "en/home-2016.html": ("home", "en"),
        "en/news-2014.txt": ("home", "en"),
        "en/newsletter-2015-spring.txt": ("newsletter_issue", "en"),
        "en/newsletter-archive.txt": ("newsletter_archive", "en"),
        "ru/novosti-2018.txt": ("home", "ru"),
        "ru/statya-2019.html": ("article", "ru"),
    }
    for name, page in pages.items():
        lost = [d.line.text for d in page.dispositions if d.role == "not recognized"]
        assert lost == [], name
    kinds = {item.kind for page in pages.values() for item in page.items}
    assert {"news", "press_release", "statement", "call", "story", "event_report"} <= kinds
    assert {"newsletter_issue", "figure", "contact"} <= kinds


LANGUAGES = ("en", "ru", "tg")
TAJIK_LETTERS = "ҳқҷғӯӣ"


def _per_language(value):
    """`value` is given in English, Russian and Tajik, the Tajik with its own letters."""
    assert isinstance(value, dict) and set(value) == set(LANGUAGES), value
    assert all(value.values()), value
    return value


def test_everything_readers_see_is_given_in_every_language():
    """Texts shown on Russian and Tajik pages come in those languages, not copied from
    English: projects' bodies, event venues, figure sources, theme descriptions,
    newsletter entries, videos and galleries."""
    tajik = []
    for project in PROJECTS:
        body = _per_language(project["body"])
        english = [b[0] for b in body["en"]]
        assert [b[0] for b in body["ru"]] == [b[0] for b in body["tg"]] == english
        assert [b[1] for b in body["ru"] if b[0] == "key_figure"] == [
            b[1] for b in body["en"] if b[0] == "key_figure"
        ]
        tajik += [b[1] for b in body["tg"] if b[0] == "paragraph"]
    for event in EVENTS:
        if event["format"] == "online":
            assert "venue" not in event
        else:
            tajik.append(_per_language(event["venue"])["tg"])
    for figure in FIGURES.values():
        tajik.append(_per_language(figure["source_name"])["tg"])
    for _en, _ru, _tg, description in THEMES.values():
        tajik.append(_per_language(description)["tg"])
    for issue in ISSUES:
        for item in issue["toc"]:
            if not isinstance(item, str):
                assert all(len(pair) == 2 and all(pair) for pair in _per_language(item).values())
                tajik += item["tg"]
    for video in VIDEOS:
        for name in ("title", "summary", "transcript"):
            tajik.append(_per_language(video[name])["tg"])
    for gallery in GALLERIES:
        tajik += [_per_language(gallery["title"])["tg"], _per_language(gallery["intro"])["tg"]]
        for image in gallery["images"]:
            tajik += [_per_language(image["alt"])["tg"], _per_language(image["caption"])["tg"]]
    # Tajik is written with its own Cyrillic letters: hardly a sentence goes without them.
    without = [text for text in tajik if not any(letter in text for letter in TAJIK_LETTERS)]
    assert len(without) * 10 <= len(tajik), without
