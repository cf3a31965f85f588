"""An index on Wagtail's page table for "children of a page".

Wagtail finds a page's children with `depth = d AND path BETWEEN …`; with only the
path indexed, that reads every descendant: the main menu of a language with 100,000
articles read all of them on every request. (depth, path) reads just the children.
"""

from django.db import migrations

INDEX = "portal_page_depth_path"


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_missionsettings_address_ru_and_more"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (depth, path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
