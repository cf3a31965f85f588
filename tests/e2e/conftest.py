"""End-to-end tests: a live server and Debian's Chromium driven by Playwright.

Playwright's sync API runs an event loop in the test thread; Django refuses ORM
calls from such a thread unless told it is safe, which it is here (one thread).
"""

import os
import shutil

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
    if not os.path.exists(CHROMIUM):
        skip = pytest.mark.skip(
            reason=f"Chromium not found at {CHROMIUM} (make test installs Debian's chromium as root)"
        )
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def _playwright():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


_launched = {}


@pytest.fixture
def chromium(_playwright):
    """One browser for the session, launched again if it has gone away (a crashed or
    killed Chromium would otherwise fail every browser test after it)."""
    browser = _launched.get("browser")
    if browser is None or not browser.is_connected():
        browser = _playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        _launched["browser"] = browser
    yield browser


@pytest.fixture
def demo_site(transactional_db, live_server):
    """The demo content, served by a live server."""
    from django.core.management import call_command
    from wagtail.models import Site

    call_command("load_demo", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    host, port = live_server.url.split("//")[1].split(":")
    site.hostname, site.port = host, int(port)
    site.save()
    return live_server


@pytest.fixture
def page(chromium, demo_site):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def page_without_js(chromium, demo_site):
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()
