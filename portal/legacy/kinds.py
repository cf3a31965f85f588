"""What an article is, once its lines are known: its kind (news, press release,
statement, story, event report, call), a title when the page gave none, its places
and organizations, the deadlines of a call, and years completed from its neighbours."""

import re

from .datelines import DAY, DateValue, find_dates
from .items import CALL, EVENT_REPORT, PRESS_RELEASE, STATEMENT, STORY, Article
from .names import Known, known_place, new_place, organizations_in, places_in

# Matched against lower-cased text (case-insensitive matching is slow).
_PRESS_RELEASE = re.compile(r"press.release|пресс.релиз")
_STATEMENT = re.compile(
    r"\bstatement\b|\bзаявлени|\burges\b|\bsalutes\b|\bwelcomes\b|\bизъявля|призыва|приветству"
)
_CALL = re.compile(
    r"call for (?:entries|submissions|applications|proposals|papers|nominations)|\bcontest\b|\bcompetition\b|конкурс|при[её]м заявок|озмун"
)
_EVENT = re.compile(
    r"\btraining|\bseminar|\bworkshop|\broundtable|round table|\bconference|\bmeeting\b|\bgathered\b|\bforum\b|\bwebinar|"
    r"тренинг|семинар|круглый стол|конференци|встреч|форум|вебинар"
)
_PRIVACY = re.compile(
    r"not (?:his|her|their) real name|names? (?:has|have) been changed|name changed|"
    r"names? (?:is|are|was|were) changed|"
    r"имя изменено|имена изменены|имя (?:героя|героини)? ?изменено|настоящее имя|иваз карда шуд"
)
_CLOSES = re.compile(
    r"(?:no later than|not later than|deadline|until|by|before|closes?|не позднее|до|срок)\W*(?:\w+\W+){0,2}$",
    re.I,
)
_OPENS = re.compile(
    r"(?:starting|from|opens?|beginning|начиная с|с|открыт)\W*(?:\w+\W+){0,3}$", re.I
)
# A sentence does not end at "2021 г." or "Mr.".
_SENTENCE = re.compile(
    r"^(.+?[.!?…])(?<!\sг\.)(?<!\sгг\.)(?<!\sул\.)(?<!\sMr\.)(?<!\sDr\.)(?=\s+[^\s]|$)"
)
MAX_DERIVED_TITLE = 150


def finish_article(article: Article):
    """Title, kind, places and organizations of an article whose lines are read."""
    if not article.title:
        article.title = derive_title(article.lead or " ".join(article.paragraphs))
        article.title_derived = True
    _classify(article)
    article.places = _places(article)
    article.organizations = organizations_in(article.text)


def derive_title(text: str) -> str:
    """The first sentence, shortened at a word to 150 characters."""
    match = _SENTENCE.match(text.strip())
    sentence = (match.group(1) if match else text.strip()).rstrip(".")
    if len(sentence) <= MAX_DERIVED_TITLE:
        return sentence
    return sentence[:MAX_DERIVED_TITLE].rsplit(" ", 1)[0] + "…"


def _classify(article: Article):
    """The kind from the header (title and kicker) and the opening sentence; a privacy
    marker anywhere makes a story."""
    header = " ".join([article.title, *article.kicker]).lower()
    first_sentence = _SENTENCE.match(article.lead)
    opening = header + " " + (first_sentence.group(1) if first_sentence else article.lead).lower()
    text = article.text
    if _PRIVACY.search(text.lower()):
        article.kind = STORY
        article.privacy_marker = "name_changed"
    elif _PRESS_RELEASE.search(header):
        article.kind = PRESS_RELEASE
    elif _CALL.search(opening):  # the opening starts with the header
        article.kind = CALL
        article.call_opens, article.call_closes = _deadlines(text)
    elif _STATEMENT.search(opening):
        article.kind = STATEMENT
    elif _EVENT.search(opening):
        article.kind = EVENT_REPORT


def _places(article: Article) -> list[Known]:
    """The dateline's place (or places: "Dushanbe / Khujand") first, then those named
    in the text, each once."""
    places: list[Known] = []
    if article.dateline.place:
        for part in re.split(r"\s*/\s*", article.dateline.place):
            # "DUSHANBE, 12 October 2022 –": capitals are how it was set, not its name.
            known = known_place(part) or (known_place(part.title()) if part.isupper() else None)
            places.append(known or new_place(part))
    if article.dateline.region and known_place(article.dateline.region):
        places.append(known_place(article.dateline.region))
    places += places_in(article.text)
    unique = []
    for place in places:
        if place.slug not in {p.slug for p in unique}:
            unique.append(place)
    return unique


def _deadlines(text: str):
    """(opens, closes) of a call for entries, each a day or None; a date without a year
    takes the year of the other one."""
    opens, closes = _written_deadlines(text)
    if closes is not None and closes.year_missing and opens is not None and opens.date:
        closes = closes.with_year(opens.date.year)
    if opens is not None and opens.year_missing and closes is not None and closes.date:
        year = closes.date.year
        candidate = opens.with_year(year)
        if candidate.date and candidate.date > closes.date:
            candidate = opens.with_year(year - 1)
        opens = candidate
    return _day(opens), _day(closes)


def _written_deadlines(text: str) -> tuple[DateValue | None, DateValue | None]:
    """The first date after words of opening ("from", "starting") and of closing
    ("no later than", "deadline") in the text."""
    opens = closes = None
    for value, start, _end in find_dates(text):
        before = text[max(0, start - 60) : start]
        if _CLOSES.search(before) and closes is None:
            closes = value
        elif _OPENS.search(before) and opens is None:
            opens = value
    return opens, closes


def _day(value: DateValue | None):
    return value.date if value is not None and value.date and value.precision == DAY else None


def infer_years(articles: list[Article]):
    """ "On 31 March, ..." takes the year of the nearest dated item before it, else after."""
    dated = [
        (n, article.dateline.date.year)
        for n, article in enumerate(articles)
        if article.dateline.date and not article.dateline.year_missing
    ]
    for n, article in enumerate(articles):
        if not article.dateline.year_missing:
            continue
        before = [year for m, year in dated if m < n]
        after = [year for m, year in dated if m > n]
        year = before[-1] if before else (after[0] if after else None)
        if year is not None:
            article.dateline = article.dateline.complete(year)
