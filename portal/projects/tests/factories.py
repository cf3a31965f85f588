import datetime

import factory
import wagtail_factories

from portal.projects.models import ProjectPage, ProjectStatus


class ProjectPageFactory(wagtail_factories.PageFactory):
    """Build with `parent=project_index`; the page is published (live)."""

    title = factory.Sequence(lambda n: f"Project {n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    status = ProjectStatus.ACTIVE
    start_date = factory.Sequence(
        lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=30 * n)
    )
    end_date = factory.LazyAttribute(lambda o: o.start_date + datetime.timedelta(days=3 * 365))
    summary = factory.Sequence(lambda n: f"Summary of project {n}.")
    live = True

    class Meta:
        model = ProjectPage
