"""What extraction finds in a saved page, typed: one dataclass per kind of item.

Extraction builds these; the JSON output (`record()`, `--format jsonl`) and the importer
both read them, so a field means the same thing on the way out and on the way in.
Every item remembers the lines it was read from (`lines`), so the import report can
account for each line and an editor can find the item in the file.
"""

import datetime
from dataclasses import dataclass, field
from typing import ClassVar

from .datelines import Dateline, iso
from .names import Known
from .text import Line

NEWS, PRESS_RELEASE, STATEMENT, STORY, EVENT_REPORT, CALL = (
    "news",
    "press_release",
    "statement",
    "story",
    "event_report",
    "call",
)
ARTICLE_KINDS = {NEWS, PRESS_RELEASE, STATEMENT, STORY, EVENT_REPORT, CALL}
NEWSLETTER_ISSUE, FIGURE, CONTACT = "newsletter_issue", "figure", "contact"


@dataclass(eq=False, kw_only=True)
class Item:
    """Any item: the lines it owns, and the lines it spans when that is more (an issue
    runs on to its language links)."""

    lines: list[Line] = field(default_factory=list)
    span: tuple[int, int] | None = None

    kind: ClassVar[str]

    @property
    def source_lines(self) -> list[int | None]:
        """[first, last] line number in the file."""
        if self.span:
            return list(self.span)
        if not self.lines:
            return [None, None]
        numbers = [line.no for line in self.lines]
        return [min(numbers), max(numbers)]

    def source(self, file: str) -> dict:
        return {"file": file, "lines": self.source_lines}

    def record(self, file: str, locale: str) -> dict:
        """The item as one JSON object of `--format jsonl`."""
        raise NotImplementedError


@dataclass(eq=False, kw_only=True)
class Article(Item):
    """A news item, press release, statement, story, event report or call for entries."""

    kind: str = NEWS  # refined by `kinds.finish_article`
    title: str | None = None  # derived from the lead when the page gave none
    title_derived: bool = False
    kicker: list[str] = field(default_factory=list)  # headings between title and text
    paragraphs: list[str] = field(default_factory=list)
    dateline: Dateline = field(default_factory=Dateline)
    # The dateline stood on a line of its own or in the title, not in the lead.
    dateline_apart: bool = False
    places: list[Known] = field(default_factory=list)  # the dateline's place first
    organizations: list[Known] = field(default_factory=list)
    privacy_marker: str = ""  # stories: what protects the people in them
    call_opens: datetime.date | None = None  # calls for entries
    call_closes: datetime.date | None = None

    @property
    def lead(self) -> str:
        if not self.paragraphs:
            return ""
        if self.dateline.detached and not self.dateline_apart:
            return self.dateline.rest
        return self.paragraphs[0]

    @property
    def body(self) -> list[str]:
        """Everything after the lead, the kicker first."""
        return [*self.kicker, *self.paragraphs[1:]]

    @property
    def text(self) -> str:
        return "\n".join([self.title or "", *self.kicker, *self.paragraphs])

    @property
    def date(self) -> datetime.date | None:
        return self.dateline.date

    @property
    def date_end(self) -> datetime.date | None:
        return self.dateline.date_end if self.dateline.date else None

    @property
    def date_precision(self) -> str | None:
        return self.dateline.precision if self.dateline.date else None

    @property
    def dateline_place(self) -> Known | None:
        """The place the dateline names (always the first of `places`)."""
        return self.places[0] if self.dateline.place and self.places else None

    def record(self, file: str, locale: str) -> dict:
        precision = self.date_precision
        place = self.dateline_place
        out = {
            "kind": self.kind,
            "title": self.title,
            "title_derived": self.title_derived,
            "date": iso(self.date, precision),
            "date_end": iso(self.date_end, precision),
            "date_precision": precision,
            "date_inferred": self.dateline.inferred,
            "place": place.name(locale) if place else None,
            "lead": self.lead,
            "body": self.body,
            "organizations": [entry.name(locale) for entry in self.organizations],
            "places": [entry.name(locale) for entry in self.places],
            "source": self.source(file),
        }
        if self.kind == CALL:
            out["call_opens"] = self.call_opens.isoformat() if self.call_opens else None
            out["call_closes"] = self.call_closes.isoformat() if self.call_closes else None
        if self.kind == STORY:
            out["privacy_marker"] = self.privacy_marker
        return out


@dataclass(eq=False, kw_only=True)
class Issue(Item):
    """A newsletter issue; its table of contents is `toc` (titles)."""

    kind: ClassVar[str] = NEWSLETTER_ISSUE
    title: str = ""
    title_derived: bool = False
    series: str = ""  # the newsletter's own name ("Today")
    sections: list[str] = field(default_factory=list)  # "Project Briefs"
    languages: list[str] = field(default_factory=list)  # language versions it links to
    intro: str = ""

    @property
    def toc(self) -> list[str]:
        raise NotImplementedError

    def record(self, file: str, locale: str) -> dict:
        return {
            "kind": NEWSLETTER_ISSUE,
            "title": self.title,
            "title_derived": self.title_derived,
            "series": self.series,
            "toc": self.toc,
            "sections": self.sections,
            "languages": self.languages,
            "intro": self.intro,
            "source": self.source(file),
        }


@dataclass(eq=False, kw_only=True)
class NewsletterIssue(Issue):
    """An issue whose stories are in the same file: the table of contents links them."""

    stories: list[Article] = field(default_factory=list)

    @property
    def toc(self) -> list[str]:
        return [story.title for story in self.stories]


@dataclass(eq=False, kw_only=True)
class ArchiveIssue(Issue):
    """An issue listed on the newsletter archive page: titles only, the stories are
    elsewhere (the importer links those already on the site)."""

    titles: list[str] = field(default_factory=list)

    @property
    def toc(self) -> list[str]:
        return self.titles


@dataclass(eq=False, kw_only=True)
class Figure(Item):
    """A key figure: "More than 30 staff members", "Member State since 1994"."""

    kind: ClassVar[str] = FIGURE
    value: str
    unit: str = ""
    qualifier: str = ""  # "more than", "since"...
    label: str = ""
    year: int | None = None
    member_since: bool = False  # the year the country joined: a mission setting

    def record(self, file: str, locale: str) -> dict:
        return {
            "kind": FIGURE,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "label": self.label,
            "year": self.year,
            "source": self.source(file),
        }


@dataclass(eq=False, kw_only=True)
class Contact(Item):
    """The mission's contact block: name, postal address, phones, fax."""

    kind: ClassVar[str] = CONTACT
    name: str = ""
    address: str = ""
    phones: str = ""
    fax: str = ""

    def record(self, file: str, locale: str) -> dict:
        return {
            "kind": CONTACT,
            "name": self.name,
            "address": self.address,
            "phones": self.phones,
            "fax": self.fax,
            "source": self.source(file),
        }


@dataclass
class Disposition:
    """What became of one line: part of an item, chrome, or skipped (with why)."""

    line: Line
    status: str  # "item", "chrome" or "skip"
    item: int | None = None  # index into Page.items
    role: str = ""  # for an item: title, lead, body...; otherwise the reason


@dataclass
class Page:
    """A saved page read: its shape and language, its items in reading order, and
    what became of every line (`dispositions`)."""

    file: str
    lines: list[Line]
    shape: str
    locale: str
    items: list[Item]
    dispositions: list[Disposition]

    def records(self) -> list[dict]:
        return [item.record(self.file, self.locale) for item in self.items]
