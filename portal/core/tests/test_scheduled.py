"""Scheduled publishing: Wagtail's `publish_scheduled` command (run it from cron every
few minutes; `publish_scheduled_pages` is its old alias) publishes what is due."""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_publish_scheduled_publishes_a_page_whose_time_has_come(news_index):
    article = ArticlePageFactory(parent=news_index, title="Embargoed", slug="embargoed", live=False)
    article.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = article.save_revision()
    revision.publish()  # in the future: scheduled, not live
    article.refresh_from_db()
    assert not article.live
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None

    call_command("publish_scheduled")  # too early: nothing happens
    article.refresh_from_db()
    assert not article.live

    # Two hours later, the embargo has passed: cron runs the command again.
    later = timezone.now() + datetime.timedelta(hours=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
    article.refresh_from_db()
    assert article.live
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None


def test_publish_scheduled_leaves_future_pages_alone(news_index):
    article = ArticlePageFactory(parent=news_index, title="Later", slug="later", live=False)
    article.go_live_at = timezone.now() + datetime.timedelta(days=1)
    article.save_revision().publish()
    call_command("publish_scheduled")
    article.refresh_from_db()
    assert not article.live
