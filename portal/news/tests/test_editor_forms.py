"""The article form in the Wagtail admin: vocabularies in the page's language, and
fields that follow the kind (privacy marker for stories, dates and how to apply for
calls for entries)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html, rich_text

from portal.news.models import ArticleKind, ArticlePage, PrivacyMarker
from portal.news.tests.factories import ArticlePageFactory
from portal.taxonomy.tests.factories import OrganizationFactory, PlaceFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def vocabularies(site_tree):
    """A thematic area, partner and place in each of English and Russian."""
    ru = site_tree.homes["ru"].locale

    def pair(factory, en_name, ru_name, slug):
        english = factory(name=en_name, slug=slug)
        russian = english.copy_for_translation(ru)
        russian.name = ru_name
        russian.save()
        return english, russian

    return {
        "thematic_areas": pair(ThematicAreaFactory, "Labour migration", "Трудовая миграция", "lm"),
        "organizations": pair(OrganizationFactory, "European Union", "Европейский союз", "eu"),
        "places": pair(PlaceFactory, "Khujand", "Худжанд", "khujand"),
    }


def _form_data(admin_client, url):
    """What the editor's browser would send from the form at `url`, unchanged.
    (The body is a StreamField drawn by JavaScript: the test pages have none.)"""
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")
    return {key: data.getlist(key) for key in data}  # the test client posts every value


def _checkboxes(html, name):
    """{label: checked} of the checkboxes named `name` in the page's form."""
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.select(f'select[name="{name}"]'), f"{name} is still a multi-select"
    boxes = {}
    for box in soup.select(f'input[type="checkbox"][name="{name}"]'):
        label = soup.find("label", attrs={"for": box["id"]}) or box.parent
        boxes[" ".join(label.get_text().split())] = box.has_attr("checked")
    return boxes


def test_russian_article_offers_russian_entries_and_keeps_linked_english_ones(
    admin_client, site_tree, vocabularies
):
    article = ArticlePageFactory(parent=site_tree.sections["news"]["ru"], title="Статья")
    # Linked before, in English, with no Russian version yet: must not be lost.
    english_only = ThematicAreaFactory(name="Border management", slug="border-management")
    article.thematic_areas.add(english_only)
    article.save_revision()

    html = admin_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()

    assert _checkboxes(html, "thematic_areas") == {
        "Трудовая миграция": False,
        "Border management (English)": True,
    }
    assert _checkboxes(html, "organizations") == {"Европейский союз": False}
    assert _checkboxes(html, "places") == {"Худжанд": False}

    # Saving the form as it is keeps the English link; ticking the Russian one adds it.
    data = _form_data(admin_client, f"/admin/pages/{article.pk}/edit/")
    data["thematic_areas"].append(str(vocabularies["thematic_areas"][1].pk))
    response = admin_client.post(f"/admin/pages/{article.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert {t.name for t in draft.thematic_areas.all()} == {
        "Border management",
        "Трудовая миграция",
    }


def test_a_linked_english_entry_with_a_russian_version_becomes_the_russian_one(
    admin_client, site_tree, vocabularies
):
    article = ArticlePageFactory(parent=site_tree.sections["news"]["ru"], title="Статья")
    article.thematic_areas.add(vocabularies["thematic_areas"][0])
    article.save_revision()

    html = admin_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert _checkboxes(html, "thematic_areas") == {"Трудовая миграция": True}


def test_new_english_article_offers_english_entries_only(admin_client, site_tree, vocabularies):
    news = site_tree.sections["news"]["en"]
    html = admin_client.get(f"/admin/pages/add/news/articlepage/{news.pk}/").content.decode()
    assert _checkboxes(html, "thematic_areas") == {"Labour migration": False}
    assert _checkboxes(html, "organizations") == {"European Union": False}
    assert _checkboxes(html, "places") == {"Khujand": False}


def test_a_foreign_entry_cannot_be_posted_into_an_article(admin_client, site_tree, vocabularies):
    article = ArticlePageFactory(parent=site_tree.sections["news"]["en"])
    url = f"/admin/pages/{article.pk}/edit/"
    data = _form_data(admin_client, url)
    data["thematic_areas"] = [str(vocabularies["thematic_areas"][1].pk)]  # a Russian entry
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "thematic_areas" in response.context["form"].errors


def test_related_project_offers_projects_in_the_page_language(admin_client, site_tree):
    from portal.projects.tests.factories import ProjectPageFactory

    ProjectPageFactory(parent=site_tree.sections["projects"]["en"], title="Safe Migration")
    ProjectPageFactory(parent=site_tree.sections["projects"]["ru"], title="Безопасная миграция")
    article = ArticlePageFactory(parent=site_tree.sections["news"]["ru"])
    html = admin_client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    options = [o.get_text() for o in soup.select('select[name="related_project"] option')]
    assert options[1:] == ["Безопасная миграция"]


# --- fields that follow the kind --------------------------------------------------------


def test_article_editor_marks_kind_specific_panels_and_loads_the_script(admin_client, news_index):
    html = admin_client.get(f"/admin/pages/add/news/articlepage/{news_index.pk}/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    story_panel = soup.select_one('[data-portal-kinds="story"]')
    call_panel = soup.select_one('[data-portal-kinds="call"]')
    assert story_panel.select_one('[name="privacy_marker"]') is not None
    assert {"call_opens_on", "call_closes_on", "how_to_apply"} <= {
        field["name"] for field in call_panel.select("[name]")
    }
    assert soup.select_one('script[src$="js/admin-article-kind.js"]') is not None
    # Without the script, the help texts say when the fields apply.
    assert "Stories only" in story_panel.get_text()
    assert "Calls for entries only" in call_panel.get_text()


def test_fields_of_other_kinds_are_cleared_on_save(news_index):
    article = ArticlePageFactory(
        parent=news_index,
        kind=ArticleKind.STORY,
        privacy_marker=PrivacyMarker.NAME_CHANGED,
    )
    article.kind = ArticleKind.NEWS
    article.call_closes_on = datetime.date(2030, 1, 1)
    article.how_to_apply = "<p>Write to us.</p>"
    article.save()
    article.refresh_from_db()
    assert (article.privacy_marker, article.call_closes_on, article.how_to_apply) == ("", None, "")
    assert not article.show_privacy_marker


def _add_call(admin_client, news_index, action, how_to_apply=""):
    url = f"/admin/pages/add/news/articlepage/{news_index.pk}/"
    data = _form_data(admin_client, url)
    data.update(
        {
            "title": "Call for entries: photo contest",
            "slug": "photo-contest",
            "kind": ArticleKind.CALL,
            "lead": "Photographers are invited to send pictures.",
            "call_closes_on": "2030-06-30",
            "how_to_apply": rich_text(how_to_apply),
        }
    )
    if action:
        data[action] = "1"
    return admin_client.post(url, data)


def test_a_call_cannot_be_published_without_how_to_apply(admin_client, news_index):
    response = _add_call(admin_client, news_index, "action-publish")
    assert response.status_code == 200
    assert "how_to_apply" in response.context["form"].errors
    assert not ArticlePage.objects.filter(slug="photo-contest").exists()


def test_a_call_may_be_drafted_without_how_to_apply_then_published_with_it(
    admin_client, news_index
):
    response = _add_call(admin_client, news_index, action=None)  # "Save draft"
    assert response.status_code == 302
    draft = ArticlePage.objects.get(slug="photo-contest")
    assert not draft.live

    how = '<p>Send your photos to <a href="mailto:photos@example.org">photos@example.org</a>.</p>'
    url = f"/admin/pages/{draft.pk}/edit/"
    data = _form_data(admin_client, url)
    data["how_to_apply"] = rich_text(how)
    data["action-publish"] = "1"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    assert Page.objects.get(pk=draft.pk).live


def test_call_page_shows_how_to_apply(client, news_index):
    ArticlePageFactory(
        parent=news_index,
        slug="film-call",
        kind=ArticleKind.CALL,
        call_closes_on=datetime.date.today() + datetime.timedelta(days=30),
        how_to_apply='<p>Send your film to <a href="mailto:films@example.org">films@example.org</a>.</p>',
    )
    soup = BeautifulSoup(client.get("/en/news/film-call/").content, "html.parser")
    section = soup.select_one("section.how-to-apply")
    assert section.h2.get_text() == "How to apply"
    assert section.select_one('a[href="mailto:films@example.org"]') is not None


def test_closed_call_does_not_ask_readers_to_apply(client, news_index):
    ArticlePageFactory(
        parent=news_index,
        slug="old-call",
        kind=ArticleKind.CALL,
        call_closes_on=datetime.date(2020, 1, 31),
        how_to_apply="<p>Send your film.</p>",
    )
    html = client.get("/en/news/old-call/").content.decode()
    assert "this call is closed" in html and "how-to-apply" not in html
