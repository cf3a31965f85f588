"""The report over real models: the walker, the admin report and the command."""

import csv
import io
import json

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.management import CommandError, call_command
from wagtail.models import Site

from portal.core.models import MissionSettings
from portal.translations.walker import find_latin_text, text_fields

from .conftest import ENGLISH_PARAGRAPH

pytestmark = pytest.mark.django_db
REPORT_URL = "/admin/reports/translations/"


def _found(**kwargs):
    return {(f.language, f.kind, f.path, f.excerpt) for f in find_latin_text(**kwargs)}


def test_walker_finds_english_in_every_kind_of_field_and_nothing_else(planted):
    assert _found() == {
        ("ru", "Event", "venue", "Regional Administration, conference hall"),
        ("ru", "Key figure", "source_name", "Mission case management data"),
        (
            "ru",
            "Newsletter issue",
            "toc_entries.0.title",
            "Talk show on national radio discusses fair recruitment",
        ),
        ("ru", "Photo gallery", "images.0.credit", "Mission photo"),
        ("tg", "Project", "body.1", ENGLISH_PARAGRAPH.rstrip(".")),
    }
    assert {f.language for f in find_latin_text(["tg"])} == {"tg"}


def test_findings_say_where_the_text_is(planted):
    (finding,) = find_latin_text(["tg"])
    assert finding.obj.pk == planted.tg_project.pk
    assert finding.title == "Кӯмаки ҳуқуқӣ ба муҳоҷирон"
    assert finding.field == "Body › Paragraph 2"
    toc = next(f for f in find_latin_text(["ru"]) if f.path.startswith("toc_entries"))
    assert toc.obj.pk == planted.issue.pk  # the child's page is what an editor opens
    assert toc.field == "Table of contents entry 1 › Title"


def test_a_page_never_published_is_read_from_its_latest_draft(planted):
    project = planted.tg_project
    project.live = False
    project.save()
    project.body = []
    project.summary = "The summary was written in English and never translated."
    project.save_revision()
    assert _found(languages=["tg"]) == {
        ("tg", "Project", "summary", "The summary was written in English and never translated")
    }


def test_per_language_settings_fields_are_read(site_tree):
    mission = MissionSettings.for_site(Site.objects.get(is_default_site=True))
    mission.address = "22 Rudaki Avenue, 3rd floor"
    mission.address_ru = "22 Rudaki Avenue, 3rd floor"
    mission.address_tg = "хиёбони Рӯдакӣ, 22, ошёнаи 3"
    mission.save()
    assert _found() == {("ru", "Mission settings", "address_ru", "Rudaki Avenue, 3rd floor")}


def test_text_fields_leave_out_slugs_urls_choices_and_internal_fields():
    from portal.news.models import ArticlePage

    names = {f.name for f in text_fields(ArticlePage)}
    assert {"title", "lead", "body", "hero_credit", "hero_caption", "search_description"} <= names
    assert not names & {"slug", "url_path", "draft_title", "kind", "source_key", "privacy_marker"}


# -- the admin report -------------------------------------------------------------------


def test_admin_report_shows_the_english_paragraph_with_an_edit_link(planted, admin_client):
    response = admin_client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert ENGLISH_PARAGRAPH.rstrip(".") in html
    assert f'href="/admin/pages/{planted.tg_project.pk}/edit/"' in html
    assert "Regional Administration, conference hall" in html
    assert "Body › Paragraph 2" in html

    tajik_only = admin_client.get(REPORT_URL, {"language": "tg"}).content.decode()
    assert ENGLISH_PARAGRAPH.rstrip(".") in tajik_only
    assert "Regional Administration" not in tajik_only
    # Nonsense in the query string is ignored, not an error.
    assert admin_client.get(REPORT_URL, {"language": "xx", "p": "abc"}).status_code == 200


def test_admin_report_downloads_as_csv(planted, admin_client):
    response = admin_client.get(REPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 5
    tajik = next(row for row in rows if row["Language"] == "tg")
    assert tajik["Field"] == "Body › Paragraph 2"
    assert tajik["Edit"] == f"/admin/pages/{planted.tg_project.pk}/edit/"


def test_admin_report_says_when_all_is_translated(site_tree, admin_client):
    html = admin_client.get(REPORT_URL).content.decode()
    assert "No Russian or Tajik page or snippet has text in Latin script" in html


def test_admin_report_is_listed_for_editors_and_closed_to_others(planted, client):
    from portal.core.editorial import EDITORS, setup_editorial

    setup_editorial()
    editor = User.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    assert client.get(REPORT_URL).status_code == 200
    assert "Translation report" in client.get("/admin/").content.decode()

    reader = User.objects.create_user("reader", password="x")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    assert client.get(REPORT_URL).status_code in (302, 403)
    assert "Translation report" not in client.get("/admin/").content.decode()


# -- the command -------------------------------------------------------------------------


def test_command_lists_findings_and_exits_with_status_1(planted):
    out = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("translation_report", "--locale", "tg", stdout=out)
    assert raised.value.returncode == 1
    assert "1 text(s) in Latin script" in str(raised.value)
    text = out.getvalue()
    assert "[tg] Project “Кӯмаки ҳуқуқӣ ба муҳоҷирон”" in text
    assert f"/admin/pages/{planted.tg_project.pk}/edit/" in text
    assert f"Body › Paragraph 2: {ENGLISH_PARAGRAPH.rstrip('.')}" in text
    assert "Regional Administration" not in text


def test_command_writes_json(planted):
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("translation_report", "--format", "json", stdout=out)
    rows = json.loads(out.getvalue())
    assert len(rows) == 5
    figure = next(row for row in rows if row["type"] == "Key figure")
    assert figure["language"] == "ru"
    assert figure["excerpt"] == "Mission case management data"
    assert figure["edit_url"].endswith(
        f"/admin/snippets/figures/keyfigure/edit/{planted.figure.pk}/"
    )


def test_command_is_quiet_and_succeeds_when_all_is_translated(site_tree):
    out = io.StringIO()
    call_command("translation_report", stdout=out)
    assert out.getvalue().strip() == (
        "No text in Latin script beyond names and acronyms in ru, tg."
    )


def test_command_refuses_nonsense_thresholds(site_tree):
    with pytest.raises(CommandError, match="at least 1"):
        call_command("translation_report", "--min-run", "0")
