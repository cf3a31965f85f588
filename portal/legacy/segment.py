"""Pages of articles (news rivers, home pages, single articles, newsletter issues) cut
into items: where one article ends and the next begins.

An article starts at a heading that follows text, after a "Read More", or at a
detached dateline when the current article already has one; other lines continue the
current article. A newsletter issue's first line is the issue's title, and its
articles are its table of contents.
"""

import re

from . import detect
from .builder import Builder
from .chrome import languages_of
from .contact import take_contacts
from .datelines import Dateline, parse_dateline
from .detect import BLANK, BULLET, CHROME, HEADING, PARA
from .items import Article, NewsletterIssue

_MASTHEAD = re.compile(
    r"organi[sz]ation|mission|\bIOM\b|\bМОМ\b|мисси|организаци|представительств|tajikistan|таджикистан",
    re.I,
)


def read_articles(builder: Builder, shape: str) -> str:
    """Items of a page of articles; the shape, refined (a river whose items carry no
    datelines is one article with subheadings)."""
    return _ArticleReader(builder, shape).read()


class _ArticleReader:
    def __init__(self, builder: Builder, shape: str):
        self.builder = builder
        self.shape = shape
        self.issue: NewsletterIssue | None = None
        self.articles: list[Article] = []
        self.current: Article | None = None
        self.closed = False  # a "Read More" ended the current teaser
        self.previous_heading = -2

    def read(self) -> str:
        builder = self.builder
        everything = range(len(builder.lines))
        taken = take_contacts(builder, [i for i in everything if builder.cls(i) != CHROME])
        content = [
            i for i in everything if i not in taken and builder.cls(i) not in (BLANK, CHROME)
        ]
        content = self._issue_title(content)
        readable = set(content) - self._masthead(set(content))
        for i in everything:
            if builder.cls(i) == CHROME:
                self._chrome(i)
            elif i in readable and builder.cls(i) == HEADING:
                self._heading(i)
            elif i in readable:
                self._text(i)
        if self.issue is None and self.shape == detect.RIVER:
            self._one_article_unless_dated()
        if self.issue is not None:
            self._finish_issue(content)
        return self.shape

    # --- the page's head -------------------------------------------------------------

    def _issue_title(self, content: list[int]) -> list[int]:
        """A newsletter issue's first line is its title; the content after it."""
        if self.shape != detect.ISSUE or not content:
            return content
        self.issue = self.builder.add(NewsletterIssue(title=self.builder.texts[content[0]]))
        self.builder.own(self.issue, content[0], "issue title")
        return content[1:]

    def _masthead(self, content: set[int]) -> set[int]:
        """Heading blocks at the top, before the first title, that name the site: chrome."""
        builder = self.builder
        blocks = builder.blocks(
            [
                i
                for i in range(len(builder.lines))
                if i in content or builder.cls(i) in (BLANK, CHROME)
            ]
        )
        first_text = next(
            (n for n, block in enumerate(blocks) if any(builder.cls(i) != HEADING for i in block)),
            len(blocks),
        )
        masthead = set()
        for block in blocks[: max(first_text - 1, 0)]:
            if not all(_names_the_site(builder.lines[i].text) for i in block):
                break
            masthead.update(block)
        for i in masthead:
            builder.chrome[i] = "masthead"
        return masthead

    # --- line by line ----------------------------------------------------------------

    def _start(self, **fields) -> Article:
        self.current = self.builder.add(Article(**fields))
        self.articles.append(self.current)
        self.closed = False
        return self.current

    def _chrome(self, i: int):
        reason = self.builder.reason(i)
        if self.current is not None and reason == "read-more link":
            self.closed = True
        if reason.startswith("language link") and self.issue is not None:
            self.issue.languages.extend(languages_of(reason))

    def _heading(self, i: int):
        builder, current = self.builder, self.current
        text = builder.texts[i]
        continuing_title = (
            current is not None
            and self.previous_heading == i - 1
            and not current.paragraphs
            and not current.kicker
        )
        self.previous_heading = i
        if continuing_title:  # a title wrapped over two lines
            current.title = f"{current.title} {text}"
            builder.own(current, i, "title")
        elif current is None or current.paragraphs or self.closed or detect.is_section(text):
            builder.own(self._start(title=text), i, "title")
        else:
            current.kicker.append(text)
            builder.own(current, i, "kicker")

    def _text(self, i: int):
        builder = self.builder
        text = builder.texts[i]
        if builder.cls(i) == BULLET:
            text = "• " + detect.strip_bullet(text)
        dateline = parse_dateline(text) if builder.cls(i) == PARA else Dateline()
        if self._starts_new(dateline):
            self._start()
        current = self.current
        if not current.paragraphs:
            current.dateline = dateline
            builder.own(current, i, "dateline + lead" if dateline.found else "lead")
        else:
            builder.own(current, i, "body")
        current.paragraphs.append(text)

    def _starts_new(self, dateline: Dateline) -> bool:
        """A paragraph starts an article after a "Read More", or when it opens with a
        dateline of its own and the current article has one already."""
        current = self.current
        return bool(
            current is None
            or self.closed
            or (
                current.paragraphs
                and dateline.detached
                and dateline.date
                and current.dateline.found
            )
        )

    # --- the page as a whole ---------------------------------------------------------

    def _one_article_unless_dated(self):
        """A "river" whose items mostly carry no dateline is one article: later
        headings are its subheadings."""
        dated = sum(1 for article in self.articles if article.dateline.found)
        if dated >= 2 or len(self.articles) <= 1:
            return
        self.shape = detect.ARTICLE
        first = self.articles[0]
        for article in self.articles[1:]:
            self.builder.hand_over(
                article, first, lambda role: "body" if role != "title" else "subheading"
            )
            if article.title:
                (first.paragraphs if first.paragraphs else first.kicker).append(article.title)
            first.paragraphs.extend(article.kicker + article.paragraphs)
        self.articles = [first]

    def _finish_issue(self, content: list[int]):
        """The issue's table of contents is its articles; a heading with nothing under
        it ("Project Briefs") is a section of the issue, not an article."""
        issue, builder = self.issue, self.builder
        for article in self.articles:
            if article.title and not article.paragraphs and detect.is_section(article.title):
                issue.sections.append(article.title)
            else:
                issue.stories.append(article)
        issue.series = detect.series_name(issue.title)
        first = builder.lines[content[0]].no if content else issue.lines[0].no
        issue.span = (first, builder.lines[-1].no)
        for article in list(self.articles):
            if article.title in issue.sections:
                builder.hand_over(article, issue, lambda _role: "section")


def _names_the_site(text: str) -> bool:
    return bool(_MASTHEAD.search(text)) or len(text.split()) <= 3
