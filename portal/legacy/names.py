"""Places and organizations the old site mentions, with the spellings it used.

Each entry has one slug shared by every language (as the taxonomy snippets do) and a
name per language; aliases are the spellings found in old texts ("Qurghonteppa" is
today's Bokhtar). Names not listed here are still picked up from datelines and from
"NGO “...”", and are created for editors to review.
"""

import re
from dataclasses import dataclass

from django.utils.text import slugify


@dataclass(frozen=True)
class Known:
    slug: str
    names: dict  # language → name
    aliases: tuple = ()
    region: str = ""
    acronym: str = ""
    kind: str = "other"

    def name(self, language: str) -> str:
        return (
            self.names.get(language)
            or self.names.get("ru" if language == "tg" else "en")
            or self.names["en"]
        )


def _p(slug, en, ru, tg=None, aliases=(), region=""):
    return Known(slug, {"en": en, "ru": ru, "tg": tg or ru}, tuple(aliases), region)


PLACES = [
    _p("dushanbe", "Dushanbe", "Душанбе", aliases=["Душанбе"]),
    _p(
        "khujand",
        "Khujand",
        "Худжанд",
        "Хуҷанд",
        ["Khodjent", "Khujand", "Худжанд", "Хуҷанд"],
        "Sughd",
    ),
    _p(
        "kulob",
        "Kulob",
        "Куляб",
        "Кӯлоб",
        ["Kulyab", "Kulob", "Куляб", "Кулоб", "Кӯлоб"],
        "Khatlon",
    ),
    _p(
        "bokhtar",
        "Bokhtar",
        "Бохтар",
        "Бохтар",
        [
            "Qurghonteppa",
            "Qurghon Teppa",
            "Qurghon-Teppa",
            "Kurgan-Tyube",
            "Kurgan-Tube",
            "Kurgan Tube",
            "Курган-Тюбе",
            "Курган-Тепа",
            "Қӯрғонтеппа",
            "Бохтар",
        ],
        "Khatlon",
    ),
    _p("khorog", "Khorog", "Хорог", "Хоруғ", ["Хорог", "Хоруғ"], "GBAO"),
    _p(
        "tursunzoda",
        "Tursunzoda",
        "Турсунзаде",
        "Турсунзода",
        ["Tursunzade", "Турсунзаде", "Турсунзода"],
    ),
    _p("vahdat", "Vahdat", "Вахдат", "Ваҳдат", ["Vakhdat", "Вахдат", "Ваҳдат"]),
    _p(
        "rasht-valley",
        "Rasht Valley",
        "Раштская долина",
        "Водии Рашт",
        ["Rasht", "Раштская долина", "Рашт"],
    ),
    _p(
        "khatlon",
        "Khatlon region",
        "Хатлонская область",
        "Вилояти Хатлон",
        ["Khatlon", "Хатлон"],
        "Khatlon",
    ),
    _p(
        "sughd",
        "Sughd region",
        "Согдийская область",
        "Вилояти Суғд",
        ["Sughd", "Sogd", "Согд", "Суғд"],
        "Sughd",
    ),
    _p("jirgatol", "Jirgatol", "Джиргиталь", "Ҷиргатол", ["Jirgatal", "Джиргиталь", "Ҷиргатол"]),
    _p("asht", "Asht", "Ашт", aliases=["Ашт"], region="Sughd"),
    _p("nurobod", "Nurobod", "Нуробод", aliases=["Nurabad", "Нуробод"]),
    _p("gafurov", "B. Gafurov", "Б. Гафуров", aliases=["Gafurov", "Гафуров"], region="Sughd"),
    _p("geneva", "Geneva", "Женева", aliases=["Женева"]),
    _p("moscow", "Moscow", "Москва", aliases=["Москва", "Москве"]),
    _p("nur-sultan", "Nur-Sultan", "Нур-Султан", aliases=["Nur Sultan", "Nursultan", "Нур-Султан"]),
    _p("bishkek", "Bishkek", "Бишкек", aliases=["Бишкек", "Бишкеке"]),
    _p("almaty", "Almaty", "Алматы", aliases=["Алматы"]),
    _p("tashkent", "Tashkent", "Ташкент", aliases=["Ташкент", "Ташкенте"]),
    _p("istaravshan", "Istaravshan", "Истаравшан", aliases=["Истаравшан"], region="Sughd"),
    _p(
        "panjakent",
        "Panjakent",
        "Пенджикент",
        "Панҷакент",
        ["Penjikent", "Panjikent", "Пенджикент"],
        "Sughd",
    ),
]


def _o(slug, en, acronym="", ru=None, kind="other", aliases=()):
    return Known(slug, {"en": en, "ru": ru or en}, tuple(aliases), acronym=acronym, kind=kind)


ORGANIZATIONS = [
    _o(
        "iom",
        "International Organization for Migration",
        "IOM",
        "Международная организация по миграции",
        "un_agency",
        [
            "IOM",
            "МОМ",
            "International Organization for Migrations",
            "Международная организация по миграции",
            "СБМ",
        ],
    ),
    _o(
        "unhcr",
        "UN Refugee Agency",
        "UNHCR",
        "Управление ООН по делам беженцев",
        "un_agency",
        ["UNHCR", "УВКБ ООН"],
    ),
    _o(
        "ohchr",
        "UN Human Rights Office",
        "OHCHR",
        "Управление ООН по правам человека",
        "un_agency",
        ["OHCHR", "УВКПЧ"],
    ),
    _o(
        "who",
        "World Health Organization",
        "WHO",
        "Всемирная организация здравоохранения",
        "un_agency",
        ["WHO", "ВОЗ"],
    ),
    _o("usaid", "USAID", "USAID", kind="donor", aliases=["USAID", "ЮСАИД"]),
    _o(
        "eu",
        "European Union",
        "EU",
        "Европейский союз",
        "donor",
        ["European Union", "Европейский союз", "Евросоюз"],
    ),
    _o(
        "un-network-on-migration",
        "United Nations Network on Migration",
        "",
        "Сеть ООН по миграции",
        "un_agency",
        ["United Nations Network on Migration", "UN Network on Migration", "Сеть ООН по миграции"],
    ),
    _o("afew-international", "AFEW International", kind="ngo", aliases=["AFEW International"]),
    _o("afew-kyrgyzstan", "AFEW Kyrgyzstan", kind="ngo", aliases=["AFEW Kyrgyzstan"]),
    _o(
        "migration-service",
        "Migration Service",
        "",
        "Миграционная служба",
        "government",
        ["Migration Service", "Миграционная служба", "Миграционной службы"],
    ),
    _o(
        "border-guard-service",
        "Border Guard Service",
        "",
        "Пограничные войска",
        "government",
        ["Border Guard Service", "Border Guards", "Пограничные войска"],
    ),
    _o("unicef", "UNICEF", "UNICEF", "ЮНИСЕФ", "un_agency", ["UNICEF", "ЮНИСЕФ"]),
    _o("undp", "UNDP", "UNDP", "ПРООН", "un_agency", ["UNDP", "ПРООН"]),
    _o(
        "ilo",
        "International Labour Organization",
        "ILO",
        "Международная организация труда",
        "un_agency",
        ["ILO", "МОТ"],
    ),
    _o("osce", "OSCE", "OSCE", "ОБСЕ", "other", ["OSCE", "ОБСЕ"]),
    _o(
        "coes",
        "Committee of Emergency Situations",
        "COES",
        "Комитет по чрезвычайным ситуациям",
        "government",
        ["COES", "КЧС"],
    ),
]


def _alias_regex(entries):
    table = {}
    for entry in entries:
        for alias in (*entry.aliases, *entry.names.values()):
            table.setdefault(alias, entry)
            # Russian declines names: "в Худжанде", "из Куляба".
            if re.search(r"[бвгджзклмнпрстфхцчшщ]$", alias):
                for ending in ("а", "у", "е", "ом"):
                    table.setdefault(alias + ending, entry)
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
