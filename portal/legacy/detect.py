"""What each line of a saved page looks like, what the page is, and its language."""

import re

from .chrome import chrome_reason
from .datelines import dateline_alone
from .text import Line

HOME, RIVER, ARTICLE, ISSUE, ARCHIVE = (
    "home",
    "news_river",
    "article",
    "newsletter_issue",
    "newsletter_archive",
)

BLANK, CHROME, HEADING, PARA, BULLET = "blank", "chrome", "heading", "para", "bullet"
DATELINE = "dateline"  # a line that is a dateline and nothing else

_BULLET = re.compile(r"^\s*(?:[•·▪◦●■\-–*]|\d{1,2}[.)])\s+")
SENTENCE_END = re.compile(r"[.!?…][\"'”»’)]*$")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "from",
    "as",
    "into",
    "its",
    "their",
    "is",
    "are",
    "vs",
    "и",
    "в",
    "во",
    "на",
    "с",
    "по",
    "для",
    "о",
    "об",
    "к",
    "из",
    "за",
    "от",
    "до",
}
MAX_HEADING = 200
NEWSLETTER_TITLE = re.compile(
    r"\b(?:newsletter|today|bulletin|digest|бюллетень|вестник|дайджест|ахборотнома|информационный)\b",
    re.I,
)
# A heading that names a section of a newsletter, not a story.
_SECTION = re.compile(
    r"^(?:project briefs?|проектные сводки|краткая информация о проектах|брифы проектов|news in brief|коротко)$",
    re.I,
)
# "Farrukh (name is changed) left Gharm...": a story opens with its privacy marker.
_PRIVACY_MARKER = re.compile(
    r"\((?:[^()]{0,30}?\b)?(?:names? (?:is |are |was |were |has been |have been )?changed|"
    r"not (?:his|her|their) real name|имя изменено|имена изменены|имя \w+ изменено|"
    r"ном\w*(?: \w+)? иваз карда шуд\w*)\)",
    re.I,
)
MAX_MARKER_START = 80
# Runs of letters, not single letters: far fewer matches to build and count.
_TAJIK = re.compile(r"[ӣӯҳқҷғӢӮҲҚҶҒ]+")
_CYRILLIC = re.compile(r"[А-яЁё]+")
_LATIN = re.compile(r"[A-Za-z]+")


def _letters(regex, text: str) -> int:
    return sum(map(len, regex.findall(text)))


def is_bullet(line: Line) -> bool:
    return line.hint == "li" or bool(_BULLET.match(line.text))


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text, count=1).strip()


def is_heading_like(text: str) -> bool:
    """Short and not a sentence of prose: a title rather than a paragraph.

    Titles may end with a full stop ("... in Sogd Region."), so a sentence ending only
    counts as prose when the words are in sentence case.
    """
    text = text.strip()
    if len(text) > MAX_HEADING:
        return False
    if not SENTENCE_END.search(text):
        return True
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    if len(words) < 2:
        return True
    capitalized = sum(1 for w in words[1:] if w[0].isupper())
    return capitalized / (len(words) - 1) >= 0.6


def is_section(text: str) -> bool:
    """ "Project Briefs", "News in brief": a section of a newsletter issue."""
    return bool(_SECTION.match(text))


def series_name(title: str) -> str:
    """ "IOM Tajikistan Today" → "Today": the newsletter's own name in its masthead."""
    match = NEWSLETTER_TITLE.search(title or "")
    if not match:
        return (title or "").strip()
    word = match.group()
    return word[:1].upper() + word[1:]


def opens_with_privacy_marker(text: str) -> bool:
    """A line that names someone and says the name is changed, near its start."""
    match = _PRIVACY_MARKER.search(text, 0, MAX_MARKER_START + 60)
    return bool(match) and match.start() <= MAX_MARKER_START


def _is_dateline_alone(text: str) -> bool:
    """Checked on short lines with a digit only: most lines are neither."""
    text = text.strip()
    return len(text) <= 80 and any(ch.isdigit() for ch in text) and bool(dateline_alone(text))


def classify(lines: list[Line]) -> list[tuple[str, str]]:
    """(class, chrome reason) per line."""
    out = []
    for line in lines:
        if line.blank:
            out.append((BLANK, ""))
            continue
        reason = line.chrome or chrome_reason(line.text)
        if reason:
            out.append((CHROME, reason))
        elif is_bullet(line):
            out.append((BULLET, ""))
        elif _is_dateline_alone(line.text):
            out.append((DATELINE, ""))
        elif line.hint == "h" or (line.hint != "p" and is_heading_like(line.text)):
            out.append((HEADING, ""))
        else:
            out.append((PARA, ""))
    return out


def detect_language(text: str) -> str:
    """en, ru or tg from the letters used: Cyrillic → ru, with Tajik letters → tg."""
    sample = text[:3000]
    if sample.isascii():  # no Cyrillic at all; the common case, and cheap to check
        return "en"
    cyrillic = _letters(_CYRILLIC, sample)
    latin = _letters(_LATIN, sample)
    if cyrillic <= latin:
        return "en"
    tajik = _letters(_TAJIK, sample)
    return "tg" if tajik >= max(3, cyrillic // 200) else "ru"


def detect_shape(lines: list[Line], classes: list[tuple[str, str]]) -> str:
    content = [(line, c) for line, (c, _r) in zip(lines, classes, strict=True) if c != BLANK]
    if not content:
        return ARTICLE
    bullets = sum(1 for _line, c in content if c == BULLET)
    reasons = [r for c, r in classes if c == CHROME]
    read_more = sum(1 for r in reasons if r == "read-more link")
    language_links = sum(1 for r in reasons if r.startswith("language link"))
    if bullets >= 5 and (language_links or bullets * 2 >= len(content)):
        return ARCHIVE
    if read_more >= 2:
        return HOME
    first_line, first_class = content[0]
    second_class = content[1][1] if len(content) > 1 else None
    if (
        first_class == HEADING
        and second_class == HEADING
        and NEWSLETTER_TITLE.search(first_line.text)
    ):
        return ISSUE
    return RIVER  # refined to ARTICLE by the extractor when items carry no datelines
