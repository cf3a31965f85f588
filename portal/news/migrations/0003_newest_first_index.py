"""An index in the river's order (newest first, undated last).

Written per database because Django cannot declare NULLS LAST portably: SQLite puts
NULLs last in a descending index by itself and refuses the clause.
"""

from django.db import migrations

INDEX = "news_article_newest_first"
COLUMNS = {
    "postgresql": "date DESC NULLS LAST, page_ptr_id DESC",
    "sqlite": "date DESC, page_ptr_id DESC",
}


def create(apps, schema_editor):
    columns = COLUMNS.get(schema_editor.connection.vendor)
    if columns:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON news_articlepage ({columns})")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor in COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("news", "0002_initial")]

    operations = [migrations.RunPython(create, drop)]
