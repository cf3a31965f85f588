"""CSP violation reports: the header asks for them, the endpoint stores what browsers
send and refuses everything else, superusers read them in the admin."""

import json

import pytest
from django.contrib.auth.models import Group
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from portal.core.editorial import EDITORS, setup_editorial
from portal.cspreports.models import CspReport
from portal.cspreports.parsing import parse_reports
from portal.cspreports.views import MAX_BODY

URL = "/csp-reports/"
LEGACY = {
    "csp-report": {
        "document-uri": "https://mission.example.org/en/news/",
        "referrer": "",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "original-policy": "default-src 'self'; report-uri /csp-reports/",
        "disposition": "enforce",
        "blocked-uri": "inline",
        "line-number": 12,
        "column-number": 3,
        "source-file": "https://mission.example.org/en/news/",
        "status-code": 200,
        "script-sample": "alert(1)",
    }
}
REPORTING_API = [
    {
        "age": 10,
        "type": "csp-violation",
        "url": "https://mission.example.org/ru/",
        "user_agent": "Mozilla/5.0 (Linux; Android 10)",
        "body": {
            "documentURL": "https://mission.example.org/ru/",
            "blockedURL": "https://evil.example/x.js",
            "effectiveDirective": "script-src-elem",
            "originalPolicy": "default-src 'self'",
            "disposition": "enforce",
            "statusCode": 200,
            "sourceFile": None,
            "lineNumber": None,
        },
    },
    {"age": 1, "type": "deprecation", "url": "https://mission.example.org/", "body": {}},
]


def _post(client, body, content_type="application/csp-report", **extra):
    data = body if isinstance(body, bytes | str) else json.dumps(body)
    return client.generic("POST", URL, data, content_type=content_type, **extra)


@pytest.mark.django_db
def test_a_report_uri_report_is_stored(client):
    response = _post(client, LEGACY, HTTP_USER_AGENT="Firefox/140")
    assert response.status_code == 204
    report = CspReport.objects.get()
    assert report.document_uri == "https://mission.example.org/en/news/"
    assert report.effective_directive == "script-src-elem"
    assert report.blocked_uri == "inline"
    assert (report.line_number, report.column_number) == (12, 3)
    assert report.sample == "alert(1)"
    assert report.user_agent == "Firefox/140"


@pytest.mark.django_db
def test_a_reporting_api_delivery_is_stored(client):
    response = _post(client, REPORTING_API, content_type="application/reports+json")
    assert response.status_code == 204
    report = CspReport.objects.get()  # the deprecation report is not collected
    assert report.blocked_uri == "https://evil.example/x.js"
    assert report.user_agent == "Mozilla/5.0 (Linux; Android 10)"
    assert report.line_number is None


@pytest.mark.django_db
def test_long_texts_are_cut_to_their_field(client):
    body = json.loads(json.dumps(LEGACY))
    body["csp-report"]["blocked-uri"] = "https://x.example/" + "a" * 5000
    assert _post(client, body).status_code == 204
    assert len(CspReport.objects.get().blocked_uri) == 500


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b"x" * (MAX_BODY + 1), "application/csp-report", 413),
        (b"{not json", "application/csp-report", 400),
        (b"[" * 50_000 + b"]" * 50_000, "application/reports+json", 413),
        (b"[" * 30_000 + b"]" * 30_000, "application/reports+json", 400),
        (b"\xff\xfe\x00", "application/csp-report", 400),
        (json.dumps(LEGACY), "text/plain", 415),
        (json.dumps(LEGACY), "application/x-www-form-urlencoded", 415),
        (json.dumps({"csp-report": "a string"}), "application/csp-report", 400),
        (json.dumps({"csp-report": {}}), "application/csp-report", 400),
        (
            json.dumps({"csp-report": {**LEGACY["csp-report"], "line-number": "12; DROP"}}),
            "application/csp-report",
            400,
        ),
        (
            json.dumps({"csp-report": {**LEGACY["csp-report"], "line-number": 10**30}}),
            "application/csp-report",
            400,
        ),
        (
            json.dumps({"csp-report": {**LEGACY["csp-report"], "document-uri": ["a"]}}),
            "application/csp-report",
            400,
        ),
        (json.dumps(REPORTING_API * 50), "application/reports+json", 400),
        (json.dumps([]), "application/reports+json", 400),
        (json.dumps([1, 2]), "application/reports+json", 400),
        (json.dumps(REPORTING_API[1:]), "application/reports+json", 400),
        (json.dumps("just a string"), "application/json", 400),
    ],
)
def test_hostile_bodies_are_refused_and_nothing_is_stored(client, body, content_type, status):
    assert _post(client, body, content_type=content_type).status_code == status
    assert not CspReport.objects.exists()


@pytest.mark.django_db
def test_a_lying_content_length_is_refused(client):
    response = _post(client, LEGACY, CONTENT_LENGTH=str(10 * MAX_BODY))
    assert response.status_code == 413
    assert not CspReport.objects.exists()


@pytest.mark.django_db
def test_only_post(client):
    assert client.get(URL).status_code == 405


@pytest.mark.django_db
def test_reports_are_rate_limited_per_client(client):
    for _ in range(60):
        assert _post(client, LEGACY).status_code == 204
    assert _post(client, LEGACY).status_code == 429
    assert CspReport.objects.count() == 60
    assert _post(client, LEGACY, REMOTE_ADDR="198.51.100.4").status_code == 204


@pytest.mark.django_db
def test_the_table_keeps_only_the_newest(client, monkeypatch):
    monkeypatch.setattr("portal.cspreports.views.KEEP", 3)
    for number in range(5):
        body = json.loads(json.dumps(LEGACY))
        body["csp-report"]["line-number"] = number
        _post(client, body)
    assert sorted(CspReport.objects.values_list("line_number", flat=True)) == [2, 3, 4]


@hypothesis_settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    ),
    st.sampled_from(["application/csp-report", "application/reports+json"]),
)
def test_the_parser_only_ever_refuses_with_value_error(data, content_type):
    lengths = {
        name: 50
        for name in (
            "document_uri",
            "blocked_uri",
            "effective_directive",
            "source_file",
            "disposition",
            "sample",
            "user_agent",
        )
    }
    try:
        reports = parse_reports(content_type, json.dumps(data).encode(), "agent", lengths)
    except ValueError:
        return
    for report in reports:
        assert report["document_uri"] and report["effective_directive"]
        assert all(len(v) <= 50 for v in report.values() if isinstance(v, str))


@pytest.mark.django_db
def test_public_pages_ask_browsers_for_reports(client, site_tree, settings):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "report-uri /csp-reports/" in policy and "report-to csp" in policy
    assert response["Reporting-Endpoints"] == f'csp="{settings.PORTAL_CSP_REPORT_URL}"'
    assert json.loads(response["Report-To"])["endpoints"] == [
        {"url": settings.PORTAL_CSP_REPORT_URL}
    ]


@pytest.mark.django_db
def test_superusers_read_reports_in_the_admin_editors_do_not(client, django_user_model):
    CspReport.objects.create(
        document_uri="https://mission.example.org/en/", effective_directive="img-src"
    )
    chief = django_user_model.objects.create_superuser("chief", "c@example.org", "x" * 16)
    client.force_login(chief)
    page = client.get("/admin/reports/csp/")
    assert page.status_code == 200 and b"img-src" in page.content
    assert b"/admin/reports/csp/" in client.get("/admin/").content  # in the Reports menu

    setup_editorial()
    writer = django_user_model.objects.create_user("writer", "w@example.org", "x" * 16)
    writer.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(writer)
    assert client.get("/admin/reports/csp/").status_code in (302, 403)
    assert b"/admin/reports/csp/" not in client.get("/admin/").content
