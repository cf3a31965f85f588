"""Subscribers in the admin: only Newsletter managers and superusers see them, nobody
edits an address, a status or a consent record (issue 11, fault 5)."""

import importlib

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from portal.core.editorial import (
    EDITORS,
    MODERATORS,
    NEWSLETTER_MANAGERS,
    TRANSLATORS,
    setup_editorial,
)
from portal.mailing.models import Subscriber
from portal.mailing.tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

ADDRESS = "private.reader@example.org"


def member(django_user_model, group_name):
    user = django_user_model.objects.create_user(group_name.replace(" ", "-"), password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def subscriber_urls(subscriber):
    return [
        reverse("wagtailsnippets_mailing_subscriber:list"),
        reverse("wagtailsnippets_mailing_subscriber:edit", args=[subscriber.pk]),
        reverse("wagtailsnippets_mailing_subscriber:inspect", args=[subscriber.pk]),
        reverse("wagtailsnippetchoosers_mailing_subscriber:choose"),
        reverse("wagtailsnippetchoosers_mailing_subscriber:choose_results"),
        reverse("wagtailsnippetchoosers_mailing_subscriber:chosen", args=[subscriber.pk]),
        reverse("wagtailsnippetchoosers_mailing_subscriber:chosen_multiple")
        + f"?id={subscriber.pk}",
        reverse("wagtailsnippetchoosers_mailing_subscriber:create"),
        reverse("wagtailsnippets_mailing_subscriber:list_results"),
        reverse("wagtailsnippets_mailing_subscriber:delete", args=[subscriber.pk]),
        reverse("wagtailsnippets_mailing_subscriber:usage", args=[subscriber.pk]),
        reverse("wagtailsnippets_mailing_subscriber:history", args=[subscriber.pk]),
        reverse("wagtailsnippets_mailing_subscriber:history_results", args=[subscriber.pk]),
        reverse("wagtailsnippets_mailing_subscriber:copy", args=[subscriber.pk]),
    ]


def group_perms(name):
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=name).permissions.all()
    }


def test_only_newsletter_managers_hold_subscriber_permissions():
    setup_editorial()
    for name in (EDITORS, MODERATORS, TRANSLATORS):
        assert not {p for p in group_perms(name) if p.endswith("_subscriber")}, name
    assert {p for p in group_perms(NEWSLETTER_MANAGERS) if p.startswith("mailing.")} == {
        "mailing.view_subscriber",
        "mailing.change_subscriber",
        "mailing.delete_subscriber",
    }
    assert "wagtailadmin.access_admin" in group_perms(NEWSLETTER_MANAGERS)
    # Their other snippets are untouched.
    assert "taxonomy.change_place" in group_perms(EDITORS)


@pytest.mark.parametrize("group_name", [EDITORS, MODERATORS, TRANSLATORS])
def test_editors_translators_and_moderators_cannot_see_subscribers(
    client, django_user_model, group_name
):
    setup_editorial()
    subscriber = SubscriberFactory(email=ADDRESS)
    client.force_login(member(django_user_model, group_name))
    for url in subscriber_urls(subscriber):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert ADDRESS not in response.content.decode(), url
    response = client.post(
        reverse("wagtailsnippets_mailing_subscriber:edit", args=[subscriber.pk]),
        {"language": "tg", "topics": "[]"},
    )
    assert response.status_code in (302, 403)
    subscriber.refresh_from_db()
    assert subscriber.language == "en"


def test_newsletter_managers_see_subscribers_and_edit_only_language_and_topics(
    client, django_user_model
):
    setup_editorial()
    pending = SubscriberFactory(email=ADDRESS, status=Subscriber.Status.PENDING, confirmed_at=None)
    consent = (pending.consent_at, pending.consent_source, pending.consent_policy_version)
    client.force_login(member(django_user_model, NEWSLETTER_MANAGERS))
    for url in subscriber_urls(pending)[:4]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert ADDRESS in response.content.decode(), url

    response = client.post(
        reverse("wagtailsnippets_mailing_subscriber:edit", args=[pending.pk]),
        {
            "email": "someone.else@example.org",
            "status": "confirmed",
            "language": "ru",
            "topics": "[]",
            "consent_source": "forged",
            "consent_policy_version": "forged",
            "consent_at": "2020-01-01 00:00",
            "confirmed_at": "2020-01-01 00:00",
        },
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.language == "ru"
    assert pending.email == ADDRESS and pending.status == Subscriber.Status.PENDING
    assert pending.confirmed_at is None
    assert (pending.consent_at, pending.consent_source, pending.consent_policy_version) == consent


def test_nobody_adds_a_subscriber_in_the_admin(admin_client):
    add = reverse("wagtailsnippets_mailing_subscriber:add")
    assert admin_client.get(add).status_code in (302, 403)
    admin_client.post(add, {"email": "added@example.org", "language": "en", "topics": "[]"})
    assert not Subscriber.objects.filter(email="added@example.org").exists()
    # A superuser still sees them.
    SubscriberFactory(email=ADDRESS)
    listing = admin_client.get(reverse("wagtailsnippets_mailing_subscriber:list"))
    assert ADDRESS in listing.content.decode()


def test_the_migration_takes_subscriber_permissions_back_from_existing_groups():
    subscriber_perms = Permission.objects.filter(content_type__model="subscriber")
    editors, _created = Group.objects.get_or_create(name=EDITORS)  # Wagtail makes one
    editors.permissions.add(*subscriber_perms)
    custom = Group.objects.create(name="Communications")
    custom.permissions.add(*subscriber_perms.filter(codename="view_subscriber"))

    migration = importlib.import_module("portal.mailing.migrations.0003_newsletter_managers")
    state = MigrationExecutor(connection).loader.project_state(
        ("mailing", "0003_newsletter_managers")
    )
    migration.repair_groups(state.apps, None)

    assert not editors.permissions.filter(content_type__model="subscriber").exists()
    assert not custom.permissions.exists()
    managers = Group.objects.get(name=NEWSLETTER_MANAGERS)
    assert set(managers.permissions.values_list("codename", flat=True)) == {
        "view_subscriber",
        "change_subscriber",
        "delete_subscriber",
        "access_admin",
    }
    # What the migration made is what setup_editorial wants.
    setup_editorial()
    assert set(managers.permissions.values_list("codename", flat=True)) == {
        "view_subscriber",
        "change_subscriber",
        "delete_subscriber",
        "access_admin",
    }
