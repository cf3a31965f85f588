"""The mirror carries the live site's security headers: in `_headers` and
`_headers.nginx` for its server, and as <meta> policies in its pages; and the live
site, the mirror and the printed nginx configuration send the same ones."""

import html
import io
import re

import pytest
from django.core.management import call_command

from portal.core.security_headers import (
    DOCUMENT_CSP,
    document_headers,
    meta_policy,
    security_headers,
)
from portal.mirror.bake import bake

pytestmark = pytest.mark.django_db


@pytest.fixture
def hsts_on(settings):
    settings.SECURE_HSTS_SECONDS = 3600
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = False
    settings.SECURE_HSTS_PRELOAD = False


@pytest.fixture
def mirror(site_tree, tmp_path, hsts_on):
    output = tmp_path / "mirror"
    bake(output, search=False, jobs=1)
    return output


def netlify_rules(text: str) -> dict[str, dict[str, str]]:
    rules, current = {}, None
    for line in text.splitlines():
        if line and not line.startswith(" "):
            current = rules.setdefault(line.strip(), {})
        elif line.strip():
            name, value = line.strip().split(": ", 1)
            current[name] = value
    return rules


def nginx_headers(text: str) -> dict[str, str]:
    return dict(re.findall(r'add_header (\S+) "([^"]*)" always;', text))


def test_the_mirror_carries_the_headers_for_its_server(mirror):
    rules = netlify_rules((mirror / "_headers").read_text())
    assert rules["/*"] == security_headers(https=True, mirror=True)
    assert rules["/documents/*"] == document_headers(https=True)
    assert rules["/documents/*"]["Content-Security-Policy"] == DOCUMENT_CSP
    assert rules["/documents/*"]["Content-Disposition"] == "attachment"
    included = nginx_headers((mirror / "_headers.nginx").read_text())
    assert included == security_headers(https=True, mirror=True)


def test_every_page_of_the_mirror_carries_the_policy_first_in_its_head(mirror):
    pages = list(mirror.rglob("*.html"))
    assert len(pages) > 10
    policy = html.escape(meta_policy(), quote=True)
    for page in pages:
        text = page.read_text()
        head = re.search(r"<head\b[^>]*>(.*?)</head>", text, re.S | re.I).group(1)
        assert head.startswith(
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            '<meta name="referrer" content="strict-origin-when-cross-origin">'
        ), page
        assert text.count('http-equiv="Content-Security-Policy"') == 1, page


def test_live_pages_mirror_and_nginx_send_the_same_headers(client, mirror):
    live = client.get("/en/", secure=True)
    live_headers = {name: live.headers.get(name) for name in security_headers(https=True)}
    out = io.StringIO()
    call_command("nginx_config", "--mirror-root", str(mirror), stdout=out)
    static = re.search(r"location /static/ \{(.*?)\n    \}", out.getvalue(), re.S).group(1)
    assert nginx_headers(static) == live_headers == security_headers(https=True)

    mirrored = netlify_rules((mirror / "_headers").read_text())["/*"]
    assert set(mirrored) == set(live_headers)
    differing = {name for name in live_headers if mirrored[name] != live_headers[name]}
    # Only the policy differs: the mirror's search (Pagefind) compiles WebAssembly.
    assert differing == {"Content-Security-Policy"}
    assert mirrored["Content-Security-Policy"] == live_headers["Content-Security-Policy"].replace(
        "script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"
    )
