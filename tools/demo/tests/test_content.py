"""The demo content as data: complete, consistent, and covering every case the
portal must show (no database needed)."""

import datetime

from portal.legacy.extract import extract
from portal.legacy.text import iter_files, load_lines
from portal.news.models import ArticleKind
from portal.taxonomy.gazetteer import gazetteer
from tools.demo.data import (
    LEGACY_CORPUS,
    article_translations,
    block_kind,
    content,
    resolve_date,
    resolve_datetime,
)
from tools.demo.images import HEIGHT, WIDTH, draw_illustration, illustration_jpeg

ARTICLES = content("articles")
ARTICLES_RU, ARTICLES_TG = article_translations("ru"), article_translations("tg")
EVENTS, PROJECTS = content("events"), content("projects")
FIGURES, HOME_FIGURES = content("figures")["figures"], content("figures")["home_figures"]
VIDEOS, GALLERIES = content("multimedia")["videos"], content("multimedia")["galleries"]
NEWSLETTERS = content("newsletters")
ISSUES, ISSUE_TRANSLATIONS = NEWSLETTERS["issues"], NEWSLETTERS["issue_translations"]
SERIES = NEWSLETTERS["series"]
IMAGES = content("site")["images"]
TAXONOMY = content("taxonomy")
THEMES, PLACES = TAXONOMY["themes"], set(TAXONOMY["places"])
# A slug: the gazetteer's organization; a mapping: the demo's own.
ORGANIZATIONS = {o if isinstance(o, str) else o["slug"] for o in TAXONOMY["organizations"]}
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
        paragraphs = [b for b in article["body"] if block_kind(b) == "paragraph"]
        assert 3 <= len(article["body"]) <= 6 and len(paragraphs) >= 3, article["slug"]
    kinds = {block_kind(b) for a in ARTICLES for b in a["body"]}
    assert {"paragraph", "heading", "quote", "key_figure", "image"} <= kinds
    assert sum(1 for a in ARTICLES if a.get("hero")) >= 5


def test_references_point_to_existing_entries():
    for article in ARTICLES:
        assert article["place"] is None or article["place"] in PLACES
        assert set(article["themes"]) <= set(THEMES)
        assert set(article["partners"]) <= set(ORGANIZATIONS)
        assert set(article["places"]) <= set(PLACES)
        for block in article["body"]:
            if block_kind(block) == "key_figure":
                assert block["key_figure"] in FIGURES
            if block_kind(block) == "image":
                assert block["image"] in IMAGES
        if article.get("hero"):
            assert article["hero"]["image"] in IMAGES
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
            english = [block_kind(b) for b in SLUGS[slug]["body"]]
            assert [block_kind(b) for b in data["body"]] == english, slug
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
    image = IMAGES["dawn-ridges"]
    palette, seed, style = tuple(image["palette"]), image["seed"], image["style"]
    assert draw_illustration(palette, seed, style).size == (WIDTH, HEIGHT) == (1600, 900)
    assert illustration_jpeg(palette, seed, style) == illustration_jpeg(palette, seed, style)
    assert all(entry["alt"].startswith("Abstract illustration") for entry in IMAGES.values())


def test_places_and_organizations_come_from_the_gazetteer_once():
    """The demo's places are the gazetteer's; its own organizations are not there too."""
    assert {place.slug for place in gazetteer().places} >= PLACES
    known = {organization.slug for organization in gazetteer().organizations}
    for organization in TAXONOMY["organizations"]:
        if isinstance(organization, str):
            assert organization in known
        else:
            assert organization["slug"] not in known
            assert set(organization["name"]) == {"en", "ru", "tg"}


def test_legacy_corpus_imports_cleanly_in_every_shape():
    """The archive pages parse into the shapes they stand for, and every line is
    accounted for (nothing lost)."""
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
        english = [block_kind(b) for b in body["en"]]
        assert [block_kind(b) for b in body["ru"]] == [block_kind(b) for b in body["tg"]] == english
        assert [b["key_figure"] for b in body["ru"] if "key_figure" in b] == [
            b["key_figure"] for b in body["en"] if "key_figure" in b
        ]
        tajik += [b["paragraph"] for b in body["tg"] if "paragraph" in b]
    for event in EVENTS:
        if event["format"] == "online":
            assert "venue" not in event
        else:
            tajik.append(_per_language(event["venue"])["tg"])
    for figure in FIGURES.values():
        tajik.append(_per_language(figure["source_name"])["tg"])
    for theme in THEMES.values():
        tajik += [_per_language(theme["name"])["tg"], _per_language(theme["description"])["tg"]]
    for issue in ISSUES:
        for item in issue["toc"]:
            if not isinstance(item, str):
                entries = _per_language(item).values()
                assert all(set(e) == {"title", "summary"} and all(e.values()) for e in entries)
                tajik += item["tg"].values()
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
