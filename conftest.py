"""Fixtures shared by every app's tests."""

from types import SimpleNamespace

import pytest


@pytest.fixture(autouse=True)
def _empty_cache(settings):
    """Each test starts with an empty cache: facet lists and counts are kept per cache
    generation, and a test database rolled back does not start a new generation."""
    from django.core.cache import caches

    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a test (or a view it calls) that
    activates Russian must not leave the next test's labels in Russian."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the site tree once per test database; every test rolls back to it.
    (Transactional tests run last and rebuild it themselves after the flush.)"""
    from portal.home.tree import ensure_site_tree

    with django_db_blocker.unblock():
        ensure_site_tree()


@pytest.fixture
def site_tree(db):
    """Home page and section pages (news, events, ...) in en, ru and tg."""
    from portal.home.tree import ensure_site_tree

    homes, sections = ensure_site_tree()
    return SimpleNamespace(homes=homes, sections=sections)


@pytest.fixture
def news_index(site_tree):
    return site_tree.sections["news"]["en"]


@pytest.fixture
def taxonomy(db):
    """A few thematic areas, places and organizations in English."""
    from portal.taxonomy.tests.factories import (
        OrganizationFactory,
        PlaceFactory,
        ThematicAreaFactory,
    )

    return SimpleNamespace(
        labour=ThematicAreaFactory(name="Labour migration", slug="labour-migration"),
        health=ThematicAreaFactory(name="Migration health", slug="migration-health"),
        dushanbe=PlaceFactory(name="Dushanbe", slug="dushanbe"),
        khujand=PlaceFactory(name="Khujand", slug="khujand", region="Sughd"),
        eu=OrganizationFactory(name="European Union", slug="eu", organization_type="donor"),
    )
