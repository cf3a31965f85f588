"""Russian case forms of place names that the importer cannot guess from the last
letter alone: "в Исфаре", "Хатлонской области", "в Рудакинском районе".

Names that end in a consonant ("Худжанд" -> "в Худжанде") are declined where texts
are searched (portal/legacy/names.py); this module adds the forms of names that end
in -а and of an adjective with "область", "район" or "долина". Indeclinable names
(Душанбе, Алматы, Турсунзаде) have none. Hand-written: the morphology libraries on
PyPI (pymorphy) decline dictionary words and guess badly on Tajik place names, and
these few patterns are all a gazetteer of places needs.
"""

import re

_CYRILLIC = re.compile(r"^[А-Яа-яЁёӢӣӮӯҲҳҚқҶҷҒғ-]+$")
# Head nouns: the cases in which texts write them (genitive, prepositional/dative,
# accusative, instrumental).
_NOUNS = {
    "область": ("области", "области", "область", "областью"),
    "район": ("района", "районе", "район", "районом"),
    "долина": ("долины", "долине", "долину", "долиной"),
}
# Adjective endings per gender of the noun: the same four cases.
_ADJECTIVES = {
    "ая": ("ой", "ой", "ую", "ой"),
    "яя": ("ей", "ей", "юю", "ей"),
    "ий": ("ого", "ом", "ий", "им"),
    "ый": ("ого", "ом", "ый", "ым"),
}
_VELAR = "кгхжшщч"
_SIBILANT = "жшщчц"


def russian_forms(name: str) -> list[str]:
    """Other case forms of a Russian place name (empty when there are none to add)."""
    words = name.split()
    if not words or not all(_CYRILLIC.match(word) for word in words):
        return []
    noun = words[-1] if len(words) == 2 else None
    if noun in _NOUNS and words[0][-2:] in _ADJECTIVES:
        stem, ending = words[0][:-2], words[0][-2:]
        forms = [
            f"{stem}{adjective} {noun_form}"
            for adjective, noun_form in zip(_ADJECTIVES[ending], _NOUNS[noun], strict=True)
        ]
        return [form for form in dict.fromkeys(forms) if form != name]
    if len(words) > 1 and words[0] in _NOUNS:  # "район Рудаки": the noun declines
        return [
            " ".join([form, *words[1:]])
            for form in dict.fromkeys(_NOUNS[words[0]])
            if form != words[0]
        ]
    if len(words) == 1 and re.search(r"[^аеёиоуыэюя]а$", name):
        stem = name[:-1]
        genitive = "и" if stem[-1] in _VELAR else "ы"
        instrumental = "ей" if stem[-1] in _SIBILANT else "ой"
        return [stem + genitive, stem + "е", stem + "у", stem + instrumental]
    return []
