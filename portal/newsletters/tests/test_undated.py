"""Issues without a date (the old site's archive) are listed in a group of their own
after the dated ones, each telling how many stories it has and when the newest dated
one is from, not under an "Undated" year that makes them look like articles."""

import datetime

import pytest

from portal.news.tests.factories import ArticlePageFactory
from portal.newsletters.tests.factories import (
    NewsletterIssuePageFactory,
    NewsletterSeriesFactory,
    NewsletterTocEntryFactory,
)

pytestmark = pytest.mark.django_db


def test_undated_issues_come_after_the_dated_ones_in_their_own_group(client, site_tree):
    parent = site_tree.sections["newsletters"]["en"]
    news = site_tree.sections["news"]["en"]
    today = NewsletterSeriesFactory(name="Today", slug="today")
    NewsletterIssuePageFactory(
        parent=parent, title="Today 2021", series=today, date=datetime.date(2021, 2, 1)
    )
    older = NewsletterIssuePageFactory(
        parent=parent, title="Today — Hotline answers", series=today, date=None, number=None
    )
    newer = NewsletterIssuePageFactory(
        parent=parent, title="Today — Migration fair", series=today, date=None, number=None
    )
    bare = NewsletterIssuePageFactory(
        parent=parent, title="Today — Radio series", series=today, date=None, number=None
    )
    for issue, dates in [
        (older, [datetime.date(2014, 10, 2), datetime.date(2014, 11, 14), None]),
        (newer, [datetime.date(2015, 3, 4), datetime.date(2015, 2, 17)]),
    ]:
        for n, date in enumerate(dates):
            article = ArticlePageFactory(parent=news, date=date)
            NewsletterTocEntryFactory(page=issue, article=article, sort_order=n)
    for n in range(3):
        NewsletterTocEntryFactory(page=bare, title=f"Story {n}", sort_order=n)

    html = client.get("/en/newsletters/").content.decode()
    assert "Undated" not in html
    undated = html.index('<h2 id="undated-heading">Issues without a date</h2>')
    assert html.index("Today 2021") < undated
    # Newest stories first; an issue none of whose stories is dated comes last.
    positions = [html.index(title, undated) for title in (newer.title, older.title, bare.title)]
    assert positions == sorted(positions)
    group = html[undated:]
    assert '2 stories · newest story: <time datetime="2015-03">March 2015</time>' in group
    assert '3 stories · newest story: <time datetime="2014-11">November 2014</time>' in group
    assert '<span class="badge">Today</span> 3 stories</p>' in group


def test_undated_group_is_in_the_readers_language(client, site_tree):
    parent = site_tree.sections["newsletters"]["ru"]
    series = NewsletterSeriesFactory(name="Сегодня", slug="today", locale=parent.locale)
    issue = NewsletterIssuePageFactory(
        parent=parent, locale=parent.locale, series=series, date=None, number=None
    )
    for n in range(5):
        NewsletterTocEntryFactory(page=issue, title=f"Материал {n}", sort_order=n)
    html = client.get("/ru/newsletters/").content.decode()
    assert "Выпуски без даты" in html
    assert '<span class="badge">Сегодня</span> 5 материалов</p>' in html
