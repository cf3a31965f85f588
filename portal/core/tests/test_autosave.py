"""Wagtail 8's autosave posts the whole edit form; "Approve and Publish" and the other
workflow buttons put their hidden inputs into that form just before submitting it.
An autosave pending at that moment carried the action too and ran it a second time,
beside the real submission; on SQLite the second request, having read the page before
the first committed, saved it back as a draft: approved, yet not published (seen in
tests/e2e/test_editor_tour.py). Autosaves that carry an action are refused."""

import pytest
from bs4 import BeautifulSoup

from portal.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def _edit_form_data(client, page) -> dict:
    """What the editor's form would post as it stands (inputs, selects, textareas)."""
    html = client.get(f"/admin/pages/{page.pk}/edit/").content
    form = BeautifulSoup(html, "html.parser").find("form", id="page-edit-form")
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"):
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.name == "textarea":
            data[name] = field.text
        else:
            data[name] = field.get("value", "")
    data.setdefault("body-count", "0")  # the body's blocks are drawn by JavaScript
    return data


def test_an_autosave_carrying_an_action_is_refused(client, django_user_model, news_index):
    client.force_login(
        django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    )
    article = ArticlePageFactory(parent=news_index, title="Draft", slug="draft", live=False)
    article.save_revision()
    data = {**_edit_form_data(client, article), "action-publish": "action-publish"}

    autosave = client.post(
        f"/admin/pages/{article.pk}/edit/", data, headers={"Accept": "application/json"}
    )

    assert autosave.status_code == 400
    assert autosave.json()["success"] is False
    article.refresh_from_db()
    assert not article.live  # the action is left to the form's own submission


def test_an_autosave_without_action_still_saves(client, django_user_model, news_index):
    client.force_login(
        django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    )
    article = ArticlePageFactory(parent=news_index, title="Draft", slug="draft", live=False)
    article.save_revision()
    data = {**_edit_form_data(client, article), "title": "Draft, autosaved"}

    autosave = client.post(
        f"/admin/pages/{article.pk}/edit/", data, headers={"Accept": "application/json"}
    )

    assert autosave.status_code == 200, autosave.content[:500]
    assert autosave.json()["success"] is True
    article.refresh_from_db()
    assert article.get_latest_revision_as_object().title == "Draft, autosaved"
