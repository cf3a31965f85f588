"""Finding and rewriting the links inside baked HTML and CSS.

Django's templates quote every attribute and escape its value, so regular
expressions over tags are enough here and much faster than a full parser.
"""

import html
import re
from collections.abc import Callable

_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)\b([^<>]*)>")
_ATTR = re.compile(r"""(\s)(href|src|action|poster|data|srcset)=("[^"]*"|'[^']*')""", re.I)
_POST_FORM = re.compile(r"<form\b(?=[^>]*\bmethod=[\"']?post)[^>]*>.*?</form>", re.I | re.S)
_MAIN = re.compile(r"<main\b", re.I)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_CSS_IMPORT = re.compile(r"""@import\s+(['"])([^'"]+)\1""")

Resolver = Callable[[str], str | None]


def _srcset_urls(value: str) -> list[str]:
    return [part.strip().split()[0] for part in value.split(",") if part.strip()]


def _rewrite_srcset(value: str, resolve: Resolver) -> str:
    parts = []
    for part in value.split(","):
        bits = part.strip().split(maxsplit=1)
        if not bits:
            continue
        new = resolve(bits[0])
        parts.append(" ".join([new if new is not None else bits[0], *bits[1:]]))
    return ", ".join(parts)


def find_html_links(text: str) -> list[str]:
    """Every URL the markup points at (unescaped), in document order."""
    urls = []
    for tag in _TAG.finditer(text):
        for attr in _ATTR.finditer(tag.group(2)):
            value = html.unescape(attr.group(3)[1:-1])
            if attr.group(2).lower() == "srcset":
                urls.extend(_srcset_urls(value))
            else:
                urls.append(value)
    return urls


def rewrite_html_links(text: str, resolve: Resolver) -> str:
    """`resolve(url)` returns the new URL, or None to leave the attribute alone."""

    def attribute(match):
        name, quoted = match.group(2), match.group(3)
        value = html.unescape(quoted[1:-1])
        if name.lower() == "srcset":
            new = _rewrite_srcset(value, resolve)
        else:
            new = resolve(value)
            if new is None:
                return match.group(0)
        return f'{match.group(1)}{name}="{html.escape(new)}"'

    def tag(match):
        return f"<{match.group(1)}{_ATTR.sub(attribute, match.group(2))}>"

    return _TAG.sub(tag, text)


def replace_post_forms(text: str, replacement: Callable[[str], str]) -> str:
    """Forms that post to the server cannot work in a mirror; `replacement(form)`
    gives the markup that stands in for each one."""
    return _POST_FORM.sub(lambda m: replacement(m.group(0)), text)


def form_action(form_markup: str) -> str | None:
    match = re.search(r"""\baction=("[^"]*"|'[^']*')""", form_markup)
    return html.unescape(match.group(1)[1:-1]) if match else None


def mark_searchable(text: str) -> str:
    """Tell Pagefind to index this page's <main> (and only it: menus and footers
    would otherwise match every query)."""
    return _MAIN.sub("<main data-pagefind-body", text, count=1)


def find_css_links(text: str) -> list[str]:
    return [m.group(2) for m in _CSS_URL.finditer(text)] + [
        m.group(2) for m in _CSS_IMPORT.finditer(text)
    ]


def rewrite_css_links(text: str, resolve: Resolver) -> str:
    def url(match):
        new = resolve(match.group(2))
        return match.group(0) if new is None else f'url("{new}")'

    def imp(match):
        new = resolve(match.group(2))
        return match.group(0) if new is None else f'@import "{new}"'

    return _CSS_IMPORT.sub(imp, _CSS_URL.sub(url, text))


_HEAD = re.compile(r"<head\b[^>]*>", re.I)


def insert_in_head(text: str, elements: str) -> str:
    """`elements` first in <head> (a <meta> policy covers only what follows it);
    the text unchanged when it has no <head> or already holds them."""
    if elements in text:
        return text
    return _HEAD.sub(lambda m: m.group(0) + elements, text, count=1)
