"""Key figures: "More than 30 staff members ...", "Member State since November 1994"."""

import re

from .items import Figure

_FIGURE = re.compile(
    r"^(?P<q>more than|over|almost|nearly|about|around|some|более|свыше|около|почти|зиёда аз)?\s*"
    r"(?P<v>\d[\d.,\u202f ]*\d|\d)\s*(?P<u>%|per cent|percent|million|billion|thousand|тыс\.|млн|млрд|процент\w*)?\s+(?P<label>\D.*)$",
    re.I,
)
_MEMBER_SINCE = re.compile(
    r"member state since\s+(?:\w+\s+)?(?P<y>\d{4})|(?:членом|государством-членом)\s+МОМ\s+с\s+(?:\w+\s+)?(?P<y2>\d{4})",
    re.I,
)


def is_figure(text: str) -> bool:
    return bool(_FIGURE.match(text))


def figure(text: str) -> Figure:
    """The figure a line states ("More than 30 staff members throughout the country")."""
    match = _FIGURE.match(text)
    years = re.findall(r"\b(?:19|20)\d\d\b", match.group("label"))
    return Figure(
        value=re.sub(r"[\u202f ]", "", match.group("v")),
        unit=(match.group("u") or "").strip(),
        qualifier=(match.group("q") or "").lower(),
        label=match.group("label").strip(),
        year=int(years[0]) if years else None,
    )


def member_since(text: str) -> Figure | None:
    """The year the country joined, when the line says it."""
    match = _MEMBER_SINCE.search(text)
    if not match:
        return None
    year = int(match.group("y") or match.group("y2"))
    return Figure(value=str(year), qualifier="since", label=text, year=year, member_since=True)
