"""Site chrome of the old site: link texts and notices that are not content.

Each recognizer gives a reason that the import report prints; language links also
say which languages they stood for, so an issue can list its language versions.
"""

import re

_LANG_CODES = {
    "ENG": "en",
    "EN": "en",
    "ENGLISH": "en",
    "RUS": "ru",
    "RU": "ru",
    "TJK": "tg",
    "TAJ": "tg",
    "TG": "tg",
}

WEB_ARCHIVE_TOOLBAR = "web-archive toolbar"
SITE_MODULE = "site module (menu, login, polls, side blocks)"

_READ_MORE = re.compile(
    r"^(?:read more|more|continue reading|read the full story|подробнее|читать далее|читать дальше|далее|муфассал|бештар)\s*(?:[.…»>→]+)?$",
    re.I,
)
# Joomla 2.5 names the article in its link: "Read more: IOM opens a centre in Gharm".
_READ_MORE_TITLED = re.compile(r"^(?:read more|подробнее|читать далее|муфассал)\s*:\s*\S", re.I)
# What a Joomla 1.5/2.5 template prints around an article and the page.
_JOOMLA_LINES = [
    (r"(?:written by\s+|(?:автор|муаллиф)\s*:\s*)\S.{0,80}$", "author line"),
    (r"(?:hits|просмотров|просмотры|хиты)\s*:?\s*\d[\d\s]*$", "hit counter"),
    (
        r"(?:last updated|обновлено|последнее обновление)(?: on)?\s*[:(]?\s*(?:[^\W\d]+,?\s+)?\d",
        "last-updated stamp",
    ),
    (
        r"(?:parent )?(?:category|категория|родительская категория)\s*:\s*\S.{0,80}$",
        "article category",
    ),
    (r"(?:details|подробности)$", "article information label"),
    (r"(?:you are here|вы здесь)\s*:?.{0,200}$", "breadcrumbs"),
    (
        r"(?:(?:«\s*)?(?:start|prev|next|end|начало|назад|вперёд|вперед|конец)\b[\s»«\d]*){2,}$|"
        r"(?:page|страница)\s+\d+\s+(?:of|из)\s+\d+$",
        "pagination",
    ),
    (
        r"(?:powered by joomla|joomla! is free software|copyright\s*©|©\s*(?:19|20)\d\d|"
        r"all rights reserved|все права защищены)",
        "footer notice",
    ),
]
# One pattern for all of them (one match per line instead of eight); the name of the
# group that matched gives the reason.
_JOOMLA = re.compile(
    "|".join(f"(?P<j{n}>{pattern})" for n, (pattern, _r) in enumerate(_JOOMLA_LINES)), re.I
)
# The name of the section a page belonged to, alone on its line: no item's title.
_SECTION_NAME = re.compile(
    r"^(?:news|latest news|news (?:and|&) events|press releases|announcements|"
    r"новости|последние новости|новости и события|пресс-релизы|объявления|хабарҳо|ахбор)$",
    re.I,
)
# A web archive's toolbar, when the capture was saved as text.
_WEB_ARCHIVE = re.compile(
    r"^(?:the wayback machine\b.*|\d[\d,]* captures?|about this capture|collected by|timestamps|"
    r"\d{1,2} [A-Z][a-z]{2} (?:19|20)\d\d - \d{1,2} [A-Z][a-z]{2} (?:19|20)\d\d)$",
    re.I,
)
_READ_IN = re.compile(
    r"^(?:read in|available in|читать на|версия на)\s+(?P<langs>(?:(?:ENG|EN|English|RUS|RU|TJK|TAJ|TG)[\s,/|]*)+)$",
    re.I,
)
_RUSSIAN_LINK = re.compile(r"^(?:на русском(?: языке)?|по-русски|русская версия)\.?$", re.I)
_ENGLISH_LINK = re.compile(r"^(?:in english|на английском(?: языке)?|english version)\.?$", re.I)
_TAJIK_LINK = re.compile(r"^(?:на таджикском(?: языке)?|бо забони тоҷикӣ|тоҷикӣ)\.?$", re.I)
_EMAIL_PROTECTION = re.compile(
    r"(?:this e-?mail address is being protected from spambots|you need javascript enabled to view it|"
    r"адрес электронной почты защищ[её]н от спам-ботов|у вас должен быть включен javascript)",
    re.I,
)
_PRINTABLE = re.compile(
    r"^(?:print|e-?mail|share|tweet|back|top|back to top|печать|распечатать|наверх|назад)$", re.I
)


def language_link(text: str) -> list[str] | None:
    """Language codes a language link stood for ("Read in ENG RUS" → ["en", "ru"])."""
    text = text.strip()
    match = _READ_IN.match(text)
    if match:
        codes = []
        for token in re.findall(r"[A-Za-z]+", match.group("langs")):
            code = _LANG_CODES.get(token.upper()) or ("en" if token.lower() == "english" else None)
            if code and code not in codes:
                codes.append(code)
        return codes
    if _RUSSIAN_LINK.match(text):
        return ["ru"]
    if _ENGLISH_LINK.match(text):
        return ["en"]
    if _TAJIK_LINK.match(text):
        return ["tg"]
    return None


def languages_of(reason: str) -> list[str]:
    """The language codes a language link's reason names ("language link (en, ru)")."""
    return re.findall(r"\b(en|ru|tg)\b", reason)


def chrome_reason(text: str) -> str | None:
    """Why this line is site chrome, or None for content."""
    text = text.strip()
    if not text or len(text) > 250:  # chrome is short; paragraphs are not searched
        return None
    if _READ_MORE.match(text) or _READ_MORE_TITLED.match(text):
        return "read-more link"
    languages = language_link(text)
    if languages is not None:
        return "language link (" + ", ".join(languages) + ")"
    lowered = text.lower()
    if ("spam" in lowered or "javascript" in lowered) and _EMAIL_PROTECTION.search(text):
        return "e-mail protection notice"
    if _PRINTABLE.match(text):
        return "page tool link"
    if _SECTION_NAME.match(text):
        return "section name"
    if len(text) <= 120 and _WEB_ARCHIVE.match(text):
        return WEB_ARCHIVE_TOOLBAR
    joomla = _JOOMLA.match(text)
    if joomla:
        return _JOOMLA_LINES[int(joomla.lastgroup[1:])][1]
    return None
