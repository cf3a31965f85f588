import pytest

from portal.legacy.chrome import chrome_reason, language_link
from portal.legacy.detect import detect_language
from portal.legacy.extract import extract
from portal.legacy.text import LegacyFileError, html_lines, load_lines, text_lines


def test_bad_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n")
    (tmp_path / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (tmp_path / "garbage.html").write_bytes(bytes(range(128, 256)) * 4)
    for name, message in [
        ("empty.txt", "empty file"),
        ("blank.txt", "no text"),
        ("binary.txt", "binary file"),
        ("garbage.html", "cannot decode"),
    ]:
        with pytest.raises(LegacyFileError, match=message):
            load_lines(tmp_path / name)


def test_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr("portal.legacy.text.MAX_BYTES", 10)
    (tmp_path / "big.txt").write_text("x" * 11)
    with pytest.raises(LegacyFileError, match="too large"):
        load_lines(tmp_path / "big.txt")


def test_windows_1251_is_read(tmp_path):
    (tmp_path / "ru.txt").write_bytes("Душанбе, 29 января 2021 г. Встреча.".encode("cp1251"))
    assert load_lines(tmp_path / "ru.txt")[0].text.startswith("Душанбе")


def test_html_drops_structural_chrome_and_keeps_order():
    lines = html_lines(
        """<html><head><title>T</title><script>var a = 1;</script></head><body>
        <header><p>Mission banner</p></header><nav><a href="/">Home</a></nav>
        <h1>Title of the story</h1><p>First <b>paragraph</b>
        continues.</p><div><p>Second</p><p>Third<br>line</p></div>
        <ul><li>One</li><li>Two</li></ul><footer>© 2020</footer></body></html>"""
    )
    texts = [line.text for line in lines]
    assert texts == [
        "Title of the story",
        "",
        "First paragraph continues.",
        "",
        "Second",
        "",
        "Third",
        "line",
        "",
        "• One",
        "• Two",
    ]
    assert lines[0].hint == "h" and lines[0].no == 3


def test_chrome():
    assert chrome_reason("Read More") == "read-more link"
    assert chrome_reason("Подробнее") == "read-more link"
    assert language_link("Read in ENG  RUS") == ["en", "ru"]
    assert language_link("на русском языке") == ["ru"]
    assert chrome_reason(
        "Email: This email address is being protected from spambots. You need JavaScript enabled to view it."
    )
    assert chrome_reason("Read more about the project in our annual report.") is None


def test_language_detection():
    assert detect_language("Migrants gathered in Dushanbe.") == "en"
    assert detect_language("Мигранты собрались в Душанбе.") == "ru"
    assert detect_language("Муҳоҷирон дар шаҳри Душанбе ҷамъ омаданд, ҳамкорӣ.") == "tg"


RIVER = """Ministry and IOM open a migrant resource centre in Khujand

Khujand, 12 February 2021. A new centre will advise people before they leave.

It is the third such centre in the Sughd region.

Border officials trained in Khorog

On 31 March, twenty officers completed a course on identifying victims of trafficking.

Dushanbe, 5 May 2021. Returning migrants received legal advice at a one-day clinic.

Roundtable in Kulob on remittances

In December 2020, partners met in Kulob to discuss how families use remittances.
"""


def test_unseen_news_river():
    page = extract(text_lines(RIVER), "river.txt")
    records = page.records()
    assert page.shape == "news_river"
    assert [
        (
            r["title"][:25],
            r["title_derived"],
            r["date"],
            r["date_precision"],
            r["date_inferred"],
            r["place"],
        )
        for r in records
    ] == [
        ("Ministry and IOM open a m", False, "2021-02-12", "day", False, "Khujand"),
        ("Border officials trained ", False, "2021-03-31", "day", True, None),
        ("Returning migrants receiv", True, "2021-05-05", "day", False, "Dushanbe"),
        ("Roundtable in Kulob on re", False, "2020-12", "month", False, None),
    ]
    assert records[0]["body"] == ["It is the third such centre in the Sughd region."]
    assert records[2]["title"] == "Returning migrants received legal advice at a one-day clinic"
    assert records[3]["kind"] == "event_report" and records[3]["places"] == ["Kulob"]


ARTICLE_RU = """Международная организация по миграции

Миграционная служба и МОМ провели тренинг для консультантов

Душанбе, 29 января 2021 г. Двадцать консультантов Миграционной службы прошли обучение.

Участники обсудили права трудовых мигрантов.

Что дальше

Следующий тренинг пройдёт в Худжанде.
"""


def test_unseen_single_article_in_russian():
    page = extract(text_lines(ARTICLE_RU), "statya.txt")
    records = page.records()
    assert (page.shape, page.locale) == ("article", "ru")
    assert len(records) == 1
    article = records[0]
    assert article["title"] == "Миграционная служба и МОМ провели тренинг для консультантов"
    assert (article["place"], article["date"], article["date_precision"]) == (
        "Душанбе",
        "2021-01-29",
        "day",
    )
    assert article["lead"] == "Двадцать консультантов Миграционной службы прошли обучение."
    assert article["body"] == [
        "Участники обсудили права трудовых мигрантов.",
        "Что дальше",
        "Следующий тренинг пройдёт в Худжанде.",
    ]
    assert {"Душанбе", "Худжанд"} <= set(article["places"])
    assert "Миграционная служба" in article["organizations"]
    assert page.dispositions[0].role == "masthead"
