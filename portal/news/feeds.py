"""RSS feeds of the news river, whole or per thematic area."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from portal.taxonomy.models import ThematicArea

FEED_LENGTH = 30


class ArticleFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, news_index, theme: str | None = None):
        super().__init__()
        self.news_index = news_index
        self.theme = None
        if theme:
            self.theme = (
                ThematicArea.objects.filter(slug=theme, locale=news_index.locale).first()
                or ThematicArea.objects.filter(slug=theme).first()
            )
            if self.theme is None:
                raise Http404("Unknown thematic area")

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.theme:
            return f"{self.news_index.title}: {self.theme.name}"
        return self.news_index.title

    def link(self):
        return self.news_index.get_url(self.request)

    def description(self):
        return self.news_index.intro or _("Latest news from the mission")

    def items(self):
        articles = self.news_index.articles()
        if self.theme:
            articles = articles.in_theme(self.theme.slug)
        return articles.for_listing().newest_first()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.get_summary()

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_categories(self, item):
        return [area.name for area in item.thematic_areas.all()]
