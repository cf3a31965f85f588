"""Items of a saved page: articles, newsletter issues, figures, the contact block.

Every line of the page is accounted for: it belongs to exactly one item, or it is
chrome, or it is skipped with a reason (blank lines). `Page.dispositions` is that
account; the import report prints it and a test checks it on every sample.
"""

import re
from dataclasses import dataclass, field

from . import detect
from .datelines import DAY, Dateline, find_dates, iso, parse_dateline
from .detect import BLANK, BULLET, CHROME, HEADING, PARA
from .names import Known, known_place, new_place, organizations_in, places_in
from .text import Line

NEWS, PRESS_RELEASE, STATEMENT, STORY, EVENT_REPORT, CALL = (
    "news",
    "press_release",
    "statement",
    "story",
    "event_report",
    "call",
)
ARTICLE_KINDS = {NEWS, PRESS_RELEASE, STATEMENT, STORY, EVENT_REPORT, CALL}
NEWSLETTER_ISSUE, FIGURE, CONTACT = "newsletter_issue", "figure", "contact"

# Matched against lower-cased text (case-insensitive matching is slow).
_PRESS_RELEASE = re.compile(r"press.release|пресс.релиз")
_STATEMENT = re.compile(r"\bstatement\b|\bзаявлени|\burges\b|\bsalutes\b|\bизъявля|призыва")
_CALL = re.compile(
    r"call for (?:entries|submissions|applications|proposals|papers|nominations)|\bcontest\b|\bcompetition\b|конкурс|при[её]м заявок|озмун"
)
_EVENT = re.compile(
    r"\btraining|\bseminar|\bworkshop|\broundtable|round table|\bconference|\bmeeting\b|\bgathered\b|\bforum\b|\bwebinar|"
    r"тренинг|семинар|круглый стол|конференци|встреч|форум|вебинар"
)
_PRIVACY = re.compile(
    r"not (?:his|her|their) real name|names? (?:has|have) been changed|name changed|"
    r"имя изменено|имена изменены|имя (?:героя|героини)? ?изменено|настоящее имя"
)
_PHONE = re.compile(r"^(?:tel|phone|phones|telephone|тел|телефон|телефоны)\.?\s*[:.]", re.I)
_FAX = re.compile(r"^(?:fax|факс)\.?\s*[:.]", re.I)
_EMAIL_LINE = re.compile(r"^(?:e-?mail|эл\. почта|e-mail|почта)\s*:", re.I)
_CONTACT_NAME = re.compile(
    r"organi[sz]ation|mission|office|организаци|мисси|представительств|бюро", re.I
)
_SECTION = re.compile(
    r"^(?:project briefs?|проектные сводки|краткая информация о проектах|брифы проектов|news in brief|коротко)$",
    re.I,
)
_MASTHEAD = re.compile(
    r"organi[sz]ation|mission|\bIOM\b|\bМОМ\b|мисси|организаци|представительств|tajikistan|таджикистан",
    re.I,
)
_FIGURE = re.compile(
    r"^(?P<q>more than|over|almost|nearly|about|around|some|более|свыше|около|почти|зиёда аз)?\s*"
    r"(?P<v>\d[\d.,\u202f ]*\d|\d)\s*(?P<u>%|per cent|percent|million|billion|thousand|тыс\.|млн|млрд|процент\w*)?\s+(?P<label>\D.*)$",
    re.I,
)
_MEMBER_SINCE = re.compile(
    r"member state since\s+(?:\w+\s+)?(?P<y>\d{4})|(?:членом|государством-членом)\s+МОМ\s+с\s+(?:\w+\s+)?(?P<y2>\d{4})",
    re.I,
)
_CLOSES = re.compile(
    r"(?:no later than|not later than|deadline|until|by|before|closes?|не позднее|до|срок)\W*(?:\w+\W+){0,2}$",
    re.I,
)
_OPENS = re.compile(
    r"(?:starting|from|opens?|beginning|начиная с|с|открыт)\W*(?:\w+\W+){0,3}$", re.I
)
_SENTENCE = re.compile(r"^(.+?[.!?…])(?=\s+[^\s]|$)")


@dataclass
class Disposition:
    line: Line
    status: str  # "item", "chrome" or "skip"
    item: int | None = None  # index into Page.items
    role: str = ""  # for an item: title, lead, body...; otherwise the reason


@dataclass(eq=False)
class Item:
    kind: str
    lines: list[Line] = field(default_factory=list)
    title: str | None = None
    title_derived: bool = False
    kicker: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    dateline: Dateline = field(default_factory=Dateline)
    closed: bool = False  # a "Read More" ended the teaser
    data: dict = field(default_factory=dict)  # kind-specific fields
    span: tuple[int, int] | None = None

    @property
    def lead(self) -> str:
        if not self.paragraphs:
            return ""
        return self.dateline.rest if self.dateline.detached else self.paragraphs[0]

    @property
    def body(self) -> list[str]:
        return self.paragraphs[1:]

    @property
    def text(self) -> str:
        return "\n".join([self.title or "", *self.kicker, *self.paragraphs])


@dataclass
class Page:
    file: str
    lines: list[Line]
    shape: str
    locale: str
    items: list[Item]
    dispositions: list[Disposition]

    def records(self) -> list[dict]:
        return [record(item, self.file, self.locale) for item in self.items]


class _Builder:
    def __init__(self, lines, classes):
        self.lines = lines
        # Whitespace collapsed, as HTML would show it.
        self.texts = [" ".join(line.text.split()) for line in lines]
        self.classes = classes
        self.items: list[Item] = []
        self._index: dict[int, int] = {}
        self.owner: dict[int, tuple[int, str]] = {}
        self.chrome: dict[int, str] = {}

    def add(self, item: Item) -> Item:
        self._index[id(item)] = len(self.items)
        self.items.append(item)
        return item

    def own(self, item: Item, index: int, role: str):
        self.owner[index] = (self._index[id(item)], role)
        item.lines.append(self.lines[index])

    def dispositions(self) -> list[Disposition]:
        out = []
        for i, line in enumerate(self.lines):
            if i in self.owner:
                number, role = self.owner[i]
                out.append(Disposition(line, "item", number, role))
            elif i in self.chrome:
                out.append(Disposition(line, "chrome", None, self.chrome[i]))
            elif self.classes[i][0] == BLANK:
                out.append(Disposition(line, "skip", None, "blank line"))
            else:  # never expected; the nothing-lost test would catch it
                out.append(Disposition(line, "skip", None, "not recognized"))
        return out


def extract(lines: list[Line], file: str = "", locale: str | None = None) -> Page:
    classes = detect.classify(lines)
    locale = locale or detect.detect_language("\n".join(line.text for line in lines))
    shape = detect.detect_shape(lines, classes)
    builder = _Builder(lines, classes)
    for i, (cls, reason) in enumerate(classes):
        if cls == CHROME:
            builder.chrome[i] = reason
    if shape == detect.ARCHIVE:
        _archive(builder)
    else:
        shape = _articles(builder, shape)
    _sort_items(builder)
    items = builder.items
    for item in items:
        _finish(item, locale)
    _infer_years(items)
    return Page(file, lines, shape, locale, items, builder.dispositions())


# --- articles ---------------------------------------------------------------------


def _blocks(builder, indices):
    """Runs of consecutive content lines (chrome and blank lines split them)."""
    blocks, current = [], []
    for i in indices:
        if builder.classes[i][0] in (BLANK, CHROME):
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(i)
    if current:
        blocks.append(current)
    return blocks


def _contact(builder, free: list[int]) -> set[int]:
    """The contact block: the lines around "Tel.:" and "Fax:" and the name above them."""
    taken = set()
    blocks = _blocks(builder, free)
    for n, block in enumerate(blocks):
        texts = [builder.texts[i] for i in block]
        if not any(_PHONE.match(t) or _FAX.match(t) for t in texts):
            continue
        item = builder.add(Item(CONTACT))
        address, phones, fax = [], [], []
        name = ""
        previous = blocks[n - 1] if n else None
        if (
            previous
            and len(previous) == 1
            and builder.classes[previous[0]][0] == HEADING
            and _CONTACT_NAME.search(builder.lines[previous[0]].text)
        ):
            name = builder.texts[previous[0]]
            builder.own(item, previous[0], "contact name")
            taken.add(previous[0])
        for i, text in zip(block, texts, strict=True):
            taken.add(i)
            if _PHONE.match(text):
                phones.append(_PHONE.sub("", text).strip())
                builder.own(item, i, "contact phones")
            elif _FAX.match(text):
                fax.append(_FAX.sub("", text).strip())
                builder.own(item, i, "contact fax")
            elif _EMAIL_LINE.match(text):
                builder.own(item, i, "contact e-mail")
            else:
                address.append(text)
                builder.own(item, i, "contact address")
        item.data = {
            "name": name,
            "address": "\n".join(address),
            "phones": "; ".join(phones),
            "fax": "; ".join(fax),
        }
    return taken


def _articles(builder, shape) -> str:
    lines, classes = builder.lines, builder.classes
    free = list(range(len(lines)))
    taken = _contact(builder, [i for i in free if classes[i][0] != CHROME])
    content = [i for i in free if i not in taken and classes[i][0] not in (BLANK, CHROME)]
    issue = None
    if shape == detect.ISSUE and content:
        issue = builder.add(Item(NEWSLETTER_ISSUE, title=builder.texts[content[0]]))
        builder.own(issue, content[0], "issue title")
        content = content[1:]
    content_set = set(content)
    # Masthead: heading blocks at the top, before the first title, that name the site.
    blocks = _blocks(
        builder, [i for i in free if i in content_set or classes[i][0] in (BLANK, CHROME)]
    )
    first_para = next(
        (n for n, b in enumerate(blocks) if any(classes[i][0] != HEADING for i in b)), len(blocks)
    )
    masthead = set()
    for block in blocks[: max(first_para - 1, 0)]:
        if all(_MASTHEAD.search(lines[i].text) or len(lines[i].text.split()) <= 3 for i in block):
            masthead.update(block)
        else:
            break
    for i in masthead:
        builder.chrome[i] = "masthead"

    articles: list[Item] = []
    current: Item | None = None
    previous_heading = -2
    for i in range(len(lines)):
        cls = classes[i][0]
        if cls == CHROME:
            if current is not None and classes[i][1] == "read-more link":
                current.closed = True
            if classes[i][1].startswith("language link") and issue is not None:
                issue.data.setdefault("languages", []).extend(_languages(classes[i][1]))
            continue
        if i not in content_set or i in masthead:
            continue
        text = builder.texts[i]
        if cls == HEADING:
            continuing_title = (
                current is not None
                and previous_heading == i - 1
                and not current.paragraphs
                and not current.kicker
            )
            previous_heading = i
            if continuing_title:  # a title wrapped over two lines
                current.title = f"{current.title} {text}"
                builder.own(current, i, "title")
            elif current is None or current.paragraphs or current.closed or _SECTION.match(text):
                current = builder.add(Item(NEWS, title=text))
                articles.append(current)
                builder.own(current, i, "title")
            else:
                current.kicker.append(text)
                builder.own(current, i, "kicker")
        else:
            if cls == BULLET:
                text = "• " + detect.strip_bullet(text)
            dateline = parse_dateline(text) if cls == PARA else Dateline()
            starts_new = (
                current is None
                or current.closed
                or (
                    current.paragraphs
                    and dateline.detached
                    and dateline.date
                    and current.dateline.found
                )
            )
            if starts_new:
                current = builder.add(Item(NEWS))
                articles.append(current)
            if not current.paragraphs:
                current.dateline = dateline
                builder.own(current, i, "dateline + lead" if dateline.found else "lead")
            else:
                builder.own(current, i, "body")
            current.paragraphs.append(text)

    if issue is None and shape == detect.RIVER:
        dated = sum(1 for a in articles if a.dateline.found)
        if dated < 2 and len(articles) > 1:
            shape = detect.ARTICLE
            _merge(builder, articles)
            articles = articles[:1]
    if issue is not None:
        toc, sections = [], []
        for article in articles:
            if article.title and not article.paragraphs and _SECTION.match(article.title):
                sections.append(article.title)
            else:
                toc.append(article)
        issue.data.update(toc_items=toc, sections=sections, series=series_name(issue.title))
        issue.span = (lines[content[0]].no if content else issue.lines[0].no, lines[-1].no)
    # A heading with nothing under it ("Project Briefs" in an issue) is a section,
    # owned by the issue; elsewhere it stays an item so nothing is lost.
    for article in list(articles):
        if issue is not None and article.title in issue.data["sections"]:
            index = builder.items.index(article)
            for line_index, (number, _role) in list(builder.owner.items()):
                if number == index:
                    builder.owner[line_index] = (builder.items.index(issue), "section")
                    issue.lines.append(lines[line_index])
            article.kind = None
    _drop_empty(builder)
    return shape


def _languages(reason: str) -> list[str]:
    return re.findall(r"\b(en|ru|tg)\b", reason)


def _merge(builder, articles):
    """A single article: later headings are its subheadings."""
    first = articles[0]
    first_index = builder.items.index(first)
    for article in articles[1:]:
        index = builder.items.index(article)
        for line_index, (number, role) in list(builder.owner.items()):
            if number == index:
                builder.owner[line_index] = (
                    first_index,
                    "body" if role != "title" else "subheading",
                )
                first.lines.append(builder.lines[line_index])
        if article.title:
            first.paragraphs.append(article.title) if first.paragraphs else first.kicker.append(
                article.title
            )
        first.paragraphs.extend(article.kicker + article.paragraphs)
        article.kind = None


def _sort_items(builder):
    """Items in reading order (the contact block is found first but comes last)."""
    order = sorted(
        range(len(builder.items)),
        key=lambda n: min((ln.no for ln in builder.items[n].lines), default=0),
    )
    renumber = {old: new for new, old in enumerate(order)}
    builder.items = [builder.items[n] for n in order]
    builder.owner = {i: (renumber[n], role) for i, (n, role) in builder.owner.items()}


def _drop_empty(builder):
    """Remove merged-away items and renumber the owners."""
    keep = [n for n, item in enumerate(builder.items) if item.kind is not None]
    renumber = {old: new for new, old in enumerate(keep)}
    builder.items = [builder.items[n] for n in keep]
    builder.owner = {i: (renumber[n], role) for i, (n, role) in builder.owner.items()}


# --- newsletter archive ------------------------------------------------------------


def _archive(builder):
    lines, classes = builder.lines, builder.classes
    series = ""
    issues: list[Item] = []
    current: Item | None = None
    pending_intro: list[int] = []
    figures_done = False
    i = 0
    while i < len(lines):
        cls = classes[i][0]
        text = builder.texts[i]
        if cls == BULLET:
            # A list runs on over single blank lines; two blank lines end it.
            run = []
            while i < len(lines) and classes[i][0] in (BULLET, BLANK):
                if classes[i][0] == BLANK and (i + 1 >= len(lines) or classes[i + 1][0] == BLANK):
                    break
                if classes[i][0] == BULLET:
                    run.append(i)
                i += 1
            bullets = [detect.strip_bullet(builder.texts[j]) for j in run]
            if not figures_done:
                while run and _FIGURE.match(bullets[0]):
                    builder.own(builder.add(_figure_item(bullets[0])), run[0], "figure")
                    run, bullets = run[1:], bullets[1:]
                figures_done = True
                if not run:
                    continue
            current = builder.add(Item(NEWSLETTER_ISSUE))
            issues.append(current)
            toc, sections = [], []
            for j, b in zip(run, bullets, strict=True):
                if _SECTION.match(b):
                    sections.append(b)
                    builder.own(current, j, "section")
                else:
                    toc.append(b)
                    builder.own(current, j, "table of contents")
            current.data.update(toc=toc, sections=sections, languages=[])
            for j in pending_intro:
                builder.own(current, j, "introduction")
            current.data["intro"] = " ".join(builder.texts[j] for j in pending_intro)
            pending_intro = []
            continue
        if cls == CHROME:
            if classes[i][1].startswith("language link") and current is not None:
                for code in _languages(classes[i][1]):
                    if code not in current.data["languages"]:
                        current.data["languages"].append(code)
                current.span = (current.lines[0].no, lines[i].no)
        elif cls != BLANK:
            member = _MEMBER_SINCE.search(text)
            if not series and not issues and cls == HEADING and i == _first_content(classes):
                series = text
                builder.chrome[i] = "masthead"
            elif member:
                year = int(member.group("y") or member.group("y2"))
                item = builder.add(
                    Item(
                        FIGURE,
                        data={
                            "value": str(year),
                            "unit": "",
                            "qualifier": "since",
                            "label": text,
                            "year": year,
                            "role": "member_since",
                        },
                    )
                )
                builder.own(item, i, "figure")
            elif not figures_done and _FIGURE.match(text):
                builder.own(builder.add(_figure_item(text)), i, "figure")
            else:
                pending_intro.append(i)
        i += 1
    if pending_intro:  # text after the last issue: keep it with that issue
        target = issues[-1] if issues else builder.add(Item(NEWS))
        for j in pending_intro:
            builder.own(target, j, "introduction" if issues else "body")
            if not issues:
                target.paragraphs.append(builder.texts[j])
        if issues:
            target.data["intro"] = (
                target.data.get("intro", "")
                + " "
                + " ".join(builder.texts[j] for j in pending_intro)
            ).strip()
    for issue in issues:
        issue.data["series"] = series_name(series)
        first = issue.data["toc"][0] if issue.data["toc"] else (issue.data["sections"] or [""])[0]
        issue.title = f"{series} — {first}" if series else first
        issue.title_derived = True


def series_name(title: str) -> str:
    """ "IOM Tajikistan Today" → "Today": the newsletter's own name in its masthead."""
    match = detect.NEWSLETTER_TITLE.search(title or "")
    if not match:
        return (title or "").strip()
    word = match.group()
    return word[:1].upper() + word[1:]


def _first_content(classes):
    return next((i for i, (c, _r) in enumerate(classes) if c not in (BLANK, CHROME)), -1)


def _figure_item(text: str) -> Item:
    match = _FIGURE.match(text)
    value = re.sub(r"[\u202f ]", "", match.group("v"))
    years = re.findall(r"\b(?:19|20)\d\d\b", match.group("label"))
    return Item(
        FIGURE,
        data={
            "value": value,
            "unit": (match.group("u") or "").strip(),
            "qualifier": (match.group("q") or "").lower(),
            "label": match.group("label").strip(),
            "year": int(years[0]) if years else None,
        },
    )


# --- finishing ---------------------------------------------------------------------


def _derive_title(text: str) -> str:
    match = _SENTENCE.match(text.strip())
    sentence = (match.group(1) if match else text.strip()).rstrip(".")
    if len(sentence) <= 150:
        return sentence
    return sentence[:150].rsplit(" ", 1)[0] + "…"


def _finish(item: Item, locale: str):
    if item.kind not in ARTICLE_KINDS:
        return
    if not item.title:
        item.title = _derive_title(item.lead or " ".join(item.paragraphs))
        item.title_derived = True
    header = " ".join([item.title, *item.kicker]).lower()
    first_sentence = _SENTENCE.match(item.lead)
    opening = header + " " + (first_sentence.group(1) if first_sentence else item.lead).lower()
    text = item.text
    if _PRIVACY.search(text.lower()):
        item.kind = STORY
        item.data["privacy_marker"] = "name_changed"
    elif _PRESS_RELEASE.search(header):
        item.kind = PRESS_RELEASE
    elif _CALL.search(opening):  # the opening starts with the header
        item.kind = CALL
        item.data.update(_deadlines(text))
    elif _STATEMENT.search(opening):
        item.kind = STATEMENT
    elif _EVENT.search(opening):
        item.kind = EVENT_REPORT
    places: list[Known] = []
    if item.dateline.place:
        for part in re.split(r"\s*/\s*", item.dateline.place):
            places.append(known_place(part) or new_place(part))
    places += places_in(text)
    unique = []
    for place in places:
        if place.slug not in {p.slug for p in unique}:
            unique.append(place)
    item.data["places"] = unique
    item.data["organizations"] = organizations_in(text)


def _deadlines(text: str) -> dict:
    """Opening and closing dates of a call for entries; a date without a year takes
    the year of the other one (flagged as inferred)."""
    opens = closes = None
    for value, start, _end in find_dates(text):
        before = text[max(0, start - 60) : start]
        if _CLOSES.search(before) and closes is None:
            closes = value
        elif _OPENS.search(before) and opens is None:
            opens = value
    out = {}
    if closes is not None and closes.year_missing and opens is not None and opens.date:
        closes = closes.with_year(opens.date.year)
    if opens is not None and opens.year_missing and closes is not None and closes.date:
        year = closes.date.year
        candidate = opens.with_year(year)
        if candidate.date and candidate.date > closes.date:
            candidate = opens.with_year(year - 1)
        opens = candidate
    if opens is not None and opens.date and opens.precision == DAY:
        out["call_opens"] = opens.date
    if closes is not None and closes.date and closes.precision == DAY:
        out["call_closes"] = closes.date
    return out


def _infer_years(items: list[Item]):
    """ "On 31 March, ..." takes the year of the nearest dated item before it, else after."""
    dated = [
        (n, item.dateline.date.year)
        for n, item in enumerate(items)
        if item.dateline.date and not item.dateline.year_missing
    ]
    for n, item in enumerate(items):
        if not item.dateline.year_missing:
            continue
        before = [year for m, year in dated if m < n]
        after = [year for m, year in dated if m > n]
        year = before[-1] if before else (after[0] if after else None)
        if year is not None:
            item.dateline = item.dateline.complete(year)


# --- output ------------------------------------------------------------------------


def _names(entries: list[Known], locale: str) -> list[str]:
    return [entry.name(locale) for entry in entries]


def record(item: Item, file: str, locale: str) -> dict:
    """The item as the JSON object `--format jsonl` prints."""
    first = min(line.no for line in item.lines) if item.lines else None
    last = max(line.no for line in item.lines) if item.lines else None
    lines = list(item.span) if item.span else [first, last]
    source = {"file": file, "lines": lines}
    if item.kind == FIGURE:
        data = item.data
        return {
            "kind": FIGURE,
            "value": data["value"],
            "unit": data["unit"],
            "qualifier": data["qualifier"],
            "label": data["label"],
            "year": data["year"],
            "source": source,
        }
    if item.kind == CONTACT:
        return {"kind": CONTACT, **item.data, "source": source}
    if item.kind == NEWSLETTER_ISSUE:
        data = item.data
        toc = [a.title for a in data["toc_items"]] if "toc_items" in data else data.get("toc", [])
        return {
            "kind": NEWSLETTER_ISSUE,
            "title": item.title,
            "title_derived": item.title_derived,
            "series": data.get("series", item.title),
            "toc": toc,
            "sections": data.get("sections", []),
            "languages": data.get("languages", []),
            "intro": data.get("intro", ""),
            "source": source,
        }
    dateline = item.dateline
    precision = dateline.precision if dateline.date else None
    place = None
    if dateline.place:
        place = item.data["places"][0].name(locale)
    out = {
        "kind": item.kind,
        "title": item.title,
        "title_derived": item.title_derived,
        "date": iso(dateline.date, precision),
        "date_end": iso(dateline.date_end, precision) if dateline.date else None,
        "date_precision": precision,
        "date_inferred": dateline.inferred,
        "place": place,
        "lead": item.lead,
        "body": [*item.kicker, *item.body],
        "organizations": _names(item.data["organizations"], locale),
        "places": _names(item.data["places"], locale),
        "source": source,
    }
    if item.kind == CALL:
        out["call_opens"] = (
            item.data.get("call_opens").isoformat() if item.data.get("call_opens") else None
        )
        out["call_closes"] = (
            item.data.get("call_closes").isoformat() if item.data.get("call_closes") else None
        )
    if item.kind == STORY:
        out["privacy_marker"] = item.data.get("privacy_marker", "")
    return out
