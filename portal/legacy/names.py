"""Places and organizations the old site mentions, found in its texts.

The known ones come from the portal's gazetteer (portal/taxonomy/gazetteer.yaml):
one slug shared by every language (as the taxonomy snippets), a name per language,
and the other spellings found in old texts ("Qurghonteppa" is today's Bokhtar).
Names not listed there are still picked up from datelines and from "NGO “...”", and
are created for editors to review.
"""

import re
from dataclasses import dataclass

from django.utils.text import slugify

from portal.taxonomy.gazetteer import gazetteer, name_in


@dataclass(frozen=True)
class Known:
    slug: str
    names: dict  # language → name
    aliases: tuple = ()
    region: str = ""  # a region of the gazetteer
    acronym: str = ""
    kind: str = "other"

    def name(self, language: str) -> str:
        return name_in(self.names, language)


def _known(entry) -> Known:
    """A place or organization of the gazetteer."""
    return Known(
        entry.slug,
        dict(entry.names),
        entry.aliases,
        region=entry.region,
        acronym=entry.acronym,
        kind=entry.type or "other",
    )


PLACES = [_known(entry) for entry in gazetteer().places]
ORGANIZATIONS = [_known(entry) for entry in gazetteer().organizations]


def _alias_regex(entries):
    table = {}
    for entry in entries:
        for alias in (*entry.aliases, *entry.names.values()):
            table.setdefault(alias, entry)
            # Russian declines names: "в Худжанде", "из Куляба".
            if re.search(r"[бвгджзклмнпрстфхцчшщ]$", alias):
                for ending in ("а", "у", "е", "ом"):
                    table.setdefault(alias + ending, entry)
            elif alias.endswith("ь") and not alias.isascii():  # Джиргиталь → в Джиргитале
                for ending in ("я", "ю", "е", "ем"):
                    table.setdefault(alias[:-1] + ending, entry)
            elif alias.endswith("а") and not alias.isascii():  # Москва → из Москвы
                genitive = "и" if alias[-2:-1] in "гкхжшчщ" else "ы"
                for ending in (genitive, "е", "у", "ой"):
                    table.setdefault(alias[:-1] + ending, entry)
    # Longest first, so "Qurghon Teppa" wins over shorter spellings. The start of
    # a word is checked in `_matches`: a look-behind here makes the search 4x slower.
    pattern = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?:{pattern})(?![\w])"), table


def _matches(regex, table, text):
    for match in regex.finditer(text):
        start = match.start()
        if start == 0 or not text[start - 1].isalnum():
            yield table[match.group()]


_PLACE_RE, _PLACE_TABLE = _alias_regex(PLACES)
_ORG_RE, _ORG_TABLE = _alias_regex(ORGANIZATIONS)
_NGO = re.compile(r"(?:NGO|НПО|ОО|ННО|ОМО)\s+[“«\"„]([^”»\"“]{2,60})[”»\"“]")
PLACES_BY_SLUG = {p.slug: p for p in PLACES}
ORGANIZATIONS_BY_SLUG = {o.slug: o for o in ORGANIZATIONS}


def known_place(name: str) -> Known | None:
    if not name:
        return None
    match = _PLACE_RE.fullmatch(name.strip())
    return _PLACE_TABLE[match.group()] if match else None


def _unique(items):
    seen, out = set(), []
    for item in items:
        if item.slug not in seen:
            seen.add(item.slug)
            out.append(item)
    return out


def places_in(text: str) -> list[Known]:
    return _unique(_matches(_PLACE_RE, _PLACE_TABLE, text))


def organizations_in(text: str) -> list[Known]:
    """Known organizations, then NGOs named as NGO “Name” (new to the list)."""
    found = list(_matches(_ORG_RE, _ORG_TABLE, text))
    for match in _NGO.finditer(text):
        name = match.group(1).strip(" ,.;")
        slug = slugify(unidecode_cyrillic(name)) or "ngo"
        found.append(Known(slug, {"en": name, "ru": name, "tg": name}, kind="ngo"))
    return _unique(found)


def new_place(name: str) -> Known:
    """A place met in a dateline that is not in the list above."""
    return Known(slugify(unidecode_cyrillic(name)) or "place", {"en": name, "ru": name, "tg": name})


_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяӣӯҳқҷғ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "u",
            "h",
            "q",
            "j",
            "gh",
        ],
        strict=True,
    )
)


def unidecode_cyrillic(text: str) -> str:
    """Latin letters for a Cyrillic name, enough for a readable slug."""
    return "".join(_TRANSLIT.get(ch, _TRANSLIT.get(ch.lower(), ch)) for ch in text)
