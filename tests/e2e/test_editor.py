"""What an editor does in the Wagtail admin, in a real browser."""

import re

from playwright.sync_api import expect


def _log_in(page, base_url, username, password):
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label(re.compile("username", re.I)).fill(username)
    page.get_by_label(re.compile("password", re.I)).fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def _press_publish(page):
    """Publish lives in the footer's action menu; open the menu if it is folded."""
    publish = page.locator("button[name=action-publish]")
    if not publish.is_visible():
        page.locator(
            "footer [aria-label*='More actions'], footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']"
        ).first.click()
    publish.click()


def test_editor_edits_and_publishes_an_article(page, demo_site, django_user_model):
    from portal.news.models import ArticlePage

    django_user_model.objects.create_superuser(
        "chief", "chief@example.org", "correct-horse-battery"
    )
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    _log_in(page, demo_site.url, "chief", "correct-horse-battery")

    page.goto(f"{demo_site.url}/admin/pages/{article.pk}/edit/")
    page.locator("#id_title").fill("Mobile clinic reaches Rasht Valley villages")
    _press_publish(page)
    expect(page.locator(".messages")).to_contain_text(re.compile("published", re.I))

    page.goto(f"{demo_site.url}{article.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Mobile clinic reaches Rasht Valley villages"
    )
