"""Bytes of a saved page → text.

UTF-8 first (with or without BOM); then the charset an HTML page declares; then the
two single-byte encodings the old site's pages were saved in: Windows-1251 (Russian,
Tajik) and Windows-1252 / Latin-1 (English). A single-byte decoding is kept only when
the text reads as the language it stands for: Windows-1251 must give Russian or Tajik
words (Cyrillic letters in words of their own, with vowels where Russian and Tajik
have them), Windows-1252 must give Latin-script words (accented letters inside
words). Anything else is refused rather than imported as mojibake ("été" read as
Windows-1251 is "йtй").
"""

import codecs
import re

from .errors import LegacyFileError

CP1251, CP1252 = "cp1251", "cp1252"
# Labels that mean Windows-1252 in a browser (WHATWG Encoding Standard).
_AS_CP1252 = {"iso8859-1", "ascii", "latin-1"}
SAMPLE = 1_000_000  # characters whose letters are counted
MIN_LETTERS = 50  # fewer letters than this: too few to judge the vowels and capitals

_NOT_CP1251_TEXT = re.compile(r"[^\s\x20-\x7eА-яЁё«»–—“”„’‘…№•·]")
_NOT_CP1252_TEXT = re.compile(r"[^\s\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-яЁё]")
_CYRILLIC_VOWEL = re.compile(r"[аеёиоуыэюяАЕЁИОУЫЭЮЯ]")
_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁ]")
_ACCENTED = re.compile(r"[^\W\d_A-Za-z]")  # a letter outside ASCII

REFUSED = (
    "cannot decode the file: it is not UTF-8, it does not read as Russian or Tajik in "
    "Windows-1251, nor as Latin-script text in Windows-1252 (Latin-1); save it as UTF-8"
)


def decode(data: bytes, declared: str | None = None) -> str:
    """The text of `data`, or LegacyFileError when no decoding reads as text."""
    if b"\x00" in data:
        raise LegacyFileError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if declared:
        text = _declared(data, declared)
        if text is not None:
            return text
    for codec in (CP1251, CP1252):
        text = _decoded(data, codec)
        if text is not None and _READS[codec](text):
            return text
    raise LegacyFileError(REFUSED)


def _declared(data: bytes, label: str) -> str | None:
    """The text in the charset the page declares, unless that does not read."""
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    codec = CP1252 if codec in _AS_CP1252 else codec
    text = _decoded(data, codec)
    if text is None or (codec in _READS and not _READS[codec](text)):
        return None  # declared wrongly: read it as if it declared nothing
    return text


def _decoded(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def reads_as_russian_or_tajik(text: str) -> bool:
    """Cyrillic words, not Cyrillic letters scattered in Latin words ("йtй"), nor
    Cyrillic letters standing for another alphabet (Greek, or Russian in KOI8-R),
    which give words without vowels or in capitals."""
    if len(_NOT_CP1251_TEXT.findall(text)) > 0.03 * len(text):
        return False
    sample = text[:SAMPLE]
    letters = len(_CYRILLIC.findall(sample))
    if not letters:
        return False
    in_latin_words = sum(
        len(_CYRILLIC.findall(word))
        for word in _WORD.findall(sample)
        if _LATIN.search(word) and _CYRILLIC.search(word)
    )
    if in_latin_words > 0.1 * letters:
        return False
    if letters < MIN_LETTERS:
        return True
    vowels = len(_CYRILLIC_VOWEL.findall(sample)) / letters
    capitals = len(_CYRILLIC_CAPITAL.findall(sample)) / letters
    return 0.28 <= vowels <= 0.6 and capitals <= 0.6


def reads_as_latin_script(text: str) -> bool:
    """Latin letters, accented ones inside words ("café", "été", "naïve"), not words
    made of accented letters alone (Russian read as Windows-1252: "Äóøàíáå")."""
    if len(_NOT_CP1252_TEXT.findall(text)) > 0.03 * len(text):
        return False
    accented = alone = 0
    for word in _WORD.findall(text[:SAMPLE]):
        count = len(_ACCENTED.findall(word))
        accented += count
        if count and len(word) > 2 and not _LATIN.search(word):
            alone += count
    return alone <= 0.2 * accented


_READS = {CP1251: reads_as_russian_or_tajik, CP1252: reads_as_latin_script}
