"""An index in the order search candidates are taken (newest first, undated last),
per language. Written per database: Django cannot declare NULLS LAST portably."""

from django.db import migrations

INDEX = "sitesearch_newest_first"
COLUMNS = {
    "postgresql": "language, date DESC NULLS LAST, id DESC",
    "sqlite": "language, date DESC, id DESC",
}


def create(apps, schema_editor):
    columns = COLUMNS.get(schema_editor.connection.vendor)
    if columns:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON sitesearch_searchentry ({columns})"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor in COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0002_fulltext")]

    operations = [migrations.RunPython(create, drop)]
