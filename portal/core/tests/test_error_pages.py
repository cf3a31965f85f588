"""The site's own 404 and 500 pages: styled, with the site's header, menu, search and
language links, in the language of the address; the 500 page without the database."""

import re

import pytest
from django.db import OperationalError, connection
from django.test import Client

pytestmark = pytest.mark.django_db

NOT_FOUND = {
    "en": ("Page not found", "News", "Contact"),
    "ru": ("Страница не найдена", "Новости", "Контакты"),
    "tg": ("Саҳифа ёфт нашуд", "Хабарҳо", "Тамос"),
}


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_missing_page_is_the_sites_own_404_in_the_addresss_language(client, site_tree, language):
    heading, news, contact = NOT_FOUND[language]
    response = client.get(f"/{language}/news/no-such-article-about-hotline-hours/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f"<h1>{heading}</h1>" in html
    assert "Not Found" not in html
    # The site's header: menu, language links (to each language's home), one search box.
    menu = html[html.index('class="main-nav"') : html.index("</nav>", html.index("main-nav"))]
    assert f'href="/{language}/news/">{news}</a>' in menu
    assert f'href="/{language}/contact/">{contact}</a>' in menu
    for code in ("en", "ru", "tg"):
        assert re.search(rf'<a href="/{code}/" lang="{code}" hreflang="{code}"', html)
    assert html.count('type="search"') == 1
    assert f'action="/{language}/search/"' in html
    # The search box suggests the words of the missing address.
    assert 'value="no such article about hotline hours"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'rel="stylesheet"' in html
    assert "Content-Security-Policy" in response.headers


def _database_down(execute, sql, params, many, context):
    raise OperationalError("the database is down (test)")


SERVER_ERROR = {
    "en": "Something went wrong",
    "ru": "Что-то пошло не так",
    "tg": "Хатое рӯй дод",
}


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_server_error_page_renders_without_the_database(site_tree, language):
    client = Client(raise_request_exception=False)
    queries = []

    def down(execute, sql, params, many, context):
        queries.append(sql)
        return _database_down(execute, sql, params, many, context)

    with connection.execute_wrapper(down):
        response = client.get(f"/{language}/news/")
    assert queries, "the page should have tried the database and failed"
    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f"<h1>{SERVER_ERROR[language]}</h1>" in html
    # Header, menu (from the fixed site tree), search and language links, all
    # without a query: the wrapper above refuses every one.
    news = NOT_FOUND[language][1]
    assert f'href="/{language}/news/">{news}</a>' in html
    assert f'action="/{language}/search/"' in html
    for code in ("en", "ru", "tg"):
        assert f'<a href="/{code}/" lang="{code}"' in html
    assert 'rel="stylesheet"' in html


def test_readers_get_the_real_404_in_development(site_tree, settings, django_user_model):
    """`make demo` runs with DEBUG on; readers still see the site's 404 page, staff
    see Django's debugging page."""
    from portal.settings import dev

    middleware = "portal.core.middleware.ReaderNotFoundMiddleware"
    assert middleware in dev.MIDDLEWARE
    settings.DEBUG = True
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, middleware]

    reader = Client()
    response = reader.get("/ru/no-such-page/")
    assert response.status_code == 404
    assert "<h1>Страница не найдена</h1>" in response.content.decode()

    staff = Client()
    staff.force_login(django_user_model.objects.create_user("dev", password="x", is_staff=True))
    response = staff.get("/ru/no-such-page/")
    assert response.status_code == 404
    assert "Страница не найдена</h1>" not in response.content.decode()
    assert "URLconf" in response.content.decode() or "Raised by" in response.content.decode()
