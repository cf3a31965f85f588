"""Editors translate pages in the admin through wagtail-localize."""

import pytest

from portal.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_editor_can_submit_an_article_for_translation(client, site_tree, django_user_model):
    from wagtail.models import Locale

    admin = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(admin)
    article = ArticlePageFactory(parent=site_tree.sections["news"]["en"], title="Hotline hours")
    url = f"/admin/localize/submit/page/{article.pk}/"
    assert client.get(url).status_code == 200

    tajik = Locale.objects.get(language_code="tg")
    response = client.post(url, {"locales": [tajik.pk]})
    assert response.status_code == 302
    translated = article.get_translation_or_none(tajik)
    assert translated is not None and translated.title == "Hotline hours"
    # The translation starts as a draft for the translator to work on.
    assert not translated.live
