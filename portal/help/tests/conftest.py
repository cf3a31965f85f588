import pytest


@pytest.fixture
def help_index(site_tree):
    return site_tree.sections["help"]["en"].specific
