"""A saved page's lines → its items: articles, newsletter issues, figures, the contact
block (the typed form of `items.py`).

Every line of the page is accounted for: it belongs to exactly one item, or it is
chrome, or it is skipped with a reason (blank lines). `Page.dispositions` is that
account; the import report prints it and a test checks it on every sample.

The steps, each in its own module: what each line looks like and what the page is
(`detect`), where items begin and end (`segment` for pages of articles, `archive` for
the newsletter archive, `contact` and `figures` for the blocks they name), then what
each article is (`kinds`).
"""

from . import detect
from .archive import read_archive
from .builder import Builder
from .items import Article, Page
from .kinds import finish_article, infer_years
from .segment import read_articles
from .text import Line


def extract(lines: list[Line], file: str = "", locale: str | None = None) -> Page:
    classes = detect.classify(lines)
    locale = locale or detect.detect_language("\n".join(line.text for line in lines))
    shape = detect.detect_shape(lines, classes)
    builder = Builder(lines, classes)
    if shape == detect.ARCHIVE:
        read_archive(builder)
    else:
        shape = read_articles(builder, shape)
    items = builder.in_reading_order()
    articles = [item for item in items if isinstance(item, Article)]
    for article in articles:
        finish_article(article)
    infer_years(articles)
    return Page(file, lines, shape, locale, items, builder.dispositions())
