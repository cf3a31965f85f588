"""The demo's projects, in English, Russian and Tajik."""

from portal.projects.models import ProjectPage

from ..data import content, resolve_date


def load_projects(demo) -> dict:
    """slug -> the English project."""
    index = demo.sections["projects"]["en"]
    projects = {}
    for data in content("projects"):
        page = ProjectPage.objects.child_of(index).filter(slug=data["slug"]).first()
        created = page is None
        if created:
            page = demo.add_page(index, _project(demo, data), _project_m2m(demo, data, "en"))
        projects[data["slug"]] = page
        demo.count("projects", created)
        for code in ("ru", "tg"):
            fields = {
                "title": data["title"][code],
                "summary": data["summary"][code],
                "thematic_area": demo.localized(demo.themes[data["thematic_area"]], code),
                "body": demo.body(data["body"][code], code),
            }
            _copy, created = demo.translate_page(page, code, fields, _project_m2m(demo, data, code))
            demo.count(f"project translations ({code})", created)
    return projects


def _project(demo, data) -> ProjectPage:
    return ProjectPage(
        title=data["title"]["en"],
        slug=data["slug"],
        status=data["status"],
        start_date=resolve_date(data["start_date"], demo.today),
        end_date=resolve_date(data["end_date"], demo.today),
        thematic_area=demo.themes[data["thematic_area"]],
        summary=data["summary"]["en"],
        body=demo.body(data["body"]["en"]),
    )


def _project_m2m(demo, data, code) -> dict:
    return {
        "donors": demo.snippets(demo.organizations, data["donors"], code),
        "partners": demo.snippets(demo.organizations, data["partners"], code),
        "regions": demo.snippets(demo.places, data["regions"], code),
    }
