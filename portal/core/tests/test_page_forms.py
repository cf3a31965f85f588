"""Every page type with vocabularies offers them as checkboxes in the page's language."""

import pytest
from bs4 import BeautifulSoup

from portal.taxonomy.tests.factories import OrganizationFactory, PlaceFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "section", "fields"),
    [
        ("events/eventpage", "events", {"organizers", "thematic_areas"}),
        ("projects/projectpage", "projects", {"donors", "partners", "regions"}),
        ("multimedia/videopage", "videos", {"thematic_areas"}),
    ],
)
def test_vocabularies_are_checkboxes_of_the_page_language(
    admin_client, site_tree, model, section, fields
):
    ru = site_tree.homes["ru"].locale
    for factory in (ThematicAreaFactory, OrganizationFactory, PlaceFactory):
        english = factory(name="English entry", slug="entry")
        russian = english.copy_for_translation(ru)
        russian.name = "Русская запись"
        russian.save()
    parent = site_tree.sections[section]["ru"]
    html = admin_client.get(f"/admin/pages/add/{model}/{parent.pk}/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    for name in fields:
        assert not soup.select(f'select[name="{name}"]'), name
        labels = {
            " ".join(box.parent.get_text().split())
            for box in soup.select(f'input[type="checkbox"][name="{name}"]')
        }
        assert labels == {"Русская запись"}, name
