"""Pages of articles (news rivers, home pages, single articles, newsletter issues) cut
into items: where one article ends and the next begins.

An article starts where a real page signals one, whatever its layout: at a heading
that follows text, after a "Read More", at a line that opens with a dateline (a day or
a month: "Gharm, Rasht Valley, 27 January 2021.", "On 31 March, ...", "В декабре 2019
года ..."), at a line that is only a dateline, and at a story that opens with its
privacy marker ("Farrukh (name is changed) ..."). Other lines continue the current
article, so a statement of several paragraphs stays one, and a date belongs to the
article whose line carries it, never to a neighbour. A newsletter issue's first line is
the issue's title, and its articles are its table of contents.
"""

import re

from . import detect
from .builder import Builder
from .chrome import languages_of
from .contact import take_contacts
from .datelines import YEAR, Dateline, dateline_alone, parse_dateline
from .detect import BLANK, BULLET, CHROME, DATELINE, HEADING, PARA
from .items import Article, NewsletterIssue

_MASTHEAD = re.compile(
    r"organi[sz]ation|mission|\bIOM\b|\bМОМ\b|мисси|организаци|представительств|tajikistan|таджикистан",
    re.I,
)

_KIND_LABEL = re.compile(
    r"^(?:(?:joint )?press release|(?:joint )?statement|story|call for entries|"
    r"(?:совместный )?пресс-релиз|(?:совместное )?заявление|история|изҳорот)$",
    re.I,
)
_ISSUE_NUMBER = re.compile(r"^(?:issue|no\.?|number|vol\.?|выпуск|номер|№|шумораи?)\s*\d+\b", re.I)


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
        self.by_signal: set[int] = set()  # id() of articles a dateline or marker began

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
            elif i in readable and builder.cls(i) == DATELINE:
                self._dateline_line(i)
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
        rest = content[1:]
        while rest and _ISSUE_NUMBER.search(self.builder.texts[rest[0]]):  # "Issue 14, Winter 2021"
            self.issue.title += " — " + self.builder.texts[rest[0]]
            self.builder.own(self.issue, rest[0], "issue number")
            rest = rest[1:]
        return rest

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
        # The title is the last heading block before the text, or the text block's
        # own first line when no blank line parts them.
        titled = first_text < len(blocks) and builder.cls(blocks[first_text][0]) == HEADING
        masthead = set()
        for block in blocks[: first_text if titled else max(first_text - 1, 0)]:
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
        dateline = parse_dateline(text) if any(ch.isdigit() for ch in text) else Dateline()
        if opens_an_item(dateline) and detect.SENTENCE_END.search(dateline.rest):
            # "Dushanbe, 18 December 2022. Today We Mark Migrants Day.": capitals made
            # it look like a title; it is a dated paragraph.
            self.previous_heading = -2
            self._text(i, paragraph=True)
        elif opens_an_item(dateline) and dateline.detached and dateline.rest:
            # "Dushanbe, 27 January 2021 – Migrants Receive Legal Aid": dated title.
            self.previous_heading = -2
            article = self._start(title=dateline.rest, dateline=dateline, dateline_apart=True)
            self.by_signal.add(id(article))
            builder.own(article, i, "dateline + title")
        elif continuing_title and _KIND_LABEL.match(current.title):
            # "Press release" above the title: a label of the kind, not the title's start.
            current.kicker.append(current.title)
            current.title = text
            builder.owner[i - 1] = (current, "kicker")
            builder.own(current, i, "title")
        elif continuing_title:  # a title wrapped over two lines
            current.title = f"{current.title} {text}"
            builder.own(current, i, "title")
        elif current is None or current.paragraphs or self.closed or detect.is_section(text):
            builder.own(self._start(title=text), i, "title")
        elif current.title is None:  # the article began at its dateline's own line
            current.title = text
            builder.own(current, i, "title")
        else:
            current.kicker.append(text)
            builder.own(current, i, "kicker")

    def _dateline_line(self, i: int):
        """A line that is only a dateline: the date of the article it opens, or of the
        article whose title is just above it (Joomla prints the date under the title)."""
        current = self.current
        if current is None or self.closed or current.paragraphs or current.dateline.found:
            current = self._start()
            self.by_signal.add(id(current))
        current.dateline = dateline_alone(self.builder.texts[i]) or Dateline()
        current.dateline_apart = True
        self.builder.own(current, i, "dateline")

    def _text(self, i: int, paragraph: bool = False):
        builder = self.builder
        text = builder.texts[i]
        if builder.cls(i) == BULLET:
            text = "• " + detect.strip_bullet(text)
        paragraph = paragraph or builder.cls(i) == PARA
        dateline = parse_dateline(text) if paragraph else Dateline()
        signal = opens_an_item(dateline) or detect.opens_with_privacy_marker(text)
        current = self.current
        if current is None or self.closed or (current.paragraphs and signal):
            current = self._start()
            if signal:
                self.by_signal.add(id(current))
        if not current.paragraphs:
            if dateline.found or not current.dateline.found:
                current.dateline, current.dateline_apart = dateline, False
            builder.own(current, i, "dateline + lead" if dateline.found else "lead")
        else:
            builder.own(current, i, "body")
        current.paragraphs.append(text)

    # --- the page as a whole ---------------------------------------------------------

    def _one_article_unless_dated(self):
        """A "river" whose items mostly carry no dateline is one article: later
        headings are its subheadings."""
        dated = sum(1 for article in self.articles if article.dateline.found)
        if len(self.articles) == 1 and self.articles[0].title:
            self.shape = detect.ARTICLE  # one titled article: a page of its own
        if dated >= 2 or len(self.articles) <= 1:
            return
        if any(id(article) in self.by_signal for article in self.articles[1:]):
            return  # a story that opened with its privacy marker is an item of its own
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


def opens_an_item(dateline: Dateline) -> bool:
    """A dateline that opens an item: a day or a month, with or without its year (a
    year alone, "In 2019, ...", is how a paragraph of an article goes on)."""
    return bool((dateline.date and dateline.precision != YEAR) or dateline.year_missing)


def _names_the_site(text: str) -> bool:
    return bool(_MASTHEAD.search(text)) or len(text.split()) <= 3
