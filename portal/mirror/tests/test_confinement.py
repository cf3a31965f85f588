"""The bake writes (and removes) files only inside its own folder, whatever the
published content links to; a link it cannot carry is reported and skipped, and
never stops the bake."""

import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from portal.mirror.bake import bake, bake_incremental
from portal.mirror.output import MirrorFolder
from portal.mirror.paths import UnsafePath, file_for, normal_path, url_key
from portal.mirror.report import BakeError

ESCAPING_LINKS = (
    "/en/%2e%2e/%2e%2e/escaped/",
    "/%2E%2E/%2e%2e/%2e%2e/far/",
    "/en/news/%2e%2e%2f%2e%2e%2f%2e%2e%2fslashed/",
)
MEDIA_LINKS = ("/media/%2e%2e/secret.txt", "/media/%2e%2e/%2e%2e/etc/passwd")


def _listing(folder: Path, output: Path) -> set[str]:
    """Every file and folder under `folder` but the mirror and its lock."""
    return {
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if not path.is_relative_to(output) and path.name != f".{output.name}.lock"
    }


def _article_linking_to(news_index, *hrefs):
    from portal.news.tests.factories import ArticlePageFactory

    links = "".join(f'<a href="{href}">link</a> ' for href in hrefs)
    article = ArticlePageFactory(
        parent=news_index, body=json.dumps([{"type": "paragraph", "value": f"<p>{links}</p>"}])
    )
    article.save_revision().publish()
    return article


def _redirect(old_path: str, link: str):
    from wagtail.contrib.redirects.models import Redirect

    return Redirect.objects.create(
        old_path=Redirect.normalise_path(old_path), redirect_link=link, site=None
    )


@pytest.fixture
def outside(tmp_path):
    """A mirror folder three levels down, so that `..` has somewhere to go."""
    output = tmp_path / "a" / "b" / "mirror"
    output.parent.mkdir(parents=True)
    (tmp_path / "a" / "keep.txt").write_text("not the mirror's")
    return tmp_path, output


def test_dot_segment_links_and_redirects_write_nothing_outside(outside, news_index):
    folder, output = outside
    article = _article_linking_to(news_index, *ESCAPING_LINKS)
    for old_path in ("/en/../../escaped/", "/../../../far/", "/en/news/../../../slashed/"):
        _redirect(old_path, "https://phishing.example/login")
    before = _listing(folder, output)

    report = bake(output, search=False)

    assert _listing(folder, output) == before
    assert (output / "en/news" / article.slug / "index.html").is_file()
    assert not list(output.rglob("*escaped*")) and not list(output.rglob("*far*"))
    assert len(report.refused) == len(ESCAPING_LINKS)
    assert all(".." in key for key in report.refused)

    # The same links reached by an incremental rebake.
    second = _article_linking_to(news_index, *ESCAPING_LINKS)
    report = bake_incremental(output, [second.pk], search=False)
    assert _listing(folder, output) == before
    assert (output / "en/news" / second.slug / "index.html").is_file()


def test_media_links_outside_the_media_folder_are_skipped(outside, news_index):
    folder, output = outside
    article = _article_linking_to(news_index, *MEDIA_LINKS, "/media//etc/passwd", "/media/")
    before = _listing(folder, output)

    report = bake(output, search=False)  # SuspiciousFileOperation stopped it before

    assert (output / "en/news" / article.slug / "index.html").is_file()
    assert _listing(folder, output) == before
    assert len(report.refused) == len(MEDIA_LINKS) + 1
    assert "/media/" in report.missing  # a folder: IsADirectoryError stopped the bake

    second = _article_linking_to(news_index, *MEDIA_LINKS)
    report = bake_incremental(output, [second.pk], search=False)
    assert (output / "en/news" / second.slug / "index.html").is_file()


def test_a_manifest_naming_files_outside_is_not_followed(outside, news_index):
    # A manifest written by an earlier (vulnerable) bake names files outside; the
    # rebake that drops their page must not remove them.
    folder, output = outside
    article = _article_linking_to(news_index)
    bake(output, search=False)
    victim = folder / "a" / "keep.txt"
    manifest_path = output / ".mirror/manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["entries"]["/en/escaped/"] = ["../../keep.txt", "html", article.pk, None]
    manifest_path.write_text(json.dumps(manifest))

    article.unpublish()
    bake_incremental(output, [article.pk], search=False)

    assert victim.read_text() == "not the mirror's"
    assert not (output / "en/news" / article.slug / "index.html").exists()


def test_a_folder_that_is_not_a_mirror_is_never_replaced(site_tree, tmp_path, monkeypatch):
    # The bake swaps its output for a new folder: pointed at the wrong folder
    # (`portal bake .`, MIRROR_ROOT empty or mistyped) it would throw that away.
    from django.core.management import CommandError, call_command

    project = tmp_path / "project"
    project.mkdir()
    (project / "notes.txt").write_text("mine")
    with pytest.raises(BakeError, match="not a mirror"):
        bake(project, search=False)
    monkeypatch.chdir(project)
    with pytest.raises(BakeError, match="not a mirror"):
        bake_incremental("", [site_tree.homes["en"].pk], search=False)
    with pytest.raises(CommandError, match="not a mirror"):
        call_command("bake", ".", "--no-search", "--no-progress")
    assert [p.name for p in project.iterdir()] == ["notes.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".project.lock", "project"]

    empty = tmp_path / "served"  # made for the web server before the first bake
    empty.mkdir()
    bake(empty, search=False)
    assert (empty / "en/index.html").is_file()


def test_the_mirror_folder_refuses_names_leading_outside(tmp_path):
    (tmp_path / "mirror").mkdir()
    (tmp_path / "mirror/elsewhere").symlink_to(tmp_path)  # not made by a bake
    folder = MirrorFolder(tmp_path / "mirror")
    for name in ("elsewhere/page.html", "../page.html", "/page.html", "a/./b.html"):
        with pytest.raises(UnsafePath):
            folder.write(name, b"<p>phishing</p>")
    folder.write("en/page.html", b"<p>fine</p>")
    assert sorted(p.name for p in tmp_path.rglob("*.html")) == ["page.html"]
    assert (tmp_path / "mirror/en/page.html").is_file()


# Pieces of URL paths that have led files astray, and anything else.
_SEGMENTS = st.one_of(
    st.sampled_from(
        [
            ".",
            "..",
            "%2e",
            "%2e%2e",
            "%2E%2e",
            ".%2e",
            "%2e.",
            "%252e%252e",
            "..%2f..",
            "%2f",
            "%2F",
            "\\",
            "%5c",
            "..\\..",
            "%00",
            "\x00",
            "\n",
            "%0a",
            "",
            "~",
            "%",
            "%zz",
            "ф",
            "%D1%84",
            "a" * 300,
        ]
    ),
    st.text(max_size=12),
)
_PATHS = st.one_of(
    st.lists(_SEGMENTS, max_size=8).map(lambda parts: "/" + "/".join(parts)),
    st.lists(_SEGMENTS, max_size=8).map("/".join),
    st.text(),
)
_CONTENT_TYPES = st.sampled_from(
    ["text/html", "text/html; charset=utf-8", "text/css", "application/rss+xml", "", "image/png"]
)


@given(path=_PATHS, query=st.text(max_size=40), content_type=_CONTENT_TYPES)
@example(path="/en/%2e%2e/%2e%2e/escaped/", query="", content_type="text/html")
@example(path="", query="", content_type="text/html")
@example(path="/media/..\\..\\x", query="", content_type="")
def test_a_url_has_a_file_inside_the_mirror_or_none(path, query, content_type, tmp_path_factory):
    root = tmp_path_factory.getbasetemp().resolve() / "root"
    # As the bake makes keys of links (links.SiteLinks.to_key), and as they are.
    for key in (url_key(normal_path(path), query), path):
        try:
            relative = file_for(key, content_type)
        except UnsafePath:
            continue
        assert "\\" not in relative and "\x00" not in relative
        assert (root / relative).resolve().is_relative_to(root), (key, relative)


def test_ordinary_urls_have_their_files():
    assert file_for(normal_path("/ru/news/%D1%84/")) == "ru/news/ф/index.html"
    assert file_for("/en/news/a.b/", "text/html") == "en/news/a.b/index.html"
    assert file_for(url_key("/en/news/", "q=../../x")) == "en/news/index--q=.._.._x.html"
    assert file_for("/media/images/photo.2.jpg", "") == "media/images/photo.2.jpg"


def test_the_command_lists_refused_links(monkeypatch, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    from portal.mirror.management.commands import bake as command
    from portal.mirror.report import BakeReport

    refused = BakeReport(pages=1, files=2, refused=["/en/../../escaped/"])
    monkeypatch.setattr(command, "bake", lambda *args, **kwargs: refused)
    errors = StringIO()
    call_command(
        "bake", str(tmp_path / "mirror"), "--no-progress", stderr=errors, stdout=StringIO()
    )
    assert (
        "refused (its file would lie outside the mirror): /en/../../escaped/" in errors.getvalue()
    )
