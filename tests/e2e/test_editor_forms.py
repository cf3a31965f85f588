"""The article editor in a real browser: panels follow the kind."""

from playwright.sync_api import expect

from .test_editor import _log_in


def test_article_panels_follow_the_kind(page, demo_site, django_user_model):
    from portal.news.models import NewsIndexPage

    django_user_model.objects.create_superuser("chief", "chief@example.org", "correct-horse-9")
    news = NewsIndexPage.objects.get(locale__language_code="ru")
    _log_in(page, demo_site.url, "chief", "correct-horse-9")
    page.goto(f"{demo_site.url}/admin/pages/add/news/articlepage/{news.pk}/")

    story_panel = page.locator("[data-portal-kinds=story]")
    call_panel = page.locator("[data-portal-kinds=call]")
    expect(story_panel).to_be_hidden()  # a new article is news
    expect(call_panel).to_be_hidden()
    page.select_option("select[name=kind]", "story")
    expect(story_panel).to_be_visible()
    expect(call_panel).to_be_hidden()
    page.select_option("select[name=kind]", "call")
    expect(story_panel).to_be_hidden()
    expect(call_panel).to_be_visible()
    expect(call_panel.get_by_text("How to apply", exact=True)).to_be_visible()
    # Thematic areas of the page's language only, as checkboxes.
    themes = page.locator("input[type=checkbox][name=thematic_areas]")
    expect(themes.first).to_be_attached()
    labels = page.locator("#id_thematic_areas label").all_inner_texts()
    assert labels and all(any("а" <= ch <= "я" for ch in label.lower()) for label in labels)
