"""Key figures: the year is required, and a figure can put itself on the home page."""

import importlib
from types import SimpleNamespace

import pytest
from django.db import IntegrityError, connection
from django.db.migrations.executor import MigrationExecutor

from portal.figures.models import HOME_FIGURES_MAX, KeyFigure
from portal.home.models import HomePageFigure

migration = importlib.import_module("portal.figures.migrations.0002_home_page_flag_and_years")


def _figure(locale, label, year=2024, **fields):
    return KeyFigure.objects.create(
        locale=locale, value="1", label=label, year=year, source_name="Source", **fields
    )


@pytest.mark.django_db
def test_a_figure_without_a_year_is_refused(admin_client, site_tree):
    response = admin_client.post(
        "/admin/snippets/figures/keyfigure/add/",
        {"value": "520,000", "label": "citizens abroad", "source_name": "Migration Service"},
    )
    assert response.status_code == 200
    assert "year" in response.context["form"].errors
    assert not KeyFigure.objects.exists()
    with pytest.raises(IntegrityError):
        KeyFigure.objects.create(
            locale=site_tree.homes["en"].locale, value="1", label="x", source_name="s"
        )


@pytest.mark.django_db
def test_flagged_figures_join_the_home_page_in_their_language(client, site_tree):
    en, ru = site_tree.homes["en"].locale, site_tree.homes["ru"].locale
    chosen = _figure(en, "chosen on the home page")
    HomePageFigure.objects.create(page=site_tree.homes["en"], figure=chosen)
    _figure(en, "flagged second", on_home_page=True, home_order=2)
    first = _figure(en, "flagged first", on_home_page=True, home_order=1)
    _figure(en, "not flagged")
    russian = first.copy_for_translation(ru)
    russian.label = "отмечена первой"
    russian.on_home_page = False  # the flag counts in every language
    russian.save()

    html = client.get("/en/").content.decode()
    assert "not flagged" not in html
    assert (
        html.index("chosen on the home page")
        < html.index("flagged first")
        < html.index("flagged second")
    )
    ru_html = client.get("/ru/").content.decode()
    assert "отмечена первой" in ru_html
    assert "flagged second" not in ru_html  # not translated yet: not on the Russian home


@pytest.mark.django_db
def test_home_page_shows_at_most_the_maximum_of_figures(site_tree):
    en = site_tree.homes["en"].locale
    for n in range(HOME_FIGURES_MAX + 3):
        _figure(en, f"figure {n}", on_home_page=True, home_order=n)
    figures = site_tree.homes["en"].key_figures()
    assert [f.label for f in figures] == [f"figure {n}" for n in range(HOME_FIGURES_MAX)]


def test_missing_years_come_from_translations_then_demo_then_source_then_label():
    def figure(label, source_name="", source_url="", key="k"):
        return SimpleNamespace(
            label=label, source_name=source_name, source_url=source_url, translation_key=key
        )

    assert migration.year_for(figure("anything"), {"k": 2019}) == 2019
    assert (
        migration.year_for(figure("citizens left the country for work abroad (preliminary)"), {})
        == 2024
    )
    assert migration.year_for(figure("x", source_name="Bulletin 2021", key="z"), {}) == 2021
    assert migration.year_for(figure("Key data 2018 for the region", key="z"), {}) == 2018


@pytest.mark.django_db(transaction=True)
def test_migration_fills_missing_years_of_existing_figures():
    executor = MigrationExecutor(connection)
    executor.migrate([("figures", "0001_initial")])
    apps = executor.loader.project_state([("figures", "0001_initial")]).apps
    Locale = apps.get_model("wagtailcore", "Locale")
    OldFigure = apps.get_model("figures", "KeyFigure")
    locale, _ = Locale.objects.get_or_create(language_code="en")
    ru, _ = Locale.objects.get_or_create(language_code="ru")
    dated = OldFigure.objects.create(
        locale=locale, value="1", label="dated", year=2017, source_name="s"
    )
    OldFigure.objects.create(
        locale=ru,
        value="1",
        label="переведена",
        source_name="s",
        translation_key=dated.translation_key,
    )
    OldFigure.objects.create(locale=locale, value="1", label="undated", source_name="Survey 2015")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    years = dict(KeyFigure.objects.values_list("label", "year"))
    assert years == {"dated": 2017, "переведена": 2017, "undated": 2015}
