"""The import_legacy command: dry run, writing to the database, re-import, bad files."""

import io
import json
import shutil

import pytest
from django.core.management import CommandError, call_command

from portal.legacy.models import ImportedItem

from .test_text import ARTICLE_RU, RIVER


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_legacy", *map(str, args), stdout=out, stderr=err)
        failed = None
    except CommandError as error:
        failed = error
    return out.getvalue(), err.getvalue(), failed


def counts():
    from portal.figures.models import KeyFigure
    from portal.news.models import ArticlePage
    from portal.newsletters.models import NewsletterIssuePage, NewsletterTocEntry
    from portal.taxonomy.models import Organization, Place

    return {
        "articles": ArticlePage.objects.count(),
        "issues": NewsletterIssuePage.objects.count(),
        "toc": NewsletterTocEntry.objects.count(),
        "figures": KeyFigure.objects.count(),
        "places": Place.objects.count(),
        "organizations": Organization.objects.count(),
        "imported": ImportedItem.objects.count(),
    }


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "ru").mkdir()
    (tmp_path / "en" / "river.txt").write_text(RIVER)
    (tmp_path / "ru" / "statya.html").write_text(
        "<html><body>"
        + "".join(f"<p>{block}</p>" for block in ARTICLE_RU.split("\n\n"))
        + "</body></html>"
    )
    return tmp_path


def test_dry_run_prints_jsonl_and_writes_nothing(db, corpus):
    out, err, failed = run(corpus, "--dry-run", "--format", "jsonl")
    assert failed is None and err == ""
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["kind"] for r in records] == ["news", "news", "news", "event_report", "event_report"]
    assert set(records[0]) == {
        "kind",
        "title",
        "title_derived",
        "date",
        "date_end",
        "date_precision",
        "date_inferred",
        "place",
        "lead",
        "body",
        "organizations",
        "places",
        "source",
    }
    assert records[0]["source"] == {"file": "en/river.txt", "lines": [1, 5]}
    assert records[-1]["source"]["file"] == "ru/statya.html"
    assert records[-1]["place"] == "Душанбе"  # Russian detected
    assert sum(counts().values()) == 0


def test_report_accounts_for_every_line(db, corpus):
    out, _err, failed = run(corpus / "en" / "river.txt", "--dry-run", "--format", "report")
    assert failed is None
    lines = out.splitlines()
    assert lines[0] == "== river.txt (news_river, en, 4 items)"
    assert len([line for line in lines[1:-1]]) == len(RIVER.splitlines())
    assert "item 3 news: dateline + lead" in out
    assert lines[-1] == "1 file(s), 4 item(s) (dry run: nothing written)"


def test_bad_files_do_not_stop_the_others(db, corpus):
    (corpus / "en" / "empty.txt").write_bytes(b"")
    (corpus / "en" / "binary.htm").write_bytes(b"\x00\x01\x02")
    out, err, failed = run(corpus, "--dry-run", "--format", "jsonl")
    assert str(failed) == "2 file(s) failed"
    errors = err.splitlines()
    assert len(errors) == 2
    assert errors[0].endswith("binary.htm: error: binary file (contains NUL bytes)")
    assert errors[1].endswith("empty.txt: error: empty file")
    assert len(out.splitlines()) == 5


def test_import_and_reimport(site_tree, corpus):
    from portal.news.models import ArticlePage

    out, err, failed = run(corpus)
    assert failed is None, err
    assert out.strip().endswith("5 created, 0 updated, 0 unchanged")
    articles = ArticlePage.objects.order_by("pk")
    assert articles.count() == 5
    assert not any(a.live for a in articles)  # drafts for review
    river = articles.filter(locale__language_code="en").first()
    assert river.get_parent().specific == site_tree.sections["news"]["en"]
    assert river.dateline_place.slug == "khujand" and river.date_iso == "2021-02-12"
    inferred = articles.get(title="Border officials trained in Khorog")
    assert inferred.date_iso == "2021-03-31"
    ru = articles.get(locale__language_code="ru")
    assert ru.get_parent().specific == site_tree.sections["news"]["ru"]
    assert ru.dateline_place.name == "Душанбе" and ru.dateline_place.slug == "dushanbe"
    assert [p.slug for p in ru.places.all()] == ["dushanbe", "khujand"] or {
        p.slug for p in ru.places.all()
    } == {"dushanbe", "khujand"}
    before = counts()
    keys = set(ArticlePage.objects.values_list("source_key", flat=True))
    out, err, failed = run(corpus, "--publish")
    assert failed is None, err
    assert out.strip().endswith("0 created, 5 updated, 0 unchanged")  # published now
    assert counts() == before
    assert all(a.live for a in ArticlePage.objects.all())
    out, _err, _failed = run(corpus)
    assert out.strip().endswith("0 created, 0 updated, 5 unchanged")
    assert counts() == before
    assert set(ArticlePage.objects.values_list("source_key", flat=True)) == keys


def test_changed_item_is_updated_not_duplicated(site_tree, corpus):
    from portal.news.models import ArticlePage

    run(corpus / "en")
    path = corpus / "en" / "river.txt"
    path.write_text(RIVER.replace("A new centre will advise", "The new centre advises"))
    out, _err, _failed = run(corpus / "en")
    assert out.strip().endswith("0 created, 1 updated, 3 unchanged")
    article = ArticlePage.objects.get(title__startswith="Ministry and IOM")
    assert article.lead.startswith("The new centre advises")


def test_failure_rolls_back_that_file_alone(site_tree, corpus, monkeypatch):
    from portal.legacy import importer
    from portal.news.models import ArticlePage

    original = importer.Importer._article

    def fail_in_russian(self, item, rec, page, *args):
        if page.locale == "ru":
            raise RuntimeError("disk full")
        return original(self, item, rec, page, *args)

    monkeypatch.setattr(importer.Importer, "_article", fail_in_russian)
    out, err, failed = run(corpus)
    assert str(failed) == "1 file(s) failed"
    assert "statya.html: error: import failed, file rolled back (RuntimeError: disk full)" in err
    assert ArticlePage.objects.filter(locale__language_code="en").count() == 4
    assert ArticlePage.objects.filter(locale__language_code="ru").count() == 0


def test_samples_import(site_tree, samples, tmp_path):
    from wagtail.models import Site

    from portal.core.models import MissionSettings
    from portal.figures.models import KeyFigure
    from portal.news.models import ArticlePage
    from portal.newsletters.models import NewsletterIssuePage

    folder = tmp_path / "samples"
    shutil.copytree(samples, folder)
    out, err, failed = run(folder)
    assert failed is None, err
    assert "left as a draft: a call for entries without a deadline" in err  # the 2013 call
    assert ArticlePage.objects.count() == 18
    call = ArticlePage.objects.get(title__startswith="Attention Filmmakers")
    assert (call.kind, str(call.call_opens_on), str(call.call_closes_on)) == (
        "call",
        "2020-04-06",
        "2020-06-21",
    )
    story = ArticlePage.objects.get(title="How I Became a Volunteer")
    assert (story.kind, story.privacy_marker) == ("story", "name_changed")
    ngos = ArticlePage.objects.get(title__startswith="NGOs Learn")
    assert (ngos.dateline_place.name, str(ngos.date), str(ngos.date_end)) == (
        "Bishkek",
        "2013-09-02",
        "2013-09-03",
    )
    issues = NewsletterIssuePage.objects.order_by("pk")
    assert issues.count() == 7
    issue = issues.get(title="IOM Tajikistan Newsletter")
    entries = list(issue.toc_entries.all())
    assert len(entries) == 10 and all(e.article_id for e in entries)
    assert entries[0].article.title == "NGOs Learn New Ways To Stop Trafficking In Persons"
    archive_issue = issues.filter(series__slug="today").first()
    assert [s.value["heading"] for s in archive_issue.sections] == ["Project Briefs"]
    assert archive_issue.toc_entries.count() == 8
    mission = MissionSettings.for_site(Site.objects.get(is_default_site=True))
    assert mission.phones == "(+992 48) 701 0202, 701 0303, 701 0222"
    assert mission.fax == "(+992 37) 251 0062"
    assert mission.address.startswith("734013, 22A Azizbekov Street")
    assert mission.member_since == 1994
    assert KeyFigure.objects.filter(
        value="More than 30", label="staff members throughout the country", year=2013
    ).exists()
    before = counts()
    out, err, failed = run(folder)
    assert failed is None, err
    assert counts() == before
    assert ": 0 created, 0 updated, 29 unchanged" in out
