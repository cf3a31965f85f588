"""Limits of the importer: it reads nothing outside the folders it is given, caps the
items of one file, and refuses text whose decoding does not read as the language it
claims."""

import json

import pytest

from portal.legacy.extract import extract
from portal.legacy.importer import Importer
from portal.legacy.models import ImportedItem
from portal.legacy.text import LegacyFileError, load_lines, text_lines

from .test_command import run
from .test_text import RIVER

SECRET = "Secret notes\n\nDushanbe, 1 May 2021. The root password is hunter2.\n"


@pytest.fixture
def folders(tmp_path):
    """pages/ to import, and outside/ next to it that must never be read."""
    outside, pages = tmp_path / "outside", tmp_path / "pages"
    outside.mkdir()
    pages.mkdir()
    (outside / "secret.txt").write_text(SECRET)
    (pages / "river.txt").write_text(RIVER)
    return pages, outside


def test_a_link_to_a_file_outside_the_folder_is_skipped(db, folders):
    pages, outside = folders
    (pages / "notes.txt").symlink_to(outside / "secret.txt")
    (pages / "etc").symlink_to(outside, target_is_directory=True)
    out, err, failed = run(pages, "--dry-run", "--format", "jsonl")
    assert failed is None
    assert "hunter2" not in out
    assert [json.loads(line)["source"]["file"] for line in out.splitlines()] == ["river.txt"] * 4
    assert err.splitlines() == [
        f"{pages / 'etc'}: skipped: a symbolic link to a folder (links to folders are not followed)",
        f"{pages / 'notes.txt'}: skipped: a symbolic link to a file outside {pages}",
    ]


def test_a_link_named_on_the_command_line_stays_in_its_folder(site_tree, folders):
    from portal.news.models import ArticlePage

    pages, outside = folders
    (pages / "notes.txt").symlink_to(outside / "secret.txt")
    out, err, failed = run(pages / "notes.txt", "--publish")
    assert failed is None
    assert (
        err.strip() == f"{pages / 'notes.txt'}: skipped: a symbolic link to a file outside {pages}"
    )
    assert out.strip().endswith("0 file(s), 0 item(s): 0 created, 0 updated, 0 unchanged")
    assert not ArticlePage.objects.filter(lead__contains="hunter2").exists()


def test_a_link_to_a_file_inside_the_folder_is_read_once(db, folders):
    pages, _outside = folders
    (pages / "archive").mkdir()
    (pages / "archive" / "2021.txt").write_text(SECRET.replace("hunter2", "safe"))
    (pages / "latest.txt").symlink_to(pages / "archive" / "2021.txt")
    out, err, failed = run(pages / "latest.txt", "--dry-run", "--format", "jsonl")
    assert failed is None and err == ""
    assert json.loads(out)["source"]["file"] == "latest.txt"
    out, err, failed = run(pages, "--dry-run", "--format", "jsonl")
    assert failed is None
    files = [json.loads(line)["source"]["file"] for line in out.splitlines()]
    assert files == ["archive/2021.txt"] + ["river.txt"] * 4
    assert err.strip() == f"{pages / 'latest.txt'}: skipped: the same file as archive/2021.txt"


def _teasers(count: int) -> str:
    return "".join(
        f"Teaser number {n}\n\nDushanbe, 1 May 2021. Returning migrants got advice at clinic {n}.\n\n"
        for n in range(count)
    )


def test_items_per_file_are_capped(site_tree, tmp_path):
    from portal.news.models import ArticlePage

    path = tmp_path / "river.txt"
    path.write_text(RIVER)  # four items
    out, err, failed = run(path, "--max-items", "3")
    assert str(failed) == "1 file(s) failed"
    assert err.strip() == (
        f"{path}: error: 4 items, more than the limit of 3 per file (raise it with --max-items)"
    )
    assert ArticlePage.objects.count() == ImportedItem.objects.count() == 0
    out, err, failed = run(path, "--max-items", "4")
    assert failed is None, err
    assert ArticlePage.objects.count() == 4


def test_the_default_cap_refuses_a_huge_file(db, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(_teasers(1001))
    out, err, failed = run(path, "--dry-run", "--format", "jsonl")
    assert str(failed) == "1 file(s) failed" and out == ""
    assert err.strip().endswith(
        "error: 1001 items, more than the limit of 1000 per file (raise it with --max-items)"
    )
    out, err, failed = run(path, "--dry-run", "--format", "jsonl", "--max-items", "2000")
    assert failed is None and len(out.splitlines()) == 1001


def test_max_items_must_be_a_positive_number(db, tmp_path):
    (tmp_path / "river.txt").write_text(RIVER)
    _out, _err, failed = run(tmp_path, "--dry-run", "--max-items", "0")
    assert "--max-items" in str(failed) and "positive" in str(failed)


def test_the_importer_itself_refuses_too_many_items(site_tree):
    page = extract(text_lines(RIVER), "river.txt")
    with pytest.raises(LegacyFileError, match=r"river\.txt: 4 items, more than the limit of 3"):
        Importer(max_items=3).import_page(page)
    assert ImportedItem.objects.count() == 0


LATIN = "Café owners meet in Dushanbe\n\nDushanbe, 12 May 2021. The café « Été » welcomed naïve questions from returning migrants.\n"


def test_latin_1_text_is_read_as_latin_1(tmp_path):
    (tmp_path / "latin.txt").write_bytes(LATIN.encode("latin-1"))
    lines = load_lines(tmp_path / "latin.txt")
    assert [line.text for line in lines] == LATIN.splitlines()


def test_windows_1252_quotes_and_accents_are_read(tmp_path):
    text = "“Déjà vu” – a migrant’s résumé of the year…\n\nIOM staff met the Ministry’s experts.\n"
    (tmp_path / "quotes.txt").write_bytes(text.encode("cp1252"))
    assert [line.text for line in load_lines(tmp_path / "quotes.txt")] == text.splitlines()


def test_a_declared_charset_that_does_not_read_is_not_trusted(tmp_path):
    page = f"<html><head><meta charset='windows-1251'></head><body><p>{LATIN}</p></body></html>"
    (tmp_path / "page.html").write_bytes(page.encode("latin-1"))
    assert "Été" in " ".join(line.text for line in load_lines(tmp_path / "page.html"))


# Tajik written in Windows-1251, which lacks its own letters: ҳ, қ, ҷ, ғ, ӣ, ӯ are
# typed as their Russian look-alikes, as old sites did.
TAJIK_1251 = (
    "Муҳоҷирон дар шаҳри Душанбе ҷамъ омаданд ва дар бораи ҳуқуқҳои худ маълумот гирифтанд."
)
RUSSIAN = "Душанбе, 29 января 2021 г. Двадцать консультантов Миграционной службы прошли обучение по правам трудовых мигрантов."


def test_russian_and_tajik_in_windows_1251_are_read(tmp_path):
    tajik = TAJIK_1251.translate(str.maketrans("ҳқҷғӣӯ", "хкчгиу"))
    for name, text in [("ru.txt", RUSSIAN), ("tg.txt", tajik)]:
        (tmp_path / name).write_bytes(text.encode("cp1251"))
        assert load_lines(tmp_path / name)[0].text == text


@pytest.mark.parametrize(
    "text, encoding",
    [
        # Greek read as Windows-1251 gives Cyrillic letters, but not Russian words.
        ("Καλημέρα σας. Οι μετανάστες συναντήθηκαν στη Ντουσαμπέ για να μιλήσουν.", "cp1253"),
        # Russian in KOI8-R: Cyrillic letters in the wrong places.
        (RUSSIAN, "koi8-r"),
    ],
)
def test_text_that_reads_as_no_language_is_refused(tmp_path, text, encoding):
    (tmp_path / "page.txt").write_bytes(text.encode(encoding))
    with pytest.raises(LegacyFileError, match="cannot decode the file"):
        load_lines(tmp_path / "page.txt")
