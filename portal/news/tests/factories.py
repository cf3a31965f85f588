import datetime

import factory
import wagtail_factories

from portal.news.models import ArticleKind, ArticlePage


class ArticlePageFactory(wagtail_factories.PageFactory):
    """Build with `parent=news_index`; the page is published (live)."""

    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    kind = ArticleKind.NEWS
    lead = factory.Sequence(lambda n: f"Lead paragraph of article {n}.")
    date = factory.Sequence(lambda n: datetime.date(2021, 1, 1) + datetime.timedelta(days=n))
    live = True

    class Meta:
        model = ArticlePage
