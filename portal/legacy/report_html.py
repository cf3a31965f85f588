"""`portal import_legacy --format html`: the import report an editor reads in a
browser. Per file: its items with their dates and places, the lines that were site
chrome and why, and every line that was skipped, with its reason.

The command writes `document_start()`, one `file_section()` (or `error_section()`)
per file as it goes, then `document_end()`; each part is rendered by a template of
`legacy/report/`, so the report is escaped and translated like the rest of the site.
"""

import hashlib

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from portal.news.kinds import ArticleKind

from . import detect
from .chrome import SITE_MODULE, WEB_ARCHIVE_TOOLBAR, languages_of
from .datelines import DAY, MONTH, YEAR, iso
from .items import CONTACT, FIGURE, NEWSLETTER_ISSUE, Article, Contact, Figure, Issue, Page

SHAPES = {
    detect.HOME: _("home page"),
    detect.RIVER: _("news river"),
    detect.ARTICLE: _("single article"),
    detect.ISSUE: _("newsletter issue"),
    detect.ARCHIVE: _("newsletter archive"),
}
KINDS = {
    **dict(ArticleKind.choices),
    NEWSLETTER_ISSUE: _("Newsletter issue"),
    FIGURE: _("Key figure"),
    CONTACT: _("Contact block"),
}
PRECISIONS = {DAY: _("day"), MONTH: _("month only"), YEAR: _("year only")}
# The reasons extraction gives, as an editor reads them.
REASONS = {
    "masthead": _("the site's name above the content"),
    "read-more link": _("“Read more” link"),
    "e-mail protection notice": _("e-mail protection notice"),
    "page tool link": _("page tool link (print, e-mail, back)"),
    "section name": _("name of the site's section (“News”)"),
    WEB_ARCHIVE_TOOLBAR: _("web archive's toolbar"),
    SITE_MODULE: _("side module of the old site (menu, login, polls)"),
    "author line": _("author line (“Written by”)"),
    "hit counter": _("hit counter"),
    "last-updated stamp": _("“Last updated” stamp"),
    "article category": _("article's category"),
    "article information label": _("article information label"),
    "breadcrumbs": _("breadcrumbs"),
    "pagination": _("pagination"),
    "links to other articles": _("links to other articles"),
    "skip links": _("skip links"),
    "page footer": _("page footer"),
    "footer notice": _("footer notice (copyright, “Powered by”)"),
    "blank line": _("blank line"),
    "not recognized": _("not recognized"),
}


def reason_label(reason: str) -> str:
    if reason.startswith("language link"):
        return _("link to the page in another language (%(languages)s)") % {
            "languages": ", ".join(languages_of(reason))
        }
    return REASONS.get(reason, reason)


def document_start() -> str:
    return render_to_string("legacy/report/start.html")


def document_end(summary: str, failed: int) -> str:
    return render_to_string("legacy/report/end.html", {"summary": summary, "failed": failed})


def file_section(page: Page) -> str:
    dispositions = page.dispositions
    skipped = [d for d in dispositions if d.status == "skip"]
    context = {
        "anchor": _anchor(page.file),
        "file": page.file,
        "shape": SHAPES.get(page.shape, page.shape),
        "locale": page.locale,
        "items": [_item_row(n, item, page) for n, item in enumerate(page.items, 1)],
        "chrome": [_line_row(d) for d in dispositions if d.status == "chrome"],
        "skipped": [_line_row(d) for d in skipped if not d.line.blank],
        "blank_lines": [d.line.no for d in skipped if d.line.blank],
        "line_count": len(page.lines),
    }
    return render_to_string("legacy/report/file.html", context)


def error_section(file: str, message: str) -> str:
    context = {"anchor": _anchor(file), "file": file, "message": message}
    return render_to_string("legacy/report/error.html", context)


def _anchor(file: str) -> str:
    """A stable id per file (names may hold anything)."""
    return "file-" + hashlib.sha1(file.encode()).hexdigest()[:12]


def _line_row(disposition) -> dict:
    return {
        "no": disposition.line.no,
        "reason": reason_label(disposition.role),
        "text": disposition.line.text.strip(),
    }


def _item_row(number: int, item, page: Page) -> dict:
    first, last = item.source_lines
    row = {
        "number": number,
        "kind": KINDS.get(item.kind, item.kind),
        "title": "",
        "date": None,
        "place": "",
        "places": [],
        "lines": f"{first}–{last}" if first != last else str(first),
        "detail": "",
    }
    if isinstance(item, Article):
        place = item.dateline_place
        row.update(
            title=item.title or "",
            date=_date(item) if item.date else None,
            place=place.name(page.locale) if place else "",
            places=[known.name(page.locale) for known in item.places],
            detail="" if item.title_derived else item.lead,
        )
    elif isinstance(item, Issue):
        row.update(title=item.title, detail="; ".join(item.toc))
    elif isinstance(item, Figure):
        row.update(title=" ".join(filter(None, [item.qualifier, item.value, item.unit])))
        row["detail"] = item.label
    elif isinstance(item, Contact):
        row.update(title=item.name, detail=item.address)
    return row


def _date(article: Article) -> dict:
    precision = article.date_precision
    return {
        "iso": iso(article.date, precision),
        "end": iso(article.date_end, precision),
        "precision": PRECISIONS.get(precision, precision),
        "inferred": article.dateline.inferred,
        "written": article.dateline.text,
    }
