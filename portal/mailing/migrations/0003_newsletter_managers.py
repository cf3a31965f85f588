"""Subscribers are personal data: only the Newsletter managers group (and superusers)
may see or manage them. Earlier versions of `setup_editorial` gave the Editors,
Moderators and Translators the subscriber snippet's permissions; take them back from
every group, and create the Newsletter managers group with its own.
(`portal setup_editorial` keeps the groups right from now on.)"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# The name as portal.core.editorial.NEWSLETTER_MANAGERS had it when this was written.
NEWSLETTER_MANAGERS = "Newsletter managers"
MANAGERS_ACTIONS = ("view", "change", "delete")


def repair_groups(apps, schema_editor):
    # Permissions are normally created after all migrations (post_migrate): make the
    # subscriber's exist now, on a new database as on an old one.
    mailing = apps.get_app_config("mailing")
    mailing.models_module = True
    create_permissions(mailing, apps=apps, verbosity=0)
    mailing.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    subscriber_perms = list(
        Permission.objects.filter(
            content_type__app_label="mailing", content_type__model="subscriber"
        )
    )
    for group in Group.objects.exclude(name=NEWSLETTER_MANAGERS):
        group.permissions.remove(*subscriber_perms)

    managers, _created = Group.objects.get_or_create(name=NEWSLETTER_MANAGERS)
    wanted = [p for p in subscriber_perms if p.codename.split("_", 1)[0] in MANAGERS_ACTIONS]
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    if access_admin is not None:
        wanted.append(access_admin)
    managers.permissions.remove(*[p for p in subscriber_perms if p not in wanted])
    managers.permissions.add(*wanted)


class Migration(migrations.Migration):
    dependencies = [
        ("mailing", "0002_subscriber_state_version"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(repair_groups, migrations.RunPython.noop)]
