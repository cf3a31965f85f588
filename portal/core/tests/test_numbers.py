"""Numbers follow the reader's language: "520,000" in English, "520 000" in Russian
and Tajik (a no-break space, as CLDR writes them), through one filter."""

import pytest
from django.template import Context, Template
from django.utils import translation
from wagtail.models import Site

from portal.core.numbers import format_number, localize_numbers

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "520,000"), ("ru", f"520{NBSP}000"), ("tg", f"520{NBSP}000")],
)
def test_counts_are_grouped_the_languages_way(language, expected):
    assert format_number(520000, language) == expected
    with translation.override(language):
        assert format_number(520000) == expected
        assert (
            Template("{% load portal_tags %}{{ n|number }}").render(Context({"n": 520000}))
            == expected
        )


@pytest.mark.parametrize(
    ("typed", "en", "ru"),
    [
        ("520,000", "520,000", f"520{NBSP}000"),
        ("12,400", "12,400", f"12{NBSP}400"),
        ("32.8", "32.8", "32,8"),
        ("32,8", "32.8", "32,8"),  # a translator's decimal comma is read as one
        (f"520{NBSP}000", "520,000", f"520{NBSP}000"),
        ("More than 1,500", "More than 1,500", f"More than 1{NBSP}500"),
        ("45", "45", "45"),
        ("1994", "1994", "1994"),  # short plain numbers (years) stay as typed
        ("1 in 5", "1 in 5", "1 in 5"),
        ("", "", ""),
    ],
)
def test_numbers_typed_in_a_key_figure_are_rewritten_for_the_language(typed, en, ru):
    assert localize_numbers(typed, "en") == en
    assert localize_numbers(typed, "ru") == ru
    assert localize_numbers(typed, "tg") == ru  # Tajik groups and marks decimals as Russian


@pytest.mark.django_db
def test_key_figures_and_mission_at_a_glance_in_each_language(client, site_tree):
    from portal.core.models import MissionSettings
    from portal.figures.models import KeyFigure
    from portal.home.models import HomePageFigure

    mission = MissionSettings.for_site(Site.objects.get(is_default_site=True))
    mission.staff_count = 1250
    mission.member_since = 1994
    mission.save()
    figure = KeyFigure.objects.create(
        value="520,000",
        label="citizens working abroad",
        year=2023,
        source_name="Migration Service",
        locale=site_tree.homes["en"].locale,
    )
    for home in site_tree.homes.values():
        HomePageFigure.objects.create(page=home, figure=figure)

    expected = {"en": ("520,000", "1,250"), "ru": ("520 000", "1 250"), "tg": ("520 000", "1 250")}
    for language, (value, staff) in expected.items():
        html = client.get(f"/{language}/").content.decode()
        value, staff = value.replace(" ", NBSP), staff.replace(" ", NBSP)
        assert f'<p class="key-figure__value">{value}' in html, language
        assert f"<strong>{staff}</strong>" in html, language
        assert "<strong>1994</strong>" in html  # a year is not a quantity
