"""Turn a saved page (.txt, .html, .htm) into numbered lines of text.

The old site survives as text copied from the browser or as HTML saved by a browser
or a web archive. Both become the same thing here: lines in reading order, blank
lines between blocks, each line remembering where it came from in the file so that
the import report can account for every one of them.
"""

import re
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


class LegacyFileError(Exception):
    """A file that cannot be imported; the message is one line for the user."""


@dataclass(frozen=True)
class Line:
    no: int  # line number in the source file (1-based)
    text: str
    hint: str = ""  # "h" for an HTML heading, "li" for a list item

    @property
    def blank(self) -> bool:
        return not self.text.strip()


_CP1251_OK = re.compile(r"[\s\x20-\x7eА-яЁё«»–—“”„’‘…№•·]")


def decode(data: bytes, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), then a declared charset, then Windows-1251 when
    the result plausibly is Russian text; anything else is refused."""
    if b"\x00" in data:
        raise LegacyFileError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        raise LegacyFileError("cannot decode the file as UTF-8 or Windows-1251") from None
    plausible = sum(1 for ch in text if _CP1251_OK.match(ch))
    if plausible < 0.97 * len(text):
        raise LegacyFileError("cannot decode the file as UTF-8 or Windows-1251")
    return text


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
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def html_lines(source: str) -> list[Line]:
    """Block-level text in document order; site chrome that is structural (navigation,
    header, footer, scripts) is dropped, headings are kept and marked."""
    from bs4 import (
        BeautifulSoup,
        Comment,
        Declaration,
        Doctype,
        NavigableString,
        ProcessingInstruction,
        Tag,
    )

    soup = BeautifulSoup(source, "html.parser")
    lines: list[Line] = []
    buffer: list[str] = []
    state = {"no": 1, "hint": ""}

    def flush(blank_after=True):
        text = re.sub(r"[ \t\r\n\xa0]+", " ", "".join(buffer)).strip()
        buffer.clear()
        if text:
            lines.append(Line(state["no"], text, state["hint"]))
        if blank_after and lines and not lines[-1].blank:
            lines.append(Line(state["no"], ""))

    def walk(node, hint=""):
        for child in node.children:
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                if not buffer and not str(child).strip():
                    continue
                if not buffer:
                    state["no"] = getattr(node, "sourceline", None) or state["no"]
                    state["hint"] = hint
                buffer.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name in _DROP or (child.get("role") or "") in (
                "navigation",
                "banner",
                "contentinfo",
            ):
                continue
            if name == "br":
                flush(blank_after=False)
                continue
            if name in _BLOCK:
                in_list = name == "li" or hint == "li"
                flush(blank_after=not in_list and bool(buffer))
                child_hint = "h" if name in _HEADINGS else ("li" if name == "li" else hint)
                if name == "li":
                    state["no"] = child.sourceline or state["no"]
                    state["hint"] = "li"
                    buffer.append("• ")
                walk(child, child_hint)
                if name == "li":
                    if "".join(buffer).strip() == "•":
                        buffer.clear()
                    flush(blank_after=False)
                elif name in ("ul", "ol"):
                    flush()
                else:
                    flush(blank_after=hint != "li")
                continue
            walk(child, hint)

    walk(soup)
    flush()
    while lines and lines[-1].blank:
        lines.pop()
    return lines


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


def iter_files(paths):
    """Files to import under `paths` (files or folders, recursive), each with the
    name that identifies it across re-imports: its path relative to the folder given."""
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            for path in sorted(
                p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            ):
                yield path, path.relative_to(root).as_posix()
        else:
            yield root, root.name
