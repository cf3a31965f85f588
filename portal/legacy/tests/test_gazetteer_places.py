"""The importer finds every place of the gazetteer in running text: today's names,
old names and the Russian cases sentences put them in."""

import pytest

from portal.legacy.names import places_in
from portal.taxonomy.gazetteer import gazetteer


@pytest.mark.parametrize(
    "sentence, slugs",
    [
        ("Мигранты из Хатлонской области собрались в Душанбе.", ["khatlon", "dushanbe"]),
        ("Тренинг прошёл в Худжанде и в Гарме.", ["khujand", "rasht"]),
        ("Volunteers in Gharm, Rasht district, met returnees.", ["rasht"]),
        ("A roundtable in Kofarnihon and Qurghonteppa.", ["vahdat", "bokhtar"]),
        ("Семьи мигрантов в Рудакинском районе и в Исфаре.", ["rudaki", "isfara"]),
        (
            "Работники из Бохтара уехали в Москву и Екатеринбург.",
            ["bokhtar", "moscow", "yekaterinburg"],
        ),
        ("Рудаки avenue is not a district.", []),
    ],
)
def test_places_in_sentences(sentence, slugs):
    assert [place.slug for place in places_in(sentence)] == slugs


def test_every_place_is_found_by_each_of_its_names_and_forms_in_a_sentence():
    for place in gazetteer().places:
        for text in {*place.names.values(), *place.aliases}:
            found = [p.slug for p in places_in(f"Сегодня ({text}) пришли.")]
            assert found == [place.slug], (text, found)
