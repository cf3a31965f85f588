"""A place that is its own region is named once: "Dushanbe", not "Dushanbe (Dushanbe)"."""

import re

import pytest
from wagtail.models import Locale

from portal.projects.tests.factories import ProjectPageFactory
from portal.taxonomy.models import Place
from portal.taxonomy.tests.factories import PlaceFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "region", "shown"),
    [
        ("Dushanbe", "Dushanbe", "Dushanbe"),
        ("Согдийская область", "Согдийская область", "Согдийская область"),
        ("Sughd region", "Sughd", "Sughd region"),
        ("вилояти Суғд", "вилояти Суғд", "вилояти Суғд"),
        ("Khujand", "Sughd", "Khujand (Sughd)"),
        ("Kulob", "", "Kulob"),
    ],
)
def test_name_with_region(name, region, shown):
    assert Place(name=name, region=region).name_with_region == shown


def test_project_regions_print_a_place_that_is_its_own_region_once(client, site_tree):
    projects = site_tree.sections["projects"]["en"]
    dushanbe = PlaceFactory(name="Dushanbe", slug="dushanbe", region="Dushanbe")
    sughd = PlaceFactory(name="Sughd region", slug="sughd", region="Sughd")
    khujand = PlaceFactory(name="Khujand", slug="khujand", region="Sughd")
    ru = Locale.objects.get(language_code="ru")
    for place, name, region in [
        (dushanbe, "Душанбе", "Душанбе"),
        (sughd, "Согдийская область", "Согдийская область"),
        (khujand, "Худжанд", "Согдийская область"),
    ]:
        copy = place.copy_for_translation(ru)
        copy.name, copy.region = name, region
        copy.save()
    project = ProjectPageFactory(parent=projects, slug="regions")
    project.regions.add(dushanbe, sughd, khujand)
    project.save_revision().publish()
    translation = project.copy_for_translation(ru)
    translation.save_revision().publish()

    def regions(language):
        html = client.get(f"/{language}/projects/regions/").content.decode()
        dd = re.search(r"<dt>[^<]+</dt>\s*<dd>([^<]*)</dd>\s*</dl>", html).group(1)
        return sorted(dd.split(", "))

    assert regions("en") == ["Dushanbe", "Khujand (Sughd)", "Sughd region"]
    assert regions("ru") == ["Душанбе", "Согдийская область", "Худжанд (Согдийская область)"]
