"""CSV and XLSX import and export: dry run, errors per row, nothing changed on errors."""

import io

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.help.models import ServicePage
from portal.help.transfer import export_services, import_services, read_dataset

from .factories import ServicePageFactory, add_channel, add_hours

pytestmark = pytest.mark.django_db

HEADERS = ["language", "slug", "title", "area", "needs", "hours", "phone", "whatsapp", "checked_on"]


@pytest.fixture
def existing(help_index):
    service = ServicePageFactory(parent=help_index, slug="kulob-legal-aid", title="Kulob Legal Aid")
    add_hours(service, (0, "09:00", "13:00"), (0, "14:00", "18:00"))
    add_channel(service, "phone", "+992 00 000 0301")
    return service


def csv_file(*rows):
    dataset = tablib.Dataset(*rows, headers=HEADERS)
    return SimpleUploadedFile("services.csv", dataset.export("csv").encode())


GOOD_NEW = ["en", "vose-shelter", "Vose Shelter", "khatlon", "shelter, psychosocial",
            "Mon-Sun 00:00-24:00", "+992 00 000 0401", "+992 00 000 0402", "2026-11-01"]  # fmt: skip
GOOD_UPDATE = ["en", "kulob-legal-aid", "Kulob Legal Aid Office", "khatlon", "legal-aid",
               "Mon-Fri 08:00-17:00", "+992 00 000 0309", "", "2026-11-20"]  # fmt: skip


def test_export_has_one_row_per_service_with_hours_and_channels(existing):
    rows = list(tablib.Dataset().load(export_services("csv"), format="csv").dict)
    assert len(rows) == 1
    row = rows[0]
    assert row["language"] == "en" and row["slug"] == "kulob-legal-aid"
    assert row["hours"] == "Mon 09:00-13:00,14:00-18:00"
    assert row["phone"] == "+992 00 000 0301" and row["needs"] == "legal-aid"


def test_import_creates_and_updates_services(existing):
    result = import_services(read_dataset(csv_file(GOOD_NEW, GOOD_UPDATE), "csv"), dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    new = ServicePage.objects.get(slug="vose-shelter")
    assert new.live and new.get_parent().specific.locale.language_code == "en"
    assert new.needs == ["shelter", "psychosocial"]
    assert [c.value for c in new.channels.all()] == ["+992 00 000 0401", "+992 00 000 0402"]
    assert new.open_state() is not None and new.open_state().open  # 24/7
    existing = ServicePage.objects.get(pk=existing.pk)
    assert existing.title == "Kulob Legal Aid Office"
    assert [str(i.opens) for i in existing.intervals] == ["08:00:00"] * 5
    assert [c.value for c in existing.channels.all()] == ["+992 00 000 0309"]


def test_dry_run_changes_nothing(existing):
    result = import_services(read_dataset(csv_file(GOOD_NEW, GOOD_UPDATE), "csv"), dry_run=True)
    assert [row.import_type for row in result.rows] == ["new", "update"]
    assert not ServicePage.objects.filter(slug="vose-shelter").exists()
    assert ServicePage.objects.get(pk=existing.pk).title == "Kulob Legal Aid"


def test_bad_rows_are_reported_one_by_one_and_nothing_changes(existing):
    bad_need = ["en", "bad-need", "Bad", "khatlon", "legal-aid, magic", "", "", "", ""]
    bad_hours = ["en", "bad-hours", "Bad", "khatlon", "shelter", "Mon 9 to 5", "", "", ""]
    bad_area = ["en", "bad-area", "Bad", "atlantis", "shelter", "", "", "", "not a date"]
    bad_language = ["fr", "bad-lang", "Bad", "khatlon", "shelter", "", "", "", ""]
    upload = csv_file(GOOD_UPDATE, bad_need, GOOD_NEW, bad_hours, bad_area, bad_language)
    result = import_services(read_dataset(upload, "csv"), dry_run=False)
    assert result.has_validation_errors() or result.has_errors()
    invalid = {row.number: row.error.message_dict for row in result.invalid_rows}
    assert "magic" in str(invalid[2]["needs"])
    assert "Mon 9 to 5" in str(invalid[4]["hours"])
    assert set(invalid[5]) >= {"area", "checked_on"}
    assert "fr" in str(invalid[6]) or result.has_errors()
    # The good rows were not kept either.
    assert ServicePage.objects.get(pk=existing.pk).title == "Kulob Legal Aid"
    assert not ServicePage.objects.filter(slug="vose-shelter").exists()
    assert ServicePage.objects.count() == 1


def test_xlsx_round_trip(existing):
    data = export_services("xlsx")
    dataset = read_dataset(io.BytesIO(data), "xlsx")
    assert dataset.dict[0]["slug"] == "kulob-legal-aid"
    result = import_services(dataset, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert ServicePage.objects.get(pk=existing.pk).intervals == existing.intervals


def test_a_file_that_is_not_csv_or_xlsx_is_refused():
    with pytest.raises(ValueError):
        read_dataset(io.BytesIO(b"\x00\x01 not a spreadsheet"), "xlsx")


def test_admin_import_screen_reports_bad_rows_and_changes_nothing(admin_client, existing):
    bad = ["en", "bad-need", "Bad", "khatlon", "magic", "", "", "", ""]
    response = admin_client.post(
        "/admin/help/transfer/",
        {"file": csv_file(GOOD_NEW, bad), "file_format": "csv", "dry_run": ""},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "nothing was changed" in html and "magic" in html
    assert not ServicePage.objects.filter(slug="vose-shelter").exists()


def test_admin_export_downloads_csv(admin_client, existing):
    response = admin_client.get("/admin/help/transfer/export.csv")
    assert response.status_code == 200
    assert b"kulob-legal-aid" in response.content


def test_needs_checking_report_lists_the_oldest_first(admin_client, help_index, existing):
    never = ServicePageFactory(parent=help_index, title="Never checked", checked_on=None)
    never.reports.create(problem="no-answer")
    html = admin_client.get("/admin/reports/help-needs-checking/").content.decode()
    assert html.index("Never checked") < html.index("Kulob Legal Aid")


def test_admin_screens_render(admin_client, existing):
    existing.reports.create(problem="wrong-number", comment="Disconnected")
    assert admin_client.get("/admin/help/transfer/").status_code == 200
    queue = admin_client.get("/admin/snippets/help/numberreport/")
    assert queue.status_code == 200 and "Kulob Legal Aid" in queue.content.decode()


def test_import_and_export_need_a_publisher(client, django_user_model, existing):
    user = django_user_model.objects.create_user("reader", password="x")
    client.force_login(user)
    assert client.get("/admin/help/transfer/export.csv").status_code in (302, 403)
