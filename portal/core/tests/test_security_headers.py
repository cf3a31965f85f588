"""Every response carries the headers of `core.security_headers`; documents keep the
safety of Wagtail's document view."""

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Collection, CollectionViewRestriction
from wagtail_factories import DocumentFactory

from portal.core.security_headers import (
    DOCUMENT_CSP,
    content_security_policy,
    meta_policy,
    security_headers,
)

pytestmark = pytest.mark.django_db

HSTS = {
    "SECURE_HSTS_SECONDS": 3600,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": False,
    "SECURE_HSTS_PRELOAD": False,
}


@pytest.fixture
def hsts_on(settings):
    for name, value in HSTS.items():
        setattr(settings, name, value)


def assert_carries(response, expected: dict):
    for name, value in expected.items():
        assert response.headers.get(name) == value, name


@pytest.mark.parametrize("path", ["/en/", "/en/news/", "/sitemap.xml", "/robots.txt", "/en/nope/"])
def test_pages_carry_the_headers_of_the_one_function(client, site_tree, hsts_on, path):
    response = client.get(path, secure=True)
    expected = security_headers(https=True)
    assert "Strict-Transport-Security" in expected
    assert_carries(response, expected)


def test_no_hsts_over_plain_http(client, site_tree, hsts_on):
    response = client.get("/en/")
    assert_carries(response, security_headers(https=False))
    assert "Strict-Transport-Security" not in response.headers


def test_the_admin_gets_every_header_but_the_content_security_policy(client, db):
    response = client.get("/admin/login/")
    headers = security_headers(https=False)
    del headers["Content-Security-Policy"]
    assert_carries(response, headers)
    assert "Content-Security-Policy" not in response.headers


def test_the_mirror_policy_adds_webassembly_for_search_and_nothing_else():
    live = content_security_policy().split("; ")
    mirror = content_security_policy(mirror=True).split("; ")
    changed = [(a, b) for a, b in zip(live, mirror, strict=True) if a != b]
    assert changed == [("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'")]
    assert "frame-ancestors" not in meta_policy()
    assert "frame-ancestors" in content_security_policy()


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Files on disk, as in production: the document view's own serving path."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


def hostile_document(name="notes.html", collection=None):
    content = ContentFile(b"<script>alert(document.cookie)</script>", name=name)
    extra = {"collection": collection} if collection else {}
    return DocumentFactory(title="Notes", file=content, **extra)


@pytest.mark.parametrize("name", ["notes.txt", "brief.pdf"])
def test_documents_are_downloads_that_cannot_run_anything(client, media_on_disk, name):
    document = hostile_document(name)
    assert document.url.startswith("/documents/")  # the view, never /media/documents/
    response = client.get(document.url, secure=True)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"<script>")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == DOCUMENT_CSP
    assert response["X-Content-Type-Options"] == "nosniff"


def test_documents_of_a_private_collection_need_a_login(client, media_on_disk):
    private = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = hostile_document("internal.txt", collection=private)
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
