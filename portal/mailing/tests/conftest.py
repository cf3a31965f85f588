import pytest
from django.urls import NoReverseMatch, reverse

from tools.testing.smtp import SMTPServer


def _mailing_urls_wired() -> bool:
    try:
        reverse("mailing:subscribe")
    except NoReverseMatch:
        return False
    return True


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def mailing_urls(settings):
    if not _mailing_urls_wired():
        settings.ROOT_URLCONF = "portal.mailing.tests.urls"


@pytest.fixture
def smtp(settings):
    """A real SMTP server on loopback; Django's SMTP backend sends to it."""
    with SMTPServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = ""
        settings.EMAIL_HOST_PASSWORD = ""
        settings.EMAIL_TIMEOUT = 10
        settings.MAILING_RETRY_BACKOFF = 0
        yield server.handler


@pytest.fixture
def newsletters(site_tree):
    return site_tree.sections["newsletters"]


@pytest.fixture
def issue(newsletters, news_index):
    """An English issue with a Russian translation, a story linking to an article."""
    from wagtail.models import Locale

    from portal.news.tests.factories import ArticlePageFactory
    from portal.newsletters.tests.factories import (
        NewsletterIssuePageFactory,
        NewsletterTocEntryFactory,
    )

    article = ArticlePageFactory(parent=news_index, title="Hotline opens", slug="hotline")
    page = NewsletterIssuePageFactory(
        parent=newsletters["en"], title="Today, issue 12", slug="today-12", intro="Welcome."
    )
    NewsletterTocEntryFactory(page=page, article=article, summary="A new line for migrants.")
    page.save_revision().publish()
    ru = page.copy_for_translation(Locale.objects.get(language_code="ru"))
    ru.title = "Сегодня, выпуск 12"
    ru.save_revision().publish()
    for entry in ru.toc_entries.all():
        entry.summary = "Новая линия для мигрантов."
        entry.save()
    return page
