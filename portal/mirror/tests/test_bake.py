"""Baking the site into a static mirror."""

import datetime
import html
import json
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import time_machine

from portal.mirror import signal_handlers, tasks
from portal.mirror.bake import bake, bake_incremental
from portal.mirror.manifest import load_manifest
from portal.mirror.paths import file_for, relative_href, url_key
from portal.mirror.search_index import pagefind_binary
from portal.mirror.workers import usable_jobs

LINK = re.compile(r"""\s(?:href|src|action|srcset)=("[^"]*"|'[^']*')""")


def broken_links(root: Path) -> list[tuple[str, str]]:
    """Every relative href/src/srcset in every baked HTML file that does not lead to
    a file inside the output."""
    root = root.resolve()
    broken = []
    for page in root.rglob("*.html"):
        text = page.read_text("utf-8")
        for match in LINK.finditer(text):
            value = html.unescape(match.group(1)[1:-1])
            urls = (
                [p.split()[0] for p in value.split(",") if p.strip()] if "," in value else [value]
            )
            for url in urls:
                parts = urlsplit(url)
                if parts.scheme or parts.netloc or not parts.path:
                    continue  # absolute (live site, canonical) or a fragment
                if url.startswith("/"):
                    broken.append((str(page.relative_to(root)), url))  # breaks from disk
                    continue
                target = (page.parent / unquote(parts.path)).resolve()
                if not target.is_relative_to(root) or not target.is_file():
                    broken.append((str(page.relative_to(root)), url))
    return broken


@pytest.fixture
def baked(articles, tmp_path):
    output = tmp_path / "mirror"
    report = bake(output, search=pagefind_binary() is not None)
    return output, report


def test_paths_map_queries_to_files():
    assert file_for("/en/news/") == "en/news/index.html"
    assert file_for(url_key("/en/news/", "page=2&kind=story")) == (
        "en/news/index--kind=story&page=2.html"
    )
    assert file_for(url_key("/en/news/", "page=1")) == "en/news/index.html"
    assert file_for("/en/news/feed/", "application/rss+xml; charset=utf-8") == (
        "en/news/feed/index.xml"
    )
    assert file_for("/robots.txt", "text/plain") == "robots.txt"
    assert relative_href("en/news/a/index.html", "en/index.html") == "../../index.html"


def test_bake_writes_every_language_listing_feed_and_seo_file(baked, articles):
    output, report = baked
    for code in ("en", "ru", "tg"):
        assert (output / code / "index.html").is_file()
        assert f'lang="{code}"' in (output / code / "index.html").read_text()
    article = articles[0]
    page = output / "en" / "news" / article.slug / "index.html"
    assert article.title in page.read_text()
    # 13 articles, 10 a page: the river has a second page, linked from the first.
    assert (output / "en/news/index--page=2.html").is_file()
    river = (output / "en/news/index.html").read_text()
    assert 'href="index--page=2.html"' in river
    # A filter link the templates show, and its file.
    assert 'href="index--kind=story.html"' in river
    stories = (output / "en/news/index--kind=story.html").read_text()
    assert "1 article matches these filters" in stories
    assert articles[-1].title in stories
    assert f">{articles[0].title}<" not in stories
    assert "<rss" in (output / "en/news/feed/index.xml").read_text()
    assert "<urlset" in (output / "sitemap.xml").read_text()
    assert "Sitemap:" in (output / "robots.txt").read_text()
    assert list((output / "static" / "css").glob("portal*.css"))
    assert report.pages >= 3 * 8 + 13
    assert report.missing == []


def test_every_link_in_the_mirror_resolves(baked):
    output, _report = baked
    if pagefind_binary() is None:
        pytest.skip("pagefind is not installed: the search page's bundle is absent")
    assert broken_links(output) == []


def test_root_redirects_to_default_language(baked):
    output, _report = baked
    assert 'url=en/index.html"' in (output / "index.html").read_text()


def test_forms_needing_the_server_point_to_live_site(baked, site_tree, tmp_path):
    from wagtail.models import Site

    from portal.core.models import MissionSettings

    output, _report = baked
    contact = (output / "en/contact/index.html").read_text()
    assert 'method="post"' not in contact
    assert "needs an internet connection" in contact

    settings = MissionSettings.for_site(Site.objects.get(is_default_site=True))
    settings.live_site_url = "https://mission.example.org"
    settings.save()
    bake(tmp_path / "live", search=False)
    contact = (tmp_path / "live/en/contact/index.html").read_text()
    assert 'href="https://mission.example.org/en/contact/"' in contact


def test_failed_bake_leaves_previous_mirror_intact(baked, monkeypatch):
    from portal.news.models import ArticlePage

    output, _report = baked
    before = (output / "en/news/index.html").read_text()

    def broken(self, request, *args, **kwargs):
        raise RuntimeError("template blew up")

    monkeypatch.setattr(ArticlePage, "serve", broken)
    with pytest.raises(RuntimeError):
        bake(output, search=False)
    assert (output / "en/news/index.html").read_text() == before
    assert not list(output.parent.glob(".mirror.baking-*"))


def test_incremental_rebake_after_publish(baked, articles, news_index):
    from portal.news.tests.factories import ArticlePageFactory

    output, _report = baked
    unrelated = output / "en/events/index.html"
    river = output / "en/news/index.html"
    old_article = output / "en/news" / articles[0].slug / "index.html"
    stamps = {path: path.stat().st_mtime_ns for path in (unrelated, river, old_article)}
    for path in stamps:  # make any rewrite visible whatever the clock's resolution
        os.utime(path, ns=(1, 1))

    new = ArticlePageFactory(parent=news_index, title="Fresh news from Khujand")
    report = bake_incremental(output, [new.pk], search=False)

    page = output / "en/news" / new.slug / "index.html"
    assert "Fresh news from Khujand" in page.read_text()
    assert "Fresh news from Khujand" in river.read_text()
    assert river.stat().st_mtime_ns != 1  # the river was rewritten
    assert unrelated.stat().st_mtime_ns == 1  # the events listing was not
    assert old_article.stat().st_mtime_ns == 1
    assert report.pages < 20
    manifest = load_manifest(output)
    assert manifest[f"/en/news/{new.slug}/"].page == new.pk
    pages = json.loads((output / ".mirror/manifest.json").read_text())["pages"]
    assert f"en/news/{new.slug}/index.html" in pages[str(new.pk)]
    assert broken_links(output) == [] or pagefind_binary() is None


def test_incremental_rebake_after_unpublish_removes_the_page(baked, articles):
    output, _report = baked
    gone = articles[0]
    page = output / "en/news" / gone.slug / "index.html"
    assert page.is_file()
    gone.unpublish()
    bake_incremental(output, [gone.pk], search=False)
    assert not page.exists()
    assert gone.title not in (output / "en/news/index.html").read_text()


def test_publishing_queues_a_rebake_when_mirror_root_is_set(
    settings, news_index, tmp_path, django_capture_on_commit_callbacks
):
    from portal.news.tests.factories import ArticlePageFactory

    settings.MIRROR_ROOT = str(tmp_path / "mirror")
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticlePageFactory(parent=news_index, live=False)
        article.save_revision().publish()
    # The immediate task backend ran the bake: no manifest yet, so a full one.
    assert (tmp_path / "mirror/en/news" / article.slug / "index.html").is_file()


class _RebakeQueue:
    """Stands in for the rebake task: the page ids it would be given."""

    def __init__(self):
        self.enqueued = []
        self.options = []

    def enqueue(self, page_ids, **options):
        self.enqueued.append(page_ids)
        self.options.append(options)


def test_no_rebake_without_mirror_root(
    settings, news_index, monkeypatch, django_capture_on_commit_callbacks
):
    from portal.news.tests.factories import ArticlePageFactory

    settings.MIRROR_ROOT = ""
    queue = _RebakeQueue()
    monkeypatch.setattr(signal_handlers, "rebake_pages", queue)
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticlePageFactory(parent=news_index, live=False)
        article.save_revision().publish()
        article.refresh_from_db()
        article.unpublish()
    assert queue.enqueued == []
    # A rebake queued before MIRROR_ROOT was cleared bakes nothing either.
    calls = []
    monkeypatch.setattr(tasks, "bake_incremental", lambda *a, **k: calls.append(a))
    tasks.rebake_pages.call([article.pk])
    assert calls == []


def test_publish_and_unpublish_queue_a_rebake_once_committed(
    settings, news_index, tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    from portal.news.tests.factories import ArticlePageFactory

    settings.MIRROR_ROOT = str(tmp_path / "mirror")
    queue = _RebakeQueue()
    monkeypatch.setattr(signal_handlers, "rebake_pages", queue)
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticlePageFactory(parent=news_index, live=False)
        article.save_revision().publish()
        assert queue.enqueued == []  # not before the commit: the worker must see it
    assert queue.enqueued == [[article.pk]]
    article.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert queue.enqueued == [[article.pk], [article.pk]]


@pytest.mark.skipif(pagefind_binary() is None, reason="pagefind-bin is not installed")
def test_search_index_per_language(baked):
    output, report = baked
    assert report.languages_indexed == ["en", "ru", "tg"]
    for code in ("en", "ru", "tg"):
        bundle = output / code / "pagefind"
        assert (bundle / "pagefind-ui.js").is_file()
        entry = json.loads((bundle / "pagefind-entry.json").read_text())
        assert list(entry["languages"]) == [code]
        search = (output / code / "search/index.html").read_text()
        assert 'src="../pagefind/pagefind-ui.js"' in search
        assert 'id="mirror-search"' in search
    # Only content pages are indexed, not every filtered or later listing page.
    en = json.loads((output / "en/pagefind/pagefind-entry.json").read_text())
    assert 13 < en["languages"]["en"]["page_count"] < 40


def _tree(root: Path) -> dict[str, bytes]:
    """Every file of a mirror; what changes with each render blanked (the contact
    page's e-mail key, the time of empty feeds and of the manifest)."""
    varying = re.compile(rb'data-[kv]="[^"]*"|"baked_at": "[^"]*"|<lastBuildDate>[^<]*')
    tree = {}
    for path in root.rglob("*"):
        if path.is_file():
            data = varying.sub(b"", path.read_bytes())
            tree[str(path.relative_to(root))] = data
    return tree


@pytest.mark.django_db(transaction=True)
def test_bake_in_several_processes_gives_the_same_mirror(articles, tmp_path, monkeypatch):
    # Committed data (a transactional test): the forked workers have their own
    # database connections.
    from portal.news.models import ArticlePage

    # One moment for both bakes: the help directory says what is "open now".
    with time_machine.travel(datetime.datetime(2026, 3, 4, 10, 0, tzinfo=datetime.UTC), tick=False):
        one = bake(tmp_path / "one", search=False, jobs=1)
        two = bake(tmp_path / "two", search=False, jobs=2)
    assert (one.jobs, two.jobs) == (1, 2)
    assert (two.pages, two.files, two.missing) == (one.pages, one.files, one.missing)
    assert two.pages >= 3 * 8 + 13
    assert _tree(tmp_path / "two") == _tree(tmp_path / "one")

    # A page failing in a worker fails the bake, and the mirror stays as it was.
    before = _tree(tmp_path / "two")

    def broken(self, request, *args, **kwargs):
        raise RuntimeError("template blew up")

    monkeypatch.setattr(ArticlePage, "serve", broken)
    with pytest.raises(RuntimeError, match="template blew up"):
        bake(tmp_path / "two", search=False, jobs=2)
    assert _tree(tmp_path / "two") == before


def test_one_process_inside_a_transaction(db):
    # Workers would not see uncommitted rows: inside a transaction (as in tests)
    # the bake renders in this process whatever it is asked.
    assert usable_jobs(4) == 1


@pytest.mark.skipif(pagefind_binary() is None, reason="pagefind-bin is not installed")
def test_incremental_rebake_reindexes_only_the_languages_it_changed(baked, news_index):
    from portal.news.tests.factories import ArticlePageFactory

    output, _report = baked
    ru_entry = output / "ru/pagefind/pagefind-entry.json"
    ru_inode = ru_entry.stat().st_ino
    en_count = json.loads((output / "en/pagefind/pagefind-entry.json").read_text())["languages"][
        "en"
    ]["page_count"]

    new = ArticlePageFactory(parent=news_index, title="Fresh news from Khujand")
    report = bake_incremental(output, [new.pk])
    assert report.languages_indexed == ["en"]
    entry = json.loads((output / "en/pagefind/pagefind-entry.json").read_text())
    assert entry["languages"]["en"]["page_count"] == en_count + 1
    assert ru_entry.stat().st_ino == ru_inode  # the Russian index was left alone
    assert broken_links(output) == []

    # Nothing changed since: no index is rebuilt.
    assert bake_incremental(output, [new.pk]).languages_indexed == []


def test_pages_are_rendered_without_the_page_cache_and_browser_only_middleware():
    from portal.mirror.middleware import bake_middleware

    stack = bake_middleware()
    # A page cached before a publish must not end up in the mirror.
    assert "portal.caching.middleware.PageCacheMiddleware" not in stack
    assert "django.middleware.http.ConditionalGetMiddleware" not in stack
    # What decides the page itself stays: language, redirects, the reader.
    for kept in (
        "django.middleware.locale.LocaleMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    ):
        assert kept in stack
