"""The Latin-script detector: names and acronyms pass, English prose does not."""

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portal.translations.detect import (
    CONNECTORS,
    ENGLISH_CALENDAR,
    html_paragraphs,
    latin_runs,
    script_of,
    word_kind,
)


@pytest.mark.parametrize(
    "text",
    [
        "IOM",
        "UNICEF",
        "USAID",
        "COVID-19",
        "HIV/AIDS",
        "Dushanbe Plaza",
        "Встреча прошла в Dushanbe Plaza.",
        "проект EU4Migration",
        "В рамках проекта EU4Migration при поддержке USAID и UNICEF.",
        "Подробнее: https://www.example.org/ru/news/2021/report-on-migration?page=2",
        "Пишите на mission-tajikistan@example.org или звоните.",
        "Сайт example.org/about-the-mission открыт.",
        "Профилактика ВИЧ/СПИДа, COVID-19 и ТБ среди 12 400 мигрантов в 2025 году.",
        "Барномаи EU4Migration дар Хуҷанд, Кӯлоб ва Бохтар 520 000 нафарро фаро гирифт.",
        "Звоните через WhatsApp, Telegram или imo.",
        "Фонд Global Fund to Fight AIDS, Tuberculosis and Malaria выделил средства.",
        "Министерство (Ministry of Labour, Migration and Employment) и МОМ",
        "Подписывайтесь на @mission_tj и #safemigration.",
        "Два слова: legal aid — не повод для тревоги.",
        "Mariya de Souza",
        "45 %",
        "",
        "   ",
        "2019–2025",
        "Душанбе\nDushanbe",
    ],
)
def test_names_acronyms_urls_and_numbers_pass(text):
    assert latin_runs(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt", "rule"),
    [
        (
            "The project provides legal aid to returning migrants.",
            "The project provides legal aid to returning migrants",
            "phrase",
        ),
        (
            "Лоиҳа ба муҳоҷирон кӯмак мерасонад. The project provides legal aid to returning "
            "migrants. Маслиҳат ройгон аст.",
            "The project provides legal aid to returning migrants",
            "phrase",
        ),
        ("Demo illustration", "Demo illustration", "untranslated"),
        ("million", "million", "untranslated"),
        ("Today — October 2026", "Today — October", "untranslated"),
        ("Mission office, 22 Rudaki Avenue", "Mission office, 22 Rudaki Avenue", "phrase"),
        ("Safe Labour Migration Programme", "Safe Labour Migration Programme", "title"),
        (
            "World Bank, World Development Indicators",
            "World Bank, World Development Indicators",
            "title",
        ),
        (
            "Источник: Swiss Agency for Development and Cooperation.",
            "Swiss Agency for Development and Cooperation",
            "title",
        ),
        (
            "Читайте доклад (available at https://example.org in English only) сегодня.",
            "in English only",
            "phrase",
        ),
    ],
)
def test_english_text_is_reported(text, excerpt, rule):
    runs = latin_runs(text)
    assert [(r.excerpt, r.rule) for r in runs] == [(excerpt, rule)]
    assert text[runs[0].start : runs[0].end].split() == excerpt.split()


def test_every_english_stretch_is_reported_separately_and_long_ones_shortened():
    text = (
        "Начало. The first sentence is in English. Середина. "
        + "A second and much longer sentence goes on " * 10
        + "— конец."
    )
    first, second = latin_runs(text)
    assert first.excerpt == "The first sentence is in English"
    assert len(second.excerpt) == 160 and second.excerpt.endswith("…")


def test_thresholds_and_allowed_words_can_be_set():
    assert latin_runs("Это open source программа.") == []
    assert latin_runs("Это open source программа.", min_run=2)[0].excerpt == "open source"
    assert latin_runs("Dushanbe Grand Central Plaza") != []
    assert latin_runs("Dushanbe Grand Central Plaza", min_title=5) == []
    assert latin_runs("viber") != []
    assert latin_runs("viber", allowed={"viber"}) == []


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("IOM", "acronym"),
        ("COVID-19", "acronym"),
        ("HIV/AIDS", "acronym"),
        ("Dushanbe", "capitalised"),
        ("WhatsApp", "brand"),
        ("iPhone", "brand"),
        ("EU4Migration", "brand"),
        ("of", "connector"),
        ("October", "prose"),
        ("project", "prose"),
        ("19th", "prose"),
    ],
)
def test_word_kinds(word, kind):
    assert word_kind(word) == kind


def test_scripts_include_tajik_letters():
    assert script_of("ҳуқуқӣ") == script_of("ҷабрдидагон") == script_of("Ғарм") == "cyrillic"
    assert script_of("Kulob") == script_of("Ökonomie") == "latin"
    assert script_of("2025") == ""
    assert script_of("مهاجرت") == "other"


def test_rich_text_is_read_paragraph_by_paragraph():
    html = (
        '<h2>Заголовок</h2><p>Первый &amp; <a href="https://example.org">абзац</a></p>'
        "<ul><li>one</li><li>two</li></ul><p>A<br/>B</p>"
    )
    assert html_paragraphs(html) == ["Заголовок", "Первый & абзац", "one", "two", "A", "B"]


# -- generated inputs -----------------------------------------------------------------

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяӣӯҳқғҷ"
cyrillic_word = st.text(CYRILLIC, min_size=1, max_size=12).map(
    lambda w: w.capitalize() if len(w) % 2 else w
)
lower_latin = st.from_regex(r"[a-z]{2,10}", fullmatch=True).filter(
    lambda w: w not in CONNECTORS and w not in ENGLISH_CALENDAR
)
name = st.from_regex(r"[A-Z][a-z]{1,10}", fullmatch=True).filter(
    lambda w: w.lower() not in ENGLISH_CALENDAR
)
acronym = st.builds(
    lambda letters, number: letters + number,
    st.text(string.ascii_uppercase, min_size=2, max_size=6),
    st.sampled_from(["", "-19", "4", "/AIDS"]),
)
host = st.from_regex(r"[a-z]{2,10}", fullmatch=True)
url = st.builds(
    lambda h, p: f"https://www.{h}.org/{p}",
    host,
    st.from_regex(r"[a-z0-9/-]{0,20}", fullmatch=True),
)
email = st.builds(lambda u, h: f"{u}@{h}.org", host, host)
number = st.integers(min_value=0, max_value=10**7).map(str)
# What a Russian or Tajik sentence may carry in Latin script: a name of up to three
# words, an acronym, an address, a number, a two-word term.
latin_piece = st.one_of(
    st.lists(name, min_size=1, max_size=3).map(" ".join),
    acronym,
    url,
    email,
    number,
    st.lists(lower_latin, min_size=1, max_size=2).map(" ".join),
)
piece = st.one_of(
    st.lists(cyrillic_word, min_size=1, max_size=4).map(" ".join),
    st.tuples(latin_piece, cyrillic_word).map(" ".join),
)
clean_text = st.builds(
    lambda first, rest, end: " ".join([first, *rest]) + end,
    cyrillic_word,
    st.lists(piece, max_size=12),
    st.sampled_from(["", ".", "!", " 2025."]),
)
english_sentence = st.builds(
    lambda first, words: " ".join([first, *words]),
    name,
    st.lists(lower_latin, min_size=2, max_size=8),
)


@settings(max_examples=300)
@given(clean_text)
def test_generated_russian_and_tajik_text_with_names_passes(text):
    assert latin_runs(text) == []


@settings(max_examples=300)
@given(clean_text, english_sentence, st.data())
def test_an_english_sentence_anywhere_is_reported(text, sentence, data):
    words = text.split(" ")
    at = data.draw(st.integers(min_value=0, max_value=len(words)))
    before = " ".join(words[:at])
    mixed = f"{before} {sentence} {' '.join(words[at:])}".strip()
    start = mixed.index(sentence, len(before))
    runs = latin_runs(mixed)
    assert any(r.start <= start and start + len(sentence) <= r.end for r in runs)


@given(st.text())
def test_any_text_gives_runs_inside_it_without_cyrillic(text):
    for run in latin_runs(text):
        assert 0 <= run.start < run.end <= len(text)
        assert not any(script_of(c) == "cyrillic" for c in text[run.start : run.end])
        assert run.excerpt and len(run.excerpt) <= 160
