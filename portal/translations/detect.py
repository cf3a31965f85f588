"""Finds text left in Latin script (untranslated English) inside Russian or Tajik text.

Names and acronyms are allowed in Latin script; English prose is not. A text is split
into *runs*: stretches of Latin-script words not interrupted by a Cyrillic word, a
URL, an e-mail address, a handle (@name, #tag) or a line break. Numbers neither
interrupt a run nor count as words. Each Latin word is either

- a *name*: capitalised (Dushanbe, Plaza, Maria), an acronym (IOM, COVID-19, HIV/AIDS),
  a brand written with an inner capital (WhatsApp, iPhone, EU4Migration), or a word on
  the allowed list (lower-case brand names such as "imo");
- a *connector*: of, and, the, de, al... between two names, as in "Ministry of Labour"
  or "Global Fund to Fight AIDS, Tuberculosis and Malaria";
- else a *prose word* (project, provides, aid, 19th, and English month and weekday
  names: "October" on a Russian page is English, not a name).

A run is reported when

1. it has at least `min_run` (3) words and one of them is a prose word: an English
   phrase inside Cyrillic text ("The project provides legal aid to returning migrants.");
2. the whole text has no Cyrillic word and the run has a prose word: a field left in
   English altogether, however short ("Demo illustration", "million");
3. it holds `min_title` (4) capitalised words in a row, separated by spaces and
   connectors only: an English title in Title Case ("Safe Labour Migration Programme");
   in a text without any Cyrillic word, punctuation between them does not count
   ("World Bank, World Development Indicators").

So "IOM", "UNICEF", "COVID-19", "Dushanbe Plaza", "HIV/AIDS", "проект EU4Migration",
URLs, e-mail addresses and numbers pass, and two-word terms inside Cyrillic text pass.
"""

import html as html_module
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MIN_RUN = 3
MIN_TITLE = 4
EXCERPT_LENGTH = 160

# Lower-case words that join the parts of a name: "Ministry of Labour", "Maria de Souza".
# fmt: off
CONNECTORS = frozenset({
    "of", "and", "the", "for", "to", "on", "in", "at", "by", "upon", "und",
    "de", "del", "della", "der", "den", "des", "di", "du", "la", "le", "van", "von", "y",
    "bin", "ibn", "al", "el", "da", "dos", "das",
})
# Capitalised in English, yet never names on a Russian or Tajik page.
ENGLISH_CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
# fmt: on

_URL = r"(?:https?://|ftp://|www\.)[^\s<>«»\"]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s<>«»\"]*)?"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE = r"(?<!\w)[@#]\w+"
_WORD = r"\w+(?:['’./&+-]\w+)*"
_TOKENS = re.compile(
    rf"(?P<skip>{_EMAIL}|{_URL}|{_HANDLE})|(?P<word>{_WORD})|(?P<newline>\n)", re.IGNORECASE
)


@dataclass(frozen=True)
class LatinRun:
    """A reported stretch of Latin-script text: where it is and why it was reported."""

    start: int
    end: int
    excerpt: str
    rule: str  # "phrase", "untranslated", "title"


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    if not char.isalpha():
        return ""
    name = unicodedata.name(char, "")
    if name.startswith("LATIN"):
        return "latin"
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    return "other"


def script_of(word: str) -> str:
    """ "cyrillic" when the word has a Cyrillic letter, "latin" when its letters are
    Latin, "other" for other scripts, "" for words without letters (numbers)."""
    scripts = {_script(c) for c in word} - {""}
    if "cyrillic" in scripts:
        return "cyrillic"
    if "other" in scripts:
        return "other"
    return "latin" if scripts else ""


def word_kind(word: str, allowed: frozenset[str] = frozenset()) -> str:
    """ "acronym", "capitalised", "brand", "connector" or "prose" for a Latin word."""
    letters = [c for c in word if c.isalpha()]
    lowered = word.casefold()
    if lowered in ENGLISH_CALENDAR:
        return "prose"
    if word in allowed or lowered in allowed:
        return "brand"
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "acronym"
    if letters[0].isupper():
        rest = letters[1:]
        return "brand" if any(c.isupper() for c in rest) else "capitalised"
    if any(c.isupper() for c in letters):
        return "brand"
    if lowered in CONNECTORS:
        return "connector"
    return "prose"


NAMES = {"acronym", "capitalised", "brand"}


@dataclass
class _Word:
    start: int
    end: int
    kind: str


def _resolve_connectors(words: list[_Word]) -> None:
    """Connectors between two names are part of the name; any other is prose."""
    n = 0
    while n < len(words):
        if words[n].kind != "connector":
            n += 1
            continue
        end = n
        while end < len(words) and words[end].kind == "connector":
            end += 1
        inside_name = n > 0 and end < len(words) and words[n - 1].kind in NAMES
        inside_name = inside_name and words[end].kind in NAMES
        for word in words[n:end]:
            word.kind = "name-connector" if inside_name else "prose"
        n = end


def _runs(text: str, allowed: frozenset[str]) -> tuple[list[list[_Word]], bool]:
    """Latin runs of `text`, and whether it has a Cyrillic word."""
    runs: list[list[_Word]] = [[]]
    has_cyrillic = False
    for match in _TOKENS.finditer(text):
        if match.lastgroup != "word":
            runs.append([])
            continue
        word = match.group()
        script = script_of(word)
        if script == "latin":
            runs[-1].append(_Word(match.start(), match.end(), word_kind(word, allowed)))
        elif script:  # Cyrillic or another script: the run ends
            has_cyrillic = has_cyrillic or script == "cyrillic"
            runs.append([])
    runs = [run for run in runs if run]
    for run in runs:
        _resolve_connectors(run)
    return runs, has_cyrillic


def _longest_title_stretch(text: str, run: list[_Word], across_punctuation: bool) -> int:
    """How many capitalised words in a row `run` holds, joined by spaces and connectors
    (and by punctuation too when `across_punctuation`)."""
    count = best = 0
    previous = None
    for word in run:
        joined = previous is not None
        joined = joined and (across_punctuation or not text[previous.end : word.start].strip())
        if not joined:
            count = 0
        if word.kind == "capitalised":
            count += 1
        elif word.kind not in ("name-connector", "acronym", "brand"):
            count = 0
        best = max(best, count)
        previous = word
    return best


def _excerpt(text: str, start: int, end: int) -> str:
    excerpt = " ".join(text[start:end].split())
    if len(excerpt) > EXCERPT_LENGTH:
        excerpt = excerpt[: EXCERPT_LENGTH - 1].rstrip() + "…"
    return excerpt


def latin_runs(
    text: str,
    *,
    min_run: int = MIN_RUN,
    min_title: int = MIN_TITLE,
    allowed: frozenset[str] | set[str] = frozenset(),
) -> list[LatinRun]:
    """The stretches of `text` (plain text, not HTML) in Latin script beyond names and
    acronyms, in order. Empty when the text reads as Russian or Tajik."""
    allowed = frozenset(allowed) | frozenset(w.casefold() for w in allowed)
    runs, has_cyrillic = _runs(text or "", allowed)
    found = []
    for run in runs:
        prose = any(word.kind == "prose" for word in run)
        if prose and len(run) >= min_run:
            rule = "phrase"
        elif prose and not has_cyrillic:
            rule = "untranslated"
        elif _longest_title_stretch(text, run, not has_cyrillic) >= min_title:
            rule = "title"
        else:
            continue
        start, end = run[0].start, run[-1].end
        found.append(LatinRun(start, end, _excerpt(text, start, end), rule))
    return found


_BLOCK_TAG = re.compile(
    r"</?(?:p|h[1-6]|li|ul|ol|blockquote|br|div|tr|td|th|table|figcaption|hr)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")


def html_paragraphs(html: str) -> list[str]:
    """The text of each block (paragraph, heading, list item) of an HTML fragment."""
    parts = _BLOCK_TAG.split(html or "")
    texts = (html_module.unescape(_TAG.sub("", part)) for part in parts)
    return [" ".join(text.split()) for text in texts if text.strip()]
