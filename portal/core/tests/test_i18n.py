import pytest

from portal.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "target"), [("ru-RU,ru;q=0.9", "/ru/"), ("tg", "/tg/"), ("de", "/en/")]
)
def test_root_redirects_by_accept_language(client, site_tree, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


def test_homes_render_in_each_language_with_lang_attribute(client, site_tree):
    for language in ("en", "ru", "tg"):
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        assert f'<html lang="{language}"' in response.content.decode()


def test_switcher_links_to_translation_or_to_that_languages_home(client, site_tree):
    news = site_tree.sections["news"]
    article = ArticlePageFactory(parent=news["en"], title="Hotline opens", slug="hotline")
    russian = article.copy_for_translation(news["ru"].locale)
    russian.title = "Открылась горячая линия"
    russian.save_revision().publish()

    html = client.get("/en/news/hotline/").content.decode()
    assert 'href="/ru/news/hotline/" lang="ru"' in html  # translated
    assert 'href="/tg/" lang="tg"' in html  # not translated: Tajik home
    assert '<link rel="alternate" hreflang="ru"' in html
    assert '<link rel="alternate" hreflang="tg"' not in html


def test_security_headers_on_public_pages(client, site_tree):
    response = client.get("/en/")
    csp = response["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "default-src 'self'" in csp
