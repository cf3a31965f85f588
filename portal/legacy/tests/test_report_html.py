"""`import_legacy --format html`: a report an editor reads in a browser, checked by
parsing it strictly as HTML."""

import shutil

from django.utils import translation
from lxml import etree

from .test_command import run
from .test_corpus import CORPUS


def parse(document: str):
    parser = etree.HTMLParser(recover=False)
    tree = etree.fromstring(document.encode(), parser)
    assert len(parser.error_log) == 0, parser.error_log
    return tree


def text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def sections(tree) -> dict:
    return {text(section.find("h2")): section for section in tree.iter("section")}


def rows(section, table_class: str) -> list:
    return section.xpath(f".//table[@class='{table_class}']/tbody/tr")


def cells(row) -> dict:
    return {td.get("class"): td for td in row.iter("td") if td.get("class")}


def report(tmp_path, *names, extra=None) -> tuple:
    for name in names:
        shutil.copy(CORPUS / name, tmp_path / name)
    for name, data in (extra or {}).items():
        (tmp_path / name).write_bytes(data)
    out, err, failed = run(tmp_path, "--dry-run", "--format", "html")
    return parse(out), err, failed


def test_items_with_their_dates_and_places(tmp_path):
    tree, err, failed = report(tmp_path, "river-oneline-en-1.txt")
    assert failed is None and err == ""
    assert tree.findtext(".//title") == "Import report"
    river = sections(tree)["river-oneline-en-1.txt"]
    items = rows(river, "items")
    assert len(items) == 8
    first = cells(items[0])
    assert first["date"].find("time").get("datetime") == "2021-01-27"
    assert "(day)" in text(first["date"])
    assert "Gharm, Rasht Valley, 27 January 2021" in text(first["date"])
    assert text(first["place"]) == "Rasht district"
    assert text(first["places"]) == "Rasht district, Rasht Valley"
    assert text(cells(items[2])["date"]).startswith("2019-12 (month only)")
    story = cells(items[5])
    assert text(story["kind"]) == "Story" and text(story["date"]) == "no date"
    assert "year inferred from the neighbouring items" in text(cells(items[6])["date"])
    assert [text(cells(row)["line"]) for row in items][4] == "5–7"  # a statement of 3 lines
    assert rows(river, "chrome") == [] and rows(river, "skipped") == []


def test_chrome_and_skipped_lines_with_their_reasons(tmp_path):
    tree, _err, _failed = report(tmp_path, "wayback-joomla15-blog-en.html")
    capture = sections(tree)["wayback-joomla15-blog-en.html"]
    chrome = [
        (text(cells(r)["line"]), text(cells(r)["reason"]), text(cells(r)["text"]))
        for r in rows(capture, "chrome")
    ]
    reasons = {reason for _no, reason, _text in chrome}
    assert {
        "web archive's toolbar",
        "side module of the old site (menu, login, polls)",
        "author line (“Written by”)",
        "“Last updated” stamp",
        "“Read more” link",
        "pagination",
        "page footer",
    } <= reasons
    assert ("29", "web archive's toolbar", "47 captures") in chrome
    items = rows(capture, "items")
    assert [text(cells(r)["title"].find("strong")) for r in items] == [
        "Border Officers Trained in Panjakent",
        "Mobile Clinic Visits Villages Around Vahdat",
    ]
    assert cells(items[0])["date"].find("time").get("datetime") == "2011-03-08"
    skipped = rows(capture, "skipped")
    assert len(skipped) == 1 and text(cells(skipped[0])["reason"]) == "blank line"
    assert text(cells(skipped[0])["line"]).startswith("22, ")


def test_a_file_that_fails_has_its_section_and_the_text_is_escaped(tmp_path):
    hostile = "Title <script>alert(1)</script> & more\n\nDushanbe, 2 May 2021. Text <b>bold</b>.\n"
    tree, err, failed = report(tmp_path, extra={"empty.txt": b"", "hostile.txt": hostile.encode()})
    assert str(failed) == "1 file(s) failed" and "empty.txt: error: empty file" in err
    found = sections(tree)
    assert text(found["empty.txt"].find("p")) == "Not imported: empty file"
    assert tree.xpath("//script") == [] and tree.xpath("//td//b") == []
    item = cells(rows(found["hostile.txt"], "items")[0])
    assert text(item["title"].find("strong")) == "Title <script>alert(1)</script> & more"
    assert "1 file could not be imported." in text(tree.find(".//footer"))


def test_the_report_speaks_russian(tmp_path):
    with translation.override("ru"):
        tree, _err, _failed = report(tmp_path, "river-oneline-ru-1.txt")
    assert tree.get("lang") == "ru"
    assert tree.findtext(".//title") == "Отчёт об импорте"
    river = sections(tree)["river-oneline-ru-1.txt"]
    assert text(cells(rows(river, "items")[4])["date"]) == "без даты"
