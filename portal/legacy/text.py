"""Turn a saved page (.txt, .html, .htm) into numbered lines of text.

The old site survives as text copied from the browser or as HTML saved by a browser
or a web archive. Both become the same thing here: lines in reading order, blank
lines between blocks, each line remembering where it came from in the file so that
the import report can account for every one of them.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from bs4 import (
    BeautifulSoup,
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)

from .chrome import SITE_MODULE, WEB_ARCHIVE_TOOLBAR
from .encoding import decode
from .errors import LegacyFileError
from .files import HTML_SUFFIXES
from .files import iter_files as iter_files  # where callers have always found it

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Line:
    no: int  # line number in the source file (1-based)
    text: str
    hint: str = ""  # "h" for an HTML heading, "li" for a list item
    chrome: str = ""  # why the page's markup says it is chrome (a Joomla module...)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def text_lines(text: str) -> list[Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):  # a final newline ends the last line; it is not another
        text = text[:-1]
    return [
        Line(n, line.rstrip().replace("\xa0", " ")) for n, line in enumerate(text.split("\n"), 1)
    ]


# --- HTML ------------------------------------------------------------------------

_DROP = {
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "form",
    "button",
    "select",
    "svg",
    "iframe",
    "head",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "blockquote",
    "pre",
    "address",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "caption",
    "hr",
    "body",
    "html",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Joomla 1.5 prints an article's title in a table cell of these classes.
_HEADING_CLASSES = {"contentheading", "componentheading", "contentpagetitle"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def html_lines(source: str) -> list[Line]:
    """Block-level text in document order; site chrome that is structural (navigation,
    header, footer, scripts) is dropped, headings are kept and marked."""
    reader = _HtmlReader()
    reader.walk(BeautifulSoup(source, "html.parser"))
    reader.flush()
    lines = reader.lines
    while lines and lines[-1].blank:
        lines.pop()
    return lines


class _HtmlReader:
    """Text of the blocks met so far, as lines; `buffer` holds the block being read."""

    def __init__(self):
        self.lines: list[Line] = []
        self.buffer: list[str] = []
        self.no = 1  # source line of the block being read
        self.hint = ""
        self.chrome = ""  # the reason of the chrome container being read, if any

    def flush(self, blank_after=True):
        text = re.sub(r"[ \t\r\n\xa0]+", " ", "".join(self.buffer)).strip()
        self.buffer.clear()
        if text:
            self.lines.append(Line(self.no, text, self.hint, self.chrome))
        if blank_after and self.lines and not self.lines[-1].blank:
            self.lines.append(Line(self.no, ""))

    def walk(self, node, hint=""):
        for child in node.children:
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                self._text(node, child, hint)
            elif isinstance(child, Tag) and not _dropped(child):
                self._tag(child, hint)

    def _text(self, node, string, hint):
        if not self.buffer and not str(string).strip():
            return
        if not self.buffer:
            self.no = getattr(node, "sourceline", None) or self.no
            self.hint = hint
        self.buffer.append(str(string))

    def _tag(self, tag, hint):
        name = tag.name.lower()
        reason = "" if self.chrome else _container_chrome(tag)
        if reason:  # its lines stay in the account, as chrome
            self.flush(blank_after=bool(self.buffer))
            self.chrome = reason
            self.walk(tag, hint)
            self.flush()
            self.chrome = ""
        elif name == "br":
            self.flush(blank_after=False)
        elif name in _BLOCK:
            self._block(tag, name, hint)
        else:
            self.walk(tag, hint)

    def _block(self, tag, name, hint):
        """A block starts and ends a line; a list item is one line, with a bullet."""
        in_list = name == "li" or hint == "li"
        self.flush(blank_after=not in_list and bool(self.buffer))
        heading = name in _HEADINGS or _HEADING_CLASSES.intersection(tag.get("class") or ())
        child_hint = "h" if heading else ("li" if name == "li" else hint)
        if name == "li":
            self.no = tag.sourceline or self.no
            self.hint = "li"
            self.buffer.append("• ")
        self.walk(tag, child_hint)
        if name == "li":
            if "".join(self.buffer).strip() == "•":
                self.buffer.clear()
            self.flush(blank_after=False)
        elif name in ("ul", "ol"):
            self.flush()
        else:
            self.flush(blank_after=hint != "li")


def _dropped(tag) -> bool:
    """Structural chrome: scripts, navigation, header, footer, forms..."""
    role = tag.get("role") or ""
    return tag.name.lower() in _DROP or role in ("navigation", "banner", "contentinfo")


def _container_chrome(tag) -> str:
    """Why a container is chrome by its markup: a web archive's toolbar, a Joomla
    module position (menus, login, polls), breadcrumbs, the template's footer."""
    element_id = (tag.get("id") or "").lower()
    classes = [c.lower() for c in tag.get("class") or ()]
    if element_id.startswith("wm-") or element_id == "donato":
        return WEB_ARCHIVE_TOOLBAR
    if any(c.startswith(("moduletable", "module_", "module-")) or c == "module" for c in classes):
        return SITE_MODULE
    if tag.name.lower() == "ul" and any(
        "menu" in c or "mainlevel" in c for c in [*classes, element_id]
    ):
        return SITE_MODULE
    if "skiplinks" in classes:
        return "skip links"
    if {"breadcrumbs", "pathway"}.intersection(classes) or element_id in ("breadcrumbs", "pathway"):
        return "breadcrumbs"
    if {"blog_more", "items-more"}.intersection(classes):
        return "links to other articles"
    if "pagination" in classes:
        return "pagination"
    if element_id == "footer" or "footer" in classes:
        return "page footer"
    return ""


def load_lines(path: Path) -> list[Line]:
    """The file's lines, or LegacyFileError for an empty, binary, oversized or
    undecodable file."""
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise LegacyFileError("empty file")
    if size > MAX_BYTES:
        raise LegacyFileError(f"file too large ({size // (1024 * 1024)} MB; the limit is 20 MB)")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii", "ignore") if match else None
        lines = html_lines(decode(data, declared))
    else:
        lines = text_lines(decode(data))
    if not any(not line.blank for line in lines):
        raise LegacyFileError("no text in the file")
    return lines
