"""The bulk import writes what importing page by page through Wagtail writes: the
same tree, fields, revisions, search entries, references and records; a clean tree;
and a second run creates nothing."""

import re
from collections import Counter

import pytest
from django.db import transaction
from wagtail.models import Page, PageLogEntry, ReferenceIndex

from portal.legacy.extract import extract
from portal.legacy.importer import Importer
from portal.legacy.models import ImportedItem
from portal.legacy.text import iter_files, load_lines
from portal.sitesearch.models import SearchEntry

from .test_text import ARTICLE_RU, RIVER

# Two stories with one title (the second gets "-1"), a call without a deadline (left
# a draft) and a newsletter issue whose contents link its stories.
TWINS = """Training for returnees in Khujand

Khujand, 3 March 2021. Returnees met employers in Leninabad's old quarter and in Kulob.

Training for returnees in Khujand

Kulob, 5 March 2021. A second group of returnees met employers in Кулябе.

Call for entries: a photo contest

The mission invites photographers to send pictures of migrants' families.
"""
NEWSLETTER = """IOM Tajikistan Newsletter

Migrants' health in Bokhtar

Bokhtar, 15 August 2013. Doctors from Qurghonteppa examined returning migrants.

Border posts in Rasht Valley

Gharm, 2 September 2013. Border guards of Rasht district trained with the Migration Service.
"""


class Rollback(Exception):
    pass


@pytest.fixture
def corpus(tmp_path, samples):
    for sample in samples.glob("*.txt"):
        (tmp_path / sample.name).write_text(sample.read_text(encoding="utf-8"))
    (tmp_path / "river.txt").write_text(RIVER)
    (tmp_path / "ru").mkdir()
    (tmp_path / "ru" / "statya.txt").write_text(ARTICLE_RU)
    (tmp_path / "twins.txt").write_text(TWINS)
    (tmp_path / "newsletter-2013-08.txt").write_text(NEWSLETTER)
    return tmp_path


def run(folder, bulk: bool, publish: bool):
    importer = Importer(publish=publish, bulk=bulk)
    outcomes = []
    for path, name in iter_files([folder]):
        locale = "ru" if "/ru/" in f"/{name}" else None
        outcomes.append(importer.import_page(extract(load_lines(path), name, locale)))
    importer.finish()
    return Counter(
        {
            key: sum(getattr(outcome, key) for outcome in outcomes)
            for key in ("created", "updated", "unchanged")
        }
    ), [note for outcome in outcomes for note in outcome.notes]


def _stream(value):
    """A StreamField's raw data without the random block ids."""
    return [{k: v for k, v in block.items() if k != "id"} for block in value.raw_data]


def _label(obj):
    return (type(obj).__name__, getattr(obj, "slug", None) or str(obj))


def _fields(page):
    out = {}
    for field in page._meta.concrete_fields:
        if field.primary_key or field.name in _VOLATILE or field.attname.endswith("_ptr_id"):
            continue
        value = getattr(page, field.name)
        if field.name == "body" or hasattr(value, "raw_data"):
            value = _stream(value)
        elif field.is_relation:
            value = _label(value) if value is not None else None
        out[field.name] = value
    for name in ("places", "organizations", "thematic_areas"):
        if hasattr(page, name):
            out[name] = [p.slug for p in getattr(page, name).all()]
    if hasattr(page, "toc_entries"):
        out["toc"] = [
            (e.sort_order, e.title, e.article.slug if e.article else None)
            for e in page.toc_entries.all()
        ]
    return out


# Differ between any two runs: ids, times, random keys, revisions (compared apart).
_VOLATILE = {
    "translation_key",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "latest_revision",
    "live_revision",
    "owner",
}


def snapshot():
    pages = Page.objects.filter(depth__gt=3).order_by("path").specific()
    by_pk = {page.pk: page for page in pages}
    state = {}
    for page in pages:
        latest = page.latest_revision
        revision = latest.as_object() if latest else None
        state[page.path] = {
            **_fields(page),
            "published": (page.first_published_at is not None, page.last_published_at is not None),
            "live_revision_is_latest": page.live_revision_id == page.latest_revision_id
            if page.live
            else page.live_revision_id is None,
            "revisions": page.revisions.count(),
            "revision": _fields(revision) if revision else None,
            "log": sorted(PageLogEntry.objects.filter(page=page).values_list("action", flat=True)),
        }
    entries = {
        by_pk[e.page_id].path: (e.language, e.kind, e.title, e.body, e.title_stems, e.date)
        for e in SearchEntry.objects.filter(page_id__in=by_pk)
    }
    references = sorted(
        (
            by_pk[int(r.object_id)].path,
            _label(r.to_content_type.get_object_for_this_type(pk=r.to_object_id)),
            r.model_path,
            # A child row's primary key is in the path; the two runs' keys differ
            # where the database does not reuse them (PostgreSQL's sequences).
            re.sub(r"\.\d+\.", ".<pk>.", r.content_path),
        )
        for r in ReferenceIndex.objects.filter(
            base_content_type__model="page", object_id__in=[str(pk) for pk in by_pk]
        )
    )
    records = sorted(
        (
            i.source_key,
            i.file,
            i.first_line,
            i.last_line,
            i.kind,
            i.locale,
            i.content_hash,
            by_pk[i.object_id].path if i.object_id in by_pk else i.content_type.model,
        )
        for i in ImportedItem.objects.all()
    )
    return {"pages": state, "search": entries, "references": references, "records": records}


def _differences(fast: dict, slow: dict) -> dict:
    """path -> {field: (bulk, one by one)} where the two differ."""
    out = {}
    for path in fast.keys() | slow.keys():
        a, b = fast.get(path, {}), slow.get(path, {})
        differing = {k: (a.get(k), b.get(k)) for k in a.keys() | b.keys() if a.get(k) != b.get(k)}
        if differing:
            out[path] = differing
    return out


def _clean_tree():
    problems = Page.find_problems()
    assert all(not found for found in problems), problems


@pytest.mark.parametrize("publish", [True, False], ids=["published", "drafts"])
def test_bulk_and_one_by_one_write_the_same(db, corpus, publish):
    try:
        with transaction.atomic():
            slow = run(corpus, bulk=False, publish=publish)
            slow_state = snapshot()
            raise Rollback
    except Rollback:
        pass
    assert not Page.objects.filter(depth__gt=3).exists()
    fast = run(corpus, bulk=True, publish=publish)
    fast_state = snapshot()
    assert fast == slow
    assert slow[0]["created"] > 20 and any("left as a draft" in note for note in slow[1])
    assert len(fast_state["pages"]) > 20
    assert _differences(fast_state["pages"], slow_state["pages"]) == {}
    for part in ("search", "references", "records"):
        assert fast_state[part] == slow_state[part], part
    if publish:
        assert fast_state["search"] and fast_state["references"]
    _clean_tree()


def test_a_second_bulk_import_creates_nothing(db, corpus):
    first, _notes = run(corpus, bulk=True, publish=True)
    before = snapshot()
    second, _notes = run(corpus, bulk=True, publish=True)
    assert second["created"] == second["updated"] == 0
    assert second["unchanged"] == first["created"] + first["updated"]
    assert snapshot() == before
    _clean_tree()


def test_pages_imported_in_bulk_are_found_in_the_admin_search(db, corpus):
    run(corpus, bulk=True, publish=True)
    page = Page.objects.get(slug="training-for-returnees-in-khujand-1")
    assert page.pk in [p.pk for p in Page.objects.search("returnees")]


def test_a_failed_bulk_write_names_its_files_and_leaves_no_half_import(db, tmp_path, monkeypatch):
    from django.core.management import CommandError, call_command

    from portal.core.bulk_pages import BulkPages

    (tmp_path / "river.txt").write_text(RIVER)
    (tmp_path / "twins.txt").write_text(TWINS)

    def broken(self):
        Page.objects.filter(depth=3).update(numchild=99)  # written, then rolled back
        raise RuntimeError("disk full")

    monkeypatch.setattr(BulkPages, "flush", broken)
    err = __import__("io").StringIO()
    with pytest.raises(CommandError, match="2 file"):
        call_command("import_legacy", str(tmp_path), "--publish", stderr=err)
    assert "river.txt: error: import failed, rolled back" in err.getvalue()
    assert "twins.txt: error:" in err.getvalue() and "disk full" in err.getvalue()
    assert not Page.objects.filter(depth__gt=3).exists()
    assert not ImportedItem.objects.filter(kind="news").exists()
    _clean_tree()


def test_an_issue_updated_with_a_new_story_links_it(db, tmp_path):
    from portal.newsletters.models import NewsletterIssuePage

    issue_file = tmp_path / "newsletter-2013-08.txt"
    issue_file.write_text(NEWSLETTER.split("Border posts")[0])  # the first story only
    run(tmp_path, bulk=True, publish=True)
    issue_file.write_text(NEWSLETTER)  # the issue gains a story
    counts, _notes = run(tmp_path, bulk=True, publish=True)
    assert counts["created"] == 1 and counts["updated"] >= 1
    issue = NewsletterIssuePage.objects.get()
    linked = [(e.title, e.article and e.article.live) for e in issue.toc_entries.all()]
    assert [title for title, _live in linked][-1] == "Border posts in Rasht Valley"
    assert all(live for _title, live in linked)
    _clean_tree()
