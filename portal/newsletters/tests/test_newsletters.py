import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail_factories import DocumentFactory

from portal.news.tests.factories import ArticlePageFactory
from portal.newsletters.archive import group_issues
from portal.newsletters.models import NewsletterIssuePage, NewsletterTocEntry
from portal.newsletters.tests.factories import (
    NewsletterIssuePageFactory,
    NewsletterSeriesFactory,
    NewsletterTocEntryFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsletters(site_tree):
    return site_tree.sections["newsletters"]


@pytest.fixture
def today(db):
    return NewsletterSeriesFactory(name="Today", slug="today")


def translate(page, locale, **changes):
    copy = page.copy_for_translation(locale)
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


def test_issue_page_lists_toc_in_order_with_title_only_entries_and_sections(
    client, newsletters, news_index, today
):
    first = ArticlePageFactory(
        parent=news_index, title="Hotline opens in Khujand", slug="hotline", lead="A new line."
    )
    last = ArticlePageFactory(
        parent=news_index, title="Border training ends", slug="border-training"
    )
    pdf = DocumentFactory(
        title="Today 12", file=ContentFile(b"%PDF-1.4\n" + b"x" * 2038, name="today-12.pdf")
    )
    issue = NewsletterIssuePageFactory(
        parent=newsletters["en"],
        title="Today, issue 12",
        slug="today-12",
        series=today,
        number=12,
        date=datetime.date(2013, 9, 1),
        date_precision="month",
        pdf=pdf,
        sections=[
            (
                "section",
                {
                    "heading": "Project Briefs",
                    "items": [
                        {"title": "Safe migration in Khatlon", "summary": "Two-year project."}
                    ],
                },
            )
        ],
    )
    # Created out of order on purpose: the sort order decides.
    NewsletterTocEntryFactory(page=issue, article=last, sort_order=2)
    NewsletterTocEntryFactory(
        page=issue, title="Roundtable in Kulob", summary="Officials met NGOs.", sort_order=1
    )
    NewsletterTocEntryFactory(page=issue, article=first, sort_order=0)

    response = client.get("/en/newsletters/today-12/")
    assert response.status_code == 200
    html = response.content.decode()
    positions = [
        html.index(t)
        for t in ("Hotline opens in Khujand", "Roundtable in Kulob", "Border training ends")
    ]
    assert positions == sorted(positions)
    assert '<ol class="newsletter-toc">' in html
    assert '<a href="/en/news/hotline/">Hotline opens in Khujand</a>' in html
    assert "A new line." in html  # the article's lead stands in for a missing summary
    assert "<h3>Roundtable in Kulob</h3>" in html  # title only: not a link
    assert "Officials met NGOs." in html
    assert '<h2 id="section-1">Project Briefs</h2>' in html and "Safe migration in Khatlon" in html
    assert f'href="{pdf.url}"' in html and "2.0\xa0KB" in html
    assert "September 2013" in html and "1 September" not in html  # month precision


def test_toc_entry_needs_an_article_or_a_title():
    with pytest.raises(ValidationError) as excinfo:
        NewsletterTocEntry(title="  ").clean()
    assert "title" in excinfo.value.message_dict
    NewsletterTocEntry(title="A story not on the site").clean()


def test_resolved_toc_prefers_the_article_in_the_issues_language(newsletters, news_index):
    translated = ArticlePageFactory(
        parent=news_index, title="Hotline opens", slug="hotline", lead="English lead."
    )
    translate(
        translated, newsletters["ru"].locale, title="Открылась горячая линия", lead="Русский лид."
    )
    untranslated = ArticlePageFactory(parent=news_index, title="Only in English", slug="only-en")
    issue = NewsletterIssuePageFactory(parent=newsletters["en"], slug="issue-1")
    NewsletterTocEntryFactory(page=issue, article=translated, sort_order=0)
    NewsletterTocEntryFactory(page=issue, article=untranslated, sort_order=1)
    NewsletterTocEntryFactory(page=issue, title="Offline story", sort_order=2)
    russian = translate(issue, newsletters["ru"].locale, title="Выпуск 1")

    items = NewsletterIssuePage.objects.get(pk=russian.pk).resolved_toc()
    assert [(i.title, i.summary, i.url) for i in items] == [
        ("Открылась горячая линия", "Русский лид.", "/ru/news/hotline/"),
        ("Only in English", untranslated.lead, "/en/news/only-en/"),
        ("Offline story", "", None),
    ]
    full = NewsletterIssuePage.objects.get(pk=russian.pk).resolved_toc(full_urls=True)
    assert full[0].url.startswith("http") and full[0].url.endswith("/ru/news/hotline/")


def test_unpublished_article_is_listed_without_a_link(newsletters, news_index):
    article = ArticlePageFactory(parent=news_index, title="Withdrawn story", slug="withdrawn")
    article.unpublish()
    issue = NewsletterIssuePageFactory(parent=newsletters["en"])
    NewsletterTocEntryFactory(page=issue, article=article)
    [item] = issue.resolved_toc()
    assert item.title == "Withdrawn story" and item.url is None


def test_language_versions_listed_on_issue_and_index(client, newsletters, today):
    issue = NewsletterIssuePageFactory(
        parent=newsletters["en"], title="Today 5", slug="today-5", series=today
    )
    translate(issue, newsletters["ru"].locale, title="Today 5 на русском")

    html = client.get("/en/newsletters/today-5/").content.decode()
    assert '<a href="/ru/newsletters/today-5/" lang="ru" hreflang="ru">Русский</a>' in html
    assert (
        'href="/en/newsletters/today-5/" lang="en" hreflang="en" aria-current="page">English</a>'
        in html
    )
    assert 'href="/tg/newsletters/today-5/"' not in html  # no Tajik version

    html = client.get("/en/newsletters/").content.decode()
    assert '<a href="/ru/newsletters/today-5/" lang="ru" hreflang="ru">Русский</a>' in html
    assert 'href="/tg/newsletters/today-5/' not in html
    # The Russian archive lists the Russian version.
    assert "Today 5 на русском" in client.get("/ru/newsletters/").content.decode()


def test_index_groups_issues_by_series_then_year(client, newsletters, today):
    news = NewsletterSeriesFactory(name="Newsletter", slug="newsletter")
    parent = newsletters["en"]
    NewsletterIssuePageFactory(
        parent=parent, title="Today 2020 A", series=today, date=datetime.date(2020, 3, 1)
    )
    NewsletterIssuePageFactory(
        parent=parent, title="Today 2021 A", series=today, date=datetime.date(2021, 2, 1)
    )
    NewsletterIssuePageFactory(
        parent=parent, title="Today 2021 B", series=today, date=datetime.date(2021, 6, 1)
    )
    NewsletterIssuePageFactory(
        parent=parent, title="Newsletter 2013", series=news, date=datetime.date(2013, 9, 1)
    )

    groups = group_issues(parent.specific.issues().newest_first())
    assert [g.name for g in groups] == ["Today", "Newsletter"]
    assert [(y.year, [i.title for i in y.issues]) for y in groups[0].years] == [
        (2021, ["Today 2021 B", "Today 2021 A"]),
        (2020, ["Today 2020 A"]),
    ]
    assert [y.year for y in groups[1].years] == [2013]

    html = client.get("/en/newsletters/").content.decode()
    order = [
        "Today</a></h2>",
        "<h3>2021</h3>",
        "Today 2021 B",
        "Today 2021 A",
        "<h3>2020</h3>",
        "Newsletter</a></h2>",
        "<h3>2013</h3>",
        "Newsletter 2013",
    ]
    positions = [html.index(marker) for marker in order]
    assert positions == sorted(positions)

    html = client.get("/en/newsletters/?series=newsletter").content.decode()
    assert "Newsletter 2013" in html and "Today 2021 B" not in html


def test_index_queries_do_not_grow_with_issues(client, newsletters, today):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/en/newsletters/").status_code == 200
        return len(ctx.captured_queries)

    for _n in range(2):
        issue = NewsletterIssuePageFactory(parent=newsletters["en"], series=today)
        translate(issue, newsletters["ru"].locale)
    count()  # warms per-process caches (site root paths, content types)
    few = count()
    for _n in range(5):
        issue = NewsletterIssuePageFactory(parent=newsletters["en"], series=today)
        translate(issue, newsletters["ru"].locale)
    count()  # publishing started a new cache generation (menu, language links): warm again
    assert count() == few


def test_querysets_newest_first_and_in_series(newsletters, today):
    other = NewsletterSeriesFactory(slug="newsletter")
    parent = newsletters["en"]
    old = NewsletterIssuePageFactory(parent=parent, series=today, date=datetime.date(2019, 1, 1))
    new = NewsletterIssuePageFactory(parent=parent, series=other, date=datetime.date(2021, 1, 1))
    undated = NewsletterIssuePageFactory(parent=parent, series=today, date=None)
    issues = NewsletterIssuePage.objects.live().filter(locale=parent.locale)
    assert list(issues.newest_first()) == [new, old, undated]
    assert list(issues.in_series("today").newest_first()) == [old, undated]
    assert issues.newest_first().first().date_display == "1 January 2021"


def test_each_language_version_has_its_own_pdf_and_toc_titles(client, newsletters):
    english_pdf = DocumentFactory(title="EN", file=ContentFile(b"%PDF en", name="today-en.pdf"))
    russian_pdf = DocumentFactory(title="RU", file=ContentFile(b"%PDF ru", name="today-ru.pdf"))
    issue = NewsletterIssuePageFactory(parent=newsletters["en"], slug="today-7", pdf=english_pdf)
    NewsletterTocEntryFactory(page=issue, title="Roundtable in Kulob")
    russian = translate(issue, newsletters["ru"].locale, pdf=russian_pdf)
    entry = russian.toc_entries.get()
    assert entry.locale == newsletters["ru"].locale  # translated with the page
    entry.title = "Круглый стол в Кулобе"
    entry.save()

    html = client.get("/ru/newsletters/today-7/").content.decode()
    assert f'href="{russian_pdf.url}"' in html and english_pdf.url not in html
    assert "Круглый стол в Кулобе" in html
    html = client.get("/en/newsletters/today-7/").content.decode()
    assert f'href="{english_pdf.url}"' in html and "Roundtable in Kulob" in html


def test_admin_rejects_toc_entry_without_article_or_title(admin_client, newsletters, today):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    parent = newsletters["en"]
    url = f"/admin/pages/add/newsletters/newsletterissuepage/{parent.pk}/"
    assert admin_client.get(url).status_code == 200

    def post(entries):
        data = nested_form_data(
            {
                "title": "Today 9",
                "slug": "today-9",
                "series": today.pk,
                "number": 9,
                "date": "2021-03-01",
                "date_precision": "month",
                "intro": "",
                "toc_entries": inline_formset(entries),
                "sections": streamfield([]),
            }
        )
        return admin_client.post(url, data)

    response = post([{"article": "", "title": "", "summary": "orphan"}])
    assert response.status_code == 200
    assert "Choose an article or give the story" in response.content.decode()
    assert not NewsletterIssuePage.objects.filter(slug="today-9").exists()

    response = post([{"article": "", "title": "Roundtable in Kulob", "summary": ""}])
    assert response.status_code == 302
    issue = NewsletterIssuePage.objects.get(slug="today-9")
    assert [e.title for e in issue.toc_entries.all()] == ["Roundtable in Kulob"]
    assert issue.toc_entries.get().locale == parent.locale
