import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from portal.projects.models import ProjectPage, ProjectStatus, mission_at_a_glance
from portal.projects.tests.factories import ProjectPageFactory
from portal.taxonomy.tests.factories import OrganizationFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def project_index(site_tree):
    return site_tree.sections["projects"]["en"]


def translate(page, language_code, **changes):
    """Publish a translation of `page`, as an editor's translation workflow would."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language_code))
    for field, value in changes.items():
        setattr(copy, field, value)
    copy.save_revision().publish()
    return ProjectPage.objects.get(pk=copy.pk)


def test_queryset_verbs(project_index, taxonomy):
    active = ProjectPageFactory(parent=project_index, thematic_area=taxonomy.labour)
    done = ProjectPageFactory(
        parent=project_index, status=ProjectStatus.COMPLETED, thematic_area=taxonomy.health
    )
    projects = ProjectPage.objects.live()
    assert list(projects.active()) == [active]
    assert list(projects.with_status(ProjectStatus.COMPLETED)) == [done]
    assert list(projects.in_theme("migration-health")) == [done]


def test_mission_at_a_glance_counts_live_active_projects_and_their_areas(project_index, taxonomy):
    assert mission_at_a_glance() == {"active_projects": 0, "thematic_areas": 0}
    ProjectPageFactory(parent=project_index, thematic_area=taxonomy.labour)
    ProjectPageFactory(parent=project_index, thematic_area=taxonomy.labour)
    ProjectPageFactory(parent=project_index, thematic_area=taxonomy.health)
    ProjectPageFactory(parent=project_index, thematic_area=None)
    # Not counted: finished, not started, or not published.
    ProjectPageFactory(
        parent=project_index, status=ProjectStatus.COMPLETED, thematic_area=ThematicAreaFactory()
    )
    ProjectPageFactory(
        parent=project_index, status=ProjectStatus.PIPELINE, thematic_area=ThematicAreaFactory()
    )
    ProjectPageFactory(parent=project_index, live=False, thematic_area=ThematicAreaFactory())
    assert mission_at_a_glance() == {"active_projects": 4, "thematic_areas": 2}


def test_mission_at_a_glance_counts_a_translated_project_once(project_index, taxonomy):
    project = ProjectPageFactory(parent=project_index, thematic_area=taxonomy.labour)
    # The Russian copy of the thematic area has its own row but the same slug.
    labour_ru = taxonomy.labour.copy_for_translation(Locale.objects.get(language_code="ru"))
    labour_ru.name = "Трудовая миграция"
    labour_ru.save()
    translate(project, "ru", title="Проект", thematic_area=labour_ru)
    translate(project, "tg", title="Лоиҳа")
    assert ProjectPage.objects.live().active().count() == 3
    assert mission_at_a_glance() == {"active_projects": 1, "thematic_areas": 1}


def test_project_page_shows_status_dates_people_and_brief(client, project_index, taxonomy):
    brief = get_document_model().objects.create(
        title="Project brief", file=ContentFile(b"%PDF-1.4 " + b"x" * 2048, name="brief.pdf")
    )
    project = ProjectPageFactory(
        parent=project_index,
        title="Safe labour migration",
        slug="safe-labour-migration",
        status=ProjectStatus.ACTIVE,
        start_date=datetime.date(2021, 3, 1),
        end_date=datetime.date(2024, 2, 29),
        thematic_area=taxonomy.labour,
        summary="Pre-departure orientation for migrants.",
        brief=brief,
    )
    project.donors.add(taxonomy.eu)
    project.partners.add(
        OrganizationFactory(name="Ministry of Labour", slug="mol", organization_type="government")
    )
    project.regions.add(taxonomy.khujand)
    project.save_revision().publish()

    response = client.get("/en/projects/safe-labour-migration/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<span class="badge badge--active">Active</span>' in html
    assert "March 2021 – February 2024" in html
    assert "1 March 2021" in html and "29 February 2024" in html
    assert "European Union" in html and "Ministry of Labour" in html
    assert "Khujand (Sughd)" in html
    assert 'href="/en/projects/?theme=labour-migration"' in html
    assert f'href="{brief.url}"' in html
    assert "PDF, 2.0\xa0KB" in html


def test_index_filters_by_status_and_theme(client, project_index, taxonomy):
    ProjectPageFactory(parent=project_index, title="Health outreach", thematic_area=taxonomy.health)
    ProjectPageFactory(
        parent=project_index,
        title="Old labour project",
        status=ProjectStatus.COMPLETED,
        thematic_area=taxonomy.labour,
    )
    ProjectPageFactory(
        parent=project_index,
        title="Labour pipeline",
        status=ProjectStatus.PIPELINE,
        thematic_area=taxonomy.labour,
    )

    html = client.get("/en/projects/").content.decode()
    assert all(t in html for t in ("Health outreach", "Old labour project", "Labour pipeline"))
    # Facet links are plain query strings.
    assert 'href="?status=completed"' in html and 'href="?theme=migration-health"' in html
    assert "1 active project," in html and "1 thematic area covered" in html

    html = client.get("/en/projects/?status=completed").content.decode()
    assert (
        "Old labour project" in html
        and "Health outreach" not in html
        and "Labour pipeline" not in html
    )

    html = client.get("/en/projects/?theme=labour-migration").content.decode()
    assert (
        "Old labour project" in html and "Labour pipeline" in html and "Health outreach" not in html
    )
    # Combining filters keeps the other one in each link.
    assert 'href="?theme=labour-migration&amp;status=pipeline"' in html

    html = client.get("/en/projects/?theme=labour-migration&status=pipeline").content.decode()
    assert "Labour pipeline" in html and "Old labour project" not in html

    response = client.get("/en/projects/?status=nonsense&page=zz")
    assert response.status_code == 200
    assert "Health outreach" in response.content.decode()


def test_index_lists_active_first_and_paginates(client, project_index):
    ProjectPageFactory(parent=project_index, title="Finished one", status=ProjectStatus.COMPLETED)
    for n in range(12):
        ProjectPageFactory(
            parent=project_index, title=f"Running {n:02d}", start_date=datetime.date(2020, 1, n + 1)
        )
    first = client.get("/en/projects/").content.decode()
    assert "Running 11" in first and "Running 00" in first
    assert "Finished one" not in first
    assert 'href="?page=2"' in first
    second = client.get("/en/projects/?page=2").content.decode()
    assert "Finished one" in second and "Running 11" not in second
    filtered = client.get("/en/projects/?status=active").content.decode()
    assert 'href="?status=active&amp;page=2"' not in filtered  # 12 fit on one page
    assert "Running 05" in filtered


def test_end_before_start_is_rejected():
    project = ProjectPage(
        title="x",
        summary="x",
        start_date=datetime.date(2022, 1, 1),
        end_date=datetime.date(2021, 1, 1),
    )
    with pytest.raises(Exception) as excinfo:
        project.clean()
    assert "end_date" in str(excinfo.value)


def test_translated_project_renders_localized_names(client, site_tree, project_index, taxonomy):
    project = ProjectPageFactory(parent=project_index, slug="health", thematic_area=taxonomy.health)
    project.donors.add(taxonomy.eu)
    project.save_revision().publish()
    eu_ru = taxonomy.eu.copy_for_translation(Locale.objects.get(language_code="ru"))
    eu_ru.name = "Европейский союз"
    eu_ru.save()
    translate(project, "ru", title="Здоровье мигрантов")

    html = client.get("/ru/projects/health/").content.decode()
    assert "Здоровье мигрантов" in html
    assert "Европейский союз" in html
    assert "Здоровье мигрантов" in client.get("/ru/projects/").content.decode()
