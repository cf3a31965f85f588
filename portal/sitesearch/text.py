"""Language analysis for search: words, stems and highlighted excerpts, per language.

The same functions prepare text for indexing and queries for searching, so a Russian
"мигрантов" and "мигранты" meet at the stem "мигрант", an English "trainings" and
"training" at "train".

- English: Snowball (Porter2) English stemmer.
- Russian: Snowball Russian stemmer for Cyrillic words and the English one for Latin
  words, as PostgreSQL's `russian` configuration does; "ё" is read as "е".
- Tajik: no Snowball stemmer exists for Tajik (the Snowball "persian" algorithm works on
  Arabic script) and the Russian one would cut Tajik words wrongly, so Tajik gets the
  `simple` treatment: lowercase, plus folding of the Tajik letters (ғ ӣ қ ӯ ҳ ҷ) onto the
  Russian-keyboard letters readers often type instead. No stemming; instead each query
  word of three letters or more also matches words it begins (Tajik adds its endings:
  муҳоҷир, муҳоҷирон, муҳоҷиронро), on both databases and in the highlighting.
"""

import html
import re
import unicodedata
from functools import cache

import Stemmer
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200

# PostgreSQL text-search configuration per language; anything else is "simple".
PG_CONFIGS = {"en": "english", "ru": "russian"}

# Snowball stemmers for (language, script); a missing entry means "do not stem".
_STEMMERS = {
    ("en", "latin"): "english",
    ("en", "cyrillic"): None,
    ("ru", "latin"): "english",
    ("ru", "cyrillic"): "russian",
}

_FOLDS = {
    "ru": str.maketrans({"ё": "е"}),
    "tg": str.maketrans({"ё": "е", "ғ": "г", "ӣ": "и", "қ": "к", "ӯ": "у", "ҳ": "х", "ҷ": "ч"}),
}

# Letters and digits; underscores and punctuation separate words.
WORD_RE = re.compile(r"[^\W_]+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LATIN_RE = re.compile(r"[a-z]")

# Languages without a stemmer, where query words match as prefixes instead.
PREFIX_LANGUAGES = {"tg"}
MIN_PREFIX = 3


def pg_config(language: str) -> str:
    return PG_CONFIGS.get(language, "simple")


def normalise(text: str, language: str) -> str:
    """Lowercase, composed, language-folded text: what both backends index and match."""
    text = unicodedata.normalize("NFC", _CONTROL_RE.sub(" ", text or "")).lower()
    fold = _FOLDS.get(language)
    return text.translate(fold) if fold else text


def clean_query(raw) -> str:
    """A reader's query made safe: no control characters, at most MAX_QUERY_LENGTH."""
    text = _CONTROL_RE.sub(" ", str(raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def plain_text(value) -> str:
    """Text without HTML tags or entities, whitespace collapsed."""
    return " ".join(html.unescape(strip_tags(str(value or ""))).split())


@cache
def _stemmer(algorithm):
    return Stemmer.Stemmer(algorithm)


def stem(word: str, language: str) -> str:
    """The stem of one already-normalised word."""
    script = "latin" if _LATIN_RE.match(word) else "cyrillic"
    algorithm = _STEMMERS.get((language, script))
    return _stemmer(algorithm).stemWord(word) if algorithm else word


def words(text: str, language: str) -> list[str]:
    return WORD_RE.findall(normalise(text, language))


def stems(text: str, language: str) -> list[str]:
    return [stem(word, language) for word in words(text, language)]


def stem_string(text: str, language: str) -> str:
    return " ".join(stems(text, language))


def query_stems(query: str, language: str) -> list[str]:
    """Distinct stems of a query, in order."""
    return list(dict.fromkeys(stems(clean_query(query), language)))


def is_prefix_term(term: str, language: str) -> bool:
    return language in PREFIX_LANGUAGES and len(term) >= MIN_PREFIX


def _matcher(wanted: set[str], language: str):
    prefixes = tuple(term for term in wanted if is_prefix_term(term, language))

    def matches(word):
        word_stem = stem(word, language)
        return word_stem in wanted or (bool(prefixes) and word_stem.startswith(prefixes))

    return matches


def _marked_spans(text: str, wanted: set[str], language: str):
    """(start, end) of every word in `text` that the query terms `wanted` match."""
    # normalise() keeps the length of NFC text, so offsets map back to `text`.
    text = unicodedata.normalize("NFC", text)
    lowered = normalise(text, language)
    if len(lowered) != len(text):  # a rare lowercase that changes length: match nothing
        return text, []
    matches = _matcher(wanted, language)
    return text, [m.span() for m in WORD_RE.finditer(lowered) if matches(m.group())]


def _render(text: str, spans) -> str:
    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(text[last:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def highlight(text: str, query: str, language: str):
    """`text` as safe HTML with the query's words, in any inflection, in <mark>."""
    text, spans = _marked_spans(text or "", set(query_stems(query, language)), language)
    return mark_safe(_render(text, spans))


def excerpt(text: str, query: str, language: str, length: int = 240):
    """Safe HTML: about `length` characters of `text` around the first matched word."""
    text = " ".join((text or "").split())
    text, spans = _marked_spans(text, set(query_stems(query, language)), language)
    start = 0
    if spans and spans[0][0] > length // 3:
        # Begin at a word boundary a little before the first match.
        start = text.rfind(" ", 0, spans[0][0] - length // 4) + 1
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    inside = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    body = _render(text[start:end], inside)
    return mark_safe(("… " if start else "") + body + (" …" if end < len(text) else ""))
